"""The prompt-toolkit side of the REPL: session, fuzzy completion, toolbar and the loop."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion, FuzzyCompleter
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import HTML
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output

from bot.core.errors import DataError
from bot.repl import messages as msg
from bot.repl.commands import argument_words, handle
from bot.repl.session import Repl, profile_labels
from bot.store.files import open_private


def completion_words(repl: Repl) -> dict[str, str]:
    """Matrix rows, platforms and environments, each with a short description."""
    if not repl.loader.ready:  # still loading: never block a keystroke on it
        return {}
    catalog = repl.engine.catalog
    words: dict[str, str] = {}
    for item in catalog.items:
        where = "onsite + online" if item.onsite and item.online else (
            "onsite only" if item.onsite else "online only")
        words[item.name] = f"{item.level} · {where}"
    for platform in catalog.platforms:
        words.setdefault(platform.name, msg.META_PLATFORM)
    for env in ("onsite", "online"):
        words.setdefault(env, msg.META_ENV[env])
    return words


def typed_prefix(before: str, name: str) -> int:
    """How many characters before the current word already spell the start of a multi-word name."""
    words = name.lower().split()
    lowered = before.lower()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k]) + " "
        if lowered.endswith(head) and (len(lowered) == len(head) or lowered[-len(head) - 1].isspace()):
            return len(head)
    return 0


def starts_a_word(typed: str, name: str) -> bool:
    """Whether `typed` (3+ letters) begins one of the words of `name`, or the name without spaces."""
    if len(typed) < 3:
        return False
    lowered = name.lower()
    return lowered.replace(" ", "").startswith(typed) or any(w.startswith(typed) for w in lowered.split())


class SobotWords(Completer):
    """Candidates for FuzzyCompleter: commands and their arguments, or names."""

    def __init__(self, repl: Repl) -> None:
        self.repl = repl

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        before = document.text_before_cursor
        if before.lstrip().startswith("/"):
            for word, meta in argument_words(self.repl, before.split()[0]).items():
                yield Completion(word, 0, display_meta=meta)
            return
        if not before.strip():
            for command, meta in msg.COMMANDS.items():
                yield Completion(command, 0, display_meta=meta)
        for word, meta in completion_words(self.repl).items():
            # "sales gu" -> "Sales Guide" replaces both words, not just "gu"
            yield Completion(word, -typed_prefix(before, word), display_meta=meta)


class WhileTyping(Completer):
    """While typing a question, only names the current word starts (3+ letters): "hi" is a greeting,
    not a fuzzy "Archive Providers". Tab, and /commands, get every fuzzy candidate."""

    def __init__(self, inner: Completer) -> None:
        self.inner = inner

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        found = self.inner.get_completions(document, complete_event)
        if complete_event.completion_requested or document.text_before_cursor.lstrip().startswith("/"):
            yield from found
            return
        typed = document.get_word_before_cursor(WORD=True).lower()
        yield from (c for c in found if starts_a_word(typed, c.text))


def make_completer(repl: Repl) -> Completer:
    """Fuzzy completion of commands, their arguments, matrix rows, platforms and environments."""
    return WhileTyping(FuzzyCompleter(SobotWords(repl), WORD=True))


def toolbar(repl: Repl) -> HTML:
    """Profile and key hints; says so while the data is still loading."""
    text = msg.toolbar(**profile_labels(repl.profile))
    return HTML((msg.TOOLBAR_LOADING if not repl.loader.done else "") + text)


class PrivateFileHistory(FileHistory):
    """prompt-toolkit's file history, its file kept 0600 in a 0700 dir, that outlives its state dir being removed
    while the REPL runs: the dir and file are made again, and where they cannot be, the line stays in this session's
    memory only (it raised and showed a traceback)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path

    def store_string(self, string: str) -> None:
        try:
            open_private(self.path).close()  # FileHistory appends to the file as it is, so it keeps this mode
            super().store_string(string)
        except OSError:
            pass  # (prompt-toolkit has the line in memory already)


def history(state_dir: Path) -> History:
    """History kept in the state dir (a 0600 file in a 0700 dir); in memory only when that is not writable."""
    path = state_dir / "history"
    try:
        open_private(path).close()
    except OSError:
        return InMemoryHistory()
    return PrivateFileHistory(path)


def build_session(
    repl: Repl, *, input: Input | None = None, output: Output | None = None
) -> PromptSession[str]:
    """The prompt: file history, suggestions from it, fuzzy completion, profile toolbar."""
    return PromptSession(
        msg.PROMPT,
        history=history(repl.state_dir),
        auto_suggest=AutoSuggestFromHistory(),
        completer=make_completer(repl),
        complete_while_typing=True,
        bottom_toolbar=lambda: toolbar(repl),
        input=input,
        output=output,
    )


def wake_when_loaded(repl: Repl, session: PromptSession[str]) -> None:
    """When loading ends: redraw the toolbar, or end the prompt with the load error."""
    app = session.app

    def stop() -> None:
        if app.is_running and app.future and not app.future.done() and repl.loader.error is not None:
            app.exit(exception=repl.loader.error)

    def wake() -> None:  # runs in the loading thread
        loop = app.loop
        if not app.is_running or loop is None:
            return  # between prompts: the loop checks before prompting again
        try:
            loop.call_soon_threadsafe(stop if repl.loader.error is not None else app.invalidate)
        except RuntimeError:  # the prompt ended (its loop closed) since the check: the loop checks before the
            return  # next prompt

    repl.loader.on_done(wake)


def interact(repl: Repl, *, input: Input | None = None, output: Output | None = None) -> int:
    """The interactive loop: prompt, handle, repeat until /quit or Ctrl-D; 2 when the data is bad."""
    session = build_session(repl, input=input, output=output)
    wake_when_loaded(repl, session)

    def start_loading() -> None:  # pre_run comes before the first redraw: start right after it
        asyncio.get_running_loop().call_soon(repl.loader.start)

    repl.write(msg.WELCOME)
    try:
        while repl.loader.error is None:
            try:
                line = session.prompt(pre_run=start_loading)
            except KeyboardInterrupt:  # Ctrl-C: drop the line, prompt again
                continue
            except EOFError:  # Ctrl-D on an empty line
                break
            if not handle(repl, line):
                break
        if repl.loader.error is not None:
            raise repl.loader.error
    except DataError as exc:
        sys.stderr.write(msg.load_failed(exc))
        return 2
    repl.write(msg.GOODBYE)
    return 0

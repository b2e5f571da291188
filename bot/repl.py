"""The terminal REPL: a session's state, the engine loader, and the entry point.

The engine loads in a background thread started once the first prompt is on
screen, so start-up neither waits for the data nor shares the GIL with it.
prompt-toolkit is imported (in bot.repl_prompt) only for an interactive
session; slack_bolt never.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import threading
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot import repl_messages as msg
from bot.errors import DataError
from bot.model import Answer, Client, Env, Profile
from bot.paths import state_dir

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

    from bot.engine import Engine

log = logging.getLogger(__name__)

EngineFactory = Callable[[], "Engine"]
PathLike = str | os.PathLike[str]


def resolve_state_dir(override: PathLike | None = None) -> Path:
    """The directory for history and profile (see bot.paths.state_dir)."""
    return state_dir(override)


def load_profile(path: Path) -> Profile:
    """The saved profile, or an empty one when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Profile()
    if not isinstance(data, dict):
        return Profile()
    env, client = data.get("env"), data.get("client")
    return Profile(
        env=Env(env) if env in {e.value for e in Env} else None,
        client=Client(client) if client in {c.value for c in Client} else None,
    )


def save_profile(path: Path, profile: Profile) -> None:
    """Write the profile as JSON (raises OSError when the state dir is not writable)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"env": profile.env.value if profile.env else None,
            "client": profile.client.value if profile.client else None}
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")


def profile_labels(profile: Profile) -> dict[str, str]:
    """Words for the toolbar and /help: onsite/online/any, Sales/Service/any."""
    return {"env": profile.env.value if profile.env else "any",
            "client": profile.client.value if profile.client else "any"}


class EngineLoader:
    """Builds the engine in a background thread once started; `get` waits and re-raises a load error."""

    def __init__(self, factory: EngineFactory | None = None, engine: Engine | None = None) -> None:
        self._factory = factory
        self._engine = engine
        self.error: Exception | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._started = factory is None
        self._callbacks: list[Callable[[], None]] = []
        if factory is None:
            self._done.set()

    def start(self) -> None:
        """Begin loading (once); the REPL calls this after its first prompt is on screen."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="sobot-load", daemon=True).start()

    def _load(self) -> None:
        assert self._factory is not None
        try:
            self._engine = self._factory()
        except Exception as exc:  # handed to the main thread, which reports it
            self.error = exc
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def ready(self) -> bool:
        return self.done and self.error is None

    def on_done(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the loading thread) when loading ends; at once if it has."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def get(self) -> Engine:
        self.start()
        self._done.wait()
        if self.error is not None:
            raise self.error
        assert self._engine is not None
        return self._engine


class Repl:
    """One session's state: engine, profile, thread id and the last answer."""

    def __init__(self, engine: Engine | EngineLoader, *, state_dir: Path, stream: TextIO,
                 data_dir: PathLike | None = None, intents_dir: PathLike | None = None) -> None:
        from bot.render.terminal import use_color

        self.loader = engine if isinstance(engine, EngineLoader) else EngineLoader(engine=engine)
        self.state_dir = state_dir
        self.stream = stream
        self.data_dir = data_dir
        self.intents_dir = intents_dir
        self.profile_path = state_dir / "profile.json"
        self.profile = load_profile(self.profile_path)
        self.thread = f"repl-{uuid.uuid4().hex[:12]}"
        self.last: Answer | None = None
        self.color = use_color(stream.isatty())

    @property
    def engine(self) -> Engine:
        """The engine, waiting for it if it is still loading."""
        return self.loader.get()

    def write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def show(self, answer: Answer) -> None:
        """Render an answer for this terminal's width and colour support."""
        from bot.render.terminal import render

        width = max(40, shutil.get_terminal_size((100, 24)).columns)
        self.write(render(answer, color=self.color, width=width) + "\n")  # a blank line before the next prompt

    def handle(self, line: str) -> bool:
        """Act on one input line; False means the user asked to leave."""
        from bot.repl_commands import run_command

        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            return run_command(self, text)
        self.ask(text)
        return True

    def ask(self, text: str) -> None:
        """Answer a question; an engine failure is apologised for, never fatal."""
        engine = self.engine  # a load error is not the engine's fault: it ends the session
        try:
            answer = engine.respond(text, thread=self.thread, profile=self.profile)
        except Exception as exc:  # the fault barrier: the loop must survive any engine bug
            log.debug("engine failed on %r", text, exc_info=True)
            self.write(msg.APOLOGY.format(error=f"{type(exc).__name__}: {exc}"))
            return
        self.last = answer
        self.show(answer)

    def set_profile(self, profile: Profile) -> str:
        """Keep the new profile and persist it; returns a warning when saving failed."""
        self.profile = profile
        try:
            save_profile(self.profile_path, profile)
        except OSError as exc:
            return msg.PROFILE_NOT_SAVED.format(error=exc)
        return ""


def answer_lines(repl: Repl, lines: Iterable[str]) -> int:
    """Piped input: answer each line in turn, no prompt, then exit."""
    try:
        repl.loader.get()
        for line in lines:
            if not repl.handle(line):
                break
    except DataError as exc:
        sys.stderr.write(msg.LOAD_FAILED.format(error=exc))
        return 2
    return 0


def run_repl(
    engine_factory: EngineFactory | None = None,
    *,
    input: Input | None = None,
    output: Output | None = None,
    state_dir: PathLike | None = None,
    stream: TextIO | None = None,
    data_dir: PathLike | None = None,
    intents_dir: PathLike | None = None,
    lines: Iterable[str] | None = None,
) -> int:
    """Start sobot in the terminal; returns the exit code (2 when the data does not load).

    `input`/`output` are prompt-toolkit's (pipe input and DummyOutput in tests);
    answers go to `stream` (stdout). With `lines`, or when stdin is not a
    terminal and no `input` is given, each line is answered without a prompt.
    `data_dir`/`intents_dir` are where the engine loads from and /reload re-reads.
    """
    factory = engine_factory or _default_factory(data_dir, intents_dir)
    repl = Repl(EngineLoader(factory), state_dir=resolve_state_dir(state_dir),
                stream=stream if stream is not None else sys.stdout,
                data_dir=data_dir, intents_dir=intents_dir)
    if lines is None and input is None and not sys.stdin.isatty():
        lines = sys.stdin
    if lines is not None:
        return answer_lines(repl, lines)
    from bot.repl_prompt import interact

    return interact(repl, input=input, output=output)


def _default_factory(data_dir: PathLike | None, intents_dir: PathLike | None) -> EngineFactory:
    def load() -> Engine:
        from bot.engine import load_engine

        return load_engine(_path(data_dir), _path(intents_dir))

    return load


def _path(value: PathLike | None) -> Path | None:
    return Path(value) if value is not None else None


def main(args: Any = None) -> int:
    """`sobot` with no subcommand; `args` may carry state_dir, data_dir and intents_dir attributes."""
    return run_repl(state_dir=getattr(args, "state_dir", None), data_dir=getattr(args, "data_dir", None),
                    intents_dir=getattr(args, "intents_dir", None))


if __name__ == "__main__":
    sys.exit(main())

"""The REPL's slash commands: a registry of name -> function(repl, args) -> keep going."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.model import Answer, Client, Env, Explanation, Item, Section
from bot.repl import messages as msg
from bot.repl.session import profile_labels

if TYPE_CHECKING:
    from bot.repl.session import Repl

CommandFunc = Callable[["Repl", list[str]], bool]
COMMANDS: dict[str, CommandFunc] = {}

ENV_WORDS = {"onsite": Env.ONSITE, "online": Env.ONLINE, "any": None}
CLIENT_WORDS = {"sales": Client.SALES, "service": Client.SERVICE, "any": None}


def command(name: str) -> Callable[[CommandFunc], CommandFunc]:
    """Register a slash command; its help line lives in bot.repl.messages.COMMANDS."""
    if name not in msg.COMMANDS:
        raise ValueError(f"{name} has no help line in bot.repl.messages.COMMANDS")

    def register(func: CommandFunc) -> CommandFunc:
        COMMANDS[name] = func
        return func

    return register


def handle(repl: Repl, line: str) -> bool:
    """Act on one input line (a /command or a question); False means the user asked to leave."""
    text = line.strip()
    if not text:
        return True
    if text.startswith("/"):
        return run_command(repl, text)
    repl.ask(text)
    return True


def run_command(repl: Repl, text: str) -> bool:
    """Dispatch a `/command args` line; False means quit."""
    name, *args = text.split()
    func = COMMANDS.get(name.lower())
    if func is None:
        repl.write(unknown_command(name))
        return True
    return func(repl, args)


def suggest_commands(name: str) -> list[str]:
    """Up to three commands that look like `name`."""
    from rapidfuzz import fuzz, process, utils

    choices = {command: command for command in msg.COMMANDS}
    found = process.extract(
        name, choices, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=60, limit=3
    )
    return [key for _value, _score, key in found]


def unknown_command(name: str) -> str:
    """'Unknown command', with 'did you mean' when something is close."""
    text = msg.UNKNOWN_COMMAND.format(command=name)
    options = suggest_commands(name)
    if options:
        text += msg.DID_YOU_MEAN.format(options=" or ".join(options))
    return text + msg.SEE_HELP


def argument_words(repl: Repl, name: str) -> dict[str, str]:
    """Completions for a command's arguments (the command itself before a space)."""
    if name == "/env":
        return dict(msg.META_ENV)
    if name == "/client":
        return dict(msg.META_CLIENT)
    if name == "/matrix":
        words = {"onsite": msg.META_ENV["onsite"], "online": msg.META_ENV["online"]}
        words |= {"sales": msg.META_CLIENT["sales"], "service": msg.META_CLIENT["service"]}
        return words | {level.lower(): "level" for level in levels(repl.engine.catalog.items)}
    return {}


def levels(items: tuple[Item, ...]) -> list[str]:
    """The matrix levels in the order they first appear."""
    return list(dict.fromkeys(item.level for item in items))


@command("/help")
def show_help(repl: Repl, args: list[str]) -> bool:
    commands = tuple(f"`{name}` - {text}" for name, text in msg.COMMANDS.items())
    sections = (
        Section(msg.HELP_EXAMPLES_TITLE, bullets=msg.HELP_EXAMPLES),
        Section(paragraphs=(msg.HELP_FOLLOWUP,)),
        Section(msg.HELP_COMMANDS_TITLE, bullets=commands),
        Section(paragraphs=(msg.HELP_PROFILE.format(**profile_labels(repl.profile)),)),
    )
    repl.show(Answer("/help", "help", 1.0, msg.HELP_VERDICT, sections=sections))
    return True


def _level_matches(word: str, level: str) -> bool:
    lowered = level.lower()
    return word in lowered.split() or word in (lowered, lowered.replace(" ", ""))


def filter_matrix(items: tuple[Item, ...], words: list[str]) -> tuple[tuple[Item, ...], str | None]:
    """Rows passing every filter word; the second value is the first word not understood."""
    env: set[Env] = set()
    client: set[Client] = set()
    wanted: set[str] = set()
    for word in (w.lower() for w in words):
        if ENV_WORDS.get(word):
            env.add(ENV_WORDS[word])  # type: ignore[arg-type]
        elif CLIENT_WORDS.get(word):
            client.add(CLIENT_WORDS[word])  # type: ignore[arg-type]
        elif matched := [lv for lv in levels(items) if _level_matches(word, lv)]:
            wanted.update(matched)
        else:
            return (), word
    rows = tuple(
        item for item in items
        if all(item.available(e) for e in env)
        and all(item.serves(c) for c in client)
        and (not wanted or item.level in wanted)
    )
    return rows, None


@command("/matrix")
def show_matrix(repl: Repl, args: list[str]) -> bool:
    items = repl.engine.catalog.items
    rows, bad = filter_matrix(items, args)
    if bad is not None:
        repl.write(msg.MATRIX_BAD_FILTER.format(word=bad, levels=", ".join(levels(items))))
        return True
    filters = f" ({' '.join(args)})" if args else ""
    if not rows:
        repl.write(msg.MATRIX_EMPTY.format(filters=" ".join(args)))
        return True
    verdict = msg.MATRIX_VERDICT.format(shown=len(rows), total=len(items), filters=filters)
    repl.show(Answer(f"/matrix {' '.join(args)}".strip(), "matrix", 1.0, verdict, items=rows, table=True))
    return True


def _set_profile(repl: Repl, args: list[str], field: str, words: dict[str, Any], texts: tuple[str, str]) -> bool:
    """/env and /client: one word from `words` sets that field of the profile ("any" clears it)."""
    usage, done = texts
    now = getattr(repl.profile, field)
    if len(args) != 1 or args[0].lower() not in words:
        repl.write(usage.format(current=now.value if now else "any"))
        return True
    value = words[args[0].lower()]
    warning = repl.set_profile(replace(repl.profile, **{field: value}))
    repl.write(done.format(value=value.value if isinstance(value, Client) else args[0].lower()) + warning)
    return True


@command("/env")
def set_env(repl: Repl, args: list[str]) -> bool:
    return _set_profile(repl, args, "env", ENV_WORDS, (msg.ENV_USAGE, msg.ENV_SET))


@command("/client")
def set_client(repl: Repl, args: list[str]) -> bool:
    return _set_profile(repl, args, "client", CLIENT_WORDS, (msg.CLIENT_USAGE, msg.CLIENT_SET))


def _score(value: float) -> str:
    return f"{value:.2f}" if value <= 1 else f"{value:.0f}"


def explain(answer: Answer) -> Answer:
    """The last answer's explanation as an answer of its own, for the one renderer."""
    why: Explanation = answer.explanation
    bullets = [f"Intent: `{why.intent or answer.intent}` (score {_score(why.score)})"]
    optional = {
        "Words that matched": ", ".join(why.matched),
        "Runners-up": ", ".join(f"`{c.intent}` ({_score(c.score)})" for c in why.runners_up),
        "Entities": ", ".join(why.entities),
        "From the conversation": ", ".join(why.context_used),
        "Matrix rows used": ", ".join(why.rows),
    }
    bullets += [f"{label}: {value}" for label, value in optional.items() if value]
    notes = (why.note,) if why.note else ()
    section = Section(paragraphs=notes, bullets=tuple(bullets))
    return Answer(answer.question, "why", 1.0, f"Why: {answer.question}", sections=(section,))


@command("/why")
def show_why(repl: Repl, args: list[str]) -> bool:
    if repl.last is None:
        repl.write(msg.WHY_NONE)
    else:
        repl.show(explain(repl.last))
    return True


@command("/reload")
def reload_data(repl: Repl, args: list[str]) -> bool:
    from bot.core.catalog.load import load_catalog
    from bot.core.errors import DataError

    engine = repl.engine  # wait for the first load before reading the files again
    try:
        dirs = (Path(d) if d is not None else None for d in (repl.data_dir, repl.intents_dir))
        catalog = load_catalog(*dirs)
        engine.reload(catalog)
    except DataError as exc:
        repl.write(msg.RELOAD_FAILED.format(error=exc))
        return True
    repl.write(msg.RELOAD_OK.format(items=len(catalog.items), platforms=len(catalog.platforms)))
    return True


@command("/forum")
def show_forum(repl: Repl, args: list[str]) -> bool:
    repl.write(msg.FORUM)
    return True


@command("/quit")
def quit_repl(repl: Repl, args: list[str]) -> bool:
    return False

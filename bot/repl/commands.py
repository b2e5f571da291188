"""The REPL's slash commands: a registry of name -> function(repl, args) -> keep going."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core import messages as core_msg
from bot.core.matrix import Filters, select
from bot.core.model import Answer, Item, Section
from bot.render.explain import why
from bot.repl import messages as msg
from bot.repl.session import profile_labels

if TYPE_CHECKING:
    from bot.repl.session import Repl

CommandFunc = Callable[["Repl", list[str]], bool]
COMMANDS: dict[str, CommandFunc] = {}



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
    return msg.unknown_command(name, suggest_commands(name))


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
        Section(msg.HELP_EXAMPLES_TITLE, bullets=core_msg.HELP_EXAMPLES),
        Section(paragraphs=(msg.HELP_FOLLOWUP,)),
        Section(msg.HELP_COMMANDS_TITLE, bullets=commands),
        Section(paragraphs=(msg.help_profile(**profile_labels(repl.profile)),)),
    )
    repl.show(Answer("/help", "help", 1.0, msg.HELP_VERDICT, sections=sections))
    return True


@command("/matrix")
def show_matrix(repl: Repl, args: list[str]) -> bool:
    """The matrix, filtered by the same words and the same filter as questions use."""
    engine = repl.engine
    items = engine.catalog.items
    reading = engine.read_filters(" ".join(args))
    if reading.unknown:
        repl.write(msg.matrix_bad_filter(list(reading.unknown), [lv.name for lv in engine.catalog.levels]))
        return True
    rows = tuple(select(items, reading.filters))
    if not rows:
        repl.write(msg.matrix_empty(" ".join(args)))
        return True
    verdict = msg.matrix_verdict(len(rows), len(items), _filter_words(reading.filters) or " ".join(args))
    repl.show(Answer(f"/matrix {' '.join(args)}".strip(), "matrix", 1.0, verdict, items=rows, table=True))
    return True


def _filter_words(f: Filters) -> str:
    """The filters as read, in words ("onlinee sevrice" was read as "Service, online")."""
    only = " only" if f.env_only else ""
    words = [*sorted(f.levels), *sorted(c.value for c in f.clients), *sorted(e.value + only for e in f.envs)]
    if f.rows is not None:
        words.append(", ".join(sorted(f.rows)))
    return ", ".join(words)


def _profile_word(repl: Repl, args: list[str], field: str) -> Filters | None:
    """The one filter word of /env or /client ("any" gives empty filters); None when it is not one."""
    if len(args) != 1:
        return None
    if args[0].lower() == "any":
        return Filters()
    reading = repl.engine.read_filters(args[0])
    found = reading.filters.envs if field == "env" else reading.filters.clients
    return reading.filters if not reading.unknown and len(found) == 1 else None


def _set_profile(repl: Repl, args: list[str], field: str) -> bool:
    """/env and /client: any word questions understand ("cloud", "cs") sets that part of the profile;
    "any" clears it."""
    now = getattr(repl.profile, field)
    filters = _profile_word(repl, args, field)
    if filters is None:
        words = "onsite|online|any" if field == "env" else "sales|service|any"
        repl.write(msg.usage(f"/{field}", words, now.value if now else "any"))
        return True
    if field == "env":
        profile = replace(repl.profile, env=next(iter(filters.envs), None))
    else:
        profile = replace(repl.profile, client=next(iter(filters.clients), None))
    value = getattr(profile, field)
    what = "Environment" if field == "env" else "Client"
    repl.write(msg.profile_set(what, value.value if value else "any") + repl.set_profile(profile))
    return True


@command("/env")
def set_env(repl: Repl, args: list[str]) -> bool:
    return _set_profile(repl, args, "env")


@command("/client")
def set_client(repl: Repl, args: list[str]) -> bool:
    return _set_profile(repl, args, "client")


@command("/why")
def show_why(repl: Repl, args: list[str]) -> bool:
    if repl.last is None:
        repl.write(msg.WHY_NONE)
    else:
        repl.show(why(repl.last))
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
        repl.write(msg.reload_failed(exc))
        return True
    repl.write(msg.reload_ok(len(catalog.items), len(catalog.platforms)))
    return True


@command("/new")
def new_thread(repl: Repl, args: list[str]) -> bool:
    repl.new_thread()
    repl.write(msg.NEW_THREAD)
    return True


@command("/forum")
def show_forum(repl: Repl, args: list[str]) -> bool:
    repl.write(msg.FORUM)
    return True


@command("/quit")
def quit_repl(repl: Repl, args: list[str]) -> bool:
    return False

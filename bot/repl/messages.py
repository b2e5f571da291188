"""Every sentence the terminal REPL shows, in one place: constants, and template functions for the rest."""

from __future__ import annotations

from bot.core.messages import FORUM_URL, SDK_EMAIL

PROMPT = "sobot> "

WELCOME = (
    "sobot: which SuperOffice extensibility point or API fits your platform?\n"
    "Ask in plain words, or type /help. Ctrl-D quits.\n"
)
GOODBYE = "Bye - happy building!\n"
TOOLBAR_LOADING = " <i>loading data…</i> │"
HELP_VERDICT = "Ask which SuperOffice extensibility point or API fits your platform, in plain words."
HELP_EXAMPLES_TITLE = "For example"
HELP_FOLLOWUP = (
    'Follow-up questions work too ("and onsite?"); /new starts a fresh conversation. '
    "Tab completes names; ↑ recalls history."
)
HELP_COMMANDS_TITLE = "Commands"
WHY_NONE = "Nothing to explain yet: ask a question first.\n"
NEW_THREAD = "Starting afresh: earlier questions no longer fill in later ones.\n"
FORUM = (
    "Ask the people who build SuperOffice:\n"
    f"  Developer forum: {FORUM_URL}\n"
    f"  SDK team by mail: {SDK_EMAIL}\n"
)
SEPARATOR = "─" * 40

COMMANDS: dict[str, str] = {
    "/help": "what to ask, with examples, and the commands",
    "/matrix": "the capability matrix; filter e.g. /matrix online service",
    "/env": "set your environment: /env onsite|online|any",
    "/client": "set your client: /client sales|service|any",
    "/why": "how the last answer was reached",
    "/new": "start a fresh conversation (forget what this one talked about)",
    "/reload": "re-read data/ and intents/; keep the old data if invalid",
    "/forum": "where humans answer: the developer forum and SDK mail",
    "/quit": "leave sobot (Ctrl-D works too)",
}

META_ENV = {"onsite": "your own servers", "online": "SuperOffice CRM Online (cloud)", "any": "no preference"}
META_CLIENT = {"sales": "SuperOffice Sales", "service": "SuperOffice Service", "any": "no preference"}
META_PLATFORM = "platform"


def apology(error: str) -> str:
    return (f"Sorry, something went wrong while answering that ({error}).\n"
            "Please try rephrasing, or ask the developer forum (/forum).\n")


def load_failed(error: object) -> str:
    return f"sobot cannot start: the data did not load.\n{error}\n"


def toolbar(env: str, client: str) -> str:
    return f" env: <b>{env}</b> · client: <b>{client}</b> │ Tab complete · → accept · /help · Ctrl-D quit"


def help_profile(env: str, client: str) -> str:
    return f"Your profile: env {env}, client {client}. Every answer is filtered and flagged by it."


def unknown_command(command: str, options: list[str]) -> str:
    maybe = f" Did you mean {' or '.join(options)}?" if options else ""
    return f"Unknown command {command}.{maybe} Type /help for the list.\n"


def usage(command: str, words: str, current: str) -> str:
    return f"Usage: {command} {words} (now: {current}).\n"


def profile_set(what: str, value: str) -> str:
    return f"{what} set to {value}; later answers are filtered and flagged for it.\n"


def profile_not_saved(error: object) -> str:
    return f"(Could not save the profile: {error}.)\n"


def matrix_verdict(shown: int, total: int, filters: str) -> str:
    return f"Capability matrix: {shown} of {total} rows{f' ({filters})' if filters else ''}."


def matrix_bad_filter(words: list[str], levels: list[str]) -> str:
    return (f"I don't know the filter {' '.join(repr(w) for w in words)}. "
            f"Use onsite, online, sales, service or a level ({', '.join(levels)}).\n")


def matrix_empty(filters: str) -> str:
    return f"No rows match {filters}.\n"


def reload_ok(items: int, platforms: int) -> str:
    return f"Reloaded: {items} matrix rows, {platforms} platforms.\n"


def reload_failed(error: object) -> str:
    return f"Reload failed; still using the previous data.\n{error}\n"


def piped_question(question: str) -> str:
    """How a piped question is shown above its answer, so a batch reads as a transcript."""
    return f"{SEPARATOR}\n» {question}\n"

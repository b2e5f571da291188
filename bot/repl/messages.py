"""Every string the terminal REPL shows, in one place."""

from __future__ import annotations

PROMPT = "sobot> "
FORUM_URL = "https://community.superoffice.com/en/developer/forum/"
SDK_EMAIL = "sdk@superoffice.com"

WELCOME = (
    "sobot: which SuperOffice extensibility point or API fits your platform?\n"
    "Ask in plain words, or type /help. Ctrl-D quits.\n"
)
GOODBYE = "Bye - happy building!\n"
APOLOGY = (
    "Sorry, something went wrong while answering that ({error}).\n"
    "Please try rephrasing, or ask the developer forum (/forum).\n"
)
LOAD_FAILED = "sobot cannot start: the data did not load.\n{error}\n"

TOOLBAR_LOADING = " <i>loading data…</i> │"
TOOLBAR = " env: <b>{env}</b> · client: <b>{client}</b> │ Tab complete · → accept · /help · Ctrl-D quit"

HELP_VERDICT = "Ask which SuperOffice extensibility point or API fits your platform, in plain words."
HELP_EXAMPLES_TITLE = "For example"
HELP_EXAMPLES = (
    "can I use CRMScript in CRM Online?",
    "is a sentry plugin available onsite",
    "how can I extend the onsite web client",
    "which APIs work for Service in Online",
    "what is SAINT",
)
HELP_FOLLOWUP = 'Follow-up questions work too ("and onsite?"). Tab completes names; ↑ recalls history.'
HELP_COMMANDS_TITLE = "Commands"
HELP_PROFILE = "Your profile: env {env}, client {client}. Every answer is filtered and flagged by it."

COMMANDS: dict[str, str] = {
    "/help": "what to ask, with examples, and the commands",
    "/matrix": "the capability matrix; filter e.g. /matrix online service",
    "/env": "set your environment: /env onsite|online|any",
    "/client": "set your client: /client sales|service|any",
    "/why": "how the last answer was reached",
    "/reload": "re-read data/ and intents/; keep the old data if invalid",
    "/forum": "where humans answer: the developer forum and SDK mail",
    "/quit": "leave sobot (Ctrl-D works too)",
}

UNKNOWN_COMMAND = "Unknown command {command}."
DID_YOU_MEAN = " Did you mean {options}?"
SEE_HELP = " Type /help for the list.\n"

ENV_USAGE = "Usage: /env onsite|online|any (now: {current}).\n"
CLIENT_USAGE = "Usage: /client sales|service|any (now: {current}).\n"
ENV_SET = "Environment set to {value}; later answers are filtered and flagged for it.\n"
CLIENT_SET = "Client set to {value}; later answers are filtered and flagged for it.\n"
PROFILE_NOT_SAVED = "(Could not save the profile: {error}.)\n"

MATRIX_VERDICT = "Capability matrix: {shown} of {total} rows{filters}."
MATRIX_BAD_FILTER = (
    "I don't know the filter {word!r}. Use onsite, online, sales, service or a level ({levels}).\n"
)
MATRIX_EMPTY = "No rows match {filters}.\n"

WHY_NONE = "Nothing to explain yet: ask a question first.\n"

RELOAD_OK = "Reloaded: {items} matrix rows, {platforms} platforms.\n"
RELOAD_FAILED = "Reload failed; still using the previous data.\n{error}\n"

FORUM = (
    "Ask the people who build SuperOffice:\n"
    f"  Developer forum: {FORUM_URL}\n"
    f"  SDK team by mail: {SDK_EMAIL}\n"
)

META_ENV = {"onsite": "your own servers", "online": "SuperOffice CRM Online (cloud)", "any": "no preference"}
META_CLIENT = {"sales": "SuperOffice Sales", "service": "SuperOffice Service", "any": "no preference"}
META_PLATFORM = "platform"

"""Every string the MCP face shows an assistant: descriptions, verdicts, errors and the prompt, in one place."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import messages as core_messages
from bot.core.messages import FORUM_URL, SDK_EMAIL

SERVER_NAME = "sobot"
INSTRUCTIONS = (
    "sobot knows the SuperOffice capability matrix exactly: which extensibility point or API works onsite, "
    "in CRM Online, for Sales or for Service, and the integration points of each client platform. Before you "
    "tell a SuperOffice developer that something works in an environment, check it with these tools and cite "
    "the matrix row and its documentation link instead of guessing. When sobot says it does not know, say so "
    f"and point to the developer forum ({FORUM_URL})."
)

# Tools and their arguments.
ASK_TOOL = (
    "Ask sobot a question in plain words, as a developer would ask a SuperOffice consultant: "
    "'can I deploy a sentry plugin to CRM Online?', 'what can I customise for Service in Online?', "
    "'I need my code to run when a contact is saved, we are onsite'. Returns sobot's answer in markdown "
    "and the structured answer (intent, matrix rows with their onsite/online flags, links, suggestions)."
)
ASK_QUESTION = "The question, in English, Norwegian, Swedish, Danish, German or Dutch."
ASK_THREAD = (
    "Optional conversation id. Questions that share a thread are one conversation, so a follow-up such as "
    "'and onsite?' is read in the context of the earlier questions of that thread."
)
CAPABILITY_TOOL = (
    "Look up one row of the SuperOffice capability matrix by its name or a common alias (typos are "
    "tolerated): its level, clients, whether it works onsite and online, why it works in one environment "
    "only, the rows that work in the other environment instead, and its documentation link."
)
CAPABILITY_NAME = "The row's name or alias, e.g. 'Sentry Plugins', 'sentry plugin', 'CRMScript', 'REST API'."
MATRIX_TOOL = (
    "The SuperOffice capability matrix, optionally filtered: the rows (extensibility points and APIs) that "
    "work in an environment, serve a client and sit at a level. Without filters, all rows."
)
MATRIX_ENVIRONMENT = "Only rows that work here: 'onsite' (own servers) or 'online' (SuperOffice CRM Online)."
MATRIX_CLIENT = "Only rows for this client: 'Sales' or 'Service'."
PLATFORM_TOOL = (
    "The integration points of a SuperOffice client platform (Windows client, onsite or online Web client, "
    "Customer Service, mobile) with their documentation and SDK links."
)


def matrix_level(levels: Sequence[str]) -> str:
    """The `level` argument's description, naming the levels of the data."""
    return f"Only rows at this extensibility level: {', '.join(levels)}."


def platform_id(ids: Sequence[str]) -> str:
    """The `id` argument's description, naming the platform ids of the data."""
    return f"The platform id ({', '.join(ids)}) or its name, e.g. 'Windows client'."


# The structured answer (the ask protocol's object), field by field.
ANSWER_FIELDS = {
    "text": "The question asked (or the call, for capability, matrix and platform).",
    "intent": "What kind of answer this is (availability, list, scenario, capability, matrix, platform, ...).",
    "confidence": "0..1: how sure sobot is that it understood the question.",
    "fallback": "True when sobot cannot answer what was asked; `answer` then points to the developer forum.",
    "platform": "The client platform the answer is about, or null.",
    "items": "The capability-matrix rows the answer is about, most relevant first.",
    "answer": "The whole answer in markdown.",
    "links": "Documentation links the answer cites.",
    "suggestions": "Follow-up questions worth asking.",
}
ITEM_FIELDS = {
    "name": "The row's name, spelled as in the matrix.",
    "level": "The extensibility level.",
    "clients": "The clients it serves: Sales, Service.",
    "onsite": "Whether it works onsite.",
    "online": "Whether it works in SuperOffice CRM Online.",
    "url": "Its documentation page.",
}

# Resources and the prompt.
MATRIX_RESOURCE = "The whole SuperOffice capability matrix as a markdown table."
MATRIX_TITLE = "SuperOffice capability matrix"


def platform_resource(name: str) -> str:
    """A platform page's description."""
    return f"The integration points of the SuperOffice {name}, with documentation and SDK links."


PROMPT_NAME = "choose_integration_point"
PROMPT_TITLE = "Choose an integration point"
PROMPT_DESCRIPTION = (
    "Find the SuperOffice extensibility point or API that fits a need, for an environment and a client."
)
PROMPT_ENVIRONMENT = "Where SuperOffice runs: onsite or online (leave empty if not known)."
PROMPT_CLIENT = "Which client the customer uses: Sales or Service (leave empty if not known)."
PROMPT_NEED = "What the integration or customisation must do, in plain words."
NOT_STATED = "not stated"


def choose_prompt(environment: str | None, client: str | None, need: str) -> str:
    """The user message of the "choose an integration point" prompt."""
    return (
        "I develop for SuperOffice and need to choose an integration point.\n\n"
        f"- Environment: {environment or NOT_STATED}\n"
        f"- Client: {client or NOT_STATED}\n"
        f"- Need: {need}\n\n"
        "Use sobot's tools rather than general knowledge: `ask` with my need (add my environment and client), "
        "`matrix` for the rows that work in my environment for my client, `capability` for the details of a "
        "candidate and `platform` for a client platform's integration points. Recommend the row that fits, say "
        "plainly whether it works in my environment (and why not, if it does not), name what works instead, and "
        "cite the matrix row and its documentation link. If the environment or client is not stated and the "
        f"answer depends on it, ask me. If sobot cannot tell, say so and point me to {FORUM_URL} or {SDK_EMAIL}."
    )


# Answers built by this face (rendered like any other Answer).
def call_text(tool: str, **arguments: str | None) -> str:
    """How a tool call is shown as the answer's `text`: matrix(environment='online')."""
    args = ", ".join(f"{key}={value!r}" for key, value in arguments.items() if value is not None)
    return f"{tool}({args})"


def where(onsite: bool, online: bool) -> str:
    """'onsite and online', 'onsite only' or 'online only'."""
    if onsite and online:
        return "onsite and online"
    return "onsite only" if onsite else "online only"


def capability_verdict(name: str, level: str, clients: Sequence[str], onsite: bool, online: bool) -> str:
    """The first line of a capability answer: the row's matrix facts."""
    return f"{name}: {level}, for {' and '.join(clients)}; works {where(onsite, online)}."


def why_only(onsite: bool) -> str:
    """Heading of the reason a row works in one environment only."""
    return f"Why {'onsite' if onsite else 'online'} only"


def instead(env: str) -> str:
    """Heading of the rows that work in the other environment."""
    return f"What works {env} instead"


def nothing_instead(name: str, env: str) -> str:
    """A one-environment row whose needs nothing in the matrix serves in the other environment."""
    return core_messages.nothing_instead(name, env)


def row_line(name: str, level: str, clients: Sequence[str]) -> str:
    """One alternative row as a bullet."""
    return f"{name} ({level}, {' and '.join(clients)})"


def matrix_verdict(shown: int, total: int, filters: Sequence[str]) -> str:
    """The first line of a matrix answer."""
    if not shown:
        return f"No row of the capability matrix matches {', '.join(filters)}."
    scope = f" ({', '.join(filters)})" if filters else ""
    return f"Capability matrix: {shown} of {total} rows{scope}."


def works_in(env: str) -> str:
    """A matrix filter, as the verdict names it."""
    return f"works {env}"


def for_client(client: str) -> str:
    """A client filter, as the verdict names it."""
    return f"for {client}"


def at_level(level: str) -> str:
    """A level filter, as the verdict names it."""
    return f"level {level}"


def platform_verdict(name: str, summary: str) -> str:
    """The first line of a platform answer."""
    return f"{name}: {summary}"


POINTS_TITLE = "Integration points"


def point_line(name: str, summary: str, url: str | None) -> str:
    """One integration point as a bullet."""
    return f"{name}: {summary}" + (f" ({url})" if url else "")


# Errors: the assistant reads them and can correct the call.
def unknown_row(name: str, closest: Sequence[str]) -> str:
    """No matrix row is called `name`."""
    hint = f" The closest rows: {', '.join(closest)}." if closest else " Call `matrix` for every row's name."
    return f"No capability-matrix row is called {name!r}.{hint}"


def unknown_level(level: str, levels: Sequence[str]) -> str:
    """No level is called `level`."""
    return f"No extensibility level is called {level!r}. Use one of: {', '.join(levels)}."


def unknown_platform(pid: str, ids: Sequence[str]) -> str:
    """No platform has that id, name or alias."""
    return f"No platform is called {pid!r}. Use one of: {', '.join(ids)}."


def unknown_value(field: str, value: str, choices: Sequence[str]) -> str:
    """A prompt argument outside its choices."""
    return f"{field} {value!r} is not one of: {', '.join(choices)}."


def empty(field: str) -> str:
    """A required text argument was blank."""
    return f"`{field}` is empty: give some text."


# Start-up, on stderr.
SDK_MISSING = (
    "sobot mcp needs the MCP Python SDK, which is not installed. Install sobot with the extra: "
    "pip install 'sobot[mcp]'"
)


def loaded(items: int, platforms: int) -> str:
    """Logged once, when the knowledge has loaded."""
    return f"sobot mcp: knowledge loaded ({items} matrix rows, {platforms} platforms); serving MCP on stdio"

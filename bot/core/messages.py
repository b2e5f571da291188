"""Every sentence of the core's answers, in one place: constants, and template functions for the rest.

Tests call these instead of pinning literal sentences, so the wording can improve
without rewriting them. Numbers and names come from the data, never from here.
"""

from __future__ import annotations

from collections.abc import Sequence

FORUM_URL = "https://community.superoffice.com/en/developer/forum/"
SDK_EMAIL = "sdk@superoffice.com"
FORUM_TITLE = "SuperOffice developer forum"

ASK_HUMANS = f"Ask in the SuperOffice developer forum ({FORUM_URL}) or write to {SDK_EMAIL}."
DID_YOU_MEAN = "Did you mean one of these?"
GREETING = "Hi! I'm sobot. Ask me which SuperOffice extensibility point or API fits your platform and environment."
THANKS = "You're welcome - ask again any time."
GOODBYE = "Bye - ask again any time."
HELP_EXAMPLES = (
    "can I deploy a sentry plugin to CRM Online?",
    "what can I customise for Service in online?",
    "which integration points does the Windows client have?",
    "how do I call the Customer Service SOAP services?",
    "I need my code to run whenever a contact is saved, we are onsite",
    "SOAP vs Restful",
)
WHICH_WEB_CLIENT = "Which Web client do you mean - the onsite one (on your own web server) or CRM Online?"
ASK_ENV = "Onsite or online? The answer depends on it - tell me and I'll narrow it down."
ENV_CHOICES = ("We are onsite", "We are online")
WEB_CLIENT_CHOICES = ("Which integration points does the onsite Web client have?",
                      "Which integration points does the online Web client have?")
ERROR = "Sorry - something went wrong while answering. Please try again or rephrase."
OPTIONS_TITLE = "Options, best fit first"
POINTS_TITLE = "Platform integration points"
WHY_TITLE = "Why"
INTEGRATION_POINTS_TITLE = "Integration points"
LEVELS_TITLE = "Levels"
TRY_ASKING = "Try asking"
SHOW_ALL = "Show me the whole matrix"

# What the data covers, said when a question is outside it.
KNOWLEDGE = ("which SuperOffice extensibility point or API works where (platform, onsite or online, "
             "Sales or Service)")

DETAILS = {
    "how-to": "step-by-step instructions",
    "stepwise": "step-by-step instructions",
    "steps": "tutorials, walk-throughs and sample projects",
    "where": "where exactly to find it",
    "timing": "when or how often it runs",
    "version": "versions and release details",
    "error": "what an error means or how to fix it",
    "behaviour": "how it behaves in a given case, and what happens to existing data or records",
    "limit": "limits and sizes",
    "price": "prices and licences",
    "api": "method, class, parameter, endpoint and storage details",
    "address": "endpoint addresses and URLs",
    "config": "configuration and deployment details",
    "account": "accounts, passwords and sign-in problems",
    "people": "people, contacts and opening hours",
    "product": "other products",
    "status": "service status and outages",
    "performance": "performance and speed",
    "benefit": "why or when to choose it over something else",
    "request": "doing things for you (sending, booking, ordering)",
    "contents": "what a feature holds in detail (its kinds, values or settings)",
    "docs": "the documentation itself (where a thing is documented, missing pages, corrections)",
}


def env_label(env: str) -> str:
    """'Online' or 'onsite', as sentences name them."""
    return "Online" if env == "online" else "onsite"


def in_env(env: str) -> str:
    """'in Online' or 'onsite'."""
    return "in Online" if env == "online" else "onsite"


def where(onsite: bool, online: bool) -> str:
    """'onsite and online', 'onsite only' or 'online only'."""
    if onsite and online:
        return "onsite and online"
    return "onsite only" if onsite else "online only"


def both(names: Sequence[str]) -> str:
    """'Sales', 'Sales and Service'."""
    return " and ".join(names)


def a(word: str) -> str:
    """The indefinite article for a word: 'an Internal APIs', 'a Configuration', 'a UI Workflow'."""
    return "an" if word[:1].lower() in "aeio" else "a"


def facts(name: str, level: str, clients: Sequence[str], onsite: bool, online: bool) -> str:
    """One line of a row's matrix facts."""
    return f"{name} ({level}, {both(clients)}): {where(onsite, online)}."


def described(name: str, level: str, clients: Sequence[str], onsite: bool, online: bool) -> str:
    """What a row is, by the matrix: 'SAINT is a Configuration extensibility point for Sales, ...'."""
    return (f"{name} is {a(level)} {level} extensibility point for {both(clients)}, "
            f"available {where(onsite, online)}.")


def works(name: str, env: str) -> str:
    return f"{name} works {in_env(env)}"


def does_not_work(name: str, env: str, onsite: bool, online: bool) -> str:
    return f"{name} is {where(onsite, online)} - it does not work {in_env(env)}"


def still_works(env: str) -> str:
    """What holds, said after what does not: '... not Service; it does work in Online'."""
    return f"it does work {in_env(env)}"


def still_serves(client: str) -> str:
    return f"it does serve {client}"


def serves(name: str, client: str) -> str:
    return f"{name} serves {client}"


def does_not_serve(name: str, clients: Sequence[str], client: str) -> str:
    return f"{name} is for {both(clients)} only, not {client}"


def verdict(ok: bool, parts: Sequence[str]) -> str:
    """'Yes. SAINT works in Online; SAINT serves Sales.'"""
    text = "; ".join(parts)
    return f"{'Yes' if ok else 'No'}. {text[0].upper()}{text[1:]}."


def from_profile(env: str | None, client: str | None) -> str:
    """Say which part of the answer the profile filled in: '(for Online and Sales, as in your profile)'."""
    parts = [x for x in (env_label(env) if env else "", client or "") if x]
    return f"(for {both(parts)}, as in your profile)" if parts else ""


def instead(env: str) -> str:
    return f"What works {in_env(env)} instead"


def nothing_instead(name: str, env: str) -> str:
    """A one-environment row whose needs nothing serves in the other environment."""
    return f"Nothing in the matrix does what {name} does {in_env(env)}."


def alternative_line(name: str, level: str, clients: Sequence[str], summary: str) -> str:
    return f"{name} - {level}, {both(clients)}: {summary}"


def compare_env(env: str, good: Sequence[str], bad: Sequence[str], total: int) -> str:
    return _split("In Online" if env == "online" else "Onsite", good, bad, total, ("work", "works"))


def compare_client(client: str, good: Sequence[str], bad: Sequence[str], total: int) -> str:
    """Which of the rows compared serve the asker's client: 'For Service: Extra Tables - yes; ...'."""
    return _split(f"For {client}", good, bad, total, ("serve it", "serves it"))


def _split(label: str, good: Sequence[str], bad: Sequence[str], total: int, verb: tuple[str, str]) -> str:
    """Rows compared on one question: all of them, none of them, or which yes and which no."""
    if not bad:
        return f"{label}: {'both' if total == 2 else 'all'} {verb[0]}."
    if not good:
        return f"{label}: none of them {verb[1]}."
    return f"{label}: {', '.join(good)} - yes; {', '.join(bad)} - no."


def differ_in(fields: Sequence[str]) -> str:
    return f"They differ in {' and '.join(fields)}." if fields else "They share level and clients."


def envs_same(scope: str, count: int) -> str:
    return f"For {scope}, onsite and online offer the same {count} rows."


def envs_differ(scope: str, count: int, onsite_only: Sequence[str], online_only: Sequence[str]) -> str:
    parts = []
    if onsite_only:
        parts.append(f"onsite only: {', '.join(onsite_only)}")
    if online_only:
        parts.append(f"online only: {', '.join(online_only)}")
    return f"For {scope}, onsite and online differ in {count} rows - " + "; ".join(parts) + "."


def both_envs(names: Sequence[str]) -> str:
    return f"Both environments: {', '.join(names) or 'none'}."


def whole_matrix() -> str:
    return "the whole matrix"


def list_verdict(count: int, total: int, scope: str, names: Sequence[str]) -> str:
    return f"{count} of the {total} matrix rows match {scope}: {', '.join(names)}."


def list_empty(scope: str) -> str:
    return f"No row of the capability matrix matches {scope}."


JUST_SHOWN = "of those just shown"  # the rows the thread listed, named as the wider set a message narrows


def list_empty_for(scope: str, wider: str, names: list[str], clients: str) -> str:
    """No row matches; the rows of the filter without the client, none of which serves it."""
    return _none_of_wider(scope, wider, names, f"serves {clients}")


def list_shared_for(scope: str, clients: str, names: list[str]) -> str:
    """No row matches a client alone; the rows that serve it beside the other client."""
    return (f"No row of the capability matrix matches {scope}: none of them is for {clients} alone. These serve "
            f"{clients} and the other client too: {', '.join(names)} (below).")


def list_empty_there(scope: str, wider: str, names: list[str]) -> str:
    """No row matches; the rows of the wider filter, which work elsewhere."""
    return _none_of_wider(scope, wider, names, "works there")


def none_of_shown(names: list[str], lacking: str) -> str:
    """No row of those the thread just listed does what the message asks ("which of those can I use online?")."""
    return f"None of those just shown ({', '.join(names)}) {lacking}; they are below."


def _none_of_wider(scope: str, wider: str, names: list[str], lacking: str) -> str:
    """The sentence for no row matching, with the rows of the wider filter and what none of them does ("No row
    ... matches plugins, online. Plugins: Document Plugins, ...; none of them works there (below)")."""
    return (f"No row of the capability matrix matches {scope}. {wider[:1].upper()}{wider[1:]}: {', '.join(names)}; "
            f"none of them {lacking} (below).")


def which_of_those_online() -> str:
    return "Which of those work online?"


def which_of_those_for(client: str) -> str:
    return f"Which of those are for {client}?"


def and_env(env: str) -> str:
    return f"And {env}?"


def compare_with(a_name: str, b_name: str) -> str:
    return f"Compare {a_name} with {b_name}"


def available_for(name: str, client: str) -> str:
    return f"Is {name} available for {client}?"


def what_is(name: str) -> str:
    return f"What is {name}?"


def can_i_use_online(name: str) -> str:
    return f"Can I use {name} online?"


def points_of(platform: str) -> str:
    return f"Which integration points does the {platform} have?"


def and_platform(platform: str) -> str:
    return f"And the {platform}?"


def platform_points(platform: str) -> str:
    return f"Integration points of the {platform}:"


def platform_not_there(platform: str, envs: Sequence[str], env: str, instead: str | None) -> str:
    """'The Windows client runs onsite only, so there is none in Online; in Online the Web client (online) is the
    client to integrate with.'"""
    there = in_env(env)
    tail = f"; {there} the {instead} is the client to integrate with" if instead else ""
    return f"The {platform} runs {where('onsite' in envs, 'online' in envs)}, so there is none {there}{tail}."


def points_not_there(env: str, points: Sequence[str], every: bool) -> str:
    """'In Online, SOAP Services (not available in Online) is not available (none of its listed points is).'"""
    names = ", ".join(points)
    tail = " - none of its listed points is" if every else ""
    where = in_env(env)
    verb = "is" if len(points) == 1 else "are"
    return f"{where[0].upper()}{where[1:]}, {names} {verb} not available{tail}."


def platform_has(platform: str, points: Sequence[str]) -> str:
    """'Yes - the integration points of the Mobile clients (...) include Custom web panels (...)' (a platform's
    name may be plural)."""
    return f"Yes - the integration points of the {platform} include {', '.join(points)}."


def point_per_platform(point: str, platforms: Sequence[str]) -> str:
    """A point two platforms list, stated per platform."""
    return f"{point}: an integration point of the {' and of the '.join(platforms)}."


def point_elsewhere(points: Sequence[str], platform: str, holders: Sequence[str]) -> str:
    return (f"No - {', '.join(points)} is not among the {platform}'s integration points; "
            f"it is an integration point of the {' and the '.join(holders)}.")


def row_elsewhere(row: str, platform: str, owner: str) -> str:
    """A row that is a part of another client than the one asked about."""
    return f"No - {row} is a part of the {owner}, not of the {platform}."


def platform_runs(platform: str, envs: Sequence[str], there: bool) -> str:
    """Where a platform runs, as the answer to a yes/no question asked of a place."""
    where = " and ".join(envs) + (" only" if len(envs) == 1 else "")
    return f"{'Yes' if there else 'No'} - where the {platform} platform runs: {where}."


def row_other_product(row: str, clients: Sequence[str], platform: str, product: str) -> str:
    """A row for one product asked of a client of the other ("CRMScript in the Windows client?")."""
    return (f"No - {row} is for {' and '.join(clients)} in the matrix, not among the integration points of the "
            f"{platform}, a {product} platform.")


def point_elsewhere_all(points: Sequence[str], platforms: Sequence[str], holders: Sequence[str]) -> str:
    """A point none of the platforms asked about lists ("the automation engine in the web client?")."""
    return (f"No - {', '.join(points)} is not among the integration points of the {' or of the '.join(platforms)}; "
            f"it is an integration point of the {' and the '.join(holders)}.")


def cannot_confirm(env: str, points: Sequence[str], platform: str) -> str:
    return (f"I can't confirm that for {env_label(env)}: the documentation I know lists "
            f"{', '.join(points)} only for the {platform}. {ASK_HUMANS}")


def side_by_side(platforms: Sequence[str]) -> str:
    return f"The {' and the '.join(platforms)} side by side:"


def point_line(name: str, summary: str) -> str:
    return f"{name} - {summary}"


def need_head(need: str) -> str:
    return f"To {need}"


def described_need() -> str:
    return "For what you describe"


def best_fit(head: str, name: str) -> str:
    return f"{head}, the best fit is {name}."


def use_points(head: str, points: Sequence[str]) -> str:
    return f"{head}, use the platforms' integration points: {'; '.join(points)}."


def none_fits(head: str, env: str | None, client: str | None, first: str, why_not: str) -> str:
    """Nothing of the need works where the asker is; `why_not` says why the closest row does not ("onsite
    only", "for Service only")."""
    there = "".join((f" {in_env(env)}" if env else "", f" for {client}" if client else ""))
    return f"{head}: nothing in the matrix does it{there} - {first}, the closest, is {why_not}."


def only_for(clients: Sequence[str]) -> str:
    """'for Service only'."""
    return f"for {both(clients)} only"


def nothing_else(head: str, aside: Sequence[str]) -> str:
    """No row serves the need once the rows the asker set aside are left out (and no platform point does)."""
    besides = f" besides {both(aside)}, which you set aside" if aside else ""
    return f"{head}: nothing in the matrix does it{besides}. {ASK_HUMANS}"


def option_line(name: str, level: str, clients: Sequence[str], onsite: bool, online: bool, why: str) -> str:
    return f"{name} ({level}, {both(clients)}, {where(onsite, online)}) - {why}"


def scope_of(env: str | None, client: str | None) -> str:
    return both([x for x in (env_label(env) if env else "", client or "") if x])


NAME_IT = "Name the feature or platform, for example \"Does CRMScript work online?\"."


def nothing_earlier() -> str:
    """A follow-up ("does that work online?", "and onsite?") with no earlier question to lean on."""
    return f"I'm not sure what that refers to - there is no earlier question in this conversation. {NAME_IT}"


def unclear_reference() -> str:
    """A follow-up whose pointer ("that", "it") could not be tied to the earlier question."""
    return f"I'm not sure what that refers to. {NAME_IT}"


def not_understood() -> str:
    return (f"I don't know that one - my knowledge is {KNOWLEDGE}, and I did not understand that question "
            "well enough to answer it.")


def outside() -> str:
    return f"I can't answer that: it is outside what I know, which is {KNOWLEDGE}."


def without(scope: str) -> str:
    """A list shown again without the rows a filter describes: 'the rows shown before, without those for
    online only'."""
    return f"the rows shown before, without those for {scope}"


def other_than(scope: str, rows: Sequence[str]) -> str:
    """A list's filters with the rows it leaves out: 'online only, other than Zapier'."""
    return f"{scope}, other than {', '.join(rows)}"


def beyond_rows(rows: Sequence[str], detail: str | None) -> str:
    """The honest partial answer: the rows are known, what is asked about them is not."""
    asked = DETAILS.get(detail or "", "that detail")
    return (f"I know where {both(rows)} {'works' if len(rows) == 1 else 'work'} (below), but not {asked}: "
            "that is beyond my data.")


def beyond_points(points: Sequence[str], detail: str | None) -> str:
    """The honest partial answer for integration points: where they are is known, what is asked about them is not."""
    asked = DETAILS.get(detail or "", "that detail")
    return f"I know which platforms list {both(points)} (below), but not {asked}: that is beyond my data."


def known_point_line(point: str, platform: str, summary: str) -> str:
    """One line of what is known of an integration point: 'COM API - an integration point of the Windows client:
    ...'."""
    return f"{point} - an integration point of the {platform}: {summary}"


def known_line(name: str, level: str, clients: Sequence[str], onsite: bool, online: bool) -> str:
    """One line of what is known: 'Sentry Plugins: Internal APIs, Sales, onsite only'."""
    return f"{name}: {level}, {both(clients)}, {where(onsite, online)}."


def levels_intro() -> str:
    return ("SuperOffice extensibility is commonly described in levels: configuration, UI workflow, "
            "scripting, external APIs and internal APIs.")


def help_intro(rows: int) -> str:
    return (f"I know the SuperOffice capability matrix ({rows} extensibility points by level, client, onsite and "
            "online), the integration points of each platform, and the concepts around them.")


def point_on(point: str, platform: str, summary: str) -> str:
    """An integration point, with the platform that lists it."""
    return f"{point} ({platform}) - {summary}"


def left_out(env: str | None, client: str | None, off_env: Sequence[str], off_client: Sequence[str]) -> str:
    """The need's rows that are not offered, each with its own reason: not working in the environment
    (`off_env`), or working there but not for the client (`off_client`)."""
    why = [f"do not work {in_env(env)}: {', '.join(off_env)}"] if off_env and env else []
    why += [f"are not for {client}: {', '.join(off_client)}"] if off_client and client else []
    return "Not offered, because they " + "; because they ".join(why) + "."


def topic_verdict(title: str, env: str, ok: bool) -> str:
    """'No. The Customer Service SOAP services do not work in Online.'"""
    return f"{'Yes' if ok else 'No'}. {title} {'work' if ok else 'do not work'} {in_env(env)}."


def platform_offers(platform: str, points: Sequence[str]) -> str:
    """What the asked platform has of the same kind."""
    return f"The {platform} offers {', '.join(points)} instead."


ASKS_TITLE = "Your asks, one by one"
ASKS_ENV = ("Some of these work in one environment only (see each line). Ask again with onsite or online and "
            "I'll give the rows that fit there.")


def ask_words(said: str, most: int = 10) -> str:
    """An ask in the asker's words, cut to its first `most` words: 'a modal popup in SO Web asking for ...'."""
    words = said.strip(" \t\n.,;:!?").split()
    return " ".join(words[:most]) + (" ..." if len(words) > most else "")


def ask_line(said: str, name: str, note: str = "") -> str:
    """'a modal popup in SO Web asking for a loss reason: Custom Dialogs (onsite only)'."""
    return f"{ask_words(said)}: {name}{f' ({note})' if note else ''}"


def list_asks(count: int, parts: Sequence[tuple[str, Sequence[str]]]) -> str:
    """'Your 2 asks: 1) Scripting, Service, online: CRMScript. 2) Database, onsite: Continuous Database, SQL
    Scripts.'"""
    said = " ".join(f"{n}) {scope}: {', '.join(names) if names else 'no row'}." for n, (scope, names)
                    in enumerate(parts, 1))
    return f"Your {count} asks: {said}"


def asks_each(count: int, scope: str, names: Sequence[str]) -> str:
    """Several asks, a row for each: 'For your 3 asks (onsite and Sales): Custom Pages, Custom Dialogs, ...'."""
    there = f" ({scope})" if scope else ""
    return f"For your {count} asks{there}: {', '.join(names)}." if names else \
        f"For your {count} asks{there}, nothing in the matrix works there."


def asks_kept(count: int, scope: str, good: Sequence[str], bad: Sequence[str]) -> str:
    """'2 of the 4 work in Online: SuperMacro, Quote Connector; not there: Ajax Methods, Sentry Plugins.'"""
    there = f" {scope}" if scope else ""
    text = f"{len(good)} of the {count} work{there}: {', '.join(good)}" if good else f"None of the {count} work{there}"
    return f"{text}; not there: {', '.join(bad)}." if bad else f"{text}."


def asks_moved(count: int, origin: str, env: str, gone: Sequence[str], kept: Sequence[str],
               keeping: bool = False) -> str:
    """'Moving from onsite to Online, 2 of the 4 stop working: Custom Dialogs, Batch Task Plugins; these keep
    working: ...'; what keeps working first when that is what was asked ("which of these survive?")."""
    move = f"Moving from {env_label(origin)} to {env_label(env)}"
    if not gone:
        return f"{move}, all {count} keep working: {', '.join(kept)}."
    if keeping:
        text = f"{move}, {len(kept)} of the {count} keep working: {', '.join(kept)}" if kept else \
            f"{move}, none of the {count} keeps working"
        return f"{text}; these stop working: {', '.join(gone)}."
    text = f"{move}, {len(gone)} of the {count} stop working: {', '.join(gone)}"
    return f"{text}; these keep working: {', '.join(kept)}." if kept else f"{text}."

"""The advisor (issue 5): needs, alternatives, conversations, profile, languages and comparisons.

Facts come from the hand-transcribed seed matrix (`seed_facts.SEED_MATRIX`); the need -> row
links and the `only_because` texts come from the catalog, since they are the data under test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from seed_facts import SEED_MATRIX, rows

from bot.core import messages as msg
from bot.core.catalog.load import load_catalog
from bot.core.catalog.model import Catalog, Need
from bot.core.engine import Engine
from bot.core.model import Answer, Client, Env, Profile, Section
from bot.core.state import MemoryStore
from bot.core.understand.text import normalise

ROOT = Path(__file__).resolve().parent.parent
# Collection needs the needs before the session fixtures exist: one extra load, a fraction of a second.
# the needs a message may have by themselves (`alone: false` ones only stand beside another need, never asked alone)
NEEDS: tuple[Need, ...] = tuple(n for n in load_catalog(ROOT / "data", ROOT / "intents").needs if n.alone)
SEED = {name: (level, clients, onsite, online) for name, level, clients, onsite, online in SEED_MATRIX}
ONSITE_ONLY = rows(onsite=True, online=False)
ONLINE_ONLY = rows(onsite=False, online=True)
ENV_CHOICES = ("We are onsite", "We are online")


def names(answer: Answer) -> list[str]:
    return [i.name for i in answer.items]


def works(name: str, env: Env) -> bool:
    """The seed's answer to 'does this row work there?'."""
    _, _, onsite, online = SEED[name]
    return onsite if env is Env.ONSITE else online


def clients_of(name: str) -> set[str]:
    return set(SEED[name][1])


def section(answer: Answer, title: str) -> Section:
    found = [s for s in answer.sections if s.title == title]
    assert len(found) == 1, [s.title for s in answer.sections]
    return found[0]


def instead(answer: Answer) -> Section:
    found = [s for s in answer.sections if s.title and s.title.startswith("What works") and "instead" in s.title]
    assert len(found) == 1, [s.title for s in answer.sections]
    return found[0]


def platform_id(answer: Answer) -> str | None:
    return answer.platform.id if answer.platform else None


# -- 1. every need ---------------------------------------------------------------------------------

# One question per need, in a user's words; each contains one of the need's phrases inside a sentence.
NEED_QUESTIONS: dict[str, str] = {
    "bundle-steps": "Our agents repeat the same clicks on every complaint and want to run them with one click",
    "run-code-on-save": "Our C# logic has to run when a contact is saved",
    "add-field": "How do we add a field to the project card?",
    "custom-form": "We need a registration form for new members inside SuperOffice",
    "web-client-code": "Where can we deploy our own dll with compiled code for the web client?",
    "show-inside": "We'd like to embed our booking system's pages so users see them inside SuperOffice",
    "sync-erp": "How do we keep invoices in sync with our accounting system?",
    "react-ticket": "Our helpdesk wants an automatic reply when a new ticket comes in",
    "scheduled-job": "We need a scheduled job that archives old follow-ups every night",
    "reporting-copy": "Our BI team wants a copy of our data for Power BI dashboards",
    "no-code": "Our admins are not developers - can they automate things without code?",
    "connect-saas": "We want to connect to Mailchimp from SuperOffice",
    "external-data-access": "Our webshop needs to push data into SuperOffice from our application",
    "access-rights": "We need row-level security so that some users cannot see certain companies",
    "document-storage": "We want to store documents in SharePoint instead of the built-in archive",
    "custom-search": "How can we show our own search results in the archive list?",
    "new-table": "We need our own table in the database for equipment records",
    "quote-prices": "We want products and prices from our product catalog system in SuperOffice quotes",
    "sales-process": "How do we guide salespeople through our sales stages?",
    "monitor": "We want to be alerted when a customer has had no activity for 90 days",
    "call-server-from-page": "Our page needs client-side JavaScript that calls the server without a full page reload",
    "admin-scripts": "Our admins want to write small scripts in the admin pages to tidy up tickets",
    "validate-before-save": "We want to block saving a record when a required field is empty",
    "service-field": "We need an extra field on each ticket for the serial number",
    "telephony": "Our telephony system must log incoming calls as activities",
    "dropdown-source": "The values in a list box should come from our own database",
    "dropdown-values": "We want to add new values to the sale type dropdown",
    "schema-from-code": "We want to change the database schema from code",
    "run-sql": "Our DBA wants to run a cleanup script directly against the database",
    "long-running-job": "The export takes a long time, so it should run in the background without blocking the user",
    "web-dialog": "We want a popup asking the user to confirm before the sale is closed",
    "web-page-tab": "We want a new tab on the company card with our own content",
    "page-data": "We want to change how the contact page loads and saves its data",
    "project-process": "Every project should follow the same statuses with milestones",
    "windows-events": "Our VBScript should react when the user opens a company in the Windows client",
    "default-settings": "We want defaults for all users, such as the calendar start time",
}


def need_question(need: Need) -> str:
    question = NEED_QUESTIONS.get(need.id)
    assert question, f"need {need.id!r} in data/needs.yaml has no question in NEED_QUESTIONS - write one"
    return question


def with_env(question: str, env: Env | None) -> str:
    return question if env is None else f"{question.rstrip('?.!')}, we are {env.value}"


def test_needs_are_loaded() -> None:
    assert len(NEEDS) >= 19
    assert len({n.id for n in NEEDS}) == len(NEEDS)


def test_need_questions_name_only_known_needs() -> None:
    assert set(NEED_QUESTIONS) <= {n.id for n in NEEDS}


@pytest.mark.parametrize("need", NEEDS, ids=lambda n: n.id)
def test_need_question_is_a_sentence_using_the_needs_words(need: Need) -> None:
    question = f" {normalise(need_question(need))} "
    words = {normalise(w) for w in need.words}
    assert normalise(question) not in words  # a sentence, not a copy of a listed phrase
    assert any(f" {w} " in question for w in words), "the question should use one of the need's phrases"


@pytest.mark.parametrize("env", [None, Env.ONSITE, Env.ONLINE], ids=["no-env", "onsite", "online"])
@pytest.mark.parametrize("need", NEEDS, ids=lambda n: n.id)
def test_need_is_answered_with_the_rows_that_work_there(engine: Engine, catalog: Catalog, need: Need,
                                                        env: Env | None) -> None:
    question = with_env(need_question(need), env)
    answer = engine.respond(question)
    assert answer.intent == "scenario", (question, answer.intent, answer.verdict)
    assert answer.explanation.note == f"need {need.id}"
    expected = [name for name, _ in need.rows]
    if env is None:  # every row of the need, with where each works, and the question back
        assert sorted(names(answer)) == sorted(expected)
        differ = any(works(n, Env.ONSITE) != works(n, Env.ONLINE) for n in expected)
        implied = "(onsite" in answer.verdict  # a named platform that runs onsite only says where
        assert answer.suggestions == (ENV_CHOICES if differ and not implied else ())
        return
    assert answer.suggestions == ()
    fitting = [n for n in expected if works(n, env)]
    label = "Online" if env is Env.ONLINE else "onsite"
    assert f"({label}" in answer.verdict, answer.verdict
    if fitting:  # only what works there is offered; the others are named as not offered
        assert sorted(names(answer)) == sorted(fitting)
        assert answer.verdict.endswith(f"the best fit is {names(answer)[0]}."), answer.verdict
        for name in set(expected) - set(fitting):
            assert any(name in p for s in answer.sections for p in s.paragraphs), name
    elif catalog.points_of(need, env):  # no row works there, the platforms' own integration points do
        assert names(answer) == []
        assert all(p.name in answer.verdict for _, p in catalog.points_of(need, env)), answer.verdict
    else:  # nothing works there: the closest row of the need (to what the message says), and what works instead
        assert names(answer)[0] in expected
        assert f"{names(answer)[0]}, the closest" in answer.verdict, answer.verdict
        assert all(works(n, env) for n in names(answer)[1:]), names(answer)


# -- 2. alternatives -------------------------------------------------------------------------------

def test_the_seed_has_13_onsite_only_and_2_online_only_rows() -> None:
    assert len(ONSITE_ONLY) == 13
    assert ONLINE_ONLY == ["Zapier", "Database Mirroring"]


def check_refusal_with_alternatives(answer: Answer, row: str, env: Env) -> list[str]:
    assert answer.intent == "availability", answer.intent
    assert names(answer)[0] == row
    assert answer.verdict.startswith("No"), answer.verdict
    alternatives = names(answer)[1:]
    assert alternatives, "no alternative offered"
    assert row not in alternatives
    assert all(works(a, env) for a in alternatives), alternatives
    assert any(clients_of(a) & clients_of(row) for a in alternatives), alternatives
    offered = [b.split(" - ")[0] for b in instead(answer).bullets]
    assert offered[-len(alternatives):] == alternatives  # rows after the platforms' integration points
    assert f"Compare {row} with {alternatives[0]}" in answer.suggestions
    return alternatives


# onsite-only rows whose needs nothing in the seeds serves online (async calls from page script to the web server,
# read-only search providers, document storage, record rights): the web services are no way to do what they do
NOTHING_ONLINE = ["Ajax Methods", "Archive Providers", "Document Plugins", "Sentry Plugins"]


@pytest.mark.parametrize("row", [r for r in ONSITE_ONLY if r not in NOTHING_ONLINE])
def test_onsite_only_row_asked_online(engine: Engine, catalog: Catalog, row: str) -> None:
    answer = engine.respond(f"Can I use {row} online?")
    alternatives = check_refusal_with_alternatives(answer, row, Env.ONLINE)
    because = catalog.item(row).only_because
    assert because, f"{row} is onsite only but data/matrix.yaml gives no only_because"
    assert section(answer, "Why").paragraphs == (because,)
    assert instead(answer).title == "What works in Online instead"
    assert all(clients_of(a) & clients_of(row) for a in alternatives)


@pytest.mark.parametrize("row", NOTHING_ONLINE)
def test_onsite_only_row_nothing_replaces_online_says_so(engine: Engine, catalog: Catalog, row: str) -> None:
    answer = engine.respond(f"Can I use {row} online?")
    assert names(answer) == [row]
    assert answer.verdict.startswith("No"), answer.verdict
    assert section(answer, "Why").paragraphs == (catalog.item(row).only_because,)
    assert not any(s.title == "What works in Online instead" for s in answer.sections)
    assert any(msg.nothing_instead(row, "online") in s.paragraphs for s in answer.sections)


@pytest.mark.parametrize("row", ONLINE_ONLY)
def test_online_only_row_asked_onsite(engine: Engine, row: str) -> None:
    answer = engine.respond(f"Can I use {row} onsite?")
    check_refusal_with_alternatives(answer, row, Env.ONSITE)
    assert instead(answer).title == "What works onsite instead"


@pytest.mark.parametrize("row", ONLINE_ONLY)
def test_online_only_row_asked_onsite_says_why(engine: Engine, row: str) -> None:
    # The issue: "say no, say why" whenever the asked-for point does not work in the user's environment.
    answer = engine.respond(f"Can I use {row} onsite?")
    why = section(answer, "Why")
    assert why.paragraphs
    assert all(p.strip() for p in why.paragraphs)


# -- 3. conversation -------------------------------------------------------------------------------

def test_item_carries_over_to_an_environment_follow_up(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("Can I use custom dialogs onsite?", thread="t")
    assert first.verdict.startswith("Yes")
    assert first.explanation.context_used == ()
    answer = fresh_engine.respond("and online?", thread="t")
    assert answer.intent == "availability"
    assert names(answer)[0] == "Custom Dialogs"
    assert answer.verdict.startswith("No. Custom Dialogs")
    assert "rows" in answer.explanation.context_used
    assert section(answer, "Why").paragraphs
    assert all(works(a, Env.ONLINE) for a in names(answer)[1:])


def test_platform_carries_over_and_switches_environment(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("which integration points does the Windows client have?", thread="t")
    assert platform_id(first) == "windows-client"
    second = fresh_engine.respond("and the web client on our own servers?", thread="t")
    assert second.intent == "platform"
    assert platform_id(second) == "web-client-onsite", second.verdict
    third = fresh_engine.respond("and in the cloud?", thread="t")
    assert third.intent == "platform"
    assert platform_id(third) == "web-client-online", third.verdict
    assert "platform" in third.explanation.context_used
    assert all(i.online for i in third.items)


def test_web_client_follow_up_switches_to_the_cloud(fresh_engine: Engine) -> None:
    fresh_engine.respond("integration points of the onsite web client", thread="t")
    answer = fresh_engine.respond("and in the cloud?", thread="t")
    assert platform_id(answer) == "web-client-online"
    assert "platform" in answer.explanation.context_used


def test_list_filters_carry_over(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("which configuration options are there", thread="t")
    assert names(first) == rows(level="Configuration")
    assert "Which of those are for Service?" in first.suggestions
    answer = fresh_engine.respond("which of those are for service?", thread="t")
    assert answer.intent == "list"
    assert names(answer) == rows(level="Configuration", client="Service")
    assert "level" in answer.explanation.context_used
    assert answer.verdict.startswith("2 of the 30 matrix rows match Configuration, Service")


def test_pronoun_refers_to_the_previous_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("Is Database Mirroring available online?", thread="t")
    answer = fresh_engine.respond("does it serve Service too?", thread="t")
    assert answer.intent == "availability"
    assert names(answer) == ["Database Mirroring"]
    assert answer.verdict.startswith("Yes")
    assert "serves Service" in answer.verdict
    assert "rows" in answer.explanation.context_used


def test_compare_it_with_another_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("Can I use custom pages online?", thread="t")
    answer = fresh_engine.respond("compare it with DataHandlers", thread="t")
    assert answer.intent == "compare"
    assert names(answer) == ["Custom Pages", "DataHandlers"]
    assert "rows" in answer.explanation.context_used
    assert "none of them works" in answer.verdict  # both onsite only; Online from the thread


@pytest.mark.parametrize(("second", "row"), [
    ("Is Zapier available for Service users in the cloud?", "Zapier"),
    ("Can I use SQL Scripts online?", "SQL Scripts"),
])
def test_a_new_full_question_changes_the_topic(fresh_engine: Engine, second: str, row: str) -> None:
    fresh_engine.respond("Can I use custom dialogs onsite?", thread="t")
    answer = fresh_engine.respond(second, thread="t")
    assert names(answer)[0] == row
    assert "Custom Dialogs" not in names(answer)
    assert answer.explanation.context_used == ()


@pytest.mark.parametrize(("reply", "pid"), [("onsite", "web-client-onsite"), ("online", "web-client-online")])
def test_clarifying_question_for_the_web_client(fresh_engine: Engine, reply: str, pid: str) -> None:
    first = fresh_engine.respond("what can I hook into in the web client?", thread="t")
    assert first.intent == "platform"
    assert first.platform is None
    assert first.clarify == "web-client"
    assert "onsite" in first.verdict
    assert "Online" in first.verdict
    assert first.verdict.endswith("?")
    assert len(first.suggestions) == 2
    answer = fresh_engine.respond(reply, thread="t")
    assert answer.intent == "platform"
    assert platform_id(answer) == pid
    assert "web client" in answer.explanation.context_used


@pytest.mark.parametrize(("index", "pid"), [(0, "web-client-onsite"), (1, "web-client-online")])
def test_clarifying_suggestions_answer_the_question(fresh_engine: Engine, index: int, pid: str) -> None:
    # A suggestion is what a Slack button or a REPL shortcut sends back verbatim.
    first = fresh_engine.respond("what can I hook into in the web client?", thread="t")
    answer = fresh_engine.respond(first.suggestions[index], thread="t")
    assert answer.intent == "platform", (first.suggestions[index], answer.intent, answer.verdict)
    assert platform_id(answer) == pid


def test_scenario_asks_for_the_environment_then_reranks(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("I need my code to run whenever a contact is saved", thread="t")
    assert first.intent == "scenario"
    assert first.suggestions == ENV_CHOICES
    assert any("Onsite or online?" in p for s in first.sections for p in s.paragraphs)
    answer = fresh_engine.respond("we are online", thread="t")
    assert answer.intent == "scenario"
    assert answer.explanation.note == first.explanation.note == "need run-code-on-save"
    assert "need" in answer.explanation.context_used
    assert set(names(answer)) < set(names(first))  # only what works online is offered now
    assert names(answer)
    assert all(works(n, Env.ONLINE) for n in names(answer))
    assert "(Online)" in answer.verdict
    assert answer.suggestions == ()


def test_scenario_environment_suggestion_works_as_a_reply(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("I need my code to run whenever a contact is saved", thread="t")
    answer = fresh_engine.respond(first.suggestions[0], thread="t")  # "We are onsite"
    assert answer.explanation.note == "need run-code-on-save"
    assert works(names(answer)[0], Env.ONSITE)
    assert "(onsite)" in answer.verdict


def test_context_lives_30_idle_minutes(fresh_engine: Engine) -> None:
    now = [10_000.0]
    fresh_engine.store = MemoryStore(clock=lambda: now[0])  # default lifespan
    fresh_engine.respond("Can I use custom dialogs onsite?", thread="t")
    now[0] += 29 * 60
    kept = fresh_engine.respond("and online?", thread="t")
    assert names(kept)[0] == "Custom Dialogs"
    assert "rows" in kept.explanation.context_used
    now[0] += 31 * 60
    answer = fresh_engine.respond("and online?", thread="t")
    assert answer.explanation.context_used == ()
    assert "Custom Dialogs" not in names(answer)


def test_threads_are_independent(fresh_engine: Engine) -> None:
    fresh_engine.respond("Can I use custom dialogs onsite?", thread="a")
    fresh_engine.respond("Is Zapier available online?", thread="b")
    in_a = fresh_engine.respond("and online?", thread="a")
    in_b = fresh_engine.respond("and onsite?", thread="b")
    assert names(in_a)[0] == "Custom Dialogs"
    assert in_a.verdict.startswith("No")
    assert names(in_b)[0] == "Zapier"
    assert in_b.verdict.startswith("No")
    assert "Zapier" not in names(in_a)
    assert "Custom Dialogs" not in names(in_b)
    unthreaded = fresh_engine.respond("and online?")
    assert unthreaded.explanation.context_used == ()


# -- 4. profile ------------------------------------------------------------------------------------

ONLINE_PROFILE = Profile(env=Env.ONLINE)


def test_profile_environment_fills_an_availability_question(engine: Engine) -> None:
    answer = engine.respond("Can I use custom pages?", profile=ONLINE_PROFILE)
    assert answer.verdict.startswith("No")
    assert "for Online, as in your profile" in answer.verdict
    assert section(answer, "Why").paragraphs
    assert all(works(a, Env.ONLINE) for a in names(answer)[1:])


def test_profile_environment_fills_a_scenario(engine: Engine) -> None:
    answer = engine.respond("I need my code to run whenever a contact is saved", profile=ONLINE_PROFILE)
    assert answer.intent == "scenario"
    assert "(for Online, as in your profile)" in answer.verdict
    assert works(names(answer)[0], Env.ONLINE)
    assert answer.suggestions == ()


def test_profile_environment_fills_a_list(engine: Engine) -> None:
    answer = engine.respond("which scripting options are there?", profile=ONLINE_PROFILE)
    assert answer.intent == "list"
    assert names(answer) == rows(level="Scripting", online=True)
    assert "as in your profile" in answer.verdict


@pytest.mark.parametrize(("question", "first", "said"), [
    ("Can I use custom pages onsite?", "Custom Pages", "Yes. Custom Pages works onsite."),
    ("I need my code to run whenever a contact is saved, we are onsite", "NetServer Service", "(onsite)"),
])
def test_question_environment_overrides_the_profile(engine: Engine, question: str, first: str, said: str) -> None:
    answer = engine.respond(question, profile=ONLINE_PROFILE)
    assert names(answer)[0] == first
    assert works(first, Env.ONSITE)
    assert said in answer.verdict
    assert "profile" not in answer.verdict


def test_profile_client_filters_a_list(engine: Engine) -> None:
    answer = engine.respond("which configuration options are there?", profile=Profile(client=Client.SERVICE))
    assert answer.intent == "list"
    assert names(answer) == rows(level="Configuration", client="Service")
    assert "for Service, as in your profile" in answer.verdict


def test_question_client_overrides_the_profile(engine: Engine) -> None:
    answer = engine.respond("which configuration options are there for sales?", profile=Profile(client=Client.SERVICE))
    assert names(answer) == rows(level="Configuration", client="Sales")
    assert "profile" not in answer.verdict


# -- 5. languages ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "row", "where"), [
    ("Kan vi bruke Sentry Plugins i SuperOffice Online?", "Sentry Plugins", "online"),  # nb
    ("Fungerer Zapier hvis vi har egne servere?", "Zapier", "onsite"),
    ("Funker CRMScript i skyen?", "CRMScript", "online"),
    ("Kan vi använda DataHandlers i molnet?", "DataHandlers", "online"),  # sv
    ("Fungerar Database Mirroring på egna servrar?", "Database Mirroring", "onsite"),
    ("Fungerar Restful i molnet?", "Restful", "online"),
    ("Kan vi bruge Custom Pages i skyen?", "Custom Pages", "online"),  # da
    ("Virker SQL Scripts på egne servere?", "SQL Scripts", "onsite"),
    ("Können wir Sentry Plugins in der Cloud nutzen?", "Sentry Plugins", "online"),  # de
    ("Funktioniert Zapier auf eigenen Servern?", "Zapier", "onsite"),
    ("Ist CRMScript in der Cloud verfügbar?", "CRMScript", "online"),
    ("Kan ik Custom Dialogs in de cloud gebruiken?", "Custom Dialogs", "online"),  # nl
    ("Werkt Database Mirroring op onze eigen server?", "Database Mirroring", "onsite"),
    ("Is Restful beschikbaar voor klantenservice?", "Restful", "Service"),
])
def test_availability_in_other_languages(engine: Engine, question: str, row: str, where: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "availability", (answer.intent, answer.verdict)
    assert names(answer)[0] == row
    expected = where in clients_of(row) if where in ("Sales", "Service") else works(row, Env(where))
    assert answer.verdict.startswith("Yes" if expected else "No"), answer.verdict


@pytest.mark.parametrize(("question", "expected"), [
    ("Hvilke muligheter har kundeservice på egen server?", rows(client="Service", onsite=True)),  # nb
    ("Hvilke skriptmuligheter finnes for Service?", rows(level="Scripting", client="Service")),
    ("Vilka möjligheter finns för kundservice i molnet?", rows(client="Service", online=True)),  # sv
    ("Vilka interna API:er finns?", rows(level="Internal APIs")),
    ("Hvilke muligheder har vi i skyen?", rows(online=True)),  # da
    ("Hvilke konfigurationsmuligheder findes for salg?", rows(level="Configuration", client="Sales")),
    ("Welche Skripting-Möglichkeiten gibt es für den Kundenservice?", rows(level="Scripting", client="Service")),
    ("Welche Funktionen gibt es auf der Datenbankebene?", rows(level="Database")),  # de
    ("Welke mogelijkheden zijn er voor klantenservice in de cloud?", rows(client="Service", online=True)),  # nl
    ("Welke interne API opties zijn er?", rows(level="Internal APIs")),
    ("Welke scriptmogelijkheden zijn er in de cloud?", rows(level="Scripting", online=True)),
])
def test_lists_in_other_languages(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer) == expected, answer.verdict


@pytest.mark.parametrize(("question", "pid"), [
    ("Hvilke integrasjonspunkter har Windows-klienten?", "windows-client"),  # nb
    ("Vilka integrationspunkter har webbklienten i molnet?", "web-client-online"),  # sv
    ("Vilka integrationspunkter har mobilklienten?", "mobile"),
    ("Hvilke integrationspunkter har web-klienten på egne servere?", "web-client-onsite"),  # da
    ("Welche Schnittstellen hat der Web-Client in der Cloud?", "web-client-online"),  # de
    ("Welke integratiepunten heeft de webclient op onze eigen server?", "web-client-onsite"),  # nl
])
def test_platforms_in_other_languages(engine: Engine, catalog: Catalog, question: str, pid: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "platform", (answer.intent, answer.verdict)
    assert platform_id(answer) == pid
    envs = catalog.platform(pid).env
    assert all(any(works(i.name, env) for env in envs) for i in answer.items)


# -- 6. comparison ---------------------------------------------------------------------------------

def env_line(pair: tuple[str, str], env: Env) -> str:
    good = [n for n in pair if works(n, env)]
    bad = [n for n in pair if not works(n, env)]
    if not bad:
        return "both work"
    if not good:
        return "none of them works"
    return f"{good[0]} - yes; {bad[0]} - no"


@pytest.mark.parametrize("question", [
    "SOAP vs Restful",
    "Zapier vs SQL Scripts",
    "Custom Pages versus Custom Screens",
    "Triggers vs NetServer Service",
    "Database Mirroring versus SQL Scripts",
])
def test_x_vs_y(engine: Engine, question: str) -> None:
    left, right = re.split(r" (?:vs|versus) ", question)
    answer = engine.respond(question)
    assert answer.intent == "compare"
    assert names(answer) == [left, right]
    assert answer.table
    onsite, online = re.split(r"\bIn Online:", answer.verdict)
    assert onsite.startswith("Onsite:")
    assert env_line((left, right), Env.ONSITE) in onsite, answer.verdict
    assert env_line((left, right), Env.ONLINE) in online, answer.verdict


@pytest.mark.parametrize("client", ["Service", "Sales"])
def test_onsite_vs_online_for_a_client(engine: Engine, client: str) -> None:
    answer = engine.respond(f"onsite vs online for {client}")
    scope = rows(client=client)
    differ = [n for n in scope if SEED[n][2] != SEED[n][3]]
    assert sorted(names(answer)[:len(differ)]) == sorted(differ)
    assert sorted(names(answer)) == sorted(scope)
    assert answer.table
    assert f"differ in {len(differ)} rows" in answer.verdict
    only_on, only_off = answer.verdict.split("online only:")
    assert all(n in only_on for n in differ if SEED[n][2])
    assert all(n in only_off for n in differ if SEED[n][3])


# -- integration points of the platforms (seed 002) --------------------------------------------------

def test_point_listed_only_for_online_is_not_confirmed_onsite(engine: Engine) -> None:
    answer = engine.respond("can I use webhooks onsite?")
    assert answer.platform is not None
    assert answer.platform.id == "web-client-online"
    assert answer.verdict.startswith("I can't confirm that for onsite"), answer.verdict
    assert "community.superoffice.com/en/developer/forum" in answer.verdict


def test_point_asked_for_the_wrong_platform_says_where_it_is(engine: Engine) -> None:
    answer = engine.respond("is the email plugin available in CRM Online?")
    assert answer.platform is not None
    assert answer.platform.id == "web-client-online"
    assert answer.verdict.startswith("No - Email Plugin (COM) is not among"), answer.verdict
    assert "Windows client" in answer.verdict


def test_point_without_platform_names_every_platform_that_has_it(engine: Engine) -> None:
    answer = engine.respond("are web panels available onsite?")
    assert answer.intent == "platform"
    for name in ("Windows client", "Web client (onsite)", "Web client (online)", "Mobile clients"):
        assert name in answer.verdict, answer.verdict

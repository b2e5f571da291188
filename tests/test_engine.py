"""The engine end to end: handlers, follow-ups in threads, context, profile, explanations, robustness."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_facts import FORUM_URL, PLATFORM_IDS, SEED_MATRIX, rows

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.model import Answer, Client, Env, Profile
from bot.core.state import MemoryStore
from bot.render import markdown

ROOT = Path(__file__).resolve().parent.parent
AV = {"availability", "describe"}
SEED = {name: (level, clients, onsite, online) for name, level, clients, onsite, online in SEED_MATRIX}


def text_of(answer: Answer) -> str:
    return markdown.render(answer)


def names(answer: Answer) -> list[str]:
    return [i.name for i in answer.items]


def platform_id(answer: Answer) -> str | None:
    return answer.platform.id if answer.platform else None


def forum_cited(answer: Answer) -> bool:
    return FORUM_URL in text_of(answer) or any(link.url == FORUM_URL for link in answer.links)


# -- availability ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "level", "clients", "onsite", "online"), SEED_MATRIX)
@pytest.mark.parametrize("env", [Env.ONSITE, Env.ONLINE])
def test_availability_per_environment(engine: Engine, name: str, level: str, clients: tuple[str, ...],
                                      onsite: bool, online: bool, env: Env) -> None:
    where = "onsite" if env is Env.ONSITE else "in CRM Online"
    answer = engine.respond(f"Can I use {name} {where}?")
    assert answer.intent in AV
    assert names(answer)[0] == name
    expected = onsite if env is Env.ONSITE else online
    assert answer.verdict.startswith("Yes" if expected else "No"), answer.verdict
    assert not answer.fallback


@pytest.mark.parametrize(("name", "level", "clients", "onsite", "online"), SEED_MATRIX)
@pytest.mark.parametrize("client", ["Sales", "Service"])
def test_availability_per_client(engine: Engine, name: str, level: str, clients: tuple[str, ...],
                                 onsite: bool, online: bool, client: str) -> None:
    answer = engine.respond(f"Is {name} available for {client} users?")
    assert answer.intent in AV
    assert names(answer)[0] == name
    assert answer.verdict.startswith("Yes" if client in clients else "No"), answer.verdict


@pytest.mark.parametrize(("question", "yes"), [
    ("Can Sales use Zapier onsite?", False),  # online only
    ("Can Service use Zapier in the cloud?", True),
    ("Can Service users use custom pages onsite?", False),  # onsite, but Sales only
    ("Can Service use CRMScript online?", True),
    ("can sales users use triggers onsite", False),  # Service only
])
def test_availability_for_environment_and_client(engine: Engine, question: str, yes: bool) -> None:
    answer = engine.respond(question)
    assert answer.intent in AV
    assert answer.verdict.startswith("Yes" if yes else "No"), answer.verdict


def test_describe_gives_the_seed_facts(engine: Engine) -> None:
    answer = engine.respond("what is CRMScript?")
    assert answer.intent in AV
    assert names(answer) == ["CRMScript"]
    assert "Scripting" in answer.verdict
    assert "Service" in answer.verdict
    assert answer.table
    assert answer.links
    assert all(link.url.startswith("https://") for link in answer.links)


@pytest.mark.parametrize(("question", "env"), [
    ("can we use custom dialogs in the cloud?", Env.ONLINE),
    ("does Zapier work onsite?", Env.ONSITE),
    ("Is Database Mirroring available on our own servers?", Env.ONSITE),
])
def test_alternatives_when_a_row_does_not_work_there(engine: Engine, question: str, env: Env) -> None:
    answer = engine.respond(question)
    assert answer.verdict.startswith("No")
    asked = answer.items[0].name
    alternatives = [s for s in answer.sections if s.title and "instead" in s.title]
    assert len(alternatives) == 1, answer.sections
    offered = [b.split(" - ")[0] for b in alternatives[0].bullets]
    assert offered
    assert asked not in offered
    # an integration point is offered with its platform: "Web Panels (Web client (online))"
    platforms = {f"({p.name})": p for p in engine.catalog.platforms}
    for name in offered:
        platform = next((p for label, p in platforms.items() if name.endswith(label)), None)
        if platform is not None:
            assert env in platform.env, f"{name} offered but its platform does not work {env.value}"
            continue
        _, _, onsite, online = SEED[name]
        assert (onsite if env is Env.ONSITE else online), f"{name} offered but does not work {env.value}"


def test_no_alternatives_when_the_row_works(engine: Engine) -> None:
    answer = engine.respond("Can I use Restful in CRM Online?")
    assert answer.verdict.startswith("Yes")
    assert not [s for s in answer.sections if s.title and "instead" in s.title]


def test_online_refusal_explains_the_tenant_policy(engine: Engine) -> None:
    answer = engine.respond("Can I deploy a sentry plugin to CRM Online?")
    assert "compiled assemblies" in text_of(answer)


# -- compare ---------------------------------------------------------------------------------------

def test_compare_two_rows_that_both_work(engine: Engine) -> None:
    answer = engine.respond("SOAP vs Restful")
    assert answer.intent == "compare"
    assert names(answer) == ["SOAP", "Restful"]
    assert answer.verdict.count("both work") == 2  # onsite and online


def test_compare_rows_that_differ(engine: Engine) -> None:
    answer = engine.respond("compare custom pages and zapier")
    assert answer.intent == "compare"
    assert names(answer) == ["Custom Pages", "Zapier"]
    onsite, online = re.split(r"(?i)\bin online\b", answer.verdict)
    assert "Custom Pages - yes" in onsite
    assert "Zapier - no" in onsite
    assert "Zapier - yes" in online
    assert "Custom Pages - no" in online
    assert "differ in level and clients" in text_of(answer)


def test_compare_within_one_environment(engine: Engine) -> None:
    answer = engine.respond("Windows client scripting or NetServer scripting - which can I use onsite?")
    assert answer.intent == "compare"
    assert set(names(answer)) == {"Windows Client", "NetServer Service"}
    assert "both work" in answer.verdict
    assert "online" not in answer.verdict.lower()


# -- lists -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("which extensibility options don't exist onsite?", ["Zapier", "Database Mirroring"]),
    ("what is not available online?", rows(online=False)),
    ("which rows are Sales-only?", rows(client="Sales", only_client=True)),
    ("what works online for Service?", rows(online=True, client="Service")),
    ("which internal APIs are there?", rows(level="Internal APIs")),
    ("which UI workflow features work onsite?", rows(level="UI Workflow", onsite=True)),
    ("which external APIs work online?", rows(level="External APIs", online=True)),
    ("which plugins are there?", ["Document Plugins", "Sentry Plugins", "Batch Task Plugins"]),
])
def test_list_filters(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert names(answer) == expected
    assert answer.verdict.startswith(f"{len(expected)} of the 30")


def test_negation_list_is_the_online_only_rows(engine: Engine) -> None:
    answer = engine.respond("which extensibility options don't exist onsite?")
    assert names(answer) == rows(onsite=False)
    assert all(i.online and not i.onsite for i in answer.items)


# -- platforms -------------------------------------------------------------------------------------

PLATFORM_QUESTIONS = {
    "windows-client": ("which integration points does the Windows client have?",
                       ["COM API", "Sentry Plugin", "Email Plugin", "Web Panels"]),
    "web-client-onsite": ("integration points of the onsite web client",
                          ["custom dialogs", "DataHandlers", "Archive Providers", "web panels"]),
    "web-client-online": ("what integration points do I get in the online web client?",
                          ["User-defined Fields", "Web Panels", "webhooks", "federated authentication"]),
    "customer-service": ("Which integration points does Customer Service have?",
                         ["SOAP", "not available in Online"]),
    "mobile": ("integration points of the mobile clients", ["web panels", "Pocket CRM"]),
}


def test_platform_questions_cover_every_platform() -> None:
    assert set(PLATFORM_QUESTIONS) == set(PLATFORM_IDS)


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_platform_answers(engine: Engine, catalog: Catalog, pid: str) -> None:
    question, phrases = PLATFORM_QUESTIONS[pid]
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == pid
    assert answer.links
    body = text_of(answer).lower()
    for phrase in phrases:
        assert phrase.lower() in body, phrase
    for item in answer.items:  # rows a platform names must exist where it runs
        assert any(item.available(env) for env in catalog.platform(pid).env)


def test_mobile_offers_nothing_but_web_panels(engine: Engine) -> None:
    answer = engine.respond("what can i plug into the superoffice mobile app")
    assert answer.platform is not None
    assert answer.platform.id == "mobile"
    assert len(answer.platform.points) == 1
    assert "web panel" in answer.platform.points[0].name.lower()


def test_web_client_online_has_no_internal_api_rows(engine: Engine) -> None:
    answer = engine.respond("what integration points do I get in the online web client?")
    assert all(i.online for i in answer.items)


# -- topics ----------------------------------------------------------------------------------------

def test_customer_service_soap_url_and_actions(engine: Engine) -> None:
    answer = engine.respond("how do I call the Customer Service SOAP services?")
    assert answer.intent == "topic-cs-soap"
    body = text_of(answer)
    assert "SOAP.exe?action=" in body
    for action in ("customer", "ticket", "admin"):
        assert f"`{action}`" in body or f"{action}," in body or f"{action}\n" in body, action
    assert "not available in Online" in body
    assert platform_id(answer) == "customer-service"


@pytest.mark.parametrize(("question", "intent", "phrases"), [
    ("what are the extensibility levels", "topic-levels",
     ["Configuration", "UI Workflow", "Scripting", "External APIs", "Internal APIs"]),
    ("why can't I deploy custom assemblies to Online?", "topic-online-restrictions", ["compiled assemblies"]),
    ("who do I email with integration questions?", "topic-help", ["sdk@superoffice.com", FORUM_URL]),
    ("how do integrations authenticate in Online?", "topic-federated-auth", ["federated"]),
])
def test_topics(engine: Engine, question: str, intent: str, phrases: list[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == intent
    body = text_of(answer)
    for phrase in phrases:
        assert phrase in body, phrase


# -- scenarios -------------------------------------------------------------------------------------

@pytest.mark.parametrize("env", [Env.ONSITE, Env.ONLINE])
def test_scenario_puts_rows_that_work_there_first(engine: Engine, env: Env) -> None:
    answer = engine.respond(f"I need my code to run whenever a contact is saved, we are {env.value}")
    assert answer.intent == "scenario"
    assert answer.items
    flags = [i.available(env) for i in answer.items]
    assert flags[0], names(answer)
    assert flags == sorted(flags, reverse=True), names(answer)  # every fitting row before any that doesn't
    assert answer.items[0].name in answer.verdict
    for item in answer.items:  # the rows carry the seed's flags
        assert (item.onsite, item.online) == SEED[item.name][2:]


def test_scenario_without_environment_asks_for_it(engine: Engine) -> None:
    answer = engine.respond("I need my code to run whenever a contact is saved")
    assert answer.intent == "scenario"
    assert "onsite or online" in text_of(answer).lower()


# -- small talk ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "intent"), [
    ("hi", "greeting"), ("hello there", "greeting"), ("thanks!", "thanks"), ("thank you", "thanks"),
    ("help", "help"), ("what can you do?", "help"),
])
def test_small_talk(engine: Engine, question: str, intent: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == intent
    assert answer.verdict
    assert not answer.fallback
    assert answer.items == ()


def test_help_points_to_the_forum(engine: Engine) -> None:
    assert forum_cited(engine.respond("help"))


# -- threads ---------------------------------------------------------------------------------------

def test_environment_follow_up(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("Can I use custom dialogs onsite?", thread="t")
    assert first.verdict.startswith("Yes")
    answer = fresh_engine.respond("and online?", thread="t")
    assert names(answer)[0] == "Custom Dialogs"
    assert answer.verdict.startswith("No")
    assert "Custom Dialogs" in answer.verdict
    assert "rows" in answer.explanation.context_used


def test_client_follow_up(fresh_engine: Engine) -> None:
    fresh_engine.respond("Is SAINT available in Online?", thread="t")
    answer = fresh_engine.respond("and for Service users?", thread="t")
    assert names(answer)[0] == "SAINT"
    assert answer.verdict.startswith("No")  # SAINT is Sales only


def test_platform_follow_up(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("integration points of the mobile clients", thread="t")
    assert platform_id(first) == "mobile"
    answer = fresh_engine.respond("and Customer Service?", thread="t")
    assert answer.intent == "platform"
    assert platform_id(answer) == "customer-service"


def test_list_follow_up(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("which configuration options are there", thread="t")
    assert names(first) == rows(level="Configuration")
    answer = fresh_engine.respond("which of those are for service?", thread="t")
    assert answer.intent == "list"
    assert names(answer) == ["Preferences", "Lists"]


def test_change_of_topic(fresh_engine: Engine) -> None:
    fresh_engine.respond("Can I use custom dialogs onsite?", thread="t")
    answer = fresh_engine.respond("which integration points does the Windows client have?", thread="t")
    assert answer.intent == "platform"
    assert platform_id(answer) == "windows-client"
    assert "Custom Dialogs" not in names(answer)
    other = fresh_engine.respond("what is the URL of the CS SOAP API?", thread="t")
    assert other.intent == "topic-cs-soap"
    assert "SOAP.exe?action=" in text_of(other)


def test_threads_are_independent(fresh_engine: Engine) -> None:
    fresh_engine.respond("Can I use custom dialogs onsite?", thread="a")
    answer = fresh_engine.respond("and online?", thread="b")
    assert "Custom Dialogs" not in names(answer)
    assert answer.explanation.context_used == ()
    alone = fresh_engine.respond("and online?")
    assert "Custom Dialogs" not in names(alone)


def test_context_expires(fresh_engine: Engine) -> None:
    now = [1000.0]
    fresh = fresh_engine
    fresh.store = MemoryStore(idle=60, clock=lambda: now[0])
    fresh.respond("Can I use custom dialogs onsite?", thread="x")
    now[0] += 59
    assert names(fresh.respond("and online?", thread="x"))[:1] == ["Custom Dialogs"]
    now[0] += 61
    answer = fresh.respond("and online?", thread="x")
    assert "Custom Dialogs" not in names(answer)
    assert answer.explanation.context_used == ()


def test_memory_store_expiry_and_limit() -> None:
    from bot.core.state import ConversationState

    now = [0.0]
    store = MemoryStore(idle=10, limit=2, clock=lambda: now[0])
    store.save("a", ConversationState(intent="list"))
    store.save("b", ConversationState(intent="compare"))
    store.save("c", ConversationState(intent="platform"))
    assert store.load("a") is None  # evicted, oldest first
    assert store.load("b") == ConversationState(intent="compare")
    now[0] = 11
    assert store.load("c") is None
    state = ConversationState(intent="list", items=("SAINT",), listed=("SAINT",), filters={"levels": ["x"]},
                              setting=("chutney",))
    assert ConversationState.from_dict(state.to_dict()) == state


# -- profile ---------------------------------------------------------------------------------------

def test_profile_fills_the_environment(engine: Engine) -> None:
    answer = engine.respond("can I use custom pages?", profile=Profile(env=Env.ONLINE))
    assert answer.verdict.startswith("No")
    assert "profile" in answer.verdict


def test_question_overrides_the_profile(engine: Engine) -> None:
    answer = engine.respond("can I use custom pages onsite?", profile=Profile(env=Env.ONLINE))
    assert answer.verdict.startswith("Yes")
    assert "profile" not in answer.verdict


def test_profile_fills_the_client(engine: Engine) -> None:
    answer = engine.respond("can I use CRMScript?", profile=Profile(client=Client.SALES))
    assert answer.verdict.startswith("No")
    assert "profile" in answer.verdict


def test_no_profile_no_verdict(engine: Engine) -> None:
    answer = engine.respond("can I use custom pages?")
    assert not answer.verdict.startswith(("Yes", "No"))
    assert "profile" not in answer.verdict


# -- explanation -----------------------------------------------------------------------------------

def test_explanation(engine: Engine) -> None:
    answer = engine.respond("Can I deploy a sentry plugin to CRM Online?")
    why = answer.explanation
    assert why.intent == answer.intent
    assert why.score == answer.confidence
    assert 1 <= len(why.runners_up) <= 3
    assert all(c.intent != answer.intent for c in why.runners_up)
    assert all(c.score <= why.score for c in why.runners_up)
    assert [c.score for c in why.runners_up] == sorted((c.score for c in why.runners_up), reverse=True)
    assert "Sentry Plugins" in why.rows
    assert why.entities


def test_fallback_explanation(engine: Engine) -> None:
    answer = engine.respond("qwertyuiop zxcvbnm")
    assert answer.fallback
    assert answer.explanation.intent == "fallback"
    assert answer.explanation.runners_up


# -- robustness ------------------------------------------------------------------------------------

def assert_sane(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert answer.verdict.strip()
    assert 0.0 <= answer.confidence <= 1.0
    if answer.fallback:
        assert forum_cited(answer)
    markdown.render(answer)


SLACKISH = st.sampled_from(["<!channel>", "<!here>", "<@U123>", "<#C1|general>", "<https://x.y|link>",
                            ":smile:", "```", "*bold*", "\x00", "\u200b", "\r\n", "\t", "' OR 1=1 --",
                            "SAINT", "online", "and", "which", "not", "Sales", "udf", "vs"])
QUESTIONS = st.one_of(
    st.text(),
    st.text(max_size=3000),
    st.lists(st.one_of(SLACKISH, st.text(max_size=12)), max_size=40).map(" ".join),
    st.integers(1000, 20000).map(lambda n: "which " * n),
    st.characters(codec="utf-8").map(lambda c: c * 3000),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=QUESTIONS, thread=st.sampled_from([None, "h1", "h2"]))
def test_respond_never_raises(engine: Engine, text: str, thread: str | None) -> None:
    assert_sane(engine.respond(text, thread=thread))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "?", "<!channel>", "<@U123>", "\x00\x01\x02", "😀" * 500])
def test_empty_and_markup_only_fall_back(engine: Engine, text: str) -> None:
    answer = engine.respond(text)
    assert_sane(answer)
    assert answer.fallback


def test_core_imports_no_adapter() -> None:
    code = ("import sys, bot.core.engine, bot.render.json, bot.render.markdown; "
            "bad = [m for m in ('slack_bolt', 'slack_sdk', 'prompt_toolkit') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr

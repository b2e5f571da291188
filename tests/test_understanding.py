"""Understanding what was asked (issue 14): frames, honest partial answers, conversations that don't bleed.

Each wrong answer the issue reports is a case here; sentences come from bot.core.messages, facts from
the hand-typed seed matrix.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from seed_facts import FORUM_URL, SEED_MATRIX
from seed_facts import rows as seed_rows

from bot.core import messages as msg
from bot.core.catalog.model import Catalog
from bot.core.engine import SEVERAL_ASKS, Engine
from bot.core.model import Answer, Client, Env, Profile
from bot.core.state import ConversationState
from bot.core.understand import followup
from bot.core.understand.matcher import Matcher
from bot.core.understand.text import asker_lines, sentence_starts, tokens
from bot.render.markdown import render

SEED = {name: (level, clients, onsite, online) for name, level, clients, onsite, online in SEED_MATRIX}


def names(answer: Answer) -> list[str]:
    return [i.name for i in answer.items]


def platform_id(answer: Answer) -> str | None:
    """The id of the platform an answer is about (None when it is about none)."""
    return answer.platform.id if answer.platform is not None else None


def assert_beyond(answer: Answer) -> None:
    """The answer says what is asked is beyond the data (the out-of-scope fallback)."""
    assert answer.fallback
    assert answer.intent == "out-of-scope", answer.intent


def text_of(answer: Answer) -> str:
    return render(answer) + " ".join(link.url for link in answer.links)


# -- wrong facts in composed sentences ---------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "is the customer service soap api available online?",
    "can I use SOAP.exe in online",
    "are the CS SOAP services available in SuperOffice Online?",
])
def test_the_customer_service_soap_services_are_not_the_soap_row(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.verdict.startswith("No"), answer.verdict
    assert "SOAP" not in names(answer)  # the matrix's SOAP row works online; these services do not
    assert platform_id(answer) == "customer-service"


@pytest.mark.parametrize("question", [
    "a .NET app sends xml envelopes to NetServer through proxies generated from the wsdl. does it keep working "
    "after the move to SuperOffice Online?",
    "we call NetServer through proxies generated from the WSDL, old code. will that still work in CRM Online?",
])
def test_netservers_soap_services_are_the_soap_row(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.verdict.startswith("Yes"), answer.verdict
    assert names(answer)[0] == "SOAP"
    assert answer.platform is None


def test_the_soap_row_says_it_is_not_the_customer_service_services(engine: Engine, catalog: Catalog) -> None:
    answer = engine.respond("can I use SOAP in CRM Online?")
    assert answer.verdict.startswith("Yes"), answer.verdict
    assert names(answer)[0] == "SOAP"
    note = catalog.topic("cs-soap").note
    assert note
    assert note in text_of(answer)


def test_overriding_buttons_is_the_onsite_web_clients_point(engine: Engine) -> None:
    answer = engine.respond("can I override buttons in the online web client?")
    assert answer.verdict.startswith("No"), answer.verdict
    assert "Web client (onsite)" in answer.verdict
    assert "Custom buttons" in answer.verdict  # what online offers of the kind


def test_webhooks_belong_to_the_online_web_client_not_event_subscriptions(engine: Engine) -> None:
    answer = engine.respond("does superoffice have webhooks for ticket events")
    assert platform_id(answer) == "web-client-online"
    assert "webhooks" in answer.verdict
    assert "Event Subscriptions" not in answer.verdict


def test_a_point_two_platforms_list_is_stated_per_platform(engine: Engine) -> None:
    answer = engine.respond("which clients have web panels?")
    for platform in ("Windows client", "Web client (online)", "Web client (onsite)"):
        assert platform in answer.verdict, answer.verdict


@pytest.mark.parametrize(("question", "profile"), [
    ("does SAINT serve Service?", Profile()),
    ("is SAINT available?", Profile(env=Env.ONLINE)),
    ("and is it for Service?", Profile()),
])
def test_every_verdict_names_its_row(fresh_engine: Engine, question: str, profile: Profile) -> None:
    fresh_engine.respond("what is SAINT?", thread="t")
    answer = fresh_engine.respond(question, thread="t", profile=profile)
    assert "SAINT" in answer.verdict.split(".")[1], answer.verdict
    assert answer.verdict.count("as in your profile") <= 1


def test_the_article_fits_the_level(engine: Engine) -> None:
    assert "an Internal APIs" in engine.respond("what is a sentry plugin?").verdict
    assert "a UI Workflow" in engine.respond("what are triggers?").verdict


# -- answer what the data answers, be honest about the rest -------------------------------------------

@pytest.mark.parametrize("question", [
    "what's the password for the demo tenant?",
    "Which SQL Server versions are supported for onsite installations?",
    "which SQL server version do I need?",  # the version the question word asks for, not a need for SQL
    "Can you book a meeting with my sales rep for Tuesday?",
    "how does superoffice stack up against hubspot for a 20 person sales team",
    "whats the phone number for superoffice support in oslo",
    "getting 'Object reference not set to an instance' back from SOAP.exe?action=ticket since this morning, "
    "anyone seen that?",
])
def test_a_filter_word_never_turns_another_question_into_a_table(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.verdict)
    assert not answer.table
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("When is the Sentry plugin called?", "Sentry Plugins"),
    ("What are the automation hooks of CRM Script?", "CRMScript"),
    ("Is it possible to get a list of all available preferences?", "Preferences"),
    ("how often does database mirroring sync?", "Database Mirroring"),
    ("what interface do i implement for an archive provider and which methods?", "Archive Providers"),
    ("How do I use Database Mirroring?", "Database Mirroring"),
    ("What is CRMScript V2?", "CRMScript"),
    ("Add documentation for QuoteConnectors in Online", "Quote Connector"),
    ("Which release brought the ERP Sync Connector, was it 8.x or 9?", "ERP Sync Connector"),
    ("how do i build an erp sync connector for visma, any sample project?", "ERP Sync Connector"),
    ("sales guide: max number of stages per sale type?", "Sales Guide"),
    ("The automation overview page seem lacking information on Zapier.", "Zapier"),
    ("why use the screen designer?", "Custom Screens"),
    ("Since which release have Archive Providers been around?", "Archive Providers"),
    ("what does a Continuous Database definition xml file look like?", "Continuous Database"),
    ("is there a sandbox where we can try SuperMacro before the live tenant?", "SuperMacro"),
    ("Wie lege ich per REST einen Kontakt an? Bitte mit Beispiel-Request.", "Restful"),
    ("Sales Guide: trinn for trinn oppsett?", "Sales Guide"),
])
def test_a_detail_beyond_the_data_is_an_honest_partial_answer(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == [row]  # the row it is about, with what is known of it
    level, clients, onsite, online = SEED[row]
    assert msg.known_line(row, level, clients, onsite, online) in text_of(answer)
    assert any(link.url == answer.items[0].url for link in answer.links)
    assert FORUM_URL in text_of(answer)
    assert msg.SDK_EMAIL in text_of(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Where can I create triggers?", "Triggers"),
    ("What is a sales guide?", "Sales Guide"),
    ("When should I consider Database Mirroring?", "Database Mirroring"),
    ("we tried deploying an MDO provider to our online tenant and it failed, why?", "MDO Providers"),
])
def test_what_the_data_answers_is_answered(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert names(answer)[0] == row


# -- constraints are kept -----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "kept", "gone"), [
    ("customer is moving from onsite to online, which of the extensibility options wont work for them anymore",
     Env.ONSITE, Env.ONLINE),
    ("what would we gain moving from onsite to online?", Env.ONLINE, Env.ONSITE),
    ("Kunden ska flytta från egen server till SuperOffice Online. Vad slutar fungera?", Env.ONSITE, Env.ONLINE),
])
def test_a_move_lists_what_stays_behind_or_is_gained(engine: Engine, question: str, kept: Env, gone: Env) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    where = {n: {Env.ONSITE: onsite, Env.ONLINE: online} for n, (_, _, onsite, online) in SEED.items()}
    expected = [n for n, works in where.items() if works[kept] and not works[gone]]
    assert sorted(names(answer)) == sorted(expected)
    assert f"not {gone.value}" in answer.verdict


def test_a_negation_belongs_to_the_name_after_it_only(engine: Engine) -> None:
    answer = engine.respond("what works onsite but not online for sales")
    assert names(answer)
    assert all("Sales" in SEED[n][1] and SEED[n][2] and not SEED[n][3] for n in names(answer))
    assert "not Sales" not in answer.verdict


def test_options_that_do_not_work_there_are_not_offered(engine: Engine) -> None:
    answer = engine.respond("we're online and need a nightly job")
    assert answer.intent == "scenario"
    assert names(answer)
    assert all(SEED[n][3] for n in names(answer)), names(answer)  # every option works online
    options = next(s for s in answer.sections if s.title == msg.OPTIONS_TITLE)
    assert not any("Batch Task Plugins" in b or "SQL Scripts" in b for b in options.bullets)


def test_the_profile_filters_lists(engine: Engine) -> None:
    answer = engine.respond("which internal APIs are there?", profile=Profile(env=Env.ONLINE))
    assert names(answer) == []  # no internal API works online
    answer = engine.respond("which configuration options are there?", profile=Profile(env=Env.ONLINE))
    assert names(answer)
    assert all(SEED[n][3] for n in names(answer))


def test_alternatives_for_an_onsite_web_client_row_start_with_the_online_points(engine: Engine) -> None:
    answer = engine.respond("can I use custom pages in CRM Online?")
    instead = next(s for s in answer.sections if s.title == msg.instead("online"))
    first = instead.bullets[0]
    assert first.startswith(("Web Panels", "Custom buttons")), instead.bullets
    assert any(b.startswith("Restful") or b.startswith("SOAP") for b in instead.bullets)


def test_alternatives_depend_on_the_row(engine: Engine) -> None:
    sentry = names(engine.respond("can I use sentry plugins online?"))[1:]
    scripting = names(engine.respond("can I use netserver scripting online?"))[1:]
    assert sentry != scripting


# -- conversations that don't bleed --------------------------------------------------------------------

@pytest.mark.parametrize(("first", "then", "intent"), [
    ("is CRMScript available onsite?", "hi", "greeting"),
    ("compare SOAP and Restful", "which internal APIs are there?", "list"),
    ("what are the integration points of the windows client", "thx!", "thanks"),
    # every filter set in a question's own form: a list of its own, not the earlier level narrowed
    ("which configuration options work online?", "what can CS use in SO Online?", "list"),
    ("which configuration options work online?", "hvad kan vi kun bruge online og ikke onsite?", "list"),
    # nothing in it to apply to the thread's topic
    ("what is NetServer?", "Which screens can i configure?", "fallback"),
    # a contrast of environments, not of the earlier row with this one
    ("can I use UDFs online?", "saint onsite vs online - any difference in availability?", "availability"),
    # "that" opens a clause whose subject is a name: no pointer to the earlier row
    ("is Zapier available onsite?", "Scripting-wise, what does an onsite install give me that Online doesn't?",
     "list"),
    # "gibt es" is "there are", no pointer to the earlier row
    ("is CRMScript available online?", "Welche Konfigurationsmöglichkeiten gibt es nur für Sales?", "list"),
    # a "that" before a name is no particle: a clause, not a pointer to the earlier row
    ("is CRMScript available online?", "anything in SO online that on-prem customers DON'T get?", "list"),
    # a pronoun after the level it names points inside the message
    ("is CRMScript available online?", "internal api bucket - whats in it", "list"),
    # both environments set against each other: a comparison of its own
    ("which integration points does the onsite web client have?", "Online versus OnSite Extensibility", "list"),
    # a row and an environment asked in full: the thread's client does not apply
    ("thx. unrelated: can SAINT be used by Service users?", "is SAINT online?", "availability"),
    # an integration point of its own, not the thread's rows or need
    ("can our app show a panel on the contact card?", "what about webhooks, are they available?", "platform"),
    # "Erweiterungen" (extensions) is what is listed, not the thread's rows
    ("how do I authenticate against the REST API in online?", "Welche Erweiterungen funktionieren nur onsite?",
     "list"),
])
def test_a_new_message_is_answered_as_if_alone(fresh_engine: Engine, engine: Engine, first: str, then: str,
                                               intent: str) -> None:
    fresh_engine.respond(first, thread="t")
    in_thread = fresh_engine.respond(then, thread="t")
    alone = engine.respond(then)
    assert in_thread.intent == alone.intent == intent
    assert names(in_thread) == names(alone)


@pytest.mark.parametrize(("first", "then"), [
    ("what is NetServer?", "and online?"),
    ("is CRMScript available online?", "for Sales?"),
    ("which internal APIs are there?", "onsite?"),
    ("which options work onsite for Sales?", "narrow that down to scripting"),  # "that" before a particle
    ("what is SuperMacro?", "do sales users have access to that as well?"),  # "that" after a preposition
    ("is SAINT online?", "what level is it on?"),  # one concept word and a pronoun: the thread's row
    ("enumerate whatever sits under Database in that table", "only the ones usable by an onprem CS-only shop"),
    ("rows in the matrix's UI Workflow band?", "filter to those a customer with only sales seats can use"),
])
def test_a_message_that_brings_something_still_continues(fresh_engine: Engine, first: str, then: str) -> None:
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.explanation is not None
    assert answer.explanation.context_used


@pytest.mark.parametrize(("first", "then"), [
    ("which platforms are there?", "and the mobile ones?"),
    ("does SuperOffice support OAuth for onsite?", "which ones work on the mobile app"),
])
def test_a_platform_named_after_a_topic_gets_its_points(fresh_engine: Engine, first: str, then: str) -> None:
    topic = fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert topic.intent.startswith("topic-")
    assert answer.intent == "platform"
    assert platform_id(answer) == "mobile"


@pytest.mark.parametrize("question", ["does that work online?", "and onsite?", "what about it?", "is it onsite only?"])
def test_a_follow_up_with_nothing_before_it_asks_for_the_subject(fresh_engine: Engine, question: str) -> None:
    answer = fresh_engine.respond(question, thread="new")
    assert answer.fallback
    assert answer.verdict == msg.nothing_earlier()
    assert answer.suggestions == ()
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize("then", ["asdfghjkl", "?", "qwerty uiop"])
def test_gibberish_never_repeats_the_previous_answer(fresh_engine: Engine, then: str) -> None:
    fresh_engine.respond("can I use sentry plugins online?", thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.fallback
    assert names(answer) == []


# One preceding question per rule, and the rule's own example: the policy table tested as a table.
SETTING = {
    "a fresh start": "is SAINT available online?",
    "tells several asks of its own": "which of those need no code?",
    "nothing to read": "is SAINT available online?",
    "small talk": "is SAINT available online?",
    "asks what is outside": "which integration points does the Windows client have?",
    "asks why of the earlier row": "can I deploy a sentry plugin to CRM Online?",
    "asks for a detail of its own": "I need my code to run whenever a contact is saved",
    "quotes the question it asks": "give me everything at the internal API level",
    "answers the clarifying question": "which integration points does the web client have?",
    "points back": "is SAINT available online?",
    "picks one of the rows compared": "compare NetServer scripting and CRMScript",
    "compares with an earlier row": "can I use custom pages onsite?",
    "a new name, nothing asked": "can I use custom dialogs online?",
    "no subject of its own": "is Zapier available onsite?",
    "says the earlier subject goes on": "is CRMScript available online?",
    "narrows the earlier list": "sales user in a hosted tenant - what can they use, full list?",
    "names the earlier list": "every row at the configuration level",
    "points at the earlier row's level": "tell me about SQL scripts",
    "a question of its own": "compare SOAP and Restful",
}


@pytest.mark.parametrize("rule", followup.RULES, ids=lambda r: r.example)
def test_each_follow_up_rule_decides_its_own_example(fresh_engine: Engine, rule: followup.Rule) -> None:
    fresh_engine.respond(SETTING[rule.name], thread="t")
    answer = fresh_engine.respond(rule.example, thread="t")
    assert answer.explanation.followup == rule.name
    assert bool(answer.explanation.context_used) is rule.continues


def test_every_rule_has_a_setting() -> None:
    assert {r.name for r in followup.RULES} == set(SETTING)


def test_without_a_thread_no_rule_applies(matcher_of: Matcher) -> None:
    reading, frame = matcher_of.read("and online?")
    top = matcher_of.rank(reading, frame)[0]
    assert followup.choose(frame, top, None) is None
    assert followup.choose(frame, top, ConversationState()) is None


@pytest.mark.parametrize("text", [
    "The customer runs SuperOffice onsite, both sales and customer service. The service manager wonders which "
    "features are only for Service (not Sales) and work in their local install.",
    "customer has both sales and service. which features are only for Service and work onsite?",
    "Kunden kör SuperOffice på egen server, både sälj och kundtjänst. Chefen undrar vilka funktioner som bara är "
    "till för Service (inte Sales) och som fungerar i deras lokala installation.",
])
def test_the_client_asked_about_is_not_the_customers_two(engine: Engine, text: str) -> None:
    answer = engine.respond(text)
    assert answer.intent == "list"
    assert names(answer) == seed_rows(onsite=True, client="Service", only_client=True)


def test_a_no_code_list_of_named_levels_for_a_customer_with_both_clients(engine: Engine) -> None:
    answer = engine.respond("pest control company on SO cloud with sales + service seats, strictly no-code. list the "
                            "configuration-tier and UI-workflow-tier rows available to them")
    assert answer.intent == "list"
    expected = seed_rows(online=True, level="Configuration") + seed_rows(online=True, level="UI Workflow")
    assert sorted(names(answer)) == sorted(expected)


@pytest.mark.parametrize("question", [
    "Bei welchen Matrixzeilen stehen Sales und Service beide als Client drin?",
    "Welke rijen met zowel Sales als Service in de klantkolom?",
])
def test_the_matrix_talked_about_as_a_table_is_listed(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == set(seed_rows(client="Sales")) & set(seed_rows(client="Service"))


def test_support_staff_are_the_service_client(engine: Engine) -> None:
    answer = engine.respond("Er der konfigurationsrækker, som både sælgere og supportmedarbejdere kan bruge? Hvilke?")
    assert answer.intent == "list"
    both = set(seed_rows(level="Configuration", client="Sales")) & set(seed_rows(level="Configuration",
                                                                                client="Service"))
    assert set(names(answer)) == both


@pytest.mark.parametrize(("question", "row"), [
    # "hosted in their own server room" is onsite; "archive lists" are the Archive Providers' lists
    ("xmas tree grower, SO web hosted in their own server room. idea: a read-only searchable panel of earlier "
     "truckloads fed from their logistics db, shown on the company card the way SO's standard archive lists look. "
     "which row?", "Archive Providers"),
    # a new screen in the web client is a page of its own, not a dialog
    ("SO web on their own servers. they want an entirely new screen in the web client listing warranty returns per "
     "retailer, reachable from the navigator. which internal api row?", "Custom Pages"),
    # a ticket that comes in, handled automatically by an admin who can't code
    ("CS in the cloud. any ticket that comes in with 'injury' in the subject has to be bumped to critical and handed "
     "to the safety lead automatically. their admin cant code. what's the feature?", "Triggers"),
    # the customer wants their own entries in a dropdown, not default settings
    ("Austernzucht mit SO on-premise: In der Auswahlliste für den Kundentyp stehen nur die Standardwerte. Sie möchten "
     "eigene Einträge wie Restaurant, Großhandel ergänzen. Welche Zeile der Matrix ist das?", "Lists"),
])
def test_a_story_in_the_askers_words_finds_its_row(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


@pytest.mark.parametrize(("question", "verdict"), [
    ("can I write a custom archive provider for CRM online?", "No"),
    ("can we write a sentry plugin for our onsite install?", "Yes"),
])
def test_asking_whether_one_can_write_a_row_is_availability(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert answer.verdict.startswith(verdict), answer.verdict


def test_both_environments_stay_when_one_is_named_by_a_product(engine: Engine) -> None:
    answer = engine.respond("We're writing a standalone Java service that reads and writes Service data, and it has "
                            "to work both against customers' onsite installs and against Online tenants. Which of the "
                            "external APIs qualify?")
    expected = [n for n in seed_rows(level="External APIs", client="Service", onsite=True)
                if n in seed_rows(online=True)]
    assert sorted(names(answer)) == sorted(expected)


@pytest.fixture(scope="module")
def matcher_of(catalog: Catalog) -> Matcher:
    return Matcher(catalog)


@pytest.mark.parametrize(("text", "rows"), [
    ("What do online customers get that us onsite folks don't?", {"Zapier", "Database Mirroring"}),
    ("sales-side extensibilty that works in the cloud?", None),
])
def test_people_words_and_relative_clauses_keep_the_filters(engine: Engine, text: str, rows: set[str] | None) -> None:
    answer = engine.respond(text)
    assert answer.intent == "list"
    listed = set(names(answer))
    if rows is not None:
        assert listed == rows
    else:  # every Sales row that works online, and nothing else
        assert listed == set(seed_rows(online=True, client="Sales"))


def test_a_topic_does_not_answer_for_another_platform(engine: Engine) -> None:
    """The CS SOAP topic's lifecycle words ("still maintained") do not make it answer about Pocket CRM."""
    answer = engine.respond("is pocket crm still maintained?")
    assert answer.intent != "topic-cs-soap"
    assert answer.platform is None or answer.platform.id != "customer-service"


def test_a_fallback_about_named_rows_keeps_them_in_the_thread(fresh_engine: Engine) -> None:
    """A question about the row beyond the data, but the row stays what the thread is about."""
    first = fresh_engine.respond("erp sync conn - what weird thing of the ladder is that", thread="t")
    assert first.fallback
    assert names(first) == ["ERP Sync Connector"]
    answer = fresh_engine.respond("only for sales?", thread="t")
    assert not answer.fallback
    assert names(answer)[0] == "ERP Sync Connector"


def test_a_contrast_with_a_word_of_its_own_does_not_compare_the_thread_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("can I use UDFs online?", thread="t")
    answer = fresh_engine.respond("VBScript vs. JavaScript", thread="t")
    assert "User-defined Fields" not in names(answer)


@pytest.mark.parametrize(("question", "platform"), [
    ("SuperOffice Mobile on a phone: can it be extended in any way at all?", "mobile"),
    ("how customisable is the Windows client for a partner?", "windows-client"),
])
def test_asking_how_a_platform_is_extended_gets_its_points(engine: Engine, question: str, platform: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == platform


def test_the_threads_environment_answers_a_yes_no_question_not_another_one(fresh_engine: Engine) -> None:
    fresh_engine.respond("is SAINT online?", thread="t")
    level = fresh_engine.respond("what level is it on?", thread="t")
    assert names(level)[0] == "SAINT"
    assert not level.verdict.startswith(("Yes", "No")), level.verdict
    assert "Configuration" in level.verdict
    again = fresh_engine.respond("does it work there for Service users?", thread="t")
    assert again.verdict.startswith("No"), again.verdict


def test_contrasting_with_a_new_row_compares_it_with_the_thread_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("Quote Connector: which level, which clients?", thread="t")
    answer = fresh_engine.respond("now contrast that with erp sync", thread="t")
    assert answer.intent == "compare"
    assert set(names(answer)) == {"Quote Connector", "ERP Sync Connector"}


@pytest.mark.parametrize(("question", "row"), [
    ("scripting via the Windows CRM app: can CS/helpdesk staff use that row?", "Windows Client"),
    ("what scripting options does the desktop app have?", "Windows Client"),
])
def test_a_platform_with_one_row_at_the_level_named_is_that_row(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert names(answer)[0] == row


def test_a_one_environment_list_set_against_the_other(engine: Engine) -> None:
    answer = engine.respond("anything in SO online that on-prem customers DON'T get?")
    assert answer.intent == "list"
    assert set(names(answer)) == set(seed_rows(online=True)) - set(seed_rows(onsite=True))


def test_a_named_row_that_does_not_fit_is_answered_before_the_need(engine: Engine) -> None:
    """'can a service-only customer even use udfs?': no (the seed says Sales only), then what serves Service."""
    answer = engine.respond("can a service-only customer even use udfs? they want one extra checkbox on the form")
    assert names(answer)[0] == "User-defined Fields"
    assert "Service" not in SEED["User-defined Fields"][1]
    assert answer.verdict.startswith("No")
    assert all("Service" in item.clients for item in answer.items[1:])


def test_negation_stays_in_its_sentence(engine: Engine) -> None:
    answer = engine.respond("sales-only customer's admin wants some workflow automation without code. "
                            "what's on the ui workflow level for sales users?")
    assert set(names(answer)) == {n for n, (level, clients, _, _) in SEED.items()
                                  if level == "UI Workflow" and "Sales" in clients}


@pytest.mark.parametrize(("title", "row"), [
    ("Introduction to custom screens", "Custom Screens"),
    ("User-defined fields explained", "User-defined Fields"),
])
def test_a_docs_heading_about_a_row_describes_it(engine: Engine, title: str, row: str) -> None:
    answer = engine.respond(title)
    assert not answer.fallback
    assert names(answer)[0] == row


@pytest.mark.parametrize(("question", "client", "serves"), [
    # what the customer lacks: they have the other client, rows for both included
    ("helpdesk-only customer (no sales licences) is leaving their own servers for CRM Online. which of the "
     "options they can use today won't be there anymore?", "Service", True),
    # what is off limits: the rows that do not serve the customer's client
    ("helpdesk-only customer (no sales licences at all). which of the external APIs are off limits for them?",
     "Service", False),
    ("Customer only licenses Sales. Which rows of the matrix can they forget about because those serve Service "
     "only?", "Sales", False),
])
def test_the_customers_client_decides_the_list(engine: Engine, question: str, client: str, serves: bool) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert answer.items
    assert all((client in SEED[i.name][1]) is serves for i in answer.items)


def test_a_comparison_says_which_row_serves_the_client(engine: Engine) -> None:
    answer = engine.respond("udf or extra tables for a service-only customer, which one can they use?")
    assert set(names(answer)[:2]) == {"User-defined Fields", "Extra Tables"}
    assert answer.verdict.startswith(msg.compare_client("Service", ["Extra Tables"], ["User-defined Fields"], 2))


def test_other_rows_leave_out_the_thread_rows(fresh_engine: Engine) -> None:
    fresh_engine.respond("is Zapier available onsite?", thread="t")
    answer = fresh_engine.respond("is there anything else thats cloud-only like that", thread="t")
    expected = {n for n, (_, _, onsite, online) in SEED.items() if online and not onsite} - {"Zapier"}
    assert set(names(answer)) == expected


@pytest.mark.parametrize(("first", "then", "dropped"), [
    ("what's at the external API level?", "drop the ones their service people can't use",
     {n for n, (level, clients, _, _) in SEED.items() if level == "External APIs" and "Service" not in clients}),
    ("which internal APIs are there?", "drop the plugins",
     {"Document Plugins", "Sentry Plugins", "Batch Task Plugins"}),
])
def test_drop_takes_rows_out_of_the_list_just_shown(fresh_engine: Engine, first: str, then: str,
                                                    dropped: set[str]) -> None:
    shown = set(names(fresh_engine.respond(first, thread="t")))
    answer = fresh_engine.respond(then, thread="t")
    assert set(names(answer)) == shown - dropped


@pytest.mark.parametrize(("first", "then", "expected"), [
    # words that say the earlier subject goes on
    ("sql scripts against an onprem sales customer's db, allowed?", "same customer moves to the cloud next month - "
     "still?", "SQL Scripts"),
    ("customer self-hosts SO web, which bits of it can we override as a partner?", "desktop client equivalent?",
     None),
    # one concept word in a message that opens as a follow-up
    ("are custom dialogs a sales-only thing", "and which level are they on?", "Custom Dialogs"),
])
def test_continuations_keep_the_thread(fresh_engine: Engine, first: str, then: str, expected: str | None) -> None:
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.explanation is not None
    assert answer.explanation.followup
    if expected is None:
        assert platform_id(answer) == "windows-client"
    else:
        assert names(answer)[0] == expected


def test_a_level_alone_narrows_the_list_just_shown(fresh_engine: Engine) -> None:
    fresh_engine.respond("sales user in a hosted tenant - what can they use, full list?", thread="t")
    answer = fresh_engine.respond("just the configuration level pls", thread="t")
    assert answer.intent == "list"
    assert set(names(answer)) == {n for n, (level, clients, _, online) in SEED.items()
                                  if level == "Configuration" and "Sales" in clients and online}


@pytest.mark.parametrize(("question", "keep"), [
    ("What's in SO online that a helpdesk-only team can't use?",
     lambda level, clients, onsite, online: online and "Service" not in clients),
    ("what in the matrix is a no-go for a customer who runs SO strictly on their own hardware?",
     lambda level, clients, onsite, online: not onsite),
    ("which rows can't I use online?", lambda level, clients, onsite, online: not online),
])
def test_what_the_customer_cannot_use(engine: Engine, question: str, keep: Callable[..., bool]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == {n for n, fact in SEED.items() if keep(*fact)}


@pytest.mark.parametrize(("question", "platform"), [
    ("what about the web client in SO online?", "web-client-online"),
    # the web client that is not in the cloud is the onsite one
    ("SO Web runs at the customer's site, not in the cloud. what can an integrator hook into?", "web-client-onsite"),
])
def test_the_web_client_named_beside_an_environment_is_a_platform_question(engine: Engine, question: str,
                                                                           platform: str) -> None:
    answer = engine.respond(question)
    assert platform_id(answer) == platform


def test_besides_a_row_sets_it_aside(engine: Engine) -> None:
    answer = engine.respond("is there anything else thats cloud-only besides zapier?")
    assert answer.intent == "list"
    assert set(names(answer)) == {n for n, (_, _, onsite, online) in SEED.items() if online and not onsite} - {"Zapier"}


def test_a_product_name_says_where_the_customer_is(engine: Engine) -> None:
    """'on SuperOffice CRM Online' beside 'a copy in their own data centre': the customer is online."""
    answer = engine.respond("The customer's BI team wants their own copy of the CRM data on a SQL Server in their "
                            "own data centre, refreshed regularly. They're on SuperOffice CRM Online. Which option "
                            "fits?")
    first = names(answer)[0]
    assert SEED[first][3]  # works online


def test_a_later_sentence_may_ask_yes_or_no(engine: Engine) -> None:
    answer = engine.respond("Hi! Customer of ours is on SuperOffice Online. They want us to run our nightly SQL "
                            "cleanup scripts against their database. Is that even an option for them?")
    assert names(answer)[0] == "SQL Scripts"
    assert answer.verdict.startswith("No")


@pytest.mark.parametrize(("question", "levels", "client", "onsite"), [
    ("Der Kunde hat nur Vertrieb und keine Entwickler - was kann der Admin auf der Konfigurationsebene selbst "
     "machen?", ("Configuration",), "Sales", None),
    ("Our customer only licenses SuperOffice Service and keeps it on their own servers. There's no budget for "
     "code; the helpdesk manager wants to do what she can herself from the admin pages. What does the matrix "
     "give her at the configuration and UI workflow levels?", ("Configuration", "UI Workflow"), "Service", True),
])
def test_a_named_level_outweighs_a_need_none_of_its_rows_meet(engine: Engine, question: str, levels: tuple[str, ...],
                                                              client: str, onsite: bool | None) -> None:
    """'no developers', 'no budget for code' name a need (no-code rows, scripts), but the question asks for
    what the levels it names hold."""
    answer = engine.respond(question)
    assert set(names(answer)) == {n for n, (level, clients, on, _) in SEED.items()
                                  if level in levels and client in clients and onsite in (None, on)}


@pytest.mark.parametrize(("question", "platform"), [
    ("they run the web version of SuperOffice on their own servers and want a control of ours on the contact "
     "page. what extension points does that client have?", "web-client-onsite"),
])
def test_the_setup_told_while_asking_for_a_name_is_no_detail(engine: Engine, question: str, platform: str) -> None:
    """'the web version' tells what the customer runs; the question asks for a platform's points."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert platform_id(answer) == platform


@pytest.mark.parametrize(("question", "row"), [
    ("Our integration calls methods on the NetServer web services over SOAP. Is that available onsite?", "SOAP"),
    ("Our Java app sends JSON bodies to the REST API from outside. Does that work with CRM Online?", "Restful"),
    ("Reps retype every net price by hand and mistakes cost us margin. The quote lines should come from our "
     "pricing system. Which external API row fits that?", "Quote Connector"),
    ("We are still on version 9 onsite and rely on the Continuous Database. Is it there after a move to online?",
     "Continuous Database"),
])
def test_the_setup_told_before_the_question_is_no_detail(engine: Engine, question: str, row: str) -> None:
    """Methods and versions in the sentences before the question describe the setup; the question asks
    whether a row works."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


@pytest.mark.parametrize("question", [
    "We run SO onsite. Which methods does the REST API have?",
    "What is the newest version of the SOAP API? We are online.",
])
def test_a_detail_in_the_asking_sentence_is_still_asked(engine: Engine, question: str) -> None:
    assert engine.respond(question).fallback


def test_same_question_continues_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("which configuration rows can a Service customer use?", thread="t")
    answer = fresh_engine.respond("same question, sales module", thread="t")
    assert set(names(answer)) == {n for n, (level, clients, _, _) in SEED.items()
                                  if level == "Configuration" and "Sales" in clients}


def test_an_empty_list_shows_the_levels_rows_and_says_none_works_there(engine: Engine) -> None:
    answer = engine.respond("anything on the db tier we can use in SO online?")
    database = {n for n, (level, _, _, _) in SEED.items() if level == "Database"}
    assert set(names(answer)) == database
    assert not any(SEED[n][3] for n in database)  # none of them works online, as the answer says
    assert answer.verdict == msg.list_empty_there("Database, online", "Database", names(answer))


def test_a_few_words_describing_the_row_named_ask_about_the_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("can a self-hosted customer use zapier?", thread="t")
    answer = fresh_engine.respond("what about mirroring then, the db replica?", thread="t")
    assert names(answer)[0] == "Database Mirroring"
    assert answer.verdict.startswith("No")  # onsite, from the thread; Database Mirroring is online only


def test_narrow_that_down_narrows_the_list_just_shown(fresh_engine: Engine) -> None:
    fresh_engine.respond("list the external api rows", thread="t")
    answer = fresh_engine.respond("narrow that down to service-compatible ones", thread="t")
    assert set(names(answer)) == {n for n, (level, clients, _, _) in SEED.items()
                                  if level == "External APIs" and "Service" in clients}


def test_the_web_client_named_ranks_its_own_rows_first(engine: Engine) -> None:
    answer = engine.respond("in the onprem web client they want a popup that makes the user choose a loss reason "
                            "before a sale is closed. we'd write it in .net. what's that called in the matrix?")
    assert names(answer)[0] == "Custom Dialogs"


def test_a_field_of_its_own_is_a_field_not_a_table(engine: Engine) -> None:
    answer = engine.respond("sales team onsite wants to keep the lead source on every sale as its own field. "
                            "what do we use?")
    assert names(answer)[0] == "User-defined Fields"


@pytest.mark.parametrize("question", [
    "which rows does SO online lack compared to onsite?",
    "what do we lack online compared to onsite?",
])
def test_the_environment_that_lacks_is_the_one_without(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert set(names(answer)) == {n for n, (_, _, onsite, online) in SEED.items() if onsite and not online}


def test_only_after_a_client_is_the_clients_not_the_environments(engine: Engine) -> None:
    answer = engine.respond("service-only customer in a hosted tenant: which ui workflow rows can they use?")
    assert set(names(answer)) == {n for n, (level, clients, _, online) in SEED.items()
                                  if level == "UI Workflow" and "Service" in clients and online}


def test_which_platform_asks_for_a_platform(engine: Engine) -> None:
    answer = engine.respond("custom views in the preview pane and overriding most buttons: which platform has both?")
    assert platform_id(answer) == "web-client-onsite"


def test_a_move_with_a_level_lists_the_level_not_a_need(engine: Engine) -> None:
    answer = engine.respond("a partner has compiled extensions for a self-hosted web client (providers, own pages). "
                            "the customer wants SO online. which internal api rows would they lose?")
    internal = {n for n, (level, _, _, _) in SEED.items() if level == "Internal APIs"}
    assert set(names(answer)) == internal
    assert not any(SEED[n][3] for n in internal)  # none works online: all of them are lost


def test_a_level_among_words_nothing_explains_is_no_list(engine: Engine) -> None:
    answer = engine.respond("Please open a ticket to add a reCAPTCHA paragraph to the Configuration chapter")
    assert answer.fallback
    assert not answer.items


def test_an_add_on_is_a_product_not_a_schema_change(engine: Engine) -> None:
    answer = engine.respond("we're an ISV with an add-on for Sales and Service users, sold to customers onsite and "
                            "in Online. which rows of the matrix work for all of them?")
    assert set(names(answer)) == {n for n, (_, clients, onsite, online) in SEED.items()
                                  if {"Sales", "Service"} <= set(clients) and onsite and online}


@pytest.mark.parametrize(("question", "row"), [
    ("Kunden kör kundprojekt och vill att projektledarna följer en färdig mall med faser och steg. Vad heter det "
     "i matrisen?", "Project Guide"),

])
def test_a_rows_word_inside_a_compound_tells_rows_of_one_need_apart(engine: Engine, question: str, row: str) -> None:
    assert names(engine.respond(question))[0] == row


def test_a_stated_constraint_comes_before_the_named_platforms_points(engine: Engine) -> None:
    answer = engine.respond("in our online CRM, every new company should show up in a Google Sheet and a Slack "
                            "channel, no code at all. what covers that?")
    assert names(answer)[0] == "Zapier"


def test_ns_scripting_is_the_netserver_row(engine: Engine) -> None:
    answer = engine.respond("does NS scripting still work once the customer is in the cloud?")
    assert names(answer)[0] == "NetServer Service"
    assert answer.verdict.startswith("No")


@pytest.mark.parametrize(("question", "both"), [
    ("Kunden har SuperOffice på egen server, med både Sales og Service. Hvilke skriptmuligheter har de?", False),
    ("our customer runs sales and service onsite. which scripting options do they have?", False),
    ("our customer runs sales and service onsite. which scripting options cover both modules?", True),
])
def test_a_customer_who_runs_both_clients_can_use_what_serves_either(engine: Engine, question: str,
                                                                       both: bool) -> None:
    answer = engine.respond(question)
    assert set(names(answer)) == {n for n, (level, clients, onsite, _) in SEED.items()
                                  if level == "Scripting" and onsite and (len(clients) == 2 or not both)}


def test_options_that_cover_both_clients_are_a_list(engine: Engine) -> None:
    answer = engine.respond("which options cover both sales and service?")
    assert set(names(answer)) == {n for n, (_, clients, _, _) in SEED.items() if len(clients) == 2}


@pytest.mark.parametrize(("question", "row", "yes"), [
    ("The customer hosts SuperOffice themselves: can they use Zapier?", "Zapier", False),
    ("Finns Triggers i molnversionen?", "Triggers", True),
])
def test_more_words_for_where_the_customer_is(engine: Engine, question: str, row: str, yes: bool) -> None:
    answer = engine.respond(question)
    assert names(answer)[0] == row
    assert answer.verdict.startswith("Yes" if yes else "No")


def test_a_negation_does_not_reach_past_a_new_subject(engine: Engine) -> None:
    answer = engine.respond("Service admin, can't code, we're on online. which workflow-level tools can I set up?")
    assert set(names(answer)) == {n for n, (level, clients, _, online) in SEED.items()
                                  if level == "UI Workflow" and "Service" in clients and online}


@pytest.mark.parametrize(("question", "level", "client"), [
    ("For a Service customer in Online, what is there beyond plain configuration?", "Configuration", "Service"),
    ("everything that's sales-only except the internal api stuff", "Internal APIs", "Sales"),
])
def test_a_level_set_aside_leaves_the_others(engine: Engine, question: str, level: str, client: str) -> None:
    answer = engine.respond(question)
    only = "only" in question
    assert set(names(answer)) == {n for n, (lv, clients, _, online) in SEED.items()
                                  if lv != level and client in clients and (not only or len(clients) == 1)
                                  and (only or online)}


def test_a_list_over_both_environments_is_not_a_need_its_story_suggests(engine: Engine) -> None:
    answer = engine.respond("We sell an add-on and do not want to care whether a customer is hosted by SuperOffice or "
                            "on their own servers. Which extensibility points exist in both places?")
    assert set(names(answer)) == {n for n, (_, _, onsite, online) in SEED.items() if onsite and online}


@pytest.mark.parametrize(("question", "keep"), [
    ("vilka skriptalternativ finns för säljsidan?", lambda lv, c, on, off: lv == "Scripting" and "Sales" in c),
    ("a Service shop on their own hardware: every extensibility point open to them",
     lambda lv, c, on, off: "Service" in c and on),
    ("moving onprem -> cloud: anything we get that we could never do before?", lambda lv, c, on, off: off and not on),
])
def test_more_words_for_clients_and_moves(engine: Engine, question: str, keep: Callable[..., bool]) -> None:
    assert set(names(engine.respond(question))) == {n for n, fact in SEED.items() if keep(*fact)}


def test_of_that_list_points_back(fresh_engine: Engine) -> None:
    fresh_engine.respond("external api level, sales client, which rows", thread="t")
    answer = fresh_engine.respond("of that list, what also serves the CS module", thread="t")
    assert set(names(answer)) == {n for n, (lv, c, _, _) in SEED.items()
                                  if lv == "External APIs" and {"Sales", "Service"} <= set(c)}


def test_a_product_owner_is_a_person_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("who is the product owner for the Quote Connector at SuperOffice? I need a name")
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_code_on_save_in_the_onsite_web_client_is_a_datahandler(engine: Engine) -> None:
    answer = engine.respond("when a user saves a sale in the self-hosted web client, our own code must run as part "
                            "of the save")
    assert names(answer)[0] == "DataHandlers"


@pytest.mark.parametrize(("question", "platform"), [
    ("our monitoring tool has to open tickets in the customer's onsite SuperOffice Service from outside. what "
     "is there for it?", "customer-service"),
    ("our webshop has to create companies in the customer's SuperOffice Sales. what do we use?", None),
])
def test_an_outside_system_working_with_service_gets_the_service_platform(engine: Engine, question: str,
                                                                           platform: str | None) -> None:
    answer = engine.respond(question)
    assert names(answer)[0] == "Restful"
    assert (answer.platform.id if answer.platform else None) == platform
    assert ("SOAP.exe" in text_of(answer)) is (platform is not None)  # the CS SOAP services, for Service only


def test_the_cs_soap_services_are_not_offered_online(engine: Engine) -> None:
    answer = engine.respond("our monitoring tool has to open tickets in the customer's SuperOffice Service "
                            "Online from outside. what is there for it?")
    assert "SOAP.exe" not in text_of(answer)


def test_a_need_on_a_platform_that_offers_little_asks_for_its_points(engine: Engine) -> None:
    answer = engine.respond("onze monteurs gebruiken alleen de mobiele app op de telefoon. kunnen we onze eigen "
                            "webpagina daarin tonen?")
    assert platform_id(answer) == "mobile"


def test_words_in_quotes_are_a_name_not_what_is_asked(engine: Engine) -> None:
    answer = engine.respond("the finance team wants a 'cost price' box on every company card, customer is on SO "
                            "online. what do we use?")
    assert not answer.fallback
    assert names(answer)[0] == "User-defined Fields"


def test_json_over_http_instead_of_xml_envelopes_is_the_rest_row(engine: Engine) -> None:
    answer = engine.respond("the partner wants plain JSON over HTTP instead of XML envelopes. which API row?")
    assert names(answer)[0] == "Restful"


def test_which_extensibility_points_work_in_both_is_a_list(engine: Engine) -> None:
    answer = engine.respond("Which extensibility points work in both onsite and online installations?")
    assert set(names(answer)) == {n for n, (_, _, onsite, online) in SEED.items() if onsite and online}


def test_a_word_several_platforms_points_share_does_not_make_a_platform_question(engine: Engine) -> None:
    answer = engine.respond("support at a customer with their own server wants a dedicated screen for returns, with "
                            "fields and buttons they set up themselves, no programming. what's the feature?")
    assert names(answer)[0] == "Custom Screens"


def test_integration_points_where_the_customer_is_ask_for_that_web_client(engine: Engine) -> None:
    answer = engine.respond("our SaaS app is for customers in the cloud: which integration points do we get?")
    assert platform_id(answer) == "web-client-online"


def test_a_level_named_beside_a_need_ranks_its_rows_first(engine: Engine) -> None:
    answer = engine.respond("customer runs Service in a hosted tenant and needs scripting to handle new tickets "
                            "automatically. what do we use?")
    assert names(answer)[0] == "CRMScript"


def test_a_button_that_opens_our_app_is_shown_inside(engine: Engine) -> None:
    answer = engine.respond("customer on SuperOffice Online wants a button on the company card that opens their "
                            "webshop admin")
    assert platform_id(answer) == "web-client-online"
    assert "Custom buttons" in text_of(answer)


def test_a_topic_named_after_a_platform_is_not_that_platforms(fresh_engine: Engine) -> None:
    fresh_engine.respond("what can I plug into SuperOffice Mobile?", thread="t")
    answer = fresh_engine.respond("Service SOAP interface", thread="t")
    assert platform_id(answer) == "customer-service"


def test_how_do_i_set_up_asks_for_steps_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("How do I set up an ERP integration for SuperOffice CRM Online?")
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize(("question", "beyond"), [
    ("can the plugins be signed?", True),
    ("are there any connectors?", False),
])
def test_a_yes_no_question_about_a_family_asks_what_the_data_does_not_hold(engine: Engine, question: str,
                                                                           beyond: bool) -> None:
    answer = engine.respond(question)
    assert answer.fallback is beyond


@pytest.mark.parametrize(("question", "topic"), [
    ("why can't we just put our own compiled dll on the online tenant?", "topic-online-restrictions"),
    ("hvorfor får vi ikke lov å installere egne dll-filer i skyen?", "topic-online-restrictions"),
    ("Why is it important to set sales targets?", None),
    ("Why do you review every customization by hand?", None),
])
def test_why_alone_is_no_topic_but_why_not_is(engine: Engine, question: str, topic: str | None) -> None:
    """'why' asks for a reason; only a reason why something is not possible online is the restrictions topic."""
    answer = engine.respond(question)
    if topic is None:
        assert answer.fallback
    else:
        assert answer.intent == topic


@pytest.mark.parametrize(("question", "row", "available"), [
    ("customer runs SO in-house and wants their db mirrored into a warehouse with Database Mirroring. "
     "possible for them?", "Database Mirroring", False),
    ("our app reads everything through the REST API; the customer is moving to the cloud. still usable?",
     "Restful", True),
])
def test_a_short_yes_no_sentence_asks_about_the_named_row(engine: Engine, question: str, row: str,
                                                         available: bool) -> None:
    """'possible for them?', 'still usable?': a yes/no question about the row named, not a need to rank."""
    answer = engine.respond(question)
    assert names(answer)[0] == row
    assert answer.verdict.startswith("Yes" if available else "No")


@pytest.mark.parametrize(("question", "client", "lacking"), [
    ("at the UI workflow level, which rows are there only for Service, i.e. the sales client lacks them?",
     "Service", "Sales"),
    ("What does the Sales client lack that Service has?", "Service", "Sales"),
    ("what does the service side lack?", "Sales", "Service"),
])
def test_the_client_before_lack_is_the_one_without(engine: Engine, question: str, client: str, lacking: str) -> None:
    answer = engine.respond(question)
    level = "UI Workflow" if "UI workflow" in question else None
    assert set(names(answer)) == {n for n, (lv, clients, _, _) in SEED.items()
                                  if client in clients and lacking not in clients and level in (None, lv)}


@pytest.mark.parametrize(("question", "kept", "gone"), [
    ("For our Sales users, what would we lose on CRM Online compared to an onprem install?", "onsite", "online"),
    ("what do we lose moving from onsite to online?", "onsite", "online"),
    ("what would we gain going from CRM Online to onsite?", "onsite", "online"),
    ("Was verlieren wir in der Cloud im Vergleich zu onsite?", "onsite", "online"),
    ("full list of what we lose going SaaS pls", "onsite", "online"),
    ("moving onprem -> cloud, what would we gain?", "online", "onsite"),
    ("what do we lose if the customer migrates to the cloud from their own servers?", "onsite", "online"),
])
def test_a_move_starts_where_from_or_compared_to_says(engine: Engine, question: str, kept: str, gone: str) -> None:
    """The environment after "from"/"compared to" is where the customer starts, wherever it stands."""
    answer = engine.respond(question)
    sales = "Sales" in question
    expected = {n for n, (_, clients, on, off) in SEED.items()
                if (on if kept == "onsite" else off) and not (off if kept == "onsite" else on)
                and (not sales or "Sales" in clients)}
    assert set(names(answer)) == expected


@pytest.mark.parametrize("question", [
    "Hvad kan Service-brugere gøre brug af i SuperOffice Online? Hele listen, tak.",
    "Welke opties op configuratieniveau hebben Service-gebruikers in de SuperOffice-cloud?",
])
def test_nordic_and_dutch_list_questions(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    level = "Configuration" if "configuratie" in question else None
    assert set(names(answer)) == {n for n, (lv, clients, _, off) in SEED.items()
                                  if "Service" in clients and off and level in (None, lv)}


def test_side_by_side_with_an_earlier_row_compares_them(fresh_engine: Engine) -> None:
    fresh_engine.respond("is the quote connector supported on a hosted tenant?", thread="t")
    answer = fresh_engine.respond("and the ERP sync one - put them side by side", thread="t")
    assert set(names(answer)[:2]) == {"Quote Connector", "ERP Sync Connector"}


def test_the_kinds_of_a_level_are_its_rows_and_von_denen_points_back(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("Was für Skript-Varianten hat SuperOffice?", thread="t")
    assert set(names(first)) == {n for n, (level, _, _, _) in SEED.items() if level == "Scripting"}
    answer = fresh_engine.respond("und welche von denen laufen nur auf selbst betriebenen Servern?", thread="t")
    assert set(names(answer)) == {n for n, (level, _, on, off) in SEED.items()
                                  if level == "Scripting" and on and not off}


def test_a_limit_told_before_the_question_is_the_setup(engine: Engine) -> None:
    answer = engine.respond("Everyone works in the desktop client; they want a web panel showing the credit limit. "
                            "Which platform is that, and what else can we hook into there?")
    assert not answer.fallback
    assert platform_id(answer) == "windows-client"


@pytest.mark.parametrize("question", [
    "So how does one go about writing a Sentry plugin?",
    "Please create an API reference section for Database Mirroring.",
    "How and where to log in for administrators",
    # "how many" of something other than rows asks a limit
    "how many fields can an extra table have?",
    "Extra Tables: hvor mange felt kan en tabell ha på det meste?",
    "Extra Tables: wie viele Felder sind höchstens möglich?",
])
def test_steps_docs_places_and_limits_are_beyond_the_data(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_an_app_that_talks_to_superoffice_needs_its_web_apis(engine: Engine) -> None:
    answer = engine.respond("our dispatcher tool talks straight to SuperOffice to update appointments; customers are "
                            "on their own servers and online. which row is that?")
    assert names(answer)[0] == "Restful"


@pytest.mark.parametrize(("question", "row"), [
    ("can Triggers be used from the sales client too, e.g. something firing when a rep books an appointment?",
     "Triggers"),
    ("Geht SAINT auch online, z.B. für Statusüberwachung bei Vertriebsprojekten mit Ampelfarben?", "SAINT"),
])
def test_words_of_an_example_do_not_count_against_the_question(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_an_abbreviation_ends_no_sentence() -> None:
    from bot.core.understand.text import sentence_starts

    text = "can it run onsite, e.g. on their own server? and online?"
    assert sentence_starts(text, tokens(text)) == (tokens(text).index("and"),)


def test_a_dummy_it_points_at_nothing(fresh_engine: Engine) -> None:
    """'why is it important to ...' is a question of its own, not about the thread's subject."""
    fresh_engine.respond("So what is an application identifier?", thread="t")
    answer = fresh_engine.respond("Why is it important to set sales targets?", thread="t")
    alone = fresh_engine.respond("Why is it important to set sales targets?")
    assert answer.fallback
    assert (answer.intent, answer.verdict) == (alone.intent, alone.verdict)


@pytest.mark.parametrize("question", [
    "in the web client we host ourselves we want a searchable list with data from our warehouse system, read only "
    "for the users. what fits?",
    "Im selbst gehosteten Web-Client soll eine durchsuchbare Liste mit Verträgen aus unserem Fachsystem erscheinen, "
    "nur lesend. Was bauen wir?",
])
def test_a_searchable_read_only_list_from_elsewhere_is_an_archive_provider(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[0] == "Archive Providers"


@pytest.mark.parametrize("question", [
    "Our support desk (Service, online) wants something to happen automatically as soon as a new request comes in. "
    "Which feature is that?",
    "Im Kundenservice (onsite) soll automatisch etwas passieren, sobald eine neue Anfrage eingeht. Welche Funktion?",
])
def test_something_automatic_when_a_request_arrives_is_a_trigger(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[0] == "Triggers"


@pytest.mark.parametrize(("question", "env", "client"), [
    ("we are online and sales only and need our own logic to run whenever a contact is saved", "online", "Sales"),
    ("sales-only customer, onsite, everybody lives in the windows app. they want a small script to run inside "
     "that app whenever a user opens a contact. what do we use?", "onsite", "Sales"),
    ("Service-only customer in SuperOffice Online wants a nightly job that cleans up old requests", "online",
     "Service"),
])
def test_each_row_left_out_is_left_out_for_its_own_reason(engine: Engine, question: str, env: str,
                                                            client: str) -> None:
    """'Not offered, because they do not work onsite: CRMScript' was false: CRMScript works onsite, it is not
    for Sales. Every row named is left out for the reason given beside it, and only for it."""
    import re

    answer = engine.respond(question)
    said = [p for section in answer.sections for p in section.paragraphs if p.startswith("Not offered")]
    assert len(said) == 1, render(answer)
    reasons = re.findall(r"(do not work (?:in Online|onsite)|are not for \w+): ([^;]*?)(?:;|\.$)", said[0])
    assert reasons, said[0]
    for reason, rows in reasons:
        for row in (r.strip() for r in rows.split(",")):
            _, clients, on, off = SEED[row]
            available = on if env == "onsite" else off
            if reason.startswith("do not work"):
                assert not available, (row, reason)
            else:
                assert available, (row, reason)
                assert client not in clients, (row, reason)


def test_why_a_row_is_one_environments_only_is_given_only_when_that_is_the_reason(engine: Engine) -> None:
    """A Service customer onsite is not offered Custom Pages because it is for Sales; the online policy on
    compiled assemblies is no reason there."""
    answer = engine.respond("The customer hosts SuperOffice on their own hardware with the Service module only, and "
                            "their IT lets us deploy whatever we need. Which options do Service users have onsite?")
    assert "compiled assembly" not in text_of(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Windows Communication Foundation (WCF) services", "SOAP"),
    ("Lists in Settings and maintenance", "Lists"),
])
def test_headings_naming_a_row_by_its_long_name_or_place(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_api_usage_is_no_question_about_the_bot(engine: Engine) -> None:
    assert engine.respond("API usage when developing - what to keep in mind").intent != "help"


def test_the_latest_release_is_a_version_detail_even_in_a_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("can I use Lists and the REST API online?", thread="t")
    answer = fresh_engine.respond("shouldn't that be 11.4 (the newest)?", thread="t")
    assert answer.fallback


def test_a_list_with_its_own_filters_is_no_comparison_with_the_thread(fresh_engine: Engine) -> None:
    question = ("customer runs SO in their own data center and licenses the CRM plus the helpdesk module. which "
                "matrix rows work for the two clients alike there?")
    fresh_engine.respond("what is SAINT?", thread="t")
    fresh_engine.respond("and Sales Guide?", thread="t")
    answer = fresh_engine.respond(question, thread="t")
    alone = fresh_engine.respond(question)
    assert names(answer) == names(alone)
    assert names(alone)


def test_integration_options_of_a_platform_are_its_points(engine: Engine) -> None:
    answer = engine.respond("what external integration options does superoffice service (cs) have")
    assert platform_id(answer) == "customer-service"


def test_which_of_those_need_no_code_keeps_the_admin_page_levels(fresh_engine: Engine) -> None:
    """Seed 000: the first two levels are exposed inside the admin UI pages."""
    fresh_engine.respond("what can I customise for Service in online?", thread="t")
    answer = fresh_engine.respond("which of those need no code?", thread="t")
    assert set(names(answer)) == {n for n, (level, clients, _, off) in SEED.items()
                                  if level in ("Configuration", "UI Workflow") and "Service" in clients and off}


def test_compare_it_with_the_row_just_recommended_compares_with_the_other_option(fresh_engine: Engine) -> None:
    first = fresh_engine.respond("our php shop must create contacts in SO for customers onsite and online, which api?",
                                 thread="t")
    best, other = names(first)[:2]
    answer = fresh_engine.respond(f"compare it with {best}", thread="t")
    assert set(names(answer)[:2]) == {best, other}


def test_a_java_app_is_no_reason_for_soap(engine: Engine) -> None:
    answer = engine.respond("our java app must create contacts in SO for customers both onsite and online, which api?")
    assert names(answer)[0] == "Restful"


def test_there_points_back_to_the_threads_platform(fresh_engine: Engine) -> None:
    fresh_engine.respond("what are the integration points of the mobile clients?", thread="t")
    answer = fresh_engine.respond("can I show a web panel there?", thread="t")
    assert platform_id(answer) == "mobile"
    assert answer.verdict.startswith("Yes")


@pytest.mark.parametrize("question", [
    "list every row that works in both environments for Service",
    "Welche Zeilen gehen für Service in beiden Umgebungen?",
])
def test_both_environments_asks_for_rows_that_work_onsite_and_online(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert set(names(answer)) == {n for n, (_, clients, on, off) in SEED.items() if "Service" in clients and on and off}


def test_values_to_record_in_quotes_are_fields(engine: Engine) -> None:
    answer = engine.respond("Weingut mit SuperOffice Online, nur Vertrieb. Bei jedem Händler wollen sie zusätzlich "
                            "'Verkostung gehabt ja/nein', 'Anzahl Sorten im Regal' und 'Vertragsende' erfassen. "
                            "Keine Entwickler. Was nehmen wir?")
    assert names(answer)[0] == "User-defined Fields"


@pytest.mark.parametrize(("question", "expect"), [
    ("Virker databasespejlingen for Service, når kunden er i skyen?", "Database Mirroring"),
    ("Op welke manieren kan een externe applicatie inhaken op de Windows-versie van SuperOffice?", "windows-client"),
    ("Hur kopplar man externa system mot kundtjänstmodulen (CS), vilka ingångar har den?", "customer-service"),
])
def test_nordic_and_dutch_names_of_rows_and_platforms(engine: Engine, question: str, expect: str) -> None:
    answer = engine.respond(question)
    assert expect in (names(answer)[:1] + ([answer.platform.id] if answer.platform else []))


def test_same_thing_after_a_move_continues_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("kan vi köra egna SQL-skript mot databasen hos en kund med egna servrar?", thread="t")
    answer = fresh_engine.respond("samma sak efter en flytt till SuperOffice Online?", thread="t")
    assert names(answer)[0] == "SQL Scripts"
    assert answer.verdict.startswith("No")


@pytest.mark.parametrize(("question", "level", "client", "onsite"), [
    ("law firm, self-hosted SO, sales module only, one dev who'd rather script than compile. which script-based "
     "rows can he use there?", "Scripting", "Sales", True),
    ("garden centre chain on SO cloud, a Service customer. admin wants to shape things without code - "
     "config-level rows for them?", "Configuration", "Service", False),
])
def test_what_is_preferred_and_a_new_clause_are_not_negated(engine: Engine, question: str, level: str, client: str,
                                                           onsite: bool) -> None:
    """'rather script than compile' prefers scripts; 'without code - config-level rows' ends its negation at the
    dash."""
    answer = engine.respond(question)
    assert set(names(answer)) == {n for n, (lv, clients, on, off) in SEED.items()
                                  if lv == level and client in clients and (on if onsite else off)}


def test_a_no_code_service_named_in_quotes_is_not_set_aside(engine: Engine) -> None:
    answer = engine.respond("small club on the cloud version, zero devs. signups from their web form tool should "
                            "land in SO through one of those no-code 'connect app A to app B' services. which row?")
    assert names(answer)[0] == "Zapier"


def test_a_client_only_told_before_the_question_describes_the_customer(engine: Engine) -> None:
    answer = engine.respond("Retail chain on SO cloud, Service only. The admin wants things set up without code - "
                            "which config-level rows can they use?")
    assert set(names(answer)) == {n for n, (lv, clients, _, off) in SEED.items()
                                  if lv == "Configuration" and "Service" in clients and off}


def test_only_said_of_an_environment_wins_over_the_product_the_customer_is_on(engine: Engine) -> None:
    answer = engine.respond("we're on SuperOffice Online: which rows only run on-premise?")
    assert set(names(answer)) == {n for n, (_, _, on, off) in SEED.items() if on and not off}


# -- several asks in one message ----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "rows"), [
    ("self-hosted web client, Sales only. two asks: (a) a whole page of our own inside it, (b) a popup window of "
     "ours that opens from that page", ["Custom Pages", "Custom Dialogs"]),
    ("Helpdesk customer in the cloud, two wishes: an own table for their rental contracts, and an own screen the "
     "agents fill in for each contract. rows?", ["Extra Tables", "Custom Screens"]),
    ("Drei Wünsche für SO onprem, nur Vertrieb: Dokumente im DMS ablegen; und ein nächtlicher Hintergrundjob, der "
     "in der Batch-Verarbeitung läuft. Welche Zeilen?", ["Document Plugins", "Batch Task Plugins"]),
])
def test_several_asks_get_a_row_each(engine: Engine, question: str, rows: list[str]) -> None:
    """Each ask its own row, in the message's order; the parts of one ask ("a job, which runs ...") one row."""
    answer = engine.respond(question)
    assert answer.explanation.decision == "several asks, each naming or telling its own"
    assert names(answer) == rows
    assert all(name in answer.verdict for name in rows)


def test_a_move_names_what_the_customer_has_that_stops_working(engine: Engine) -> None:
    answer = engine.respond("We are moving a customer from their own servers to SuperOffice Online. They have: a "
                            "sentry plugin hiding some sales, VBScript in the Windows client and an integration over "
                            "the REST API. Which of these stop working after the move?")
    gone = [n for n in ("Sentry Plugins", "Windows Client", "Restful") if not SEED[n][3]]
    assert names(answer) == gone == ["Sentry Plugins", "Windows Client"]
    assert answer.verdict.startswith("Moving from onsite to Online, 2 of the 3 stop working")
    assert "these keep working: Restful" in answer.verdict


def test_which_of_these_keeps_the_ones_that_work_there(engine: Engine) -> None:
    answer = engine.respond("our cloud customer wonders which of these they can have: an ajax method, a SuperMacro, "
                            "a Zapier zap")
    assert names(answer) == [n for n in ("Ajax Methods", "SuperMacro", "Zapier") if SEED[n][3]]
    assert "not there: Ajax Methods (onsite only)" in answer.verdict


@pytest.mark.parametrize("question", [
    "is it safe to add a custom index to the contact table with a sql script on our onsite db, or will the next "
    "upgrade break?",
    "Are Triggers and SuperMacro both Service-only features?",
    "our ERP is a desktop app and when a user clicks a button in it SuperOffice should open the company. all users "
    "are on the win client. what hooks does that client give us?",
])
def test_a_list_without_a_count_a_sifting_or_a_move_is_one_question(matcher_of: Matcher, question: str) -> None:
    """"break" without a move, "both" of two names, "win client" (no "win" to gain): no several asks."""
    assert matcher_of.read(question)[1].asks == ()


@pytest.mark.parametrize(("question", "platform"), [
    ("Welche Integrationsmöglichkeiten hat der SuperOffice Windows-Client für einen Drittanbieter?", "windows-client"),
    ("Hvilke muligheder har en tredjepartsleverandør i SuperOffice Windows-klienten?", "windows-client"),
    ("Hvordan kan et eksternt fagsystem snakke med SuperOffice Service?", "customer-service"),
    ("Vi lager en app for kunder på SuperOffice CRM Online. Hvor i nettleserklienten kan vi plugge oss inn?",
     "web-client-online"),
    ("any extension mechanism at all in the phone apps (SuperOffice Mobile, Pocket CRM)?", "mobile"),
])
def test_two_names_of_one_platform_and_talking_to_it_ask_for_its_points(engine: Engine, question: str,
                                                                        platform: str) -> None:
    """"SuperOffice Windows-klienten" is one name (not "SuperOffice Windows" and a word left over); how outside
    systems talk to a platform, plug into it or extend it asks for its integration points."""
    answer = engine.respond(question)
    assert platform_id(answer) == platform


def test_a_generic_word_misspelt_by_a_letter_is_still_generic(engine: Engine) -> None:
    """"instalation", "custmer": not words nothing explains, so the row asked about is answered."""
    answer = engine.respond("self hosted instalation, custmer wants databsae mirorring - doable??")
    assert not answer.fallback
    assert names(answer)[0] == "Database Mirroring"
    assert "online only" in render(answer)


@pytest.mark.parametrize("question", [
    "Vad tar SuperOffice betalt per månad för databasspegling till en kund med 40 användare?",
    "Hvordan slår jeg på tofaktorautentisering for brukeren min i SuperOffice?",
])
def test_a_price_or_an_account_detail_in_a_longer_word_is_beyond_the_data(engine: Engine, question: str) -> None:
    """A price asked in Swedish; "tofaktorautentisering" is an account detail, not the "autentisering" of the
    authentication topic."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize(("question", "expected"), [
    ("boat yard, Sales module only (no CS), SO on their own servers. what is open to them at the External APIs "
     "level?", {n for n, (lv, c, on, _) in SEED.items() if lv == "External APIs" and "Sales" in c and on}),
    ("Eine Werft nutzt nur Service. Welche Konfigurations-Zeilen bleiben ihnen verwehrt?",
     {n for n, (lv, c, _, _) in SEED.items() if lv == "Configuration" and "Service" not in c}),
    ("Kaffebar med SO på egen server, bara Service. Vilka rader på skriptnivån kan de använda?",
     {n for n, (lv, c, on, _) in SEED.items() if lv == "Scripting" and "Service" in c and on}),
])
def test_what_the_customer_lacks_or_is_denied_and_whose_only_it_is(engine: Engine, question: str,
                                                                   expected: set[str]) -> None:
    """"(no CS)": the customer has the other client; "bleiben ihnen verwehrt": what does not serve them; "på
    egen server, bara Service": the "only" is Service's, not the environment's."""
    assert set(names(engine.respond(question))) == expected


def test_the_endpoints_of_a_platform_are_its_integration_points(engine: Engine) -> None:
    """"which endpoints" of Customer Service asks for its points; one endpoint of an API is still a detail."""
    answer = engine.respond("ticket side (CS): which endpoints can an external system call into?")
    assert platform_id(answer) == "customer-service"
    assert engine.respond("which endpoint of the REST API lists all appointments?").fallback


def test_a_modal_window_on_a_customer_hosted_web_client_is_no_windows_client(engine: Engine) -> None:
    answer = engine.respond("customer-hosted SO web: a modal window of our own should ask for a reason when a sale "
                            "is lost, written in C#. what do we build?")
    assert names(answer)[0] == "Custom Dialogs"
    assert "onsite" in answer.verdict


@pytest.mark.parametrize(("question", "rows", "works_there"), [
    ("bakery leaving SO Online for a self-hosted install. in use today: a Zapier zap to their webshop, a REST app "
     "for orders, a DB mirror for their BI. which of those survive going onprem?", ["Restful"], True),
    ("marina moving from their own server to SO Online. we built them: a sentry plugin hiding some deals, VBScript "
     "in the Windows client, an integration over the REST API. which of these don't make the move?",
     ["Sentry Plugins", "Windows Client"], False),
])
def test_an_inventory_through_a_move_keeps_or_loses_as_asked(engine: Engine, question: str, rows: list[str],
                                                             works_there: bool) -> None:
    """"leaving X for Y": X is where they are; "which survive" keeps what works in Y, "which don't make the
    move" what does not."""
    answer = engine.respond(question)
    assert names(answer) == rows
    destination = 2 if works_there else 3  # onsite for the first, online for the second (SEED's columns)
    assert all(SEED[n][destination] is works_there for n in rows)


@pytest.mark.parametrize(("question", "expected"), [
    ("External APIs entries limited to Sales", {n for n, (lv, c, _, _) in SEED.items()
                                                if lv == "External APIs" and c == ("Sales",)}),
    ("SO Online: give me each row it supports", {n for n, (_, _, _, off) in SEED.items() if off}),
    ("vilka rader har kryss i båda kolumnerna och gäller enbart Service?",
     {n for n, (_, c, on, off) in SEED.items() if c == ("Service",) and on and off}),
])
def test_matrix_speak_only_each_row_and_both_columns(engine: Engine, question: str, expected: set[str]) -> None:
    assert set(names(engine.respond(question))) == expected


@pytest.mark.parametrize("question", [
    "in CRMScript how do i loop over search results and update each ticket? sample code pls",
])
def test_a_request_after_the_question_mark_is_asked_too(engine: Engine, question: str) -> None:
    assert engine.respond(question).fallback


def test_a_trade_named_installer_is_no_installation_detail(engine: Engine) -> None:
    answer = engine.respond("HVAC installer running CS onprem: db-level rows available to them?")
    assert set(names(answer)) == {n for n, (lv, c, on, _) in SEED.items() if lv == "Database" and on
                                  and "Service" in c}


@pytest.mark.parametrize(("question", "platform", "row"), [
    ("Welke koppelmogelijkheden heeft SuperOffice Service voor externe systemen?", "customer-service", None),
    ("Advocatenkantoor met SO on-premise: brieven die in SO gemaakt worden moeten in hun eigen "
     "documentbeheersysteem terechtkomen. Welke rij?", None, "Document Plugins"),
])
def test_dutch_compounds_name_what_is_asked(engine: Engine, question: str, platform: str | None,
                                            row: str | None) -> None:
    answer = engine.respond(question)
    if platform is not None:
        assert platform_id(answer) == platform
    else:
        assert names(answer)[0] == row


@pytest.mark.parametrize("question", [
    "every sale card should carry an extra 'region code' field, the admin adds it himself in our online tenant. "
    "what do we use?",
    "need an extra 'customer number' feild on each contact, we are in the cloud and write no code",
])
def test_an_extra_field_is_a_user_defined_field_not_an_extra_table(engine: Engine, question: str) -> None:
    """A row's distinctive words are its stems: "extra field" echoes the "field" of User-defined Fields, not the
    "extra" of Extra Tables."""
    assert names(engine.respond(question))[0] == "User-defined Fields"


@pytest.mark.parametrize("question", [
    "Funktioniert die SOAP-Schnittstelle von NetServer auch für Kunden mit SuperOffice Online?",
    "Fungerer SOAP-grensesnittet til NetServer også hos kunder på SuperOffice Online?",
])
def test_netservers_soap_interface_is_the_soap_row_not_the_customer_service_services(engine: Engine,
                                                                                    question: str) -> None:
    """"A SOAP interface" in any language is no word of Customer Service's own: the matrix's SOAP row, which
    works online (seed 000), not the Customer Service SOAP services, which do not (seed 002)."""
    answer = engine.respond(question)
    assert names(answer)[0] == "SOAP"
    assert answer.verdict.startswith("Yes. SOAP works in Online")


def test_access_for_the_agents_asks_whom_a_row_serves(engine: Engine) -> None:
    answer = engine.respond("Har Service-agentene tilgang til Sales Guide, eller er den bare for salg?")
    assert not answer.fallback
    assert names(answer)[0] == "Sales Guide"


def test_a_device_that_keeps_crashing_is_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("the tablet keeps crashing whenever our reps save a visit report, any fix?")
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Bokhandel med SO på egen server: rullgardinsmenyn för kategori på företagskortet har bara standardvärden, de "
     "vill lägga in egna val. Ren admininställning. Vilken rad?", "Lists"),
    ("self-hosted SO web: a js function on a page needs to hit a server-side method and get json back, no postback. "
     "which internal api row?", "Ajax Methods"),
])
def test_a_dropdown_menu_and_a_server_method_from_a_page_in_the_askers_words(engine: Engine, question: str,
                                                                            row: str) -> None:
    assert names(engine.respond(question))[0] == row


@pytest.mark.parametrize(("question", "expected"), [
    ("which rows have Sales plus Service as clients at the configuration level?", {"Preferences", "Lists"}),
    ("the scripting entries that have both Sales and Service", {"NetServer Service"}),
    ("configuration rows limited to sales (service not in the client column)",
     {"User-defined Fields", "SAINT", "Sales Guide", "Project Guide"}),
])
def test_what_a_row_has_and_what_is_not_in_its_column_are_the_rows_clients(engine: Engine, question: str,
                                                                          expected: set[str]) -> None:
    """"has" after a row noun tells the row's clients, not the customer's; a negation after a client, followed by
    no other filter word, puts that client aside ("service not in the client column")."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == expected


def test_levels_named_with_a_client_filter_rows_rather_than_explain_the_levels(engine: Engine) -> None:
    """The levels topic avoids a client: "Sales stuff on the config and UI workflow levels" asks for rows."""
    answer = engine.respond("sales-relevant entries from config + ui workflow levels together?")
    assert answer.intent == "list"
    assert set(names(answer)) == {"Preferences", "Lists", "User-defined Fields", "SAINT", "Sales Guide",
                                  "Project Guide", "Zapier"}


@pytest.mark.parametrize(("question", "expected"), [
    # "sowohl ... als auch" / "zowel ... als" name both clients
    ("Brauerei mit SuperOffice Online (Vertrieb und Service). Welche Zeilen, die sowohl Sales als auch Service "
     "bedienen, können sie nutzen?",
     {"Preferences", "Lists", "Zapier", "SOAP", "Restful", "Database Mirroring"}),
    # a column that "lists" a client names no Lists row; "Sales alone" is Sales only
    ("which matrix rows have a client column that lists Service alone?",
     {"Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "CRMScript"}),
])
def test_both_alone_and_a_column_that_lists(engine: Engine, question: str, expected: set[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == expected


def test_connection_points_of_a_platform_asked_in_dutch(engine: Engine) -> None:
    """"aansluitpunten" (connection points) asks for a platform's integration points; the vendor and its software
    are words of the domain, not unexplained."""
    answer = engine.respond("Onze leverancier wil software aan de SuperOffice Windows-client koppelen: welke "
                            "aansluitpunten zijn er?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "windows-client"


def test_the_browser_version_is_the_web_client_not_a_version_detail(fresh_engine: Engine) -> None:
    fresh_engine.respond("which hooks does the SuperOffice windows desktop app give integrators?", thread="t")
    answer = fresh_engine.respond("same for the browser version on a server we host", thread="t")
    assert not answer.fallback
    assert platform_id(answer) == "web-client-onsite"


@pytest.mark.parametrize(("question", "expected"), [
    # rows that need a place work there only
    ("which UI workflow rows require SuperOffice Online?", {"Zapier"}),
    ("which scripting rows require an onsite installation?", {"NetServer Service", "Windows Client"}),
    # nothing that needs a place: the rows that work in the other one, not those missing from the first
    ("our customer runs Sales: which external apis that don't require an onsite install can they use?",
     {"SOAP", "Restful", "Quote Connector", "ERP Sync Connector", "Database Mirroring"}),
    # an environment that does not matter filters nothing
    ("Vilka rader kan Service-användare använda, oavsett om det är onsite eller online?",
     {r for r, _level, clients, _onsite, _online in SEED_MATRIX if "Service" in clients}),
])
def test_a_place_rows_require_and_a_place_that_does_not_matter(engine: Engine, question: str,
                                                             expected: set[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == expected


def test_leaving_out_what_needs_an_onsite_install_drops_the_onsite_only_rows(fresh_engine: Engine) -> None:
    fresh_engine.respond("the scripting rows of the matrix?", thread="t")
    answer = fresh_engine.respond("leave out whatever needs an onprem install", thread="t")
    assert names(answer) == ["CRMScript"]


def test_what_the_customer_owns_is_read_not_unexplained(engine: Engine) -> None:
    """"owns ... seats" tells the customer's client: words the reader reads count as explained."""
    answer = engine.respond("our client owns CRM seats only, not a single Service licence. SuperMacro - usable or not?")
    assert not answer.fallback
    assert names(answer)[0] == "SuperMacro"
    assert answer.verdict.startswith("No")


def test_rows_that_work_without_the_cloud_work_onsite(fresh_engine: Engine) -> None:
    fresh_engine.respond("Welche Zeilen gibt es unter External APIs?", thread="t")
    answer = fresh_engine.respond("nur die, die ohne die Cloud laufen", thread="t")
    assert set(names(answer)) == {r for r, level, _c, onsite, _o in SEED_MATRIX if level == "External APIs" and onsite}


@pytest.mark.parametrize(("question", "platform"), [
    ("the web client sits in the customer's own server room - where can we plug in?", "web-client-onsite"),
    ("our reps only use SuperOffice Mobile. could our delivery status page show up inside that app?", "mobile"),
])
def test_a_server_room_a_verb_plug_in_and_a_page_of_our_own(engine: Engine, question: str, platform: str) -> None:
    """A server room is onsite; "we plug in" asks where to integrate, not for plugins; "our delivery status
    page" is the asker's page, not SuperOffice's status page."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert platform_id(answer) == platform


def test_superoffices_status_page_is_still_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("is there a status page for SuperOffice Online outages?")
    assert answer.fallback


def test_a_platform_runner_up_answers_when_a_filter_word_alone_asked_for_a_list(engine: Engine) -> None:
    """The list that only "CRM Online" asked for gives way to the platform question, even when a topic ranks
    between them."""
    answer = engine.respond("we sell a SaaS add-on and want it inside SO CRM Online for our shared customers. what can "
                            "we plug in")
    assert not answer.fallback
    assert platform_id(answer) == "web-client-online"


def test_a_row_the_asker_already_has_is_the_setting_not_the_answer(engine: Engine) -> None:
    """"from one of our custom pages" says where the need arises; the need (a page's JavaScript calling the
    server) is answered by Ajax Methods."""
    answer = engine.respond("SO web on our own servers. from one of our custom pages the javascript has to fetch "
                            "json from a server-side method without a postback. which row?")
    assert names(answer)[0] == "Ajax Methods"


def test_asks_numbered_at_the_start_of_lines_are_each_answered(engine: Engine) -> None:
    answer = engine.respond("bakery on SO Online, sales users. two asks:\n1. supplier prices should flow straight into "
                            "our quotes\n2. finance wants a live copy of all the CRM data in their own database\n"
                            "which rows?")
    assert set(names(answer)) == {"Quote Connector", "Database Mirroring"}


def test_the_rest_of_the_people_is_no_rest_api(engine: Engine) -> None:
    answer = engine.respond("half the agents want one click to run a stored series of ticket steps, the rest want "
                            "rules that react to ticket events by themselves. Service online. which rows?")
    assert "Restful" not in names(answer)


@pytest.mark.parametrize(("question", "counted"), [
    ("how many rows work online?", 17),
    ("hvor mange rader fungerer online?", 17),
    ("how many extensibility points does Service have?", 14),
])
def test_how_many_rows_counts_rows(engine: Engine, question: str, counted: int) -> None:
    """"how many" before a row noun counts rows (a list); before anything else it asks a limit."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert len(answer.items) == counted
    assert answer.verdict.startswith(f"{counted} of the 30")

@pytest.mark.parametrize(("first", "then", "counted"), [
    ("which rows work online?", "how many of those are for Service?", 11),
    ("which rows work onsite?", "how many are there for Service?", 12),
])
def test_how_many_of_the_rows_just_listed(fresh_engine: Engine, first: str, then: str, counted: int) -> None:
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.intent == "list"
    assert len(answer.items) == counted


@pytest.mark.parametrize(("question", "expected"), [
    # "CRM + CS" names the customer's two clients; what they can NOT use hosted is what does not work online
    ("sawmill running SO CRM + CS hosted by SuperOffice: which rows can they not use at all because it is hosted?",
     {r for r, _l, _c, _onsite, online in SEED_MATRIX if not online}),
    ("bakery, CS + CRM in the cloud: rows that cover both modules and still work hosted?",
     {r for r, _l, clients, _onsite, online in SEED_MATRIX if set(clients) == {"Sales", "Service"} and online}),
    # a blank cell is a negation
    ("rows whose onsite column is blank", {r for r, _l, _c, onsite, _o in SEED_MATRIX if not onsite}),
    ("client column only 'Sales', onsite ticked, online-blank: which rows?",
     {r for r, _l, clients, onsite, online in SEED_MATRIX if clients == ("Sales",) and onsite and not online}),
])
def test_both_clients_by_their_short_names_and_blank_cells(engine: Engine, question: str, expected: set[str]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == expected


@pytest.mark.parametrize(("question", "row"), [
    ("SO Online, sales only. the customer wants to record 'preferred roast' on companies; those fields don't exist "
     "yet and their admin wants to add them without help. config row?", "User-defined Fields"),
    ("Fietsenmaker met SuperOffice Service op eigen servers: de medewerker moet een eigen invulscherm krijgen dat de "
     "beheerder zelf ontwerpt. Welke rij?", "Custom Screens"),
    ("hair salon, 30 users on SO onprem: the owner wants one central default for everybody (start page, date "
     "format) instead of each user picking their own. row?", "Preferences"),
    # a dropdown that lacks values ("mangler") the administrator adds
    ("Bakeri med SuperOffice i skyen: i nedtrekkslisten for kundetype mangler 'kafé' og 'hotell'. Administratoren "
     "vil legge inn verdiene selv. Hvilken rad?", "Lists"),
    ("every agent has a different start screen; the admin wants one for all of them. row?", "Preferences"),
])
def test_needs_in_more_of_the_askers_words(engine: Engine, question: str, row: str) -> None:
    assert names(engine.respond(question))[0] == row


def test_them_after_to_is_the_people_not_the_rows_just_listed(fresh_engine: Engine) -> None:
    """"rows available to them" asks for the customer's rows in full; it does not narrow the thread's list."""
    fresh_engine.respond("name every internal-API row", thread="t")
    answer = fresh_engine.respond("Service-only licences, hosted tenant: which rows are available to them?", thread="t")
    assert set(names(answer)) == {r for r, _l, clients, _on, online in SEED_MATRIX if "Service" in clients and online}


def test_the_rows_that_require_a_place_may_stand_before_other_names(engine: Engine) -> None:
    answer = engine.respond("Vilka rader under Scripting och External APIs kräver egen server?")
    assert set(names(answer)) == {r for r, level, _c, onsite, online in SEED_MATRIX
                                  if level in ("Scripting", "External APIs") and onsite and not online}


def test_anything_at_a_level_lists_that_level(engine: Engine) -> None:
    """"anything at the database level" asks for the rows there, even among words nothing explains."""
    answer = engine.respond("oyster farm on its own servers with CRM + CS - anything at the scripting level for them?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, level, _c, onsite, _o in SEED_MATRIX if level == "Scripting" and onsite}


def test_a_negation_opening_the_next_sentence_negates_nothing_before_it(engine: Engine) -> None:
    answer = engine.respond("SO web self-hosted. NOT a web panel and NOT a popup: they want a whole new page of their "
                            "own inside the web client. which internal api row?")
    assert names(answer)[0] == "Custom Pages"


@pytest.mark.parametrize(("question", "expected"), [
    ("NetServer-skripting hos en kunde som har flyttet til SO sin sky - går det?", "No"),
    ("field reps only ever use the SuperOffice Mobile app. anything we can bolt onto that app?", "mobile"),
    ("timber yard, SO onprem: each new deal should follow the same fixed steps and SO should propose the next "
     "activity at every step. configuration only, which row?", "Sales Guide"),
])
def test_the_cloud_in_norwegian_bolting_onto_an_app_and_a_deal(engine: Engine, question: str, expected: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    if expected == "No":
        assert answer.verdict.startswith("No")
    elif expected == "mobile":
        assert platform_id(answer) == "mobile"
    else:
        assert names(answer)[0] == expected


@pytest.mark.parametrize(("question", "row"), [
    ("SO Service hosted by SuperOffice: when a power-outage ticket arrives with high priority, SO should notify the "
     "on-call engineer and change the status by itself. admin sets it up, zero code. row?", "Triggers"),
    ("onsite SO: our supplier keeps the price list in their ERP and it should show up in our quotes. which row?",
     "Quote Connector"),
])
def test_a_detail_word_before_a_noun_describes_it_and_asks_nothing(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row

def test_same_or_different_next_to_that_compares_with_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("document plugins - what level, which clients?", thread="t")
    answer = fresh_engine.respond("and sentry plugins next to that, same or different?", thread="t")
    assert set(names(answer)[:2]) == {"Document Plugins", "Sentry Plugins"}


def test_what_they_cant_use_online_is_what_does_not_work_online(engine: Engine) -> None:
    answer = engine.respond("which rows can't they use online at all?")
    assert set(names(answer)) == {r for r, _l, _c, _on, online in SEED_MATRIX if not online}


def test_where_to_start_names_no_need(engine: Engine) -> None:
    """"where do we start?" is no start page: without a need of its own the message gets no Preferences."""
    answer = engine.respond("we're a partner building an app for CRM Online customers, where do we start?")
    assert "Preferences" not in names(answer)

def test_and_if_we_move_to_the_cloud_carries_the_environment_to_the_list(fresh_engine: Engine) -> None:
    fresh_engine.respond("which scripting options do we have onsite?", thread="t")
    answer = fresh_engine.respond("and if we move to the cloud?", thread="t")
    assert answer.intent == "list"
    assert names(answer) == ["CRMScript"]


def test_a_last_then_ties_the_message_to_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("which scripting options do we have onsite?", thread="t")
    fresh_engine.respond("and if we move to the cloud?", thread="t")
    answer = fresh_engine.respond("can we still use SQL scripts then?", thread="t")
    assert answer.verdict.startswith("No. SQL Scripts")


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("which rows don't work online?", "just the scripting ones", {"NetServer Service", "Windows Client"}),
    ("which rows only work onsite?", "just the scripting ones", {"NetServer Service", "Windows Client"}),
    ("which rows only work online?", "just the UI workflow ones", {"Zapier"}),
])
def test_a_narrowed_list_keeps_where_its_rows_do_not_work(fresh_engine: Engine, first: str, then: str,
                                                          expected: set[str]) -> None:
    """A level after a list narrows it and keeps its "not online" and "only" filters."""
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.intent == "list"
    assert set(names(answer)) == expected


def test_rows_shown_where_they_work_are_not_called_only_there(fresh_engine: Engine) -> None:
    """No External APIs row is onsite only, and the answer says so first; what works onsite is shown after it, and
    never described as "onsite only"."""
    fresh_engine.respond("which rows only work onsite?", thread="t")
    answer = fresh_engine.respond("just the external APIs", thread="t")
    none, shown = answer.verdict.split(". ", 1)
    assert f"{none}." == msg.list_empty("External APIs, onsite only"), answer.verdict
    assert "onsite only" not in shown, answer.verdict


@pytest.mark.parametrize(("question", "platform"), [
    ("Selgerne våre bruker bare Pocket CRM ute hos kundene. Hva kan vi bygge inn der?", "mobile"),
    ("the Win32 SuperOffice client: which surfaces does it give an ISV?", "windows-client"),
    ("SuperOffice Customer Service at a hospital. how does outside code get in at all?", "customer-service"),
    ("Hva slags koblingsflater gir SuperOffice Service til eksterne løsninger?", "customer-service"),
])
def test_a_question_about_a_named_platform_alone_asks_its_points(engine: Engine, question: str,
                                                                  platform: str) -> None:
    """A question that names a platform and nothing else the data holds asks what the platform offers,
    in words for its integration points of its own ("what could we build in there?")."""
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == platform


@pytest.mark.parametrize("question", [
    "Is Pocket CRM available for Windows phones?",
    "Does the SuperOffice Windows client run on Linux desktops?",
    "Hva er månedsprisen for en bruker av SuperOffice Service?",
    "Wat betalen we maandelijks voor SuperOffice Service?",
])
def test_a_fact_about_a_platform_beyond_the_data_is_no_points_list(engine: Engine, question: str) -> None:
    """Asked yes or no with no need told, or for a detail, the platform's points are not the answer."""
    answer = engine.respond(question)
    assert answer.fallback


def test_a_denied_likeness_continues_nothing(fresh_engine: Engine) -> None:
    """"no onsite counterpart" is no "counterpart?" follow-up: the list is asked in full."""
    fresh_engine.respond("which configuration rows can Service use?", thread="t")
    answer = fresh_engine.respond("which rows are there ONLY online, without an onsite equivalent?", thread="t")
    assert set(names(answer)) == {name for name, (_, _, onsite, online) in SEED.items() if online and not onsite}


def test_a_pointer_after_the_level_it_names_points_within_the_message(fresh_engine: Engine) -> None:
    """"every database-level row, show me all of them" names its level before "them": a list of its own, not
    the thread's list narrowed."""
    fresh_engine.respond("which rows are for Sales only and work in CRM Online?", thread="t")
    answer = fresh_engine.respond("every database-level row, show me all of them", thread="t")
    assert set(names(answer)) == {name for name, (level, *_) in SEED.items() if level == "Database"}


@pytest.mark.parametrize(("question", "row"), [
    ("trampoline park chain, SO Service onprem. staff redo the same clicks on each refund ticket (category, "
     "stock answer, close). any macro thing in Service that bundles it?", "SuperMacro"),
    ("escape room startup, SO Online, our backend is deno. it must create contacts over HTTP with JSON, "
     "a modern web API, no SOAP envelopes. which row?", "Restful"),
])
def test_the_setup_around_a_question_asks_nothing(engine: Engine, question: str, row: str) -> None:
    """Words nothing explains in the sentences that tell the setup ("trampoline park chain") do not weigh
    against the question the message asks about a row it names."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_a_label_before_a_colon_says_who_asks(engine: Engine) -> None:
    """"Spørsmål fra en brudekjoleprodusent:" names nothing: who asks is no part of the question."""
    answer = engine.respond("Spørsmål fra en brudekjoleprodusent: kan vi lage egne dialoger i SuperOffice Online?")
    assert not answer.fallback
    assert names(answer)[0] == "Custom Dialogs"
    assert answer.verdict.startswith("No.")


@pytest.mark.parametrize(("question", "row"), [
    ("Wir sind ein Orgelbauer. Jedes Projekt soll immer dieselben Phasen durchlaufen, mit festen Aufgaben je "
     "Phase. Was nehmen wir?", "Project Guide"),
    ("Vi har SuperOffice installeret lokalt og vil have et tungt natligt job, der kører som baggrundsopgave. "
     "Hvilken række?", "Batch Task Plugins"),
])
def test_needs_in_nordic_and_german_forms(engine: Engine, question: str, row: str) -> None:
    """A project and its phases a few words apart, and a nightly job in its Danish forms, are needs."""
    answer = engine.respond(question)
    assert names(answer)[0] == row


def test_rows_serving_both_clients_alike(engine: Engine) -> None:
    """"gleichermaßen", "alike": the rows serving Sales and Service both."""
    answer = engine.respond("Welche Erweiterungspunkte bedienen Vertrieb und Service gleichermaßen?")
    both = {name for name, (_, clients, _, _) in SEED.items() if set(clients) == {"Sales", "Service"}}
    assert set(names(answer)) == both


@pytest.mark.parametrize(("question", "row"), [
    ("sentry plugin for the helpdesk bunch, yay or nay", "Sentry Plugins"),
    ("who is the intended audience of SAINT: sellers, support agents or both?", "SAINT"),
])
def test_who_a_row_is_for_asked_casually(engine: Engine, question: str, row: str) -> None:
    """A yes/no tail asks; "who is the target audience" of a row asks for whom it is, no person's name."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_asks_marked_with_roman_numerals(engine: Engine) -> None:
    """"(i) ... (ii) ...": each ask answered by its own row."""
    answer = engine.respond("brewery with SO installed at their premises needs: (i) a heavy nightly background job "
                            "inside SO; (ii) a read-only searchable list of kegs from our ERP in the web client. rows?")
    assert answer.verdict == msg.asks_each(2, "onsite", ["Batch Task Plugins", "Archive Providers"])


@pytest.mark.parametrize("question", [
    "Kundesenteret trenger et eget skjema for garantisaker, med felter de bestemmer selv. SuperOffice Service i skyen.",
    "kundtjänsten vill ha en egen skärm för reklamationer med egna fält, Service online. vilken rad?",
])
def test_a_screen_with_fields_of_its_own_is_a_custom_screen(engine: Engine, question: str) -> None:
    """A form or screen of the asker's own design, with its own fields, is a Custom Screen before the table
    that stores what it edits."""
    assert names(engine.respond(question))[0] == "Custom Screens"


def test_a_yes_no_question_after_a_dash_asks_about_the_row_named(engine: Engine) -> None:
    """"NS scripts (the C# on the app server) - do they survive a move to the cloud?": the row named, not the
    rows of the need its description tells."""
    answer = engine.respond("NS scripts (the C# bits on the app server) — do they survive once the customer is "
                            "in the cloud?")
    assert names(answer)[0] == "NetServer Service"
    assert answer.verdict.startswith("No.")


def test_we_are_opens_no_question(engine: Engine) -> None:
    """"We're on SuperOffice's cloud" ("were" once the apostrophe goes) is no yes/no question."""
    answer = engine.respond("Forwarded from a bakery:\n> We're on SuperOffice's cloud, CRM and Service. Our BI "
                            "team wants all of it in our own Azure SQL database, kept in sync on its own, no code. "
                            "What should I tell them?")
    assert names(answer)[0] == "Database Mirroring"


def test_a_platform_asked_yes_or_no_and_what(engine: Engine) -> None:
    """"is that only for X, and what can you do with it?" asks for the platform's points too."""
    answer = engine.respond("the onprem web client sdk - is it only for that client, and what can we do with it?")
    assert answer.intent == "platform"


@pytest.mark.parametrize("question", [
    "canoe rental, SO web on our own server. before a sale is saved a popup must ask for paddle size. which row?",
    "SO Web onprem: when a sale is saved the user must first answer two questions in a modal. what do we build?",
])
def test_a_popup_before_saving_is_a_dialog(engine: Engine, question: str) -> None:
    """The save says when the popup opens; the popup is what is built (run-code-on-save yields to web-dialog)."""
    assert names(engine.respond(question))[0] == "Custom Dialogs"


def test_a_row_the_asker_built_is_the_setting(engine: Engine) -> None:
    """"we built a custom page ...; where does the code go that loads and saves its fields?": the page is the
    asker's own, its data handler the answer."""
    answer = engine.respond("we built a custom page in SO web onsite. where does the server code go that loads "
                            "and saves the fields on it?")
    assert names(answer)[0] == "DataHandlers"


@pytest.mark.parametrize("question", [
    "which rows have an X onsite but are blank in the online column?",
    "Welche Zeilen haben in der Online-Spalte kein Kreuz? Bitte alle.",
])
def test_a_blank_cell_said_before_its_column(engine: Engine, question: str) -> None:
    """"blank in the online column", "in der Online-Spalte kein X": the rows that do not work online."""
    assert set(names(engine.respond(question))) == set(seed_rows(online=False))


def test_clients_told_in_the_setup_are_the_customers(engine: Engine) -> None:
    """"a customer's onsite SO (both Sales and Service) ... what will they lose?": the customer's two clients,
    so every row either of them can use that does not work online; a question that itself asks for rows
    serving both keeps both."""
    lose = engine.respond("A rope factory's onsite SuperOffice (both Sales and Service) moves to CRM Online in "
                          "spring. Which of the rows will no longer be available?")
    assert set(names(lose)) == set(seed_rows(online=False))
    both = engine.respond("Seilfabrik mit SuperOffice Online (Vertrieb und Service). Welche Zeilen, die sowohl "
                          "Sales als auch Service bedienen, gibt es für sie?")
    assert set(names(both)) == {name for name, (_, clients, _, online) in SEED.items()
                                if set(clients) == {"Sales", "Service"} and online}


@pytest.mark.parametrize("question", [
    "A bakery moves from its own server to CRM Online. Which of the things they use today will not be available "
    "after the move?",
    "we're moving an onsite customer to the cloud. which of the rows don't exist online?",
])
def test_what_will_not_be_available_after_a_move(engine: Engine, question: str) -> None:
    """A place the question denies is not asked for, whatever the setup said of it."""
    assert set(names(engine.respond(question))) == set(seed_rows(online=False))


@pytest.mark.parametrize(("question", "client"), [
    ("which rows have Sales as their sole client?", "Sales"),
    ("entries whose only client is Service", "Service"),
    ("the rows that only the service module gets?", "Service"),
])
def test_a_client_named_as_the_sole_client(engine: Engine, question: str, client: str) -> None:
    """"as their sole client", "whose only client is", "only the ... module gets": rows for that client alone."""
    expected = {name for name, (_, clients, _, _) in SEED.items() if tuple(clients) == (client,)}
    assert set(names(engine.respond(question))) == expected


@pytest.mark.parametrize("question", [
    "Kundeservicen i SO Online vil at saken automatisk skal få høy prioritet når kunden svarer på en lukket sak.",
    "Service onsite: when a ticket is closed, a survey mail should go out automatically. which row?",
])
def test_what_happens_automatically_on_a_ticket_event_is_a_trigger(engine: Engine, question: str) -> None:
    """"automatically" says how a need is met: rows that act by themselves first (Triggers before macros)."""
    assert names(engine.respond(question))[0] == "Triggers"


def test_automatically_alone_is_no_need(engine: Engine) -> None:
    """"... automatically. what external hooks does that product have?" asks a platform's points, no need."""
    answer = engine.respond("our field app should open cases in SO CS automatically. what external hooks does "
                            "that product have?")
    assert answer.intent == "platform"


def test_a_level_s_rows_asked_in_the_plural_for_a_need(engine: Engine) -> None:
    """"their system must exchange data with SO from outside; which external API rows fit?": the level's rows
    that work there, not one best fit; "which of the internal API rows is meant for ..." still picks one."""
    rows = engine.respond("timber merchant, SO cloud, sales only. their own ERP has to exchange data with SO from "
                          "the outside. which rows on the external API level fit?")
    assert set(names(rows)) == {name for name, (level, clients, _, online) in SEED.items()
                                if level == "External APIs" and "Sales" in clients and online}
    one = engine.respond("Sales-only customer on their own servers: a long export from the web client should run "
                         "in the background. Which of the internal API rows is meant for that?")
    assert names(one)[0] == "Batch Task Plugins"


@pytest.mark.parametrize(("question", "row"), [
    ("quick q from a candle shop's admin (SO cloud): the 'industry' picklist only has retail + wholesale and she "
     "wants to add 'spa' to it herself. which config thing is that?", "Lists"),
    ("the ferry line we onboarded (SO Service, SuperOffice-hosted) asked: when a ticket about lost luggage comes in, "
     "SO itself should raise its priority. which row?", "Triggers"),
])
def test_the_setup_sentence_and_a_label_ask_nothing(engine: Engine, question: str, row: str) -> None:
    """The words of the setup, and of a label before a colon naming only where the customer is, do not count
    against the question; "SO itself should" says it happens by itself."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_an_error_with_cause_and_fix_asked_is_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("our REST client keeps getting 'Invalid ticket: expired' after an hour. cause + fix?")
    assert answer.fallback


@pytest.mark.parametrize("question", [
    "Vi har SuperOffice på egen server. Hvert salg skal gjennom de samme faste steg, og systemet skal foreslå neste "
    "aktivitet. Hvilken rad?",
    "Wir nutzen SuperOffice vor Ort. Jeder Verkauf soll feste Schritte durchlaufen, mit vorgeschlagener nächster "
    "Aktivität. Welche Zeile?",
])
def test_fixed_steps_of_a_sale_in_nordic_and_german(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[0] == "Sales Guide"


def test_a_clause_opened_by_not_says_what_is_not_wanted(engine: Engine) -> None:
    """"NOT looking for anything that fires on its own - the agent clicks one button ...": no trigger."""
    answer = engine.respond("bus company, SO CS onprem. NOT looking for something that fires on its own — the "
                            "agent decides, then hits one button that sets the category, inserts the standard reply "
                            "and closes the ticket in one go. which row?")
    assert names(answer)[0] == "SuperMacro"


def test_quotes_and_letters_to_store_elsewhere_are_documents(engine: Engine) -> None:
    """Quotes and letters made in SuperOffice, to be kept in the customer's own DMS: documents to store."""
    answer = engine.respond("Zahnlabor, SuperOffice on-premise. Angebote und Briefe aus SuperOffice sollen nicht "
                            "im Archiv landen, sondern im eigenen Dokumentenmanagement. Welcher Erweiterungspunkt?")
    assert names(answer)[0] == "Document Plugins"


def test_a_ready_made_connector_and_a_product_configurator_are_no_other_things(engine: Engine) -> None:
    """"an out-of-the-box kind of connector" is ready-made, not another product; a "product configurator" is no
    Configuration level and "list prices" no Lists."""
    answer = engine.respond("their reps copy list prices out of the product configurator into every quote by hand. "
                            "On-prem SO, sales seats. Is there an out-of-the-box kind of connector that fetches "
                            "products and prices into quotes?")
    assert not answer.fallback
    assert names(answer)[0] == "Quote Connector"


def test_off_limits_because_of_where_the_rows_work(engine: Engine) -> None:
    """"what's off-limits to CS on the hosted platform because those rows are onsite only": the customer's
    client, by place."""
    answer = engine.respond("Service in SO Online: which rows are off-limits to them because they're onsite only?")
    assert set(names(answer)) == {name for name, (_, clients, onsite, online) in SEED.items()
                                  if "Service" in clients and onsite and not online}


@pytest.mark.parametrize(("question", "intent"), [
    ("Welche Zeilen gibt es über alle Ebenen hinweg für Service?", "list"),
    ("Hvilke utvidelsesnivåer finnes, fra enklest til mest avansert?", "topic-levels"),
])
def test_all_levels_and_simplest_to_most_advanced(engine: Engine, question: str, intent: str) -> None:
    assert engine.respond(question).intent == intent


def test_a_limit_on_rows_is_a_limit_not_a_count(engine: Engine) -> None:
    """"any hard limit on rows per table?" asks a limit beyond the data; "how many rows work online?" counts."""
    assert engine.respond("SAINT: any hard limit on rows per company, or on counters?").fallback
    assert engine.respond("how many rows work online?").intent == "list"


def test_a_row_in_a_clause_opened_by_not_is_set_aside(engine: Engine) -> None:
    """"... evolve the schema with each upgrade - NOT ad-hoc SQL runs": not SQL Scripts."""
    answer = engine.respond("ISV add-on for self-hosted SO: each release brings its own tables and must evolve the "
                            "database schema with SuperOffice upgrades — NOT ad-hoc SQL runs. Which database row?")
    assert names(answer)[0] == "Continuous Database"


@pytest.mark.parametrize(("question", "platform"), [
    ("we sell a booking tool; a customer wants it to open and close tickets in their SO CS instance. what does CS "
     "expose to other software?", "customer-service"),
    ("our add-on will be listed in the SuperOffice app store. what can such an app hook into inside CRM Online?",
     "web-client-online"),
])
def test_a_need_told_then_a_platform_asked(engine: Engine, question: str, platform: str) -> None:
    """The setup tells the need; the asking sentence asks what the platform offers: the platform's points."""
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == platform


def test_broken_before_a_noun_describes_it(engine: Engine) -> None:
    """"thousands of broken postcodes" asks about no error: the row for running SQL against the database."""
    answer = engine.respond("plumbing firm, SO on their own SQL Server. IT wants to run UPDATE statements straight "
                            "against the SO database to fix hundreds of broken phone numbers. what row is that?")
    assert not answer.fallback
    assert names(answer)[0] == "SQL Scripts"


@pytest.mark.parametrize("question", ["rows lacking an X in the cloud column", "rows with no X in the online column"])
def test_a_column_without_its_mark(engine: Engine, question: str) -> None:
    """"lacking an X in the cloud column": the rows that do not work online."""
    assert set(names(engine.respond(question))) == set(seed_rows(online=False))


def test_a_pointer_naming_the_list_reaches_back_in_a_long_message(fresh_engine: Engine) -> None:
    """"... they're moving to SO online next year - which of that list still works after?": the list shown,
    those of its rows that work online."""
    fresh_engine.respond("Service only, customer's own server: what's on the external api tier for them?", thread="t")
    answer = fresh_engine.respond("great, thanks. they are moving to SuperOffice Online next spring, so which of "
                                  "that list still works after the move?", thread="t")
    assert set(names(answer)) == {name for name, (level, clients, onsite, online) in SEED.items()
                                  if level == "External APIs" and "Service" in clients and onsite and online}


def test_a_platform_in_an_environment_its_points_do_not_reach(fresh_engine: Engine) -> None:
    """"and online?" after Customer Service's points: its legacy SOAP services are onsite only, said plainly."""
    fresh_engine.respond("what does SuperOffice Customer Service expose to other software?", thread="t")
    answer = fresh_engine.respond("and online?", thread="t")
    assert platform_id(answer) == "customer-service"
    assert "not available" in answer.verdict.split(":", 1)[1]


@pytest.mark.parametrize(("question", "expected"), [
    ("which rows are Sales and nothing else?",
     {n for n, (_, clients, _, _) in SEED.items() if tuple(clients) == ("Sales",)}),
    ("Welke onderdelen vallen af als een klant naar de cloud gaat?", set(seed_rows(online=False))),
])
def test_nothing_else_and_what_falls_away(engine: Engine, question: str, expected: set[str]) -> None:
    assert set(names(engine.respond(question))) == expected


def test_layers_from_light_to_heavy_are_the_levels(engine: Engine) -> None:
    assert engine.respond("Wat zijn de uitbreidingslagen van SuperOffice, van licht tot zwaar?").intent \
        == "topic-levels"


def test_an_article_before_a_name_points_at_nothing(fresh_engine: Engine) -> None:
    """Dutch "naar de cloud": "de" is an article, not the Nordic "they"; the full question stands alone."""
    fresh_engine.respond("external API rows a sales team can use in a hosted tenant", thread="t")
    answer = fresh_engine.respond("Welke onderdelen vallen af als een klant naar de cloud gaat?", thread="t")
    assert set(names(answer)) == set(seed_rows(online=False))


def test_several_fillers_before_an_opener(fresh_engine: Engine) -> None:
    """"ok now same for Pocket CRM + SO Mobile" after the Windows client's hooks: "ok" and "now" are fillers,
    "same for" opens a follow-up about the mobile clients' points."""
    fresh_engine.respond("the Win32 desktop CRM: list its hooks, COM & friends", thread="t")
    answer = fresh_engine.respond("ok now same for Pocket CRM + SO Mobile", thread="t")
    assert platform_id(answer) == "mobile"


@pytest.mark.parametrize(("first", "then", "row", "verdict"), [
    ("Our BI team wants a near-real-time replica of our SuperOffice Online data in our own warehouse.", "and onsite?",
     "Database Mirroring", "No."),
    ("our sales team in SO online wants an extra 'contract end' field on companies, udf ok there?",
     "and for the service ppl?", "User-defined Fields", "No."),
])
def test_a_place_after_a_recommendation_asks_about_the_recommended_row(
        fresh_engine: Engine, first: str, then: str, row: str, verdict: str) -> None:
    """The row the thread recommended is answered for the new place first (no, and why), then the need's own
    options there: "and onsite?" after Database Mirroring is not SQL Scripts as if mirroring were never said."""
    assert names(fresh_engine.respond(first, thread="t"))[0] == row
    answer = fresh_engine.respond(then, thread="t")
    assert names(answer)[0] == row
    assert answer.verdict.startswith(verdict)
    assert len(names(answer)) >= 2  # what serves the need there follows
    _, clients, onsite, _ = SEED[names(answer)[1]]
    assert (onsite if "onsite" in then else "Service" in clients)


def test_a_cost_centre_is_no_price(engine: Engine) -> None:
    """"an internal cost center code, just an extra field": "cost" describes the centre, no price is asked."""
    answer = engine.respond("we want to tag projects with an internal cost center code, just an extra field, "
                            "customer is online")
    assert not answer.fallback
    assert answer.explanation.decision == "understood"


@pytest.mark.parametrize("question", [
    "any ETA on SuperOffice Online getting the same custom-code options that onprem installs have?",
    "Kunde fragt, ob SuperOffice Online je so anpassbar wird wie eine eigene Installation und ab wann. Was sagt "
    "SuperOffice dazu?",
])
def test_when_online_gets_onsites_options_is_the_policy(engine: Engine, question: str) -> None:
    """Seed 000: equivalent customisation for Online is intended, but a timeline is not available (security)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-online-restrictions"
    assert "no timeline" in text_of(answer)


def test_asking_what_the_docs_say_is_no_report_about_the_docs(engine: Engine) -> None:
    """"which languages do the SO docs say are used?" asks what the docs say (seed 000: .NET, Java, Delphi);
    "the docs say ..., which is not correct" reports on them."""
    asked = engine.respond("for integrations that run as their own compiled program outside SO, which languages do "
                           "the SO docs say are typically used?")
    assert asked.intent == "topic-automation-vs-integration"
    assert all(word in text_of(asked) for word in (".NET", "Java", "Delphi"))
    reported = engine.respond("the docs say CRMScript works in the Windows client, which is not correct")
    assert reported.fallback


def test_an_article_between_requiring_and_the_place(engine: Engine) -> None:
    """Danish "kræver en lokal installation": the article does not hide that the rows require onsite."""
    assert set(names(engine.respond("Hvilke rækker for Service kræver en lokal installation?"))) \
        == {n for n in seed_rows(onsite=True, online=False) if "Service" in SEED[n][1]}


def test_according_to_the_table_asks_for_every_row(engine: Engine) -> None:
    answer = engine.respond("Pilatesstudie-kæde på SuperOffice Online med kun Service-licenser. Hvad har vi i alt at "
                            "arbejde med ifølge tabellen?")
    assert set(names(answer)) == {n for n in seed_rows(online=True) if "Service" in SEED[n][1]}


def test_a_separate_thing_starts_afresh(fresh_engine: Engine) -> None:
    fresh_engine.respond("CS hooks for outside systems, quick overview?", thread="t")
    answer = fresh_engine.respond("Separate thing entirely: a credit union on SO Online asks if SAINT is something "
                                  "their sales team can use.", thread="t")
    assert names(answer) == ["SAINT"]
    assert answer.explanation.followup == "a fresh start"
    assert answer.verdict.startswith("Yes.")


def test_a_pronoun_after_a_client_word_points_back(fresh_engine: Engine) -> None:
    """"the helpdesk agents" names whom the thread's row is for, not the subject the pronoun points at."""
    fresh_engine.respond("sales guide on a self-hosted SO for the reps - ok?", thread="t")
    answer = fresh_engine.respond("what if it's the helpdesk agents who ask for it instead of the reps?", thread="t")
    assert names(answer) == ["Sales Guide"]
    assert answer.verdict.startswith("No.")


def test_an_aside_in_brackets_asks_no_detail(engine: Engine) -> None:
    """"default settings (which tab opens first, how dates show)": the aside illustrates the settings; the
    question is which row sets them (an error told in brackets, "(so 404)", still counts)."""
    answer = engine.respond("billiard hall chain, SO onprem with Sales + Service. boss is fed up that every user has "
                            "different default settings (which tab opens first, how dates show). can the admin set "
                            "those centrally for all? which config row is that?")
    assert names(answer)[:1] == ["Preferences"]
    assert not answer.fallback
    assert engine.respond("When opening a Docs link from the CRMScript intellisense, they all redirect to the "
                          "homepage (so 404).").fallback


@pytest.mark.parametrize("question", [
    "kitesurf school on SO Online, sales seats. every person card needs 'weight class' and 'IKO level', neither "
    "exists today. the admin will add them himself, no dev involved. which row?",
    "boxing gym chain on the hosted SO, sales seats. every member card should get 'stance (orthodox/southpaw)', "
    "'glove size' and 'medical cleared on'. nobody on staff programs; the owner does the admin bits himself. row?",
    "Stroopwafelbakkerij, SuperOffice Online, alleen Sales. Op elke firmakaart willen ze 'glutenvrij assortiment "
    "ja/nee' en 'levering per pallet' - velden die er nu niet zijn. De beheerder voegt ze zelf toe. Welke rij?",
])
def test_values_that_do_not_exist_yet_are_new_fields(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[:1] == ["User-defined Fields"]


def test_not_a_single_line_of_code_is_no_code(engine: Engine) -> None:
    """"without writing a single line of code": the no-code constraint ranks Zapier before the REST API."""
    answer = engine.respond("customer on SO online wants SO hooked up to Trello + Gmail (new card -> follow-up, "
                            "starred mail -> activity) without writing a single line of code or running their own "
                            "server. what do we recommend from the matrix")
    assert names(answer)[:1] == ["Zapier"]


@pytest.mark.parametrize(("question", "row"), [
    ("which Zapier plan do we need for multi-step zaps with SuperOffice, and does SO bill the connector separately?",
     "Zapier"),
    ("Does the mirrored copy include deleted records and change history, or only current rows? (talking about DB "
     "mirroring)", "Database Mirroring"),
    ("NetServer SOAP: where do I download the WSDL for the contact agent?", "SOAP"),
])
def test_plans_history_and_downloads_are_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """A plan and a bill, what a copy includes, where to download a file: details the seeds do not hold,
    answered honestly with the row's one line."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]


def test_a_row_asked_for_by_name_is_no_concept_one_word_suggests(engine: Engine) -> None:
    """"generates code from WSDL contracts ... XML envelopes. Which API row fits them?": the SOAP row, not the
    Customer Service SOAP topic that "generates" alone suggests."""
    answer = engine.respond("Hello forum. Our porcelain factory customer runs SO onsite, Sales only. Their integration "
                            "team generates code from WSDL contracts and insists on XML envelopes rather than JSON. "
                            "Which API row fits them?")
    assert names(answer)[:1] == ["SOAP"]


def test_a_denied_platform_sets_its_row_at_the_level_aside(engine: Engine) -> None:
    """"skript ... på applikasjonsserveren ... altså ikke i Windows-klienten": scripting, not the Windows client's."""
    answer = engine.respond("Vi er et trikkeselskap med SuperOffice CRM på egne servere. Vi vil ha skript som kjører "
                            "på applikasjonsserveren når data lagres, uansett hvilken klient brukeren sitter i - "
                            "altså ikke i Windows-klienten. Hvilken rad i matrisen er det?")
    assert names(answer)[:1] == ["NetServer Service"]
    assert "Windows Client" not in names(answer)


@pytest.mark.parametrize("question", [
    "External APIs rows, but drop the ones that need the SuperOffice-hosted version",
    "External APIs rows, but leave out whatever needs a hosted tenant",
])
def test_dropping_what_a_place_needs_in_one_message(engine: Engine, question: str) -> None:
    """Rows asked for and, in the same message, those that need a place taken out: the rest of them."""
    assert set(names(engine.respond(question))) == set(seed_rows(level="External APIs", onsite=True))


def test_dropping_what_a_place_needs_after_a_list(fresh_engine: Engine) -> None:
    fresh_engine.respond("names only: every row filed under External APIs in that table", thread="t")
    answer = fresh_engine.respond("drop the ones that need the SuperOffice-hosted version", thread="t")
    assert set(names(answer)) == set(seed_rows(level="External APIs", onsite=True))


def test_a_row_the_asker_already_runs_is_the_setting(engine: Engine) -> None:
    """"our Zapier flow ... already runs fine. next requirement: ...": the new need is asked, Zapier is not offered."""
    answer = engine.respond("au pair agency on SO cloud with Sales + Service. our Zapier flow pushing website leads "
                            "into SO already runs fine. next requirement: host families kept as their own table inside "
                            "Service, each ticket linked to one family. which row covers this new part?")
    assert names(answer) == ["Extra Tables"]


def test_a_need_told_as_met_is_no_need_nor_a_filter(engine: Engine) -> None:
    """"we already mirror the database for BI, that part's done. new need: ...": neither mirroring nor the
    Database level; the new need (a ticket event handled by itself, set up in the UI) is Triggers."""
    answer = engine.respond("indigo dye works, SO Service cloud tenant. we already mirror the database for BI, "
                            "that part's done. new need: when a ticket lands in the 'batch defect' category, SO should "
                            "raise priority + alert QA by itself, configured by the admin in the UI. which row for the "
                            "new bit?")
    assert names(answer)[:1] == ["Triggers"]


@pytest.mark.parametrize("question", [
    "Aardappelteler, SuperOffice Web op eigen server. We willen in de webclient een lijst van percelen en "
    "oogstpartijen die je alleen kunt doorzoeken en bekijken, gevuld uit ons teeltsysteem. Welke rij hoort daarbij?",
    "Ädelstensslipare med SuperOffice Web på egen server. Vi vill ha en egen lista som bara går att söka och läsa, "
    "som hämtar stenarna från vårt lagersystem och visas som ett arkiv i klienten. Vilken rad?",
])
def test_a_list_only_searched_and_read_is_an_archive_provider(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[:1] == ["Archive Providers"]


def test_records_of_their_own_linked_to_tickets_are_an_extra_table(engine: Engine) -> None:
    answer = engine.respond("Hundeschule mit SuperOffice Service vor Ort. Wir möchten die Hunde selbst als eigene "
                            "Datensätze in Service führen (Name, Rasse, Kursstufe, Halter) und jedes Ticket mit einem "
                            "Hund verknüpfen - ohne externe Datenbank. Was nehmen wir dafür?")
    assert names(answer)[:1] == ["Extra Tables"]


def test_logic_in_a_javascript_ish_language_in_the_admin_area_is_crmscript(engine: Engine) -> None:
    answer = engine.respond("ticket from a shooting range association (SO Service onprem): their admin wants to type "
                            "the licence renewal-date logic in a JavaScript-ish language right inside SuperOffice "
                            "Service's admin area, setting ticket fields directly. not a separate program. what's "
                            "that in the table?")
    assert names(answer)[:1] == ["CRMScript"]


@pytest.mark.parametrize("question", [
    "dev here. our node backend syncs companies and persons both ways with SO, some customers hosted, some onprem. "
    "we want plain http calls returning json, no wsdl or soap tooling. which api row fits?",
    "writing a little python job that just does GET and POST with json bodies against SO, needs sales data and "
    "ticket data, customer is in the cloud. which api do i want",
])
def test_plain_http_calls_with_json_are_the_rest_api(engine: Engine, question: str) -> None:
    """HTTP calls with JSON name the REST API; "no wsdl or soap tooling" sets SOAP aside, both names."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["Restful"]
    assert "SOAP" not in names(answer)


@pytest.mark.parametrize(("first", "then", "rows"), [
    ("quote connector sits on which tier, config or apis?", "put it next to the ERP sync one - both usable hosted?",
     ["Quote Connector", "ERP Sync Connector"]),
    ("zapier is a cloud-only thing, yeah?", "is db mirroring in the same boat or different?",
     ["Zapier", "Database Mirroring"]),
])
def test_a_row_put_next_to_the_earlier_one(fresh_engine: Engine, first: str, then: str, rows: list[str]) -> None:
    fresh_engine.respond(first, thread="t")
    assert names(fresh_engine.respond(then, thread="t"))[:2] == rows


def test_a_short_version_is_a_summary_not_a_release(engine: Engine) -> None:
    answer = engine.respond("crmscript - give me the two-sentence version of what it is")
    assert answer.intent == "describe"
    assert names(answer) == ["CRMScript"]


def test_only_after_a_client_and_its_people_word_is_the_clients(engine: Engine) -> None:
    """"Service licences only, SO running in-house": Service only, not onsite only."""
    answer = engine.respond("sewing machine dealer's repair desk: Service licences only, SO running in-house. give me "
                            "the UI workflow + scripting rows they can use.")
    assert set(names(answer)) == {n for n in seed_rows(onsite=True) if SEED[n][0] in ("UI Workflow", "Scripting")
                                  and "Service" in SEED[n][1]}


def test_two_clients_an_aside_tells_are_the_customers(engine: Engine) -> None:
    """"on their own hardware (Sales + Service): list ... open to them": rows for either client, not both."""
    answer = engine.respond("cardboard box maker on their own hardware (Sales + Service): list the UI workflow rows "
                            "plus the scripting rows open to them")
    assert set(names(answer)) == {n for n in seed_rows(onsite=True) if SEED[n][0] in ("UI Workflow", "Scripting")}


def test_a_symptom_told_before_a_row_asked_for_by_name(engine: Engine) -> None:
    """"new staff keep getting the wrong default currency ... which config row is it?": the row, not an error."""
    answer = engine.respond("opera house, SO in-house with sales + service. new staff keep getting the wrong default "
                            "country and currency when they first log in. the admin wants to fix those user defaults "
                            "once, centrally, for everyone. which config row is it?")
    assert names(answer)[:1] == ["Preferences"]
    assert not answer.fallback


@pytest.mark.parametrize(("question", "row", "verdict"), [
    ("SO sits on a Hyper-V host in our basement. can we still wire things up through zapier?", "Zapier", "No."),
    ("does SAINT exist on the multi-tenant cloud, or is it one of those onsite-only things?", "SAINT",
     "available onsite and online"),
])
def test_places_in_the_askers_words(engine: Engine, question: str, row: str, verdict: str) -> None:
    """A host in the basement is onsite; the multi-tenant cloud is Online (not the federated-login topic)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row]
    assert verdict in answer.verdict


def test_never_on_a_locally_installed_one(engine: Engine) -> None:
    answer = engine.respond("What can you only get with SuperOffice Online and never on a locally installed "
                            "SuperOffice?")
    assert set(names(answer)) == set(seed_rows(onsite=False, online=True))


def test_repeat_that_for_another_platform(fresh_engine: Engine) -> None:
    """"which interfaces are exposed" asks for integration points (no API detail); "repeat that for SO Mobile"
    continues with the mobile clients' points."""
    first = fresh_engine.respond("CS product: which interfaces are exposed for 3rd-party systems?", thread="t")
    assert platform_id(first) == "customer-service"
    answer = fresh_engine.respond("ok. repeat that for SO Mobile, the app our field people carry", thread="t")
    assert platform_id(answer) == "mobile"


def test_rows_that_only_work_when_you_host_it_yourself(engine: Engine) -> None:
    assert set(names(engine.respond("full list pls: which rows only work when you host SO yourself?"))) \
        == set(seed_rows(onsite=True, online=False))


def test_a_row_asked_about_is_no_request_for_help(fresh_engine: Engine) -> None:
    fresh_engine.respond("what's filed under Internal APIs in the table? just names", thread="t")
    answer = fresh_engine.respond("new question, nothing to do with that: is Custom Screens something a sales-only "
                                  "customer can use?", thread="t")
    assert names(answer) == ["Custom Screens"]
    assert answer.verdict.startswith("No.")


def test_does_that_still_work_there_continues(fresh_engine: Engine) -> None:
    """"Klappt das auch noch, wenn wir ... auf einen eigenen Server umziehen?": the thread's row, onsite."""
    fresh_engine.respond("Freiwillige Feuerwehr, SuperOffice Service in der Cloud: Für Einsatzmeldungen wollen wir "
                         "in Service eine eigene Eingabemaske bauen (Einsatzort, Fahrzeug, Mannschaftsstärke).",
                         thread="t")
    answer = fresh_engine.respond("Klappt das auch noch, wenn wir irgendwann auf einen eigenen Server umziehen?",
                                  thread="t")
    assert names(answer)[:1] == ["Custom Screens"]
    assert answer.explanation.followup == "says the earlier subject goes on"


@pytest.mark.parametrize("question", [
    "Verpleeghuisgroep, SuperOffice Service in de cloud. Onze receptie doet bij elke aanvraag voor een rondleiding "
    "handmatig vijf dingen na elkaar: status zetten, sjabloonantwoord versturen, eigenaar kiezen, categorie aanpassen, "
    "afsluiten. Ze willen die reeks vastleggen en zelf met één klik vanuit de aanvraag starten. Hoe heet dat onderdeel "
    "in het overzicht?",
    "Spargelhof, SuperOffice Online mit Vertrieb und Service. Unsere REST-Anbindung an den Webshop läuft bereits "
    "sauber. Neuer Punkt: Bei jeder Reklamation sollen die Service-Leute dieselbe Folge von Schritten (Antwortvorlage, "
    "Status, Zuständigkeit) mit einem Klick selbst auslösen. Was nehmen wir dafür?",
])
def test_a_saved_sequence_run_in_one_click_is_a_macro(engine: Engine, question: str) -> None:
    """A need of its own (data/needs.yaml bundle-steps): the same steps on a request, run in one click."""
    assert names(engine.respond(question))[:1] == ["SuperMacro"]


def test_a_complaint_coming_in_is_a_ticket_event_of_its_own_ask(engine: Engine) -> None:
    answer = engine.respond("Pølsemaker med SuperOffice Service i skyen. To ting: 1) når en reklamasjon kommer inn "
                            "skal den automatisk sendes til riktig produksjonslinje, 2) kundebehandlerne vil ha én "
                            "knapp som gjør svar + lukking i ett klikk. Hvilke rader er det?")
    assert {"Triggers", "SuperMacro"} <= set(names(answer))


@pytest.mark.parametrize(("question", "first"), [
    ("every time a ticket gets closed, run some code, SO online", ["Triggers"]),
    ("när en affär vinns vill vi skicka ett meddelande till vårt system (onsite)", ["NetServer Service"]),
    # an order is a record, not a ticket ("sobald" alone says when, not what)
    ("Sobald ein Auftrag angelegt wird, soll unser Code laufen (on-prem)", ["Triggers", "NetServer Service"]),
    ("as soon as a new company is registered we need to call our billing system, SO online", ["Triggers", "CRMScript"]),
])
def test_a_things_happening_is_an_event_to_react_to(engine: Engine, question: str, first: list[str]) -> None:
    """An opener, a thing a need lists under `events` and a verb of its happening (data/vocabulary.yaml): the
    need that reacts to it, also where no need phrase says so ("billing system" names a system, no price)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:len(first)] == first


@pytest.mark.parametrize(("question", "first"), [
    ("Customer on SO Online wants to post a Slack message every time a new company is created, without writing "
     "code, using an off-the-shelf automation service. Which row?", "Zapier"),
    ("ferry operator still on the Windows CRM client, onprem. a consultant built JScript macros in that client's "
     "automation engine years ago, they fire when a booking contact is edited. which row does that scripting "
     "belong to?", "Windows Client"),
])
def test_a_happening_beside_a_goal_or_a_named_point_only_says_when(engine: Engine, question: str, first: str) -> None:
    assert names(engine.respond(question))[:1] == [first]


def test_a_person_before_the_thing_is_no_happening_of_it(engine: Engine) -> None:
    answer = engine.respond("What to do when I get document closed in the side panel of SuperOffice CRM when "
                            "document viewer is used?")
    assert answer.fallback


@pytest.mark.parametrize(("first", "then", "rows"), [
    ("Which capabilities are cloud-exclusive, i.e. you can't get them on your own servers?",
     "Service-exclusive rows, Sales not listed at all - gimme those",
     ["Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "CRMScript"]),
    ("scriptng tier - everything in it pls",
     "Service customer on the SaaS edition: give me every row they can use",
     ["Preferences", "Lists", "Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "Zapier", "CRMScript",
      "SOAP", "Restful", "Database Mirroring"]),
])
def test_a_pronoun_whose_noun_came_before_it_points_inside(fresh_engine: Engine, first: str, then: str,
                                                             rows: list[str]) -> None:
    """"rows ... those", "customer ... they": the message's own noun, so a full question of its own, answered as
    if asked alone."""
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.explanation.followup == "a question of its own"
    assert sorted(names(answer)) == sorted(rows)
    assert names(answer) == names(fresh_engine.respond(then))


def test_an_object_pronoun_after_people_may_still_be_the_rows(fresh_engine: Engine) -> None:
    fresh_engine.respond("we use ajax methods in the onsite web client for a sales customer", thread="t")
    answer = fresh_engine.respond("customer just signed for SO online, do we have to rebuild them?", thread="t")
    assert names(answer)[:1] == ["Ajax Methods"]


@pytest.mark.parametrize(("question", "rows"), [
    ("what covers sales AND service at the same time",
     ["Preferences", "Lists", "Zapier", "NetServer Service", "SOAP", "Restful", "Database Mirroring",
      "Continuous Database", "SQL Scripts"]),
    ("SO Service licences, running in our own server room. full menu of what we can use?",
     ["Preferences", "Lists", "Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "CRMScript",
      "NetServer Service", "SOAP", "Restful", "Continuous Database", "SQL Scripts"]),
    ("Anything in the matrix that Service users are locked out of? Names pls.",
     ["User-defined Fields", "SAINT", "Sales Guide", "Project Guide", "Windows Client", "Quote Connector",
      "ERP Sync Connector", "Custom Pages", "Custom Dialogs", "DataHandlers", "Ajax Methods", "Archive Providers",
      "MDO Providers", "Document Plugins", "Sentry Plugins", "Batch Task Plugins"]),
])
def test_lists_in_other_words(engine: Engine, question: str, rows: list[str]) -> None:
    """Rows covering both clients "at the same time"; "full menu of what we can use"; "locked out of" excludes
    (a cue's words, not a locked account)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert sorted(names(answer)) == sorted(rows)


def test_nothing_but_a_client_and_we_are_cloud_only_tell_the_customer(fresh_engine: Engine) -> None:
    """"nothing but Service seats": only Service, no negation; "we're cloud-only": where the asker is, so rows
    available online, not online-only rows."""
    fresh_engine.respond("cosmetics brand here - what sits in the External APIs tier? names only", thread="t")
    answer = fresh_engine.respond("of those, which are left if we're cloud-only with nothing but Service seats?",
                                  thread="t")
    assert sorted(names(answer)) == ["Database Mirroring", "Restful", "SOAP"]


def test_nothing_but_a_client_asks_for_its_rows_only(engine: Engine) -> None:
    assert sorted(names(engine.respond("which rows are for nothing but Service?"))) == sorted(
        ["Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "CRMScript"])


@pytest.mark.parametrize(("question", "row"), [
    ("who wrote CRMScript originally, and is that person still at SuperOffice?", "CRMScript"),
    ("Who invented SuperMacro?", "SuperMacro"),
    ("vem skrev CRMScript från början?", "CRMScript"),
])
def test_who_made_a_row_is_about_people(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]
    assert "people" in answer.verdict


def test_the_person_who_sent_a_request_is_part_of_a_need(engine: Engine) -> None:
    answer = engine.respond("every time an agent closes a request the customer wants an automatic satisfaction "
                            "survey mail to go out to the person who sent it. CS onsite. which piece does that?")
    assert not answer.fallback


def test_a_topic_with_a_level_names_its_one_row_there(engine: Engine) -> None:
    """"scripts on the NetServer layer": the netserver topic's one row at the Scripting level."""
    answer = engine.respond("we're on the SaaS tenant - can our consultant still put scripts on the NetServer layer?")
    assert names(answer)[:1] == ["NetServer Service"]
    assert answer.verdict.startswith("No.")


@pytest.mark.parametrize("question", [
    "how many levels are there, and what are they called?",
    "how many rungs does the SO customisation ladder have, and what are they called, lowest first?",
    "hvor mange nivåer finnes det?",
])
def test_how_many_levels_counts_the_levels(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert answer.intent == "topic-levels"


@pytest.mark.parametrize("question", [
    "Vi selger påhengsmotorer, og selgerne sitter fortsatt i den gamle skrivebordsklienten for Windows mot vår egen "
    "server. IT-fyren har et JScript han vil at automasjonsmotoren i klienten skal kjøre hver gang noen lagrer et "
    "salg. Hvor hører det hjemme?",
    "our IT guy has a JScript he wants the automation engine in the desktop client to run every time someone saves "
    "a sale. where does it belong?",
])
def test_where_a_script_of_a_client_belongs_is_its_row(engine: Engine, question: str) -> None:
    """Asked where it belongs, the row named (JScript: Windows Client) is the answer, not the platform's points;
    the words left over tell the setting (the desktop client, its automation engine, in Norwegian too)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:1] == ["Windows Client"]


@pytest.mark.parametrize(("question", "first"), [
    ("whenever a rep closes a deal, notify accounting. SO online", ["Triggers"]),
    ("hver gang noen lagrer et salg skal vi varsle økonomi, vi har SO på egen server", ["NetServer Service"]),
    ("när någon stänger ett ärende ska kunden få ett mejl, Service i molnet", ["SuperMacro", "Triggers"]),
])
def test_a_happening_told_in_the_active_voice(engine: Engine, question: str, first: list[str]) -> None:
    """"whenever a rep closes a deal", "hver gang noen lagrer et salg": the verb before the thing."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:len(first)] == first


@pytest.mark.parametrize("question", [
    "Vi er en kæde af dialyseklinikker og kører SuperOffice Service i skyen. Når en patient skriver ind om at flytte "
    "sin behandlingstid, skal sagen af sig selv ryge over til planlægningskøen og få høj prioritet \u2013 uden at "
    "nogen rører den. Vores administrator koder ikke, men klikker gerne rundt i admin-delen. Hvad skal vi bruge?",
    "SO Service online: warranty requests should land in the right queue with high priority without anyone "
    "touching them. what do we use?",
])
def test_a_ticket_sent_to_a_queue_with_a_priority_is_ticket_handling(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:1] == ["Triggers"]


@pytest.mark.parametrize(("question", "first"), [
    ("Arkeologikonsult, SuperOffice Web på egen server. Vi vill ha en egen söklista i webbgränssnittet med alla "
     "utgrävningsplatser, hämtad direkt ur vår GIS-databas \u2013 bara läsa och söka, ingen redigering. Vad heter det "
     "i matrisen?", "Archive Providers"),
    ("In Service we need our own database table for equipment records that tickets can link to. What do we use?",
     "Extra Tables"),
])
def test_a_database_of_the_askers_own_is_no_level(engine: Engine, question: str, first: str) -> None:
    """"vår GIS-databas", "our own database table": a thing of theirs, not the Database level as a filter; a
    "search list" or "result list" is no pick list (the Lists row)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:1] == [first]


def test_which_of_the_level_rows_fits_picks_one(engine: Engine) -> None:
    """"which of the internal API rows fits?": one row picked from the level for the need told, not the level's
    list ("which of the external API options can we pick from?" still lists them)."""
    answer = engine.respond("fibre broadband installer, self-hosted SO web. on the company card we want a tiny 'check "
                            "coverage' link: some JS in the page calls one of our server-side C# methods in the "
                            "background and drops the result in a label, no full page postback. which of the internal "
                            "API rows fits?")
    assert names(answer)[:1] == ["Ajax Methods"]
    listed = engine.respond("we're building an integration that runs on our own servers and must talk to SuperOffice "
                            "Online tenants from the outside. which of the external API options can we pick from?")
    assert {"SOAP", "Restful"} <= set(names(listed))


@pytest.mark.parametrize(("question", "row"), [
    # what a card must hold is a field to add
    ("Volleyball club on the hosted SO, sales seats only. Every player card needs 'position', 'jersey number' and "
     "'member since'. The board does the admin in the browser. Which feature do we use? (no programmers, and we "
     "won't pay a consultant either)", "User-defined Fields"),
    ("SO onsite, sales. the company card should show 'fleet size' and 'contract end' - what do we use?",
     "User-defined Fields"),
    # reps walked through a sale's stages is the sales process
    ("kebab franchise, SO onsite. franchise sales reps skip steps when signing up a new franchisee (site visit, "
     "credit check, lease review, contract). we'd like SO to walk each rep through those stages inside every sale. "
     "which config feature?", "Sales Guide"),
    ("Vi vil at CRM-et skal lose selgerne gjennom stegene i hvert salg. SO online. Hva bruker vi?", "Sales Guide"),
])
def test_needs_told_as_pairs_of_words(engine: Engine, question: str, row: str) -> None:
    """Two words of a need a few words apart (data/needs.yaml pairs): "card ... needs", "walk ... stages"."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:1] == [row]


@pytest.mark.parametrize(("question", "rows", "verdict"), [
    ("toll road operator, 2 asks in 1 msg: (1) Service on SO's cloud - what can they script with there? (2) they also "
     "keep a second self-hosted SO for old data; anything at the DB tier for that one?",
     ["CRMScript", "Continuous Database", "SQL Scripts"],
     "Your 2 asks: 1) Scripting, Service, online: CRMScript. 2) Database, onsite: Continuous Database, SQL Scripts."),
    ("Håndballklubb her, to spørsmål i én: 1) hvilke konfigurasjonsmuligheter har selgerne våre (Sales)? 2) og hvilke "
     "eksterne API-er gjelder utelukkende salgssiden?",
     ["Preferences", "Lists", "User-defined Fields", "SAINT", "Sales Guide", "Project Guide", "Quote Connector",
      "ERP Sync Connector"], "Your 2 asks: 1) Configuration, Sales: "),
])
def test_several_list_asks_each_by_its_own_filters(engine: Engine, question: str, rows: list[str],
                                                   verdict: str) -> None:
    """Numbered asks that each name a level: each ask's rows by its own level, place and client, in one table."""
    answer = engine.respond(question)
    assert names(answer) == rows
    assert answer.verdict.startswith(verdict)


@pytest.mark.parametrize(("question", "gone"), [
    ("Hydroponic farm moving from self-hosted SO to the SaaS edition next quarter. Current customisations:\n"
     "- custom dialogs in the browser UI\n- NetServer scripts on the app server\n- Triggers on the Service side\n"
     "- a nightly SQL script that merges duplicates\n- REST sync with their ERP\n"
     "- a document plugin that files quotes in SharePoint\n- VBScript in the desktop app\n"
     "Which of these break after the move?",
     ["Custom Dialogs", "NetServer Service", "SQL Scripts", "Document Plugins", "Windows Client"]),
    ("igloo hotel moving from onprem to SO Online. today they use:\n* custom pages\n* a sentry plugin\n"
     "* triggers in CS\n* a REST integration\n* some SQL scripts\nwhich of these die in the move?",
     ["Custom Pages", "Sentry Plugins", "SQL Scripts"]),
    ("Ein Erdbeerhof zieht von SuperOffice Online zurück auf einen eigenen Server (ja, diese Richtung). Im Einsatz "
     "sind:\n- Zapier\n- Database Mirroring\n- benutzerdefinierte Felder\nWas davon funktioniert auf dem eigenen "
     "Server nicht mehr?", ["Zapier", "Database Mirroring"]),
])
def test_a_bulleted_inventory_before_a_move(engine: Engine, question: str, gone: list[str]) -> None:
    """Each bulleted line an ask of its own; the rows the move leaves behind first (the place named with "from"
    or "von" is where the move starts), a product named in a line (SharePoint) is part of it."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[:len(gone)] == gone


def test_a_service_only_customer_is_the_service_client(engine: Engine) -> None:
    """"a Service-only onsite customer": the Service client ("a service" alone is no client), so the scripting
    rows that serve Service there, not every onsite-only scripting row."""
    answer = engine.respond("what can a Service-only onsite customer use at the scripting level?")
    assert sorted(names(answer)) == ["CRMScript", "NetServer Service"]


@pytest.mark.parametrize(("first", "then", "rows"), [
    ("ok and the quote connector?", "compare it with the ERP one", ["Quote Connector", "ERP Sync Connector"]),
    ("Tell me about the Quote Connector.", "is it the same story for the ERP one?", ["ERP Sync Connector"]),
])
def test_the_erp_one_is_the_sync_connector(fresh_engine: Engine, first: str, then: str, rows: list[str]) -> None:
    """"the ERP one" names the ERP Sync Connector as "the quote one" names the Quote Connector; "the same story"
    continues the thread (its "story" asks for no tale)."""
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert not answer.fallback
    assert names(answer)[:len(rows)] == rows


@pytest.mark.parametrize("question", ["bye", "ha det", "see you later", "tschüss"])
def test_a_goodbye_is_small_talk_that_continues_nothing(fresh_engine: Engine, question: str) -> None:
    fresh_engine.respond("is sentry available online?", thread="t")
    answer = fresh_engine.respond(question, thread="t")
    assert answer.intent == "goodbye"
    assert not answer.items
    assert not answer.fallback


@pytest.mark.parametrize(("question", "rows"), [
    ("Vilka punkter är enbart för Sales och finns i Online?",
     ["User-defined Fields", "SAINT", "Sales Guide", "Project Guide", "Quote Connector", "ERP Sync Connector"]),
    ("Vi er i skyen \u2013 hvilke API-er for integrasjon utenfra får vi bruke der?",
     ["SOAP", "Restful", "Quote Connector", "ERP Sync Connector", "Database Mirroring"]),
])
def test_nordic_lists_by_points_and_integration_from_outside(engine: Engine, question: str, rows: list[str]) -> None:
    """"punkter" are rows; "integrasjon utenfra" is the External APIs level."""
    assert sorted(names(engine.respond(question))) == sorted(rows)


@pytest.mark.parametrize(("question", "row"), [
    ("Restful: how many calls per minute before we get throttled, and which query parameter fetches contacts beyond "
     "the first 1000?", "Restful"),
    ("I'd like to mail whoever owns the ERP Sync Connector roadmap at SuperOffice directly \u2014 name and address?",
     "ERP Sync Connector"),
])
def test_a_row_named_keeps_a_topics_common_words_its_own(engine: Engine, question: str, row: str) -> None:
    """"calls", "parameter", "roadmap", "address" are words of the CS SOAP topic too; a message naming another
    row asks about that row (here a detail beyond the data), not about the CS SOAP services."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]


def test_direct_db_work_as_a_level_is_the_database_level(engine: Engine) -> None:
    answer = engine.respond("Direct DB work as a level of its own \u2014 which SuperOffice options count as that?")
    assert sorted(names(answer)) == ["Continuous Database", "SQL Scripts"]


def test_the_hosted_service_is_a_place_not_the_service_client(engine: Engine) -> None:
    """"the hosted service" names SuperOffice Online; its "service" is no client, so nothing is read as lacking
    Service ("... but a self-installed SuperOffice lacks")."""
    answer = engine.respond("Name the features that the hosted service has but a self-installed SuperOffice lacks.")
    assert "Service" not in answer.verdict.split(":")[0]


@pytest.mark.parametrize(("question", "row"), [
    # a "service contract" is the customer's business object, not the Service client (Batch Task Plugins serve Sales)
    ("lift inspection company, SO on our own servers: a heavy nightly recalculation of all service contracts should "
     "run as a background task, not in anybody's browser. which row?", "Batch Task Plugins"),
    # a "quote document" is a document, not the Quote Connector
    ("architects' office, SO on their own servers: every quote document made in SO should be filed in their DMS "
     "instead of SO's document archive. what do we build?", "Document Plugins"),
    # "no programmers" is the no-code constraint: the connector service before the API one builds
    ("yoga studio on SO cloud: every new Calendly booking should become a contact in SO. no programmers, no "
     "server. what fits?", "Zapier"),
])
def test_business_words_that_look_like_names_do_not_steer_a_need(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "scenario"
    assert names(answer)[0] == row


def test_a_how_constraint_alone_lists_the_levels_it_allows(engine: Engine) -> None:
    """"no devs ... what can I set up?" tells how the work is done, not what: the Configuration and UI Workflow
    rows where the customer is."""
    answer = engine.respond("no devs on this one, customer runs SO Online with Sales only. what could I set up for "
                            "them?")
    assert answer.intent == "scenario"
    expected = [r for r in seed_rows(online=True, level="Configuration") + seed_rows(online=True, level="UI Workflow")
                if r in seed_rows(client="Sales")]
    assert sorted(names(answer)) == sorted(expected)


@pytest.mark.parametrize(("question", "level", "env", "client"), [
    # the need told first, the level asked after it: the level's rows, not the need's one
    ("our admin is keen on SQL and wants to work on the database directly. the customer runs SO on their own "
     "servers with Sales. what is there at the database level for her?", "Database", "onsite", "Sales"),
    # "external tier" is the External APIs level
    ("a payroll vendor's app runs on its own servers and every client of theirs is on CRM Online, Sales only. which "
     "rows on the external tier can they build on?", "External APIs", "online", "Sales"),
    # a level named as a level ("scripting wise"), a platform only telling who works there
    ("desktop-app-only sales team, SO in house - scripting wise, what is open to them?", "Scripting", "onsite",
     "Sales"),
])
def test_a_level_asked_as_a_level_lists_its_rows(engine: Engine, question: str, level: str, env: str,
                                                 client: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    where = {"onsite": True} if env == "onsite" else {"online": True}
    assert sorted(names(answer)) == sorted(seed_rows(level=level, client=client, **where))  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "only"), [
    # "X is the only client", "specific to X", "purely on the X side", "lavet udelukkende til X": rows for X alone
    ("Which rows does the matrix give to Sales and to Sales alone, i.e. Sales is the only client listed?", "Sales"),
    ("what in the matrix is specific to Service and usable onsite?", "Service"),
    ("Hvilke rækker er lavet udelukkende til Sales, på tværs af niveauer?", "Sales"),
    # a bracket opens its own thought: its "not" does not deny the name before it
    ("which entries are strictly for Service (not shared with the sales people)?", "Service"),
])
def test_a_client_named_as_the_only_one_keeps_its_own_rows(engine: Engine, question: str, only: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    onsite = {"onsite": True} if "onsite" in question else {}
    assert sorted(names(answer)) == sorted(seed_rows(client=only, only_client=True, **onsite))  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "survive"), [
    ("Reisebüro zieht von der eigenen Installation zu SuperOffice Online um. Im Einsatz sind: Sales Guide, "
     "Document Plugins, Restful und SQL Scripts. Was davon geht dabei kaputt?", False),
    ("Tandartsketen gaat van eigen servers naar SuperOffice Online. In gebruik: Custom Dialogs, Restful, "
     "User-defined Fields en SQL Scripts. Wat kunnen we meenemen?", True),
    ("we're moving our SO from our own server to Online. in use today: Lists, Sentry Plugins, SOAP and "
     "Batch Task Plugins. what keeps running once we've moved?", True),
])
def test_a_move_sorts_the_rows_in_use_by_whether_they_come_along(engine: Engine, question: str,
                                                                  survive: bool) -> None:
    """Words for breaking ("geht kaputt") and for taking along ("meenemen", "keeps running") sort the rows the
    message lists by whether they work online."""
    answer = engine.respond(question)
    named = [n for n in SEED if n in question]
    assert sorted(names(answer)) == sorted(n for n in named if SEED[n][3] is survive)


def test_a_product_named_in_the_setting_does_not_become_the_threads_row(fresh_engine: Engine) -> None:
    """"their Azure SQL" is where the copy goes, not the SQL Scripts row: the recommended row stays the thread's
    subject, and "would that also work ..." asks about it."""
    first = fresh_engine.respond("the controller wants all our SO data copied continuously into their Azure SQL "
                                 "for reporting. we're on SuperOffice Online", thread="az")
    assert names(first)[0] == "Database Mirroring"
    then = fresh_engine.respond("would that also work if we hosted SO ourselves?", thread="az")
    assert names(then)[0] == "Database Mirroring"  # (then what serves the need onsite instead)
    assert then.verdict.startswith("No")


@pytest.mark.parametrize(("question", "row"), [
    ("customer on crm online wants an extra field on the company card for their VAT number", "User-defined Fields"),
    ("our helpdesk needs one extra field on every ticket for the machine's serial number", "Extra Tables"),
])
def test_an_extra_field_is_read_by_where_it_goes(engine: Engine, question: str, row: str) -> None:
    """"An extra field" names no row: on a Sales card it is a user-defined field, on a ticket Service's extra
    fields (Extra Tables); the need decides."""
    assert names(engine.respond(question))[0] == row


def test_a_supposition_with_nothing_of_its_own_continues_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("Project Guide: which level and which client?", thread="sup")
    then = fresh_engine.respond("what if their SuperOffice is hosted by SuperOffice rather than on their own box?",
                                thread="sup")
    assert names(then)[0] == "Project Guide"
    assert then.explanation.followup


def test_a_supposition_about_a_row_of_its_own_is_asked_in_full(fresh_engine: Engine, engine: Engine) -> None:
    question = "What if we do not use the Screen Designer at all?"
    fresh_engine.respond("is SAINT available online?", thread="sup2")
    assert fresh_engine.respond(question, thread="sup2").verdict == engine.respond(question).verdict


def test_hopping_over_to_the_hosted_tenant_asks_about_the_threads_row(fresh_engine: Engine) -> None:
    fresh_engine.respond("document plugin for a law firm on their own server - fine?", thread="hop")
    then = fresh_engine.respond("if the firm later hops over to a SuperOffice-hosted tenant, does that still fly?",
                                thread="hop")
    assert not then.fallback
    assert names(then)[0] == "Document Plugins"
    assert then.verdict.startswith("No")


@pytest.mark.parametrize(("question", "level", "where"), [
    ("sailing school on SuperOffice Online with sales licences only. does the UI-workflow tier hold anything usable "
     "by them?", "UI Workflow", {"online": True, "client": "Sales"}),
    # "SO Online, CRM (sales) licences": no "online CRM" platform across the comma
    ("sailing school on SO Online, CRM (sales) licences only. does the UI-workflow tier hold anything usable by "
     "them?", "UI Workflow", {"online": True, "client": "Sales"}),
    ("onsite sales customer with an in-house .NET team that wants to go deep on the web client. which internal "
     "APIs are open to them?", "Internal APIs", {"onsite": True, "client": "Sales"}),
])
def test_a_level_asked_what_it_holds_is_a_list_whatever_the_setting(engine: Engine, question: str, level: str,
                                                                    where: dict[str, object]) -> None:
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert sorted(names(answer)) == sorted(seed_rows(level=level, **where))  # type: ignore[arg-type]


def test_who_handles_a_level_is_no_list(engine: Engine) -> None:
    assert engine.respond("who usually handles the configuration level - devs or admins?").intent != "list"


@pytest.mark.parametrize(("question", "row"), [
    ("Vi er et rederi. Nye sælgere skal guides trin for trin gennem vores salg med faste faser. Vi bruger "
     "SuperOffice CRM Online. Hvad er det rigtige værktøj?", "Sales Guide"),
    ("Klant in de cloud wil dat medewerkers bij elk installatieproject stap voor stap door vaste fases worden "
     "geleid. Welke rij uit de matrix hoort daarbij?", "Project Guide"),
])
def test_a_process_told_step_by_step_is_the_need_not_a_request_for_steps(engine: Engine, question: str,
                                                                         row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_the_apis_asked_for_alone_are_the_external_apis(engine: Engine) -> None:
    """"What APIs are available?": the web services and connectors (External APIs), not a fallback; "internal
    APIs" stays its own level."""
    assert sorted(names(engine.respond("what APIs are available?"))) == sorted(seed_rows(level="External APIs"))
    assert sorted(names(engine.respond("which internal APIs are there?"))) == sorted(seed_rows(level="Internal APIs"))


def test_a_need_answered_with_a_levels_rows_leaves_them_a_list(fresh_engine: Engine) -> None:
    """The level's rows are a list, not a recommendation: "what if they move to SuperOffice Online?" is about
    all of them, not the first."""
    fresh_engine.respond("we run SO on our own servers; our DBA wants to work at the database level. what is there "
                         "for him?", thread="lv")
    then = fresh_engine.respond("what if they move to SuperOffice Online?", thread="lv")
    assert sorted(names(then)) == sorted(seed_rows(level="Database"))
    assert all(r not in then.verdict.split(":")[0] for r in seed_rows(level="Database"))  # no verdict on one row


def test_no_row_for_a_client_shows_the_levels_rows_and_whom_they_serve(engine: Engine) -> None:
    answer = engine.respond("which internal APIs are open to a Service-only onsite customer?")
    level = seed_rows(level="Internal APIs", onsite=True)
    assert not seed_rows(level="Internal APIs", client="Service")  # the seed: none serves Service
    assert sorted(names(answer)) == sorted(level)
    assert answer.verdict.startswith("No row of the capability matrix matches")
    assert "none of them serves Service" in answer.verdict


@pytest.mark.parametrize(("question", "platform"), [
    ("Wir entwickeln für Kunden, deren Web-Client von SuperOffice gehostet wird. Welche Integrationspunkte gibt es "
     "dort?", "web-client-online"),
    ("Hvilke integrasjonsmuligheter har nettleserversjonen vi drifter selv?", "web-client-onsite"),
    ("Selgerne våre bruker bare SuperOffice Mobile. Hvilke muligheter har vi for å bygge noe inn der?", "mobile"),
])
def test_a_platform_said_in_the_askers_words_gets_its_points(engine: Engine, question: str, platform: str) -> None:
    answer = engine.respond(question)
    assert platform_id(answer) == platform


def test_a_client_that_never_gets_a_row_is_set_aside(engine: Engine) -> None:
    answer = engine.respond("any rows that the support desk gets but the sales reps never do?")
    assert sorted(names(answer)) == sorted(seed_rows(client="Service", only_client=True))


def test_a_list_asked_for_in_danish(engine: Engine) -> None:
    assert sorted(names(engine.respond("Giv mig en liste over de eksterne API'er."))) == sorted(
        seed_rows(level="External APIs"))


def test_a_level_asked_after_a_described_need_lists_the_level(engine: Engine) -> None:
    """"We need raw DB access - what does the Database tier give us?": the tier's rows, not the one row the
    description fits best; "config-level row?" asks for one row's name and stays a recommendation."""
    answer = engine.respond("Blood bank, SuperOffice in our own data centre for sales and service. We need raw DB "
                            "access - what does the Database tier give us?")
    assert sorted(names(answer)) == sorted(seed_rows(level="Database", onsite=True))
    one = engine.respond("toy shop. owner wants every sale to go through the same stages with SO proposing the next "
                         "to-do at each stage. config-level row?")
    assert names(one)[0] == "Sales Guide"


@pytest.mark.parametrize(("question", "rows"), [
    # a setup that names a hotline asks no phone number: the question asks for a row's name
    ("Psychic hotline with SuperOffice for sellers and the support line. Before go-live the admin just wants to set "
     "the defaults every user starts out with, nothing custom. What's that called in the matrix?", ["Preferences"]),
    # "skriven i kod" (written in code) asks nobody to write anything
    ("Tullverket har SuperOffice installerat i egen serverhall. Kundtjänsten ska få automatik skriven i kod. Vad har "
     "vi att välja på när det gäller skript för Service?", ["CRMScript", "NetServer Service"]),
])
def test_a_setting_tells_no_detail_of_its_own(engine: Engine, question: str, rows: list[str]) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert sorted(names(answer)[:len(rows)]) == sorted(rows)


def test_a_level_word_inside_a_how_constraint_filters_nothing(engine: Engine) -> None:
    answer = engine.respond("we run SO Service in the cloud. when a requester replies to a ticket in 'awaiting reply', "
                            "set it back to open on its own and ping the agent. no code, admin config only. which row "
                            "do i look at?")
    assert names(answer)[0] == "Triggers"
    assert "Preferences" not in names(answer)


@pytest.mark.parametrize("question", [
    "Vi kör SuperOffice Service i molnet. Ett stängt ärende ska öppnas igen av sig självt när kunden svarar. "
    "Vilken rad?",
    "SO Service cloud, zero code: a closed ticket must be reopened by itself once the customer answers. which row?",
])
def test_a_ticket_reopened_on_its_own_is_a_ticket_event(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[0] == "Triggers"


def test_a_row_meeting_more_of_the_told_constraints_comes_first(engine: Engine) -> None:
    answer = engine.respond("SO Service on our own servers: when a ticket gets the category 'complaint' it must move "
                            "to the quality queue and notify the team lead on its own. zero code, clicked together by "
                            "the admin. which row?")
    assert names(answer)[0] == "Triggers"


@pytest.mark.parametrize("question", [
    "they want a 'licence plate' field on all persons, superoffice online, no developers on staff. what now?",
    "Wir nutzen SuperOffice Sales in der Cloud und möchten auf jeder Firmenkarte die Kundennummer des Lieferanten "
    "speichern. Keiner von uns programmiert. Was brauchen wir?",
])
def test_a_value_on_every_card_is_an_extra_field_not_the_no_code_list(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert names(answer)[0] == "User-defined Fields"


def test_a_service_agreement_compound_is_not_the_service_client(engine: Engine) -> None:
    answer = engine.respond("Kunden kjører SO Web på egne servere og vil ha en ny fane på firmakortet med "
                            "serviceavtalene fra ERP-systemet. Hva bygger vi?")
    assert answer.explanation is not None
    assert not any(f.startswith("client Service") for f in answer.explanation.found)


def test_a_closing_aside_tells_who_asks(engine: Engine) -> None:
    answer = engine.respond("is Zapier only for the sellers, or for our service folks too? (goat cheese dairy)")
    assert not answer.fallback
    assert names(answer) == ["Zapier"]
    assert answer.explanation is not None
    assert any(f.startswith("client Service") for f in answer.explanation.found)


def test_a_running_verb_in_danish_is_no_unexplained_word(engine: Engine) -> None:
    answer = engine.respond("Kan vi bruge CRMScript når vores sejlklub har SuperOffice Service kørende i skyen?")
    assert not answer.fallback
    assert names(answer) == ["CRMScript"]


def test_tables_abbreviated(engine: Engine) -> None:
    answer = engine.respond("extra tbls on the cloud version for our support agents - possible?")
    assert names(answer) == ["Extra Tables"]
    assert not answer.fallback


@pytest.mark.parametrize(("question", "row"), [
    ("The partner who owns the account wants a VBScript in the installed Windows SuperOffice that runs when a sale is "
     "saved. which bit of SO is that?", "Windows Client"),
    ("Planetarium here. The visitor office runs SuperOffice (Sales + Service, cloud). The 'telescope' dropdown on "
     "requests and companies should just offer our 6 telescopes, maintained by hand by the admins, zero programming. "
     "Which config item is that?", "Lists"),
])
def test_a_row_asked_for_as_a_bit_or_an_item(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_a_server_in_the_back_office_is_no_erp(engine: Engine) -> None:
    answer = engine.respond("Each training we sell is a project in SuperOffice (on our own server in the back office). "
                            "I'd like each new course project to take the trainer through the same fixed stages: "
                            "booking, material, evaluation. which feature does that?")
    assert names(answer)[0] == "Project Guide"


def test_the_database_told_as_a_place_is_no_level(engine: Engine) -> None:
    answer = engine.respond("We host SuperOffice Web ourselves. When a contact card is saved, our own C# should sit "
                            "between the page and the database and fix a few values first. What is that called?")
    assert names(answer)[0] == "DataHandlers"


def test_a_topic_answers_the_details_its_text_gives(engine: Engine) -> None:
    answer = engine.respond("legacy Customer Service SOAP: which endpoint names go in the query string and what is the "
                            "path?")
    assert answer.intent == "topic-cs-soap"
    assert not answer.fallback
    said = " ".join([answer.verdict, *(p for section in answer.sections for p in section.paragraphs)])
    assert "SOAP.exe?action=" in said


@pytest.mark.parametrize(("question", "intent"), [
    ("Vilka nivåer av utbyggbarhet pratar man om hos SuperOffice? Har hört talas om en trappa.", "topic-levels"),
    ("My colleague keeps saying 'federated auth' for our cloud tenant. Explain it like I'm the accounting guy.",
     "topic-federated-auth"),
    ("For a standalone compiled integration program, which tech stacks are typical according to SuperOffice?",
     "topic-automation-vs-integration"),
])
def test_talk_about_a_concept_is_no_unexplained_word(engine: Engine, question: str, intent: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == intent
    assert not answer.fallback


def test_what_a_move_gains_is_a_list_whatever_the_story(engine: Engine) -> None:
    answer = engine.respond("Our brewery moves SuperOffice from the basement server to the cloud next month. Do we "
                            "gain anything we never had on our own server?")
    assert not answer.fallback
    assert sorted(names(answer)) == ["Database Mirroring", "Zapier"]


def test_a_full_list_asked_for_is_no_need_the_story_suggests(engine: Engine) -> None:
    answer = engine.respond("Full list please: everything Service can use on an onsite installation (we roast coffee, "
                            "25 staff, everything in-house).")
    assert answer.intent == "list"
    assert len(names(answer)) == 12


def test_the_release_a_row_first_appeared_in_is_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("In which SuperOffice release did CRMScript first appear?")
    assert answer.fallback
    assert names(answer) == ["CRMScript"]  # the row, known in one line, beside the honest fallback


def test_what_kind_of_language_a_row_is_is_its_description(engine: Engine) -> None:
    answer = engine.respond("Was für eine Sprache ist CRMScript eigentlich, und wo verwaltet man die Skripte?")
    assert answer.intent == "describe"
    assert not answer.fallback


def test_a_cloud_variant_follow_up_moves_the_platform(fresh_engine: Engine) -> None:
    fresh_engine.respond("Which integration points does the onsite web client have?", thread="cv")
    then = fresh_engine.respond("en hoe zit dat bij de cloudvariant?", thread="cv")
    assert then.intent == "platform"
    assert platform_id(then) == "web-client-online"


@pytest.mark.parametrize("question", [
    "An integration that talks to a SuperOffice-hosted tenant: how does it sign its users in?",
    "what about an app installed at the customer's premises - same login story?",
])
def test_signing_users_in_is_the_authentication_topic(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "topic-federated-auth"
    assert not answer.fallback


def test_the_support_team_is_the_service_client(fresh_engine: Engine) -> None:
    fresh_engine.respond("external API rows for the sales side please", thread="st")
    then = fresh_engine.respond("of those, which also work for the support team?", thread="st")
    assert sorted(names(then)) == ["Database Mirroring", "Restful", "SOAP"]


def test_the_place_named_right_before_lacks_is_what_lacks(engine: Engine) -> None:
    """"... on a server we run ourselves: what do they get that the hosted version lacks?": the hosted version
    lacks, not the service agents named earlier."""
    answer = engine.respond("service agents on a server we run ourselves: what do they get that the hosted version "
                            "lacks?")
    assert sorted(names(answer)) == ["Continuous Database", "NetServer Service", "SQL Scripts"]


def test_extension_points_tailored_to_one_client_are_a_list(engine: Engine) -> None:
    answer = engine.respond("Vilka utökningspunkter är skräddarsydda enbart för kundtjänst, inget för sälj?")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(client="Service", only_client=True)


def test_ways_to_hook_into_a_platform_in_dutch(engine: Engine) -> None:
    answer = engine.respond("We draaien SuperOffice CRM Online. Op welke manieren kan een externe app daarin haken?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "web-client-online"


def test_how_a_product_is_priced_is_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("Hvordan prissettes SuperOffice Service Online - fast avgift eller per bruker?")
    assert answer.fallback


def test_the_version_superoffice_hosts_is_a_place_not_a_version_asked(engine: Engine) -> None:
    answer = engine.respond("every new customer goes through the same route with us: site visit, offer, contract, "
                            "delivery. want SO to walk our sellers through exactly those stages per sale. we're on "
                            "the version SuperOffice hosts for us")
    assert not answer.fallback
    assert names(answer)[0] == "Sales Guide"


def test_the_same_rundown_for_another_platform_goes_on(fresh_engine: Engine) -> None:
    fresh_engine.respond("which hooks does a third-party tool get on the installed Windows client?", thread="rd")
    then = fresh_engine.respond("ok, now the same rundown for SO web hosted on our own IIS server", thread="rd")
    assert then.intent == "platform"
    assert platform_id(then) == "web-client-onsite"


@pytest.mark.parametrize(("question", "row"), [
    ("Web client: 'Object reference not set to an instance of an object' when a DataHandler saves", "DataHandlers"),
    ("Sales Guide stages not updated after import in SuperOffice Online", "Sales Guide"),
    ("NetServer scripting events: which ones exist for onsite Service?", "NetServer Service"),
])
def test_a_failure_or_a_rows_events_told_are_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """An error message (quoted, as error messages are), a value not updated, a row's own events: the row in one
    line, and the honest fallback."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]


@pytest.mark.parametrize("question", [
    "moving SO from the basement to Online. in use today: Document Plugins, CRMScript, Lists, Continuous Database. "
    "which of those are dead after the move?",
    "Our SO runs on our own hardware: Document Plugins, CRMScript, Lists, Continuous Database. The boss wants the "
    "cloud version. Which of those WON'T come with us?",
])
def test_rows_dead_after_a_move_are_the_ones_lost(engine: Engine, question: str) -> None:
    assert sorted(names(engine.respond(question))) == ["Continuous Database", "Document Plugins"]


@pytest.mark.parametrize("question", [
    "consulate on our own server, used by sales staff and the helpdesk. we want a script that runs on the application "
    "server itself whenever a person record is saved, whatever client saved it. does a scripting option like that "
    "exist?",
    "on-prem SO for sales and support. need a script on the app server each time a sale is saved - from any client. "
    "which option?",
])
def test_any_client_does_not_echo_the_windows_client(engine: Engine, question: str) -> None:
    assert names(engine.respond(question))[0] == "NetServer Service"


@pytest.mark.parametrize(("question", "platform"), [
    ("which spots in the installed Windows client can our CTI tool latch onto?", "windows-client"),
    ("SuperOffice Web on servers we own: every way we could bolt things on, please", "web-client-onsite"),
])
def test_spots_to_latch_onto_ask_for_a_platforms_points(engine: Engine, question: str, platform: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == platform


def test_where_the_customer_is_not_told_in_the_setup_filters_nothing(engine: Engine) -> None:
    answer = engine.respond("the customer is not in the cloud, they run it on their own servers. which external apis "
                            "can we use there?")
    assert names(answer) == seed_rows(onsite=True, level="External APIs")


def test_our_options_at_a_level_name_the_level_and_deny_no_platforms_rows(engine: Engine) -> None:
    """"our options at the configuration level" is the level (its level word), and "not on SuperOffice Online"
    denies a place, not the online web client's rows."""
    answer = engine.respond("we're not on SuperOffice Online - our SO is self-hosted. what are our options at the "
                            "configuration level?")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(onsite=True, level="Configuration")


def test_my_options_at_two_levels_list_both(engine: Engine) -> None:
    answer = engine.respond("For a customer on SuperOffice Online, what are my options at the workflow and scripting "
                            "levels?")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(online=True, level="UI Workflow") + seed_rows(online=True, level="Scripting")


def test_a_move_already_made_puts_the_customer_where_it_went(engine: Engine) -> None:
    answer = engine.respond("We migrated from onsite to SuperOffice Online in March, and finance had their reports "
                            "pointed at the old SQL Server so they keep working. Can they get a local copy of the "
                            "tenant's database that stays up to date?")
    assert names(answer)[0] == "Database Mirroring"


def test_a_new_page_in_the_docs_asked_for_is_no_custom_page(engine: Engine) -> None:
    answer = engine.respond("Maybe we need a new page in Docs about how to use SuperOffice together with Teams?")
    assert answer.fallback
    assert names(answer) == []


@pytest.mark.parametrize("question", [
    "is the legacy Customer Service SOAP interface deprecated? we still run an old integration on it and need to know "
    "if we must rewrite",
    "we need to call the legacy Customer Service SOAP endpoints from Rust. is there an official client library or "
    "proxy?",
])
def test_the_cs_soap_topic_named_is_the_subject_and_answers_its_road_map(engine: Engine, question: str) -> None:
    """The Customer Service SOAP services named are what is asked about (not the matrix's SOAP row a need cue would
    suggest), and their text answers deprecation and proxies."""
    answer = engine.respond(question)
    assert answer.intent == "topic-cs-soap"
    assert not answer.fallback
    assert "SOAP" not in names(answer)


def test_which_language_a_row_resembles_is_its_description(engine: Engine) -> None:
    answer = engine.respond("CRMScript - where do I write it, and which language does it resemble?")
    assert answer.intent == "describe"
    assert not answer.fallback


@pytest.mark.parametrize("question", [
    "how many flavours of SuperOffice are there when it comes to integrating with it?",
    "Welche SuperOffice-Plattformen gibt es eigentlich, und bieten alle Integrationsmöglichkeiten?",
])
def test_how_many_platforms_there_are_is_the_platforms_topic(engine: Engine, question: str) -> None:
    """Counting what the data holds (its platforms) is no limit beyond it."""
    answer = engine.respond(question)
    assert answer.intent == "topic-platforms"
    assert not answer.fallback


@pytest.mark.parametrize(("question", "row"), [
    ("ERP Sync Connector: does it connect to Fortnox natively, or do we need a third-party piece?",
     "ERP Sync Connector"),
    ("Quote Connector - which ERP systems already have a finished connector we can install?", "Quote Connector"),
])
def test_which_products_a_connector_supports_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]


@pytest.mark.parametrize(("question", "row", "verdict"), [
    ("MDO providers in Online? asking for a lighthouse keeper association", "MDO Providers", "No"),
    ("custom screens in the cloud? asking on behalf of a kayak rental", "Custom Screens", "Yes"),
])
def test_a_closing_sentence_telling_who_asks_is_setup(engine: Engine, question: str, row: str, verdict: str) -> None:
    """A last sentence after the question that nothing in it explains tells who asks; it asks nothing."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row
    assert answer.verdict.startswith(verdict)


@pytest.mark.parametrize(("question", "row"), [
    ("custom dialogs on the hosted tenant, one-liner answer please", "Custom Dialogs"),
    ("SAINT for the support desk, elevator-pitch answer pls", "SAINT"),
])
def test_a_request_for_a_short_answer_asks(engine: Engine, question: str, row: str) -> None:
    """A statement ending in "please" or "pls" asks; the form of answer asked for is no detail beyond the data."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


@pytest.mark.parametrize(("question", "row", "verdict"), [
    ("custom pages in CRM Online for a sailmaker's loft?", "Custom Pages", "No"),
    ("SAINT in the cloud at our alpaca wool mill?", "SAINT", "Yes"),
])
def test_closing_words_telling_for_whom_are_setup(engine: Engine, question: str, row: str, verdict: str) -> None:
    """"for a ...", "at our ..." closing the question, nothing in them understood, tell who asks."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row
    assert answer.verdict.startswith(verdict)


def test_the_hosted_superoffice_version_is_online_not_a_version_question(engine: Engine) -> None:
    answer = engine.respond("Gibt es Custom Dialogs in der gehosteten SuperOffice-Version?")
    assert not answer.fallback
    assert names(answer)[0] == "Custom Dialogs"
    assert answer.verdict.startswith("No")


@pytest.mark.parametrize(("question", "rows"), [
    ("Custom Screens: embedding a SuperMacro button that also closes the request", ["Custom Screens", "SuperMacro"]),
    ("Extra tables exposed as fields in Zapier's 'Update Contact' step", ["Extra Tables", "Zapier"]),
])
def test_two_rows_named_in_a_statement_about_something_else_is_no_comparison(
        engine: Engine, question: str, rows: list[str]) -> None:
    """A title that names two rows while it tells a task asks no comparison: beyond the data, both rows kept."""
    answer = engine.respond(question)
    assert answer.fallback
    assert sorted(names(answer)) == sorted(rows)


@pytest.mark.parametrize(("question", "row", "detail"), [
    ("Archive provider list stays blank after upgrading the web client", "Archive Providers", "error"),
    ("SuperMacro doesnt fire when the agent closes a request by e-mail", "SuperMacro", "error"),
    ("Triggers not firing for requests created by the web form, Service 10", "Triggers", "error"),
    ("Sentry plugin log files: which folder on the web server?", "Sentry Plugins", "config"),
])
def test_a_symptom_or_log_location_of_a_row_is_beyond_the_data(engine: Engine, question: str, row: str,
                                                                detail: str) -> None:
    """A symptom is an error detail, log files a config detail: said as such, with the row."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]
    assert answer.explanation.decision == f"asks for {'an' if detail[0] in 'aeiou' else 'a'} {detail} detail"


def test_nobody_able_to_code_and_everything_asked_lists_the_no_code_levels(engine: Engine) -> None:
    """"nobody can code" says how (the admin-page levels); "give me everything we can set up" asks a list."""
    answer = engine.respond("Service only, hosted by SuperOffice. no one can code here. give me everything our admin "
                            "can set up")
    assert answer.intent in ("list", "scenario")
    assert names(answer) == ["Preferences", "Lists", "Triggers", "SuperMacro", "Extra Tables", "Custom Screens",
                             "Zapier"]


@pytest.mark.parametrize("question", [
    "Lanseringsdato for neste versjon av SuperOffice Mobile?",
    "Who should I contact to get our connector certified for the app store?",
    "Customer Service SOAP.exe: return values of the ticket search call",
])
def test_release_dates_contacts_and_call_parameters_are_beyond_the_data(engine: Engine, question: str) -> None:
    """A release date, a person to contact, one call's parameters: nothing the data holds, whatever it names."""
    answer = engine.respond(question)
    assert answer.fallback


def test_a_detail_asked_is_no_request_for_help(engine: Engine) -> None:
    answer = engine.respond("Command-line argument for SoProtocol?")
    assert answer.intent != "help"
    assert answer.fallback


def test_values_picked_from_a_dropdown_and_maintained_are_lists(engine: Engine) -> None:
    answer = engine.respond("museum shop: helpdesk and sales both pick an 'exhibition' value from a dropdown on "
                            "requests and sales, and three new exhibitions need adding. SuperOffice runs in their "
                            "cloud for us. where do the admins maintain those values?")
    assert not answer.fallback
    assert names(answer)[0] == "Lists"


@pytest.mark.parametrize("question", [
    "Hvilket innebygd skriptspråk i Service-administrasjonen skal jeg bruke for å regne om frister på saker? Vi "
    "driver et bakeri.",
])
def test_the_built_in_scripting_language_is_crmscript(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer) == ["CRMScript"]


@pytest.mark.parametrize(("question", "rejected"), [
    ("Our PHP portal must update companies in SuperOffice over HTTP and JSON; SOAP is out of the question for our "
     "team. We are on CRM Online.", "SOAP"),
    ("Unser Java-Dienst soll Kontakte in SuperOffice anlegen; SOAP ist ausgeschlossen. SuperOffice läuft in der "
     "Cloud.", "SOAP"),
])
def test_a_row_rejected_right_after_its_name_is_set_aside(engine: Engine, question: str, rejected: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert rejected not in names(answer)
    assert names(answer)[0] == "Restful"


def test_a_row_not_an_option_somewhere_still_asks_where(engine: Engine) -> None:
    answer = engine.respond("So Database Mirroring is not an option for an onsite installation?")
    assert names(answer)[0] == "Database Mirroring"


def test_a_local_sql_copy_is_the_reporting_copy_not_sql_scripts(engine: Engine) -> None:
    answer = engine.respond("vinyl pressing plant: our data guy wants a local SQL copy of everything in our "
                            "tenant, kept up to date continuously. SuperOffice hosts it.")
    assert not answer.fallback
    assert names(answer)[0] == "Database Mirroring"


def test_a_german_move_back_from_the_cloud_lists_what_falls_away(engine: Engine) -> None:
    answer = engine.respond("Wir holen SuperOffice aus der Cloud zurück auf unseren eigenen Server. Wir nutzen "
                            "Database Mirroring, Triggers und Restful. Was fällt dabei weg?")
    assert answer.verdict.startswith("Moving from Online to onsite")
    assert names(answer)[0] == "Database Mirroring"


def test_an_event_that_acts_in_other_cloud_apps_without_code_is_zapier(engine: Engine) -> None:
    answer = engine.respond("tea importer: whenever sales wins a deal in SO we want a card in our kanban board and a "
                            "row in a google sheet, all with clicks, nothing coded. SuperOffice hosts us.")
    assert not answer.fallback
    assert names(answer)[0] == "Zapier"


@pytest.mark.parametrize(("question", "row"), [
    ("can a custom dialog remember the last values a user typed? we host SO ourselves", "Custom Dialogs"),
    ("can extra tables hold file attachments? we're on CRM Online", "Extra Tables"),
    ("does the ERP Sync Connector merge duplicate persons on import? asking for a hosted tenant", "ERP Sync Connector"),
])
def test_what_a_row_can_do_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """A yes/no question with a row as its subject and a verb of its own asks what the row can do."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer) == [row]


@pytest.mark.parametrize(("question", "verdict"), [
    ("can Document Plugins run in SuperOffice Online?", "No"),
    ("does SuperMacro work for the support desk?", "Yes"),
])
def test_where_a_row_works_asked_of_it_as_subject_is_answered(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.respond(question)
    assert not answer.fallback
    assert answer.verdict.startswith(verdict)


def test_a_label_with_a_cue_word_telling_where_is_setup(engine: Engine) -> None:
    answer = engine.respond("pretzel bakery, we host SO ourselves: zapier an option for us?")
    assert not answer.fallback
    assert answer.verdict.startswith("No")


def test_a_row_named_is_no_platforms_topic(engine: Engine) -> None:
    answer = engine.respond("Käserei fragt: laufen Sentry-Plugins in der Online-Variante von SuperOffice?")
    assert names(answer)[0] == "Sentry Plugins"
    assert answer.verdict.startswith("No")


def test_what_can_be_wired_into_a_platform_asks_its_points(engine: Engine) -> None:
    answer = engine.respond("dirndl boutique; the sellers use the phone apps (Pocket CRM / SO Mobile) all day. what "
                            "can be wired into those?")
    assert platform_id(answer) == "mobile"


def test_an_outside_facing_api_is_the_external_apis_level(engine: Engine) -> None:
    answer = engine.respond("our booking devs want Sales data through an outside-facing API. SO runs on our own "
                            "server, not their cloud. what's available?")
    assert names(answer) == ["SOAP", "Restful", "Quote Connector", "ERP Sync Connector"]


def test_no_code_asked_as_a_list_with_no_clear_goal_lists_the_no_code_levels(engine: Engine) -> None:
    answer = engine.respond("climbing gym, support desk only, zero programmers, and the thing runs in SuperOffice's "
                            "cloud. what can we set up ourselves without writing code?")
    assert names(answer) == ["Preferences", "Lists", "Triggers", "SuperMacro", "Extra Tables", "Custom Screens",
                             "Zapier"]


@pytest.mark.parametrize(("question", "row"), [
    ("SuperMacro runs twice when an agent double-clicks the button", "SuperMacro"),
    ("Custom screen field order ignored on the Service web client", "Custom Screens"),
    ("Sales guide stage counts show stale numbers after a data import", "Sales Guide"),
])
def test_symptoms_of_a_row_are_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer)[0] == row


def test_what_an_integration_point_holds_is_beyond_the_data(engine: Engine) -> None:
    answer = engine.respond("Windows client Event Subscriptions: complete list of the event names")
    assert answer.fallback


def test_what_kinds_of_extensions_a_platform_offers_is_its_points(engine: Engine) -> None:
    answer = engine.respond("our own IIS runs SO web. what kinds of extensions can we build: own controls on "
                            "standard pages, new dialogs, overriding buttons?")
    assert not answer.fallback
    assert platform_id(answer) == "web-client-onsite"


def test_a_policy_lifted_someday_is_the_online_restrictions_topic(engine: Engine) -> None:
    answer = engine.respond("any chance the no-DLL policy for hosted tenants gets lifted someday?")
    assert answer.intent == "topic-online-restrictions"
    assert not answer.fallback


def test_the_same_trio_of_steps_bundled_behind_one_action_is_supermacro(engine: Engine) -> None:
    answer = engine.respond("bicycle courier office. our agents do the same trio on each request: set the status, "
                            "paste a canned text, move it to the dispatch queue. want it bundled behind a single "
                            "action. SO Service in the cloud")
    assert names(answer)[0] == "SuperMacro"


def test_a_traffic_light_for_customers_gone_quiet_is_saint(engine: Engine) -> None:
    answer = engine.respond("organ builder, sellers on SO on our own server. companies should get a traffic-light "
                            "icon when they have gone quiet for a year. built in, no code. which row?")
    assert names(answer)[0] == "SAINT"


@pytest.mark.parametrize("question", [
    "Ferjeselskap her, SuperOffice Web på egne servere. Når noen lagrer et personkort i webklienten, vil vi skyte inn "
    "vår egen logikk i opprett/oppdater/slett av sidedataene. Hvilket utvidelsespunkt er det?",
    "We draaien de SuperOffice-webclient op eigen servers. Bij het aanmaken, wijzigen of verwijderen van gegevens op "
    "een pagina willen we onze eigen logica laten meedraaien. Wat overschrijf je daarvoor?",
])
def test_own_logic_in_the_web_clients_page_data_is_datahandlers(engine: Engine, question: str) -> None:
    """"our own logic" says nothing of where it runs; the web client's create, update and delete of page data do."""
    answer = engine.respond(question)
    assert names(answer)[0] == "DataHandlers"


def test_a_row_rejected_stays_out_when_the_need_goes_on(engine: Engine) -> None:
    """"what about onsite?" after "... SOAP is out of the question": the same need, the same rows rejected."""
    engine.respond("our Go service must update persons over HTTP and JSON; SOAP is out of the question. we are on "
                   "CRM Online.", thread="t-rejected")
    answer = engine.respond("and onsite?", thread="t-rejected")
    assert names(answer)[0] == "Restful"
    assert "SOAP" not in names(answer)


def test_what_dies_in_a_move_is_what_it_loses(engine: Engine) -> None:
    answer = engine.respond("we're moving from our own servers to Online. we use custom dialogs, SuperMacro and "
                            "restful - what dies?")
    assert answer.verdict.startswith("Moving from onsite to Online")
    assert names(answer)[0] == "Custom Dialogs"


def test_a_need_phrase_inside_a_longer_one_of_another_need_does_not_count(engine: Engine) -> None:
    """"on the company card" is part of "tab on the company card": a tab, not a field."""
    answer = engine.respond("onsite Sales customer wants an extra tab on the company card showing their ERP orders")
    assert names(answer)[0] == "Custom Pages"


@pytest.mark.parametrize("question", [
    "can we call a CRMScript from inside a SuperMacro?",
    "is it possible to start a trigger via the Restful API?",
])
def test_one_row_used_from_another_is_beyond_the_data(engine: Engine, question: str) -> None:
    """Two rows tied by "from", "via", "inside": how they work together, which the data does not say."""
    answer = engine.respond(question)
    assert answer.fallback
    assert len(names(answer)) == 2


def test_two_rows_asked_where_they_work_are_still_compared(engine: Engine) -> None:
    answer = engine.respond("can I use SAINT and Zapier online?")
    assert not answer.fallback


def test_a_program_called_a_service_names_no_client(engine: Engine) -> None:
    """"our Python service" is a program of the asker's, not the Service client: no client filter."""
    answer = engine.respond("our Python service must create persons over HTTP and JSON. we are on CRM Online. "
                            "which api?")
    assert names(answer)[0] == "Restful"
    assert "Service" not in answer.verdict


def test_a_list_at_the_head_of_a_hyphened_compound_asks_for_no_list(engine: Engine) -> None:
    """"a deny-list" is a thing named, and a place asked yes or no about it: no table of the rows that work there."""
    answer = engine.respond("Can logins to SuperOffice Online be blocked for unknown countries by a deny-list?")
    assert answer.intent != "list"
    assert not names(answer)


def test_extension_spots_ask_for_a_platforms_points(engine: Engine) -> None:
    answer = engine.respond("we're a cider press on the SuperOffice-hosted edition. our agency is writing an app "
                            "for us; which extension spots are there for it?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "web-client-online"


def test_handset_apps_are_the_mobile_clients(engine: Engine) -> None:
    answer = engine.respond("what integration points do the handset apps of our technicians have?")
    assert platform_id(answer) == "mobile"


def test_what_a_move_makes_us_give_up_is_what_it_loses(engine: Engine) -> None:
    answer = engine.respond("we host SO ourselves and go to SuperOffice Online next year. which matrix rows must we "
                            "give up?")
    assert "Custom Pages" in names(answer)
    assert "CRMScript" not in names(answer)


def test_a_compound_of_a_generic_word_is_no_word_nothing_explains(engine: Engine) -> None:
    """"Kassensystem" is a (cash register) system: the German question asks what Customer Service offers."""
    answer = engine.respond("Bäckerei hier: welche Schnittstellen bietet SuperOffice Kundenservice, damit unser "
                            "Kassensystem von außen Fälle anlegen kann?")
    assert platform_id(answer) == "customer-service"


@pytest.mark.parametrize("question", [
    "ERP Sync Connector: duplicate handling when both systems edit the same person",
    "Batch task plugin progress bar stays at zero percent",
])
def test_a_row_named_in_a_statement_about_something_else_is_beyond_the_data(engine: Engine, question: str) -> None:
    """A row's name in a title that tells a problem, nothing asking what the row is: not its description."""
    answer = engine.respond(question)
    assert answer.fallback


@pytest.mark.parametrize("question", [
    "MDO provider chokes when the ERP answers slowly",
    "MDO provider dropdown gets cut off in the contact dialog",
    "Docs: the MDO Providers page lacks an example for a custom list",
])
def test_symptoms_and_missing_examples_are_details_beyond_the_data(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback


def test_a_list_of_supported_things_of_a_row_is_what_it_holds(engine: Engine) -> None:
    """"supported triggers" of Zapier are Zapier's, not the Triggers row: what a row holds, beyond the data."""
    answer = engine.respond("SuperOffice's Zapier integration - list of supported triggers?")
    assert answer.fallback
    assert names(answer)[0] == "Zapier"


def test_a_topic_with_rows_of_its_own_does_not_answer_for_other_rows_named(engine: Engine) -> None:
    """"multi-tenant" is a sign-in word, but the rows named are the subject: where they work."""
    answer = engine.respond("Are Archive Providers and MDO Providers allowed in a multi-tenant Online setup?")
    assert answer.intent == "compare"
    assert set(names(answer)) == {"Archive Providers", "MDO Providers"}


def test_an_overview_of_the_levels_is_the_levels_topic(engine: Engine) -> None:
    answer = engine.respond("Overview: extensibility levels, briefly")
    assert answer.intent == "topic-levels"


def test_advice_on_an_approach_is_help(engine: Engine) -> None:
    """"approach" is a generic word: where to get advice is the forum and the SDK address."""
    answer = engine.respond("Where do I get advice on picking an integration approach?")
    assert not answer.fallback
    assert "sdk@superoffice.com" in text_of(answer)


def test_stubs_for_the_cs_legacy_web_services_are_its_proxies(engine: Engine) -> None:
    answer = engine.respond("generating client stubs for the customer service legacy web services")
    assert answer.intent == "topic-cs-soap"


def test_a_family_asked_for_ranks_its_rows_first(engine: Engine) -> None:
    """"which provider do we write?": the named dropdown (Lists) is the setting, the provider the answer."""
    answer = engine.respond("SO web on our own servers: one dropdown must get its values from our own code at runtime, "
                            "not from a list somebody maintains. which provider do we write?")
    assert names(answer)[0] == "MDO Providers"


def test_a_symptom_the_asker_wants_to_avoid_asks_no_error(engine: Engine) -> None:
    answer = engine.respond("SO on our own servers. a long recalculation of discounts must run in the background on "
                            "the server instead of crashing the browser session. what do we build?")
    assert not answer.fallback
    assert names(answer)[0] == "Batch Task Plugins"


def test_a_level_word_after_an_article_in_the_setup_is_a_thing(engine: Engine) -> None:
    """"a script in the browser" is a thing of the story, not the Scripting level asked for."""
    answer = engine.respond("SO web onsite. a script in the page's browser side must call our server code "
                            "asynchronously without a postback. which row is that?")
    assert names(answer)[0] == "Ajax Methods"


def test_our_own_row_after_a_modal_word_is_one_to_build(engine: Engine) -> None:
    answer = engine.respond("self-hosted SO web: the toolbar button on the sale must open our own popup window, "
                            "written in C#. which internal api is that?")
    assert names(answer)[0] == "Custom Dialogs"


def test_a_language_similar_to_javascript_is_crmscript(engine: Engine) -> None:
    answer = engine.respond("service team on SO online: a few lines written by us in the admin, syntax close to "
                            "JavaScript, filling in a due date on each ticket. what's that language called?")
    assert names(answer)[0] == "CRMScript"


def test_a_place_told_only_in_the_setup_keeps_the_need_asked(engine: Engine) -> None:
    """"what does SuperOffice offer?" after a need: the place (SO Online) is where, the need what is asked."""
    answer = engine.respond("we run SO online. our controller wants all CRM data copied into his own SQL Server, "
                            "refreshed automatically, for reporting. what does SuperOffice offer?")
    assert names(answer)[0] == "Database Mirroring"


def test_a_level_asked_in_the_plural_after_a_need_lists_the_level(engine: Engine) -> None:
    """"what outward-facing APIs do we have?": the level's rows where the asker is, not only the need's best."""
    answer = engine.respond("our ticket portal must read helpdesk data from outside; SuperOffice hosts us. what "
                            "outward-facing APIs do we have for that?")
    assert set(names(answer)) == {"SOAP", "Restful", "Database Mirroring"}


def test_a_window_is_no_windows_client(engine: Engine) -> None:
    answer = engine.respond("before an order is saved, a pop-up window must appear in the web client where reps "
                            "choose a size from our own code. SO runs on our own servers")
    assert names(answer)[0] == "Custom Dialogs"
    assert answer.platform is None or answer.platform.id != "windows-client"


def test_rows_that_wont_make_the_trip_are_what_a_move_loses(engine: Engine) -> None:
    answer = engine.respond("we leave our own SuperOffice server for SO Online in May. which matrix rows won't make "
                            "the trip?")
    assert "Sentry Plugins" in names(answer)
    assert "Zapier" not in names(answer)


def test_not_showing_up_is_a_symptom(engine: Engine) -> None:
    answer = engine.respond("MDO provider not showing up in the dropdown - what did I miss?")
    assert answer.fallback


def test_a_status_light_on_companies_is_saint(engine: Engine) -> None:
    answer = engine.respond("admin wants a status light on each company that turns red when nobody has called them "
                            "for a year. no code, we're online")
    assert names(answer)[0] == "SAINT"


def test_the_installed_desktop_program_in_swedish_is_the_windows_client(engine: Engine) -> None:
    answer = engine.respond("säljarna kör skrivbordsprogrammet och vi vill att ett litet skript körs varje gång de "
                            "sparar en kontakt. servern står hos oss")
    assert names(answer)[0] == "Windows Client"
    assert not answer.fallback


def test_internal_interfaces_in_german_are_the_internal_apis_level(engine: Engine) -> None:
    answer = engine.respond("Welche internen Schnittstellen gibt es für den Vertrieb auf eigenen Servern?")
    assert "Custom Pages" in names(answer)
    assert "Restful" not in names(answer)


def test_reps_who_may_only_see_their_own_companies_need_a_sentry_plugin(engine: Engine) -> None:
    answer = engine.respond("each rep may only see and edit companies of his region, enforced by our code on the "
                            "server. onsite")
    assert names(answer)[0] == "Sentry Plugins"


def test_not_triggered_is_a_symptom(engine: Engine) -> None:
    answer = engine.respond("Trigger not triggered when a request is moved to another category")
    assert answer.fallback


def test_importing_contacts_is_reading_and_writing_data_from_outside(engine: Engine) -> None:
    """"Which API ... import contacts ... Online": the web services, not every row that works online."""
    answer = engine.respond("Which API should I use to import 8,000 contacts into SuperOffice Online?")
    assert names(answer)[0] == "Restful"
    assert len(names(answer)) <= 3


def test_which_of_two_rows_is_newer_is_a_version_detail(engine: Engine) -> None:
    """After a comparison, "which one is newer?" asks when each came, which the data does not hold."""
    engine.respond("put Triggers and SuperMacro side by side", thread="t-newer")
    answer = engine.respond("which one is older?", thread="t-newer")
    assert answer.fallback
    assert set(names(answer)) == {"Triggers", "SuperMacro"}


def test_one_row_calling_another_is_how_they_work_together(engine: Engine) -> None:
    """"can CRMScript call the REST API?" asks what CRMScript can do, not where the two work side by side."""
    answer = engine.respond("is it possible for a SuperMacro to call the Restful API?")
    assert answer.fallback
    assert set(names(answer)) == {"SuperMacro", "Restful"}


def test_a_custom_endpoint_of_our_own_is_beyond_the_data(engine: Engine) -> None:
    """Not "Yes. Restful works in Online": whether one may build an endpoint of one's own is not in the data."""
    answer = engine.respond("can we add our own REST endpoint to a SuperOffice Online tenant?")
    assert answer.fallback
    assert not answer.verdict.startswith("Yes")


def test_overriding_a_button_online_is_not_adding_one(engine: Engine) -> None:
    """"override the save button" names the onsite Web client's overriding of most buttons; "button" alone also
    names the online custom buttons, which add a button and override none: No, not Yes."""
    answer = engine.respond("in SuperOffice Online, can we override what the save button on the company does?")
    assert answer.verdict.startswith("No")


def test_skipping_the_online_only_rows_leaves_them_out(engine: Engine) -> None:
    answer = engine.respond("we host SO ourselves. which external API rows can we use? skip the online-only ones")
    assert "Database Mirroring" not in names(answer)
    assert "Restful" in names(answer)


def test_the_reps_are_the_sales_client(engine: Engine) -> None:
    answer = engine.respond("which options in the cloud are only for our reps?")
    assert "SAINT" in names(answer)
    assert "Triggers" not in names(answer)


def test_moving_from_online_to_own_servers_in_german_loses_the_online_rows(engine: Engine) -> None:
    answer = engine.respond("Wir sind heute in SuperOffice Online und ziehen bald auf eigene Server um. Was fällt "
                            "dabei weg?")
    assert set(names(answer)) == {"Zapier", "Database Mirroring"}


@pytest.mark.parametrize("question", [
    "Custom page loses its values after saving twice (onsite 10.1)",
    "User-defined field of type decimal: which field type for money?",
    "Zapier trigger runs every 15 minutes - can that be faster?",
])
def test_more_details_beyond_the_data(engine: Engine, question: str) -> None:
    """A symptom, a field type and speed: beyond the data."""
    answer = engine.respond(question)
    assert answer.fallback


def test_the_ticket_module_is_customer_service(engine: Engine) -> None:
    engine.respond("what can an outside app hook into in the Windows client?", thread="t-ticket")
    answer = engine.respond("and the same for the ticketing module?", thread="t-ticket")
    assert platform_id(answer) == "customer-service"


def test_still_true_goes_on_with_the_earlier_row(engine: Engine) -> None:
    engine.respond("SAINT on a self-hosted SO: ok?", thread="t-still")
    answer = engine.respond("still true with SO hosting it for us?", thread="t-still")
    assert names(answer) == ["SAINT"]
    assert answer.verdict.startswith("Yes. SAINT works in Online")


def test_hooks_asked_with_an_environment_are_the_web_client_points_there(engine: Engine) -> None:
    """"Hooks" is the seeds' own word for integration points: asked with online, the online Web client's."""
    answer = engine.respond("our partner add-on targets tenants in the SaaS edition; what hooks are there for us?")
    assert platform_id(answer) == "web-client-online"


@pytest.mark.parametrize("question", [
    "we need our finance team's warehouse to hold an always-current copy of the CRM data. we are not on-premise",
    "controller wants a synced copy of our data in his own database for Power BI; we don't run SO ourselves",
])
def test_a_denied_place_puts_a_need_in_the_other_one(engine: Engine, question: str) -> None:
    """"We're not onsite" is where the asker is: options that work only onsite are not offered."""
    answer = engine.respond(question)
    assert names(answer) == ["Database Mirroring"]


def test_a_negation_before_at_theirs_is_no_negation_of_the_place_before(engine: Engine) -> None:
    """"op onze eigen servers, niet bij hen": the negation is of "bij hen", not of the own servers."""
    answer = engine.respond("bakkerij: we willen een kopie van de data voor rapportage. SuperOffice draait op onze "
                            "eigen servers, niet bij hen")
    assert names(answer)[0] == "SQL Scripts"


@pytest.mark.parametrize(("question", "expected"), [
    ("we go from our own SO server to Online. which options do our helpdesk people stop having?",
     {"NetServer Service", "Continuous Database", "SQL Scripts"}),
    ("Vi flytter fra egen server til SuperOffice Online. Hvilke muligheder skal vi sige farvel til?",
     {r for r, (_, _, on, off) in SEED.items() if on and not off}),
    ("We gaan van onze eigen server naar SuperOffice Online. Welke opties komen erbij?",
     {r for r, (_, _, on, off) in SEED.items() if off and not on}),
])
def test_more_words_for_what_a_move_loses_or_gains(engine: Engine, question: str, expected: set[str]) -> None:
    assert set(names(engine.respond(question))) == expected


def test_a_detail_word_inside_a_need_describes_the_need(engine: Engine) -> None:
    """"get JSON back without reloading the page" tells the need (Ajax Methods), it asks for no API detail."""
    answer = engine.respond("self-hosted web client: JavaScript on one of our pages has to call a server-side C# "
                            "method and get JSON back without reloading the page")
    assert not answer.fallback
    assert names(answer)[0] == "Ajax Methods"


def test_office_hours_in_a_need_are_no_question_for_people(engine: Engine) -> None:
    answer = engine.respond("when a ticket arrives outside office hours we want it to fire an automatic reply "
                            "and raise its priority, on the event itself")
    assert not answer.fallback


def test_a_stressed_word_reads_as_the_word(engine: Engine) -> None:
    """"dér" is "der" stressed, as Nordic writers do: nothing the data leaves unexplained."""
    answer = engine.respond("Vores firma har SuperOffice på egen server. Må sælgerne bruge SAINT dér?")
    assert names(answer) == ["SAINT"]
    assert answer.verdict.startswith("Yes")


def test_the_support_module_is_customer_service(engine: Engine) -> None:
    answer = engine.respond("the support module runs on our own server - how can an external tool plug into it?")
    assert platform_id(answer) == "customer-service"


def test_pointing_an_integration_at_online_is_about_sign_in(engine: Engine) -> None:
    """Seed 002: the only difference between the environments for integrations is how they authenticate."""
    answer = engine.respond("our integration talks to an on-prem SuperOffice today. anything different when we "
                            "point it at SuperOffice Online?")
    assert answer.intent == "topic-federated-auth"


def test_each_device_in_a_mobile_thread_is_the_mobile_clients(engine: Engine) -> None:
    engine.respond("the SuperOffice phone apps: can they be extended?", thread="t-dev")
    answer = engine.respond("what is configured on each device then?", thread="t-dev")
    assert platform_id(answer) == "mobile"
    assert "web panel" in text_of(answer).lower()


def test_filter_to_narrows_the_list_just_shown(engine: Engine) -> None:
    engine.respond("all rows on the Database level please", thread="t-filter")
    answer = engine.respond("filter to the onsite-capable ones", thread="t-filter")
    assert set(names(answer)) == {r for r, (lvl, _, on, _) in SEED.items() if lvl == "Database" and on}
    assert not engine.respond("filter to the onsite-capable ones").items  # asked alone: nothing to narrow


@pytest.mark.parametrize("question", [
    "a freelancer is writing us an Android app that must read and write our CRM appointments with JSON over https",
    "our intern is building a little phone app that has to read and write SO contacts, plain https and json",
])
def test_a_phone_app_the_asker_makes_is_no_mobile_client(engine: Engine, question: str) -> None:
    """An app being built is the asker's own, not SuperOffice's mobile clients (which offer only web panels)."""
    answer = engine.respond(question)
    assert answer.platform is None
    assert names(answer)[0] == "Restful"


def test_building_for_the_mobile_app_is_still_the_mobile_clients(engine: Engine) -> None:
    answer = engine.respond("we are building an add-on for the SuperOffice mobile app - what can it offer us?")
    assert platform_id(answer) == "mobile"


def test_a_personal_pronoun_before_an_unknown_word_points_back(engine: Engine) -> None:
    """"can they hide fields?" after a row asks a detail of that row ("they" is no determiner like "these")."""
    engine.respond("what are sentry plugins?", thread="t-they")
    answer = engine.respond("can they hide single fields?", thread="t-they")
    assert answer.fallback
    assert names(answer)[0] == "Sentry Plugins"


def test_thanks_in_other_words_is_small_talk(engine: Engine) -> None:
    answer = engine.respond("thanks, that was very helpful")
    assert answer.intent == "thanks"


def test_a_point_neither_web_client_lists_is_a_no_for_the_web_client(engine: Engine) -> None:
    """Seed 002 lists the COM Email Plugin for the Windows client only: asked of "the web client", the answer
    is No for both Web clients, not Yes for the Windows client."""
    answer = engine.respond("does the web client support an email plugin?")
    assert answer.verdict.startswith("No"), answer.verdict
    assert "Web client (onsite)" in answer.verdict
    assert "Web client (online)" in answer.verdict
    assert "Windows client" in answer.verdict


@pytest.mark.parametrize(("question", "expected"), [
    ("Extension points that only work on a self-hosted SuperOffice",
     {r for r, (_, _, on, off) in SEED.items() if on and not off}),
    ("we are leaving our own server for SO Online. helpdesk team: which extension points carry over?",
     {r for r, (_, cl, on, off) in SEED.items() if on and off and "Service" in cl}),
])
def test_points_asked_by_where_they_work_are_rows(engine: Engine, question: str, expected: set[str]) -> None:
    """"Extension points" asked with "only there" or with a move are rows by where they work, not the
    integration points of the web client there."""
    answer = engine.respond(question)
    assert answer.platform is None
    assert set(names(answer)) == expected


def test_what_does_not_carry_over_is_what_a_move_loses(engine: Engine) -> None:
    answer = engine.respond("we go from onsite to SuperOffice Online. which rows won't carry over?")
    assert set(names(answer)) == {r for r, (_, _, on, off) in SEED.items() if on and not off}


def test_one_codebase_for_both_environments_is_about_sign_in(engine: Engine) -> None:
    answer = engine.respond("partner dev: a single codebase serves our on-prem customers and Online tenants. what "
                            "differs on the web services side?")
    assert answer.intent == "topic-federated-auth"


def test_support_cases_pushed_into_so_are_data_not_a_request(engine: Engine) -> None:
    """"support cases" pushed into SuperOffice are records; only "open a support case" asks SuperOffice for help."""
    answer = engine.respond("our agency pushes web-form leads and support cases into SO from a Node backend, "
                            "JSON over https. SO is on our own server")
    assert not answer.fallback
    assert names(answer)[0] == "Restful"


def test_the_svc_desk_is_the_service_client(engine: Engine) -> None:
    engine.respond("quote connector in the cloud - ok?", thread="t-svc")
    answer = engine.respond("for the svc desk too?", thread="t-svc")
    assert names(answer) == ["Quote Connector"]
    assert answer.verdict.startswith("No")


def test_a_client_alone_at_a_level_where_rows_are_shared_says_so(engine: Engine) -> None:
    """No Configuration row is Service's alone; Preferences and Lists serve Service too. The verdict must not
    say that none of the level's rows serves Service."""
    answer = engine.respond("configuration-level rows for the helpdesk only")
    expected = {r for r, (lvl, cl, _, _) in SEED.items() if lvl == "Configuration" and "Service" in cl}
    assert set(names(answer)) == expected
    assert "none of them serves" not in answer.verdict


def test_that_list_narrows_the_list_just_shown(engine: Engine) -> None:
    engine.respond("every row at the configuration level", thread="t-that-list")
    answer = engine.respond("now a Service-only view of that list", thread="t-that-list")
    assert answer.platform is None
    expected = {r for r, (lvl, cl, _, _) in SEED.items() if lvl == "Configuration" and "Service" in cl}
    assert set(names(answer)) == expected


def test_which_tier_a_row_sits_in_is_answered_from_the_data(engine: Engine) -> None:
    """The level is a column of the matrix: "which tier ... exactly?" is no detail beyond the data."""
    answer = engine.respond("SAINT sits in which layer of the stairs, exactly?")
    assert not answer.fallback
    assert names(answer) == ["SAINT"]
    assert SEED["SAINT"][0] in answer.verdict


def test_that_tier_is_the_level_of_the_row_just_talked_about(engine: Engine) -> None:
    engine.respond("what is CRMScript?", thread="t-tier")
    answer = engine.respond("show everything on that level that works onsite", thread="t-tier")
    level = SEED["CRMScript"][0]
    assert set(names(answer)) == {r for r, (lvl, _, on, _) in SEED.items() if lvl == level and on}


@pytest.mark.parametrize("question", [
    "could Sales Guide send our invoices to the ERP every night?",
    "kann ein SuperMacro jede Nacht einen Export laufen lassen?",
])
def test_a_row_asked_for_a_need_the_data_lists_other_rows_for_is_beyond_it(engine: Engine, question: str) -> None:
    """Whether a row can do what the data lists other rows for is not in the data: no "best fit is <that row>"."""
    answer = engine.respond(question)
    assert answer.fallback
    assert "best fit" not in answer.verdict


def test_a_row_asked_for_its_own_need_is_answered(engine: Engine) -> None:
    answer = engine.respond("can CRMScript run our cleanup every night in SuperOffice Online?")
    assert not answer.fallback
    assert names(answer)[0] == "CRMScript"


def test_a_row_named_by_one_word_of_the_need_is_part_of_the_need(engine: Engine) -> None:
    """"a read-only list ... pulled from our own database" in the self-hosted web client: "list" names Lists, but
    here it tells the need (own search results), whose row is Archive Providers."""
    answer = engine.respond("self-hosted SO web: we want an additional list in the archive showing orders from our "
                            "shop database, read-only and searchable like the other lists")
    assert names(answer)[0] == "Archive Providers"


def test_moving_everything_is_no_list_of_every_row(engine: Engine) -> None:
    """"and if we move everything to the cloud?" after a row asks about that row there: "everything" is what
    moves, not every row."""
    engine.respond("can our helpdesk use the SOAP web services on our own server?", thread="t-all")
    answer = engine.respond("and if we move everything to SuperOffice Online?", thread="t-all")
    assert names(answer) == ["SOAP"]


def test_what_they_keep_after_a_move_is_what_still_works(engine: Engine) -> None:
    answer = engine.respond("our support people leave the on-prem install for SuperOffice Online in May. which "
                            "options do they keep?")
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and off and "Service" in cl}


def test_one_day_the_same_options_online_is_the_online_restrictions(engine: Engine) -> None:
    answer = engine.respond("will the cloud edition one day get the same customizing options as onsite?")
    assert answer.intent == "topic-online-restrictions"


def test_works_the_same_way_continues_with_the_row(engine: Engine) -> None:
    engine.respond("Sentry Plugins - för sälj eller kundtjänst?", thread="t-same")
    answer = engine.respond("Fungerar det på samma sätt för SuperOffice Online-kunder?", thread="t-same")
    assert names(answer)[0] == "Sentry Plugins"
    assert answer.verdict.startswith("No")


@pytest.mark.parametrize(("question", "expected"), [
    ("our dba would like to run an update statement directly on the database to merge duplicate companies. we "
     "host it ourselves", "SQL Scripts"),
    ("on our own server: the sellers must not see the purchase margin on any sale, only finance may - our "
     "developer would check the rights whenever the data is read", "Sentry Plugins"),
    ("self-hosted SO web: the reps want an extra list on the company card, like the activities list, with invoices "
     "from our ERP - they only search and sort, never change anything", "Archive Providers"),
    ("SO Online: a coloured flag on each company nobody has contacted for half a year, please", "SAINT"),
    ("SuperOffice Online: the system should count visits per customer and put a status marker on the company card, no "
     "code", "SAINT"),
    ("in our self-hosted web client the 'vessel' dropdown gets its values at runtime from our own code reading the "
     "fleet database", "MDO Providers"),
    ("on-prem: the 'grade' dropdwon must be filled live by our C# code. which thing feeds a dropdown list from code?",
     "MDO Providers"),
    ("helpdesk in the cloud: a new request with 'refund' in the subject must go to finance automatically; our policy "
     "forbids any scripting. which feature?", "Triggers"),
    ("our analysts want every CRM record replicated into our own data lake, we are on SuperOffice Online",
     "Database Mirroring"),
    ("onsite customer wants no-code automation between SuperOffice and their event platform", "Zapier"),
    ("our support agents on SO Online repeat the same routine on every refund question: set the category, pick the "
     "reply template, close it. can the whole routine be one button?", "SuperMacro"),
    ("two python scripts on a small box in our workshop have to fetch persons and update a sale's status from outside "
     "SO with plain GET/PUT calls. onsite version", "Restful"),
    ("our own server runs SO. the reps want a status flag on each company that counts how many meetings it had "
     "this quarter", "SAINT"),
    ("SO Online here. our webshop and SO should be wired together so each buyer becomes a contact - point and "
     "click, no developers", "Zapier"),
    # a need phrase without its articles, as writers whose languages have none say it ("on contact card")
    ("our sellers in cloud miss place for shoe size on contact card. which functionality to use?",
     "User-defined Fields"),
    # "the articles" of an offer are its products, not an article of the docs
    ("we host SuperOffice ourselves. the articles and their prices in each offer must come from our product "
     "catalogue system, which integration?", "Quote Connector"),
    # a small window opening over the page is a dialog; "which extensibility point?" asks for a row
    ("our web client runs on premises. a click in a project should bring up a small window asking two things, "
     "written in C# by us. which extensibility point?", "Custom Dialogs"),
    # a form (skjema, Formular) is a screen: Custom Screens' distinctive word, not Extra Tables' shorter description
    ("our helpdesk team in the cloud wants an intake form we design ourselves - our fields, our buttons, our "
     "layout - opened from a ticket. which row?", "Custom Screens"),
    # a need's pair of words ten words apart ("a dropdown in the web UI, and the values must come live")
    ("winery, self-hosted. sellers pick a grape from a dropdown in the web UI, and the values must come live out "
     "of our vineyard register through provider code of ours. which row?", "MDO Providers"),
    # "a rule in the admin pages, without writing code" rules out a script written there (admin-scripts'
    # `unless`), so the ticket event is the need; "SuperOffice Service" names the client, no platform the asker has
    ("our helpdesk runs SuperOffice Service in the cloud. when arrives a request with 'refund' in the subject, it "
     "should go to finance automatically. the admin says it is only configuring a rule in the admin pages, without "
     "writing code. what is it called?", "Triggers"),
])
def test_more_needs_in_the_askers_words(engine: Engine, question: str, expected: str) -> None:
    assert names(engine.respond(question))[0] == expected


def test_a_constraint_told_beside_a_need_brings_the_row_that_meets_it(engine: Engine) -> None:
    """New shop orders becoming persons is data access from outside (REST, SOAP: code); told that nobody
    codes, the row that does it without code (Zapier, online only) comes first - and only then."""
    question = "SO Online tenant: each order in our Shopify store should create the buyer as a person in SuperOffice"
    assert "Zapier" not in names(engine.respond(question))
    answer = engine.respond(question + ". we have zero developers")
    assert names(answer)[0] == "Zapier"
    assert {"Restful", "SOAP"} <= set(names(answer))


@pytest.mark.parametrize(("question", "told"), [
    ("we have zero developers, what can we set up ourselves?", True),
    ("there are no in-house programmers here", True),
    ("wir haben keine eigenen Entwickler, was geht trotzdem?", True),
    ("we don't have any developers on staff", True),
    ("our developers are not sure which API to use", False),
    ("the developer has not replied about REST", False),
])
def test_a_negated_developer_tells_that_nothing_is_coded(matcher_of: Matcher, question: str, told: bool) -> None:
    assert ("no-code" in {m.value for m in matcher_of.read(question)[1].mentions if m.kind == "need"}) is told


def test_whenever_alone_tells_no_need(engine: Engine) -> None:
    """"whenever we talk about it" tells when someone speaks, not code run on a save: the list asked stands."""
    answer = engine.respond("the vendor keeps mentioning 'internal APIs' whenever we meet. please list everything "
                            "that belongs to that group")
    assert set(names(answer)) == {r for r, (lvl, _, _, _) in SEED.items() if lvl == "Internal APIs"}


def test_which_of_those_after_a_list_sifts_that_list_however_long(engine: Engine) -> None:
    engine.respond("show me the Database level rows", thread="t-those")
    answer = engine.respond("great, thank you. which of those could our helpdesk team still use once SuperOffice "
                            "hosts everything for us next year?", thread="t-those")
    assert answer.platform is None
    assert set(names(answer)) == {r for r, (lvl, _, _, _) in SEED.items() if lvl == "Database"}
    assert "none of them works there" in answer.verdict  # the Database rows are onsite only


def test_the_web_clients_own_description_explains_a_generic_web_client_question(engine: Engine) -> None:
    """Seed 002: the onsite Web client spares the extra licence fees of disconnected functionality such as
    Travel - "Travel" is the web client's own word, not one nothing explains."""
    answer = engine.respond("self-hosted: is the web client better than the Windows client with Travel for reps "
                            "on the road?")
    assert not answer.fallback
    assert "Travel" in text_of(answer)


@pytest.mark.parametrize("question", [
    "Access token lifetime with federated auth in CRM Online",
    "Web services in SuperOffice Online: expiry of the access token",
    "Cost of the Zapier integration for SuperOffice Online customers",
    "ERP sync connector sample project fails to compile after the upgrade",
    "Batch task plugins: must everyone be logged out while they run?",
    "Zapier: what is the polling interval of the 'new contact' trigger?",
    "Archive providers: are results cached, and for how long?",
    "Custom Dialogs: 'could not load file or assembly' after deploying to the web server",
    "Batch Task Plugins: wie lange darf ein Auftrag laufen?",
    "Database Mirroring: which subscription plan includes it?",
    "Zapier: does the free subscription cover the SuperOffice app?",
])
def test_lifetimes_prices_builds_intervals_and_sessions_are_beyond_the_data(engine: Engine, question: str) -> None:
    """A token's lifetime, a price or subscription, a build or load error, a polling interval, a cache, a
    session: details the data does not hold, answered with the forum."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Batch Task Plugins: how to make one start every night at 03:00 on our server", "Batch Task Plugins"),
    ("SuperMacro: what is the execution order when two macros are on one button?", "SuperMacro"),
    ("Var hittar jag standardlösenordet för SOAP-tjänsterna?", "SOAP"),
    ("Hvor finner jeg admin-passordet til NetServer Service?", "NetServer Service"),
])
def test_steps_order_and_compound_details_of_a_named_row_are_beyond_the_data(engine: Engine, question: str,
                                                                            row: str) -> None:
    """Steps for a row the message names (not which row serves a need), the order things run in, and a detail
    that ends a compound word ("standardlösenordet": a password): what is known of the row, and the forum."""
    answer = engine.respond(question)
    assert answer.fallback
    assert names(answer)[:1] == [row]
    assert FORUM_URL in text_of(answer)


def test_the_askers_setting_repeated_in_a_follow_up_is_no_new_question(engine: Engine) -> None:
    """Words nothing explains that the thread already heard ("the leather tannery") are the asker's setting:
    "and for the helpdesk crew at the leather tannery?" still has no subject of its own - but new ones make a
    question of its own."""
    engine.respond("Can our sellers at the leather tannery use the ERP Sync Connector in SuperOffice Online?",
                   thread="t-set")
    answer = engine.respond("thanks, and for the helpdesk crew at the leather tannery?", thread="t-set")
    assert names(answer) == ["ERP Sync Connector"]
    assert answer.explanation.followup == "no subject of its own"
    engine.respond("Can our sellers at the leather tannery use the ERP Sync Connector in SuperOffice Online?",
                   thread="t-new")
    answer = engine.respond("thanks, and for the helpdesk crew at the bakery kiosk?", thread="t-new")
    assert answer.explanation.followup != "no subject of its own"


def test_a_row_compared_with_the_earlier_one_comes_first(engine: Engine) -> None:
    """"Document Plugins, same story or different?" after Sentry Plugins asks about Document Plugins, beside the
    thread's row."""
    engine.respond("Sentry Plugins: only on our own servers?", thread="t-cmp-new")
    answer = engine.respond("Document Plugins, same story or different?", thread="t-cmp-new")
    assert answer.explanation.followup in ("compares with an earlier row", "says the earlier subject goes on")
    assert names(answer)[:2] == ["Document Plugins", "Sentry Plugins"]


@pytest.mark.parametrize("question", [
    "we leave our own server for SuperOffice Online in spring - which Service options remain available after that?",
    "our helpdesk moves from on-prem to SuperOffice Online. what stays at our disposal for Service?",
])
def test_what_stays_available_after_a_move_is_what_works_in_both_places(engine: Engine, question: str) -> None:
    """What remains or stays available after a move is what works where they were and where they go - not the
    rows only the new place has."""
    answer = engine.respond(question)
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and off and "Service" in cl}


def test_a_row_alias_that_is_a_phrase_of_the_need_tells_the_need(engine: Engine) -> None:
    """"adding extra fields to the card" is a phrase of the need (an extra value on companies), though "extra
    fields" is also an alias of Extra Tables: the need's best row answers, not "No, Extra Tables is Service's"."""
    answer = engine.respond("the reps want a 'deposit paid' box on every company card, there is no such field yet. "
                            "is that an admin job, adding extra fields to the card? we run our own server")
    assert names(answer)[0] == "User-defined Fields"
    assert not answer.verdict.startswith("No")


def test_a_negation_in_brackets_stays_in_them(matcher_of: Matcher) -> None:
    frame = matcher_of.read("we'd like server-side scripts (not in the browser, not in the admin pages) on our own "
                            "servers")[1]
    assert frame.constraints.envs == (Env.ONSITE,)
    assert frame.constraints.not_envs == ()


def test_a_need_told_in_two_parts_is_one_ask(engine: Engine) -> None:
    """Split at its commas, "scripts executing within the application server ..., reacting to calls that touch
    sales plus service data" is one need (NetServer scripting), not two asks for two rows."""
    answer = engine.respond("Our developers want scripts executing within the application server itself (not in the "
                            "browser, not in the admin pages) on our own hardware, reacting to calls that touch sales "
                            "plus service data. What is that called, and does it survive a move to the hosted "
                            "edition?")
    assert names(answer)[0] == "NetServer Service"


def test_a_constraint_met_only_elsewhere_says_so(engine: Engine) -> None:
    """Told "no coding" onsite, the row that connects cloud apps without code (Zapier) works online only: the
    answer says that nothing does it there the way asked, then what works there instead - the need's own rows
    first."""
    answer = engine.respond("every new contact should land in our mailchimp list automatically - no coding at all. "
                            "we host SuperOffice ourselves")
    assert names(answer)[:2] == ["Zapier", "Restful"]
    assert "nothing in the matrix does it onsite" in answer.verdict
    assert "online only" in answer.verdict


@pytest.mark.parametrize("question", [
    "cheese shop, moving off our own server to SuperOffice Online next month - which customizing options do my "
    "sellers keep after the move?",
])
def test_moving_off_a_place_is_where_the_move_starts(engine: Engine, question: str) -> None:
    """The "off" of "moving off our own server" says where the move starts, not a place denied; what the
    sellers keep after the move is what works in both places."""
    answer = engine.respond(question)
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and off and "Sales" in cl}


@pytest.mark.parametrize("question", [
    "our support gang is on SuperOffice Online - everything they can use, please",
    "list what the kundesupport users have in the cloud",
])
def test_a_support_word_before_a_people_word_is_the_service_client(engine: Engine, question: str) -> None:
    """"support" alone is a verb as often as the desk ("does it support ..."), but before a word for the people
    who use it ("support gang", "support ppl") it is the Service client."""
    answer = engine.respond(question)
    assert set(names(answer)) == {r for r, (_, cl, _on, off) in SEED.items() if off and "Service" in cl}


def test_a_place_or_client_word_inside_a_quoted_label_is_no_filter(matcher_of: Matcher) -> None:
    """"a 'service due' field" names the asker's field; only a quote of filter words alone ("a client cell
    reading 'Sales, Service'") still names clients."""
    frame = matcher_of.read("the sellers want a 'next service date' box on each company card")[1]
    assert frame.constraints.clients == (Client.SALES,)
    frame = matcher_of.read("the sellers want an 'online since' box on each company card")[1]
    assert frame.constraints.envs == ()
    frame = matcher_of.read("rows whose client cell reads 'Sales, Service', all of them")[1]
    assert set(frame.constraints.clients) == {Client.SALES, Client.SERVICE}


@pytest.mark.parametrize(("question", "row"), [
    ("Problem: the Quote Connector stops working when the ERP is slow. Expected result: a retry.", "Quote Connector"),
    ("zapier and a trigger both change the same field - which one wins?", "Zapier"),
    ("how big a commission does the app store take on a partner app for CRM Online?", None),
    ("SuperMacro - agents run it by hotkey?", "SuperMacro"),
    ("ERP Sync Connector changed a phone number our seller had just edited. which side wins a conflict?",
     "ERP Sync Connector"),
])
def test_a_bug_report_a_share_or_a_shortcut_is_beyond_the_data(engine: Engine, question: str, row: str | None
                                                                ) -> None:
    """A bug report (what stops or comes back wrong, expected against actual, which write wins), a revenue share
    and a keyboard shortcut are details the data does not hold: the forum, with the row it names."""
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.verdict)
    assert (names(answer)[:1] or [None])[0] == row
    assert FORUM_URL in text_of(answer)


def test_something_only_in_one_place_and_not_the_other_is_a_list(engine: Engine) -> None:
    """"Is there something that ... only in the cloud and not on our own installation?" asks which rows work in
    one place and not the other - no pronoun pointing back at an earlier answer."""
    answer = engine.respond("is there anything that is only in the cloud, not on own installation?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if off and not on}


@pytest.mark.parametrize("question", [
    "which options serve the sellers and support alike, but only when we host it ourselves?",
    "what do support + sales both get, only on our own servers?",
])
def test_support_joined_to_a_client_is_the_service_client(engine: Engine, question: str) -> None:
    """"support" joined to a client word by "and", "+" is the Service client ("sellers and support"); with "both"
    or "alike", the rows serving both, not a need the descriptions suggest."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and not off and len(cl) == 2}


def test_one_client_against_the_other_is_a_list_not_a_described_need(engine: Engine) -> None:
    answer = engine.respond("we breed alpacas. which customisations exist just for the support side, not for sellers "
                            "at all?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if cl == ("Service",)}


@pytest.mark.parametrize("question", [
    "when our online tenant gets same customizing possibilities as onsite version?",
    "CRM Online: same possibilities as onsite, when?",
])
def test_the_same_possibilities_as_onsite_asks_about_the_online_restrictions(engine: Engine, question: str) -> None:
    """When Online gets the same possibilities as onsite is the question of its restrictions (no date, tenant
    security), not a list of what Online has."""
    answer = engine.respond(question)
    assert answer.intent == "topic-online-restrictions"


def test_a_word_or_two_tell_no_need_of_their_own(engine: Engine) -> None:
    """"and if we keep the installation on our own server?" has one word the needs' descriptions know
    ("installation"): no need of its own, so it continues the thread about the row asked before."""
    engine.respond("which level is the Sales Guide at?", thread="t-two-words")
    answer = engine.respond("and if we keep installation on own server?", thread="t-two-words")
    assert names(answer) == ["Sales Guide"]


@pytest.mark.parametrize("then", [
    "fine. which fields must the product provider return exactly, and in what format?",
    "what methods does the price provider have to return?",
])
def test_a_detail_asked_where_only_the_descriptions_suggest_a_need_is_beyond_the_data(engine: Engine, then: str
                                                                                       ) -> None:
    """What a provider must return is an API detail; a need only the descriptions suggest ("product provider")
    is no story told around it, so the data does not answer it."""
    engine.respond("is the quote connector ok on cloud?", thread=f"t-asked-{len(then)}")
    answer = engine.respond(then, thread=f"t-asked-{len(then)}")
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_the_reps_for_whom_a_list_is_asked_are_the_sales_client(engine: Engine) -> None:
    answer = engine.respond("harp maker: what is there only for the reps (not the helpdesk), on SO's cloud?")
    assert set(names(answer)) == {r for r, (_, cl, _on, off) in SEED.items() if off and cl == ("Sales",)}


def test_a_client_lacks_only_as_the_subject_of_the_lacking(matcher_of: Matcher) -> None:
    """"als het energielabel ontbreekt": the label is missing, not the seller named words before in the sentence
    ("the sales client lacks them" still has the client lacking)."""
    frame = matcher_of.read("Isolatiebedrijf, SuperOffice Web in eigen beheer. Als een verkoper in de webclient een "
                            "verkoop opslaat of verwijdert, moet onze eigen code het opslaan blokkeren als het "
                            "energielabel ontbreekt. Welk onderdeel is dat?")[1]
    assert frame.constraints.clients == (Client.SALES,)
    assert frame.constraints.not_clients == ()


def test_what_stops_working_after_a_move_is_what_is_lost_not_a_bug(engine: Engine) -> None:
    """"stops working after the move" says what a move loses; a bug report's "stops when ..." is another thing."""
    answer = engine.respond("Plan: we move from our own server to SuperOffice Online. What we need: every option "
                            "that stops working after the move.")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


def test_that_after_anything_opens_a_clause_not_a_pointer(fresh_engine: Engine, engine: Engine) -> None:
    """"is there anything that is only in the cloud, not on own installation?" asks in full in a thread too: the
    "that" after "anything" opens a clause; it points back at nothing."""
    question = "is there anything that is only in the cloud, not on own installation?"
    fresh_engine.respond("can I use SAINT online?", thread="t-anything")
    assert names(fresh_engine.respond(question, thread="t-anything")) == names(engine.respond(question))
    assert set(names(engine.respond(question))) == {r for r, (_, _cl, on, off) in SEED.items() if off and not on}


def test_another_place_after_a_clients_list_keeps_the_client(fresh_engine: Engine) -> None:
    """"and onsite?" after "what can our support crew use online?" lists what Service has onsite (found in one
    REPL session)."""
    fresh_engine.respond("what can our support crew use in superoffice online?", thread="t-place")
    answer = fresh_engine.respond("and onsite?", thread="t-place")
    assert set(names(answer)) == {r for r, (_, cl, on, _off) in SEED.items() if on and "Service" in cl}


@pytest.mark.parametrize("question", [
    "our .NET people build compiled extensions for the browser client we run on our own servers. which internal "
    "API hooks can they use?",
    "Overview wanted: the internal APIs a developer can build into the self-hosted web client",
])
def test_a_level_asked_of_a_platform_whose_points_are_that_level_lists_the_level(engine: Engine,
                                                                                  question: str) -> None:
    """The onsite Web client's points are all internal APIs rows; that level asked of it asks for every row of the
    level (all nine), not the four its points name."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, _cl, _on, _off) in SEED.items() if lv == "Internal APIs"}


def test_a_platform_whose_points_span_levels_is_still_asked_for_its_points(engine: Engine) -> None:
    """The Windows client's points span levels; its scripting is its one row, its points are its points."""
    assert engine.respond("what integration points does the windows client have?").intent == "platform"


def test_walk_me_through_inside_the_need_is_the_need_not_a_steps_question(engine: Engine) -> None:
    """"every deal should walk me through our stages": the words of the need (a pair: walk ... stage), not a
    request for a walkthrough."""
    answer = engine.respond("As a rep at a kayak rental I want each opportunity to walk me through our set stages "
                            "with the next task proposed, configured by our admin in the cloud, no code.")
    assert not answer.fallback
    assert names(answer)[0] == "Sales Guide"


def test_a_documentation_word_in_the_setup_is_not_what_a_row_question_asks(engine: Engine) -> None:
    """"Picklist values outdated ... Which admin area covers this?": "outdated" tells of the values told before
    the question, not of the documentation."""
    answer = engine.respond("TICKET-88: picklist values outdated, 'Lead source' still lacks 'podcast'. Our admin "
                            "should maintain the values by hand, no integration. Hosted. Which admin area covers "
                            "this?")
    assert not answer.fallback
    assert names(answer)[0] == "Lists"


@pytest.mark.parametrize(("question", "kept"), [
    ("Our kennel club swaps its self-hosted install for the SuperOffice-hosted one next month. What survives the "
     "switch for the helpdesk agents?", True),
    ("A ferry operator goes from on-premises to the cloud. Which extension types stop being available after the "
     "move?", False),
    ("The bakery leaves its own servers for SuperOffice Online. List what the reps still have after the "
     "cut-over.", True),
])
def test_what_a_move_keeps_or_loses_in_words_of_staying_and_going(engine: Engine, question: str,
                                                                   kept: bool) -> None:
    """"survives the switch", "still have after" keep; "stop being available" loses: both environments named, a
    move asked about."""
    answer = engine.respond(question)
    clients = "Service" if "helpdesk" in question else "Sales" if "reps" in question else None
    want = {r for r, (_, cl, on, off) in SEED.items()
            if (on and off if kept else on and not off) and (clients is None or clients in cl)}
    assert set(names(answer)) == want


def test_only_in_one_of_two_places_named_is_a_list_and_its_that_opens_a_clause(engine: Engine) -> None:
    """"anything extensibility-wise that only the hosted edition has?" after "weighing hosted against on-prem":
    a list of what only Online has; the "that" after "anything ..." opens a clause."""
    answer = engine.respond("Our bowling alley weighs hosted against on-prem. Anything integration-wise that only "
                            "the hosted edition has?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if off and not on}


def test_words_in_brackets_of_a_request_without_a_question_tell_who_asks(engine: Engine) -> None:
    """"Exam prep (IT office of a beekeeping supplies maker): name every row ..." - no question sentence; the
    bracketed words tell who asks and weigh nothing against the answer."""
    answer = engine.respond("Exam prep (IT office of a beekeeping supplies wholesaler): name every row of the "
                            "table that applies to salespeople and the support desk alike.")
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if set(cl) == {"Sales", "Service"}}


def test_the_level_of_a_platforms_points_that_are_no_rows_asks_for_its_points(engine: Engine) -> None:
    """Customer Service's external integration points are its SOAP services, no matrix row: its external APIs
    asked are its points; with a place named, the matrix rows there are asked for."""
    answer = engine.respond("Customer Service - which APIs are there for other systems to call?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "customer-service"
    answer = engine.respond("external apis for a customer service install on their own servers?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, cl, on, _off) in SEED.items()
                                  if lv == "External APIs" and "Service" in cl and on}


@pytest.mark.parametrize("question", [
    "Macro applied to the wrong 50 requests, SuperMacro - undo it somehow?",
    "Archive Providers: how big is the page size the web client fetches?",
    "Running SQL Scripts on the production database at noon - lock escalation a concern?",
    "SuperOffice Mobile: webpanelet laster ikke på iPad - hvorfor?",
    "Custom Screens: show a section only for one user group - how?",
])
def test_details_of_a_row_beyond_the_data(engine: Engine, question: str) -> None:
    """Undoing, paging, locking, a panel that does not load, a bare closing "how?": details the data does not
    hold, answered honestly with the forum."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_and_how_after_a_yes_no_question_asks_by_what(engine: Engine) -> None:
    """"can outside systems connect to it at all, and how?": the points answer how; no steps asked."""
    answer = engine.respond("we only run the SuperOffice Customer Service product. can other systems connect to it, "
                            "and how?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "customer-service"


def test_a_server_of_our_own_is_onsite_in_a_follow_up(fresh_engine: Engine) -> None:
    fresh_engine.respond("What does the UI workflow level hold?", thread="t-own")
    answer = fresh_engine.respond("Now just the ones that run on a server of our own.", thread="t-own")
    assert set(names(answer)) == {r for r, (lv, _cl, on, _off) in SEED.items() if lv == "UI Workflow" and on}


def test_a_long_label_before_a_colon_tells_who_asks(engine: Engine) -> None:
    """"Exam prep, I'm a trainee in the IT department of ...: name ..." - up to the colon, who asks (a weak hint
    word such as "of" in it included)."""
    answer = engine.respond("Exam prep, I'm a trainee in the IT department of a handball association: name "
                            "SuperOffice's extensibility levels, from the bottom step upwards.")
    assert answer.intent == "topic-levels"


def test_a_user_story_is_no_request_for_a_story(engine: Engine) -> None:
    """"Before refining this story: what can go into the mobile apps?" - agile words, not "tell me a story"."""
    answer = engine.respond("As a technician I want our route planner inside the SuperOffice mobile app. Before "
                            "refining this story: what can be added to the mobile clients?")
    assert answer.intent == "platform"
    assert platform_id(answer) == "mobile"


def test_a_second_opinion_on_a_design_is_asked_of_the_forum(engine: Engine) -> None:
    answer = engine.respond("Second opinion wanted on our connector design - where does SuperOffice take those?")
    assert answer.intent == "topic-help"
    assert FORUM_URL in text_of(answer)


def test_what_differs_from_the_api_side_between_the_environments_is_sign_in(engine: Engine) -> None:
    """Seed 002: onsite and Online use the same web service APIs; only how integrations authenticate differs."""
    answer = engine.respond("Our connector must work with self-hosted installs and Online tenants alike. From the "
                            "API side, what is different between the two?")
    assert answer.intent == "topic-federated-auth"


def test_opening_words_that_tell_who_asks_weigh_nothing(engine: Engine) -> None:
    """"At the llama farm, sellers don't get Extra Tables, do they?": who asks, up to the comma."""
    answer = engine.respond("At the llama trekking farm, sellers don't get Extra Tables, do they?")
    assert not answer.fallback
    assert names(answer) == ["Extra Tables"]


def test_keeping_through_a_move_to_one_place_named_is_kept_from_the_other(engine: Engine) -> None:
    """"moves to hosted SuperOffice - what can they still use after?": only the destination named, a move to it,
    so what works in both places is kept; a row named is still asked where it goes."""
    answer = engine.respond("our support team moves to hosted superoffice after easter - what can the agents still "
                            "use afterwards, customisation-wise?")
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and off and "Service" in cl}
    answer = engine.respond("our sentry plugins when we move to the cloud version - do they keep working?")
    assert names(answer)[0] == "Sentry Plugins"
    assert "Zapier" not in names(answer)


def test_suggesting_what_to_do_at_each_step_of_a_deal_is_the_sales_process(engine: Engine) -> None:
    """A checklist that suggests what to do next at each step of a deal: the sales process need (a pair,
    suggest ... step), so Sales Guide."""
    answer = engine.respond("newbie here, we sell saunas. the boss says that when a seller opens a deal the system "
                            "can suggest what to do at each step (site visit, drawing, install). what is that thing? "
                            "hosted by superoffice")
    assert not answer.fallback
    assert names(answer)[0] == "Sales Guide"


def test_generated_proxies_for_sales_data_are_the_matrix_soap_row(engine: Engine) -> None:
    """WSDL-generated proxies and XML envelopes syncing contacts and sales: the NetServer SOAP row; the Customer
    Service SOAP services need Customer Service (or Service alone) named."""
    answer = engine.respond("Our ancient Delphi tool talks to our on-prem SuperOffice through WSDL-generated proxies "
                            "and XML envelopes and syncs persons and sales. Which matrix row is that?")
    assert names(answer)[0] == "SOAP"
    answer = engine.respond("Our helpdesk runs Customer Service on our own server; an old tool posts XML "
                            "envelopes from generated proxies to it. Which interface is that?")
    assert answer.intent == "topic-cs-soap"


@pytest.mark.parametrize(("question", "told"), [
    ("our support desk runs on our own server: which external apis can another system call?", True),
    ("which external apis work for Service in Online?", False),
    ("which external apis do the sellers have on our own server?", False),
])
def test_a_list_of_service_external_apis_onsite_tells_of_the_cs_soap_services(engine: Engine, question: str,
                                                                             told: bool) -> None:
    """Seed 002: Customer Service's external integration points are primarily its legacy SOAP services (SOAP.exe),
    onsite only: a list for Service onsite tells of them beside the matrix rows; one for Online or Sales does not."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert ("SOAP.exe" in text_of(answer)) is told


def test_what_a_change_falls_under_asks_for_its_row(engine: Engine) -> None:
    """"... rename two values in the 'customer category' drop-down. what does that fall under?": the row by
    name, whatever words of the change the data does not describe."""
    answer = engine.respond("our admin should rename the values in the 'industry' dropdown and add 3 new ones - "
                            "what does that fall under? hosted")
    assert not answer.fallback
    assert names(answer) == ["Lists"]


def test_what_the_asker_tried_already_is_set_aside(engine: Engine) -> None:
    """A post's "What I tried:" part names what did not do it: those rows are set aside, the need is answered;
    "we tried deploying X online and it failed, why?" still asks about X."""
    answer = engine.respond("Ferry company, SuperOffice on our own servers, Sales and Service.\n"
                            "Goal: a script of ours runs on the application server whenever anybody saves a person, "
                            "from any program.\n"
                            "What we tried: a script in the desktop program (only for its users).\n"
                            "Expected: one hook on the server side.")
    assert names(answer)[0] == "NetServer Service"
    assert "Windows Client" not in names(answer)
    answer = engine.respond("we tried deploying a sentry plugin to our online tenant and it failed, why?")
    assert names(answer)[0] == "Sentry Plugins"


def test_pushed_off_our_server_onto_the_cloud_loses_the_onsite_rows(engine: Engine) -> None:
    """"pushed off our own server onto the cloud": a move from onsite ("pushed off" as where it starts); what
    "stops existing" after it is lost."""
    answer = engine.respond("we're being pushed off our own server onto the cloud version. which extension points "
                            "just stop existing afterwards, both clients?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


def test_how_to_about_a_named_row_in_a_need_is_steps_beyond_the_data(engine: Engine) -> None:
    """"SQL Scripts: how do I schedule one nightly?": steps about the row named, not which row serves it."""
    answer = engine.respond("SQL Scripts: how do I schedule one nightly at 3 am and where is that configured?")
    assert answer.fallback
    assert names(answer)[0] == "SQL Scripts"
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize("question", [
    "Preferences onsite: which config key sets the default language for new users?",
    "SAINT onsite: when exactly does the nightly recount run?",
    "Document Plugins on our own server: which .NET runtime must they target?",
])
def test_more_details_of_a_row_beyond_the_data(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_a_level_asked_as_a_level_for_customer_service_is_the_matrix_rows(engine: Engine) -> None:
    """"At the external API level, what is there for the customer service module?": the level as a level, so
    the matrix's rows for Service (not the platform's own points; a guard for the rule that reads Customer
    Service's external APIs asked with no place as its points)."""
    answer = engine.respond("At the external API level, what can the customer service module use?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, cl, _on, _off) in SEED.items()
                                  if lv == "External APIs" and "Service" in cl}


def test_what_only_exists_in_one_place_is_a_list(engine: Engine) -> None:
    """"name me the bits that ONLY exist in the hosted version": rows by where they work ("exist" is no need
    word of extra fields)."""
    answer = engine.respond("people say the cloud is second best. so name me what ONLY exists in the hosted "
                            "edition - can't be much. (ice cream maker)")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if off and not on}


def test_talking_of_a_place_in_a_thread_narrows_the_thread(fresh_engine: Engine) -> None:
    """"talking self-hosted btw, nothing in the cloud" after a row's question: the place for that row."""
    fresh_engine.respond("do the support agents get Sentry Plugins?", thread="t-talk")
    answer = fresh_engine.respond("talking on-prem btw, nothing in the cloud", thread="t-talk")
    assert names(answer)[0] == "Sentry Plugins"
    assert answer.intent == "availability"


def test_what_was_tried_tells_no_need_for_its_own_row(engine: Engine) -> None:
    """"What I tried: a script in the desktop program. Expected: a hook on the application server ...": the words
    of what was tried are set aside for the need's rows too (found in one REPL session)."""
    answer = engine.respond("What we tried: a script in the desktop client. Expected: a hook on the application "
                            "server whenever a person is saved, self-hosted")
    assert names(answer)[0] == "NetServer Service"


def test_other_before_a_thing_of_its_own_points_back_to_nothing(fresh_engine: Engine, engine: Engine) -> None:
    """"... which APIs are there for other systems to call?" after an Online list is a full question, answered as
    if alone: "other" describes the systems, it does not ask past the thread's rows (found in the quick-start
    REPL session)."""
    question = "Customer Service - which APIs are there for other systems to call?"
    fresh_engine.respond("which internal APIs can our C# devs build into the self-hosted web client?", thread="t-o")
    fresh_engine.respond("and online?", thread="t-o")
    assert fresh_engine.respond(question, thread="t-o").intent == engine.respond(question).intent == "platform"


@pytest.mark.parametrize("question", [
    "Which customisation options do the sellers and the helpdesk have in common?",
    "Welche Erweiterungspunkte haben Vertrieb und Support gemeinsam?",
    "Which extension points go for sellers and helpdesk - not one or the other?",
])
def test_what_two_clients_share_is_the_rows_for_both(engine: Engine, question: str) -> None:
    """"shared by sellers and support - not one or the other": the rows serving both clients; the negation
    is part of the phrase, it does not set Service aside (the first case a guard: it passed before)."""
    answer = engine.respond(question)
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if set(cl) == {"Sales", "Service"}}


def test_an_in_house_team_is_people_not_a_place(engine: Engine) -> None:
    """"(our in-house CRM team ...)": who asks, not where SuperOffice runs, so rows that work only online stay."""
    answer = engine.respond("Question from our in-house IT team: list every row that works for Sales and "
                            "Service alike.")
    assert {"Zapier", "Database Mirroring"} <= set(names(answer))


def test_filler_words_do_not_make_a_follow_up_longer(fresh_engine: Engine) -> None:
    """"now strip out whatever won't run on our own server" after a list: the opening "now" is a filler, the
    rest a short message with no subject of its own, so it narrows the thread's list."""
    fresh_engine.respond("give me all the UI workflow rows", thread="t-fill")
    answer = fresh_engine.respond("ok now strip out whatever won't run on our own server", thread="t-fill")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, _cl, on, _off) in SEED.items() if lv == "UI Workflow" and on}


def test_a_request_word_first_still_asks_and_diff_is_a_difference(engine: Engine) -> None:
    """"pls what's the diff between crmscript and netserver scripts, in 1 line": "pls" opens a question like
    "ok" does, and "diff" asks for the difference, so the two rows are compared (not a statement about them)."""
    answer = engine.respond("plz whats the diff between SuperMacro and CRMScript, short version")
    assert answer.intent == "compare"
    assert set(names(answer)) >= {"SuperMacro", "CRMScript"}


def test_quoting_a_job_is_no_quote_connector(engine: Engine) -> None:
    """"can I quote 10h for that?": an agency pricing its work, not quotes in SuperOffice."""
    answer = engine.respond("client wants a popup window asking for a reason before a sale is saved, SO web on "
                            "their own server. can we quote them 8 hours for that?")
    assert "Quote Connector" not in names(answer)
    assert names(answer)[0] == "Custom Dialogs"


def test_the_askers_own_rest_endpoint_is_not_the_rest_api_row(engine: Engine) -> None:
    """"call our REST endpoint whenever a ticket is closed": the asker's own web service is what is called, so
    the need (something that runs when a ticket closes) is answered, not SuperOffice's REST API."""
    answer = engine.respond("customer is self-hosted and wants SuperOffice to hit their own REST endpoint each "
                            "time a ticket gets closed. options?")
    assert names(answer)[0] != "Restful"
    assert names(answer)[0] in {"Triggers", "CRMScript"}


def test_sequel_is_sql_said_aloud(engine: Engine) -> None:
    """Speech-to-text writes SQL as "sequel": "sequel scripts" are SQL Scripts."""
    answer = engine.respond("can we run sequel scripts on the hosted version")
    assert names(answer)[0] == "SQL Scripts"
    assert answer.intent == "availability"


@pytest.mark.parametrize("question", [
    "Project Guide: hur får man en guide att synas för alla användare?",
    "Custom Dialogs i SO Web - hvordan flytter jeg dialogen fra test til prod?",
    "Batch Task Plugins: which config section registers them?",
    "ERP Sync Connector: welche Rechte braucht der Benutzer im ERP?",
    "Web panel in SuperOffice Mobile only shows a white page on Android",
])
def test_details_in_a_new_voice_are_beyond_the_data(engine: Engine, question: str) -> None:
    """Steps asked in Swedish or Norwegian, debugging, a config section, rights and a blank page are details the
    data does not hold: the honest fallback, not the row's description."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_own_hardware_in_swedish_is_onsite(fresh_engine: Engine) -> None:
    """"och med egen hårdvara?" after a row's question: onsite, for that row."""
    fresh_engine.respond("is Zapier there for the helpdesk?", thread="t-hw")
    answer = fresh_engine.respond("och med egen hårdvara?", thread="t-hw")
    assert names(answer)[0] == "Zapier"
    assert answer.intent == "availability"


def test_an_agencys_quote_for_its_work_is_no_quote_connector(engine: Engine) -> None:
    """"before I write the migration quote: which options stop existing?": the partner's price for the job; the
    list of what is lost, not Quote Connector."""
    answer = engine.respond("Agency here, writing the migration quote for a self-hosted Sales customer who goes to "
                            "CRM Online: which extensibility rows do they lose?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and not off and "Sales" in cl}


def test_both_modules_after_a_list_is_the_customers_scope(engine: Engine) -> None:
    """"Complete list please, both modules" for a customer with sellers and a helpdesk: what either module loses,
    not only rows that serve both."""
    answer = engine.respond("Customer with sellers and a support desk moves from their own server to the cloud. "
                            "What stops working after the move? Full list, both modules.")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


def test_a_letter_said_longer_is_the_word(fresh_engine: Engine) -> None:
    """"aaand the desktop one, same q" after a platform question: "aaand" is "and", so it follows on."""
    fresh_engine.respond("which hooks does the self-hosted web client offer?", thread="t-stretch")
    answer = fresh_engine.respond("aaand the desktop one, same q", thread="t-stretch")
    assert answer.intent == "platform"
    assert platform_id(answer) == "windows-client"


@pytest.mark.parametrize("question", [
    "ISV here: what integration hooks do we get for customers in the cloud?",
    "Partner add-on for Online customers: what can it plug into?",
])
def test_hooks_or_plugging_in_with_a_place_ask_for_the_web_clients_points(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == "web-client-online"


def test_a_claim_that_they_cannot_use_a_row_asks_about_the_row(engine: Engine) -> None:
    """"the customer insists they can NOT get Zapier while self-hosted - right?": the claim is about Zapier onsite,
    so Zapier is answered (the negation belongs to the claim, it sets no row aside)."""
    answer = engine.respond("Our customer (self-hosted) claims they can not use Zapier at all. Is that true?")
    assert names(answer)[0] == "Zapier"
    assert "Online" in text_of(answer)


def test_the_only_row_set_aside_leaves_nothing_and_says_so(engine: Engine) -> None:
    """"we can not use Sentry plugins, what else can hide records onsite?": the need's only row is set aside, so
    nothing in the matrix does it - said in a whole sentence with the place the asker gave (it read "Online" and
    promised integration points it never listed)."""
    answer = engine.respond("we can not use Sentry plugins. what else lets us hide records from some users, "
                            "self-hosted?")
    text = text_of(answer)
    assert "onsite" in text
    assert "Online" not in text
    assert "Sentry Plugins" in text
    assert FORUM_URL in text
    assert not text.rstrip().endswith(":")


def test_we_sell_is_a_verb_not_the_sales_client(engine: Engine) -> None:
    """"(vi selger snøkanoner btw)": what the company sells, not the Sales client; the list stays Service's."""
    answer = engine.respond("hvilke utvidelser kan supportfolka våre bruke i skyen? vi selger båter forresten")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, _on, off) in SEED.items() if off and "Service" in cl}


def test_an_industry_word_alone_tells_no_need(engine: Engine) -> None:
    """"(installs hearing loops in churches)": "loops" alone is no scripting need; the list asked is answered."""
    answer = engine.respond("Customer (sells hearing loops to concert halls) wants the extension points meant for "
                            "the helpdesk only, never for sellers. List please.")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if cl == ("Service",)}


def test_a_level_none_of_a_platforms_points_are_at_asks_for_the_levels_rows(engine: Engine) -> None:
    """"support module on their own server: what database-level options exist?": Customer Service's points are
    external APIs, so the database level asked of it is the matrix's rows at that level, not its points."""
    answer = engine.respond("ticket module, self-hosted: which options do we have on the database level?")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, cl, on, _off) in SEED.items()
                                  if lv == "Database" and on and "Service" in cl}


def test_rows_rejected_after_a_join_are_set_aside(engine: Engine) -> None:
    """"Quotes and prices are NOT the topic": the quote row is set aside even with a word joined on before the
    rejection, so the sync of customer data is answered."""
    answer = engine.respond("Onsite customer: customer numbers and addresses drift apart between their ERP and "
                            "SuperOffice, they want them synced both ways. Quotes or price lists are not relevant "
                            "here. Which connector?")
    assert names(answer)[0] == "ERP Sync Connector"
    assert "Quote Connector" not in names(answer)


def test_a_row_before_a_colon_is_the_subject_of_the_yes_no_question(engine: Engine) -> None:
    """"Triggers: can one fire on a schedule?": whether the row can do what the data lists other rows for, which
    the data does not say - the honest fallback, with the row."""
    answer = engine.respond("Extra Tables: can one clean up old rows every night?")
    assert answer.fallback
    assert names(answer)[:1] == ["Extra Tables"]


def test_integration_points_serving_both_clients_are_rows(engine: Engine) -> None:
    """"Onsite: integration points that serve Sales as well as Service": rows by whom they serve, not the onsite
    web client's points."""
    answer = engine.respond("Self-hosted: extension points that serve sellers as well as the helpdesk")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, on, _off) in SEED.items() if on and set(cl) == {"Sales", "Service"}}


def test_what_a_client_offers_is_no_quote(engine: Engine) -> None:
    """"all the hooks the Windows client offers to integrators": "offers" is a verb here, no need for quote
    prices."""
    answer = engine.respond("Docs: a single overview of every hook the desktop client offers to integrators")
    assert answer.intent == "platform"
    assert platform_id(answer) == "windows-client"


def test_that_after_a_row_noun_opens_a_clause_not_a_pointer(fresh_engine: Engine, engine: Engine) -> None:
    """"Onsite: integration points that serve Sales as well as Service" after a row's question is a full question:
    "that" after "points" opens a clause, it does not point back at the thread's row (found asking a set in one
    session)."""
    question = "Self-hosted: integration points that serve Sales as well as Service"
    fresh_engine.respond("Archive providers - ok in the cloud?", thread="t-that")
    answer = fresh_engine.respond(question, thread="t-that")
    assert answer.intent == engine.respond(question).intent == "list"
    assert set(names(answer)) == {r for r, (_, cl, on, _off) in SEED.items() if on and set(cl) == {"Sales", "Service"}}


def test_a_side_note_after_the_question_asks_nothing(engine: Engine) -> None:
    """"... Can their admin configure that? Side note: they raised the invoice bug again.": the remark's "bug"
    asks for no error detail; the need told before the question is answered."""
    answer = engine.respond("Renewal prep for a cloud customer: they want every seller walked through the same "
                            "stages of a deal, with the next activity suggested at each stage. Can their admin set "
                            "that up? Btw they mentioned the login error again.")
    assert not answer.fallback
    assert names(answer)[0] == "Sales Guide"


@pytest.mark.parametrize(("question", "row"), [
    ("cloud customer: one central place for per-user defaults like the start page, for reps and the ticket team "
     "alike?", "Preferences"),
    ("hosted customer wants companies and their contact persons synced both ways with the ERP, automatically. "
     "standard connector for that?", "ERP Sync Connector"),
    ("new leads from a web form should land in SuperOffice Online with no code, via one of those connect-your-apps "
     "services. supported out of the box?", "Zapier"),
])
def test_words_that_read_as_details_in_a_need(engine: Engine, question: str, row: str) -> None:
    """"per-user defaults" asks no price, "contact persons" no person to contact, "out of the box" beside a need
    no other product: the need is answered (the last case a guard: it passed before)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_what_the_cloud_allows_is_a_list(engine: Engine) -> None:
    """"every extension option the cloud allows them, every level": the Online rows, not the restriction topic."""
    answer = engine.respond("can you paste every extension option the hosted version allows? all levels")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, _cl, _on, off) in SEED.items() if off}


def test_both_modules_in_a_move_inventory_is_what_either_loses(engine: Engine) -> None:
    """"every extension point we lose when we leave the on-prem box, sellers + support both": what either
    module loses, not only rows serving both."""
    answer = engine.respond("before the cutover to the cloud: every extension point we lose, sales and service both")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


@pytest.mark.parametrize("question", [
    "onze monteurs gebruiken alleen de mobiele app op hun telefoon - kunnen ze daar iets eigens in zien?",
    "unsere Techniker nutzen nur die App auf dem Handy - können wir dort etwas Eigenes einblenden?",
])
def test_something_of_ones_own_in_the_phone_app_is_the_mobile_clients_points(engine: Engine, question: str) -> None:
    """"kunnen ze daar iets eigens in tonen?" about the phone app: the mobile clients' one point, web panels."""
    answer = engine.respond(question)
    assert answer.intent == "platform"
    assert platform_id(answer) == "mobile"


def test_the_web_version_names_a_client_not_a_release(fresh_engine: Engine) -> None:
    """"same for the self-hosted web version?" after the online web client's points: the onsite web client, not
    a question about versions."""
    fresh_engine.respond("what hooks does the browser client in SuperOffice Online give a partner app?",
                         thread="t-webv")
    answer = fresh_engine.respond("same for the self-hosted web version?", thread="t-webv")
    assert answer.intent == "platform"
    assert platform_id(answer) == "web-client-onsite"


@pytest.mark.parametrize("question", [
    "Is the Windows client still supported?",
    "CRMScript: best way to unit test a script before it goes live?",
    "Template fields stay unreplaced when a letter is saved via our Document Plugin",
    "Database Mirroring: which tables are left out of the copy?",
    "Windows client scripting: list of events available when a company is saved",
    "Do Sentry Plugins also cover REST calls, or only what users see in the screens?",
])
def test_more_details_beyond_the_data_in_new_words(engine: Engine, question: str) -> None:
    """Support life, testing, fields left unreplaced, what a row holds, and how far a row
    reaches ("also ..., or only ...?") are details the data does not hold: the honest fallback."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_the_need_after_but_is_the_one_asked(engine: Engine) -> None:
    """"you built the editor as a whole new page, but product asked for a small window that pops over the
    company screen. Which extension point fits that?": the need after "but" is the one asked, and one point asked
    for a need is a row, not the web client's points."""
    answer = engine.respond("Code review: you built the consent form as a whole new page, but the customer asked "
                            "for a small window that pops over the person card. Which extension point fits that, "
                            "and is it ok for a sales feature in a self-hosted web client?")
    assert answer.intent == "scenario"
    assert names(answer)[0] == "Custom Dialogs"


def test_a_need_rejected_later_in_its_sentence_is_not_the_need(engine: Engine) -> None:
    """"that one fires by itself when the request comes in, and they don't want that. They want the agent to press
    one thing herself ...": the rejected need is set aside, the one wanted is answered."""
    answer = engine.respond("that one fires by itself when a ticket arrives, and the bakery chain does not want "
                            "that. The agent should press one button herself and have it do a few steps in one go: "
                            "set the status, insert a standard reply, hand the ticket over. Self-hosted. What is that "
                            "feature?")
    assert names(answer)[0] == "SuperMacro"


def test_a_negated_question_still_asks_for_its_need(engine: Engine) -> None:
    """"Isn't there a built-in rule ... that fires by itself the moment the request is created?": a question that
    expects yes, not a need set aside (the old cron is only the setup)."""
    answer = engine.respond("// this cron job checks every 10 minutes for new requests and raises their priority. "
                            "Customer is on SuperOffice Online. Isn't there a rule the admin can click together that "
                            "fires on its own when a request is created, no code?")
    assert names(answer)[0] == "Triggers"


@pytest.mark.parametrize("question", [
    "Is the Project Guide part of the standard licence or charged per user?",
    "Quote Connector: show supplier delivery times per product line inside the offer",
])
def test_guard_price_and_row_parts_stay_beyond_the_data(engine: Engine, question: str) -> None:
    """Guards (they passed before): narrowing "per user" and "offers" must not lose "charged per user" as a price
    question or make "inside the offer" a need for quote prices."""
    answer = engine.respond(question)
    assert answer.fallback
    assert FORUM_URL in text_of(answer)


def test_guard_still_supported_after_a_move_asks_where_it_works(engine: Engine) -> None:
    """Guard (it passed before): "Windows client scripts once we move to the cloud - still supported?" asks
    whether the row works there; "still supported" is support life only when no place is named."""
    answer = engine.respond("Windows client scripts once we are on SuperOffice Online - still supported?")
    assert not answer.fallback
    assert names(answer)[0] == "Windows Client"


def test_a_department_called_a_function_asks_for_no_api_detail(engine: Engine) -> None:
    """"the Customer's customer service function": a department; the scripting rows for Service are listed."""
    answer = engine.respond("Supplier questionnaire, item 12: list the scripting capabilities open to the "
                            "Customer's customer service function, whatever the deployment model.")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (lv, cl, _on, _off) in SEED.items() if lv == "Scripting" and "Service" in cl}


@pytest.mark.parametrize(("question", "row"), [
    ("um so the web guy wants plain jason over normal http calls no xml we are on super office online which a p i "
     "is that", "Restful"),
    ("okay so basically can the sellers use the s a i n t thing on super office online", "SAINT"),
])
def test_dictated_words_are_read_as_typed(engine: Engine, question: str, row: str) -> None:
    """Speech to text spells letters out ("a p i"), splits the product's name ("super office") and hears JSON as
    "jason": read as typed (the first case a guard: it passed before)."""
    answer = engine.respond(question)
    assert not answer.fallback
    assert names(answer)[0] == row


def test_who_asks_said_first_and_a_supposition_follow_on(fresh_engine: Engine) -> None:
    """"bowls club here quote connector for the sellers on hosted super office" names who asks first; "suppose we
    keep our own box in the clubhouse" supposes a place for the thread's row."""
    first = fresh_engine.respond("darts league here erp sync connector for the sellers on hosted super office",
                                 thread="t-here")
    assert names(first)[0] == "ERP Sync Connector"
    assert not first.fallback
    answer = fresh_engine.respond("suppose we run our own server in the pub instead", thread="t-here")
    assert names(answer)[0] == "ERP Sync Connector"
    assert "onsite" in text_of(answer)


def test_a_date_for_parity_asks_the_online_restrictions(engine: Engine) -> None:
    """"Has SuperOffice actually given a date for that, and why is it held back?" after onsite customisations
    said to come to Online: the restriction and that it has no timeline."""
    answer = engine.respond("our vendor says the onsite customisations will come to SuperOffice Online soon. has "
                            "SuperOffice given a date for that? why is it held back?")
    assert answer.intent == "topic-online-restrictions"


def test_a_quoted_question_is_the_messages_own(fresh_engine: Engine, engine: Engine) -> None:
    """"> Which extension points can our service desk use?" quoted, then "Same question from me, no filter on
    hosting": the quoted question is asked, not the thread's previous list again (found asking a set in one
    session)."""
    question = "> Which options can our support team use?\nSame question here, whatever the hosting. Full list please."
    fresh_engine.respond("give me everything at the internal API level", thread="t-quote")
    answer = fresh_engine.respond(question, thread="t-quote")
    assert names(answer) == names(engine.respond(question))
    assert "Triggers" in names(answer)


def test_a_move_inventory_for_a_customer_with_both_modules_is_what_either_loses(engine: Engine) -> None:
    """"customer (sales + support, on-prem) moving to the cloud: what do they lose, both modules?": the customer
    runs both, so what either module loses (it listed only rows serving both; found in the quick-start REPL)."""
    answer = engine.respond("client (sales + service, self-hosted) goes to SuperOffice Online next year: what do "
                            "they lose, both modules?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


def test_a_contract_clause_on_compiled_plugins_asks_the_online_restrictions(engine: Engine) -> None:
    """"Clause 4.2: please confirm whether the Supplier's hosted service permits custom compiled plugins." asks
    the online restriction on compiled code (found in the quick-start REPL)."""
    answer = engine.respond("Section 9: please confirm the hosted service permits custom compiled plugins.")
    assert answer.intent == "topic-online-restrictions"


@pytest.mark.parametrize("question", [
    "our helpdesk runs on SuperOffice Online. point and click rules can't handle the date calculations we need, so "
    "it must be real code written in the admin screens. which tool?",
    "SO Online, support only, we need more than a macro can do: variables, loops, date math. which tool?",
    "Cloud customer, support side. A macro is not enough here, we need proper scripting with variables and loops "
    "inside the product. What is it called?",
])
def test_a_constraint_that_falls_short_is_no_constraint(engine: Engine, question: str) -> None:
    """"point-and-click rules can't do date maths", "more than point-and-click can do", "a macro isn't enough":
    what is asked is beyond the no-code way, so the answer is the scripting row, not the no-code ones (nor the
    macro set aside)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["CRMScript"], names(answer)


def test_the_admin_pages_as_the_place_tell_no_script(engine: Engine) -> None:
    """"the admin should set that up in the admin pages rather than paying developers": the admin pages say where
    the register is set up, and no one writes a script there; the goal is what the message describes (a table of
    rows per customer)."""
    answer = engine.respond("Our support desk (cloud) keeps a log of equipment loans per customer, many rows each "
                            "with dates and status, and the admin should set that up in the admin pages rather than "
                            "paying developers. Which feature?")
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_a_goal_named_beside_the_admin_pages_is_what_is_built(engine: Engine) -> None:
    """"the coordinators want a register ... their admin defines it in the admin pages. One extra field per card
    won't cut it": the table is what is built, the admin pages where, and the extra field falls short. A script
    asked in the admin pages is still the script (guard)."""
    answer = engine.respond("Renewal prep for a hosted customer care team: the coordinators want a register of "
                            "placements per family, several rows each with dates and status, next to their requests; "
                            "their admin should define it in the admin pages, not a developer. One extra field per "
                            "card won't cut it.")
    assert names(answer)[:1] == ["Extra Tables"], names(answer)
    script = engine.respond("onsite service desk: I want to write a small script in the admin pages that fills a "
                            "field from the ticket title")
    assert names(script)[:1] == ["CRMScript"], names(script)


@pytest.mark.parametrize(("question", "row"), [
    ("Last week's crash took down the shared drive, and with it the customer care team's spreadsheet of loaned "
     "equipment: serial, loan date, return date, many per customer. Could those records sit in a table of their own "
     "in SuperOffice Service, set up by the admin with no code? We're cloud.", "Extra Tables"),
    ("In yesterday's incident at the locksmith (their own server), contracts made in SuperOffice were supposed to "
     "end up in their external archive system rather than SuperOffice's own document store, and that transfer "
     "failed. What kind of extension hands documents over to an outside store?", "Document Plugins"),
])
def test_a_failure_told_as_the_story_is_not_the_question(engine: Engine, question: str, row: str) -> None:
    """"During Tuesday's outage ... the register died. Can those records live in a table of their own?", "that
    handover failed. What type of extension hands the documents ...?": the failure is the story; the question
    asks for the goal or the kind of extension."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_sellers_and_support_alike_in_a_move_is_what_either_loses(engine: Engine) -> None:
    """"which extension options go away in the move, for sellers and support alike?": the customer's two modules,
    so what either loses; outside a move, "serve sales and support alike" asks for rows serving both."""
    answer = engine.respond("customer leaves their self-hosted install for SuperOffice Online: which extension "
                            "points disappear, for sellers and support alike?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}
    both = engine.respond("which extension points serve sales and support alike?")
    assert set(names(both)) == {r for r, (_, cl, _on, _off) in SEED.items() if set(cl) == {"Sales", "Service"}}


def test_a_client_excluded_after_its_name_is_set_aside(engine: Engine) -> None:
    """"Service-only, with Sales excluded": rows for Service that do not serve Sales."""
    answer = engine.respond("Which rows are for support only, with Sales excluded?")
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if cl == ("Service",)}


def test_not_caring_where_it_is_hosted_filters_no_place(engine: Engine) -> None:
    """"don't care where it's hosted, just the whole list": every row of the client, wherever it works."""
    answer = engine.respond("what is there for our helpdesk people? don't care where it's hosted, give me all of it")
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if "Service" in cl}


def test_the_two_clients_combined_are_what_serves_either(engine: Engine) -> None:
    """"everything in SuperOffice Online, sales and support combined": every row that works online."""
    answer = engine.respond("give me every extensibility option in SuperOffice Online, sales and support combined")
    assert set(names(answer)) == {r for r, (_, _cl, _on, off) in SEED.items() if off}


@pytest.mark.parametrize("question", [
    "Zapier integration: what trigger events exist for the service side?",
    "Sentry plugin makes the contact search crawl with 80k persons - expected overhead?",
    "Collation conflict when running SQL scripts on the CRM database",
    "Restful API i SuperOffice Online - koster det noget ekstra pr. bruger?",
    "Database Mirroring: hur lång tid tar den första kopian av en stor databas?",
    "batch task plugins: how many run in parallel before the rest sit in a queue?",
])
def test_details_beyond_the_data_in_new_words(engine: Engine, question: str) -> None:
    """Events a row offers, overhead, a collation conflict, a price per user after "pr.", how long a first copy
    takes, how many run in parallel: details the data does not hold, about a row it names. (The overhead and
    parallel cases are guards: they were answered so before, the first without its row.)"""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert FORUM_URL in text_of(answer)


def test_running_off_own_hardware_is_onsite(engine: Engine) -> None:
    """"our SuperOffice runs in the browser off our own hardware": the onsite web client (not "off" as a
    negation)."""
    answer = engine.respond("our CRM runs in the browser off our own hardware. what can integrators hook into?")
    assert platform_id(answer) == "web-client-onsite"


def test_a_move_told_by_where_it_leaves_goes_to_the_other_place(engine: Engine) -> None:
    """"moving off our own server, what do we lose?": the move goes to Online; what onsite has and Online has
    not."""
    answer = engine.respond("we're getting off our own server next year, what do we lose?")
    assert set(names(answer)) == {r for r, (_, _cl, on, off) in SEED.items() if on and not off}


def test_the_support_part_on_the_server_pc_moving_online(engine: Engine) -> None:
    """"she answers customers in the support part. we're moving off the server pc in our office onto the online
    version. which bits still work?": Service, kept in the move."""
    answer = engine.respond("my brother does the support part for our customers. we leave the server pc in our "
                            "office for the online version. which bits still work for him afterwards?")
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if on and off and "Service" in cl}


def test_a_topic_its_words_ask_answers_when_a_filter_word_alone_ranks_first(engine: Engine) -> None:
    """"Is there a timeline for bringing onsite-level customisation to CRM Online?": the online restrictions,
    not "I don't know" because the places alone ranked a list first."""
    answer = engine.respond("any timeline for bringing onsite-style customising to SuperOffice Online?")
    assert answer.intent == "topic-online-restrictions"


def test_integrating_an_outside_application_with_a_named_platform(engine: Engine) -> None:
    """"SuperOffice CS: integrating an outside application": the platform's integration points, not the app
    store."""
    answer = engine.respond("Customer Service: integrating an outside application")
    assert platform_id(answer) == "customer-service"


@pytest.mark.parametrize(("question", "row"), [
    ("prospect makes garden sheds, runs SuperOffice on-prem. their sellers want offers to pull items and live "
     "prices from the wholesaler's catalogue instead of retyping. keeping customer master data in sync is NOT part "
     "of the ask. which hook is that?", "Quote Connector"),
    ("sales only, SuperOffice Online: customers and their contact persons should stay identical in our bookkeeping "
     "program and the CRM, both directions, automatically. quotes/prices don't matter here. something made for "
     "that?", "ERP Sync Connector"),
])
def test_a_clause_its_end_rejects_describes_nothing_asked(engine: Engine, question: str, row: str) -> None:
    """"keeping master data in sync is NOT part of the ask", "prices/offers don't matter here": the rejected
    clause's words do not tell the need; the other connector is the answer."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], names(answer)


def test_offers_wanted_by_sellers_are_quotes_not_a_platform_verb(engine: Engine) -> None:
    """"their sellers want offers to pull products ... which hook is that?": offers are quotes (a need), not
    "what a platform offers" (a guard: found with a rejected clause beside it, the test above)."""
    answer = engine.respond("prospect on our own servers: their sellers want offers to pick up products and live "
                            "prices from the supplier catalogue. which hook is that?")
    assert answer.platform is None
    assert names(answer)[:1] == ["Quote Connector"], names(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("prospect runs escape rooms, SuperOffice in the cloud. once a venue is booked they run it as its own "
     "undertaking, always the same order: walkthrough, props, test run, opening. they want that order laid out per "
     "venue with to-dos suggested to whoever leads it; selling is done by then. configurable?", "Project Guide"),
    ("hosted SO Sales, sign maker: every installation is run as a project with the same fixed steps (survey, "
     "permit, mounting, inspection). the installers should be led through those steps one by one, no coding. "
     "which feature?", "Project Guide"),
    ("we bake dog biscuits, sell to pet shops. each shop in the crm should keep a running tally of orders and "
     "visits this year and go red when nobody has talked to them for three months. built in? online version, "
     "cant program", "SAINT"),
    ("prospect is a ferry operator, support team on their own server. for refund complaints the agent wants a "
     "single button she clicks herself that does three things in one go: set the category, add the standard "
     "reply, pass it to finance. not automatic on arrival. what do I demo?", "SuperMacro"),
    ("Postmortem, glazier's support line: a request with 'burst pipe' in the subject sat for hours. Fix wanted: "
     "when such a request is created it jumps to top priority and the duty manager gets notified, no human "
     "pressing anything, no script, a rule set up in admin. Native way in SuperOffice Service (SaaS)?", "Triggers"),
])
def test_needs_in_new_voices(engine: Engine, question: str, row: str) -> None:
    """Needs told in words the data did not have: a booking run as its own undertaking (projects, not sales), a
    project's fixed steps, a running tally that goes red, one button doing three things in one go, and a
    person notified (no platform asked)."""
    answer = engine.respond(question)
    assert answer.platform is None
    assert names(answer)[:1] == [row], names(answer)


def test_a_labelled_question_is_a_question_of_its_own(fresh_engine: Engine, engine: Engine) -> None:
    """"Sales client: which integration points are onsite-only" after a row's question: the label before the
    colon is no opener; the question sets its own filters and is answered as if asked alone."""
    question = "Service side: which integration points are online-only"
    fresh_engine.respond("SuperMacro - which level, which client, where does it run", thread="t-label")
    answer = fresh_engine.respond(question, thread="t-label")
    assert answer.intent == "list"
    assert names(answer) == names(engine.respond(question))
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if off and not on and "Service" in cl}


def test_trimming_the_list_to_a_cloud_only_customer(fresh_engine: Engine) -> None:
    """"ok, trim to what their hosted tenant actually gets - cloud-only customer" after a level's list: the same
    level, what works online (a cloud-only customer is where the customer is, not rows that work online only)."""
    fresh_engine.respond("which rows are on the UI workflow tier?", thread="t-trim")
    answer = fresh_engine.respond("ok, trim it to what their SaaS tenant actually gets - cloud-only customer",
                                  thread="t-trim")
    assert set(names(answer)) == {r for r, (lv, _cl, _on, off) in SEED.items() if lv == "UI Workflow" and off}
    assert "Triggers" in names(answer)  # (onsite too: not "online only")


def test_a_row_as_the_label_of_a_yes_no_question_about_something_else(engine: Engine) -> None:
    """"Batch Task Plugins: can a running task be cancelled from the UI?": the question after the label asks
    about a running task, which the data does not describe; the row's one line, the forum. (Where it works
    asked after the label is still answered.)"""
    answer = engine.respond("Batch Task Plugins: can a running job be stopped from the screen?")
    assert answer.fallback, answer.verdict
    assert FORUM_URL in text_of(answer)
    where = engine.respond("Archive Providers: can it be used online?")
    assert where.verdict.startswith("No"), where.verdict


def test_a_platform_told_in_the_setup_and_its_client_asked(engine: Engine) -> None:
    """"they only use the support module. Which extension points apply to Service at all, whatever the hosting?":
    the platform is the customer's setting; the question asks for the rows that serve Service."""
    answer = engine.respond("renewal call tomorrow, the client only runs the ticket module. which extension points "
                            "apply to Service at all, wherever it is hosted?")
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if "Service" in cl}


def test_every_extension_option_asks_for_a_list(engine: Engine) -> None:
    """"so basically every extension option that works in that hosted setup please": a list (it said "I don't
    know": no list word)."""
    answer = engine.respond("we're a kayak rental up north and SuperOffice hosts our crm now, so basically every "
                            "extension option that works in that hosted setup please")
    assert answer.intent == "list"
    assert set(names(answer)) == {r for r, (_, _cl, _on, off) in SEED.items() if off}


def test_does_it_work_there_too_continues_in_norwegian(fresh_engine: Engine) -> None:
    """"jaktlaget vårt vurderer skyen - går det an der også, eller kun hvis vi drifter selv?" after a row's
    question: "det ... der også" carries the row on, whatever the setup's words."""
    fresh_engine.respond("SAINT: only for the sales side?", thread="t-too")
    answer = fresh_engine.respond("fotballaget vårt vurderer skyen - går det an der også, eller kun hvis vi drifter "
                                  "selv?", thread="t-too")
    assert names(answer)[:1] == ["SAINT"], names(answer)
    assert answer.verdict.startswith("Yes"), answer.verdict


@pytest.mark.parametrize(("question", "row"), [
    ("Our old treasurer wrote a small VBScript ages ago that runs inside the installed SuperOffice program on the "
     "club's office PCs (own server) and reminds whoever opens a member's card about unpaid fees. What kind of "
     "customization is that little script?", "Windows Client"),
    ("TC-12, onsite web. Precondition: the 'grade' drop-down on the contact screen is filled at runtime by "
     "compiled partner code reading the school registry; no admin types those values. Which extension point is "
     "under test?", "MDO Providers"),
])
def test_the_kind_of_customization_asked_by_name(engine: Engine, question: str, row: str) -> None:
    """"What kind of customization is that little script?", a drop-down filled at runtime by compiled code ("drop-
    down" read as the data writes it): the row asked for by what it is."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_what_do_i_say_relays_the_question_told_before(engine: Engine) -> None:
    """"The people building our new website want to know what that module offers them to connect with. What do I
    say?": the question told before is the one asked (the platform's points)."""
    answer = engine.respond("Our allotment society's helpdesk lives in SuperOffice's customer service module, "
                            "installed on a server we host ourselves. The people building our new website want to "
                            "know what that module offers them to connect with. What do I say?")
    assert platform_id(answer) == "customer-service"


def test_anything_of_their_own_into_the_mobile_app(engine: Engine) -> None:
    """"cust runs coppicing crews, field ppl only use SO on their phones. can they get anyting of their own into
    the mobile app?": the mobile clients' integration points (web panels)."""
    answer = engine.respond("cust runs hedge-laying crews, field ppl only use SO on their phones. can they get "
                            "anything of their own into the mobile app?")
    assert platform_id(answer) == "mobile"


@pytest.mark.parametrize("question", [
    "Triggers: dry-run or test mode without creating real requests?",
    "Custom dialog visible to one user group only - where is that configured?",
    "Sentry plugin not applied for administrators - by design?",
    "SQL-skript på egen server: hvor havner feilloggen når et skript feiler?",
])
def test_a_question_about_a_row_in_words_the_data_does_not_explain(engine: Engine, question: str) -> None:
    """A short question about a row in words of its own ("dry-run or test mode", "visible to one user group -
    where configured", "not applied for administrators - by design?", where the error log ends up): the row's
    one line, the forum; not its generic description as if that answered. ("what is SAINT?", "where is CRMScript
    written?" are still described: test_understanding's describe cases.)"""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert FORUM_URL in text_of(answer)


@pytest.mark.parametrize("question", [
    "No date yet for onsite-level customizing in SuperOffice Online - why?",
    "Is there a timeline for getting onsite-level customizing into SuperOffice Online?",
])
def test_onsite_level_customizing_in_the_cloud_asks_the_online_restrictions(engine: Engine, question: str) -> None:
    """"No date yet for onsite-level customizing in the cloud - why?": the online restrictions (not the levels
    topic: "onsite-level" names no level)."""
    assert engine.respond(question).intent == "topic-online-restrictions"


def test_the_legacy_cs_soap_web_service_is_the_topic(engine: Engine) -> None:
    """"Legacy CS SOAP web service: endpoint address pattern and accepted actions?": the Customer Service SOAP
    services, whose address the topic gives (not NetServer's SOAP row and "I don't know the address")."""
    answer = engine.respond("cs soap web service: what's the endpoint address and which actions does it take?")
    assert answer.intent == "topic-cs-soap"
    assert "SOAP.exe" in text_of(answer)


def test_what_already_exists_is_not_the_task(engine: Engine) -> None:
    """"The table that stores it already exists, so storage is not the task": the form is what is asked, not the
    table (its words echo no row)."""
    answer = engine.respond("Lesson plan: the pretend ferry company runs the customer-care module of SuperOffice "
                            "online. Students design their own entry form for the agents - their own layout, fields "
                            "and buttons. The table that stores it already exists, so storage is not the task. "
                            "What's the feature called?")
    assert names(answer)[:1] == ["Custom Screens"], names(answer)


def test_a_popup_online_is_offered_the_online_web_clients_buttons_and_panels(engine: Engine) -> None:
    """Custom Dialogs asked online: what the online Web client lets you add to show your own page (seed 002's
    custom buttons and web panels) comes before the web services."""
    answer = engine.respond("can I use custom dialogs in SuperOffice Online?")
    assert answer.verdict.startswith("No"), answer.verdict
    bullets = next(s for s in answer.sections if s.title == msg.instead("online")).bullets
    assert "Custom buttons" in bullets[0], bullets
    assert "Web Panels" in bullets[1], bullets


def test_a_customer_hosting_superoffice_themselves_in_german_is_onsite(engine: Engine) -> None:
    """"Kunde hostet SuperOffice selbst": the customer hosts it, onsite (not "hosted": Online)."""
    answer = engine.respond("Kunde hostet SuperOffice selbst, nur Vertrieb. Beim Anlegen einer Firma soll ein "
                            "eigenes Fenster aufgehen, um die Firma im Register zu suchen. Welcher Erweiterungspunkt?")
    assert names(answer)[:1] == ["Custom Dialogs"], names(answer)
    assert "onsite" in answer.verdict


def test_a_tenant_named_onsite_is_onsite(fresh_engine: Engine) -> None:
    """"and if the tenant were onsite?" after a described need: onsite (a tenant is where the customer's
    SuperOffice lives; the place named beside it says which), not both places (found in the quick-start REPL)."""
    fresh_engine.respond("Precondition: tenant is Online, Service only. Agent clicks one button that sets the "
                         "status, adds a canned reply and closes the request. Which feature?", thread="t-tenant")
    answer = fresh_engine.respond("and if the tenant were onsite?", thread="t-tenant")
    assert names(answer)[:1] == ["SuperMacro"], names(answer)
    assert "onsite" in answer.verdict, answer.verdict


@pytest.mark.parametrize("question", ["what can we use instead?", "hva kan vi bruke i stedet?"])
def test_what_can_we_use_instead_after_a_refusal(fresh_engine: Engine, question: str) -> None:
    """"can I deploy custom dialogs to CRM Online?" then "what can we use instead?": the refusal again with what
    works in Online instead (it said "I don't know" or described the row; found in the quick-start REPL)."""
    thread = f"t-instead-{question}"
    fresh_engine.respond("can I deploy custom dialogs to CRM Online?", thread=thread)
    answer = fresh_engine.respond(question, thread=thread)
    assert names(answer)[:1] == ["Custom Dialogs"], names(answer)
    assert any(s.title == msg.instead("online") for s in answer.sections), answer.sections


# -- session 12: pointers with a new setting, names that hold a detail word, details told in new ways -----------

@pytest.mark.parametrize("second", [
    "right, and may the helpdesk girls at my uncle's tile warehouse (tiny outfit) use it too?",
    "ok, could the customer-care people of our cousin's bakery (two shops) work with that as well?",
])
def test_a_pointer_with_too_or_as_well_continues_whatever_setting_it_tells(fresh_engine: Engine,
                                                                          second: str) -> None:
    """"... work with it as well?" after a row: the earlier row, for the client asked now, however many words of
    the asker's setting come with it (it said "I don't know": the new words made it a question of its own)."""
    thread = f"t-too-{second[:12]}"
    fresh_engine.respond("can sellers use SAINT in SuperOffice Online?", thread=thread)
    answer = fresh_engine.respond(second, thread=thread)
    assert names(answer)[:1] == ["SAINT"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict  # SAINT serves Sales only


def test_only_the_ones_narrows_the_list_just_shown(fresh_engine: Engine) -> None:
    """"Only the ones my trainees can run on the museum's own server": the list just shown, onsite (it said "I
    don't know")."""
    fresh_engine.respond("which rows sit on the database level?", thread="t-ones")
    answer = fresh_engine.respond("only the ones my trainees could also test on the ski museum's own in-house "
                                  "server, thanks", thread="t-ones")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(level="Database", onsite=True), names(answer)


@pytest.mark.parametrize("second", ["- Archive Providers: idem", "ditto for Document Plugins"])
def test_idem_and_ditto_ask_the_same_of_a_new_row(fresh_engine: Engine, second: str) -> None:
    thread = f"t-idem-{second}"
    fresh_engine.respond("- MDO Providers still there once we're on SuperOffice Online?", thread=thread)
    answer = fresh_engine.respond(second, thread=thread)
    assert answer.intent == "availability", answer.intent
    assert answer.verdict.startswith("No"), answer.verdict  # both are onsite only


def test_a_product_word_inside_a_trade_name_asks_for_no_product(engine: Engine) -> None:
    """"pine sap distillery: ..." names who asks ("sap" is no SAP integration asked for, nor the ERP need)."""
    answer = engine.respond("- [ ] pine sap distillery: Archive Providers still usable once they're in the cloud?")
    assert answer.intent == "availability", answer.intent
    assert names(answer)[:1] == ["Archive Providers"], names(answer)
    assert engine.respond("does the ERP Sync Connector talk to SAP directly?").fallback  # the product itself


def test_an_error_quoted_after_a_verb_is_an_error_detail(engine: Engine) -> None:
    """"Windows client vbs gives 'Object required' after the Office update": an error beyond the data (it answered
    the Windows client's points); a button "that gives 'Send to ERP'" describes a thing, no error."""
    answer = engine.respond("Windows client vbscript gives 'Permission denied' after the Office update, what now?")
    assert_beyond(answer)
    assert names(answer)[:1] == ["Windows Client"]
    assert not engine.respond("we need a button on the sale that gives 'Send to ERP'").fallback


@pytest.mark.parametrize("question", [
    "The matrix lists Batch Task Plugins as Sales-only - so no Service users?",
    "what triggers a document plugin?",
])
def test_lists_and_triggers_as_verbs_name_no_row(engine: Engine, question: str) -> None:
    """"the matrix lists X as ...", "what triggers a ...": verbs, not the Lists and Triggers rows."""
    answer = engine.respond(question)
    assert "Lists" not in names(answer), names(answer)
    assert "Triggers" not in names(answer), names(answer)


def test_two_as_a_count_compares_nothing(fresh_engine: Engine) -> None:
    """"the admin wants two extra fields ..." counts fields; it compares nothing with the thread's row (it
    answered SAINT and Extra Tables)."""
    fresh_engine.respond("can sellers use SAINT online?", thread="t-two")
    answer = fresh_engine.respond("the admin wants two extra fields on the company card. what is that called?",
                                  thread="t-two")
    assert "SAINT" not in names(answer)
    assert names(answer)[:1] == ["User-defined Fields"], names(answer)


# -- session 12: handover notes, audit findings, Reddit-style threads ------------------------------------

def test_restrict_that_narrows_the_list_just_shown(fresh_engine: Engine) -> None:
    fresh_engine.respond("which extension points are on the Configuration level?", thread="t-restrict")
    answer = fresh_engine.respond("Restrict that to what the auditee's helpdesk can run on its own servers.",
                                  thread="t-restrict")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(level="Configuration", client="Service", onsite=True), names(answer)


def test_a_move_told_in_danish_with_a_pointer_keeps_the_thread_row(fresh_engine: Engine) -> None:
    """"Hvad med dem, hvis bageriet skifter til SuperOffice Online - kan de beholdes?": the thread's row, online
    (it said "I don't know": the move and "beholdes" were not read, the trade's name was a subject)."""
    fresh_engine.respond("- kunde vil bruge Extra Tables til kundeservice; de kører SO på egen server", thread="t-dk")
    answer = fresh_engine.respond("Hvad sker der med dem, hvis kaffebrænderiet skifter til SuperOffice Online - kan "
                                  "de beholdes?", thread="t-dk")
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_onsite_style_customisation_online_asks_the_online_restrictions(engine: Engine) -> None:
    answer = engine.respond("Onsite-style customization for CRM Online - is there a date?")
    assert answer.intent == "topic-online-restrictions", answer.intent


def test_the_support_side_in_swedish_is_service(engine: Engine) -> None:
    answer = engine.respond("vilka konfigurationsmöjligheter (nivån Configuration) finns för supportsidan?")
    assert names(answer) == seed_rows(level="Configuration", client="Service"), names(answer)


def test_handover_bullets_with_one_question_pointing_back_are_one_story(engine: Engine) -> None:
    """"- cust: ...\n- want: ...\n- open q: which internal API is this?": the bullets tell one need around one
    question (it answered each bullet as an ask of its own)."""
    answer = engine.respond("- cust: Fjordline Pumps (marine pumps), SO on their own server\n"
                            "- their dev wants the 'pump model' drop-down on a sale filled at runtime by compiled code "
                            "from their own catalogue; nobody types those values in admin\n"
                            "- I thought the admin-maintained list was it, apparently not\n"
                            "- open q: which internal API is this?")
    assert answer.explanation.decision != SEVERAL_ASKS
    assert names(answer)[:1] == ["MDO Providers"], names(answer)


def test_a_label_before_a_rejection_sets_its_row_aside(engine: Engine) -> None:
    """"quotes/prices: NOT part of the ask" sets the Quote Connector aside, and only that (the need told in the
    bullets before stays)."""
    answer = engine.respond("- cust: hosted SO, sales only\n"
                            "- pain: customer master data differs between their bookkeeping system and SO\n"
                            "- want: both in step automatically\n"
                            "- quotes/prices: NOT part of the ask\n"
                            "- open q: which standard connector covers this?")
    assert names(answer)[:1] == ["ERP Sync Connector"], names(answer)
    assert "Quote Connector" not in names(answer)


def test_a_recommendation_told_is_a_need_not_a_request_for_advice(engine: Engine) -> None:
    answer = engine.respond("Finding 3 (medium): the kennel runs every boarding stay as a project with the same "
                            "fixed phases after the booking is sold; progress lives in a spreadsheet. Recommendation: "
                            "use the CRM's built-in step-by-step guidance for such delivery work, set up by the admin. "
                            "Which standard capability is meant?")
    assert names(answer)[:1] == ["Project Guide"], names(answer)


def test_a_platform_label_is_what_its_pronoun_means(fresh_engine: Engine) -> None:
    """"Customer Service (CS) extensibility: what does it offer ...?" after a row: the platform the label names
    (it answered the thread's row)."""
    fresh_engine.respond("can SQL Scripts run online?", thread="t-label")
    answer = fresh_engine.respond("Customer Service (CS) extensibility: what does it offer outside developers?",
                                  thread="t-label")
    assert platform_id(answer) == "customer-service"


def test_scripting_posed_as_the_other_way_is_no_level_asked(engine: Engine) -> None:
    """"Built in, or do I have to script it?": the need told decides (SAINT), not the scripting level."""
    answer = engine.respond("My uncle's kayak school is on hosted SuperOffice. He wants every company card to count "
                            "the bookings and calls of the last year by itself, and to flag a company nobody has "
                            "talked to for six months. Built in, or do I have to script it?")
    assert names(answer)[:1] == ["SAINT"], names(answer)


@pytest.mark.parametrize("question", [
    "ERP Sync Connector: contact removed on the ERP side - what happens to it in SuperOffice?",
    "Quote Connector: discount lines rounded differently than in the ERP",
])
def test_a_row_as_the_heading_then_how_it_behaves_is_beyond_the_data(engine: Engine, question: str) -> None:
    """A row's name alone as the heading, then how it behaves: the row is known, the behaviour is not in the
    data (it recommended the row for the need its words describe)."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert names(answer)[:1] == [question.split(":")[0].split(" - ")[0]], names(answer)


def test_a_row_as_the_heading_with_a_place_is_still_where_it_works(engine: Engine) -> None:
    """(a guard: a place asked after the heading is still where the row works)"""
    answer = engine.respond("Extra Tables - can our support team use them in SuperOffice Online?")
    assert not answer.fallback
    assert names(answer)[:1] == ["Extra Tables"]


def test_possible_closing_a_heading_asks_yes_or_no_about_a_property(engine: Engine) -> None:
    """"User-defined Fields: read-only for one user group, possible?" asks a property the data does not hold
    (it said where the row works)."""
    answer = engine.respond("User-defined Fields: read-only for one user group, possible?")
    assert_beyond(answer)


def test_cut_those_down_narrows_the_list_whatever_the_words_after(fresh_engine: Engine) -> None:
    """"cut those down to whatever runs when we host it ourselves": the list just shown, onsite (the words after
    it were read as a need of their own)."""
    fresh_engine.respond("tattoo parlour here, what's on the database level?", thread="t-cut")
    answer = fresh_engine.respond("cut those down to whatever runs when we host it ourselves", thread="t-cut")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(level="Database", onsite=True), names(answer)


def test_a_job_after_the_contract_is_signed_is_a_project(engine: Engine) -> None:
    """Phases of the work after the contract is signed are a project's (Project Guide), not a sale's: the
    phase words are the same, the job is what tells them apart (it answered Sales Guide, first in the data)."""
    answer = engine.respond("Our bell foundry signs the contract before the real work begins; every casting job then "
                            "goes through mould, pour, cooling and tuning, and each job should show its phase and "
                            "suggest the next activity to the foreman. No programmers here. Which feature fits?")
    assert names(answer)[:1] == ["Project Guide"], names(answer)


def test_a_page_told_as_the_place_is_not_the_thing_built(engine: Engine) -> None:
    """"saves what is on a person page, our .NET code must step in first": the page is where it happens; the
    data's handling is what is built (DataHandlers, not Custom Pages)."""
    answer = engine.respond("every time the browser CRM saves what is on a person page, our .NET code must step in "
                            "first and check the email domain. onsite. which extension point?")
    assert names(answer)[:1] == ["DataHandlers"], names(answer)


# -- session 12: chat transcripts, job-board briefs, steering-committee minutes ---------------------------

def test_a_pasted_chat_is_read_as_what_the_asker_wrote(engine: Engine) -> None:
    """A pasted chat transcript: the visitor's lines, without times and names (the agent's "how can I help?" asks
    nothing of the bot)."""
    answer = engine.respond("[10:02] Visitor: hello\n[10:02] Agent (Mo): Hi, how can I help you today?\n"
                            "[10:03] Visitor: we're on SuperOffice Online. can our sellers use Sales Guides there?")
    assert names(answer)[:1] == ["Sales Guide"], names(answer)
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_one_chat_line_at_a_time_continues_the_thread(fresh_engine: Engine) -> None:
    fresh_engine.respond("[12:01] Visitor: Sentry Plugins: which extensibility level?", thread="t-chat")
    answer = fresh_engine.respond("[12:04] Visitor: still an option if we go SaaS?", thread="t-chat")
    assert names(answer)[:1] == ["Sentry Plugins"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_an_action_points_label_is_no_part_of_the_question(fresh_engine: Engine) -> None:
    """"AP-4 (owner: Nils): same check for Continuous Database." after "AP-3 ...: check if database mirroring runs on
    our own server": the same check of the new row (it called it a statement about something else)."""
    fresh_engine.respond("AP-3 (owner: Ines): check if Archive Providers run on our own server.", thread="t-ap")
    answer = fresh_engine.respond("AP-4 (owner: Ines): same check for Continuous Database.", thread="t-ap")
    assert not answer.fallback
    assert names(answer)[:1] == ["Continuous Database"], names(answer)


def test_people_who_can_not_use_a_row_ask_about_it(engine: Engine) -> None:
    """"confirm that our sellers can NOT use Custom Screens": a claim about the row, asked (not the row set aside)."""
    answer = engine.respond("AP-9: confirm that our sellers can NOT use Extra Tables, so we can drop it from the "
                            "sales course.")
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_quote_as_a_verb_names_no_connector(engine: Engine) -> None:
    answer = engine.respond("We are looking for an admin for a small SuperOffice Online job: our account managers "
                            "need two extra fields on every contact card, 'shoe size' and 'club'. One value each, no "
                            "separate register. If this is a no-code admin task, tell us and quote accordingly.")
    assert names(answer)[:1] == ["User-defined Fields"], names(answer)


def test_name_the_standard_integration_asks_for_a_row(engine: Engine) -> None:
    """"AP-2: name the standard integration covering this in our SuperOffice Online tenant": the row for the need
    told (it answered the online Web client's integration points)."""
    answer = engine.respond("Item 4: sellers adding lines to an offer should get prices live from our product "
                            "catalogue system instead of typing them.\nAP-2: name the standard integration covering "
                            "this in our SuperOffice Online tenant.")
    assert names(answer)[:1] == ["Quote Connector"], names(answer)


def test_a_database_off_limits_online_is_no_onsite_customer(engine: Engine) -> None:
    """"on SuperOffice Online ... its hosted database is off limits to us": the database is excluded, not the
    place (it answered for onsite)."""
    answer = engine.respond("We run a ski school on SuperOffice Online and want a continuously refreshed replica of "
                            "all our CRM data in our own SQL Server for dashboards. Its hosted database is off limits "
                            "to us. Which mechanism keeps that replica current?")
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_a_denied_alternative_between_a_needs_words_is_no_distance(engine: Engine) -> None:
    """"the 'X' drop-down on the sale card: not typed by an admin, our own .NET code should fill it at runtime": the
    denied alternative between "drop-down" and "code" does not part them (MDO Providers, not Lists)."""
    answer = engine.respond("SuperOffice web on our own server. the 'kite size' drop-down on the sale card: not typed "
                            "by an admin, our own .NET code should fill it at runtime from the booking system. which "
                            "extension point?")
    assert names(answer)[:1] == ["MDO Providers"], names(answer)


def test_a_family_word_counted_as_people_names_no_family(engine: Engine) -> None:
    """"(12 tour guides, 4 sellers)": people counted, not the guides' family as a filter."""
    answer = engine.respond("We are a hiking tour operator (12 tour guides, 4 sellers) moving to SuperOffice Online. "
                            "List every extensibility option our sales team can still use after the move.")
    assert names(answer) == seed_rows(client="Sales", onsite=True, online=True), names(answer)


def test_a_platform_in_a_clause_a_negation_opens_is_denied(engine: Engine) -> None:
    """"- not inside the desktop program installed on the PCs": the Windows client denied all along the clause (it
    answered as if the Windows client were asked about)."""
    answer = engine.respond("Our developer wants code to run on the application server whenever a sale is saved - "
                            "not inside the desktop program installed on the PCs. We host everything ourselves.")
    assert platform_id(answer) is None
    assert "Windows Client" not in names(answer)[:1], names(answer)


def test_a_statement_with_a_trigger_word_about_a_row_is_beyond_the_data(engine: Engine) -> None:
    """"Colour-coded risk levels inside the SAINT status monitor overview": a title stating something about the
    row ("levels" is no question of its level); "Quote Connector levels" still asks it."""
    answer = engine.respond("Colour-coded risk levels inside the SAINT status monitor overview")
    assert_beyond(answer)
    assert not engine.respond("Quote Connector levels").fallback


def test_support_side_soap_services_are_the_cs_soap_services(engine: Engine) -> None:
    answer = engine.respond("how do we call the old support-side SOAP services - which URL do they use?")
    assert answer.intent == "topic-cs-soap", answer.intent


def test_still_there_afterwards_keeps_after_a_move(engine: Engine) -> None:
    answer = engine.respond("We move from our own server to SuperOffice Online. Which customising options of our "
                            "sellers will still be there afterwards?")
    assert names(answer) == seed_rows(client="Sales", onsite=True, online=True), names(answer)


def test_a_rejection_in_a_clause_of_its_own_rejects_only_that_clause(engine: Engine) -> None:
    """"... in sync with our bookkeeping system, for sellers - quotes not involved": the quotes are rejected, not the
    sync told before them (it answered the Quote Connector)."""
    answer = engine.respond("hosted SO: keep customer master data in sync with our bookkeeping system, for sellers - "
                            "quotes not involved. which connector?")
    assert names(answer)[:1] == ["ERP Sync Connector"], names(answer)


def test_a_hosted_database_out_of_reach_is_still_an_online_customer(engine: Engine) -> None:
    """"We're a cloud tenant ... obviously we can't touch the hosted database directly": the database is out of
    reach, the customer is still online (it answered for onsite)."""
    answer = engine.respond("We're a cloud tenant and want a complete copy of our CRM data in our own SQL Server for "
                            "reporting, kept up to date by itself. We can't touch the hosted database directly. Is "
                            "there something built in?")
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_the_server_switched_off_is_where_a_move_starts(engine: Engine) -> None:
    """"... we lose once the on-prem server is switched off" before a cloud move: onsite is where the move starts
    (it listed what only Online has)."""
    answer = engine.respond("TODO before the cloud move: list every customisation option we lose once the on-prem "
                            "server is switched off")
    assert names(answer) == seed_rows(onsite=True, online=False), names(answer)


@pytest.mark.parametrize("question", [
    # a lost value, a field mapping, data loss
    "Custom Screens: a number field loses its value whenever the agent saves twice",
    "Quote Connector - in which field does the discount from the ERP end up?",
    "will we lose data if we move an Extra Table between databases?",
    # accounts, audit trails, mappings, restores, offline caching
    "which Windows account do NetServer scripts execute under onsite?",
    "SQL Scripts: can we log who ran a script against the database?",
    "Quote Connector - field mapping between our ERP's article number and the product code?",
    "SAINT: tallene er all zero etter at vi flyttet basen, hvorfor? Counters all zero after restoring the database",
    "Pocket CRM: vises web-panelet uten nett? Kan det mellomlagres?",
    # failures told in new words
    "Custom web panel in Pocket CRM cannot open the phone's map app - permission needed?",
    "NetServer script AfterSave not called when the contact is saved from the mobile app",
    "Extra table relation shows numeric id instead of the name in the list view",
    "Batch task plugin: hoe geef ik de voortgang door aan de gebruiker?",
    "Sales Guide: hvordan kopierer jeg en guide til en anden salgstype?",
    "Zapier zap calling our endpoint gives up after twenty seconds (Online tenant) - configurable?",
    "Our batch task plugin must run at 03:00. Where do I configure that?",
    "Windows client automation script unable to access the selected persons on the contact",
    "Custom Screens: Pflichtfeld nur für eine Benutzergruppe - wie geht das?",
    # "how?" before a closing aside
    "Extra Tables: export the structure to another database - how? (two sites)",
    "Sales Guide: move a guide from the test database to production - how? (two offices)",
])
def test_details_told_in_new_words_are_beyond_the_data(engine: Engine, question: str) -> None:
    """Details the data does not hold, told in words no earlier test used: each answered as beyond the data (they
    were described as the row, recommended for a need, or answered where the row works)."""
    assert_beyond(engine.respond(question))


def test_a_search_query_naming_a_row_and_a_list_is_a_question_of_its_own(fresh_engine: Engine) -> None:
    """"so windows client plugin list" after a Service question online: a question of its own, asked as if alone
    (it took the thread's client and place as "a new name, nothing asked", and said "I don't know"; found in the
    quick-start REPL)."""
    fresh_engine.respond("our support team on SuperOffice Online wants to react when a ticket is closed. which "
                         "capability?", thread="t-query")
    answer = fresh_engine.respond("so windows client plugin list", thread="t-query")
    assert answer.explanation.followup == "a question of its own", answer.explanation.followup
    assert names(answer) == names(fresh_engine.respond("so windows client plugin list"))


def test_only_before_a_noun_of_its_own_is_not_the_places(engine: Engine) -> None:
    """"we run SuperOffice on our own server, only the support desk uses it. which scripting options ...?": "only"
    is the support desk's, not "onsite only" (it left CRMScript out; found in the quick-start REPL)."""
    answer = engine.respond("[09:01] Visitor: hi! we run SuperOffice on our own server, only the support desk uses "
                            "it. which scripting options do we have?")
    assert names(answer) == seed_rows(level="Scripting", client="Service", onsite=True), names(answer)


def test_a_word_between_two_names_is_not_a_typo_of_a_longer_name(engine: Engine) -> None:
    """"which web services can service use online?": the NetServer web services for Service online, not "services can
    service" read as the Customer Service SOAP services (which answered "No. ... do not work in Online")."""
    answer = engine.respond("which web services can service use online?")
    assert answer.intent == "list", answer.intent
    web_services = [r for r in seed_rows(level="External APIs", client="Service", online=True)
                    if r in ("SOAP", "Restful")]
    assert names(answer) == web_services == ["SOAP", "Restful"], names(answer)


def test_whether_a_row_is_free_is_a_price_beyond_the_data(engine: Engine) -> None:
    """"is the database mirroring service free?": a price, which the data does not hold; the row named, not "Yes.
    Database Mirroring serves Service" (the row's own word "service" read as the client asked)."""
    answer = engine.respond("is the database mirroring service free?")
    assert_beyond(answer)
    assert names(answer) == ["Database Mirroring"]


def test_the_phones_of_the_people_who_sell_are_the_mobile_clients(engine: Engine) -> None:
    """"the sales app on our reps' phones": the mobile clients (web panels, and that is all), not Custom Pages."""
    answer = engine.respond("we want the sales app on our reps' phones to show our own page, possible?")
    assert platform_id(answer) == "mobile", (answer.intent, names(answer))


def test_a_family_with_no_row_there_is_named_by_its_word(engine: Engine) -> None:
    """"which plugins can I use if we move to superoffice online?": none; the verdict names the plugins and their
    rows in a sentence one can read (it said "... matches the Document Plugins, Sentry Plugins, Batch Task Plugins
    family, online: the Document Plugins, Sentry Plugins, Batch Task Plugins family has ...")."""
    answer = engine.respond("which plugins can I use if we move to superoffice online?")
    plugins = [r for r in seed_rows() if r.endswith("Plugins")]
    assert names(answer) == plugins, names(answer)
    assert not set(plugins) & set(seed_rows(online=True))
    assert "family" not in answer.verdict, answer.verdict
    assert answer.verdict.count("Document Plugins") == 1, answer.verdict


def test_a_point_of_the_platform_named_asked_yes_or_no_is_the_platforms(engine: Engine) -> None:
    """"can a web panel show our intranet in the windows client?": yes, web panels are one of the Windows client's
    integration points (seed 002); not the need its words tell, answered with the web client's Custom Pages."""
    answer = engine.respond("can a web panel show our intranet in the windows client?")
    assert platform_id(answer) == "windows-client", (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict
    assert "Custom Pages" not in names(answer)


def test_a_database_the_asker_cannot_reach_is_a_constraint_not_a_failure(engine: Engine) -> None:
    """"SuperOffice hosts it; we can't open its database": where the data may not be reached, told as the setting
    of a need, not a failure asked about (the need got "I can't answer that")."""
    answer = engine.respond("Change 512 / Summary: analysts want all CRM data copied to our own warehouse for reports "
                            "/ Environment: SuperOffice hosts it; we can't open its database / Question for the "
                            "vendor: which option is that?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_a_database_that_cannot_be_opened_after_a_change_is_a_failure(engine: Engine) -> None:
    """"we can't open the database after running one": what broke it follows, so it is a failure (guard)."""
    answer = engine.respond("SQL Scripts: we can't open the database after running one, what now?")
    assert_beyond(answer)
    assert names(answer) == ["SQL Scripts"]


@pytest.mark.parametrize(("question", "row"), [
    ("Project Guide: what happens to existing sales when a guide is retired?", "Project Guide"),
    ("user-defined fields: what happens to the values when I delete the field?", "User-defined Fields"),
    ("Hva skjer med verdiene i et brukerdefinert felt når feltet slettes?", "User-defined Fields"),
])
def test_what_a_row_does_to_existing_data_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """What happens to existing data in a case told is how a row behaves, which the data does not hold (they were
    answered where the row works, or "Yes. Lists serves Sales" for "what happens to existing sales ...")."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert names(answer) == [row], names(answer)


def test_what_happens_to_a_row_in_a_move_asks_where_it_works(engine: Engine) -> None:
    """"what happens with our NetServer scripts if we go to SuperOffice Online?": whether they work there (guard)."""
    answer = engine.respond("what happens with our NetServer scripts if we go to SuperOffice Online?")
    assert not answer.fallback
    assert names(answer)[:1] == ["NetServer Service"]
    assert answer.verdict.startswith("No"), answer.verdict


@pytest.mark.parametrize("question", [
    "Quote Connector: the price lookup times out in CRM Online",
    "Extra table with half a million rows, can we add an index? We're online",
])
def test_timeouts_and_indexes_are_performance_beyond_the_data(engine: Engine, question: str) -> None:
    """A time-out or an index asked of a row is its performance, said as such (not "that detail", nor "Yes. Extra
    Tables works in Online")."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert msg.DETAILS["performance"] in answer.verdict, answer.verdict


@pytest.mark.parametrize("question", [
    "which things can our helpdesk use only as long as we host it ourselves?",
    "what can the support team use only while we're on our own server?",
])
def test_only_with_a_condition_before_the_place_asks_for_rows_of_that_place_only(engine: Engine, question: str) -> None:
    """"only as long as we host it ourselves": the rows that work onsite only (they were every onsite row)."""
    answer = engine.respond(question)
    assert names(answer) == seed_rows(client="Service", onsite=True, online=False), names(answer)


def test_leaving_out_what_the_other_client_also_gets_keeps_the_clients_own(engine: Engine) -> None:
    """"Leave out anything the sales people also get": the Service rows Sales does not share (it answered Zapier,
    the one UI Workflow row that serves Sales, as if Sales were asked)."""
    answer = engine.respond("at the UI workflow level, which ones are for ticket handling alone? Leave out anything "
                            "the sales people also get.")
    assert names(answer) == seed_rows(level="UI Workflow", client="Service", only_client=True), names(answer)


def test_a_platforms_level_asked_where_its_points_do_not_work_lists_the_levels_rows(engine: Engine) -> None:
    """"welke externe API's kan onze klantenservice gebruiken ... in de cloud": the CS SOAP services are not
    available in Online (seed 002), so the External APIs rows that serve Service online, not the platform's points."""
    answer = engine.respond("Koekjesfabriek: welke externe API's kan onze klantenservice gebruiken nu SuperOffice in "
                            "de cloud draait? (kolom 'koppelingen')")
    assert answer.intent == "list", answer.intent
    assert names(answer) == seed_rows(level="External APIs", client="Service", online=True), names(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Upgrade plan, step 4: check that Sentry Plugins stop working once the joinery moves to the hosted edition.",
     "Sentry Plugins"),
    ("Release notes read for our move, a question left: can the helpdesk keep its Custom Screens in SuperOffice "
     "Online?", "Custom Screens"),
])
def test_an_upgrade_named_in_a_heading_is_the_occasion_not_the_question(engine: Engine, question: str,
                                                                        row: str) -> None:
    """A version word in a heading before a colon ("Upgrade plan, step 4: ...", "Release notes read for our move
    ...: ...") tells the occasion; where the row works is asked (they got "not versions and release details")."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_a_release_named_in_a_heading_is_still_asked_about(engine: Engine) -> None:
    """"Onsite upgrade to v12: do our compiled custom dialogs need rebuilding?": the release is the question (guard)."""
    assert_beyond(engine.respond("Onsite upgrade to v12: do our compiled custom dialogs need rebuilding?"))


def test_a_sandbox_of_a_place_is_that_place(engine: Engine) -> None:
    """"is it on the cloud sandbox they gave us?": a tenant of that place, no configuration asked (it got "not
    configuration and deployment details")."""
    answer = engine.respond("Our admin types the values of the drop-downs in herself, nothing comes from another "
                            "system. Which feature is that, and is it on the cloud sandbox they gave us?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Lists"], names(answer)


def test_a_failure_told_as_the_condition_of_a_need_is_no_failure_asked(engine: Engine) -> None:
    """"refuse a save if the orchard field stays empty": what the code should do, on the self-hosted web client's
    data layer, not a failure asked about (a guard: without the rule it gets "not what an error means")."""
    answer = engine.respond("#team-3 quick one before the jury at 16:00: we're hacking the host's self-hosted "
                            "SuperOffice web (a kiwi grower). we want our own .NET logic to run whenever the company "
                            "page creates, updates or deletes its data, e.g. refuse a save if the orchard field stays "
                            "empty. overriding the page's data processing, no new UI. what's that extension called?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["DataHandlers"], names(answer)


def test_a_channel_or_a_person_addressed_is_no_word_of_the_question(engine: Engine) -> None:
    """"#team-4 ... @mentor": who is addressed, not words nothing explains; "toevoegen" is Dutch for adding (the
    Dutch question got "not that detail")."""
    answer = engine.respond("#team-4 @mentor weet iemand of we eigen Custom Dialogs kunnen toevoegen als de "
                            "klant naar de SuperOffice-cloud gaat? demo om 15:00!")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Custom Dialogs"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_list_narrowed_under_a_bracketed_note_is_the_list_narrowed(fresh_engine: Engine) -> None:
    """"[note pinned below] keep just those that still run on our own hardware": the list just shown, onsite; the
    words in square brackets are an aside (it answered "I don't know")."""
    fresh_engine.respond("[flipchart, left] the external API tier: all of it?", thread="t-pin")
    answer = fresh_engine.respond("[note pinned below] keep just those that still run on our own hardware",
                                  thread="t-pin")
    assert names(answer) == seed_rows(level="External APIs", onsite=True), names(answer)


def test_an_accented_name_is_one_word(engine: Engine) -> None:
    """"Lucía", "François": a name with an accent stays one word (it broke into "luc" and "a")."""
    answer = engine.respond("François from the bakery asks: can his sellers use Custom Screens?")
    assert set(answer.explanation.unexplained) <= {"francois", "bakery"}, answer.explanation.unexplained
    assert names(answer)[:1] == ["Custom Screens"]


def test_a_follow_up_after_a_label_with_a_pronoun_carries_the_row(fresh_engine: Engine) -> None:
    """"Inés again: and if it were her two agents on the helpdesk rather than the sellers?": the thread's row for the
    other client (it listed every Service row)."""
    fresh_engine.respond("Inés, who runs a climbing gym, asks whether her sellers can work with Custom Screens.",
                         thread="t-ines")
    answer = fresh_engine.respond("Inés again: and if it were her two agents on the helpdesk rather than the "
                                  "sellers?", thread="t-ines")
    assert names(answer)[:1] == ["Custom Screens"], names(answer)
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_ok_now_and_a_platform_switches_the_thread_to_it(fresh_engine: Engine) -> None:
    """"ok now the browser UI, customer hosted on SuperOffice Online": the online Web client's points after the
    Windows client's ("customer hosted" is not onsite when it is hosted on SuperOffice Online; it said "I don't
    know")."""
    fresh_engine.respond("which hooks does the installed Windows desktop CRM give a developer?", thread="t-now")
    answer = fresh_engine.respond("ok now the browser UI, customer hosted on SuperOffice Online", thread="t-now")
    assert platform_id(answer) == "web-client-online", (answer.intent, answer.verdict)


def test_a_place_with_its_version_word_is_the_place(engine: Engine) -> None:
    """"funkar Continuous Database ... alltså Online-versionen?": the Online edition, not a version asked."""
    answer = engine.respond("funkar Continuous Database när SuperOffice står för driften, alltså Online-versionen?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Continuous Database"]
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_need_said_not_to_do_is_set_aside(engine: Engine) -> None:
    """"... several boats per customer, so one extra field per customer won't do": the extra field is what will not
    do, so the need is not an extra value on the card (it read "To store an extra value ...")."""
    answer = engine.respond("our support team must log every boat each customer owns - hull number, length, year - "
                            "several boats per customer, so one extra field per customer won't do. built in the "
                            "admin pages, no developer. which feature?")
    assert "add-field" not in answer.explanation.note, answer.explanation.note
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_a_no_code_link_between_two_web_apps_is_connecting_cloud_apps(engine: Engine) -> None:
    """"clicked together between the two web apps": SuperOffice wired to another cloud app without code (it read
    "read and write SuperOffice data from your own application")."""
    answer = engine.respond("Question from Tomás, kayak rentals, SuperOffice in the cloud: when a guest fills in the "
                            "sign-up form on their site builder, a contact should show up in the CRM automatically. "
                            "Nobody there can code, so it has to be clicked together between the two web apps.")
    assert answer.explanation.note == "need connect-saas", answer.explanation.note
    assert names(answer)[:1] == ["Zapier"]


@pytest.mark.parametrize(("question", "kind"), [
    ("Mirroring's first sync has run for two days on our tenant. Is that normal?", "error"),
    ("Zeitlimit für Batch-Task-Plugins: lässt es sich erhöhen?", "limit"),
    ("NetServer scripts: is there a way to reload them without a restart? on-prem", "config"),
    ("SQL Scripts: må NetServer-tjenesten stoppes før vi kjører dem?", "config"),
    ("Sales Guide stages with translations for several languages - possible to import?", "contents"),
])
def test_symptoms_limits_and_settings_in_new_words_are_beyond_the_data(engine: Engine, question: str,
                                                                       kind: str) -> None:
    """Told in words no earlier test used: each answered as the detail it is, beyond the data (they were described
    as the row, or answered where it works)."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert msg.DETAILS[kind] in answer.verdict, answer.verdict


def test_the_level_of_a_platforms_points_asked_of_it_by_name_is_the_platforms(engine: Engine) -> None:
    """"Welche externen Schnittstellen hat SuperOffice Customer Service?": its external integration points are its
    SOAP services (seed 002), now that "externen Schnittstellen" names the level (a guard: with the level named and no
    lift for the platform asked by name, it fell below the threshold)."""
    answer = engine.respond("Welche externen Schnittstellen bietet SuperOffice Customer Service?")
    assert platform_id(answer) == "customer-service", (answer.intent, answer.verdict)


def test_german_external_interfaces_name_the_level(engine: Engine) -> None:
    """"Welche externen Schnittstellen stehen unseren Vertriebsleuten ... zur Verfügung?" on their own server: the
    External APIs rows for Sales onsite (it listed the Configuration rows)."""
    answer = engine.respond("Die Firma bleibt auf dem eigenen Server. Welche externen Schnittstellen stehen unseren "
                            "Vertriebsleuten danach zur Verfügung?")
    assert names(answer) == seed_rows(level="External APIs", client="Sales", onsite=True), names(answer)


def test_clients_said_not_to_matter_filter_nothing(engine: Engine) -> None:
    """"sales or support doesn't matter": no client filter (it read "doesn't" as "not Sales")."""
    answer = engine.respond("anyone got the full set of ways to talk to SuperOffice from our own program outside it "
                            "(the external API level)? hosting doesn't matter, sales or support doesn't matter, we "
                            "need every one of them")
    assert names(answer) == seed_rows(level="External APIs"), names(answer)


def test_doesnt_matter_moots_only_what_comes_before_it(engine: Engine) -> None:
    """"sales or support doesn't matter, we're onsite": the place told after it still filters (it was dropped)."""
    answer = engine.respond("which web services can we use, sales or support doesn't matter, we're onsite")
    web_services = [r for r in seed_rows(level="External APIs", onsite=True) if r in ("SOAP", "Restful")]
    assert names(answer) == web_services, names(answer)
    assert "onsite" in answer.verdict, answer.verdict


def test_the_list_asked_for_is_no_pointer_to_the_list_before(fresh_engine: Engine) -> None:
    """"Even snel de lijst graag" ("the list, quickly please") asks for the list of its own question; only "die
    lijst", "that list" point back (in one conversation it narrowed the list before; found by `--session`)."""
    question = ("Klant (bloemenkwekerij, draait in de cloud) vraagt tijdens de demo welke externe API's hun "
                "verkopers kunnen gebruiken. Even snel de lijst graag, voordat ik iets toezeg.")
    fresh_engine.respond("everything usable online for both sales and service, the complete inventory please",
                         thread="t-lijst")
    answer = fresh_engine.respond(question, thread="t-lijst")
    assert answer.explanation.followup == "a question of its own", answer.explanation.followup
    assert names(answer) == names(fresh_engine.respond(question))


@pytest.mark.parametrize("message", ["how are you", "hur mår du?", "wie geht's?"])
def test_how_are_you_is_small_talk(engine: Engine, message: str) -> None:
    """"how are you" greets; it is not a question the bot fails to understand ("I don't know that one")."""
    answer = engine.respond(message)
    assert answer.intent == "greeting", answer.intent
    assert not answer.fallback


def test_a_needs_points_are_those_of_the_platform_named(engine: Engine) -> None:
    """"the phone system should pop up the caller's contact card in the desktop app": the Windows client's COM API
    among the need's points, not the Customer Service SOAP services too (a guard: found in a REPL batch while this
    session's changes were in progress)."""
    answer = engine.respond("the phone system should pop up the caller's contact card in the desktop app")
    text = text_of(answer)
    assert "COM API" in text
    assert "SOAP.exe" not in text


@pytest.mark.parametrize(("question", "filters"), [
    ("every option usable on SuperOffice Online - any tier, sellers or support", {"online": True}),
    ("what scripting options exist on our own server? (sales and support both count)",
     {"level": "Scripting", "onsite": True}),
    ("Our parent company runs SuperOffice Online exclusively. List every option we could use on that platform - any "
     "level, sellers or support.", {"online": True}),
])
def test_either_client_counting_filters_no_client(engine: Engine, question: str, filters: dict[str, object]) -> None:
    """"sellers or support", "sales and support both count": rows for either client, not only rows serving both
    (they listed the few rows that serve both); "runs SuperOffice Online exclusively" is where the asker is, not
    rows that work online only."""
    answer = engine.respond(question)
    assert names(answer) == seed_rows(**filters), names(answer)  # type: ignore[arg-type]


def test_a_company_moved_to_a_place_is_no_record_saved(engine: Engine) -> None:
    """"... and that it would still exist if we later moved the company to the hosted service": a move, not a
    company record's happening (it read "run your own logic when a record is saved"); "fixed phases ... per
    phase" after a signed job is a project's process."""
    answer = engine.respond("DD item 4.2: the target builds bespoke organs (about 12 commissions a year). Every signed "
                            "commission turns into a build with fixed phases - design, voicing, install - with tasks "
                            "and documents suggested per phase. Winning the commission is not part of this. Confirm "
                            "which built-in feature their sellers use, and that it would still exist if we later "
                            "moved the company to the hosted service.")
    assert answer.explanation.note == "need project-process", answer.explanation.note
    assert names(answer)[:1] == ["Project Guide"]


def test_that_version_after_a_place_is_the_place(engine: Engine) -> None:
    """"Our reps use the hosted version. ... what is open to them in that version?": the place named before, not a
    version asked (it got "I can't answer that")."""
    answer = engine.respond("Our reps use the hosted version. Of the external API options, what is open to our "
                            "reps in that version?")
    assert not answer.fallback, answer.verdict
    assert names(answer) == seed_rows(level="External APIs", client="Sales", online=True), names(answer)


@pytest.mark.parametrize(("question", "kind"), [
    ("Zapier 'deal won' trigger does not include the custom field values", "error"),
    ("PUT or PATCH on the REST person entity - which keeps what I leave out?", "api"),
    ("Preferences: which table stores the default currency?", "api"),
    ("NetServer scripts: does IIS need a recycle after I change one?", "config"),
])
def test_bug_reports_verbs_tables_and_recycles_are_beyond_the_data(engine: Engine, question: str, kind: str) -> None:
    """Told in words no earlier test used (found in the held-out synth-be after its first look)."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert msg.DETAILS[kind] in answer.verdict, answer.verdict


@pytest.mark.parametrize("question", [
    "Change CR-88 / Summary: sellers want a small popup on the company card to confirm a visit / Environment: own "
    "IIS, web client / Open question: which extension point?",
    "our reps need a little dialog box on the contact card where they tick off a visit, self-hosted web client",
])
def test_a_thing_placed_on_a_card_is_that_thing_not_a_field(engine: Engine, question: str) -> None:
    """"a small popup on the company card": where the popup goes, not an extra field on the card (it answered
    User-defined Fields; found in the quick-start REPL)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["Custom Dialogs"], names(answer)


def test_for_support_names_the_service_client(engine: Engine) -> None:
    """"which connectors work for support online?": none serves Service (seed 000: both connectors are Sales'); it
    listed both as if no client were asked (found in the quick-start REPL)."""
    answer = engine.respond("which connectors work for support online?")
    assert answer.verdict.startswith("No row"), answer.verdict
    assert not set(seed_rows(client="Service")) & {"Quote Connector", "ERP Sync Connector"}


def test_the_handheld_apps_are_the_mobile_clients(fresh_engine: Engine) -> None:
    """"and for the handheld apps?" after a platform's points: the mobile clients' (it answered the app store)."""
    fresh_engine.respond("what can outside systems hook into in the Windows client?", thread="t-hand")
    answer = fresh_engine.respond("and for the handheld apps?", thread="t-hand")
    assert platform_id(answer) == "mobile", (answer.intent, answer.verdict)


@pytest.mark.parametrize("question", [
    "what can our self-hosted Service installation use for extensions?",
    "list the extensibility options that fit a self-hosted Service setup",
])
def test_a_hyphen_binds_closer_than_a_space(engine: Engine, question: str) -> None:
    """"a self-hosted Service installation" is onsite and Service: "self-hosted" is one word, so its "hosted" does
    not start "hosted service" (the online hosting); it listed online rows for both clients (found in the held-out
    synth-be)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == set(seed_rows(onsite=True, client="Service")), names(answer)


@pytest.mark.parametrize("question", [
    "a mobile bakery with its own server: which options for sellers?",
    "we set up SuperOffice for a mobile pet-grooming outfit, hosted on our own box. which options work for their reps?",
])
def test_a_platform_word_said_of_the_business_is_no_platform(engine: Engine, question: str) -> None:
    """"a mobile bakery": what kind of business, not the mobile clients (it answered the mobile clients' points;
    found in the held-out synth-be: "the CRM of a mobile disco business")."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == set(seed_rows(onsite=True, client="Sales")), names(answer)


def test_on_a_mobile_is_still_the_mobile_clients(engine: Engine) -> None:
    """Guard: "on a mobile?" names the device, the end of the message after it."""
    answer = engine.respond("can my reps see custom panels on a mobile?")
    assert platform_id(answer) == "mobile", (answer.intent, answer.verdict)


def test_a_seller_walked_through_steps_is_the_sales_guide(engine: Engine) -> None:
    """Sales Guide's distinctive word includes the seller ("selger", "Verkäufer"): a heading's "Side project:"
    does not make the sale's steps a Project Guide (found in the held-out synth-be)."""
    answer = engine.respond("Side project: a florist on its own server. Each seller should go through the same "
                            "fixed steps from first enquiry to signed order, with the next call suggested. Which "
                            "feature?")
    assert names(answer)[:1] == ["Sales Guide"], names(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Q4.9 - Please confirm that Sales Guide is NOT offered to the customer's support (Service) users and is meant "
     "for sales users only (customer: a ferry timetable software vendor). Answer needed:", "Sales Guide"),
    ("Part C, item 4: kindly confirm that the Project Guide is intended for salespeople and never reaches helpdesk "
     "staff (customer: a regional water utility)", "Project Guide"),
])
def test_a_request_to_confirm_asks_yes_or_no(engine: Engine, question: str, row: str) -> None:
    """"Please confirm that ...", "... Answer needed:": a questionnaire asks in a request's form; the row's cell is
    the answer, not a fallback for a statement about the row; "never reaches" is no detail of what a row holds
    (found in synth-bg's questionnaire items)."""
    answer = engine.respond(question)
    assert answer.intent == "availability", (answer.intent, answer.verdict)
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_a_place_denied_in_a_yes_no_question_gets_where_the_row_works(engine: Engine) -> None:
    """"confirm that Sentry Plugins are not part of the hosted offering for our sellers": it said "Yes. Sentry
    Plugins serves Sales." as if the hosted offering had not been asked about; what the row is says onsite only."""
    answer = engine.respond("Q5.1 - Please confirm that Sentry Plugins are not part of the hosted offering for the "
                            "seed bank's sellers. Answer needed:")
    assert names(answer)[:1] == ["Sentry Plugins"], names(answer)
    assert "onsite only" in answer.verdict, answer.verdict
    assert not answer.verdict.startswith("Yes"), answer.verdict


@pytest.mark.parametrize(("question", "level"), [
    ("for our helpdesk on their own server: which tools sit between configuration and scripting?", "UI Workflow"),
    ("was liegt zwischen Scripting und den internen APIs, für Sales?", "External APIs"),
])
def test_a_level_between_two_others_is_the_one_in_between(engine: Engine, question: str, level: str) -> None:
    """"between configuration and scripting": the seed's stairs put UI Workflow there; the two named are its
    bounds (it listed the Configuration rows; found in synth-bg and the held-out synth-be)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer), answer.verdict
    assert {lv for name, lv, *_ in SEED_MATRIX if name in names(answer)} == {level}, names(answer)


@pytest.mark.parametrize("question", [
    "our sellers need one extra box on each company card for the route day - one value per company, not a separate "
    "table with lots of rows. That's plain config on the sales side, right? What's it called? Own server.",
    "FAQ (draft) - kiln rental intranet / Q: Our two sellers want one more box on every customer card: 'kiln size'. "
    "One value per customer, no separate register with several rows. Can our admin add that in the hosted "
    "SuperOffice without a developer, and what is the feature called?",
])
def test_one_more_box_on_every_card_is_a_field(engine: Engine, question: str) -> None:
    """"one more box on every customer card ... one value per customer": an extra field, and "lots of rows" are a
    table's rows, no list of the matrix's rows asked (it listed the Configuration rows, or a web panel; found in
    synth-bg and the held-out synth-be)."""
    answer = engine.respond(question)
    assert answer.intent == "scenario", (answer.intent, answer.verdict)
    assert names(answer)[:1] == ["User-defined Fields"], names(answer)


def test_a_row_named_in_a_heading_of_the_level_listed_is_an_example(engine: Engine) -> None:
    """"Section D - Direct database access. List every extensibility option at the database level": the row in the
    heading is one of the level's, the list is asked (it answered SQL Scripts alone)."""
    answer = engine.respond("Part 3, item 2 - Direct database access. List every extensibility option SuperOffice "
                            "puts at the database level, whatever the hosting.")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == set(seed_rows(level="Database")), names(answer)


@pytest.mark.parametrize("question", [
    "Q2.1 (customer: a courier service, 40 users). Which extensibility options stay usable when the customer runs "
    "SuperOffice as the vendor-hosted service rather than on its own infrastructure? Provide the complete set, any "
    "client.",
    "Our client, a translation service, uses SuperOffice in the cloud instead of on its own servers: give me the "
    "full set of options that work for them.",
])
def test_a_business_that_is_a_service_and_a_place_preferred_over_another(engine: Engine, question: str) -> None:
    """"a courier service" is what the customer is, not the Service client; "rather than on its own infrastructure"
    sets the other place aside, it asks for no rows of one place only; "provide" is no provider; "runs SuperOffice
    as the vendor-hosted service" tells where, not a record's happening (found in synth-bg)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == set(seed_rows(online=True)), names(answer)


@pytest.mark.parametrize("question", [
    "Docs: explain what sort of scripting dialect CRMScript actually is",
    "what type of API is the Restful one, really?",
])
def test_what_sort_of_thing_a_row_is_describes_it(engine: Engine, question: str) -> None:
    """"what sort of scripting dialect CRMScript actually is": what the row is, which the data says; not a detail of
    what it holds (it fell back as "its kinds, values or settings"; found in synth-bg)."""
    answer = engine.respond(question)
    assert answer.intent == "describe", (answer.intent, answer.verdict)
    assert not answer.fallback, answer.verdict


def test_what_kind_of_things_a_row_has_is_still_beyond_the_data(engine: Engine) -> None:
    """Guard: "what kind of events does CRMScript have?" asks what the row holds."""
    assert_beyond(engine.respond("what kind of events does CRMScript have?"))


@pytest.mark.parametrize("question", [
    "Which URL does the old ticket-system SOAP API of Customer Service live at?",
    "is the SOAP interface for Customer Service still there once we are hosted?",
])
def test_the_soap_api_of_customer_service_is_the_cs_soap_services(engine: Engine, question: str) -> None:
    """"the SOAP API of Customer Service": the Customer Service SOAP services of seed 002 (SOAP.exe, not in Online),
    named with the platform apart from the row's word; it answered the matrix's SOAP row (found in synth-bg)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-cs-soap", (answer.intent, answer.verdict)
    assert "SOAP.exe" in text_of(answer)


def test_hosting_whatever_names_no_place(engine: Engine) -> None:
    """"hosting whatever - cloud or own box": the place does not matter, every row serving the client (it listed
    the rows of both places only; found in synth-bg)."""
    answer = engine.respond("pls every option for the support crew (a sauna builder). hosting whatever - cloud or "
                            "own box")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == set(seed_rows(client="Service")), names(answer)


def test_what_the_asker_already_built_does_not_lead_the_options(engine: Engine) -> None:
    """"the admin already built the table ... which feature builds a form on top of the existing table?": the form
    (Custom Screens) leads; the table the asker has does not echo Extra Tables (found in synth-bg)."""
    answer = engine.respond("our helpdesk admin already built the table for the boat registrations in the admin "
                            "pages. What's missing is a proper form agents fill in, with our own layout and field "
                            "checks. Which feature builds that form on top of the existing table? Cloud version.")
    assert names(answer)[:1] == ["Custom Screens"], names(answer)


def test_sell_and_service_is_a_verb(engine: Engine) -> None:
    """"we sell + service cash registers": what the business does, not the Service client; the ERP sync the message
    asks for serves Sales (it answered Restful, the connectors filtered out for Service; found in synth-bg)."""
    answer = engine.respond("we sell and service coffee machines; company addresses in SO never match the ERP. is "
                            "there a standard way to keep both in sync both ways? prices and quotes dont matter. "
                            "cloud version")
    assert names(answer)[:1] == ["ERP Sync Connector"], names(answer)


def test_the_superoffice_web_services_are_the_apis(engine: Engine) -> None:
    """"authenticates against the SuperOffice web services ... on-premises compared with the hosted service": the
    web service APIs, whose sign-in the federated-authentication topic tells; not the Web client and the Service
    client (it answered the Web client's points; found in synth-bg)."""
    answer = engine.respond("Q3.1 - Sign-in (customer: a glass recycler). Describe how an integration authenticates "
                            "against the SuperOffice web services on-premises compared with the hosted service.")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.verdict)


def test_a_committed_date_for_parity_is_the_online_restrictions_topic(engine: Engine) -> None:
    """"Is there a committed date by which the hosted service will offer the same customisation capabilities as
    on-premises? If not, the reason given": seed 000's "Online vs. onsite extensibility" answer and its reason
    (it listed the rows of both places; found in synth-bg)."""
    answer = engine.respond("Part F, vendor roadmap: is there a committed date by which the hosted service offers the "
                            "same customization capabilities as on-premises installs? If not, the reason given.")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.verdict)


def test_a_word_two_letters_longer_is_no_typo_of_a_short_name(engine: Engine) -> None:
    """"mobilise" is no typo of "mobile" (a short name matches one letter off, or with an ending: "we hosten" is
    "we host"); the job's phases after the contract is signed are a Project Guide (it answered the mobile clients;
    found in synth-bi after its first run)."""
    answer = engine.respond("Risk R4: every drilling job follows the same phases (survey, permit, mobilise, drill, "
                            "hand-over) with standard tasks and documents per phase, after the contract is signed. "
                            "Which configuration feature is that? We're on the cloud version.")
    assert names(answer)[:1] == ["Project Guide"], names(answer)


@pytest.mark.parametrize(("question", "start"), [
    ("SuperMacro: usable by our account managers?", "No"),
    ("Assumption A7: our sellers will NOT be able to use Triggers, since those belong to the Service side. Confirm or "
     "reject.", "Triggers is"),
])
def test_account_managers_and_a_claim_to_confirm_or_reject(engine: Engine, question: str, start: str) -> None:
    """Account managers are sellers; "Confirm or reject." asks yes or no, and "Assumption A7:" is which item of the
    asker's list it is, no word against the question (both fell back; found in synth-bh and synth-bi after their
    first runs)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert answer.verdict.startswith(start), answer.verdict


def test_which_kind_of_scripting_fits_asks_for_a_row(engine: Engine) -> None:
    """"Which kind of scripting fits?": which scripting row, not a detail of what a row holds (it fell back;
    found in synth-bi after its first run). "what kind of scripting events does CRMScript have?" stays a detail
    (test_what_kind_of_things_a_row_has_is_still_beyond_the_data)."""
    answer = engine.respond("Quiz, part 2: a locksmith wants a small VBScript to run whenever a user opens a company "
                            "in the CRM program installed on their office PCs. Which kind of scripting fits? I "
                            "guessed the JavaScript-like one from the admin pages.")
    assert names(answer)[:1] == ["Windows Client"], names(answer)


@pytest.mark.parametrize("question", [
    "Quote Connector in an Online tenant cannot reach our price server on-prem - what firewall rules are needed?",
    "Which transaction isolation level is used when SQL scripts are run on an onsite database?",
])
def test_what_thing_nothing_explains_is_beyond_a_named_row(engine: Engine, question: str) -> None:
    """"what firewall rules", "which transaction isolation level": the thing the question asks for, right after
    "what" or "which", is a word nothing in the data explains, about a row it names: the honest fallback with the
    row, not where the row works (it answered "Yes. Quote Connector works onsite."; found in synth-bi)."""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert answer.intent == "out-of-scope", answer.intent
    assert names(answer)[:1] in (["Quote Connector"], ["SQL Scripts"]), names(answer)


@pytest.mark.parametrize("question", [
    "SuperMacro - which lvl is it on",
    "Unsere Firma hostet SuperOffice selbst. Die IT will kleine Skripte, die serverseitig im Anwendungsserver "
    "(NetServer) ablaufen, nicht im Client. Welcher Eintrag der Übersicht ist das?",
])
def test_which_level_or_entry_is_still_answered(engine: Engine, question: str) -> None:
    """The guard of the rule above: "which lvl", "welcher Eintrag" ask for what the data holds (a level, a row)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict


def test_the_answer_a_trainee_gave_and_what_does_not_come_into_it(engine: Engine) -> None:
    """"I answered: custom web API code plus a nightly job" is what the asker tried, not what the need is; "Offers
    and prices don't come into it" rejects the quote side: the ERP sync leads (it led with the web API it was told
    about; found in synth-bi)."""
    answer = engine.respond("Quiz Q14: 'A joinery wants customer records kept identical between its accounting "
                            "package and the CRM - new customers on either side appear on the other, address changes "
                            "flow both ways. Offers and prices don't come into it.' I answered: custom web API code "
                            "plus a nightly job. Isn't there a ready-made route?")
    assert names(answer)[:1] == ["ERP Sync Connector"], names(answer)


def test_none_of_us_writes_code_is_the_no_code_constraint(engine: Engine) -> None:
    """"none of us writes code": the no-code constraint, so the rule set up in the admin pages (Triggers) leads,
    not a script (it answered CRMScript; found in synth-bj)."""
    answer = engine.respond("Survey response #87: \"At our kayak rental the helpdesk gets about 40 booking complaints "
                            "a week by e-mail. They should land with the right person by themselves, the second they "
                            "arrive - no agent clicking anything, and none of us writes code. Your admin pages are a "
                            "maze.\" Forwarded by the PM: what would have solved this?")
    assert names(answer)[:1] == ["Triggers"], names(answer)


def test_a_part_that_is_sorted_is_not_what_is_asked(engine: Engine) -> None:
    """"the consultant created the table, so storage is sorted. What's still missing is an input form": the form
    (Custom Screens) leads, not the table that is there (it led with Extra Tables; found in synth-bj)."""
    answer = engine.respond("Our repair team's agents have a register for site visits now - the consultant created "
                            "the table, so storage is sorted. What's still missing is an input form of our own design "
                            "where agents enter a visit. We're in the cloud. Which feature is that?")
    assert names(answer)[:1] == ["Custom Screens"], names(answer)


def test_winning_the_order_is_the_sales_guide(engine: Engine) -> None:
    """From the first call to the signed order, only the winning of the order: the Sales Guide leads, not the
    Project Guide (the row descriptions now tell the sale up to the signed order and the delivery after it; it led
    with the Project Guide; found in synth-bj)."""
    answer = engine.respond("Interview prep: they may ask me how I'd help a steel fabricator whose reps skip steps "
                            "between first call and signed order (qualify, site visit, offer, follow-up). Only the "
                            "winning of the order matters here - the fabrication afterwards runs elsewhere. What is "
                            "the built-in way to walk reps through those steps?")
    assert names(answer)[:1] == ["Sales Guide"], names(answer)


def test_not_just_one_level_asks_for_all_of_them(engine: Engine) -> None:
    """"list all of it, every level, not just the scripting bit": "not just" adds the level, it puts nothing aside;
    "a support department" is Service (it listed the Sales rows but Scripting; found in synth-bj)."""
    answer = engine.respond("Interview prep: they'll surely ask what a support department can still customise when "
                            "SuperOffice hosts everything for them. I'd like to list all of it, every level, not just "
                            "the scripting bit.")
    assert answer.intent == "list", answer.intent
    assert "CRMScript" in names(answer), names(answer)
    assert "Triggers" in names(answer), names(answer)
    assert "Sales Guide" not in names(answer), names(answer)


def test_customise_as_much_as_onsite_asks_for_the_reason_and_a_date(engine: Engine) -> None:
    """"When will the cloud version let us customise as much as our old on-prem install did? Give us a date.": the
    Online restrictions and their reason (seed 000), not a list of rows (found in synth-bj)."""
    answer = engine.respond("Survey response #502: \"When will the cloud version finally let us customise as much as "
                            "our old on-prem install did? Give us a date.\" PM: what's our official line on this?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.verdict)


@pytest.mark.parametrize(("question", "row"), [
    ("Sentry Plugin greift bei REST-Abfragen nicht - Bug oder gewollt?", "Sentry Plugins"),
    ("SAINT status monitors: where are the threshold values stored in the database?", "SAINT"),
    ("Wo werden die Daten der Extra Tables gespeichert?", "Extra Tables"),
])
def test_a_bug_after_a_negation_and_where_data_is_stored_are_beyond_the_data(engine: Engine, question: str,
                                                                             row: str) -> None:
    """A "nicht" in the clause before does not deny the "Bug" after the dash; "where ... stored" asks where a row
    keeps its data: the honest fallback with the row (they compared two rows, or said where the row works; found in
    synth-bj)."""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_a_fixed_set_of_choices_instead_of_free_text_is_a_list(engine: Engine) -> None:
    """Fields that offer fixed choices instead of free text, typed in once by an admin: Lists (it listed every row
    for Sales; found in synth-bj)."""
    answer = engine.respond("ADR-017 draft - Context: our bakery (9 staff, two of them sell) wants the 'loaf size' "
                            "field to offer fixed choices instead of free text, for the sellers and for the two "
                            "colleagues answering customer mail. Options considered: (a) free text plus discipline; "
                            "(b) choices an admin types in once in the settings screens. Open question: name of "
                            "option (b)?")
    assert names(answer)[:1] == ["Lists"], names(answer)


@pytest.mark.parametrize(("question", "env"), [
    ("Survey response #212, forwarded by product: \"We build crates for fruit growers. Our sellers want to note on "
     "every company card which pallet size that customer ships on. One value per company, that's all - no separate "
     "register. You host our CRM. Why is that so hard to find?\" PM: which feature do we point them to?", "online"),
    ("We're choosing between running SuperOffice ourselves and the hosted offering. Is there anything we would get "
     "ONLY with the hosted offering, which a self-run install lacks?", "online only"),
])
def test_you_host_our_crm_and_running_it_ourselves_are_places(engine: Engine, question: str, env: str) -> None:
    """"You host our CRM" (said to SuperOffice) is Online; "running SuperOffice ourselves", "a self-run install"
    are onsite (the first offered the onsite-only Continuous Database first, the second described a need; found
    in synth-bj)."""
    answer = engine.respond(question)
    if env == "online":
        assert names(answer)[:1] == ["User-defined Fields"], names(answer)
    else:
        assert names(answer) == ["Zapier", "Database Mirroring"], names(answer)


def test_the_helpdesk_agents_too_continues_the_thread(engine: Engine) -> None:
    """"just the reps, or the agents on the helpdesk too?" ends with "too": it asks the thread's row again for
    other clients, not what the Service platform offers (found in synth-bj)."""
    engine.respond("Interview prep: would database mirroring count as an external API, level-wise?", thread="too")
    answer = engine.respond("just the reps, or the agents on the helpdesk too?", thread="too")
    assert answer.platform is None, answer.platform
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_a_hint_word_is_no_comparison_asked(engine: Engine) -> None:
    """"the value of another dropdown": the Dutch "or" ("of") is only a hint of a comparison; two rows named in a
    statement about something else are beyond the data (it compared Custom Screens with Lists; found in synth-bj)."""
    answer = engine.respond("Custom Screen with a dropdown that depends on the value of another dropdown")
    assert answer.fallback, answer.verdict
    assert answer.intent == "out-of-scope", answer.intent


@pytest.mark.parametrize(("question", "fallback"), [
    ("Custom page on an onsite install: where do I register it so it appears in the navigator?", True),
    ("where can I use CRMScript?", False),
])
def test_where_do_i_register_it_asks_for_configuration(engine: Engine, question: str, fallback: bool) -> None:
    """"where do I register it": where a row is set up, beyond the data (it described Custom Pages); "where can I
    use it?" still asks where it works (found in synth-bj)."""
    assert engine.respond(question).fallback is fallback


def test_click_the_flow_together_is_no_code(engine: Engine) -> None:
    """"click the flow together in a third-party automation service": no code, so Zapier before the REST API (found
    in synth-bj)."""
    answer = engine.respond("Interview prep: a hoist rental firm on SuperOffice Online wants each newly signed "
                            "customer copied into their newsletter tool and a Google Sheet as well, but nobody there "
                            "programs - the idea is to click the flow together in a third-party automation service. "
                            "Which option fits?")
    assert names(answer)[:1] == ["Zapier"], names(answer)


def test_what_replaces_it_there_asks_for_the_alternatives(engine: Engine) -> None:
    """"what replaces it there?" after DataHandlers in Online: what works in its place there (the alternatives),
    not a thing of the row nothing explains - "replaces" has an object after it, so it is the verb, not the thing
    asked (it fell back)."""
    engine.respond("can I deploy DataHandlers to CRM Online?", thread="replaces")
    answer = engine.respond("what replaces it there?", thread="replaces")
    assert not answer.fallback, answer.verdict
    assert names(answer)[0] == "DataHandlers", names(answer)
    assert len(names(answer)) > 1, names(answer)


@pytest.mark.parametrize("turns", [
    ("Ticket #4672 - requester in sales at a dam operator: is the Quote Connector something our reps can use on the "
     "hosted tenant?", "Second comment from the same requester on #4672: the two colleagues answering customer-service "
     "mail - do they get it too?"),
    ("Sheet 'Web client', row 12: can our field reps use Custom Pages on our own hardware?",
     "ok and row 13, same thing for the complaint handlers?"),
    ("Retro open question: Archive Providers - is that purely a Sales thing?",
     "and once Elin's Q3 cut-over to SuperOffice Online is done?"),
])
def test_a_follow_up_with_a_client_or_place_of_its_own_asks_the_row_again(engine: Engine,
                                                                          turns: tuple[str, str]) -> None:
    """The thread's row asked again for a client or place the follow-up names: the words that tell who they are
    ("the two colleagues answering customer-service mail") are no question of their own; "complaint handlers" are
    Service; a "Q3 cut-over" is a move (they fell back; found in synth-bh and synth-bi)."""
    thread = turns[0][:12]
    engine.respond(turns[0], thread=thread)
    answer = engine.respond(turns[1], thread=thread)
    assert not answer.fallback, answer.verdict
    assert answer.intent == "availability", answer.intent


@pytest.mark.parametrize(("question", "intent"), [
    ("PRD v2, open question 8: enumerate every option on the scripting rung of SuperOffice's extensibility ladder.",
     "list"),
    ("Anderes Thema: Continuous Database - welche Stufe ist das, und geht das auch gehostet bei SuperOffice?",
     "availability"),
    ("pls confirm our support ppl can NOT get the Sales Guide, even on our own server", "availability"),
    ("- Vorstand fragt: Was kann unser Kundenservice alles nutzen, wenn SuperOffice künftig bei SuperOffice gehostet "
     "wird? (Dombauhütte, 12 Leute im Büro)", "list"),
    ("Dear sobot, can the sellers in our rosemaling studio set their own Preferences in SuperOffice?", "availability"),
])
def test_labels_and_words_around_the_question_in_new_voices(engine: Engine, question: str, intent: str) -> None:
    """"PRD v2" is the paper's version, not SuperOffice's; "welche Stufe" asks a level, which the data holds; "can
    NOT get the Sales Guide" (an article before the row) is a claim asked about, no row set aside; "alles" asks for
    every row; "sobot" is the bot's own name, no word of the question (they fell back or listed; found in synth-bk
    and synth-bl)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert answer.intent == intent, answer.intent


def test_the_support_inbox_is_service_in_a_follow_up(engine: Engine) -> None:
    """"the two people answering the support inbox" are Service: the thread's row asked again for them (it fell back;
    found in synth-bl)."""
    engine.respond("Dear sobot, can the sellers in our pottery set their own Preferences in SuperOffice?",
                   thread="inbox")
    answer = engine.respond("Thank you! And the two people answering the support inbox?", thread="inbox")
    assert answer.intent == "availability", (answer.intent, answer.verdict)
    assert "Service" in answer.verdict, answer.verdict


@pytest.mark.parametrize(("question", "row"), [
    ("NetServer scripts onsite: where does their log output end up on the app server?", "NetServer Service"),
    ("DataHandlers: if two of them hook the same page, which one gets called first?", "DataHandlers"),
    ("Trigger 'request changed' also fires when a message is added from a script - expected?", "Triggers"),
])
def test_where_output_ends_up_which_runs_first_and_whether_it_is_meant(engine: Engine, question: str,
                                                                       row: str) -> None:
    """Where a row's output ends up, which of two runs first, whether a behaviour is expected: beyond the data, the
    honest fallback with the row (they described the row or a need; found in synth-bk and synth-bl)."""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_wat_abt_the_people_answering_tickets_continues_the_thread(engine: Engine) -> None:
    """"wat abt" is "what about"; "the ppl answering tickets" are Service: the thread's row asked again for them (it
    fell back; found in synth-bk)."""
    engine.respond("SAINT 4 our reps when SO hosts everything - ok?", thread="abt")
    answer = engine.respond("wat abt the ppl answering tickets?", thread="abt")
    assert names(answer)[:1] == ["SAINT"], names(answer)
    assert "Service" in answer.verdict, answer.verdict


def test_the_hosted_db_denied_is_the_database_not_the_place(engine: Engine) -> None:
    """"cant touch the hosted db": the database is out of reach, the customer is still in the cloud - Database
    Mirroring, not the onsite SQL scripts (found in synth-bk)."""
    answer = engine.respond("bi guy wants full copy of all our cloud SO data in his own sql server every night for "
                            "dashboards. no api calls per record, cant touch the hosted db. wat feature is that thx")
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_automating_inside_versus_integrating_outside_in_sms_words(engine: Engine) -> None:
    """"wats the diff btw automating stuff inside SO vs building an integration that runs outside it? which langs go
    where": seed 000's automation-versus-integration text (it fell back; found in synth-bk)."""
    answer = engine.respond("wats the diff btw automating stuff inside SO vs building an integration that runs "
                            "outside it? which langs go where")
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.verdict)


def test_thanks_in_between_leaves_the_threads_subject(engine: Engine) -> None:
    """"thx!" between a question and its follow-up: small talk leaves the thread's subject where it was, so "just the
    reps, or the agents on the helpdesk too?" still asks about the row (it answered the Customer Service platform;
    found trying the bot in the REPL)."""
    engine.respond("would database mirroring count as an external API, level-wise?", thread="thx")
    assert engine.respond("thx!", thread="thx").intent == "thanks"
    answer = engine.respond("just the reps, or the agents on the helpdesk too?", thread="thx")
    assert answer.platform is None, answer.platform
    assert names(answer)[:1] == ["Database Mirroring"], names(answer)


def test_a_word_of_the_need_echoes_its_best_row_only(engine: Engine) -> None:
    """"ships its own tables ... versioned steps the installer applies": the tables are what the need is about, so
    "tables" does not put Extra Tables before Continuous Database (it did; found in synth-bj and synth-bl)."""
    answer = engine.respond("Our add-on creates its own tables at customers who host SuperOffice themselves. The "
                            "schema changes must come as versioned steps the installer runs on each upgrade, nothing "
                            "clicked together in the admin screens. Which mechanism is that?")
    assert names(answer)[:1] == ["Continuous Database"], names(answer)


def test_a_need_word_still_echoes_when_the_best_row_is_not_where_the_asker_is(engine: Engine) -> None:
    """"a completely new screen in the web client": the need's best row (the Service screen designer) is not in the
    web client, so "screen" still points to Custom Pages among the rest (guard)."""
    answer = engine.respond("In the web client on our own server we want a completely new screen with its own layout "
                            "that lists the spare parts per machine. What kind of extension is that?")
    assert names(answer)[:1] == ["Custom Pages"], names(answer)


def test_no_before_a_hyphened_modifier_sets_the_row_aside(engine: Engine) -> None:
    """"No hand-run SQL": the hyphened "hand-run" is one word between the negation and the row, so SQL Scripts is
    set aside, not named (it was named and led the options; found in synth-bl)."""
    answer = engine.respond("Our tables must be added in versioned steps by the installer on the customer's server. "
                            "No hand-run SQL. Which database mechanism?")
    assert "SQL Scripts" not in names(answer), names(answer)
    assert names(answer)[:1] == ["Continuous Database"], names(answer)


def test_each_platform_denied_sets_its_rows_at_the_level_aside(engine: Engine) -> None:
    """"scripts ... - not in the desktop program, not in the admin pages of the ticket module": both platforms are
    denied, so their scripting rows (Windows Client, and CRMScript, the ticket module's own) are set aside and the
    application server's scripting is left (only one denied platform was set aside; found in synth-bk, -bc, -bf,
    -bh)."""
    answer = engine.respond("Our C# developers want scripts on the application server that run whenever an "
                            "appointment is saved. Not in the installed desktop program, not in the admin pages of "
                            "the ticket module. We host everything ourselves. Which extensibility point?")
    assert names(answer)[:1] == ["NetServer Service"], names(answer)
    assert "CRMScript" not in names(answer), names(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Our team wants scripts that run in the application server layer whenever a request is saved through the web "
     "services. Not in the desktop program. Our own server. Which extensibility point?", "NetServer Service"),
    ("Our documents should be stored in our own archive system rather than SuperOffice's, through a plug-in we "
     "write. We are onsite. What do we build?", "Document Plugins"),
])
def test_a_family_passed_through_is_not_the_family_asked(engine: Engine, question: str, row: str) -> None:
    """"updated through the web services": the web services are the way the data comes, not the kind of row asked
    for; "through a plug-in we write" is one to build (the second a guard)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], names(answer)


def test_a_platform_told_in_the_setup_leaves_the_described_need(engine: Engine) -> None:
    """"SO runs on the pc in the harbour office. ... lay out those stages n tasks per booking, not the selling bit.
    what do i use": the desktop is where SuperOffice runs, told before the question; the need its words describe
    is still the answer (it fell back; found in synth-bk)."""
    answer = engine.respond("ferry charters, 4 staff, SO runs on the pc in the harbour office. every booked trip "
                            "needs the same prep once its sold: crew roster, safety check, fuel, catering. want SO to "
                            "lay out those stages n tasks per booking, not the selling bit. what do i use")
    assert names(answer)[:1] == ["Project Guide"], names(answer)


def test_a_platform_told_in_the_setup_with_no_goal_is_still_asked_about(engine: Engine) -> None:
    """"... on the Windows PCs. A volunteer who writes software wants to know which places in that program his own
    app could connect to": no goal described, only who builds - the platform's points (guard)."""
    answer = engine.respond("We're a choir, still on the installed SuperOffice program on the Windows PCs in the "
                            "church office. A member who writes software wants to know which places in that program "
                            "his own app could hook into. Pointers I could pass on?")
    assert answer.platform is not None, answer.intent
    assert answer.platform.id == "windows-client", (answer.intent, answer.platform.id)


@pytest.mark.parametrize(("question", "rows"), [
    ("Our team wants scripts for the Service side, and we run SuperOffice on our own servers. What is there?",
     ["CRMScript", "NetServer Service"]),
    ("my boss wants scripting in the cloud version for Sales - which options?", []),
])
def test_a_level_wanted_after_a_possessive_is_still_the_level(engine: Engine, question: str, rows: list[str]) -> None:
    """"Our team wants scripts", "my boss wants scripting": the possessive is the team's, the level is what is
    wanted (it was read as a thing of theirs, "our GIS database", and the whole client's rows were listed)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert "Scripting" in answer.verdict, answer.verdict
    assert names(answer) == rows or not rows, names(answer)


def test_a_short_label_that_names_nothing_does_not_count_against_the_question(engine: Engine) -> None:
    """"Meeting notes: ... Is that right?": a two-word label before a colon tells what kind of note this is, like
    "Risk R12:"; its words do not make a yes/no question about the row one about something the data does not hold
    (it fell back; found in synth-bm)."""
    answer = engine.respond("Meeting notes: the sellers can NOT use Custom Screens at all, only the support team. "
                            "Is that right?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Custom Screens"], names(answer)
    assert "Service" in answer.verdict, answer.verdict


@pytest.mark.parametrize(("question", "row"), [
    ("Project Guide stages are missing on projects imported before the guide existed. Is there a way to backfill "
     "them?", "Project Guide"),
    ("[Docs] Removing a list item: what becomes of the sales that still point to it?", "Lists"),
    ("Setting the height and width of a custom page", "Custom Pages"),
])
def test_a_doing_or_a_fate_asked_of_a_row_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """"is there a way to backfill them?", "what becomes of the sales ...", "the height and width": the doing after
    "a way to", what happens to data, a size - none of them in the data; the honest fallback with the row (they were
    answered as a scenario, the row's availability and its description; found in synth-bm)."""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


@pytest.mark.parametrize(("question", "env"), [
    ("Zapier with a self-managed SuperOffice server: possible?", "onsite"),
    ("Kan vi bruke Zapier om vi låter SuperOffice drifta allt åt oss?", "online"),
])
def test_who_runs_superoffice_in_more_words(engine: Engine, question: str, env: str) -> None:
    """"a self-managed server" is onsite; "låter SuperOffice drifta allt åt oss" (SuperOffice runs it all for us) is
    Online (they were words nothing explains; found in synth-bm)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Zapier"], names(answer)
    assert answer.verdict.startswith("Yes" if env == "online" else "No"), answer.verdict


def test_a_deploy_script_is_no_scripting_level(engine: Engine) -> None:
    """"Yesterday: deploy script for the ... browser client": a deployment script is a task done, not the Scripting
    level asked for - the page's data handling is still the answer (the level put the web client's DataHandlers
    behind the scripting rows; found in synth-bm)."""
    answer = engine.respond("Yesterday: deploy script for the rowing club's browser client, which runs on our own "
                            "IIS. Today: when a seller saves a membership sale, our .NET code must take over the "
                            "create/update/delete of that page's data. Blocker: can the save itself be overridden? "
                            "Not a new page, not a pop-up.")
    assert names(answer)[:1] == ["DataHandlers"], names(answer)


@pytest.mark.parametrize(("first", "then", "platform", "verdict"), [
    ("what can developers plug into the Windows client?", "and the web client hosted by us?", "web-client-onsite",
     "Integration points of the Web client (onsite)"),
    ("Can the sellers use Zapier?", "and if it is hosted by us?", None, "No. Zapier is online only"),
])
def test_hosted_by_us_is_onsite(engine: Engine, first: str, then: str, platform: str | None, verdict: str) -> None:
    """"hosted by us" is the asker's own hosting - onsite, not the "hosted" of SuperOffice's cloud (both follow-ups
    were read as Online; found in synth-bk)."""
    engine.respond(first, thread="us")
    answer = engine.respond(then, thread="us")
    assert (answer.platform.id if answer.platform else None) == platform, answer.verdict
    assert answer.verdict.startswith(verdict), answer.verdict


@pytest.mark.parametrize(("question", "intent"), [
    ("Hi, forwarding for our client: their admin wants to know which configuration-level features the sellers can "
     "use. Please send the full list so I can pass it on.", "list"),
    ("They run SuperOffice web on their own IIS. What can a developer hook into there? Please send the overview.",
     "platform"),
])
def test_please_send_the_answer_is_no_errand(engine: Engine, question: str, intent: str) -> None:
    """"Please send the full list", "please send the overview": what is sent is the answer itself, not an errand
    beyond the data (both fell back as requests; found in synth-bn)."""
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, answer.verdict)


def test_please_send_something_else_is_still_an_errand(engine: Engine) -> None:
    """"Can you send me the license key for Zapier?": a thing to send that is not the answer - the honest fallback
    with the row (guard)."""
    answer = engine.respond("Can you send me the license key for Zapier?")
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Zapier"], names(answer)


def test_a_popup_with_our_own_fields_is_the_popup(engine: Engine) -> None:
    """"a small window should pop up over the screen with our own fields": the popup is what is built, the fields
    what it shows (the extra-field need was chosen, User-defined Fields first; found in synth-bn and synth-bi)."""
    answer = engine.respond("Self-hosted SuperOffice web. When a seller clicks 'Order samples' on a company, a small "
                            "window should pop up over the screen with our own fields and checks, written in C#. Not "
                            "a whole page. Which extension is that?")
    assert names(answer)[:1] == ["Custom Dialogs"], names(answer)


def test_an_offer_written_is_a_quote_not_what_a_platform_offers(engine: Engine) -> None:
    """"each offer our reps write": a noun, the quote - not the "offer" of "what does the Windows client offer?"
    (the online Web client's points answered; found in synth-bn)."""
    answer = engine.respond("We are on SuperOffice Online; each offer our reps write should pick the products from "
                            "our own catalogue system. Which integration covers that?")
    assert answer.intent == "scenario", (answer.intent, answer.verdict)
    assert names(answer)[:1] == ["Quote Connector"], names(answer)


def test_a_need_refused_puts_its_best_row_back(engine: Engine) -> None:
    """"ONE extra value on every member's card ... no separate register": the register is a table of one's own,
    refused, so Extra Tables goes behind User-defined Fields (it led; found in synth-bl, -bn, -ay, -bb)."""
    answer = engine.respond("TODO: the choir wants ONE extra value on every member's person card - 'voice part'. One "
                            "value per member, no separate register of parts. Hosted SuperOffice, no code. Which "
                            "built-in thing is it?")
    assert names(answer)[:1] == ["User-defined Fields"], names(answer)


def test_a_need_of_platform_points_refused_leaves_the_row(engine: Engine) -> None:
    """"its own page in the navigation, not an embedded web panel": the panel is refused, not the custom page that
    serves the same need onsite (guard)."""
    answer = engine.respond("hobby shop, SO web on their own iis. they want a completely new screen in the web client "
                            "listing kits per supplier - its own page in the navigation, not an embedded web panel. "
                            "internal api row?")
    assert names(answer)[:1] == ["Custom Pages"], names(answer)


def test_where_a_long_subject_is_kept_is_a_storage_detail(engine: Engine) -> None:
    """"Where are the letter templates for the project guide stages kept?": where data is kept, the subject eight
    words long - beyond the data, with the row (it answered the guides' need; found in synth-bn)."""
    answer = engine.respond("Where are the letter templates for the project guide stages kept?")
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Project Guide"], names(answer)


@pytest.mark.parametrize(("question", "rows"), [
    ("Why does our Document Plugin not get called when a document is saved from the mobile app?",
     ["Document Plugins"]),
    ("Warum wird unser Sentry-Plugin bei REST-Aufrufen nicht ausgeführt?", ["Sentry Plugins", "Restful"]),
])
def test_why_something_does_not_happen_is_beyond_the_data(engine: Engine, question: str, rows: list[str]) -> None:
    """"Why does X not get called when ...?": the cause of a failure, beyond the data - the honest fallback with the
    rows (a description and a comparison answered; found in synth-bn). "Why can't we use X online?" is answered
    from the data (it names where)."""
    answer = engine.respond(question)
    assert answer.fallback, answer.verdict
    assert names(answer)[:len(rows)] == rows, names(answer)


@pytest.mark.parametrize(("question", "row", "verdict"), [
    ("why is there no SuperMacro for the sellers?", "SuperMacro", "No. SuperMacro is for Service only"),
    ("there is no Zapier onsite, correct?", "Zapier", "No. Zapier is online only"),
])
def test_there_is_no_row_asks_about_the_row(engine: Engine, question: str, row: str, verdict: str) -> None:
    """"why is there no SuperMacro for the sellers?", "there is no Zapier onsite, correct?": a claim that the row is
    missing there, asked about - not the row set aside and the rest of the client's or place's rows listed."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], names(answer)
    assert answer.verdict.startswith(verdict), answer.verdict


def test_the_mobile_apps_in_swedish_plural(engine: Engine) -> None:
    """"mobilapparna": the mobile clients in Swedish, plural and definite (it fell back; found in synth-bn)."""
    answer = engine.respond("vilka integrationspunkter har mobilapparna?")
    assert answer.platform is not None, (answer.intent, answer.verdict)
    assert answer.platform.id == "mobile", answer.platform.id


def test_the_pocket_sized_apps_are_the_mobile_clients(engine: Engine) -> None:
    """"and the pocket-sized apps?" after a platform question switches to the mobile clients (the app store
    topic answered; found in synth-bm)."""
    engine.respond("what can a partner plug into the Windows client?", thread="pocket")
    answer = engine.respond("and the pocket-sized apps?", thread="pocket")
    assert answer.platform is not None, (answer.intent, answer.verdict)
    assert answer.platform.id == "mobile", answer.platform.id


def test_how_an_integration_signs_in_is_the_sign_in_topic(engine: Engine) -> None:
    """"what changes in how an integration signs in, onsite versus online?": how integrations sign in, seed 002's
    federated authentication (the rows that differ between the places were listed; found in synth-bm)."""
    answer = engine.respond("what changes in how an integration signs in, onsite versus online?")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.verdict)


def test_the_values_of_the_cs_soap_action_parameter_are_data(engine: Engine) -> None:
    """"which values does the action query parameter accept?" of SOAP.exe: seed 002 names them (customer, ticket,
    admin) - the Customer Service SOAP topic, not a detail beyond the data (it fell back; found in synth-bn)."""
    answer = engine.respond("CS SOAP.exe: which values does the action query parameter accept?")
    assert answer.intent == "topic-cs-soap", (answer.intent, answer.verdict)
    said = " ".join([answer.verdict, *(p for section in answer.sections for p in (*section.paragraphs,
                                                                                 *section.bullets))])
    assert "ticket" in said, said


@pytest.mark.parametrize(("statement", "row"), [
    ("Quote Connector ignores the line discounts from our pricing system", "Quote Connector"),
    ("Extra table export to CSV drops line breaks in text fields", "Extra Tables"),
    ("Zap stays quiet for contacts we bulk-import - only hand-entered ones reach Zapier", "Zapier"),
])
def test_a_short_statement_about_what_a_row_does_is_beyond_the_data(engine: Engine, statement: str,
                                                                    row: str) -> None:
    """A problem told in a few words after the row's name, nothing asked ("Quote Connector ignores the line
    discounts ..."): how the row behaves, beyond the data - the honest fallback with the row, not the need its
    words suggest (found in synth-bj, -bl, -bm)."""
    answer = engine.respond(statement)
    assert answer.fallback, answer.verdict
    assert names(answer)[:1] == [row], names(answer)


def test_a_need_told_after_a_row_in_a_longer_message_is_still_a_need(engine: Engine) -> None:
    """"we sell a product configurator and want superoffice quotes to pull products and prices from it": a need
    told (what they want), not a statement about what the row does (guard)."""
    answer = engine.respond("we sell a product configurator and want superoffice quotes to pull products and prices "
                            "from it, online")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Quote Connector"], names(answer)


@pytest.mark.parametrize("question", [
    "list everything the hosted version does not have",
    "things the cloud edition does not offer, please",
])
def test_a_place_that_does_not_have_is_denied(engine: Engine, question: str) -> None:
    """"the hosted version does not have": "does not" after the place denies it - the rows that do not work online,
    not the ones that do (they listed the online rows; found in synth-bl)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert "Zapier" not in names(answer), names(answer)
    assert "NetServer Service" in names(answer), names(answer)


def test_a_move_in_the_autumn_in_norwegian(engine: Engine) -> None:
    """"når SuperOffice flyttes over i nettskyen til våren": a move to Online (passive "flyttes over i"), the season
    a time, no word the data cannot explain - is the row still usable there (it fell back; found in synth-bl)."""
    answer = engine.respond("Ledelsen spurte om Custom Pages fortsatt kan brukes når SuperOffice flyttes over i "
                            "nettskyen til våren.")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Custom Pages"], names(answer)
    assert answer.verdict.startswith("No."), answer.verdict


def test_a_statement_closing_the_message_tells_the_setup(engine: Engine) -> None:
    """"What's the SuperOffice name for that? We're on the subscription SuperOffice hosts.": the sentence after the
    question tells where they are; its "subscription" asks no price (it fell back as a price question; found in
    synth-bm)."""
    answer = engine.respond("New users should start with the same default currency and date format without fixing it "
                            "by hand. What's the SuperOffice name for that? We're on the subscription SuperOffice "
                            "hosts.")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Preferences"], names(answer)


def test_the_colleagues_handling_support_requests_are_service(engine: Engine) -> None:
    """"and the two colleagues handling support requests?": the Service client, the thread's row asked again for
    them (it repeated the Sales answer; found in synth-bb)."""
    engine.respond("Can our sellers use Archive Providers on our own server?", thread="requests")
    answer = engine.respond("and the two colleagues handling support requests?", thread="requests")
    assert names(answer)[:1] == ["Archive Providers"], names(answer)
    assert "for Sales only" in answer.verdict, answer.verdict


@pytest.mark.parametrize(("question", "rows"), [
    ("List the matrix rows whose only X sits in the Online column.", ["Zapier", "Database Mirroring"]),
    ("Which rows' only mark is in the onsite column?", None),
])
def test_the_only_mark_in_a_column_is_that_place_only(engine: Engine, question: str, rows: list[str] | None) -> None:
    """"whose only X sits in the Online column": the rows that work there only, not every row with a mark there (all
    the online rows were listed; found in synth-h)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    if rows is not None:
        assert names(answer) == rows, names(answer)
    else:
        assert "Preferences" not in names(answer), names(answer)
        assert "NetServer Service" in names(answer), names(answer)


@pytest.mark.parametrize(("question", "first"), [
    ("which rows are on the fourth level?", "SOAP"),
    ("what's on the second tier of the extensibility stairs?", "Triggers"),
    ("what is on the scripting step of the extensibility ladder?", "CRMScript"),
])
def test_one_step_of_the_stairs_asks_for_its_rows(engine: Engine, question: str, first: str) -> None:
    """"the fourth level", "the second tier" count seed 000's five stairs from configuration up; one step named asks
    for its rows, not for the stairs explained (the levels topic answered; found in synth-bm, -ar, -ay)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer)[:1] == [first], names(answer)


def test_two_levels_named_may_still_ask_about_the_stairs(engine: Engine) -> None:
    """"Who usually manages the configuration and UI workflow levels?": seed 000's text on who works at those
    levels, not their rows (guard)."""
    answer = engine.respond("Who usually manages the configuration and UI workflow levels?")
    assert answer.intent == "topic-levels", (answer.intent, answer.verdict)


@pytest.mark.parametrize(("question", "intent"), [
    ("onsite our sync tool sends username/password to the web services. what does it need for sign-in against CRM "
     "Online?", "topic-federated-auth"),
    ("what is the admin username and password of our online tenant?", "out-of-scope"),
])
def test_username_password_told_is_how_integrations_sign_in(engine: Engine, question: str, intent: str) -> None:
    """"sends username/password to the web services ... sign-in against CRM Online": how an integration signs in, seed
    002's federated authentication, not a password asked for (it fell back; found in synth-b, -l, -ab); asking for
    a tenant's password is still beyond the data (guard)."""
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, answer.verdict)


@pytest.mark.parametrize(("question", "intent", "rows"), [
    ("hello this is Piet from the joke shop, um, does SAINT work online?", "availability", ["SAINT"]),
    ("hi it's Lena at the weather station company, what kinds of scripting can we do on our own servers, every kind "
     "please", "list", ["CRMScript", "NetServer Service", "Windows Client"]),
    ("this is urgent: can I use CRMScript online?", "availability", ["CRMScript"]),
])
def test_a_callers_name_and_firm_ask_nothing(engine: Engine, question: str, intent: str, rows: list[str]) -> None:
    """"hello this is Piet from the joke shop, um, ...": a caller's name and firm said first tell who asks; a trigger
    word in the firm's name ("joke", "weather") is no question beyond the data, nor are its words left unexplained
    (both fell back; found in synth-bo's voicemails); "this is urgent" names nobody (guard)."""
    answer = engine.respond(question)
    assert (answer.intent, names(answer)) == (intent, rows), (answer.intent, answer.verdict)


def test_a_one_off_puts_nothing_aside(engine: Engine) -> None:
    """"a one-off UPDATE typed by hand": the "off" of a noun negates nothing, so the statement still tells hand-run SQL
    (Extra Tables came first; found in synth-bo, -bk)."""
    answer = engine.respond("Our consultant plans a one-off UPDATE typed by hand against the SuperOffice tables on our "
                            "own server to fix postcodes. No installer, no versioned schema steps. Which row is that?")
    assert answer.intent == "scenario", (answer.intent, answer.verdict)
    assert names(answer)[:1] == ["SQL Scripts"], names(answer)


def test_the_setup_around_a_row_asked_for_is_no_detail(engine: Engine) -> None:
    """"Group 5 asked: a ferry operator's ticketing backend should push ... Their developers only do JSON over HTTPS
    ... Which interface?": the row the description names is asked for; the words that tell the setup do not make it
    a detail beyond the data (it fell back; found in synth-bo)."""
    answer = engine.respond("Group 5 asked: a ferry operator's ticketing backend should push new company accounts into "
                            "SuperOffice and read contacts back. Their developers only do JSON over HTTPS with plain "
                            "GET/POST - no WSDL. Sales and customer service data both. Which interface?")
    assert not answer.fallback, answer.verdict
    assert names(answer)[:1] == ["Restful"], names(answer)


@pytest.mark.parametrize(("question", "platform"), [
    ("the browser client hosted on the customer's premises: which integration points does a developer get?",
     "web-client-onsite"),
])
def test_hosted_on_premises_is_onsite(engine: Engine, question: str, platform: str) -> None:
    """"hosted on the customer's premises" is where the customer hosts it, not SuperOffice's hosting: the onsite Web
    client (the question asked which web client was meant; found in synth-bo)."""
    answer = engine.respond(question)
    assert (answer.intent, platform_id(answer)) == ("platform", platform), (answer.intent, answer.verdict)


def test_why_is_that_after_a_refusal_asks_the_reason(engine: Engine) -> None:
    """"our DLL can't be uploaded there, why is that?": the reason for the "not" told just before is asked, as in
    "why can't I upload our DLL?", seed 002's online restrictions; not the rows for custom .NET code (found in
    synth-bo)."""
    answer = engine.respond("we're moving to Online and our DLL can't be uploaded there, why is that?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.verdict)


def test_why_is_that_after_a_fact_asks_no_reason(engine: Engine) -> None:
    """"CRMScript works online, why is that?": no "not" told before it, so the row's availability (guard)."""
    answer = engine.respond("CRMScript works online, why is that?")
    assert answer.intent == "availability", (answer.intent, answer.verdict)


def test_an_integration_point_named_in_a_statement_is_beyond_the_data(engine: Engine) -> None:
    """"Web panel in SuperOffice Mobile doesn't receive the contact id on Android 14": a short statement opening with
    an integration point tells what it does wrong, nothing asked of the platform's points (they were listed; found in
    synth-bo)."""
    answer = engine.respond("Web panel in SuperOffice Mobile does not get the person id on iOS 17")
    assert answer.fallback, (answer.intent, answer.verdict)


def test_an_integration_point_and_platform_alone_still_ask_for_the_points(engine: Engine) -> None:
    """"web panels in SuperOffice Mobile": nothing told besides the names, the platform's point is asked (guard)."""
    answer = engine.respond("web panels in SuperOffice Mobile")
    assert (answer.intent, platform_id(answer)) == ("platform", "mobile"), (answer.intent, answer.verdict)


def test_the_order_in_which_a_row_runs_is_beyond_the_data(engine: Engine) -> None:
    """"the order in which several Sentry plugins run for one record": when a row runs, not what it is (the row was
    described; found in synth-bo)."""
    answer = engine.respond("the order in which several Sentry plugins run for one record")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Sentry Plugins"], names(answer)


def test_a_way_to_do_something_to_a_row_is_asked(engine: Engine) -> None:
    """"Is there a way to force a recount, or does that only happen on a schedule?": the thing after "a way to force"
    is what is asked of SAINT, beyond the data, not a scheduled job wanted (found in synth-bo, -bp)."""
    answer = engine.respond("Our SAINT counters still show old figures after a big import. Is there a way to force a "
                            "recount, or does that only happen on a schedule?")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["SAINT"], names(answer)


def test_connection_points_are_integration_points(engine: Engine) -> None:
    """"Customer Service and partner systems: which connection points are there?": a platform's integration points,
    not the rows that serve Service (found in synth-bp)."""
    answer = engine.respond("Customer Service and partner systems: which connection points are there?")
    assert (answer.intent, platform_id(answer)) == ("platform", "customer-service"), (answer.intent, answer.verdict)


@pytest.mark.parametrize(("question", "rows"), [
    ("our support team is onsite: list everything from configuration to scripting they can use",
     ["Preferences", "Lists", "Triggers", "SuperMacro", "Extra Tables", "Custom Screens", "CRMScript",
      "NetServer Service"]),
    ("sales team on the SaaS edition: what can they use there, everything from setup options to APIs?",
     ["Preferences", "Lists", "User-defined Fields", "SAINT", "Sales Guide", "Project Guide", "Zapier", "SOAP",
      "Restful", "Quote Connector", "ERP Sync Connector", "Database Mirroring"]),
])
def test_everything_from_one_level_to_another_spans_the_levels_between(engine: Engine, question: str,
                                                                       rows: list[str]) -> None:
    """"everything from configuration to scripting": the levels from one end to the other, UI Workflow between them
    included; an end no level names ("from setup options to APIs") is the first step of the stairs (only the levels
    named were listed; found in synth-bp)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer) == rows, names(answer)


def test_a_family_word_counted_past_two_is_people(engine: Engine) -> None:
    """"a kayak school with fifteen guides": fifteen of them are people, not the two guide rows; what works online
    across every level is asked (the two guides were listed; found in synth-bp)."""
    answer = engine.respond("a kayak school with fifteen guides on the SaaS edition: what's the complete set of things "
                            "that works there, every level?")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == 17, names(answer)


def test_the_two_guides_are_still_the_family(engine: Engine) -> None:
    """"which of the two guides works online?": two is the family's own size, the guide rows (guard)."""
    answer = engine.respond("which of the two guides works online?")
    assert set(names(answer)) == {"Sales Guide", "Project Guide"}, (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Automating things inside SuperOffice versus a separate program of ours outside it: what separates the two?",
    "Code inside SuperOffice or an external program that connects to it - what is the difference?",
])
def test_inside_against_outside_is_automation_against_integration(engine: Engine, question: str) -> None:
    """"inside SuperOffice versus a separate program ... outside it": the contrast seed 002 draws between internal
    automation and external integration; "inside superoffice" in it tells no need to show pages inside (Custom Pages
    was the answer; found in synth-ac, -ar, -b, -bb, -bf, -v)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.verdict)


def test_when_the_online_gap_closes_is_the_online_restrictions(engine: Engine) -> None:
    """"Has anyone said by when that gap closes?": seed 002 says equivalent customisation online is intended with no
    timeline, which is the answer (it fell back; found in synth-ad, -af, -at)."""
    answer = engine.respond("Hosted SuperOffice is behind our own install on customising. Has anyone said by when that "
                            "gap closes?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.verdict)


def test_the_order_of_the_levels_is_the_levels_topic(engine: Engine) -> None:
    """"the extensibility levels, which are they and in what order?": the stairs' order is what the levels topic tells,
    no timing detail beyond the data (it fell back; found in synth-bp)."""
    answer = engine.respond("quick one: the extensibility levels, which are they and in what order?")
    assert answer.intent == "topic-levels", (answer.intent, answer.verdict)


def test_old_cs_web_services_are_the_cs_soap_services(engine: Engine) -> None:
    """"Old CS web services: what is the endpoint address?": the Customer Service SOAP services, whose address seed 002
    gives (it fell back; found in synth-bm)."""
    answer = engine.respond("Old CS web services: what is the endpoint address?")
    assert answer.intent == "topic-cs-soap", (answer.intent, answer.verdict)


@pytest.mark.parametrize("question", [
    "Beyond its internal automation, how can other systems integrate with SuperOffice Service?",
    "Customer Service external integration: is the legacy SOAP service really all there is?",
])
def test_outside_systems_into_a_named_platform_ask_its_points(engine: Engine, question: str) -> None:
    """"how can other systems integrate with SuperOffice Service?": the platform's integration points, which seed 002
    gives as its legacy SOAP services (the automation topic answered; found in synth-ai, -bl)."""
    answer = engine.respond(question)
    assert (answer.intent, platform_id(answer)) == ("platform", "customer-service"), (answer.intent, answer.verdict)


def test_no_row_for_one_client_alone_shows_the_shared_rows(engine: Engine) -> None:
    """"UI workflow stuff for our sellers only? (not the helpdesk side)": no UI Workflow row is Sales' alone, so the
    rows Sales shares with Service, Zapier, rather than an empty answer (found in synth-am)."""
    answer = engine.respond("UI workflow stuff for our sellers only? (not the helpdesk side)")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer) == ["Zapier"], names(answer)


def test_taking_a_setup_off_a_server_is_where_it_moves_from(engine: Engine) -> None:
    """"take the UI workflow setup off the basement server and into SuperOffice Online": the "off" of a move tells
    where it comes from, not a place set aside; the rows that keep working are those of both places (found in
    synth-af, -ac)."""
    answer = engine.respond("we will take the UI workflow setup off the basement server and into SuperOffice Online: "
                            "which of those rows keep working?")
    assert names(answer) == ["Triggers", "SuperMacro", "Extra Tables", "Custom Screens"], names(answer)


def test_two_rows_in_a_short_statement_are_beyond_the_data(engine: Engine) -> None:
    """"Custom Screen dropdown lists ids instead of labels after the import": a short statement opening with a row
    tells what goes wrong; "instead of" compares nothing (the two rows were compared; found in synth-bn)."""
    answer = engine.respond("Custom Screen dropdown lists ids instead of labels after the import")
    assert answer.fallback, (answer.intent, answer.verdict)


def test_rows_set_against_each_other_in_a_heading_are_still_compared(engine: Engine) -> None:
    """"Project Guide vs Sales Guide: level and supported clients": a heading that sets two rows against each other
    asks for the comparison (guard)."""
    answer = engine.respond("Project Guide vs Sales Guide: level and supported clients")
    assert answer.intent == "compare", (answer.intent, answer.verdict)


@pytest.mark.parametrize(("question", "fallback"), [
    ("what's the largest height in pixels a popup may have?", True),
    ("what's the best way to show a popup in the web client?", False),
])
def test_whats_the_limit_of_the_thing_described_is_asked(engine: Engine, question: str, fallback: bool) -> None:
    """"what's the largest height in pixels a popup may have?": a limit of the thing described is asked, beyond the
    data, not which row makes popups (found in synth-bm); "what's the best way to show a popup" still asks for the row
    (guard)."""
    answer = engine.respond(question)
    assert answer.fallback is fallback, (answer.intent, answer.verdict)


def test_a_short_statement_opening_with_a_row_is_beyond_the_data_whatever_place_it_names(engine: Engine) -> None:
    """"Quote Connector: product photos missing on quote lines in CRM Online": a short statement opening with the row
    tells a problem, whatever place it names (it said the row works online; found in synth-bd, -bp)."""
    answer = engine.respond("Quote Connector: product photos missing on quote lines in CRM Online")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Quote Connector"], names(answer)


def test_a_statement_to_confirm_is_still_asked(engine: Engine) -> None:
    """"SQL Scripts marked onsite-only; confirm hosted customers can't run them": a statement put up to be confirmed
    asks where the row works (guard)."""
    answer = engine.respond("SQL Scripts marked onsite-only; confirm hosted customers can't run them")
    assert not answer.fallback, (answer.intent, answer.verdict)


def test_an_integration_behaving_differently_online_is_how_it_signs_in(engine: Engine) -> None:
    """"why would our integration behave differently against CRM Online than against our own server?": seed 002's
    answer is that the web service APIs are the same and only the sign-in differs (the online Web client's points
    were listed; found in synth-bn)."""
    answer = engine.respond("why would our integration behave differently against CRM Online than against our own "
                            "server?")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.verdict)


def test_the_rights_a_calling_user_needs_are_beyond_the_data(engine: Engine) -> None:
    """"SOAP.exe?action=ticket - which user rights does the calling user need?": seed 002 gives the CS SOAP services'
    address, not the rights their callers need (the topic answered as if it did; found in synth-bh)."""
    answer = engine.respond("SOAP.exe?action=ticket - which user rights does the calling user need?")
    assert answer.fallback, (answer.intent, answer.verdict)


def test_the_fields_a_connector_maps_are_beyond_the_data(engine: Engine) -> None:
    """"Quote Connector: which company fields are mapped by default?": what a row holds in detail, beyond where it
    works (the row was described; found in synth-bi)."""
    answer = engine.respond("Quote Connector: which company fields are mapped by default?")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Quote Connector"], names(answer)


def test_a_numbered_note_label_asks_nothing(fresh_engine: Engine) -> None:
    """"p. 12, note (Danish colleague): virker det også ...?": a label with a number of its own and who wrote it tells
    where the note stands, so the follow-up asks where the row works (it fell back on the label's words; found in
    synth-bo)."""
    fresh_engine.respond("p. 12, note: Project Guide - sellers only?", thread="t")
    answer = fresh_engine.respond("p. 12, note (Danish colleague): virker det også når kunden ligger i SuperOffice "
                                  "sin sky?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.verdict)
    assert names(answer) == ["Project Guide"], names(answer)


def test_a_slow_script_is_a_performance_detail(engine: Engine) -> None:
    """"Startup of the Windows client takes half a minute ... How can we find which script is slow?": speed, beyond
    the data (the row was offered as the fit; found in synth-bh)."""
    answer = engine.respond("Startup of the Windows client takes half a minute since we added lots of event scripts. "
                            "How can we find which script is slow?")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Windows Client"], names(answer)


@pytest.mark.parametrize(("question", "fallback"), [
    ("spring bug bash notes: which rows sit on the Configuration level?", False),
    ("Bug: which version of CRMScript fixes the date parsing?", True),
])
def test_a_detail_word_in_a_label_before_a_question_asks_nothing(engine: Engine, question: str,
                                                                  fallback: bool) -> None:
    """"spring bug bash notes: which rows sit on the Configuration level?": the bug of the label says what the notes
    are for; the question after the colon asks for the level's rows (it fell back on "bug"; found in synth-az); a
    detail asked after the colon is still beyond the data (guard)."""
    answer = engine.respond(question)
    assert answer.fallback is fallback, (answer.intent, answer.verdict)


def test_a_row_first_statement_with_one_word_of_its_own_is_beyond_the_data(engine: Engine) -> None:
    """"Project Guide activities created twice after moving a project back one stage": a short statement opening with
    the row tells a problem even when one word of its own is all it adds to the need's words (the guides were offered
    for the need; found in synth-bg, -bl)."""
    answer = engine.respond("Project Guide activities created twice after moving a project back one stage")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Project Guide"], names(answer)


def test_a_to_do_ending_in_ask_is_a_label(engine: Engine) -> None:
    """"[ ] figure out who shares what -> ask: what is built for ...?": a to-do that ends in what to ask names nothing
    and asks nothing itself; the question after it is answered (it fell back on the to-do's words; found in
    synth-bp)."""
    answer = engine.respond("[ ] figure out who shares what -> ask: what is built for the sellers AND the support desk "
                            "together?")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert "Zapier" in names(answer), names(answer)


@pytest.mark.parametrize(("question", "intent"), [
    ("Could the docs say whether Online will ever get the same customisation as onsite?", "topic-online-restrictions"),
    ("The docs lack an example for the Quote Connector", "out-of-scope"),
])
def test_what_the_docs_should_say_is_asked(engine: Engine, question: str, intent: str) -> None:
    """"Could the docs say whether Online will ever get the same customisation?": what the docs should say is the
    question, answered from seed 002 (it fell back as documentation feedback; found in synth-bp); a missing example
    is still feedback on the docs (guard)."""
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, answer.verdict)


def test_only_existing_as_long_as_the_product_stays_onsite_is_onsite_only(engine: Engine) -> None:
    """"everything that only exists as long as SuperOffice stays on our own servers": the rows that work onsite only;
    the product named as the subject and its verb of staying do not hide the condition (every onsite row was listed;
    found in synth-bl, -bo)."""
    answer = engine.respond("list everything that only exists as long as SuperOffice stays on our own servers")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == 13, names(answer)
    assert "Preferences" not in names(answer), names(answer)


def test_two_rows_as_a_heading_are_still_compared(engine: Engine) -> None:
    """"Custom Pages and Ajax Methods: level and availability": two rows as a heading ask for their cells, not a
    statement of a problem (guard; the statement rule read synth-br's heading as one before it was kept to
    statements without a heading)."""
    answer = engine.respond("Custom Pages and Ajax Methods: level and availability")
    assert answer.intent == "compare", (answer.intent, answer.verdict)


def test_no_idea_puts_nothing_aside(engine: Engine) -> None:
    """"(no idea what scripting means here)": an idiom, not scripting set aside (the list came back empty, Scripting
    both asked and set aside; found in synth-br)."""
    answer = engine.respond("hosted SuperOffice: which 'scripting' things can they get in the cloud? (no idea what "
                            "scripting means here)")
    assert names(answer) == ["CRMScript"], (answer.intent, answer.verdict)


def test_when_is_something_automation_is_the_automation_topic(engine: Engine) -> None:
    """"When is something automation, and when is it integration?": the line seed 002 draws between internal
    automation and external integration, no timing detail (it fell back; found in synth-br)."""
    answer = engine.respond("When is something automation, and when is it integration?")
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.verdict)


def test_a_partner_app_getting_inside_a_named_client_asks_its_points(engine: Engine) -> None:
    """"SuperOffice Mobile: any way for a partner app to get inside it?": the mobile clients' points, not the online
    app store (found in synth-br)."""
    answer = engine.respond("SuperOffice Mobile: any way for a partner app to get inside it?")
    assert (answer.intent, platform_id(answer)) == ("platform", "mobile"), (answer.intent, answer.verdict)


def test_the_identical_question_for_another_row_continues(fresh_engine: Engine) -> None:
    """"item 4.4, comment: identical question for Extra Tables.": the question before, asked of another row (the row
    was described; found in synth-bq)."""
    fresh_engine.respond("item 4.3, comment: are Ajax Methods supported in the hosted edition?", thread="t")
    answer = fresh_engine.respond("item 4.4, comment: identical question for Extra Tables.", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.verdict)
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_which_event_fires_and_where_files_live_are_beyond_the_data(engine: Engine) -> None:
    """"NetServer scripting event that fires ahead of deleting a person? And the file location for those scripts?":
    an event's name and a file's place, beyond the data (the row was described; found in synth-br)."""
    answer = engine.respond("NetServer scripting event that fires ahead of deleting a person? And the file location "
                            "for those scripts?")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["NetServer Service"], names(answer)


@pytest.mark.parametrize(("question", "first"), [
    ("finance here: for every client we need the date they registered for VAT kept on the client card itself, one "
     "value per client, nothing fancy. SuperOffice hosts us. What is that called?", "User-defined Fields"),
    ("Our consultant keeps the tool loans in his own database and wants them to show up as a searchable, read-only "
     "list in the browser SuperOffice on our server - nobody edits them there. What's that hook called?",
     "Archive Providers"),
])
def test_the_thing_described_leads_with_its_row(engine: Engine, question: str, first: str) -> None:
    """"the date they registered for VAT kept on the client card itself, one value per client": an extra field on the
    card, User-defined Fields (it fell back, or the ERP sync came first; found in synth-bq); "keeps the tool loans in
    his own database": a database of his, not the Database level, so the read-only list asked for is Archive
    Providers (SQL Scripts came first; found in synth-br)."""
    answer = engine.respond(question)
    assert answer.intent == "scenario", (answer.intent, answer.verdict)
    assert names(answer)[:1] == [first], names(answer)


def test_every_option_from_one_end_to_another_spans_the_levels(engine: Engine) -> None:
    """"every option, from the settings up to the APIs": as "everything from ... to ...", the levels from the first
    step to External APIs (only External APIs was listed; found in synth-bq)."""
    answer = engine.respond("once SuperOffice hosts us, what can our helpdesk use - every option, from the settings up "
                            "to the APIs?")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == 11, names(answer)


def test_doesnt_matter_puts_no_place_aside(engine: Engine) -> None:
    """"every level - doesn't matter if hosted or on their own server": the "doesn't" of what does not matter negates
    nothing, so every Service row, wherever it works (Service's onsite-only rows were listed; found in synth-br)."""
    answer = engine.respond("everything the support side can use, every level - doesn't matter if hosted or on their "
                            "own server")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == 14, names(answer)


@pytest.mark.parametrize(("question", "count"), [
    ("we move from our own server to the hosted version: for our sales side only, which possibilities would no longer "
     "be possible once hosted?", 13),
    ("which rows are for the sales side only?", 16),
])
def test_our_side_only_is_the_customers_scope(engine: Engine, question: str, count: int) -> None:
    """"for our sales side only": the customer's side, so what the move takes from it, rows it shares with Service
    included (only Sales' own rows were listed; found in synth-bq); "rows for the sales side only" still asks for the
    rows that serve Sales alone (guard)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == count, names(answer)


@pytest.mark.parametrize(("question", "count"), [
    ("what's on the UI workflow level, only what online supports", 5),
    ("UI workflow rows that are online only", 1),
])
def test_only_what_a_place_supports_picks_by_place(engine: Engine, question: str, count: int) -> None:
    """"only what online supports": "only" picks the level's rows that work online, not the rows that work online
    only (found trying the REPL: Zapier alone was listed); "rows that are online only" still asks for those (guard)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert len(names(answer)) == count, names(answer)


@pytest.mark.parametrize(("question", "rows"), [
    ("do archive and MDO providers work online?", ["Archive Providers", "MDO Providers"]),
    ("are document and sentry plugins available in CRM Online?", ["Document Plugins", "Sentry Plugins"]),
    ("custom pages and dialogs onsite?", ["Custom Pages", "Custom Dialogs"]),
])
def test_rows_that_share_words_are_each_named(engine: Engine, question: str, rows: list[str]) -> None:
    """"archive and MDO providers", "custom pages and dialogs": one word beside another row's name, sharing the rest of
    it, names its row too, as seed 002 itself writes ("archive and MDO providers, document, sentry and batch task
    plugins"); only the row named whole was answered (found trying the REPL)."""
    answer = engine.respond(question)
    assert names(answer)[:2] == rows, (answer.intent, names(answer))


def test_of_after_the_docs_is_still_documentation_feedback(engine: Engine) -> None:
    """"please add a docs page of examples for CRMScript": the "of" of a noun is no "whether", so this stays a request
    to change the docs, told as such (guard: only "whether" and its German and Nordic words ask what the docs should
    say)."""
    answer = engine.respond("please add a docs page of examples for CRMScript")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert "documentation" in answer.verdict, answer.verdict


@pytest.mark.parametrize("question", [
    "Why on earth won't they let us upload our own compiled assembly to our cloud tenant? On the old box it took "
    "minutes.",
    "our developer built a DLL for our own server and now we move to the hosted version, he says they won't let him "
    "upload it at all, why's that, I want the reason before the board meets",
    "The supplier says they are not permitted to put their own built program files into our CRM, which SuperOffice "
    "hosts, though they could do it on our old server for years. Why is that? Licence?",
    "Comment on row 12: why exactly may nobody upload their own compiled DLLs to a SuperOffice Online tenant? I need "
    "the reason in one sentence.",
    "Their add-on, a compiled DLL, ran on their own server for years. Moving to the cloud, they were told no DLLs can "
    "be installed there. The customer wants to know WHY - they suspect a sales trick.",
])
def test_a_reason_asked_for_what_is_not_possible(engine: Engine, question: str) -> None:
    """"why won't they let us upload ...", "..., why's that", "not permitted ... on our old server. Why is that?", "why
    may nobody ...", "wants to know WHY - ...": the reason for what is not possible online is asked, not which row
    serves the compiled code it names (the rows for custom code were offered; found in synth-at, -bo, -bq, -bh and
    -br). The negation may stand in the sentence before "why is that?", and "why" may end its clause."""
    answer = engine.respond(question)
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.verdict)


def test_why_is_that_so_asks_about_what_follows(engine: Engine) -> None:
    """"... no separate register. Why is that so hard to find?": the reason something is so, not for the "no" before
    it; the need is answered (guard)."""
    answer = engine.respond("One value per company card for the pallet size, nothing more, no separate register. Why "
                            "is that so hard to find? Which feature is it?")
    assert names(answer)[:1] == ["User-defined Fields"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "what are the rungs of its extensibility, from admin clicks at the bottom to compiled code at the top?",
    "PRD v2, open question 3: what are the levels SuperOffice groups its extensibility into, lowest to highest?",
])
def test_the_levels_from_bottom_to_top(engine: Engine, question: str) -> None:
    """"from ... at the bottom to ... at the top", "lowest to highest": the order of the levels, the stairs asked (the
    compiled code at the top was read as a need; found in synth-bm). A numbered label before the colon ("open question
    3:") names where the question stands, whatever its words ("question" made it a help question; found in synth-bk)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-levels", (answer.intent, answer.verdict)


def test_two_ways_compared_is_the_concept(engine: Engine) -> None:
    """"Scripts inside SuperOffice compared with a program that connects from outside: the difference?": two ways
    compared, no need told, is automation against integration (the outside program was read as a need for the web
    services; found in synth-ad and -bh)."""
    answer = engine.respond("Scripts inside SuperOffice compared with a program of ours that connects from outside: "
                            "what is the real difference?")
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.verdict)


def test_between_the_two_with_a_need_is_still_the_need(engine: Engine) -> None:
    """"... drift apart between the two systems. is there a ready-made connector ...?": "the two" compares nothing
    asked; the need is answered (guard)."""
    answer = engine.respond("freight firm on SO onprem: finance complains customer records and orders drift apart "
                            "between the two systems. is there a ready-made connector for keeping SO and the ERP "
                            "aligned?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "After cutover the bakery has no server of their own any more, everything hosted. Which scripting option is left "
    "for the support side?",
    "Step 9 - OPEN (owner: Maja): the florist's support process needs real code - loops, sums over the order data - "
    "running inside SuperOffice whenever a request is saved. After cutover they have no server of their own any more, "
    "everything hosted. Which scripting option is left for the support side?",
])
def test_what_is_left_after_a_move_works_where_it_goes(engine: Engine, question: str) -> None:
    """"no server of their own any more, everything hosted. Which scripting option is left?": the place the customer
    no longer has is where the move starts, not a place the rows must not work, and what is left is what works where
    it goes (no row matched "Scripting, Service, online, not onsite"; found in synth-bs). A colon in brackets
    ("(owner: Maja):") and an aside between two dashes ("- loops, sums over the order data -") split no asks."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer) == ["CRMScript"], names(answer)


def test_not_there_after_the_cutover_is_what_a_move_loses(engine: Engine) -> None:
    """"name every option their sales side can use today that will NOT be there after cutover": what the move from
    their own server loses (the configuration rows were listed; found in synth-bs)."""
    answer = engine.respond("Inventory for the move from their own server to SuperOffice Online: name every "
                            "extensibility option their sales side can use today that will NOT be there after "
                            "cutover.")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == {r for r, (_, cl, on, off) in SEED.items() if "Sales" in cl and on and not off}


def test_a_negation_before_another_name_is_that_names(engine: Engine) -> None:
    """"kun til salg - ikke kundeservice": the "ikke" is Customer Service's, not Sales' (both were denied and nothing
    was listed; found in synth-bs)."""
    answer = engine.respond("hvilke muligheder er kun til salg - ikke kundeservice - og virker i skyversionen?")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == {r for r, (_, cl, _on, off) in SEED.items() if cl == ("Sales",) and off}


@pytest.mark.parametrize("question", [
    "every row available to Service, doesn't matter where it's hosted",
    "for the support module only... every row in that matrix available to Service, doesn't matter where it's "
    "hosted... shared rows with sales count? yeah, keep those",
])
def test_doesnt_matter_where_and_shared_with(engine: Engine, question: str) -> None:
    """"doesn't matter where it's hosted": the place after it does not matter (only the rows online were listed);
    "shared rows with sales count?": whom rows are shared with, not the client asked for (the Sales rows were listed;
    found in synth-bs)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == {r for r, (_, cl, _on, _off) in SEED.items() if "Service" in cl}


def test_not_shared_with_still_sets_the_client_aside(engine: Engine) -> None:
    """"for the Sales client alone, not shared with Service": the client after "not shared with" is set aside
    (guard)."""
    answer = engine.respond("configuration tier items that exist for the Sales client alone, not shared with Service")
    assert names(answer) == ["User-defined Fields", "SAINT", "Sales Guide", "Project Guide"], names(answer)


def test_wait_opening_a_follow_up_is_no_need(fresh_engine: Engine) -> None:
    """"wait, which of those run on a server we host ourselves": "wait" opens the message, it tells no need to run
    something without making the user wait (found in synth-bs)."""
    fresh_engine.respond("the UI workflow level, what's on it", thread="t")
    answer = fresh_engine.respond("wait, which of those run on a server we host ourselves... the bakery stays on-prem",
                                  thread="t")
    assert names(answer) == ["Triggers", "SuperMacro", "Extra Tables", "Custom Screens"], (answer.intent,
                                                                                           names(answer))


def test_still_there_continues_a_thread_with_no_subject(fresh_engine: Engine) -> None:
    """"once the outfitter moves to the hosted edition, still there?": the row talked about, asked of Online ("edition"
    made it a question about SuperOffice's editions; found in synth-bs)."""
    fresh_engine.respond("SAINT, that's a configuration thing, right?", thread="t")
    answer = fresh_engine.respond("once the boat outfitter moves to the hosted edition, still there?", thread="t")
    assert names(answer) == ["SAINT"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_still_the_case_with_a_subject_of_its_own(fresh_engine: Engine) -> None:
    """"... calls the soap.exe services in CS today - is that still the case?": a message with its own subject asks of
    it, whatever the thread talked about before (CRMScript was answered again)."""
    fresh_engine.respond("what is CRMScript?", thread="t")
    answer = fresh_engine.respond("The customer moves to Online. Their integration calls the soap.exe services in CS "
                                  "today - is that still the case?", thread="t")
    assert "CRMScript" not in names(answer), (answer.intent, names(answer), answer.verdict)
    assert "not available in Online" in answer.verdict, answer.verdict


def test_what_a_row_is_likened_to_is_its_description(engine: Engine) -> None:
    """"CRMScript syntax resembles which mainstream language?": what the row is like, which its description tells
    (seed 000: "a SuperOffice scripting dialect similar to JavaScript"), not a syntax detail beyond the data (found in
    synth-bs)."""
    answer = engine.respond("CRMScript syntax resembles which mainstream language?")
    assert answer.intent == "describe", (answer.intent, answer.verdict)
    assert "similar to JavaScript" in text_of(answer), text_of(answer)


@pytest.mark.parametrize("question", [
    "Which language is CRMScript modelled on?",
    "CRMScript is a dialect of what?",
    "Is CRMScript closest to a mainstream language, or something new?",
    "where in SuperOffice is CRMScript kept?",
])
def test_what_a_row_is_modelled_on_and_where_it_is_kept_is_its_description(engine: Engine, question: str) -> None:
    """What a row is modelled on, close to, a dialect of, and where the row itself is kept: its description says it
    ("a SuperOffice scripting dialect similar to JavaScript, managed inside the admin pages"), not a detail beyond
    the data (it said "not method, class, parameter, endpoint and storage details" and "not that detail")."""
    answer = engine.respond(question)
    assert answer.intent == "describe", (answer.intent, answer.explanation.decision)
    assert "JavaScript" in text_of(answer), text_of(answer)


def test_where_a_row_s_data_is_stored_stays_beyond_the_data(engine: Engine) -> None:
    """A guard: where a row keeps its data is a storage detail the data does not hold (not where the row itself is
    kept, which its description says)."""
    answer = engine.respond("Where are the Sentry plugin's settings stored?")
    assert answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer) == ["Sentry Plugins"]


@pytest.mark.parametrize("question", [
    "Our macro should store each attachment in the archive - possible with SuperMacro?",
    "A Document Plugin that stores each signed contract on tamper-proof storage for ten years",
])
def test_to_store_something_is_no_app_store(engine: Engine, question: str) -> None:
    """"store" as a verb names no app store (a macro that "store every file" got the app store's topic)."""
    answer = engine.respond(question)
    assert answer.intent != "topic-app-store", answer.verdict
    assert answer.fallback, (answer.intent, answer.explanation.decision)


@pytest.mark.parametrize("question", [
    "WSDL address of the SOAP API for an Online tenant?",
    "Windows client VBScript: get the id of the contact currently shown",
    "SAINT status monitor goes red although the company has a follow-up booked next week - what decides the colour?",
    "Our Custom Page works on the test server, but its menu entry does not show on the production web server onsite. "
    "What are we missing?",
])
def test_details_of_a_named_row_are_beyond_the_data(engine: Engine, question: str) -> None:
    """A WSDL address, a task as a heading in the imperative ("...: get the name of ..."), what decides how a row
    behaves ("goes red" is no move), a menu entry that does not show: each asks what the data does not hold about the
    row it names (each was answered with the row's availability or as a need; found in synth-bs)."""
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.verdict)
    assert answer.items, answer.verdict


def test_a_constraint_told_beside_a_need_keeps_its_levels_first(engine: Engine) -> None:
    """"... a register of moulds, dozens per customer ... without code": a row at the levels that need no code
    (Extra Tables, UI workflow) before the database level's (Continuous Database was the best fit; found in
    synth-bs)."""
    answer = engine.respond("Step 4 - OPEN (owner: Ida): the foundry's support team tracks every mould a customer "
                            "keeps with us - dozens per customer, each with serial number, last service date and shot "
                            "count. One extra field per customer won't do. Which Service-side feature gives us that "
                            "register without code, and does it survive the move to the hosted tenant?")
    assert names(answer)[:1] == ["Extra Tables"], (answer.intent, names(answer))


def _rows(level: str | None = None, clients: tuple[str, ...] | None = None, has: str | None = None,
          onsite: bool | None = None, online: bool | None = None) -> set[str]:
    """The seed's rows by level, exact clients, one client they serve, and where they work."""
    return {r for r, (lv, cl, on, off) in SEED.items()
            if (level is None or lv == level) and (clients is None or cl == clients) and (has is None or has in cl)
            and (onsite is None or on == onsite) and (online is None or off == online)}


@pytest.mark.parametrize(("question", "expected"), [
    ("which options belong to the sales module only?", _rows(clients=("Sales",))),
    ("Criterion 4.1: list the capabilities that serve the sales side exclusively - nothing that support also gets - "
     "and that are available in the vendor-hosted edition. Bidder context: a fig importer, 12 seats.",
     _rows(clients=("Sales",), online=True)),
    ("AP-3: list the extension options that exist for customer care alone - anything the sales side also has goes on "
     "another day, so leave it out.", _rows(clients=("Service",))),
    ("SuperOffice runs their installation for them. Across every level, whether it's for their sales team or their "
     "support team, what can they use?", _rows(online=True)),
    ("Which extensibility options serve BOTH the sales module and the support module?",
     _rows(clients=("Sales", "Service"))),
])
def test_whom_the_rows_serve(engine: Engine, question: str, expected: set[str]) -> None:
    """"the sales module only": "only" past the noun the client heads; a request with no question mark, then a
    closing context sentence ("Bidder context: ..."), asks in the request; "anything the sales side also has ... so
    leave it out": the drop told after the client; "their sales team or their support team": either; "SuperOffice
    runs their installation for them" is Online; "the support module" is the Service client as well as its platform
    (each answered with the wrong clients, or as a platform; found in synth-be, -bq, -bc, -bd)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == expected, names(answer)


def test_a_client_told_after_the_question_describes_the_customer(engine: Engine) -> None:
    """"which external API rows ...? sales module only, no Service, installed on-prem": the statement after the
    question tells what the customer has, so every external API row Sales can use, not the Sales-only ones (guard)."""
    answer = engine.respond("which external API rows can a stone carver use? sales module only, no Service, installed "
                            "on-prem")
    assert set(names(answer)) == _rows(level="External APIs", has="Sales", onsite=True), names(answer)


@pytest.mark.parametrize(("question", "expected"), [
    ("The florist moves from their own server to SuperOffice Online. Inventory for the support desk: which of the "
     "extension options they use now will stop working once SuperOffice hosts it? The sales side is out of scope for "
     "this round.", _rows(has="Service", onsite=True, online=False)),
    ("A bureau runs SuperOffice on its own servers and moves to our SuperOffice Online tenant. Across sellers and "
     "support alike: what among today's extensibility options remains usable after the move? Self-hosted-only items "
     "we list separately.", _rows(onsite=True, online=True)),
    ("a chain leaving its own hardware for hosted SuperOffice - list everything (sales and support) that only works "
     "because they host it themselves = gone after the move", _rows(onsite=True, online=False)),
    ("We're moving from the server in our back office to SuperOffice Online. Which of the customising options my "
     "sellers rely on today will still be there afterwards?", _rows(has="Sales", onsite=True, online=True)),
])
def test_what_a_move_keeps_or_loses(engine: Engine, question: str, expected: set[str]) -> None:
    """"the sales side is out of scope": a client left out of the question, not one whose rows are set aside;
    "remains usable after the move", "= gone after the move", "still be there afterwards": what a move keeps or loses;
    "Self-hosted-only items we list separately" after the question picks no rows; "the server in our back office" is
    onsite (found in synth-bm, -be, -bo, -bb)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert set(names(answer)) == expected, names(answer)


def test_any_of_those_sifts_the_list(fresh_engine: Engine) -> None:
    """"do any of those reach the sales people?" after a list: the list sifted by the client, not each row answered
    yes or no (found in synth-ab, -ac, -ah)."""
    fresh_engine.respond("what do we get on the UI workflow level?", thread="t")
    answer = fresh_engine.respond("do any of those reach the sales people?", thread="t")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    assert names(answer) == ["Zapier"], names(answer)


def test_same_for_carries_the_question_to_another_platform(fresh_engine: Engine) -> None:
    """"Requester adds: same for the browser version running on our servers?": the thread's question, asked of the
    onsite Web client (read as a need of its own; found in synth-bi)."""
    fresh_engine.respond("Ticket 12: which hooks does the Windows desktop CRM give third-party code?", thread="t")
    answer = fresh_engine.respond("Requester adds: same for the browser version running on our servers?", thread="t")
    assert answer.platform is not None, (answer.intent, answer.verdict)
    assert answer.platform.id == "web-client-onsite", answer.platform.id


def test_still_valid_asks_the_thread_again(fresh_engine: Engine) -> None:
    """"still valid once we move to SuperOffice Online?" after a row: the row, asked of Online (not understood)."""
    fresh_engine.respond("the Quote Connector, is that for the sellers?", thread="t")
    answer = fresh_engine.respond("still valid once we move to SuperOffice Online?", thread="t")
    assert names(answer) == ["Quote Connector"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


@pytest.mark.parametrize("question", [
    "SQL-skript mot databasen låser tabellen i flere minutter - noen tips?",
    "Endret data direkte med SQL-skript på vår egen server - hvorfor viser klienten fortsatt de gamle verdiene?",
    "Må applikasjonspoolen startes på nytt etter SQL-skript som endrer direkte i databasen?",
    "SAINT status monitors - more than one warning level per monitor possible?",
    "Document Plugin: Wie funktioniert die Versionierung im externen Archiv?",
])
def test_a_problem_or_a_thing_of_a_named_row_is_beyond_the_data(engine: Engine, question: str) -> None:
    """A table locked ("låser"), old values still shown ("fortsatt de gamle verdiene"), a restart ("startes på nytt"),
    and a thing of a row asked after it as the heading ("SAINT status monitors - more than one warning level ...?"):
    beyond the data, the row's line kept (each was answered with the row's availability; found in synth-bh, -bi,
    -bp, -be, -bn)."""
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.verdict)
    assert answer.items, answer.verdict


@pytest.mark.parametrize("question", ["Quote Connector - available for Service?", "CRMScript - onsite or online?"])
def test_a_row_as_the_heading_asked_where_it_works(engine: Engine, question: str) -> None:
    """A row as the heading, then where or for whom it works: the data's answer (guard)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.verdict
    assert answer.intent == "availability", (answer.intent, answer.verdict)


def test_what_is_handled_elsewhere_is_not_the_need(engine: Engine) -> None:
    """"It's only about landing the order; making the ring afterwards is tracked somewhere else": the clause told as
    handled elsewhere describes no need, so the Sales Guide, not the Project Guide ("commissioned" and "making"
    spoke for projects; found in synth-br)."""
    answer = engine.respond("Customer is a goldsmith, 5 sellers, hosted by SuperOffice. Every commissioned ring should "
                            "walk the seller through the same fixed steps - first meeting, design approval, deposit - "
                            "with a suggested follow-up and a letter template at each step. It's only about landing "
                            "the order; making the ring afterwards is tracked somewhere else. What fits?")
    assert names(answer)[:1] == ["Sales Guide"], (answer.intent, names(answer))


def test_winning_the_order_is_not_this_is_the_project(engine: Engine) -> None:
    """"once an order is signed every install runs the same phases ... Winning the order is NOT this.": the Project
    Guide (guard)."""
    answer = engine.respond("once an order is signed every install of the bathroom firm runs the same phases "
                            "(survey, demolition, tiling, handover), each with fixed to-dos and checklist documents. "
                            "Winning the order is NOT this. Office staff should be led phase by phase - which built-in "
                            "feature?")
    assert names(answer)[:1] == ["Project Guide"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Ticket 77: our support team already has its table of repair visits set up in the ticket module, storage is done. "
    "What's missing is a form of our own design - our fields, our buttons - that agents fill in from inside a request. "
    "Hosted by SuperOffice. What do I ask the admin to build?",
    "Agenda: 1. The support desk wants a form of its own for agents to register warranty returns - fields laid out "
    "their way, own buttons. 2. Where the data goes is already solved (the returns table exists). 3. Build it in the "
    "admin pages; we're cloud-hosted. Please bring the name of the feature.",
])
def test_what_is_missing_is_wanted_and_what_is_solved_is_not(engine: Engine, question: str) -> None:
    """"What's missing is a form of our own design": what is missing is what is wanted (the "missing" had set the form
    aside); "a form of its own"; a sentence telling a part solved already ("storage is done", "is already solved")
    describes no need, so Custom Screens, not Extra Tables (found in synth-bi and -bn)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["Custom Screens"], (answer.intent, names(answer))


def test_only_those_after_rows_the_message_defines_is_a_question_of_its_own(fresh_engine: Engine) -> None:
    """"options that serve both the sales users and the service users, only those covering both sides": "only those"
    points at the options the message defines itself, so it is answered as asked alone, not as the thread's list
    narrowed (in one conversation it was cut to the configuration rows; found in synth-bt)."""
    fresh_engine.respond("what's on the configuration level?", thread="t")
    answer = fresh_engine.respond("options that serve both the sales users and the service users, only those "
                                  "covering both sides, a fiddle workshop with 9 users", thread="t")
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), names(answer)


def test_which_ones_from_that_list_narrows_it(fresh_engine: Engine) -> None:
    """"which ones from that list remain usable?": the pointer names the thread's list (guard)."""
    fresh_engine.respond("what external APIs are there?", thread="t")
    answer = fresh_engine.respond("suppose we keep SuperOffice on our own server - which ones from that list remain "
                                  "usable?", thread="t")
    assert set(names(answer)) <= _rows(level="External APIs"), names(answer)
    assert names(answer), answer.verdict


def test_none_of_those_just_shown_serves_the_client(fresh_engine: Engine) -> None:
    """"do any of those work for sales too?" after a list of one row kept by a move: none of the rows just shown
    serves Sales, said of them; the level's other rows (which serve Sales, onsite only) were shown with "none of them
    serves Sales", which was false (found trying the REPL on a fresh clone)."""
    fresh_engine.respond("we're moving from our own server to SuperOffice Online. which scripting options are left for "
                         "the support side?", thread="t")
    answer = fresh_engine.respond("do any of those work for sales too?", thread="t")
    assert names(answer) == ["CRMScript"], (names(answer), answer.verdict)
    assert "Of those just shown: CRMScript; none of them serves Sales" in answer.verdict, answer.verdict


def test_the_only_client_named_out_of_scope_asks_the_other(engine: Engine) -> None:
    """"which extension options will stop working once we move ...? the sales side is out of scope": the only client
    named is left out, so the other one's rows are asked (the Sales rows were listed; found trying the REPL)."""
    answer = engine.respond("Step 4 - OPEN: which extension options will stop working once we move from our own server "
                            "to the hosted edition? the sales side is out of scope")
    assert set(names(answer)) == _rows(has="Service", onsite=True, online=False), names(answer)


def test_a_shortfall_puts_nothing_after_it_aside(engine: Engine) -> None:
    """"one extra field on the company will not do, helpdesk module, no developers": the negation of "will not do" says
    what falls short before it; the support module after the comma is where the need is, not a client set aside
    (Service was read as denied, and User-defined Fields, Sales only, came first; found in synth-bt)."""
    answer = engine.respond("log every boat engine each member owns, several rows per member with engine type and "
                            "year, one extra field on the company will not do, helpdesk module, no developers")
    assert names(answer)[:1] == ["Extra Tables"], (answer.intent, names(answer))


def test_a_client_told_as_not_mattering_is_no_filter(engine: Engine) -> None:
    """"... for the sellers in hosted SuperOffice. Whether support uses it too does not matter": the client said not
    to matter is no filter, the other one named is (the Service rows were listed; found in synth-bu)."""
    answer = engine.respond("Please name everything our sellers can use in SuperOffice Online, all levels. Whether a "
                            "feature is also used by the support agents does not matter for this list.")
    assert set(names(answer)) == _rows(has="Sales", online=True), names(answer)


def test_kundendienst_is_customer_service(engine: Engine) -> None:
    """German "Kundendienst" is customer service (the connectors, Sales only, were listed for it; found in
    synth-bu)."""
    answer = engine.respond("Welche External APIs kann unser Kundendienst nutzen, wenn SuperOffice gehostet wird?")
    assert set(names(answer)) == _rows(level="External APIs", has="Service", online=True), names(answer)


def test_each_of_several_asks_keeps_its_own_client(engine: Engine) -> None:
    """"1) more fields on the company card ...; 2) in customer service an automatic reply ...": the client named in the
    second ask is not the first one's, so the first keeps User-defined Fields (Sales) rather than Extra Tables, and
    the answer's scope is no one client (found when "Kundendienst" became Service, synth-ad; "need 1 ... need 2" in
    synth-z, synth-ak)."""
    answer = engine.respond("Two asks (SuperOffice Online): 1) more fields on the company card for the supplier "
                            "number, no programming; 2) in customer service an automatic reply as soon as a complaint "
                            "comes in. What do we use for 1 and for 2?")
    assert names(answer)[0] == "User-defined Fields", (answer.intent, names(answer))
    assert names(answer)[1] in _rows(level="UI Workflow", clients=("Service",)), names(answer)
    assert "(Online)" in answer.verdict, answer.verdict


@pytest.mark.parametrize("question", [
    "SAINT status counters remain at zero after importing 6,000 follow-ups through a script - recalc?",
    "SAINT status monitors show yesterday's figures after a mass import of 3k appointments - manual rebuild?",
    "Project Guide template edited - does that change projects that are already running?",
    "Batch task plugin elke ochtend automatisch laten draaien: waar stel je de planning in?",
])
def test_a_row_opening_a_short_question_in_words_of_its_own_is_beyond(engine: Engine, question: str) -> None:
    """A short message opening with the row it is about, asking in words nothing explains, no place or client named:
    the row is known and a thing of it is asked (a recalculation, what an edit does to running projects, where a
    schedule is set), so the honest fallback with the row's line, not a need's options nor the row's description
    (found in synth-bh, -bt, -bu)."""
    answer = engine.respond(question)
    assert answer.intent == "out-of-scope", (answer.intent, names(answer))
    assert answer.fallback, answer.verdict
    assert len(names(answer)) == 1, names(answer)


def test_rows_also_available_to_a_client_excluded_from_the_answer(engine: Engine) -> None:
    """"... serves the support module only. Anything that is also available to the sales module shall be excluded from
    the answer": "also" before the client and the drop after it set aside what Sales shares; "excluded from the
    answer" drops rows from the answer, it tells no customer locked out of them (the Sales-only rows were listed;
    found in synth-bt)."""
    answer = engine.respond("Please list every option that serves the support module only. Anything that is also "
                            "available to the sales module shall be excluded from the answer.")
    assert set(names(answer)) == _rows(clients=("Service",)), names(answer)


def test_a_shared_client_drop_stays_in_its_sentence(engine: Engine) -> None:
    """"... serves the service module. Options that are also available to the sales module are excluded.": the "also"
    of the second sentence does not drop the service module named at the end of the first (both clients were set
    aside, found with the drop above)."""
    answer = engine.respond("Name every extension point that serves the service module. Options that are also "
                            "available to the sales module are excluded.")
    assert set(names(answer)) == _rows(clients=("Service",)), names(answer)


def test_a_tracker_rows_fields_are_no_part_of_the_question(fresh_engine: Engine) -> None:
    """"T-9 | owner: Bo | status: open | Everything at configuration level ..." then "T-9a | And of those, which ...?":
    a tracker row's id and "key: value" fields before the text are no part of the question, so the second row's
    "And of those" continues the thread (it was read as a question with no earlier one; found in synth-bv)."""
    fresh_engine.respond("T-9 | owner: Bo | status: open | Everything at configuration level please, all of it.",
                         thread="t")
    answer = fresh_engine.respond("T-9a | And of those, which can we keep using while we're still on our own server?",
                                  thread="t")
    assert set(names(answer)) == _rows(level="Configuration", onsite=True), (answer.intent, names(answer))


def test_a_row_like_question_with_pipes_keeps_its_names(engine: Engine) -> None:
    """Pipes between names are no tracker fields: "SOAP | Restful | which one works online?" keeps both rows (guard)."""
    answer = engine.respond("SOAP | Restful | which one works online?")
    assert {"SOAP", "Restful"} <= set(names(answer)), (answer.intent, names(answer))


def test_not_after_a_comma_denies_what_follows(engine: Engine) -> None:
    """"(the customer service module, not the CRM)": the "not" after the comma denies the CRM, not the module before
    it (the message was not understood; found in synth-bv)."""
    answer = engine.respond("cust asks what their ticket system side (the customer service module, not the CRM) "
                            "offers for outside integrations")
    assert answer.platform is not None, (answer.intent, names(answer))
    assert answer.platform.id == "customer-service", answer.platform.id


def test_a_client_alone_and_what_the_other_also_gets_comes_out(engine: Engine) -> None:
    """"serve customer service alone? Anything the sellers also get must come out": "alone" after the module's name
    asks for its rows only ("customer" in its name is no people word), and "come out" drops what Sales shares (the
    rows serving both were listed; found in synth-bv)."""
    answer = engine.respond("Which extension options serve customer service alone? Anything the sellers also get must "
                            "come out of that table.")
    assert set(names(answer)) == _rows(clients=("Service",)), names(answer)


def test_fine_if_the_other_client_has_them_too_is_no_filter(engine: Engine) -> None:
    """"... options their support agents can use on their own box. fine if sales has them too": the client said to be
    fine is no filter; the support agents' client is (the Sales rows were listed; found in synth-bv)."""
    answer = engine.respond("cust (village shop, self-hosted) asks what external-API options their support agents can "
                            "use on their own box. fine if sales has them too, he only cares about support")
    assert set(names(answer)) == _rows(level="External APIs", has="Service", onsite=True), names(answer)


def test_many_rows_per_customer_is_a_table_of_its_own(engine: Engine) -> None:
    """"keep many records of boats hired ... many rows per customer": many rows per customer is a table of one's own
    (no need was found and the level's rows were listed; found in synth-bv)."""
    answer = engine.respond("Kayak rental, support side: per customer we keep many records of boats hired (hull no., "
                            "length, date out) - many rows per customer, one extra field won't do. No developers. "
                            "Cloud tenant. Which option?")
    assert names(answer)[:1] == ["Extra Tables"], (answer.intent, names(answer))


def test_a_popup_over_the_card_is_no_platform_comparison(engine: Engine) -> None:
    """"a small popup of their own to open over the company card when a seller clicks a button": "over the" tells
    where the popup opens, it picks no platform over another, so the need is answered (the onsite Web client's points
    were listed; found in synth-bv)."""
    answer = engine.respond("caller (lighthouse museum, their own server): in their browser CRM they want a small "
                            "popup of their own to open over the company card when a seller clicks a button - not a "
                            "whole new page. what's it called?")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))


def test_a_service_company_is_a_trade_not_the_client(engine: Engine) -> None:
    """"the lighthouse service company": "service" before a trade noun names the firm's trade, not the Service
    client, so DataHandlers (Sales) is not filtered away (no row was given; found in synth-bv)."""
    answer = engine.respond("The draft claims the lighthouse service company 'replaced the create, update and delete "
                            "of the data shown on the self-hosted web client pages with its own .NET code'. Which "
                            "internal API is that?")
    assert names(answer)[:1] == ["DataHandlers"], (answer.intent, names(answer))


def test_which_option_is_meant_asks_for_a_row(engine: Engine) -> None:
    """"Which database-level option is meant?": one option asked for by name, so what the setup tells ("applies any
    missing step on each upgrade") is no error asked about (it was answered as an error detail; found in
    synth-bv)."""
    answer = engine.respond("The installer 'ships versioned schema steps that add our own tables to the customer "
                            "database, and applies any missing step on each upgrade'. Not hand-run SQL. Which "
                            "database-level option is meant? Self-hosted only.")
    assert names(answer)[:1] == ["Continuous Database"], (answer.intent, names(answer))


def test_what_a_document_is_missing_is_asked(engine: Engine) -> None:
    """"Capability table is missing the database-level entries - what goes there?": what a document lacks is what is
    asked, not a level set aside (every other level's rows were listed; found in synth-bv)."""
    answer = engine.respond("Capability table is missing the database-level entries - what goes there?")
    assert set(names(answer)) == _rows(level="Database"), names(answer)


def test_a_row_heading_asked_of_by_it_with_words_of_its_own_is_beyond(engine: Engine) -> None:
    """"Trigger on a new request: can it be restricted to mail arriving in one particular inbox?": the row heads the
    message and "can it ..." asks what the row can do in words the data does not explain (a need's options were
    listed; found in synth-bv). A heading that says where ("Zapier + SO hosted in our own datacenter - does that
    combo work?") still asks where it works (guard)."""
    answer = engine.respond("Trigger on a new request: can it be restricted to mail arriving in one particular inbox?")
    assert answer.intent == "out-of-scope", (answer.intent, names(answer))
    assert names(answer) == ["Triggers"], names(answer)
    answer = engine.respond("Zapier + SuperOffice hosted in our own datacenter - does that combo work?")
    assert answer.intent == "availability", (answer.intent, names(answer))


def test_a_yes_no_tail_before_a_closing_remark_asks(engine: Engine) -> None:
    """"Archive Providers are not usable by customer service users, is that right, rope works": the tail asks yes or
    no even with who asks told after it (it was read as a statement about something else; found in synth-bt)."""
    answer = engine.respond("Archive Providers are not usable by customer service users, is that right, rope works")
    assert answer.intent == "availability", (answer.intent, names(answer))
    assert names(answer)[:1] == ["Archive Providers"], names(answer)


def test_a_go_no_go_checklist_label_denies_nothing(engine: Engine) -> None:
    """"GO/NO-GO #12: database-level items on the self-hosted install - which ones do we have?": the label of a
    checklist is made of a rejection's words ("no-go") and a number; it sets no place aside, and "#12" is no word
    nothing explains (the rows were listed as not onsite, or the message was not understood; found trying
    questions in a release manager's checklist voice)."""
    answer = engine.respond("GO/NO-GO #12: database-level items on the self-hosted install - which ones do we have?")
    assert set(names(answer)) == _rows(level="Database", onsite=True), names(answer)
    answer = engine.respond("GO/NO-GO #6: all Service-only items available on the hosted tenant?")
    assert set(names(answer)) == _rows(clients=("Service",), online=True), names(answer)


def test_blocking_is_no_locking_detail(engine: Engine) -> None:
    """"anything blocking the move to SuperOffice Online?": "blocking" is no compound of "b" and the performance
    detail "locking", so the onsite-only rows a move loses are listed (it was answered as beyond the data)."""
    answer = engine.respond("GO/NO-GO #5: the onsite-only items we rely on - anything blocking the move to "
                            "SuperOffice Online?")
    assert set(names(answer)) == _rows(onsite=True, online=False), names(answer)


@pytest.mark.parametrize("question", [
    "DPIA 4.2 - processing location: which of the scripting options execute inside the vendor's data centre?",
    "which scripting options are open to our support agents when superoffice runs the hosting?",
])
def test_the_vendors_data_centre_is_online(engine: Engine, question: str) -> None:
    """"inside the vendor's data centre", "when superoffice runs the hosting": SuperOffice Online (every scripting row
    was listed; the second found in synth-bt)."""
    answer = engine.respond(question)
    assert names(answer) == ["CRMScript"], names(answer)


def test_what_only_the_people_of_a_client_get_is_theirs_alone(engine: Engine) -> None:
    """"anything at config level that only the sales people get?": what only they get is the rows serving Sales
    alone, not every row serving Sales ("only the sales team uses SO" still tells the customer)."""
    answer = engine.respond("quick check from the warehouse: on our own server, is there anything at config level "
                            "that only the sales people get?")
    assert set(names(answer)) == _rows(level="Configuration", clients=("Sales",), onsite=True), names(answer)


def test_a_numbered_items_label_does_not_make_a_follow_up_longer(fresh_engine: Engine) -> None:
    """"GO/NO-GO #1b: of those, which need no code at all?" and "DPIA 2.2 - and for the service module?": a numbered
    item's label before the colon or dash is no part of the message's length or its opening, so "of those" narrows
    the list and "and for" continues the row (a list of its own, and the Customer Service platform, were answered;
    found trying questions in a checklist and a DPIA worksheet voice)."""
    fresh_engine.respond("GO/NO-GO #1: UI workflow items for support - list please", thread="a")
    answer = fresh_engine.respond("GO/NO-GO #1b: of those, which need no code at all?", thread="a")
    assert set(names(answer)) <= _rows(level="UI Workflow", has="Service"), names(answer)
    assert names(answer), answer.verdict
    fresh_engine.respond("DPIA 2.1 - processing location: where do Batch Task Plugins run?", thread="b")
    answer = fresh_engine.respond("DPIA 2.2 - and for the service module?", thread="b")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No."), answer.verdict


def test_compiled_components_online_is_the_restriction(engine: Engine) -> None:
    """"partners used to deploy their own compiled components. Is that still possible for the cloud version ...?":
    the policy on compiled code online (the message was taken for a follow-up with no thread; found trying
    questions in a thesis-interview voice)."""
    answer = engine.respond("Interviewer: My research looks at how CRM vendors balance extensibility and security. "
                            "Partners used to deploy their own compiled components. Is that still possible for the "
                            "cloud version, and if not, what do they use instead?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, names(answer))


def test_a_deal_left_untouched_asks_for_an_alert(engine: Engine) -> None:
    """"can superoffice nag them automatically when a deal sits untouched for two weeks?": being alerted when
    something needs attention, SAINT (the "them" made it a follow-up with no thread; found trying casual scenario
    questions)."""
    answer = engine.respond("our reps forget to follow up - can superoffice nag them automatically when a deal sits "
                            "untouched for two weeks? we're cloud")
    assert names(answer)[:1] == ["SAINT"], (answer.intent, names(answer))


def test_the_setting_level_is_configuration(engine: Engine) -> None:
    """"every setting-level thing they can change themselves": the settings level is Configuration (the message was
    taken for a follow-up with no thread)."""
    answer = engine.respond("school IT coordinator here. we run superoffice in the cloud. the office staff (sales "
                            "licences only) want to know every setting-level thing they can change themselves")
    assert set(names(answer)) == _rows(level="Configuration", has="Sales", online=True), names(answer)


def test_safe_for_both_places_lists_what_works_in_both(engine: Engine) -> None:
    """"we're a two-person agency building an add-on for SuperOffice customers, some hosted, some on-prem. what's safe
    to build on for both?": both places named, the rows that work in both; the words of the setup told before the
    question weigh nothing (it was not understood)."""
    answer = engine.respond("we're a two-person agency building an add-on for SuperOffice customers, some hosted, "
                            "some on-prem. what's safe to build on for both?")
    assert set(names(answer)) == _rows(onsite=True, online=True), names(answer)


def test_what_needs_rework_after_a_move_is_what_it_loses(engine: Engine) -> None:
    """"the onsite customer wants to move to online next year; which of their customisations need rework?": what a
    move loses (what works online was listed)."""
    answer = engine.respond("the onsite customer wants to move to online next year; which of their customisations "
                            "need rework?")
    assert set(names(answer)) == _rows(onsite=True, online=False), names(answer)


def test_the_hosted_web_client_against_the_onsite_one(engine: Engine) -> None:
    """"anything new for integrators in the hosted web client vs the onsite one?": both Web clients, side by side (it
    asked which Web client was meant)."""
    answer = engine.respond("Quick one: anything new for integrators in the hosted web client vs the onsite one?")
    assert answer.clarify is None, answer.verdict
    assert "side by side" in answer.verdict, answer.verdict


def test_counters_that_stay_at_zero_are_a_fault(engine: Engine) -> None:
    """"SAINT status counters stay at zero after a big import - recalc?": a fault told, a remedy asked; the honest
    fallback with SAINT's line, not the row recommended for being alerted (found trying the REPL on a fresh
    clone)."""
    answer = engine.respond("SAINT status counters stay at zero after a big import - recalc?")
    assert answer.intent == "out-of-scope", (answer.intent, names(answer))
    assert names(answer) == ["SAINT"], names(answer)


def test_a_go_no_go_label_with_a_setting_sets_no_client_aside(engine: Engine) -> None:
    """"GO/NO-GO Nr. 9 (Reisebüro, Kundenservice gehostet): ... ausschließlich für den Kundenservice - also nichts, was
    der Vertrieb ebenfalls bekommt?": a label that opens with a rejection's words tells no customer locked out; German
    "also" opening a clause is no "also", "ebenfalls" is (the rows not serving Service were listed; found in
    synth-bx after its first run)."""
    answer = engine.respond("GO/NO-GO Nr. 9 (Reisebüro, Kundenservice gehostet): Welche Optionen sind ausschließlich "
                            "für den Kundenservice gedacht - also nichts, was der Vertrieb ebenfalls bekommt?")
    assert set(names(answer)) == _rows(clients=("Service",), online=True), names(answer)


def test_irrelevant_whether_hosted_or_local_is_no_filter(engine: Engine) -> None:
    """"It is irrelevant whether they are hosted or installed locally": neither place filters (only the rows working
    in both were listed; found in synth-bx after its first run)."""
    answer = engine.respond("Interviewer: which items sit at the scripting level? It is irrelevant whether they are "
                            "hosted or installed locally.")
    assert set(names(answer)) == _rows(level="Scripting"), names(answer)


def test_once_the_vendor_hosts_us_is_online(engine: Engine) -> None:
    """"Document plugins are NOT an option for us once the vendor hosts us - correct?": SuperOffice Online (it was not
    understood; found in synth-bx after its first run)."""
    answer = engine.respond("GO/NO-GO #40: Document plugins are NOT an option for us once the vendor hosts us - "
                            "correct?")
    assert answer.intent == "availability", (answer.intent, names(answer))
    assert answer.verdict.startswith("No. Document Plugins is onsite only"), answer.verdict


def test_the_selling_side_and_the_ticket_desk_are_the_two_clients(engine: Engine) -> None:
    """"which rows serve both the selling side and the ticket desk?": Sales and Service (found in synth-bw after its
    first run)."""
    answer = engine.respond("which rows serve both the selling side and the ticket desk?")
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), names(answer)


def test_extension_points_not_available_online_are_the_onsite_only_rows(engine: Engine) -> None:
    """"which extension points are not available online?": one place set aside, none asked for, lists the rows by
    where they work (the onsite Web client's points were shown, as if the onsite platform had been asked about)."""
    answer = engine.respond("which extension points are not available online?")
    assert answer.intent == "list", (answer.intent, platform_id(answer))
    assert set(names(answer)) == _rows(onsite=True, online=False), names(answer)


def test_off_the_table_after_a_move_is_what_it_loses(engine: Engine) -> None:
    """"which of the rows meant for Sales are off the table" after "moving to SO Online": what the move loses."""
    answer = engine.respond("moving to SO Online next spring, Sales only. which of the rows meant for Sales are off "
                            "the table then?")
    assert set(names(answer)) == _rows(has="Sales", onsite=True, online=False), names(answer)


def test_a_platform_that_has_soap_services_names_its_own(fresh_engine: Engine) -> None:
    """"Does Customer Service have SOAP services?", then "can I call them from online?": the Customer Service SOAP
    services, which are not available in Online (the matrix's SOAP row was answered, then "Yes" for Online)."""
    fresh_engine.respond("Does Customer Service have SOAP services?", thread="t")
    answer = fresh_engine.respond("can I call them from online?", thread="t")
    assert answer.verdict.startswith("No"), answer.verdict
    assert "SOAP" not in names(answer), names(answer)
    assert platform_id(answer) == "customer-service"


def test_a_pointer_not_tied_in_a_thread_does_not_deny_the_thread(fresh_engine: Engine) -> None:
    """A follow-up that cannot be tied to the thread says what is unclear, not that there is no earlier question
    (it said "there is no earlier question in this conversation" after two answers)."""
    fresh_engine.respond("which rows are Sales only?", thread="t")
    answer = fresh_engine.respond("and what about the flux capacitor there?", thread="t")
    assert answer.fallback
    assert answer.verdict == msg.unclear_reference(), answer.verdict


@pytest.mark.parametrize(("first", "then", "row", "yes"), [
    # "such pages": the pages just talked about (a list of Service's rows was shown)
    ("Could a partner build Custom Pages for a client of theirs?",
     "Would that client's customer-service staff be able to use such pages?", "Custom Pages", False),
    # "would like the same": the row just talked about, for another client
    ("their sellers integrate over the SOAP web services, own server. Fine for the Sales side?",
     "their support desk would like the same - covered?", "SOAP", True),
    # "same component": the row just talked about (the Customer Service platform's points were shown)
    ("Is Continuous Database relevant for their sales data, own servers?",
     "same component, helpdesk half of their estate?", "Continuous Database", True),
])
def test_a_pointer_to_the_earlier_row_asks_it_again(fresh_engine: Engine, first: str, then: str, row: str,
                                                     yes: bool) -> None:
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert names(answer)[:1] == [row], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes" if yes else "No"), answer.verdict


def test_supposing_a_move_continues_the_thread(fresh_engine: Engine) -> None:
    """"And supposing the client later moves over to the hosted edition?": the row of the thread, in Online ("supposing"
    was a word nothing explains, so the message was read as a question of its own)."""
    fresh_engine.respond("Could a partner build Custom Pages for a client of theirs?", thread="t")
    answer = fresh_engine.respond("And supposing the client later moves over to the hosted edition?", thread="t")
    assert names(answer)[:1] == ["Custom Pages"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No. Custom Pages is onsite only"), answer.verdict


def test_the_selling_side_also_has_is_dropped_not_the_customer(engine: Engine) -> None:
    """"capabilities pertaining solely to the support module; capabilities the selling side also has are to be excluded
    from this schedule": Service's own rows ("excluded from" was read as the customer's client locked out)."""
    answer = engine.respond("Schedule 3 (Service Levels) - Customer requires confirmation of the extensibility "
                            "capabilities pertaining solely to the support module; capabilities the selling side "
                            "also has are to be excluded from this schedule.")
    assert set(names(answer)) == _rows(clients=("Service",)), names(answer)


def test_only_when_we_run_it_on_our_own_hardware_is_onsite_only(engine: Engine) -> None:
    """"extension options that work only when we run SuperOffice on our own hardware": onsite only (the subject and
    its verb stood between "only when" and the place)."""
    answer = engine.respond("Service module: extension options that work only when we run SuperOffice on our own "
                            "hardware")
    assert set(names(answer)) == _rows(has="Service", onsite=True, online=False), names(answer)


def test_dutch_en_joins_two_clients(engine: Engine) -> None:
    """"voor verkoop en klantenservice tegelijk": Dutch "en" is "and", not an article before a trade's name
    (klantenservice was dropped, so Sales' rows were listed)."""
    answer = engine.respond("Welke uitbreidingsmogelijkheden gelden voor verkoop en klantenservice tegelijk? Niet de "
                            "opties die maar één van de twee heeft.")
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), names(answer)


@pytest.mark.parametrize(("question", "row"), [
    ("Preferanser for kundeservice - finnes det?", "Preferences"),
    ("Zusätzliche Tabellen im Kundenservice vor Ort?", "Extra Tables"),
    ("Eigene Bildschirme im Kundenservice online?", "Custom Screens"),
    ("Aangepaste pagina's onsite?", "Custom Pages"),
])
def test_a_row_named_in_its_own_language(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "availability", (answer.intent, names(answer))
    assert names(answer) == [row], names(answer)


@pytest.mark.parametrize(("turns", "row", "verdict"), [
    # a numbered label's words are no words of the question; "answering customer complaints" is Service
    (("Clause 20.1 (Customer) - user-level preferences must be configurable for the sellers on the hosted service. "
      "Please confirm.", "Clause 20.1(b) - and identically for the staff answering customer complaints?"),
     "Preferences", "Yes. Preferences works in Online; Preferences serves Service"),
    # "likewise" goes on with the thread's row; "offering" is the product, no word nothing explains
    (("Clause 24.1 (Customer) - at which extensibility level does the vendor place the MDO provider mechanism?",
      "Clause 24.2 - may they be used for the support module?", "Clause 24.3 - likewise within the vendor-hosted "
      "offering?"), "MDO Providers", "No. MDO Providers is onsite only"),
])
def test_a_numbered_clause_continues_its_thread(fresh_engine: Engine, turns: tuple[str, ...], row: str,
                                                verdict: str) -> None:
    for turn in turns[:-1]:
        fresh_engine.respond(turn, thread="t")
    answer = fresh_engine.respond(turns[-1], thread="t")
    assert names(answer)[:1] == [row], (answer.intent, names(answer))
    assert answer.verdict.startswith(verdict), answer.verdict


def test_a_platform_in_a_remark_after_the_question_is_not_its_subject(engine: Engine) -> None:
    """"which external APIs are avaliable for Online tenants? The overview table is hard to read on mobile": where the
    asker reads, not the mobile clients (the list intent avoided the platform; not understood)."""
    answer = engine.respond("Docs: which external APIs are avaliable for Online tenants? The overview table is hard to "
                            "read on mobile")
    assert set(names(answer)) == _rows(level="External APIs", online=True), (answer.intent, names(answer))


def test_pick_boxes_are_lists(engine: Engine) -> None:
    answer = engine.respond("can their admin add own values to the pick-boxes merely by typing them into the settings "
                            "screens, nothing fed by code? same story for the ticketing module, or seller-side only? "
                            "they're on the hosted edition")
    assert names(answer)[:1] == ["Lists"], (answer.intent, names(answer), platform_id(answer))


def test_one_point_named_with_both_places_is_a_need(engine: Engine) -> None:
    """"... whenever the booking screen's data is created, changed or deleted ... please name the extension point and
    confirm the vendor's cloud lacks it": one point asked, the need told (both places named made it a list question,
    and the onsite Web client's points were shown)."""
    answer = engine.respond("Clause 14.3 (Customer) - requires that, in the camper van rental firm's self-hosted "
                            "browser CRM, Supplier code step in whenever the booking screen's data is created, changed "
                            "or deleted, so that Customer's deposit rules apply before anything is stored. Comment: "
                            "please name the extension point and confirm the vendor's cloud lacks it.")
    assert names(answer)[:1] == ["DataHandlers"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "row"), [
    # "5 mio. rækker": an abbreviation, no sentence's end; "hvor lang tid" asks timing
    ("Continuous Database: hvor lang tid tager et opgraderingstrin på en tabel med 5 mio. rækker, og er databasen "
     "låst imens?", "Continuous Database"),
    # how many at once is a limit
    ("Quote Connector: can one tenant have two product providers active at once?", "Quote Connector"),
    # "more than one Sales Guide" counts them; it does not set the row aside
    ("Can we have more than one Sales Guide?", "Sales Guide"),
    # a fault told
    ("Trigger on 'request closed' executes twice when the request is closed from the mobile view", "Triggers"),
])
def test_a_detail_of_a_row_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert_beyond(answer)
    assert names(answer) == [row], names(answer)


@pytest.mark.parametrize("question", ["which rows serve more than one client?", "which rows serve multiple clients?"])
def test_rows_serving_more_than_one_client(engine: Engine, question: str) -> None:
    """"more than one client" is a number, no pronoun; it and "multiple clients" are Sales and Service (not understood,
    or the platforms topic)."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), (answer.intent, names(answer))


def test_parts_and_services_name_no_client(engine: Engine) -> None:
    """"spare parts and services" is what a business sells, not the Service client (it made the question one of where
    and for whom the row works)."""
    answer = engine.respond("Quote Connector: can one connector serve two price systems at once, e.g. spare parts and "
                            "services?")
    assert "Service" not in answer.verdict, answer.verdict


@pytest.mark.parametrize(("question", "onsite", "online"), [
    ("what does the online version have that the onsite one doesn't?", False, True),
    ("what does the onsite edition give us that the cloud one does not?", True, False),
])
def test_what_one_place_has_that_the_other_one_lacks(engine: Engine, question: str, onsite: bool,
                                                     online: bool) -> None:
    """"... that the onsite one doesn't": the negation after the place's noun denies the place (every row working
    online was listed)."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(onsite=onsite, online=online), names(answer)


@pytest.mark.parametrize(("question", "intent"), [
    ("what sits underneath the web services?", "topic-netserver"),
    ("what kinds of customisation are there, roughly?", "topic-levels"),
    ("which API would you recommend for a new integration?", "topic-choosing"),
    ("I can't tell which SuperOffice API fits our integration - who could advise?", "topic-help"),
    ("For our handbook: which levels does SuperOffice group its extensibility into? We need the names of the "
     "levels.", "topic-levels"),
])
def test_a_concept_asked_in_other_words(engine: Engine, question: str, intent: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, names(answer))


def test_an_automatic_reply_when_mail_arrives_is_a_trigger(engine: Engine) -> None:
    """An automatic reply the moment a mail arrives is event-driven: Triggers first (SuperMacro, a saved sequence of
    actions an agent runs, was recommended)."""
    answer = engine.respond("our helpdesk wants an automatic reply when a mail arrives - online")
    assert names(answer)[:1] == ["Triggers"], names(answer)


def test_both_places_fine_sets_no_place(engine: Engine) -> None:
    """"onsite and online both fine": where does not matter (no row works in both, so none was listed)."""
    answer = engine.respond("Everything on the database tier, please - onsite and online both fine.")
    assert set(names(answer)) == _rows(level="Database"), (answer.verdict, names(answer))
    assert not answer.verdict.startswith("No row"), answer.verdict


def test_rows_a_place_is_required_for(engine: Engine) -> None:
    """"Onsite-required rows": the rows that need an onsite installation (every row working onsite was listed)."""
    answer = engine.respond("Onsite-required rows in the at-a-glance table")
    assert set(names(answer)) == _rows(onsite=True, online=False), names(answer)


def test_a_request_for_a_short_explanation_is_no_word_of_the_question(engine: Engine) -> None:
    """"Short explanation for the FAQ?" after the question: how to answer, no words nothing explains (it was not
    understood)."""
    answer = engine.respond("People keep asking what the difference is between 'internal automation' and 'external "
                            "integration' in the partner's offer. Short explanation for the FAQ?")
    assert answer.intent == "topic-automation-vs-integration", answer.intent


def test_the_ticketing_product_is_the_customer_service_platform(fresh_engine: Engine) -> None:
    """"k, ticketing product next pls" after the mobile clients' points: Customer Service's (the mobile clients' were
    shown again)."""
    fresh_engine.respond("phone app: what's pluggable there?", thread="t")
    answer = fresh_engine.respond("k, ticketing product next pls", thread="t")
    assert platform_id(answer) == "customer-service", (answer.intent, platform_id(answer))


def test_a_count_after_the_product_name_and_a_comma_is_no_release(engine: Engine) -> None:
    """"self-hosted SuperOffice, 3 sites": three sites, not SuperOffice 3 (it asked for a version detail)."""
    answer = engine.respond("[hook: after a sale is saved, recompute the total] / [note: should run as a script on "
                            "the app server itself - not inside the desktop program] / [context: self-hosted "
                            "SuperOffice, 3 sites] / [?] name of this scripting option")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["NetServer Service"], names(answer)


def test_a_long_job_in_the_background_is_a_batch_task(engine: Engine) -> None:
    answer = engine.respond("Could it run as a long job in the background of our self-hosted web CRM, with a progress "
                            "bar, written as compiled .NET by our partner? Not a SQL job and not a script pls.")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "row"), [
    ("UDF date field shows one day earlier for users in UTC-5 - how is the time zone handled?", "User-defined Fields"),
    ("Extra table field of type 'relation to contact' not searchable in find", "Extra Tables"),
    ("Zapier doesn't pick up sales that came in via the importer", "Zapier"),
    ("Companies deleted in the ERP stay in SuperOffice. How does the ERP Sync Connector propagate deletes?",
     "ERP Sync Connector"),
    ("Custom page: where to declare its navigator entry in the web client config?", "Custom Pages"),
])
def test_how_a_row_behaves_or_fails_is_beyond_the_data(engine: Engine, question: str, row: str) -> None:
    """Time zones, propagation, where a thing is declared, what is not searchable or not picked up: beyond the data,
    with the row's line (a need, a description or where the row works was answered)."""
    answer = engine.respond(question)
    assert_beyond(answer)
    assert names(answer) == [row], names(answer)


def test_needing_an_explanation_is_no_need_of_a_system(engine: Engine) -> None:
    """"Our board needs a short explanation of the extensibility levels": what is needed is an answer, the levels (the
    need cue made it a scenario that nothing fitted)."""
    answer = engine.respond("Our board needs a short explanation of the extensibility levels.")
    assert answer.intent == "topic-levels", (answer.intent, names(answer))


def test_uploaded_dlls_are_the_online_policy(engine: Engine) -> None:
    answer = engine.respond("Customer asks why SuperOffice Online does not accept uploaded DLLs from partners.")
    assert answer.intent == "topic-online-restrictions", (answer.intent, names(answer))


def test_a_hosted_subscription_is_online(engine: Engine) -> None:
    """"exist only in the hosted subscription": SuperOffice Online, no price detail (found in synth-ca after its
    held-out first run)."""
    answer = engine.respond("Symptom / Question: Caller (trail building contractor, 4 users) wonders which "
                            "integration options exist only in the hosted subscription and not at all when you install "
                            "SuperOffice yourself.")
    assert set(names(answer)) == _rows(onsite=False, online=True), (answer.intent, names(answer))


def test_the_other_place_one_is_no_pointer_to_the_thread(fresh_engine: Engine) -> None:
    """"what does the online version have that the onsite one doesn't?" after a list for both clients: a full
    question, answered as if alone ("that the onsite one" opens a clause about a place; it pointed back and carried
    the clients; found trying the REPL on a fresh clone)."""
    fresh_engine.respond("which rows serve more than one client?", thread="t")
    answer = fresh_engine.respond("what does the online version have that the onsite one doesn't?", thread="t")
    assert set(names(answer)) == _rows(onsite=False, online=True), names(answer)
    assert "Sales" not in answer.verdict, answer.verdict


def test_a_rejection_with_a_place_in_its_condition_asks_where_the_row_works(engine: Engine) -> None:
    """"X is NOT an option when partners keep SuperOffice on their own premises": the place in the condition that
    follows the rejection asks where X works; X is not set aside (it fell back, nothing left to answer)."""
    answer = engine.respond("Please confirm that SQL scripts are not an option when the customer runs SuperOffice in "
                            "the vendor's cloud.")
    assert names(answer)[:1] == ["SQL Scripts"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_refused_names_joined_by_and_are_set_aside(engine: Engine) -> None:
    """"refuses XML envelopes and WSDL-generated proxies": both names of SOAP are put aside, so the JSON API is the
    answer (SOAP stayed, and the message fell back)."""
    answer = engine.respond("Tue - hosted SuperOffice; a phone app for volunteers. The app developer wants plain HTTPS "
                            "calls returning JSON for contacts and cases, and refuses XML envelopes and generated "
                            "proxies. Name the web API that fits.")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "We run SuperOffice on our own server and move to SuperOffice Online in spring. Which extension options our "
    "sellers use become impossible then? Service does not matter here.",
    "our sellers are moving from our own servers to the cloud: which extension options become impossible?",
])
def test_what_becomes_impossible_in_a_move_is_what_it_loses(engine: Engine, question: str) -> None:
    """"become impossible" is what a move loses; a client said not to matter keeps the move's places (it dropped
    both: "regardless" read as about the places)."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(has="Sales", onsite=True, online=False), (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "List only the extension options that belong to the support product alone; anything the sellers can use too "
    "stays off.",
    "Which extension options are purely for the helpdesk product? Leave off anything sellers can use too.",
])
def test_the_support_product_is_the_service_client_and_stays_off_drops(engine: Engine, question: str) -> None:
    """"the support product" names the Service client (it was only the platform, so the question became its integration
    points), and "stays off", "leave off" drop what the other client also has."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(clients=("Service",)), (answer.intent, names(answer))


def test_which_built_in_feature_asks_for_one_feature(engine: Engine) -> None:
    """"which built-in feature lays out that delivery work as fixed stages": one feature for the need described, not
    the list of rows where the customer is."""
    answer = engine.respond("Question for the vendor: which built-in feature lays out our delivery work as fixed "
                            "stages with the same tasks and documents each time? We're on the hosted version, and "
                            "nothing is being sold at that point.")
    assert names(answer)[:1] == ["Project Guide"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Ons 0,5 t - bakeri (egen server). Kunden vil ha en oversikt over alle alternativene på UI Workflow-nivået, "
    "uansett klient og uansett drift.",
    "Tue 1 h - bakery (own server). Customer wants an overview of all UI Workflow options, regardless of client and "
    "regardless of hosting.",
])
def test_regardless_of_the_hosting_leaves_the_place_told_aside(engine: Engine, question: str) -> None:
    """"uansett drift", "regardless of hosting": where it is hosted does not matter, whatever place the message told
    (the customer's own server in brackets kept the onsite filter and lost Zapier)."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(level="UI Workflow"), (answer.intent, names(answer))


def test_at_any_level_asks_for_every_level(engine: Engine) -> None:
    """"at any level of your stairs": every row where the asker is, not a question for the forum."""
    answer = engine.respond("We run a visitor centre and only our sellers work in SuperOffice, on your hosted service. "
                            "Question for the vendor: what may sellers use there to extend SuperOffice, at any level?")
    assert set(names(answer)) == _rows(has="Sales", online=True), (answer.intent, names(answer))


def test_a_pointer_opening_the_message_narrows_the_list(fresh_engine: Engine) -> None:
    """"Narrow that down to the ones that run on their own server": the pointer opens the message, so "the ones
    that ..." after it are the rows it points at, narrowed (it read the message as a question of its own); "they
    won't move to the cloud" denies no place."""
    fresh_engine.respond("Task: collect the options on the UI Workflow level for them.", thread="t")
    answer = fresh_engine.respond("Narrow that down to the ones that run on their own server; they won't move to the "
                                  "cloud.", thread="t")
    assert set(names(answer)) == _rows(level="UI Workflow", onsite=True), (answer.intent, names(answer))


def test_a_move_not_made_denies_no_place(engine: Engine) -> None:
    """"Our customer won't move to the cloud": they stay on their own server; the rows are not those that fail online
    (CRMScript works onsite too)."""
    answer = engine.respond("Our customer is on their own server and won't move to the cloud: which scripting options "
                            "do they have?")
    assert set(names(answer)) == _rows(level="Scripting", onsite=True), (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "row"), [
    ("We rent out stage lighting, 5 sellers, SuperOffice in the cloud. Can something walk a seller through each deal "
     "one step at a time - first call, site check, quote, signed - suggesting the next activity at every step?",
     "Sales Guide"),
    ("Every quote and letter our sellers write in SuperOffice must be stored in our existing document management "
     "system instead of SuperOffice's own archive. What do we build?", "Document Plugins"),
    ("can we get product prices from our ERP into quotes in the cloud?", "Quote Connector"),
    ("does the quote integration work online?", "Quote Connector"),
])
def test_a_plain_word_name_names_no_row_of_a_need_it_does_not_serve(engine: Engine, question: str, row: str) -> None:
    """"quote" names the Quote Connector, and a step of a sale or a document: in a message describing a need the
    Quote Connector does not serve it names no row (it came first, as named); where the need is its own, or no need
    is told, it still names it."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], (answer.intent, names(answer))


def test_the_hosted_database_off_limits_is_no_place_set_aside(engine: Engine) -> None:
    """"hosted db is off limits": the database is, not SuperOffice Online where the customer is (it read the customer
    as onsite and recommended SQL Scripts)."""
    answer = engine.respond("Boat co-op on SuperOffice Online. Their BI person wants a full copy of the whole CRM db "
                            "in their own SQL Server for reporting, kept current. API calls record by record are not "
                            "wanted; the hosted db is off limits. Which feature?")
    assert names(answer)[:1] == ["Database Mirroring"], (answer.intent, names(answer))


def test_a_detail_beyond_the_data_names_no_row_set_aside(engine: Engine) -> None:
    """A fallback for a detail shows what is known of the rows asked about, never of one the message puts aside ("Not
    inside the desktop program": the Windows client's scripting was shown)."""
    answer = engine.respond("Meeting notes, bakery co-op, server in the back office. We want our scripts to run on "
                            "the application server every time something is saved - from the browser, the desktop "
                            "program or an integration - for sellers and support alike. Not inside the desktop "
                            "program, not in the ticket admin pages. Agenda: 1. which scripting option 2. who "
                            "maintains it")
    assert "Windows Client" not in names(answer), (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Our .NET integration logs in with a user name and password against our own NetServer. A customer on CRM Online "
    "wants it too - what changes in how it authenticates?",
    "our app logs in with username and password onsite; how does it sign in on CRM Online?",
])
def test_a_password_told_with_both_places_asks_how_signing_in_differs(engine: Engine, question: str) -> None:
    """A password told of the onsite integration, CRM Online asked about: how signing in differs (credentials onsite,
    federated authentication online), not an account's details (it fell back as a password question)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.explanation.decision)


@pytest.mark.parametrize("question", [
    "what's the password for the demo tenant?",
    "I forgot my password for SuperOffice Online, how do I log in?",
])
def test_a_password_asked_in_one_place_is_beyond_the_data(engine: Engine, question: str) -> None:
    assert_beyond(engine.respond(question))


def test_as_opposed_to_is_a_contrast(engine: Engine) -> None:
    """"'internal automation' as opposed to 'external integration'": "opposed" is a word of contrast, understood (it
    was a content word nothing explained, and the short message fell back)."""
    answer = engine.respond("# NOTE: the auditor asked what is meant by 'internal automation' as opposed to "
                            "'external integration' - write the difference down here")
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.explanation.decision)


def test_a_platform_a_few_words_after_a_negation_is_denied(engine: Engine) -> None:
    """"These don't run inside the installed desktop program": the desktop program is denied, so its scripting row is
    not the recommendation (the negation stood four words before it, out of reach)."""
    answer = engine.respond("Client self-hosts SuperOffice. Their developers have scripts that run on the application "
                            "server whenever sales or ticket data is saved through the web services. These don't run "
                            "inside the installed desktop program and aren't edited in the admin pages of the ticket "
                            "module. Which scripting mechanism is that?")
    assert names(answer)[:1] == ["NetServer Service"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "intent"), [
    ("great tutorial on the ticket side! we sell concert tickets and log complaints as tickets in hosted SuperOffice. "
     "every complaint from the contact form should get an automatic reply the moment it arrives - no agent clicking "
     "anything and nobody writing code. what do I set up?", "scenario"),
    ("brilliant tutorial. quick one: our dev wants to know which hooks, events and buttons the installed Windows "
     "version of SuperOffice CRM exposes to a developer. what can he plug into there?", "platform"),
    ("3/5 stars. Pros: contacts offline. Cons: can't extend it. Question for the vendor: is there any way for a "
     "developer to extend the phone apps (SuperOffice Mobile, Pocket CRM)?", "platform"),
])
def test_steps_or_a_status_told_before_the_question_are_the_setting(engine: Engine, question: str,
                                                                     intent: str) -> None:
    """"great tutorial!", "Pros: contacts offline": steps shown or a status told before the question are the setting,
    not a detail asked (each fell back as a question for steps or a status)."""
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, answer.explanation.decision)


def test_why_compiled_code_is_forbidden_online_is_the_online_policy(engine: Engine) -> None:
    """"the compiled add-on DLLs ... may not be deployed to the cloud tenant. why exactly is that forbidden?": a reason
    asked (no need to recommend rows for), which the data explains: the online policy (it fell back as an error)."""
    answer = engine.respond("1/5 stars. Reviewer: IT manager, moving to CRM Online. Cons: the compiled add-on DLLs "
                            "that ran for years on our own server may not be deployed to the cloud tenant. Question "
                            "for the vendor: why exactly is that forbidden?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.explanation.decision)


def test_it_too_in_a_concept_asked_in_full_continues_nothing(fresh_engine: Engine) -> None:
    """"... a customer on CRM Online wants it too - what changes in how it authenticates?" after a list: "it too" is
    the app the message tells of, and the concept is asked in words of its own; answered as if alone (the thread's
    level and client were carried and CRMScript listed; found trying the REPL on a fresh clone)."""
    fresh_engine.respond("which scripting options does Service have?", thread="t")
    answer = fresh_engine.respond("Our app logs in with username and password against our own server. A customer on "
                                  "CRM Online wants it too - what changes in how it authenticates?", thread="t")
    assert answer.intent == "topic-federated-auth", (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Our developers won't touch SOAP. The app must read and write contacts in SuperOffice Online - which web API?",
    "we don't want SOAP or generated proxies; our portal needs contacts and tickets from our hosted SuperOffice as "
    "JSON. Which interface fits?",
])
def test_a_refusal_before_a_row_sets_it_aside(engine: Engine, question: str) -> None:
    """"won't touch X", "don't want X" refuse X as "will not use X" does, so the JSON API is the answer (SOAP was
    offered first)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_not_knowing_a_row_is_no_refusal(engine: Engine) -> None:
    """"we don't know if X ..." asks about X: only a refusing verb after the negation sets a row aside."""
    answer = engine.respond("we don't know whether CRMScript works in SuperOffice Online - does it?")
    assert names(answer)[:1] == ["CRMScript"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "platform"), [
    ("How much can a partner customise the online web client?", "web-client-online"),
    ("our field team only uses the phone apps. how much could we customise SuperOffice Mobile?", "mobile"),
])
def test_how_much_before_a_modal_asks_an_extent_not_a_price(engine: Engine, question: str, platform: str) -> None:
    """"how much can/could ..." asks how far something goes, not what it costs (it fell back as a price detail)."""
    answer = engine.respond(question)
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == platform, (answer.intent, platform_id(answer))


def test_how_much_it_costs_stays_a_price(engine: Engine) -> None:
    answer = engine.respond("how much does the Zapier connector cost per month?")
    assert answer.fallback, (answer.intent, names(answer))
    assert names(answer)[:1] == ["Zapier"], (answer.intent, names(answer))


def test_plug_in_as_a_verb_names_no_plugin_rows(engine: Engine) -> None:
    """"where could it plug in?" asks where an app connects, no plugin row (a table of the three plugin rows, none
    online, answered it)."""
    answer = engine.respond("We make a scheduling app for companies on SuperOffice Online. Where could it plug in?")
    assert answer.intent == "platform", (answer.intent, names(answer))
    assert platform_id(answer) == "web-client-online", (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "can we roll out our custom pages through our CI/CD pipeline?",
    "a CD replication plant runs the web client on its own IIS and wants custom pages - is that possible there?",
])
def test_cd_beside_ci_or_after_a_is_no_continuous_database(engine: Engine, question: str) -> None:
    """"CI/CD" and "a CD ..." are no Continuous Database (its short name "CD"): only Custom Pages is named."""
    answer = engine.respond(question)
    assert "Continuous Database" not in names(answer), (answer.intent, names(answer))
    assert "Custom Pages" in names(answer)[:1], (answer.intent, names(answer))


def test_running_on_our_server_is_onsite(fresh_engine: Engine) -> None:
    """"the browser one running on our server" names the onsite Web client (it was read as a need for a long-running
    job, a question of its own)."""
    fresh_engine.respond("we want to react to clicks in the installed Windows version of SuperOffice. What can we "
                         "hook into?", thread="t")
    answer = fresh_engine.respond("And for the browser one running on our server?", thread="t")
    assert platform_id(answer) == "web-client-onsite", (answer.intent, names(answer))
    alone = fresh_engine.respond("SuperOffice runs on our servers. Can we use Custom Pages?")
    assert alone.verdict.startswith("Yes"), (alone.verdict, names(alone))
    assert names(alone)[:1] == ["Custom Pages"], (alone.verdict, names(alone))


def test_a_refusal_a_word_or_two_before_the_row_sets_it_aside(engine: Engine) -> None:
    """"won't touch the legacy SOAP stuff": words between the refusing verb and the row still refuse it."""
    answer = engine.respond("our contractor won't touch the legacy SOAP stuff - we need contacts from our hosted "
                            "SuperOffice as JSON. Which API?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_who_after_a_noun_asks_for_no_person(engine: Engine) -> None:
    """"the guy who made our booking site" tells who, it asks for no person (it fell back as a people detail);
    "who built X?" still asks for one."""
    answer = engine.respond("Our developer, the guy who made our booking site, wants to send bookings into hosted "
                            "SuperOffice as JSON. Which interface is there for him?")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))
    assert_beyond(engine.respond("who built the ERP Sync Connector?"))


@pytest.mark.parametrize(("question", "platform"), [
    ("SuperOffice Service only, no sales licences: what can external code integrate with?", "customer-service"),
    ("Where can a developer plug in on Customer Service?", "customer-service"),
    ("can anything be added to the windows client?", "windows-client"),
])
def test_what_a_named_platform_offers_beats_a_list_only_hinted(engine: Engine, question: str, platform: str) -> None:
    """A platform named, and its own trigger words asking what it offers ("integrate with", "plug in" said as a
    verb, "anything be added to"): its integration points, not the rows of its client (a list of the Service rows,
    the three plugin rows, or a fallback)."""
    answer = engine.respond(question)
    assert answer.intent == "platform", (answer.intent, names(answer))
    assert platform_id(answer) == platform, (answer.intent, platform_id(answer))


def test_a_plug_in_type_is_still_the_plugin_family(engine: Engine) -> None:
    """"plug-in type" (hyphened) is the noun: the plugin rows are named."""
    answer = engine.respond("Which plug-in type runs long jobs in the background in the onsite web client?")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))


def test_listing_as_a_verb_asks_for_rows_not_the_app_store(engine: Engine) -> None:
    """"listing the options that exist only for ..." is a list asked for (the app store's "listing" answered it);
    "if sales can use one as well, leave it out" drops what Sales shares."""
    answer = engine.respond("Draft page: listing the options that exist only for the support product. If sales can use "
                            "one as well, leave it out. Which qualify?")
    assert set(names(answer)) == _rows(clients=("Service",)), (answer.intent, names(answer))


def test_what_only_a_move_gets_is_what_exists_only_there(engine: Engine) -> None:
    answer = engine.respond("what would we get only by moving to SuperOffice Online?")
    assert set(names(answer)) == _rows(onsite=False, online=True), (answer.intent, names(answer))


def test_people_who_only_sell_are_the_sales_client(engine: Engine) -> None:
    answer = engine.respond("for people who only sell, on the hosted version: which extension options can they use?")
    assert set(names(answer)) == _rows(has="Sales", online=True), (answer.intent, names(answer))


def test_hosting_superoffice_ourselves_is_onsite(engine: Engine) -> None:
    """"between hosting SuperOffice ourselves and the cloud ... in both places": both environments."""
    answer = engine.respond("we might switch between hosting SuperOffice ourselves and the cloud; which Service "
                            "options work in both places?")
    assert set(names(answer)) == _rows(has="Service", onsite=True, online=True), (answer.intent, names(answer))


def test_neither_nor_sets_both_rows_aside(engine: Engine) -> None:
    """"neither SQL nor scripting" puts SQL Scripts and the script rows aside (CRMScript or SQL Scripts came first)."""
    answer = engine.respond("We host SuperOffice ourselves and need a heavy background job, compiled, with progress "
                            "shown in the web client - neither SQL nor scripting. Which extension point runs it?")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "we ran the Continuous Database install on our test server and it stopped halfway - can it be run again?",
    "Which preference controls the default currency of new sales?",
    "Bulk-loading 300 entries into a custom list from a spreadsheet - supported?",
])
def test_a_thing_of_a_row_the_data_does_not_hold_is_beyond_it(engine: Engine, question: str) -> None:
    """A run that stopped halfway, which one preference does a thing, whether an import into a row is supported:
    beyond the data (they were answered as where the row works, or as the need for preferences)."""
    assert_beyond(engine.respond(question))


def test_supported_where_is_still_availability(engine: Engine) -> None:
    answer = engine.respond("Is CRMScript supported in Online?")
    assert answer.verdict.startswith("Yes"), answer.verdict


@pytest.mark.parametrize("question", [
    "Our support agents want their own input form screen in the helpdesk module, writing into tables that already "
    "exist. Which feature is that?",
    "For support we want a screen of our own design, storing into tables that already exist. What is it called?",
    "the consultant built the table last month, so storage is sorted. What's missing is an input form of our own for "
    "the support agents, in the cloud. Which feature?",
])
def test_what_is_solved_already_is_its_own_part_of_the_sentence(engine: Engine, question: str) -> None:
    """"..., writing into tables that already exist" says the tables are there, not the screen told before the comma
    (the whole sentence was set aside: a list of the Service rows, or "no earlier question"); after "so" the
    consequence speaks of all before it."""
    answer = engine.respond(question)
    assert names(answer)[:1] == ["Custom Screens"], (answer.intent, names(answer))


def test_a_docs_section_listing_rows_is_answered_with_the_list(engine: Engine) -> None:
    """"Docs request: add a section listing all ... that serve both Sales and Service" asks for a list the data holds
    (it fell back as a request to change the docs)."""
    answer = engine.respond("Docs request: add a section listing all the extension options that serve both Sales and "
                            "Service")
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), (answer.intent, names(answer))


def test_the_one_you_mentioned_continues_the_thread(fresh_engine: Engine) -> None:
    """"that sentry one you mentioned at the meetup" points back at the conversation: the thread's question (may it
    run on our own server?) asked of Sentry Plugins (it was described, or fell back as words nothing explains)."""
    fresh_engine.respond("Are Document Plugins allowed on our own server?", thread="t")
    answer = fresh_engine.respond("And that sentry one you mentioned at the meetup?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Sentry Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_a_row_and_an_integration_point_compared_take_no_row_from_the_thread(fresh_engine: Engine) -> None:
    """"custom pages and web panels": the point named is the other side, not the thread's row (Database Mirroring was
    compared with Custom Pages)."""
    fresh_engine.respond("is database mirroring available onsite?", thread="t")
    answer = fresh_engine.respond("what is the difference between custom pages and web panels?", thread="t")
    assert "Database Mirroring" not in names(answer), (answer.intent, names(answer))
    assert names(answer)[:1] == ["Custom Pages"], (answer.intent, names(answer))


def test_which_version_of_a_product_asks_the_version(engine: Engine) -> None:
    """"Which version of SQL Server ...": the version is asked, whatever need "do I need" suggests (SQL Scripts
    answered it)."""
    assert_beyond(engine.respond("Which version of SQL Server do I need for onsite?"))


def test_a_product_that_is_the_askers_own_asks_nothing_about_it(engine: Engine) -> None:
    """"my own SQL server" is where the asker's copy goes, no question about another product (it fell back)."""
    answer = engine.respond("can I mirror the database to my own SQL server?")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert "Database Mirroring" in names(answer), (answer.intent, names(answer))


def test_a_question_of_its_own_is_no_answer_to_a_clarifying_question(fresh_engine: Engine) -> None:
    """"which features does superoffice mobile support?" after the bot asked which client was meant is a question of
    its own, not "mobile" as the answer (the earlier validation answer came again)."""
    fresh_engine.respond("I want to block saving a ticket when a field is empty", thread="t")
    fresh_engine.respond("that's for Service right? what about sales?", thread="t")
    answer = fresh_engine.respond("which features does superoffice mobile support?", thread="t")
    assert answer.intent == "platform", (answer.intent, answer.explanation.followup)
    assert platform_id(answer) == "mobile", (answer.intent, platform_id(answer))


def test_how_pricing_works_is_a_price_detail(engine: Engine) -> None:
    assert_beyond(engine.respond("how does Zapier pricing work?"))


def test_what_online_forbids_is_not_asked_by_an_onsite_customer(engine: Engine) -> None:
    """"our IT team refuses to install anything ... we're onsite": no question about what Online forbids (its
    "refuses" answered with the online restrictions), a need for automation."""
    answer = engine.respond("our IT team refuses to install anything on the server. we're onsite. can we still "
                            "automate ticket routing?")
    assert answer.intent == "scenario", (answer.intent, names(answer))
    assert {"Triggers", "SuperMacro"} & set(names(answer)[:2]), (answer.intent, names(answer))


def test_a_move_to_a_place_a_few_words_after_the_verb_is_where_it_goes(engine: Engine) -> None:
    """"moving our support desk to online. what stops working?": the move goes to Online, and what stops working
    is what it loses (the Service rows that work online were listed)."""
    answer = engine.respond("we're moving our support desk to online. what stops working?")
    assert set(names(answer)) == _rows(has="Service", onsite=True, online=False), (answer.intent, names(answer))


def test_a_script_outside_superoffice_reads_data_through_the_web_services(engine: Engine) -> None:
    """"a Python script outside SuperOffice" is an outside program, not CRMScript (which came first)."""
    answer = engine.respond("which API do I need to read tickets from a Python script outside SuperOffice?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "row"), [
    ("Does the Sales Guide exist in the Windows client?", "Sales Guide"),
    ("can I use SAINT in the windows client?", "SAINT"),
])
def test_the_windows_client_as_the_place_of_another_row_is_the_platform(engine: Engine, question: str,
                                                                        row: str) -> None:
    """"in the Windows client" beside another row is where that row is used, not the Windows Client scripting row
    (the two were compared, or the scripting row shown beside it)."""
    answer = engine.respond(question)
    assert names(answer) == [row], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_the_windows_client_row_named_alone_is_still_the_row(engine: Engine) -> None:
    answer = engine.respond("I want VBScript in the Windows client, onsite")
    assert names(answer)[:1] == ["Windows Client"], (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "How stale can the local copy that database mirroring gives us become - seconds, minutes, a full day?",
    "ERP Sync Connector clash: the same address got edited in the ERP and in the CRM on one day - whose edit wins the "
    "sync?",
])
def test_how_a_named_row_behaves_is_beyond_the_data(engine: Engine, question: str) -> None:
    """A row named and a need that lists it, a question about how the row behaves in words the data does not
    explain: beyond the data (the need's best fit was recommended, to a question that asked for none)."""
    assert_beyond(engine.respond(question))


def test_whether_a_named_row_fits_a_need_is_still_answered(engine: Engine) -> None:
    answer = engine.respond("we want our ERP and SuperOffice companies kept in sync both ways; is the ERP Sync "
                            "Connector the right feature?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))
    assert not answer.fallback, answer.explanation.decision


@pytest.mark.parametrize(("question", "level"), [
    ("Wir hosten SuperOffice selbst. Was bieten uns die internen Programmierschnittstellen?", "Internal APIs"),
    ("Was bieten die externen Programmierschnittstellen von SuperOffice?", "External APIs"),
])
def test_programming_interfaces_in_german_name_the_api_levels(engine: Engine, question: str, level: str) -> None:
    """"die internen Programmierschnittstellen" is the Internal APIs level (it fell back, nothing named)."""
    answer = engine.respond(question)
    assert set(names(answer)) == _rows(level=level, onsite=True if "selbst" in question else None), (
        answer.intent, names(answer))


def test_what_must_never_go_wrong_is_a_requirement_not_an_error(engine: Engine) -> None:
    """"It must never fire on its own" says what is wanted, not what fails (it fell back as an error detail)."""
    answer = engine.respond("Our support agents want one saved bundle of actions - close the request, send the "
                            "standard reply - that they start themselves with a click. It must never fire on its own.")
    assert names(answer)[:1] == ["SuperMacro"], (answer.intent, answer.explanation.decision)


@pytest.mark.parametrize(("second", "onsite", "online"), [
    ("and what do we keep?", True, True),
    ("and what do we gain?", False, True),
])
def test_what_a_move_keeps_or_gains_follows_the_move_before(fresh_engine: Engine, second: str, onsite: bool,
                                                             online: bool) -> None:
    """"what stops working?" for a move, then "and what do we keep?": the same move's places (every Service row
    was listed, the places dropped)."""
    fresh_engine.respond("we're moving our support desk from our own server to online. what stops working?",
                         thread="t")
    answer = fresh_engine.respond(second, thread="t")
    assert set(names(answer)) == _rows(has="Service", onsite=onsite, online=online), (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "what about Service?",
    "what if we were onsite instead?",
    "how about onsite then?",
])
def test_an_opener_and_a_filter_with_nothing_before_is_no_list(fresh_engine: Engine, question: str) -> None:
    """"what if we were onsite instead?" leans on an earlier question; with none (or after one not understood), the
    filter alone listed every row there."""
    for thread in ("first", "after-gibberish"):
        if thread == "after-gibberish":
            fresh_engine.respond("asdf qwertz", thread=thread)
        answer = fresh_engine.respond(question, thread=thread)
        assert answer.fallback, (answer.intent, names(answer))
        assert not answer.items, (answer.intent, names(answer))
        assert answer.verdict == msg.nothing_earlier(), answer.verdict  # (gibberish is no earlier question)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("which rows work online?", "what about onsite?", _rows(onsite=True)),
    ("which options are there for Sales?", "what about Service?", _rows(has="Service")),
])
def test_an_opener_and_a_filter_after_a_list_narrows_it(fresh_engine: Engine, first: str, second: str,
                                                        expected: set[str]) -> None:
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(second, thread="t")
    assert set(names(answer)) == expected, (answer.intent, names(answer))


def test_a_full_list_question_after_an_opener_still_lists(engine: Engine) -> None:
    answer = engine.respond("and what works onsite?")
    assert set(names(answer)) == _rows(onsite=True), (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "we want our warehouse system to get told every time an order is placed in superoffice. we're on crm online",
    "each time an order is placed, our warehouse app has to hear about it; SuperOffice Online",
])
def test_a_record_happening_in_more_verbs_is_code_run_on_save(engine: Engine, question: str) -> None:
    """"every time an order is placed" is a record's happening, as "is saved" is (it fell back: a filter word
    alone)."""
    answer = engine.respond(question)
    assert not answer.fallback, answer.explanation.decision
    assert set(names(answer)[:2]) == {"Triggers", "CRMScript"}, (answer.intent, names(answer))


def test_a_pointer_and_a_move_ask_whether_the_row_works_there(fresh_engine: Engine) -> None:
    """"could that also work if we move to the cloud?" after Custom Dialogs asks about Custom Dialogs online (the
    online-restrictions topic answered, its one phrase taken for a subject of its own)."""
    fresh_engine.respond("what are custom dialogs?", thread="t")
    answer = fresh_engine.respond("could that also work if we move to the cloud?", thread="t")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


@pytest.mark.parametrize("row", ["Sentry Plugins", "Archive Providers"])
def test_a_row_whose_needs_nothing_serves_online_gets_no_alternatives(engine: Engine, row: str) -> None:
    """Nothing serves record rights or search providers online; the web services offered as what works instead
    were no way to do it."""
    answer = engine.respond(f"can I use {row} in CRM Online?")
    assert names(answer) == [row], (answer.intent, names(answer))
    assert msg.instead("online") not in render(answer)
    assert msg.nothing_instead(row, "online") in render(answer)


def test_an_onsite_web_client_row_online_still_gets_panels_and_buttons(engine: Engine) -> None:
    """Custom Pages' needs are served online by the online Web client's panels and buttons, then the web services."""
    text = render(engine.respond("can I use custom pages in CRM Online?"))
    assert msg.instead("online") in text
    assert "Web Panels" in text
    assert "Custom buttons" in text


@pytest.mark.parametrize(("question", "row", "owner", "platform"), [
    ("do DataHandlers exist in the windows client?", "DataHandlers", "Web client (onsite)", "Windows client"),
    ("can I use custom dialogs in the windows client?", "Custom Dialogs", "Web client (onsite)", "Windows client"),
    ("custom pages in superoffice mobile?", "Custom Pages", "Web client (onsite)",
     "Mobile clients (SuperOffice Mobile and Pocket CRM)"),
])
def test_a_row_of_one_client_asked_on_another_is_a_no(engine: Engine, question: str, row: str, owner: str,
                                                       platform: str) -> None:
    """DataHandlers are the onsite Web client's (seed 002); "Yes. DataHandlers works onsite" answered the
    Windows client question with the environment the client implies."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], (answer.intent, names(answer))
    assert answer.verdict == msg.row_elsewhere(row, platform, owner), answer.verdict


@pytest.mark.parametrize("question", [
    "can I use document plugins in the windows client?",  # a NetServer plugin: no one client's
    "can I use custom dialogs in the onsite web client?",
    "Does the Sales Guide exist in the Windows client?",
])
def test_a_row_on_a_client_it_is_part_of_is_still_a_yes(engine: Engine, question: str) -> None:
    assert engine.respond(question).verdict.startswith("Yes")


@pytest.mark.parametrize(("question", "row", "platform"), [
    ("Can I run CRMScript in the Windows client?", "CRMScript", "Windows client"),
    ("is SuperMacro available in the onsite web client?", "SuperMacro", "Web client (onsite)"),
    ("can I use crmscript in the online web client?", "CRMScript", "Web client (online)"),
    ("does the mobile app support triggers", "Triggers", "Mobile clients (SuperOffice Mobile and Pocket CRM)"),
])
def test_a_service_row_asked_of_a_crm_client_is_a_no(engine: Engine, question: str, row: str,
                                                     platform: str) -> None:
    """"Yes. CRMScript works onsite." answered the Windows client question with the environment the client implies;
    CRMScript is a Service row (seed 000), and a SuperOffice CRM client (Sales) does not list it (seed 002)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], (answer.intent, names(answer))
    assert answer.verdict == msg.row_other_product(row, ("Service",), platform, "Sales"), answer.verdict


@pytest.mark.parametrize("question", [
    "can I use preferences in the windows client?",  # Sales and Service: the Windows client's too
    "Can I use SAINT in the ticket module?",  # the client's own verdict: Sales only, not Service
    "are triggers available online?",  # no platform named
])
def test_a_row_of_the_platforms_product_or_no_platform_keeps_its_verdict(engine: Engine, question: str) -> None:
    verdict = engine.respond(question).verdict
    assert not verdict.startswith("No - "), verdict


def test_a_pronoun_and_a_client_as_the_place_ask_about_the_earlier_row(fresh_engine: Engine) -> None:
    """"do they exist in the windows client?" after DataHandlers: the row, in that client (the Windows client's
    integration points were listed)."""
    fresh_engine.respond("what's a DataHandler?", thread="t")
    answer = fresh_engine.respond("do they exist in the windows client?", thread="t")
    assert names(answer)[:1] == ["DataHandlers"], (answer.intent, names(answer))
    assert answer.verdict == msg.row_elsewhere("DataHandlers", "Windows client", "Web client (onsite)")


def test_a_row_compared_with_an_integration_point_describes_both(engine: Engine) -> None:
    """"the difference between custom pages and web panels?" described Custom Pages only; the web panels are
    stated per platform, as seed 002 lists them."""
    answer = engine.respond("what is the difference between custom pages and web panels?")
    assert names(answer)[:1] == ["Custom Pages"], (answer.intent, names(answer))
    text = render(answer)
    for platform, point in (("Windows client", "Web Panels"), ("Web client (online)", "Web Panels"),
                            ("Web client (onsite)", "Add web panels")):
        assert f"{point} ({platform})" in text, text


@pytest.mark.parametrize("question", [
    "Hosted SuperOffice, no compiled code or database access: which feature keeps a register of machines?",
    "we may use no plugins nor the database tier - what is left for a register of machines?",
])
def test_a_level_after_or_shares_the_negation_before_it(matcher_of: Matcher, question: str) -> None:
    """"no compiled code or database access": the database level is put aside too (it was the level asked for, and
    the Database rows were listed for a need about records in a support table)."""
    constraints = matcher_of.read(question)[1].constraints
    assert "Database" in constraints.not_levels, constraints
    assert "Database" not in constraints.levels, constraints


@pytest.mark.parametrize(("question", "asks"), [
    ("Justification: once a seller saves our contract screen in the self-hosted browser client, our code must handle "
     "creating, changing and removing that screen's records, pushing some of them to our maintenance database. | "
     "Question: name the extension point.", 0),
    ("which of these work online: a popup, a new page, or server code on save?", 3),
])
def test_a_pick_told_in_a_statement_splits_no_asks(matcher_of: Matcher, question: str, asks: int) -> None:
    """"... pushing some of them to our maintenance database." tells; it asks no pick from a list (the message was
    split into asks at its commas, each answered on its own); "which of these ...?" still does."""
    assert len(matcher_of.read(question)[1].asks) == asks


def test_a_rival_claim_of_a_level_yields_to_no_code(engine: Engine) -> None:
    """"my colleague thinks it needs a script ... nobody may write code": the no-code constraint decides, not the
    level of the claim (CRMScript came first)."""
    answer = engine.respond("Helpdesk in SuperOffice Online: when a ticket mentioning 'refund' comes in, it must go "
                            "to the finance queue straight away, without an agent touching it and without anyone "
                            "writing code. My "
                            "colleague thinks that needs a script. Which feature does it?")
    assert names(answer)[0] in {"Triggers", "SuperMacro"}, (answer.intent, names(answer))
    assert names(answer)[-1] == "CRMScript", (answer.intent, names(answer))


def test_a_platform_asked_after_a_label_gets_its_points(engine: Engine) -> None:
    """A one-sentence message, a label with the place first, then what a partner app can add to the client: the
    platform's points (a described need was answered with the web services)."""
    answer = engine.respond("Memo for IT, from the sellers at a kayak rental, now on CRM Online: what can a partner "
                            "app add to the browser client we use there?")
    assert platform_id(answer) == "web-client-online", (answer.intent, platform_id(answer))


def test_every_one_of_a_level_is_a_list(engine: Engine) -> None:
    """"every external API SuperOffice has" after a label of who asks: the level's rows (it fell back, the label's
    words counted against it)."""
    answer = engine.respond("IT wishlist, harp workshop: every internal API SuperOffice has, please.")
    assert set(names(answer)) == _rows(level="Internal APIs"), (answer.intent, names(answer))


def test_a_label_before_a_follow_up_opener_is_no_new_subject(fresh_engine: Engine) -> None:
    """"Tilføjelse fra godkenderen: og hvis ...?" continues the thread; the label's words are who asks."""
    fresh_engine.respond("Are Document Plugins possible for our sellers when we host SuperOffice ourselves?",
                         thread="t")
    answer = fresh_engine.respond("Nachtrag vom Einkauf: und wenn wir nächstes Jahr in die Cloud umziehen?", thread="t")
    assert names(answer)[:1] == ["Document Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_how_many_hooks_a_platform_has_asks_for_its_points(engine: Engine) -> None:
    """"how many hooks for outside systems has ... got?" counts the platform's points, no limit asked."""
    answer = engine.respond("how many hooks for other software does the SuperOffice Windows client have?")
    assert platform_id(answer) == "windows-client", (answer.intent, platform_id(answer))
    assert not answer.fallback


@pytest.mark.parametrize("question", [
    "Archive Provider anmelden: in welcher Konfigurationsdatei steht das?",
    "MDO-provider registrere: hvilken konfigurasjonsfil skal den stå i?",
])
def test_a_config_file_asked_in_other_languages_is_beyond_the_data(engine: Engine, question: str) -> None:
    """"Konfigurationsdatei" is a configuration file asked for, not the Configuration level its first part comes
    close to."""
    assert_beyond(engine.respond(question))


def test_a_row_compared_with_a_topic_is_not_compared_with_the_thread(fresh_engine: Engine) -> None:
    """"the difference between SOAP and the Customer Service SOAP services?" after Triggers and SuperMacro compared
    Triggers with SOAP; the topic named is the other side."""
    fresh_engine.respond("what's a trigger vs a macro?", thread="t")
    answer = fresh_engine.respond("how does SOAP differ from the Customer Service SOAP services?", thread="t")
    assert "Triggers" not in names(answer), (answer.intent, names(answer))
    assert answer.intent == "topic-cs-soap", answer.intent


def test_a_need_told_with_a_move_is_met_where_the_move_goes(engine: Engine) -> None:
    """Both places named, a move to one of them happening: the need is to be met where it goes (Custom Pages, onsite
    only, was the best fit)."""
    answer = engine.respond("we sell an add-on that shows a tab on the company card, built as a custom page onsite. "
                            "our customer moves to online next month. what now?")
    assert "Custom Pages" not in names(answer)[:1], (answer.intent, names(answer))
    assert "Web Panels" in answer.verdict, answer.verdict


def test_a_need_asked_of_a_move_that_may_come_stays_where_it_is(engine: Engine) -> None:
    """"... would we keep it if the customer moves to the cloud later?": the move is supposed; the need is where the
    asker is now."""
    answer = engine.respond("We host SuperOffice ourselves. I want a script on the application server that runs "
                            "when a company is saved, whatever client saved it. Which option is that, and would we "
                            "keep it if we migrate to the cloud?")
    assert names(answer)[:1] == ["NetServer Service"], (answer.intent, names(answer))


def test_a_list_that_drops_rows_the_other_client_shares_is_a_question_of_its_own(fresh_engine: Engine) -> None:
    """"... If the sellers can use it as well, leave it off." after a row: "as well" tells which rows go, it does not
    continue the thread (the earlier row was answered again)."""
    fresh_engine.respond("is the quote connector available online?", thread="t")
    answer = fresh_engine.respond("For the helpdesk team: a list of the extension options meant only for support. "
                                  "If the sales people can use it as well, leave it off.", thread="t")
    assert set(names(answer)) == _rows(clients=("Service",)), (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "first"), [
    ("Was this page helpful? No. What were you looking for? One extra box on every customer card: 'prefers morning "
     "delivery' yes/no. Just that one value per customer, no separate register, no developer.", "User-defined Fields"),
    ("War diese Seite hilfreich? Nein. Unsere Verkäufer wollen beim Angebot Produkte und Preise live aus dem ERP "
     "holen; Kundendaten bleiben, wo sie sind. Was ist das?", "Quote Connector"),
])
def test_a_docs_feedback_prompt_is_no_question_about_the_page(engine: Engine, question: str, first: str) -> None:
    """The prompts of a docs page's feedback form ("Was this page helpful? ... What were you looking for?") come
    before what is wanted; they ask nothing about the page (it fell back as a documentation change)."""
    answer = engine.respond(question)
    assert names(answer)[:1] == [first], (answer.intent, answer.explanation.decision, names(answer))


def test_a_page_that_does_not_name_what_is_described_asks_its_name(engine: Engine) -> None:
    """"This page doesn't tell me what that is called." after a need: the need's row is asked, the page is where the
    asker looked."""
    answer = engine.respond("We host SuperOffice on our own server and want small scripts on the application server "
                            "that run whenever a sale is saved, in no client in particular. This page doesn't tell "
                            "me what that is called.")
    assert names(answer)[:1] == ["NetServer Service"], (answer.intent, answer.explanation.decision)


def test_a_norwegian_follow_up_naming_the_customer_and_self_hosting_continues(fresh_engine: Engine) -> None:
    """"Og dersom tunnelvask-firmaet drifter alt selv, på sin egen maskin?": "drifter alt selv" and "på sin egen maskin"
    are onsite, "firmaet" (the company) no new subject."""
    fresh_engine.respond("Can the sellers use Custom Dialogs in SuperOffice Online?", thread="t")
    answer = fresh_engine.respond("Og dersom bakeri-firmaet drifter alt selv, på sin egen maskin?", thread="t")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_what_developers_can_connect_to_a_client_in_german_asks_its_points(fresh_engine: Engine) -> None:
    """"Was können Entwickler am Windows-Client alles anbinden?" after another question: a fresh start, and the
    Windows client's integration points (the Windows Client scripting row was answered)."""
    fresh_engine.respond("Zapier mit einer eigenen Installation, geht das?", thread="t")
    answer = fresh_engine.respond("Ganz andere Frage, hat mit eben nichts zu tun: was können Entwickler am "
                                  "Windows-Client alles anbinden?", thread="t")
    assert answer.explanation.followup == "a fresh start", answer.explanation.followup
    assert platform_id(answer) == "windows-client", (answer.intent, names(answer))


def test_where_that_is_configured_is_a_config_detail(engine: Engine) -> None:
    assert_beyond(engine.respond("In Sales Guide, each stage's follow-up should go to whoever owns the sale's "
                                 "region. Where is that configured?"))


def test_capabilities_reserved_for_a_client_are_its_own(engine: Engine) -> None:
    """"reserved for Sales" is Sales only (the rows both clients share were listed too)."""
    answer = engine.respond("Capabilities reserved for Sales that also work on CRM Online")
    assert set(names(answer)) == _rows(clients=("Sales",), online=True), (answer.intent, names(answer))


def test_services_as_a_verb_names_no_client(engine: Engine) -> None:
    """"a firm that services swing bridges" tells what the firm does; it names no Service client (ERP Sync
    Connector, Sales only, was left out for Service)."""
    answer = engine.respond("Our customer, a company that services lifts, keeps its companies and contact persons "
                            "identical in SuperOffice and in its ERP, both ways; offers and prices are not part of it. "
                            "What is the proper name of that?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "expected"), [
    ("Auto-reply: I'm out until Monday. Colleagues, the client asks which extension options exist only for "
     "self-hosted installs and have no counterpart in CRM Online.", _rows(onsite=True, online=False)),
    ("Autosvar: Jeg er tilbake neste uke. Kunden spør hvilke utvidelser som bare finnes i skyen.",
     _rows(onsite=False, online=True)),
])
def test_an_out_of_office_reply_opening_a_message_wants_no_automation(engine: Engine, question: str,
                                                                      expected: set[str]) -> None:
    """"Auto-reply: I'm out until Monday." is where the message comes from: it opened a need for automation (reacting
    to tickets) that answered instead of the list asked for."""
    answer = engine.respond(question)
    assert set(names(answer)) == expected, (answer.intent, names(answer))


def test_an_auto_reply_wanted_later_in_a_message_is_still_a_need(engine: Engine) -> None:
    answer = engine.respond("when a ticket comes in, send an auto reply to the customer, SO online")
    assert names(answer)[:1] in (["Triggers"], ["SuperMacro"]), (answer.intent, names(answer))
    assert not answer.fallback


def test_the_choices_of_a_pick_joined_by_or_are_each_asked(engine: Engine) -> None:
    """"which of these work online: A, B or C?": "or" joins the choices of a pick (the last two were read as one ask
    and the third row went unanswered)."""
    answer = engine.respond("Which of these run in the cloud: archive providers, superMacro or sentry plugins?")
    assert answer.explanation.decision == SEVERAL_ASKS, answer.explanation.decision
    assert "3 asks" in answer.explanation.note, answer.explanation.note
    assert names(answer) == ["SuperMacro"], names(answer)
    assert "Archive Providers" in answer.verdict, answer.verdict
    assert "Sentry Plugins" in answer.verdict, answer.verdict


def test_a_pick_of_which_none_fits_is_about_every_row_asked(engine: Engine) -> None:
    """None of the asks' rows works where the asker is: the answer is still about them (it had no rows at all)."""
    answer = engine.respond("Which of these can a CRM Online tenant use: Custom Dialogs, Document Plugins, "
                            "Sentry Plugins?")
    assert set(names(answer)) == {"Custom Dialogs", "Document Plugins", "Sentry Plugins"}, (answer.intent,
                                                                                          names(answer))
    assert answer.verdict.startswith("None of the 3"), answer.verdict


@pytest.mark.parametrize("follow_up", ["now just the ones that run in the cloud", "keep the cloud ones",
                                       "and of those, only what works online?"])
def test_a_list_narrowed_by_a_place_of_its_own_is_the_list_narrowed(fresh_engine: Engine, follow_up: str) -> None:
    """After a list, a message that adds only a place narrows it ("now just the ones that work in the cloud" was
    "a filter word alone" and fell back)."""
    fresh_engine.respond("show me everything that is for Sales only", thread="t")
    answer = fresh_engine.respond(follow_up, thread="t")
    assert set(names(answer)) == _rows(clients=("Sales",), online=True), (answer.intent, names(answer))


def test_a_client_after_a_list_of_one_place_only_keeps_the_only(fresh_engine: Engine) -> None:
    """"what about Service?" after "options only for self-hosted installs": Service's onsite-only rows (the "only" was
    dropped, and every Service row that works onsite listed)."""
    fresh_engine.respond("list the extensibility points that exist only onsite", thread="t")
    answer = fresh_engine.respond("and for Service?", thread="t")
    assert set(names(answer)) == _rows(has="Service", onsite=True, online=False), (answer.intent, names(answer))


def test_an_add_on_is_what_is_built_not_a_column_added(engine: Engine) -> None:
    """"building an add-on ... what can we use?": the rows there (the "add" of "add-on" made it a need to add tables
    to the schema)."""
    answer = engine.respond("We are a partner building an add-on for a customer on SuperOffice Online - what can we "
                            "use?")
    assert set(names(answer)) == _rows(online=True), (answer.intent, names(answer))


@pytest.mark.parametrize(("question", "expected"), [
    ("how many extension points exist altogether?", set(SEED)),
    ("Wie viele Erweiterungspunkte gibt es insgesamt für Online?", _rows(online=True)),
])
def test_how_many_in_total_counts_every_row(engine: Engine, question: str, expected: set[str]) -> None:
    """"in total", "insgesamt": every row (a count with no place or client fell back)."""
    assert set(names(engine.respond(question))) == expected


def test_a_version_number_is_no_word_of_a_platform_name(engine: Engine) -> None:
    """"SuperOffice 10 onsite" named the onsite Web client ("superoffice web onsite", a number for "web"), and a popup
    for the Windows client's users was answered with the Web client's Custom Dialogs."""
    answer = engine.respond("Our customer has SuperOffice 11 onsite and uses the Windows client. They want a popup "
                            "whenever a person is saved.")
    assert names(answer)[:1] == ["Windows Client"], (answer.intent, names(answer))
    assert platform_id(answer) != "web-client-onsite"


def test_whether_a_row_still_works_after_a_move_is_asked_where_it_goes(fresh_engine: Engine) -> None:
    """"would that still work after moving to online?" after a row: the row in Online, a No with what works there
    instead (it described the row, no verdict)."""
    fresh_engine.respond("is Custom Dialogs something we can use onsite?", thread="t")
    answer = fresh_engine.respond("will it keep working once we have moved to the cloud?", thread="t")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_long_detail_word_misspelt_is_still_the_detail(engine: Engine) -> None:
    """"perfomance" is a performance detail (detail words matched to the letter only)."""
    assert_beyond(engine.respond("User-defined Fields on the company card: at which count does perfomance drop?"))


def test_a_verb_ending_is_no_compound_of_a_row_name(engine: Engine) -> None:
    """"triggering" is no Triggers row: an "-ing" ending is not the second word of a compound."""
    answer = engine.respond("triggering a nightly run of Batch Task Plugins")
    assert "Triggers" not in names(answer), (answer.intent, names(answer))


def test_what_a_clause_says_is_not_part_of_it_is_put_aside(engine: Engine) -> None:
    """"Offers and prices aren't part of it.": the words before the negation are put aside (the Quote Connector,
    which brings offers and prices, was the best fit)."""
    answer = engine.respond("Our SuperOffice is hosted and our ERP must keep company and contact records in step with "
                            "it both ways: customer numbers, addresses, credit status. Offers and prices aren't "
                            "part of it. Which connector is that?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))


def test_a_list_question_naming_both_clients_stands_on_its_own(fresh_engine: Engine) -> None:
    """"Which options cover Sales and Service alike?" after a list of onsite-only rows: a question in its own form that
    sets its client filter itself, answered as if alone (the thread's place narrowed it)."""
    fresh_engine.respond("list the onsite-only extensibility points", thread="t")
    answer = fresh_engine.respond("Which options cover Sales and Service alike?", thread="t")
    assert answer.explanation.followup == "a question of its own", answer.explanation.followup
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), (answer.intent, names(answer))


def test_a_pointer_after_the_rows_it_points_to_points_within(fresh_engine: Engine) -> None:
    """"rows used by both Sales and Service - all of them please": "them" follows the rows the message names
    (it pointed back at the thread's list and took its place)."""
    fresh_engine.respond("full list please: which rows only work on prem?", thread="t")
    answer = fresh_engine.respond("rows used by both Sales and Service - all of them please", thread="t")
    assert set(names(answer)) == _rows(clients=("Sales", "Service")), (answer.intent, names(answer))


def test_a_no_says_what_fails_first_and_what_holds_after(fresh_engine: Engine) -> None:
    """"and in online?" after "is it available for service users?" about SAINT: the No with its reason first, what
    holds after it ("No. SAINT works in Online; SAINT is for Sales only" read as a Yes that turned)."""
    fresh_engine.respond("tell me about the Sales Guide", thread="t")
    fresh_engine.respond("can the helpdesk people use it?", thread="t")
    answer = fresh_engine.respond("what about in the cloud?", thread="t")
    assert answer.verdict == "No. Sales Guide is for Sales only, not Service; it does work in Online.", answer.verdict


def test_no_row_only_in_one_place_is_said_before_the_rows_there(engine: Engine) -> None:
    """"which external APIs work onsite only?": none does, and that is said before the rows that work onsite (it
    listed them as if they were onsite only)."""
    answer = engine.respond("Which of the external APIs are there onsite only?")
    assert answer.verdict.startswith(msg.list_empty("External APIs, onsite only")), answer.verdict
    assert set(names(answer)) == _rows(level="External APIs", onsite=True), names(answer)


def test_a_recommended_row_carried_to_a_place_offers_what_serves_the_need_there(fresh_engine: Engine) -> None:
    """"und in der Cloud?" after a recommendation for a check when a sale is saved: the No, and what serves that need
    in Online (the web services and webhooks), not rows that only stand near the row's level (a copy of the
    database, the ERP connector)."""
    fresh_engine.respond("Wir haben SuperOffice vor Ort und wollen beim Speichern eines Verkaufs prüfen, ob der "
                         "Rabatt erlaubt ist. Was nehmen wir?", thread="t")
    answer = fresh_engine.respond("und in der Cloud?", thread="t")
    assert answer.verdict.startswith("No. NetServer Service"), answer.verdict
    instead = next(s for s in answer.sections if s.title == msg.instead("online"))
    assert all("Access to Web Services" in b for b in instead.bullets), instead.bullets
    assert names(answer) == ["NetServer Service"], names(answer)


def test_a_second_label_naming_nothing_is_who_asks_too(engine: Engine) -> None:
    """"chat | a_viewer: a different thing from another viewer: is X in Online for both ...?": both labels before the
    question say who asks; their words ("viewer", "thing") are no part of the question (it fell back, "most of it
    words nothing explains")."""
    answer = engine.respond("stream | norsk_seer: helt annen greie fra en annen seer: finnes Lists i SuperOffice "
                            "Online for både salg og support?")
    assert names(answer)[:1] == ["Lists"], (answer.intent, answer.explanation.decision)
    assert not answer.fallback


def test_a_value_stored_per_customer_is_a_field(engine: Engine) -> None:
    """"where should I store each customer's glove size?": an extra value per customer (it fell back)."""
    answer = engine.respond("where should we store each customer's glove size?")
    assert names(answer)[:1] == ["User-defined Fields"], (answer.intent, answer.explanation.decision)


def test_what_a_move_gains_after_the_rows_it_keeps_and_loses_is_its_gains(fresh_engine: Engine) -> None:
    """"and what do we gain?" after "we move from onsite to online, we use A, B and C": what Online has that onsite
    has not (the three rows were compared again)."""
    fresh_engine.respond("We're moving from onsite to SuperOffice Online and use custom dialogs, archive providers "
                         "and supermacro today. What's left for us?", thread="t")
    answer = fresh_engine.respond("and what do we gain?", thread="t")
    assert set(names(answer)) == _rows(onsite=False, online=True), (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Is the Windows client supported on Windows 11?",
    "Can our users run the Windows client on Windows Server 2019?",
])
def test_an_operating_system_version_is_a_version_detail(engine: Engine, question: str) -> None:
    """"supported on Windows 11?" asks which versions a row supports (it said "Yes. Windows Client works onsite")."""
    assert_beyond(engine.respond(question))


def test_whether_a_copy_includes_attachments_is_what_a_row_holds(engine: Engine) -> None:
    assert_beyond(engine.respond("Does database mirroring include the attachments as well?"))


def test_a_negated_row_in_a_claim_to_confirm_is_its_subject(engine: Engine) -> None:
    """"please confirm that the applicant can NOT use Zapier while ...": the claim's row is asked about (it was set
    aside and the message fell back, "asks yes or no about something it does not name")."""
    answer = engine.respond("Item 7: please confirm that the applicant can NOT use Zapier while it runs SuperOffice on "
                            "its own servers.")
    assert names(answer)[:1] == ["Zapier"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_node_js_service_names_no_client(engine: Engine) -> None:
    """"from a small Node.js service" is the asker's program, not the Service client (whose legacy SOAP services
    answered)."""
    answer = engine.respond("Query 3 (proposer: translation bureau, SuperOffice in the vendor's cloud): the "
                            "proposer's integration sends plain JSON over HTTPS from a small Node.js service and will "
                            "not deal with XML envelopes or WSDL-generated proxies. Which of SuperOffice's web service "
                            "options does it use?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))
    assert answer.intent != "topic-cs-soap"


def test_forbidden_in_the_story_is_no_error_asked_about(engine: Engine) -> None:
    """"querying the hosted database directly is forbidden" tells a constraint; the need is still answered (it fell
    back as an error detail)."""
    answer = engine.respond("Question 9: the academy's SuperOffice tenant is hosted by the vendor, and the academy "
                            "wants a full, continuously updated copy of all CRM and support data in its own data "
                            "warehouse for reporting. Reading record after record through the web services is too "
                            "slow, and querying the hosted database directly is forbidden. What would the board use?")
    assert names(answer)[:1] == ["Database Mirroring"], (answer.intent, answer.explanation.decision)


def test_a_migration_guide_is_a_document_not_the_guides(engine: Engine) -> None:
    """"the migration guide should say what ... lose": a document, not the Sales and Project Guides (the list of what
    the move loses was empty, "guides" filtering it)."""
    answer = engine.respond("The migration guide should list what Sales customers lose when they leave onsite for "
                            "Online")
    assert set(names(answer)) == _rows(has="Sales", onsite=True, online=False), (answer.intent, names(answer))


def test_lists_as_a_verb_is_no_lists_row(engine: Engine) -> None:
    """"the chapter never lists them all. Which features belong to that level?": the level's rows (the Lists row was
    described)."""
    answer = engine.respond("Comment 4: The report groups several SuperOffice features under the 'UI workflow' level "
                            "(the choir in case 2 uses two of them) but never lists them all. Which features belong to "
                            "that level, whatever the hosting and whichever module?")
    assert set(names(answer)) == _rows(level="UI Workflow"), (answer.intent, names(answer))


def test_the_support_product_is_the_customer_service_platform(engine: Engine) -> None:
    """"For the support product, which external integration points exist?": Customer Service's points (it was read
    as the Service client, and the concept of external integration answered)."""
    answer = engine.respond("For the support product at our museum, which external integration points exist at all?")
    assert platform_id(answer) == "customer-service", (answer.intent, names(answer))


def test_its_own_application_server_is_onsite(engine: Engine) -> None:
    """"keeps SuperOffice on its own application server": onsite (only the hosted subscription it may move to was
    read, and CRMScript recommended for Online)."""
    answer = engine.respond("The charity keeps SuperOffice on its own application server. IT plans scripts that run on "
                            "that server whenever staff save something - not inside the desktop program and not in the "
                            "ticket admin pages. Which scripting option is meant, and would it survive if they later "
                            "moved to a hosted subscription?")
    assert names(answer)[:1] == ["NetServer Service"], (answer.intent, names(answer))


def test_managing_system_wide_settings_is_no_word_left_over(engine: Engine) -> None:
    """"system-wide preferences ... manage ourselves": "wide" and "manage" are the domain's words (it fell back, most
    words unexplained)."""
    answer = engine.respond("Can we still manage system-wide prefrences ourselves once we are on CRM Online?")
    assert names(answer)[:1] == ["Preferences"], (answer.intent, answer.explanation.decision)
    assert not answer.fallback


@pytest.mark.parametrize("question", [
    "Extra Tables docs: fate of rows linked to a person after that person gets deleted?",
    "Database Mirroring's first copy has run for a day on 20 GB - can it resume after a break?",
    "Lists: the items of our own list show up in random order although a sort order is set",
])
def test_how_a_row_behaves_is_beyond_the_data(engine: Engine, question: str) -> None:
    """What becomes of records, whether a job resumes, in what order items show: how a row behaves, which the data
    does not hold (the row's description answered)."""
    assert_beyond(engine.respond(question))


def test_a_channel_header_before_a_follow_up_is_no_part_of_it(fresh_engine: Engine) -> None:
    """A header before the text - a field and a label ("HOTLINE | heard (conf 0.57): ..."), or fields split by pipes
    ("FLEET MSG | unit 9 > office | ...") - says where the message comes from: "and archive providers" after it is
    the follow-up it is (the header's words made it a question of its own, beyond the data)."""
    fresh_engine.respond("HOTLINE | heard (conf 0.70): are custom pages only for when we host super office ourselves",
                         thread="t")
    answer = fresh_engine.respond("HOTLINE | heard (conf 0.57): and archive providers", thread="t")
    assert names(answer)[:1] == ["Archive Providers"], (answer.intent, answer.explanation.decision)
    assert not answer.fallback


def test_a_rejection_at_the_end_of_an_unpunctuated_message_reaches_back_only_so_far(engine: Engine) -> None:
    """Speech recognised without punctuation: "... offers and product prices are not part of it" at its end rejects
    the offers and prices, not every word of the message (the ERP sync need went, and it fell back)."""
    answer = engine.respond("phone line | heard (conf 0.64): ferry operator ten sellers our ERP is the master for "
                            "customer companies and their contact persons and we want those kept in step with the "
                            "CRM in both directions in the cloud offers and product prices are not part of it")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, answer.explanation.decision)


def test_an_online_subscription_is_the_place_not_a_price(engine: Engine) -> None:
    answer = engine.respond("Custom Screens with a CRM Online subscription: yes or no?")
    assert answer.verdict.startswith("Yes"), (answer.intent, answer.verdict)


def test_servers_a_company_owns_are_onsite(engine: Engine) -> None:
    """"browser-based SuperOffice, installed on plant-owned servers": the onsite Web client's points (no platform was
    resolved: the place was not read)."""
    answer = engine.respond("Item 12: our web team wants to extend the browser-based SuperOffice CRM, installed on "
                            "hospital-owned servers. Which hooks does that edition expose?")
    assert platform_id(answer) == "web-client-onsite", (answer.intent, answer.verdict)


@pytest.mark.parametrize("then", ["why?", "why not?", "hvorfor ikke?", "and why is that?"])
def test_why_alone_after_a_no_gives_the_rows_reason(fresh_engine: Engine, then: str) -> None:
    """"why?" after "No. Sentry Plugins is onsite only": the No again, with the reason it does not work there (it fell
    back, or told what online restrictions are in general)."""
    fresh_engine.respond("can I deploy a sentry plugin to CRM Online?", thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert names(answer)[:1] == ["Sentry Plugins"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("No."), answer.verdict
    assert any(s.title == "Why" for s in answer.sections)


def test_steps_about_an_integration_point_make_its_platform_the_thread_s_subject(fresh_engine: Engine) -> None:
    """"and in the cloud?" after steps asked about a point one platform lists goes on with that platform, not with
    the question before (it answered CRMScript again: the fallback left the thread as it was); a point several
    platforms list leaves nothing to go on with, and says so."""
    fresh_engine.respond("does CRMScript work onsite?", thread="t")
    steps = fresh_engine.respond("With the COM API, how can I open a sale from our VB6 tool?", thread="t")
    assert steps.fallback, (steps.intent, names(steps))
    assert not steps.items, names(steps)
    assert steps.platform is None
    answer = fresh_engine.respond("and in the cloud?", thread="t")
    assert "CRMScript" not in names(answer), (answer.intent, names(answer))
    assert answer.verdict.startswith("The Windows client runs onsite only"), answer.verdict
    fresh_engine.respond("does CRMScript work onsite?", thread="u")
    steps = fresh_engine.respond("how do I size web panels?", thread="u")
    assert steps.fallback, (steps.intent, names(steps))
    assert len({p for p in steps.links if "web" in p.title.lower()}) > 1, steps.links
    answer = fresh_engine.respond("and online?", thread="u")
    assert answer.fallback, (answer.intent, names(answer))
    assert not answer.items, names(answer)
    assert answer.verdict == msg.unclear_reference(), answer.verdict


def test_a_pointer_that_keeps_working_with_nothing_before_it_refers_to_nothing(fresh_engine: Engine) -> None:
    """"would that still work after moving to online?" opening a conversation: nothing to point at (it listed the 15
    rows that work in both places); asked without a pointer, the list it is."""
    answer = fresh_engine.respond("will that keep working once we move to the cloud?", thread="t")
    assert answer.fallback
    assert "no earlier question" in answer.verdict, answer.verdict
    answer = fresh_engine.respond("what keeps working once we move to the cloud?", thread="u")
    assert answer.intent == "list"
    assert names(answer) == seed_rows(onsite=True, online=True)


@pytest.mark.parametrize("then", ["which of them are missing in the cloud?", "which of those can we use online?"])
def test_which_of_a_platforms_points_sifts_its_rows(fresh_engine: Engine, then: str) -> None:
    """"which of those are missing online?" after the onsite Web client's points: its rows, sifted by the place (it
    showed the onsite Web client's points again, or said no row of the whole matrix matches)."""
    fresh_engine.respond("what are the integration points of the onsite web client?", thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert answer.intent == "list", (answer.intent, answer.verdict)
    shown = ["Custom Pages", "Custom Dialogs", "DataHandlers", "Archive Providers"]
    assert sorted(names(answer)) == sorted(shown)
    assert not set(shown) & set(seed_rows(online=True))
    assert "No row of the capability matrix" not in answer.verdict, answer.verdict


def test_none_of_a_platforms_rows_serves_the_client_asked(fresh_engine: Engine) -> None:
    """"which of those are for Service?" after the Windows client's points: none of those just shown (not "no row of
    the matrix", which many rows for Service would belie)."""
    fresh_engine.respond("which integration points does the Windows client have?", thread="t")
    answer = fresh_engine.respond("which of those are for Service?", thread="t")
    assert answer.verdict.startswith("None of those just shown"), answer.verdict
    assert "serves Service" in answer.verdict


@pytest.mark.parametrize("question", [
    "could we put our own button on the person card in SuperOffice Online?",
    "Kan vi legge til en knapp på firmakortet i SuperOffice Online?",
])
def test_a_button_added_to_a_card_is_no_field(engine: Engine, question: str) -> None:
    """A button added to a card: the online Web client's custom buttons (the card read as the place of a new field:
    User-defined Fields)."""
    answer = engine.respond(question)
    assert "User-defined Fields" not in names(answer), (answer.intent, answer.verdict)
    assert "Custom buttons" in answer.verdict, answer.verdict


def test_a_terms_of_reference_header_is_no_docs_request(engine: Engine) -> None:
    """"Terms of Reference, section 3.1 (...): the study shall describe ..." asks what the header's words tell; the
    words "reference" and "section" across the comma are no request to change an API reference section (it fell
    back as a docs detail)."""
    answer = engine.respond("Terms of Reference, section 3.1 (ski school, SuperOffice CRM Online): the report shall "
                            "set out what a partner's add-on may plug into in the hosted web client.")
    assert not answer.fallback, answer.explanation.decision
    assert platform_id(answer) == "web-client-online", (answer.intent, answer.verdict)


@pytest.mark.parametrize("rejection", ["Quotes and prices not part of it.", "Quotes and prices form no part of this."])
def test_a_rejection_without_its_verb_sets_the_rows_it_names_aside(engine: Engine, rejection: str) -> None:
    """"quotes and prices not part of it", "... form no part of this": the quote side is rejected, the ERP sync asked
    for first (the Quote Connector came first)."""
    answer = engine.respond("Our accounts package and SuperOffice must hold the same firms and people, changes flowing "
                            f"both ways. {rejection} Which integration does that?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))


def test_nobody_here_programs_is_no_code(engine: Engine) -> None:
    """"nobody here programs": the no-code constraint, which keeps the admin-page levels' rows first (Continuous
    Database's schema steps in code came first for a field on the card, onsite)."""
    answer = engine.respond("on our own server. boss wants one more box on every company card for the site licence "
                            "number. one value each, no history, no separate list of rows. nobody here programs. which "
                            "option?")
    assert names(answer)[:1] == ["User-defined Fields"], (answer.intent, names(answer))


def test_tables_not_clicked_together_leave_the_admin_levels_behind(engine: Engine) -> None:
    """"not tables clicked together in the admin screens": the no-code way refused refuses the levels it stands for;
    the schema steps in code come first (Extra Tables, a UI workflow row, came first)."""
    answer = engine.respond("Our add-on for a brewery's on-prem CRM ships its own tables as versioned schema steps "
                            "that our installer applies during upgrades. Not hand-run SQL, not tables clicked together "
                            "in the admin screens.")
    assert names(answer)[:1] == ["Continuous Database"], (answer.intent, names(answer))


def test_a_row_asked_of_a_platform_it_names_is_asked_where_it_works(engine: Engine) -> None:
    """"may Custom Dialogs be added to the club's self-hosted web client?": the platform named is where it is asked
    about, a yes or a no (it was a question about something the data does not hold)."""
    answer = engine.respond("Item 7 from the rowing club: can Custom Dialogs be put into the club's on-prem web "
                            "client?")
    assert not answer.fallback, answer.explanation.decision
    assert answer.verdict.startswith("Yes."), answer.verdict


def test_a_label_before_a_follow_up_is_no_word_left_over(fresh_engine: Engine) -> None:
    """"Tillægsspørgsmål fra salen: Gælder det samme ...?": the label says who asks; its word that a topic's trigger
    accounts for ("spørgsmål") is no part of the question (most of it was read as words nothing explains)."""
    fresh_engine.respond("may Custom Dialogs be added to our self-hosted web client?", thread="t")
    answer = fresh_engine.respond("Tillægsspørgsmål fra bestyrelsen: Gælder det samme, når foreningen flytter til "
                                  "SuperOffice Online?", thread="t")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("No."), answer.verdict


def test_which_rows_are_one_clients_only_is_a_list_whatever_the_verb(engine: Engine) -> None:
    """"Capability grid: tick which entries are Sales-only": the rows for Sales alone (a word nothing explains,
    "tick", made the filter word alone no list question)."""
    answer = engine.respond("Capability grid: tick which entries are Sales-only")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert names(answer) == seed_rows(client="Sales", only_client=True)


def test_the_name_of_that_option_asks_for_the_row(engine: Engine) -> None:
    """"... just the statements. name of that option": the row's name is asked for (the words around it were read as
    a part of the row the data does not describe)."""
    answer = engine.respond("the IT guy would like to run hand typed sql straight against the superoffice database on "
                            "the server we own, to tidy up duplicate phone numbers. no versioned schema steps and no "
                            "installer, just the statements. what is the name of that option?")
    assert names(answer)[:1] == ["SQL Scripts"], (answer.intent, answer.explanation.decision)
    assert not answer.fallback


@pytest.mark.parametrize("question", ["what are our options to automate things?",
                                      "we're onsite, sales and service. ways to automate stuff?"])
def test_options_to_automate_things_is_the_automation_concept(engine: Engine, question: str) -> None:
    """"what are our options to automate things?": the seed's automation-vs-integration concept (it fell back, or
    listed every row that works onsite)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-automation-vs-integration", (answer.intent, answer.explanation.decision)


def test_which_one_for_a_need_after_a_comparison_picks_from_the_two(fresh_engine: Engine) -> None:
    """"which one should we choose for a weekly clean-up job?" after NetServer scripting and CRMScript compared: the
    need ranks those two (it answered the comparison again, or the need's best row of all, Batch Task Plugins)."""
    fresh_engine.respond("netserver scripting vs crmscript?", thread="t")
    answer = fresh_engine.respond("which one should we choose for a weekly clean-up job?", thread="t")
    assert answer.intent == "scenario", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["CRMScript"], names(answer)


def test_which_one_for_a_need_neither_of_the_two_serves_is_the_needs_own(fresh_engine: Engine) -> None:
    """Neither row compared serves the need asked ("to keep our ERP's customers in sync"): the need's own best row,
    not one of the two."""
    fresh_engine.respond("netserver scripting vs crmscript?", thread="t")
    answer = fresh_engine.respond("which one should we choose to keep our ERP's customers in sync?", thread="t")
    assert names(answer)[:1] == ["ERP Sync Connector"], names(answer)


def test_and_of_those_narrows_the_list_whatever_the_setting_told(fresh_engine: Engine) -> None:
    """"and of those, which still work if the rope works keeps SuperOffice on its own server?" after a level's rows:
    those rows, narrowed to onsite (the setting's words made it a question of its own, a filter word alone)."""
    fresh_engine.respond("the UI workflow tier - what sits on it?", thread="t")
    answer = fresh_engine.respond("and of those, which still work if the rope works keeps SuperOffice on its own "
                                  "server?", thread="t")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert names(answer) == seed_rows(level="UI Workflow", onsite=True)


def test_a_platform_asked_whether_it_still_runs_onsite_is_a_question_of_its_own(fresh_engine: Engine) -> None:
    """"Is SuperOffice Service (CS) cloud only these days, or can customers still run it onsite?" after a level's list:
    a question of its own, answered as if alone (it pointed back and carried the Internal APIs level)."""
    question = "Is SuperOffice Service (CS) cloud only these days, or can customers still run it onsite?"
    alone = fresh_engine.respond(question)
    fresh_engine.respond("I only work with Service. Which of the internal APIs are open to me?", thread="t")
    answer = fresh_engine.respond(question, thread="t")
    assert answer.explanation.followup == "a question of its own", answer.explanation.followup
    assert answer.verdict == alone.verdict


def test_whether_it_survives_a_move_told_at_length_points_back(fresh_engine: Engine) -> None:
    """"moving the sign shop to the vendor's hosting - does it survive that?": whether the thread's row keeps working
    is asked, however long the move told before the pointer (it was a question of its own, and fell back)."""
    fresh_engine.respond("Custom Screens - what level is that on?", thread="t")
    answer = fresh_engine.respond("moving the whole vinyl sign shop over to the vendor's hosting next spring - does it "
                                  "survive that?", thread="t")
    assert names(answer)[:1] == ["Custom Screens"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("Yes."), answer.verdict


def test_a_list_asked_at_a_level_is_no_need_that_only_fits_the_level(engine: Engine) -> None:
    """"Item 26 of the notice on forest fire reporting: enumerate the options at its Configuration level": a list of
    the level (the setting's "item" and "reporting" suggested needs, and the dropdown-values need won because only
    its rows sit at the level named)."""
    answer = engine.respond("Item 12 of the regulator's notice on spill reporting: the supplier shall enumerate the "
                            "extensibility options SuperOffice offers at its Configuration level, the ones an "
                            "administrator sets up without programming.")
    assert answer.intent == "list", (answer.intent, names(answer))
    assert names(answer) == seed_rows(level="Configuration")


@pytest.mark.parametrize(("first", "then", "row"), [
    ("Can we use Ajax Methods in our self-hosted web client?",
     "The Ombudsman puts the same question regarding Preferences.", "Preferences"),
    ("Is SuperMacro available to the support agents in the hosted service?",
     "Would the same hold for the sellers of the cooperative?", "SuperMacro"),
])
def test_the_same_question_asked_again_goes_on_with_the_thread(fresh_engine: Engine, first: str, then: str,
                                                               row: str) -> None:
    """"The Inspectorate puts the same question regarding Preferences." fell back (a row named and a word nothing
    explains, no question asked: the earlier one is asked again); "would the same hold for the sellers" was no
    continuation at all."""
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(then, thread="t")
    assert not answer.fallback, answer.explanation.decision
    assert names(answer)[:1] == [row], (answer.intent, names(answer))


def test_the_web_edition_is_a_web_client(fresh_engine: Engine) -> None:
    """"and the web edition running on a machine at our premises?" after the Windows client's points: the onsite Web
    client's (it described the Windows Client row)."""
    fresh_engine.respond("what can a developer hook into in the desktop SuperOffice for Windows?", thread="t")
    answer = fresh_engine.respond("what about the web edition on our own server?", thread="t")
    assert (answer.platform.id if answer.platform else None) == "web-client-onsite", (answer.intent, names(answer))


@pytest.mark.parametrize("question", [
    "Our drivers run SuperOffice Mobile and Pocket CRM on their phones. What can a developer add to those apps?",
    "the surveyors live in the SuperOffice Mobile app. Which integration does the vendor allow in those apps?",
])
def test_those_apps_after_the_mobile_clients_named_ask_for_their_points(engine: Engine, question: str) -> None:
    """"... SuperOffice Mobile plus Pocket CRM ... those two apps": the mobile clients pointed at again, not the app
    store's "apps"."""
    answer = engine.respond(question)
    assert (answer.platform.id if answer.platform else None) == "mobile", (answer.intent, answer.explanation.decision)


def test_hosted_on_someone_s_own_servers_is_onsite(engine: Engine) -> None:
    """"hosted on the operator's own servers": where the hosting is, onsite (the bare "hosted" also read as the cloud
    left both places and no answer for either)."""
    answer = engine.respond("May Custom Dialogs be used in the web client hosted on the ministry's own servers?")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes."), answer.verdict


def test_a_row_named_with_a_condition_is_asked_about_not_set_aside(engine: Engine) -> None:
    """"we will NOT plan on Batch Task Plugins unless they also run on SuperOffice Online. Do they?": a condition set
    on the row, not a rejection (it was set aside, and another row recommended)."""
    answer = engine.respond("Our board will not approve Sentry Plugins unless they work in CRM Online too. Do they?")
    assert names(answer)[:1] == ["Sentry Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No."), answer.verdict


@pytest.mark.parametrize("question", [
    "CRMScript: does a changed script need an IIS restart before it takes effect?",
    "Sentry Plugins: where on disk does the client keep them?",
    "Document Plugins - how big may one file be before the plugin refuses it?",
    "Database Mirroring: how far behind the live tenant is the replica usually?",
])
def test_a_detail_of_a_row_beyond_the_data_is_said_to_be(engine: Engine, question: str) -> None:
    """A restart, a place on disk, a size, how far behind: details of the row the data does not hold (each was
    answered with where the row works)."""
    answer = engine.respond(question)
    assert answer.fallback, (answer.intent, answer.explanation.decision)


@pytest.mark.parametrize(("question", "platform", "there"), [
    ("Is Customer Service available online?", "Customer Service", True),
    ("Is SuperOffice Service cloud only nowadays?", "Customer Service", False),
    ("is the mobile app available onsite?", "Mobile clients (SuperOffice Mobile and Pocket CRM)", True),
])
def test_where_a_platform_runs_is_answered_before_its_rows(engine: Engine, question: str, platform: str,
                                                           there: bool) -> None:
    """"Is SuperOffice Service cloud only?" listed the Service rows that are online only, and said nothing of where
    Customer Service runs (seed 000: onsite and online)."""
    answer = engine.respond(question)
    assert answer.verdict.startswith(msg.platform_runs(platform, ["onsite", "online"], there)), answer.verdict


def test_where_a_platform_runs_is_not_said_when_its_name_says_it(engine: Engine) -> None:
    answer = engine.respond("we run the SuperOffice web version on our own server - can we extend it?")
    assert not answer.verdict.startswith(("Yes - where", "No - where")), answer.verdict


def test_which_web_api_asks_for_the_row_not_a_part_of_it(engine: Engine) -> None:
    """"... refuse XML envelopes and WSDL-generated proxies ... Which web API should they use?": which of the web
    APIs, asked by a name one row has ("web api"), not a part of that row beyond the data (it fell back)."""
    answer = engine.respond("Further to the liquidator's notice: the purchaser of Hallvik Slate's freight desk will "
                            "build its own portal that reads and writes customer and ticket data over plain HTTPS with "
                            "JSON. Its developers refuse XML envelopes and WSDL-generated proxies. The CRM runs as a "
                            "hosted subscription. Which web API should they use?")
    assert not answer.fallback, answer.explanation.decision
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_services_in_a_public_body_s_name_is_no_client(engine: Engine) -> None:
    """"Information request IR-23 (Water Services Regulator): ... long background jobs": the regulator's name, not the
    Service client (which left only NetServer Service, Batch Task Plugins being for Sales)."""
    answer = engine.respond("Query 4 from the Harbour Services Authority: every night our onsite CRM recalculates the "
                            "berth fees of 30,000 vessels; the job runs for hours in the background and reports its "
                            "progress to users. Neither SQL nor a script. Which internal extension point runs such "
                            "long jobs?")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))


def test_differ_per_kind_asks_a_variation_not_a_comparison(fresh_engine: Engine) -> None:
    """"Project Guide: can the stage templates differ per project type?" after a Sales Guide question was compared with
    the Sales Guide (a full question read as a follow-up); "differ per ..." asks how one row varies."""
    question = "Project Guide: may the stage templates differ per project category?"
    alone = fresh_engine.respond(question)
    fresh_engine.respond("Sales Guide: can we reorder the stages of a sale type with open sales?", thread="t")
    answer = fresh_engine.respond(question, thread="t")
    assert answer.explanation.followup == "a question of its own", answer.explanation.followup
    assert (answer.intent, names(answer)) == (alone.intent, names(alone))


def test_sign_in_asked_with_both_places_side_by_side_is_the_concept(engine: Engine) -> None:
    """"... talks to SuperOffice's web services. If we leave our own server for the hosted version, does that code
    have to change, for example in how it signs in?" was read as a need (reading and writing data): the two places
    set side by side, with the topic's own words, make the sign-in concept fit."""
    answer = engine.respond("Our booking tool calls the web services of our self-hosted SuperOffice and the customer "
                            "is moving to CRM Online. Will that code need changes, say in how it logs in?")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.explanation.decision)


def test_both_places_alone_do_not_make_the_sign_in_concept(engine: Engine) -> None:
    """The two places set side by side raise the sign-in concept only with its own words."""
    answer = engine.respond("anything that exists only in SuperOffice Online and is missing on our own server?")
    assert answer.intent != "topic-federated-auth", answer.intent


def test_a_concept_named_in_two_places_is_asked_whatever_the_setup(engine: Engine) -> None:
    """"Briefing note ... hears 'internal automation' and 'external integration' used as if they meant the same.
    Decision sought: what is the difference ...?" fell back: the label's words outweighed the concept's."""
    answer = engine.respond("Board paper 12: directors hear 'internal automation' and 'external integration' used as "
                            "synonyms. Decision sought: what is the difference in SuperOffice terms?")
    assert not answer.fallback, answer.explanation.decision
    assert answer.intent == "topic-automation-vs-integration", answer.intent


@pytest.mark.parametrize("question", [
    "Our wiki says SuperOffice arranges customisation in steps, from simple admin settings up to compiled code. "
    "What are those steps called?",
    "someone drew SO's customising model for me: config at the bottom, custom code at the top. what is each tier "
    "called?",
])
def test_the_staircase_told_by_its_two_ends_asks_for_the_levels(engine: Engine, question: str) -> None:
    """"... sorts its extensibility into tiers, from admin settings up to compiled code. How many tiers ...?" was a
    need (code in the web client), "config at the bottom, compiled internals at the top" two level filters: the two
    ends of a range are the staircase, not something at either end."""
    answer = engine.respond(question)
    assert answer.intent == "topic-levels", (answer.intent, names(answer))


def test_an_end_of_the_staircase_outside_a_range_keeps_its_meaning(engine: Engine) -> None:
    answer = engine.respond("why can't our partner upload custom code to our SuperOffice Online tenant?")
    assert answer.intent == "topic-online-restrictions", answer.intent


@pytest.mark.parametrize("question", [
    "UI workflow and configuration: who normally looks after these, and where in the product?",
    "the two bottom rungs (setup options and workflow clicks) - which roles handle them, and where?",
])
def test_a_person_asked_about_levels_is_no_list_of_their_rows(engine: Engine, question: str) -> None:
    """"Configuration & UI workflow: who administers these, in which part of the product?" listed the rows of the
    two levels; the levels' text says who manages them (system administrators and consultants)."""
    answer = engine.respond(question)
    assert answer.intent == "topic-levels", (answer.intent, names(answer))


def test_who_in_a_relative_clause_asks_for_no_person(engine: Engine) -> None:
    answer = engine.respond("a customer who runs SuperOffice onsite asks which options exist at the configuration "
                            "level")
    assert answer.intent == "list", answer.intent
    assert names(answer)[:1] == ["Preferences"], names(answer)


def test_a_rejection_the_asker_doubts_asks_about_the_row(engine: Engine) -> None:
    """"someone told me NOT to plan on Zapier because SuperOffice is installed on our own server. Is it really not
    available there?" set Zapier aside and recommended Extra Tables: the question doubts what was said of the row."""
    answer = engine.respond("P.S. I was told NOT to count on Zapier because our SuperOffice is installed on a server "
                            "we own. Is it really not available there?")
    assert answer.intent == "availability", (answer.intent, names(answer))
    assert names(answer)[:1] == ["Zapier"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_rejection_followed_by_a_question_about_the_need_stays_a_rejection(engine: Engine) -> None:
    answer = engine.respond("We refuse SOAP for this project. Is there something with plain JSON over HTTPS for our "
                            "online tenant?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_a_follow_up_marked_as_a_quote_is_a_follow_up(fresh_engine: Engine) -> None:
    """"> Oppfølging: og i skyversjonen?" was read as an e-mail quoting its own question ("> which rows ...? same
    question from me") and fell back: a message that is all quote continues the thread like any other."""
    fresh_engine.respond("> Fra verkstedet: kan vi bruke Ajax Methods på vår egen server?", thread="t")
    answer = fresh_engine.respond("> og i skyen?", thread="t")
    assert names(answer)[:1] == ["Ajax Methods"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_server_managed_by_the_customer_is_onsite_in_dutch(engine: Engine) -> None:
    """"... op de SuperOffice-server die de duikwinkel zelf beheert?": self-managed, read in English already."""
    answer = engine.respond("kunnen we Sentry Plugins draaien op de SuperOffice-server die het bureau zelf beheert?")
    assert names(answer)[:1] == ["Sentry Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_moving_on_to_a_new_name_asks_the_same_of_it(fresh_engine: Engine) -> None:
    """"moving on to Sentry Plugins" after "Does CRMScript work online?" described Sentry Plugins: it opens the next
    item of the same question, like "and Sentry Plugins?"."""
    fresh_engine.respond("Does CRMScript work online?", thread="t")
    answer = fresh_engine.respond("moving on to Sentry Plugins", thread="t")
    assert answer.intent == "availability", answer.intent
    assert names(answer)[:1] == ["Sentry Plugins"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_number_of_the_asker_s_tracker_is_no_error_code(engine: Engine) -> None:
    """"MR !500 - tide table app. ## Reviewer question: SOAP versus Restful - how do these two ... differ?" was
    answered as a question about what error 500 means: a merge request's, ticket's or item's number is an id."""
    answer = engine.respond("PR 500 - harbour app. Reviewer question: SOAP versus Restful, how do the two web service "
                            "APIs differ?")
    assert not answer.fallback, answer.explanation.decision
    assert answer.intent == "compare", answer.intent


def test_a_subscription_next_to_a_place_is_the_place(engine: Engine) -> None:
    """"Continuos Database with a hosted CRM subscription - is that allowed?" was a question about prices and
    licences: the subscription is the hosted CRM itself."""
    answer = engine.respond("Quote Connector with a hosted CRM subscription - is that allowed?")
    assert not answer.fallback, answer.explanation.decision
    assert names(answer)[:1] == ["Quote Connector"], names(answer)
    assert answer.verdict.startswith("Yes"), answer.verdict


def test_rows_exclusive_to_one_place_are_a_list_not_its_platform(engine: Engine) -> None:
    """"what integration possibilities are exclusive to SuperOffice Online, absent from an installation on our own
    hardware?" listed the online web client's points: the platform is named only as the place."""
    answer = engine.respond("which integration possibilities are exclusive to SuperOffice Online and missing on our "
                            "own servers?")
    assert answer.intent == "list", answer.intent
    assert sorted(names(answer)) == sorted(r for r, (_, _, onsite, online) in SEED.items() if online and not onsite)


def test_points_that_work_in_a_place_are_rows_there(engine: Engine) -> None:
    """"Every extension point for Sales that works online, please." answered with the online web client's points:
    points described by where they work are the matrix rows there."""
    answer = engine.respond("our support desk asks: every extension point for Service that works online, please")
    assert answer.intent == "list", answer.intent
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if online and "Service" in clients)


def test_what_a_not_heading_opens_is_set_aside(engine: Engine) -> None:
    """"## Not: hand-run SQL statements." in a merge request kept SQL Scripts first for tables created by an
    installer."""
    answer = engine.respond("Plan for the ferry booking add-on:\n- What: our own tables in the customer's database, "
                            "created by our installer and upgraded with every release, on their own servers.\n"
                            "- Not: hand-written SQL statements.\n"
                            "- Question: which mechanism should the installer use?")
    assert "SQL Scripts" not in names(answer)[:1], names(answer)
    assert names(answer)[:1] == ["Continuous Database"], (answer.intent, names(answer))


def test_a_platform_named_by_its_name_after_its_place_is_named(engine: Engine) -> None:
    """"teak deck supplier on SuperOffice CRM Online - what can an app add to that online web client?": the platform
    named by its own name after the place's name was still only implied by the place, and the question fell back."""
    answer = engine.respond("Card 14 | florist chain on SuperOffice CRM Online - what can an app add to that online "
                            "web client? Waiting on this.")
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == "web-client-online"


def test_every_option_of_a_level_asked_after_a_need_is_the_level_s_rows(engine: Engine) -> None:
    """"my demo has to reach SuperOffice's cloud from outside. I need every external-API option a SuperOffice Online
    customer can use ..." recommended Restful for the need: "every ... option" asks for all the level's rows."""
    answer = engine.respond("Our booking app must reach SuperOffice from outside. I need every external-API option "
                            "a CRM Online customer can use, for my comparison sheet.")
    assert sorted(names(answer)) == sorted(r for r, (level, _, _, online) in SEED.items()
                                           if level == "External APIs" and online), names(answer)


def test_rows_that_are_out_for_someone_are_set_aside(engine: Engine) -> None:
    """"... wants nothing but plain HTTPS with JSON; XML envelopes and WSDL are out for her." kept SOAP first."""
    answer = engine.respond("Our contractor wants plain JSON over HTTPS; SOAP and WSDL are out for him. He must read "
                            "and write contacts in our online tenant. Which API should he use?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))
    assert "SOAP" not in names(answer), names(answer)


@pytest.mark.parametrize("question", [
    "Is there a contact address at SuperOffice for advice on our integration design, or only the community?",
    "The page should say where to send integration questions before we pick an API",
])
def test_where_to_ask_is_the_help_topic(engine: Engine, question: str) -> None:
    """"Is there a contact address ... or only the community" and "where to send integration questions" fell back
    ("community", "send" explained by nothing): they ask where to get help."""
    answer = engine.respond(question)
    assert answer.intent == "topic-help", (answer.intent, answer.explanation.decision)


def test_a_platform_asked_yes_or_no_of_a_place_is_where_it_runs(engine: Engine) -> None:
    """"is the pocket crm app available onsite?" fell just under the answer threshold: a platform named with a place
    in a yes/no question, no row or need, asks where the platform runs."""
    answer = engine.respond("is the pocket crm app available onsite?")
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith(msg.platform_runs("Mobile clients (SuperOffice Mobile and Pocket CRM)",
                                                       ["onsite", "online"], True)), answer.verdict


def test_a_rejection_for_us_before_its_condition_asks_where(engine: Engine) -> None:
    """"Tobias claims Sentry Plugins are not an option for us once we move to SuperOffice Online. Is he wrong?" set
    the row aside and fell back: "for us" stood between the rejection and the condition that names the place."""
    answer = engine.respond("My manager says Custom Pages are not an option for us once we move to the cloud "
                            "version. Right or wrong?")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Custom Pages"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_rejection_for_us_without_a_place_stays_a_rejection(engine: Engine) -> None:
    """Guard: "for us" alone, no condition naming a place after it, still sets the row aside."""
    answer = engine.respond("SOAP is not an option for us. Which API can read contacts in JSON from our online "
                            "tenant?")
    assert names(answer)[:1] == ["Restful"], names(answer)
    assert "SOAP" not in names(answer), names(answer)


def test_never_leaving_a_place_is_staying_there(fresh_engine: Engine) -> None:
    """"Which of them survive if we never leave our in-house server?" after the external APIs read the server as
    denied and listed the online-only row."""
    fresh_engine.respond("which rows are on the scripting level?", thread="t")
    answer = fresh_engine.respond("and which of those are left if we don't ever leave our own server?", thread="t")
    assert sorted(names(answer)) == sorted(r for r, (level, _, onsite, _) in SEED.items()
                                           if level == "Scripting" and onsite), names(answer)


def test_a_danish_follow_up_about_the_hosted_edition_asks_the_same(fresh_engine: Engine) -> None:
    """"gælder det stadig, når vi er rykket over på den hostede udgave?" fell back on "rykket" and "udgave"."""
    fresh_engine.respond("can our sales people use Sentry plugins on our own server?", thread="t")
    answer = fresh_engine.respond("og når vi er rykket over til den hostede udgave?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Sentry Plugins"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


@pytest.mark.parametrize("question", [
    "Triggers and their step on the extensibility stairs",
    "SuperMacro and its position on the automation staircase",
])
def test_a_row_s_own_place_on_the_stairs_is_its_level(engine: Engine, question: str) -> None:
    """"Custom Screens and their step on the extensibility stairs" fell back as a part of the row the data does not
    describe: a row's own place on the stairs is its level, which the data holds."""
    answer = engine.respond(question)
    assert answer.intent == "describe", (answer.intent, answer.explanation.decision)
    assert not answer.fallback


def test_what_developers_can_change_on_a_named_platform_is_its_points(engine: Engine) -> None:
    """"bin store crews run SuperOffice Mobile and Pocket CRM ... what developers are able to change there" read
    "store" as the app store."""
    answer = engine.respond("The shop floor staff use Pocket CRM and SuperOffice Mobile on their phones. We need to "
                            "find out what developers can change there.")
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == "mobile"


def test_how_a_row_is_localised_is_beyond_the_data(engine: Engine) -> None:
    """"Our Custom Page title stays English for Norwegian and Swedish users; how is it localised?" described the row."""
    answer = engine.respond("Our custom dialog's buttons show English labels to German users; how is it localized?")
    assert answer.fallback, (answer.intent, answer.verdict)
    assert names(answer) == ["Custom Dialogs"]


def test_a_need_told_by_what_it_is_not_asks_no_error(engine: Engine) -> None:
    """"... send a template reply in one go - started by the agent, not fired automatically on arrival" read "not
    fired" as an error report and fell back."""
    answer = engine.respond("Our support agents want one button on a ticket to apply a category, assign the owner "
                            "and send a canned reply in one go - started by hand, not fired automatically when it "
                            "arrives. Hosted SuperOffice Service. What is that feature called?")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["SuperMacro"], names(answer)


def test_what_a_thing_is_filed_under_asks_its_row(engine: Engine) -> None:
    """"... running a few hand-written SQL statements directly against our self-hosted database ... find out what
    that is filed under" fell back as a part of the row the data does not describe."""
    answer = engine.respond("Our consultant will run hand-written SQL statements directly against our self-hosted "
                            "SuperOffice database to clean old addresses, no installer package. Ingrid to find out "
                            "what that is filed under.")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["SQL Scripts"], names(answer)


def test_fields_split_by_pipes_are_sentences(engine: Engine) -> None:
    """"Catalogue entry ... | owner: support tooling at the bug bounty platform | ... | open question: what is that
    feature's name?": one sentence, so the owner's "bug" was an error asked about; each field is a sentence of its
    own, and the last one asks."""
    answer = engine.respond("Portal entry 'helpdesk-form' | owner: support tools at the bug tracker vendor | status: "
                            "draft | description: agents need a screen of their own inside Service to register "
                            "incoming reports, on tables that already exist - no new tables | open question: what is "
                            "that feature's name? (SuperOffice Online)")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Custom Screens"], names(answer)


def test_a_field_asking_which_api_fits_asks_for_a_row(engine: Engine) -> None:
    """Guard: with fields as sentences, "runbook: TBD - which SuperOffice web API fits?" after a need told in the
    description must still name the API (not list the web client's points, SOAP among them though refused)."""
    answer = engine.respond("alert: OrderSyncLate | summary: new webshop customers show up in SuperOffice hours late "
                            "| description: our order service pushes customers and cases into the hosted tenant; the "
                            "team talks plain HTTPS with JSON and refuses XML envelopes | runbook: TBD - which "
                            "SuperOffice web API fits?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))
    assert "SOAP" not in names(answer), names(answer)


@pytest.mark.parametrize("question", [
    "Summary: our own code must write the data of a page when sellers press save in our self-hosted SuperOffice "
    "Web, replacing the default save, and the last deploy failed. What does SuperOffice call that override point?",
    "Description: a brand-new full page of its own in our self-hosted SuperOffice Web where sellers see their "
    "licence counts, not a popup. The password vault team owns it. What is this kind of extension called?",
])
def test_what_a_thing_is_called_asks_its_name_whatever_the_setup_tells(engine: Engine, question: str) -> None:
    """"... saving a page failed ... what does SuperOffice call that override point?" and "... at the password
    manager company ... what is this kind of extension called?" fell back on "failed" and "password": the name of
    what is described is asked; the setup's words are its story."""
    answer = engine.respond(question)
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] in (["DataHandlers"], ["Custom Pages"]), names(answer)


def test_nothing_lost_is_no_question_of_what_is_lost(engine: Engine) -> None:
    """"the support desk moves to SuperOffice Online next month. Hypothesis: agents lose nothing. Which extension
    options will the support agents have there?" listed what Service loses."""
    answer = engine.respond("Our helpdesk moves to CRM Online in spring. We assume the agents lose nothing. Which "
                            "extension options will the helpdesk have there?")
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if online and "Service" in clients), names(answer)


@pytest.mark.parametrize("question", [
    "hamster food delivery at six. q: external apis open to our sellers when SO sits on our own server? sent from "
    "my watch",
    "rabbit hutch stocktake. external apis for our sellers when SO runs on our own server?\n\nSent from my watch",
])
def test_a_phone_signature_is_no_part_of_the_question(engine: Engine, question: str) -> None:
    """"... q: external apis open to our sellers when SO sits on our own server? sent from my watch": "watch" read as
    a need to watch for conditions (SAINT)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (level, clients, onsite, _) in SEED.items()
                                           if level == "External APIs" and onsite and "Sales" in clients)


def test_words_that_only_look_like_a_signature_stay(engine: Engine) -> None:
    """Guard: "sent from my ..." inside a sentence, about no phone or watch, is part of the question."""
    assert tokens("can we log each invoice sent from my server") == ["can", "we", "log", "each", "invoice", "sent",
                                                                     "from", "my", "server"]
    assert tokens("Which APIs? Sent from my iPhone") == ["which", "apis"]


def test_who_to_ask_is_the_help_topic(engine: Engine) -> None:
    """"not sure which api fits us, who do i ask at superoffice" gave the advice on choosing, not where to ask."""
    answer = engine.respond("no idea which integration point is right for us - who should we ask at SuperOffice?")
    assert answer.intent == "topic-help", (answer.intent, answer.explanation.decision)


def test_a_word_describing_the_users_is_no_need(fresh_engine: Engine) -> None:
    """"the counter sellers, do they get it as well?" after SuperMacro read "counter" as SAINT's counters."""
    fresh_engine.respond("is Triggers something our helpdesk agents have?", thread="t")
    answer = fresh_engine.respond("our counter sellers, do they get that as well?", thread="t")
    assert names(answer)[:1] == ["Triggers"], (answer.intent, names(answer))


def test_a_german_rejection_after_a_need_sets_it_aside(engine: Engine) -> None:
    """"Angebote und Preise gehören nicht dazu" (quotes and prices are not part of it) kept the quote need, and the
    Quote Connector came first for a company and contact sync."""
    answer = engine.respond("Firmen und Kontakte sollen zwischen unserem ERP und SuperOffice synchronisiert werden. "
                            "Angebote und Preise gehören nicht dazu. Was nehmen wir?")
    assert names(answer)[:1] == ["ERP Sync Connector"], (answer.intent, names(answer))


def test_whether_that_holds_for_others_asks_of_the_thread_s_row(fresh_engine: Engine) -> None:
    """"does that hold for the account execs as well?" after a row: "that hold" was read as a determiner before a
    word of its own, and the message as a new question."""
    fresh_engine.respond("can the service desk use SAINT on an onsite install?", thread="t")
    answer = fresh_engine.respond("does this hold for our sellers?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["SAINT"], names(answer)


@pytest.mark.parametrize(("first", "second", "row"), [
    ("Sentry Plugins - which clients are they for?", "after we migrated to SuperOffice Online, do they still run?",
     "Sentry Plugins"),
    ("Are Custom Pages available on the hosted version?",
     "Ajax Methods sit in that paragraph too - verify them as well.", "Ajax Methods"),
], ids=["a pronoun after a place moved to", "verify them as well"])
def test_a_follow_up_asks_whether_its_row_works_online(fresh_engine: Engine, first: str, second: str,
                                                       row: str) -> None:
    """"once we've moved to CRM Online, would they keep working?": the place moved to was taken for what "they"
    points at, and the message for a question of its own; "Custom Dialogs sit in that paragraph too - verify those as
    well.": "verify" and "paragraph" were words nothing explains, and the row's availability a property beyond the
    data."""
    fresh_engine.respond(first, thread="t")
    answer = fresh_engine.respond(second, thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == [row], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_drop_down_an_administrator_keeps_by_hand_is_its_values(engine: Engine) -> None:
    """"chosen from a drop-down that the administrator maintains by hand": no phrase of the need was said, and the
    drop-down's word, Lists' own, did not start a pair of the need Lists serves best."""
    answer = engine.respond("Our florist keeps a drop-down of bouquet styles on each sale that the office "
                            "administrator extends by hand every season. Which feature is that?")
    assert names(answer)[:1] == ["Lists"], (answer.intent, names(answer))


def test_a_drop_down_an_administrator_does_not_type_is_fed_by_code(engine: Engine) -> None:
    """Guard: the administrator denied in the clause between the drop-down and the typing makes no pair of typed
    values."""
    answer = engine.respond("In our self-hosted web client the choices in the region drop-down are never typed by an "
                            "administrator; our .NET code supplies them live from the logistics system. Which "
                            "extension point?")
    assert names(answer)[:1] == ["MDO Providers"], (answer.intent, names(answer))


def test_a_detail_s_words_run_across_no_comma(engine: Engine) -> None:
    """"For this section, name every external API option ...": "section name" was read across the comma as a
    config detail, and the list as beyond the data."""
    answer = engine.respond("Handbook chapter 4 (the ferry operator runs SuperOffice Online). In this section, name "
                            "every external API option of the hosted version.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (level, _, _, online) in SEED.items()
                                           if level == "External APIs" and online)


def test_what_the_asker_s_own_draft_should_describe_is_no_docs_request(engine: Engine) -> None:
    """"The draft should describe what a developer may add to or override there": the asker's own paper, not a
    request to change SuperOffice's docs."""
    answer = engine.respond("Our tender runs the web client on our own server. The tender should describe what a "
                            "developer can add or override there - what are the integration points?")
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == "web-client-onsite"


def test_a_sentence_may_end_inside_a_closing_quote(engine: Engine) -> None:
    """"His notes: '... JSON ... hosted tenant.' Which API should I name?": the quote's last word and the question
    were one sentence, so the notes counted as the question and their words as unexplained."""
    assert sentence_starts("notes: 'it runs online.' Which one?", tokens("notes: 'it runs online.' Which one?")) \
        == (4,)
    assert sentence_starts("asking 'floor area?' before it saves", tokens("asking 'floor area?' before it saves")) == ()
    answer = engine.respond("Standing in for Maud (flu) at the 14:30 call with the roof gutter installer agency. Her "
                            "notes: 'their dev wants plain HTTPS calls with JSON and the usual verbs, for both sales "
                            "and support data, hosted tenant.' Which API should I name?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer), answer.explanation.decision)


def test_whether_the_answer_changes_after_a_move_asks_of_the_thread_s_row(fresh_engine: Engine) -> None:
    """"does the answer change once they're moved onto SuperOffice's cloud": "they're" was no pronoun, and "does the
    answer change" nothing that continues the thread."""
    fresh_engine.respond("Is Extra Tables usable by the support people?", thread="t")
    answer = fresh_engine.respond("would the answer be different once they're hosted by SuperOffice?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Extra Tables"], names(answer)


def test_a_compound_describing_the_users_is_no_need(fresh_engine: Engine) -> None:
    """"and their ticket-queue colleagues": "queue" (the half of a hyphened word that describes the people after it)
    was read as the need to react to tickets, and as a limit asked."""
    fresh_engine.respond("Can the sellers use SAINT?", thread="t")
    answer = fresh_engine.respond("and their ticket-queue staff?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer) == ["SAINT"], names(answer)


def test_rows_of_one_client_in_a_place_named_as_a_platform_are_a_list(engine: Engine) -> None:
    """"Extension points reserved for Sales users that also run on SuperOffice Online tenants" answered with the
    online web client's points, for whoever uses them."""
    answer = engine.respond("Which extension points are meant only for Service users and also run in CRM Online?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if clients == ("Service",) and online)


def test_a_customer_of_one_client_is_no_filter_to_that_client_alone(engine: Engine) -> None:
    """"extensibility for a helpdesk-only customer": the customer has one client, so the rows it can use are asked
    (those serving Service, shared ones too), not the Service-only rows."""
    answer = engine.respond("Extensibility for a sales-only customer on SuperOffice Online - the whole list")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if "Sales" in clients and online)


@pytest.mark.parametrize("question", [
    "What do hosted tenants get that self-hosted installations lack?",
    "What can a cloud tenant use that self-hosted installations never get?",
])
def test_what_self_hosted_installations_lack_is_online_only(engine: Engine, question: str) -> None:
    """"... that self-hosted installs never get": the place's noun hid the negation after it; "... that self-hosted
    installations lack": the "hosted" inside "self-hosted" was taken for the place that lacks."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, _, onsite, online) in SEED.items() if online and not onsite)


def test_a_place_or_not_and_either_client_are_no_filters(engine: Engine) -> None:
    """"... must cover every option on the scripting level, hosted or not, sales or support": "or not" negated the
    client after it, the place stayed a filter, and "cover" made the two clients rows serving both."""
    answer = engine.respond("The training deck must cover every option at the database level, online or not, "
                            "sellers or support agents. Which ones?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (level, _, _, _) in SEED.items() if level == "Database")


def test_a_yes_or_no_asked_of_a_place_keeps_it(engine: Engine) -> None:
    """Guard: "do triggers work onsite or not?" asks of the place, yes or no."""
    answer = engine.respond("do Sentry Plugins work online or not?")
    assert names(answer)[:1] == ["Sentry Plugins"], names(answer)
    assert answer.verdict.startswith("No"), answer.verdict


def test_a_clause_of_what_is_not_wanted_sets_its_row_aside(engine: Engine) -> None:
    """"..., rather than someone running loose SQL by hand": the row after "rather than" in its comma's clause was
    read as the row asked about, and SQL Scripts came first."""
    answer = engine.respond("Our add-on creates its tables through versioned, numbered upgrade steps in the installer "
                            "for self-hosted customers, rather than an admin pasting SQL statements by hand. Which "
                            "feature is that?")
    assert names(answer)[:1] == ["Continuous Database"], (answer.intent, names(answer))
    assert "SQL Scripts" not in names(answer)


def test_a_row_named_after_its_platform_s_name_is_named(engine: Engine) -> None:
    """"Windows client automation: which folder must the VBScript file be placed in ...?": the row's own word after
    the platform's name did not count as naming the row, so the folder asked was read as the need's setting."""
    assert_beyond(engine.respond("Windows client automation: which folder should the VBScript file go in so it runs "
                                 "for all users?"))


def test_not_by_hand_but_from_code_is_a_drop_down_fed_by_code(engine: Engine) -> None:
    """"im Auswahlfeld ... nicht von Hand gepflegt werden, sondern zur Laufzeit ... über eigenen kompilierten Code":
    the negation before "sondern" kept the drop-down and its code apart, and German had no pair for an
    "Auswahlfeld"."""
    answer = engine.respond("Im Webclient auf unserem eigenen Server soll das Auswahlfeld für Lagerorte nicht vom "
                            "Admin gepflegt werden, sondern zur Laufzeit von unserem kompilierten Code aus dem "
                            "Lagersystem kommen. Welcher Erweiterungspunkt ist das?")
    assert names(answer)[:1] == ["MDO Providers"], (answer.intent, names(answer))


def test_norwegian_create_update_delete_of_page_data_is_datahandlers(engine: Engine) -> None:
    """"legge inn egen logikk i det som oppretter, oppdaterer og sletter dataene på en side i webklienten": the
    Norwegian verbs in the present tense were no phrase of the page-data need."""
    answer = engine.respond("Tilbudet vårt lover at vi kan legge inn logikk i det som oppretter, oppdaterer og sletter "
                            "dataene på en side i webklienten hos kunden, som kjører SuperOffice på egen server. "
                            "Hvilket utvidelsespunkt er det?")
    assert names(answer)[:1] == ["DataHandlers"], (answer.intent, names(answer))


def test_nobody_clicking_anything_is_happening_on_its_own(engine: Engine) -> None:
    """"route it to the on-call queue and send an automatic reply - instantly, nobody clicks anything": the reaction
    was to be started by nobody, yet the macro an agent starts came first."""
    answer = engine.respond("When a complaint e-mail arrives at the helpdesk it should land in the urgent queue and "
                            "get our standard answer - nobody clicks anything and nobody codes. Which feature, on our "
                            "hosted SuperOffice?")
    assert names(answer)[:1] == ["Triggers"], (answer.intent, names(answer))


def test_leaving_out_what_the_other_client_also_gets_keeps_the_rest_of_the_list(fresh_engine: Engine) -> None:
    """After a list, "leave out anything the sellers also get" answered with exactly the rows the sellers also get
    (the list minus the rows the filters kept, as if the filters told what to drop), under a heading that said they
    match "Service, not Sales"."""
    first = fresh_engine.respond("which extensibility options can the helpdesk use online?", thread="t")
    assert "Preferences" in names(first)
    answer = fresh_engine.respond("now leave out anything our sellers also get", thread="t")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if clients == ("Service",) and online)


def test_a_level_denied_in_a_claim_and_asked_in_the_question_is_asked(engine: Engine) -> None:
    """"'There is no scripting for sellers.' What scripting-tier choices would its sales reps get?": the level was
    both asked and set aside, and no row matched "Scripting, not Scripting"."""
    answer = engine.respond("A rumour says: 'SuperOffice has no scripting for salespeople.' Our firm hosts it on its "
                            "own machines. Which scripting-level options do our sellers actually get?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (level, clients, onsite, _) in SEED.items()
                                           if level == "Scripting" and "Sales" in clients and onsite)


def test_none_of_them_for_the_other_client_sets_it_aside(engine: Engine) -> None:
    """"Extension points exclusive to the Service module (none of them for Sales)": "them" kept the negation from
    Sales, and the client's own word answered as the Customer Service platform."""
    answer = engine.respond("Which extensibility options belong to the support module alone, none of them for Sales?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, _) in SEED.items() if clients == ("Service",))


def test_two_places_joined_ask_for_rows_in_both(engine: Engine) -> None:
    """"Extension points that exist for self-hosted installs as well as CRM Online": the product's place alone was
    kept, and the online Web client's points answered."""
    answer = engine.respond("Which extension points are there for our own servers as well as SuperOffice CRM Online?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, _, onsite, online) in SEED.items() if onsite and online)


def test_how_much_of_it_is_possible_asks_no_price(engine: Engine) -> None:
    """"a tailor-made integration inside SuperOffice Mobile and Pocket CRM. How much of that is even possible
    there?": "how much" was read as a price."""
    answer = engine.respond("Our drivers use the SuperOffice mobile apps. How much of a custom integration can we "
                            "actually build into those?")
    assert answer.intent == "platform", answer.intent
    assert platform_id(answer) == "mobile"


def test_we_need_to_know_if_a_row_works_asks_yes_or_no(engine: Engine) -> None:
    """"Before we promise a nightly job ... we need to know if Batch Task Plugins can be deployed to their tenant":
    the row named was passed over for the nightly-job need."""
    answer = engine.respond("We sell a scheduled export to a customer on SuperOffice Online and want to know whether "
                            "Batch Task Plugins run on their tenant.")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No. Batch Task Plugins is onsite only"), answer.verdict


def test_the_same_word_for_another_platform_continues_the_thread(fresh_engine: Engine) -> None:
    """"same doubt for the Windows desktop edition they install locally": "same ... for" with a word between was no
    continuation, and the turn fell to the forum."""
    fresh_engine.respond("list what a partner app may attach to SuperOffice's browser version in the cloud.",
                         thread="t")
    answer = fresh_engine.respond("same doubt for the Windows desktop edition they install on their PCs", thread="t")
    assert answer.intent == "platform", answer.intent
    assert platform_id(answer) == "windows-client"


def test_each_of_two_rows_asks_no_contents(engine: Engine) -> None:
    """"CRMScript versus NetServer scripting ... Which clients and which hosting does each of them cover?": "each of
    them" was a phrase asking what a row holds."""
    answer = engine.respond("SuperMacro or Triggers: where does each of them run, onsite or online?")
    assert answer.intent == "compare", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == ["SuperMacro", "Triggers"]


def test_a_place_before_a_comma_is_no_subject_of_could_not(engine: Engine) -> None:
    """"a surety bond issuer running SuperOffice web on its own servers, could not have a small pop-up": the "could
    not" after the comma denied the place, and the answer was given for Online."""
    answer = engine.respond("They claim a client of ours, with the web client on its own servers, could not show a "
                            "small dialog box asking for a figure before saving. Which extensibility point does that?")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))


def test_a_closing_sentence_saying_what_the_client_is_tells_who_asks(engine: Engine) -> None:
    """"Which integration points does SuperOffice's Customer Service product give an outside developer? Client is a
    bicycle insurance provider.": "provider" (a family word) made the closing sentence a question's words."""
    answer = engine.respond("Recess until 3pm. Which integration points does SuperOffice's Customer Service product "
                            "give an outside developer? Client is a bicycle courier provider.")
    assert answer.intent == "platform", answer.intent
    assert platform_id(answer) == "customer-service"


def test_just_the_customer_s_side_in_a_move_is_all_that_serves_it(engine: Engine) -> None:
    """"which extension options our sellers have today that won't exist after the move. Just the selling side.":
    "won't exist after" was no loss, and "just" kept only the rows for Sales alone (those that stay online)."""
    answer = engine.respond("We move from our own server to SuperOffice Online in March. Which extensibility options "
                            "of our salespeople won't exist after that? Just the sales side, please.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, onsite, online) in SEED.items()
                                           if "Sales" in clients and onsite and not online)


def test_a_negation_after_the_place_s_noun_and_a_comma_denies_what_follows(engine: Engine) -> None:
    """"which options exist just in SuperOffice's cloud version, not when the software sits on a box of your own?":
    the "not" after "version," denied the cloud, and "a box of your own" was no place."""
    answer = engine.respond("What exists only in the SuperOffice cloud edition, not when it runs on a box of our own?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, _, onsite, online) in SEED.items() if online and not onsite)


def test_keeping_the_server_ourselves_is_onsite(fresh_engine: Engine) -> None:
    """"just the ones that run when we keep the server ourselves": no place, and the list came back unfiltered."""
    fresh_engine.respond("which external APIs does SuperOffice have?", thread="t")
    answer = fresh_engine.respond("only those that work if we keep the server ourselves", thread="t")
    assert sorted(names(answer)) == sorted(r for r, (level, _, onsite, _) in SEED.items()
                                           if level == "External APIs" and onsite)


def test_refusing_anything_with_a_row_sets_it_aside(engine: Engine) -> None:
    """"They insist on plain HTTPS with JSON and refuse anything with XML envelopes or WSDL-generated proxies":
    "anything with" stood between the refusal and the row, and SOAP came first."""
    answer = engine.respond("Our shop's developers must read and write SuperOffice contacts from their web shop. They "
                            "refuse anything with WSDL or SOAP envelopes. What should they use?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_levels_above_and_below_are_where_the_asked_one_stands(engine: Engine) -> None:
    """"Of the UI workflow features - the clicky automation layer above admin settings, below scripting - what
    actually runs on our own server?": Scripting was listed too."""
    answer = engine.respond("The UI workflow level, the layer below scripting and above plain configuration: which of "
                            "its rows work onsite?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (level, _, onsite, _) in SEED.items()
                                           if level == "UI Workflow" and onsite)


def test_searched_and_never_created_is_a_search_provider(engine: Engine) -> None:
    """"read-only - they search and look, nothing gets created or changed from there": a tab of another system's
    rows that is only searched was answered with Custom Pages."""
    answer = engine.respond("The old order history lives in a separate system and sellers want to search it from "
                            "inside SuperOffice Web on our own server. Read-only: they look things up, nothing gets "
                            "created there. Which extension point?")
    assert names(answer)[:1] == ["Archive Providers"], (answer.intent, names(answer))


def test_not_wanting_a_hyphened_row_sets_it_aside(engine: Engine) -> None:
    """"My manager doesn't want hand-run SQL anywhere near the ... tenant. Is Continuous Database not an option in
    the cloud either?": the hyphened "hand-run" kept the refusal from SQL, and the two rows were compared."""
    answer = engine.respond("Our CTO doesn't want ad-hoc SQL on the hosted tenant. Does Continuous Database work "
                            "in Online then?")
    assert names(answer)[:1] == ["Continuous Database"], (answer.intent, names(answer))
    assert answer.intent != "compare"


def test_a_version_word_of_the_row_s_own_is_no_release_asked(engine: Engine) -> None:
    """"Can a cloud tenant take Continuous Database upgrade packages?": "upgrade" asked for a release, though the row
    is what makes schema changes survive upgrades."""
    answer = engine.respond("Can our hosted tenant take Continuous Database upgrade steps?")
    assert answer.verdict.startswith("No. Continuous Database is onsite only"), (answer.intent, answer.verdict)


def test_who_takes_questions_by_mail_is_the_help_answer(engine: Engine) -> None:
    """"Apart from the forum: who at SuperOffice takes partner integration queries by mail?": "by mail" was no word
    of asking for help, and the forum got the question back."""
    answer = engine.respond("Other than the forum: who at SuperOffice handles partner integration queries by mail?")
    assert answer.intent == "topic-help", (answer.intent, answer.explanation.decision)
    assert "sdk@superoffice.com" in text_of(answer)


def test_an_automation_service_on_the_internet_connects_cloud_apps(engine: Engine) -> None:
    """"I'd happily click it together from ready-made blocks in some automation service on the internet": the
    follow-up created made it the Sales Guide."""
    answer = engine.respond("When someone books a test drive through our web form I want a company plus a follow-up "
                            "created in SuperOffice automatically. None of us code - happy to assemble it from blocks "
                            "in some automation service online. We're on the cloud version.")
    assert names(answer)[:1] == ["Zapier"], (answer.intent, names(answer))


def test_a_service_a_few_words_after_an_article_is_a_business(engine: Engine) -> None:
    """"A digital legacy service in our group heard that. What levels of extensibility does SuperOffice itself
    describe?": "service" read as the Service client kept the levels from being answered."""
    answer = engine.respond("Myth: 'SuperOffice is settings or full code, nothing between.' A digital tutoring "
                            "service in our group believes that. What levels of extensibility does SuperOffice "
                            "describe?")
    assert answer.intent == "topic-levels", (answer.intent, answer.explanation.decision)
    assert not any(f.startswith("client") for f in answer.explanation.found), answer.explanation.found


def test_whether_the_apis_really_differ_after_a_move_is_how_integrations_sign_in(engine: Engine) -> None:
    """"must be rewritten from scratch to move from an onsite install to SuperOffice Online. Are the web service
    APIs really different ...?": answered as a list of web services onsite and not online (none)."""
    answer = engine.respond("Our vendor says the integration must be rewritten from scratch when we go from onsite to "
                            "SuperOffice Online. Are the web service APIs really different?")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.explanation.decision)


def test_documents_landing_in_an_own_system_instead_of_the_standard_archive_are_document_plugins(
        engine: Engine) -> None:
    """"dass alle Dokumente ... in seinem eigenen Dokumentenmanagementsystem landen statt im Standardarchiv": the
    data-access need of "in SuperOffice anlegen" won."""
    answer = engine.respond("Alle Dokumente, die unsere Verkäufer in SuperOffice anlegen, sollen in unserem eigenen "
                            "System landen statt im Standardarchiv. SuperOffice läuft bei uns auf eigenem Server. "
                            "Welche Erweiterung ist das?")
    assert names(answer)[:1] == ["Document Plugins"], (answer.intent, names(answer))


def test_a_platform_answer_lists_the_told_need_s_rows_first(engine: Engine) -> None:
    """A guard: "web client on the Customer's own servers ... a small window shall open on top of the current page
    ... Please confirm which customization provides this." is answered with the onsite Web client's points, and
    the dialog row the need names comes before the other rows that platform offers."""
    answer = engine.respond("Spec item 14 (customer hosts the web client on its own servers): when a user saves an "
                            "order, a small window must open on top of the page asking for the delivery slot. A "
                            "separate page is not acceptable. Please confirm which customization provides this.")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))


def test_sellers_after_a_business_with_a_possessive_are_the_sales_client(engine: Engine) -> None:
    """A guard: "which options can a clearing house's sellers share with its helpdesk? Only ones serving both
    sides." keeps the sellers as Sales (a name a few words after "a" is a business only for "service")."""
    answer = engine.respond("In SuperOffice Online, which options can a shipping firm's sellers share with its "
                            "helpdesk? Only ones serving both sides.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if clients == ("Sales", "Service") and online)


def test_a_danish_follow_up_running_everything_in_the_cloud_asks_of_the_row(fresh_engine: Engine) -> None:
    """"Og når vi engang kører det hele i SuperOffices sky?": "engang" and the genitive "SuperOffices" were words
    nothing explains, and the follow-up fell to the forum."""
    fresh_engine.respond("Can MDO Providers be used on our own server?", thread="t")
    answer = fresh_engine.respond("Og hvis vi engang kører det hele i SuperOffices sky?", thread="t")
    assert names(answer)[:1] == ["MDO Providers"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_the_web_variant_is_the_web_client(fresh_engine: Engine) -> None:
    """"what about the IIS-based web variant we run ourselves?": "web variant" named no Web client, and the
    Windows client's points came again."""
    fresh_engine.respond("which integration points does the Windows desktop program offer?", thread="t")
    answer = fresh_engine.respond("and the web variant on our own IIS?", thread="t")
    assert answer.intent == "platform", answer.intent
    assert platform_id(answer) == "web-client-onsite"


def test_someone_who_needs_to_know_if_a_row_comes_along_asks_where_it_works(engine: Engine) -> None:
    """"A ferroalloy trader moving to SuperOffice's cloud needs to know if the ERP Sync Connector comes along.": no
    question mark, and "needs to know if" (only "need to know if") asked nothing, so its words nothing explains
    made it the forum's."""
    answer = engine.respond("A dairy cooperative moving to SuperOffice Online wants to know whether the Quote "
                            "Connector comes with them.")
    assert names(answer)[:1] == ["Quote Connector"], (answer.intent, names(answer))
    assert not answer.fallback, answer.explanation.decision


def test_how_stale_a_copy_gets_is_a_timing_detail(engine: Engine) -> None:
    """"Database Mirroring: how stale can our replica get?" got the row's description."""
    assert_beyond(engine.respond("How stale can the Database Mirroring replica get?"))


def test_where_a_thing_nothing_explains_is_done_is_beyond_the_data(engine: Engine) -> None:
    """"Quote Connector ...: totals differ by a few cents from the ERP because of currency rounding on each line.
    Where is rounding done?" got the ERP need's rows."""
    assert_beyond(engine.respond("Quote Connector at a furniture maker: totals differ by a few cents from the ERP "
                                 "because of rounding per line. Where is rounding done?"))


def test_a_supported_thing_nothing_explains_is_beyond_the_data(engine: Engine) -> None:
    """A guard: "... makes the dropdown search slow; the team needs to know whether lazy loading is supported" (a
    question now that "needs to know whether" asks): the thing asked to be supported is no row, place or level the
    data holds (but "er ... en støttet utvidelse" asks whether it is a supported kind)."""
    assert_beyond(engine.respond("An MDO provider feeding a dropdown makes the search sluggish; the team needs to "
                                 "know whether lazy loading is supported"))
    answer = engine.respond("Vi kører SQL-scripts mod databasen på egen server hver måned. Er det fortsat en "
                            "understøttet udvidelse for kundeservice?")
    assert names(answer)[:1] == ["SQL Scripts"], (answer.intent, names(answer))


def test_the_selling_and_the_service_modules_are_both_clients(engine: Engine) -> None:
    """"SuperOffice extention options shared by the selling and the service modules alike": "selling" joined to a
    client word after an article names Sales (it read as Service only)."""
    answer = engine.respond("Which extension options do the selling and the support modules both get?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, _) in SEED.items()
                                           if clients == ("Sales", "Service"))


def test_extensibility_components_are_a_list_asked(engine: Engine) -> None:
    """"we want only the extensibility components that serve BOTH selling and the ticket desk ... Please list
    them." was read as a described need."""
    answer = engine.respond("For our integration map we list the extensibility components that serve both selling "
                            "and the ticket desk, nothing meant for only one of them. Please list them.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, _) in SEED.items()
                                           if clients == ("Sales", "Service"))


def test_a_rejection_after_a_hyphened_name_and_its_noun_sets_the_row_aside(engine: Engine) -> None:
    """"plain HTTPS with JSON. XML envelopes and WSDL-generated proxies are not acceptable": the rejection came
    after "generated proxies", and SOAP came first."""
    answer = engine.respond("Our web shop in the cloud must read and update SuperOffice Online orders over plain "
                            "HTTPS and JSON. WSDL-based clients are not allowed by our architects. Which interface "
                            "fits?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_an_exclusion_in_a_clause_of_its_own_keeps_the_place(engine: Engine) -> None:
    """"Record voor record via een API ophalen valt af, en niemand mag de gehoste database ... bevragen. We draaien
    SuperOffice Online.": the exclusion of a way ("valt af") turned the place around, and onsite SQL Scripts
    answered."""
    answer = engine.respond("Pulling records one by one through an API is a no-go, and nobody may touch the hosted "
                            "database. We run SuperOffice Online and want a nightly copy of all data for reporting. "
                            "Which feature?")
    assert names(answer)[:1] == ["Database Mirroring"], (answer.intent, names(answer))


def test_n_if_and_still_possible_continue_the_thread(fresh_engine: Engine) -> None:
    """"n if the tenant sits in superoffice's cloud" and "Suppose the tenant moves to the vendor's hosting later -
    still possible?" fell to the forum as questions of their own."""
    fresh_engine.respond("archive providers - which level?", thread="a")
    answer = fresh_engine.respond("n if the tenant sits in the vendor's cloud", thread="a")
    assert names(answer)[:1] == ["Archive Providers"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict
    fresh_engine.respond("on our own server, could document plugins keep our files in our own archive?", thread="b")
    answer = fresh_engine.respond("Suppose the tenant moves to the vendor's hosting later - still possible?",
                                  thread="b")
    assert names(answer)[:1] == ["Document Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_how_that_is_configured_is_a_step_beyond_the_data(engine: Engine) -> None:
    """"... runs through a Project Guide. We need an hours budget per stage and a warning when a stage overruns.
    How is that configured?" got the need's rows."""
    assert_beyond(engine.respond("Every new site goes through a Sales Guide. We want a cost limit per stage and an "
                                 "alert when a stage is late. How is that set up?"))


@pytest.mark.parametrize("question", [
    "Can online database mirroring write to a Postgres server instead of MS SQL?",
    "Customer Service: WhatsApp as a channel for new tickets?",
    "Pocket CRM push notifications when a sale changes?",
])
def test_another_product_asked_of_a_row_or_platform_is_beyond_the_data(engine: Engine, question: str) -> None:
    """"Can NetServer scripts be written in PowerShell instead of C#?", "WhatsApp Business as an inbound channel",
    "Pocket CRM push notifications ...": products and features the data does not hold."""
    assert_beyond(engine.respond(question))


def test_the_browser_edition_the_vendor_hosts_is_the_online_web_client(engine: Engine) -> None:
    """"the browser edition of SuperOffice that the vendor hosts. Which hooks are open ...?" asked which Web client
    was meant."""
    answer = engine.respond("Our client uses the browser edition that the vendor operates. Which hooks are open to "
                            "our app there?")
    assert platform_id(answer) == "web-client-online", (answer.intent, platform_id(answer))


def test_every_way_into_a_client_for_outside_software_asks_its_points(engine: Engine) -> None:
    """"name every way into the SuperOffice Windows client for outside software" scored below the threshold."""
    answer = engine.respond("name every way into the SuperOffice web client we host ourselves for outside software.")
    assert platform_id(answer) == "web-client-onsite", (answer.intent, answer.explanation.decision)


def test_pushing_things_into_superoffice_is_writing_its_data(engine: Engine) -> None:
    """"our integrator wants his small web app to push those summaries into SuperOffice. Plain HTTPS with JSON
    only - XML envelopes and WSDL-generated proxies are ruled out": the need (read and write data) was not found,
    and a title 'Reporting to the client' made it the reporting copy."""
    answer = engine.respond("Section 4 'Reporting to the board'. Our developer wants his little app to push the "
                            "weekly figures into SuperOffice. Plain HTTPS with JSON only. Which API?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_a_tool_that_was_rejected_is_no_need(engine: Engine) -> None:
    """"... our own TypeScript code, plain HTTP calls with JSON ...; a no-code connector tool was rejected":
    "was rejected" rejected nothing, and the no-code need put Zapier first."""
    answer = engine.respond("Our booking app sends new customers into SuperOffice Online. Our own Python code, "
                            "plain HTTP calls with JSON; a no-code connector tool was rejected. Which interface?")
    assert names(answer)[:1] == ["Restful"], (answer.intent, names(answer))


def test_a_telegram_s_stop_ends_a_sentence(engine: Engine) -> None:
    """"Memorial garden trust STOP what can outside systems connect to in SuperOffice Customer Service STOP": its
    STOPs were words nothing explains, and the platform question fell to the forum."""
    answer = engine.respond("Parish council office STOP what can outside systems hook into in the SuperOffice "
                            "Windows client STOP thanks")
    assert platform_id(answer) == "windows-client", (answer.intent, answer.explanation.decision)


def test_a_closing_query_asks(fresh_engine: Engine) -> None:
    """A guard: "ticket agents likewise QUERY" (one telegram word, no STOP) asks as "ticket agents likewise?" does
    (its QUERY, a word nothing explains, weighed against the short message)."""
    fresh_engine.respond("Parish office STOP is the Sales Guide available to us STOP", thread="t")
    answer = fresh_engine.respond("ticket agents likewise QUERY", thread="t")
    assert names(answer)[:1] == ["Sales Guide"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict


def test_same_query_and_likewise_ask_the_earlier_question_again(fresh_engine: Engine) -> None:
    """"SAME QUERY, MDO PROVIDERS." and "ticket agents likewise?" fell to the forum; "narrow that to ticket side"
    kept the whole list ("ticket" before a people word, "ticket side", name Service)."""
    fresh_engine.respond("are custom dialogs available online?", thread="a")
    answer = fresh_engine.respond("Same query, Ajax Methods.", thread="a")
    assert names(answer)[:1] == ["Ajax Methods"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict
    fresh_engine.respond("can sellers use the Sales Guide?", thread="b")
    answer = fresh_engine.respond("ticket staff likewise?", thread="b")
    assert names(answer)[:1] == ["Sales Guide"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No"), answer.verdict
    fresh_engine.respond("which external API options exist?", thread="c")
    answer = fresh_engine.respond("narrow that to the ticket side", thread="c")
    assert sorted(names(answer)) == sorted(r for r, (level, clients, _, _) in SEED.items()
                                           if level == "External APIs" and "Service" in clients)


def test_at_what_price_asks_a_price(engine: Engine) -> None:
    """"Does SuperOffice have a built-in lookup against that register, and at what price?" got described rows."""
    assert_beyond(engine.respond("We check each courier's permit in the national register by hand. Is there a "
                                 "built-in check against that register in SuperOffice, and at what price?"))


@pytest.mark.parametrize("question", [
    "Every form our helpdesk agents fill in must pass an accessibility audit. Does the HTML generated for Custom "
    "Screens pass it, and where is that documented?",
    "Our DataHandler also writes to an archive database. Does that write happen in the same transaction as the "
    "SuperOffice save, so both roll back together?",
])
def test_documentation_places_and_transactions_are_beyond_the_data(engine: Engine, question: str) -> None:
    """"Does the HTML generated for Custom Screens meet it, and where is that documented?" got "Yes. Custom Screens
    serves Service."; "Does that write run in the same transaction as the SuperOffice save, so both roll back
    together?" compared two rows."""
    assert_beyond(engine.respond(question))


def test_an_own_kind_of_record_where_one_extra_field_is_not_enough_is_a_table(engine: Engine) -> None:
    """"... als eigene Art von Datensatz mit eigenen Spalten - Dutzende pro Objekt, ein Zusatzfeld pro Datensatz
    reicht also nicht. Ein Admin soll das ohne Programmierung anlegen.": "pro Datensatz" asked for access rights
    and "reicht also nicht" rejected nothing, so Sentry Plugins answered."""
    answer = engine.respond("Unser Kundendienst in SuperOffice Service möchte Schadensmeldungen als eigene Art von "
                            "Datensatz erfassen, viele pro Kunde; ein Zusatzfeld pro Datensatz reicht leider nicht. "
                            "Ein Admin soll das ohne Programmierung einrichten. Welche Funktion?")
    assert names(answer)[:1] == ["Extra Tables"], (answer.intent, names(answer))


def test_a_chapel_of_rest_is_no_rest_api_and_a_fixed_set_of_choices_is_a_list(engine: Engine) -> None:
    """"... what we need is the fixed set of choices behind it church chapel of rest graveside only ... typed in
    once by our office manager ... never fed by any program": "rest" named the Restful row and the need was not
    found."""
    answer = engine.respond("Every order has a box for the coffin model. We need the fixed set of choices behind "
                            "it (oak, pine, the chapel of rest model), typed in by our office manager and never fed "
                            "by a program. Which standard feature?")
    assert names(answer)[:1] == ["Lists"], (answer.intent, names(answer))


def test_a_pointer_after_rows_asked_in_the_same_message_points_at_them(fresh_engine: Engine) -> None:
    """"WHICH OPTIONS SERVE SALES AND SUPPORT BOTH. ONLY THOSE SHARED BY THE TWO MODULES" after an online list in
    the thread narrowed that list ("only those" pointed back); "which ones from that list" still points back."""
    fresh_engine.respond("Which extension options can the sellers use in SuperOffice Online?", thread="t")
    answer = fresh_engine.respond("Which options serve sales and support both? Only those shared by the two "
                                  "modules.", thread="t")
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, _) in SEED.items()
                                           if clients == ("Sales", "Service"))
    answer = fresh_engine.respond("which ones from that list work onsite?", thread="t")
    assert answer.explanation.followup, answer.explanation.followup


def test_a_place_the_thread_s_platform_does_not_run_in_gets_that_place_s_client(fresh_engine: Engine) -> None:
    """"and online?" after the Windows client's points repeated them, without saying the Windows client runs onsite
    only; now it says so and gives the online Web client's points."""
    fresh_engine.respond("which integration points does the Windows client have?", thread="t")
    answer = fresh_engine.respond("and online?", thread="t")
    assert platform_id(answer) == "web-client-online", platform_id(answer)
    assert answer.verdict.startswith("The Windows client runs onsite only"), answer.verdict


def test_the_application_server_in_the_nordic_languages_tells_where_the_scripts_run(engine: Engine) -> None:
    """"kjører som skript på vår egen SuperOffice-applikasjonsserver - ikke inne i skrivebordsprogrammet og ikke i
    adminsidene ...: hvilken type skripting er dette": "applikasjonsserver" was a word nothing explains, and a
    list of scripting rows came."""
    answer = engine.respond("Påminnelsesjobben kjører som skript på vår egen SuperOffice-applikasjonsserver - ikke "
                            "inne i skrivebordsprogrammet og ikke i adminsidene. Hvilken type skripting er dette?")
    assert names(answer)[:1] == ["NetServer Service"], (answer.intent, names(answer))


def test_a_little_window_popping_up_over_a_record_is_a_dialog(engine: Engine) -> None:
    """"a small window popping up over the sale when the arranger clicks a button showing which bearers are free
    ... no whole new page just the little window": the button's pair ("button ... showing") outweighed the one
    dialog phrase, and Custom Pages came first."""
    answer = engine.respond("In the web client on our own server we want a little window popping up over the "
                            "project when the planner clicks a button showing which vans are free. No whole new "
                            "page. Which extension point?")
    assert names(answer)[:1] == ["Custom Dialogs"], (answer.intent, names(answer))


def test_records_visible_or_editable_per_user_are_access_rights(engine: Engine) -> None:
    """"can our own compiled code decide per user which records and fields are visible or editable, so pay data
    stays hidden from them?": only "which records" told the need, and "pay rates on company cards" in the setup made
    it an extra field."""
    answer = engine.respond("Commentary: trainees could see salary figures on contact cards. Question: on our own "
                            "server, can our own compiled code decide per user which records and fields are visible "
                            "or editable, so salary data stays hidden from them? Which extension type is that?")
    assert names(answer)[:1] == ["Sentry Plugins"], (answer.intent, names(answer))


def test_which_rows_asked_after_a_setup_is_a_list_not_the_setup_s_need(engine: Engine) -> None:
    """"HACCP record, CCP 3 (metal detector, shortbread fingers), 08:40: all test pieces rejected, initials CM. Query
    for IT: our sellers work in CRM Online. Which extensibility options are open to them there?": what the setup's
    words resemble (access rights) was taken for the need."""
    answer = engine.respond("HACCP record, CCP 2 (metal detector, oat biscuits), 09:10: all test pieces rejected, "
                            "initials JT. Query for IT: our sellers work in CRM Online. Which extensibility options "
                            "are open to them there?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, clients, _, online) in SEED.items()
                                           if "Sales" in clients and online)


def test_ip_addresses_for_an_allow_list_are_an_address_detail(fresh_engine: Engine) -> None:
    """"from which IP addresses does it connect to our SQL Server? our firewall needs an allow-list" got SQL
    Scripts."""
    fresh_engine.respond("can a hosted customer like us get Database Mirroring?", thread="t")
    assert_beyond(fresh_engine.respond("which IP addresses does the mirror connect from? our firewall needs an "
                                       "allow-list", thread="t"))


def test_a_machine_in_our_office_is_onsite(engine: Engine) -> None:
    """"the browser edition of SuperOffice sits on a machine in our office. Which parts may our developer extend or
    replace?" asked which Web client was meant."""
    answer = engine.respond("Our browser edition of SuperOffice runs on a machine in our office. Which parts can our "
                            "developer extend?")
    assert platform_id(answer) == "web-client-onsite", (answer.intent, platform_id(answer))


# Messages that tell a need in their own words and name no row: the row that fits comes first. Each id says what
# was wrong before (in the comment above it, the message of the fresh set it was found with).
@pytest.mark.parametrize(("question", "row"), [
    # "... Record voor record via een API ophalen valt af, en niemand mag de gehoste database rechtstreeks bevragen. ...
    # Welke standaardvoorziening is hiervoor bedoeld?": "valt af" (is ruled out) was read as what a move loses, and the
    # message became an empty list of Database rows online.
    pytest.param("Onze planners willen elke nacht een volledige kopie van alle CRM-gegevens in een eigen SQL"
                 " Server, voor rapportage. Gegevens via een API ophalen valt af, en niemand mag de gehoste "
                 "database zelf bevragen. We draaien SuperOffice Online. Welke standaardvoorziening is "
                 "hiervoor?",
                 "Database Mirroring", id="a_way_ruled_out_in_the_setup_is_no_move"),
    # "Offerter och prislistor rör vi inte" / "Offertes en prijsregels horen daar niet bij": the rejection after the
    # quotes did not set them aside, and the Quote Connector was offered for an ERP sync.
    pytest.param("Kunderna ska vara desamma i SuperOffice och i vårt affärssystem, åt båda hållen. Offerter "
                 "och prislistor rör vi inte. Vilken färdig integration passar?",
                 "ERP Sync Connector", id="quotes_we_do_not_touch_are_no_need_1"),
    pytest.param("Onze klanten moeten gelijk blijven tussen het ERP-pakket en SuperOffice, in beide "
                 "richtingen. Offertes en prijslijsten horen daar niet bij. Welke koppeling is dat?",
                 "ERP Sync Connector", id="quotes_we_do_not_touch_are_no_need_2"),
    # "a screen of ours ... take over the whole work area ... a small window won't do": the small window that falls
    # short was taken for the need (Custom Dialogs).
    pytest.param("In the web client on our own server, sellers want a screen of ours for each customer's "
                 "service plan, built by our developer, that takes the whole work area. A small window won't"
                 " do. What do we build?",
                 "Custom Pages", id="a_whole_work_area_is_a_page_not_a_dialog_that_will_not_do"),
    # "without compiled code or anyone touching the database": the Database level joined by "or anyone touching" to a
    # negation was a level the answer had to be at (Continuous Database before Extra Tables).
    pytest.param("Each customer has dozens of machines with serial number and service date, and we need our "
                 "own kind of record for them beside their cases. Can we do that in the support module "
                 "without compiled code or anyone touching the database?",
                 "Extra Tables", id="or_anyone_touching_the_database_sets_the_level_aside"),
    # "hverken rå SQL eller et script": the Scripting level after "eller" was not set aside (a named row stood between
    # it and "hverken"), and CRMScript came before Batch Task Plugins.
    pytest.param("Vi kører SuperOffice på egen server. Hver nat skal alle kundeadresser vaskes. Det skal "
                 "være kompileret .NET-kode, som serveren sætter i kø og kører i baggrunden - hverken rå SQL"
                 " eller et script. Hvilken udvidelse er det?",
                 "Batch Task Plugins", id="neither_reaches_the_row_after_its_nor"),
    # "A point-and-click rule can't express that, we need real code - but inside the helpdesk module, kept in its admin
    # pages": the falling-short rules still ranked Triggers first.
    pytest.param("When a complaint arrives its due date depends on the contract and on bank holidays. A "
                 "point-and-click rule can't express that, so we need real code, but inside the helpdesk "
                 "module, kept in its admin pages. We are on SuperOffice Online. Which option?",
                 "CRMScript", id="rules_that_cannot_express_it_are_refused"),
    # "our complaints desk always does the same four things - set the category, send the standard apology, ... We want
    # one click that does all four": a routine's steps were read as four asks.
    pytest.param("When a customer reports a broken lid, our support desk always does the same three things -"
                 " set the category, send the standard reply, move the case to the repair queue. We want one"
                 " click that does all three, when the agent decides. No code. Name?",
                 "SuperMacro", id="the_same_four_things_are_steps_not_four_asks"),
    # A guard: "... gets an acknowledgement, the instant it arrives. No agent clicking anything, no one writing code" is
    # a trigger (one such message got the macro; "the instant it arrives" is now said of by-itself).
    pytest.param("Our helpdesk runs in SuperOffice Online. When a customer's request marked 'urgent' comes "
                 "in, it must land in the on-call queue and the customer gets a receipt, the instant it "
                 "arrives. No agent clicking anything, no one writing code. Which feature?",
                 "Triggers", id="the_instant_it_arrives_is_by_itself"),
    # "walked through winning a commission in the sales module - first enquiry, site walk, fee offer, signed appointment
    # - with a suggested task and document at every step": a commission echoed Project Guide.
    pytest.param("Our new consultants need to be walked through winning a commission in the sales module - "
                 "first call, site visit, fee offer, signature - with a suggested task and document at every"
                 " step. Which built-in feature?",
                 "Sales Guide", id="winning_a_deal_in_stages_is_the_sales_guide"),
    # "Sellers should pick those lines inside SuperOffice offers and get the current rates from it while they build the
    # offer": "inside SuperOffice" alone told a need (show inside).
    pytest.param("Our service lines and their rates live in a separate rate system. Sellers should pick "
                 "those lines inside SuperOffice and get the current rates from it while they build the "
                 "offer. Which ready-made integration fits?",
                 "Quote Connector", id="rates_for_the_offer_from_another_system_are_quote_prices"),
    # "needs its own tables ... created and upgraded together with SuperOffice, as versioned schema steps shipped inside
    # the add-on": Extra Tables came first.
    pytest.param("Our add-on for self-hosted customers needs its own tables for sensor readings, created and"
                 " upgraded together with SuperOffice as versioned schema steps shipped inside the add-on. "
                 "Which mechanism?",
                 "Continuous Database", id="versioned_schema_steps_shipped_in_an_add_on_are_continuous_database"),
    # "can SuperOffice lay out those phases, their jobs and due dates? Nothing gets sold there, the contract's already
    # signed": "signs up" in the list of phases told a need of data access.
    pytest.param("When we roll out a new service at a client - kit delivered, signs up, staff trained, "
                 "review after a month - can SuperOffice lay out those phases, their jobs and due dates? "
                 "Nothing gets sold there.",
                 "Project Guide", id="phases_where_nothing_is_sold_are_a_project"),
    # "the whole hosted dataset replicated ... we can't get at the hosted tables themselves": the negation of reaching
    # the tables was read as not online.
    pytest.param("Our BI team wants the whole SuperOffice dataset replicated into a SQL Server of ours for "
                 "dashboards. We are on SuperOffice Online and can't get at the hosted tables themselves. "
                 "What's the feature called?",
                 "Database Mirroring", id="hosted_data_out_of_reach_is_still_online"),
    # "The tables behind the enquiries already hold every value we need, so storage is settled. What's missing is an
    # entry view laid out our own way": the settled tables told Extra Tables.
    pytest.param("Our agents work in the hosted helpdesk module. The tables behind the inspection requests "
                 "already hold every value we need, so storage is settled. What's missing is an entry view "
                 "laid out our own way. Which feature?",
                 "Custom Screens", id="what_the_tables_already_hold_is_settled"),
    # "The data already has a home - tables we created last year. What the agents lack is a form of our own": the tables
    # told Extra Tables.
    pytest.param("Our support agents need a complaint form of their own inside SuperOffice. The data already"
                 " has a home - tables we created last year. Which feature gives us the form?",
                 "Custom Screens", id="data_that_already_has_a_home_is_solved"),
    # "sales and customer service, both running SuperOffice hosted by the vendor, want every new order to show up in our
    # calendar ... click ready-made blocks together in a third-party automation service": "customer service" was the
    # Customer Service platform.
    pytest.param("Sales and customer service, both running SuperOffice hosted by the vendor, want every new "
                 "order to show up in our shared calendar. Nobody codes; we click ready-made blocks together"
                 " in a third-party automation service. Name that integration.",
                 "Zapier", id="customer_service_joined_to_sales_is_the_client"),
    # "... vil ha et søkeresultat som viser jobber fra produksjonsdatabasen vår, hentet av egen kompilert kode. Bare
    # lesing": a search result (singular) and "bare lesing" were not known, and DataHandlers came first.
    pytest.param("Selgerne bruker nettleserversjonen av SuperOffice på vår egen server og vil ha et "
                 "søkeresultat som viser ordrer fra lagersystemet vårt, hentet av egen kompilert kode. Bare "
                 "lesing. Hva heter det?",
                 "Archive Providers", id="a_read_only_search_result_in_norwegian_is_an_archive_provider"),
    # "Preflight report, job 25-0302: 0 errors, 0 warnings. Operator's comment: ...": the report's counts made every
    # such message an error question.
    pytest.param("Proof report, job 881 (wine labels, 3 SKUs): 0 errors, 2 warnings. Comment: our sellers "
                 "want offer lines in SuperOffice to take products and prices straight from the ERP's "
                 "catalogue. Which integration is that?",
                 "Quote Connector", id="a_count_of_errors_in_a_report_asks_no_error"),
    # "... holdes ens i begge systemer automatisk, begge veje? Ordrer, tilbud og priser skal ikke med.": "skal ikke
    # med" (are not to be included) rejected nothing, and the quotes and prices made it the Quote Connector
    pytest.param("Wunsch an die Zentrale: Firmen- und Kontaktdaten sollen zwischen SuperOffice und unserer "
                 "Warenwirtschaft automatisch in beide Richtungen gleich bleiben. Aufträge, Angebote und Preise "
                 "sollen nicht mit. Wie heißt die Standardanbindung?",
                 "ERP Sync Connector", id="what_is_not_to_be_included_is_rejected_in_german"),
    pytest.param("Ønske: firma- og kontaktdata skal synkroniseres mellem SuperOffice og økonomisystemet, begge "
                 "veje. Ordrer, tilbud og priser skal ikke med. Hvad hedder den standardkobling?",
                 "ERP Sync Connector", id="what_is_not_to_be_included_is_rejected_in_danish"),
    # "... our junior designers skip steps when they chase a new commission. We'd like SuperOffice to walk them
    # through it ...": a commission chased is a sale, not a project's assignment
    pytest.param("Schedule / Fjord Hotel bar / item BS-02 (bar stools, 8 pcs) / status: on hold / notes: our junior "
                 "designers skip steps when they chase a new commission. We'd like SuperOffice to walk them through "
                 "it: site visit, concept presentation, fee proposal, each stage with its own to-dos and a letter "
                 "template. Which built-in feature?",
                 "Sales Guide", id="a_commission_chased_is_a_sale"),
    # "... worked out from the supplier's lead time, weekends and our two factory closures ...": "two factory" was
    # "two factor" (an account detail)
    pytest.param("the aftercare desk wants the promised date in each reply worked out from the supplier's lead time "
                 "and our two factory closures. A point-and-click rule can't do that; it needs real code inside the "
                 "service module, written in its admin pages. We're hosted by SuperOffice. Which language is that?",
                 "CRMScript", id="two_factory_closures_are_no_two_factor_sign_in"),
    # "... een klein venster laten opspringen ... alleen dat venstertje": a small window popping up, in Dutch
    pytest.param("Weekrapport 12 - 9 afspraken, 4 orders. Verzoek: bij het opslaan van een order willen we een klein "
                 "venster laten opspringen waarin de verkoper de levertijd bevestigt. Geen nieuwe pagina, alleen dat "
                 "venstertje, gebouwd in .NET. SuperOffice draait op onze eigen servers. Hoe heet dat?",
                 "Custom Dialogs", id="a_small_window_popping_up_in_dutch_is_a_dialog"),
    # "... kompilierten Code oder direkten Datenbankzugriff wollen wir nicht": what they do not want, said last, was
    # the Database level asked for
    pytest.param("Patchnotes 3.1.0 (Tools) * Behoben: Absturz beim Speichern im Editor * Frage an den CRM-Admin: der "
                 "Spielersupport braucht zu jedem Ticket eine Aufstellung der Rücksendungen - oft zehn Zeilen, eine "
                 "pro Artikel, mit Datum und Betrag. Ein zusätzliches Feld reicht nicht, und kompilierten Code oder "
                 "direkten Datenbankzugriff wollen wir nicht. Womit bauen wir das?",
                 "Extra Tables", id="what_we_do_not_want_said_last_in_german_is_rejected"),
])
def test_a_told_need_s_row_comes_first(engine: Engine, question: str, row: str) -> None:
    answer = engine.respond(question)
    assert names(answer)[:1] == [row], (answer.intent, answer.explanation.decision, names(answer))


def test_what_falls_away_in_a_move_is_still_a_list(engine: Engine) -> None:
    """A guard: "valt af" asked in the question ("welke delen vallen af ...?") is still what a move loses."""
    answer = engine.respond("Welke delen vallen af als een klant naar de cloud gaat?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert sorted(names(answer)) == sorted(r for r, (_, _, onsite, online) in SEED.items() if onsite and not online)


def test_dont_care_which_sets_every_filter_of_its_sentence_aside(engine: Engine) -> None:
    """"what sits at the external API level? Every option - hosted or not, sales or complaints side, I don't care
    which.": the places and clients told as not mattering were filters (an empty list of External APIs, not Sales,
    online)."""
    answer = engine.respond("Which options are there at the scripting level? All of them - hosted or not, sellers or "
                            "support, I don't care which.")
    assert set(names(answer)) == {r for r, (level, _, _, _) in SEED.items() if level == "Scripting"}, (
        answer.intent, answer.explanation.decision, names(answer))


def test_drop_anything_that_does_not_run_there_is_a_filter_not_an_error(engine: Engine) -> None:
    """"which UI-workflow options work on our own server? Drop anything that doesn't run there.": "doesn't run" asked
    for an error."""
    answer = engine.respond("Which configuration options work on our own server? Skip anything that doesn't run "
                            "there.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert set(names(answer)) == {r for r, (level, _, onsite, _) in SEED.items()
                                  if level == "Configuration" and onsite}


def test_called_before_or_after_is_a_timing_detail(fresh_engine: Engine) -> None:
    """"is the plugin called before or after the PDF is rendered?": the order of a call is beyond the data (it was
    answered as a need)."""
    fresh_engine.respond("are Document Plugins available on our own server?", thread="t")
    assert_beyond(fresh_engine.respond("when a letter is opened from the archive, is the plugin called before or after "
                                       "it is converted?", thread="t"))


def test_any_known_problems_is_an_error_detail(engine: Engine) -> None:
    """"PHP 8 SoapClient against the SuperOffice SOAP API - any known WSDL problems?" got SOAP's description."""
    assert_beyond(engine.respond("Delphi SOAP importer against the SuperOffice SOAP API - any known WSDL problems?"))


def test_a_form_s_fields_tell_no_need(engine: Engine) -> None:
    """"BCF topic #0196 · Type: Request · Status: Open · Assigned: CRM admin · ... · Description: what can we use only
    while SuperOffice is our host ...?": the form's "Request" was a ticket to react to, and the list became a need."""
    answer = engine.respond("Card #0207 · Type: Request · Status: Open · Assigned: CRM admin · Title: 'Hosted-only "
                            "options' · Description: what can we use only while SuperOffice is our host and never on a "
                            "server we run ourselves?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision, names(answer))
    assert set(names(answer)) == {r for r, (_, _, onsite, online) in SEED.items() if online and not onsite}


def test_a_form_s_header_asks_nothing(engine: Engine) -> None:
    """"Transmittal TR-24-0527 — To: IT (CRM) — From: Document Control — Reason for issue: For comment — Remarks:
    MDO Providers are off the table after the move to SuperOffice's hosting - correct?": the header's words made it
    too little understood."""
    answer = engine.respond("Memo M-77 — To: IT (CRM) — From: Document Control — Reason: For comment — Remarks: "
                            "Archive Providers are off the table after the move to SuperOffice's hosting - correct?")
    assert names(answer)[:1] == ["Archive Providers"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("No"), answer.verdict


def test_name_the_level_is_a_list(engine: Engine) -> None:
    """"FB 16 p. 11, tue - job 25-101, note for office: name the external apis superoffice offers": the label's
    words made "a level named among words nothing explains"."""
    answer = engine.respond("Log 4 p. 2, wed - site 88-12, note for office: name the internal apis superoffice has")
    assert set(names(answer)) == {r for r, (level, _, _, _) in SEED.items() if level == "Internal APIs"}, (
        answer.intent, answer.explanation.decision)


def test_logger_seg_pa_is_signing_in(engine: Engine) -> None:
    """"hva er forskjellen på hvordan en integrasjon logger seg på web-tjenestene når SuperOffice står på egen server,
    og når vi er i SuperOffice Online?": "logger seg på" (signs in) was not known, and the two places made it the
    whole matrix's differences."""
    answer = engine.respond("Hva er forskjellen på hvordan en integrasjon logger seg på web-tjenestene med "
                            "SuperOffice på egen server og i SuperOffice Online?")
    assert answer.intent == "topic-federated-auth", (answer.intent, answer.explanation.decision)


def test_where_we_ask_superoffice_directly_is_help(engine: Engine) -> None:
    """"hvis boten ikke kan svare på et integrasjonsspørsmål, hvor spør vi SuperOffice direkte?": the bot's own
    words ("boten", "svare") were left unexplained, and "hvor spør vi" was no way of asking for help."""
    answer = engine.respond("Hvis boten ikke kan svare på spørsmålet vårt om integrasjon, hvor spør vi SuperOffice "
                            "direkte?")
    assert answer.intent == "topic-help", (answer.intent, answer.explanation.decision)
    assert "sdk@superoffice.com" in text_of(answer)


def test_who_do_we_contact_is_help(engine: Engine) -> None:
    """"... we want SuperOffice's advice on the integration design. Who do we contact?" asked for a person."""
    answer = engine.respond("Before we build anything we want advice on the integration design. Who do we contact?")
    assert answer.intent == "topic-help", (answer.intent, answer.explanation.decision)


def test_ditto_after_a_label_carries_the_thread(fresh_engine: Engine) -> None:
    """"Note to editors (internal), addendum: ditto Preferences." after a question about another row: the label's
    words made it a statement about Preferences."""
    fresh_engine.respond("Note to editors (internal): do Archive Providers run on servers we operate ourselves?",
                         thread="t")
    answer = fresh_engine.respond("Note to editors (internal), addendum: ditto Lists.", thread="t")
    assert names(answer)[:1] == ["Lists"], (answer.intent, answer.explanation.decision)
    assert not answer.fallback




def test_a_bracket_in_an_id_label_describes_the_paper_and_tells_no_need(engine: Engine) -> None:
    """"Analyse LOC-25-0468 (EN>NL, transcreatie ..., 12 bestanden): ... welke instelmogelijkheden ... biedt": the
    bracket made the label too long to be one, and its "Analyse" told the need of a reporting copy."""
    answer = engine.respond("Analyse VRT-31-0077 (NL>EN, handleiding, 9 bestanden): 100% 300 w, geen match 2.100; "
                            "gewogen 2.150 w. Notitie van de PM: de klant vraagt welke mogelijkheden SuperOffice op "
                            "het scriptniveau biedt. Module en hosting maken niet uit.")
    assert set(names(answer)) == {r for r, (level, _, _, _) in SEED.items() if level == "Scripting"}, (
        answer.intent, answer.explanation.decision, names(answer))


def test_a_closing_dont_mind_sets_the_filters_of_its_sentence_aside(engine: Engine) -> None:
    """"... each option the external-API rung offers. Whether hosted or not, sales or support side, they don't
    mind.": "don't mind" at the sentence's end looked ahead, so "not, sales" denied Sales."""
    answer = engine.respond("Which options does the scripting level hold? Whether hosted or not, sales or support "
                            "side, they don't mind.")
    assert set(names(answer)) == {r for r, (level, _, _, _) in SEED.items() if level == "Scripting"}, (
        answer.intent, answer.explanation.decision, names(answer))


def test_the_rest_after_about_is_no_rest_api(engine: Engine) -> None:
    """"sales staff, onsite, don't care about the rest: which external apis?" was Restful's availability."""
    answer = engine.respond("support desk, own server, never mind all the rest: which scripting options?")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision, names(answer))
    assert "Restful" not in names(answer)


def test_someone_asks_whether_is_a_question(engine: Engine) -> None:
    """"notes: our freelancer asks whether SOAP and Restful both keep working once SuperOffice hosts us.": with no
    question mark, it was a statement about two rows."""
    answer = engine.respond("Punch list / office move / item OM-12 / status: open / notes: our consultant asks whether "
                            "Zapier and CRMScript both keep working once SuperOffice hosts us.")
    assert not answer.fallback, (answer.intent, answer.explanation.decision)
    assert set(names(answer)[:2]) == {"Zapier", "CRMScript"}


def test_a_note_s_label_before_a_follow_up_asks_nothing(fresh_engine: Engine) -> None:
    """"svar i tråden: hvad så når SuperOffice hoster os?" and "Tilføjelse fra Aalborg-skranken: og hvis vi ...
    kørte SuperOffice på vores egen server - gælder svaret stadig?": the label's words made a question of its own."""
    fresh_engine.respond("can our service desk use Extra Tables while SuperOffice hosts us?", thread="t")
    answer = fresh_engine.respond("Tilføjelse fra Odense-kontoret: og hvis vi i stedet kørte SuperOffice på vores egen "
                                  "server - gælder svaret stadig?", thread="t")
    assert names(answer)[:1] == ["Extra Tables"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("Yes"), answer.verdict
    assert "onsite" in answer.verdict, answer.verdict


def test_what_a_label_calls_its_note_triggers_nothing(engine: Engine) -> None:
    """"Approver's question: name every external API SuperOffice offers, whatever the hosting.": the label's
    "question" asked where to ask questions."""
    answer = engine.respond("Reviewer's question: name every internal API SuperOffice offers, whatever the hosting.")
    assert set(names(answer)) == {r for r, (level, _, _, _) in SEED.items() if level == "Internal APIs"}, (
        answer.intent, answer.explanation.decision)


def test_a_detail_word_in_who_asks_asks_no_detail(engine: Engine) -> None:
    """"Subscription-desk integrator here: the old ticket endpoints under /scripts/SOAP.exe - which action names can
    I pass?": the asker's "subscription" asked for a price."""
    answer = engine.respond("Subscription-desk developer here: the old ticket endpoints under /scripts/SOAP.exe - "
                            "which action names can I pass?")
    assert answer.intent == "topic-cs-soap", (answer.intent, answer.explanation.decision)
    assert "action=" in text_of(answer)


@pytest.mark.parametrize("thread", [
    ["our field reps take the SuperOffice Mobile and Pocket CRM apps to customer visits. What could be added to "
     "them?"],
    # a follow-up: the apps of the device named right after them
    ["which integration points does the Windows client have?", "and the apps on the technicians' phones?"],
])
def test_apps_named_with_their_platform_are_the_platform(fresh_engine: Engine, thread: list[str]) -> None:
    """"the SuperOffice Mobile and Pocket CRM apps", "the apps on the reps' phones": the app store's "apps"."""
    for text in thread:
        answer = fresh_engine.respond(text, thread="t")
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == "mobile"


def test_steps_about_a_named_integration_point_are_beyond_and_say_where_it_is(engine: Engine) -> None:
    """"Using IApplicationCOM from C#, how do I read the id of the contact the user currently has open?" got the
    Windows client's points, "Yes - ... include COM API": steps asked, not where the point is."""
    answer = engine.respond("Using the COM API from VB.NET, how do I open the contact card a user picked?")
    assert answer.fallback, (answer.intent, answer.explanation.decision)
    assert "COM API" in answer.verdict, answer.verdict
    assert "Windows client" in text_of(answer)
    assert "https://community.superoffice.com/en/developer/forum/" in [link.url for link in answer.links]


def test_what_a_moot_client_shares_is_no_filter(engine: Engine) -> None:
    """"what scripting possibilities do the sellers have? Customer service may or may not share them, doesn't matter;
    ...": Service was moot, but "share" still asked for the rows both share (Sales alone gave the Windows client)."""
    answer = engine.respond("what scripting options do our sales reps get? The support desk may or may not share "
                            "them, doesn't matter; hosting isn't decided either.")
    assert set(names(answer)) == {r for r, (level, clients, _, _) in SEED.items()
                                  if level == "Scripting" and "Sales" in clients}, names(answer)


@pytest.mark.parametrize(("question", "platform"), [
    ("IDatabaseCOM: which SuperOffice client is it for?", "windows-client"),  # the COM API's interfaces by their SDK
    # names
    # one word, not the Service client and "plattformen" (the platforms' topic)
    ("Kundeserviceplattformen: hvilke muligheter finnes for å koble til eksterne systemer?", "customer-service"),
    ("hvilke muligheder har eksterne systemer for at tale med SuperOffices kundeserviceprodukt udefra?",
     "customer-service"),
])
def test_a_platform_named_in_one_word_is_the_platform(engine: Engine, question: str, platform: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == "platform", (answer.intent, answer.explanation.decision)
    assert platform_id(answer) == platform


def test_whose_view_matters_names_no_custom_view(engine: Engine) -> None:
    """"... Which extension options open to that desk today simply stop existing after the move? Only that desk's
    view matters here.": the desk's view was the onsite Web client's custom views."""
    answer = engine.respond("our support desk runs on our own server today; next year SuperOffice hosts us. Which "
                            "extension options stop existing after the move? Only the desk's view matters.")
    assert answer.intent == "list", (answer.intent, answer.explanation.decision)
    assert set(names(answer)) == {r for r, (_, clients, onsite, online) in SEED.items()
                                  if "Service" in clients and onsite and not online}


def test_a_header_of_numbered_fields_split_by_stars_asks_nothing(engine: Engine) -> None:
    """"Patch notes 1.3.4 (tools) * Fixed: achievement icons on the handheld build * Q for the CRM admin: ...": the
    release's fields made most of the message words nothing explains."""
    answer = engine.respond("Patch notes 1.8.2 (tools) * Fixed: shader cache on the handheld build * Q for the CRM "
                            "admin: we host SuperOffice web in-house. When a seller saves a publisher deal, compiled "
                            "code of ours should step into that save and update the matching rows in our milestone "
                            "tracker. This is about saving page data, not searching. Which feature?")
    assert names(answer)[:1] == ["DataHandlers"], (answer.intent, answer.explanation.decision)


@pytest.mark.parametrize(("text", "asked"), [
    ("ROS DAY 3 / 15:45 / SEG 08 PARTNER BREAK / DUR 2:00 / PROD NOTE: which options?", "PROD NOTE: which options?"),
    ("FF&E schedule / Harbour Hotel lobby / item LC-04 (lounge chair, 12 pcs) / status: on hold / notes: and online?",
     "notes: and online?"),
    # A guard: fields with no number are no header ("SOAP / Restful / which one works online?" names rows)
    ("SOAP / Restful / which one works online?", "SOAP / Restful / which one works online?"),
    ("Sales / Service: which options?", "Sales / Service: which options?"),
])
def test_a_header_of_numbered_fields_split_by_slashes_is_left_out(text: str, asked: str) -> None:
    assert asker_lines(text) == asked


@pytest.mark.parametrize(("question", "intent"), [
    # "XML envelopes and WSDL-generated proxies are a no": a rejection (SOAP was described)
    ("our shop backend must create a company and a contact in SuperOffice for every new customer. Plain HTTPS and "
     "JSON only; XML envelopes and WSDL-generated proxies are a no. Which API?", "scenario"),
    # "How integrations prove who they are": how they authenticate (the whole matrix's differences)
    ("How integrations prove who they are: on-premise installs versus the cloud", "topic-federated-auth"),
    # "hvor kan vi få råd fra SuperOffice, hvis vi er i tvivl ...?" after a longer heading whose last part is a
    # note's label ("...; note til IT:")
    ("Pressemappe, katalognr. PR-221; note til IT: hvor kan vi få råd fra SuperOffice, hvis vi er i tvivl om hvilken "
     "integration vi skal vælge?", "topic-help"),
])
def test_ways_of_saying_it_found_in_fresh_sets(engine: Engine, question: str, intent: str) -> None:
    answer = engine.respond(question)
    assert answer.intent == intent, (answer.intent, answer.explanation.decision, names(answer))
    assert intent != "scenario" or names(answer)[:1] == ["Restful"]


def test_player_or_fan_support_is_the_service_desk(engine: Engine) -> None:
    """"Which extension options does player support have today that will be gone after the move?": "support" alone
    was a hint, and the list lost its client."""
    answer = engine.respond("We move from our own servers to SuperOffice Online next year. Which extension options "
                            "does fan support have today that will be gone after the move?")
    assert set(names(answer)) == {r for r, (_, clients, onsite, online) in SEED.items()
                                  if "Service" in clients and onsite and not online}, names(answer)


def test_a_note_s_label_in_a_longer_heading_and_a_fresh_start(fresh_engine: Engine) -> None:
    """"Label copy, catalogusnr. NVR-127; opmerking voor IT, los van het vorige: kan onze supportafdeling Triggers
    gebruiken ...?": the heading's words made a row's question a detail beyond the data."""
    fresh_engine.respond("can our sellers use DataHandlers once we're hosted?", thread="t")
    answer = fresh_engine.respond("Label copy, catalogusnr. NVR-301; opmerking voor IT, los van het vorige: kan onze "
                                  "supportafdeling SuperMacro gebruiken op onze eigen server?", thread="t")
    assert answer.intent == "availability", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["SuperMacro"]
    assert answer.explanation.followup == "a fresh start"


@pytest.mark.parametrize(("question", "rejected"), [
    ("Vi kör onsite. Supporten behöver flera rader per ärende med datum och avgift. Egen SQL direkt mot databasen "
     "kommer inte på fråga. Vad passar?", "SQL Scripts"),
    ("Unsere Kunden stehen in der Buchhaltung und im CRM; Firmen und Personen sollen in beiden Richtungen gleich "
     "bleiben. Angebote und Preise kommen nicht in Frage. Welche Anbindung?", "Quote Connector"),
    ("Onze klanten staan in het boekhoudpakket en in het CRM; bedrijven en contactpersonen moeten gelijk blijven, in "
     "beide richtingen. Offertes en prijzen doen hier niet mee. Welke koppeling?", "Quote Connector"),
])
def test_a_rejection_that_opens_with_its_own_verb_sets_its_need_aside(engine: Engine, question: str,
                                                                      rejected: str) -> None:
    """"... kommer inte på fråga", "... kommen nicht in Frage", "... doen hier niet mee": a rejection whose first word
    is its own verb rejects what its clause names (the vocabulary listed them, but only rejections opening with "is",
    "are", "er" ... were looked for, so the rejected row was the best fit)."""
    answer = engine.respond(question)
    assert answer.intent == "scenario", (answer.intent, answer.explanation.decision)
    assert names(answer)[0] != rejected, names(answer)


def test_still_so_once_the_vendor_hosts_us_asks_the_row_online(engine: Engine) -> None:
    """"still so after SuperOffice starts hosting us?" after a row asked onsite: the row in Online (it was not
    understood: the vendor hosting the asker named no place)."""
    engine.respond("SuperOffice runs on our own hardware for now. Are Batch Task Plugins usable by our estimators "
                   "there?", thread="t")
    answer = engine.respond("still so after SuperOffice starts hosting us?", thread="t")
    assert names(answer)[:1] == ["Batch Task Plugins"], (answer.intent, names(answer))
    assert answer.verdict.startswith("No."), answer.verdict


@pytest.mark.parametrize(("question", "client"), [
    ("Extension points a sales team gets in SuperOffice Online - full rundown?", "Sales"),
    ("Which extension points do our support agents get in SuperOffice Online?", "Service"),
])
def test_extension_points_one_client_gets_in_a_place_are_its_rows_there(engine: Engine, question: str,
                                                                       client: str) -> None:
    """Extension points one client gets in a place named only as the place: that client's rows there (it gave the
    online Web client's points, which serve no client in particular)."""
    answer = engine.respond(question)
    assert answer.intent == "list", (answer.intent, platform_id(answer))
    assert names(answer), answer.verdict
    assert all(SEED[name][3] and client in SEED[name][1] for name in names(answer)), names(answer)


def test_a_client_beside_the_web_client_it_asks_of_keeps_the_platform(engine: Engine) -> None:
    """A guard: the sellers named beside the browser client asked of ("what can a partner app add to the browser
    client we use there?") ask for the platform's points."""
    answer = engine.respond("From our sellers, now on CRM Online: what can a partner app add to the browser client "
                            "we use there?")
    assert answer.intent == "platform", (answer.intent, names(answer))
    assert platform_id(answer) == "web-client-online"


def test_a_word_in_a_list_of_things_told_asks_no_topic(engine: Engine) -> None:
    """"... these fields: caller, minutes waited, reason, refund or not": "reason" is one of the fields listed, not a
    reason asked (it answered why Online restricts extensibility)."""
    answer = engine.respond("Our complaints desk works in the support module. Each complaint gets our own input page "
                            "with these fields: caller, minutes waited, reason, refund or not. That page laid out our "
                            "way is what we lack. Which standard feature?")
    assert answer.intent == "scenario", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Custom Screens"], names(answer)


def test_a_reason_asked_after_a_list_is_still_asked(engine: Engine) -> None:
    """A guard: a topic's word outside the items of a list still asks it."""
    answer = engine.respond("Fields we keep: caller, minutes waited, cause, refund. Different question: what is the "
                            "reason Online restricts our own code?")
    assert answer.intent == "topic-online-restrictions", (answer.intent, answer.explanation.decision)


def test_programming_logic_kept_in_the_support_module_is_a_script_there(engine: Engine) -> None:
    """"programming logic ... kept inside the support module": scripts written in the admin pages (it answered a
    platform with none named, and once a table for "brackets")."""
    answer = engine.respond("SuperOffice hosts us. Our helpdesk needs programming logic that works out a fee from "
                            "brackets, written and kept inside the support module. What is that called?")
    assert answer.intent == "scenario", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["CRMScript"], names(answer)


@pytest.mark.parametrize("question", [
    "Pump test: depth 70 m; static level 3.9 m. Our crews carry SuperOffice Mobile. What could we add to that app?",
    "Garage level -2 has no signal. Our crews carry SuperOffice Mobile. What could we add to that app?",
])
def test_a_word_a_number_measures_triggers_nothing(matcher_of: Matcher, question: str) -> None:
    """"static level 3.9 m", "garage level -2": a level measured or counted, not the extensibility levels asked
    (the levels' topic answered a well driller's question about the mobile app)."""
    reading, _frame = matcher_of.read(question)
    assert "topic-levels" not in reading.keywords, reading.keywords
    assert "topic-levels" in matcher_of.read("What are the levels of extensibility?")[0].keywords


def test_what_the_program_opens_on_and_how_it_writes_dates_are_preferences(engine: Engine) -> None:
    """Opening on the diary, dates written day-month-year, some for all and some per rep, "just how the program
    behaves": default settings (it answered Lists)."""
    answer = engine.respond("Yard note: 3 trestles back. Q: our reps want SuperOffice to open on the diary and to "
                            "write dates day-month-year, partly for all, partly picked by each rep. No new fields, "
                            "just how the program behaves. Where is that done?")
    assert answer.intent == "scenario", (answer.intent, answer.explanation.decision)
    assert names(answer)[:1] == ["Preferences"], names(answer)


@pytest.mark.parametrize("nobody", ["nobody types SQL", "no one typing SQL"])
def test_a_row_nobody_is_to_use_is_set_aside(engine: Engine, nobody: str) -> None:
    """"nobody types SQL on the customers' servers": the row is set aside, not offered first (SQL Scripts came
    first)."""
    answer = engine.respond(f"Our plugin keeps tables of its own that change with each release; {nobody} on the "
                            "customers' servers. Which mechanism delivers those changes?")
    assert "SQL Scripts" not in names(answer), names(answer)
    assert names(answer), answer.verdict


def test_lar_det_seg_gjore_asks_whether_the_row_works_there(engine: Engine) -> None:
    """"... som flytter til skyversjonen - lar det seg gjøre?": whether the row works in Online (Norwegian "is it
    doable?"; its words were left unexplained, so it was taken for a detail beyond the data)."""
    answer = engine.respond("Custom Pages hos en blomsterhandel som flytter til skyversjonen - lar det seg gjøre?")
    assert names(answer)[:1] == ["Custom Pages"], (answer.intent, answer.explanation.decision)
    assert answer.verdict.startswith("No."), answer.verdict


def test_the_level_of_a_row_named_after_it_is_asked(engine: Engine) -> None:
    """"Extensibility level of Archive Providers (...)": the row's level asked, the aside tells the setting (it was
    taken for a statement about something else)."""
    answer = engine.respond("Extensibility level of Archive Providers (our search feeds them from code)")
    assert not answer.fallback, answer.explanation.decision
    assert names(answer)[:1] == ["Archive Providers"]
    assert "Internal APIs" in answer.verdict, answer.verdict

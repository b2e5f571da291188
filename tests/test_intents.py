"""Question -> intent: every intent's own examples, then a table of real-world phrasings."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from bot.core.catalog.load import load_catalog
from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.model import Answer
from bot.render import markdown

ROOT = Path(__file__).resolve().parent.parent
FORUM_URL = "https://community.superoffice.com/en/developer/forum/"
# `describe` and `availability` share one handler; either may answer the other's examples.
EQUIVALENT = {"availability": {"availability", "describe"}, "describe": {"availability", "describe"}}

_CATALOG: Catalog = load_catalog(ROOT / "data", ROOT / "intents")
EXAMPLES = [
    pytest.param(intent.id, example, id=f"{intent.id}:{example[:50]}")
    for intent in _CATALOG.intents
    for example in intent.examples
]


def accepted(intent_id: str) -> set[str]:
    return EQUIVALENT.get(intent_id, {intent_id})


@pytest.mark.parametrize(("intent_id", "example"), EXAMPLES)
def test_every_example_ranks_its_own_intent_first(engine: Engine, intent_id: str, example: str) -> None:
    answer = engine.respond(example)
    assert answer.intent in accepted(intent_id), (
        f"{example!r} went to {answer.intent} ({answer.confidence}); runners-up {answer.explanation.runners_up}")


def test_examples_cover_every_intent(catalog: Catalog) -> None:
    assert all(intent.examples for intent in catalog.intents)
    assert len(EXAMPLES) == sum(len(i.examples) for i in catalog.intents)


# -- table: question -> what the answer is about ---------------------------------------------------

class Row(NamedTuple):
    question: str
    intents: tuple[str, ...]
    first: tuple[str, ...] = ()  # the answer's items start with these, in this order
    platform: str | None = None
    verdict: str | None = None  # the verdict starts with this ("Yes", "No", ...)
    fallback: bool = False


AV = ("availability", "describe")
LIST = ("list",)
INTERNAL = ("Custom Pages", "Custom Dialogs", "DataHandlers", "Ajax Methods", "Archive Providers",
            "MDO Providers", "Document Plugins", "Sentry Plugins", "Batch Task Plugins")
CONFIGURATION = ("Preferences", "Lists", "User-defined Fields", "SAINT", "Sales Guide", "Project Guide")

TABLE = [
    # one row, yes or no, with the seed's flags
    Row("<@U123> hey, can i use udfs online??", AV, ("User-defined Fields",), verdict="Yes"),
    Row("CAN I USE SENTRY PLUGINS IN CRM ONLINE", AV, ("Sentry Plugins",), verdict="No"),
    Row("is saint availble onsite?", AV, ("SAINT",), verdict="Yes"),
    Row("are custom dialgos supported in the cloud", AV, ("Custom Dialogs",), verdict="No"),
    Row("does zapier work onsite", AV, ("Zapier",), verdict="No"),
    Row("Is Database Mirroring available on-prem?", AV, ("Database Mirroring",), verdict="No"),
    Row("can we use netserver scripting online?", AV, ("NetServer Service",), verdict="No"),
    Row("is CRMScript available for Sales?", AV, ("CRMScript",), verdict="No"),
    Row("does the quote connector work for service?", AV, ("Quote Connector",), verdict="No"),
    Row("Can Service users use Triggers?", AV, ("Triggers",), verdict="Yes"),
    Row("does SuperMacro work in CRM Online", AV, ("SuperMacro",), verdict="Yes"),
    Row("are extra tables available online?", AV, ("Extra Tables",), verdict="Yes"),
    Row("can I use the REST api onsite?", AV, ("Restful",), verdict="Yes"),
    Row("is SOAP available in online", AV, ("SOAP",), verdict="Yes"),
    Row("Is the ERP sync connector supported in SuperOffice Online?", AV, ("ERP Sync Connector",), verdict="Yes"),
    Row("batch task plugins in the cloud?", AV, ("Batch Task Plugins",), verdict="No"),
    Row("can i run sql scripts against superoffice online", AV, ("SQL Scripts",), verdict="No"),
    Row("continuous database in the cloud?", AV, ("Continuous Database",), verdict="No"),
    Row("ajax methods on our own servers?", AV, ("Ajax Methods",), verdict="Yes"),
    Row("MDO providers online - possible?", AV, ("MDO Providers",), verdict="No"),
    Row("<@U42|bob> is the sales guide available online :thinking_face:", AV, ("Sales Guide",), verdict="Yes"),
    Row("are lists available for service?", AV, ("Lists",), verdict="Yes"),
    Row("custom screens for sales?", AV, ("Custom Screens",), verdict="No"),
    Row("datahandlers in crm online?", AV, ("DataHandlers",), verdict="No"),
    Row("project guide onsite?", AV, ("Project Guide",), verdict="Yes"),
    Row("Is the Windows client scripting available in the cloud?", AV, ("Windows Client",), verdict="No"),
    Row("what is SAINT?", AV, ("SAINT",)),
    Row("wat are archive providers", AV, ("Archive Providers",)),
    # filtered lists
    Row("which internal APIs are there?", LIST, INTERNAL),
    Row("which options don't exist onsite?", LIST, ("Zapier", "Database Mirroring")),
    Row("what works only online?", LIST, ("Zapier", "Database Mirroring")),
    Row("which scripting options work online?", LIST, ("CRMScript",)),
    Row("list the external APIs for Service", LIST, ("SOAP", "Restful", "Database Mirroring")),
    Row("which configuration options are there", LIST, CONFIGURATION),
    Row("which database options are there?", LIST, ("Continuous Database", "SQL Scripts")),
    # comparisons
    Row("SOAP vs Restful", ("compare",), ("SOAP", "Restful")),
    Row("compare custom pages and custom dialogs", ("compare",), ("Custom Pages", "Custom Dialogs")),
    Row("Zapier or Database Mirroring?", ("compare",), ("Zapier", "Database Mirroring")),
    # platforms
    Row("integration points of the mobile clients", ("platform",), platform="mobile"),
    Row("what can I hook into in the windows client", ("platform",), platform="windows-client"),
    Row("Which integration points does Customer Service have?", ("platform",), platform="customer-service"),
    Row("integration points of the onsite web client", ("platform",), platform="web-client-onsite"),
    Row("what integration points do I get in the online web client?", ("platform",), platform="web-client-online"),
    # concepts
    Row("how do I call the Customer Service SOAP services?", ("topic-cs-soap",), platform="customer-service"),
    Row("why can't I deploy custom assemblies to Online?", ("topic-online-restrictions",)),
    Row("what are the extensibility levels", ("topic-levels",)),
    Row("who do I email with integration questions?", ("topic-help",)),
    # needs
    Row("we need to sync orders from our ERP, we are on CRM Online", ("scenario",), ("ERP Sync Connector",)),
    # small talk
    Row("hi", ("greeting",)),
    Row("Hey there!", ("greeting",)),
    Row("thanks!", ("thanks",)),
    Row("help", ("help",)),
    # must not match: outside the capability data, so the forum
    Row("how much does SuperOffice cost?", (), fallback=True),
    Row("<@U123> what is the licence price for 10 users?", (), fallback=True),
    Row("what's the weather in Oslo", (), fallback=True),
    Row("tell me a joke", (), fallback=True),
    Row("how do I reset my password", (), fallback=True),
    Row("which REST endpoint returns all appointments?", (), ("Restful",), fallback=True),
    Row("what parameters does the ContactAgent SaveContact method take?", (), fallback=True),
    Row("what does GET /api/v1/Contact/{id} return?", (), ("Restful",), fallback=True),
    Row("write me a poem about CRM", (), fallback=True),
    Row("who won the football match yesterday", (), fallback=True),
    Row("what's the capital of France?", (), fallback=True),
    Row("asdfghjkl", (), fallback=True),
    Row("<!channel> lunch is served", (), fallback=True),
]


def forum_cited(answer: Answer) -> bool:
    return FORUM_URL in markdown.render(answer) or any(link.url == FORUM_URL for link in answer.links)


@pytest.mark.parametrize("row", [pytest.param(r, id=r.question[:60]) for r in TABLE])
def test_question_table(engine: Engine, row: Row) -> None:
    answer = engine.respond(row.question)
    assert answer.fallback is row.fallback, (answer.intent, answer.verdict)
    if row.fallback:  # an honest fallback may carry the rows the question names, never others
        assert forum_cited(answer)
        assert [i.name for i in answer.items] == list(row.first)
        return
    assert answer.intent in row.intents, (answer.intent, answer.confidence, answer.explanation.runners_up)
    names = [i.name for i in answer.items]
    assert names[:len(row.first)] == list(row.first)
    assert (answer.platform.id if answer.platform else None) == row.platform
    if row.verdict is not None:
        assert answer.verdict.startswith(row.verdict), answer.verdict


def test_table_is_big_enough() -> None:
    assert len(TABLE) >= 40
    assert sum(r.fallback for r in TABLE) >= 10


@pytest.mark.parametrize("row", [pytest.param(r, id=r.question[:60]) for r in TABLE if r.intents == LIST])
def test_lists_are_exact_filters(engine: Engine, row: Row) -> None:
    """A list question returns exactly the rows of its filter, no more."""
    assert [i.name for i in engine.respond(row.question).items] == list(row.first)

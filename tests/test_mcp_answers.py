"""The MCP face's answers in process: rows by name, the filtered matrix, platforms, the protocol shape, refusals."""

from __future__ import annotations

import pytest
from seed_facts import PLATFORM_IDS, SEED_MATRIX, rows

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.lookup import closest_rows
from bot.core.model import Answer, Client, Env
from bot.mcp import answers
from bot.mcp import messages as msg
from bot.mcp.protocol import ProtocolAnswer, ProtocolItem
from bot.render.json import to_dict
from bot.render.markdown import render

SEED = {name: (level, clients, onsite, online) for name, level, clients, onsite, online in SEED_MATRIX}
ONE_ENV = [name for name, (_, _, onsite, online) in SEED.items() if onsite != online]


@pytest.mark.parametrize(("asked", "row"), [
    ("Sentry Plugins", "Sentry Plugins"),
    ("sentry plugin", "Sentry Plugins"),
    ("  SENTRY PLUGINS ", "Sentry Plugins"),
    ("datahandler", "DataHandlers"),
    ("custum screens", "Custom Screens"),
    ("crmscript", "CRMScript"),
])
def test_capability_finds_the_row_by_name_alias_or_typo(engine: Engine, asked: str, row: str) -> None:
    answer = answers.capability(engine, asked)
    first = answer.items[0]
    assert first.name == row
    assert (first.level, first.clients, first.onsite, first.online) == SEED[row]
    assert answer.intent == "capability"
    assert first.link in answer.links
    assert not answer.fallback


@pytest.mark.parametrize("row", ONE_ENV)
def test_a_one_environment_row_says_why_and_what_works_in_the_other(engine: Engine, row: str) -> None:
    answer = answers.capability(engine, row)
    item = answer.items[0]
    other = Env.ONLINE if item.onsite else Env.ONSITE
    if item.only_because:
        assert item.only_because in render(answer)
    assert all(alt.available(other) and alt.name != row for alt in answer.items[1:])


@pytest.mark.parametrize("row", ["Custom Pages", "Custom Dialogs", "Zapier"])
def test_alternatives_come_from_the_engine_and_work_where_the_row_does_not(engine: Engine, row: str) -> None:
    answer = answers.capability(engine, row)
    other = Env.ONLINE if answer.items[0].onsite else Env.ONSITE
    assert answer.items[1:], f"{row}: no alternatives"
    assert all(alt.available(other) for alt in answer.items[1:])


def test_a_row_nothing_replaces_online_says_so(engine: Engine) -> None:
    """Nothing in the matrix decides record rights online: no web services offered in Sentry Plugins' place."""
    answer = answers.capability(engine, "Sentry Plugins")
    assert [i.name for i in answer.items] == ["Sentry Plugins"]
    assert msg.nothing_instead("Sentry Plugins", "online") in render(answer)


def test_a_row_that_works_everywhere_has_no_alternatives(engine: Engine) -> None:
    answer = answers.capability(engine, "SAINT")
    assert [i.name for i in answer.items] == ["SAINT"]


@pytest.mark.parametrize("asked", ["sentri plugn xyz", "quantum flux capacitor"])
def test_an_unknown_row_is_refused_with_the_closest_names(engine: Engine, catalog: Catalog, asked: str) -> None:
    with pytest.raises(answers.Refused) as caught:
        answers.capability(engine, asked)
    assert str(caught.value) == msg.unknown_row(asked, closest_rows(catalog, asked))


def test_the_closest_names_of_a_near_miss_include_the_row_meant(catalog: Catalog) -> None:
    assert "Sentry Plugins" in closest_rows(catalog, "sentri plugn xyz")


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_text_is_refused(engine: Engine, catalog: Catalog, blank: str) -> None:
    for call, field in ((lambda: answers.capability(engine, blank), "name"),
                        (lambda: answers.ask(engine, blank), "question"),
                        (lambda: answers.platform(catalog, blank), "id")):
        with pytest.raises(answers.Refused) as caught:
            call()
        assert str(caught.value) == msg.empty(field)


LEVELS = sorted({level for level, *_ in SEED.values()})


@pytest.mark.parametrize("env", [None, Env.ONSITE, Env.ONLINE])
@pytest.mark.parametrize("client", [None, Client.SALES, Client.SERVICE])
@pytest.mark.parametrize("level", [None, *LEVELS])
def test_matrix_returns_the_rows_the_seed_matrix_says(catalog: Catalog, env: Env | None, client: Client | None,
                                                      level: str | None) -> None:
    answer = answers.matrix(catalog, env, client, level)
    expected = rows(onsite=True if env is Env.ONSITE else None, online=True if env is Env.ONLINE else None,
                    client=client.value if client else None, level=level)
    assert [i.name for i in answer.items] == expected
    assert answer.table


def test_matrix_reads_level_names_and_aliases_in_any_case(catalog: Catalog) -> None:
    internal = rows(level="Internal APIs")
    for spelling in ("Internal APIs", "internal apis", "INTERNAL API", " internal interfaces "):
        assert [i.name for i in answers.matrix(catalog, level=spelling).items] == internal


def test_an_empty_selection_says_so(catalog: Catalog) -> None:
    answer = answers.matrix(catalog, Env.ONLINE, level="Internal APIs")
    assert answer.items == ()
    assert answer.verdict == msg.matrix_verdict(0, len(catalog.items), [msg.works_in("online"),
                                                                       msg.at_level("Internal APIs")])


def test_an_unknown_level_is_refused_with_the_levels(catalog: Catalog) -> None:
    with pytest.raises(answers.Refused) as caught:
        answers.matrix(catalog, level="quantum")
    assert str(caught.value) == msg.unknown_level("quantum", [lv.name for lv in catalog.levels])


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_platform_gives_its_points_rows_and_links(catalog: Catalog, pid: str) -> None:
    plat = catalog.platform(pid)
    answer = answers.platform(catalog, pid)
    assert answer.platform == plat
    assert set(plat.links) <= set(answer.links)
    text = render(answer)
    assert all(point.name in text for point in plat.points)
    behind = {name for point in plat.points for name in point.items}
    assert {i.name for i in answer.items} == behind
    assert to_dict(answer)["platform"] == pid


@pytest.mark.parametrize(("asked", "pid"), [("Windows client", "windows-client"), ("WEB-CLIENT-ONLINE",
                                                                                    "web-client-online")])
def test_platform_by_name_or_id_in_any_case(catalog: Catalog, asked: str, pid: str) -> None:
    assert answers.platform(catalog, asked).platform == catalog.platform(pid)


def test_an_unknown_platform_is_refused_with_the_ids(catalog: Catalog) -> None:
    with pytest.raises(answers.Refused) as caught:
        answers.platform(catalog, "commodore-64")
    assert str(caught.value) == msg.unknown_platform("commodore-64", list(PLATFORM_IDS))


def test_ask_follows_a_thread(fresh_engine: Engine) -> None:
    first = answers.ask(fresh_engine, "can I use CRMScript in CRM Online?", thread="t1")
    follow = answers.ask(fresh_engine, "and onsite?", thread="t1")
    assert first.items[0].name == follow.items[0].name == "CRMScript"
    alone = answers.ask(fresh_engine, "and onsite?", thread="t2")
    assert not alone.items or alone.items[0].name != "CRMScript"


def every_kind(engine: Engine) -> list[Answer]:
    catalog = engine.catalog
    return [answers.ask(engine, "can I deploy sentry plugins to CRM Online?"), answers.ask(engine, "weather?"),
            answers.capability(engine, "Custom Pages"), answers.matrix(catalog, Env.ONLINE),
            answers.platform(catalog, "web-client-online")]


def test_every_answer_is_the_protocol_object_the_output_schema_describes(engine: Engine) -> None:
    for answer in every_kind(engine):
        obj = to_dict(answer)
        assert set(obj) == set(ProtocolAnswer.model_fields)
        assert all(set(item) == set(ProtocolItem.model_fields) for item in obj["items"])
        assert ProtocolAnswer.model_validate(obj).model_dump() == obj

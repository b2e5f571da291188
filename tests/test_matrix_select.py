"""One definition of "the rows that match" and of "the row this name means", checked against the seed."""

from __future__ import annotations

import pytest
from seed_facts import SEED_MATRIX

from bot.core.catalog.model import Catalog
from bot.core.lookup import closest_rows, find_row
from bot.core.matrix import Filters, select
from bot.core.model import Client, Env


def seed(keep: object) -> list[str]:
    return [name for name, level, clients, onsite, online in SEED_MATRIX
            if keep(level, set(clients), onsite, online)]  # type: ignore[operator]


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), seed(lambda lv, c, on, off: True)),
    (Filters(envs=frozenset({Env.ONLINE})), seed(lambda lv, c, on, off: off)),
    (Filters(envs=frozenset({Env.ONSITE}), env_only=True), seed(lambda lv, c, on, off: on and not off)),
    (Filters(not_envs=frozenset({Env.ONSITE})), seed(lambda lv, c, on, off: not on)),
    (Filters(levels=frozenset({"Internal APIs"})), seed(lambda lv, c, on, off: lv == "Internal APIs")),
    (Filters(not_levels=frozenset({"Configuration", "Internal APIs"}), envs=frozenset({Env.ONLINE})),
     seed(lambda lv, c, on, off: lv not in ("Configuration", "Internal APIs") and off)),
    (Filters(clients=frozenset({Client.SERVICE}), envs=frozenset({Env.ONLINE})),
     seed(lambda lv, c, on, off: "Service" in c and off)),
    (Filters(clients=frozenset({Client.SALES}), clients_exact=True, levels=frozenset({"External APIs"})),
     seed(lambda lv, c, on, off: c == {"Sales"} and lv == "External APIs")),
    (Filters(not_clients=frozenset({Client.SALES})), seed(lambda lv, c, on, off: "Sales" not in c)),
    (Filters(rows=frozenset({"Sentry Plugins", "Zapier"}), envs=frozenset({Env.ONLINE})), ["Zapier"]),
], ids=["all", "online", "onsite-only", "not-onsite", "internal", "not-config-internal-online", "service-online",
        "sales-only-external",
        "not-sales", "family-online"])
def test_select_matches_the_seed(catalog: Catalog, filters: Filters, expected: list[str]) -> None:
    assert [i.name for i in select(catalog.items, filters)] == expected


@pytest.mark.parametrize(("name", "row"), [
    ("Sentry Plugins", "Sentry Plugins"), ("sentry plugin", "Sentry Plugins"), ("udf", "User-defined Fields"),
    ("datahandler", "DataHandlers"), ("custum screens", "Custom Screens"), ("REST", "Restful"),
])
def test_find_row_by_name_alias_or_typo(catalog: Catalog, name: str, row: str) -> None:
    found = find_row(catalog, name)
    assert found is not None
    assert found.name == row


def test_no_row_for_a_stranger_but_the_closest_names(catalog: Catalog) -> None:
    assert find_row(catalog, "sentinel plug") is None
    assert "Sentry Plugins" in closest_rows(catalog, "sentinel plug")
    assert find_row(catalog, "weather") is None

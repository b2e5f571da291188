"""What works instead: for a row that does not work in an environment, what serves the same needs there.

The needs of data/needs.yaml say which rows (and which platform integration
points) serve each need, best first; the alternatives to a row are the other
rows and points of the needs it serves that do work in the environment. When
no row of them does, the nearest levels stand in after the points, unless nothing
serves the row's own need there (record rights, a search provider): then there
is no alternative to offer.
"""

from __future__ import annotations

from bot.core.catalog.model import Catalog, Need
from bot.core.model import Client, Env, IntegrationPoint, Item, Platform

LIMIT = 4


def alternatives(catalog: Catalog, item: Item, env: Env, client: Client | None = None, limit: int = LIMIT,
                 need: Need | None = None) -> tuple[list[Item], list[tuple[Platform, IntegrationPoint]]]:
    """Rows, then platform points, that serve the needs `item` serves (or the one `need` asked about) and work in
    `env`."""
    clients = {client.value} if client else set(item.clients)
    needs = [need] if need is not None else [n for n in catalog.needs if any(name == item.name for name, _ in n.rows)]
    rows: list[Item] = []
    for one in needs:
        for name, _ in one.rows:
            other = catalog.item(name)
            if other is not item and other.available(env) and clients & set(other.clients) and other not in rows:
                rows.append(other)
    order = [lv.name for lv in catalog.levels]
    rows.sort(key=lambda o: abs(order.index(o.level) - order.index(item.level)))  # the nearest level first
    points = [p for one in needs for p in catalog.points_of(one, env)]
    # no row of its needs works there: the platforms' points first, then the nearest levels (the web services after
    # the web panels and buttons); not when nothing serves the row's own need there (record rights, a search
    # provider): the web services would be no way to do what it does
    # (a need asked about whose points serve it there: those points, not rows that only stand near the row's level -
    # a copy of the database is no way to check a sale before it is saved)
    if not rows and not (need is not None and points) \
            and (points or need is not None or not _unserved(catalog, item, needs, env)):
        rows = nearest_levels(catalog, item, env, clients)
    return rows[:limit], list(dict.fromkeys(points))[:limit]


def _unserved(catalog: Catalog, item: Item, needs: list[Need], env: Env) -> bool:
    """Whether the most particular need the row serves (the one listing fewest rows) has nothing else in `env`."""
    if not needs:
        return False
    own = min(needs, key=lambda n: len(n.rows))
    return not catalog.points_of(own, env) and not any(
        catalog.item(name).available(env) for name, _ in own.rows if name != item.name)


def nearest_levels(catalog: Catalog, item: Item, env: Env, clients: set[str]) -> list[Item]:
    """Rows that work in `env` for the same clients: the same level first, then the nearest levels."""
    order = [lv.name for lv in catalog.levels]
    here = order.index(item.level)
    pool = [o for o in catalog.items if o.available(env) and o is not item and set(o.clients) & clients]
    # sorted() is stable and the pool is in matrix order, so ties stay in matrix order (no O(rows) index lookup)
    ranked = sorted(pool, key=lambda o: (abs(order.index(o.level) - here), -len(set(o.clients) & clients)))
    if not ranked:
        return []
    nearest = abs(order.index(ranked[0].level) - here)
    return [o for o in ranked if abs(order.index(o.level) - here) <= nearest + 1]

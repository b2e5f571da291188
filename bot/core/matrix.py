"""The capability matrix filtered: one definition of "the rows that match", for answers, /matrix and MCP."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.core.model import Client, Env, Item


@dataclass(frozen=True)
class Filters:
    """What narrows the matrix. Empty means no filter; every set filter must hold."""

    envs: frozenset[Env] = frozenset()  # works in each of these
    not_envs: frozenset[Env] = frozenset()  # works in none of these
    env_only: bool = False  # ... and not in the other environment ("onsite only")
    clients: frozenset[Client] = frozenset()  # serves each of these
    clients_exact: bool = False  # ... and no other ("Sales-only rows")
    not_clients: frozenset[Client] = frozenset()  # serves none of these
    levels: frozenset[str] = frozenset()  # at any of these levels
    not_levels: frozenset[str] = frozenset()  # at none of these ("beyond plain configuration")
    rows: frozenset[str] | None = None  # one of these rows (a family such as "plugins")

    @property
    def empty(self) -> bool:
        return self == Filters()


def other(env: Env) -> Env:
    return Env.ONLINE if env is Env.ONSITE else Env.ONSITE


def keeps(item: Item, f: Filters) -> bool:
    """Whether one row passes every filter."""
    if f.rows is not None and item.name not in f.rows:
        return False
    if (f.levels and item.level not in f.levels) or item.level in f.not_levels:
        return False
    for env in f.envs:  # plain loops: select() asks this of every row
        if not item.available(env) or (f.env_only and item.available(other(env))):
            return False
    for env in f.not_envs:
        if item.available(env):
            return False
    if not (f.clients or f.not_clients):
        return True  # no client filter: the row's clients need not be read (select walks every row)
    served = _served(item.clients)
    if not f.clients <= served or (f.clients_exact and f.clients and served != f.clients):
        return False
    return not served & f.not_clients


@cache
def _served(clients: tuple[str, ...]) -> frozenset[Client]:
    """The clients a row's `clients` names (a handful of distinct tuples, so remembered)."""
    return frozenset(Client(c) for c in clients)


def select(items: Iterable[Item], f: Filters) -> list[Item]:
    """The rows passing every filter, in matrix order."""
    return [i for i in items if keeps(i, f)]

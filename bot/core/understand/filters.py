"""Filter words alone ("online service", "internal apis", "onsite only", "cloud"): for /matrix, /env, /client.

The same vocabulary, typo tolerance and matrix filter as questions use; words that are
not filters are handed back, so a face can say which word it did not understand.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.catalog.model import Catalog
from bot.core.matrix import Filters
from bot.core.model import Client, Env
from bot.core.understand.lexicon import Lexicon, Meaning
from bot.core.understand.text import tokens

FILLER = frozenset({"and", "or", "the", "for", "in", "on", "at", "rows", "row", "all", "level", "levels", "a"})


@dataclass(frozen=True)
class FilterReading:
    """What filter words say: the filters, and the words that are not filters."""

    filters: Filters
    unknown: tuple[str, ...] = ()


class FilterWords:
    """A lexicon of the filter vocabulary of one catalog."""

    def __init__(self, catalog: Catalog) -> None:
        vocab = catalog.vocabulary
        entries: list[tuple[str, Meaning]] = []
        for env, words in vocab.environments.items():
            entries += [(w, Meaning("env", env)) for w in words]
        for client, words in vocab.clients.items():
            entries += [(w, Meaning("client", client)) for w in words]
        for level in catalog.levels:
            entries += [(a, Meaning("level", level.name)) for a in (level.name, *level.aliases)]
        for index, group in enumerate(vocab.groups):
            entries += [(w, Meaning("group", str(index))) for w in group.words]
        self._groups = [frozenset(g.rows) for g in vocab.groups]
        # "/matrix internal": a word of one level's name names that level, among filter words only
        owners: dict[str, set[str]] = {}
        for level in catalog.levels:
            for word in level.name.lower().split():
                owners.setdefault(word, set()).add(level.name)
        self._level_words = {w: names.pop() for w, names in owners.items() if len(names) == 1}
        self._lexicon = Lexicon(entries)
        self._only = frozenset(vocab.only)
        self._negations = frozenset(w.replace("'", "") for w in vocab.negations)

    def read(self, text: str) -> FilterReading:
        """The filters `text` names; `unknown` holds its other words."""
        toks = tokens(text)
        envs: set[Env] = set()
        not_envs: set[Env] = set()
        clients: set[Client] = set()
        not_clients: set[Client] = set()
        levels: set[str] = set()
        rows: set[str] = set()
        covered: set[int] = set()
        for hit in self._lexicon.spans(toks):
            covered |= set(range(hit.start, hit.end))
            negated = hit.start > 0 and toks[hit.start - 1] in self._negations
            for meaning in hit.meanings:
                if meaning.kind == "env":
                    (not_envs if negated else envs).add(Env(meaning.value))
                elif meaning.kind == "client":
                    (not_clients if negated else clients).add(Client(meaning.value))
                elif meaning.kind == "level":
                    levels.add(meaning.value)
                elif meaning.kind == "group":
                    rows |= self._groups[int(meaning.value)]
        for i, tok in enumerate(toks):
            if i not in covered and tok in self._level_words:
                levels.add(self._level_words[tok])
                covered.add(i)
        only = any(t in self._only for t in toks)
        unknown = tuple(t for i, t in enumerate(toks) if i not in covered and t not in FILLER
                        and t not in self._only and t not in self._negations)
        filters = Filters(envs=frozenset(envs), not_envs=frozenset(not_envs), env_only=only and bool(envs),
                          clients=frozenset(clients), clients_exact=only and bool(clients) and not envs,
                          not_clients=frozenset(not_clients), levels=frozenset(levels),
                          rows=frozenset(rows) if rows else None)
        return FilterReading(filters, unknown)

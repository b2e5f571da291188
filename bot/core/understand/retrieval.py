"""Rows and needs by description: BM25 over what the data says about them.

When a message describes a need in its own words ("restrict which contacts a
user can see") rather than naming a row, the row, and the need, whose
descriptions share the most telling words are the likely answer. Documents are
built from the data alone: a row's name, aliases, summary and `uses` phrases,
the needs that list it, and the integration points tied to it; a need's text,
words and the reasons its rows fit.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from bot.core.attrs import set_state
from bot.core.catalog.model import Catalog
from bot.core.understand.text import tokens

K1 = 1.2
B = 0.75
SUFFIXES = ("ingen", "ingar", "ungen", "ing", "ed", "es", "er", "en", "et", "s")


@lru_cache(maxsize=1 << 16)  # the same few thousand words again and again, in the data and in messages
def stem(word: str) -> str:
    """A crude stemmer for English and the Nordic, German and Dutch endings that matter here."""
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Bm25:
    """BM25 over named documents; postings by term so a query only touches documents it shares words with."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, docs: dict[str, list[str]]) -> None:
        self.docs = {name: Counter(words) for name, words in docs.items()}
        self._order = {name: i for i, name in enumerate(docs)}  # ties go in the documents' order (the data's)
        lengths = {name: len(words) for name, words in docs.items()}
        avg = sum(lengths.values()) / max(len(docs), 1)
        self._norm = {name: K1 * (1 - B + B * n / avg) for name, n in lengths.items()}
        frequency: Counter[str] = Counter()
        for counts in self.docs.values():
            frequency.update(counts.keys())
        n = len(docs)
        self._idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
        # each posting carries its term's score in that document, computed once here (the same arithmetic)
        self._postings: dict[str, list[tuple[str, float]]] = {}
        for name, counts in self.docs.items():
            for term, tf in counts.items():
                impact = self._idf[term] * tf * (K1 + 1) / (tf + self._norm[name])
                self._postings.setdefault(term, []).append((name, impact))

    def rank(self, query: Iterable[str], limit: int = 5) -> list[tuple[str, float]]:
        """Documents by score for the query's terms, best first (zero scores left out)."""
        scores: dict[str, float] = {}
        for term in dict.fromkeys(query):  # (in the query's order, not a set's: the same sums in every process)
            for name, impact in self._postings.get(term, ()):
                scores[name] = scores.get(name, 0.0) + impact
        ranked = [(name, round(s, 3)) for name, s in scores.items()]
        order = self._order
        ranked.sort(key=lambda x: (-x[1], order[x[0]]))  # ties in the documents' order, whatever the hash seed
        return ranked[:limit]


class RowIndex:
    """One document per matrix row."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, catalog: Catalog) -> None:
        vocab = catalog.vocabulary
        common = (x for words in vocab.common_words.values() for x in words)
        self._stop = frozenset(vocab.stopwords) | frozenset(vocab.function_words) | frozenset(common)
        needs: dict[str, list[str]] = {}  # row -> what the needs listing it say, in the needs' order
        for need in catalog.needs:
            for name, why in need.rows:
                needs.setdefault(name, []).extend((why, *need.words))
        points: dict[str, list[str]] = {}  # row -> the integration points tied to it, in the platforms' order
        for plat in catalog.platforms:
            for p in plat.points:
                for name in dict.fromkeys(p.items):
                    points.setdefault(name, []).append(f"{p.name} {p.summary}")
        docs: dict[str, list[str]] = {}
        for item in catalog.items:
            text = [item.name, *item.aliases, item.summary, *item.uses, *needs.get(item.name, ()),
                    *points.get(item.name, ())]
            docs[item.name] = self.terms(" ".join(text))
        self.index = Bm25(docs)
        self._words = {name: frozenset(counts) for name, counts in self.index.docs.items()}  # for `vocabulary`

    def terms(self, text: str) -> list[str]:
        """Content words of a text, stemmed."""
        return [stem(t) for t in tokens(text, limit=None) if t not in self._stop and len(t) > 1 and not t.isdigit()]

    @staticmethod
    def stem(word: str) -> str:
        return stem(word)

    def rank(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """Rows by BM25 score for the message's content words, best first."""
        return self.index.rank(self.terms(text), limit)

    def vocabulary(self, names: Iterable[str]) -> set[str]:
        """Every stemmed word the documents of these rows contain."""
        return set().union(*(self._words.get(name, ()) for name in names))


class NeedIndex:
    """One document per need: what it is, the words people use for it, why its rows fit."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, catalog: Catalog, rows: RowIndex) -> None:
        docs = {need.id: rows.terms(" ".join([need.need, *need.words, *(why for _, why in need.rows)]))
                for need in catalog.needs if need.alone}  # (a need only read beside another is never described)
        self.index = Bm25(docs)

    def rank(self, terms: list[str]) -> list[tuple[str, float]]:
        """Every need sharing a word with the terms (`RowIndex.terms` of a message), best first."""
        return self.index.rank(terms, limit=len(self.index.docs))

    @staticmethod
    def lead(ranked: list[tuple[str, float]], margin: float) -> tuple[str | None, float]:
        """The need ranked first, when it leads the next by `margin`; with its score."""
        if not ranked:
            return None, 0.0
        if len(ranked) > 1 and ranked[0][1] < ranked[1][1] * margin:
            return None, ranked[0][1]
        return ranked[0]

    def vocabulary(self, need: str) -> set[str]:
        return set(self.index.docs.get(need, ()))

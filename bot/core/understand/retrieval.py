"""Rows by description: BM25 over what the data says about each row.

When a question describes a need in its own words ("restrict which contacts a
user can see") rather than naming a row, the row whose description, aliases
and linked needs share the most telling words is the likely answer.
"""

from __future__ import annotations

import math
from collections import Counter

from bot.core.catalog.model import Catalog
from bot.core.understand.text import tokens

K1 = 1.2
B = 0.75

def stem(word: str) -> str:
    """A crude English stemmer: enough to meet 'screens' with 'screen', 'created' with 'create'."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str, stopwords: frozenset[str]) -> list[str]:
    """Content words of a text, stemmed."""
    return [stem(t) for t in tokens(text) if t not in stopwords and len(t) > 1 and not t.isdigit()]


class RowIndex:
    """BM25 over one document per matrix row."""

    def __init__(self, catalog: Catalog) -> None:
        self._stop = frozenset(catalog.vocabulary.stopwords)
        docs: dict[str, list[str]] = {}
        for item in catalog.items:
            text = [item.name, *item.aliases, item.summary]
            text += [w for need in catalog.needs for name, why in need.rows if name == item.name
                     for w in (why, *need.words)]
            text += [f"{p.name} {p.summary}" for plat in catalog.platforms for p in plat.points
                     if item.name in p.items]
            docs[item.name] = terms(" ".join(text), self._stop)
        self._docs = {name: Counter(words) for name, words in docs.items()}
        self._length = {name: len(words) for name, words in docs.items()}
        self._avg = sum(self._length.values()) / max(len(docs), 1)
        frequency: Counter[str] = Counter()
        for counts in self._docs.values():
            frequency.update(counts.keys())
        n = len(docs)
        self._idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}

    def rank(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """Rows by BM25 score for the question's content words, best first (zero scores left out)."""
        query = set(terms(text, self._stop))
        scores = []
        for name, counts in self._docs.items():
            score = 0.0
            norm = K1 * (1 - B + B * self._length[name] / self._avg)
            for term in query & counts.keys():
                tf = counts[term]
                score += self._idf[term] * tf * (K1 + 1) / (tf + norm)
            if score > 0:
                scores.append((name, round(score, 3)))
        return sorted(scores, key=lambda s: -s[1])[:limit]

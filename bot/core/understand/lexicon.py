"""Fuzzy phrase spotting: which known words and phrases a question contains.

Phrases are compared without spaces ("data handlers" == "DataHandlers") on word
n-grams of the question with rapidfuzz's `ratio`; how close a match must be
grows with how short the phrase is, so "REST" never matches "test" while
"configuraton" still finds "configuration".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core.understand.text import compact, tokens

MAX_GRAM = 5
MAX_TOKENS = 160
EXACT_KINDS = frozenset({"none"})  # "not a name" entries must match to the letter


@dataclass(frozen=True)
class Meaning:
    """What a phrase stands for: a kind (item, env, ...) and a value."""

    kind: str
    value: str


@dataclass(frozen=True)
class Hit:
    """A phrase found in the question at tokens [start, end)."""

    start: int
    end: int
    phrase: str
    score: float
    meanings: tuple[Meaning, ...]
    size: int = 0

    @property
    def weight(self) -> float:
        """Characters of the question covered, discounted by how far the match is."""
        return self.score ** 2 * self.size


def close_enough(phrase: str, gram: str, score: float, words: int = 1, compounds: bool = True,
                 strict: bool = False) -> bool:
    """Length-aware acceptance: short phrases must match exactly (or as a plural).

    `strict` (trigger words, needs) allows typos only in long phrases: "whether" is not "weather".
    """
    if gram == phrase:
        return True
    if compounds and words == 1 and _compound(gram, phrase):
        return True  # "konfigurationsmuligheder" names configuration
    if len(phrase) - len(gram) >= 2 and (phrase.startswith(gram) or phrase.endswith(gram)):
        return False  # a truncated phrase: "superoffice" is not "superoffice cs"
    if len(phrase) <= (7 if strict else 5):
        return gram == phrase + "s" or gram == phrase + "es"
    if len(phrase) <= 7:  # one typo in a short word, never a shorter word ("serve" is not "service")
        return score >= 83 and gram[0] == phrase[0] and len(gram) >= len(phrase) - 1
    return score >= (88 if strict else 85) and gram[0] == phrase[0]


def _compound(gram: str, phrase: str) -> bool:
    """A long word that starts with a phrase: "skriptmuligheter" names scripting."""
    return len(phrase) >= 6 and len(gram) >= len(phrase) + 3 and gram.startswith(phrase)


class Lexicon:
    """A set of phrases with meanings, searchable in tokenised questions."""

    def __init__(self, entries: Iterable[tuple[str, Meaning]], compounds: bool = True, strict: bool = False) -> None:
        table: dict[str, list[Meaning]] = defaultdict(list)
        entries_list = list(entries)
        for phrase, meaning in entries_list:
            key = compact(phrase)
            if key and meaning not in table[key]:
                table[key].append(meaning)
        self._table = {k: tuple(v) for k, v in table.items()}
        words: dict[str, list[str]] = {}
        for phrase, _ in entries_list:
            words.setdefault(compact(phrase), tokens(phrase))
        self._words = words
        self._keys = list(self._table)
        self._long = [k for k in self._keys if len(k) >= 6] if compounds else []
        self._compounds = compounds
        self._strict = strict

    def __len__(self) -> int:
        return len(self._keys)

    def scan(self, toks: list[str]) -> list[Hit]:
        """Every acceptable phrase match on n-grams of `toks` (overlapping)."""
        toks = toks[:MAX_TOKENS]
        hits: list[Hit] = []
        for start in range(len(toks)):
            for end in range(start + 1, min(start + MAX_GRAM, len(toks)) + 1):
                gram = "".join(toks[start:end])
                found = process.extract(gram, self._keys, scorer=fuzz.ratio, score_cutoff=80, limit=4)
                if end == start + 1 and len(gram) > 10:
                    found += [(k, 90.0, 0) for k in self._long if _compound(gram, k)]
                for key, score, _ in found:
                    if key != gram and self._table[key][0].kind in EXACT_KINDS:
                        continue
                    if close_enough(key, gram, score, end - start, self._compounds, self._strict) and self._edges_fit(
                            key, toks[start], toks[end - 1], end - start):
                        hits.append(Hit(start, end, key, score / 100, self._table[key], len(gram)))
        return hits

    def _edges_fit(self, key: str, first: str, last: str, size: int) -> bool:
        """A multi-word match must begin and end on words of the phrase, so that
        "crm on the" never passes for "crm online"."""
        if size == 1 or (size == 2 and key == first + last):
            return True
        words = self._words[key]
        if size > max(len(words), 2):
            return False  # "customise for service" is not "customer service"
        if len(words) >= 3 and size < len(words):
            return False  # "superoffice onsite" is not "superoffice web onsite"
        head = key.startswith(first) or fuzz.ratio(first, words[0]) >= 80
        # "onsite" is never "online"; an inflected last word still ends the phrase ("api'er", "screens")
        tail = key.endswith(last) or last.startswith(words[-1]) or fuzz.ratio(last, words[-1]) >= 80
        return head and tail

    def spans(self, toks: list[str]) -> list[Hit]:
        """The best non-overlapping matches, in question order (longer, closer phrases win)."""
        chosen: list[Hit] = []
        taken: set[int] = set()
        hits = self.scan(toks)
        # "not a name" phrases ("their service") only hide names inside them, never longer ones
        # ("their service desk" still names the service desk).
        blocked = [(h.start, h.end) for h in hits if h.meanings[0].kind in EXACT_KINDS]
        hits = [h for h in hits if h.meanings[0].kind not in EXACT_KINDS
                and not any(a <= h.start and h.end <= b for a, b in blocked)]
        for hit in sorted(hits, key=lambda h: (-h.weight, h.start)):
            cells = set(range(hit.start, hit.end))
            if cells & taken:
                continue
            chosen.append(hit)
            taken |= cells
        return sorted(chosen, key=lambda h: h.start)

    def best(self, toks: list[str]) -> dict[Meaning, float]:
        """For each meaning found anywhere (overlaps allowed), its best score."""
        found: dict[Meaning, float] = {}
        for hit in self.scan(toks):
            for meaning in hit.meanings:
                found[meaning] = max(found.get(meaning, 0.0), hit.score)
        return found

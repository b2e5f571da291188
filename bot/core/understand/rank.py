"""Ranking the intents of intents/*.yaml for a frame: named score components, weights in `weights`.

    score = weight * (KEYWORDS * keywords + EXAMPLES * examples + FIT * fit) * penalties

- keywords: the intent's trigger words in the message (hints count less; a need
  the message describes counts for intents that need one);
- examples: how close the message, names replaced by their kind, is to the intent's examples;
- fit: whether the entities the intent needs or prefers are there;
- penalties: a needed entity missing, a message longer than the intent allows,
  something named that the intent avoids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.core.catalog.model import Catalog, Intent
from bot.core.understand import weights as w
from bot.core.understand.frame import Frame


@dataclass(frozen=True)
class Match:
    """One intent's score for a frame, with the parts it is made of."""

    intent: Intent
    score: float
    keywords: tuple[str, ...]  # the message's words that matched the intent's trigger words
    phrases: tuple[str, ...] = ()  # the trigger phrases they matched (spaces removed)
    cells: frozenset[int] = frozenset()  # the message's words those phrases cover
    parts: tuple[tuple[str, float], ...] = ()  # component -> value, penalties as multipliers


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


class Ranker:
    """The intents of a catalog with their delexicalised examples, ready to score frames."""

    def __init__(self, catalog: Catalog, examples: dict[str, list[str]]) -> None:
        self.catalog = catalog
        # each intent's examples, their words sorted once (token_sort_ratio without re-sorting the examples)
        self._examples = [(intent, [_sorted_words(text) for text in texts]) for intent, texts in examples.items()
                          if texts]

    def rank(self, frame: Frame, keywords: dict[str, dict[str, float]], words: dict[str, list[str]],
             cells: dict[str, set[int]], lift: str | None = None) -> list[Match]:
        """Every intent with its score, best first; `lift` raises the thread's previous intent."""
        closeness = self._closeness(frame.delex)
        matches = [self._score(intent, frame, keywords.get(intent.id, {}), words.get(intent.id, []),
                               closeness.get(intent.id, 0.0), frozenset(cells.get(intent.id, ())))
                   for intent in self.catalog.intents]
        if lift is not None:
            matches = [self._lifted(m, frame) if m.intent.id == lift else m for m in matches]
        return sorted(matches, key=lambda m: -m.score)

    def _closeness(self, delex: str) -> dict[str, float]:
        """Each intent's best example similarity: one search per intent, the loop over its examples in C."""
        query = _sorted_words(delex)
        best: dict[str, float] = {}
        for intent, texts in self._examples:
            found = process.extractOne(query, texts, scorer=fuzz.ratio)
            best[intent] = found[1] / 100 if found is not None else 0.0
        return best

    def _score(self, intent: Intent, frame: Frame, phrases: dict[str, float], said: list[str],
               examples: float, cells: frozenset[int]) -> Match:
        if not phrases and not intent.topic and "need" not in intent.needs and examples < w.EXAMPLES_ALONE:
            return self._unlikely(intent, frame, examples)
        hits = list(phrases.values())
        if intent.topic is not None and frame.topic == intent.topic:
            hits.append(1.0)  # the message names the topic itself ("SOAP.exe", "the CS SOAP services")
        if "need" in intent.needs and frame.need:
            hits.append(min(frame.need_score, w.NEED_HIT_CAP) / 2)
        elif "need" in intent.needs and frame.described:
            hits.append(min(frame.described[0][1] / w.DESCRIBED_HIT, w.DESCRIBED_HIT_CAP))
        keywords = 1 - w.KEYWORD_HALF ** sum(hits) if hits else 0.0
        # hints alone make its words present only in a message close to one of its examples
        fit = self._fit(intent, frame, any(h > w.HINT for h in hits) or examples >= w.EXAMPLES_ALONE)
        score = intent.weight * (w.KEYWORDS * keywords + w.EXAMPLES * examples + w.FIT * fit)
        parts = [("keywords", round(keywords, 3)), ("examples", round(examples, 3)), ("fit", round(fit, 3))]
        penalties = (
            ("missing entity", w.MISSING_NEED, any(not frame.has(n) for n in intent.needs)),
            ("too long", w.TOO_LONG, intent.max_words is not None and frame.size > intent.max_words),
            ("avoided entity", w.AVOIDED, any(frame.names(a) for a in intent.avoids)),
        )
        for name, factor, applies in penalties:
            if applies:
                score *= factor
                parts.append((name, factor))
        return Match(intent, round(min(score, 1.0), 4), tuple(dict.fromkeys(said)), tuple(phrases), cells,
                     tuple(parts))

    def _unlikely(self, intent: Intent, frame: Frame, examples: float) -> Match:
        """An intent none of whose words are in the message and whose examples are far: scored the same way,
        without the bookkeeping (most intents for most messages)."""
        fit = self._fit(intent, frame, False)
        score = intent.weight * (w.EXAMPLES * examples + w.FIT * fit)
        if any(not frame.has(n) for n in intent.needs):
            score *= w.MISSING_NEED
        if intent.max_words is not None and frame.size > intent.max_words:
            score *= w.TOO_LONG
        if any(frame.names(a) for a in intent.avoids):
            score *= w.AVOIDED
        return Match(intent, round(min(score, 1.0), 4), (), (), frozenset(),
                     (("keywords", 0.0), ("examples", round(examples, 3)), ("fit", round(fit, 3))))

    def _fit(self, intent: Intent, frame: Frame, keyword_hits: bool) -> float:
        if intent.about and set(intent.about) & set(frame.rows):
            return w.FIT_ABOUT
        wanted = intent.needs + intent.prefers
        if not wanted:
            return w.FIT_NONE_WITH_KEYWORDS if keyword_hits else w.FIT_NONE
        return sum(frame.fit(k) for k in wanted) / len(wanted)

    @staticmethod
    def _lifted(match: Match, frame: Frame) -> Match:
        """A follow-up leans towards the thread's previous intent, if the frame has what it needs."""
        if not all(frame.has(n) for n in match.intent.needs):
            return match
        lift = w.FOLLOWUP_LIFT + (w.FOLLOWUP_LIFT_SHORT if frame.size <= w.SHORT_MESSAGE else 0.0)
        return replace(match, score=round(min(1.0, match.score + lift), 4), parts=(*match.parts, ("follow-up", lift)))

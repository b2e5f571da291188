"""The scoring rules of the shared evaluation, on ask-protocol answers (0..1 per question).

  item          1 if the gold rows equal the first len(gold) answered rows as a set (any case)
  list          F1 between the answered rows and the gold set
  platform      1 if the answer's platform is the gold id
  concept       the share of `must_mention` groups with any alternative in the answer text or link URLs
  out_of_scope  1 if the answer is a fallback that points to the developer forum
  any in-scope kind answered with a fallback scores 0; `must_mention` on another kind multiplies in;
  a followup is scored on its last turn with the gold of `then:`.
"""

from __future__ import annotations

from typing import Any

from bot.core.messages import FORUM_URL
from bot.tools.questions import Gold

FORUM_NEEDLE = FORUM_URL.split("://", 1)[-1].rstrip("/").lower()


def item_names(answer: dict[str, Any]) -> list[str]:
    items = answer.get("items")
    if not isinstance(items, list):
        return []
    return [x["name"].strip() for x in items if isinstance(x, dict) and isinstance(x.get("name"), str)]


def link_urls(answer: dict[str, Any]) -> list[str]:
    links = answer.get("links")
    if not isinstance(links, list):
        return []
    return [x["url"] for x in links if isinstance(x, dict) and isinstance(x.get("url"), str)]


def haystack(answer: dict[str, Any]) -> str:
    text = answer.get("answer")
    return "\n".join([text if isinstance(text, str) else "", *link_urls(answer)]).lower()


def mention_score(answer: dict[str, Any], groups: list[list[str]]) -> float:
    hay = haystack(answer)
    return sum(1 for group in groups if any(alt.lower() in hay for alt in group)) / len(groups)


def f1(predicted: list[str], gold: list[str]) -> float:
    pred, want = {x.lower() for x in predicted}, {x.lower() for x in gold}
    hits = len(pred & want)
    if not hits:
        return 0.0
    precision, recall = hits / len(pred), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def score_answer(gold: Gold, answer: dict[str, Any] | None) -> float:
    """One question's score; a missing answer or an error object scores 0."""
    if answer is None or answer.get("error"):
        return 0.0
    fallback = answer.get("fallback") is True
    if gold.kind == "out_of_scope":
        return 1.0 if fallback and FORUM_NEEDLE in haystack(answer) else 0.0
    if fallback:
        return 0.0
    if gold.kind == "concept":
        return mention_score(answer, gold.must_mention or [])
    if gold.kind == "item":
        want = gold.items or []
        got = item_names(answer)[:len(want)]
        score = 1.0 if {x.lower() for x in got} == {x.lower() for x in want} else 0.0
    elif gold.kind == "list":
        score = f1(item_names(answer), gold.items or [])
    else:
        score = 1.0 if answer.get("platform") == gold.platform else 0.0
    if gold.must_mention:
        score *= mention_score(answer, gold.must_mention)
    return score

"""Answer what the data answers, and be honest about the rest.

Given the frame and the ranking, one of three outcomes:

- ANSWER: an act the data holds, understood well enough;
- BEYOND: understood, but it asks what the data does not hold (how-to steps,
  timing, versions, errors, limits, prices, people, other products): said
  plainly, with what is known about the rows it names, and the forum;
- UNKNOWN: not understood (too little matched, or too many words nothing
  explains): "I don't know", with "did you mean" when something came close.

Each rule is named; the outcome records which one decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.understand import weights as w
from bot.core.understand.frame import DATA_ACTS, Act, Frame
from bot.core.understand.rank import Match

HOW_TO = "how-to"  # a weak detail: "how do I ..." is answered when nothing else is left unexplained
WEAK_DETAILS = frozenset({HOW_TO, "where"})


class Outcome(StrEnum):
    ANSWER = "answer"
    BEYOND = "beyond the data"
    UNKNOWN = "not understood"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    rule: str  # the named rule that decided


def decide(frame: Frame, top: Match) -> Decision:
    """Answer, beyond the data, or not understood; with the rule that decided."""
    if top.score < w.ANSWER_AT:
        return Decision(Outcome.UNKNOWN, "best score below the answer threshold")
    if top.intent.act == Act.DETAIL:
        return Decision(Outcome.BEYOND, "asks what the data does not hold")
    if frame.act not in DATA_ACTS:
        return Decision(Outcome.ANSWER, "small talk")
    detail = _detail(frame, top)
    unexplained = len(frame.coverage.unexplained)
    if detail and detail not in WEAK_DETAILS:
        return Decision(Outcome.BEYOND, f"asks for a {detail} detail")
    if detail and unexplained >= 2 and frame.act is not Act.SCENARIO:
        return Decision(Outcome.BEYOND, f"{detail} with words the data does not explain")
    if frame.act is Act.LIST and not (frame.cues.list_words or frame.constraints.levels
                                      or frame.constraints.groups or frame.constraints.everything):
        return Decision(Outcome.UNKNOWN, "a filter word alone is no list question")
    if frame.act is not Act.SCENARIO and _poorly_covered(frame, top):
        return Decision(Outcome.BEYOND if frame.rows else Outcome.UNKNOWN, "too many words nothing explains")
    return Decision(Outcome.ANSWER, "understood")


def _detail(frame: Frame, top: Match) -> str | None:
    """The detail asked for, unless its words are the answering intent's own ("the URL of the CS SOAP API")."""
    if frame.detail_words and set(frame.detail_words) <= set(top.phrases):
        return None
    return frame.detail


def _poorly_covered(frame: Frame, top: Match) -> bool:
    unexplained = len(frame.coverage.unexplained)
    if unexplained == 0:
        return False
    if not top.keywords and unexplained >= 1 and frame.rows and len(frame.coverage.content) > len(frame.rows):
        return True  # rows named, nothing asked about them, and other words: "columns from extra tables ..."
    return unexplained > w.UNEXPLAINED_MAX and frame.coverage.share < w.UNEXPLAINED_SHARE

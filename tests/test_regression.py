"""The regression sets: every question set that understanding was tuned on, scored through the engine.

The sets in tests/questions/regression/ were each written apart from the code (the holdouts by
earlier sessions, the fresh and real sets by helpers from the seeds and public sources) and then
tuned on, so they guard against regressions rather than measure generalisation. Each question must
score at least what it scored when tests/known_failures.yaml was last written (1.0 unless listed
there; `python tests/known_failures.py` rewrites it); each file must stay above its floor; asked in
one conversation, the sets must score within a point of asked alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.state import MemoryStore
from bot.tools.evaluate import Run, run_questions
from bot.tools.questions import expand, load_questions

ROOT = Path(__file__).resolve().parent
SETS = sorted((ROOT / "questions" / "regression").glob("*.yaml"))
KNOWN: dict[str, float] = yaml.safe_load((ROOT / "known_failures.yaml").read_text(encoding="utf-8")) or {}
FLOOR = 85.0  # every file, in percent (the per-question check above is the sharp one)
FLOORS = {"holdout7": 72.0, "real-a": 80.0, "real-d": 72.0, "real-e": 75.0, "real-f": 55.0, "fresh-synth-f": 75.0,
          "fresh-synth-g": 75.0, "fresh-synth-h": 78.0, "fresh-synth-i": 72.0, "fresh-synth-j": 80.0,
          "fresh-synth-k": 82.0, "fresh-synth-l": 68.0, "real-h": 75.0}
# holdout7: scenario-only (first run 58.2); real-d, real-e: real restraint questions (first runs 54.4 and 65.7,
# mostly documentation feedback and API details beyond the seeds); real-f: mostly docs page titles (first run
# 58.3); fresh-synth-f, -g, -h, -i, -j, -k, -l: chat-style, a third scenarios, a fifth Nordic/German/Dutch (first
# runs 70.4, 66.0, 74.4, 69.3, 74.0, 79.3 and 66.4); real-h: docs titles and GitHub issues, two thirds beyond the
# seeds (first run 73.8)
SESSION_GAP = 1.0  # points: a full question in a thread is answered as if alone


def run(engine: Engine, catalog: Catalog, session: bool = False) -> Run:
    questions = load_questions(expand([str(p) for p in SETS]), {i.name for i in catalog.items})
    fresh = Engine(catalog, store=MemoryStore())
    return run_questions(fresh if session else engine, questions, session=session)


@pytest.fixture(scope="module")
def alone(engine: Engine, catalog: Catalog) -> Run:
    return run(engine, catalog)


def test_no_question_scores_less_than_before(alone: Run) -> None:
    worse = [f"{r.question.id}: {r.score:.2f} < {KNOWN.get(r.question.id, 1.0):.2f} ({r.question.turns[-1]!r} -> "
             f"{r.answer.get('intent')} {[i['name'] for i in r.answer.get('items', [])][:3]})"
             for r in alone.results if r.score < KNOWN.get(r.question.id, 1.0) - 1e-9]
    assert not worse, "\n".join(worse)


def test_known_failures_are_still_failures(alone: Run) -> None:
    """Every listed question is still in a set (rewrite the list with `python tests/known_failures.py`)."""
    scores = {r.question.id: r.score for r in alone.results}
    stale = sorted(q for q, was in KNOWN.items() if q not in scores)
    assert stale == [], "known failures that are no longer in any set"


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_set_stays_above_the_floor(alone: Run, path: Path) -> None:
    ids = {q["id"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))}
    scores = [r.score for r in alone.results if r.question.id in ids]
    assert 100 * sum(scores) / len(scores) >= FLOORS.get(path.stem, FLOOR)


def test_one_conversation_scores_as_asked_alone(alone: Run, engine: Engine, catalog: Catalog) -> None:
    session = run(engine, catalog, session=True)
    mean = 100 * sum(r.score for r in alone.results) / len(alone.results)
    together = 100 * sum(r.score for r in session.results) / len(session.results)
    assert together >= mean - SESSION_GAP, (mean, together)

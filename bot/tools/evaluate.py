"""`sobot eval`: ask question files through the engine in-process and score them as the shared evaluation does.

Each question is asked as `sobot ask --jsonl` would ask it (a followup's turns share one thread;
with `session` every single-turn question shares one thread too, as in one terminal session or
Slack DM), and its answer is the protocol object `bot.render.json.to_dict` makes.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.core.model import Answer, Profile
from bot.render.json import error, to_dict
from bot.tools.questions import KINDS, KNOWN_TAGS, Question
from bot.tools.scoring import item_names, score_answer

SESSION_THREAD = "eval-session"


class Answers(Protocol):
    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer: ...


@dataclass(frozen=True)
class Result:
    question: Question
    score: float
    answer: dict[str, Any]

    @property
    def intent(self) -> str:
        """The intent that answered, or `error` when the engine failed."""
        return "error" if self.answer.get("error") else str(self.answer.get("intent"))


@dataclass
class Run:
    """Every question's result, and how long the run took."""

    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    lines: int = 0


def ask(engine: Answers, text: str, thread: str | None) -> dict[str, Any]:
    """One protocol object; an engine failure becomes an error object, as in `sobot ask --jsonl`."""
    try:
        return to_dict(engine.respond(text, thread=thread))
    except Exception as exc:  # one failing question never stops the run
        return error(text, f"internal error: {type(exc).__name__}: {exc}")


def run_questions(engine: Answers, questions: list[Question], session: bool = False) -> Run:
    run = Run()
    start = time.perf_counter()
    for q in questions:
        if q.kind == "followup":
            thread: str | None = f"eval-{q.id}"
        else:
            thread = SESSION_THREAD if session else None
        answer: dict[str, Any] = {}
        for turn in q.turns:
            answer = ask(engine, turn, thread)
            run.lines += 1
        run.results.append(Result(q, round(score_answer(q.gold, answer), 4), answer))
    run.seconds = time.perf_counter() - start
    return run


def _mean(values: list[float]) -> float:
    return round(100 * sum(values) / len(values), 1) if values else 0.0


def _groups(pairs: list[tuple[str, float]], order: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    grouped: dict[str, list[float]] = {}
    for key, score in pairs:
        grouped.setdefault(key, []).append(score)
    keys = [k for k in order if k in grouped] + sorted(k for k in grouped if k not in order)
    return {k: {"n": len(grouped[k]), "score": _mean(grouped[k])} for k in keys}


def summarize(run: Run) -> dict[str, Any]:
    """Scores (0-100) per kind, per tag, per file, and overall."""
    results = run.results
    return {
        "kinds": _groups([(r.question.kind, r.score) for r in results], KINDS),
        "tags": _groups([(t, r.score) for r in results for t in r.question.tags], KNOWN_TAGS),
        "files": _groups([(r.question.file, r.score) for r in results], tuple(dict.fromkeys(
            r.question.file for r in results))),
        "overall": _mean([r.score for r in results]),
        "n": len(results),
    }


def confusion(run: Run) -> dict[str, Counter[str]]:
    """Expected kind (a followup by the kind of its `then:`) -> how often each intent answered it."""
    table: dict[str, Counter[str]] = {}
    for r in run.results:
        kind = r.question.gold.kind if r.question.kind != "followup" else f"followup/{r.question.gold.kind}"
        table.setdefault(kind, Counter())[r.intent] += 1
    order = [*KINDS[:-1], *(f"followup/{k}" for k in KINDS[:-1])]
    return {k: table[k] for k in order if k in table}


def misses(run: Run, limit: int) -> list[Result]:
    """The worst answers: lowest score first, then in the order of the files."""
    failed = [r for r in run.results if r.score < 1.0]
    return sorted(failed, key=lambda r: r.score)[:limit]


def expected(q: Question) -> str:
    gold = q.gold
    parts: list[str] = [gold.kind]
    if gold.items:
        parts.append(", ".join(gold.items))
    if gold.platform:
        parts.append(gold.platform)
    if gold.kind == "out_of_scope":
        parts.append("fallback + forum")
    if gold.must_mention:
        parts.append("mentions " + " & ".join("/".join(g) for g in gold.must_mention))
    return ": ".join(parts[:2]) + (f" ({'; '.join(parts[2:])})" if parts[2:] else "")


def got(answer: dict[str, Any]) -> str:
    if answer.get("error"):
        return f"error: {answer['error']}"
    rows = item_names(answer)
    parts = [str(answer.get("intent"))]
    if answer.get("fallback"):
        parts.append("fallback")
    if rows:
        parts.append(", ".join(rows[:4]) + (" ..." if len(rows) > 4 else ""))
    if answer.get("platform"):
        parts.append(str(answer["platform"]))
    return ": ".join(parts[:2]) + (f" ({'; '.join(parts[2:])})" if parts[2:] else "")


def payload(run: Run, files: list[str], session: bool) -> dict[str, Any]:
    """What `--json PATH` writes: the summary, the confusion table and every result."""
    return {
        "files": files, "session": session, "summary": summarize(run),
        "confusion": {k: dict(v) for k, v in confusion(run).items()},
        "wall_s": round(run.seconds, 3),
        "latency_ms_per_question": round(1000 * run.seconds / max(len(run.results), 1), 1),
        "results": [{
            "id": r.question.id, "file": r.question.file, "line": r.question.line, "kind": r.question.kind,
            "tags": list(r.question.tags), "turns": list(r.question.turns),
            "gold": r.question.gold.model_dump(exclude_none=True, exclude={"note", "derive"}),
            "score": r.score,
            "got": {"intent": r.intent, "items": item_names(r.answer), "platform": r.answer.get("platform"),
                    "fallback": r.answer.get("fallback"), "confidence": r.answer.get("confidence"),
                    "error": r.answer.get("error")},
        } for r in run.results],
    }

"""`sobot report`: questions grouped by wording, rows asked most, thumbs-down answers, fallbacks per day."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.tools import messages as msg
from bot.tools.report import build, group_questions


def answer(question: str, day: str = "2026-01-05", *, fallback: bool = False, confidence: float = 0.9,
           rows: tuple[str, ...] = (), user: str | None = "u1", intent: str = "availability") -> dict[str, Any]:
    return {"time": f"{day}T10:00:00+00:00", "face": "slack", "user": user, "question": question,
            "intent": "fallback" if fallback else intent, "confidence": confidence, "fallback": fallback,
            "rows": list(rows), "ref": f"ref-{question}-{user}"}


def vote(question: str, feedback: str, user: str | None = "u1") -> dict[str, Any]:
    return {"time": "2026-01-05T11:00:00+00:00", "face": "slack", "user": user, "feedback": feedback,
            "question": question, "intent": "availability", "ref": f"ref-{question}-{user}"}


UNANSWERED = [
    answer("how much does superoffice cost", fallback=True, user="u1"),
    answer("how much does superoffice cost", fallback=True, user="u2"),
    answer("How much does SuperOffice cost per user?", fallback=True, user="u3"),
    answer("what is the admin password", fallback=True),
    answer("how do I reset the admin password", fallback=True),
    answer("tell me a joke", fallback=True),
    answer("can i use udfs online", fallback=True),
    answer("can i use saint online", fallback=True),
]


def test_wordings_of_one_question_are_grouped_and_others_are_not() -> None:
    groups = [g.to_dict() for g in group_questions(UNANSWERED)]
    assert [(g["question"], g["count"]) for g in groups[:2]] == [
        ("how much does superoffice cost", 3), ("what is the admin password", 2)]
    assert groups[0]["also"] == ["How much does SuperOffice cost per user?"]
    assert groups[0]["users"] == 3
    assert groups[1]["also"] == ["how do I reset the admin password"]
    rest = sorted(g["question"] for g in groups[2:])
    assert rest == ["can i use saint online", "can i use udfs online", "tell me a joke"]


def test_the_parts_of_the_report() -> None:
    entries = [
        *UNANSWERED,
        answer("is SAINT online?", "2026-01-06", rows=("SAINT",)),
        answer("saint for service?", "2026-01-06", rows=("SAINT", "Lists")),
        answer("what are lists", "2026-01-06", rows=("Lists",), confidence=0.45, intent="describe"),
        answer("which lists exist", "2026-01-06", rows=("Lists",), confidence=0.41, intent="list"),
        vote("is SAINT online?", "down"), vote("is SAINT online?", "down", user="u2"),
        vote("saint for service?", "up"), vote("saint for service?", "down"),
    ]
    entries.append(answer("is SAINT online?", "2026-01-06", rows=("SAINT",), user="u2"))
    report = build(entries, low=0.5, top=5)
    assert (report["answers"], report["fallbacks"], report["low_confidence"], report["votes"]) == (13, 8, 2, 4)
    assert report["rows"][0] == {"row": "SAINT", "led": 3, "cited": 3}
    assert report["rows"][1] == {"row": "Lists", "led": 2, "cited": 3}
    assert [(d["question"], d["down"], d["up"]) for d in report["thumbs_down"]] == [
        ("is SAINT online?", 1, 0), ("is SAINT online?", 1, 0), ("saint for service?", 1, 1)]
    assert report["thumbs_down"][0]["rows"] == ["SAINT"]
    (unsure,) = report["unsure"]
    assert unsure["count"] == 2
    assert set(unsure["intents"]) == {"describe", "list"}
    assert report["per_day"] == [
        {"day": "2026-01-05", "answers": 8, "fallbacks": 8, "share": 100.0},
        {"day": "2026-01-06", "answers": 5, "fallbacks": 0, "share": 0.0}]


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "questions.jsonl"
    entries = [*UNANSWERED, answer("pipes | in | questions", fallback=True), vote("tell me a joke", "down")]
    path.write_text("".join(json.dumps(e) + "\n" for e in entries) + "not json\n", encoding="utf-8")
    return path


def test_report_as_json_markdown_and_table(log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(log), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["fallbacks"], data["unreadable_lines"]) == (9, 1)
    assert data["unanswered"][0]["question"] == "how much does superoffice cost"
    assert main(["report", str(log), "--markdown"]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith(f"## {msg.REPORT_TITLE}")
    assert f"### {msg.report_unanswered(9, 9)}" in markdown
    assert "| 3 | 3 | how much does superoffice cost (also: How much does SuperOffice cost per user?) |" in markdown
    assert "pipes \\| in \\| questions" in markdown
    assert main(["report", str(log)]) == 0
    table = capsys.readouterr().out
    for title in (msg.report_unanswered(9, 9), msg.REPORT_ROWS, msg.report_down(1), msg.REPORT_DAYS):
        assert title in table


def test_no_log_says_how_to_turn_it_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "none.jsonl")]) == 1
    assert msg.no_log(str(tmp_path / "none.jsonl")) in capsys.readouterr().err

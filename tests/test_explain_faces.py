"""One explanation everywhere: `sobot ask --explain`, the REPL's /why and Slack's "Why this answer?" agree."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import bot.cli
from bot.cli import main
from bot.core.model import Answer, Candidate, Explanation, Item, Link, Profile
from bot.render.explain import why_lines
from bot.render.json import to_dict
from bot.repl.commands import handle
from bot.repl.session import Repl
from bot.slack import blocks

UDF = Item(name="User-defined Fields", level="Configuration", clients=("Sales",), onsite=True, online=True,
           summary="Custom fields.", url="https://docs.example/udf", url_title="UDF")
EXPLANATION = Explanation("availability", 0.8, matched=("can i use",), entities=("udf", "online"),
                          runners_up=(Candidate("describe", 0.5), Candidate("list", 0.31)),
                          context_used=("platform",), rows=("User-defined Fields",), note="the alias 'udfs' matched",
                          text="can i use udfs online", act="availability",
                          found=("row User-defined Fields ← 'udfs' (udfs, 1.00)",
                                 "env online ← 'online' (online, 1.00)"),
                          parts=(("keywords", 0.5), ("examples", 0.92), ("fit", 1.0), ("too long", 0.5)),
                          unexplained=("please",), followup="a question of its own", decision="understood",
                          threshold=0.4)


class Fixed:
    """Always the same answer, with an explanation that fills every part."""

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        return Answer(text, "availability", 0.8, "Yes.", items=(UDF,), links=(Link("UDF", UDF.url),),
                      explanation=EXPLANATION)


@pytest.fixture
def lines() -> list[str]:
    found = why_lines(EXPLANATION, "availability")
    assert len(found) == 12  # every part of the explanation is drawn
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def test_ask_explain_prints_the_answer_then_the_lines(monkeypatch: pytest.MonkeyPatch, lines: list[str],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(bot.cli, "_engine", Fixed)
    assert main(["ask", "--explain", "can i use udfs online"]) == 0
    out = flat(capsys.readouterr().out)
    assert out.startswith("Yes.")
    positions = [out.index(flat(line)) for line in lines]
    assert positions == sorted(positions)
    assert main(["ask", "can i use udfs online"]) == 0
    assert lines[0] not in capsys.readouterr().out


def test_ask_json_explain_keeps_the_protocol_fields_exact(monkeypatch: pytest.MonkeyPatch, lines: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(bot.cli, "_engine", Fixed)
    assert main(["ask", "--json", "--explain", "can i use udfs online"]) == 0
    obj = json.loads(capsys.readouterr().out)
    explanation = obj.pop("explanation")
    assert obj == to_dict(Fixed().respond("can i use udfs online"))
    assert explanation["lines"] == lines
    assert explanation["rows"] == ["User-defined Fields"]
    assert explanation["runners_up"][0] == {"intent": "describe", "score": 0.5}


def test_repl_why_shows_the_same_lines(tmp_path: Path, lines: list[str]) -> None:
    out = io.StringIO()
    repl = Repl(Fixed(), state_dir=tmp_path, stream=out)  # type: ignore[arg-type]
    handle(repl, "can i use udfs online")
    handle(repl, "/why")
    shown = flat(out.getvalue().split("Yes.", 1)[1])
    for line in lines:
        assert flat(line) in shown


def test_slack_why_button_shows_the_same_lines(lines: list[str]) -> None:
    message = blocks.render_answer(Fixed().respond("can i use udfs online"))
    meta = next(b for b in message.blocks if b.get("block_id") == "sobot_meta")
    why = next(e for e in meta["elements"] if e["action_id"] == blocks.WHY)
    shown = blocks.render_why(json.loads(why["value"]))
    for line in lines:
        assert f"• {blocks.escape(line)}" in shown.text


def test_the_real_explanation_shows_how_the_question_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    """Through the real engine: the normalised text, the alias that named the row with its score, the act,
    the score's parts against the threshold, and the rule that decided."""
    assert main(["ask", "--explain", "Can I use UDFs online?"]) == 0
    out = flat(capsys.readouterr().out)
    assert "Read as: can i use udfs online" in out
    assert "row User-defined Fields ← 'udfs' (udfs, 1.00)" in out
    assert "env online ← 'online'" in out
    assert "act availability" in out
    assert "answers from 0.40" in out
    assert "Score parts: keywords" in out
    assert "Decided by: understood" in out


def test_the_explanation_says_which_words_nothing_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--explain", "Is the Activate button disabled? Is the license name shown in red?"]) == 0
    out = flat(capsys.readouterr().out)
    words = out.split("Words nothing explains: ", 1)[1]
    assert {"activate", "disabled", "red"} <= {w.strip(",") for w in words.split()[:3]}
    decided = out.split("Decided by: ", 1)[1]  # not understood, whichever rule saw it first
    assert decided.startswith(("most of it is words nothing explains", "best score below the answer threshold"))


def test_a_follow_up_names_the_rule_that_read_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    lines = '{"text": "can i use custom pages onsite?", "thread": "t"}\n{"text": "and online?", "thread": "t"}\n'
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["ask", "--jsonl", "--explain"]) == 0
    second = json.loads(capsys.readouterr().out.splitlines()[1])
    assert second["explanation"]["followup"]
    assert any(line.startswith("Follow-up rule: ") for line in second["explanation"]["lines"])

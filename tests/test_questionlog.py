"""The question log: its fields, 0600 and rotation, hashed users (no raw id, no token), and each face's line."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_standin import BOT_TOKEN, SIGNING_SECRET, WebApi, block_action, event_body, mention, post_action, post_event
from test_explain_faces import Fixed

import bot.cli
from bot.cli import main
from bot.core.model import Answer, Explanation, Item
from bot.repl.commands import handle
from bot.repl.session import Repl
from bot.slack import blocks
from bot.slack.http import HttpServer
from bot.slack.listeners import build_app, http_app
from bot.slack.workers import Workers
from bot.store import questionlog
from bot.store.questionlog import QuestionLog, load_salt, record_answer
from bot.tools.report import read_log

SAINT = Item(name="SAINT", level="Configuration", clients=("Sales",), onsite=True, online=True,
             summary="Status monitors.", url="https://docs.example/saint", url_title="SAINT")
ANSWER = Answer("is SAINT online?", "availability", 0.8123, "Yes.", items=(SAINT,),
                explanation=Explanation("availability", 0.8))
FIELDS = {"time", "face", "user", "question", "intent", "confidence", "fallback", "rows", "ref"}


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("SOBOT_LOG", raising=False)
    monkeypatch.delenv("SOBOT_LOG_SALT", raising=False)


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_an_answer_line_has_the_fields_and_a_salted_user_hash(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.jsonl", b"salt-one")
    log.answered("slack", "U0SECRET", ANSWER)
    (entry,) = lines(tmp_path / "q.jsonl")
    assert set(entry) == FIELDS
    assert (entry["face"], entry["question"], entry["intent"]) == ("slack", "is SAINT online?", "availability")
    assert (entry["confidence"], entry["fallback"], entry["rows"]) == (0.812, False, ["SAINT"])
    assert "U0SECRET" not in (tmp_path / "q.jsonl").read_text()
    assert entry["user"] == log.user_hash("U0SECRET") != QuestionLog(tmp_path / "x", b"salt-two").user_hash("U0SECRET")
    assert stat.S_IMODE((tmp_path / "q.jsonl").stat().st_mode) == 0o600


def test_mentions_and_pasted_tokens_are_not_kept(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.jsonl", b"salt")
    question = "ask <@U0BOSS> and <#C0SECRET|secret> if xoxb-1111-2222-abcdef works in <!here> online"
    answer = log.answered("slack", "U1", Answer(question, "availability", 0.9, "Yes."))
    vote = log.voted("slack", "U1", "up", question, "availability")
    text = (tmp_path / "q.jsonl").read_text()
    for secret in ("U0BOSS", "C0SECRET", "xoxb-", "1111-2222", "<!here>"):
        assert secret not in text
    assert answer["ref"] == vote["ref"]
    assert answer["question"].startswith("ask @someone and @someone if")


def test_a_vote_refers_to_its_answer(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.jsonl", b"salt")
    answer = log.answered("slack", "U1", ANSWER)
    vote = log.voted("slack", "U1", "down", "is SAINT online?", "availability")
    other = log.voted("slack", "U2", "down", "is SAINT online?", "availability")
    assert vote["ref"] == answer["ref"] != other["ref"]
    assert vote["feedback"] == "down"
    assert "question" in vote


def test_the_salt_is_made_once_and_kept_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_salt(tmp_path / "state")
    assert load_salt(tmp_path / "state") == first
    assert len(first) == 32
    assert stat.S_IMODE((tmp_path / "state" / questionlog.SALT_NAME).stat().st_mode) == 0o600
    monkeypatch.setenv("SOBOT_LOG_SALT", "from-the-environment")
    assert load_salt(tmp_path / "state") == b"from-the-environment"


def test_the_log_rotates_by_size_and_the_report_reads_every_part(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.jsonl", b"salt", max_bytes=2000, backups=2)
    for n in range(40):
        log.answered("ask", None, Answer(f"question number {n}", "fallback", 0.1, "?", fallback=True))
    parts = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))  # not the lock file
    assert parts == ["q.jsonl", "q.jsonl.1", "q.jsonl.2"]
    assert all((tmp_path / p).stat().st_size <= 2000 for p in parts)
    assert all(stat.S_IMODE((tmp_path / p).stat().st_mode) == 0o600 for p in parts)
    entries, bad = read_log(tmp_path / "q.jsonl")
    assert bad == 0
    numbers = [int(str(e["question"]).rsplit(" ", 1)[1]) for e in entries]
    assert numbers == sorted(numbers)  # oldest part first
    assert numbers[-1] == 39
    assert len(numbers) == sum(len(lines(tmp_path / p)) for p in parts) < 40


def test_off_unless_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record_answer("ask", None, ANSWER)
    assert not (tmp_path / "state").exists()
    monkeypatch.setenv("SOBOT_LOG", "on")
    record_answer("ask", None, ANSWER)
    assert len(lines(tmp_path / "state" / questionlog.DEFAULT_NAME)) == 1


def test_a_log_that_cannot_be_written_never_stops_the_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("SOBOT_LOG", str(tmp_path / "file" / "q.jsonl"))  # a file where a folder should be
    monkeypatch.setattr(bot.cli, "_engine", Fixed)
    assert main(["ask", "can i use udfs online"]) == 0
    assert capsys.readouterr().out.startswith("Yes.")


def test_ask_and_the_repl_each_write_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.jsonl"
    monkeypatch.setenv("SOBOT_LOG", str(path))
    monkeypatch.setattr(bot.cli, "_engine", Fixed)
    main(["ask", "can i use udfs online"])
    repl = Repl(Fixed(), state_dir=tmp_path, stream=io.StringIO())  # type: ignore[arg-type]
    handle(repl, "and onsite?")
    handle(repl, "/why")  # commands are not questions
    assert [(e["face"], e["question"], e["user"]) for e in lines(path)] == [
        ("ask", "can i use udfs online", None), ("terminal", "and onsite?", None)]


@pytest.fixture
def slack_url(tmp_path: Path) -> Iterator[tuple[str, WebApi]]:
    api = WebApi()
    workers = Workers()
    app = build_app(Fixed(), token=BOT_TOKEN, signing_secret=SIGNING_SECRET, base_url=api.url, workers=workers)
    with HttpServer(http_app(app, SIGNING_SECRET, workers), "127.0.0.1", 0) as server:
        yield f"http://127.0.0.1:{server.port}/slack/events", api
    workers.drain(5)
    api.close()


def test_slack_answers_and_votes_are_logged_without_ids_or_tokens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  slack_url: tuple[str, WebApi]) -> None:
    path = tmp_path / "q.jsonl"
    monkeypatch.setenv("SOBOT_LOG", str(path))
    url, api = slack_url
    assert post_event(url, event_body(mention("can i use udfs online?")))[0] == 200
    (posted,) = api.wait_for("chat.postMessage")
    meta = next(b for b in posted.params["blocks"] if b.get("block_id") == "sobot_meta")
    down = next(e for e in meta["elements"] if e["action_id"] == f"{blocks.FEEDBACK}:down")
    assert post_action(url, block_action({"action_id": down["action_id"], "value": down["value"]}))[0] == 200
    api.wait_for("chat.postEphemeral")
    answer, vote = lines(path)
    assert (answer["face"], answer["question"], answer["rows"]) == ("slack", "can i use udfs online?",
                                                                   ["User-defined Fields"])
    assert (vote["feedback"], vote["ref"], vote["user"]) == ("down", answer["ref"], answer["user"])
    text = path.read_text()
    for secret in ("U0USER", "T0001", BOT_TOKEN, SIGNING_SECRET, "xoxb-"):
        assert secret not in text

"""The ask protocol: `run_jsonl` in memory, then the real console script in a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from seed_facts import FORUM_URL, PLATFORM_IDS, SEED_MATRIX

from bot.cli import run_jsonl
from bot.core.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
SOBOT = Path(sys.executable).parent / "sobot"
FIELDS = {"text", "intent", "confidence", "fallback", "platform", "items", "answer", "links", "suggestions"}
ROW_NAMES = {row[0] for row in SEED_MATRIX}


def is_https(url: object) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlparse(url)
    return parts.scheme == "https" and "." in parts.netloc and " " not in url


def check_answer(obj: dict[str, Any], text: str) -> None:
    """Every field of the protocol's answer object, with its type and range."""
    assert set(obj) >= FIELDS, FIELDS - set(obj)
    assert "error" not in obj
    assert obj["text"] == text
    assert isinstance(obj["intent"], str)
    assert obj["intent"]
    assert isinstance(obj["confidence"], int | float)
    assert not isinstance(obj["confidence"], bool)
    assert 0 <= obj["confidence"] <= 1
    assert isinstance(obj["fallback"], bool)
    assert obj["platform"] is None or obj["platform"] in PLATFORM_IDS
    assert isinstance(obj["items"], list)
    for item in obj["items"]:
        assert {"name", "level", "clients", "onsite", "online", "url"} <= set(item)
        assert item["name"] in ROW_NAMES
        assert isinstance(item["level"], str)
        assert isinstance(item["clients"], list)
        assert item["clients"]
        assert set(item["clients"]) <= {"Sales", "Service"}
        assert isinstance(item["onsite"], bool)
        assert isinstance(item["online"], bool)
        assert is_https(item["url"]), item["url"]
    assert isinstance(obj["answer"], str)
    assert obj["answer"].strip()
    assert isinstance(obj["links"], list)
    for link in obj["links"]:
        assert isinstance(link["title"], str)
        assert link["title"]
        assert is_https(link["url"]), link["url"]
    assert isinstance(obj["suggestions"], list)
    assert all(isinstance(s, str) for s in obj["suggestions"])
    if obj["fallback"]:
        assert FORUM_URL in obj["answer"]


def run(engine: Engine, lines: list[str]) -> list[dict[str, Any]]:
    out = io.StringIO()
    run_jsonl(engine, lines, out)
    text = out.getvalue()
    assert text.endswith("\n")
    rows = text.splitlines()
    assert len(rows) == len(lines)
    return [json.loads(row) for row in rows]


def line(text: str, thread: str | None = None) -> str:
    obj: dict[str, Any] = {"text": text}
    if thread is not None:
        obj["thread"] = thread
    return json.dumps(obj) + "\n"


QUESTIONS = [
    "Can I deploy a sentry plugin to CRM Online?",
    "which internal APIs are there?",
    "SOAP vs Restful",
    "which integration points does the Windows client have?",
    "how much does a SuperOffice licence cost?",
    "what is the URL of the CS SOAP API?",
    "hi",
]


def test_one_object_per_line_in_order(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, [line(q) for q in QUESTIONS])
    for obj, question in zip(objs, QUESTIONS, strict=True):
        check_answer(obj, question)
    assert objs[0]["items"][0]["name"] == "Sentry Plugins"
    assert objs[0]["items"][0]["online"] is False
    assert objs[0]["answer"].startswith("No")
    assert [i["name"] for i in objs[2]["items"]] == ["SOAP", "Restful"]
    assert objs[3]["platform"] == "windows-client"
    assert objs[4]["fallback"] is True
    assert objs[5]["platform"] == "customer-service"


def test_lines_may_lack_the_trailing_newline(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, ['{"text": "is SAINT available online?"}'])
    check_answer(objs[0], "is SAINT available online?")


BAD_LINES = [
    "\n",
    "   \n",
    "this is not json\n",
    '{"text": "unterminated\n',
    "[1, 2, 3]\n",
    '"just a string"\n',
    "42\n",
    "null\n",
    '{"thread": "t1"}\n',
    '{"text": 5}\n',
    '{"text": null}\n',
    '{"text": ["a"]}\n',
    '{"question": "is SAINT available online?"}\n',
]


@pytest.mark.parametrize("bad", BAD_LINES)
def test_bad_line_gives_an_error_and_the_batch_goes_on(fresh_engine: Engine, bad: str) -> None:
    objs = run(fresh_engine, [line("hi"), bad, line("is SAINT available online?")])
    check_answer(objs[0], "hi")
    assert isinstance(objs[1].get("error"), str)
    assert objs[1]["error"].strip()
    check_answer(objs[2], "is SAINT available online?")


def test_all_bad_lines_in_one_batch(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, [*BAD_LINES, line("hi")])
    assert all("error" in obj for obj in objs[:-1])
    check_answer(objs[-1], "hi")


def test_thread_links_lines(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, [
        line("Is SAINT available in Online?", "t1"),
        line("and for Service users?", "t1"),
    ])
    check_answer(objs[0], "Is SAINT available in Online?")
    check_answer(objs[1], "and for Service users?")
    assert objs[0]["answer"].startswith("Yes")
    assert objs[1]["items"][0]["name"] == "SAINT"
    assert objs[1]["answer"].startswith("No")  # SAINT is for Sales only


def test_lines_without_thread_are_independent(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, [line("Is SAINT available in Online?"), line("and for Service users?")])
    check_answer(objs[1], "and for Service users?")
    assert "SAINT" not in [i["name"] for i in objs[1]["items"]]


def test_threads_do_not_mix(fresh_engine: Engine) -> None:
    objs = run(fresh_engine, [
        line("Is SAINT available in Online?", "t1"),
        line("Can I use custom dialogs onsite?", "t2"),
        line("and for Service users?", "t1"),
        line("and online?", "t2"),
    ])
    assert objs[2]["items"][0]["name"] == "SAINT"
    assert objs[3]["items"][0]["name"] == "Custom Dialogs"
    assert objs[3]["items"][0]["online"] is False
    assert objs[3]["answer"].startswith("No")


class FlushLog(io.StringIO):
    """Remembers what had been written at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def flush(self) -> None:
        self.seen.append(self.getvalue())
        super().flush()


def test_output_is_flushed_line_by_line(fresh_engine: Engine) -> None:
    out = FlushLog()
    run_jsonl(fresh_engine, [line("hi"), "oops\n", line("thanks")], out)
    counts = [snapshot.count("\n") for snapshot in out.seen if snapshot]
    assert counts[:3] == [1, 2, 3]
    assert all(snapshot.endswith("\n") for snapshot in out.seen if snapshot)


# -- the real console script -----------------------------------------------------------------------

def sobot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOBOT_") or k == "SOBOT_CACHE_DIR"}
    env["NO_COLOR"] = "1"
    return subprocess.run([str(SOBOT), *args], input=stdin, capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=env, check=False)


def test_console_script_exists() -> None:
    assert SOBOT.exists(), f"{SOBOT} missing: install with pip install -e ."


def test_console_jsonl() -> None:
    stdin = line("Is SAINT available in Online?", "t1") + line("and for Service users?", "t1") + "not json\n"
    done = sobot("ask", "--jsonl", stdin=stdin)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == 3
    objs = [json.loads(r) for r in rows]
    check_answer(objs[0], "Is SAINT available in Online?")
    check_answer(objs[1], "and for Service users?")
    assert objs[1]["items"][0]["name"] == "SAINT"
    assert "error" in objs[2]


def test_console_json() -> None:
    question = "Can I deploy a sentry plugin to CRM Online?"
    done = sobot("ask", "--json", question)
    assert done.returncode == 0, done.stderr
    obj = json.loads(done.stdout)
    check_answer(obj, question)
    assert obj["items"][0]["name"] == "Sentry Plugins"


def test_console_plain() -> None:
    done = sobot("ask", "Can I deploy a sentry plugin to CRM Online?")
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip().startswith("No")
    assert "Sentry Plugins" in done.stdout
    assert "\x1b[" not in done.stdout  # no colour when not a terminal
    assert not done.stdout.lstrip().startswith("{")


def test_jsonl_with_a_question_argument_is_refused() -> None:
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl", "extra question"],
                          input='{"text": "what is SAINT?"}\n', capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "--jsonl reads its questions from standard input" in done.stderr

"""HTTP mode under pressure: bursts are served, hung Slack calls stall nobody else, SIGTERM is quick.

Each test reproduces a defect of issue #13 against the local stand-in of Slack,
through slack-bolt's real code on the real server (uvicorn).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import test_slack_http
import yaml
from slack_standin import (
    BOT_TOKEN,
    SIGNING_SECRET,
    WAIT,
    WebApi,
    block_action,
    burst,
    command_params,
    direct_message,
    event_body,
    get,
    mention,
    post_action,
    post_event,
    post_form,
)
from test_slack_http import Bot

from bot.core.engine import Engine
from bot.slack import blocks as render
from bot.slack import messages as msg
from bot.slack.app import SHUTDOWN_SECONDS
from bot.slack.http import HttpServer
from bot.slack.listeners import build_app, http_app, make_client
from bot.slack.workers import Workers

api = test_slack_http.api  # the stand-in and a bot on the real server, shared with the HTTP mode tests
bot = test_slack_http.bot
ROOT = Path(__file__).resolve().parent.parent
SOBOT = Path(sys.executable).parent / "sobot"


def wait_until(check: object, timeout: float = WAIT) -> bool:
    """Poll `check()` every 50 ms until it is true or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


# --- defect 3: a burst of mentions is acknowledged and answered, every one, once -----------------------


def test_200_concurrent_mentions_are_all_acknowledged_and_answered_once(bot: Bot) -> None:
    bodies = [event_body(mention(f"burst question {n}", ts=f"1800.{n:04d}")) for n in range(200)]
    replies = burst(bot.events, bodies, timeout=60)
    assert [r.status for r in replies] == [200] * 200, Counter(r.error or r.status for r in replies)
    posts = bot.api.wait_for("chat.postMessage", count=200, timeout=60)
    assert Counter(p.params["thread_ts"] for p in posts) == Counter(f"1800.{n:04d}" for n in range(200))
    assert sorted(bot.engine.texts()) == sorted(f"burst question {n}" for n in range(200))


# --- defect 4: hung Web API calls ---------------------------------------------------------------------


def test_hung_web_api_calls_leave_other_answers_flowing_and_show_in_healthz(bot: Bot) -> None:
    hung = 6  # more than bolt's default pool of 5 threads
    bot.api.hang("chat.postMessage", hung, seconds=WAIT)
    for n in range(hung):
        assert post_event(bot.events, event_body(mention(f"hangs {n}", ts=f"1810.{n}")))[0] == 200
    bot.api.wait_for("chat.postMessage (hung)", count=hung)
    assert post_event(bot.events, event_body(mention("still answered", ts="1810.99")))[0] == 200
    (answer,) = bot.api.wait_for("chat.postMessage")
    assert answer.params["thread_ts"] == "1810.99"
    assert bot.api.now_hanging() == hung  # answered while the others were still hanging
    command = command_params("a slash command too", bot.api.response_url("h1"))
    assert post_form(bot.events, command)[0] == 200  # acked from a free worker
    bot.api.wait_for("response/h1")
    stalled = msg.workers_stalled(hung, bot.workers.size, 0, bot.workers.stall_after)
    assert wait_until(lambda: get(bot.url + "/healthz") == (503, f"{stalled}\n".encode()))
    # The client gives up on each hung call (timeout 3 s here), apologises, and the pool is healthy again.
    apologies = bot.api.wait_for("chat.postMessage", count=1 + hung)[1:]
    assert sorted(a.params["thread_ts"] for a in apologies) == sorted(f"1810.{n}" for n in range(hung))
    assert all(a.params["text"] == render.render_apology().text for a in apologies)
    assert wait_until(lambda: get(bot.url + "/healthz") == (200, b"ok\n"))


def test_every_web_api_and_response_url_call_has_a_bounded_timeout() -> None:
    from bot.slack import listeners

    assert 0 < listeners.WEB_API_TIMEOUT < 30  # slack_sdk's own default, 30 s, let hung calls pile up
    assert make_client(BOT_TOKEN, "http://127.0.0.1:9/api/").timeout == listeners.WEB_API_TIMEOUT
    assert listeners.webhook("http://127.0.0.1:9/response/x").timeout == listeners.WEB_API_TIMEOUT
    assert Workers().stall_after > 3 * listeners.WEB_API_TIMEOUT  # an answer's calls never look like a stall


def sobot_env(api: WebApi, state: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SOBOT_", "SLACK_")) or k == "SOBOT_CACHE_DIR"}
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=api.url,
               SOBOT_STATE_DIR=str(state))
    return env


def grace_period() -> float:
    """docker-compose.yml's stop_grace_period, in seconds."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    value = str(compose["services"]["sobot"]["stop_grace_period"])
    return float(value.removesuffix("s"))


def test_the_shutdown_budget_fits_in_composes_grace_period() -> None:
    assert grace_period() > SHUTDOWN_SECONDS


def test_sigterm_with_hung_answers_exits_within_the_grace_period(api: WebApi, tmp_path: Path) -> None:
    from test_slack_setup import free_port

    port = free_port()
    api.hang("chat.postMessage", 3, seconds=60)  # far longer than the grace period
    proc = subprocess.Popen([str(SOBOT), "slack", "--http", "--host", "127.0.0.1", "--port", str(port),
                             "--env-file", ""], env=sobot_env(api, tmp_path), cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_until(lambda: _healthy(port), timeout=60), "sobot slack --http did not start"
        for n in range(3):
            body = event_body(mention(f"hang {n}", ts=f"1820.{n}"))
            assert post_event(f"http://127.0.0.1:{port}/slack/events", body)[0] == 200
        api.wait_for("chat.postMessage (hung)", count=3)
        proc.send_signal(signal.SIGTERM)
        returncode = proc.wait(timeout=grace_period())
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=WAIT)
    assert returncode == 0, err
    assert msg.stopping(SHUTDOWN_SECONDS) in err
    assert "3 answer(s) still unfinished" in err


def _healthy(port: int) -> bool:
    try:
        return get(f"http://127.0.0.1:{port}/healthz")[0] == 200
    except OSError:
        return False


# --- defect 8: an app_mention without ts ---------------------------------------------------------------


def test_a_mention_without_ts_is_answered_in_the_channel(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sobot.slack")
    event = mention("no timestamp here")
    del event["ts"], event["event_ts"]
    assert post_event(bot.events, event_body(event, event_id="Ev0NOTS"))[0] == 200
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["channel"] == "C0CHAN"
    assert "thread_ts" not in call.params
    assert call.params["text"].startswith("You asked: no timestamp here")
    assert bot.engine.calls[0][:2] == ("no timestamp here", None)
    assert msg.mention_without_ts("Ev0NOTS") in caplog.text


def test_a_mention_without_a_channel_is_logged_not_dropped_silently(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    event = mention("nowhere to answer")
    del event["channel"]
    assert post_event(bot.events, event_body(event, event_id="Ev0NOCHAN"))[0] == 200
    assert wait_until(lambda: msg.mention_not_answerable("Ev0NOCHAN") in caplog.text)
    assert bot.engine.calls == []


# --- "Start over" (issue #14) ---------------------------------------------------------------------------


def start_over_button(blocks: list[dict[str, object]]) -> dict[str, object]:
    meta = next(b for b in blocks if b.get("block_id") == "sobot_meta")
    return next(e for e in meta["elements"] if e["action_id"] == render.START_OVER)  # type: ignore[index,union-attr]


def test_start_over_forgets_the_thread_and_tells_only_the_clicker(bot: Bot) -> None:
    post_event(bot.events, event_body(mention("first question", ts="1830.01")))
    (answer,) = bot.api.wait_for("chat.postMessage")
    button = start_over_button(answer.params["blocks"])
    assert button["text"]["text"] == msg.START_OVER_BUTTON  # type: ignore[index]
    click = block_action({"action_id": render.START_OVER, "value": button["value"]},
                         message_ts="1830.02", thread_ts="1830.01")
    assert post_action(bot.events, click)[0] == 200
    (told,) = bot.api.wait_for("chat.postEphemeral")
    assert told.params["text"] == msg.STARTED_OVER
    assert (told.params["user"], told.params["thread_ts"]) == ("U0USER", "1830.01")
    assert bot.engine.forgotten == ["C0CHAN:1830.01"]


def test_start_over_in_a_dm_forgets_the_dm_conversation(bot: Bot) -> None:
    post_event(bot.events, event_body(direct_message("what is SAINT?")))
    (answer,) = bot.api.wait_for("chat.postMessage")
    value = start_over_button(answer.params["blocks"])["value"]
    click = block_action({"action_id": render.START_OVER, "value": value}, channel="D0USER",
                         message_ts="1830.10")
    post_action(bot.events, click)
    bot.api.wait_for("chat.postEphemeral")
    assert bot.engine.forgotten == ["D0USER:dm"]


def test_start_over_naming_another_channel_forgets_nothing(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    click = block_action({"action_id": render.START_OVER, "value": json.dumps({"t": "COTHER:1830.20"})})
    assert post_action(bot.events, click)[0] == 200
    assert wait_until(lambda: msg.start_over_elsewhere("C0CHAN") in caplog.text)
    assert bot.engine.forgotten == []
    assert bot.api.of("chat.postEphemeral") == []


def test_slash_command_answers_have_no_start_over(bot: Bot) -> None:
    post_form(bot.events, command_params("what is SAINT?", bot.api.response_url("so")))
    (call,) = bot.api.wait_for("response/so")
    meta = next(b for b in call.params["blocks"] if b.get("block_id") == "sobot_meta")
    assert render.START_OVER not in [e["action_id"] for e in meta["elements"]]


def test_start_over_with_the_real_engine_clears_the_threads_state(
        api: WebApi, fresh_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    workers = Workers()
    app = build_app(fresh_engine, token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                    client=make_client(BOT_TOKEN, api.url, timeout=3), workers=workers)
    with HttpServer(http_app(app, SIGNING_SECRET, workers), "127.0.0.1", 0) as server:
        events = f"http://127.0.0.1:{server.port}/slack/events"
        post_event(events, event_body(mention("is SAINT available online?", ts="1840.01")))
        (answer,) = api.wait_for("chat.postMessage")
        assert fresh_engine.store.load("C0CHAN:1840.01") is not None
        value = start_over_button(answer.params["blocks"])["value"]
        post_action(events, block_action({"action_id": render.START_OVER, "value": value},
                                         thread_ts="1840.01"))
        api.wait_for("chat.postEphemeral")
        assert fresh_engine.store.load("C0CHAN:1840.01") is None
    workers.drain(5)


# --- the pool itself ----------------------------------------------------------------------------------


def test_workers_run_in_order_report_stalls_and_drain_within_a_budget() -> None:
    workers = Workers(2, stall_after=0.2)
    gate = threading.Event()
    done: list[int] = []
    futures = [workers.submit(gate.wait, WAIT) for _ in range(2)]
    futures += [workers.submit(done.append, n) for n in range(3)]
    assert workers.stalled() is None
    assert wait_until(lambda: workers.stalled() == msg.workers_stalled(2, 2, 3, 0.2))
    gate.set()
    assert [f.result(WAIT) for f in futures[2:]] == [None] * 3
    assert done == [0, 1, 2]
    assert wait_until(lambda: workers.stalled() is None and workers.pending() == 0)
    failing = workers.submit(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        failing.result(WAIT)
    stuck = threading.Event()
    workers.submit(stuck.wait, WAIT)
    started = time.monotonic()
    assert workers.drain(0.3) == 1  # the stuck task is left behind, on a daemon thread
    assert time.monotonic() - started < WAIT
    assert all(t.daemon for t in threading.enumerate() if t.name.startswith("sobot-worker"))
    with pytest.raises(RuntimeError):
        workers.submit(print)
    stuck.set()


def test_workers_let_a_burst_be_acknowledged_first_but_never_wait_forever() -> None:
    workers = Workers(2)
    busy = threading.Event()
    busy.set()
    workers.defer_while(busy.is_set)
    ran = threading.Event()
    workers.submit(ran.set)
    assert not ran.wait(0.1)  # held back while requests are coming in
    busy.clear()
    assert ran.wait(WAIT)
    busy.set()
    again = workers.submit(lambda: "done")
    assert again.result(WAIT) == "done"  # requests that never stop hold an answer back only briefly
    workers.drain(1)

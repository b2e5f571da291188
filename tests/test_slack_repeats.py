"""One request, one answer: replayed signed slash commands and clicks, request keys, /healthz, run() with Redis."""

from __future__ import annotations

import argparse
import json
import logging
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
from redis_server import RedisServer, free_port, running_redis
from slack_standin import (
    BOT_TOKEN,
    SIGNING_SECRET,
    WebApi,
    block_action,
    command_params,
    event_body,
    get,
    mention,
    post_action,
    post_event,
    post_form,
)
from test_slack_http import EchoEngine

from bot.slack import app as slack_app
from bot.slack import blocks as render
from bot.slack import messages as msg
from bot.slack.http import Health, HttpServer, asgi_app
from bot.slack.listeners import build_app, http_app
from bot.slack.stores import request_key
from bot.slack.workers import Workers
from bot.store import messages as store_msg


@pytest.fixture
def api() -> Iterator[WebApi]:
    stand_in = WebApi()
    yield stand_in
    stand_in.close()


@pytest.fixture
def served(api: WebApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, EchoEngine]]:
    """One replica with its default, local stores."""
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    engine = EchoEngine()
    workers = Workers()
    app = build_app(engine, token=BOT_TOKEN, signing_secret=SIGNING_SECRET, base_url=api.url, workers=workers)
    with HttpServer(http_app(app, SIGNING_SECRET, workers), "127.0.0.1", 0) as server:
        yield f"http://127.0.0.1:{server.port}/slack/events", engine
    workers.drain(5)


def settle(api: WebApi, method: str, count: int) -> list[Any]:
    calls = api.wait_for(method, count=count)
    time.sleep(0.3)  # a wrongly repeated answer would arrive by now
    assert len(api.of(method)) == count
    return calls


def test_a_replayed_signed_slash_command_is_answered_once(served: tuple[str, EchoEngine], api: WebApi) -> None:
    url, engine = served
    captured = int(time.time()) - 120  # within Slack's five minutes, so the signature still checks out
    command = command_params("can I use SAINT online?", api.response_url("c1"))
    assert [post_form(url, command, timestamp=captured)[0] for _ in range(3)] == [200, 200, 200]
    again = command_params("can I use SAINT online?", api.response_url("c2"))  # asked again, for real
    assert post_form(url, again)[0] == 200
    settle(api, "response/c1", 1)
    settle(api, "response/c2", 1)
    assert engine.texts() == ["can I use SAINT online?"] * 2


def test_a_replayed_signed_button_click_is_recorded_once(served: tuple[str, EchoEngine], api: WebApi,
                                                         tmp_path: Path) -> None:
    url, _ = served
    captured = int(time.time()) - 120
    vote = {"action_id": f"{render.FEEDBACK}:down", "value": json.dumps({"q": "what is SAINT?", "i": "x"})}
    click = block_action(vote)
    assert [post_action(url, click, timestamp=captured)[0] for _ in range(3)] == [200, 200, 200]
    later = block_action({**vote, "action_ts": "1700000009.000100"})  # the user clicks again, for real
    assert post_action(url, later)[0] == 200
    settle(api, "chat.postEphemeral", 2)
    votes = [json.loads(line) for line in (tmp_path / "feedback.jsonl").read_text().splitlines()]
    assert [v["vote"] for v in votes] == ["down", "down"]


def test_request_keys() -> None:
    signed = {"x-slack-signature": ["v0=abc"], "x-slack-request-timestamp": ["1700000000"]}
    event = event_body(mention("hi"), event_id="Ev1")
    assert request_key(event, signed) == request_key(event, {}) == "event:T0001:Ev1"
    command = command_params("hi", "http://127.0.0.1:9/r")
    assert request_key(command, signed) == "command:v0=abc"
    assert request_key(command, {}) == "command:T0001:1.2.3"  # Socket Mode: the trigger
    click = block_action({"action_id": "sobot_feedback:up"})
    assert request_key(click, {}) == "action:T0001:U0USER:sobot_feedback:up:1700000004.000100"
    other = block_action({"action_id": "sobot_feedback:up", "action_ts": "1700000005.000100"})
    assert request_key(other, {}) != request_key(click, {})
    assert request_key({"type": "url_verification", "challenge": "c"}, signed) is None
    assert request_key({"type": "event_callback"}, {}) is None


def health(problem: Health, degraded: Health | None = None) -> tuple[str, bytes]:
    """GET /healthz over real HTTP from the health app: `problem` gives a 503 reason, `degraded` a 200 one."""
    with HttpServer(asgi_app(problem, degraded=degraded), "127.0.0.1", 0) as server:
        status, body = get(f"http://127.0.0.1:{server.port}/healthz")
    return f"{status} {HTTPStatus(status).phrase}", body


def connected() -> str | None:
    return None


def not_connected() -> str | None:
    return msg.NOT_CONNECTED


def test_health_says_degraded_but_stays_200_and_not_connected_still_wins() -> None:
    reason = store_msg.redis_degraded("redis:6379/0")
    assert health(connected) == ("200 OK", b"ok\n")
    assert health(connected, lambda: None) == ("200 OK", b"ok\n")
    assert health(connected, lambda: reason) == (
        "200 OK", msg.health_degraded(reason).encode())
    assert health(not_connected, lambda: reason)[0] == "503 Service Unavailable"
    stalled = msg.workers_stalled(1, 32, 0, 60)  # a stall wins over degraded too
    assert health(lambda: stalled, lambda: reason) == ("503 Service Unavailable", f"{stalled}\n".encode())


# --- run() chooses the stores from REDIS_URL -------------------------------------------------------


@pytest.fixture
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    yield from running_redis(tmp_path_factory.mktemp("redis"))


@pytest.fixture
def env(api: WebApi, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> WebApi:
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)  # run() sets the level; put it back afterwards
    monkeypatch.setenv("SLACK_API_URL", api.url)
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.delenv("SOBOT_REDIS_PREFIX", raising=False)
    return api


def args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    slack_app.add_arguments(parser)
    return parser.parse_args(["--env-file", "", "--http", "--host", "127.0.0.1", *argv])


def test_run_refuses_an_unusable_redis_url(env: WebApi, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("REDIS_URL", "http://cache:6379")
    assert slack_app.run(args("--port", str(free_port())), engine_factory=EchoEngine) == 2
    assert "REDIS_URL cannot be used" in capsys.readouterr().err


def test_run_keeps_the_real_engines_threads_in_redis(env: WebApi, redis_server: RedisServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    port, stop, result = free_port(), threading.Event(), []
    thread = threading.Thread(target=lambda: result.append(slack_app.run(args("--port", str(port)), stop=stop)),
                              daemon=True)
    thread.start()
    try:
        status = 0
        for _ in range(200):  # the engine loads first; bounded retries
            try:
                status, body = get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                time.sleep(0.05)
        assert (status, body) == (200, b"ok\n")
        post_event(f"http://127.0.0.1:{port}/slack/events", event_body(mention("what is SAINT?", ts="5000.1")))
        env.wait_for("chat.postMessage")
        with redis_server.client() as client:
            assert client.exists("sobot:thread:C0CHAN:5000.1")
        redis_server.stop()
        status, body = get(f"http://127.0.0.1:{port}/healthz")
        assert status == 200
        assert body.startswith(b"degraded")
    finally:
        stop.set()
        thread.join(15)
    assert result == [0]

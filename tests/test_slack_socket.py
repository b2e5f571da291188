"""Socket Mode: slack-bolt's real handler over a real WebSocket to a local stand-in server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_standin import (
    APP_TOKEN,
    BOT_TOKEN,
    SocketModeServer,
    WebApi,
    command_params,
    event_body,
    mention,
)
from test_slack_http import EchoEngine

from bot.slack.listeners import build_app

_envelopes = itertools.count(1)


@dataclass
class SocketBot:
    api: WebApi
    socket: SocketModeServer
    engine: EchoEngine

    def send(self, kind: str, payload: dict[str, Any], retry_attempt: int = 0) -> str:
        envelope_id = f"env-{next(_envelopes)}"
        self.socket.send({"envelope_id": envelope_id, "type": kind, "payload": payload,
                          "accepts_response_payload": kind != "events_api",
                          "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else ""})
        return envelope_id


@pytest.fixture
def socket_bot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SocketBot]:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    api = WebApi()
    socket = SocketModeServer(api)
    engine = EchoEngine()
    app = build_app(engine, token=BOT_TOKEN, base_url=api.url)
    handler = SocketModeHandler(app, app_token=APP_TOKEN, ping_interval=30)
    handler.connect()
    try:
        socket.wait_connections(1)
        yield SocketBot(api, socket, engine)
    finally:
        handler.client.auto_reconnect_enabled = False  # closing the server side first is quicker
        socket.close()
        handler.close()
        api.close()


def test_connection_uses_the_app_token(socket_bot: SocketBot) -> None:
    (call,) = socket_bot.api.of("apps.connections.open")
    assert call.headers["Authorization"] == f"Bearer {APP_TOKEN}"


def test_event_envelope_is_acked_and_answered_in_a_thread(socket_bot: SocketBot) -> None:
    envelope = socket_bot.send("events_api", event_body(mention("is SAINT available online?", ts="1800.01")))
    assert socket_bot.socket.wait_ack(envelope)["envelope_id"] == envelope
    (call,) = socket_bot.api.wait_for("chat.postMessage")
    assert call.params["thread_ts"] == "1800.01"
    assert call.params["blocks"]
    assert call.params["text"]


def test_disconnect_makes_the_app_reconnect_and_keep_answering(socket_bot: SocketBot) -> None:
    socket_bot.socket.send({"type": "disconnect", "reason": "refresh_requested",
                            "debug_info": {"host": "standin"}})
    socket_bot.socket.wait_connections(2)
    assert len(socket_bot.api.wait_for("apps.connections.open", count=2)) == 2
    envelope = socket_bot.send("events_api", event_body(mention("still there?", ts="1800.02")))
    socket_bot.socket.wait_ack(envelope)
    (call,) = socket_bot.api.wait_for("chat.postMessage")
    assert call.params["thread_ts"] == "1800.02"


def test_a_redelivered_envelope_is_answered_once(socket_bot: SocketBot) -> None:
    body = event_body(mention("only once", ts="1800.03"), event_id="Ev0SOCKETRETRY")
    first = socket_bot.send("events_api", body)
    again = socket_bot.send("events_api", body, retry_attempt=1)
    socket_bot.socket.wait_ack(first)
    socket_bot.socket.wait_ack(again)
    socket_bot.send("events_api", event_body(mention("then this", ts="1800.04")))
    socket_bot.api.wait_for("chat.postMessage", count=2)
    assert sorted(socket_bot.engine.texts()) == ["only once", "then this"]


def test_slash_command_over_socket_mode(socket_bot: SocketBot) -> None:
    envelope = socket_bot.send("slash_commands", command_params("what is SAINT?", socket_bot.api.response_url("c1")))
    socket_bot.socket.wait_ack(envelope)
    (call,) = socket_bot.api.wait_for("response/c1")
    assert call.params["response_type"] == "in_channel"
    assert call.params["text"].startswith("You asked: what is SAINT?")

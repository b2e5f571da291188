"""A local stand-in for Slack on 127.0.0.1: the Web API, response_urls and a Socket Mode server.

How bolt-python and python-slack-sdk test themselves: real HTTP and WebSocket
traffic against a small fake server, with every wait bounded. The Web API
records each call; `rate_limit_once` makes the next call of a method answer
429 with Retry-After, `hang` makes the next calls of a method hang. `burst` posts
many signed requests at once over raw sockets. `SocketModeServer` hands out its ws:// URL through
apps.connections.open, says `hello`, relays envelopes and records the acks.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

WAIT = 10.0  # upper bound of every wait; tests pass in well under a second each

BOT_TOKEN = "xoxb-1111-2222-standintoken"
APP_TOKEN = "xapp-1-A111-3333-standinapptoken"
SIGNING_SECRET = "0123456789abcdef0123456789abcdef"
BOT_USER = "UBOT0001"


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


def _parse(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return data if isinstance(data, dict) else {"payload": data}
    params: dict[str, Any] = dict(urllib.parse.parse_qsl(body.decode()))
    for key in ("blocks", "view"):
        if isinstance(params.get(key), str):
            params[key] = json.loads(params[key])
    return params


class WebApi:
    """The stand-in Web API (http://127.0.0.1:PORT/api/) and response_url endpoints (/response/ID)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.changed = threading.Condition()
        self.rate_limited: dict[str, int] = {}
        self.errors: dict[str, str] = {}
        self.hangs: dict[str, int] = {}
        self.hanging = 0
        self.hang_for = WAIT
        self.released = threading.Event()
        self.socket_url: str | None = None
        self._ts = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), name="standin-api",
                                       daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/response/{name}"

    def rate_limit_once(self, method: str, retry_after: int = 1) -> None:
        """The next call of `method` answers 429 with this Retry-After."""
        self.rate_limited[method] = retry_after

    def fail_once(self, method: str, error: str) -> None:
        """The next call of `method` answers ok=false with this error."""
        self.errors[method] = error

    def hang(self, method: str, count: int, seconds: float = WAIT) -> None:
        """The next `count` calls of `method` are recorded as "METHOD (hung)" and get no answer for
        `seconds` (or until `release()`)."""
        with self.changed:
            self.hangs[method] = count
            self.hang_for = seconds

    def release(self) -> None:
        """Let every hung call go."""
        self.released.set()

    def now_hanging(self) -> int:
        with self.changed:
            return self.hanging

    def _start_hang(self, method: str, call: Call) -> bool:
        with self.changed:
            if self.hangs.get(method, 0) <= 0:
                return False
            self.hangs[method] -= 1
            self.hanging += 1
            self.calls.append(call)
            self.changed.notify_all()
        return True

    def _end_hang(self) -> None:
        with self.changed:
            self.hanging -= 1
            self.changed.notify_all()

    def of(self, method: str) -> list[Call]:
        with self.changed:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = WAIT) -> list[Call]:
        """The first `count` calls of `method`, waiting at most `timeout` seconds for them."""
        with self.changed:
            ok = self.changed.wait_for(lambda: len(self._of(method)) >= count, timeout)
            found = self._of(method)
        assert ok, f"expected {count} {method} call(s) within {timeout}s, got {len(found)}: {self.calls}"
        return found

    def _of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        """Status, headers and JSON body for one call; 429 first when a rate limit is armed."""
        if method in self.rate_limited:
            retry_after = self.rate_limited.pop(method)
            return 429, {"Retry-After": str(retry_after)}, {"ok": False, "error": "ratelimited"}
        if method in self.errors:
            return 200, {}, {"ok": False, "error": self.errors.pop(method)}
        if method == "auth.test":
            body = {"ok": True, "url": "https://standin.slack.com/", "team": "Stand-in", "user": "sobot",
                    "team_id": "T0001", "user_id": BOT_USER, "bot_id": "B0001"}
            return 200, {}, body
        if method == "apps.connections.open":
            return 200, {}, {"ok": True, "url": self.socket_url}
        if method == "conversations.open":
            return 200, {}, {"ok": True, "channel": {"id": "D" + str(params.get("users", "X"))}}
        if method in ("chat.postMessage", "chat.postEphemeral"):
            ts = f"1700000000.{next(self._ts):06d}"
            return 200, {}, {"ok": True, "channel": params.get("channel"), "ts": ts, "message_ts": ts}
        return 200, {}, {"ok": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                params = _parse(self.rfile.read(length), self.headers.get("Content-Type", ""))
                path = self.path.split("?")[0]
                method = path.removeprefix("/api/") if path.startswith("/api/") else path.lstrip("/")
                if api._start_hang(method, Call(f"{method} (hung)", params, dict(self.headers.items()))):
                    try:
                        api.released.wait(api.hang_for)
                    finally:
                        api._end_hang()
                status, headers, body = api.answer(method, params)
                name = f"{method} (429)" if status == 429 else method
                with api.changed:
                    api.calls.append(Call(name, params, dict(self.headers.items())))
                    api.changed.notify_all()
                data = b"ok" if method.startswith("response/") else json.dumps(body).encode()
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the caller gave up waiting (a hung call)
                    self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(WAIT)


class SocketModeServer:
    """A Socket Mode endpoint: each connection gets `hello`; envelopes go to the newest one."""

    def __init__(self, api: WebApi) -> None:
        self.api = api
        self.connections: list[ServerConnection] = []
        self.acks: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="standin-socket", daemon=True)
        self.thread.start()
        self.server: Server = self._run(self._start())
        port = self.server.sockets[0].getsockname()[1]
        api.socket_url = f"ws://127.0.0.1:{port}/link/?ticket=standin"

    async def _start(self) -> Server:
        return await serve(self._session, "127.0.0.1", 0)

    def _run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(WAIT)

    async def _session(self, connection: ServerConnection) -> None:
        with self.changed:
            self.connections.append(connection)
            number = len(self.connections)
            self.changed.notify_all()
        hello = {"type": "hello", "num_connections": number, "connection_info": {"app_id": "A0001"},
                 "debug_info": {"host": "standin"}}
        await connection.send(json.dumps(hello))
        try:
            async for raw in connection:
                data = json.loads(raw)
                with self.changed:
                    self.acks.append(data)
                    self.changed.notify_all()
        except ConnectionClosed:  # the client may drop the socket without a close frame
            pass

    def wait_connections(self, count: int, timeout: float = WAIT) -> None:
        self._wait(lambda: len(self.connections) >= count, timeout, f"{count} connection(s)")

    def wait_ack(self, envelope_id: str, timeout: float = WAIT) -> dict[str, Any]:
        self._wait(lambda: any(a.get("envelope_id") == envelope_id for a in self.acks), timeout, envelope_id)
        return next(a for a in self.acks if a.get("envelope_id") == envelope_id)

    def _wait(self, check: Callable[[], bool], timeout: float, what: str) -> None:
        with self.changed:
            assert self.changed.wait_for(check, timeout), f"socket stand-in: no {what} within {timeout}s"

    def send(self, message: dict[str, Any]) -> None:
        """Send to the newest connection."""
        with self.changed:
            connection = self.connections[-1]
        self._run(connection.send(json.dumps(message)))

    def close(self) -> None:
        self.server.close()
        self._run(self.server.wait_closed())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(WAIT)
        self.loop.close()


# --- what Slack sends -----------------------------------------------------------------------------

_ids = itertools.count(1)


def event_body(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "legacy", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}", "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0001", "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    }


def mention(text: str, ts: str = "1700000001.000100", thread_ts: str | None = None) -> dict[str, Any]:
    event = {"type": "app_mention", "user": "U0USER", "text": f"<@{BOT_USER}> {text}", "ts": ts,
             "channel": "C0CHAN", "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(text: str, ts: str = "1700000002.000100", **extra: Any) -> dict[str, Any]:
    return {"type": "message", "channel_type": "im", "user": "U0USER", "text": text, "ts": ts,
            "channel": "D0USER", "event_ts": ts, **extra}


def command_params(text: str, response_url: str) -> dict[str, str]:
    return {"token": "legacy", "team_id": "T0001", "channel_id": "C0CHAN", "user_id": "U0USER",
            "command": "/sobot", "text": text, "response_url": response_url, "trigger_id": "1.2.3",
            "api_app_id": "A0001"}


def block_action(action: dict[str, Any], *, message_ts: str = "1700000003.000100",
                 thread_ts: str | None = None, channel: str = "C0CHAN",
                 response_url: str = "http://127.0.0.1:9/unused") -> dict[str, Any]:
    message: dict[str, Any] = {"type": "message", "ts": message_ts, "text": "answer"}
    container: dict[str, Any] = {"type": "message", "message_ts": message_ts, "channel_id": channel,
                                 "is_ephemeral": False}
    if thread_ts:
        message["thread_ts"] = container["thread_ts"] = thread_ts
    return {"type": "block_actions", "team": {"id": "T0001"}, "user": {"id": "U0USER"},
            "api_app_id": "A0001", "container": container, "channel": {"id": channel},
            "message": message, "response_url": response_url, "trigger_id": "1.2.3",
            "actions": [{"block_id": "b", "action_ts": "1700000004.000100", "type": "button", **action}]}


def home_action(action: dict[str, Any]) -> dict[str, Any]:
    return {"type": "block_actions", "team": {"id": "T0001"}, "user": {"id": "U0USER"},
            "api_app_id": "A0001", "container": {"type": "view", "view_id": "V1"},
            "view": {"id": "V1", "type": "home"}, "trigger_id": "1.2.3",
            "actions": [{"block_id": "b", "action_ts": "1700000004.000100", **action}]}


# --- signed HTTP requests to the bot's HTTP mode ---------------------------------------------------


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def post_signed(url: str, body: str, *, content_type: str, secret: str = SIGNING_SECRET,
                timestamp: int | None = None, signature: str | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """POST like Slack does, signed with HMAC-SHA256; returns (status, body)."""
    ts = int(time.time()) if timestamp is None else timestamp
    request = urllib.request.Request(url, data=body.encode(), method="POST", headers={
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": signature or sign(body, ts, secret),
        **(headers or {}),
    })
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def post_event(url: str, body: dict[str, Any], **kwargs: Any) -> tuple[int, bytes]:
    return post_signed(url, json.dumps(body), content_type="application/json", **kwargs)


def post_form(url: str, params: dict[str, str], **kwargs: Any) -> tuple[int, bytes]:
    return post_signed(url, urllib.parse.urlencode(params), content_type="application/x-www-form-urlencoded",
                       **kwargs)


def post_action(url: str, payload: dict[str, Any], **kwargs: Any) -> tuple[int, bytes]:
    return post_form(url, {"payload": json.dumps(payload)}, **kwargs)


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=WAIT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def mrkdwn_texts(blocks: Any) -> list[str]:
    """Every mrkdwn string in a block tree (where Slack would parse mentions)."""
    found: list[str] = []
    if isinstance(blocks, dict):
        if blocks.get("type") == "mrkdwn" and isinstance(blocks.get("text"), str):
            found.append(blocks["text"])
        for value in blocks.values():
            found.extend(mrkdwn_texts(value))
    elif isinstance(blocks, list):
        for value in blocks:
            found.extend(mrkdwn_texts(value))
    return found


# --- a burst of signed requests at once --------------------------------------------------------------


@dataclass
class Reply:
    """What one request of a burst got: the HTTP status (0: no response) and the seconds it took."""

    status: int
    seconds: float
    error: str = ""


async def _post_raw(host: str, port: int, path: str, body: bytes, timeout: float) -> Reply:
    ts = str(int(time.time()))
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\n"
            f"X-Slack-Signature: {sign(body.decode(), int(ts))}\r\nConnection: close\r\n\r\n").encode()
    started = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(host, port)
            try:
                writer.write(head + body)
                await writer.drain()
                status_line = await reader.readline()
            finally:
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()
        status = int(status_line.split()[1]) if status_line else 0
        return Reply(status, time.perf_counter() - started)
    except (OSError, TimeoutError, ValueError, IndexError) as error:
        return Reply(0, time.perf_counter() - started, f"{type(error).__name__}: {error}")


def burst(url: str, bodies: list[dict[str, Any]], timeout: float = 60.0) -> list[Reply]:
    """POST every body at once (one connection each, all opened together), signed like Slack does;
    the replies in the same order. The time of each is from its connect to its status line."""
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    encoded = [json.dumps(body).encode() for body in bodies]

    async def run() -> list[Reply]:
        return list(await asyncio.gather(*(_post_raw(host, port, parts.path, b, timeout) for b in encoded)))

    return asyncio.run(run())

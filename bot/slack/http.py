"""HTTP mode's front door and server: size and signature checks before bolt, /healthz, uvicorn.

The server is uvicorn (one process, one asyncio loop accepting connections and
parsing them with httptools, a listen backlog of 2,048) serving a small Starlette app. One
process matters: conversations, profiles and retried-event ids live in memory
unless Redis is configured, so several worker processes would each see a part.
What reaches bolt is decided in bot.slack.listeners.http_app: events are
acknowledged at once, everything else is dispatched on a thread.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.slack import messages as msg

if TYPE_CHECKING:
    from collections.abc import Mapping

    from starlette.types import ASGIApp

log = logging.getLogger("sobot.slack")

MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are a few kB; 1 MB is generous
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
BACKLOG = 2048  # connections the kernel queues before accept(); Python's default of 5 dropped bursts
HTTP_GRACE = 2  # seconds in-flight requests (acks) get once a stop is asked for
QUIET_SECONDS = 0.05  # no request for this long: a burst, if there was one, has been acknowledged

Endpoint = Callable[[Request], Awaitable[Response]]
Handler = Callable[[Request, bytes], Awaitable[Response]]
Health = Callable[[], str | None]  # None when healthy, else a short reason


class Arrivals:
    """When the last event came in, so that answers can wait while a burst is being acknowledged."""

    def __init__(self, quiet: float = QUIET_SECONDS) -> None:
        self.quiet = quiet
        self.last = float("-inf")

    def seen(self) -> None:
        self.last = time.monotonic()

    def busy(self) -> bool:
        """An event came in less than `quiet` seconds ago."""
        return time.monotonic() - self.last < self.quiet


def verified_only(handler: Handler, signing_secret: str, *, max_body: int = MAX_BODY_BYTES) -> Endpoint:
    """An endpoint that hands `handler` a request's body only once its size is checked and its Slack
    signature verified.

    Nothing downstream (bolt, its error handler, an apology posted to a channel or a
    response_url named in the body) ever sees an unverified request: a body over
    `max_body` gets 413 before it is read, a missing length 411, anything unsigned,
    stale or malformed 401. No request body is ever logged.
    """
    from slack_sdk.signature import SignatureVerifier

    verifier = SignatureVerifier(signing_secret)

    async def endpoint(request: Request) -> Response:
        try:
            length = int(request.headers.get("content-length") or "")
        except ValueError:
            return refuse(request, 411, "no Content-Length")
        if length < 0 or length > max_body:
            return refuse(request, 413, f"{length} bytes")
        body = await read_body(request, length)
        if body is None:
            return refuse(request, 400, "body longer than its Content-Length")
        if not signature_ok(verifier, body, request.headers):
            return refuse(request, 401, "invalid signature")
        return await handler(request, body)

    return endpoint


async def read_body(request: Request, length: int) -> bytes | None:
    """At most `length` bytes of the body (None if it runs longer)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > length:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def refuse(request: Request, status: int, why: str) -> Response:
    response = PlainTextResponse(f"{status}\n", status_code=status)
    peer = request.client.host if request.client else "?"
    log.info(msg.request_refused(f"{status}", why, peer))
    return response


def signature_ok(verifier: Any, body: bytes, headers: Mapping[str, str]) -> bool:
    """Whether Slack signed this body; any malformed header or body counts as unsigned."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp.isdigit() or not signature.startswith("v0="):
        return False
    try:
        return bool(verifier.is_valid(body, timestamp, signature))
    except (ValueError, UnicodeDecodeError):
        return False


def health_endpoint(check: Health, degraded: Health | None = None) -> Endpoint:
    """GET /healthz: 503 with the reason `check` gives (not connected, workers stalled); else 200
    "degraded: why" while `degraded()` gives a reason (shared state down, local state in use: the
    replica still answers, so a load balancer should keep it); else 200 "ok"."""

    async def endpoint(request: Request) -> Response:
        reason = check()
        if reason is not None:
            return PlainTextResponse(f"{reason}\n", status_code=503)
        why = await run_in_threadpool(degraded) if degraded else None  # may ask Redis: off the loop
        if why:
            return PlainTextResponse(msg.health_degraded(why))
        return PlainTextResponse("ok\n")

    return endpoint


def asgi_app(health: Health, events: Endpoint | None = None, degraded: Health | None = None) -> Starlette:
    """GET /healthz (see `health_endpoint`) and, when given, POST /slack/events; anything else is
    404 (or 405)."""
    routes = [Route(HEALTH_PATH, health_endpoint(health, degraded), methods=["GET"])]
    if events is not None:
        routes.append(Route(EVENTS_PATH, events, methods=["POST"]))
    return Starlette(routes=routes)


class HttpServer:
    """uvicorn serving an ASGI app on host:port from a thread of its own; `start`, then `stop`."""

    def __init__(self, app: ASGIApp, host: str, port: int, *, grace: int = HTTP_GRACE) -> None:
        import uvicorn

        self.host = host
        self._requested = port
        config = uvicorn.Config(app, host=host, port=port, backlog=BACKLOG, log_config=None, access_log=False,
                                lifespan="off", ws="none", server_header=False, timeout_graceful_shutdown=grace)
        self._server = uvicorn.Server(config)
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.grace = grace

    @property
    def port(self) -> int:
        assert self._socket is not None, "start() first"
        return int(self._socket.getsockname()[1])

    def start(self, timeout: float = 10.0) -> int:
        """Listen (errors come straight back as OSError), serve from a thread; the port it listens on."""
        try:
            self._socket = socket.create_server((self.host, self._requested), backlog=BACKLOG)
        except OSError as error:
            raise OSError(msg.could_not_listen(self.host, self._requested)) from error
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name="sobot-http", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(msg.could_not_listen(self.host, self._requested))
            time.sleep(0.01)
        return self.port

    def stop(self) -> None:
        """Stop accepting, give requests in flight up to `grace` seconds, close."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(self.grace + 5)

    def __enter__(self) -> HttpServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

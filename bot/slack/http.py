"""HTTP mode's front door: size and signature checks before bolt, /healthz, the WSGI server."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.slack import messages as msg

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger("sobot.slack")

MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are a few kB; 1 MB is generous
EVENTS_PATH = "/slack/events"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)


def with_health(app: WSGIApplication, healthy: Callable[[], bool] = lambda: True,
                degraded: Callable[[], str | None] | None = None) -> WSGIApplication:
    """Wrap a WSGI app so GET /healthz answers 200 "ok", 503 when `healthy()` is False (not
    connected), and 200 "degraded: why" while `degraded()` gives a reason: the replica still
    answers (shared state down, local state in use), so a load balancer should keep it."""

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            if not healthy():
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"not connected\n"]
            reason = degraded() if degraded else None
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [msg.health_degraded(reason).encode() if reason else b"ok\n"]
        return app(environ, start_response)

    return application


def verified_only(app: WSGIApplication, signing_secret: str, *, path: str = EVENTS_PATH,
                  max_body: int = MAX_BODY_BYTES) -> WSGIApplication:
    """Let a POST to `path` reach `app` only once its size is checked and its Slack signature verified.

    Nothing downstream (bolt, its error handler, an apology posted to a channel or a
    response_url named in the body) ever sees an unverified request: a body over
    `max_body` gets 413 before it is read, a missing length 411, anything unsigned,
    stale or malformed 401. No request body is ever logged.
    """
    from slack_sdk.signature import SignatureVerifier

    verifier = SignatureVerifier(signing_secret)

    def refuse(start_response: StartResponse, status: str, why: str, environ: WSGIEnvironment) -> list[bytes]:
        log.info(msg.request_refused(status, why, environ.get("REMOTE_ADDR", "?")))
        start_response(status, [("Content-Type", "text/plain")])
        return [status.encode() + b"\n"]

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != path or environ.get("REQUEST_METHOD") != "POST":
            return app(environ, start_response)
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return refuse(start_response, "411 Length Required", "no Content-Length", environ)
        if length < 0 or length > max_body:
            return refuse(start_response, "413 Content Too Large", f"{length} bytes", environ)
        body = environ["wsgi.input"].read(length)
        if not signature_ok(verifier, body, environ):
            return refuse(start_response, "401 Unauthorized", "invalid signature", environ)
        environ["wsgi.input"] = io.BytesIO(body)
        return app(environ, start_response)

    return application


def signature_ok(verifier: Any, body: bytes, environ: WSGIEnvironment) -> bool:
    """Whether Slack signed this body; any malformed header or body counts as unsigned."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    if not timestamp.isdigit() or not signature.startswith("v0="):
        return False
    try:
        return bool(verifier.is_valid(body, timestamp, signature))
    except (ValueError, UnicodeDecodeError):
        return False


def not_found(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found\n"]


def make_http_server(app: WSGIApplication, host: str, port: int) -> WSGIServer:
    """A threaded WSGI server on host:port (port 0 picks a free one); call serve_forever()."""
    return make_server(host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)

"""What the Slack app needs around slack-bolt: settings and token checks, stores, logs, servers.

Nothing here imports slack_bolt, so these parts can be tested and reused on their own.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot import slack_messages as msg
from bot.errors import SobotError
from bot.model import Client, Env, Profile
from bot.paths import state_dir

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger("sobot.slack")

DEFAULT_API_URL = "https://slack.com/api/"
MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are a few kB; 1 MB is generous
EVENTS_PATH = "/slack/events"
_TOKEN = re.compile(r"\b(xox[a-z]|xapp)-[A-Za-z0-9-]+")
_SECRET = re.compile(r"[0-9a-fA-F]{32}")
_PREFIX = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


class SlackSetupError(SobotError):
    """A Slack setting is missing or wrong: the message names the variable and where to find it."""


@dataclass(frozen=True)
class SlackSettings:
    """The secrets and addresses one run needs; `repr` never shows a secret."""

    bot_token: str
    app_token: str | None
    signing_secret: str | None
    api_url: str

    def __repr__(self) -> str:
        return f"SlackSettings(api_url={self.api_url!r}, http={self.signing_secret is not None})"


def check_secret(name: str, value: str | None) -> str:
    """The value of one variable, or a SlackSetupError saying what is wrong and where to get it."""
    where = msg.WHERE[name]
    if not value or not value.strip():
        raise SlackSetupError(msg.TOKEN_MISSING.format(name=name, where=where))
    problem = ""
    if value != value.strip() or any(q in value for q in "\"' "):
        problem = "it contains spaces or quotes; in .env write NAME=value without quotes"
    elif "paste-your" in value:
        problem = "it is still the placeholder from .env.example"
    elif name in _PREFIX and not value.startswith(_PREFIX[name]):
        problem = f"it should start with {_PREFIX[name]}"
    elif name == "SLACK_SIGNING_SECRET" and not _SECRET.fullmatch(value):
        problem = "it should be 32 hexadecimal characters"
    if problem:
        raise SlackSetupError(msg.TOKEN_MALFORMED.format(name=name, problem=problem, where=where))
    return value


def read_settings(environ: Mapping[str, str], *, http: bool) -> SlackSettings:
    """Settings from the environment: Socket Mode needs the app token, HTTP mode the signing secret."""
    bot_token = check_secret("SLACK_BOT_TOKEN", environ.get("SLACK_BOT_TOKEN"))
    app_token = None if http else check_secret("SLACK_APP_TOKEN", environ.get("SLACK_APP_TOKEN"))
    secret = check_secret("SLACK_SIGNING_SECRET", environ.get("SLACK_SIGNING_SECRET")) if http else None
    return SlackSettings(bot_token, app_token, secret, api_base_url(environ.get("SLACK_API_URL")))


def api_base_url(value: str | None) -> str:
    """The Web API base URL, ending in a slash as slack_sdk expects."""
    url = (value or "").strip() or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Text with every Slack token (and the given secrets) replaced."""
    text = _TOKEN.sub(lambda m: f"{m.group(1)}-[redacted]", text)
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text


class RedactingFilter(logging.Filter):
    """A handler filter that keeps tokens and the signing secret out of every log line."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = redact(text, self.secrets)
        if clean != text:
            record.msg, record.args = clean, None
        return True


class SeenEvents:
    """Event ids already handled, so a retried delivery is acknowledged but not answered twice."""

    def __init__(self, limit: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """Record the id; True only the first time it is seen."""
        with self._lock:
            if event_id in self._ids:
                return False
            self._ids[event_id] = None
            while len(self._ids) > self._limit:
                self._ids.popitem(last=False)
            return True


class FeedbackLog:
    """👍/👎 votes as JSON lines, appended to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, vote: str, **fields: Any) -> None:
        entry = {"time": datetime.now(UTC).isoformat(timespec="seconds"), "vote": vote, **fields}
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)


class ProfileStore:
    """Each Slack user's environment/client profile; kept in a JSON file when a path is given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._profiles: dict[str, Profile] = self._load()

    def get(self, user: str | None) -> Profile:
        with self._lock:
            return self._profiles.get(user or "", Profile())

    def set(self, user: str, profile: Profile) -> None:
        with self._lock:
            self._profiles[user] = profile
            self._save()

    def _load(self) -> dict[str, Profile]:
        if self.path is None:
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {str(user): parse_profile(data) for user, data in raw.items() if isinstance(data, dict)}

    def _save(self) -> None:
        if self.path is None:
            return
        data = {
            user: {"env": p.env.value if p.env else None, "client": p.client.value if p.client else None}
            for user, p in self._profiles.items()
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            tmp.replace(self.path)
        except OSError as error:  # the profile still works for this run
            log.warning("Could not save Slack profiles to %s: %s", self.path, error)


def parse_profile(data: Mapping[str, Any]) -> Profile:
    """A Profile from {"env": ..., "client": ...}; unknown values mean "any"."""
    env, client = data.get("env"), data.get("client")
    return Profile(
        env=Env(env) if env in {e.value for e in Env} else None,
        client=Client(client) if client in {c.value for c in Client} else None,
    )


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)


def with_health(app: WSGIApplication, healthy: Callable[[], bool] = lambda: True) -> WSGIApplication:
    """Wrap a WSGI app so GET /healthz answers 200 "ok" (or 503 when `healthy()` is False)."""

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            ok = healthy()
            start_response("200 OK" if ok else "503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"ok\n" if ok else b"not connected\n"]
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
        log.info(msg.REQUEST_REFUSED.format(status=status, why=why, peer=environ.get("REMOTE_ADDR", "?")))
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


def default_state_dir() -> Path:
    """Where feedback and profiles go (see bot.paths.state_dir)."""
    return state_dir()


def load_dotenv(path: Path) -> list[str]:
    """Set variables from a NAME=value file (as docker compose reads it) unless already set."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    loaded = []
    for line in lines:
        name, sep, value = line.strip().partition("=")
        name = name.removeprefix("export ").strip()
        if sep and name and not name.startswith("#") and name not in os.environ:
            os.environ[name] = value
            loaded.append(name)
    return loaded

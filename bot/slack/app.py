"""`sobot slack`: run the Slack app in Socket Mode or HTTP mode.

Socket Mode (`sobot slack`, SLACK_BOT_TOKEN + SLACK_APP_TOKEN) or HTTP mode
(`sobot slack --http --port N`, SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET; POST
/slack/events, GET /healthz, served by uvicorn). SLACK_API_URL points the Web
API elsewhere (a local stand-in in tests). Importing this module stays light:
slack_bolt, Starlette and uvicorn load only when `run` starts, so `sobot --help`
and the REPL never pay for them.

On SIGTERM (docker stop) or SIGINT the app stops taking requests, gives answers in
progress what is left of SHUTDOWN_SECONDS, and exits: docker-compose.yml's
stop_grace_period leaves a margin above it.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.slack import messages as msg
from bot.slack import reload
from bot.slack.reload import live_reload
from bot.slack.settings import RedactingFilter, SlackSetupError, load_dotenv, read_settings
from bot.slack.stores import slack_stores
from bot.store.factory import StoreSetupError, redis_password

if TYPE_CHECKING:
    from slack_bolt import App
    from starlette.types import ASGIApp

    from bot.core.state import StateStore
    from bot.slack.listeners import Answers
    from bot.slack.workers import Workers

log = logging.getLogger("sobot.slack")

SHUTDOWN_SECONDS = 8.0  # from SIGTERM to exit, at most (docker compose waits 10 s, then kills)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `sobot slack`."""
    parser.add_argument("--http", action="store_true",
                        help="HTTP mode (SLACK_SIGNING_SECRET) instead of Socket Mode (SLACK_APP_TOKEN)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 3000),
                        help="HTTP mode: port of POST /slack/events and GET /healthz (default $PORT or 3000)")
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    parser.add_argument("--health-port", type=int, default=None,
                        help="Socket Mode: also serve GET /healthz on this port (200 while connected, 503 when not)")
    parser.add_argument("--env-file", default=Path(".env"), action=_GivenPath,
                        help="read variables not already set from this file (default: .env, if it exists; "
                        "a file given here must exist)")
    parser.add_argument("--feedback", type=Path, default=None,
                        help="JSONL file for 👍/👎 votes (default: feedback.jsonl in $SOBOT_STATE_DIR "
                        "or ~/.local/state/sobot; with REDIS_URL the votes go to Redis, here only while it is down)")
    parser.add_argument("--log-level", default=os.environ.get("SOBOT_LOG_LEVEL") or "INFO",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log detail (default INFO)")
    reload.add_arguments(parser)


class _GivenPath(argparse.Action):
    """Store the path and remember that it was given, so only a default may be absent."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        setattr(namespace, self.dest, Path(str(values)) if str(values) else None)  # "" means no file
        setattr(namespace, f"{self.dest}_given", True)


def configure_logging(level: str, secrets: Sequence[str]) -> None:
    """Log to stderr (unless logging is set up already), every handler redacting tokens and secret."""
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    root.setLevel(level)
    for handler in root.handlers:
        handler.addFilter(RedactingFilter(secrets))


def run(args: argparse.Namespace, engine_factory: Callable[[], Answers] | None = None,
        stop: threading.Event | None = None) -> int:
    """`sobot slack`: check the settings, load the engine, serve until SIGINT/SIGTERM (or `stop`)."""
    env_file = getattr(args, "env_file", None)
    if env_file:
        if getattr(args, "env_file_given", False) and not Path(env_file).is_file():
            print(f"sobot slack: {msg.env_file_missing(env_file)}", file=sys.stderr)
            return 2
        load_dotenv(Path(env_file))
    try:
        settings = read_settings(os.environ, http=args.http)
    except SlackSetupError as error:
        print(f"sobot slack: {error}", file=sys.stderr)
        return 2
    configure_logging(args.log_level, [s for s in (settings.bot_token, settings.app_token,
                                                   settings.signing_secret, redis_password(os.environ)) if s])
    from bot.slack import listeners as listeners  # slack_bolt loads here, not at import

    client = listeners.make_client(settings.bot_token, settings.api_url)
    try:
        listeners.verify_token(client)
    except SlackSetupError as error:
        print(f"sobot slack: {error}", file=sys.stderr)
        return 2
    try:  # Redis when REDIS_URL is set, else this process and the state directory
        stores = slack_stores(feedback_path=args.feedback)
    except StoreSetupError as error:
        print(f"sobot slack: {error}", file=sys.stderr)
        return 2
    if stores.shared:
        log.info(msg.state_shared(stores.shared))
    from bot.slack.workers import Workers

    try:
        engine = engine_factory() if engine_factory else load_default_engine(stores.state)
        if getattr(args, "own_process", False):
            from bot.core.engine import settle

            settle()  # served until stopped: full collections need not walk the engine again
        workers = Workers()
        app = listeners.build_app(engine, token=settings.bot_token, signing_secret=settings.signing_secret,
                                  client=client, stores=stores, workers=workers)
        stop = stop or threading.Event()
        try:
            with stop_on_signals(stop), live_reload(engine, watch=not getattr(args, "no_reload", False)):
                if args.http:
                    web = listeners.http_app(app, settings.signing_secret or "", workers,
                                             degraded=stores.degraded)
                    serve_http(web, args.host, args.port, stop, workers)
                else:
                    serve_socket_mode(app, settings.app_token or "", args.host, args.health_port, stop,
                                      workers, degraded=stores.degraded)
        except OSError as error:  # the port is taken, or the address is not this machine's
            print(f"sobot slack: {error}", file=sys.stderr)
            return 1
    finally:
        stores.close()
    return 0


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM (docker stop) set `stop`; the previous handlers come back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def load_default_engine(store: StateStore | None = None) -> Answers:
    from bot.core.engine import load_engine

    return load_engine(store=store)


def serve_http(web: ASGIApp, host: str, port: int, stop: threading.Event, workers: Workers) -> None:
    """Serve HTTP mode until `stop`, then stop within SHUTDOWN_SECONDS."""
    from bot.slack.http import HttpServer

    server = HttpServer(web, host, port)
    print(msg.started_http(host, server.start()), file=sys.stderr)
    stop.wait()
    shut_down(server.stop, workers)


def serve_socket_mode(app: App, app_token: str, host: str, health_port: int | None,
                      stop: threading.Event, workers: Workers,
                      degraded: Callable[[], str | None] | None = None) -> None:
    """Connect over Socket Mode (reconnecting on its own); optionally serve /healthz beside it
    (503 when not connected or stalled, 200 "degraded: ..." while `degraded()` gives a reason)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from bot.slack.http import HttpServer, asgi_app

    handler = SocketModeHandler(app, app_token=app_token)
    handler.connect()  # type: ignore[no-untyped-call]
    print(msg.STARTED_SOCKET, file=sys.stderr)
    health: HttpServer | None = None

    def close() -> None:
        handler.close()  # type: ignore[no-untyped-call]
        if health is not None:
            health.stop()

    try:
        if health_port is not None:
            def check() -> str | None:
                return None if handler.client.is_connected() else msg.NOT_CONNECTED

            health = HttpServer(asgi_app(lambda: check() or workers.stalled(), degraded=degraded), host,
                                health_port)
            health.start()
        stop.wait()
    finally:
        shut_down(close, workers)


def shut_down(close: Callable[[], None], workers: Workers, budget: float = SHUTDOWN_SECONDS) -> None:
    """Stop taking requests (`close`), give the answers in progress the rest of `budget`, then return."""
    started = time.monotonic()
    log.info(msg.stopping(budget))
    close()
    workers.drain(max(0.0, budget - (time.monotonic() - started) - 0.5))

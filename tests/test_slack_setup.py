"""Starting the Slack app: settings, token checks, redaction, `run` in both modes, manifest, compose."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from slack_standin import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    SocketModeServer,
    WebApi,
    event_body,
    get,
    mention,
    post_event,
)
from test_slack_http import EchoEngine

from bot.slack import app as slack_app
from bot.slack.settings import (
    RedactingFilter,
    SlackSetupError,
    check_secret,
    load_dotenv,
    read_settings,
    redact,
)

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET}


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("SLACK_BOT_TOKEN", None, "SLACK_BOT_TOKEN is not set. Find it in the Slack app settings"),
    ("SLACK_BOT_TOKEN", "  ", "Bot User OAuth Token"),
    ("SLACK_BOT_TOKEN", "xoxp-1-user-token", "it should start with xoxb-"),
    ("SLACK_BOT_TOKEN", '"xoxb-1-quoted"', "spaces or quotes"),
    ("SLACK_BOT_TOKEN", "xoxb-paste-your-bot-token-here", "placeholder from .env.example"),
    ("SLACK_APP_TOKEN", "", "Basic Information > App-Level Tokens"),
    ("SLACK_APP_TOKEN", "xoxb-wrong-kind", "it should start with xapp-"),
    ("SLACK_SIGNING_SECRET", "", "App Credentials > Signing Secret"),
    ("SLACK_SIGNING_SECRET", "not-hex-and-too-short", "32 hexadecimal characters"),
])
def test_bad_settings_name_the_variable_and_where_to_find_it(name: str, value: str | None,
                                                             expected: str) -> None:
    with pytest.raises(SlackSetupError) as caught:
        check_secret(name, value)
    text = str(caught.value)
    assert name in text
    assert expected in text
    if value and value.strip():
        assert value.strip('"') not in text  # the secret itself is never repeated


def test_settings_per_mode() -> None:
    socket = read_settings({**GOOD, "SLACK_API_URL": "http://127.0.0.1:9/api"}, http=False)
    assert (socket.app_token, socket.signing_secret, socket.api_url) == (APP_TOKEN, None, "http://127.0.0.1:9/api/")
    http = read_settings({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET}, http=True)
    assert (http.app_token, http.api_url) == (None, "https://slack.com/api/")
    assert BOT_TOKEN not in repr(http)
    assert SIGNING_SECRET not in repr(http)
    with pytest.raises(SlackSetupError, match="SLACK_APP_TOKEN"):
        read_settings({"SLACK_BOT_TOKEN": BOT_TOKEN}, http=False)


def test_redaction_of_tokens_and_secret() -> None:
    text = f"auth {BOT_TOKEN} and {APP_TOKEN} and xoxp-9-9 secret={SIGNING_SECRET}"
    clean = redact(text, [SIGNING_SECRET])
    assert clean == "auth xoxb-[redacted] and xapp-[redacted] and xoxp-[redacted] secret=[redacted]"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token %s", (BOT_TOKEN,), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "token xoxb-[redacted]"


def test_dotenv_sets_only_unset_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("# comment\nSOBOT_T_A=from-file\nexport SOBOT_T_B=b=c\nSOBOT_T_C=file\n\nnot a line\n")
    monkeypatch.setenv("SOBOT_T_C", "kept")
    for name in ("SOBOT_T_A", "SOBOT_T_B"):
        monkeypatch.delenv(name, raising=False)
    assert load_dotenv(env) == ["SOBOT_T_A", "SOBOT_T_B"]
    assert (os.environ["SOBOT_T_A"], os.environ["SOBOT_T_B"], os.environ["SOBOT_T_C"]) == ("from-file", "b=c", "kept")
    for name in ("SOBOT_T_A", "SOBOT_T_B"):
        monkeypatch.delenv(name)
    assert load_dotenv(tmp_path / "missing") == []


# --- run(): the real entry point --------------------------------------------------------------------


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    slack_app.add_arguments(parser)
    return parser.parse_args(["--env-file", "", *argv])


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[WebApi]:
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)  # run() sets the level; put it back afterwards
    stand_in = WebApi()
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_API_URL", stand_in.url)
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    yield stand_in
    stand_in.close()


def test_run_refuses_to_start_without_tokens(api: WebApi, capsys: pytest.CaptureFixture[str]) -> None:
    assert slack_app.run(parse(), engine_factory=EchoEngine) == 2
    err = capsys.readouterr().err
    assert "SLACK_BOT_TOKEN is not set" in err
    assert "OAuth & Permissions" in err
    assert api.calls == []


def test_run_reports_a_rejected_token_without_showing_it(api: WebApi, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    api.fail_once("auth.test", "invalid_auth")
    assert slack_app.run(parse(), engine_factory=EchoEngine) == 2
    err = capsys.readouterr().err
    assert "Slack rejected SLACK_BOT_TOKEN (invalid_auth)" in err
    assert "Reinstall" in err
    assert BOT_TOKEN not in err


def run_in_thread(args: argparse.Namespace) -> tuple[threading.Thread, threading.Event, list[int]]:
    stop, result = threading.Event(), []
    thread = threading.Thread(target=lambda: result.append(slack_app.run(args, EchoEngine, stop)), daemon=True)
    thread.start()
    return thread, stop, result


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_run_socket_mode_serves_health_and_never_logs_tokens(
        api: WebApi, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    socket = SocketModeServer(api)
    port = free_port()
    thread, stop, result = run_in_thread(parse("--health-port", str(port), "--host", "127.0.0.1",
                                               "--log-level", "DEBUG"))
    try:
        socket.wait_connections(1)
        status = 0
        for _ in range(100):  # the health server starts right after the connection; bounded retries
            try:
                status, _ = get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                threading.Event().wait(0.05)
        assert status == 200
        socket.send({"envelope_id": "e1", "type": "events_api", "accepts_response_payload": False,
                     "payload": event_body(mention("hello from socket mode", ts="1900.1"))})
        api.wait_for("chat.postMessage")
    finally:
        stop.set()
        thread.join(15)
        socket.close()
    assert result == [0]
    out, err = capfd.readouterr()
    assert "connected to Slack in Socket Mode" in err
    assert BOT_TOKEN not in out + err
    assert APP_TOKEN not in out + err


def test_run_http_mode_answers_signed_events(api: WebApi, monkeypatch: pytest.MonkeyPatch,
                                             capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    port = free_port()
    thread, stop, result = run_in_thread(parse("--http", "--port", str(port), "--host", "127.0.0.1"))
    try:
        status = 0
        for _ in range(100):
            try:
                status, _ = get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                threading.Event().wait(0.05)
        assert status == 200
        body = event_body(mention("over http", ts="1900.2"))
        assert post_event(f"http://127.0.0.1:{port}/slack/events", body)[0] == 200
        assert api.wait_for("chat.postMessage")[0].params["thread_ts"] == "1900.2"
    finally:
        stop.set()
        thread.join(15)
    assert result == [0]
    assert f"http://127.0.0.1:{port}/slack/events" in capfd.readouterr().err


def test_importing_the_entry_point_does_not_load_slack_bolt() -> None:
    code = "import sys, bot.slack.app; print('slack_bolt' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


# --- the files a workspace admin and an operator use --------------------------------------------------


def test_manifest_grants_what_the_app_uses() -> None:
    manifest = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text())
    features, settings = manifest["features"], manifest["settings"]
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    # chat.postMessage/postEphemeral, conversations.open (App Home buttons), the events, the command
    assert {"app_mentions:read", "chat:write", "im:history", "im:write", "commands"} <= scopes
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im", "app_home_opened"}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    assert [c["command"] for c in features["slash_commands"]] == ["/sobot"]
    assert features["app_home"]["home_tab_enabled"]
    assert features["app_home"]["messages_tab_enabled"]
    assert features["app_home"]["messages_tab_read_only_enabled"] is False
    assert features["bot_user"]["display_name"] == "sobot"


def test_env_example_lists_every_variable_the_app_reads() -> None:
    names = {line.split("=")[0] for line in (ROOT / ".env.example").read_text().splitlines()
             if "=" in line and not line.startswith("#")}
    assert {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"} <= names
    for secret in (".env", ".env.local", "prod.env"):  # every environment file is ignored but the example
        assert subprocess.run(["git", "check-ignore", "-q", secret], cwd=ROOT).returncode == 0, secret
    assert subprocess.run(["git", "check-ignore", "-q", ".env.example"], cwd=ROOT).returncode == 1


def test_docker_compose_config_is_valid(tmp_path: Path) -> None:
    compose = shutil.which("docker-compose")
    if compose is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is missing; .ci/run installs the Debian package docker-compose")
        pytest.skip("docker-compose not installed (apt-get install docker-compose)")
    for name in ("docker-compose.yml", "Dockerfile"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "COMPOSE_", "DOCKER_"))}
    done = subprocess.run([compose, "config"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    service = yaml.safe_load(done.stdout)["services"]["sobot"]
    assert service["command"][:2] == ["sobot", "slack"]
    assert "SLACK_BOT_TOKEN" in service["environment"]
    assert "healthz" in " ".join(service["healthcheck"]["test"])
    assert json.dumps(service).count("xoxb-") <= 1  # only the placeholder from .env.example

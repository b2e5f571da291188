"""Slack settings: tokens read and checked (with where to find them), secrets kept out of logs."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.core.errors import SobotError
from bot.slack import messages as msg

log = logging.getLogger("sobot.slack")

DEFAULT_API_URL = "https://slack.com/api/"
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
    if not value or not value.strip():
        raise SlackSetupError(msg.token_missing(name))
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
        raise SlackSetupError(msg.token_malformed(name, problem))
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

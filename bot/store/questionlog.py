"""The question log, opt-in: one JSON line per answer (and per 👍/👎), for `sobot report`.

Off unless `SOBOT_LOG` names a file (`SOBOT_LOG=on` means questions.jsonl in the state
directory). Each line holds the time, the face (terminal, slack, ask), a salted hash of the
user id (never the id itself, never a token), the question, the intent, the confidence, whether
it fell back and the rows of the answer. A vote is a line of its own whose `ref` is the `ref` of
the answer it is about. Mentions and anything shaped like a Slack token are cut out of the
questions. The file is 0600 and rotates by size (`PrivateJsonl`). The salt comes
from `SOBOT_LOG_SALT`, else it is made once and kept 0600 in the state directory as `log-salt`.
Writing never stops an answer: a failure is logged and the answer goes out.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.model import Answer
from bot.core.paths import state_dir
from bot.store.files import BACKUPS, MAX_BYTES, PrivateJsonl, open_private

log = logging.getLogger(__name__)

DEFAULT_NAME = "questions.jsonl"
SALT_NAME = "log-salt"
ON = {"1", "on", "yes", "true"}
REF_CHARS = 200  # the part of a question that ties a vote to its answer (Slack clips what a button carries)
# What a question may carry that must not be kept: Slack mentions (raw user, channel and group ids)
# and anything shaped like a Slack token pasted by mistake.
_MENTIONS = re.compile(r"<[@#!][^>]*>")
_TOKENS = re.compile(r"\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+")


def scrub(question: str) -> str:
    """The question without mentions of people or channels and without anything shaped like a token."""
    return _TOKENS.sub("[token]", _MENTIONS.sub("@someone", question))


def default_path() -> Path:
    return state_dir() / DEFAULT_NAME


def configured_path(env: dict[str, str] | None = None) -> Path | None:
    """The log file `SOBOT_LOG` asks for, or None when the log is off."""
    value = (os.environ if env is None else env).get("SOBOT_LOG", "").strip()
    if not value or value.lower() in {"0", "off", "no", "false"}:
        return None
    return default_path() if value.lower() in ON else Path(value).expanduser()


def load_salt(directory: Path) -> bytes:
    """`SOBOT_LOG_SALT`, else the salt kept in `directory` (made once, 0600)."""
    given = os.environ.get("SOBOT_LOG_SALT", "")
    if given:
        return given.encode("utf-8")
    path = directory / SALT_NAME
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    salt = secrets.token_bytes(32)
    with open_private(path, "w") as out:
        out.write(salt.hex() + "\n")
    return salt


class QuestionLog:
    """Appends answer and vote lines; user ids are hashed with the salt before anything is written."""

    def __init__(self, path: Path, salt: bytes, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.path = path
        self.salt = salt
        self.lines = PrivateJsonl(path, max_bytes=max_bytes, backups=backups)

    def user_hash(self, user: str | None) -> str | None:
        if not user:
            return None
        return hmac.new(self.salt, user.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def ref(self, user: str | None, question: str) -> str:
        """The same for an answer and for a vote on it: who asked, and what."""
        key = f"{self.user_hash(user) or ''}\n{scrub(question).strip()[:REF_CHARS]}"
        return hmac.new(self.salt, key.encode("utf-8"), hashlib.sha256).hexdigest()[:12]

    def answered(self, face: str, user: str | None, answer: Answer) -> dict[str, Any]:
        entry = {"time": now(), "face": face, "user": self.user_hash(user), "question": scrub(answer.question),
                 "intent": answer.intent, "confidence": round(answer.confidence, 3), "fallback": answer.fallback,
                 "rows": [i.name for i in answer.items], "ref": self.ref(user, answer.question)}
        self.lines.append(entry)
        return entry

    def voted(self, face: str, user: str | None, vote: str, question: str, intent: str | None) -> dict[str, Any]:
        entry = {"time": now(), "face": face, "user": self.user_hash(user), "feedback": vote,
                 "question": scrub(question), "intent": intent, "ref": self.ref(user, question)}
        self.lines.append(entry)
        return entry


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_lock = threading.Lock()
_open: dict[Path, QuestionLog] = {}


def active() -> QuestionLog | None:
    """The log `SOBOT_LOG` asks for (one per file, made on first use), or None when it is off."""
    path = configured_path()
    if path is None:
        return None
    with _lock:
        if path not in _open:
            _open[path] = QuestionLog(path, load_salt(state_dir()))
        return _open[path]


def record_answer(face: str, user: str | None, answer: Answer) -> None:
    """What a face calls after each answer; nothing happens unless the log is on."""
    try:
        if (qlog := active()) is not None:
            qlog.answered(face, user, answer)
    except OSError as error:  # the answer matters more than its log line
        log.warning("Could not write the question log: %s", error)


def record_vote(face: str, user: str | None, vote: str, question: str | None, intent: str | None) -> None:
    """What a face calls after a 👍/👎; nothing happens unless the log is on."""
    try:
        if (qlog := active()) is not None and question:
            qlog.voted(face, user, vote, question, intent)
    except OSError as error:
        log.warning("Could not write the question log: %s", error)

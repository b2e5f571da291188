"""What the Slack app remembers: retried event ids, feedback votes and user profiles."""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.model import Profile
from bot.core.paths import state_dir

log = logging.getLogger("sobot.slack")

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
        return {str(user): Profile.from_dict(data) for user, data in raw.items() if isinstance(data, dict)}

    def _save(self) -> None:
        if self.path is None:
            return
        data = {user: p.to_dict() for user, p in self._profiles.items()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            tmp.replace(self.path)
        except OSError as error:  # the profile still works for this run
            log.warning("Could not save Slack profiles to %s: %s", self.path, error)




def default_state_dir() -> Path:
    """Where feedback and profiles go (see bot.paths.state_dir)."""
    return state_dir()

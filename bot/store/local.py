"""The single-process stores: seen keys in memory, profiles in a JSON file, feedback in a rotating log.

Several processes may share one state directory (two replicas on one volume, a
restart overlapping the old process): profile writes take a file lock, re-read
the file under it, and replace it atomically, so no process erases another's
write; readers notice a changed file and read it again.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import Timeout

from bot.core.model import Profile
from bot.store import messages as msg
from bot.store.base import SEEN_SECONDS
from bot.store.files import PrivateJsonl, file_lock, write_private

log = logging.getLogger("sobot.store")

MAX_SEEN = 100_000


class MemorySeen:
    """Keys seen in the last `ttl` seconds, in this process; the oldest are dropped past `limit`."""

    def __init__(self, ttl: float = SEEN_SECONDS, limit: int = MAX_SEEN,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._limit = limit
        self._clock = clock
        self._keys: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._keys and next(iter(self._keys.values())) <= now - self._ttl:
                self._keys.popitem(last=False)
            if key in self._keys:
                return False
            self._keys[key] = now
            while len(self._keys) > self._limit:
                self._keys.popitem(last=False)
            return True


class FileProfiles:
    """Profiles by user, kept in a JSON file shared safely between processes (in memory when `path` is None)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._profiles: dict[str, Profile] = {}
        self._unsaved: dict[str, Profile] = {}  # set while the file could not be written; saved with the next write
        self._stamp: tuple[int, int, int] | None = None
        self._refresh()

    def get(self, user: str | None, thread: str | None = None) -> Profile:
        with self._lock:
            self._refresh()
            return self._profiles.get(user or "", Profile())

    def set(self, user: str, profile: Profile) -> None:
        with self._lock:
            self._profiles[user] = profile
            self._unsaved[user] = profile
            if self.path is None:
                return
            try:
                with file_lock(self.path):
                    saved = {**self._read_for_update(self.path), **self._unsaved}
                    write_private(self.path, dump_profiles(saved))
                    self._profiles, self._stamp = saved, file_stamp(self.path)
                self._unsaved.clear()
            except (OSError, Timeout) as error:  # the profile still works in this process
                log.warning(msg.profiles_not_saved(self.path, error))

    def _refresh(self) -> None:
        """Read the file again if another process (or this one) replaced it since the last read."""
        if self.path is None:
            return
        stamp = file_stamp(self.path)
        if stamp is None or stamp == self._stamp:
            return
        try:
            self._profiles = {**read_profiles(self.path), **self._unsaved}
        except (OSError, ValueError):
            return  # being replaced, or damaged: keep what we have; a write sets the damaged file aside
        self._stamp = stamp

    @staticmethod
    def _read_for_update(path: Path) -> dict[str, Profile]:
        """The profiles on disk (called under the file lock); a damaged file is kept aside, not overwritten."""
        try:
            return read_profiles(path)
        except FileNotFoundError:
            return {}
        except ValueError as error:
            aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
            path.replace(aside)
            log.warning(msg.profiles_damaged(path, aside, error))
            return {}


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes whenever the file is replaced or written: inode, modification time, size."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


def read_profiles(path: Path) -> dict[str, Profile]:
    """Profiles from a JSON object of user -> profile; ValueError when it is not one."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object of user -> profile")
    return {str(user): Profile.from_dict(data) for user, data in raw.items() if isinstance(data, dict)}


def dump_profiles(profiles: dict[str, Profile]) -> str:
    return json.dumps({user: p.to_dict() for user, p in sorted(profiles.items())}, indent=1) + "\n"


class JsonlFeedback:
    """Votes as JSON lines in a private log that rotates by size."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._log = PrivateJsonl(path)

    def record(self, vote: str, **fields: Any) -> None:
        self._log.append(feedback_entry(vote, **fields))


def feedback_entry(vote: str, **fields: Any) -> dict[str, Any]:
    """One vote with the time it was cast (UTC, seconds)."""
    return {"time": datetime.now(UTC).isoformat(timespec="seconds"), "vote": vote, **fields}

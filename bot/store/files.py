"""Private files: a 0700 directory, 0600 files, and JSON-lines logs that rotate by size.

What sobot writes about its users (feedback, profiles, history, the question log)
is readable by the owner only, and no log grows without bound.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filelock import FileLock

DIR_MODE = 0o700
FILE_MODE = 0o600
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 3
LOCK_SECONDS = 10.0  # a writer holds the lock for milliseconds; waiting longer means something is stuck


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it owner-only; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def open_private(path: Path, mode: str = "a") -> Any:
    """Open a text file for writing, created 0600 (an existing file is made 0600 too)."""
    private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    handle = os.open(path, flags, FILE_MODE)
    os.fchmod(handle, FILE_MODE)
    return os.fdopen(handle, mode, encoding="utf-8")


def file_lock(path: Path) -> FileLock:
    """A lock shared by every process writing `path`: the hidden file `.NAME.lock` beside it (0600)."""
    from filelock import FileLock  # loaded when first needed: the REPL's start-up never pays for it

    return FileLock(path.with_name(f".{path.name}.lock"), timeout=LOCK_SECONDS, mode=FILE_MODE)


def write_private(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically: a fresh 0600 temporary file beside it, synced, then renamed.

    Readers see the old or the new content, never half of it; each write has a
    temporary file of its own, so concurrent writers never share one.
    """
    private_dir(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class PrivateJsonl:
    """Append-only JSON lines in a 0600 file, rotated to `name.1` ... `name.N` past `max_bytes`.

    Safe for several threads and several processes on one file: appending and
    rotating happen under a file lock, so no line is lost or split.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()

    def append(self, entry: dict[str, Any]) -> None:
        """Write one JSON line (whole, or not at all), rotating first when the file is full."""
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            private_dir(self.path.parent)
            with file_lock(self.path):
                self._rotate_if_full(len(line.encode("utf-8")))
                with open_private(self.path) as out:
                    out.write(line)

    def _rotate_if_full(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + incoming <= self.max_bytes:
            return
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.backups:
            self.path.replace(self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink()

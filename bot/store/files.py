"""Private files: a 0700 directory, 0600 files, and JSON-lines logs that rotate by size.

What sobot writes about its users (feedback, profiles, history, the question log)
is readable by the owner only, and no log grows without bound.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

DIR_MODE = 0o700
FILE_MODE = 0o600
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 3


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


class PrivateJsonl:
    """Append-only JSON lines in a 0600 file, rotated to `name.1` ... `name.N` past `max_bytes`."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()

    def append(self, entry: dict[str, Any]) -> None:
        """Write one JSON line (whole, or not at all), rotating first when the file is full."""
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
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

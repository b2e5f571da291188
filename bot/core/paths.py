"""Where sobot keeps its state (history, profile, feedback) on the user's machine."""

from __future__ import annotations

import os
from pathlib import Path


def state_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The argument, else $SOBOT_STATE_DIR, else $XDG_STATE_HOME/sobot, else ~/.local/state/sobot."""
    if override:
        return Path(override)
    if os.environ.get("SOBOT_STATE_DIR"):
        return Path(os.environ["SOBOT_STATE_DIR"])
    xdg = os.environ.get("XDG_STATE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "state"
    return base / "sobot"

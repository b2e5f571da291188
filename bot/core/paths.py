"""Where sobot finds its knowledge and keeps its state (history, profile, feedback) and its cache."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # bot/
SOURCE_TREE = PACKAGE.parent  # a clone: data/ and intents/ beside bot/
INSTALLED = PACKAGE / "_knowledge"  # a wheel: the same files inside the package


def state_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The argument, else $SOBOT_STATE_DIR, else $XDG_STATE_HOME/sobot, else ~/.local/state/sobot."""
    if override:
        return Path(override)
    if os.environ.get("SOBOT_STATE_DIR"):
        return Path(os.environ["SOBOT_STATE_DIR"])
    xdg = os.environ.get("XDG_STATE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "state"
    return base / "sobot"


def cache_dir() -> Path:
    """$SOBOT_CACHE_DIR, else $XDG_CACHE_HOME/sobot, else ~/.cache/sobot: what can be made again at any time."""
    if os.environ.get("SOBOT_CACHE_DIR"):
        return Path(os.environ["SOBOT_CACHE_DIR"])
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "sobot"


def default_dirs() -> tuple[Path, Path]:
    """Where the knowledge is: $SOBOT_DATA_DIR / $SOBOT_INTENTS_DIR when set, else the copy installed
    with the package (a wheel), else data/ and intents/ of the source tree (a clone or editable install)."""
    base = INSTALLED if (INSTALLED / "data").is_dir() else SOURCE_TREE
    data = Path(os.environ.get("SOBOT_DATA_DIR") or base / "data")
    intents = Path(os.environ.get("SOBOT_INTENTS_DIR") or base / "intents")
    return data, intents


def knowledge_dirs(data_dir: str | os.PathLike[str] | None = None,
                   intents_dir: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """The knowledge folders given, else the default ones."""
    default_data, default_intents = default_dirs()
    return Path(data_dir or default_data), Path(intents_dir or default_intents)

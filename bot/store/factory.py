"""The one place that chooses the stores: Redis when REDIS_URL is set, else this process and its state directory."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.core.state import MemoryStore, StateStore
from bot.store import messages as msg
from bot.store.base import Feedback, Profiles, SeenKeys
from bot.store.local import FileProfiles, JsonlFeedback, MemorySeen


def _never_degraded() -> str | None:
    return None


def _nothing_to_close() -> None:
    return None


@dataclass(frozen=True)
class Stores:
    """What a face keeps between messages: pass `state` to the engine and the rest to the face."""

    state: StateStore
    seen: SeenKeys
    profiles: Profiles
    feedback: Feedback
    shared: str | None = None  # where the replicas share them ("host:port/db"), None for local stores
    degraded: Callable[[], str | None] = _never_degraded  # why state is local only right now, or None
    close: Callable[[], None] = _nothing_to_close


class StoreSetupError(ValueError):
    """REDIS_URL cannot be used; the message says why and what to write instead."""


def redis_password(environ: Mapping[str, str]) -> str | None:
    """The password in REDIS_URL, if any, for the faces' log redaction."""
    try:
        return urlsplit((environ.get("REDIS_URL") or "").strip()).password or None
    except ValueError:
        return None


def local_stores(feedback_path: Path, profiles_path: Path | None) -> Stores:
    """One process's stores: memory, a profiles file safe to share, a rotating feedback log."""
    return Stores(state=MemoryStore(), seen=MemorySeen(), profiles=FileProfiles(profiles_path),
                  feedback=JsonlFeedback(feedback_path))


def open_stores(feedback_path: Path, profiles_path: Path | None,
                environ: Mapping[str, str] = os.environ) -> Stores:
    """Redis-backed stores when REDIS_URL is set (the local ones serve as fallbacks), local ones otherwise."""
    url = (environ.get("REDIS_URL") or "").strip()
    if not url:
        return local_stores(feedback_path, profiles_path)
    from bot.store import redis_backed as shared  # redis-py loads only when it is used

    try:
        link = shared.RedisLink(url, prefix=environ.get("SOBOT_REDIS_PREFIX") or shared.PREFIX)
    except ValueError as error:
        raise StoreSetupError(msg.redis_url_invalid(error)) from None
    state = shared.RedisState(link)
    stores = Stores(
        state=state,
        seen=shared.RedisSeen(link),
        profiles=shared.RedisProfiles(link, FileProfiles(profiles_path), state=state),
        feedback=shared.RedisFeedback(link, JsonlFeedback(feedback_path)),
        shared=link.where,
        degraded=link.degraded,
        close=link.close,
    )
    stores.degraded()  # connect now: an unreachable Redis is logged at start, not at the first question
    return stores

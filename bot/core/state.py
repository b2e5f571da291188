"""Per-thread conversation state behind one small interface.

`StateStore` is what the engine talks to; `MemoryStore` keeps states in this
process with an idle lifespan. `bot.store.redis_backed.RedisState` implements
the same three methods on the JSON form (`ConversationState.to_dict`), for
replicas that share one Redis; `bot.store.factory` chooses between them.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

IDLE_SECONDS = 30 * 60
MAX_THREADS = 10_000


@dataclass(frozen=True)
class ConversationState:
    """What a thread has talked about so far: enough to read a follow-up."""

    intent: str | None = None
    items: tuple[str, ...] = ()
    platform: str | None = None
    env: str | None = None
    client: str | None = None
    topic: str | None = None
    need: str | None = None
    listed: tuple[str, ...] = ()
    filters: dict[str, Any] = field(default_factory=dict)
    pending: str | None = None
    recent: tuple[str, ...] = ()
    turns: int = 0
    setting: tuple[str, ...] = ()  # words nothing explained in the thread's answered messages (the asker's trade)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, for stores that serialise."""
        data = asdict(self)
        data["items"] = list(self.items)
        data["listed"] = list(self.listed)
        data["recent"] = list(self.recent)
        data["setting"] = list(self.setting)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        """Inverse of `to_dict`; unknown keys are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["items"] = tuple(known.get("items") or ())
        known["listed"] = tuple(known.get("listed") or ())
        known["recent"] = tuple(known.get("recent") or ())
        known["setting"] = tuple(known.get("setting") or ())
        return cls(**known)


class StateStore(Protocol):
    """Where conversation states live between messages of one thread."""

    def load(self, thread: str) -> ConversationState | None: ...

    def save(self, thread: str, state: ConversationState) -> None: ...

    def clear(self, thread: str) -> None: ...


class MemoryStore:
    """In-process store: states expire after `idle` seconds; oldest evicted past `limit`."""

    def __init__(
        self,
        idle: float = IDLE_SECONDS,
        limit: int = MAX_THREADS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._idle = idle
        self._limit = limit
        self._clock = clock
        self._data: OrderedDict[str, tuple[float, ConversationState]] = OrderedDict()
        self._lock = threading.Lock()

    def load(self, thread: str) -> ConversationState | None:
        with self._lock:
            entry = self._data.get(thread)
            if entry is None:
                return None
            stamp, state = entry
            if self._clock() - stamp > self._idle:
                del self._data[thread]
                return None
            return state

    def save(self, thread: str, state: ConversationState) -> None:
        with self._lock:
            self._data[thread] = (self._clock(), state)
            self._data.move_to_end(thread)
            while len(self._data) > self._limit:
                self._data.popitem(last=False)

    def clear(self, thread: str) -> None:
        with self._lock:
            self._data.pop(thread, None)

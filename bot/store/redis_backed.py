"""The shared stores: thread context, seen requests, profiles and feedback in Redis, for several replicas.

Keys (PREFIX is `sobot:` unless SOBOT_REDIS_PREFIX says otherwise):
  PREFIX thread:<thread>   string, a ConversationState as JSON; expires after 30 idle minutes
  PREFIX seen:<key>        string "1"; SET NX EX, expires after an hour
  PREFIX profiles          hash user -> Profile as JSON
  PREFIX feedback          stream of {"entry": vote as JSON}, trimmed to about MAX_FEEDBACK entries

Every operation is one command, hence one round trip; fetching a user's profile
for an answer also fetches the thread's state in the same pipeline, which the
engine's `load` then takes without asking again.

Redis down never stops an answer: `RedisLink` notices the failure, logs it once
for the outage, and for the next `retry_after` seconds sends nothing and answers
from the local fallbacks (this process's memory, the state directory's files);
after that the next operation, or a /healthz probe, tries again, and the first
success logs that Redis is back. Local copies are written alongside (thread
states and seen keys in memory, profiles on disk), so an outage starts from what
this replica already knew.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from bot.core.model import Profile
from bot.core.state import IDLE_SECONDS, ConversationState, MemoryStore
from bot.store import messages as msg
from bot.store.base import SEEN_SECONDS
from bot.store.local import FileProfiles, JsonlFeedback, MemorySeen, feedback_entry

log = logging.getLogger("sobot.store")

T = TypeVar("T")

PREFIX = "sobot:"
TIMEOUT = 0.5  # seconds to connect or to answer: Redis answers in well under a millisecond on a LAN
RETRY_AFTER = 2.0  # seconds without trying Redis after a failure
MAX_FEEDBACK = 100_000
WARM_SECONDS = 1.0  # a state fetched with the profile serves the engine's load only this soon after


def where(url: str) -> str:
    """host:port/db of a Redis URL, for logs: never the password."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    db = parts.path.strip("/") or "0"
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}/{db}"


class RedisLink:
    """A Redis client (one connection pool) behind a breaker: failures fall back, and are logged once."""

    def __init__(self, url: str, *, prefix: str = PREFIX, timeout: float = TIMEOUT,
                 retry_after: float = RETRY_AFTER, clock: Callable[[], float] = time.monotonic) -> None:
        self.where = where(url)
        self.prefix = prefix
        # One quick retry without waiting: it replaces a pooled connection that a Redis restart closed.
        self.client: redis.Redis = redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=timeout, socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1), client_name="sobot")
        self._retry_after = retry_after
        self.clock = clock
        self._lock = threading.Lock()
        self._down = False
        self._retry_at = 0.0

    def key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    def call(self, operation: Callable[[redis.Redis], T], fallback: Callable[[], T]) -> T:
        """`operation` on Redis, or `fallback()` when Redis fails or failed a moment ago."""
        with self._lock:
            resting = self._down and self.clock() < self._retry_at
        if resting:
            return fallback()
        try:
            result = operation(self.client)
        except redis.RedisError as error:
            self._failed(error)
            return fallback()
        self._succeeded()
        return result

    def degraded(self) -> str | None:
        """None while Redis answers a PING; otherwise why the replica runs on local state."""
        reached = self.call(lambda client: bool(client.ping()), lambda: False)
        return None if reached else msg.redis_degraded(self.where)

    def close(self) -> None:
        self.client.close()

    def _failed(self, error: Exception) -> None:
        with self._lock:
            first = not self._down
            self._down = True
            self._retry_at = self.clock() + self._retry_after
        if first:
            log.warning(msg.redis_down(self.where, error))

    def _succeeded(self) -> None:
        with self._lock:
            if not self._down:
                return
            self._down = False
        log.warning(msg.redis_back(self.where))


class RedisState:
    """`StateStore` in Redis with the idle lifespan as the key's TTL; this process's memory as the fallback."""

    def __init__(self, link: RedisLink, idle: float = IDLE_SECONDS, local: MemoryStore | None = None) -> None:
        self.link = link
        self.idle = idle
        self.local = local or MemoryStore(idle=idle)
        self._warm = threading.local()

    def key(self, thread: str) -> str:
        return self.link.key("thread", thread)

    def load(self, thread: str) -> ConversationState | None:
        warmed = self._take_warm(thread)
        if warmed is not None:
            return decode_state(warmed[0])
        found = self.link.call(lambda client: (True, client.get(self.key(thread))), lambda: (False, None))
        return decode_state(found[1]) if found[0] else self.local.load(thread)

    def save(self, thread: str, state: ConversationState) -> None:
        self.local.save(thread, state)
        data = json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":"))
        self.link.call(lambda client: client.set(self.key(thread), data, ex=int(self.idle)), lambda: None)

    def clear(self, thread: str) -> None:
        self._take_warm(thread)
        self.local.clear(thread)
        self.link.call(lambda client: client.delete(self.key(thread)), lambda: None)

    def warm(self, thread: str, raw: str | bytes | None) -> None:
        """Keep a state just fetched (with a profile) for this OS thread's next `load` of `thread`."""
        self._warm.entry = (thread, raw, self.link.clock())

    def _take_warm(self, thread: str) -> tuple[str | bytes | None] | None:
        entry = getattr(self._warm, "entry", None)
        self._warm.entry = None
        if entry is None or entry[0] != thread or self.link.clock() - entry[2] > WARM_SECONDS:
            return None
        return (entry[1],)


def decode_state(raw: str | bytes | None) -> ConversationState | None:
    """A stored state, or None when there is none or it cannot be read."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return ConversationState.from_dict(data) if isinstance(data, dict) else None
    except (ValueError, TypeError):
        log.warning("Ignoring an unreadable conversation state in Redis")
        return None


class RedisSeen:
    """Seen keys in Redis (SET NX EX), and in memory too, so a key seen during an outage stays seen."""

    def __init__(self, link: RedisLink, ttl: float = SEEN_SECONDS, local: MemorySeen | None = None) -> None:
        self.link = link
        self.ttl = int(ttl)
        self.local = local or MemorySeen(ttl=ttl)

    def first_time(self, key: str) -> bool:
        here = self.local.first_time(key)
        shared = self.link.call(
            lambda client: bool(client.set(self.link.key("seen", key), "1", nx=True, ex=self.ttl)), lambda: True)
        return here and shared


class RedisProfiles:
    """Profiles in a Redis hash; every change also goes to the local file, which answers while Redis is down."""

    def __init__(self, link: RedisLink, local: FileProfiles, state: RedisState | None = None) -> None:
        self.link = link
        self.local = local
        self.state = state
        self.key = link.key("profiles")

    def get(self, user: str | None, thread: str | None = None) -> Profile:
        def fetch(client: redis.Redis) -> list[Any]:
            pipe = client.pipeline(transaction=False)
            pipe.hget(self.key, user or "")
            if thread and self.state:
                pipe.get(self.state.key(thread))
            return pipe.execute()

        found = self.link.call(fetch, lambda: None)
        if found is None:
            return self.local.get(user)
        if thread and self.state:
            self.state.warm(thread, found[1])
        profile = decode_profile(found[0])
        if profile is None and user:  # set here while Redis was down: share it now (unless set meanwhile)
            profile = self.local.get(user)
            if profile != Profile():
                data = encode_profile(profile)
                self.link.call(lambda client: client.hsetnx(self.key, user, data), lambda: None)
        return profile or Profile()

    def set(self, user: str, profile: Profile) -> None:
        self.local.set(user, profile)
        data = encode_profile(profile)
        self.link.call(lambda client: client.hset(self.key, user, data), lambda: None)


def encode_profile(profile: Profile) -> str:
    return json.dumps(profile.to_dict(), separators=(",", ":"))


def decode_profile(raw: str | bytes | None) -> Profile | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Profile.from_dict(data) if isinstance(data, dict) else None
    except (ValueError, TypeError):
        return None


class RedisFeedback:
    """Votes appended to a Redis stream (trimmed to about `limit`); to the local log while Redis is down."""

    def __init__(self, link: RedisLink, local: JsonlFeedback, limit: int = MAX_FEEDBACK) -> None:
        self.link = link
        self.local = local
        self.limit = limit
        self.key = link.key("feedback")

    def record(self, vote: str, **fields: Any) -> None:
        entry = feedback_entry(vote, **fields)
        line = json.dumps(entry, ensure_ascii=False)

        def append(client: redis.Redis) -> None:
            client.xadd(self.key, {"entry": line}, maxlen=self.limit, approximate=True)

        self.link.call(append, lambda: self.local.record(vote, **fields))

    def entries(self, count: int = 100) -> list[dict[str, Any]]:
        """The latest `count` votes, oldest first (for reports and tests)."""
        rows = self.link.call(lambda client: client.xrevrange(self.key, count=count) or [], lambda: [])
        return [json.loads(fields["entry"]) for _id, fields in reversed(rows) if fields]

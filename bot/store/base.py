"""What the faces keep between messages, as small interfaces: each has a local and a Redis implementation.

`bot.core.state.StateStore` (a thread's conversation) is the engine's; these are
its siblings for the faces: keys already handled (retried events, replayed
requests), each user's profile, and the feedback log.
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.core.model import Profile

SEEN_SECONDS = 60 * 60  # Slack retries within minutes and refuses signatures older than 5 minutes


class SeenKeys(Protocol):
    """Requests already handled, remembered for about an hour."""

    def first_time(self, key: str) -> bool:
        """Record the key; True only the first time it is seen."""
        ...


class Profiles(Protocol):
    """Each user's environment/client profile."""

    def get(self, user: str | None, thread: str | None = None) -> Profile:
        """The user's profile (empty when unknown); `thread` names the conversation about to be
        answered, so a shared store may fetch its state in the same round trip."""
        ...

    def set(self, user: str, profile: Profile) -> None: ...


class Feedback(Protocol):
    """Votes on answers, appended to a log."""

    def record(self, vote: str, **fields: Any) -> None: ...

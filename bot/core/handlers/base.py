"""What every handler shares: the request it reads, the registry, and small pieces of answers.

Each handler is registered by name with `@handler("name")`; intents name their
handler in YAML and the engine checks every join at start-up. A handler reads the
request's frame (what was asked) and the catalog (what is known), never raw words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core import messages as msg
from bot.core.catalog.model import Catalog
from bot.core.model import Answer, Client, Env, Item, Link, Profile
from bot.core.state import ConversationState
from bot.core.understand.frame import Frame
from bot.core.understand.rank import Match

FORUM = Link(msg.FORUM_TITLE, msg.FORUM_URL)


@dataclass(frozen=True)
class Request:
    """Everything a handler may use: what was asked (the frame), for where, and what is known."""

    text: str
    frame: Frame
    match: Match
    catalog: Catalog
    env: Env | None
    env_source: str
    client: Client | None
    client_source: str
    profile: Profile
    state: ConversationState | None  # the thread's state when the message continues it
    earlier: bool = False  # the thread has an earlier question, whether or not the message continues it

    def answer(self, verdict: str, **kw: object) -> Answer:
        """An Answer stamped with this request's intent and confidence."""
        return Answer(question=self.text, intent=self.match.intent.id, confidence=self.match.score,
                      verdict=verdict, **kw)  # type: ignore[arg-type]

    def rows(self, names: Sequence[str]) -> list[Item]:
        return [self.catalog.item(n) for n in names]

    def profile_note(self) -> str:
        """'(for Online, as in your profile)' when the profile filled in the environment or client."""
        env = self.env.value if self.env is not None and self.env_source == "profile" else None
        client = self.client.value if self.client is not None and self.client_source == "profile" else None
        return msg.from_profile(env, client)


Handler = Callable[[Request], Answer]
REGISTRY: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under the name intents use."""
    def register(fn: Handler) -> Handler:
        REGISTRY[name] = fn
        return fn
    return register


def facts(item: Item) -> str:
    """One line of the row's matrix facts."""
    return msg.facts(item.name, item.level, item.clients, item.onsite, item.online)


def item_links(items: Sequence[Item], more: bool = True) -> tuple[Link, ...]:
    links: list[Link] = []
    for item in items:
        links.append(item.link)
        if more:
            links.extend(item.more[:1])
    return tuple(dict.fromkeys(links))


def with_note(text: str, note: str) -> str:
    return f"{text} {note}" if note else text

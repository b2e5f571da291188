"""Plain data shared by the core and every renderer: no markup, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.core.attrs import set_state


class Env(StrEnum):
    """Where SuperOffice runs."""

    ONSITE = "onsite"
    ONLINE = "online"


class Client(StrEnum):
    """The product a matrix row serves."""

    SALES = "Sales"
    SERVICE = "Service"


@dataclass(frozen=True)
class Link:
    """A documentation page the answer cites."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    title: str
    url: str


@dataclass(frozen=True)
class Item:
    """One row of the capability matrix."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    name: str
    level: str
    clients: tuple[str, ...]
    onsite: bool
    online: bool
    summary: str
    url: str
    url_title: str
    more: tuple[Link, ...] = ()
    aliases: tuple[str, ...] = ()
    only_because: str | None = None
    platform: str | None = None  # the one client platform it is a part of, when it is one client's alone
    uses: tuple[str, ...] = ()  # what people want to do with it, in their words (for described needs)
    stems: tuple[str, ...] = ()  # its distinctive word in five languages, found inside compounds ("kundprojekt")
    see_also: tuple[str, ...] = ()  # topics not to confuse it with (their `note` is shown with the row)

    def available(self, env: Env) -> bool:
        """Whether the row works in that environment."""
        return self.onsite if env is Env.ONSITE else self.online

    def serves(self, client: Client) -> bool:
        """Whether the row is for that client."""
        return client.value in self.clients

    @property
    def link(self) -> Link:
        return Link(f"{self.name}: {self.url_title}", self.url)


@dataclass(frozen=True)
class IntegrationPoint:
    """A hook a client platform offers (from the platform seed)."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    name: str
    summary: str
    url: str | None = None
    items: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    env: tuple[Env, ...] = ()  # where it works, when not everywhere its platform runs ("not available in Online")


@dataclass(frozen=True)
class Platform:
    """A SuperOffice client platform and its integration points."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    id: str
    name: str
    env: tuple[Env, ...]
    summary: str
    points: tuple[IntegrationPoint, ...]
    links: tuple[Link, ...]
    aliases: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    exclusive: bool = False
    clients: tuple[str, ...] = ()  # the client its points are for ("Service" for Customer Service); () for any
    level: str | None = None  # the matrix level of its points, when they are no matrix rows
    product: str | None = None  # the product it is a client of ("Sales": a SuperOffice CRM platform)

    @property
    def product_client(self) -> str | None:
        """The product it is a client of, in the matrix's words ("Sales" for the Windows client)."""
        return self.product or (self.clients[0] if len(self.clients) == 1 else None)

    def serves(self, client: Client) -> bool:
        """Whether its points are for that client."""
        return not self.clients or client.value in self.clients


@dataclass(frozen=True)
class Section:
    """A block of an answer: an optional heading, paragraphs, then bullets."""

    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A runner-up in the ranking, kept for explanations."""

    intent: str
    score: float


@dataclass(frozen=True)
class Explanation:
    """How an answer was reached: for /why, Slack's "Why this answer?", `ask --explain` and logs.

    `found` lists what the message named, each as "kind value ← 'its words' (alias, score)";
    `parts` are the winning intent's score components; `unexplained` the content words
    nothing accounted for; `followup` the follow-up rule that decided, `decision` the
    answering rule.
    """

    intent: str
    score: float
    matched: tuple[str, ...] = ()
    runners_up: tuple[Candidate, ...] = ()
    entities: tuple[str, ...] = ()
    context_used: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    note: str = ""
    text: str = ""  # the message, normalised
    act: str = ""
    found: tuple[str, ...] = ()
    parts: tuple[tuple[str, float], ...] = ()
    unexplained: tuple[str, ...] = ()
    followup: str = ""
    decision: str = ""
    threshold: float = 0.0


@dataclass(frozen=True)
class Answer:
    """What the bot says: the single output of the core, rendered by each channel.

    `verdict` is the short first line; `sections` carry the rest. `items` are the
    matrix rows the answer is about (most relevant first); `table` says whether
    they are shown as a matrix excerpt. Text is plain: at most `code` spans.
    """

    question: str
    intent: str
    confidence: float
    verdict: str
    fallback: bool = False
    sections: tuple[Section, ...] = ()
    items: tuple[Item, ...] = ()
    table: bool = False
    platform: Platform | None = None
    links: tuple[Link, ...] = ()
    suggestions: tuple[str, ...] = ()
    explanation: Explanation = field(default_factory=lambda: Explanation("", 0.0))
    clarify: str | None = None  # the answer asks back ("web-client", "env"); the reply completes it


@dataclass(frozen=True)
class Profile:
    """What the user told us about their installation; fills gaps in questions."""

    env: Env | None = None
    client: Client | None = None

    def to_dict(self) -> dict[str, str | None]:
        """JSON-ready form: {"env": "onsite"|"online"|None, "client": "Sales"|"Service"|None}."""
        return {"env": self.env.value if self.env else None, "client": self.client.value if self.client else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """Inverse of `to_dict`; unknown or missing values mean "any"."""
        env, client = data.get("env"), data.get("client")
        return cls(env=Env(env) if env in {e.value for e in Env} else None,
                   client=Client(client) if client in {c.value for c in Client} else None)

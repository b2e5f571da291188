"""Handlers: turn an understood question into an Answer, from the catalog alone.

Each handler is registered by name with `@handler("name")`; intents name their
handler in YAML and the engine checks every join at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.core import messages as msg
from bot.core.catalog.model import Catalog
from bot.core.model import Answer, Client, Env, Explanation, Item, Link, Profile
from bot.core.state import ConversationState
from bot.core.understand.matcher import Entities, Match

FORUM = Link("SuperOffice developer forum", msg.FORUM_URL)


@dataclass(frozen=True)
class Request:
    """Everything a handler may use: the question, what was understood, where from."""

    text: str
    ent: Entities
    match: Match
    catalog: Catalog
    env: Env | None
    env_source: str
    client: Client | None
    client_source: str
    profile: Profile
    state: ConversationState | None
    topic: str | None = None

    def answer(self, verdict: str, **kw: object) -> Answer:
        """An Answer stamped with this request's intent and confidence."""
        return Answer(question=self.text, intent=self.match.intent.id, confidence=self.match.score,
                      verdict=verdict, **kw)  # type: ignore[arg-type]


Handler = Callable[[Request], Answer]
REGISTRY: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under the name intents use."""
    def register(fn: Handler) -> Handler:
        REGISTRY[name] = fn
        return fn
    return register


def env_label(env: Env) -> str:
    return "Online" if env is Env.ONLINE else "onsite"


def where(item: Item) -> str:
    """'onsite and online', 'onsite only' or 'online only'."""
    if item.onsite and item.online:
        return "onsite and online"
    return "onsite only" if item.onsite else "online only"


def facts(item: Item) -> str:
    """One line of the row's matrix facts."""
    return f"{item.name} ({item.level}, {' and '.join(item.clients)}): {where(item)}."


def source_note(req: Request) -> str:
    """Say where an environment or client came from when the question left it out."""
    notes = []
    for value, source in ((req.env, req.env_source), (req.client, req.client_source)):
        if value is not None and source == "profile":
            label = env_label(value) if isinstance(value, Env) else value.value
            notes.append(f"for {label}, as in your profile")
    return "; ".join(notes)


def item_links(items: list[Item] | tuple[Item, ...], more: bool = True) -> tuple[Link, ...]:
    links: list[Link] = []
    for item in items:
        links.append(item.link)
        if more:
            links.extend(item.more[:1])
    return tuple(dict.fromkeys(links))


def alternatives(req: Request, item: Item, env: Env, limit: int = 4) -> list[Item]:
    """Rows that do work in `env` for the same clients: same level first, then the nearest levels."""
    order = [lv.name for lv in req.catalog.levels]
    here = order.index(item.level)
    pool = [o for o in req.catalog.items
            if o.available(env) and o is not item and set(o.clients) & set(item.clients)]

    def rank(other: Item) -> tuple[int, int, int]:
        shared = len(set(other.clients) & set(item.clients))
        return (abs(order.index(other.level) - here), -shared, req.catalog.items.index(other))

    ranked = sorted(pool, key=rank)
    if not ranked:
        return []
    nearest = abs(order.index(ranked[0].level) - here)
    return [o for o in ranked if abs(order.index(o.level) - here) <= nearest + 1][:limit]


def verdict_for(item: Item, env: Env | None, client: Client | None) -> str:
    """Yes/No for the asked environment and client, with a short reason."""
    parts: list[str] = []
    ok: bool | None = None
    if env is not None:
        good = item.available(env)
        ok = good
        parts.append(f"{item.name} works {'in ' if env is Env.ONLINE else ''}{env_label(env)}" if good
                     else f"{item.name} is {where(item)} - it does not work "
                          f"{'in ' if env is Env.ONLINE else ''}{env_label(env)}")
    if client is not None:
        good = item.serves(client)
        ok = good if ok is None else ok and good
        parts.append(f"it serves {client.value}" if good
                     else f"it is for {' and '.join(item.clients)} only, not {client.value}")
    if ok is None:
        return (f"{item.name} is a {item.level} extensibility point for {' and '.join(item.clients)}, "
                f"available {where(item)}.")
    text = "; ".join(parts)
    return f"{'Yes' if ok else 'No'}. {text[0].upper()}{text[1:]}."


def explain(req: Request, rows: list[Item] | tuple[Item, ...], note: str = "") -> Explanation:
    return Explanation(intent=req.match.intent.id, score=req.match.score, matched=req.match.keywords,
                       entities=tuple(req.ent.words), rows=tuple(i.name for i in rows), note=note)


def with_explanation(req: Request, answer: Answer, note: str = "") -> Answer:
    return replace(answer, explanation=explain(req, answer.items, note))

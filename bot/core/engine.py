"""The only door into the core: text (and a thread, a profile) in, an Answer out."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from bot.core import messages as msg
from bot.core.catalog.load import load_catalog
from bot.core.catalog.model import Catalog
from bot.core.errors import DataError
from bot.core.handlers import REGISTRY, Request
from bot.core.handlers.base import FORUM
from bot.core.model import Answer, Candidate, Client, Env, Explanation, Profile, Section
from bot.core.state import ConversationState, MemoryStore, StateStore
from bot.core.understand.filters import FilterReading
from bot.core.understand.matcher import Entities, Match, Matcher

log = logging.getLogger(__name__)

ANSWER_AT = 0.40
SUGGEST_AT = 0.27
FOLLOWUP_BOOST = 0.28
SHORT_FOLLOWUP = 8
PLATFORM_ENVS = {"windows-client": ("onsite",), "web-client-onsite": ("onsite",),
                 "web-client-online": ("online",)}
ROW_INTENTS = ("list", "compare", "availability", "describe", "scenario")


def check_joins(catalog: Catalog) -> None:
    """Every intent names a registered handler and every handler is used."""
    used = set()
    for intent in catalog.intents:
        if intent.handler not in REGISTRY:
            raise DataError(intent.path, intent.handler_line, f"intent {intent.id}: unknown handler {intent.handler!r}",
                            f"use one of: {', '.join(sorted(REGISTRY))}")
        used.add(intent.handler)
    unused = sorted(set(REGISTRY) - used)
    if unused:
        raise DataError(str(catalog.intents_dir), None, f"handler(s) {unused} are used by no intent",
                        "add an intent for each handler or remove the handler")


class Engine:
    """Understands questions against a catalog and keeps per-thread context."""

    def __init__(self, catalog: Catalog, store: StateStore | None = None) -> None:
        check_joins(catalog)
        self._matcher = Matcher(catalog)  # holds its catalog: one reference swaps both atomically
        self.store: StateStore = store or MemoryStore()

    @property
    def catalog(self) -> Catalog:
        return self._matcher.catalog

    def reload(self, catalog: Catalog) -> None:
        """Swap in a new, already validated catalog."""
        check_joins(catalog)
        matcher = Matcher(catalog)
        self._matcher = matcher

    def read_filters(self, text: str) -> FilterReading:
        """Filter words alone ("online service", "internal apis"): the filters and the words that are not."""
        return self._matcher.filter_words.read(text)

    def forget(self, thread: str) -> None:
        """Start the thread afresh: nothing said before fills in what comes next."""
        self.store.clear(thread)

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        """Answer one question; `thread` links follow-ups, `profile` fills gaps."""
        profile = profile or Profile()
        state = self.store.load(thread) if thread else None
        matcher = self._matcher
        ent = matcher.understand(text)
        followup = is_followup(ent, state)
        used = merge_context(ent, state) if followup and state else []
        env, env_source = pick_env(ent, state if followup else None, profile)
        client, client_source = pick_client(ent, state if followup else None, profile)
        matcher.resolve_platforms(ent, env.value if env else None)
        ranked = matcher.rank(text, ent)
        if followup and state and state.intent and leans_back(ranked, state.intent, ent):
            swapped = "platform" if ent.pure_platforms and not ent.items and not ent.need else state.intent
            ranked = boost(ranked, swapped, ent)
        top = ranked[0]
        req = Request(text=text, ent=ent, match=top, catalog=matcher.catalog, env=env, env_source=env_source,
                      client=client, client_source=client_source, profile=profile,
                      state=state if followup else None,
                      topic=state.topic if followup and state and top.intent.id == state.intent else None)
        answer = self._fallback(req, ranked) if top.score < ANSWER_AT else REGISTRY[top.intent.handler](req)
        answer = replace(answer, explanation=replace(
            answer.explanation, runners_up=tuple(Candidate(m.intent.id, m.score) for m in ranked[1:4]),
            context_used=tuple(used)))
        if thread:
            topic = req.topic or top.intent.topic if answer.intent == top.intent.id else None
            self.store.save(thread, next_state(state, answer, ent, (env, client), topic))
        return answer

    def _fallback(self, req: Request, ranked: list[Match]) -> Answer:
        suggestions: list[str] = []
        if ranked[0].score >= SUGGEST_AT:
            suggestions = suggest(req, ranked)
        sections = [Section(paragraphs=(msg.ASK_HUMANS,))]
        if suggestions:
            sections.insert(0, Section(title=msg.DID_YOU_MEAN, bullets=tuple(suggestions)))
        return Answer(question=req.text, intent="fallback", confidence=ranked[0].score, verdict=msg.FALLBACK,
                      fallback=True, sections=tuple(sections), links=(FORUM,), suggestions=tuple(suggestions),
                      explanation=Explanation("fallback", ranked[0].score, entities=tuple(req.ent.words),
                                              note="best score below the answer threshold"))


def suggest(req: Request, ranked: list[Match]) -> list[str]:
    """Up to three questions the user may have meant."""
    out: list[str] = []
    for item in req.ent.items[:2]:
        out.append(f"Can I use {item} online?")
    for plat in req.ent.platforms[:1]:
        out.append(f"Which integration points does the {req.catalog.platform(plat).name} have?")
    for match in ranked[:3]:
        if match.intent.handler not in ("out_of_scope", "greeting", "thanks"):
            out.append(match.intent.examples[0][0].upper() + match.intent.examples[0][1:])
    return list(dict.fromkeys(out))[:3]


def is_followup(ent: Entities, state: ConversationState | None) -> bool:
    """Whether a message leans on the thread's earlier turns."""
    if state is None or state.intent is None:
        return False
    own = bool(ent.items or ent.platforms or ent.need)
    if ent.reset:
        return False  # "unrelated: ..."
    if ent.opener or (ent.pronoun and ent.size <= 12):
        return True
    if ent.contrast and len(ent.items) == 1 and state.items:
        return True  # "compare with extra tables"
    if ent.contrast and not ent.items and len(state.recent) >= 2:
        return True  # "which of the two ..."
    return not own and ent.size <= SHORT_FOLLOWUP


def merge_context(ent: Entities, state: ConversationState) -> list[str]:
    """Fill what a follow-up leaves out from the thread's state; say what was used."""
    used: list[str] = []
    if ent.platforms and not ent.pure_items and state.items:
        ent.items = []  # "and the Windows client?" after a row: the platform, not the scripting row
    if state.pending == "web-client" and not ent.platforms:
        ent.generic_platform = True
        used.append("web client")
    if ent.contrast and len(ent.items) == 1 and state.items and state.items[0] not in ent.items:
        ent.items = [state.items[0], *ent.items]
        ent.pure_items = list(ent.items)
        used.append("items")
    if ent.contrast and not ent.items and len(state.recent) >= 2:
        ent.items = list(state.recent[-2:])  # "compare the two"
        ent.pure_items = list(ent.items)
        used.append("items")
    if state.intent == "scenario" and state.need and not ent.pronoun and not ent.items and not ent.need:
        ent.need = state.need  # "we are online": the same need, ranked again
        used.append("need")
    if not ent.items and not ent.pure_platforms and not ent.need and state.items:
        ent.items = list(state.items)  # "what about for CS?" after a row: CS is the client here
        ent.pure_items = list(state.items)
        used.append("items")
    if not ent.platforms and not ent.items and not ent.generic_platform and state.platform:
        ent.platforms = [switch_env(state.platform, ent)]
        used.append("platform")
    if not ent.need and not ent.items and not ent.platforms and state.need:
        ent.need = state.need
        used.append("need")
    if state.intent not in ROW_INTENTS:
        return used
    filters = state.filters
    if not ent.levels and filters.get("levels"):
        ent.levels = list(filters["levels"])
        used.append("level")
    if not ent.groups and filters.get("groups"):
        ent.groups = [tuple(g) for g in filters["groups"]]
        used.append("family")
    if not ent.clients and filters.get("clients") and not ent.envs:
        ent.clients = list(filters["clients"])
        ent.client_only = bool(filters.get("client_only"))
        used.append("client")
    return used


def switch_env(platform: str, ent: Entities) -> str:
    """'and in the cloud?' after the onsite Web client means the online one (and back)."""
    asked = [e for e in ent.envs if e not in ent.env_negated]
    if len(asked) == 1 and platform in PLATFORM_ENVS and asked[0] not in PLATFORM_ENVS[platform]:
        return f"web-client-{asked[0]}"
    return platform


def pick_env(ent: Entities, state: ConversationState | None, profile: Profile) -> tuple[Env | None, str]:
    positive = [e for e in ent.envs if e not in ent.env_negated]
    if len(positive) == 1:
        return Env(positive[0]), "question"
    if len(positive) > 1:
        return None, ""
    if state is not None and state.env and not ent.envs:
        return Env(state.env), "context"
    if profile.env is not None and not ent.envs:
        return profile.env, "profile"
    implied = {e for p in ent.pure_platforms for e in PLATFORM_ENVS.get(p, ())}
    if len(implied) == 1 and not ent.envs:
        return Env(implied.pop()), "platform"
    return None, ""


def pick_client(ent: Entities, state: ConversationState | None, profile: Profile) -> tuple[Client | None, str]:
    asked = [c for c in ent.clients if c not in ent.client_negated]
    if len(asked) == 1:
        return Client(asked[0]), "question"
    if ent.clients:
        return None, ""
    if state is not None and state.client:
        return Client(state.client), "context"
    if profile.client is not None:
        return profile.client, "profile"
    return None, ""


def leans_back(ranked: list[Match], previous: str, ent: Entities) -> bool:
    """Whether a follow-up continues the previous intent rather than asking something new."""
    if any(m.intent.handler == "out_of_scope" and m.keywords for m in ranked):
        return False  # "tell me a joke about it"
    handler = next((m.intent.handler for m in ranked if m.intent.id == previous), "")
    if handler == "topic" and (ent.levels or ent.clients or ent.pure_items):
        return False  # "what's in the database one" after the levels: a list, not the topic again
    return not (handler == "list" and ent.pure_items)  # "which one of them is for search providers?"


def boost(ranked: list[Match], previous: str, ent: Entities) -> list[Match]:
    """A follow-up leans towards the thread's previous intent."""
    lift = FOLLOWUP_BOOST + (0.1 if ent.size <= 6 else 0.0)
    out = [replace(m, score=min(1.0, m.score + lift)) if m.intent.id == previous
           and all(ent.has(n) for n in m.intent.needs) else m for m in ranked]
    return sorted(out, key=lambda m: -m.score)


def next_state(state: ConversationState | None, answer: Answer, ent: Entities,
               where: tuple[Env | None, Client | None], topic: str | None) -> ConversationState:
    """What the thread remembers after this answer."""
    prev = state or ConversationState()
    if answer.fallback:
        return replace(prev, turns=prev.turns + 1)
    filters = {"levels": ent.levels, "clients": ent.clients, "client_only": ent.client_only,
               "groups": [list(g) for g in ent.groups]}
    env, client = where
    return ConversationState(
        intent=answer.intent, items=remembered(answer, ent),
        platform=answer.platform.id if answer.platform else None,
        env=env.value if env else None, client=client.value if client else None,
        topic=topic, need=ent.need, listed=tuple(i.name for i in answer.items),
        filters=filters, turns=prev.turns + 1,
        recent=tuple(dict.fromkeys([*prev.recent, *ent.pure_items]))[-3:],
        pending="web-client" if answer.explanation.note == "clarify web client" else None)


def remembered(answer: Answer, ent: Entities) -> tuple[str, ...]:
    """The rows a follow-up's "it" refers to: the rows the user named, else the answer's best fit."""
    if ent.pure_items:
        return tuple(ent.pure_items)
    if answer.intent == "scenario" and answer.items:
        return (answer.items[0].name,)
    return ()


def load_engine(data_dir: Path | None = None, intents_dir: Path | None = None,
                store: StateStore | None = None) -> Engine:
    """Load and validate the catalog, then build an engine on it."""
    return Engine(load_catalog(data_dir, intents_dir), store=store)

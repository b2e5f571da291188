"""The only door into the core: text (and a thread, a profile) in, an Answer out.

    read the message -> frame -> follow-up rules (continue the thread or not)
    -> environment and client (question, thread, profile, platform) -> rank intents
    -> decide (answer / beyond the data / not understood) -> handler -> Answer
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from bot.core import messages as msg
from bot.core.catalog.model import Catalog
from bot.core.errors import DataError
from bot.core.handlers import REGISTRY, Request
from bot.core.handlers.talk import NOT_UNDERSTOOD, beyond, not_understood
from bot.core.model import Answer, Candidate, Client, Env, Explanation, Profile
from bot.core.paths import knowledge_dirs
from bot.core.state import ConversationState, MemoryStore, StateStore
from bot.core.understand import followup
from bot.core.understand.decide import FILTER_ALONE, PLATFORM_SUBJECT, Decision, Outcome, decide, platform_subject
from bot.core.understand.filters import FilterReading
from bot.core.understand.frame import Act, Frame
from bot.core.understand.matcher import Matcher
from bot.core.understand.rank import Match
from bot.core.understand.text import tokens
from bot.core.understand.weights import ANSWER_AT, FILTER_ALONE_RUNNERS, PLATFORM_ASKED_RUNNERS, PLATFORM_SUBJECT_AT

SEVERAL_ASKS = "several asks, each naming or telling its own"
LEANS_ON_NOTHING = "a follow-up's opener and a filter, and no earlier question to lean on"
KEPT_IS_NOTHING = "asks whether something it points at keeps working, and no earlier question"
SETTING_WORDS = 12  # the latest words nothing explained that a thread remembers as the asker's setting


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


@dataclass(frozen=True)
class Where:
    """The environment and client an answer is for, and where each came from."""

    env: Env | None = None
    env_source: str = ""
    client: Client | None = None
    client_source: str = ""


class Engine:
    """Understands messages against a catalog and keeps per-thread context."""

    def __init__(self, catalog: Catalog, store: StateStore | None = None, matcher: Matcher | None = None) -> None:
        check_joins(catalog)
        # holds its catalog: one reference swaps both atomically (`matcher`: compiled for this catalog, the cache's)
        self._matcher = matcher if matcher is not None and matcher.catalog is catalog else Matcher(catalog)
        self.store: StateStore = store or MemoryStore()

    @property
    def catalog(self) -> Catalog:
        return self._matcher.catalog

    def reload(self, catalog: Catalog) -> None:
        """Swap in a new, already validated catalog (and compile it for the next start)."""
        check_joins(catalog)
        matcher = Matcher(catalog)
        compile_knowledge(matcher)  # before it serves: no answer touches it while it is pickled
        self._matcher = matcher
        if gc.get_freeze_count():  # a process that froze the old knowledge: let it go, freeze the new
            settle()

    def read_filters(self, text: str) -> FilterReading:
        """Filter words alone ("online service", "internal apis"): the filters and the words that are not."""
        return self._matcher.filter_words.read(text)

    def forget(self, thread: str) -> None:
        """Start the thread afresh: nothing said before fills in what comes next."""
        self.store.clear(thread)

    def _choose(self, frame: Frame, ranked: list[Match],
                state: ConversationState | None) -> tuple[Match, Frame, Decision]:
        """The best intent, its finished frame and its decision; when the best is a list that only a filter
        word asked for ("so in crm online there's no way to get our own UI inside the client?"), the
        runner-up answers instead when it is about a platform the message names. Several asks, each with a
        row or need of its own ("three asks: a page ..., a popup ..., server code ..."), are a described need
        whatever the words around them rank best."""
        if frame.asks and (several := next((m for m in ranked if m.intent.act == Act.SCENARIO), None)):
            return several, self._matcher.finish(frame, several), Decision(Outcome.ANSWER, SEVERAL_ASKS)
        best = self._decided(frame, ranked[0], state)
        if (asked := self._platform_asked(frame, ranked, state, best)) is not None:
            return asked
        if (named := self._feature_asked(frame, ranked, state, best)) is not None:
            return named
        if (offered := self._platform_over_hints(frame, ranked, state, best)) is not None:
            return offered
        if best[2].rule == FILTER_ALONE:
            for match in _platform_runners(ranked, 1):
                if match.score < ANSWER_AT:
                    continue
                _, finished, decision = runner = self._decided(frame, match, state)
                if decision.outcome is not Outcome.UNKNOWN and finished.act is Act.PLATFORM \
                        and (finished.named_platforms or finished.env_platforms):
                    return runner
            # ("Is there a timeline for bringing onsite-level customisation to CRM Online?": a topic its own
            # words ask for)
            concept = self._answering(frame, state, (m for m in ranked[1:1 + FILTER_ALONE_RUNNERS] if m.intent.act
                                                     == Act.CONCEPT and m.keywords and m.score >= ANSWER_AT))
            if concept is not None:
                return concept
        if best[2].outcome is Outcome.UNKNOWN:
            for match in _platform_runners(ranked, 0):
                finished = self._matcher.finish(frame, match)
                if platform_subject(finished, match):
                    return match, finished, Decision(Outcome.ANSWER, PLATFORM_SUBJECT)
        return best

    def _platform_asked(self, frame: Frame, ranked: list[Match], state: ConversationState | None,
                        best: tuple[Match, Frame, Decision]) -> tuple[Match, Frame, Decision] | None:
        """"our tool should open tickets in SO CS by itself. what does CS expose to other software?": a need (or
        a topic whose words are all in the setup: "listed in the app store. what can it hook into?") told
        first, then a question that asks what a platform the message names offers: the platform runner-up
        answers (not "which ... options exist?", "which of the external API options": rows asked for)."""
        c = frame.constraints
        told = best[1].act is Act.SCENARIO or (best[1].act is Act.CONCEPT
                                               and best[0].intent.id not in frame.asked_intents)
        if not (told and frame.platform_asked and (frame.platforms or frame.web_client)) \
                or frame.cues.asks_name or frame.cues.asks_rows or c.levels or c.groups:
            return None
        return self._answering(frame, state, (m for m in _platform_runners(ranked, 1, PLATFORM_ASKED_RUNNERS)
                                              if m.score >= PLATFORM_SUBJECT_AT))

    def _feature_asked(self, frame: Frame, ranked: list[Match], state: ConversationState | None,
                       best: tuple[Match, Frame, Decision]) -> tuple[Match, Frame, Decision] | None:
        """"... dozens of rows per site ... Hosted SuperOffice; no compiled code. | Approver's question: which feature
        of the support module covers this?": a topic whose words stand only in the story told before the question,
        and a question asking which feature serves what is told: the described need answers, when it can."""
        if best[1].act is not Act.CONCEPT or best[0].intent.id in frame.asked_intents or not frame.cues.asks_name \
                or not (frame.need or frame.described):
            return None
        return self._answering(frame, state, (m for m in ranked[1:1 + FILTER_ALONE_RUNNERS]
                                              if m.intent.act == Act.SCENARIO and m.score >= ANSWER_AT))

    def _platform_over_hints(self, frame: Frame, ranked: list[Match], state: ConversationState | None,
                             best: tuple[Match, Frame, Decision]) -> tuple[Match, Frame, Decision] | None:
        """"SuperOffice Service only (no CRM licence): what can outside code integrate with?": a list that only
        hints ask for (a client, a "what"), no place, level, family or row named, loses to the platform the message
        names when the platform's own trigger words ask what it offers ("integrate with"; not "What can a Service
        customer in SuperOffice Online extend or integrate with?", the rows there)."""
        c = frame.constraints
        if best[1].act is not Act.LIST or best[0].intent.id in frame.strong or not frame.platforms or frame.rows \
                or c.envs or c.levels or c.groups or c.everything or frame.cues.list_words:
            return None
        return self._answering(frame, state, (m for m in _platform_runners(ranked, 1)
                                              if m.intent.id in frame.strong and m.score >= ANSWER_AT))

    def _answering(self, frame: Frame, state: ConversationState | None,
                   matches: Iterable[Match]) -> tuple[Match, Frame, Decision] | None:
        """The first of these runners-up whose decision is to answer, with its frame and decision; None for none."""
        for match in matches:
            runner = self._decided(frame, match, state)
            if runner[2].outcome is Outcome.ANSWER:
                return runner
        return None

    def _decided(self, frame: Frame, match: Match, state: ConversationState | None) -> tuple[Match, Frame, Decision]:
        """The frame finished for one intent (a thread's topic kept when it continues), and its decision."""
        topic = state.topic if state and match.intent.id == state.intent else None
        finished = self._matcher.finish(frame, match, topic)
        return match, finished, decide(finished, match)

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        """Answer one message; `thread` links follow-ups, `profile` fills gaps."""
        profile = profile or Profile()
        state = self.store.load(thread) if thread else None
        matcher = self._matcher
        reading, frame = matcher.read(text)
        ranked = matcher.rank(reading, frame)
        rule = followup.choose(frame, ranked[0], state)
        thread_state = state if rule is not None and rule.continues else None
        used: list[str] = []
        if thread_state is not None:
            frame, used = followup.merge(frame, thread_state, matcher.catalog)
        where = place(frame, thread_state, profile, matcher.catalog)
        used += [what for what, source in (("environment", where.env_source), ("client", where.client_source))
                 if source == "context"]
        resolved = matcher.resolve_platforms(frame, where.env)
        lift = None
        if thread_state is not None and followup.leans_back(ranked, thread_state, resolved):
            lift = thread_state.intent
        if resolved is not frame or thread_state is not None:
            frame = resolved
            ranked = matcher.rank(reading, frame, lift=lift)
        top, frame, decision = self._choose(frame, ranked, thread_state)
        if thread_state is None and decision.outcome is Outcome.ANSWER and _leans_on_nothing(frame, top):
            decision = Decision(Outcome.UNKNOWN, LEANS_ON_NOTHING)
        elif thread_state is None and decision.outcome is Outcome.ANSWER and _kept_is_nothing(resolved):
            decision = Decision(Outcome.UNKNOWN, KEPT_IS_NOTHING)
            frame = replace(frame, topic=resolved.topic)  # (the intent's topic is no subject the message names)
        req = Request(text=text, frame=frame, match=top, catalog=matcher.catalog, env=where.env,
                      env_source=where.env_source, client=where.client, client_source=where.client_source,
                      profile=profile, state=thread_state, earlier=_asked_before(state))
        if decision.outcome is Outcome.ANSWER:
            answer = REGISTRY[top.intent.handler](req)
        elif decision.outcome is Outcome.BEYOND:
            answer = beyond(req, decision.rule)
        else:
            answer = not_understood(req, ranked, decision.rule)
        answer = replace(answer, explanation=explain(frame, top, ranked, answer, used=used,
                                                     rule=rule.name if rule else "", decision=decision.rule))
        if thread:
            self.store.save(thread, remember(state, answer, frame, where))
        return answer


def _asked_before(state: ConversationState | None) -> bool:
    """Whether the thread has an earlier question to point at: one answered, or one that named rows (not only
    small talk or gibberish)."""
    return state is not None and (state.intent is not None or bool(state.recent))


def _leans_on_nothing(frame: Frame, top: Match) -> bool:
    """"what about Service?", "what if we were onsite instead?" with no earlier question: an opener whose own
    question word is all that asks for a list, and only a place or client besides (not "and what works onsite?",
    nor "what about internal apis?", a level of its own)."""
    c = frame.cues
    return frame.act is Act.LIST and c.opener and top.cells <= {0} and not (
        frame.subject or c.list_words or c.asks_rows or frame.constraints.moving is not None)


def _kept_is_nothing(frame: Frame) -> bool:
    """"would that still work after moving to online?", "will those keep working in the cloud?" with nothing before
    them: whether something keeps working, asked of a pointer that names nothing (not "what keeps working ...?")."""
    c, cues = frame.constraints, frame.cues
    return cues.asks_if_kept and not (
        frame.subject or frame.platforms or cues.list_words or cues.asks_rows or c.clients or c.moving is not None)


def _platform_runners(ranked: list[Match], first: int, runners: int = FILTER_ALONE_RUNNERS) -> Iterator[Match]:
    """The platform intent among the best and the `runners` runners-up that may stand in for it, from `first`."""
    return (m for m in ranked[first:1 + runners] if m.intent.act == Act.PLATFORM)


def place(frame: Frame, state: ConversationState | None, profile: Profile, catalog: Catalog) -> Where:
    """The environment and client: the message's own, else the thread's, else the profile's, else what a
    named platform implies."""
    c = frame.constraints
    env: Env | None = None
    env_source = ""
    if len(c.envs) == 1:
        env, env_source = c.envs[0], "question"
    elif c.bound is not None and ((frame.need and not (c.moving or frame.cues.keeping))
                                  or (not frame.need and len(set(frame.rows)) == 1)):
        # "works onsite today via a custom page. customer moves to online. what do we do?": the need is to be met
        # where the move goes; "would that still work after moving to online?" after a row: the row there
        env, env_source = c.bound, "question"
    elif not c.envs and len(set(c.not_envs)) == 1 and (frame.web_client or frame.need):  # "SO Web at the
        # customer's (not cloud)": the onsite one; "we want a replica ... we're not self-hosted": the asker is online
        env, env_source = next(e for e in Env if e not in c.not_envs), "question"
    elif not c.envs and not c.not_envs:
        if state is not None and state.env:
            env, env_source = Env(state.env), "context"
        elif profile.env is not None:
            env, env_source = profile.env, "profile"
        else:
            implied = {catalog.platform(p).env for p in frame.named_platforms}
            if len(implied) == 1 and len(only := implied.pop()) == 1:
                env, env_source = only[0], "platform"
    client: Client | None = None
    client_source = ""
    if len(c.clients) == 1 and c.clients[0] not in c.not_clients:  # ("the helpdesk agents instead of the reps")
        client, client_source = c.clients[0], "question"
    elif not c.clients and not c.not_clients:
        if state is not None and state.client:
            client, client_source = Client(state.client), "context"
        elif profile.client is not None:
            client, client_source = profile.client, "profile"
    return Where(env, env_source, client, client_source)


def explain(frame: Frame, top: Match, ranked: list[Match], answer: Answer, *, used: list[str], rule: str,
            decision: str) -> Explanation:
    """Everything that decided the answer, for /why, Slack and `ask --explain`."""
    found = tuple(f"{m.kind} {m.value} ← '{m.said}' ({m.alias}, {m.score:.2f}){' negated' if m.negated else ''}"
                  for m in frame.mentions)
    answered = answer.intent == top.intent.id  # else a fallback: the best intents are all runners-up
    return Explanation(
        intent=answer.intent, score=top.score, matched=top.keywords, entities=tuple(m.said for m in frame.mentions),
        runners_up=tuple(Candidate(m.intent.id, m.score) for m in ranked[int(answered):4]), context_used=tuple(used),
        rows=tuple(i.name for i in answer.items), note=answer.explanation.note, text=" ".join(tokens(frame.text)),
        act=frame.act.value, found=found, parts=top.parts, unexplained=frame.coverage.unexplained,
        followup=rule, decision=decision, threshold=ANSWER_AT)


def remember(state: ConversationState | None, answer: Answer, frame: Frame, where: Where) -> ConversationState:
    """What the thread remembers after this answer."""
    prev = state or ConversationState()
    # a detail beyond the data about named rows keeps them: "only for sales?" next is about the same rows
    kept = answer.fallback and bool(frame.named_rows) and frame.intent in followup.ROW_INTENTS
    if answer.fallback and not answer.items and frame.point_holders and answer.intent != NOT_UNDERSTOOD:
        # steps beyond the data about an integration point ("Using the COM API from C#, how do I ...?"): the
        # platform that lists it is the thread's subject now ("and online?" next is about it, not the question
        # before); a point two platforms list leaves no subject to go on with
        home = frame.point_holders[0] if len(set(frame.point_holders)) == 1 else None
        return ConversationState(intent=followup.PLATFORM_INTENT if home else None, platform=home,
                                 env=where.env.value if where.env else None, turns=prev.turns + 1,
                                 recent=prev.recent, setting=prev.setting)
    # (small talk leaves the subject where it was: "thx!" then "and for the helpdesk agents too?" goes on with it)
    if (answer.fallback and not kept) or answer.intent in followup.SMALL_TALK:
        return replace(prev, turns=prev.turns + 1)
    c = frame.constraints
    filters = {"levels": list(c.levels), "clients": [x.value for x in c.clients], "client_only": c.client_only,
               "groups": [list(g) for g in c.groups], "not_envs": [x.value for x in c.not_envs],
               "env_only": c.env_only.value if c.env_only is not None else None,
               # a move's two places, where it starts first ("what stops working?" then "and what do we keep?")
               "move": [x.value for x in c.envs] if len(set(c.envs)) == 2 and (
                   c.moving is not None or frame.cues.keeping) else [],
               # the rows a need's asker rejected ("SOAP is out of the question") stay out when the need goes on
               "set_aside": list(frame.set_aside) if frame.need else []}
    named = tuple(frame.named_rows)
    # a need's recommendation makes its best fit the thread's row; a need answered with a level's rows ("our DBA
    # wants to work at the database level. what is there?") leaves them a list, as any list does
    recommended = any(s.title == msg.OPTIONS_TITLE for s in answer.sections) or len(answer.items) == 1
    items = named or ((answer.items[0].name,) if frame.act.value == "scenario" and answer.items and recommended
                      else ())
    return ConversationState(
        intent=frame.intent if kept else answer.intent, items=items,
        platform=answer.platform.id if answer.platform else None,
        env=where.env.value if where.env else None, client=where.client.value if where.client else None,
        topic=frame.topic if frame.act.value == "concept" else None, need=frame.need,
        listed=tuple(i.name for i in answer.items), filters=filters, turns=prev.turns + 1,
        recent=tuple(dict.fromkeys([*prev.recent, *named]))[-3:], pending=answer.clarify,
        setting=tuple(dict.fromkeys([*prev.setting, *frame.coverage.unexplained]))[-SETTING_WORDS:])


def load_engine(data_dir: Path | None = None, intents_dir: Path | None = None,
                store: StateStore | None = None) -> Engine:
    """An engine on the knowledge: the compiled one when the cache holds it for the files as they are
    (no YAML, no pydantic, nothing derived again), else the catalog loaded and validated in full, then
    compiled for the next start (`bot.core.catalog.cache`)."""
    from bot.core.catalog import cache

    data_dir, intents_dir = knowledge_dirs(data_dir, intents_dir)
    compiled = cache.read(data_dir, intents_dir)
    if isinstance(compiled, Matcher):
        return Engine(compiled.catalog, store=store, matcher=compiled)
    from bot.core.catalog.load import load_catalog  # YAML and pydantic: only when the files are read

    engine = Engine(load_catalog(data_dir, intents_dir), store=store)  # the joins checked before compiling
    compile_knowledge(engine._matcher)  # before it serves: no answer touches it while it is pickled
    return engine


def settle() -> None:
    """For a process that serves its engine until it ends (a face's own process, not a test): keep every
    object alive now out of later full collections, which would otherwise walk the engine's hundred
    thousand objects each time (a pause of about 40 ms). After a reload the frozen objects are thawed
    first and the old knowledge collected, so a reload frees what it replaced."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def compile_knowledge(matcher: Matcher) -> bool:
    """Keep the matcher, with its catalog, for the next start, if its catalog was read from the files
    as they still are; True when written."""
    from bot.core.catalog import cache

    return cache.write(matcher.catalog, matcher)



"""Ranking the intents of intents/*.yaml for a frame: named score components, weights in `weights`.

    score = weight * (KEYWORDS * keywords + EXAMPLES * examples + FIT * fit) * penalties

- keywords: the intent's trigger words in the message (hints count less; a need
  the message describes counts for intents that need one);
- examples: how close the message, names replaced by their kind, is to the intent's examples;
- fit: whether the entities the intent needs or prefers are there;
- penalties: a needed entity missing, a message longer than the intent allows,
  something named that the intent avoids.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot.core.attrs import set_state
from bot.core.catalog.model import Catalog, Intent
from bot.core.understand import weights as w
from bot.core.understand.frame import Act, Frame


class Match(NamedTuple):
    """One intent's score for a frame, with the parts it is made of (immutable; a tuple, as twenty are made
    for every message)."""

    intent: Intent
    score: float
    keywords: tuple[str, ...]  # the message's words that matched the intent's trigger words
    phrases: tuple[str, ...] = ()  # the trigger phrases they matched (spaces removed)
    cells: frozenset[int] = frozenset()  # the message's words those phrases cover
    # keywords, examples, fit, then the penalties that applied and a follow-up's lift, unrounded
    components: tuple[float, float, float] = (0.0, 0.0, 0.0)
    penalties: tuple[tuple[str, float], ...] = ()

    @property
    def places(self) -> int:
        """In how many separate places of the message its trigger phrases stand ("which clients" and the "clients"
        in it: one place)."""
        return sum(i - 1 not in self.cells for i in self.cells)

    @property
    def parts(self) -> tuple[tuple[str, float], ...]:
        """Component -> value, penalties as multipliers (only the explained match needs them rounded)."""
        keywords, examples, fit = self.components
        return (("keywords", round(keywords, 3)), ("examples", round(examples, 3)), ("fit", round(fit, 3)),
                *self.penalties)


_NONE: dict[str, float] = {}
SETTING_ACTS = frozenset({"availability", "describe"})  # acts about a named row, moot when it is only the setting
CLOSENESS_MEMO = 4096  # message shapes whose closeness to the examples is remembered (the ranker never changes)
_NO_CELLS: frozenset[int] = frozenset()
_NO_WORDS: list[str] = []  # (read only)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


@dataclass(frozen=True)
class _Plan:
    """What an intent asks of a frame, worked out once per catalog."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    intent: Intent
    wanted: tuple[str, ...]  # needs, then prefers
    about: frozenset[str]
    wants_need: bool  # a need (described or named by its phrases) counts as a keyword hit


class _Presence:
    """A frame's entity kinds, looked up once per ranking: present, how fully, named by the message itself; and
    whether the level named is the one the named platforms' points are (`Ranker._platform_level`)."""

    __slots__ = ("fit", "has", "names", "platform_level", "points_level", "rows")

    def __init__(self, frame: Frame, kinds: frozenset[str], platform_level: bool, points_level: bool) -> None:
        self.has = dict(zip(kinds, map(frame.has, kinds), strict=True))
        self.fit = dict(zip(kinds, map(frame.fit, kinds), strict=True))
        self.names = dict(zip(kinds, map(frame.names, kinds), strict=True))
        self.rows = frozenset(frame.rows)
        self.platform_level = platform_level
        self.points_level = points_level  # (`Ranker._points_level`)


class Ranker:
    """The intents of a catalog with their delexicalised examples, ready to score frames."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, catalog: Catalog, examples: dict[str, list[str]]) -> None:
        self.catalog = catalog
        # each intent's examples, their words sorted once (token_sort_ratio without re-sorting the examples)
        self._examples = [(intent, [_sorted_words(text) for text in texts]) for intent, texts in examples.items()
                          if texts]
        self._plans = [_Plan(i, i.needs + i.prefers, frozenset(i.about), "need" in i.needs) for i in catalog.intents]
        self._kinds = frozenset(k for p in self._plans for k in (*p.wanted, *p.intent.avoids))
        self._ids = [(p, p.intent.id) for p in self._plans]
        self._concepts = frozenset(i.id for i in catalog.intents if i.act == "concept")
        self._named_topics = frozenset(t.id for t in catalog.topics if t.aliases)
        # a topic's rows, and the rows its names name ("customer service soap": SOAP, the word it shares)
        self._topic_rows = {t.id: frozenset(t.rows) | {i.name for i in catalog.items
                                                       if any(i.name.lower() in a.lower().split() for a in t.aliases)}
                            for t in catalog.topics}
        self._intents = tuple(intent for intent, _ in self._examples)
        # a platform's topic and who names it: the platform, or the client its points are for (the CS SOAP
        # services: Customer Service, or Service)
        self._topic_platforms = {t.id: (t.platform, frozenset(catalog.platform(t.platform).clients))
                                 for t in catalog.topics
                                 if t.platform is not None and catalog.platform(t.platform).clients}
        # the platforms whose points are rows of one level, several of them (the onsite Web client's are internal
        # APIs): that level asked of the platform asks for the level's rows, not the platform's points
        level_of = self._level_of = {i.name: i.level for i in catalog.items}
        self._level_platforms = {p.id: levels.pop() for p in catalog.platforms
                                 if len(rows := {r for pt in p.points for r in pt.items if r in level_of}) >= 2
                                 and len(levels := {level_of[r] for r in rows}) == 1}
        # every level a platform's points are at, its own level included: a level named that none of them is
        # ("support module on their own server: what database-level options exist?") asks for the level's rows
        self._platform_levels = {p.id: frozenset({level_of[r] for pt in p.points for r in pt.items if r in level_of}
                                                 | ({p.level} if p.level else set()))
                                 for p in catalog.platforms if not p.exclusive}  # (the mobile clients have
        # their web panels and nothing else)
        self._point_names = {p.id: frozenset(pt.name for pt in p.points) for p in catalog.platforms}
        self._close: dict[str, tuple[float, ...]] = {}  # a message's sorted words -> `closeness`, in that order

    def __getstate__(self) -> dict[str, object]:
        """What the compiled cache keeps: everything but the memo, which fills again as questions come."""
        return {**self.__dict__, "_close": {}}

    def rank(self, frame: Frame, keywords: dict[str, dict[str, float]], words: dict[str, list[str]],
             cells: dict[str, set[int]], closeness: dict[str, float], lift: str | None = None) -> list[Match]:
        """Every intent with its score, best first (`closeness`: `Ranker.closeness` of the message); `lift`
        raises the thread's previous intent."""
        points_level = self._points_level(frame)
        present = _Presence(frame, self._kinds, self._platform_level(frame), points_level)
        matches = [self._score(plan, frame, present, keywords.get(iid, _NONE), words.get(iid, _NO_WORDS),
                               closeness.get(iid, 0.0), frozenset(cells[iid]) if iid in cells else _NO_CELLS)
                   for plan, iid in self._ids]
        if lift is not None:
            matches = [self._lifted(m, frame) if m.intent.id == lift else m for m in matches]
        if points_level and any(m.intent.act == "platform" and weighed(m.score, frame) >= w.ANSWER_AT
                                             for m in matches):
            # "Customer Service: which APIs can an outside system call?": its points are that level, no matrix rows
            matches = [m._replace(score=round(m.score * w.AVOIDED, 4), penalties=(
                *m.penalties, ("the level of a platform's points asked", w.AVOIDED))) if m.intent.act == "list" else m
                for m in matches]
        return sorted(matches, key=itemgetter(1), reverse=True)  # stable: ties keep the intents' order

    def closeness(self, delex: str) -> dict[str, float]:
        """Each intent's best example similarity: one search per intent, the loop over its examples in C;
        remembered for the message's shape (its words sorted, names as their kinds: "can i use ITEM ENV"),
        which questions share."""
        query = _sorted_words(delex)
        best = self._close.get(query)
        if best is None:
            best = tuple(found[1] / 100 if (found := process.extractOne(query, texts, scorer=fuzz.ratio)) is not None
                         else 0.0 for _, texts in self._examples)
            if len(self._close) < CLOSENESS_MEMO:
                self._close[query] = best
        return dict(zip(self._intents, best, strict=True))

    def _score(self, plan: _Plan, frame: Frame, present: _Presence, phrases: dict[str, float], said: list[str],
               examples: float, cells: frozenset[int]) -> Match:
        intent = plan.intent
        hits = list(phrases.values()) if phrases else []
        if intent.topic is not None and frame.topic == intent.topic:
            hits.append(1.0)  # the message names the topic itself ("SOAP.exe", "the CS SOAP services")
        if plan.wants_need and frame.need:
            hits.append(min(frame.need_score, w.NEED_HIT_CAP) / 2)
        elif plan.wants_need and frame.described:
            hits.append(min(frame.described[0][1] / w.DESCRIBED_HIT, w.DESCRIBED_HIT_CAP))
        if intent.act == "platform" and present.points_level and _platform_by_name(frame):  # "Welche externen
            hits.append(w.LEVEL_ASKED_HIT)  # Schnittstellen hat SuperOffice Customer Service?": the level its
            # points are, asked of the platform by its name (not "Service (CS)", "helpdesk": the client too)
        if intent.act == "platform" and frame.named_platforms and frame.cues.yes_no and frame.constraints.envs \
                and not (frame.rows or frame.constraints.levels or frame.need or frame.described):
            hits.append(w.PLATFORM_WHERE_HIT)  # "is the pocket crm app available onsite?": where it runs, asked
        if intent.act == "list" and present.platform_level:  # ("the internal APIs of the onsite web client":
            hits += [1.0, w.LEVEL_ASKED_HIT]  # the level its points are, and asked)
        elif intent.act == "list" and frame.constraints.levels and not (frame.rows or frame.need) \
                and (frame.level_asked or frame.cues.asks_what):
            hits.append(w.LEVEL_ASKED_HIT)  # "which internal APIs are open to them?": a level asked what it holds
        c = frame.constraints
        if intent.act == "list" and c.everything and (c.envs or c.clients):
            hits.append(w.LEVEL_ASKED_HIT)  # "every extension option the cloud allows, all levels": the rows there
        keywords = 1 - w.KEYWORD_HALF ** sum(hits) if hits else 0.0
        # hints alone make its words present only in a message close to one of its examples
        fit = self._fit(plan, present, examples >= w.EXAMPLES_ALONE or (bool(hits) and max(hits) > w.HINT))
        score = intent.weight * (w.KEYWORDS * keywords + w.EXAMPLES * examples + w.FIT * fit)
        penalties: tuple[tuple[str, float], ...] = ()
        if intent.needs and not all(map(present.has.__getitem__, intent.needs)):  # (map: no generator per intent)
            score *= w.MISSING_NEED
            penalties += (("missing entity", w.MISSING_NEED),)
        if intent.max_words is not None and frame.length > intent.max_words:
            score *= w.TOO_LONG
            penalties += (("too long", w.TOO_LONG),)
        if intent.topic in self._named_topics and frame.topic is not None and frame.topic != intent.topic:
            # a topic known by its names, and the message names another: "xml envelopes to NetServer through
            # generated proxies" is not about the CS SOAP services
            score *= w.AVOIDED
            penalties += (("another topic named", w.AVOIDED),)
        if intent.topic is not None and frame.topic != intent.topic and frame.named_rows \
                and (intent.topic in self._named_topics or self._topic_rows[intent.topic]) \
                and self._topic_rows[intent.topic].isdisjoint(frame.named_rows):
            # "Restful: how many calls per minute ... which query parameter ...?": a row of its own named, not the
            # topic; the topic's common words ("calls", "parameter") do not make it about the CS SOAP services
            # ("Custom Pages ... in a multi-tenant Online deployment": nor sign-in, whose rows are the web services)
            score *= w.AVOIDED
            penalties += (("another row named", w.AVOIDED),)
        if intent.topic in self._topic_platforms and frame.topic != intent.topic \
                and not self._topic_rows[intent.topic].isdisjoint(frame.rows) \
                and not self._names_platform(frame, *self._topic_platforms[intent.topic]):
            # "an old Java integration on WSDL-generated proxies and XML envelopes ... syncs contacts and sales":
            # the words of a platform's topic about a row it names, with neither the platform nor its client named:
            # the matrix's SOAP row
            score *= w.AVOIDED
            penalties += (("its platform not named", w.AVOIDED),)
        if intent.act == "concept" and frame.cues.asks_name and present.rows and len(phrases or ()) <= 1:
            # "... generates code from WSDL contracts, XML envelopes. Which API row fits them?": a row asked for by
            # its name, among the rows the message names, is no concept that one of its words suggests
            score *= w.AVOIDED
            penalties += (("a row asked for", w.AVOIDED),)
        if intent.act == "platform" and frame.cues.asks_name and not frame.platform_asked and _row_of_its_own(frame):
            # "... a JScript he wants the automation engine in the desktop client to run. where does it belong?":
            # the row asked for by name, not the platform's points
            score *= w.AVOIDED
            penalties += (("a row asked for", w.AVOIDED),)
        if intent.act == "platform" and frame.need is not None and frame.cues.asks_name and frame.cues.one_point:
            # "... a small window that pops over the company screen. Which extension point fits that?": the row
            # for the need, not the client's points
            score *= w.AVOIDED
            penalties += (("one point asked for a need", w.AVOIDED),)
        if intent.act == "scenario" and frame.cues.why_not:
            # "why won't SuperOffice let us upload our own compiled assembly to our cloud tenant?": the reason for
            # what is not possible is asked, not which row serves the need it names
            score *= w.AVOIDED
            penalties += (("a reason asked for what is not possible", w.AVOIDED),)
        if intent.act == "scenario" and frame.cues.contrast and not (frame.cues.need or frame.cues.yes_no) \
                and not frame.named_rows and not self._concepts.isdisjoint(frame.strong):
            # "Automation inside SuperOffice compared with integrating from outside: where's the line?": two ways
            # compared, no need told
            score *= w.AVOIDED
            penalties += (("two ways compared, no need told", w.AVOIDED),)
        if intent.act == "platform" and frame.constraints.env_only is not None and frame.constraints.names_both_envs \
                and not frame.web_client and set(frame.platforms) <= set(frame.env_platforms):
            # "what integration possibilities are exclusive to SuperOffice Online, absent from an installation on our
            # own hardware?": the rows only one place has, the platform named only as that place
            score *= w.AVOIDED
            penalties += (("rows only one place has asked", w.AVOIDED),)
        if intent.act == "platform" and (frame.constraints.both_clients or _one_client_in_place(frame)
                                         or _both_places(frame)):
            # "extension points that serve sellers as well as the helpdesk", "extension points reserved for Sales users
            # that also run on SuperOffice Online": rows by whom they serve, whatever platform a client's word or
            # the place also names
            score *= w.AVOIDED
            penalties += (("rows by the clients they serve asked", w.AVOIDED),)
        if present.platform_level and (intent.act == "platform" or (intent.act == "scenario"
                                                                    and frame.cues.asks_what)):
            # "which internal API hooks does the web client we host ourselves give our C# devs?": the level's rows
            score *= w.AVOIDED
            penalties += (("the level its points are asked", w.AVOIDED),)
        if intent.act == "platform" and self._points_not_there(frame):
            # "welke externe API's kan onze klantenservice gebruiken nu SuperOffice ... in de cloud draait?": the
            # platform's own points at that level do not work there (the CS SOAP services); the level's rows do
            score *= w.AVOIDED
            penalties += (("the platform's points at the level asked not there", w.AVOIDED),)
        if intent.act == "scenario" and frame.cues.yes_no and not frame.named_rows and any(
                m.kind == "point" and not m.negated and " " in m.said and m.value in self._point_names[p]
                for m in frame.mentions for p in frame.named_platforms):
            # "can a web panel show our intranet in the windows client?": one of the named platform's own points,
            # asked of it yes or no, not the need its words tell (which answered with the web client's Custom Pages);
            # a point named in one word ("their buttons") may be any button
            score *= w.AVOIDED
            penalties += (("a point of the platform named asked", w.AVOIDED),)
        if intent.act in SETTING_ACTS and frame.need is not None and frame.named_rows \
                and set(frame.named_rows) <= set(frame.owned_rows):
            # "our Zapier flow already runs fine. next requirement: host families as their own table": the rows
            # the asker has are the setting; the need told is what is asked
            score *= w.AVOIDED
            penalties += (("only the asker's own rows named", w.AVOIDED),)
        if intent.avoids and any(present.names[k] for k in intent.avoids
                                 if not (k == "item" and intent.act == "list" and self._rows_of_level(frame))
                                 and not (k == "platform" and intent.act == "list"
                                          and (_one_client_in_place(frame) or _both_places(frame)))):
            score *= w.AVOIDED
            penalties += (("avoided entity", w.AVOIDED),)
        return Match(intent, round(min(score, 1.0), 4), tuple(dict.fromkeys(said)) if said else (),
                     tuple(phrases) if phrases else (), cells, (keywords, examples, fit), penalties)

    def _rows_of_level(self, frame: Frame) -> bool:
        """Whether the rows named are of the level the message asks to list ("Direct database access. List every
        extensibility option at the database level"): examples of the level, the list asked all the same."""
        c = frame.constraints
        return bool(frame.named_rows) and frame.cues.list_words and frame.level_asked and not frame.cues.yes_no \
            and all(self._level_of[r] in c.levels for r in frame.named_rows)

    @staticmethod
    def _names_platform(frame: Frame, platform: str, clients: frozenset[str]) -> bool:
        """Whether the message names the platform, or only its client among the clients."""
        named = {m.value for m in frame.mentions if m.kind == "client" and not m.negated}
        return any(m.kind == "platform" and m.value == platform for m in frame.mentions) \
            or (bool(named) and named <= clients)

    def _platform_level(self, frame: Frame) -> bool:
        """The one level named is the level all the named platforms' points are, no row, need or point named."""
        levels = frame.constraints.levels
        if not (levels and frame.platforms) or frame.rows or frame.need or frame.points:
            return False
        return (len(levels) == 1 and all(self._level_platforms.get(p) == levels[0] for p in frame.platforms)) \
            or (not frame.described and all(p in self._platform_levels and self._platform_levels[p].isdisjoint(levels)
                                            for p in frame.platforms))

    def _points_not_there(self, frame: Frame) -> bool:
        """The one level named is that of the named platforms' points, and none of those works in the one place
        named."""
        levels, envs = frame.constraints.levels, set(frame.constraints.envs)
        named = [self.catalog.platform(m.value) for m in frame.mentions if m.kind == "platform" and not m.negated]
        return len(levels) == 1 and len(envs) == 1 and bool(named) and all(
            p.level == levels[0] and p.points and all(pt.env and not envs & set(pt.env) for pt in p.points)
            for p in named)

    def _points_level(self, frame: Frame) -> bool:
        """The one level named is the level of a platform's points that are no matrix rows, the platform named,
        and no row asked for by name or as rows, nor a place ("external apis for an onsite CS install?": the
        matrix's rows there), nor the level as a level ("at the external API level, what is there for the customer
        service module?")."""
        levels = frame.constraints.levels
        named = {m.value for m in frame.mentions if m.kind == "platform" and not m.negated}
        return len(levels) == 1 and bool(named) and not (frame.rows or frame.cues.asks_rows or frame.constraints.envs
                                                         or frame.level_asked) \
            and all(self.catalog.platform(p).level == levels[0] for p in named)

    @staticmethod
    def _fit(plan: _Plan, present: _Presence, keyword_hits: bool) -> float:
        if plan.about and plan.about & present.rows:
            return w.FIT_ABOUT
        plain = w.FIT_NONE_WITH_KEYWORDS if keyword_hits else w.FIT_NONE
        if not plan.wanted:
            return plain
        fit = sum(map(present.fit.__getitem__, plan.wanted)) / len(plan.wanted)
        if plan.intent.needs:
            return fit
        # what an intent only prefers raises its fit when there with its words, and never lowers it below wanting
        # nothing ("our own server versus a CRM Online tenant" for how integrations sign in)
        return max(fit, plain) if keyword_hits else plain

    @staticmethod
    def _lifted(match: Match, frame: Frame) -> Match:
        """A follow-up leans towards the thread's previous intent, if the frame has what it needs."""
        if not all(frame.has(n) for n in match.intent.needs):
            return match
        lift = w.FOLLOWUP_LIFT + (w.FOLLOWUP_LIFT_SHORT if frame.size <= w.SHORT_MESSAGE else 0.0)
        return match._replace(score=round(min(1.0, match.score + lift), 4),
                              penalties=(*match.penalties, ("follow-up", lift)))


def _row_of_its_own(frame: Frame) -> bool:
    """A row named in words of its own, not those of a platform ("JScript", not "the Windows client")."""
    platforms = {m.said for m in frame.mentions if m.kind == "platform"}
    return any(m.kind == "row" and m.said not in platforms and not m.negated for m in frame.mentions)


def weighed(score: float, frame: Frame) -> float:
    """The best score, lowered for each content word nothing explains (a described need excepted)."""
    if frame.act is Act.SCENARIO:
        return score
    # the setup told around the question ("yurt rental co, SO CS onprem. agents repeat ...") asks nothing
    unexplained = min(frame.coverage.in_question, w.UNEXPLAINED_COUNTED)
    return score * (1 - w.UNEXPLAINED_WEIGHT * unexplained)


def _both_places(frame: Frame) -> bool:
    """Rows asked in both places, a platform named only as one of them ("extension points that exist for
    self-hosted installs as well as CRM Online"): no platform has both."""
    return frame.constraints.names_both_envs and frame.cues.list_words \
        and set(frame.platforms) <= set(frame.env_platforms)


def _one_client_in_place(frame: Frame) -> bool:
    """Rows only one client has, asked where a platform is named only as the place ("extension points reserved for
    Sales users that also run on SuperOffice Online"), or named by words that name the client too ("extension points
    exclusive to the Service module (none of them for Sales)"): rows by whom they serve, not the platform's points."""
    clients = {m.said for m in frame.mentions if m.kind == "client"}
    contrasted = frame.constraints.names_both_clients  # (not "SuperOffice Service only, no sales licences: what can
    # external code integrate with?": the platform, the other client one the customer lacks)
    # (or one client alone, asked of a place: "extension points a sales team gets in SuperOffice Online")
    # (not a client named beside the web client it asks of: "... sellers ...: what can a partner app add to the
    # browser client we use there?")
    one = frame.constraints.client_only or (len(set(frame.constraints.clients)) == 1 and not contrasted
                                            and not any(m.kind == "generic" for m in frame.mentions))
    return one and all(
        p in frame.env_platforms or (contrasted and any(m.kind == "platform" and m.value == p and m.said in clients
                                                        for m in frame.mentions)) for p in frame.platforms)


def _platform_by_name(frame: Frame) -> bool:
    """Whether a platform is named by words that name no client too ("SuperOffice Customer Service", not
    "helpdesk")."""
    clients = {m.said for m in frame.mentions if m.kind == "client" and not m.negated}
    return any(m.kind == "platform" and not m.negated and m.said not in clients for m in frame.mentions)

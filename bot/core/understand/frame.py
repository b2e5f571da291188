"""What a question asks, frozen: its act, its subject, its constraints and how much of it was understood.

A `Frame` is built once per message (by `bot.core.understand.matcher`), possibly
completed from the thread by the follow-up rules, and then only read: handlers
answer from the frame, never from raw mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bot.core.attrs import Cached
from bot.core.model import Client, Env
from bot.core.understand.text import tokens


class Act(StrEnum):
    """What the question wants done."""

    AVAILABILITY = "availability"  # where one row works, for whom
    DESCRIBE = "describe"  # what a row is
    LIST = "list"  # the rows matching filters
    COMPARE = "compare"  # rows side by side, or onsite against online
    PLATFORM = "platform"  # a platform's integration points
    CONCEPT = "concept"  # a topic the seeds explain
    SCENARIO = "scenario"  # a need described in the asker's words
    DETAIL = "detail"  # something beyond the data: steps, timing, versions, errors, prices, people ...
    SMALLTALK = "smalltalk"  # greetings, thanks, help
    UNKNOWN = "unknown"  # not understood


DATA_ACTS = frozenset({Act.AVAILABILITY, Act.DESCRIBE, Act.LIST, Act.COMPARE, Act.PLATFORM, Act.CONCEPT,
                       Act.SCENARIO})
# details that count only beside words the data does not explain ("how do I ..." is often a plain question)
WEAK_DETAILS = frozenset({"how-to", "where"})
HOW_TO = frozenset({"how-to", "steps"})  # details that ask how to do something
# "what can we use instead?", "hva kan vi bruke i stedet?": what works in the row's place, where the thread is
INSTEAD = frozenset({"instead", "stedet", "istället", "stället", "stattdessen", "daarvan",
                     # "what replaces it there?": what works in its place
                     "replaces", "replace", "replacement", "ersetzt", "ersatz", "erstatter", "erstatning", "ersätter",
                     "ersättning", "vervangt", "vervanging"})


@dataclass(frozen=True)
class Mention:
    """A thing of the data found in the question: which words, which alias of the data, how closely."""

    kind: str  # row, platform, web, level, group, env, client, point, need, detail, intent
    value: str
    said: str  # the question's own words
    alias: str  # the data's phrase that matched (spaces removed)
    score: float
    negated: bool = False


@dataclass(frozen=True)
class Constraints:
    """What narrows the answer: environment, client, level, family of rows."""

    envs: tuple[Env, ...] = ()  # asked for, in the order named
    not_envs: tuple[Env, ...] = ()
    env_only: Env | None = None  # "onsite only"
    clients: tuple[Client, ...] = ()
    not_clients: tuple[Client, ...] = ()
    client_only: bool = False  # "Sales-only rows" (not "only Sales users", which describes the customer)
    both_clients: bool = False  # "both Sales and Service"
    levels: tuple[str, ...] = ()
    not_levels: tuple[str, ...] = ()  # "beyond plain configuration", "except the internal api stuff"
    groups: tuple[tuple[str, ...], ...] = ()  # families of rows ("plugins", "connectors")
    moving: str | None = None  # "lose" or "gain": what changes moving from one environment to the other
    origin: Env | None = None  # the place a move starts, named right after "from", "von" ("moving off SO Online")
    bound: Env | None = None  # where a move goes, both places named ("works onsite today ... moves to online")
    everything: bool = False  # "the whole matrix"

    @property
    def names_both_envs(self) -> bool:
        """Both environments named, asked for or set aside ("online, not onsite")."""
        return len(set(self.envs + self.not_envs)) == 2

    @property
    def names_both_clients(self) -> bool:
        """Both clients named, asked for or set aside."""
        return len(set(self.clients + self.not_clients)) == 2

    @property
    def placed(self) -> bool:
        """An environment or a client named, asked for or set aside: where or for whom."""
        return bool(self.envs or self.not_envs or self.clients or self.not_clients)

    @property
    def any(self) -> bool:
        """Any filter at all: where, for whom, which levels or families, or everything."""
        return self.placed or bool(self.levels or self.not_levels or self.groups or self.everything)


@dataclass(frozen=True)
class Cues:
    """Small words that change how a message is read."""

    pronoun: bool = False  # it, that, those ...
    reference: bool = False  # "those", "them", "of those", "the two": a plain pointer to earlier rows
    names_pointer: bool = False  # a pointer that names what it points at ("of that list", "narrow that down")
    points_within: bool = False  # every pointer follows a level or family the message names ("X rows, list them")
    other: bool = False  # "else", "other": rows besides the ones just talked about
    choice: bool = False  # "or", "eller": a choice between things named
    drop: bool = False  # "drop", "remove": take the rows the message describes out of the list just shown
    drops_place: bool = False  # "drop the ones that need the hosted version": the rows of a place are taken out
    drops_shared: bool = False  # "leave out anything the sellers also get": the client's shared rows taken out (the
    # filters tell what stays: the other client's, not that client's)
    continuation: bool = False  # "same customer", "equivalent": the earlier subject goes on
    persists: bool = False  # "still the case?", "still there?": the earlier subject goes on, if none is named
    opener: bool = False  # "and ...", "what about ...", "what if ..."
    supposes: bool = False  # "what if ...": an opener only for a message that names nothing of its own
    contrast: bool = False  # vs, compare, difference, "the two"
    reset: bool = False  # "unrelated: ...", "new question"
    only: bool = False
    losing: bool = False  # "what do we lose"
    gaining: bool = False  # "what would we gain"
    keeping: bool = False  # "which of these survive the move?": what still works where the customer goes
    need: bool = False  # "we want", "how do we": a need is being described
    list_words: bool = False  # "features", "list", "capabilities": a list is asked for
    list_hint: bool = False  # "which", "what", "options": a list may be asked for
    asks: bool = False  # some intent's trigger word or hint is there: something is asked
    question: bool = False  # a question mark, or a first word that opens a question
    yes_no: bool = False  # a first word that opens a yes/no question ("is ...", "does ...")
    interrogative: bool = False  # a first word that opens a question ("what ...", "hva ...", "can ...")
    instead: bool = False  # "what can we use instead?": the row just talked about, in its place
    row_heading: bool = False  # a row's name alone opens the message, a colon or dash after it ("X: ...", "X - ...")
    row_label: bool = False  # a row alone before a colon, a yes/no question after ("Batch Task Plugins: can a ...?")
    asks_rows: bool = False  # rows asked for in the plural ("which external API rows fit?")
    asks_what: bool = False  # a word that asks what, which, where or how, anywhere ("... and what can it do?")
    how_to: bool = False  # "how do I ...", "how to ...": steps are asked for
    asks_name: bool = False  # "which api do I want", "what's the feature": a row or platform is asked for
    asks_who: bool = False  # "who administers these?", "which roles handle them?": a person asked for, not a row
    picks: bool = False  # "which of these ...", "hva av dette": the rows of a list the message gives are sifted
    counted: bool = False  # "three asks:", "which two rows": the message tells several asks
    task_heading: bool = False  # "CRMScript: parsing a JSON response": a heading, a row's name, then a task
    capability: bool = False  # "can a sentry plugin hide single fields?": what a row can do, not where it works
    relates: bool = False  # "run CRMScript from a Zapier zap": one row used from, in or through another
    asks_level: bool = False  # "which tier is it in?": the level of a row, which the data holds
    level_ref: bool = False  # "the rest of that tier": the level of the row just talked about
    why_not: bool = False  # "why won't they let us upload our DLL?": a reason asked for something not possible
    one_of: bool = False  # "which one ...?", "which of the two ...?": one of the rows just compared asked for
    asks_why: bool = False  # "why?", "why not?", "hvorfor ikke?": a reason asked, nothing else said
    one_point: bool = False  # "which extension point fits that?": one extension or integration point asked

    @property
    def asks_if_kept(self) -> bool:
        """Whether a yes or a no is asked about something pointed at keeping working ("would that still work after
        moving to online?", "does it survive that?")."""
        return self.pronoun and self.yes_no and self.keeping


@dataclass(frozen=True)
class Coverage:
    """Which content words of the question the data and intents explain, and which are left over."""

    content: tuple[str, ...] = ()
    unexplained: tuple[str, ...] = ()
    borrowed: tuple[tuple[str, frozenset[str]], ...] = ()  # words only intents' trigger words account for
    in_rows: tuple[str, ...] = ()  # unexplained words the named rows' own descriptions use ("javascript")
    generic: tuple[str, ...] = ()  # the domain's generic words no phrase accounts for ("update" in "how to update")
    setup: tuple[str, ...] = ()  # unexplained words of sentences that tell the setup, not ask ("yurt rental co.")
    asked: tuple[str, ...] = ()  # unexplained words right after "what" or "which" ("what firewall rules")

    @property
    def in_question(self) -> int:
        """How many words nothing explains stand outside the setup told around the question."""
        return len(self.unexplained) - len(self.setup)

    def left_by(self, intent: str) -> tuple[str, ...]:
        """The content words an answer from `intent` leaves unexplained: nothing's, or only other intents'."""
        return self.unexplained + tuple(word for word, owners in self.borrowed if intent not in owners)

    @property
    def explained(self) -> int:
        return len(self.content) - len(self.unexplained)

    @property
    def share(self) -> float:
        """The explained share of the content words (1.0 for a question of names and small words)."""
        return self.explained / len(self.content) if self.content else 1.0


@dataclass(frozen=True)
class Ask:
    """One of several asks a message enumerates ("(a) a popup ..., (b) own fields ..."), read on its own."""

    said: str  # the ask in the message's words
    frame: Frame  # the ask read as a message of its own (its act not chosen)

    @property
    def about(self) -> str:
        """What the ask is about: the row it names, else the need it tells, else the row its words describe
        best ("" for none of these)."""
        f = self.frame
        if f.named_rows:
            return f.named_rows[0]
        return f.need or (f.described[0][0] if f.described else "")

    @property
    def listed(self) -> str:
        """The rows a list ask filters the matrix to, in words ("(1) Service on SO's cloud - what can they script
        with there?": Scripting, Service, online), for an ask naming a level and no row or need ("")."""
        c = self.frame.constraints
        if self.about or not c.levels:
            return ""
        return ", ".join([*c.levels, *(e.value for e in c.envs), *(x.value for x in c.clients),
                          *(f"not {x.value}" for x in c.not_clients), "only" if c.client_only else ""])


@dataclass(frozen=True)
class Frame:
    """One message, understood."""

    text: str
    size: int  # words, without the filler words it opens with ("ok now ...")
    length: int = 0  # all its words
    bracketed: int = 0  # of them, the words of an aside in brackets that asks nothing ("(share per size, XS-XXL)")
    act: Act = Act.UNKNOWN
    intent: str = ""  # the intent whose handler answers
    rows: tuple[str, ...] = ()  # rows the message is about, in order (also those named by a platform's name)
    named_rows: tuple[str, ...] = ()  # rows named as rows ("Windows client scripting", not "Windows client")
    set_aside: tuple[str, ...] = ()  # rows the message puts aside ("no direct SQL")
    owned_rows: tuple[str, ...] = ()  # rows named as the asker's own ("from one of our custom pages")
    platforms: tuple[str, ...] = ()
    named_platforms: tuple[str, ...] = ()  # named as platforms, not implied by "online" or "web client"
    env_platforms: tuple[str, ...] = ()  # implied only by an environment word ("SuperOffice Online")
    web_client: bool = False  # "the web client", without saying which one
    points: tuple[str, ...] = ()  # integration points named
    point_holders: tuple[str, ...] = ()  # the platforms that list those points
    platform_rows: tuple[str, ...] = ()  # rows the named platforms offer
    topic: str | None = None
    need: str | None = None
    need_rows: tuple[str, ...] = ()  # the rows the need lists, in its order
    need_score: float = 0.0
    also: tuple[str, ...] = ()  # constraint needs named beside the need ("no coding")
    refused: tuple[str, ...] = ()  # needs a negation puts aside ("one value per company, no separate register")
    described: tuple[tuple[str, float], ...] = ()  # rows whose descriptions fit the described need
    told: tuple[tuple[str, float], ...] = ()  # what the message says about each row (retrieval scores)
    constraints: Constraints = field(default_factory=Constraints)
    cues: Cues = field(default_factory=Cues)
    detail: str | None = None  # what beyond the data is asked: how-to, timing, version, error, price ...
    detail_words: tuple[str, ...] = ()  # the phrases that said so
    detail_cells: frozenset[int] = frozenset()  # ... and the message's words they cover
    coverage: Coverage = field(default_factory=Coverage)
    mentions: tuple[Mention, ...] = ()
    delex: str = ""  # the message with named things replaced by their kind
    asks: tuple[Ask, ...] = ()  # several asks the message enumerates, each read on its own
    negated: frozenset[int] = frozenset()  # positions of the words a negation puts aside ("not a popup")
    platform_asked: bool = False  # the asking sentence asks what a platform offers; the need is the setup
    level_asked: bool = False  # the asking sentence names a level; the need is the setup
    asked_intents: frozenset[str] = frozenset()  # intents whose trigger words stand in the asking sentence
    narrows_list: bool = False  # goes on from the thread's list with a place or client of its own ("now just the
    # ones that work in the cloud"): the list, narrowed (set by the follow-up rules)
    strong: frozenset[str] = frozenset()  # intents with a trigger word (not only a hint) in the message

    @property
    def subject(self) -> bool:
        """Whether the message names what it is about (a row, platform, topic, need or a level/family)."""
        return bool(self.rows or self.named_platforms or self.web_client or self.points or self.topic or self.need
                    or self.described or self.constraints.levels or self.constraints.groups
                    or self.constraints.everything)

    def fit(self, kind: str) -> float:
        """How fully an entity kind is present: 1, or 0.5 for a platform only implied by an environment
        word ("SuperOffice Online"), 0 when absent."""
        if kind == "platform" and self.platforms and set(self.platforms) <= set(self.env_platforms) \
                and not self.web_client:
            return 0.5
        return float(self.has(kind))

    def naming_words(self, kind: str) -> dict[str, set[str]]:
        """The words each thing of a kind the message names was named by ("dropdown" for Lists, "button" for
        three platforms' button points)."""
        said: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind == kind:
                said.setdefault(m.value, set()).update(tokens(m.said))
        return said

    def has(self, kind: str) -> bool:
        """Whether the entity kind an intent needs or prefers is present."""
        return self._present.get(kind, False)

    @Cached  # (not functools.cached_property: see bot.core.attrs)
    def _present(self) -> dict[str, bool]:
        c = self.constraints
        return {
            "item": bool(self.rows),
            "row": bool(self.named_rows),
            "other_row": bool(set(self.named_rows) - set(self.platform_rows)),
            "items2": len(self.rows) >= 2,
            "platform": bool(self.platforms) or self.web_client,
            "platforms2": len(set(self.named_platforms)) >= 2,
            "point": bool(self.points),
            "need": self.need is not None or bool(self.described),
            "topic": self.topic is not None,
            "detail": self.detail is not None,
            "level": bool(c.levels),
            # "what's on the second tier?": one level whose rows are asked for (not "who handles the configuration
            # level?", nor "the configuration and UI workflow levels")
            "one_level": len(c.levels) == 1 and self.cues.list_hint and not self.cues.asks_who,
            "client": bool(c.clients),
            "who": self.cues.asks_who,  # "who administers these?": a person asked for
            # "our own server versus a CRM Online tenant", "... of our self-hosted SuperOffice, moving to CRM Online":
            # the two places set side by side (a move's origin too)
            "envs2": c.names_both_envs or len({m.value for m in self.mentions if m.kind == "env"}) == 2,
            "group": bool(c.groups),
            "filter": c.any,
            # "we're onsite ... can we still automate ticket routing?": only the onsite place, no move (what Online
            # forbids is not asked)
            "onsite_only": c.envs == (Env.ONSITE,) and not c.not_envs and c.moving is None and not any(
                (m.kind == "env" and m.value == Env.ONLINE.value) or m.value == "web-client-online"
                for m in self.mentions),  # (nor Online named at all: "... but never in their Online tenant")
        }

    def names(self, kind: str) -> bool:
        """Whether the message itself names this kind (for an intent's `avoids`)."""
        if kind == "item":
            return bool(self.named_rows)
        if kind == "platform":
            return bool(self.named_platforms) or self.web_client  # "the web client in SO online"
        if kind == "need":
            return self.need is not None
        if kind == "items2":
            return len(self.named_rows) >= 2
        return self.has(kind)

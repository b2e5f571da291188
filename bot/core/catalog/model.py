"""The validated knowledge as plain frozen data: what loading produces and the core reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.core.attrs import Cached, set_state
from bot.core.model import Env, IntegrationPoint, Item, Link, Platform


@dataclass(frozen=True)
class Level:
    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    name: str
    summary: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    id: str
    title: str
    aliases: tuple[str, ...]
    onsite: bool | None
    online: bool | None
    note: str | None
    paragraphs: tuple[str, ...]
    links: tuple[Link, ...]
    rows: tuple[str, ...]
    platform: str | None
    levels_table: bool
    fallback: bool = False  # the answer is "ask people": the seeds send such questions to the forum
    details: tuple[str, ...] = ()  # detail kinds its text answers ("which endpoint ...": the address it gives)


@dataclass(frozen=True)
class Need:
    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    id: str
    need: str
    words: tuple[str, ...]
    rows: tuple[tuple[str, str], ...]
    points: tuple[tuple[str, str], ...]  # (platform id, integration point name)
    constraint: bool = False  # says how ("without code"), not what: a goal named beside it comes first
    pairs: tuple[tuple[str, str], ...] = ()  # word starts a few words apart in one sentence ("button" ... "open")
    levels: tuple[str, ...] = ()  # a constraint met by whole levels ("no code": the admin-page levels)
    yields: tuple[str, ...] = ()  # needs that take its place when named beside it ("a popup before saving")
    alone: bool = True  # False: a constraint only ever read beside another need ("automatically")
    events: tuple[str, ...] = ()  # things whose happening it reacts to ("when a deal is won": deal)
    negated: tuple[str, ...] = ()  # word starts a negation right before tells it ("zero developers")
    given: tuple[tuple[str, str, str], ...] = ()  # (constraint need id, row, why): a row that serves the need
    # only the way that constraint, told beside it, asks ("... nobody here codes": Zapier)
    unless: tuple[str, ...] = ()  # constraint need ids that, told beside it, say this is not the need
    places: tuple[str, ...] = ()  # its phrases that only say where: yields only when told by these alone

    def row_names(self) -> tuple[str, ...]:
        """The rows it lists, in its order."""
        return tuple(name for name, _ in self.rows)


@dataclass(frozen=True)
class Intent:
    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    id: str
    handler: str
    act: str
    keywords: tuple[str, ...]
    hints: tuple[str, ...]
    examples: tuple[str, ...]
    needs: tuple[str, ...]
    prefers: tuple[str, ...]
    avoids: tuple[str, ...]
    topic: str | None
    about: tuple[str, ...]
    weight: float
    max_words: int | None
    path: str
    handler_line: int | None = None
    example_lines: tuple[int | None, ...] = ()  # the line of each example, for `sobot check`


@dataclass(frozen=True)
class Group:
    """A family of rows and the words that name all of them ("guides")."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    words: list[str]
    rows: list[str]


@dataclass(frozen=True)
class Vocabulary:
    """data/vocabulary.yaml as validated (`VocabularyModel`), as plain data: what the reader's word lists are."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    environments: dict[str, list[str]]
    clients: dict[str, list[str]]
    client_heads: dict[str, list[str]] = field(default_factory=dict)
    joins: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    only: list[str] = field(default_factory=list)
    both: list[str] = field(default_factory=list)
    contrast: list[str] = field(default_factory=list)
    stopwords: list[str] = field(default_factory=list)
    everything: list[str] = field(default_factory=list)
    need_cues: list[str] = field(default_factory=list)
    not_names: list[str] = field(default_factory=list)
    weak_names: list[str] = field(default_factory=list)  # a row's names that are plain words too
    pronouns: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    lacking: list[str] = field(default_factory=list)
    exclusions: list[str] = field(default_factory=list)
    drops: list[str] = field(default_factory=list)
    owning: list[str] = field(default_factory=list)
    row_nouns: list[str] = field(default_factory=list)
    relatives: list[str] = field(default_factory=list)
    requiring: list[str] = field(default_factory=list)
    indefinites: list[str] = field(default_factory=list)
    regardless: list[str] = field(default_factory=list)
    preambles: list[str] = field(default_factory=list)
    yes_no_tails: list[str] = field(default_factory=list)
    request_tails: list[str] = field(default_factory=list)
    confirm_asks: list[str] = field(default_factory=list)
    betweens: list[str] = field(default_factory=list)
    asker_intros: list[str] = field(default_factory=list)
    self_intros: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    shortfalls: list[str] = field(default_factory=list)
    beyond: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)
    section_heads: list[str] = field(default_factory=list)
    side_notes: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)
    counted_kinds: list[str] = field(default_factory=list)
    withouts: list[str] = field(default_factory=list)
    possessives: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    builders: list[str] = field(default_factory=list)
    event_openers: list[str] = field(default_factory=list)
    event_verbs: list[str] = field(default_factory=list)
    both_clients: list[str] = field(default_factory=list)
    cell_words: list[str] = field(default_factory=list)
    datives: list[str] = field(default_factory=list)
    closers: list[str] = field(default_factory=list)
    object_nouns: list[str] = field(default_factory=list)
    copulas: list[str] = field(default_factory=list)
    row_plurals: list[str] = field(default_factory=list)
    list_pointers: list[str] = field(default_factory=list)
    level_pointers: list[str] = field(default_factory=list)
    clause_negations: list[str] = field(default_factory=list)
    sole_tails: list[str] = field(default_factory=list)
    sole_heads: list[str] = field(default_factory=list)
    level_nouns: list[str] = field(default_factory=list)
    range_bottoms: list[str] = field(default_factory=list)
    range_tops: list[str] = field(default_factory=list)
    spectrum_lows: list[str] = field(default_factory=list)
    spectrum_highs: list[str] = field(default_factory=list)
    level_words: list[str] = field(default_factory=list)
    hypotheticals: list[str] = field(default_factory=list)
    continuations: list[str] = field(default_factory=list)
    persistences: list[str] = field(default_factory=list)
    name_asks: list[str] = field(default_factory=list)
    who_asks: list[str] = field(default_factory=list)
    lacks: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    both_envs: list[str] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    illustrations: list[str] = field(default_factory=list)
    covering: list[str] = field(default_factory=list)
    covering_alike: list[str] = field(default_factory=list)
    together: list[str] = field(default_factory=list)
    not_triggers: list[str] = field(default_factory=list)
    relays: list[str] = field(default_factory=list)
    subject_pronouns: list[str] = field(default_factory=list)
    point_asks: list[str] = field(default_factory=list)
    openers: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)
    glue: list[str] = field(default_factory=list)
    trailing_negations: list[str] = field(default_factory=list)
    existentials: list[str] = field(default_factory=list)
    clauses: dict[str, list[str]] = field(default_factory=dict)
    release_names: list[str] = field(default_factory=list)
    row_negations: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    refusing_verbs: list[str] = field(default_factory=list)
    losing: list[str] = field(default_factory=list)
    gaining: list[str] = field(default_factory=list)
    keeping: list[str] = field(default_factory=list)
    interrogatives: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    yes_no: list[str] = field(default_factory=list)
    resets: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    picks: list[str] = field(default_factory=list)
    one_of: list[str] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)
    counted: list[str] = field(default_factory=list)
    ties: list[str] = field(default_factory=list)
    function_words: list[str] = field(default_factory=list)
    common_words: dict[str, list[str]] = field(default_factory=dict)
    domain_words: list[str] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Catalog:
    """Everything sobot knows, validated."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    items: tuple[Item, ...]
    levels: tuple[Level, ...]
    platforms: tuple[Platform, ...]
    topics: tuple[Topic, ...]
    needs: tuple[Need, ...]
    vocabulary: Vocabulary
    intents: tuple[Intent, ...]
    data_dir: Path
    intents_dir: Path

    @Cached
    def _items(self) -> dict[str, Item]:
        return {i.name: i for i in self.items}

    @Cached
    def _platforms(self) -> dict[str, Platform]:
        return {p.id: p for p in self.platforms}

    @Cached
    def _topics(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    def item(self, name: str) -> Item:
        """The matrix row of that exact name (KeyError names it when there is none)."""
        return self._items[name]

    def platform(self, pid: str) -> Platform:
        """The platform of that protocol id."""
        return self._platforms[pid]

    def web_client(self, env: Env) -> Platform | None:
        """The platform that "the web client" means in one environment (those with generic words)."""
        return next((p for p in self.platforms if p.generic and p.env == (env,)), None)

    def points_of(self, need: Need, env: Env | None = None) -> list[tuple[Platform, IntegrationPoint]]:
        """The platform integration points that serve a need (in `env`, when given)."""
        out = []
        for pid, name in need.points:
            plat = self.platform(pid)
            if env is None or env in plat.env:
                out += [(plat, p) for p in plat.points if p.name == name and (env is None or not p.env or env in p.env)]
        return out

    def need(self, nid: str) -> Need:
        """The need of that id."""
        return self._needs[nid]

    @Cached
    def _needs(self) -> dict[str, Need]:
        return {n.id: n for n in self.needs}

    def topic(self, tid: str) -> Topic:
        """The topic of that id."""
        return self._topics[tid]

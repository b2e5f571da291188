"""The shape of every data/ and intents/ file, as pydantic models (validation only)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PLATFORM_IDS = ("windows-client", "web-client-onsite", "web-client-online", "customer-service", "mobile")
ENTITY_KINDS = ("item", "row", "items2", "platform", "platforms2", "point", "need", "filter", "level", "one_level",
                "client", "other_row", "group", "topic", "detail", "onsite_only", "envs2", "who")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LinkModel(_Strict):
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https://\S+$")


class RowModel(_Strict):
    name: str = Field(min_length=1)
    level: str
    clients: list[Literal["Sales", "Service"]] = Field(min_length=1)
    onsite: bool
    online: bool
    summary: str = Field(min_length=10)
    url: str = Field(pattern=r"^https://\S+$")
    url_title: str = Field(min_length=1)
    more: list[LinkModel] = []
    aliases: list[str] = []
    source: str = Field(min_length=1)
    only_because: str | None = None
    platform: str | None = None
    uses: list[str] = []
    stems: list[str] = []
    see_also: list[str] = []


class LevelModel(_Strict):
    name: str
    summary: str
    aliases: list[str] = []


class PointModel(_Strict):
    name: str
    summary: str
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    rows: list[str] = []
    aliases: list[str] = []
    env: list[Literal["onsite", "online"]] = []  # where the point works, when not everywhere its platform runs


class PlatformModel(_Strict):
    id: Literal["windows-client", "web-client-onsite", "web-client-online", "customer-service", "mobile"]
    name: str
    env: list[Literal["onsite", "online"]] = Field(min_length=1)
    clients: list[Literal["Sales", "Service"]] = []  # the client its points are for, when it has one of its own
    # the product it is a client of, as the matrix's Client column names it (a SuperOffice CRM platform: Sales), when
    # its points are not tied to that client (`clients`)
    product: Literal["Sales", "Service"] | None = None
    summary: str
    aliases: list[str] = Field(min_length=1)
    generic: list[str] = []
    exclusive: bool = False
    # the matrix level its points are when none of them is a matrix row (Customer Service's SOAP services are its
    # external APIs): that level asked of the platform asks for its points
    level: str | None = None
    points: list[PointModel] = Field(min_length=1)
    links: list[LinkModel] = Field(min_length=1)
    source: str


class TopicModel(_Strict):
    id: str
    title: str
    aliases: list[str] = []
    onsite: bool | None = None
    online: bool | None = None
    note: str | None = None
    fallback: bool = False
    paragraphs: list[str] = Field(min_length=1)
    links: list[LinkModel] = []
    rows: list[str] = []
    platform: str | None = None
    levels_table: bool = False
    details: list[str] = []  # detail kinds its text answers ("which endpoint": the address it gives)
    source: str


class GroupModel(_Strict):
    words: list[str] = Field(min_length=1)
    rows: list[str] = Field(min_length=2)


class VocabularyModel(_Strict):
    environments: dict[Literal["onsite", "online"], list[str]]
    clients: dict[Literal["Sales", "Service"], list[str]]
    client_heads: dict[Literal["Sales", "Service"], list[str]] = {}
    joins: list[str] = []
    groups: list[GroupModel] = []
    negations: list[str] = []
    only: list[str] = []
    both: list[str] = []
    contrast: list[str] = []
    stopwords: list[str] = []
    everything: list[str] = []
    need_cues: list[str] = []
    not_names: list[str] = []
    weak_names: list[str] = []
    pronouns: list[str] = []
    references: list[str] = []
    others: list[str] = []
    choices: list[str] = []
    lacking: list[str] = []
    exclusions: list[str] = []
    drops: list[str] = []
    owning: list[str] = []
    row_nouns: list[str] = []
    relatives: list[str] = []
    requiring: list[str] = []
    indefinites: list[str] = []
    regardless: list[str] = []
    preambles: list[str] = []
    yes_no_tails: list[str] = []
    request_tails: list[str] = []
    confirm_asks: list[str] = []
    betweens: list[str] = []
    asker_intros: list[str] = []
    self_intros: list[str] = []
    rejections: list[str] = []
    shortfalls: list[str] = []
    beyond: list[str] = []
    tried: list[str] = []
    section_heads: list[str] = []
    side_notes: list[str] = []
    relations: list[str] = []
    counted_kinds: list[str] = []
    withouts: list[str] = []
    possessives: list[str] = []
    already: list[str] = []
    builders: list[str] = []
    event_openers: list[str] = []
    event_verbs: list[str] = []
    both_clients: list[str] = []
    cell_words: list[str] = []
    datives: list[str] = []
    closers: list[str] = []
    object_nouns: list[str] = []
    copulas: list[str] = []
    row_plurals: list[str] = []
    list_pointers: list[str] = []
    level_pointers: list[str] = []
    clause_negations: list[str] = []
    sole_tails: list[str] = []
    sole_heads: list[str] = []
    level_nouns: list[str] = []
    range_bottoms: list[str] = []
    range_tops: list[str] = []
    spectrum_lows: list[str] = []
    spectrum_highs: list[str] = []
    level_words: list[str] = []
    hypotheticals: list[str] = []
    continuations: list[str] = []
    persistences: list[str] = []
    name_asks: list[str] = []
    who_asks: list[str] = []
    lacks: list[str] = []
    origins: list[str] = []
    both_envs: list[str] = []
    destinations: list[str] = []
    moved: list[str] = []
    illustrations: list[str] = []
    covering: list[str] = []
    covering_alike: list[str] = []
    together: list[str] = []
    not_triggers: list[str] = []
    relays: list[str] = []
    subject_pronouns: list[str] = []
    point_asks: list[str] = []
    openers: list[str] = []
    fillers: list[str] = []
    glue: list[str] = []
    trailing_negations: list[str] = []
    existentials: list[str] = []
    clauses: dict[Literal["relative", "particles", "subjects"], list[str]] = {}
    release_names: list[str] = []
    row_negations: list[str] = []
    refusals: list[str] = []
    refusing_verbs: list[str] = []
    losing: list[str] = []
    gaining: list[str] = []
    keeping: list[str] = []
    interrogatives: list[str] = []
    reasons: list[str] = []
    yes_no: list[str] = []
    resets: list[str] = []
    people: list[str] = []
    picks: list[str] = []
    one_of: list[str] = []
    counts: list[str] = []
    counted: list[str] = []
    ties: list[str] = []
    function_words: list[str] = []
    common_words: dict[str, list[str]] = {}
    domain_words: list[str] = []
    details: dict[str, list[str]] = {}


class NeedRowModel(_Strict):
    name: str
    why: str = Field(min_length=5)


class NeedGivenRowModel(NeedRowModel):
    when: str  # the id of the constraint need that, told beside this need, makes the row serve it


class NeedPointModel(_Strict):
    platform: Literal["windows-client", "web-client-onsite", "web-client-online", "customer-service", "mobile"]
    point: str


class NeedModel(_Strict):
    id: str
    need: str
    constraint: bool = False
    words: list[str] = Field(min_length=1)
    pairs: list[tuple[str, str]] = []  # two words a few words apart in one sentence ("a button ... that opens")
    events: list[str] = []  # things whose happening it reacts to ("when a deal is won": deal)
    levels: list[str] = []  # a constraint whole levels meet: asked of a list, it keeps their rows
    # needs that take its place when the message names them too ("before the sale is saved, a popup asks ...":
    # saving is when the popup opens, the popup is what is built)
    yields: list[str] = []
    # its phrases that only say where ("in the admin pages"): told with no other of its phrases, the needs it
    # yields to take its place when named too ("their admin defines the register in the admin pages")
    places: list[str] = []
    # false: only ever beside another need ("automatically" says how a goal is met, never what is wanted)
    alone: bool = True
    # word starts that tell the need when a negation stands right before them ("zero developers", "no in-house
    # programmers", "ohne eigene Entwickler")
    negated: list[str] = []
    rows: list[NeedRowModel] = []
    # rows that serve the need only the way a constraint told beside it asks ("new webshop orders become
    # persons in SuperOffice - nobody here codes": Zapier); left out otherwise
    given: list[NeedGivenRowModel] = []
    # constraints that, told beside it, say this is not the need ("configure a rule in the admin pages, without
    # writing code" wants no script written in the admin pages)
    unless: list[str] = []
    points: list[NeedPointModel] = []
    source: str


ACTS = ("availability", "describe", "list", "compare", "platform", "concept", "scenario", "detail", "smalltalk")


class IntentModel(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    handler: str
    act: Literal["availability", "describe", "list", "compare", "platform", "concept", "scenario", "detail",
                 "smalltalk"]
    keywords: list[str] = Field(min_length=1)
    hints: list[str] = []
    examples: list[str] = Field(min_length=1)
    needs: list[str] = []
    prefers: list[str] = []
    avoids: list[str] = []
    topic: str | None = None
    about: list[str] = []
    weight: float = Field(default=1.0, gt=0, le=2)
    max_words: int | None = Field(default=None, gt=0)

    @field_validator("needs", "prefers", "avoids")
    @classmethod
    def _known_entities(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in ENTITY_KINDS]
        if unknown:
            raise ValueError(f"unknown entity kind(s) {unknown}; use {', '.join(ENTITY_KINDS)}")
        return value

"""Understanding: extract entities from a question and rank the intents.

    question -> normalise -> entities (items, platforms, environment, client,
    level, row families, needs) -> delexicalise -> score every intent
    (fuzzy keywords + closeness to its examples + entity fit) -> ranked Matches
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from bot.core.catalog.model import Catalog, Intent
from bot.core.model import Env
from bot.core.understand.filters import FilterWords
from bot.core.understand.lexicon import Hit, Lexicon, Meaning
from bot.core.understand.retrieval import RowIndex
from bot.core.understand.text import tokens

PLACEHOLDER = {"item": "ITEM", "platform": "PLATFORM", "generic": "PLATFORM", "env": "ENV",
               "client": "CLIENT", "level": "LEVEL", "group": "GROUP"}
NEAR = 3
HINT_WEIGHT = 0.3
DESCRIBED_MIN = 6.0


@dataclass
class Entities:
    """What a question names, in order of appearance."""

    items: list[str] = field(default_factory=list)
    pure_items: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    pure_platforms: list[str] = field(default_factory=list)
    generic_platform: bool = False
    envs: list[str] = field(default_factory=list)
    env_negated: set[str] = field(default_factory=set)
    env_only: bool = False
    env_only_env: str | None = None
    clients: list[str] = field(default_factory=list)
    client_negated: set[str] = field(default_factory=set)
    client_only: bool = False
    both_clients: bool = False
    levels: list[str] = field(default_factory=list)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    point_holders: list[str] = field(default_factory=list)
    platform_rows: list[str] = field(default_factory=list)
    row_scores: dict[str, float] = field(default_factory=dict)
    need: str | None = None
    need_score: float = 0.0
    described: list[tuple[str, float]] = field(default_factory=list)
    contrast: bool = False
    losing: bool = False
    reset: bool = False
    everything: bool = False
    only: bool = False
    negated_items: list[str] = field(default_factory=list)
    pronoun: bool = False
    opener: bool = False
    words: list[str] = field(default_factory=list)
    delex: str = ""
    size: int = 0

    def has(self, kind: str) -> bool:
        """Whether the entity kind an intent needs is present."""
        if kind == "item":
            return bool(self.items)
        if kind == "row":  # a row named as a row, not only through a platform's name
            return bool(self.pure_items)
        if kind == "other_row":  # a row the named platforms do not offer
            return bool(set(self.pure_items) - set(self.platform_rows))
        if kind == "items2":
            return len(self.items) >= 2
        if kind == "platform":
            return bool(self.platforms) or self.generic_platform
        if kind == "point":
            return bool(self.points)
        if kind == "need":
            return self.need is not None or bool(self.described)
        if kind == "level":
            return bool(self.levels)
        if kind == "client":
            return bool(self.clients)
        if kind == "group":
            return bool(self.groups)
        if kind == "platforms2":
            return len(set(self.pure_platforms)) >= 2
        if kind == "filter":
            return bool(self.envs or self.clients or self.levels or self.groups or self.everything)
        return False

    def names(self, kind: str) -> bool:
        """Whether the question itself names this kind (for `avoids`): a row named only
        by a platform's name ("Windows client") does not count as a row."""
        if kind == "item":
            return bool(self.pure_items)
        if kind == "platform":
            return bool(self.pure_platforms)
        if kind == "need":
            return self.need is not None
        if kind == "items2":
            return len(self.pure_items) >= 2
        return self.has(kind)


@dataclass(frozen=True)
class Match:
    """One intent's score for a question."""

    intent: Intent
    score: float
    keywords: tuple[str, ...]


class Matcher:
    """Precomputed lexicons over a catalog; `understand` and `rank` per question."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.filter_words = FilterWords(catalog)
        self.entities = Lexicon(self._entity_entries())
        self.keywords = Lexicon([(k, Meaning("intent", i.id)) for i in catalog.intents for k in i.keywords]
                                + [(k, Meaning("hint", i.id)) for i in catalog.intents for k in i.hints],
                                compounds=False, strict=True)
        self.needs = Lexicon(((w, Meaning("need", n.id)) for n in catalog.needs for w in n.words),
                             compounds=False, strict=True)
        self.rows = RowIndex(catalog)
        self.points = Lexicon((a, Meaning("point", p.name)) for plat in catalog.platforms
                              for p in plat.points for a in p.aliases)
        vocab = catalog.vocabulary
        self._negations = {w.replace("'", "") for w in vocab.negations}
        self._only = set(vocab.only)
        self._both = set(vocab.both)
        self._contrast = set(vocab.contrast)
        self._pronouns = set(vocab.pronouns)
        self._refusals = {i.id for i in catalog.intents if i.handler == "out_of_scope"}
        self._openers = set(vocab.openers)
        self._fillers = set(vocab.fillers)
        self._glue = set(vocab.glue)
        self._losing = Lexicon(((w, Meaning("cue", "lose")) for w in vocab.losing), compounds=False, strict=True)
        self._trailing = set(vocab.trailing_negations)
        self._row_negations = set(vocab.row_negations)
        self._ties = set(vocab.ties)
        self._resets = Lexicon(((w, Meaning("cue", "reset")) for w in vocab.resets), compounds=False, strict=True)
        self._people = set(vocab.people)
        self._need_cues = Lexicon(((w, Meaning("cue", "need")) for w in vocab.need_cues), compounds=False)
        self._everything = Lexicon((w, Meaning("all", "all")) for w in vocab.everything)
        self._examples = {i.id: [self.delexicalise(e) for e in i.examples] for i in catalog.intents}

    def _entity_entries(self) -> list[tuple[str, Meaning]]:
        cat = self.catalog
        entries: list[tuple[str, Meaning]] = []
        for item in cat.items:
            entries += [(a, Meaning("item", item.name)) for a in item.aliases]
        for plat in cat.platforms:
            entries += [(a, Meaning("platform", plat.id)) for a in plat.aliases]
            entries += [(g, Meaning("generic", "web")) for g in plat.generic]
        for level in cat.levels:
            entries += [(a, Meaning("level", level.name)) for a in (level.name, *level.aliases)]
        for env, words in cat.vocabulary.environments.items():
            entries += [(w, Meaning("env", env)) for w in words]
        for client, words in cat.vocabulary.clients.items():
            entries += [(w, Meaning("client", client)) for w in words]
        for index, group in enumerate(cat.vocabulary.groups):
            entries += [(w, Meaning("group", str(index))) for w in group.words]
        entries += [(w, Meaning("none", w)) for w in cat.vocabulary.not_names]
        return entries

    def delexicalise(self, text: str) -> str:
        """The question with named things replaced by their kind: 'can i use ITEM ENV'."""
        toks = tokens(text)
        out = list(toks)
        for hit in self.entities.spans(toks):
            out[hit.start] = PLACEHOLDER.get(hit.meanings[0].kind, "X")
            for k in range(hit.start + 1, hit.end):
                out[k] = ""
        return " ".join(w for w in out if w)

    def understand(self, text: str) -> Entities:
        """Extract entities and the delexicalised form of a question."""
        toks = tokens(text)
        ent = Entities(size=len(toks))
        spans = self.entities.spans(toks)
        out = list(toks)
        for hit in spans:
            self._apply(hit, toks, ent)
            kinds = [m.kind for m in hit.meanings]
            out[hit.start] = PLACEHOLDER.get(kinds[0], "X")
            for k in range(hit.start + 1, hit.end):
                out[k] = ""
            ent.words.append(" ".join(toks[hit.start:hit.end]))
        ent.delex = " ".join(w for w in out if w)
        ent.pronoun = any(t in self._pronouns for t in toks)
        ent.contrast = any(t in self._contrast for t in toks)
        ent.only = any(t in self._only for t in toks)
        ent.losing = bool(self._losing.scan(toks))
        ent.reset = bool(self._resets.scan(toks))
        ent.everything = bool(self._everything.scan(toks))
        lead = toks[1:] if toks and toks[0] in self._fillers else toks
        ent.opener = bool(lead) and (lead[0] in self._openers or " ".join(lead[:2]) in self._openers)
        ent.both_clients = ent.both_clients or (
            {"Sales", "Service"} <= set(ent.clients) and any(t in self._both for t in toks))
        self._find_need(toks, ent)
        ent.platform_rows = [r for p in ent.pure_platforms for pt in self.catalog.platform(p).points for r in pt.items]
        cued = not ent.pure_items and bool(self._need_cues.scan(toks))
        ranked = self.rows.rank(text, limit=len(self.catalog.items)) if ent.need or cued else []
        if ent.need:
            ent.row_scores = dict(ranked)
        if cued:
            found = [(n, s) for n, s in ranked[:5] if n not in ent.negated_items]
            if ent.pure_platforms:  # a named platform: only what it offers
                found = [(n, s) for n, s in found if n in ent.platform_rows]
            if any(self.catalog.platform(p).exclusive for p in ent.platforms):
                found, ent.need = [], None  # "that is all": only the platform's own points apply
            if found and found[0][1] >= DESCRIBED_MIN:
                ent.described = [(n, s) for n, s in found if s >= found[0][1] * 0.6][:4]
        ent.points = list(dict.fromkeys(m.value for h in self.points.spans(toks) for m in h.meanings
                                        if h.score >= 0.9))
        return ent

    def _apply(self, hit: Hit, toks: list[str], ent: Entities) -> None:
        before = [t for t in toks[:hit.start] if t not in self._glue][-NEAR:]  # "not available in SO Online"
        after = toks[hit.end:hit.end + 2]
        negated = bool(self._negations & set(before)) or (
            bool(after) and after[0] in self._trailing and (len(after) < 2 or after[1] not in self._ties))
        # "no direct SQL access" sets a row aside; "Isn't X onsite only?" still asks about X
        row_negated = bool(self._row_negations & set(before[-2:])) and bool(toks) and toks[0] not in self._negations
        platform_name = any(m.kind == "platform" for m in hit.meanings)
        env_name = any(m.kind in ("env", "client") for m in hit.meanings)
        for meaning in hit.meanings:
            kind, value = meaning.kind, meaning.value
            if kind == "item" and row_negated and not platform_name:
                ent.negated_items.append(value)  # "no direct SQL access": not the row asked about
            elif kind == "item" and value not in ent.items:
                ent.items.append(value)
                if not platform_name:
                    ent.pure_items.append(value)
            elif kind == "platform" and negated:
                continue  # "the web client, not the Windows client"
            elif kind == "platform" and value not in ent.platforms:
                ent.platforms.append(value)
                if not env_name:
                    ent.pure_platforms.append(value)
            elif kind == "generic" and not negated:  # "not the browser one"
                ent.generic_platform = True
            elif kind == "level" and value not in ent.levels:
                ent.levels.append(value)
            elif kind == "group":
                ent.groups.append(tuple(self.catalog.vocabulary.groups[int(value)].rows))
            elif kind == "env":
                self._apply_env(value, (before, after), negated, ent)
            elif kind == "client" and value not in ent.clients:
                ent.clients.append(value)
                if negated:
                    ent.client_negated.add(value)
                near = before[-2:] if before[-1:] and before[-1] in self._ties else before[-1:]
                about_people = bool(self._people & set(toks[hit.start:hit.end] + after[:2]))
                # "Sales-only rows" filters rows; "only Sales users" describes the customer
                ent.client_only = ent.client_only or (bool(self._only & set(near + after[:1])) and not about_people)

    def _apply_env(self, env: str, near: tuple[list[str], list[str]], negated: bool, ent: Entities) -> None:
        before, after = near
        if env not in ent.envs:
            ent.envs.append(env)
        if negated:
            ent.env_negated.add(env)
        if self._only & set(before[-2:] + after):
            ent.env_only = True
            ent.env_only_env = env

    def _find_need(self, toks: list[str], ent: Entities) -> None:
        totals: dict[str, float] = {}
        for hit in self.needs.spans(toks):
            if hit.score < 0.95 or self._negations & set(toks[max(0, hit.start - 2):hit.start]):
                continue  # "rather than compiled code", "no developers": not the need
            for meaning in hit.meanings:
                totals[meaning.value] = totals.get(meaning.value, 0.0) + hit.score
        if totals:
            ent.need, ent.need_score = max(totals.items(), key=lambda kv: kv[1])

    def resolve_platforms(self, ent: Entities, env: str | None) -> None:
        """'web client' plus an environment names one of the two Web clients; a platform
        question about Online with no client named is about the online Web client."""
        if ent.generic_platform and not any(p.startswith("web-client") for p in ent.platforms) and env:
            ent.platforms.append(f"web-client-{env}")
            ent.pure_platforms.append(f"web-client-{env}")
        elif not ent.platforms and env == "online" and (ent.generic_platform or ent.points):
            ent.platforms.append("web-client-online")
        elif not ent.platforms and ent.points:  # "webhooks onsite?": the platforms that list them
            holders = [p for p in self.catalog.platforms if any(pt.name in ent.points for pt in p.points)]
            fitting = [p for p in holders if env is None or Env(env) in p.env] or holders
            ent.platforms += [p.id for p in fitting[:1]]
            ent.point_holders = [p.id for p in holders]

    def rank(self, text: str, ent: Entities) -> list[Match]:
        """Every intent with its score, best first."""
        toks = tokens(text)
        best: dict[str, dict[str, float]] = {}  # intent -> phrase -> its best score
        seen: dict[str, list[str]] = {}  # intent -> the question's words that matched
        for hit in self.keywords.scan(toks):
            if self._negations & set(toks[max(0, hit.start - 2):hit.start]):
                hit = replace(hit, meanings=tuple(m for m in hit.meanings if m.value not in self._refusals))
            for meaning in hit.meanings:
                phrases = best.setdefault(meaning.value, {})
                value = hit.score * (HINT_WEIGHT if meaning.kind == "hint" else 1.0)
                phrases[hit.phrase] = max(phrases.get(hit.phrase, 0.0), value)
                seen.setdefault(meaning.value, []).append(" ".join(toks[hit.start:hit.end]))
        matches = []
        for intent in self.catalog.intents:
            hits = list(best.get(intent.id, {}).values())
            if "need" in intent.needs and ent.need:
                hits.append(min(ent.need_score, 2.0) / 2)
            elif "need" in intent.needs and ent.described:
                hits.append(min(ent.described[0][1] / 20, 0.6))
            kw = 1 - 0.5 ** sum(hits) if hits else 0.0
            ex = self._example_score(intent.id, ent.delex)
            score = intent.weight * (0.35 * kw + 0.3 * ex + 0.35 * self._fit(intent, ent, bool(hits)))
            if any(not ent.has(n) for n in intent.needs):
                score *= 0.45
            if intent.max_words is not None and ent.size > intent.max_words:
                score *= 0.5  # "thx. unrelated: how do I ..." is not a thank-you
            if any(ent.names(a) for a in intent.avoids):
                score *= 0.55
            words = tuple(dict.fromkeys(seen.get(intent.id, ())))
            matches.append(Match(intent, round(min(score, 1.0), 4), words))
        return sorted(matches, key=lambda m: -m.score)

    def _example_score(self, intent_id: str, delex: str) -> float:
        best = process.extractOne(delex, self._examples[intent_id], scorer=fuzz.token_sort_ratio)
        return best[1] / 100 if best else 0.0

    def _fit(self, intent: Intent, ent: Entities, keyword_hits: bool = True) -> float:
        if intent.about and set(intent.about) & set(ent.items):
            return 0.8  # a topic about the named row competes with the row's own answer
        wanted = intent.needs + intent.prefers
        if not wanted:
            return 0.5 if keyword_hits else 0.2  # a topic or small talk without its words is unlikely
        return sum(ent.has(k) for k in wanted) / len(wanted)

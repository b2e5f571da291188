"""Load and validate data/ and intents/ once; every error names file and line.

One set of checks, two ways to report (`Problems`): `load_catalog` raises the first problem
(the start of every face), `check_catalog` reads on past each problem and returns them all
(`sobot check`). A record that fails its schema is left out, and checks that need what a broken
file would have given (the row names, the levels) are skipped rather than guessed.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.core.catalog import cache
from bot.core.catalog.aliases import CLIENT, ENV, GROUP, LEVEL, NOT_NAME, PLATFORM, POINT, ROW, Meaning, Words
from bot.core.catalog.model import Catalog, Group, Intent, Level, Need, Topic, Vocabulary
from bot.core.catalog.problems import Problems, display
from bot.core.catalog.schema import (
    PLATFORM_IDS,
    IntentModel,
    LevelModel,
    NeedModel,
    PlatformModel,
    RowModel,
    TopicModel,
    VocabularyModel,
)
from bot.core.catalog.yamlload import LineList, line_of, load_yaml
from bot.core.errors import DataError
from bot.core.model import Env, IntegrationPoint, Item, Link, Platform
from bot.core.paths import knowledge_dirs
from bot.core.understand.text import normalise

# People words that name the customer's customers, not its staff: "support customers" is the verb's object
CUSTOMERS = frozenset({"customer", "customers"})

FIXES = {
    "missing": "add the missing field",
    "extra_forbidden": "remove the field or correct its spelling",
    "literal_error": "use one of the allowed values",
    "string_pattern_mismatch": "use an absolute https:// URL (or the allowed form)",
    "bool_type": "write true or false",
    "bool_parsing": "write true or false",
    "list_type": "write a YAML list, e.g. [a, b]",
    "too_short": "add at least the minimum number of entries",
    "string_too_short": "write a description of at least a few words",
    "string_type": "write text",
}


def _problem_text(err: Any, raw: Any) -> str:
    field = ".".join(str(p) for p in err["loc"]) or "entry"
    name = raw.get("name") or raw.get("id") if isinstance(raw, dict) else None
    owner = f"{name!s}: " if name else ""
    if err["type"] == "string_pattern_mismatch" and "https" in str(err.get("ctx", {}).get("pattern", "")):
        return f"{owner}{field}: {err['input']!r} is not an https:// URL"
    if err["type"] in ("bool_parsing", "bool_type"):
        return f"{owner}{field}: {err['input']!r} is not true or false"
    return f"{owner}{field}: {err['msg']}"


class _Reader:
    """Reads the files in order, reporting each problem to `problems` (which may raise)."""

    def __init__(self, data_dir: Path, intents_dir: Path, problems: Problems) -> None:
        self.data_dir = data_dir
        self.intents_dir = intents_dir
        self.problems = problems
        self.words = Words()
        self.invalid: list[Any] = []
        self.row_names: set[str] = set()
        self.level_names: set[str] = set()
        self.detail_lines: dict[str, int | None] = {}  # topic id -> the line of its `details`
        self.platform_lines: dict[str, int | None] = {}  # row name -> the line of its `platform`

    def report(self, path: Path, line: int | None, problem: str, fix: str) -> None:
        self.problems.add(path, line, problem, fix)

    # --- files and records ------------------------------------------------------------------------

    def yaml(self, path: Path) -> Any:
        """The parsed file, or None when it cannot be read or parsed (reported)."""
        try:
            return load_yaml(path, display(path))
        except DataError as err:
            self.problems.error(err)
            return None

    def validate(self, model: type[BaseModel], raw: Any, path: Path) -> Any:
        """The validated record, or None (each schema error reported with its field, line and fix)."""
        try:
            return model.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                self.report(path, line_of(raw, tuple(err["loc"])), _problem_text(err, raw),
                            FIXES.get(err["type"], "correct the value"))
            return None

    def records(self, path: Path, model: type[BaseModel]) -> list[tuple[Any, Any, int]]:
        """(record, raw YAML, line) of each valid entry of a list file; the names of the entries
        that fail their schema go to `self.invalid`, so references to them are not reported too."""
        raw = self.yaml(path)
        self.invalid = []
        if raw is None:
            return []
        if not isinstance(raw, LineList) or not raw:
            self.report(path, getattr(raw, "line", None), "expected a non-empty YAML list",
                        "write one '- ' entry per record")
            return []
        out = []
        for index, entry in enumerate(raw):
            record = self.validate(model, entry, path)
            if record is not None:
                out.append((record, entry, raw.item_lines[index]))
            elif isinstance(entry, dict):
                self.invalid.append(entry)
        return out

    def unique(self, values: Iterable[tuple[str, int]], path: Path, what: str) -> None:
        seen: dict[str, int] = {}
        for value, line in values:
            key = normalise(value)
            if key in seen:
                self.report(path, line, f"duplicate {what} {value!r} (also on line {seen[key]})",
                            f"each {what} must be unique; remove or rename one")
            else:
                seen[key] = line

    def known_rows(self, names: Iterable[str], known: set[str] | None, path: Path, line: int | None,
                   owner: str) -> None:
        """Report each name that is not a matrix row (skipped when the matrix could not be read)."""
        if known is None:
            return
        for name in names:
            if name not in known:
                self.report(path, line, f"{owner}: {name!r} is not a matrix row",
                            "spell it exactly as the row's name in data/matrix.yaml")

    # --- each file --------------------------------------------------------------------------------

    def levels(self) -> tuple[Level, ...]:
        path = self.data_dir / "levels.yaml"
        out = []
        for level, raw, line in self.records(path, LevelModel):
            self.words.add([level.name, *level.aliases], Meaning(LEVEL, level.name), path,
                           raw.key_lines.get("aliases", line))
            out.append(Level(level.name, level.summary, tuple(level.aliases)))
        self.level_names = {lv.name for lv in out} | {str(e["name"]) for e in self.invalid if e.get("name")}
        return tuple(out)

    def items(self, level_names: set[str] | None) -> tuple[Item, ...]:
        path = self.data_dir / "matrix.yaml"
        names: list[tuple[str, int]] = []
        items = []
        for row, raw, line in self.records(path, RowModel):
            if level_names is not None and row.level not in level_names:
                self.report(path, raw.key_lines.get("level", line), f"row {row.name!r}: unknown level {row.level!r}",
                            f"use one of: {', '.join(sorted(level_names))} (data/levels.yaml)")
            if row.only_because and row.online == row.onsite:
                self.report(path, raw.key_lines.get("only_because", line),
                            f"row {row.name!r}: only_because on a row that works in both or neither environment",
                            "remove it, or correct the row's onsite/online flags")
            names.append((row.name, line))
            self.platform_lines[row.name] = raw.key_lines.get("platform", line)
            self.words.add([row.name, *row.aliases], Meaning(ROW, row.name), path, raw.key_lines.get("aliases", line))
            items.append(Item(
                name=row.name, level=row.level, clients=tuple(row.clients), onsite=row.onsite,
                online=row.online, summary=row.summary, url=row.url, url_title=row.url_title,
                more=tuple(Link(m.title, m.url) for m in row.more),
                aliases=tuple(dict.fromkeys([row.name, *row.aliases])),
                only_because=row.only_because, platform=row.platform, uses=tuple(row.uses),
                see_also=tuple(row.see_also),
                stems=tuple(row.stems),
            ))
        for entry in self.invalid:  # a row with a bad field still names itself and its words
            words = [w for w in [entry.get("name"), *(entry.get("aliases") or [])] if isinstance(w, str)]
            if isinstance(entry.get("name"), str) and isinstance(entry.get("aliases") or [], list):
                self.words.add(words, Meaning(ROW, entry["name"]), path, _key_line(entry, "aliases", entry.line))
        self.unique(names, path, "row name")
        self.row_names = {i.name for i in items} | {str(e["name"]) for e in self.invalid if e.get("name")}
        return tuple(items)

    def platforms(self, rows: set[str] | None, level_names: set[str] | None) -> tuple[Platform, ...]:
        path = self.data_dir / "platforms.yaml"
        out = []
        ids: list[tuple[str, int]] = []
        for plat, raw, line in self.records(path, PlatformModel):
            ids.append((plat.id, line))
            points, point_words = [], Words()
            for index, point in enumerate(plat.points):
                self.known_rows(point.rows, rows, path, line_of(raw, ("points", index, "rows")), f"platform {plat.id}")
                point_words.add([point.name, *point.aliases], Meaning(POINT, point.name), path,
                                line_of(raw, ("points", index, "aliases")))
                points.append(IntegrationPoint(point.name, point.summary, point.url, tuple(point.rows),
                                               tuple(point.aliases), tuple(Env(e) for e in point.env)))
            point_words.check(self.problems)
            if plat.level is not None and level_names is not None and plat.level not in level_names:
                self.report(path, raw.key_lines.get("level", line), f"platform {plat.id}: unknown level {plat.level!r}",
                            f"use one of: {', '.join(sorted(level_names))} (data/levels.yaml)")
            self.words.add([plat.name, *plat.aliases], Meaning(PLATFORM, plat.id), path,
                           raw.key_lines.get("aliases", line))
            self.words.platform_envs[plat.id] = set(plat.env)
            self.words.platform_rows[plat.id] = {r for p in plat.points for r in p.rows}
            out.append(Platform(
                id=plat.id, name=plat.name, env=tuple(Env(e) for e in plat.env), summary=plat.summary,
                points=tuple(points), links=tuple(Link(k.title, k.url) for k in plat.links),
                aliases=tuple(plat.aliases), generic=tuple(plat.generic), exclusive=plat.exclusive,
                clients=tuple(plat.clients), product=plat.product, level=plat.level,
            ))
        self.unique(ids, path, "platform id")
        missing = set(PLATFORM_IDS) - {p.id for p in out}
        if missing and path.exists() and out:
            self.report(path, None, f"platform(s) {sorted(missing)} missing",
                        "add an entry for every platform id of the ask protocol")
        return tuple(out)

    def topics(self, rows: set[str] | None) -> tuple[Topic, ...]:
        path = self.data_dir / "topics.yaml"
        out = []
        ids: list[tuple[str, int]] = []
        for topic, raw, line in self.records(path, TopicModel):
            ids.append((topic.id, line))
            self.detail_lines[topic.id] = raw.key_lines.get("details", line)
            self.known_rows(topic.rows, rows, path, raw.key_lines.get("rows", line), f"topic {topic.id}")
            if topic.platform is not None and topic.platform not in PLATFORM_IDS:
                self.report(path, raw.key_lines.get("platform", line),
                            f"topic {topic.id}: unknown platform {topic.platform!r}",
                            f"use one of {', '.join(PLATFORM_IDS)}")
            out.append(Topic(topic.id, topic.title, tuple(topic.aliases), topic.onsite, topic.online, topic.note,
                             tuple(topic.paragraphs), tuple(Link(k.title, k.url) for k in topic.links),
                             tuple(topic.rows), topic.platform, topic.levels_table, topic.fallback,
                             tuple(topic.details)))
        self.unique(ids, path, "topic id")
        return tuple(out)

    def needs(self, rows: set[str] | None, level_names: set[str] | None = None) -> tuple[Need, ...]:
        path = self.data_dir / "needs.yaml"
        if not path.exists():
            return ()
        out = []
        ids: list[tuple[str, int]] = []
        yielding: list[tuple[str, int, list[str]]] = []
        for need, raw, line in self.records(path, NeedModel):
            ids.append((need.id, line))
            if need.yields:
                yielding.append((need.id, line_of(raw, ("yields",)) or line, need.yields))
            for index, given in enumerate(need.given):
                self.known_rows((given.name,), rows, path, line_of(raw, ("given", index, "name")), f"need {need.id}")
                yielding.append((need.id, line_of(raw, ("given", index, "when")) or line, [given.when]))
            if need.unless:
                yielding.append((need.id, line_of(raw, ("unless",)) or line, need.unless))
            for index, row in enumerate(need.rows):
                self.known_rows((row.name,), rows, path, line_of(raw, ("rows", index, "name")), f"need {need.id}")
            for level in need.levels:
                if level_names is not None and level not in level_names:
                    self.report(path, line_of(raw, ("levels",)) or line, f"need {need.id}: unknown level {level!r}",
                                f"use one of: {', '.join(sorted(level_names))} (data/levels.yaml)")
            out.append(Need(need.id, need.need, tuple(need.words), tuple((r.name, r.why) for r in need.rows),
                            tuple((pt.platform, pt.point) for pt in need.points), need.constraint,
                            tuple((a.lower(), b.lower()) for a, b in need.pairs), tuple(need.levels),
                            tuple(need.yields), need.alone, tuple(x.lower() for x in need.events),
                            tuple(x.lower() for x in need.negated), tuple((g.when, g.name, g.why) for g in need.given),
                            tuple(need.unless), tuple(x.lower() for x in need.places)))
        self.unique(ids, path, "need id")
        known = [i for i, _ in ids]
        for need_id, line, others in yielding:
            for other in others:
                if other not in known:
                    close = difflib.get_close_matches(other, known, n=1)
                    self.report(path, line, f"need {need_id}: unknown need {other!r}",
                                f"use the id of a need in data/needs.yaml{f' ({close[0]}?)' if close else ''}")
        return tuple(out)

    def vocabulary(self, rows: set[str] | None) -> Vocabulary:
        path = self.data_dir / "vocabulary.yaml"
        raw = self.yaml(path)
        vocab: VocabularyModel | None = None if raw is None else self.validate(VocabularyModel, raw, path)
        if vocab is None:
            return Vocabulary(environments={}, clients={})
        for index, group in enumerate(vocab.groups):
            group_line = line_of(raw, ("groups", index))
            self.known_rows(group.rows, rows, path, group_line, "group")
            self.words.add(group.words, Meaning(GROUP, ", ".join(group.rows)), path, group_line)
        for env, words in vocab.environments.items():
            self.words.add(words, Meaning(ENV, env), path, line_of(raw, ("environments", env)))
        for client, heads in vocab.client_heads.items():
            # "support ppl", "support crew", "kundesupport users": a head and a word for the people who use it
            staff = [f"{head} {word}" for head in heads for word in vocab.people if word not in CUSTOMERS]
            known = set(vocab.clients.get(client, []))
            vocab.clients.setdefault(client, []).extend(x for x in staff if x not in known)
        for client, words in vocab.clients.items():
            self.words.add(words, Meaning(CLIENT, client), path, line_of(raw, ("clients", client)))
        self.words.add(vocab.not_names, Meaning(NOT_NAME, ""), path, line_of(raw, ("not_names",)))
        return plain_vocabulary(vocab)

    def intents(self, topics: set[str], rows: set[str] | None) -> tuple[Intent, ...]:
        files = sorted(self.intents_dir.glob("*.yaml"))
        if not files:
            self.report(self.intents_dir, None, "no intent files (*.yaml) found",
                        "point SOBOT_INTENTS_DIR at the intents/ folder")
        out: list[Intent] = []
        ids: dict[str, str] = {}
        for path in files:
            raw = self.yaml(path)
            entries = raw if isinstance(raw, list) else [] if raw is None else [raw]
            for entry in entries:
                intent: IntentModel | None = self.validate(IntentModel, entry, path)
                if intent is None:
                    continue
                line = getattr(entry, "line", None)
                if intent.id in ids:
                    self.report(path, line, f"duplicate intent id {intent.id!r} (also in {ids[intent.id]})",
                                "give every intent its own id")
                    continue
                if intent.topic is not None and intent.topic not in topics:
                    self.report(path, _key_line(entry, "topic", line),
                                f"intent {intent.id}: unknown topic {intent.topic!r}",
                                f"use a topic id from data/topics.yaml: {', '.join(sorted(topics))}")
                self.known_rows(intent.about, rows, path, _key_line(entry, "about", line), f"intent {intent.id} about")
                ids[intent.id] = display(path)
                out.append(Intent(intent.id, intent.handler, intent.act, tuple(intent.keywords), tuple(intent.hints),
                                  tuple(intent.examples), tuple(intent.needs), tuple(intent.prefers),
                                  tuple(intent.avoids), intent.topic, tuple(intent.about), intent.weight,
                                  intent.max_words, display(path), _key_line(entry, "handler", line),
                                  example_lines=tuple(line_of(entry, ("examples", n)) or line
                                                      for n in range(len(intent.examples)))))
        return tuple(out)


def plain_vocabulary(vocab: VocabularyModel) -> Vocabulary:
    """The validated vocabulary as plain data: the catalog holds no pydantic model, so a compiled
    catalog (bot.core.catalog.cache) loads without importing pydantic."""
    lists = {name: getattr(vocab, name) for name in VocabularyModel.model_fields if name != "groups"}
    return Vocabulary(**lists, groups=[Group(list(g.words), list(g.rows)) for g in vocab.groups])


def _references(reader: _Reader, items: tuple[Item, ...], topics: tuple[Topic, ...],
                platforms: tuple[Platform, ...], needs: tuple[Need, ...], vocabulary: Vocabulary) -> None:
    """Rows' `see_also` name topics and their `platform` a platform; needs' `points` name integration points their
    platform lists; topics' `details` name detail kinds of the vocabulary."""
    topic_ids = {t.id for t in topics}
    for topic in topics:
        for kind in topic.details:
            if kind not in vocabulary.details:
                reader.report(reader.data_dir / "topics.yaml", reader.detail_lines.get(topic.id),
                              f"topic {topic.id}: unknown detail kind "
                              f"{kind!r}", f"use a kind of `details` in data/vocabulary.yaml: "
                              f"{', '.join(sorted(vocabulary.details))}")
    for item in items:
        for tid in item.see_also:
            if tid not in topic_ids:
                reader.report(reader.data_dir / "matrix.yaml", None, f"row {item.name!r}: see_also {tid!r} is not a "
                              "topic", f"use a topic id of data/topics.yaml: {', '.join(sorted(topic_ids))}")
    platform_ids = {p.id for p in platforms}
    for item in items:
        if item.platform is not None and platforms and item.platform not in platform_ids:
            reader.report(reader.data_dir / "matrix.yaml", reader.platform_lines.get(item.name),
                          f"row {item.name!r}: platform {item.platform!r} is not a platform",
                          f"use a platform id of data/platforms.yaml: {', '.join(sorted(platform_ids))}")
    listed = {(p.id, pt.name) for p in platforms for pt in p.points}
    for need in needs:
        for pid, name in need.points:
            if (pid, name) not in listed and platforms:
                reader.report(reader.data_dir / "needs.yaml", None, f"need {need.id}: {pid} lists no integration "
                              f"point {name!r}", "spell it exactly as in data/platforms.yaml")


def _key_line(entry: Any, key: str, default: int | None) -> int | None:
    lines = getattr(entry, "key_lines", {})
    return lines.get(key, default) if isinstance(lines, dict) else default


def _read(data_dir: Path | None, intents_dir: Path | None, problems: Problems) -> Catalog:
    data_dir, intents_dir = knowledge_dirs(data_dir, intents_dir)
    reader = _Reader(data_dir, intents_dir, problems)
    levels = reader.levels()
    items = reader.items(reader.level_names or None)
    names = reader.row_names or None
    topics = reader.topics(names)
    platforms = reader.platforms(names, reader.level_names or None)
    needs = reader.needs(names, reader.level_names or None)
    vocabulary = reader.vocabulary(names)
    intents = reader.intents({t.id for t in topics}, names)
    _references(reader, items, topics, platforms, needs, vocabulary)
    reader.words.check(problems)
    return Catalog(items=items, levels=levels, platforms=platforms, topics=topics, needs=needs,
                   vocabulary=vocabulary, intents=intents, data_dir=data_dir, intents_dir=intents_dir)


def load_catalog(data_dir: Path | None = None, intents_dir: Path | None = None) -> Catalog:
    """Read and validate every data and intent file; raise DataError on the first problem.

    The catalog is marked with the key of the files as they were before reading them, so that
    the engine built on it may be compiled into the cache (`bot.core.catalog.cache`)."""
    data_dir, intents_dir = knowledge_dirs(data_dir, intents_dir)
    source = cache.key(data_dir, intents_dir)
    catalog = _read(data_dir, intents_dir, Problems(collect=False))
    cache.mark(catalog, source)
    return catalog


def check_catalog(data_dir: Path | None = None, intents_dir: Path | None = None) -> tuple[Catalog, list[DataError]]:
    """Read every data and intent file with the same checks, keeping every problem instead of stopping.

    The catalog holds what was valid; it is fit to answer from only when the list is empty."""
    problems = Problems(collect=True)
    catalog = _read(data_dir, intents_dir, problems)
    return catalog, problems.sorted()

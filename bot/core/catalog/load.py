"""Load and validate data/ and intents/ once; every error names file and line."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from bot.core.catalog.model import Catalog, Intent, Level, Need, Topic
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
from bot.core.understand.text import normalise

PACKAGE = Path(__file__).resolve().parents[2]  # bot/
SOURCE_TREE = PACKAGE.parent  # a clone: data/ and intents/ beside bot/
INSTALLED = PACKAGE / "_knowledge"  # a wheel: the same files inside the package


def default_dirs() -> tuple[Path, Path]:
    """Where the knowledge is: $SOBOT_DATA_DIR / $SOBOT_INTENTS_DIR when set, else the copy installed
    with the package (a wheel), else data/ and intents/ of the source tree (a clone or editable install)."""
    base = INSTALLED if (INSTALLED / "data").is_dir() else SOURCE_TREE
    data = Path(os.environ.get("SOBOT_DATA_DIR") or base / "data")
    intents = Path(os.environ.get("SOBOT_INTENTS_DIR") or base / "intents")
    return data, intents


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _validate(model: type[BaseModel], raw: Any, path: Path) -> Any:
    """Validate one record; the error names the field, its line and a fix."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        field = ".".join(str(p) for p in loc) or "entry"
        name = raw.get("name") or raw.get("id") if isinstance(raw, dict) else None
        owner = f"{name!s}: " if name else ""
        raise DataError(_display(path), line_of(raw, loc), f"{owner}{field}: {err['msg']}",
                        _fix_for(err["type"])) from exc


def _fix_for(kind: str) -> str:
    hints = {
        "missing": "add the missing field",
        "extra_forbidden": "remove the field or correct its spelling",
        "literal_error": "use one of the allowed values",
        "string_pattern_mismatch": "use an absolute https:// URL (or the allowed form)",
        "bool_type": "write true or false",
        "bool_parsing": "write true or false",
        "list_type": "write a YAML list, e.g. [a, b]",
        "too_short": "add at least the minimum number of entries",
        "string_type": "write text",
    }
    return hints.get(kind, "correct the value")


def _load_list(path: Path, model: type[BaseModel]) -> list[tuple[Any, Any, int]]:
    raw = load_yaml(path, _display(path))
    if not isinstance(raw, LineList) or not raw:
        raise DataError(_display(path), getattr(raw, "line", None), "expected a non-empty YAML list",
                        "write one '- ' entry per record")
    out = []
    for index, entry in enumerate(raw):
        out.append((_validate(model, entry, path), entry, raw.item_lines[index]))
    return out


def _check_unique(values: Iterable[tuple[str, int]], path: Path, what: str) -> None:
    seen: dict[str, int] = {}
    for value, line in values:
        key = normalise(value)
        if key in seen:
            raise DataError(_display(path), line, f"duplicate {what} {value!r} (also on line {seen[key]})",
                            f"each {what} must be unique; remove or rename one")
        seen[key] = line


def _load_items(data_dir: Path, level_names: set[str]) -> tuple[Item, ...]:
    path = data_dir / "matrix.yaml"
    rows = _load_list(path, RowModel)
    names: list[tuple[str, int]] = []
    aliases: list[tuple[str, int]] = []
    items = []
    for row, raw, line in rows:
        if row.level not in level_names:
            raise DataError(_display(path), raw.key_lines.get("level", line),
                            f"row {row.name!r}: unknown level {row.level!r}",
                            f"use one of: {', '.join(sorted(level_names))} (data/levels.yaml)")
        if row.only_because and row.online == row.onsite:
            raise DataError(_display(path), raw.key_lines.get("only_because", line),
                            f"row {row.name!r}: only_because on a row that works in both or neither environment",
                            "remove it, or correct the row's onsite/online flags")
        names.append((row.name, line))
        own = {normalise(a) for a in row.aliases} | {normalise(row.name)}
        aliases.extend((a, raw.key_lines.get("aliases", line)) for a in sorted(own))
        items.append(Item(
            name=row.name, level=row.level, clients=tuple(row.clients), onsite=row.onsite,
            online=row.online, summary=row.summary, url=row.url, url_title=row.url_title,
            more=tuple(Link(m.title, m.url) for m in row.more),
            aliases=tuple(dict.fromkeys([row.name, *row.aliases])),
            only_because=row.only_because, uses=tuple(row.uses), see_also=tuple(row.see_also),
        ))
    _check_unique(names, path, "row name")
    _check_unique(aliases, path, "alias")
    return tuple(items)


def _check_rows(names: Iterable[str], known: set[str], path: Path, line: int | None, owner: str) -> None:
    for name in names:
        if name not in known:
            raise DataError(_display(path), line, f"{owner}: {name!r} is not a matrix row",
                            "spell it exactly as the row's name in data/matrix.yaml")


def _load_platforms(data_dir: Path, rows: set[str]) -> tuple[Platform, ...]:
    path = data_dir / "platforms.yaml"
    out = []
    ids: list[tuple[str, int]] = []
    for plat, raw, line in _load_list(path, PlatformModel):
        ids.append((plat.id, line))
        points = []
        for point in plat.points:
            _check_rows(point.rows, rows, path, raw.key_lines.get("points"), f"platform {plat.id}")
            points.append(IntegrationPoint(point.name, point.summary, point.url, tuple(point.rows),
                                          tuple(point.aliases)))
        out.append(Platform(
            id=plat.id, name=plat.name, env=tuple(Env(e) for e in plat.env), summary=plat.summary,
            points=tuple(points), links=tuple(Link(k.title, k.url) for k in plat.links),
            aliases=tuple(plat.aliases), generic=tuple(plat.generic), exclusive=plat.exclusive,
        ))
    _check_unique(ids, path, "platform id")
    missing = set(PLATFORM_IDS) - {p.id for p in out}
    if missing:
        raise DataError(_display(path), None, f"platform(s) {sorted(missing)} missing",
                        "add an entry for every platform id of the ask protocol")
    return tuple(out)


def _load_topics(data_dir: Path, rows: set[str]) -> tuple[Topic, ...]:
    path = data_dir / "topics.yaml"
    out = []
    ids: list[tuple[str, int]] = []
    for topic, raw, line in _load_list(path, TopicModel):
        ids.append((topic.id, line))
        _check_rows(topic.rows, rows, path, raw.key_lines.get("rows", line), f"topic {topic.id}")
        if topic.platform is not None and topic.platform not in PLATFORM_IDS:
            raise DataError(_display(path), raw.key_lines.get("platform", line),
                            f"topic {topic.id}: unknown platform {topic.platform!r}",
                            f"use one of {', '.join(PLATFORM_IDS)}")
        out.append(Topic(topic.id, topic.title, tuple(topic.aliases), topic.onsite, topic.online, topic.note,
                         tuple(topic.paragraphs),
                         tuple(Link(k.title, k.url) for k in topic.links), tuple(topic.rows),
                         topic.platform, topic.levels_table))
    _check_unique(ids, path, "topic id")
    return tuple(out)


def _load_needs(data_dir: Path, rows: set[str]) -> tuple[Need, ...]:
    path = data_dir / "needs.yaml"
    if not path.exists():
        return ()
    out = []
    ids: list[tuple[str, int]] = []
    for need, raw, line in _load_list(path, NeedModel):
        ids.append((need.id, line))
        for index, row in enumerate(need.rows):
            _check_rows((row.name,), rows, path, line_of(raw, ("rows", index, "name")), f"need {need.id}")
        out.append(Need(need.id, need.need, tuple(need.words),
                        tuple((r.name, r.why) for r in need.rows), tuple((p.platform, p.point) for p in need.points)))
    _check_unique(ids, path, "need id")
    return tuple(out)


def _load_vocabulary(data_dir: Path, rows: set[str]) -> VocabularyModel:
    path = data_dir / "vocabulary.yaml"
    raw = load_yaml(path, _display(path))
    vocab: VocabularyModel = _validate(VocabularyModel, raw, path)
    for index, group in enumerate(vocab.groups):
        _check_rows(group.rows, rows, path, line_of(raw, ("groups", index)), "group")
    return vocab


def _key_line(entry: Any, key: str, default: int | None) -> int | None:
    lines = getattr(entry, "key_lines", {})
    return lines.get(key, default) if isinstance(lines, dict) else default


def _load_intents(intents_dir: Path, topics: set[str], rows: set[str]) -> tuple[Intent, ...]:
    files = sorted(intents_dir.glob("*.yaml"))
    if not files:
        raise DataError(_display(intents_dir), None, "no intent files (*.yaml) found",
                        "point SOBOT_INTENTS_DIR at the intents/ folder")
    out: list[Intent] = []
    ids: dict[str, str] = {}
    for path in files:
        raw = load_yaml(path, _display(path))
        entries = raw if isinstance(raw, list) else [raw]
        for entry in entries:
            intent: IntentModel = _validate(IntentModel, entry, path)
            line = getattr(entry, "line", None)
            if intent.id in ids:
                raise DataError(_display(path), line, f"duplicate intent id {intent.id!r} (also in {ids[intent.id]})",
                                "give every intent its own id")
            if intent.topic is not None and intent.topic not in topics:
                raise DataError(_display(path), _key_line(entry, "topic", line),
                                f"intent {intent.id}: unknown topic {intent.topic!r}",
                                f"use a topic id from data/topics.yaml: {', '.join(sorted(topics))}")
            _check_rows(intent.about, rows, path, line, f"intent {intent.id} about")
            ids[intent.id] = _display(path)
            out.append(Intent(intent.id, intent.handler, intent.act, tuple(intent.keywords), tuple(intent.hints),
                              tuple(intent.examples),
                              tuple(intent.needs), tuple(intent.prefers), tuple(intent.avoids),
                              intent.topic, tuple(intent.about), intent.weight, intent.max_words, _display(path),
                              _key_line(entry, "handler", line)))
    return tuple(out)


def _load_levels(data_dir: Path) -> tuple[Level, ...]:
    path = data_dir / "levels.yaml"
    levels = [Level(m.name, m.summary, tuple(m.aliases)) for m, _, _ in _load_list(path, LevelModel)]
    return tuple(levels)


def load_catalog(data_dir: Path | None = None, intents_dir: Path | None = None) -> Catalog:
    """Read and validate every data and intent file; raise DataError on the first problem."""
    default_data, default_intents = default_dirs()
    data_dir = Path(data_dir or default_data)
    intents_dir = Path(intents_dir or default_intents)
    levels = _load_levels(data_dir)
    items = _load_items(data_dir, {lv.name for lv in levels})
    names = {i.name for i in items}
    topics = _load_topics(data_dir, names)
    platforms = _load_platforms(data_dir, names)
    needs = _load_needs(data_dir, names)
    _check_references(data_dir, items, topics, platforms, needs)
    return Catalog(
        items=items, levels=levels, platforms=platforms, topics=topics,
        needs=needs, vocabulary=_load_vocabulary(data_dir, names),
        intents=_load_intents(intents_dir, {t.id for t in topics}, names),
        data_dir=data_dir, intents_dir=intents_dir,
    )


def _check_references(data_dir: Path, items: tuple[Item, ...], topics: tuple[Topic, ...],
                      platforms: tuple[Platform, ...], needs: tuple[Need, ...]) -> None:
    """Rows' `see_also` name topics; needs' `points` name integration points their platform lists."""
    topic_ids = {t.id for t in topics}
    for item in items:
        for tid in item.see_also:
            if tid not in topic_ids:
                raise DataError(_display(data_dir / "matrix.yaml"), None, f"row {item.name!r}: see_also "
                                f"{tid!r} is not a topic", f"use a topic id of data/topics.yaml: {sorted(topic_ids)}")
    listed = {(p.id, pt.name) for p in platforms for pt in p.points}
    for need in needs:
        for pid, name in need.points:
            if (pid, name) not in listed:
                raise DataError(_display(data_dir / "needs.yaml"), None, f"need {need.id}: {pid} lists no "
                                f"integration point {name!r}", "spell it exactly as in data/platforms.yaml")

"""Question files for `sobot eval`: the format of the shared evaluation sets, read with file and line.

A YAML list of questions: `id`, `kind` (item | list | platform | concept | out_of_scope |
followup), `text` (or `turns` + `then` for a followup), the gold (`items`, `platform`,
`must_mention`) and `tags`; `source`, `source_type`, `note`, `derive` and `asked` are kept
but not scored. Gold row names must be rows of the catalog.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.core.catalog.problems import display
from bot.core.catalog.schema import PLATFORM_IDS
from bot.core.catalog.yamlload import LineList, line_of, load_yaml
from bot.core.errors import DataError

SCORED_KINDS = ("item", "list", "platform", "concept", "out_of_scope")
KINDS = (*SCORED_KINDS, "followup")
KNOWN_TAGS = ("clean", "typo", "casual", "verbose", "scenario", "negation", "comparison", "i18n", "real", "bleed",
              "detail")

ScoredKind = Literal["item", "list", "platform", "concept", "out_of_scope"]
Names = list[str]


class Gold(BaseModel):
    """What a right answer has: the scored kind and its gold."""

    model_config = ConfigDict(extra="forbid")
    kind: ScoredKind
    items: list[str] | None = Field(default=None, min_length=1)
    platform: Literal["windows-client", "web-client-onsite", "web-client-online", "customer-service",
                      "mobile"] | None = None
    must_mention: list[list[str]] | None = Field(default=None, min_length=1)
    note: Any = None
    derive: Any = None

    @model_validator(mode="after")
    def _gold_fits_kind(self) -> Gold:
        check_gold(self)
        return self


class QuestionModel(Gold):
    """One entry of a question file (a followup's gold sits in `then:`)."""

    kind: Literal["item", "list", "platform", "concept", "out_of_scope", "followup"]  # type: ignore[assignment]
    id: str | int
    text: str | None = None
    turns: list[str] | None = Field(default=None, min_length=1)
    then: Gold | None = None
    tags: list[Literal["clean", "typo", "casual", "verbose", "scenario", "negation", "comparison", "i18n",
                       "real", "bleed", "detail"]] = []
    source: Any = None
    source_type: Any = None
    asked: Any = None

    @model_validator(mode="after")
    def _fits_kind(self) -> QuestionModel:
        if self.kind == "followup":
            if self.text is not None or not self.turns or self.then is None:
                raise ValueError("kind followup takes `turns:` and `then:`, not `text:`")
            if self.items or self.platform or self.must_mention:
                raise ValueError("for kind followup put the gold inside `then:`")
            return self
        if self.turns is not None or self.then is not None:
            raise ValueError("`turns:`/`then:` only belong to kind followup")
        if not (self.text or "").strip():
            raise ValueError("missing `text:`")
        check_gold(self)
        return self


def check_gold(gold: Gold) -> None:
    """The gold a kind needs, and nothing that belongs to another kind."""
    if gold.kind in ("item", "list") and not gold.items:
        raise ValueError(f"kind {gold.kind} needs a non-empty `items:` list of row names")
    if gold.kind not in ("item", "list") and gold.items is not None:
        raise ValueError("`items:` only belongs to kind item or list")
    if gold.kind == "item" and gold.items and len(gold.items) > 2:
        raise ValueError(f"kind item takes 1 row name (2 for a comparison), got {len(gold.items)}")
    if gold.items and len({i.lower() for i in gold.items}) != len(gold.items):
        raise ValueError("duplicate names in items")
    if gold.kind == "platform" and gold.platform is None:
        raise ValueError(f"kind platform needs `platform:` one of {', '.join(PLATFORM_IDS)}")
    if gold.kind != "platform" and gold.platform is not None:
        raise ValueError("`platform:` only belongs to kind platform")
    if gold.kind == "concept" and not gold.must_mention:
        raise ValueError("kind concept needs `must_mention:`")
    if any(not group or not all(a.strip() for a in group) for group in gold.must_mention or []):
        raise ValueError("each must_mention group must be a non-empty list of words")


@dataclass(frozen=True)
class Question:
    """A question ready to ask: its turns (the last one is scored) and its gold."""

    id: str
    file: str
    line: int | None
    kind: str
    turns: tuple[str, ...]
    gold: Gold
    tags: tuple[str, ...]


def expand(patterns: list[str]) -> list[Path]:
    """Files, folders (every *.yaml below) and glob patterns, in order, each file once."""
    out: list[Path] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(path.rglob("*.yaml")) + sorted(path.rglob("*.yml"))
        elif any(ch in pattern for ch in "*?["):
            found = [Path(p) for p in sorted(glob.glob(pattern, recursive=True))]
        else:
            found = [path]
        if not found:
            raise DataError(pattern, None, "no question files match", "give a file, a folder or a glob pattern")
        out.extend(p for p in found if p not in out)
    return out


def load_questions(paths: list[Path], rows: set[str]) -> list[Question]:
    """Every question of every file, checked; the first problem raises DataError with file and line."""
    known = {r.lower() for r in rows}
    out: list[Question] = []
    seen: dict[str, str] = {}
    for path in paths:
        label = display(path)
        raw = load_yaml(path, label)
        if not isinstance(raw, LineList) or not raw:
            raise DataError(label, getattr(raw, "line", None), "expected a non-empty YAML list of questions",
                            "write one '- id: ...' entry per question")
        for index, entry in enumerate(raw):
            line = raw.item_lines[index]
            try:
                model = QuestionModel.model_validate(entry)
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"]) or "question"
                raise DataError(label, line_of(entry, tuple(err["loc"])) or line, f"{where}: {err['msg']}",
                                "see the question format in `sobot eval --help`") from exc
            qid = str(model.id)
            if qid in seen:
                raise DataError(label, line, f"duplicate question id {qid!r} (also in {seen[qid]})",
                                "give every question its own id")
            seen[qid] = label
            gold = model.then if model.then is not None else Gold.model_validate(
                model.model_dump(include={"kind", "items", "platform", "must_mention"}, exclude_none=True))
            wrong = [i for i in gold.items or [] if i.lower() not in known]
            if wrong:
                raise DataError(label, line, f"question {qid}: {wrong} are not matrix rows",
                                "spell gold rows exactly as the rows' names in data/matrix.yaml")
            turns = tuple(model.turns or [model.text or ""])
            out.append(Question(qid, label, line, model.kind, turns, gold, tuple(model.tags)))
    return out

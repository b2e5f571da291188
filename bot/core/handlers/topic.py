"""The topic handler: a concept the seeds explain (data/topics.yaml)."""

from __future__ import annotations

from bot.core.handlers.base import (
    Request,
    handler,
    with_explanation,
)
from bot.core.model import Answer, Section


@handler("topic")
def topic(req: Request) -> Answer:
    """A concept the seeds explain."""
    tid = req.topic or req.match.intent.topic or ""
    top = req.catalog.topic(tid)
    sections = [Section(paragraphs=top.paragraphs[1:])] if len(top.paragraphs) > 1 else []
    if top.levels_table:
        sections.append(Section(title="Levels", bullets=tuple(
            f"{lv.name} - {lv.summary}" for lv in req.catalog.levels)))
    rows = tuple(req.catalog.item(n) for n in top.rows)
    plat = req.catalog.platform(top.platform) if top.platform else None
    answer = req.answer(top.paragraphs[0], sections=tuple(sections), items=rows, table=bool(rows),
                        platform=plat, links=top.links)
    return with_explanation(req, answer, note=f"topic {tid}")

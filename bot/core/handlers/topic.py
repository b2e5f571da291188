"""The topic handler: a concept the seeds explain (data/topics.yaml).

A topic with an environment of its own (the Customer Service SOAP services are
not available in Online) gets a Yes/No first when the message asks about one.
"""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.catalog.model import Topic
from bot.core.handlers.base import Request, handler
from bot.core.model import Answer, Env, Section


def _verdict(req: Request, topic: Topic) -> str:
    if req.env is None or req.env_source != "question":
        return topic.paragraphs[0]
    works = topic.onsite if req.env is Env.ONSITE else topic.online
    if works is None:
        return topic.paragraphs[0]
    return f"{msg.topic_verdict(topic.title, req.env.value, works)} {topic.paragraphs[0]}"


@handler("topic")
def topic(req: Request) -> Answer:
    """A concept, in the seeds' words, with its rows and links."""
    top = req.catalog.topic(req.frame.topic or "")
    sections = [Section(paragraphs=top.paragraphs[1:])] if len(top.paragraphs) > 1 else []
    if top.levels_table:
        sections.append(Section(title=msg.LEVELS_TITLE, bullets=tuple(
            msg.point_line(lv.name, lv.summary) for lv in req.catalog.levels)))
    rows = tuple(req.catalog.item(n) for n in top.rows)
    plat = req.catalog.platform(top.platform) if top.platform else None
    return req.answer(_verdict(req, top), sections=tuple(sections), items=rows, table=bool(rows), platform=plat,
                      links=top.links, fallback=top.fallback)

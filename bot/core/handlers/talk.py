"""Small talk, help and out-of-scope questions: answered plainly, with the forum where it helps."""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.handlers.base import (
    FORUM,
    Request,
    handler,
    with_explanation,
)
from bot.core.model import Answer, Section


@handler("greeting")
def greeting(req: Request) -> Answer:
    return with_explanation(req, req.answer(msg.GREETING, suggestions=msg.HELP_EXAMPLES[:3]))


@handler("thanks")
def thanks(req: Request) -> Answer:
    return with_explanation(req, req.answer(msg.THANKS))


@handler("help")
def help_(req: Request) -> Answer:
    sections = (Section(title="Try asking", bullets=msg.HELP_EXAMPLES), Section(paragraphs=(msg.ASK_HUMANS,)))
    return with_explanation(req, req.answer(msg.HELP_INTRO, sections=sections, links=(FORUM,),
                                            suggestions=msg.HELP_EXAMPLES[:3]))


@handler("out_of_scope")
def out_of_scope(req: Request) -> Answer:
    answer = req.answer(msg.OUT_OF_SCOPE, fallback=True, sections=(Section(paragraphs=(msg.ASK_HUMANS,)),),
                        links=(FORUM,))
    return with_explanation(req, answer, note="out of scope")

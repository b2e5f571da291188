"""Small talk and help, and the honest answers: beyond the data, and not understood.

Beyond the data: what is known about the rows the message names is said in one
line each, the asked detail is said to be beyond the data, and the rows' pages,
the developer forum and sdk@superoffice.com are given. Not understood: a plain
"I don't know", "did you mean" when something came close, and the forum.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import messages as msg
from bot.core.handlers.base import FORUM, Request, handler, item_links
from bot.core.model import Answer, Explanation, Link, Section
from bot.core.understand import weights as w
from bot.core.understand.rank import Match

NOT_SUGGESTED = frozenset({"detail", "smalltalk"})
NOT_UNDERSTOOD = "fallback"  # the intent of an answer that did not understand the message


@handler("greeting")
def greeting(req: Request) -> Answer:
    return req.answer(msg.GREETING, suggestions=msg.HELP_EXAMPLES[:3])


@handler("thanks")
def thanks(req: Request) -> Answer:
    return req.answer(msg.THANKS)


@handler("goodbye")
def goodbye(req: Request) -> Answer:
    return req.answer(msg.GOODBYE)


@handler("help")
def help_(req: Request) -> Answer:
    sections = (Section(title=msg.TRY_ASKING, bullets=msg.HELP_EXAMPLES), Section(paragraphs=(msg.ASK_HUMANS,)))
    return req.answer(msg.help_intro(len(req.catalog.items)), sections=sections, links=(FORUM,),
                      suggestions=msg.HELP_EXAMPLES[:3])


@handler("out_of_scope")
def out_of_scope(req: Request) -> Answer:
    return beyond(req, "asks what the data does not hold")


def beyond(req: Request, why: str) -> Answer:
    """Understood, but beyond the data: what is known of the named rows, and where people know the rest."""
    f = req.frame  # (not a row the message puts aside: "not inside the desktop program")
    rows = req.rows([r for r in (f.named_rows or f.rows) if r not in f.set_aside])
    intent = next((i.id for i in req.catalog.intents if i.act == "detail"), req.match.intent.id)
    # ("Using the COM API from C#, how do I ...?": what is known of the integration point named)
    found = [(plat, point) for plat in req.catalog.platforms for point in plat.points
             if point.name in f.points] if not rows else []
    if rows:
        verdict = msg.beyond_rows([i.name for i in rows], f.detail)
        known = tuple(msg.known_line(i.name, i.level, i.clients, i.onsite, i.online) for i in rows)
        links = item_links(rows, more=False)
    elif found:
        verdict = msg.beyond_points(list(dict.fromkeys(point.name for _, point in found)), f.detail)
        known = tuple(msg.known_point_line(point.name, plat.name, point.summary) for plat, point in found)
        links = tuple(dict.fromkeys(Link(point.name, point.url) for _, point in found if point.url))
    else:
        return replace(req.answer(msg.outside(), fallback=True, sections=(Section(paragraphs=(msg.ASK_HUMANS,)),),
                                  links=(FORUM,), explanation=Explanation("", 0.0, note=why)), intent=intent)
    sections = (Section(bullets=known), Section(paragraphs=(msg.ASK_HUMANS,)))
    answer = req.answer(verdict, fallback=True, sections=sections, items=tuple(rows), links=(*links, FORUM),
                        explanation=Explanation("", 0.0, note=why))
    return replace(answer, intent=intent)


def not_understood(req: Request, ranked: list[Match], why: str) -> Answer:
    """Not understood: said plainly, with up to three questions it may have meant, and the forum."""
    f = req.frame
    leans = f.cues.pronoun or f.cues.reference or f.cues.opener
    subject = f.rows or f.platforms or f.topic or f.need or f.described or f.constraints.levels or f.constraints.groups
    orphan = req.state is None and leans and not subject  # "does that work online?" with nothing before it
    suggestions = suggest(req, ranked) if ranked[0].score >= w.SUGGEST_AT and not orphan else []
    sections = [Section(paragraphs=(msg.ASK_HUMANS,))]
    if suggestions:
        sections.insert(0, Section(title=msg.DID_YOU_MEAN, bullets=tuple(suggestions)))
    # (in a thread, the earlier question is there; what the message points at is what is unclear)
    verdict = (msg.unclear_reference() if req.earlier else msg.nothing_earlier()) if orphan else msg.not_understood()
    return Answer(question=req.text, intent=NOT_UNDERSTOOD, confidence=ranked[0].score, verdict=verdict,
                  fallback=True, sections=tuple(sections), links=(FORUM,), suggestions=tuple(suggestions),
                  explanation=Explanation(NOT_UNDERSTOOD, ranked[0].score, note=why))


def suggest(req: Request, ranked: list[Match]) -> list[str]:
    """Up to three questions the message may have meant."""
    out = [msg.can_i_use_online(name) for name in req.frame.rows[:2]]
    out += [msg.points_of(req.catalog.platform(p).name) for p in req.frame.platforms[:1]]
    for match in ranked[:3]:
        if match.intent.act not in NOT_SUGGESTED:
            example = match.intent.examples[0]
            out.append(example[0].upper() + example[1:])
    return list(dict.fromkeys(out))[:3]

"""The platform handler: a client platform's integration points, from the platform seed."""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.handlers.base import (
    Request,
    env_label,
    handler,
    with_explanation,
)
from bot.core.model import Answer, Link, Platform, Section


def _mentioned_points(req: Request, plat: Platform) -> list[str]:
    """The platform's integration points the question names (found by the matcher)."""
    return [p.name for p in plat.points if p.name in req.ent.points]


def _related(req: Request, plat: Platform) -> list[str]:
    """For a follow-up about rows ("and the Windows client?"): the points tied to those rows."""
    names = set(req.state.items) if req.state else set()
    return [p.name for p in plat.points if names & set(p.items)]


@handler("platform")
def platform(req: Request) -> Answer:
    """A platform's integration points, from the platform seed."""
    if not req.ent.platforms:
        return with_explanation(req, req.answer(
            msg.WHICH_WEB_CLIENT, suggestions=msg.WEB_CLIENT_CHOICES),
            note="clarify web client")
    plat = req.catalog.platform(req.ent.platforms[0])
    asked = _mentioned_points(req, plat) or _related(req, plat)
    own = {p.name for p in plat.points}
    elsewhere = [p for p in req.ent.points if p not in own and not asked]
    if asked and req.env is not None and req.env not in plat.env:
        verdict = (f"I can't confirm that for {env_label(req.env)}: the documentation I know lists "
                   f"{', '.join(asked)} only for the {plat.name}. "
                   f"{msg.ASK_HUMANS}")
    elif asked and len(req.ent.point_holders) > 1:
        names = [req.catalog.platform(p).name for p in req.ent.point_holders]
        verdict = f"{', '.join(asked)}: an integration point of the {', the '.join(names)}."
    elif asked:
        verdict = f"Yes - the {plat.name} has {', '.join(asked)} among its integration points."
    elif elsewhere:
        holders = [o.name for o in req.catalog.platforms if any(p.name in elsewhere for p in o.points)]
        verdict = (f"No - {', '.join(elsewhere)} is not among the {plat.name}'s integration points; "
                   f"it is an integration point of the {' and the '.join(holders)}.")
    else:
        verdict = f"Integration points of the {plat.name}:"
    others = [req.catalog.platform(p) for p in dict.fromkeys(req.ent.platforms[1:]) if p != plat.id]
    if others and not asked:  # "the web client over the Windows client": side by side
        verdict = f"The {plat.name} and the {' and the '.join(o.name for o in others)} side by side:"
    bullets = tuple(f"{p.name} - {p.summary}" for p in plat.points)
    offered = {r for p in plat.points for r in p.items}
    first = [r for r in req.ent.pure_items if r in offered]  # the row the question names, first
    first += [r for p in plat.points if p.name in asked for r in p.items]
    first += [n for n, _ in req.ent.described if any(n in p.items for p in plat.points)]
    rows = tuple(dict.fromkeys(req.catalog.item(r) for r in [*first, *(r for p in plat.points for r in p.items)]))
    sections = (Section(paragraphs=(plat.summary,)), Section(title="Integration points", bullets=bullets),
                *(Section(title=o.name, paragraphs=(o.summary,),
                          bullets=tuple(f"{p.name} - {p.summary}" for p in o.points)) for o in others))
    point_links = tuple(Link(p.name, p.url) for p in plat.points if p.url and p.url.startswith("https://docs"))
    rest = [p.name for p in req.catalog.platforms if p.id != plat.id][:2]
    answer = req.answer(verdict, sections=sections, items=rows, platform=plat,
                        links=tuple(dict.fromkeys(plat.links + point_links[:3])),
                        suggestions=tuple(f"And the {name}?" for name in rest))
    return with_explanation(req, answer)

"""The platform handler: a client platform's integration points, from the platform seed.

A point is stated per platform, as the data lists it: asked about a point the
platform does not list, the answer says No and names the platforms that do.
"""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.handlers.base import Request, handler
from bot.core.model import Answer, Link, Platform, Section
from bot.core.understand.text import tokens


def _meant_points(req: Request) -> list[str]:
    """The integration points the message names, less any named only by words another point named has too, which
    has words of its own besides ("override the save button": the overriding of most buttons, not the online
    custom buttons nor the Windows client's launch buttons, which "button" alone names)."""
    said = req.frame.naming_words("point")
    return [p for p in req.frame.points if not any(said.get(p, set()) < words for words in said.values())]


def _asked_points(req: Request, plat: Platform, meant: list[str]) -> list[str]:
    """The platform's integration points the message means (`_meant_points`), else those tied to the thread's
    rows."""
    named = [p.name for p in plat.points if p.name in meant]
    if named or not req.state:
        return named
    return [p.name for p in plat.points if set(req.state.items) & set(p.items)]


def _verdict(req: Request, plat: Platform, asked: list[str], meant: list[str]) -> str:
    own = {p.name for p in plat.points}
    elsewhere = [p for p in meant if p not in own]
    if asked and req.env is not None and req.env not in plat.env:
        return msg.cannot_confirm(req.env.value, asked, plat.name)
    if asked and len(req.frame.point_holders) > 1 and not req.frame.named_platforms:
        holders = [req.catalog.platform(p).name for p in req.frame.point_holders]
        return " ".join(msg.point_per_platform(point, [h for h in holders if _lists(req, h, point)])
                        for point in meant)
    if asked:
        return msg.platform_has(plat.name, asked)
    if elsewhere:
        verdict = msg.point_elsewhere(elsewhere, plat.name, _holders(req, elsewhere))
        instead = _kin(req, plat, elsewhere)
        return f"{verdict} {msg.platform_offers(plat.name, instead)}" if instead else verdict
    env = req.env
    gone = [p.name for p in plat.points if env is not None and p.env and env not in p.env]
    if env is not None and gone:  # "and online?" after Customer Service: its SOAP services are onsite only
        return f"{msg.platform_points(plat.name)} {msg.points_not_there(env.value, gone, len(gone) == len(own))}"
    return msg.platform_points(plat.name)


def platform_runs(req: Request, plat: Platform) -> str | None:
    """Where a platform runs, when a yes/no question asks it of a place ("Is Customer Service available online?",
    "is the mobile app available onsite?"); None when no place is asked."""
    c = req.frame.constraints
    asked = c.env_only or (c.envs[0] if len(set(c.envs)) == 1 else None)  # ("cloud only ... or still onsite?")
    if not req.frame.cues.yes_no or asked is None:
        return None
    there = asked in plat.env and not (c.env_only is not None and len(plat.env) > 1)
    if there and len(plat.env) == 1:
        return None  # (said by its name: "we run the web version on our own server ...")
    return msg.platform_runs(plat.name, [e.value for e in plat.env], there)


def _holders(req: Request, points: list[str]) -> list[str]:
    """The names of the platforms that list any of these points."""
    return [o.name for o in req.catalog.platforms if any(p.name in points for p in o.points)]


def _kin(req: Request, plat: Platform, elsewhere: list[str]) -> list[str]:
    """The platform's own points that share a word with what was asked elsewhere ("override buttons" online:
    the online Web client's custom buttons)."""
    said = {t for point, words in req.frame.naming_words("point").items() if point in elsewhere for t in words}
    return [p.name for p in plat.points if said & {t for a in p.aliases for t in tokens(a)}]


def _lists(req: Request, platform_name: str, point: str) -> bool:
    return any(p.name == platform_name and any(pt.name == point for pt in p.points) for p in req.catalog.platforms)


@handler("platform")
def platform(req: Request) -> Answer:
    """A platform's integration points; which web client is meant is asked back when unclear."""
    if not req.frame.platforms:
        return req.answer(msg.WHICH_WEB_CLIENT, suggestions=msg.WEB_CLIENT_CHOICES, clarify="web-client")
    plat = req.catalog.platform(req.frame.platforms[0])
    meant = _meant_points(req)
    away = None  # "and online?" after the Windows client's points: it does not run there
    if req.env is not None and req.env not in plat.env and not meant and len(req.frame.platforms) == 1:
        instead = req.catalog.web_client(req.env)
        away = msg.platform_not_there(plat.name, [e.value for e in plat.env], req.env.value,
                                      instead.name if instead is not None else None)
        if instead is not None and not req.frame.named_platforms:  # (carried from the thread: the place's client)
            plat = instead
    asked = _asked_points(req, plat, meant)
    verdict = _verdict(req, plat, asked, meant)
    if away is not None:
        verdict = f"{away} {verdict}"
    others = [req.catalog.platform(p) for p in dict.fromkeys(req.frame.platforms[1:]) if p != plat.id]
    lacking = [p for p in meant if not any(pt.name == p for o in (plat, *others) for pt in o.points)]
    if others and meant and lacking == meant:  # "the automation engine in the web client?": neither lists it
        verdict = msg.point_elsewhere_all(meant, [plat.name, *(o.name for o in others)], _holders(req, meant))
    elif others and not asked:  # "the web client over the Windows client": side by side
        verdict = msg.side_by_side([plat.name, *(o.name for o in others)])
    elif not meant and (runs := platform_runs(req, plat)) is not None:  # "is the mobile app available onsite?"
        verdict = f"{runs} {verdict}"
    offered = {r for p in plat.points for r in p.items}
    first = [r for r in req.frame.named_rows if r in offered]  # the row the message names, first
    first += [r for p in plat.points if p.name in asked for r in p.items]
    first += [n for n, _ in req.frame.described if n in offered]
    if req.frame.need is not None:  # then the rows of the need told ("a small window shall open on top of the page")
        first += [r for r, _ in req.catalog.need(req.frame.need).rows if r in offered]
    rows = tuple(dict.fromkeys(req.catalog.item(r) for r in [*first, *(r for p in plat.points for r in p.items)]))
    sections = (Section(paragraphs=(plat.summary,)),
                Section(title=msg.INTEGRATION_POINTS_TITLE, bullets=tuple(msg.point_line(p.name, p.summary)
                                                                          for p in plat.points)),
                *(Section(title=o.name, paragraphs=(o.summary,),
                          bullets=tuple(msg.point_line(p.name, p.summary) for p in o.points)) for o in others))
    point_links = tuple(Link(p.name, p.url) for p in plat.points if p.url and p.url.startswith("https://docs"))
    rest = [p.name for p in req.catalog.platforms if p.id != plat.id][:2]
    return req.answer(verdict, sections=sections, items=rows, platform=plat,
                      links=tuple(dict.fromkeys(plat.links + point_links[:3])),
                      suggestions=tuple(msg.and_platform(name) for name in rest))

"""Handlers for platforms, topics, needs, small talk and out-of-scope questions."""

from __future__ import annotations

from bot import messages as msg
from bot.handle_rows import list_rows
from bot.handlers import (
    FORUM,
    Request,
    alternatives,
    env_label,
    handler,
    item_links,
    source_note,
    where,
    with_explanation,
)
from bot.model import Answer, Env, Item, Link, Platform, Section


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


def _need_rank(req: Request, rows: list[tuple[Item, str]]) -> list[tuple[Item, str]]:
    """Fit for the environment and client first, then rows the question names, then the data's order."""
    named = set(req.ent.items)

    def key(entry: tuple[Item, str]) -> tuple[int, int, int, int, int]:
        item = entry[0]
        env_miss = int(req.env is not None and not item.available(req.env))
        client_miss = int(req.client is not None and not item.serves(req.client))
        # what the question says about a row ("project stages") breaks ties, in coarse steps
        told = -int(req.ent.row_scores.get(item.name, 0.0) // 8)
        return (env_miss, client_miss, int(item.name not in named), told, rows.index(entry))
    return sorted(rows, key=key)


def _why_and_instead(req: Request, item: Item) -> list[Section]:
    """Why the best row does not fit the environment, and what does."""
    if req.env is None or item.available(req.env):
        return []
    out = [Section(title="Why", paragraphs=(item.only_because,))] if item.only_because else []
    alts = alternatives(req, item, req.env)
    if alts:
        out.append(Section(title=f"What works {'in ' if req.env is Env.ONLINE else ''}{env_label(req.env)} instead",
                           bullets=tuple(f"{a.name} - {a.level}, {' and '.join(a.clients)}" for a in alts)))
    return out


@handler("scenario")
def scenario(req: Request) -> Answer:
    """Rows that serve a described need, ranked for the environment and client."""
    need = next((n for n in req.catalog.needs if n.id == req.ent.need), None)
    if req.ent.levels and need is None and not req.ent.described:
        return list_rows(req)  # "which external APIs can we use?": the level's rows, filtered
    if need is not None:
        rows = [(req.catalog.item(name), why) for name, why in need.rows]
        listed = {name for name, _ in need.rows}
        rows = [(req.catalog.item(n), req.catalog.item(n).summary) for n in req.ent.pure_items
                if n not in listed] + rows  # a row the question names comes first
        what, points, note = f"To {need.need}", need.points, f"need {need.id}"
    else:
        rows = [(req.catalog.item(name), req.catalog.item(name).summary) for name, _ in req.ent.described]
        what, points, note = "For what you describe", (), "described: " + ", ".join(
            f"{n} {s:.1f}" for n, s in req.ent.described)
    at_level = [(i, w) for i, w in rows if i.level in req.ent.levels and (req.env is None or i.available(req.env))]
    if at_level and need is None:
        rows = at_level  # "which external APIs ..." with a described need: that level's fitting rows
    ranked = _need_rank(req, rows)
    fits = [(i, w) for i, w in ranked if (req.env is None or i.available(req.env))
            and (req.client is None or i.serves(req.client))]
    scope = " and ".join(x for x in (env_label(req.env) if req.env else "",
                                     req.client.value if req.client else "") if x)
    profile = source_note(req)
    head = what + (f" ({profile or scope})" if scope else "")
    if fits:
        verdict = f"{head}, the best fit is {fits[0][0].name}."
    elif points:
        verdict = f"{head}, use the platforms' integration points: {'; '.join(points)}."
    elif ranked:
        verdict = f"{head}: none of the matching rows fits exactly; the closest are below."
    else:
        verdict = f"{head}, the platforms' own integration points do it:"
    bullets = tuple(f"{i.name} ({i.level}, {' and '.join(i.clients)}, {where(i)}) - {w}" for i, w in ranked)
    sections = [Section(title="Options, best fit first", bullets=bullets)] if bullets else []
    if points:
        sections.append(Section(title="Platform integration points", bullets=points))
    if not fits and not points and ranked:
        sections += _why_and_instead(req, ranked[0][0])
    if req.env is None and any(i.onsite != i.online for i, _ in ranked):
        sections.append(Section(paragraphs=(msg.ASK_ENV,)))
    items = tuple(i for i, _ in ranked)
    answer = req.answer(verdict, sections=tuple(sections), items=items, table=bool(items),
                        links=item_links(items, more=False),
                        suggestions=msg.ENV_CHOICES if req.env is None else ())
    return with_explanation(req, answer, note=note)


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


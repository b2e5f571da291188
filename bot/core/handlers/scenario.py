"""The scenario handler: a need described in the asker's words, answered with the rows that serve it."""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.handlers.base import (
    Request,
    alternatives,
    env_label,
    handler,
    item_links,
    source_note,
    where,
    with_explanation,
)
from bot.core.handlers.rows import list_rows
from bot.core.model import Answer, Env, Item, Section


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

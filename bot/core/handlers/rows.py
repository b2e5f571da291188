"""Handlers about matrix rows: one row, a comparison, a filtered list."""

from __future__ import annotations

from bot.core import messages as msg
from bot.core.handlers.base import (
    Request,
    alternatives,
    env_label,
    facts,
    handler,
    item_links,
    source_note,
    verdict_for,
    with_explanation,
)
from bot.core.model import Answer, Client, Env, Item, Section


def _rows(req: Request, names: list[str]) -> list[Item]:
    return [req.catalog.item(n) for n in names]


def _env_question(req: Request) -> str:
    return "And onsite?" if req.env is Env.ONLINE else "And online?"


@handler("availability")
def availability(req: Request) -> Answer:
    """Where one row works, for whom, and what it is; alternatives when it does not fit."""
    items = _rows(req, req.ent.items)
    item = items[0]
    verdict = verdict_for(item, req.env, req.client)
    note = source_note(req)
    if note:
        verdict = f"{verdict} ({note})"
    sections = [Section(paragraphs=(item.summary,))]
    alts: list[Item] = []
    if req.env is not None and not item.available(req.env):
        if item.only_because:
            sections.append(Section(title="Why", paragraphs=(item.only_because,)))
        alts = alternatives(req, item, req.env)
        if alts:
            sections.append(Section(
                title=f"What works {'in ' if req.env is Env.ONLINE else ''}{env_label(req.env)} instead",
                bullets=tuple(f"{a.name} - {a.level}, {' and '.join(a.clients)}: {a.summary}" for a in alts)))
    if item.name == "SOAP" and ("Service" in req.ent.clients or "customer-service" in req.ent.platforms):
        sections.append(Section(paragraphs=(msg.CS_SOAP_NOTE,)))
    sections.extend(Section(paragraphs=(facts(other),)) for other in items[1:])
    suggestions = [_env_question(req)]
    if alts:
        suggestions.append(f"Compare {item.name} with {alts[0].name}")
    elif req.client is None:
        suggestions.append(f"Is {item.name} available for {'Service' if 'Service' not in item.clients else 'Sales'}?")
    answer = req.answer(verdict, sections=tuple(sections), items=tuple(items) + tuple(alts), table=True,
                        links=item_links(items), suggestions=tuple(suggestions))
    return with_explanation(req, answer)


def _compare_rows(req: Request, items: list[Item]) -> Answer:
    envs = [req.env] if req.env else [Env.ONSITE, Env.ONLINE]
    lines = []
    for env in envs:
        good = [i.name for i in items if i.available(env)]
        bad = [i.name for i in items if not i.available(env)]
        label = "In Online" if env is Env.ONLINE else "Onsite"
        if not bad:
            lines.append(f"{label}: {'both' if len(items) == 2 else 'all'} work.")
        elif not good:
            lines.append(f"{label}: none of them works.")
        else:
            lines.append(f"{label}: {', '.join(good)} - yes; {', '.join(bad)} - no.")
    differ = [f for f in ("level", "clients") if len({getattr(i, f) for i in items}) > 1]
    bullets = tuple(facts(i) + " " + i.summary for i in items)
    detail = (f"They differ in {' and '.join(differ)}." if differ
              else "They share level and clients.")
    sections = (Section(paragraphs=(detail,), bullets=bullets),)
    return req.answer(" ".join(lines), sections=sections, items=tuple(items), table=True,
                      links=item_links(items, more=False),
                      suggestions=tuple(f"What is {i.name}?" for i in items[:2]))


def _compare_envs(req: Request) -> Answer:
    rows = _filtered(req, ignore_env=True)
    differ = [i for i in rows if i.onsite != i.online]
    scope = _describe_filter(req, ignore_env=True) or "the whole matrix"
    if not differ:
        verdict = f"For {scope}, onsite and online offer the same {len(rows)} rows."
    else:
        only_on = [i.name for i in differ if i.onsite]
        only_off = [i.name for i in differ if i.online]
        parts = []
        if only_on:
            parts.append(f"onsite only: {', '.join(only_on)}")
        if only_off:
            parts.append(f"online only: {', '.join(only_off)}")
        verdict = f"For {scope}, onsite and online differ in {len(differ)} rows - " + "; ".join(parts) + "."
    same = [i.name for i in rows if i.onsite and i.online]
    sections = (Section(paragraphs=(f"Both environments: {', '.join(same) or 'none'}.",)),)
    ordered = differ + ([] if req.ent.only else [i for i in rows if i not in differ])
    return req.answer(verdict, sections=sections, items=tuple(ordered), table=True,
                      links=item_links(differ or rows, more=False))


@handler("compare")
def compare(req: Request) -> Answer:
    """Rows side by side, or onsite versus online for a filter."""
    two = len(req.ent.items) >= 2
    answer = _compare_rows(req, _rows(req, req.ent.items)) if two else _compare_envs(req)
    return with_explanation(req, answer)


def _filtered(req: Request, ignore_env: bool = False) -> list[Item]:
    ent = req.ent
    rows = list(req.catalog.items)
    if ent.groups and not ent.levels:  # "which plugins"; a named level is the sharper filter
        names = {n for group in ent.groups for n in group}
        rows = [i for i in rows if i.name in names]
    if ent.levels:
        rows = [i for i in rows if i.level in ent.levels]
    clients = (set(ent.clients) - ent.client_negated) if ent.clients else (
        {req.client.value} if req.client else set())
    if clients:
        exact = ent.client_only or ent.both_clients
        rows = [i for i in rows if (set(i.clients) == clients if exact else clients <= set(i.clients))]
    rows = [i for i in rows if not ent.client_negated & set(i.clients)]
    if not ignore_env:
        rows = _env_filter(req, rows)
    if ent.pronoun and req.state and req.state.listed:
        rows = [i for i in rows if i.name in req.state.listed]
    return rows


def _env_filter(req: Request, rows: list[Item]) -> list[Item]:
    ent = req.ent
    moving = [e for e in ent.envs if e not in ent.env_negated]
    if ent.losing and len(set(moving)) == 2:  # "what do we lose moving from onsite to Online": the destination is last
        to, came_from = Env(moving[-1]), Env(moving[0])
        return [i for i in rows if i.available(came_from) and not i.available(to)]
    if ent.env_only_env and len(set(ent.envs) - ent.env_negated) > 1:
        only = Env(ent.env_only_env)
        other = Env.ONLINE if only is Env.ONSITE else Env.ONSITE
        return [i for i in rows if i.available(only) and not i.available(other)]
    for env_name in ent.envs:
        env = Env(env_name)
        if env_name in ent.env_negated:
            rows = [i for i in rows if not i.available(env)]
        else:
            rows = [i for i in rows if i.available(env)]
            if ent.env_only:
                other = Env.ONLINE if env is Env.ONSITE else Env.ONSITE
                rows = [i for i in rows if not i.available(other)]
    if not ent.envs and req.env is not None:
        rows = [i for i in rows if i.available(req.env)]
    return rows


def _describe_filter(req: Request, ignore_env: bool = False) -> str:
    ent = req.ent
    parts = []
    if ent.levels:
        parts.append(" and ".join(ent.levels))
    if ent.groups:
        parts.append("the " + " and ".join(", ".join(g) for g in ent.groups) + " family")
    clients = [c for c in ent.clients if c not in ent.client_negated] or (
        [req.client.value] if req.client and not ent.clients else [])
    if clients:
        only = " only" if ent.client_only else ""
        parts.append(f"{' and '.join(clients)}{only}")
    parts += [f"not {c}" for c in sorted(ent.client_negated)]
    if not ignore_env:
        for env_name in ent.envs or ([req.env.value] if req.env else []):
            neg = "not " if env_name in ent.env_negated else ""
            only = " only" if ent.env_only and not neg else ""
            parts.append(f"{neg}{env_name}{only}")
    return ", ".join(parts)


@handler("list")
def list_rows(req: Request) -> Answer:
    """A filtered excerpt of the matrix."""
    if len(set(req.ent.envs)) == 2 and not req.ent.env_negated and req.ent.contrast:
        return with_explanation(req, _compare_envs(req))
    rows = _filtered(req)
    if not rows and req.ent.env_only and req.ent.envs:
        req.ent.env_only = False  # "we're cloud-only": what works there, not what works only there
        req.ent.env_only_env = None
        rows = _filtered(req)
    scope = _describe_filter(req) or "all rows"
    note = source_note(req)
    scope = f"{scope} ({note})" if note else scope
    if not rows:
        verdict = f"No row of the capability matrix matches {scope}."
        return with_explanation(req, req.answer(verdict, suggestions=("Show me the whole matrix",)))
    names = ", ".join(i.name for i in rows)
    verdict = f"{len(rows)} of the {len(req.catalog.items)} matrix rows match {scope}: {names}."
    answer = req.answer(verdict, items=tuple(rows), table=True,  # the matrix excerpt says it all
                        links=item_links(rows, more=False),
                        suggestions=_list_suggestions(req, rows))
    return with_explanation(req, answer)


def _list_suggestions(req: Request, rows: list[Item]) -> tuple[str, ...]:
    """Narrowing questions that would actually narrow these rows."""
    out = []
    if not req.ent.envs and any(i.online for i in rows) and not all(i.online for i in rows):
        out.append("Which of those work online?")
    for client in (Client.SERVICE, Client.SALES):
        serving = [i for i in rows if i.serves(client)]
        if not req.ent.clients and serving and len(serving) < len(rows):
            out.append(f"Which of those are for {client.value}?")
            break
    return tuple(out)

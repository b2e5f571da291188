"""What the MCP tools and resources say, as plain Answers built from the engine and its catalog (no SDK here)."""

from __future__ import annotations

import logging

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.lookup import closest_rows, find_row
from bot.core.matrix import Filters, select
from bot.core.model import Answer, Client, Env, Item, Platform, Section
from bot.mcp import messages as msg

log = logging.getLogger("sobot.mcp")

# Asked of the engine for a row's alternatives; the same questions the shared eval asks about every row.
OTHER_ENV_QUESTION = {
    Env.ONLINE: "Can I use {name} in SuperOffice CRM Online?",
    Env.ONSITE: "Is {name} available onsite?",
}


class Refused(ValueError):
    """A tool argument names nothing sobot knows; the message says what would."""


def required(field: str, text: str) -> str:
    """The argument without surrounding blanks; refused when nothing is left."""
    if not text.strip():
        raise Refused(msg.empty(field))
    return text.strip()


def ask(engine: Engine, question: str, thread: str | None = None) -> Answer:
    """The engine's answer, as the REPL gives it; questions of one thread are one conversation."""
    key = f"mcp:{thread}" if thread and thread.strip() else None
    return engine.respond(required("question", question), thread=key)


def alternatives(engine: Engine, item: Item) -> tuple[Item, ...]:
    """Rows that work where `item` does not, as the engine offers them when asked; () for rows that work in both."""
    if item.onsite == item.online:
        return ()
    other = Env.ONLINE if item.onsite else Env.ONSITE
    answer = engine.respond(OTHER_ENV_QUESTION[other].format(name=item.name))
    if answer.fallback or not answer.items or answer.items[0].name != item.name:
        log.warning("no alternatives for %s: the engine answered about %s", item.name,
                    [i.name for i in answer.items[:1]])
        return ()
    return tuple(i for i in answer.items[1:] if i.available(other))  # only rows the matrix says work there


def capability(engine: Engine, name: str) -> Answer:
    """One matrix row by name, alias or near spelling, with its reason and alternatives."""
    catalog = engine.catalog
    item = find_row(catalog, required("name", name))
    if item is None:
        raise Refused(msg.unknown_row(name.strip(), closest_rows(catalog, name)))
    sections = [Section(paragraphs=(item.summary,))]
    if item.onsite != item.online and item.only_because:
        sections.append(Section(msg.why_only(item.onsite), paragraphs=(item.only_because,)))
    others = alternatives(engine, item)
    if item.onsite != item.online:
        env = Env.ONLINE if item.onsite else Env.ONSITE
        sections.append(Section(msg.instead(env.value), bullets=tuple(msg.row_line(o.name, o.level, o.clients)
                                                                      for o in others)) if others
                        else Section(paragraphs=(msg.nothing_instead(item.name, env.value),)))
    return Answer(question=msg.call_text("capability", name=name), intent="capability", confidence=1.0,
                  verdict=msg.capability_verdict(item.name, item.level, item.clients, item.onsite, item.online),
                  sections=tuple(sections), items=(item, *others), table=True,
                  links=tuple(dict.fromkeys((item.link, *item.more))))


def level_named(catalog: Catalog, level: str) -> str:
    """The level `level` names (its name or an alias, any case)."""
    wanted = level.strip().casefold()
    for lv in catalog.levels:
        if wanted in {lv.name.casefold(), *(a.casefold() for a in lv.aliases)}:
            return lv.name
    raise Refused(msg.unknown_level(level, [lv.name for lv in catalog.levels]))


def matrix(catalog: Catalog, environment: Env | None = None, client: Client | None = None,
           level: str | None = None) -> Answer:
    """The matrix rows passing the filters given (bot.core.matrix.select), as a table."""
    level = level.strip() if level and level.strip() else None
    wanted = level_named(catalog, level) if level else None
    filters = Filters(envs=frozenset({environment}) if environment else frozenset(),
                      clients=frozenset({client}) if client else frozenset(),
                      levels=frozenset({wanted}) if wanted else frozenset())
    rows = tuple(select(catalog.items, filters))
    named = [text for text in (msg.works_in(environment.value) if environment else None,
                               msg.for_client(client.value) if client else None,
                               msg.at_level(wanted) if wanted else None) if text]
    question = msg.call_text("matrix", environment=environment.value if environment else None,
                             client=client.value if client else None, level=level)
    return Answer(question=question, intent="matrix", confidence=1.0,
                  verdict=msg.matrix_verdict(len(rows), len(catalog.items), named),
                  items=rows, table=True, links=tuple(i.link for i in rows))


def platform_named(catalog: Catalog, pid: str) -> Platform:
    """The platform `pid` names: its id, name or an alias, any case."""
    wanted = required("id", pid).casefold()
    for plat in catalog.platforms:
        if wanted in {plat.id, plat.name.casefold(), *(a.casefold() for a in plat.aliases)}:
            return plat
    raise Refused(msg.unknown_platform(pid.strip(), [p.id for p in catalog.platforms]))


def platform(catalog: Catalog, pid: str) -> Answer:
    """A platform's integration points, the matrix rows behind them and its SDK links."""
    plat = platform_named(catalog, pid)
    names = dict.fromkeys(name for point in plat.points for name in point.items)
    rows = tuple(i for i in catalog.items if i.name in names)
    points = tuple(msg.point_line(p.name, p.summary, p.url) for p in plat.points)
    return Answer(question=msg.call_text("platform", id=pid), intent="platform", confidence=1.0,
                  verdict=msg.platform_verdict(plat.name, plat.summary),
                  sections=(Section(msg.POINTS_TITLE, bullets=points),), items=rows, table=bool(rows),
                  platform=plat, links=plat.links + tuple(i.link for i in rows))


"""Handlers about matrix rows: one row (where it works, what it is), rows side by side, a filtered list."""

from __future__ import annotations

from dataclasses import replace

from bot.core import messages as msg
from bot.core.catalog.model import Need, Topic
from bot.core.handlers.base import Request, facts, handler, item_links, with_note
from bot.core.handlers.instead import alternatives
from bot.core.handlers.platform import platform_runs
from bot.core.matrix import Filters, select
from bot.core.model import Answer, Client, Env, Item, Section
from bot.core.understand.frame import Act, Constraints

OTHER_ENV = {Env.ONSITE: Env.ONLINE, Env.ONLINE: Env.ONSITE}


def verdict_for(item: Item, env: Env | None, client: Client | None) -> str:
    """Yes/No for the asked environment and client, naming the row; what it is when nothing was asked."""
    holding: list[str] = []  # what holds, named ("SAINT works in Online")
    failing: list[str] = []
    still: list[str] = []  # ... said after what fails ("it does work in Online")
    if env is not None:
        if item.available(env):
            holding.append(msg.works(item.name, env.value))
            still.append(msg.still_works(env.value))
        else:
            failing.append(msg.does_not_work(item.name, env.value, item.onsite, item.online))
    if client is not None:
        if item.serves(client):
            holding.append(msg.serves(item.name, client.value))
            still.append(msg.still_serves(client.value))
        else:
            failing.append(msg.does_not_serve(item.name, item.clients, client.value))
    if not (holding or failing):
        return msg.described(item.name, item.level, item.clients, item.onsite, item.online)
    # the No first, with its reason; what holds after it ("No. SAINT is for Sales only, not Service; it does work
    # in Online", not "No. SAINT works in Online; ...", which reads as a Yes)
    return msg.verdict(not failing, [*failing, *still] if failing else holding)


@handler("availability")
def availability(req: Request) -> Answer:
    """Where one row works, for whom, and what it is; what works instead when it does not fit."""
    return availability_for(req)


def availability_for(req: Request, need: Need | None = None) -> Answer:
    """The availability answer; what works instead is what serves `need` there, when the row was recommended for
    it (not what serves the row's other needs)."""
    items = req.rows(req.frame.rows)
    item = items[0]
    # the thread's environment or client answers a yes/no question ("does it work there?"), not a question
    # for something else about the row ("what level is it on?")
    cues = req.frame.cues
    asked = cues.yes_no or cues.opener or not cues.interrogative or cues.instead or cues.asks_why  # ("why?": the
    # reason it does not work there)
    # ("what about mirroring then?": the same ask; "what can we use instead?": what works there instead)
    env = req.env if req.env_source != "context" or asked else None
    client = req.client if req.client_source != "context" or asked else None
    # "please confirm that Sentry Plugins are not part of the hosted offering for our sellers": a place denied is
    # asked about as much as a place named; what the row is says where it works, neither a bare yes nor a no
    verdict = with_note(verdict_for(item, env, None if env is None and req.frame.constraints.not_envs else client),
                        req.profile_note())
    if (env is None or item.available(env)) and (elsewhere := _on_other_platforms(req, item)) is not None:
        verdict = elsewhere  # "do DataHandlers exist in the windows client?": a part of another client
    sections = [Section(paragraphs=(item.summary,))]
    alts: list[Item] = []
    if env is not None and not item.available(env):
        if item.only_because:
            sections.append(Section(title=msg.WHY_TITLE, paragraphs=(item.only_because,)))
        alts, points = alternatives(req.catalog, item, env, client, need=need)
        bullets = [msg.point_on(p.name, plat.name, p.summary) for plat, p in points]
        bullets += [msg.alternative_line(a.name, a.level, a.clients, a.summary) for a in alts]
        if bullets:
            sections.append(Section(title=msg.instead(env.value), bullets=tuple(bullets)))
        else:
            sections.append(Section(paragraphs=(msg.nothing_instead(item.name, env.value),)))
    if cues.contrast and req.frame.points:  # "the difference between custom pages and web panels?": the other
        # side is an integration point, stated per platform as the data lists it
        sections.append(Section(title=msg.POINTS_TITLE, bullets=tuple(
            msg.point_on(pt.name, plat.name, pt.summary) for plat in req.catalog.platforms for pt in plat.points
            if pt.name in req.frame.points)))
    notes = (req.catalog.topic(t).note for t in item.see_also)
    sections += [Section(paragraphs=(note,)) for note in notes if note]
    sections.extend(Section(paragraphs=(facts(other),)) for other in items[1:])
    answer = req.answer(verdict, sections=tuple(sections), items=tuple(items) + tuple(alts), table=True,
                        links=item_links(items), suggestions=_suggestions(req, item, alts))
    return answer


def _on_other_platforms(req: Request, item: Item) -> str | None:
    """The row asked about on one platform the message names, when it is a part of another client only ("do
    DataHandlers exist in the windows client?": the onsite Web client's)."""
    named = req.frame.named_platforms
    if len(named) != 1 or item.platform == named[0]:
        return None
    platform = req.catalog.platform(named[0])
    if item.platform is not None:
        return msg.row_elsewhere(item.name, platform.name, req.catalog.platform(item.platform).name)
    product = platform.product_client
    if product is None or product in item.clients or req.frame.constraints.clients:
        return None  # ("Service" named beside the ticket module: the client's own verdict says it)
    # "can I run CRMScript in the Windows client?": a Service row, and no point of a SuperOffice CRM client
    return msg.row_other_product(item.name, item.clients, platform.name, product)


def _suggestions(req: Request, item: Item, alts: list[Item]) -> tuple[str, ...]:
    out = []
    if req.env is not None:
        out.append(msg.and_env(OTHER_ENV[req.env].value))
    elif item.onsite != item.online:
        out.append(msg.and_env("online" if item.onsite else "onsite"))
    if alts:
        out.append(msg.compare_with(item.name, alts[0].name))
    elif req.client is None and len(item.clients) == 1:
        out.append(msg.available_for(item.name, "Service" if item.clients[0] == "Sales" else "Sales"))
    return tuple(out)


def _compare_rows(req: Request, items: list[Item]) -> Answer:
    envs = [req.env] if req.env else [Env.ONSITE, Env.ONLINE]
    lines = [msg.compare_env(env.value, [i.name for i in items if i.available(env)],
                             [i.name for i in items if not i.available(env)], len(items)) for env in envs]
    if req.client is not None:  # "udf or extra tables for a service-only customer?": who each serves, first
        client = req.client
        lines.insert(0, msg.compare_client(client.value, [i.name for i in items if i.serves(client)],
                                           [i.name for i in items if not i.serves(client)], len(items)))
    differ = [f for f in ("level", "clients") if len({getattr(i, f) for i in items}) > 1]
    bullets = tuple(facts(i) + " " + i.summary for i in items)
    sections = (Section(paragraphs=(msg.differ_in(differ),), bullets=bullets),)
    return req.answer(" ".join(lines), sections=sections, items=tuple(items), table=True,
                      links=item_links(items, more=False), suggestions=tuple(msg.what_is(i.name) for i in items[:2]))


def _compare_envs(req: Request) -> Answer:
    rows = filtered(req, ignore_env=True)
    differ = [i for i in rows if i.onsite != i.online]
    scope = describe_filter(req, ignore_env=True) or msg.whole_matrix()
    if not differ:
        verdict = msg.envs_same(scope, len(rows))
    else:
        verdict = msg.envs_differ(scope, len(differ), [i.name for i in differ if i.onsite],
                                  [i.name for i in differ if i.online])
    sections = (Section(paragraphs=(msg.both_envs([i.name for i in rows if i.onsite and i.online]),)),)
    ordered = differ + ([] if req.frame.cues.only else [i for i in rows if i not in differ])
    return req.answer(verdict, sections=sections, items=tuple(ordered), table=True,
                      links=item_links(differ or rows, more=False))


@handler("compare")
def compare(req: Request) -> Answer:
    """Rows side by side, or onsite against online for a filter."""
    if len(req.frame.rows) >= 2:
        return _compare_rows(req, req.rows(req.frame.rows))
    return _compare_envs(req)


def _family_word(req: Request, rows: tuple[str, ...]) -> str:
    """A family by its plural word ("plugins"), as the vocabulary names it; its rows when no word is plural."""
    for group in req.catalog.vocabulary.groups:
        if tuple(group.rows) == rows:
            return next((w for w in group.words if w.endswith("s")), ", ".join(rows))
    return ", ".join(rows)


def levels_of(req: Request) -> tuple[str, ...]:
    """The levels the rows must be at: those the message names, else those of a constraint it states ("which of
    those need no code?": the admin-page levels)."""
    c = req.frame.constraints
    if c.levels or not req.frame.need:
        return c.levels
    return req.catalog.need(req.frame.need).levels


def filters_of(req: Request, ignore_env: bool = False) -> Filters:
    """The frame's constraints (and the profile's or thread's environment and client) as matrix filters."""
    c: Constraints = req.frame.constraints
    rows = frozenset(n for g in c.groups for n in g) if c.groups and not c.levels else None
    clients = frozenset(c.clients) or (frozenset({req.client}) if req.client else frozenset())
    envs: frozenset[Env] = frozenset()
    not_envs = frozenset(c.not_envs)
    env_only = False
    if not ignore_env:
        asked = [e for e in c.envs]
        if c.moving and len(set(asked)) == 2:  # "what do we lose moving from onsite to Online": the destination last
            origin, destination = asked[0], asked[-1]
            kept, gone = (origin, destination) if c.moving == "lose" else (destination, origin)
            envs, not_envs = frozenset({kept}), frozenset({gone})
        elif c.env_only is not None and len(set(asked)) > 1:
            envs, env_only = frozenset({c.env_only}), True
        else:
            envs = frozenset(asked) or (frozenset({req.env}) if req.env and not c.not_envs else frozenset())
            env_only = c.env_only is not None
    return Filters(envs=envs, not_envs=not_envs, env_only=env_only, clients=clients,
                   clients_exact=c.client_only or c.both_clients, not_clients=frozenset(c.not_clients),
                   levels=frozenset(levels_of(req)), not_levels=frozenset(c.not_levels), rows=rows)


def filtered(req: Request, ignore_env: bool = False) -> list[Item]:
    """The rows the frame's filters keep; "which of those" keeps only the thread's listed rows (not "which
    others")."""
    rows = select(req.catalog.items, filters_of(req, ignore_env))
    if (listed := dropped_from(req)) and req.frame.cues.drops_shared:  # "leave out anything the sellers also get":
        return [i for i in rows if i.name in listed]  # the filters already leave those out: what stays of the list
    if listed:  # "drop anything that's cloud-only": the list just shown without those
        kept = [i for i in req.catalog.items if i.name in listed and i not in rows]
        if kept:  # all of them dropped: what the message describes is not a part of that list
            return kept
    if req.frame.cues.drops_place and not ignore_env:  # "external API rows, drop the ones that need the hosted
        # version": the rows asked for without those of that place
        taken = set(rows)
        kept = [i for i in select(req.catalog.items, filters_of(req, ignore_env=True)) if i not in taken]
        if kept:
            return kept
    return _of_those(req, rows)


def _of_those(req: Request, rows: list[Item]) -> list[Item]:
    """"do any of those ...": only the rows the thread just listed ("the rest of that tier": the level, not the rows
    just shown)."""
    if listed := _pointed_at(req):
        rows = [i for i in rows if i.name in listed]
    return rows


def _pointed_at(req: Request) -> tuple[str, ...]:
    """The rows the thread just listed, when the message points at them ("which of those ...", not "which
    others"); else ()."""
    cues = req.frame.cues
    if not cues.pronoun or cues.other or cues.level_ref or req.state is None:
        return ()
    return req.state.listed


def dropped_from(req: Request) -> tuple[str, ...]:
    """The list the thread just showed, when the message takes rows out of it ("drop the plugins"); else ()."""
    return req.state.listed if req.frame.cues.drop and req.state is not None else ()


def describe_filter(req: Request, ignore_env: bool = False, ignore_client: bool = False) -> str:
    """The filters in words: 'Internal APIs, Sales only, online'."""
    c = req.frame.constraints
    parts = [*levels_of(req), *(f"not {x}" for x in c.not_levels)]
    if c.groups and not c.levels:  # as filtered: a level named beside a family ("internal api ... plugins") wins
        parts.append(" and ".join(_family_word(req, g) for g in c.groups))
    clients = [x.value for x in c.clients] or ([req.client.value] if req.client and not c.clients else [])
    if clients and not ignore_client:
        parts.append(f"{' and '.join(clients)}{' only' if c.client_only else ''}")
    parts += [f"not {x.value}" for x in c.not_clients]
    if not ignore_env:  # as filtered: "moving from onsite to online" keeps what works onsite, not online
        f = filters_of(req)
        said = list(dict.fromkeys([*c.envs, *([req.env] if req.env else []), *sorted(f.envs), *sorted(f.not_envs)]))
        parts += [f"{e.value}{' only' if f.env_only else ''}" for e in said if e in f.envs]
        parts += [f"not {e.value}" for e in said if e in f.not_envs]
    return ", ".join(parts)


@handler("list")
def list_rows(req: Request) -> Answer:
    """A filtered excerpt of the matrix."""
    c = req.frame.constraints
    if len(set(c.envs)) == 2 and req.frame.cues.contrast and not c.moving:
        return _compare_envs(req)
    if len(req.frame.asks) >= 2 and any(a.listed for a in req.frame.asks):  # "(1) config options for Sales?
        return list_asks(req)  # (2) and Sales-only external APIs?": each ask's rows
    rows = filtered(req)
    none_only = ""  # "which external APIs work onsite only?": none, said before the rows that work there
    if not rows and c.env_only is not None and len(c.envs) == 1:  # "we're cloud-only": what works there
        none_only = msg.list_empty(with_note(describe_filter(req), req.profile_note()))
        kept = {i.name for i in filtered_without_only(req)}  # once, not once per row (row names are unique)
        rows = [i for i in select(req.catalog.items, filters_of(req)) or
                select(req.catalog.items, Filters(envs=frozenset(c.envs)))
                if i.name in kept]
        # (described as where they work, not "onsite only": the rows work elsewhere too)
        req = replace(req, frame=replace(req.frame, constraints=replace(c, env_only=None)))
    aside = [i.name for i in rows if i.name in req.frame.set_aside]  # "anything else ...": not those again
    rows = [i for i in rows if i.name not in aside]
    scope = with_note(describe_filter(req) or "all rows", req.profile_note())
    if aside:
        scope = msg.other_than(scope, aside)
    if len(rows) < len(dropped_from(req)) and not req.frame.cues.drops_shared:  # (a client's shared rows left out:
        scope = msg.without(scope)  # the filters tell what stays)
    if not rows:
        return _none_there(req, scope)
    verdict = msg.list_verdict(len(rows), len(req.catalog.items), scope, [i.name for i in rows])
    if none_only:
        verdict = f"{none_only} {verdict}"
    if (runs := _platform_runs(req)) is not None:
        verdict = f"{runs} {verdict}"
    topics = _listed_topics(req, rows)
    return req.answer(verdict, items=tuple(rows), table=True,
                      # (where it is not available too, unless the list is for a place where it is)
                      sections=tuple(Section(title=t.title, paragraphs=t.paragraphs[:1 if there else 2])
                                     for t, there in topics),
                      links=item_links(rows, more=False) + tuple(k for t, _ in topics for k in t.links),
                      suggestions=_narrowing(req, rows))


def _platform_runs(req: Request) -> str | None:
    """Where the one platform a yes/no question names runs, when it is asked of a place ("Is Customer Service
    available online?", "Is SuperOffice Service cloud only?"): the platform's own answer before the rows there."""
    frame, c = req.frame, req.frame.constraints
    # (a platform named by its client's name is no named platform: "Is Customer Service ...?")
    named = set(frame.named_platforms) or set(frame.platforms) - set(frame.env_platforms)
    if len(named) != 1 or frame.rows or c.levels or c.groups or frame.cues.list_words:
        return None
    return platform_runs(req, req.catalog.platform(named.pop()))


def _listed_topics(req: Request, rows: list[Item]) -> list[tuple[Topic, bool]]:
    """The topics the listed rows point to that are for the client asked and work where asked: the Service
    external APIs onsite are SOAP and Restful, and Customer Service has its own legacy SOAP services there too
    (not those for Sales, nor Online, where they are not available); each with whether the list is for where it
    works."""
    f = filters_of(req)
    out: list[tuple[Topic, bool]] = []
    for topic in dict.fromkeys(req.catalog.topic(t) for i in rows for t in i.see_also):
        platform = req.catalog.platform(topic.platform) if topic.platform is not None else None
        serves = platform is not None and bool(platform.clients) and bool(f.clients) \
            and all(c.value in platform.clients for c in f.clients)
        there = all((topic.onsite if e is Env.ONSITE else topic.online) is not False for e in f.envs)
        if serves and there:
            out.append((topic, bool(f.envs)))
    return out


def list_asks(req: Request) -> Answer:
    """Several list asks in one message ("(1) what can Service script with in the cloud? (2) anything at the DB
    tier for the self-hosted one?"): each ask's rows by its own filters, all of them in one table."""
    parts: list[tuple[str, list[str]]] = []
    rows: list[Item] = []
    names = {i.name for i in req.catalog.items}
    for ask in req.frame.asks:
        sub = replace(req, frame=ask.frame, env=None, client=None)
        if ask.listed:
            found = filtered(sub)
        else:  # an ask with a row of its own among the lists: that row, or the best fit of the need it tells
            about = ask.about if ask.about in names else req.catalog.need(ask.about).rows[0][0]
            found = req.rows([about])
        parts.append((describe_filter(sub) or found[0].name, [i.name for i in found]))
        rows += [i for i in found if i not in rows]
    verdict = msg.list_asks(len(req.frame.asks), parts)
    if not rows:
        return req.answer(verdict, suggestions=(msg.SHOW_ALL,))
    return req.answer(verdict, items=tuple(rows), table=True, links=item_links(rows, more=False))


def _none_there(req: Request, scope: str) -> Answer:
    """No row matches: "rows on the database tier - any of them usable on SO online?" says no, and shows the
    level's rows with where they do work (the environment the message asks about; the profile's still filters)."""
    c = req.frame.constraints
    if (listed := _pointed_at(req)) and not (c.levels or c.groups):
        # "which of those can I use online?" after the onsite Web client's points: none of those just shown
        shown = req.rows(listed)
        names = [i.name for i in shown]
        if c.clients:  # ("which of those are for Service?" after the Windows client's)
            verdict = msg.none_of_shown(names, f"serves {', '.join(x.value for x in c.clients)}")
        else:
            verdict = msg.none_of_shown(names, f"matches {scope}")
        return req.answer(verdict, items=tuple(shown), table=True, links=item_links(shown, more=False))
    near = filtered(req, ignore_env=True) if (c.levels or c.groups) and (c.envs or c.not_envs) else []
    if near:
        verdict = msg.list_empty_there(scope, describe_filter(req, ignore_env=True), [i.name for i in near])
        return req.answer(verdict, items=tuple(near), table=True, links=item_links(near, more=False))
    f = filters_of(req)
    clients = ", ".join(x.value for x in sorted(f.clients, key=lambda x: x.value))
    if (c.levels or c.groups) and f.clients and (f.clients_exact or f.not_clients):
        # "config level, helpdesk-only view": none is Service's alone; those that serve Service among others ("UI
        # workflow for the sales side only? (not the ticket stuff)": the rows shared with the client set aside)
        shared = _of_those(req, select(req.catalog.items, replace(f, clients_exact=False, not_clients=frozenset())))
        if shared:
            verdict = msg.list_shared_for(scope, clients, [i.name for i in shared])
            return req.answer(verdict, items=tuple(shared), table=True, links=item_links(shared, more=False))
    if (c.levels or c.groups) and f.clients and not c.not_clients:  # "which internal APIs are open to a
        # Service-only onsite customer?": none; the level's rows there, and whom they serve
        wider = replace(f, clients=frozenset(), clients_exact=False)
        near = select(req.catalog.items, wider)
        if (those := _of_those(req, near)) != near:  # ("do any of those work for sales too?": of the rows just
            near, label = those, msg.JUST_SHOWN  # listed, none serves Sales; not the level's other rows)
        else:
            label = describe_filter(req, ignore_client=True)
        if near:
            verdict = msg.list_empty_for(scope, label, [i.name for i in near], clients)
            return req.answer(verdict, items=tuple(near), table=True, links=item_links(near, more=False))
    return req.answer(msg.list_empty(scope), suggestions=(msg.SHOW_ALL,))


def filtered_without_only(req: Request) -> list[Item]:
    f = filters_of(req)
    return select(req.catalog.items, Filters(envs=f.envs, clients=f.clients, clients_exact=f.clients_exact,
                                             not_clients=f.not_clients, levels=f.levels, not_levels=f.not_levels,
                                             rows=f.rows))


def _narrowing(req: Request, rows: list[Item]) -> tuple[str, ...]:
    """Narrowing questions that would actually narrow these rows."""
    c = req.frame.constraints
    out = []
    if not c.envs and req.env is None and any(i.online for i in rows) and not all(i.online for i in rows):
        out.append(msg.which_of_those_online())
    for client in (Client.SERVICE, Client.SALES):
        serving = [i for i in rows if i.serves(client)]
        if not c.clients and req.client is None and serving and len(serving) < len(rows):
            out.append(msg.which_of_those_for(client.value))
            break
    return tuple(out)


__all__ = ["Act", "availability", "compare", "list_rows"]

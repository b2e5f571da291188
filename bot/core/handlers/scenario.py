"""The scenario handler: a need described in the asker's words, answered with the rows that serve it.

Options are the rows that work where the asker is (environment and client, from
the message, the thread or the profile), best fit first; rows of the need that
do not work there are named once, not offered. When none works there, the
closest row is named with why, and what serves the same need there instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from bot.core import messages as msg
from bot.core.catalog.model import Need
from bot.core.handlers.base import Request, handler, item_links
from bot.core.handlers.instead import alternatives
from bot.core.handlers.rows import availability_for, compare, list_asks, list_rows
from bot.core.model import Answer, Client, Env, Explanation, IntegrationPoint, Item, Platform, Section
from bot.core.understand import weights as w
from bot.core.understand.frame import Ask, Frame
from bot.core.understand.retrieval import stem
from bot.core.understand.text import INDEFINITE_ARTICLES, compact, tokens


def _candidates(req: Request) -> tuple[list[tuple[Item, str]], str, list[tuple[Platform, IntegrationPoint]]]:
    """The need's rows (with why each fits), the head of the verdict, and the need's platform points."""
    frame, cat = req.frame, req.catalog
    if frame.need is not None:
        need = cat.need(frame.need)
        listed = {name for name, _ in need.rows}
        # (a row the asker already has, outside the need, is the setting: "our Zapier flow runs fine. next: ...")
        rows = [(cat.item(n), cat.item(n).summary) for n in frame.named_rows if n not in listed
                and n not in frame.owned_rows]
        rows += [(cat.item(name), why) for name, why in need.rows if name not in frame.set_aside]
        # a row that serves the need only the way a constraint told beside it asks ("... nobody here codes")
        rows += [(cat.item(name), why) for when, name, why in need.given
                 if when in frame.also and name not in listed and name not in frame.set_aside]
        if not any(_fits(req, item) for item, _ in rows):  # "a small script inside the windows app" for a
            # Sales customer: the named platform's own row at the need's level, where none of the need's works
            levels = {cat.item(name).level for name, _ in need.rows}
            own = [(cat.item(n), cat.item(n).summary) for n in dict.fromkeys(frame.platform_rows)
                   if n not in listed and n not in frame.named_rows and n not in frame.set_aside
                   and cat.item(n).level in levels]
            if any(_fits(req, item) for item, _ in own):  # the need's words no longer say what is done
                return rows + own, msg.described_need(), []
        points = [(p, x) for p, x in cat.points_of(need, req.env)  # Customer Service's points are Service's
                  if req.client is None or p.serves(req.client)]
        # the platform the message names, when it has points for the need ("... pop up the caller's card in the
        # desktop app": the Windows client's COM API, not the Customer Service SOAP services)
        points = [(p, x) for p, x in points if p.id in frame.named_platforms] or points
        return rows, msg.need_head(need.need), points
    rows = [(cat.item(name), cat.item(name).summary) for name, _ in frame.described]
    return rows, msg.described_need(), []


@cache
def _need_words(need: Need) -> frozenset[str]:
    """The words of a need's own phrases."""
    return frozenset(t for phrase in need.words for t in tokens(phrase))


def _best(need: Need | None) -> str | None:
    """The row that serves a need best: the first it lists."""
    return need.rows[0][0] if need is not None and need.rows else None


@cache
def _need_phrases(need: Need) -> frozenset[str]:
    """A need's own phrases, spaces removed as a mention's alias is."""
    return frozenset(compact(phrase) for phrase in need.words)


def _asked_rows(req: Request) -> list[str]:
    """The rows the message names, less those only the need's own words name (never the need's best row): "a
    dropdown filled by our own code" ("dropdown" of Lists, a word of the need's phrases, however misspelt),
    "add extra fields to those cards yourself" (one of the need's phrases, an alias of Extra Tables) tell the
    need; they do not ask for the row. ("can I set up the Sales Guide there?" names it.)"""
    if req.frame.need is None:
        return list(req.frame.named_rows)
    need = req.catalog.need(req.frame.need)
    told = _need_words(need) | _need_phrases(need)
    best = _best(need)  # ("our nightly SQL cleanup scripts online - an option?": its best row, asked by name)
    by_name = {m.value for m in req.frame.mentions if m.kind == "row" and m.alias not in told
               and not set(tokens(m.said)) <= told}  # ("feeds dropdown list contents from code": its words)
    return [n for n in req.frame.named_rows if n == best or n in by_name]


def _rank(req: Request, rows: list[tuple[Item, str]]) -> list[tuple[Item, str]]:
    """Rows the message names first, then rows a distinctive word of whose name it uses ("projects" for
    Project Guide, not Sales Guide; "kundprojekt" by the row's stems), then what it says about each (coarse
    steps), then the data's order."""
    # a row the asker already has ("from one of our custom pages, javascript should call the server") is the
    # setting of the need, not its answer
    owned = set(req.frame.owned_rows) if req.frame.need is not None else set()
    named = set(_asked_rows(req)) - owned
    told = dict(req.frame.told)
    named_words = {t for m in req.frame.mentions if m.kind in ("platform", "web", "env") for t in tokens(m.said)}
    toks = tokens(req.text)
    existing = EXISTING | set(req.catalog.vocabulary.already)  # "already built", "the existing table"
    raw = [t for i, t in enumerate(toks) if t not in named_words and i not in req.frame.negated
           and not _located(toks, i) and existing.isdisjoint(toks[max(0, i - EXISTING_REACH):i])]
    # (not what a negation puts aside: "not a popup" echoes no Custom Dialogs; nor where something happens: "the
    # data on a web client page", "a link on the sale screen" echo no Custom Pages; nor what is there already:
    # "already built the table", "on top of the existing table" echo no Extra Tables)
    said = {stem(t) for t in raw}  # "web client" does not echo Windows Client
    # a word of the need's own echoes its best row only ("feeds dropdown list contents from code": not Lists)
    need = req.catalog.need(req.frame.need) if req.frame.need is not None else None
    own = {stem(t) for t in _need_words(need)} if need is not None else set()
    best = _best(need)
    # a row's distinctive words: its stems when the data gives them ("extra field" echoes User-defined Fields'
    # "field", not the "extra" of Extra Tables), else the words of its name
    name_words = {item.name: {stem(t) for t in tokens(item.name)} for item, _ in rows}
    shared = set.intersection(*name_words.values()) if name_words else set()  # "custom" of Custom Pages, Dialogs
    words = {item.name: {stem(t) for t in item.stems} or name_words[item.name] for item, _ in rows}

    offered = set(req.frame.platform_rows)  # what a platform the message names offers, first
    if not offered and req.frame.web_client:  # "in the onprem web client ... a popup": not the Windows client's
        clients = [req.catalog.web_client(req.env)] if req.env else [req.catalog.web_client(e) for e in Env]
        offered = {r for p in clients if p is not None for pt in p.points for r in pt.items}
    # as for its name's words, a word of the need's own phrases echoes its best row only, while that row is where
    # the asker is: "ships its own tables ... versioned schema steps" is Continuous Database's need and "tables"
    # echoes no Extra Tables; "a completely new screen in SO Web" (not the Service screens) echoes Custom Pages
    best_here = best is not None and _fits(req, req.catalog.item(best)) and (not offered or best in offered)
    heard = [t for t in raw if stem(t) not in own] if best_here else raw

    def compound(item: Item) -> bool:  # "kundprojekt", "projektledarna": the row's word inside a longer one
        return any(t.startswith(s) or t.endswith(s) for s in item.stems for t in (raw if item.name == best else heard))
    # "no coding": no-code rows; a row that meets more of the constraints told ("on its own ... zero code") first
    # (a constraint's levels meet it too: "... a register of moulds ... without code" keeps Extra Tables, a UI workflow
    # row, before Continuous Database)
    also = [{name for name, _ in c.rows} | ({i.name for i in req.catalog.items if i.level in c.levels}
                                            if c.constraint else set())
            for c in map(req.catalog.need, req.frame.also)]
    most = max((told.get(i.name, 0.0) for i, _ in rows), default=0.0) or 1.0

    levels = set(req.frame.constraints.levels)
    # a level that a constraint told beside it rules out, and that the need's best row is not at, is no requirement
    # ("Tove says only a script can do that ... without anyone writing code": the script is the rival claim, no code
    # the need; not "its own tables in the SO database ..., not tables an admin clicks together": the need's level)
    allowed = {lv for c in map(req.catalog.need, req.frame.also) if c.constraint for lv in c.levels}
    if allowed and not levels & allowed and best is not None and req.catalog.item(best).level not in levels:
        levels = set()
    # "no script, a rule set up in admin": not the scripting rows (not "not a desktop-client script": that one)
    not_levels = set() if any(m.kind == "platform" and m.negated for m in req.frame.mentions) \
        else set(req.frame.constraints.not_levels)
    # "which provider type do we implement?" (not "would rather not build a compiled plugin")
    # (not a family only passed through: "whenever a sale is saved through the web services")
    family = {n for m in req.frame.mentions if m.kind == "group" and not m.negated and not _through(toks, m.said)
              for n in req.catalog.vocabulary.groups[int(m.value)].rows}

    # the best row of a need the message refuses ("no separate register": a table of one's own), unless it is the
    # best of the need asked (not a need platforms' points serve too: "not an embedded web panel" refuses the
    # panel, not the custom page)
    refused: set[str | None] = set()
    if need is not None:
        refused = {_best(req.catalog.need(n)) for n in req.frame.refused
                   if n != req.frame.need and not req.catalog.need(n).points} - {best}
        # ("real script, not point-and-click rules": a constraint refused refuses the levels it stands for)
        refused_levels = {lv for n in req.frame.refused for lv in req.catalog.need(n).levels}
        refused |= {item.name for item, _ in rows if item.level in refused_levels}

    def key(entry: tuple[Item, str]) -> tuple[int, int, int, int, int, int, int, int, int, int]:
        item = entry[0]
        echoed = bool((words[item.name] - shared) & (said if item.name == best else said - own)) or compound(item)
        elsewhere = bool(offered) and item.name not in offered
        share = told.get(item.name, 0.0) / most  # what the message says about it, in steps of the best
        says = w.TELLS_STEPS if share >= w.TELLS_TIE else int(share * w.TELLS_STEPS)
        # a level the message names ("needs scripting to automate ticket handling"), a constraint it states
        # ("without anyone writing code"), before the named platform's own points
        # "... search lists. what internal api rows?": a row named outside the level (or the family: "a dropdown
        # ... which provider type?") the message asks about is a common word there, not the answer
        outside = (bool(levels) and item.level not in levels) or (bool(family) and item.name not in family)
        return (int(item.name in owned), int(item.level in not_levels), int(item.name not in named or outside),
                int(outside),
                sum(item.name not in rows for rows in also), int(item.name in refused), int(elsewhere),
                int(not echoed), -says, rows.index(entry))
    return sorted(rows, key=key)


EXISTING = frozenset({"existing", "eksisterende", "befintlig", "befintliga", "bestehende", "bestehenden",
                      "bestaande"})  # what the asker has (and the vocabulary's words for "already")
EXISTING_REACH = 3  # words back from a word within which "already", "existing" make it what the asker has
LOCATIVES = frozenset({"on", "in", "inside", "within", "from", "at", "onto", "into", "på", "i", "auf", "im", "op"})
OWN_WORDS = frozenset({"new", "own", "extra", "ny", "nytt", "nya", "nye", "neue", "neuer", "neues", "nieuwe", "nieuw",
                       "egen", "eget", "egna", "egne", "eigene", "eigenes", "eigenen", "eigen"})  # a thing to build
LOCATED_REACH = 4  # words back from a noun within which a locative makes it a place ("on a web client page")


THROUGH = frozenset({"through", "via", "over", "gjennom", "genom", "igennem", "durch", "über", "door"})


def _through(toks: list[str], said: str) -> bool:
    """Whether the words `said` stand right after a path word, or after one and "the": "saved through the web
    services" passes through them (not "through a plug-in we write": one to build)."""
    words = said.split()  # (a mention's words, normalised already)
    for i in range(len(toks) - len(words) + 1):
        if toks[i:i + len(words)] == words and i and (toks[i - 1] in THROUGH or (
                i > 1 and toks[i - 2] in THROUGH and toks[i - 1] not in INDEFINITE_ARTICLES)):
            return True
    return False


def _located(toks: list[str], i: int) -> bool:
    """Word i names where something happens: a locative a few words before it, only articles, possessives and
    names between ("on a web client page", "on the sale screen"; not "a new page in the web client")."""
    for k in range(i - 1, max(-1, i - LOCATED_REACH - 1), -1):
        if toks[k] in LOCATIVES:
            return True
        if toks[k] in OWN_WORDS:
            return False
    return False


def _fits(req: Request, item: Item) -> bool:
    return (req.env is None or item.available(req.env)) and (req.client is None or item.serves(req.client))


@handler("scenario")
def scenario(req: Request) -> Answer:
    """Rows that serve a described need, for the asker's environment and client."""
    frame = req.frame
    if len(frame.asks) >= 2 and all(a.listed for a in frame.asks):  # "(1) what can they script with in the
        return list_asks(req)  # cloud? (2) anything at the DB tier for the self-hosted one?": lists, each its own
    if len(frame.asks) >= 2 and (several := _several(req)) is not None:
        return several
    moving = frame.constraints.moving is not None and bool(frame.constraints.levels or frame.constraints.groups)
    if frame.constraints.levels and frame.need is None and (not frame.described or moving or (
            frame.level_asked and not frame.cues.asks_name)):
        return list_rows(req)  # "which external APIs can we use?", "which internal api rows would they lose?"
    need = req.catalog.need(frame.need) if frame.need is not None else None
    if (need is not None and need.constraint and need.levels and not frame.also and not frame.named_rows
            and ((frame.cues.list_hint and frame.cues.question) or frame.constraints.everything)
            and not (frame.cues.asks_name or frame.cues.yes_no)):
        return list_rows(req)  # "no devs on this project. what can I set up?", "nobody can code. give me everything
        # we can configure": how, not what; the levels it allows
    rows, head, points = _candidates(req)
    levels = frame.constraints.levels
    # "..., what's supported", "I need every external-API option a SuperOffice Online customer can use."
    asked = frame.cues.question or (frame.level_asked and (frame.cues.asks_what or frame.cues.list_words))
    # (a row named at the level asked about is a word of the need: "keen on SQL ... what's at the database level?")
    at_level = frame.level_asked and all(req.catalog.item(n).level in levels for n in frame.named_rows)
    if (levels and frame.need is not None and (not frame.named_rows or at_level) and frame.cues.list_hint and asked
            and (all(i.level not in levels for i, _ in rows) or frame.cues.asks_rows
                 or (frame.level_asked and not frame.cues.asks_name))):
        return list_rows(req)  # "no developers; what can the admin set up at the configuration level?": the
        # need is context, the level the message names is what it asks for
    if levels and frame.need is None:
        rows = [(i, y) for i, y in rows if i.level in levels] or rows
    ranked = _rank(req, rows)
    fits = [(i, y) for i, y in ranked if _fits(req, i)]
    carried = req.state is not None and req.state.need == frame.need and frame.named_rows[:1] == req.state.items[:1]
    asked_rows = _asked_rows(req)
    if asked_rows and asked_rows[0] == frame.named_rows[0] and (frame.cues.yes_no or carried) \
            and not _fits(req, req.catalog.item(asked_rows[0])):
        return _named_does_not_fit(req, fits, carried)
    if len(frame.named_rows) >= 2 and (frame.cues.choice or frame.cues.contrast):  # "udf or extra tables for a
        # service-only customer, which one can they use?": the rows named, side by side
        return compare(req)
    scope = msg.scope_of(req.env.value if req.env else None, req.client.value if req.client else None)
    head = f"{head} ({req.profile_note()[1:-1] or scope})" if scope else head
    point_lines = tuple(msg.point_on(p.name, plat.name, p.summary) for plat, p in points)
    sections: list[Section] = []
    left_out = [i for i, _ in ranked if not _fits(req, i)]
    meeting = _meeting(req, ranked)
    if meeting and not any(_fits(req, i) for i in meeting):  # "pushed to mailchimp, no coding. customer is
        # onsite": what does it the way the asker said works elsewhere only - that, and what works there instead
        verdict, shown = _none_fits(req, head, meeting[0], sections, [i for i, _ in fits])
        left_out = []
    elif fits:
        verdict, shown = msg.best_fit(head, fits[0][0].name), fits
    elif points:  # no row works there, the platforms' own integration points do
        verdict, shown = msg.use_points(head, [p.name for _, p in points]), []
    elif ranked:
        verdict, shown = _none_fits(req, head, ranked[0][0], sections)
        left_out = []
    else:
        verdict, shown = msg.nothing_else(head, frame.set_aside), []
    if shown:
        sections.insert(0, Section(title=msg.OPTIONS_TITLE, bullets=tuple(
            msg.option_line(i.name, i.level, i.clients, i.onsite, i.online, y) for i, y in shown)))
    if left_out and (req.env is not None or req.client is not None):
        sections.append(Section(paragraphs=(_left_out(req, left_out),)))
    if point_lines:
        sections.append(Section(title=msg.POINTS_TITLE, bullets=point_lines))
    asks_env = req.env is None and any(i.onsite != i.online for i, _ in ranked)
    if asks_env:
        sections.append(Section(paragraphs=(msg.ASK_ENV,)))
    items = tuple(i for i, _ in shown)
    platform = _platform(req, {plat.id for plat, _ in points}, bool(items))
    note = f"need {frame.need}" if frame.need else "described: " + ", ".join(f"{n} {s:.1f}" for n, s in frame.described)
    return req.answer(verdict, sections=tuple(sections), items=items, table=bool(items), platform=platform,
                      links=item_links(items, more=False), suggestions=msg.ENV_CHOICES if asks_env else (),
                      clarify="env" if asks_env else None, explanation=Explanation("", 0.0, note=note))


def _meeting(req: Request, ranked: list[tuple[Item, str]]) -> list[Item]:
    """The ranked rows that meet every constraint told beside the need ("no coding": the no-code rows); none
    when no such constraint is told."""
    constraints = [req.catalog.need(n) for n in req.frame.also]
    sets = [{name for name, _ in c.rows} for c in constraints if c.constraint and c.alone]
    return [i for i, _ in ranked if all(i.name in s for s in sets)] if sets else []


def _named_does_not_fit(req: Request, fits: list[tuple[Item, str]], carried: bool = False) -> Answer:
    """"Can a service-only customer even use udfs? they want a checkbox": no, and why (the row's own
    answer), then what serves the need where the asker is. For the thread's recommended row carried to a
    new place ("and onsite?" after Database Mirroring), the need's own options there stand for the row's
    generic alternatives."""
    # (the thread's recommended row carried to a new place: what serves the need there, when something does - "und in
    # der Cloud?" after a check on save is no question for a copy of the database)
    need = req.catalog.need(req.frame.need) if carried and req.frame.need and req.env else None
    served = need is not None and req.env is not None and bool(req.catalog.points_of(need, req.env))
    asked = availability_for(req, need=need if served else None)
    if carried and fits:
        instead = {msg.instead(e.value) for e in Env}
        asked = replace(asked, sections=tuple(x for x in asked.sections if x.title not in instead),
                        items=asked.items[:1])
    shown = [(i, y) for i, y in fits if i not in asked.items]
    if not shown:
        return asked
    options = Section(title=msg.OPTIONS_TITLE, bullets=tuple(
        msg.option_line(i.name, i.level, i.clients, i.onsite, i.online, y) for i, y in shown))
    return replace(asked, sections=(*asked.sections, options), items=(*asked.items, *(i for i, _ in shown)))


def _platform(req: Request, listing: set[str], rows: bool) -> Platform | None:
    """The platform the answer is about: the one the message names, else the one that lists the points shown
    (for more than one, the one where the asker is, e.g. the online Web client)."""
    if req.frame.named_platforms:
        return req.catalog.platform(req.frame.named_platforms[0])
    own = [p for p in map(req.catalog.platform, sorted(listing)) if req.client and p.clients == (req.client.value,)]
    if own:  # "our monitoring tool should open tickets in their SuperOffice Service": its own points, beside rows
        return own[0]
    if rows or not listing:
        return None
    here = req.catalog.web_client(req.env) if req.env else None
    if len(listing) > 1 and here is not None and here.id in listing:
        return here
    return req.catalog.platform(listing.pop()) if len(listing) == 1 else None


def _none_fits(req: Request, head: str, first: Item, sections: list[Section],
               prefer: Sequence[Item] = ()) -> tuple[str, list[tuple[Item, str]]]:
    """Nothing of the need works where the asker is: the closest row, why, and what works there instead (the
    need's rows that do, `prefer`, first)."""
    env = req.env if req.env is not None and not first.available(req.env) else None
    verdict = msg.none_fits(head, req.env.value if req.env else None, req.client.value if req.client else None,
                            first.name, _why_not(req, first))
    shown = [(first, first.summary)]
    if req.env is not None:
        if first.only_because and env is not None:  # why it is one environment's only, when that is the reason
            sections.append(Section(title=msg.WHY_TITLE, paragraphs=(first.only_because,)))
        need = req.catalog.need(req.frame.need) if req.frame.need is not None else None
        alts, alt_points = alternatives(req.catalog, first, req.env, req.client, need=need)
        alts = [*prefer, *(a for a in alts if a not in prefer)][:max(len(alts), len(prefer))]
        bullets = [msg.point_on(p.name, plat.name, p.summary) for plat, p in alt_points]
        bullets += [msg.alternative_line(a.name, a.level, a.clients, a.summary) for a in alts]
        if bullets:
            sections.append(Section(title=msg.instead(req.env.value), bullets=tuple(bullets)))
        shown += [(a, a.summary) for a in alts]
    return verdict, shown


def _left_out(req: Request, items: list[Item]) -> str:
    """One line naming the need's rows that do not work where the asker is, each with its own reason
    (CRMScript is left out of a Sales customer's options for its client, not its environment)."""
    off_env = [i.name for i in items if req.env is not None and not i.available(req.env)]
    off_client = [i.name for i in items if i.name not in off_env]
    return msg.left_out(req.env.value if req.env else None, req.client.value if req.client else None,
                        off_env, off_client)


def _several(req: Request) -> Answer | None:
    """Several asks in one message ("three asks: a page ..., a popup ..., server code ..."), each with its
    row. Rows a move leaves behind, when the asks are what the customer has ("Things we've built: ... Which of
    these will stop working after the move?"); the rows that work where the asker is, when the message sifts
    them ("which of these can they get on SaaS?"); else the row that fits each ask there. None when fewer
    than two asks find a row of their own."""
    frame, c = req.frame, req.frame.constraints
    envs = list(dict.fromkeys(c.envs))
    keeping = frame.cues.keeping and c.moving != "lose"  # "which of these survive the move?"
    destination = envs[-1] if (c.moving == "lose" or keeping) and len(envs) == 2 else None
    if (c.moving == "lose" or keeping) and len(envs) == 1:  # one place named: where it moves to, unless it is
        # where it moves from ("moving off its own servers to SO Online"; "zieht von SuperOffice Online zurück")
        destination = envs[0] if c.origin != envs[0] else next(e for e in Env if e != envs[0])
    origin = next((e for e in (*envs, *Env) if e != destination), None)
    chosen: list[tuple[Ask, Item]] = []
    own = {id(ask): _ask_client(ask, frame.asks, req) for ask in frame.asks}
    for ask in frame.asks:
        env = origin if destination is not None else req.env  # what the customer has, where they are now
        # each ask its own row, but the parts of one ask (the same need twice) no second one
        if any(a.about == ask.about for a, _ in chosen):
            continue
        item = _choice(replace(req, frame=_in_context(ask.frame, frame), env=env, client=own[id(ask)]),
                       [other for _, other in chosen])
        if item is not None:
            chosen.append((ask, item))
    if len(chosen) < 2:
        return None
    client = req.client if all(own[id(a)] == req.client for a, _ in chosen) else None  # (each ask its own)
    scope = msg.scope_of(req.env.value if req.env else None, client.value if client else None)
    if destination is not None:
        gone = [i.name for _, i in chosen if not i.available(destination)]
        kept = [i.name for _, i in chosen if i.available(destination)]
        shown = [(a, i) for a, i in chosen if (i.name in kept) is keeping]
        verdict = msg.asks_moved(len(chosen), origin.value if origin else "", destination.value, gone, kept,
                                 keeping)
    else:
        shown = [(a, i) for a, i in chosen if _fits(replace(req, client=own[id(a)]), i)]
        off = [f"{i.name} ({_why_not(replace(req, client=own[id(a)]), i)})" for a, i in chosen if (a, i) not in shown]
        verdict = msg.asks_kept(len(chosen), scope, [i.name for _, i in shown], off) if frame.cues.picks or off \
            else msg.asks_each(len(chosen), scope, [i.name for _, i in shown])
    lines = tuple(msg.ask_line(a.said, i.name, f"{i.level}, {msg.both(i.clients)}, {msg.where(i.onsite, i.online)}")
                  for a, i in chosen)
    # (none of them fits: the answer is about every row asked, as a "No" about one row is about it)
    items = tuple(i for _, i in shown or chosen)
    sections = [Section(title=msg.ASKS_TITLE, bullets=lines)]
    asks_env = req.env is None and destination is None and any(i.onsite != i.online for _, i in chosen)
    if asks_env:  # "three asks: a new page, ...": which rows fit depends on where the customer is
        sections.append(Section(paragraphs=(msg.ASKS_ENV,)))
    return req.answer(verdict, sections=tuple(sections), items=items, table=bool(items),
                      links=item_links(items, more=False),
                      explanation=Explanation("", 0.0, note=f"{len(frame.asks)} asks"))


def _ask_client(ask: Ask, asks: tuple[Ask, ...], req: Request) -> Client | None:
    """The client one of several asks is for: the one it names, else none when another ask names the client the
    request has ("1) extra fields on the company card; 2) in customer service an automatic reply": Service is the
    second ask's), else the request's."""
    named = set(ask.frame.constraints.clients)
    if len(named) == 1:
        return next(iter(named))
    if not named and req.client is not None and any(req.client in a.frame.constraints.clients for a in asks):
        return None
    return req.client


def _in_context(ask: Frame, whole: Frame) -> Frame:
    """An ask with the platform the whole message names ("SO Web on their own server. three asks: ..."),
    when it names none of its own."""
    if ask.named_platforms or not (whole.named_platforms or whole.web_client):
        return ask
    return replace(ask, platforms=whole.platforms, named_platforms=whole.named_platforms,
                   platform_rows=whole.platform_rows, web_client=whole.web_client)


def _choice(req: Request, taken: list[Item]) -> Item | None:
    """The row one ask names, else the row that fits it best where the request is, else the closest; not one
    an earlier ask took (each ask its own row: "own data table ..., own screen ..."). None when there is none."""
    if req.frame.named_rows:
        named = req.catalog.item(req.frame.named_rows[0])
        return None if named in taken else named
    rows, _, _ = _candidates(req)
    ranked = [i for i, _ in _rank(req, rows) if i not in taken] if rows else []
    return next((i for i in ranked if _fits(req, i)), ranked[0] if ranked else None)


def _why_not(req: Request, item: Item) -> str:
    """'onsite only', 'for Service only', or both: why a row does not work where the asker is."""
    env = req.env is not None and not item.available(req.env)
    client = req.client is not None and not item.serves(req.client)
    return " and ".join(x for x in (msg.where(item.onsite, item.online) if env or not client else "",
                                    msg.only_for(item.clients) if client else "") if x)

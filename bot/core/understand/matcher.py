"""Understanding one message: read it, freeze what it says into a Frame, rank the intents, choose the act.

    text -> Reader.read (one lexicon pass: names, cues, needs, details, coverage)
         -> Frame (frozen) -> Ranker.rank (named score components) -> the act
"""

from __future__ import annotations

from dataclasses import fields, replace

from bot.core.attrs import set_state
from bot.core.catalog.model import Catalog
from bot.core.model import Env
from bot.core.understand.filters import FilterWords
from bot.core.understand.frame import Act, Ask, Frame
from bot.core.understand.rank import Match, Ranker
from bot.core.understand.reader import ENTITY_KINDS, PLACEHOLDER, Reader, Reading
from bot.core.understand.text import asker_lines, enumerations, telegraphed, tokens

MAX_ASKS = 8  # parts of a list read as asks, at most
_FIELDS = tuple(f.name for f in fields(Frame))
# every field an init field and no __post_init__: a Frame is its fields' values, and may be copied as such
_PLAIN = all(f.init for f in fields(Frame)) and not hasattr(Frame, "__post_init__")


def _changed(frame: Frame, **changes: object) -> Frame:
    """`replace(frame, **changes)` at a third of its cost (a frame is finished once or twice a message): the
    fields' values copied, not passed through the frozen `__init__` one by one; cached properties not kept."""
    if not _PLAIN:
        return replace(frame, **changes)  # type: ignore[arg-type]
    new = object.__new__(Frame)
    state, old = new.__dict__, frame.__dict__
    for name in _FIELDS:
        state[name] = old[name]
    state.update(changes)
    return new


class Matcher:
    """The reader, the ranker and the filter words of one catalog (swapped together on reload)."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.reader = Reader(catalog)
        self.filter_words = FilterWords(catalog)
        examples = {i.id: [self.delexicalise(e) for e in i.examples] for i in catalog.intents}
        self.ranker = Ranker(catalog, examples)
        self._webs = [w for w in (catalog.web_client(e) for e in Env) if w is not None]  # the two Web clients

    def delexicalise(self, text: str) -> str:
        """The text with named things replaced by their kind: 'can i use ITEM ENV'."""
        toks = tokens(text)
        out = list(toks)
        for hit in self.reader.lexicon.spans(toks, ENTITY_KINDS):
            out[hit.start] = PLACEHOLDER.get(hit.meanings[0].kind, "X")
            for k in range(hit.start + 1, hit.end):
                out[k] = ""
        return " ".join(x for x in out if x)

    def read(self, text: str, whole: bool = True) -> tuple[Reading, Frame]:
        """The message read, and its frame before an act is chosen (with the several asks it enumerates, each
        read on its own, unless it is one of those itself: not `whole`)."""
        text = telegraphed(asker_lines(text)) if whole else text  # (a pasted chat: what the asker wrote; its
        # parts are read from it already)
        r = self.reader.read(text, ask=not whole)
        frame = Frame(
            text=text, size=r.size, length=len(r.toks), bracketed=len(r.aside),
            rows=tuple(r.rows), named_rows=tuple(r.named_rows), set_aside=tuple(r.set_aside),
            owned_rows=tuple(r.owned_rows),
            platforms=tuple(r.platforms), named_platforms=tuple(r.named_platforms),
            env_platforms=tuple(r.env_platforms), web_client=r.web_client,
            points=tuple(r.points), platform_rows=tuple(r.platform_rows), topic=r.topic, need=r.need,
            need_rows=self.catalog.need(r.need).row_names() if r.need else (),
            need_score=r.need_score, also=tuple(r.also), refused=tuple(r.refused),
            described=tuple(r.described), told=tuple(r.told), constraints=r.constraints, cues=r.cues,
            detail=r.detail, detail_words=r.detail_words, detail_cells=frozenset(r.detail_cells),
            coverage=r.coverage, mentions=tuple(r.mentions),
            delex=r.delex, negated=r.negated, platform_asked=r.platform_asked,
            level_asked=r.level_asked,
            asked_intents=r.asked_intents, strong=frozenset(r.strong))
        if whole and (asks := self._asks(text, r)):
            frame = _changed(frame, asks=asks)
        return r, frame

    def _asks(self, text: str, reading: Reading) -> tuple[Ask, ...]:
        """Several asks the message enumerates, each read on its own: the list whose parts name or describe
        the most different rows or needs (at least two). A list counts when its asks are marked ("(a) ...
        (b) ..."), counted ("three asks: ..."), sifted ("which of these ...?") or part of a move ("... what
        stops working after the move?")."""
        cued = reading.picks_asked or reading.cues.counted or _moves(reading)
        if not cued and ")" not in text:  # (no list of asks can be marked: no reading of its parts at all)
            return ()
        marked, lists = enumerations(text, choices=reading.picks_asked)
        if not (marked or cued):
            return ()
        best: tuple[Ask, ...] = ()
        subjects = 0
        for parts in lists:
            if len(parts) > MAX_ASKS:  # a long run of commas is a story, not a list of asks (and each part
                continue  # read on its own costs a reading)
            read = [Ask(part, self.read(part, whole=False)[1]) for part in parts]
            if marked and _asked_of_the_rest(read, self.catalog):
                continue  # "- cust: ...\n- want: ...\n- open q: is there a no-code route for this?": one story
            asks = tuple(ask for ask in read if ask.about or ask.listed)
            # (asks marked or counted are the asker's own split: "two asks: (1) ... (2) ...")
            told = len({a.about or a.listed for a in asks} if marked or reading.cues.counted else self._subjects(asks))
            if told >= 2 and told > subjects:
                best, subjects = asks, told
        return best

    def _subjects(self, asks: tuple[Ask, ...]) -> set[str]:
        """What asks found in a message's commas are about, a row only described counted with a need told beside
        it that lists it ("scripts inside the application server ..., reacting to calls that touch sales plus
        service data": one need, NetServer scripting, told in two parts)."""
        needs = {a.frame.need for a in asks if a.frame.need}
        rows = {name for n in needs for name, _ in self.catalog.need(n).rows}
        return {a.about or a.listed for a in asks
                if a.frame.named_rows or a.frame.need or a.about not in rows}

    def rank(self, reading: Reading, frame: Frame, lift: str | None = None) -> list[Match]:
        """Every intent with its score for the frame, best first (a message ranked again, its platform resolved
        or as a follow-up, keeps its example closeness)."""
        if reading.closeness is None:
            reading.closeness = self.ranker.closeness(reading.delex)
        return self.ranker.rank(frame, reading.keywords, reading.keyword_words, reading.keyword_cells,
                                reading.closeness, lift)

    def resolve_platforms(self, frame: Frame, env: Env | None) -> Frame:
        """'web client' plus an environment names one of the two Web clients; a platform question about
        Online with no client named is about the online Web client; points name the platforms listing them."""
        platforms, named, holders = list(frame.platforms), list(frame.named_platforms), frame.point_holders
        web = self.catalog.web_client(env) if env else None
        listing = [p for p in self.catalog.platforms if any(pt.name in frame.points for pt in p.points)] \
            if frame.points else []  # the platforms that list the points named
        if frame.web_client and not platforms and frame.constraints.names_both_envs and frame.cues.contrast:
            # "the hosted web client vs the onsite one": both Web clients, side by side
            platforms += [w.id for w in self._webs]
            named += [w.id for w in self._webs]
        elif frame.web_client and web and not any(self.catalog.platform(p).generic for p in platforms):
            platforms.append(web.id)
            named.append(web.id)
        elif not platforms and env is Env.ONLINE and web and (frame.web_client or frame.points):
            platforms.append(web.id)
        elif not platforms and frame.points and frame.web_client and not any(w in listing for w in self._webs):
            # "the automation engine in the web client?": the Web clients asked about, which do not list it (not
            # the Windows client, which does)
            platforms += [w.id for w in self._webs]
            holders = tuple(p.id for p in listing)
        elif not platforms and frame.points:  # "webhooks onsite?": the platforms that list them
            fitting = [p for p in listing if env is None or env in p.env] or listing
            platforms += [p.id for p in fitting[:1]]
            holders = tuple(p.id for p in listing)
        if platforms == list(frame.platforms) and holders == frame.point_holders:
            return frame
        return _changed(frame, platforms=tuple(platforms), named_platforms=tuple(named), point_holders=holders)

    def finish(self, frame: Frame, top: Match, topic: str | None = None) -> Frame:
        """The frame with its act, the intent that answers, and the topic it is about."""
        intent = top.intent
        return _changed(frame, act=Act(intent.act), intent=intent.id, topic=topic or intent.topic or frame.topic)


def _moves(reading: Reading) -> bool:
    """A move from one environment to the other ("leaving their own servers for SuperOffice Online ... what
    stops working?"), not a word of losing alone ("will the next upgrade break?")."""
    c = reading.constraints
    return (c.moving is not None or reading.cues.keeping) and len(set(c.envs)) == 2


POINTING_BACK = frozenset({"this", "that", "these", "those", "it", "them"})


def _asked_of_the_rest(parts: list[Ask], catalog: Catalog) -> bool:
    """One part alone asks, pointing back at what the others tell ("open q: which internal API is this?", "is
    there a no-code route for this?"), naming nothing of its own (a row, a topic, a need other than how it is to
    be done): the parts are one story around one question, not several asks."""
    asking = [p for p in parts if "?" in p.said]
    if len(asking) != 1:
        return False
    f = asking[0].frame
    own_need = f.need is not None and not catalog.need(f.need).constraint
    return bool(POINTING_BACK & set(tokens(asking[0].said))) and not (f.named_rows or own_need or f.topic)

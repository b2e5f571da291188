"""Whether a message continues its thread, decided by its frame: one ordered table of named rules.

A message continues the thread only when its frame lacks what a full question
has: no subject of its own ("and online?", "what about Service?"), a pronoun
pointing back ("does it work there?"), an explicit reference ("compare it with
DataHandlers", "the two"), or a new name with nothing asked about it ("and
sentry plugins?"). A full question is answered exactly as if asked alone. Small
talk, gibberish and a bare "?" never re-answer the previous question.

The first rule that applies decides; each rule's example is its test's id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.core.catalog.model import Catalog
from bot.core.model import Client, Env, Platform
from bot.core.state import ConversationState
from bot.core.understand import weights as w
from bot.core.understand.frame import WEAK_DETAILS, Constraints, Cues, Frame
from bot.core.understand.rank import Match
from bot.core.understand.reader import placed_at
from bot.core.understand.text import tokens

SMALL_TALK = frozenset({"greeting", "thanks", "goodbye", "help"})
PLATFORM_INTENT = "platform"  # a platform's integration points
LISTED_MAX = 6  # "do those work online?" answers at most this many rows one by one
ROW_INTENTS = frozenset({"list", "compare", "availability", "describe", "scenario"})

Test = Callable[[Frame, Match, ConversationState], bool]


@dataclass(frozen=True)
class Rule:
    """One line of the follow-up policy."""

    name: str
    example: str
    continues: bool
    applies: Test


def _nothing_to_read(f: Frame, m: Match, s: ConversationState) -> bool:
    return not f.mentions and not m.keywords and not (f.cues.pronoun or f.cues.opener or f.cues.contrast
                                                      or f.cues.instead)


def _new_words(f: Frame, s: ConversationState) -> list[str]:
    """The words nothing explains that the thread has not heard before: "ok, and for the helpdesk crew at the
    chutney plant?" after "... on SuperOffice Online? (chutney exporter)" repeats the asker's setting."""
    label = _label_words(f)  # (who asks, told in a label: "Tilføjelse fra godkenderen: og hvis ...?")
    return [t for t in f.coverage.unexplained if t not in s.setting and t not in label]


def _label_words(f: Frame) -> set[str]:
    """The setup's words in a short label before the message's first colon, when a follow-up's opener comes right
    after it ("Tilføjelse fra godkenderen: og hvis vi flytter til skyen?")."""
    head, colon, _ = f.text.partition(": ")
    words = tokens(head)
    if not colon or len(words) > w.FOLLOWUP_LABEL_WORDS or not f.cues.opener:
        return set()
    return set(words) & set(f.coverage.setup)


def _platform_label(f: Frame) -> bool:
    """The message opens with a platform's name as its label ("Customer Service (CS) extensibility: ...")."""
    said = [m.said for m in f.mentions if m.kind == "platform" and not m.negated]
    head = f.text.split(":", 1)[0] if ":" in f.text else ""
    return bool(said) and bool(head) and " ".join(tokens(head)).startswith(said[0])


def _platform_as_place(f: Frame) -> bool:
    """A pronoun, and the platforms named only as where it is asked about ("do they exist in the windows client?"):
    the place of what the pronoun points at, no subject of its own."""
    if not f.cues.pronoun:
        return False
    toks = tokens(f.text)
    said = [m.said.split() for m in f.mentions if m.kind == "platform" and not m.negated]
    return bool(said) and all(any(toks[i:i + len(s)] == s and placed_at(toks, i) for i in range(len(toks)))
                              for s in said)


def _opens_with_row(f: Frame) -> bool:
    """The message's first words name a row ("Custom Dialogs, same deal or different?")."""
    said = [m.said for m in f.mentions if m.kind == "row" and not m.negated]
    return bool(said) and " ".join(tokens(f.text)).startswith(said[0])


def _own_detail(f: Frame, m: Match, s: ConversationState) -> bool:
    """A detail beyond the data, asked in full ("which SQL Server versions?"), not about the thread ("and its
    price?")."""
    return f.detail is not None and f.detail not in WEAK_DETAILS and not (f.cues.pronoun or f.cues.opener)


def _answers_clarification(f: Frame, m: Match, s: ConversationState) -> bool:
    own = bool(f.constraints.envs or f.platforms or f.web_client)
    plain = not _new_words(f, s)  # "we are online", not "what is SuperOffice Online replication?"
    # (an answer tells, it asks nothing of its own: not "which features does superoffice mobile support?")
    return s.pending is not None and own and plain and not f.named_rows and f.size <= w.SHORT_MESSAGE \
        and not f.cues.interrogative


def _points_back(f: Frame, m: Match, s: ConversationState) -> bool:
    """A pronoun in a short message with nothing of its own: "does it work there?" (not "wat is de
    hoofdstad van Australië?", whose words nothing explains)."""
    # a concept's words are a subject of their own, unless one word in a message that opens as a follow-up
    # ("and which level are they on?")
    short = f.cues.opener or (f.cues.pronoun and f.size <= w.SHORT_MESSAGE)  # "what level is it on?": the
    # thread's row's level
    # ("could that also work if we move to the cloud?": one concept phrase that holds a place, after a pointer)
    places = [x.alias for x in f.mentions if x.kind == "env"]
    carried = f.cues.pronoun and not f.subject and any(a in p for a in places for p in m.phrases)
    concept = m.intent.act == "concept" and bool(m.phrases) and not ((short or carried) and len(m.phrases) == 1)
    # ("Customer Service (CS) extensibility: what does it offer ...?": "it" is the label's platform; "what about
    # webhooks, are they available?": an integration point of its own)
    own = bool(f.rows or (f.named_platforms and not _platform_as_place(f)) or f.points or f.need or f.topic) \
        or concept or _platform_label(f)
    c = f.constraints  # "every single internal-api row, list them": a level, family or client named before the
    # pointer
    own = own or (bool(c.levels or c.groups or c.everything or c.clients) and f.cues.points_within and not short)
    # (words that tell the setting around the question are no subject: "Hvad sker der med dem, hvis
    # rapsolie-presseriet skifter til SuperOffice Online - kan de beholdes?")
    setting = set(f.coverage.setup)
    strange = len([t for t in _new_words(f, s) if t not in setting]) > 1
    # "it" in "list everything that ..." is no pointer; "anything else" is ("else": besides the thread's rows)
    pointing = f.cues.reference or f.cues.other or (f.cues.pronoun and not f.cues.list_words)
    # "... they're moving to SO online next year - which of that list still works after?": a pointer that names
    # what it points at reaches back however long the message
    size = f.size - len(f.coverage.setup)
    # ("moving the print shop to the vendor's hosting - does it survive that?": whether it keeps working is asked of
    # what the pointer points at, however long the move told before it)
    # (not a platform asked about, named as its client: "Is SuperOffice Service (CS) cloud only these days, or can
    # customers still run it onsite?")
    kept = f.cues.asks_if_kept and not (f.platforms or f.constraints.clients)
    return pointing and not own and not strange and (size <= w.PRONOUN_MAX_WORDS or f.cues.names_pointer or kept)


def _compares_with_earlier(f: Frame, m: Match, s: ConversationState) -> bool:
    c = f.constraints
    if not f.cues.contrast or c.names_both_envs or c.names_both_clients:
        return False  # "SAINT onsite vs online", "onsite vs online for Service: ... the two environments"
    if f.cues.list_words and c.envs and (c.clients or c.both_clients) and not f.named_rows:
        return False  # "which matrix rows apply to the two clients alike on that install?": a list of its own
    # "VBScript vs. JavaScript": the other side is a word of its own, not the thread's row; "custom pages and web
    # panels": an integration point named is the other side, as a topic is ("SOAP and the Customer Service SOAP
    # services")
    one_new = len(f.named_rows) == 1 and _earlier_row(s, f.named_rows) is not None and not _new_words(f, s) \
        and not f.points and not f.topic
    return one_new or (not _own_subject(f, m) and len(s.recent) >= 2 and not _new_words(f, s))


def _earlier_row(s: ConversationState, named: Sequence[str]) -> str | None:
    """The thread's first row other than the one named now, its answer's row before the options it listed
    ("compare it with SOAP" after "the best fit is SOAP; options SOAP, Restful": Restful)."""
    return next((r for r in (*s.items, *s.listed) if r not in named), None)


def _own_subject(f: Frame, m: Match) -> bool:
    """A subject of its own: a name, a concept asked for in its own words ("how do apps authenticate?"), or
    a platform's integration points asked for ("hvilke integrationspunkter har Customer Service?")."""
    asked = bool(m.phrases)
    return f.subject or (asked and m.intent.act == "concept") or (asked and m.intent.act == "platform"
                                                                   and bool(f.platforms))


def _names_only(f: Frame, m: Match, s: ConversationState) -> bool:
    """A new name with nothing asked about it: "and sentry plugins?", "extra tables too?" (not "protocol
    on pocket": words nothing explains are something new)."""
    short = (f.cues.opener and not f.cues.supposes) or f.cues.pronoun or f.size <= 4  # ("what if I do not use
    # the Screen Designer?" asks about it in full)
    strange = len(_new_words(f, s)) > (1 if f.cues.opener else 0)
    asked = (f.cues.interrogative or f.cues.yes_no or f.cues.list_words) and not (f.cues.opener or f.cues.pronoun)
    # ("is SAINT online?", "so windows client plugin list" ask in full)
    return f.subject and not m.keywords and f.size <= w.ELLIPSIS_MAX_WORDS and short and not strange and not asked


def _narrows_list(f: Frame, m: Match, s: ConversationState) -> bool:
    """A few words naming only a level after a list: "just the configuration level pls" narrows it (asked
    alone, a level's name may ask about the levels themselves)."""
    c = f.constraints
    named = f.rows or f.named_platforms or f.web_client or f.points or f.need or f.topic
    asked = f.cues.interrogative or f.cues.list_words  # "internal APIs list pls", "Vilka finns på databasnivå?"
    return s.intent == "list" and bool(c.levels) and not named and f.size <= w.SHORT_MESSAGE \
        and not _new_words(f, s) and not asked


def _names_earlier_list(f: Frame, m: Match, s: ConversationState) -> bool:
    """A pointer that names the list just shown ("that list, helpdesk view only"), or "which of those" in a message
    naming no rows or level of its own, however long ("Thanks. Which of those stay usable by our support team after
    the move?"; not "... the ui workflow tier. which of those rows can't sales users use?": its own level)."""
    own = bool(f.rows or f.constraints.levels)
    return (f.cues.names_pointer or (f.cues.picks and not own)) and s.intent == "list" and not f.named_rows


def _level_of_earlier_row(f: Frame, m: Match, s: ConversationState) -> bool:
    """"the rest of that tier", "what else sits on that level?": the level of the row just talked about."""
    return f.cues.level_ref and not f.constraints.levels and bool(s.items)


def _quotes_its_question(f: Frame, m: Match, s: ConversationState) -> bool:
    """A quoted line of an e-mail that asks ("> Which extension points can our service desk use?" over "Same
    question from me"): the message brings its own question, whatever it says of "the same" (not a message that is
    all quote: "> Oppfølging: og i skyversjonen?" is a follow-up, marked as a quote)."""
    lines = [line.lstrip() for line in f.text.splitlines() if line.strip()]
    return any(line.startswith(">") and "?" in line for line in lines) \
        and not all(line.startswith(">") for line in lines)


def _continues(f: Frame, m: Match, s: ConversationState) -> bool:
    """Words that say the earlier subject goes on: "same customer ... - still?", "desktop client equivalent?",
    "is db mirroring in the same boat?"; "once they move to the hosted edition, still there?" with no subject of its
    own (not "... the soap.exe services in CS today - still the case?", which asks of them)."""
    # (not a concept asked in words of its own: "our app logs in with username and password ... a customer on CRM
    # Online wants it too - what changes in how it authenticates?", where "it too" is the app)
    own_concept = m.intent.act == "concept" and len(m.phrases) >= w.OWN_CONCEPT_PHRASES
    # (nor a list asked for whose rows the other client shares are dropped: "a list of the options only for the
    # support side. If the sellers can use it as well, leave it off": "as well" tells which rows go)
    dropping = f.cues.drop and f.cues.list_words
    return (f.cues.continuation and not own_concept and not dropping) or (f.cues.persists and not f.subject)


def _no_subject(f: Frame, m: Match, s: ConversationState) -> bool:
    """Nothing named of its own: "and online?", "what about for Service?", "which are Sales only?" - but a
    list asked for in full ("which options are available onsite for Sales?") stands on its own."""
    strange = len(_new_words(f, s)) > (1 if f.cues.opener else 0)
    longest = w.PRONOUN_MAX_WORDS if f.cues.opener else w.ELLIPSIS_MAX_WORDS  # "ok. what about onsite, do
    # they have more options there?": an opener carries a few more words; with a pronoun and no word nothing
    # explains, more still ("Lucía again: and if it were her two people on the support desk rather than the sellers?")
    if f.cues.opener and f.cues.pronoun and not _new_words(f, s):
        longest = w.OPENER_MAX_WORDS
    # "and if we move to the cloud?": one concept phrase after "and" carries an environment, not a concept
    carried = f.cues.opener and m.intent.act == "concept" and len(m.phrases) == 1 and not f.subject \
        and f.constraints.any
    if (_own_subject(f, m) and not carried) or f.size - len(f.coverage.setup) > longest or strange \
            or _asks_in_full(f):
        return False  # words nothing explains ("was ist Expander Services?") make a question of its own
    if not _carries(f):
        return False  # "Which screens can I configure?" after a topic: nothing in it to apply to the thread
    return not (f.cues.list_words and not (f.cues.opener or f.cues.reference))


def _carries(f: Frame) -> bool:
    """Something a message without a subject brings to the thread: a filter, a platform, a word that
    continues ("and", "what about", "it", "instead") or so few words that it can only continue ("why?")."""
    cues = f.cues
    return (f.constraints.any or bool(f.platforms) or f.web_client or cues.opener or cues.contrast
            or cues.reference or cues.pronoun or f.size <= w.TINY_MESSAGE)


def _asks_in_full(f: Frame) -> bool:
    """A question in its own form that sets every filter itself: "what can CS use in SO Online?", "hvad kan
    vi kun bruge online og ikke onsite?", "which options cover both Sales and Service?" (not "and for Sales
    onsite?" nor "Sales onsite?")."""
    c = f.constraints
    if c.names_both_envs and f.cues.contrast and not (f.cues.opener or f.cues.reference or f.cues.pronoun):
        return True  # "Online versus OnSite Extensibility": both sides named, a comparison of its own
    filtered = bool(c.envs and c.clients) or c.both_clients or (c.names_both_envs and (
        f.cues.contrast or c.moving is not None or bool(c.not_envs) or c.env_only is not None))
    return filtered and f.cues.interrogative and not (f.cues.opener or f.cues.reference or f.cues.pronoun)


RULES: tuple[Rule, ...] = (
    Rule("a fresh start", "unrelated: what is SAINT?", False, lambda f, m, s: f.cues.reset),
    Rule("tells several asks of its own", "three asks: a new page, a popup window, and server code on save", False,
         lambda f, m, s: bool(f.asks)),
    Rule("nothing to read", "asdf", False, _nothing_to_read),
    Rule("small talk", "thx!", False, lambda f, m, s: m.intent.handler in SMALL_TALK and not f.subject),
    Rule("asks what is outside", "tell me a joke about service desks", False,
         lambda f, m, s: m.intent.act == "detail" and bool(m.keywords) and not f.cues.pronoun),
    Rule("asks why of the earlier row", "why?", True, lambda f, m, s: f.cues.asks_why and bool(s.items)),
    Rule("asks for a detail of its own", "wie installiere ich superoffice onsite?", False, _own_detail),
    Rule("quotes the question it asks", "> which rows can the helpdesk use?\nsame question from me", False,
         _quotes_its_question),
    Rule("answers the clarifying question", "the online one", True, _answers_clarification),
    Rule("says the earlier subject goes on", "desktop client equivalent?", True, _continues),
    Rule("points at the earlier row's level", "what else sits on that tier?", True, _level_of_earlier_row),
    Rule("points back", "does it work there?", True, _points_back),
    Rule("picks one of the rows compared", "which one should I pick for a nightly job?", True,
         lambda f, m, s: f.cues.one_of and s.intent == "compare" and not f.named_rows),
    Rule("compares with an earlier row", "compare it with DataHandlers", True, _compares_with_earlier),
    Rule("a new name, nothing asked", "and sentry plugins?", True, _names_only),
    Rule("no subject of its own", "what about for Service?", True, _no_subject),
    Rule("narrows the earlier list", "just the configuration level pls", True, _narrows_list),
    Rule("names the earlier list", "that list, helpdesk view only", True, _names_earlier_list),
    Rule("a question of its own", "which internal APIs are there?", False, lambda f, m, s: True),
)


def choose(frame: Frame, top: Match, state: ConversationState | None) -> Rule | None:
    """The rule that decides for this message; None when the thread has nothing to continue."""
    if state is None or state.intent is None:
        return None
    return next(rule for rule in RULES if rule.applies(frame, top, state))


def merge(frame: Frame, state: ConversationState, catalog: Catalog) -> tuple[Frame, list[str]]:
    """Fill what a follow-up leaves out from the thread; say what was used."""
    used: list[str] = []
    if frame.cues.level_ref and not frame.constraints.levels and state.items and not frame.rows:
        # "list the rest of that tier": the level of the row just talked about, its rows (not the row again)
        level = catalog.item(state.items[0]).level
        frame = replace(frame, constraints=replace(frame.constraints, levels=(level,)))
        return frame, ["level"]
    rows, named = list(frame.rows), list(frame.named_rows)
    if frame.named_platforms and not frame.named_rows and state.items:
        rows, named = [], []  # "and the Windows client?" after a row: the platform, not the scripting row
    if frame.cues.contrast and len(named) == 1 and (earlier := _earlier_row(state, named)) is not None:
        # "compare it with SOAP" after SOAP and Restful: Restful, first as "it" is; a message that opens with the
        # row is about it ("Custom Dialogs, same deal or different?" after Ajax Methods)
        rows = named = [*named, earlier] if _opens_with_row(frame) else [earlier, *named]
        used.append("rows")
    elif frame.cues.contrast and not rows and len(state.recent) >= 2:
        rows = named = list(state.recent[-2:])  # "compare the two"
        used.append("rows")
    need, described = frame.need, frame.described
    if frame.cues.one_of and need and state.intent == "compare" and not rows \
            and (serving := [r for r in state.items if r in catalog.need(need).row_names()]):
        rows = named = serving  # "which one should I pick for a nightly job?" after two rows compared: the need
        used.append("rows")  # ranks those of the two that serve it (none serving it: the need's own rows)
    if frame.cues.names_pointer and state.intent == "list" and not frame.named_rows:
        need, described = None, ()  # "cut those down to whatever runs when we host it ourselves": the list,
        # narrowed; no need
    if state.intent == "scenario" and state.need and not rows and not need and not frame.points and (
            not frame.cues.pronoun or frame.cues.list_words):
        need = state.need  # "we are online", "do they have more options there?": the same need, ranked again
        used.append("need")
        if state.items and frame.constraints.any and (state.env or state.client) and state.pending is None:
            # "and onsite?" after a recommendation for online: the row the thread recommended, there first (not
            # "we are online" answering where: the need ranked for the place told)
            rows = named = [state.items[0]]
            used.append("rows")
    if not rows and frame.cues.reference and frame.cues.yes_no and state.listed and len(state.listed) <= LISTED_MAX \
            and not (frame.cues.picks and state.intent == "list"):  # ("do any of those work online?": the list sifted)
        rows = named = list(state.listed)  # "do those work online?": the rows just shown, each answered
        used.append("rows")
    set_aside = frame.set_aside
    if "need" in used:  # the thread's need goes on ("what about onsite?" after "... SOAP is out
        set_aside = tuple(dict.fromkeys([*set_aside, *state.filters.get("set_aside", ())]))  # of the question"
    if not rows and frame.cues.other and frame.constraints.any and state.items:
        set_aside = tuple(dict.fromkeys([*set_aside, *state.items]))  # "anything else that's cloud-only?"
        used.append("rows set aside")
    elif not rows and (not frame.named_platforms or _platform_as_place(frame)) and not frame.points and not need \
            and not frame.web_client and state.items \
            and not (frame.cues.gaining and state.filters.get("move")):  # (an integration point named is a subject
        # of its own: "what about webhooks?"; a platform named as where "it" is asked about is none: "does it exist
        # in the windows client?"; what a move gains is none of the rows it keeps or loses: "and what do we gain?"
        # after "we use custom pages, sentry plugins and triggers")
        rows = named = list(state.items)  # "what about for CS?" after a row: CS is the client here
        used.append("rows")
    platforms = list(frame.platforms)
    if not platforms and not rows and not frame.web_client and not frame.topic and state.platform:
        platforms = [switch_env(catalog.platform(state.platform), frame, catalog)]
        used.append("platform")
    if not need and not rows and not platforms and not frame.points and state.need:
        need = state.need
        used.append("need")
    topic = frame.topic
    if not frame.subject and state.topic and not rows:
        topic = state.topic
        used.append("topic")
    web_client = frame.web_client or (state.pending == "web-client" and not platforms)
    if web_client and not frame.web_client:
        used.append("web client")
    constraints, more = _constraints(frame.constraints, state, frame.cues)
    coverage = frame.coverage
    own = frame.constraints
    if "rows" in used and own.clients and not frame.detail:
        # ("the two colleagues answering customer-service mail - do they get it too?": the thread's row asked again
        # for a client of the message's own; its other words tell who they are, not what is asked)
        coverage = replace(coverage, setup=coverage.unexplained)
    narrows_list = state.intent == "list" and not rows and (  # (a place or client the list had is no narrowing)
        bool(own.not_envs) or any(e.value != state.env for e in own.envs)
        or any(x.value != state.client for x in own.clients))
    # "why?" after a row: its answer again, with the reason it does not work where asked (no detail of its own)
    detail = None if frame.cues.asks_why else frame.detail
    merged = replace(frame, rows=tuple(rows), named_rows=tuple(named), set_aside=set_aside, coverage=coverage,
                     detail=detail,
                     narrows_list=narrows_list,
                     platforms=tuple(platforms), described=described,
                     need=need, need_score=frame.need_score or (1.0 if need else 0.0), topic=topic,
                     need_rows=catalog.need(need).row_names() if need else (),
                     web_client=web_client, constraints=constraints)
    return merged, used + more


def _constraints(own: Constraints, state: ConversationState, cues: Cues) -> tuple[Constraints, list[str]]:
    """The thread's level, family and client filters, where the message sets none of its own; and the thread's
    move, when the message asks what a move loses, gains or keeps and names no place ("and what do we keep?")."""
    if state.intent not in ROW_INTENTS:
        return own, []
    filters, used = state.filters, []
    levels, groups, clients, client_only = own.levels, own.groups, own.clients, own.client_only
    if not levels and not groups and filters.get("levels"):  # a family of its own narrows ("which are plugins?")
        levels = tuple(filters["levels"])
        used.append("level")
    if not groups and filters.get("groups"):
        groups = tuple(tuple(g) for g in filters["groups"])
        used.append("family")
    # (not into a list of its own that names a place and a level: "exernal apis that work onprem?"; but "and
    # onsite?" after "what can Service use online?" keeps Service)
    if not clients and filters.get("clients") and not (own.envs and (own.levels or own.groups)):
        clients = tuple(Client(x) for x in filters["clients"])
        client_only = bool(filters.get("client_only"))
        used.append("client")
    envs, not_envs, env_only = own.envs, own.not_envs, own.env_only
    # (a client of its own keeps the place: "only for self-hosted installs?" then "what about Service?")
    narrows = not (envs or not_envs)
    if state.intent == "list" and narrows and (filters.get("not_envs") or filters.get("env_only")):
        # "which rows don't work online?" then "just the scripting ones": still not online
        not_envs = tuple(Env(x) for x in filters.get("not_envs") or ())
        if filters.get("env_only"):
            envs, env_only = (Env(filters["env_only"]),), Env(filters["env_only"])
        used.append("environment")
    moving = own.moving
    if not (envs or not_envs) and filters.get("move") and (cues.losing or cues.gaining or cues.keeping):
        envs = tuple(Env(x) for x in filters["move"])
        moving = "lose" if cues.losing else "gain" if cues.gaining else None
        used.append("move")
    return replace(own, levels=levels, groups=groups, clients=clients, client_only=client_only, envs=envs,
                   not_envs=not_envs, env_only=env_only, moving=moving), used


def switch_env(platform: Platform, frame: Frame, catalog: Catalog) -> str:
    """'and in the cloud?' after the onsite Web client means the online one (and back)."""
    asked = frame.constraints.envs
    if len(asked) == 1 and platform.generic and asked[0] not in platform.env:
        other = catalog.web_client(asked[0])
        return other.id if other else platform.id
    return platform.id


def leans_back(ranked: list[Match], state: ConversationState, frame: Frame) -> bool:
    """Whether a follow-up continues the previous intent rather than asking something new."""
    if any(m.intent.handler == "out_of_scope" and m.keywords for m in ranked):
        return False  # "tell me a joke about it"
    handler = next((m.intent.handler for m in ranked if m.intent.id == state.intent), "")
    if handler == "topic" and (frame.constraints.levels or frame.constraints.clients or frame.named_rows
                               or frame.named_platforms):
        return False  # "what's in the database one" after the levels: a list, not the topic again; "and the
        # mobile ones?" after the platforms: that platform's points
    if handler == "compare" and frame.need and frame.cues.one_of:
        return False  # "which one should I pick for a nightly job?": the two compared, ranked for the need
    if handler == "platform" and frame.cues.picks and frame.constraints.any and state.listed \
            and not (frame.named_rows or frame.named_platforms):
        return False  # "which of those are missing online?" after a platform's points: the rows shown, sifted
    return not (handler == "list" and frame.named_rows)  # "which one of them is for search providers?"

"""Answer what the data answers, and be honest about the rest.

Given the frame and the ranking, one of three outcomes:

- ANSWER: an act the data holds, understood well enough;
- BEYOND: understood, but it asks what the data does not hold (how-to steps,
  timing, versions, errors, limits, prices, people, other products): said
  plainly, with what is known about the rows it names, and the forum;
- UNKNOWN: not understood (too little matched, or too many words nothing
  explains): "I don't know", with "did you mean" when something came close.

Each rule is named; the outcome records which one decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.understand import weights as w
from bot.core.understand.frame import DATA_ACTS, HOW_TO, WEAK_DETAILS, Act, Frame
from bot.core.understand.rank import Match, weighed
from bot.core.understand.text import tokens

# "what kind of triggers": what a row holds; blocks answers about single rows only
# A described need naturally speaks of fields, prices, jobs and steps; only these details stop it.
SCENARIO_DETAILS = frozenset({"error", "account", "people", "status", "price", "timing", "docs", "request", "steps",
                              "version"})
# ... and these when the message names the row it asks about ("sales guide: max number of stages?")
ROW_DETAILS = frozenset({"limit", "version", "api", "address", "config", "performance", "how-to", "stepwise",
                         "behaviour", "contents"})
# ... and these when no phrase of a need tells the story around them (only the descriptions suggest one)
ASKED_DETAILS = frozenset({"limit", "api", "address", "performance"})
# "in what order" (as detail phrases are kept: spaces removed), which the levels topic answers
ORDER_PHRASES = frozenset({"inwhatorder", "inwhichorder", "whichorder", "whatorder", "ivilkenordning", "rekkefolge",
                           "rekkefolgen", "ordningsfoljd", "ordningsfoljden", "raekkefolge", "raekkefolgen",
                           "reihenfolge", "volgorde"})
# verbs that ask to have a statement checked ("...; confirm hosted customers can't run them"): a question after all
CHECK_VERBS = frozenset({"confirm", "verify", "check", "bekreft", "bekrafta", "bekraeft", "bestatigen", "bevestig",
                         "bevestigen"})
ROW_ACTS = frozenset({Act.AVAILABILITY, Act.DESCRIBE, Act.COMPARE, Act.LIST})
# details that only rows cannot answer: what a row holds; why to choose it (a platform's benefits are data)
ROW_ONLY_DETAILS = frozenset({"contents", "benefit"})
# acts judged by how much of the message is explained
SHARED_ACTS = frozenset({Act.AVAILABILITY, Act.DESCRIBE, Act.CONCEPT, Act.PLATFORM})


FILTER_ALONE = "a filter word alone is no list question"  # the runner-up may still answer ("CRM Online ... UI?")


PLATFORM_SUBJECT = "a question about a platform it names, and nothing else the data holds"


class Outcome(StrEnum):
    ANSWER = "answer"
    BEYOND = "beyond the data"
    UNKNOWN = "not understood"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    rule: str  # the named rule that decided


def decide(frame: Frame, top: Match) -> Decision:
    """Answer, beyond the data, or not understood; with the rule that decided."""
    if top.score < w.ANSWER_AT:
        return Decision(Outcome.UNKNOWN, "best score below the answer threshold")
    if weighed(top.score, frame) < w.ANSWER_AT:
        return Decision(Outcome.UNKNOWN, "too little of the message understood for so weak a match")
    if top.intent.act == Act.DETAIL:
        return Decision(Outcome.BEYOND, "asks what the data does not hold")
    if frame.act not in DATA_ACTS:
        return Decision(Outcome.ANSWER, "small talk")
    if frame.cues.capability and frame.act in ROW_ACTS | {Act.SCENARIO}:
        return Decision(Outcome.BEYOND, "asks what a row can do, not where it works")
    if frame.cues.relates and frame.act is Act.COMPARE and not top.keywords and not (
            frame.cues.contrast or frame.cues.choice):  # "can I run CRMScript from a Zapier zap?"
        return Decision(Outcome.BEYOND, "asks how two rows work together")
    if frame.cues.task_heading:  # ("CRMScript: parsing a JSON response from an HTTP call")
        return Decision(Outcome.BEYOND, "a heading that tells a task done with a row")
    c = frame.constraints
    if frame.cues.row_heading and frame.act is Act.SCENARIO and not (
            c.envs or c.clients or c.levels or frame.cues.asks_name or frame.cues.list_words):
        # ("Continuous Database: required prefix or naming rules for our own tables?", "ERP Sync Connector: company
        # deleted on the ERP side - what happens to it?"): the row is known; how it behaves is asked
        return Decision(Outcome.BEYOND, "a row as the heading, how it behaves asked")
    if frame.cues.row_heading and frame.act in (Act.AVAILABILITY, Act.DESCRIBE) and not (
            c.placed or c.levels or frame.cues.asks_name
            or frame.cues.asks_level) and frame.coverage.in_question >= w.UNEXPLAINED_MIN:
        # "SAINT status monitors - more than one warning level per monitor possible?": the row as the heading, a
        # thing of it asked in words the data does not explain, neither where nor for whom it works
        return Decision(Outcome.BEYOND, "a row as the heading, a thing of it asked")
    if frame.cues.row_label and frame.act in (Act.AVAILABILITY, Act.DESCRIBE) and not (
            c.placed or frame.cues.asks_name or frame.cues.asks_level) and frame.coverage.in_question >= 1:
        # "Lists: can an item hide itself after a set date ...?": the row alone as the label, a yes or a no asked
        # of a thing of it, in a word the data does not explain; neither where nor for whom it works
        return Decision(Outcome.BEYOND, "a row as the label, a thing of it asked")
    if frame.act is Act.AVAILABILITY and frame.rows and not (c.placed or c.levels or frame.cues.asks_name
                                                              or frame.cues.asks_level or frame.cues.need
                                                              or frame.cues.pronoun) \
            and frame.coverage.in_question >= w.UNEXPLAINED_MIN and len(frame.coverage.content) <= w.SHORT_CONTENT:
        # "Bulk-importing 400 items into a custom list from CSV - supported?": whether a thing done with the row is
        # supported, in words the data does not explain; neither where nor for whom it works is asked
        return Decision(Outcome.BEYOND, "asks whether a thing done with a row is supported")
    detail = _detail(frame, top)
    scenario_how = frame.act is Act.SCENARIO and frame.cues.how_to and not frame.cues.need
    named = detail in ROW_DETAILS and bool(frame.named_rows)
    # (a need only the descriptions suggest is no story around the detail: "which fields exactly must the product
    # provider return, in which format?" asks the detail)
    in_story = any(m.kind == "need" for m in frame.mentions) or detail not in ASKED_DETAILS or frame.cues.asks_name
    if frame.act is Act.SCENARIO and detail not in SCENARIO_DETAILS and not scenario_how and not named and in_story:
        # a need may involve another product ("we want to store documents in SharePoint"); steps in it, or
        # a product asked about with no need told ("how does it stack up against HubSpot?"), are beyond the data
        product = detail == "product" and (frame.cues.how_to or not frame.cues.need)
        detail = "product" if product else None
    if detail == "docs" and frame.act is Act.SCENARIO and frame.need and frame.cues.asks_name:
        detail = None  # "... whenever data is saved. This page doesn't tell me what that is called.": the name of
        # what is described is asked; the page is where the asker looked
    unexplained = len(frame.coverage.unexplained)
    if detail == "docs" and frame.act is Act.LIST and frame.cues.list_words and (c.clients or c.envs or c.levels) \
            and not unexplained:
        detail = None  # "Docs: add a section listing every extensibility point that serves both Sales and Service":
        # the section asked for is a list the data holds (not "add a GoogleRecaptcha section to the Configuration
        # article")
    if detail and detail not in WEAK_DETAILS | ROW_ONLY_DETAILS:
        return Decision(Outcome.BEYOND, f"asks for {'an' if detail[0] in 'aeiou' else 'a'} {detail} detail")
    if detail == "contents" and (frame.act in ROW_ACTS - {Act.LIST} or (frame.act is Act.SCENARIO and named)):
        return Decision(Outcome.BEYOND, "asks what a row holds, beyond where it works")
    # "Event Subscriptions: full list of event names" (not "what kinds of extensions can we build: new controls, own
    # dialogs ...?", which asks for the points)
    if detail == "contents" and frame.act is Act.PLATFORM and frame.points and not frame.cues.asks_what:
        return Decision(Outcome.BEYOND, "asks what an integration point holds")
    if detail == "benefit" and frame.act in ROW_ACTS:
        return Decision(Outcome.BEYOND, "asks why to choose a row, beyond where it works")
    if detail == "how-to" and (frame.act in ROW_ACTS or named):  # ("Batch Task Plugins: how to schedule one
        # nightly": the steps of the row it names, not which row serves the need)
        return Decision(Outcome.BEYOND, "asks for steps about rows")
    if detail == "how-to" and frame.act is Act.PLATFORM and frame.points:  # ("Using the COM API from C#, how do
        # I read the id of the contact the user has open?": the steps of an integration point it names)
        return Decision(Outcome.BEYOND, "asks for steps about an integration point")
    if detail and frame.coverage.in_question >= 2:
        return Decision(Outcome.BEYOND, f"{detail} with words the data does not explain")
    if frame.act is Act.SCENARIO and frame.cues.how_to and not frame.cues.need and unexplained >= 2:
        return Decision(Outcome.BEYOND, "steps asked, no need told, words the data does not explain")
    generic = len(frame.coverage.generic)  # "how to update your application": a step no phrase accounts for
    if frame.act is Act.CONCEPT and frame.cues.how_to and unexplained + generic >= 1 and len(top.phrases) <= 1:
        return Decision(Outcome.BEYOND, "steps the concept does not give")
    if frame.act is Act.PLATFORM and frame.cues.how_to and unexplained >= 1 and not frame.named_rows:
        return Decision(Outcome.BEYOND, "steps about a platform the data does not give")  # "how to download"
    # "SAINT onsite vs online", "what do we lose moving to Online", "online that on-prem customers don't get"
    contrasted = (len(set(c.envs)) == 2 and (frame.cues.contrast or c.moving is not None or frame.cues.keeping
                                             or c.env_only is not None)) or (
        bool(c.envs) and bool(c.not_envs) and not frame.rows) or (  # ("just for support, not for sellers")
        bool(c.clients) and bool(c.not_clients) and not frame.rows)
    # a family asked about in a question's own form may carry one word of its own ("connector thingies")
    plain = not unexplained or (frame.cues.interrogative and bool(c.groups) and unexplained <= 1) or (
        c.names_both_envs and frame.coverage.in_question <= 1)  # "an add-on we sell ... hosted or on their own servers"
    listing = frame.cues.list_words or c.levels or c.not_levels or c.everything or contrasted or c.both_clients \
        or frame.narrows_list \
        or c.env_only is not None or (c.client_only and frame.cues.list_hint) or (  # ("name me the bits that only
        # exist in the hosted version", "mark which items are Service-only")
        (frame.cues.list_hint or c.groups or (c.envs and c.clients and not frame.cues.pronoun)) and plain)
    # what a move gains or loses is a list whatever the story around it ("moving to the cloud. do we gain anything?")
    moved = c.moving is not None and contrasted
    if frame.act is Act.LIST and frame.cues.yes_no and frame.cues.pronoun and not (
            frame.cues.list_words or c.levels or c.groups or c.everything or c.clients or frame.platforms or moved
            or contrasted):  # ("is there something that exists only in the cloud and not on our own install?")
        return Decision(Outcome.UNKNOWN, "asks yes or no about something it does not name")  # "is it onsite only?"
    if frame.act is Act.LIST and frame.cues.yes_no and unexplained and not (
            frame.cues.list_words or frame.cues.asks_rows or frame.cues.asks_what or c.levels or c.groups
            or c.everything or c.clients or moved or contrasted):
        # "is a deny-list of user agents supported for SuperOffice Online?": a place, and a yes/no question about
        # something no row, level or family names
        return Decision(Outcome.UNKNOWN, FILTER_ALONE)
    if frame.act is Act.LIST and frame.cues.yes_no and c.groups and not frame.cues.list_hint and not (
            frame.cues.list_words or c.levels or c.placed):
        return Decision(Outcome.BEYOND, "a yes/no question about a family of rows")  # "can the connector place orders?"
    if frame.act is Act.LIST and not listing:
        return Decision(Outcome.UNKNOWN, FILTER_ALONE)
    if frame.act is Act.LIST and not (top.keywords or frame.cues.list_words or c.everything or moved) \
            and (frame.coverage.in_question if frame.cues.reference or (c.levels and (c.envs or c.clients))
                 else unexplained) >= w.UNEXPLAINED_MIN:
        # (a level narrowed by a place or client is asked whatever the setup told before it: "bird cage stocktake
        # tonight. q: external apis open to our sellers when SO sits on our own server?")
        # "add a GoogleRecaptcha section to the Configuration article?" (a list pointed back at is narrowed whatever
        # is told around it: "[sticky stuck under that] keep just those that still run on our own hardware")
        return Decision(Outcome.UNKNOWN, "a level or filter named among words nothing explains")
    # ("... a JScript the desktop client's automation engine should run. where does it belong?": the row's name
    # is asked, the words left over tell the setting)
    left = frame.coverage.left_by(top.intent.id)
    if frame.act is Act.DESCRIBE and _names_a_row(frame) and len(left) - len(frame.coverage.setup) >= 2 \
            and left != frame.coverage.unexplained and not frame.cues.asks_name \
            and not frame.cues.asks_level:  # ("CRMScript sits in which tier of the stairs?": its level is data)
        return Decision(Outcome.BEYOND, "asks about a part of a row the data does not describe")
    # ("Triggers: dry-run or test mode without creating real tickets?", "Sentry plugin not applied for
    # administrators - by design?": a question about a row in words of its own the data does not explain)
    if frame.act is Act.DESCRIBE and frame.rows and frame.coverage.in_question >= w.UNEXPLAINED_MIN \
            and len(frame.coverage.content) <= w.SHORT_CONTENT and not frame.cues.asks_name \
            and not frame.cues.asks_level and not frame.cues.yes_no:  # (a yes/no question: _asks_another_property)
        return Decision(Outcome.BEYOND, "asks about a row in words the data does not explain")
    asks = top.keywords or frame.cues.question or frame.cues.need or frame.cues.asks_what or frame.cues.asks_level
    if frame.act is Act.DESCRIBE and not asks and len(_told_besides_names(frame)) >= w.TOLD_BESIDES_NAMES:
        # "Custom dialog opens far too small in SuperOffice Web 8.5": a row named in a statement about something
        # it does, nothing asking what it is
        return Decision(Outcome.BEYOND, "a row named in a statement about something else")
    if frame.act is Act.SCENARIO and frame.named_rows and not asks and frame.length <= w.STATEMENT_MAX_WORDS \
            and _row_first(frame) and _told_besides_names(frame):
        # "Quote Connector ignores line discounts coming from our price system": a short statement about what the
        # row it opens with does, nothing asked (a need's words in it tell the problem, not a need)
        return Decision(Outcome.BEYOND, "a row named in a statement about something else")
    if frame.act in (Act.SCENARIO, Act.DESCRIBE, Act.AVAILABILITY) and frame.named_rows \
            and frame.length - frame.bracketed <= w.STATEMENT_MAX_WORDS and _row_first(frame) \
            and frame.coverage.in_question >= w.UNEXPLAINED_MIN \
            and not (c.placed or frame.cues.asks_name):
        # "SAINT status counters stay at zero after importing 8,000 activities - recalc?": a short message opening
        # with the row it is about, asking in words nothing explains; the row is known, a thing of it is asked (an
        # aside in brackets makes it no longer: "Can the ERP Sync Connector carry a stockist's size curve (share per
        # size, XS-XXL) from the ERP?")
        return Decision(Outcome.BEYOND, "a row opening a short question in words the data does not explain")
    if frame.act is Act.PLATFORM and frame.points and not asks and frame.length <= w.STATEMENT_MAX_WORDS \
            and _row_first(frame, "point") and _told_besides_names(frame) and frame.negated:
        # "Web panel in SuperOffice Mobile doesn't receive the contact id on Android 14": what an integration point
        # does not do, told, not which points a platform has (not a heading: "Web Panels and SOApplication")
        return Decision(Outcome.BEYOND, "an integration point named in a statement about something else")
    if frame.act is Act.AVAILABILITY and not (frame.cues.question or frame.cues.need or frame.cues.asks_what
                                              or frame.cues.asks_level) \
            and (not (c.placed or c.levels)
                 or (_row_first(frame) and frame.length <= w.STATEMENT_MAX_WORDS
                     and CHECK_VERBS.isdisjoint(tokens(frame.text)))) \
            and len(_told_besides_names(frame)) > w.TOLD_BESIDES_NAMES:
        # "Per-warehouse stock levels inside a Quote Connector product picker": a statement, a trigger word in it
        # ("Custom page menu entry invisible for non-admin users (onsite 10.x)": short, opening with the row, whatever
        # place it names)
        return Decision(Outcome.BEYOND, "a row named in a statement about something else")
    if frame.act is Act.COMPARE and not (frame.cues.question or frame.cues.need or frame.cues.asks_what
                                         or frame.cues.contrast or frame.cues.row_heading) \
            and frame.length <= w.STATEMENT_MAX_WORDS \
            and _row_first(frame) and len(_told_besides_names(frame)) >= w.TOLD_BESIDES_NAMES:
        # "Custom Screen drop-down shows IDs instead of names after data import": a short statement opening with a
        # row tells what goes wrong, whatever comparing word it uses (not a heading: "Extra Tables and Custom
        # Screens: level and availability")
        return Decision(Outcome.BEYOND, "two rows named in a statement about something else")
    if frame.act is Act.COMPARE and top.intent.id not in frame.strong and not frame.cues.question \
            and unexplained >= 1:  # (a hint is no comparison asked: "the value of another dropdown")
        # "SuperMacro: chaining a macro to run right after a trigger has fired": two rows named in a statement
        # about something else, no comparison asked
        return Decision(Outcome.BEYOND, "two rows named in a statement about something else")
    if frame.coverage.asked and frame.detail in ASKED_DETAILS and frame.act is Act.SCENARIO:
        # ("what's the biggest width in pixels a dialog may have?"): a limit of the thing described is asked, not
        # which row makes it
        return Decision(Outcome.BEYOND, "asks for a detail of the thing it describes")
    if frame.coverage.asked and frame.named_rows and frame.act in ROW_ACTS | {Act.SCENARIO}:
        # ("Quote Connector ... what firewall rules are needed?", "ERP Sync Connector: which Person fields are
        # mapped?"): what the question asks for is a thing nothing in the data explains
        return Decision(Outcome.BEYOND, "asks for a thing of a row the data does not explain")
    if frame.act is Act.SCENARIO and frame.named_rows and frame.named_rows[0] in frame.need_rows \
            and frame.cues.question and not (frame.cues.yes_no or frame.cues.asks_name or frame.cues.list_words
                                             or frame.cues.need or frame.cues.how_to or c.placed or c.levels
                                             or frame.cues.asks_level) \
            and frame.coverage.in_question >= w.UNEXPLAINED_MIN:
        # "ERP Sync Connector conflict: an address edited in both ERP and CRM on one day - whose edit is kept?":
        # a row named and a need that lists it, neither a row nor a place asked, words the data does not explain: how
        # the row behaves is asked, not which row serves the need
        return Decision(Outcome.BEYOND, "asks how a row it names behaves, in words the data does not explain")
    if _asks_another_property(frame, top):
        return Decision(Outcome.BEYOND, "a yes/no question about something the data does not hold")
    if frame.act is not Act.SCENARIO and _poorly_covered(frame, top):
        return Decision(Outcome.BEYOND if frame.rows else Outcome.UNKNOWN, "too many words nothing explains")
    judged = frame.act in SHARED_ACTS and (frame.act is not Act.PLATFORM or not frame.named_rows)
    if judged and _mostly_unexplained(frame, top):
        return Decision(Outcome.BEYOND if frame.rows else Outcome.UNKNOWN, "most of it is words nothing explains")
    return Decision(Outcome.ANSWER, "understood")


def platform_subject(frame: Frame, match: Match) -> bool:
    """'SO web on our own iron. where are the extension spots for my code?': a question that names a platform
    and nothing else the data holds (no row, topic, need, level, family or detail) asks what the platform
    offers, in words for its integration points that may be its own ("spots", "surfaces"). Asked yes or no,
    it tells a need ("can we get our planner into it?") or asks what as well ("... and what can you do with
    it?"); else it asks a fact of the platform the data does not hold ("is Pocket CRM available for Android
    tablets?")."""
    c = frame.constraints
    return (match.intent.act == Act.PLATFORM and match.score >= w.PLATFORM_SUBJECT_AT and frame.cues.question
            and (frame.cues.need or not frame.cues.yes_no or frame.cues.asks_what)
            and bool(frame.named_platforms or frame.web_client or set(frame.platforms) - set(frame.env_platforms))
            and not (frame.named_rows or frame.topic or frame.need or frame.detail or c.levels or c.groups)
            and frame.coverage.in_question <= w.PLATFORM_SUBJECT_UNEXPLAINED
            # (words of a setup told before the question weigh nothing when it asks what or tells a need: "... my
            # phone. Before refining this story: what can be added to the mobile clients?")
            and (len(frame.coverage.unexplained) <= w.PLATFORM_SUBJECT_UNEXPLAINED or frame.cues.need
                 or frame.cues.asks_what))


def _detail(frame: Frame, top: Match) -> str | None:
    """The detail asked for, unless its words are the answering intent's own ("the URL of the CS SOAP API"),
    not a longer phrase around them ("tofaktorautentisering" is an account detail, not "autentisering")."""
    if frame.detail == "timing" and top.intent.topic == "levels" and set(frame.detail_words) <= ORDER_PHRASES:
        return None  # "the extensibility levels - which ones, in what order?": the stairs' order is the topic's own
    if frame.detail_cells and frame.detail_cells <= top.cells and not (
            top.intent.act == Act.SCENARIO and frame.detail in HOW_TO and frame.named_rows):
        # ("Batch Task Plugins - how do I schedule one at 02:00?": steps about the row it names, not which row)
        longest = max(map(len, top.phrases), default=0)
        if not any(len(d.replace(" ", "")) > longest for d in frame.detail_words):
            return None
    return frame.detail


def _asks_another_property(frame: Frame, top: Match) -> bool:
    """'Is the mirror database an exact copy?': a yes/no question about a row that asks neither where it
    works, nor for whom, nor at which level, with words nothing explains."""
    c = frame.constraints
    where = c.placed or c.levels or any(m.kind == "platform" and not m.negated for m in frame.mentions)  # ("may
    # Custom Dialogs be added to the club's self-hosted web client?": a platform named is where it is asked about)
    foreign = set(frame.coverage.unexplained) - set(frame.coverage.in_rows)  # "is crmscript basically javascript?"
    # (a row as the label, the question after it: "Batch Task Plugins: can a running task be cancelled from the
    # UI?" asks about a running task, whatever trigger word it uses)
    return (frame.act in (Act.AVAILABILITY, Act.DESCRIBE) and frame.cues.yes_no and not where
            and (not top.keywords or frame.cues.row_label or frame.cues.row_heading) and bool(foreign))


def _names_a_row(frame: Frame) -> bool:
    """Whether the message itself names a row (not only the thread's, carried into a follow-up: "Gælder det samme,
    når klubben flytter til SuperOffice Online?")."""
    return any(m.kind == "row" and not m.negated for m in frame.mentions)


def _row_first(frame: Frame, kind: str = "row") -> bool:
    """Whether the message opens with a row's name (or another kind of mention's), at most an article or two before
    it ("Quote Connector ignores ...", "The extra table export loses ...", "Web panel in SuperOffice Mobile ...")."""
    toks = tokens(frame.text)
    return any(toks[i:i + len(said)] == said for m in frame.mentions if m.kind == kind and not m.negated
               for said in [m.said.split()] for i in range(min(len(toks), w.STATEMENT_ROW_AT + 1)))


def _told_besides_names(frame: Frame) -> list[str]:
    """The content words of its own (not the domain's generic words) outside the names the message uses (rows,
    places, platforms, clients)."""
    named = {t for m in frame.mentions if m.kind != "intent" for t in m.said.split()}
    # (nor, in a message that carries the thread on, those of its label: "Note to editors, addendum: ditto X.")
    setup = set(frame.coverage.setup) if frame.cues.continuation else set()
    return [t for t in frame.coverage.content if t not in named and t not in frame.coverage.generic
            and t not in setup]


def _mostly_unexplained(frame: Frame, top: Match) -> bool:
    """More content words the answer leaves unexplained than words it explains: "RESTful REST or HTTP RPC
    Agent?", "Why does Customer Service stop sending emails to a specific address?" (only another intent's
    trigger word accounts for "emails")."""
    c = frame.coverage
    short = len(c.content) <= w.SHORT_CONTENT  # a long message tells a story around its question
    if not short:
        return False
    if top.intent.act == "concept" and top.places >= w.OWN_CONCEPT_PHRASES:
        return False  # a concept its own words name in separate places ("... hears 'internal automation' and
        # 'external integration' used as if they meant the same. Decision sought: what is the difference ...?")
    # ("marzipan maker asks: ...": who asks is no part of the question)
    if c.in_question >= w.UNEXPLAINED_MIN and c.share <= w.UNEXPLAINED_SHARE:
        return True
    # ... or more than half of it only other intents' words account for (the setup aside)
    left = len(c.left_by(top.intent.id)) - len(c.setup)
    return left >= w.UNEXPLAINED_MIN and left / len(c.content) > 1 - w.UNEXPLAINED_SHARE


def _poorly_covered(frame: Frame, top: Match) -> bool:
    unexplained = frame.coverage.in_question  # (who asks, told first, is no part of it: "bowls club here ...")
    if unexplained <= 0:
        return False
    # rows named, nothing asked about them, and other words: "columns from extra tables in archive providers"
    # (nor the earlier question asked again of a row: "The Inspectorate puts the same question regarding Preferences.")
    return not (frame.cues.question or frame.cues.asks or frame.cues.supposes or frame.cues.continuation) \
        and bool(frame.rows)

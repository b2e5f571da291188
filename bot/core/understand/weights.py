"""Every scoring weight and threshold of understanding, named, in one place.

An intent's score is the sum of named components (see `bot.core.understand.rank`),
each weighted here, then multiplied by named penalties. The `Explanation` records
each component, so /why shows where a score came from.
"""

from __future__ import annotations

# --- the three outcomes ------------------------------------------------------------------------
ANSWER_AT = 0.40  # the best intent's score needed to answer
FILTER_ALONE_RUNNERS = 2  # runners-up after a list only a filter word asked for that may answer as a platform
PLATFORM_ASKED_RUNNERS = 3  # runners-up that may answer what a platform offers, asked after a need told (a topic
# and a list may rank between: "... listed in the online app store. What can such an app hook into on that platform?")
PLATFORM_SUBJECT_AT = 0.33  # a question naming only a platform is about its points from this score (decide)
PLATFORM_SUBJECT_UNEXPLAINED = 3  # ... with at most this many words nothing explains
SUGGEST_AT = 0.27  # below ANSWER_AT but above this: "did you mean" suggestions

# --- an intent's score: weighted components ------------------------------------------------------
KEYWORDS = 0.35  # the intent's trigger words found in the question (1 - 0.5 ** hits)
EXAMPLES = 0.30  # closeness of the question, names replaced by their kind, to the intent's examples
FIT = 0.35  # the entities the intent needs or prefers are there
HINT = 0.3  # a hint word counts this much of a keyword
WHY_BACK_REACH = 12  # words before "why is that?" in which a negation makes it a trigger ("... won't let him, why?")
WHY_NOT_REACH = 5  # words after "why" in which a negation makes it a trigger ("why can't we just ...")
EXAMPLES_ALONE = 0.75  # an intent with no words in the message but examples this close is scored in full
KEYWORD_HALF = 0.5  # each further keyword hit halves what is left to gain
NEED_HIT_CAP = 2.0  # need phrases: their summed scores, capped, count as keyword hits (halved)
DESCRIBED_HIT = 20.0  # a described need (retrieval score / this, capped) counts as a keyword hit
DESCRIBED_HIT_CAP = 0.6
PLATFORM_WHERE_HIT = 0.5  # a platform named in a yes/no question with a place, no row or level: where it runs, asked
LEVEL_ASKED_HIT = 0.5  # a level named in a question that asks what or which counts as this much of a list keyword

# --- penalties (multipliers) ---------------------------------------------------------------------
MISSING_NEED = 0.45  # the intent needs an entity the question lacks
TOO_LONG = 0.5  # longer than the intent's max_words ("thx. unrelated: how do I ..." is no thank-you)
AVOIDED = 0.55  # the question names something the intent avoids

# --- entity fit ----------------------------------------------------------------------------------
FIT_ABOUT = 0.8  # a topic about a named row competes with the row's own answer
FIT_NONE_WITH_KEYWORDS = 0.5  # an intent that wants nothing in particular, its words present
FIT_NONE = 0.2  # ... its words absent: a topic or small talk without its words is unlikely

# --- follow-ups ----------------------------------------------------------------------------------
FOLLOWUP_LIFT = 0.28  # a follow-up leans towards the thread's previous act
FOLLOWUP_LIFT_SHORT = 0.1  # ... more for very short messages
SHORT_MESSAGE = 6  # words
TINY_MESSAGE = 3  # words: "why not?", "how come?" can only continue a thread
ELLIPSIS_MAX_WORDS = 9  # a message without a subject of its own, at most this long, continues the thread
PRONOUN_MAX_WORDS = 14  # a pronoun in a message this short points back
OWN_CONCEPT_PHRASES = 2  # a concept's trigger phrases that make a message a question of its own, whatever "too" says
FOLLOWUP_LABEL_WORDS = 6  # a label of at most this many words before a follow-up's opener is who asks ("... : og hvis")
OPENER_MAX_WORDS = 20  # a message that opens as a follow-up ("and if it were ...") with no words of its own, as long

# --- needs and descriptions ----------------------------------------------------------------------
NEED_PHRASE_MIN = 0.95  # a need phrase must match this closely
NEED_PAIR = 4.5  # a need's pair of words apart in one sentence ("a button ... that opens") counts as this many words
DESCRIBED_MIN = 6.0  # the best row's description score for a described need to count
DESCRIBED_STRONG = 12.0  # ... and to count without a need cue ("how does SuperOffice isolate database changes?")
DESCRIBED_SHARE = 0.6  # further described rows within this share of the best
DESCRIBED_MAX = 4
NEED_INDEX_MIN = 5.0  # the best need's description score for it to count without a need phrase
NEED_INDEX_MARGIN = 1.25  # ... and it must lead the next need by this factor
NEED_INDEX_STRONG = 12.0  # ... and to count without a need cue, as DESCRIBED_STRONG for a row
NEED_INDEX_TERMS = 3  # ... and it must come from a message of at least this many distinct terms
NEED_INDEX_SCALE = 5.0  # beside need phrases, a need's description score counts divided by this
TELLS_STEPS = 4  # what the message says about a row breaks ties in this many steps of the best row's score
TELLS_TIE = 0.95  # ... rows within this share of the best tie with it (the data's order decides)

# --- answering what was asked --------------------------------------------------------------------
POINT_MIN = 0.9  # an integration point's alias must match this closely
SHORT_CONTENT = 8  # a message of at most this many content words is judged by how much of it is explained:
UNEXPLAINED_MIN = 2  # at least this many content words nothing explains,
UNEXPLAINED_SHARE = 0.5  # ... and at most this share of the content explained: not answered as asked
UNEXPLAINED_WEIGHT = 0.04  # each content word nothing explains lowers the best score by this share
UNEXPLAINED_COUNTED = 4  # ... counting at most this many
STATEMENT_MAX_WORDS = 16  # a described need asking nothing, this short and opening with a row's name, is a statement
STATEMENT_ROW_AT = 2  # ... the row's name starting at most this many words in ("The extra table export loses ...")
TOLD_BESIDES_NAMES = 2  # words of its own besides the names that make a row named, nothing asked of it, a statement

"""Reading a message: one pass of the phrase lexicon over its words, then what each find means.

    text -> tokens -> every phrase of the data and intents found (one scan) ->
    mentions (rows, platforms, environments, clients, levels, families, points),
    cues (negation, only, pronouns, openers ...), need phrases, detail cues ->
    described rows (retrieval) -> coverage: which content words nothing explains

The result is a `Reading`: everything a frame needs except the act, which the
ranking of intents decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from itertools import pairwise, takewhile

from bot.core.catalog.model import Catalog
from bot.core.model import Client, Env
from bot.core.understand import weights as w
from bot.core.understand.frame import HOW_TO, INSTEAD, WEAK_DETAILS, Constraints, Coverage, Cues, Mention
from bot.core.understand.lexicon import EXACT, NAMES, TRIGGERS, Hit, Lexicon, Meaning, Policy, typos
from bot.core.understand.retrieval import NeedIndex, RowIndex
from bot.core.understand.text import (
    ENGLISH_ARTICLES,
    INDEFINITE_ARTICLES,
    MAX_QUESTION_CHARS,
    asked_words,
    bracketed,
    breaks,
    clause_starts,
    compact,
    form_header,
    hyphen_joins,
    normalise,
    question_words,
    quoted,
    sentence_starts,
    tokens,
    without_articles,
)

ENTITY_KINDS = frozenset({"item", "platform", "generic", "level", "env", "client", "group", "topic"})
KEYWORD_KINDS = frozenset({"intent", "hint"})
PLACEHOLDER = {"item": "ITEM", "platform": "PLATFORM", "generic": "PLATFORM", "env": "ENV",
               "client": "CLIENT", "level": "LEVEL", "group": "GROUP", "topic": "TOPIC"}
NEAR = 3  # words before a name that may negate it
TOTALS = frozenset({"every", "all", "each", "alle", "alla", "allen", "jede", "jeden", "jedes", "elke", "hver", "varje",
                    "samtliga", "sämtliche", "sämtlichen"})  # "every external API": the whole of what is named
LABEL_MIN_WORDS = 4  # words before a colon that make a label told before the question ("Wishlist ...: what ...?")
OR_NEGATION_REACH = 4  # words before an "or" a negation may stand and reach the name after it ("no compiled code or")
NEITHER = frozenset({"neither", "hverken", "verken", "varken", "weder"})  # the first half of "neither ... nor"
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "nobody", "noen", "nogen", "någon", "jemand",
                    "iemand"})  # who might do what a negation puts aside ("or anyone touching the database")
INERT = "\0"  # a negation that negates nothing after it, as _before gives it
NEGATED_SPAN = 3  # words after a negation that it puts aside
NEED_NEGATION_REACH = 2  # words before a need phrase a negation may stand ("no developers")
LOOSE = Policy(compounds=False)  # cue phrases: no compounds, typos as names allow
# details a negation right before them turns into a constraint ("won't pay for", "no more than"), not a question
POINT_KINDS = frozenset({"extension", "integration"})
ONE_POINT = frozenset({"point", "hook", "spot"})  # one point asked: "which extension point fits that?"
REJECTION_GAPS = (2, 3)  # "Quotes and prices are NOT the topic": a join and a word or two before a rejection
TURNS = frozenset({"but", "however", "aber", "maar", "jedoch"})  # a need before one of these is not the ask
DISWANTS = frozenset({"doesnt", "dont", "do", "does", "specifically", "is", "are", "not", "vil", "vill", "wollen",
                       "isnt", "arent", "er", "ist", "sind", "är", "spiller", "spelar", "spielen", "spielt", "doet",
                       "doen", "will", "willen", "wil", "already", "form", "forms", "no", "gehören", "gehört",
                       "hører", "hör", "ingår", "inngår", "indgår", "horen", "hoort", "was", "were", "got", "rör",
                       "rører", "berörs", "fassen", "berühren", "we", "skal", "ska", "sollen", "müssen", "hoeven",
                       "moeten", "has", "have", "zijn", "kommer", "kommt", "kommen", "möchten"})
# (first words of a rejection that may refer back to a need: "prices form no part of it", "quotes not part of it",
# "Angebote und Preise gehören nicht dazu", "a no-code connector tool was rejected", "Offerter och prislistor rör
# vi inte", "Eingriffe direkt in die Datenbank kommen nicht in Frage", "kommer inte på fråga")
NEGATED_ASKING = frozenset({"isnt", "arent", "doesnt", "dont", "cant", "wont", "couldnt", "wouldnt", "hasnt",
                             "havent"})  # "Isn't there ...?": a question that expects yes
# a caller's opening before saying who speaks ("hi", "good morning", "yeah hi"), at most INTRO_OPENING words of it
GREETING_WORDS = frozenset({"good", "morning", "afternoon", "evening", "yeah", "yes", "um", "uh", "erm", "er", "hei",
                            "hejsan", "tjena", "dag", "goedemorgen", "hoi", "servus", "morgen", "god", "guten", "tag"})
INTRO_OPENING = 4
INTRO_ORIGINS = frozenset({"from", "at", "with", "of", "fra", "fran", "von", "bei", "van", "bij", "hos", "pa"})
HESITATIONS = frozenset({"um", "uh", "erm", "er", "ehm", "ah", "eh", "ok", "so"})  # where a caller's intro ends
# the kind of firm that ends a "whose" told in passing ("at the culvert repair company")
TRADE_NOUNS = frozenset({"company", "firm", "shop", "outfit", "business", "agency", "studio", "factory", "plant",
                         "workshop", "chain", "co", "ltd", "inc", "gmbh", "ab", "as", "bv", "cooperative", "place"})
PLURAL_SERVICES = frozenset({"services", "tjenester", "tjänster", "dienste", "diensten"})  # in a body's name
BODY_NOUNS = frozenset({"regulator", "authority", "board", "directorate", "department", "inspectorate", "council",
                        "commission", "office", "bureau", "trust", "unit", "division", "group", "tilsynet", "verket",
                        "myndighet", "behörde", "dienst", "ministry"})  # what a public body is called
NAME_NOUNS = TRADE_NOUNS | BODY_NOUNS  # what ends a firm's or a body's name ("Water Services Regulator")
SET_CONDITIONS = ("unless", "except if", "only if", "med mindre", "medmindre", "om inte", "såvida inte", "es sei denn",
                  "außer wenn", "ausser wenn", "tenzij", "behalve als")  # a condition set on what was just named
NAMED_CONDITION_REACH = 2  # words between a name and the condition after it ("Sentry Plugins, unless ...")
HOSTED_WORDS = frozenset({"hosted", "hosting", "gehostet", "hostet", "hostad", "hostede", "gehost"})  # "hosted on ..."
HOSTED_ON = frozenset({"on", "at", "in", "auf", "bei", "på", "hos", "op", "bij"})
HOSTED_REACH = 4  # words after "hosted on" within which an onsite place says where the hosting is
POINTERS = frozenset({"that", "this", "so", "das", "det", "dat"})  # "why's that?", "warum das?": the last thing told
POINTED = POINTERS | {"is", "ist", "er", "ar"}  # the words of "why is that", "warum ist das"
# numbers of more than two, said in words: what they count are people or things, not a family of rows
NUMBERS_OVER_TWO = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                              "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozen",
                              "dozens", "several", "many", "tre", "fem", "seks", "sju", "syv", "atte", "otte",
                              "tolv", "tjue", "tyve", "femti", "halvtreds", "fyra", "atta", "tio", "tjugo", "drei",
                              "vier", "funf", "sechs", "sieben", "zehn", "zwolf", "zwanzig", "drie", "vijf", "zes",
                              "zeven", "tien", "twaalf", "twintig", "mange", "manga", "viele", "veel", "mehrere",
                              "flere", "flera", "meerdere"})
TOTAL_REACH = 4  # words between "every" and the row word it counts ("every single external-API option")
RANGE_WHOLE = frozenset({"everything", "anything", "all", "every", "alles", "allt", "alt"})  # "everything from X to Y"
RANGE_FROM = frozenset({"from", "fra", "fran", "von", "van", "vom"})
RANGE_TO = frozenset({"to", "til", "till", "bis", "tot", "zu", "zum", "zur"})
RELATIVE_WHO = frozenset({"who", "whose", "whom"})  # may open a relative clause
RANGE_REACH = 5  # words from "from" to "to", and from "to" to the range's end
ASK_LABELS = frozenset({"ask", "asks", "asked", "question", "fragen", "fraga", "sporsmal", "sporg", "vraag"})
# what a label calls the note it heads ("agent remark for the systems team:", "svar i tråden:", "Randnotiz für die IT
# (vor dem Versand streichen):", "notes, rev B:"): with no name in it, a label of the note, not what is asked
NOTE_LABELS = ("note", "notes", "notat", "notiz", "notitie", "anteckning", "remark", "remarks", "bemærkning",
               "bemerkning", "anmärkning", "anmerkung", "opmerking", "comment", "comments", "kommentar", "commentaar",
               "reply", "replies", "svar", "antwort", "antwoord", "aside", "addition", "tilføjelse", "tillegg",
               "tillägg", "nachtrag", "toevoeging", "addendum", "update", "postscript")
STAYING = frozenset({"stay", "stays", "remain", "remains", "keep", "keeps"})  # "as long as SuperOffice stays on ..."
INFO_NOUNS = frozenset({"overview", "summary", "explanation", "rundown", "breakdown", "clarification", "oversikt",
                        "översikt", "overblik", "überblick", "overzicht", "forklaring", "förklaring", "erklärung",
                        "uitleg"})  # what an asker needs when the need is an answer
INFO_REACH = 3  # words after a need's word where what is needed stands ("needs a short overview")
BUTS = frozenset({"but", "sondern", "men", "utan", "maar", "aber"})  # "not by hand, but from code": what is affirmed
PLACE_NOUNS = frozenset({"one", "version", "edition", "install", "installation", "variant", "versions", "editions",
                         "installs", "installations", "deployments", "setups"})  # "the onsite one", "self-hosted
# installs never get"
CLAUSE_VERB_REACH = 3  # words after a clause's named subject where its verb stands ("that the onsite one doesn't")
COUNTED_ONE = frozenset({"than", "least", "exactly"})  # "more than one", "at least one": "one" is a number
NUMERALS = frozenset({"one", "two", "three", "several", "multiple", "ein", "eine", "einen", "zwei", "een", "twee",
                      "én", "ett", "två", "tre", "mehrere", "flere", "flera", "meerdere"})  # "more than one ..."
HOSTING = frozenset({"host", "install", "operate", "have", "keep"})  # "only when we host SuperOffice on our own ..."
NO_IDIOMS = frozenset({"idea", "clue", "problem", "worries", "rush", "hurry", "doubt", "ahnung", "aning", "anelse",
                       "idee"})  # "no idea what UI workflow means": nothing put aside
ONLY_PICKS = frozenset({"what", "whatever", "those", "these", "the", "which", "ones"})  # "only what ..." picks
DEVICE_ON = frozenset({"on", "auf", "på", "op"})  # "the apps on the reps' phones": apps on a device named after
ON_DEVICE_REACH = 3  # words after "on" in which the device's name begins ("on the reps' phones")
HERE = frozenset({"here", "hier", "här"})  # "bowls club here": who asks, said first (not "her": English's pronoun)
MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "kan", "kann", "kunne",
                     "können", "kunnen", "kunna"})  # before "not" and a verb: the verb is negated
NEGATED_REACH = 3  # words before a need's `negated` word a negation may stand ("don't have any developers")
PAIR_REACH = 11  # words after the first of a need's pair of words within which the second must come
EVENT_OPENER_REACH = 5  # words before a thing an opener of its happening may stand ("as soon as a new company",
# "whenever a rep closes a deal")
LACKER_REACH = 4  # words from a client word to the verb of its lacking ("the sales client lacks them")
EVENT_SETTINGS = frozenset({"row", "platform", "point"})  # named beside a happening, they are what the asker has
EVENT_VERB_REACH = 4  # words after the thing within which the verb of its happening comes ("a ticket gets closed")
GOVERNED_REACH = 3  # words between a question word and the detail it asks for ("which SQL server version")
JOINED_GAP = 2  # words between two clients named together ("sales + service", "sales and service")
CAN_NOTS = frozenset({"cant", "can", "cannot", "klarer", "klarar", "kan", "schafft"})  # "Triggers can't do
# date maths?" may ask about the row; "a macro isn't enough" only says it falls short
SHORTFALL_REACH = 2  # words between a constraint and the words saying it falls short ("point-and-click rules can't")
ALREADY_REACH = 4  # words before a need phrase where "already" says it is met ("we already mirror the database")
LEVEL_WORD_REACH = 4  # words after a level's name where "level" makes it one ("scripting and external API levels")
POSSESSED_REACH = 3  # words before a row's name where "our" makes it the asker's own ("one of our custom pages")
REQUIRER_REACH = 5  # words before a word of requiring where the rows that require may stand
CELL_WORDS = 2  # words of a matrix cell between a name and its negation ("the onsite column is blank")
PICKED_FROM = frozenset({"from", "of", "in", "out", "fra", "från", "aus", "van", "af", "av"})  # "ones from that list"
ROWS_ASKED_BARE = 4  # words of an asking sentence that ask only which rows fit what the setup told
# an article that may open the second of two joined clients ("the selling and the service modules")
JOINED_ARTICLES = frozenset({"the", "our", "their", "den", "det", "der", "die", "das", "de", "het"})
ASKED_REACH = 2  # "what firewall rules", "which exact fields": the word asking what stands this close before the thing
# ... and is one of these, which ask for a thing the next words name ("hva heter" asks a name, "who's" a person)
WHICH_THING = frozenset({"what", "whats", "which", "hvilke", "hvilken", "hvilket", "vilka", "vilken", "vilket",
                         "welche", "welcher", "welches", "welchen", "welchem", "welke", "welk"})
# ... or a place asked of a thing ("where is rounding done?", "wo wird das Protokoll gespeichert?")
WHERE_THING = frozenset({("where", "is"), ("where", "are"), ("where", "does"), ("where", "do"), ("hvor", "er"),
                         ("hvor", "blir"), ("var", "är"), ("var", "sker"), ("wo", "ist"), ("wo", "wird"),
                         ("wo", "werden"), ("waar", "is"), ("waar", "wordt"), ("waar", "worden")})
ASKED_FILLERS = frozenset({"exact", "exactly", "specific", "kind", "kinds", "sort", "type", "types", "of", "the"})
# ... and the thing has no object after it (then it is a verb: "what replaces it there?")
WAY_LEADS = frozenset({("way", "to"), ("ways", "to"), ("possible", "to"), ("måte", "å"), ("mulig", "å"),
                       ("sätt", "att"), ("möjligt", "att"), ("måde", "at"), ("muligt", "at"), ("manier", "om"),
                       ("mogelijk", "om")})  # "is there a way to <do>": the doing is what is asked
WAY_REACH = 2  # words between "a way to" and the thing asked for ("a way to force a recalculation")
# "whether lazy loading is supported", "is lazy loading supported?": the thing said to be supported is asked for
SUPPORTED = frozenset({"supported", "possible", "unterstützt", "støttet", "stöds", "understøttet", "ondersteund"})
COMPLEMENTISERS = frozenset({"if", "whether", "om", "ob", "of"})  # "wants to know whether": a yes or a no follows
SUPPORTED_REACH = 3  # words between "is" and "supported" or before "is supported" that may be the thing
OBJECT_LEADS = frozenset({"it", "them", "this", "that", "those", "these", "the", "a", "an", "our", "my", "your",
                          "their", "its", "his", "her", "us", "me", "you"})
NOT_ONLY_REACH = 4  # words before a level within which "not just" makes it one among others
NOT_ONLY = frozenset({"just", "only", "merely", "simply", "nur", "bara", "bare", "kun", "blot", "alleen", "enkel"})
# "why may nobody upload ...": no one allowed, a "not" for the reason asked (not for what it puts aside: "with
# nobody touching it" wants the thing done by itself)
NOTHING = frozenset({"nothing", "nichts", "ingenting", "inget", "intet", "niets"})  # "lose nothing"
NOBODY = frozenset({"nobody", "noone", "niemand", "niemanden"})
# "syntax resembles which language?", "ähnelt", "ligner": likened to something (plain "like" only before "which")
LIKENESS = frozenset({"resembles", "resemble", "resembling", "similar", "akin", "ähnelt", "ähneln", "ähnlich", "ligner",
                      "liknar", "liknande", "lignende", "lijkt", "vergelijkbaar"})
LIKE = frozenset({"like", "wie", "som", "zoals"})
LIKENED_REACH = 3  # words after a detail where what it is likened to may follow
# words that open a request with no question mark ("list the ...", "name every ...", "nenne alle ...")
REQUESTS = frozenset({"list", "name", "show", "give", "tell", "explain", "describe", "enumerate", "liste",
                      "nenne", "nennen", "zeige", "zeig", "nevn", "vis", "lista", "visa", "nämn", "noem", "toon",
                      "geef", "opsummer", "angiv", "oppgi", "ange", "beschreibe", "beskriv", "forklar", "förklara"})
REQUEST_REACH = 6  # words from a sentence's start within which its request or question word stands
WHY = frozenset({"why", "whys", "hvorfor", "varför", "warum", "waarom", "wieso", "weshalb"})
WHEN_WHO_WHY = RELATIVE_WHO | frozenset({"when", "når", "nar", "wann", "wanneer", "hvornår"}) | WHY
WORKING = frozenset({"work", "works", "run", "runs", "function", "functions", "exist", "exists", "virker", "fungerer",
                     "fungerar", "funkar", "funktioniert", "funktionieren", "werkt", "werken", "kører", "kör", "kjører",
                     "läuft", "laufen", "draait", "draaien"})
RUN_OR_HOST = WORKING | HOSTING  # a verb after the subject of "only when we run SuperOffice on ..."
ONLY_WORKS_REACH = 4  # words before a place where "only work(s)" may stand ("only work when you host SO yourself")
CONDITIONS = frozenset({"if", "unless", "hvis", "om", "wenn", "falls", "als", "ifall", "dersom"})
PLACE_CONDITIONS = frozenset({"when", "once", "where", "while", "after", "etter", "efter", "nach", "når", "nar",
                              "wanneer", "wo", "waar", "där", "hvor"})  # ("... off the table after the move to ...")
# verbs of leaving a place: negated ("never leave our own server"), they keep the customer there
STAYING_NEGATED = frozenset({"leave", "leaving", "quit", "abandon", "forlate", "forlater", "forlade", "forlader",
                             "lämna", "lämnar", "verlassen", "verlaten", "verlaat"})
# "what is this kind of extension called?", "what does SuperOffice call that?": a name asked
WHAT_WORDS = frozenset({"what", "hva", "vad", "hvad", "was", "wat", "wie"})
CALLED = frozenset({"called", "named", "heter", "hedder", "heißt", "heisst", "heet", "kallas", "kaldes", "kalles",
                    "genannt", "genoemd"})
CALL_AUX = frozenset({"do", "does", "did", "would", "should"})
CALLED_REACH = 7  # words from "what" to "called" closing the sentence
CALL_SUBJECT_REACH = 2  # words between "what does" and "call" ("what does SuperOffice call")
# a row's own level or place on the stairs ("their step on the extensibility stairs", "its tier")
ROW_POSSESSIVES = frozenset({"its", "their", "dens", "deres", "dess", "deras", "ihre", "seine", "zijn", "hun"})
STAIR_PLACES = frozenset({"step", "place", "position", "spot", "trinn", "steg", "trin", "stufe", "platz", "plek",
                          "plass", "plats", "plads", "trede"})
STAIRS = frozenset({"stairs", "staircase", "ladder", "levels", "tiers", "hierarchy", "trappen", "trappa", "trappan",
                    "treppe", "trap", "nivåene", "nivåerna", "niveauer", "ebenen", "niveaus"})
STAIRS_REACH = 4  # words after the place to the stairs' word ("step on the extensibility stairs")
BENEFICIARIES = frozenset({"us", "me", "them", "you", "him", "her"})  # "for us": who a rejection is for
ASIDE_JOINS = frozenset({"and", "nor", "og", "och", "und", "en", "noch"})  # join a name to one set aside before it
# words for where SuperOffice is hosted as such, not a place: "regardless of hosting" says the place does not matter
HOSTING_NOUNS = frozenset({"hosting", "drift", "driften", "driftsform", "driftsformen", "driftsmodell",
                           "driftsmodellen", "driftform", "betrieb", "betriebsart", "betriebsmodell", "hostingmodell",
                           "deployment", "hostingmodel", "hostingmodellen", "hostingvorm", "deploymentmodell",
                           "installationsart"})
MOVE_ADVERBS = frozenset({"ever", "be", "going", "planning", "plan", "yet", "soon"})  # "won't ever move to ..."
ACCOUNT = "account"  # the detail of an account: a password, a login, credentials
# words of signing in: with both environments named, how signing in differs is asked, not an account's details
SIGNING_IN = frozenset({"login", "logon", "log", "logs", "logging", "sign", "signs", "signing", "signin", "auth",
                        "authenticate", "authenticates", "authenticated", "authenticating", "authentication",
                        "pålogging", "innlogging", "inloggning", "inlogning", "anmeldung", "anmelden",
                        "aanmelden", "inloggen", "autentisering", "authentifizierung", "authenticatie"})
PLATFORM_NEGATION_REACH = 5  # words before a platform in which a clause's negation denies it
# steps shown, told before the question ("great tutorial! ..."): no steps asked
SETUP_STEPS = frozenset({"tutorial", "tutorials", "video", "videos", "walkthrough"})
# compiled code, which Online does not run (the policy the data explains)
COMPILED = frozenset({"dll", "dlls", "assembly", "assemblies", "compiled", "kompilert", "kompilerte", "kompilerad",
                      "kompilerade", "kompileret", "kompilierte", "kompilierten", "gecompileerde", "binaries"})
CONDITION_REACH = 5  # words before a failure that its condition may open ("if the region field stays empty")
PLACE_LEADS = frozenset({"on", "in", "at", "inside", "within", "på", "i", "auf", "im", "op"})  # a place phrase
THAT_ONE = frozenset({"that", "this", "same", "denne", "dette", "den", "diese", "dieser", "dieselbe", "deze", "die",
                      "dezelfde", "samma", "samme"})  # "in that version": the one named before
MOVE_VERBS = frozenset({"moved", "moves", "move", "moving", "migrated", "migrates", "migrate"})
MOVE_REACH = 6  # words after a verb of moving where the place moved to may stand
USING = frozenset({"uses", "use", "using", "runs", "run", "running", "bruker", "använder", "bruger", "nutzt",
                   "nutzen", "gebruikt", "gebruiken"})  # a verb of using a place ("uses SuperOffice Online only")
COUNTING_WORDS = frozenset({"count", "counts", "counted", "tæller", "teller", "räknas", "zählen", "zählt", "tellen",
                            "telt"})  # "sales and service both count": either one
COUNT_REACH = 3  # words after the second client a counting word may stand ("sellers and support both count")
SWITCHES = frozenset({"now", "nu", "nå", "jetzt", "nun"})  # a filler that moves the thread on ("ok now the browser UI")
DROP_REACH = 3  # words between a drop and the client whose shared rows it drops, and from it to "also"
# "rows shared with sales", "in common with Service": the client after them is whom rows are shared with
SHARING = frozenset({"shared", "share", "shares", "sharing", "common", "delt", "delte", "delade", "delar", "deler",
                     "geteilt", "teilt", "teilen", "gemeinsam", "gemeinsame", "gedeeld", "delen", "fælles", "gemensam",
                     "gemensamma", "felles"})
WITH = frozenset({"with", "med", "mit", "met"})
# the nouns a client's name may head ("the sales module only", "the CS part exclusively")
MODULE_NOUNS = frozenset({"module", "modules", "side", "part", "bit", "section", "modul", "modulen", "delen", "teil",
                          "seite", "kant", "sida", "siden"})
SHARED_WORDS = frozenset({"also", "too", "också", "også", "auch", "ook", "likewise", "ebenfalls", "eveneens", "likaså",
                          "ligeledes", "likeså", "likeledes"})
# "only" and a condition just before a place: "use only as long as we host it ourselves", "only while we're onsite"
ONLY_WHILE_REACH = 8  # words before a place the condition and its "only" may take
ONLY_WHILE = (("as", "long", "as"), ("so", "long", "as"), ("while",), ("when",), ("if",), ("solange",), ("zolang",),
              ("så", "lenge"), ("så", "länge"), ("så", "længe"), ("wenn",), ("når",), ("när",))
WHICH = frozenset({"which", "hvilken", "hvilket", "vilken", "vilket", "welche", "welcher", "welches", "welke", "welk"})
ROW_WORDS = frozenset({"row", "rad", "raden", "række", "rækken", "zeile", "rij", "entry", "eintrag", "option",
                       "feature", "extension", "mechanism", "capability"})  # one row
ROW_ASK_REACH = 3  # words between "which" and the row word ("which config row", "which external api row")
_LABEL = re.compile(r"\s*([^:?\n]{2,40}):\s")  # a short label before a colon ("Sales client: which ...")
# a heading before a colon or a dash ("ERP Sync Connector - ...", "Continuous Database: ...")
_ROW_HEAD = re.compile(r"\s*([^:?\n\u2013\u2014]{2,40}?)(?::|\s[-\u2013\u2014]\s)")
_HEADING = re.compile(r"\s*([^:?\n]{2,60}):\s+(?:[^\W\d_]{2,}ing|get|read|fetch|retrieve|set|open|call|hide|show|"
                      r"create|update|delete|add|send|pass|load|save|refresh|hente|hämta|abrufen|ophalen)\b",
                      re.IGNORECASE)  # "SuperMacro: chaining a macro ...", "... VBScript: get the id of ..."
REJECTED_REACH = 10  # words before a rejection ("... are not part of it") that it can reject
REJECTED_LATER_REACH = 20  # words after a need's phrase within which a rejection may reject it
RELATION_REACH = 3  # words between two rows' names within which a relation word ties them ("from a Zapier zap")
CAPABILITY_SUBJECT_REACH = 3  # words after "can", "does" within which a row named is the question's subject
AVAILABILITY_KEYWORD = Meaning("intent", "availability")
REJECTION_PLACE_REACH = 4  # words after a row's rejection in which a place makes it a question of where
WANTING_REACH = 3  # words before the possessive within which a modal word says so
MADE_REACH = 4  # words before a platform's name within which a verb of making makes it the asker's own app
# a row's one-word name that is as often a verb, after a subject that lists or triggers ("the capability table lists
# MDO Providers as Sales-only", "what triggers a sentry plugin?"): the verb, when a name or an article follows
NAME_VERBS = frozenset({"lists", "triggers"})
PHRASAL_NAMES = frozenset({("plug", "in"), ("plug", "into")})  # a name's words that are also a verb with its particle
CONSEQUENCES = frozenset({"so", "thus", "therefore", "hence", "and", "så", "därför", "derfor", "daher", "dus", "also"})
OF_WORDS = frozenset({"of", "av", "för", "for", "von", "van"})  # after a head noun ("which version of SQL Server")
REFUSAL_GAP = 2  # words between a refusing verb and the row it refuses ("won't touch the old XML envelopes")
# words before an interrogative "who": a verb of asking or knowing, a conjunction ("do you know who ...", "and who ...")
WHO_ASKED = frozenset({"know", "ask", "asking", "tell", "wonder", "wondering", "find", "see", "say", "and", "or",
                          "but", "so", "then"})
NOUN_LEADS = frozenset({"own", "custom", "new", "existing", "old"})  # before a noun, not a verb ("our own plug in")
VERB_SUBJECTS = frozenset({"table", "matrix", "docs", "doc", "documentation", "page", "overview", "chart", "grid",
                           "sheet", "spreadsheet", "article", "guide", "seed", "it", "which", "that", "this", "what"})
# verbs after "only the sales people" that make what follows theirs alone ("... that only the sales people get")
GETTING = frozenset({"get", "gets", "see", "sees", "receive", "receives"})
NUMBERED_LABEL = 5  # words a numbered item's label before a colon or dash has at most ("GO/NO-GO #1b:")
CLOSING_REMARK = 3  # words after a yes/no tail and a comma that tell who asks ("..., is that right, clam farm")
# pronouns after a row heading's colon that ask of the row ("Trigger on new ticket: can it be limited to ...?")
HEADED_PRONOUNS = frozenset({"it", "they", "this", "that", "den", "det", "de", "es", "sie", "het", "ze"})
PAPERS = VERB_SUBJECTS - {"it", "which", "that", "this", "what"}  # a document, not a pronoun ("which is missing ...")
THINGS_ARTICLES = ENGLISH_ARTICLES  # before a level's name in the setup: a thing ("the database")
THINGS_OWNERS = THINGS_ARTICLES | {"its", "our", "their", "your", "my", "his"}
DOMAIN_HEAD_MIN = 6  # a generic word this long may be the head of a compound ("bestellsystem")
COMPOUND_LEFT_MIN = 4  # ... after at least this many letters of its own
PREFERENCES = ("rather than", "instead of", "in place of", "statt", "anstatt", "i stedet for", "i stället för",
               "istället för", "in plaats van")  # what sets a place aside ("rather than on our own servers"), or a
# row after it in the clause it opens ("..., rather than someone running loose SQL by hand")
PREFERENCE_REACH = 4  # words back from a place within which a preference sets it aside
NATURE_REACH = 4  # words after "what kind of" within which the row it asks the nature of is named
NATURE_WORDS = frozenset({"kind", "sort", "type"})  # "what kind of", "what sort of", "what type of"
TOPIC_JOINS = frozenset({"of", "for", "in", "from", "på", "i", "av", "för", "für", "von", "van", "voor", "til"})
TOPIC_GAP = 2  # words between a row's name and the platform whose topic they name ("of", "of the")
# verbs of having between a platform and a row's name: the platform's own ("does Customer Service have SOAP services?",
# "Customer Service exposes a SOAP API")
TOPIC_HAVING = frozenset({"have", "has", "had", "offer", "offers", "expose", "exposes", "provide", "provides", "ship",
                          "ships", "har", "hat", "haben", "heeft", "hebben", "bietet", "tilbyr", "erbjuder", "tilbyder",
                          "biedt"})
API_NOUNS = frozenset({"api", "apis", "interface", "interfaces", "endpoint", "endpoints", "webservice", "webservices",
                       "schnittstelle", "grensesnitt", "gränssnitt", "grænseflade", "koppeling"})
SERVICING = frozenset({"sell", "sells", "install", "installs", "repair", "repairs", "maintain", "maintains", "rent",
                       "rents", "lease", "leases", "supply", "supplies", "deliver", "delivers", "build", "builds"})
# verbs whose "... and service" is a verb too ("we sell and service cash registers")
ID_LABEL_WORDS = 3  # words of a label with an id before a colon ("Assumption A15", "Section C item 9")
BRACKETED = re.compile(r"\([^()]*\)")  # a bracket's words, in a label
NOTE_PART_WORDS = 4  # words of a part of a longer heading that a note's label may be ("...; note til IT:")
ID_LABEL_LONG = 6  # ... or words of one with a number of its own ("p. 133, margin (Norwegian colleague)")
LABEL_ONLY_WORDS = 2  # words of a label without an id that names nothing ("Intern notes:")
FITTING = frozenset({"fits", "fit", "suits", "suit", "works", "work", "is", "should", "would", "do", "does", "to",
                     "for", "passer", "passar", "passt", "past"})  # after "which kind of scripting": a row asked
MANY = frozenset({"lots", "lot", "many", "multiple", "hundreds", "thousands", "millions", "mange", "många",
                  "viele", "veel", "mehrere", "meerdere", "tusenvis", "tusentals", "tausende", "duizenden"})
MANY_REACH = 2  # words back from a plural within which a quantity counts it ("lots of rows")
JOINING = frozenset({"+", "&", "and", "plus", "og", "och", "und", "en"})  # between two clients an aside tells
PEOPLE_PRONOUNS = frozenset({"them", "they", "dem", "sie", "ihnen", "hun", "zij", "ze"})  # who, after a client word
PICK_OFS = frozenset({"of", "av", "af", "der", "von", "van"})  # "which of the ... rows": one picked from them
PICK_REACH = 6
# a verb for one after the plural ("which of the rows fits?"; "which of the options can we pick from?" lists them)
PICKED_VERBS = frozenset({"fits", "suits", "matches", "serves", "applies", "does", "works", "is", "passer", "passar",
                          "passt", "past"})
THIRD_PERSONS = frozenset({"they", "theyre"})  # may be rows as well as people
CAPABILITY_OPENERS = frozenset({"can", "could", "may", "kan", "kann", "könnte", "kunne", "kunnen", "kun"})
ADDRESSED = frozenset({"you", "u", "anyone", "someone", "somebody", "du", "ni", "jij", "je", "dere"})
CAPABILITY_WORDS = 7  # words an asking sentence that opens with "can" needs to say a thing of its own
RUNNING = frozenset({"run", "runs", "running", "ran", "hosted", "served", "works", "working", "operate", "operates",
                     "operating", "live", "lives", "living"})  # "runs off our own hardware": on it
RUNS_OFF_REACH = 4  # words before "off" where a verb of running may stand ("runs in the browser off our own ...")
# verbs of moving a few words before "off" make it where things move from ("lift our ui-workflow setup off our own
# server into Online")
MOVING = frozenset({"lift", "lifts", "lifted", "lifting", "take", "takes", "taking", "took", "pull", "pulls", "pulled",
                    "pulling", "move", "moves", "moved", "moving", "migrate", "migrates", "migrated", "migrating"})
MOVES_OFF_REACH = 6
MOVED_REACH = 5  # words between a verb of moving and the "to" of where it goes ("moving our support desk to")
MOVES_TO = frozenset({"move", "moves", "moving", "migrate", "migrates", "migrating"})  # a move still to come
# words that make a noun of the "off" after them ("a one-off UPDATE typed by hand", "the kick-off", "sign-off by IT"):
# nothing is put aside
OFF_NOUNS = frozenset({"one", "kick", "sign", "hand", "spin", "trade", "show", "lift", "tip", "lay"})
PLACED_DATA = frozenset({"tables", "table", "database", "databases", "db", "data", "dataset", "tabeller", "tabellen",
                         "databasen", "datenbank", "daten", "gegevens", "datasett", "datasæt"})  # "the hosted tables"
WEAK_PLACES = frozenset({"tenant", "tenants", "tenancy", "tenanten", "tenantet"})  # place words another place outranks
PEOPLE_SUBJECTS = frozenset({"they", "sie", "zij", "ze"})  # "they can use": people, never rows
PLURAL_POINTERS = PEOPLE_PRONOUNS | {"those", "these", "disse", "dessa", "diese", "deze"}  # may stand for a noun before
PERSONAL = frozenset({"it", "its", "they", "them"})  # never a determiner: "can it hide fields?" points back
DATABASES = frozenset({"db", "dbs", "database", "databases", "databasen", "databas", "datenbank", "databank"})
ARTICLES = frozenset({"de", "die"})  # pronouns that are articles before a name ("naar de cloud", "die Cloud")
DETERMINERS = ENGLISH_ARTICLES | INDEFINITE_ARTICLES | ARTICLES | {"der", "das", "den", "het"}  # "get the Sales Guide"
CELL_MARK_REACH = 6  # words before a column's name in which "lacking an X" leaves its cell empty
FOR_WHOM = frozenset({"for", "för", "für", "voor", "til"})  # "an add-on for Sales and Service users"
FOR_WHOM_REACH = 4  # words before a client in which "for" makes the client whom a product is for
CLIENT_COLUMN = frozenset({"client", "clients", "klient", "klienter"})  # the matrix column
TRIED_REACH = 40  # words after a tried phrase that may still tell what was tried
LABEL_WORDS = 16  # at most this many words before a colon may say who asks ("partner here:")
_COLON = re.compile(r":\s")  # a colon that ends a label
# details that, next to a place's name, name a copy of it ("the hosted version", "the cloud sandbox")
PLACE_DETAIL_WORDS = frozenset({"version", "sandbox", "testmiljø", "testmiljö", "testumgebung", "testomgeving",
                                "subscription", "abonnement", "abonnemang"})  # ("a hosted CRM subscription")
NOT_LABELS = frozenset({"not", "nicht", "ikke", "inte", "niet", "excluded", "exclusions", "ausgeschlossen",
                        "utelukket", "uteslutet", "udelukket", "uitgesloten"})  # a heading whose items are set aside
# words that number an item of the asker's own tracker ("MR !500", "ticket 404"): the number is no error code
ID_LEADS = frozenset({"mr", "pr", "ticket", "issue", "case", "story", "task", "incident", "item", "nr", "no", "sak",
                      "ärende", "vorgang", "melding", "punkt", "punt"})
HEADING_DETAILS = frozenset({"version"})  # details a heading before a colon tells as the occasion ("Upgrade plan:")
HEADING_REST = 4  # words after such a heading that make a question of their own
HEADING_CHARS = 200  # characters before the colon of a heading at most (LABEL_WORDS words and their punctuation)
PLACE_KINDS = frozenset({"env", "client", "platform", "web"})  # what a label may name: where the customer is
UNBROKEN_KINDS = PLACE_KINDS | {"detail"}  # phrases that run across no comma, bracket or sentence end
LIST_VERBS = frozenset({"name", "list", "enumerate", "nevn", "nämn", "nævn", "nenne", "nenn", "noem", "opsummer"})
SIFTED = frozenset({"anything", "everything", "ones", "those", "rows", "items", "options", "all", "any"})  # ... that
SIFT_RELATIVES = frozenset({"that", "which"})  # ("anything that doesn't run there": what the rows kept or dropped do)
SIFT_VERBS = frozenset({"drop", "skip", "remove", "exclude", "omit", "ignore", "leave", "strip", "filter", "cut",
                        "keep", "list", "show"})  # what is done with them
SIFT_REACH = 4  # words back from what they do within which the verb of sifting stands ("drop anything that ...")
SAME = frozenset({"same", "samme", "samma", "gleiche", "selbe", "zelfde"})  # with one word and a FOR_WHOM after it:
# the thread goes on ("same doubt for the Windows desktop edition")
LIKENESS_REACH = 3  # words before "equivalent", "counterpart" in which a negation denies the likeness
# "regardless" words said after what does not matter ("sales or support doesn't matter", "online or not, either way")
TRAILING_REGARDLESS = frozenset({"doesntmatter", "doesnotmatter", "eitherway", "maaktnietuit", "spilleringenrolle",
                                 "spelaringenroll"})
# ... unless a clause of what does not matter follows it ("doesn't matter where it's hosted", "spiller ingen rolle om")
# ... and those pointing back with "which" to what its sentence named ("hosted or not, sales or support, I don't
# care which")
SENTENCE_REGARDLESS = frozenset({"dontcarewhich", "donotcarewhich", "dontmindwhich"})
# ... and those closing their sentence ("whether hosted or not, sales or support side, they don't mind"), which
# otherwise look ahead ("don't mind where it is hosted")
CLOSING_REGARDLESS = frozenset({"dontcare", "donotcare", "doesntcare", "dontmind", "donotmind", "doesntmind",
                                "doesnotmind", "notfussed"})
MOOT_OPENERS = (["where"], ["whether"], ["if"], ["wherever"], ["hvor"], ["om"], ["var"], ["ob"], ["wo"], ["waar"],
                ["of"], ["how"])
REGARDLESS_REACH = 4  # words after "regardless", "uanset" whose pronoun is the clause's own ("uanset om det er")
OWNED_REACH = 8  # words before a client, in its sentence, where a word of having makes it the customer's
# what a message tells about the asker's setup (json, "the web version", SQL Server) while it asks for a row
CONTEXT_DETAILS = frozenset({"api", "address", "version", "product"})
# details a sentence before the question may tell as the setup ("a web panel showing the credit limit. which
# platform is that?"); an error, an account or a person told there is what the message is about
SETUP_DETAILS = CONTEXT_DETAILS | {"limit", "price", "timing", "performance", "config", "stepwise", "docs", "steps",
                                   "status"}
# details a negation just before puts aside ("won't pay for any dev work", "instead of freezing the browser")
NEGATABLE_DETAILS = frozenset({"price", "limit", "timing", "version", "api", "address", "config", "error"})
# details an aside in brackets may name without asking them ("default settings (which tab opens first)"); an
# error or a page told in one is still what the message is about ("... redirect to the homepage (so 404)")
ASIDE_DETAILS = frozenset({"where", "how-to", "stepwise", "steps", "timing", "contents", "limit"})
MODIFIER_DETAILS = frozenset({"status", "price", "timing", "version", "performance"})  # may describe a noun
COUNTING = frozenset({"howmany", "hvormange", "hurmånga", "wieviele", "hoeveel"})  # a count asked, not a limit
EXTENT = frozenset({"howmuch"})  # before a modal, an extent asked, not a price ("how much can a developer change?")
EXTENT_OF = "of"  # after EXTENT, a share asked, not a price ("how much of that is even possible there?")
ADJECTIVES = frozenset({"broken"})  # detail words that may describe any noun
MODIFIER_PHRASES = frozenset({"outofthebox"})  # "an out-of-the-box connector": ready-made, no other product
LIMIT = "limit"  # the detail of a limit ("how many fields at most?"), not a count of rows ("how many rows ...?")
VERSION_TOKEN = re.compile(r"v\d{1,2}")  # a version named by its number asks for a version detail
RELEASE_NUMBER = re.compile(r"\d{1,2}")  # "SuperOffice 11": a number right after a release name
VERSION = Meaning("detail", "version")
# "we can't open its database": who may reach a place (a part of the data named next), not a failure
ACCESS_CUES = frozenset({"cantopen", "cannotopen", "cannotaccess", "cantaccess", "unabletoaccess", "cantread",
                         "cannotread", "unabletoread"})
ACCESS_REACH = 2  # words between the cue and what it cannot reach ("its", "the hosted"), and after it to a cause
SINCE = frozenset({"after", "since", "once", "when", "efter", "etter", "nach", "na", "seit", "sedan", "siden", "sinds"})
ERROR = "error"  # the detail kind of a failure told ("... 'Object reference not set ...' when saving")
ERROR_MEANING = Meaning("detail", ERROR)
PRODUCT = "product"
# "the two-sentence version", "the short version": a summary asked for, no release
BEHAVIOUR = "behaviour"  # what a row does to existing data in a case told
REQUEST = "request"  # an errand asked of the bot ("can you deploy it for me")
# what a request to send may name that is the answer itself ("please send them over", "... the full set")
ANSWER_WORDS = frozenset({"them", "it", "those", "these", "list", "lists", "overview", "set", "options", "names",
                          "name", "summary", "answer", "answers", "rows", "table", "inventory", "everything", "all"})
SENT_SKIPPED = frozenset({"me", "us", "the", "a", "an", "full", "whole", "complete", "entire", "over", "back"})
SENT_REACH = 4  # words after a request to send within which what is sent is named
LIFECYCLE = frozenset({"stillsupported", "supportedanymore", "nolongersupported"})  # support life, unless a place
EDITIONS = frozenset({"web", "desktop", "windows", "browser", "mobile", "phone", "app", "cloud", "online", "hosted",
                      "saas", "onsite", "onprem", "premise", "premises"})  # "... version": a client or place
SUMMARIES = frozenset({"sentence", "line", "paragraph", "short", "shorter", "quick", "simple", "tldr", "brief",
                       "dummies", "layman", "laymans", "plain", "eli5", "kort", "korte", "enkel", "kurze"})
DOCUMENT = frozenset({"document", "documenting"})  # opening a message, they ask for documentation to be written
DOCS = Meaning("detail", "docs")
DETAIL_TYPO_MIN = 10  # a detail word this long alone may be misspelt ("perfomance"); shorter ones, and phrases, not
HOW = Meaning("detail", "how-to")
CONFIG = Meaning("detail", "config")  # where a row is set up: "where do I register it so it appears ...?"
SETUP_ASKS = frozenset({("do", "i"), ("do", "we"), ("should", "i"), ("should", "we"), ("must", "i"), ("must", "we"),
                        ("have", "to"), ("need", "to")})  # (not "where can we hook in?": where it works)
SETUP_VERBS = frozenset({"register", "configure", "set", "add", "put", "deploy", "install", "enable", "activate",
                         "upload", "place", "drop", "copy", "declare", "define", "specify", "switch", "turn"})
# papers whose own version a "v3" after them is ("PRD v3, open question 4: ..."), not SuperOffice's
VERSIONED_PAPERS = frozenset({"prd", "prds", "spec", "specs", "specification", "draft", "doc", "document", "rfc", "adr",
                              "sow", "proposal", "brief", "requirements", "minutes", "agenda", "checklist", "runbook",
                              "plan", "memo", "story", "epic", "ticket"})
# the asker's own papers, whose wording a docs request's words may be about ("the draft should describe ...")
OWN_PAPERS = frozenset({"draft", "drafts", "thesis", "proposal", "sop", "tender", "bid", "memo", "deck", "slides",
                        "report", "specification", "spec", "runbook", "checklist", "minutes", "brief", "requirements",
                        "utkastet", "utkast", "entwurf", "udkast", "udkastet", "concept", "ontwerp"})
OWN_PAPER_REACH = 3  # words before a docs request's words within which the paper it is about stands
STORAGE = Meaning("detail", "api")  # where a row keeps its data: "where are the threshold values stored?"
WHERE = frozenset({"where", "wheres", "hvor", "var", "wo", "waar"})
STORED = frozenset({"stored", "saved", "kept", "persisted", "lagret", "lagres", "lagrad", "lagras", "gemt", "gemmes",
                    "gespeichert", "abgelegt", "opgeslagen", "bewaard"})
ENDS = frozenset({"end", "ends", "ended"})  # "where does the output end up?": where it is kept
CELL_MARKS = frozenset({"x", "xs", "mark", "marks", "cross", "crosses", "tick", "ticks", "kryss", "kreuz"})
AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "can", "could"})  # before a trailing "not"
REFUSALS = frozenset({"no", "not", "without", "ikke", "inte", "nicht", "kein", "keine", "keinen", "niet", "geen",
                      "uten", "utan", "uden", "ohne", "zonder"})  # right before a need's phrase: that need refused
REFUSAL_REACH = 3  # words before a need's phrase within which one of REFUSALS refuses it ("not a whole ...")
THERE_IS = ({"there", "is"}, {"there", "are"}, {"there", "was"})  # "why is there no X", "there is no X"
MEANT = frozenset({"expected", "intended", "normal", "gewollt", "beabsichtigt", "tilsiktet", "avsiktligt"})
ENUMERATION_ITEMS = 4  # at least this many comma-separated items make a list of things told
ENUMERATION_ITEM_WORDS = 3  # ... each of at most this many words
PRODUCT_NAMES = frozenset({"superoffice", "so", "crm"})  # where a row is kept: "where in SuperOffice is it kept?"
STORED_REACH = 10  # words after "where" within which "stored" asks where data is kept (German puts it last; "where
# are the document templates for project guide stages stored?")
# "two" compares only as the two things talked about ("the two", "those two"; not "add two new ones")
PAIR_WORDS = frozenset({"two", "twee", "zwei", "två"})
PAIR_POINTERS = frozenset({"the", "those", "these", "both", "de", "die", "dem", "disse", "dessa", "deze", "den", "them",
                           "of", "between", "which", "what", "welke", "welche", "vilka", "hvilke", "hvilken"})
SHUT_WORDS = frozenset({"switched", "shut", "decommissioned", "retired", "turned", "abgeschaltet", "avviklet",
                        "nedlagt", "avvecklad", "uitgezet"})  # the old server's end: where a move starts
SHUT_REACH = 4  # words after an environment's name within which its server is switched off
ONLY_NOUN_LEADS = frozenset({"the", "our", "their", "my", "a", "an", "vores", "vår", "våra", "unsere", "unser", "onze"})
POSED_REACH = 5  # words back from a level's name within which "or do I have to ..." poses it as an alternative
POSED_VERBS = frozenset({"do", "does", "must", "have", "need", "needs", "should", "would"})
# verbs that report an error message quoted after them ("gives 'Object required'", "wirft 'Timeout'")
ERROR_VERBS = frozenset({"gives", "gave", "throws", "threw", "raises", "raised", "returns", "returned", "gir", "ger",
                         "giver", "gibt", "gab", "wirft", "warf", "geeft", "gaf", "kaster", "kastar"})
HOW_LAST = frozenset({"how", "hvordan", "hur", "wie", "hoe"})  # "make a field mandatory when closed - how?"
HOW_SUBJECTS = frozenset({"jeg", "vi", "man", "jag", "ich", "wir", "ik", "we", "du", "dere", "ni", "je"})
HOW_ASKED = re.compile(r"\b(?:how|hvordan|hur|wie|hoe)\s*\?\W*(?:\([^()]*\)\W*)?$", re.IGNORECASE)  # ... then at
# most a closing aside
COMPOUND_HEAD = 7  # letters a one-word detail needs to be read as the last part of a longer word
COMPOUND_FIRST = 3  # letters the first part of such a word has, if any ("blocking" is no "b" + "locking")
COMPOUND_ENDINGS = ("", "et", "en", "e", "s", "er", "ene", "a")  # definite and plural endings after it
ASKING_AUX = frozenset({"do", "does", "did", "dont", "doesnt"})  # "what do the docs say": the docs asked about
# "the docs say whether ...": what they should say is asked (not Dutch "of" nor Nordic "om", which are also "of" and
# "about": "the docs page of ...", "dokumentasjonen om ...")
WHETHER = frozenset({"whether", "ob", "hvorvidt", "huruvida"})
DOCS_ASK_REACH = 3  # words before "docs say" that may hold the asking "do" ("do the SO docs say")
ORIGIN = Meaning("cue", "origin")
PREAMBLE = Meaning("cue", "preamble")
DESTINATION = Meaning("cue", "destination")
MOVED = Meaning("cue", "moved")
PLACES = frozenset({"there", "dort"})  # a place pointed back to ("does it work there?")
# "are there", "there is", "what's there": there is no place
# what ends a clause whose words the need is not ("... afterwards are handled elsewhere", "... is someone else's
# workflow", "... is NOT part of this", "... is NOT this")
ELSEWHERE = ("handled elsewhere", "tracked elsewhere", "done elsewhere", "handled somewhere else",
             "tracked somewhere else", "someone elses", "somebody elses", "is not part of", "isnt part of",
             "are not part of", "is not this", "isnt this", "in another tool", "in a different tool", "woanders",
             "anderswo", "annetsteds", "någon annanstans", "et andet sted", "ergens anders")
# what tells a part of the story solved already ("storage is done", "is already solved", "is sorted")
SOLVED = ("already solved", "is solved", "is done", "is sorted", "already exists", "already exist", "already set up",
          "is settled", "are settled", "already hold", "already holds", "already has a home", "already have a home",
          "er løst", "är löst", "ist gelöst", "is opgelost", "allerede løst", "redan löst", "bereits gelöst",
          "al opgelost")
MISSING = frozenset({"missing", "lacking", "mangler", "saknas", "fehlt", "ontbreekt"})  # "what's missing is ..."
# what a client or place told as left out is followed by ("the sales side is out of scope")
OUT_OF_SCOPE = ("out of scope", "excluded", "irrelevant", "not relevant", "not in scope", "ikke relevant", "uten for",
                "utanför", "udenfor", "außen vor", "nicht relevant", "buiten scope", "niet relevant", "inte relevant")
BEING = frozenset({"is", "are", "was", "were", "s", "whats", "thats", "gibt", "ist", "sind"})
MOVE_JOINS = frozenset({"to", "til", "till", "nach", "naar", "into", "then"})  # between a move's start and end
JOINED_PLACES_REACH = 4  # words between two places joined by "and", "as well as" ("self-hosted installs as well as")
AS_WELL_AS = "as well as"
PLAIN_ONLY = frozenset({"only", "just", "kun", "bare", "bara", "endast", "nur", "alleen"})  # (not "exclusively")
HINT_KINDS = frozenset({"hint", "cue"})  # meanings of a hit that name nothing
BUSINESS_REACH = 3  # words between an indefinite article and "service" that make the service a business
STAIR_BOUNDS = frozenset({"above", "below", "beneath", "underneath", "oberhalb", "unterhalb", "ovenfor", "nedenfor",
                          "ovanför", "nedanför"})  # before a level, where on the stairs another level stands
REFUSED_FILLERS = frozenset({"anything", "any", "with"})  # between a refusal and the row it sets aside
TELLS_WHO_REACH = 3  # words of a closing sentence in which "is a" tells what someone is ("Client is a ...")
ORIGIN_REACH = 2  # words between "from"/"compared to" and the environment it names ("compared to an onprem")
MISSPELT_MIN = 7  # shorter words are too often other words one letter away ("unable", "usable")
FILTER_KINDS = frozenset({"env", "client", "level"})  # words that filter rows, never describe a need
NAMING_KINDS = frozenset({"item", "platform", "level", "env", "client", "group", "topic", "need", "detail"})  # names
# in a label that make it more than the note's label
SUBJECT_KINDS = frozenset({"item", "platform", "generic", "level", "group", "topic"})  # what a message is about


def _word_back(toks: list[str], i: int, reach: int, words: AbstractSet[str], sentences: tuple[int, ...]) -> int | None:
    """The nearest of the `reach` words before word i, in its sentence, that is one of `words`."""
    floor = max([0, *(s for s in sentences if s <= i)])
    return next((k for k in range(i - 1, max(floor, i - reach) - 1, -1) if toks[k] in words), None)


def _shared_with(toks: list[str], at: int) -> bool:
    """Whether the name at `at` follows "shared ... with", "in common with" (a few words back)."""
    return at >= 2 and toks[at - 1] in WITH and not SHARING.isdisjoint(toks[max(0, at - 4):at - 1])


def _asks_for_a_row(toks: list[str]) -> bool:
    """"which config row is it?", "welche Zeile der Matrix": one row asked for, a word or two after "which"."""
    return any(t in WHICH and not ROW_WORDS.isdisjoint(toks[i + 1:i + 1 + ROW_ASK_REACH]) for i, t in enumerate(toks))


def _asks_what_called(reading: Reading) -> bool:
    """"what is this kind of extension called?", "what does SuperOffice call that override point?": a name asked,
    "called" closing the sentence a "what" opens a few words before, or "call" after "what do(es)" and a name
    (not "what is called first": when a row is run)."""
    toks = reading.toks
    ends = {s - 1 for s in reading.sentences} | {len(toks) - 1}
    return any(t in WHAT_WORDS and (
        any(toks[k] in CALLED and k in ends for k in range(i + 2, min(len(toks), i + CALLED_REACH + 1)))
        or (toks[i + 1:i + 2] and toks[i + 1] in CALL_AUX
            and "call" in toks[i + 2:i + 2 + CALL_SUBJECT_REACH + 1]))
        for i, t in enumerate(toks))


def _enumerated(reading: Reading) -> set[int]:
    """The words of the inner items of a run of at least ENUMERATION_ITEMS short comma-separated items
    ("hearing, minutes late, reason, refund or not"): things listed, each named, none asked."""
    out: set[int] = set()
    cuts = [c for c in reading.breaks if c not in reading.sentences]
    run: list[int] = []
    for cut in cuts:
        if run and cut - run[-1] > ENUMERATION_ITEM_WORDS:
            run = []
        run.append(cut)
        if len(run) >= ENUMERATION_ITEMS - 1:
            out.update(range(run[0], run[-1]))
    return out


def _inside_longer(hit: Hit, others: list[Hit]) -> bool:
    """Whether a hit lies inside a longer one of `others` ("story" in "the same story for", "service" in "the hosted
    service")."""
    return any(o.start <= hit.start and hit.end <= o.end and o.end - o.start > hit.end - hit.start for o in others)


def _whole_words(hits: list[Hit], places: list[Hit], joins: frozenset[int]) -> list[Hit]:
    """A place named across a hyphened word's halves loses to a place that holds the word whole: in "a
    self-hosted Service installation" the place is "self hosted", not "hosted service"."""
    def cut(h: Hit) -> int | None:
        return next((k for k in (h.start, h.end) if k in joins), None)
    dropped = {id(h) for h in places if (k := cut(h)) is not None and any(
        o is not h and o.start < k < o.end and o.start < h.end and h.start < o.end and cut(o) is None
        for o in places)}
    return [h for h in hits if id(h) not in dropped] if dropped else hits


def _in_a_label(hit: Hit, reading: Reading) -> bool:
    """A place or client word inside a quoted name with words of its own ("a 'last service date' field", "the
    'online since' box"): part of the asker's label, not a filter. ("for 'Service' only" and "a client cell
    reading 'Sales, Service'" still name the clients.)"""
    quoted = reading.quoted
    if not quoted or not all(i in quoted for i in range(hit.start, hit.end)) \
            or not all(m.kind in ("env", "client") for m in hit.meanings):
        return False
    first, last = hit.start, hit.end
    while first - 1 in quoted:
        first -= 1
    while last in quoted:
        last += 1
    places = {i for h in reading.hits if h.means_any(("env", "client"))
              for i in range(h.start, h.end)}
    return any(i not in places for i in range(first, last))


def _whole_range(toks: list[str]) -> set[int]:
    """The words of a range that spans everything ("everything from setup options to APIs", "alles von der
    Konfiguration bis zur Datenbank"): from its "from" to a few words after its "to"."""
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok in RANGE_FROM and not RANGE_WHOLE.isdisjoint(toks[max(0, i - 2):i]):
            end = next((k for k in range(i + 2, min(len(toks), i + RANGE_REACH)) if toks[k] in RANGE_TO), None)
            if end is not None:
                out.update(range(i, min(len(toks), end + RANGE_REACH)))
    return out


def _spectrum(toks: list[str], ends: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> range:
    """The words telling the staircase's two ends as a range ("from admin settings up to compiled code", "config
    at the bottom, compiled internals at the top"), an empty range for none: the levels are asked about, not
    something at either end."""
    (lows, bottoms), (highs, tops) = ends
    for i, tok in enumerate(toks):
        if tok in RANGE_FROM and not lows.isdisjoint(toks[i + 1:i + RANGE_REACH]):
            to = next((k for k in range(i + 2, min(len(toks), i + 2 * RANGE_REACH)) if toks[k] in RANGE_TO), None)
            if to is not None and not highs.isdisjoint(toks[to + 1:to + RANGE_REACH]):
                return range(i, min(len(toks), to + RANGE_REACH))
        if tok in lows and not bottoms.isdisjoint(toks[i + 1:i + RANGE_REACH]):
            top = next((k for k in range(i + 2, min(len(toks), i + 3 * RANGE_REACH)) if toks[k] in tops), None)
            if top is not None and not highs.isdisjoint(toks[max(i + 2, top - RANGE_REACH):top]):
                return range(i, top + 1)
    return range(0)


def _counted(hit: Hit, toks: list[str]) -> bool:
    """A family's word counted as people or things ("12 tour guides, 4 sellers", "a coasteering outfit with twelve
    guides"): no family named (each family has two rows: "the two guides" still names one)."""
    return hit.means("group") \
        and any(t.isdigit() or t in NUMBERS_OVER_TWO for t in toks[max(0, hit.start - 2):hit.start])


def _posed(toks: list[str], i: int) -> bool:
    """Word i stands in an alternative the message poses ("built in, or do I have to script it?")."""
    before = toks[max(0, i - POSED_REACH):i]
    return "or" in before and not POSED_VERBS.isdisjoint(before[before.index("or"):])


def _clause_of(reading: Reading, i: int) -> int:
    """Where the clause (or sentence) holding word i begins."""
    return max((c for c in reading.clauses if c <= i), default=0)


def _after_last(words: list[str], marks: frozenset[str] | set[str]) -> list[str]:
    """The words after the last of `marks` among them (all of them when none is)."""
    at = max((i for i, x in enumerate(words) if x in marks), default=-1)
    return words[at + 1:]


def placed_at(toks: list[str], i: int) -> bool:
    """Word i opens a place phrase: "in", "on" right before it, or before an article before it ("in the Windows
    client")."""
    lead = i - 1 if i and toks[i - 1] in DETERMINERS else i
    return lead > 0 and toks[lead - 1] in PLACE_LEADS


def _preamble_or_not(hit: Hit) -> Hit:
    """A phrase that is a channel's preamble and something else ("auto-reply": an out-of-office message, or a reply a
    need sends) is the preamble where the message opens with it, the other thing anywhere else."""
    if PREAMBLE not in hit.meanings or len(hit.meanings) == 1:
        return hit
    kept = (PREAMBLE,) if hit.start == 0 else tuple(m for m in hit.meanings if m != PREAMBLE)
    return hit._replace(meanings=kept)


def _sifts_rows(toks: list[str], i: int) -> bool:
    """Word i opens what the rows to drop or keep do ("drop anything that doesn't run there", "skip whatever fails
    online"): a filter on the list, no error asked about."""
    return any(t in SIFT_VERBS for t in toks[max(0, i - SIFT_REACH):i - 1]) and (
        (i > 1 and toks[i - 1] in SIFT_RELATIVES and toks[i - 2] in SIFTED) or toks[i - 1] == "whatever")


def _listed_after(toks: list[str], i: int) -> bool:
    """Word i follows a verb of listing, an article between at most ("name the external apis", "list all")."""
    lead = i - 1 if i > 1 and toks[i - 1] in DETERMINERS else i
    return lead > 0 and toks[lead - 1] in LIST_VERBS


def _sentence_of(reading: Reading, i: int) -> tuple[int, int]:
    """Where the sentence holding word i begins, and where the next one does (the message's end)."""
    return (max((s for s in reading.sentences if s <= i), default=0),
            next((s for s in reading.sentences if s > i), len(reading.toks)))


def _by_word(phrases: Iterable[str], last: bool = False) -> dict[str, list[tuple[str, ...]]]:
    """Phrases as words, looked up by their first word (or their last, to read back from a position)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in (tuple(tokens(x)) for x in phrases):
        if phrase:
            out.setdefault(phrase[-1 if last else 0], []).append(phrase)
    return out


def _phrase_at(by_first: dict[str, list[tuple[str, ...]]], toks: list[str], i: int) -> int:
    """The length of a phrase of `by_first` starting at word i, 0 for none."""
    phrases = by_first.get(toks[i]) if i < len(toks) else None
    if not phrases:  # (most words start no phrase: no generator made for them)
        return 0
    return next((len(p) for p in phrases if tuple(toks[i:i + len(p)]) == p), 0)


@dataclass
class Reading:
    """What one message says, before the act is chosen. Built by `Reader.read`; frozen into a Frame."""

    text: str
    toks: list[str]
    hits: list[Hit]
    rows: list[str] = field(default_factory=list)
    named_rows: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)
    shared_dropped: bool = False  # a client dropped for what it also gets ("leave out anything sellers also get")
    tried: frozenset[int] = frozenset()  # the words of what the asker tried already ("What I tried: ...")
    heading: int = 0  # the words of a heading before the first colon ("Upgrade checklist, item 8: ..."), 0 for none
    owned_rows: list[str] = field(default_factory=list)  # named after "our": the asker's own, a setting
    platforms: list[str] = field(default_factory=list)
    named_platforms: list[str] = field(default_factory=list)
    env_platforms: list[str] = field(default_factory=list)  # implied only by an environment word
    web_client: bool = False
    points: list[str] = field(default_factory=list)
    platform_rows: list[str] = field(default_factory=list)
    topic: str | None = None
    need: str | None = None
    need_score: float = 0.0
    need_phrases: dict[str, float] = field(default_factory=dict)  # need -> its phrases' weight in the message
    spectrum: range = range(0)  # the words telling the staircase's two ends as a range (`_spectrum`)
    need_cells: set[int] = field(default_factory=set)  # the words of the need phrases
    how_cells: set[int] = field(default_factory=set)  # ... of those of constraints ("without writing code"): how
    form: frozenset[int] = frozenset()  # the short fields of a form before the one asking ("Type: Request · ...")
    aside_end: int = -1  # where the last row set aside ends ("no wsdl or soap tooling": "soap" too)
    confirm_asks: tuple[tuple[int, int], ...] = ()  # where a "please confirm ..." phrase starts, and its length
    met: set[int] = field(default_factory=set)  # words of a need told as met ("we already mirror the database")
    platform_asked: bool = False  # the asking sentence asks what a platform offers, the need told before it
    level_asked: bool = False  # the asking sentence names a level, the need told before it
    asked_intents: frozenset[str] = frozenset()  # intents whose trigger words stand in the asking sentence
    also: list[str] = field(default_factory=list)  # constraints named beside the need ("no coding")
    described: list[tuple[str, float]] = field(default_factory=list)
    told: list[tuple[str, float]] = field(default_factory=list)
    constraints: Constraints = field(default_factory=Constraints)
    cues: Cues = field(default_factory=Cues)
    detail: str | None = None
    detail_words: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)
    keywords: dict[str, dict[str, float]] = field(default_factory=dict)  # intent -> phrase -> score
    keyword_words: dict[str, list[str]] = field(default_factory=dict)  # intent -> the question's words
    strong: set[str] = field(default_factory=set)  # intents with a keyword (not only a hint) in the message
    keyword_cells: dict[str, set[int]] = field(default_factory=dict)  # intent -> the words its keywords cover
    detail_cells: set[int] = field(default_factory=set)
    covered: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # words inside names (a detail word there is part of a name)
    filtering: set[int] = field(default_factory=set)  # words naming an environment, client or level
    row_cells: set[int] = field(default_factory=set)  # words naming a row
    subject_cells: set[int] = field(default_factory=set)  # words naming a row, platform, level, family or topic
    sentences: tuple[int, ...] = ()  # where each sentence after the first begins
    asked: frozenset[int] | None = None  # the words of the sentences that ask, when the message has several
    illustrating: frozenset[int] = frozenset()  # words of an example ("e.g. something firing when ...")
    clauses: tuple[int, ...] = ()  # where each clause begins: sentences, and after " - " or ": "
    inert: frozenset[int] = frozenset()  # negations that put nothing after them aside ("no-code", "rather X")
    introduced: frozenset[int] = frozenset()  # a caller's name and firm said first ("hi it's Knut from ...")
    hyphened: frozenset[int] = frozenset()  # words a hyphen joins to the one before ("self-hosted": "hosted")
    quoted: frozenset[int] = frozenset()  # words inside quotes: a name or a value ("a 'cost centre' box")
    aside: frozenset[int] = frozenset()  # words of an aside in brackets that asks nothing ("(which tab opens first)")
    breaks: tuple[int, ...] = ()  # the words that follow a comma, a bracket or a sentence end
    closing: frozenset[int] = frozenset()  # a last sentence, no question, after one ("...? asking for our shop")
    explained: set[int] = field(default_factory=set)  # words a name, need, detail or cue accounts for
    coverage: Coverage = field(default_factory=Coverage)
    delex: str = ""
    closeness: dict[str, float] | None = None  # each intent's example closeness, once per message (ranked twice)
    why_not: bool = False  # a reason asked for something not possible ("why won't they let us upload it?")
    ask: bool = False  # one ask of several the message enumerates: a need told even without "we want"
    negated: frozenset[int] = frozenset()  # words a negation puts aside ("not a popup")
    cue_phrases: frozenset[int] = frozenset()  # where cue phrases of two or more words start
    by_cue: dict[str, list[Hit]] = field(default_factory=dict)  # the hits carrying each cue, in order
    names_at: tuple[tuple[int, int], ...] | None = None  # spans of group and row names of two or more words
    asking: frozenset[int] = frozenset()  # the words of sentences that end with "?"
    picks_asked: bool = False  # "which of these ...": a pick asked (not told: "pushing some of them to our database")
    rejected: set[int] = field(default_factory=set)  # words of a need the message rejects ("..., they don't want that")
    turned: frozenset[str] = frozenset()  # needs told before a "but" that another need follows: not asked
    refused: list[str] = field(default_factory=list)  # needs a negation puts aside ("no separate register")
    fillers: int = 0  # filler words the message opens with ("ok now ..."), which do not make it longer

    @property
    def size(self) -> int:
        """Its words, less the fillers it opens with and a form's fields or a note's label before what it asks."""
        return len(self.toks) - self.fillers - sum(1 for i in self.form if i >= self.fillers)


@dataclass
class _Filters:
    """Constraints while they are being collected (frozen into `Constraints`)."""

    envs: list[Env] = field(default_factory=list)
    not_envs: list[Env] = field(default_factory=list)
    env_only: Env | None = None
    clients: list[Client] = field(default_factory=list)
    not_clients: list[Client] = field(default_factory=list)
    client_only: bool = False
    products: list[Env] = field(default_factory=list)  # environments named by a product name ("CRM Online")
    lacking: list[Client] = field(default_factory=list)  # "no sales licences": what the customer does not have
    customer: Client | None = None  # the client named first: the customer's, when the message is about them
    owned: bool = False  # a client named after a word of having ("runs Sales and Service"): the customer's
    asked_clients: list[Client] = field(default_factory=list)  # named in the question, not the customer's
    client_end: int | None = None  # where the last client named ends
    levels: list[str] = field(default_factory=list)
    not_levels: list[str] = field(default_factory=list)
    denied_at: dict[str, int] = field(default_factory=dict)  # where each level in not_levels was denied
    groups: list[tuple[str, ...]] = field(default_factory=list)


class Reader:
    """The lexicon and word lists of one catalog; `read` turns a message into a Reading."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        vocab = catalog.vocabulary
        self.lexicon = Lexicon.of(self._entries())
        self.lexicon.know([*vocab.stopwords, *vocab.function_words, *vocab.domain_words, *vocab.pronouns,
                           *vocab.interrogatives, *(x for words in vocab.common_words.values() for x in words)])
        self.rows = RowIndex(catalog)
        self.needs = NeedIndex(catalog, self.rows)
        self._web_ids = {e: w.id for e in Env if (w := catalog.web_client(e)) is not None}  # each place's Web client
        self._platform_words = {  # what each platform's own description says ("full-duplex" of the Windows client)
            p.id: set(self.rows.terms(" ".join([p.name, p.summary, *(f"{x.name} {x.summary}" for x in p.points)])))
            for p in catalog.platforms}
        self._platform_names = {p.id: {t.rstrip("s") for a in (p.name, *p.aliases) for t in tokens(a)}
                                for p in catalog.platforms}  # the words of each platform's names ("app": mobile)
        self._negations = {x.replace("'", "") for x in vocab.negations}
        self._only = set(vocab.only)
        self._both = set(vocab.both)
        self._illustrations = tuple(tuple(tokens(x)) for x in vocab.illustrations)
        self._illustration_firsts = frozenset(m[0] for m in self._illustrations if m)
        self._contrast = {x for x in vocab.contrast if " " not in x}
        self._contrast_phrases = tuple(f" {normalise(x)} " for x in vocab.contrast if " " in x)  # "side by side"
        self._pronouns = set(vocab.pronouns)
        self._references = {x for x in vocab.references if " " not in x}
        self._others = set(vocab.others)
        self._choices = set(vocab.choices)
        self._weak_names = frozenset(x.replace(" ", "") for x in vocab.weak_names)
        self._lacking = set(vocab.lacking)
        self._lacks = set(vocab.lacks)
        self._subject_pronouns = set(vocab.subject_pronouns)
        self._point_asks = {compact(x) for x in vocab.point_asks}  # as keywords are kept: spaces removed
        self._pairs = [(n.id, a, b) for n in catalog.needs for a, b in n.pairs]
        self._pair_firsts = tuple(dict.fromkeys(a for _, a, _ in self._pairs))  # one C call finds candidate words
        self._negated_words = [(n.id, tuple(n.negated)) for n in catalog.needs if n.negated]
        # a need's rows after its best: a word naming one of them may tell the need (Lists' "dropdown")
        self._need_rows = {n.id: frozenset(name for name, _ in n.rows[1:]) for n in catalog.needs}
        self._need_best = {n.id: n.rows[0][0] for n in catalog.needs if n.rows}
        self._row_names = frozenset(t for item in catalog.items for t in tokens(item.name))
        self._events = {x: n.id for n in catalog.needs for x in n.events}  # thing -> the need reacting to it
        self._event_openers = set(vocab.event_openers)
        self._event_verbs = set(vocab.event_verbs)
        self._owning = set(vocab.owning)
        self._row_nouns = set(vocab.row_nouns)
        self._level_nouns = set(vocab.level_nouns)
        # the staircase's two ends told as a range ("from admin settings up to compiled code", "config at the
        # bottom, compiled internals at the top"): its low end's words, then its high end's, each with its side's
        self._spectrum = ((frozenset(vocab.spectrum_lows), frozenset(vocab.range_bottoms)),
                          (frozenset(vocab.spectrum_highs), frozenset(vocab.range_tops)))
        self._levels_topic = next((t.id for t in catalog.topics if t.levels_table), None)
        self._counted_kinds = frozenset(vocab.counted_kinds)
        self._level_words = frozenset(vocab.level_words)
        self._detail_kinds = frozenset(vocab.details)
        # one-word details long enough to stand as the head of a compound ("standardpassordet", "Adminpasswort")
        self._detail_heads = tuple((x, Meaning("detail", kind)) for kind, phrases in vocab.details.items()
                                   for x in phrases if " " not in x and "-" not in x and len(x) >= COMPOUND_HEAD)
        # one anchored match of the reversed word tells whether any of them (and an ending) ends it
        self._detail_tail = re.compile("(?:" + "|".join(re.escape(e[::-1]) for e in COMPOUND_ENDINGS if e) + ")?(?:"
                                       + "|".join(sorted({re.escape(x[::-1]) for x, _ in self._detail_heads})) + ")")
        self._relatives = set(vocab.relatives)
        tails: dict[int, set[tuple[str, ...]]] = {}  # by length: one set look-up per length at an end
        for phrase in (tuple(tokens(x)) for x in vocab.yes_no_tails):
            tails.setdefault(len(phrase), set()).add(phrase)
        self._yes_no_tails = {n: frozenset(found) for n, found in tails.items() if n}
        self._request_tails = tuple(tuple(tokens(x)) for x in vocab.request_tails)
        self._betweens = frozenset(w for x in vocab.betweens for w in tokens(x))
        self._level_order = tuple(level.name for level in catalog.levels)
        self._confirm_asks = _by_word(vocab.confirm_asks)
        self._why_negations = self._negations | NOBODY  # ("why may nobody upload ...")
        self._elsewhere, self._solved, self._left_out = _by_word(ELSEWHERE), _by_word(SOLVED), _by_word(OUT_OF_SCOPE)
        self._set_conditions = _by_word(SET_CONDITIONS)
        self._preferences = _by_word(PREFERENCES)
        self._rejections = _by_word(vocab.rejections)  # looked up by a message's word
        self._shortfalls = _by_word(vocab.shortfalls)
        self._not_triggers = frozenset(vocab.not_triggers)
        self._relays = frozenset(tuple(tokens(x)) for x in vocab.relays)
        self._places = {n.id: frozenset(compact(x) for x in n.places) for n in catalog.needs if n.places}
        self._beyond = _by_word(vocab.beyond, last=True)  # (read back from where a name starts)
        self._tried = tuple(tuple(tokens(x)) for x in vocab.tried)
        self._tried_firsts = frozenset(p[0] for p in self._tried if p)
        self._section_heads = frozenset(vocab.section_heads)
        self._side_notes = tuple(tuple(tokens(x)) for x in vocab.side_notes)
        self._relations = frozenset(vocab.relations)
        self._asker_intros = tuple(sorted(((len(p), p) for p in (tuple(tokens(x)) for x in vocab.asker_intros)),
                                          reverse=True))
        self._asker_firsts = frozenset(p[0] for _, p in self._asker_intros if p)
        self._self_intros = tuple(sorted(((len(p), p) for p in (tuple(tokens(x)) for x in vocab.self_intros) if p),
                                         reverse=True))
        self._greetings = frozenset(vocab.fillers) | GREETING_WORDS  # what a caller may open with
        # each row by its name and aliases as words ("archive providers", "mdo providers"), for names that share words
        self._row_phrases = {words: item.name for item in catalog.items for x in (item.name, *item.aliases)
                             if len(words := tuple(tokens(x, None))) > 1}
        self._requiring = set(vocab.requiring)
        self._withouts = set(vocab.withouts)
        self._already = set(vocab.already)
        self._builders = frozenset(vocab.builders)
        # words of relation or direction: "build an add-on for the mobile app" makes no mobile app
        self._made_gap = frozenset(vocab.relations) | set(vocab.datives) | (set(vocab.ties) - THINGS_ARTICLES)
        self._possessives = set(vocab.possessives) | self._already  # ("our Zapier flow", "we already mirror ...")
        # the need cues' single words of a want ("should", "skal", "möchte"): a row named as "our own" right after
        # one is to be built, not the asker's already
        self._wanting = frozenset(x for x in vocab.need_cues if " " not in x) - self._possessives \
            - self._subject_pronouns
        self._cells = set(vocab.cell_words)
        self._cell_or_copula = self._cells | set(vocab.copulas)  # "the onsite column is blank"
        self._copulas = frozenset(vocab.copulas)
        # a platform's topic named by a row's word and the platform's name apart ("the old SOAP API of Customer
        # Service"): the topic its aliases name together ("customer service soap api"), not the matrix's row
        self._platform_topics = {(t.platform, i.name): t.id for t in catalog.topics if t.platform is not None
                                 for i in catalog.items if any(i.name.lower() in a.split() for a in t.aliases)}
        self._client_cells = self._cell_or_copula | CLIENT_COLUMN  # "whose only client is Sales"
        self._datives = set(vocab.datives)
        self._closers = set(vocab.closers)
        self._objects = set(vocab.object_nouns)
        self._indefinites = set(vocab.indefinites)
        self._requirers = self._row_nouns | self._relatives | self._indefinites  # what can require a place
        self._openers = set(vocab.openers)
        self._hypotheticals = set(vocab.hypotheticals)
        self._fillers = set(vocab.fillers)
        self._glue = set(vocab.glue)
        self._trailing = set(vocab.trailing_negations)
        self._blanks = self._trailing - self._negations  # "blank", "empty", "unticked": a cell left empty
        self._absent = self._negations | self._lacking | self._lacks | self._withouts  # "lacking an X in ..."
        self._clause_negations = set(vocab.clause_negations)
        self._sole_tails = tuple(tuple(tokens(x)) for x in vocab.sole_tails)
        self._sole_heads = tuple(tuple(tokens(x)) for x in vocab.sole_heads)
        self._sole_firsts = {h[0] for h in self._sole_heads if h}  # "nothing", "nichts": where a head may begin
        self._existentials = {tuple(x.split()) for x in vocab.existentials}
        self._relative = set(vocab.clauses.get("relative", ()))
        self._particles = set(vocab.clauses.get("particles", ()))
        self._subjects = set(vocab.clauses.get("subjects", ()))
        self._release_names = set(vocab.release_names)
        # after these a "that" points back ("does that", "about that"); after other words it opens a clause
        self._lead_ins = (set(vocab.stopwords) | set(vocab.function_words) | set(vocab.interrogatives)
                          | set(vocab.yes_no)) - set(vocab.ties)
        self._row_negations = set(vocab.row_negations)
        self._refusing, self._refusing_verbs = frozenset(vocab.refusals), frozenset(vocab.refusing_verbs)
        self._ties = set(vocab.ties)
        self._people = set(vocab.people)
        self._heads = {h: Client(c) for c, heads in vocab.client_heads.items() for h in heads}
        self._joins = frozenset(vocab.joins)
        self._refusals = {i.id for i in catalog.intents if i.handler == "out_of_scope"}
        self._list_intents = {i.id for i in catalog.intents if i.handler == "list"}
        self._platform_intents = sorted(i.id for i in catalog.intents if i.handler == "platform")
        self._concepts = frozenset(i.id for i in catalog.intents if i.act == "concept")
        common = {x for words in vocab.common_words.values() for x in words}
        self._small = (set(vocab.stopwords) | self._pronouns | self._glue | self._negations | self._fillers
                       | self._only | self._both | self._contrast | self._ties | set(vocab.function_words) | common)
        # the reader's own lists: content words it reads for what they say ("owns ... seats")
        self._read = (self._owning | self._people | self._row_nouns | self._relatives | self._requiring
                      | set(vocab.indefinites) | set(vocab.lacking) | self._lacks)
        self._domain = set(vocab.domain_words)
        # known words by first letter and length, to tell a misspelt one ("instalation", "custmer")
        self._spelled: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self._domain | set(vocab.stopwords)):  # (not the Nordic, German and Dutch small
            # words: "brukeren" is a word of its own, not "brukerne" misspelt)
            if len(word) >= MISSPELT_MIN:
                self._spelled.setdefault((word[0], len(word)), []).append(word)
        self._interrogatives = set(vocab.interrogatives)
        self._row_plurals = set(vocab.row_plurals)
        self._plural_rows = self._row_plurals | {x for x in vocab.row_nouns if x.endswith("s")}  # rows, apis
        self._one_row = frozenset(set(vocab.row_nouns) - self._plural_rows)  # "row", "entry": one row asked for
        # the words that ask what, which, where or how (not who, when or why: details)
        self._wh = self._interrogatives - set(vocab.yes_no) - WHEN_WHO_WHY
        self._reasons = set(vocab.reasons)
        self._yes_no = set(vocab.yes_no)
        self._plat_envs = {p.id: p.env for p in catalog.platforms}
        self._client_words = {w for words in vocab.clients.values() for w in words if " " not in w}
        self._picks = tuple(f" {normalise(x)} " for x in vocab.picks)  # "which of these", as `_says` reads them
        self._one_of = tuple(f" {normalise(x)} " for x in vocab.one_of)  # "which one", "which of the two"
        self._pick_words = _by_word(vocab.picks)  # ... and by their first word, where each stands
        self._counts = set(vocab.counts)
        self._counted = set(vocab.counted)

    def _entries(self) -> list[tuple[str, Meaning, Policy]]:
        cat, vocab = self.catalog, self.catalog.vocabulary
        out: list[tuple[str, Meaning, Policy]] = []
        for item in cat.items:
            out += [(a, Meaning("item", item.name), NAMES) for a in item.aliases]
        for plat in cat.platforms:
            out += [(a, Meaning("platform", plat.id), NAMES) for a in plat.aliases]
            out += [(g, Meaning("generic", "web"), NAMES) for g in plat.generic]
            out += [(a, Meaning("point", p.name), NAMES) for p in plat.points for a in p.aliases]
        for level in cat.levels:
            out += [(a, Meaning("level", level.name), NAMES) for a in (level.name, *level.aliases)]
        for topic in cat.topics:
            out += [(a, Meaning("topic", topic.id), NAMES) for a in topic.aliases]
        for env, words in vocab.environments.items():
            out += [(x, Meaning("env", env), NAMES) for x in words]
        for client, words in vocab.clients.items():
            out += [(x, Meaning("client", client), NAMES) for x in words]
        for index, group in enumerate(vocab.groups):
            out += [(x, Meaning("group", str(index)), NAMES) for x in group.words]
        out += [(x, Meaning("none", x), NAMES) for x in (*vocab.not_names, *vocab.not_triggers)]
        for intent in cat.intents:
            out += [(k, Meaning("intent", intent.id), TRIGGERS) for k in intent.keywords]
            out += [(k, Meaning("hint", intent.id), TRIGGERS) for k in intent.hints]
        out += [(x, Meaning("need", n.id), TRIGGERS) for n in cat.needs for x in n.words]
        # (and without their articles: "on company card", "store extra value on")
        out += [(y, Meaning("need", n.id), TRIGGERS) for n in cat.needs for x in n.words
                if (y := without_articles(x)) is not None and y not in n.words]
        for kind, phrases in vocab.details.items():  # product names tolerate typos as names do ("outlookl"), a
            # long word alone as trigger words do ("perfomance")
            out += [(x, Meaning("detail", kind), NAMES if kind == "product" else TRIGGERS
                     if " " not in x and len(x) >= DETAIL_TYPO_MIN and not x.endswith("s") else EXACT)
                    for x in phrases]  # (not a plural, whose singular may be a word of a name: "a translation
            # service" is a business, no "translations" asked)
        out += [(x, Meaning("cue", "lose"), TRIGGERS) for x in vocab.losing]
        out += [(x, Meaning("cue", "gain"), TRIGGERS) for x in vocab.gaining]
        out += [(x, Meaning("cue", "keep"), TRIGGERS) for x in vocab.keeping]
        out += [(x, Meaning("cue", "reset"), TRIGGERS) for x in vocab.resets]
        out += [(x, Meaning("cue", "need"), LOOSE) for x in vocab.need_cues]
        out += [(x, Meaning("cue", "all"), NAMES) for x in vocab.everything]
        out += [(x, Meaning("cue", "open"), TRIGGERS) for x in vocab.openers if " " in x]
        out += [(x, Meaning("cue", "ref"), TRIGGERS) for x in vocab.references if " " in x]
        out += [(x, Meaning("cue", "list-ref"), EXACT) for x in vocab.list_pointers]  # ("de lijst" is no "die lijst")
        out += [(x, Meaning("cue", "level-ref"), TRIGGERS) for x in vocab.level_pointers]
        out += [(x, Meaning("cue", "exclude"), TRIGGERS) for x in vocab.exclusions]
        out += [(x, Meaning("cue", "drop"), TRIGGERS) for x in vocab.drops]
        out += [(x, Meaning("cue", "regardless"), TRIGGERS) for x in vocab.regardless]
        out += [(x, PREAMBLE, TRIGGERS) for x in vocab.preambles]
        out += [(x, Meaning("cue", "same"), TRIGGERS) for x in vocab.continuations]
        out += [(x, Meaning("cue", "still"), TRIGGERS) for x in vocab.persistences]
        out += [(x, Meaning("cue", "name"), TRIGGERS) for x in vocab.name_asks]
        out += [(x, Meaning("cue", "who"), EXACT) for x in vocab.who_asks]
        out += [(x, Meaning("cue", "cover"), TRIGGERS) for x in vocab.covering]
        out += [(x, Meaning("cue", "alike"), TRIGGERS) for x in vocab.covering_alike]
        out += [(x, Meaning("cue", "together"), TRIGGERS) for x in vocab.together]
        out += [(x, Meaning("cue", "origin"), TRIGGERS) for x in vocab.origins]
        out += [(x, Meaning("cue", "both-envs"), TRIGGERS) for x in vocab.both_envs]
        out += [(x, Meaning("cue", "both-clients"), TRIGGERS) for x in vocab.both_clients]
        out += [(x, Meaning("cue", "destination"), TRIGGERS) for x in vocab.destinations]
        out += [(x, MOVED, TRIGGERS) for x in vocab.moved]
        return out

    # --- reading ------------------------------------------------------------------------------

    def read(self, text: str, ask: bool = False) -> Reading:
        """Everything the message says, in one pass over its words (`ask`: one of several asks a message
        enumerates, read on its own)."""
        toks = tokens(text)
        hits = [_preamble_or_not(h) for h in self.lexicon.scan(toks)]
        # no place across a comma, a bracket or a sentence end ("SO Online, CRM (sales) licences" names no "online
        # CRM"; "a read-only, searchable list" is still one name); looked for only where a place spans words
        # (nor a detail: "for this section, name every external API option" asks no section's name)
        places = [h for h in hits if h.end - h.start > 1 and h.means_any(UNBROKEN_KINDS)]
        cuts = breaks(text, toks)  # once a message: where a comma, a bracket or a sentence end falls
        if places and cuts:
            across = {id(h) for h in places if any(h.start < c < h.end for c in cuts)}
            hits = [h for h in hits if id(h) not in across]
        joins = hyphen_joins(text, toks)  # once a message: the words a hyphen joins to the one before
        if places and joins:
            hits = _whole_words(hits, places, joins)
        if self._heads.keys() & set(toks) and (joined := self._joined_clients(toks, hits)):
            hits = sorted(hits + joined, key=lambda h: (h.start, h.end))
        hits = self._client_not_platform(toks, hits)
        if self._platform_topics and (named := self._platform_topic(toks, hits)):  # "the SOAP API of Customer Service"
            hits = sorted(hits + named, key=lambda h: (h.start, h.end))
        reading = Reading(text=text, toks=toks, hits=hits, hyphened=joins, sentences=sentence_starts(text, toks),
                          quoted=quoted(text, toks), aside=bracketed(text, toks), breaks=cuts, ask=ask,
                          fillers=next((i for i, t in enumerate(toks) if t not in self._fillers), len(toks)))
        for hit in hits:
            for cue in dict.fromkeys(m.value for m in hit.meanings if m.kind == "cue"):
                reading.by_cue.setdefault(cue, []).append(hit)
        reading.form = form_header(text, toks)
        if reading.sentences:
            reading.asked, reading.closing = asked_words(text, toks)
            last = reading.sentences[-1]
            if tuple(toks[last:]) in self._relays and last > 0:  # "... want to know what that module offers them
                # to connect with. What do I say?": the question told before is the one asked
                reading.asked = frozenset(range(max(s for s in (0, *reading.sentences) if s < last), len(toks)))
            elif "?" not in text and not self._requests(toks, last, asking=True) and (
                    ask_at := max((s for s in (0, *reading.sentences[:-1]) if self._requests(toks, s)), default=None)
            ) is not None:  # "... list the capabilities that serve ... Bidder context: oasis date importer, 22 seats.":
                # no question mark, the last request asks; what follows it closes the message
                reading.asked = frozenset(range(ask_at, len(toks)))
                reading.closing = frozenset(range(last, len(toks)))
        reading.illustrating = self._illustrating(toks, reading.sentences)
        reading.clauses = tuple(sorted({*reading.sentences, *clause_starts(text, toks)}))
        numbered = self._numbered_label(reading)  # ("GO/NO-GO #1b: of those ...?")
        reading.fillers = max(reading.fillers, numbered)
        reading.covered.update(range(numbered))  # ("Clause 20.1(b) - and identically for ...?": which item of the
        reading.explained.update(range(numbered))  # asker's list, no word of the question)
        reading.inert = self._inert(toks, reading)
        filters = _Filters()
        out = list(toks)
        reading.tried = self._tried_cells(toks, reading)
        reading.spectrum = _spectrum(toks, self._spectrum)
        reading.cue_phrases = frozenset(h.start for h in hits if h.end > h.start + 1
                                        and all(m.kind == "cue" for m in h.meanings))
        reading.asking = question_words(text, toks)
        reading.confirm_asks = tuple((i, n) for i in range(len(toks)) if (n := _phrase_at(self._confirm_asks, toks, i)))
        # ("in welche Konfigurationsdatei": a detail's word matched to the letter is no level its first part only
        # comes close to)
        exact = {(h.start, h.end) for h in hits if h.score >= 1 and h.means("detail")}
        named_hits = [h for h in hits if h.score >= 1 or (h.start, h.end) not in exact] if exact else hits
        for hit in self._shared_heads(toks, self._places_of_rows(toks, self._topic_rows(
                self.lexicon.spans(toks, ENTITY_KINDS, named_hits)))):
            if _in_a_label(hit, reading) or self._a_verb(hit, toks, hits, text) or _counted(hit, toks) \
                    or self._a_trait(hit, toks, hits) or self._a_business(hit, toks, hits, reading) \
                    or _hosted_at_home(hit, toks, hits) \
                    or (hit.start in reading.spectrum and all(m.kind == "level" for m in hit.meanings)):
                continue  # (the staircase's end is no level asked for: "from configuration up to compiled code")
            self._mention(hit, toks, reading, filters)
            out[hit.start] = PLACEHOLDER.get(hit.meanings[0].kind, "X")
            for k in range(hit.start + 1, hit.end):
                out[k] = ""
            reading.covered.update(range(hit.start, hit.end))
            reading.named.update(range(hit.start, hit.end))
            reading.explained.update(range(hit.start, hit.end))
            if hit.means_any(FILTER_KINDS):
                reading.filtering.update(range(hit.start, hit.end))
            if hit.means("item"):
                reading.row_cells.update(range(hit.start, hit.end))
            if hit.means_any(SUBJECT_KINDS):
                reading.subject_cells.update(range(hit.start, hit.end))
        if reading.spectrum and self._levels_topic is not None:  # the levels, told by the staircase's two ends
            reading.topic = reading.topic or self._levels_topic
            reading.covered.update(reading.spectrum)
            reading.explained.update(reading.spectrum)
        reading.delex = " ".join(x for x in out if x)
        reading.heading = _heading_end(reading)
        if (label := _id_label(reading)):  # "Assumption A15: ...", "Risk R12: ...": the item of the asker's list
            reading.covered |= label
            reading.explained |= label
            reading.form |= label  # (it names the paper, like a form's fields: "Analyse LOC-25-0402:" tells no need)
        if (intro := self._introduction(reading)):  # "hi it's Knut from the fence builder outfit um ...": who asks
            reading.covered |= intro
            reading.explained |= intro
            reading.introduced = frozenset(intro)
        self._setting_platforms(reading)
        self._points(toks, hits, reading)
        self._keywords(toks, hits, reading)
        cues = self._cues(toks, hits, reading)
        reading.constraints = self._constraints(toks, filters, cues, reading)
        reading.cues = cues
        reading.picks_asked = cues.picks and self._picks_asked(toks, reading)
        self._need(toks, hits, reading)
        self._unfilter(reading)
        if reading.strong.intersection(self._platform_intents) and not (reading.named_platforms or reading.web_client) \
                and not reading.need_phrases and any(m.kind == "env" for m in reading.mentions) \
                and not self._places_moot(reading) and self._asks_points(reading) and not self._by_place(reading) \
                and not reading.constraints.both_clients:  # ("... integration points that serve Sales as well as
            # Service": rows by whom they serve)
            reading.web_client = True  # "SaaS app ... which platform's integration points apply?": the web client
            # where the customer is
        self._detail(hits, reading)
        reading.level_asked = self._level_asked(hits, reading)
        reading.platform_rows = [r for p in reading.named_platforms for pt in self.catalog.platform(p).points
                                 for r in pt.items]
        self._platform_row(reading)
        self._describe_past_weak_names(reading)
        self._platform_told(reading)
        reading.coverage = self._coverage(reading)
        if self._capability(reading):
            reading.cues = replace(reading.cues, capability=True)
        if self._relates(reading):
            reading.cues = replace(reading.cues, relates=True)
        # "our tool should open tickets in SO CS by itself. what does that product expose?": the setup tells the
        # need, the question asks for the platform's points
        asked = reading.asked
        if asked is not None:
            reading.asked_intents = frozenset(i for i, cells in reading.keyword_cells.items() if cells & asked)
        elif (opens := self._labelled_question(reading.text, toks)) is not None and not any(
                m.kind == "item" for h in hits if h.start < opens for m in h.meanings):
            # "Wishlist ..., now on CRM Online: what can a partner app add to the browser client?": one sentence, a
            # label naming no row told first, the question after it; whether that asks what a platform offers
            question = frozenset(range(opens, len(toks)))
            if reading.keyword_cells.get("platform", set()) & question:
                asked = question
                reading.asked_intents = frozenset(i for i, cells in reading.keyword_cells.items() if cells & asked)
        reading.platform_asked = "platform" in reading.asked_intents and not reading.need_cells & (asked or set()) \
            and (self._placed_in(reading, asked) or not reading.need)
        return reading

    def _platform_topic(self, toks: list[str], hits: list[Hit]) -> list[Hit]:
        """A row named, then "of", "for" or "in" and a platform whose topic that row's word names ("the old SOAP
        API of Customer Service", "SOAP interface for Customer Service"), or the platform, a verb of having and the
        row ("Does Customer Service have SOAP services?"): one name of the topic over both."""
        rows = [h for h in hits if len(h.meanings) == 1 and h.meanings[0].kind == "item"]
        places = [h for h in hits if h.means("platform")]
        out: list[Hit] = []
        for row in rows:
            item = row.meanings[0].value
            for place in places:
                topic = next((self._platform_topics[(m.value, item)] for m in place.meanings
                              if (m.value, item) in self._platform_topics), None)
                if topic is None:
                    continue
                after = toks[row.end:place.start]  # the row first ("the old SOAP API of Customer Service")
                if after[:1] and after[0] in API_NOUNS:  # ("the SOAP interface for Customer Service")
                    after = after[1:]
                before = toks[place.end:row.start]  # the platform first ("Customer Service has SOAP services")
                if self._topic_gap(after, TOPIC_JOINS):
                    out.append(Hit(row.start, place.end, f"{row.phrase} {place.phrase}", 1.0,
                                   (Meaning("topic", topic),), row.size + place.size + len(after)))
                elif self._topic_gap(before, TOPIC_HAVING):
                    out.append(Hit(place.start, row.end, f"{place.phrase} {row.phrase}", 1.0,
                                   (Meaning("topic", topic),), row.size + place.size + len(before)))
        return out

    def _topic_gap(self, gap: list[str], heads: frozenset[str]) -> bool:
        """Whether the words between a row's name and a platform's join them into one name of the platform's topic:
        one of `heads` ("of", "for"; "has", "offers"), then glue only."""
        return 1 <= len(gap) <= TOPIC_GAP and gap[0] in heads and self._glue.issuperset(gap[1:])

    def _client_not_platform(self, toks: list[str], hits: list[Hit]) -> list[Hit]:
        """A name of both a platform and a client joined to the other client ("sales and customer service, both
        running SuperOffice ..."): the client, not the platform."""
        clients = [h for h in hits if h.means("client")]
        if len(clients) < 2:
            return hits
        out = []
        for h in hits:
            kinds = {m.kind for m in h.meanings}
            if {"platform", "client"} <= kinds and any(
                    {m.value for m in o.meanings if m.kind == "client"}
                    - {m.value for m in h.meanings if m.kind == "client"}
                    and ((o.end + 1 == h.start and toks[o.end] in self._joins)
                         or (h.end + 1 == o.start and toks[h.end] in self._joins)) for o in clients):
                h = h._replace(meanings=tuple(m for m in h.meanings if m.kind != "platform"))
            out.append(h)
        return out

    def _joined_clients(self, toks: list[str], hits: list[Hit]) -> list[Hit]:
        """A client's head word ("support") joined to a client word names that client too: "sellers and support",
        "support or sales" (alone it is as often the verb: "does it support ...")."""
        clients = [h for h in hits if h.means("client")]
        ends, starts = {h.end for h in clients}, {h.start for h in clients}
        out = []
        for i, tok in enumerate(toks):
            client = self._heads.get(tok)
            # (an article may open the second: "the selling and the service modules")
            after = i + 3 if toks[i + 2:i + 3] and toks[i + 2] in JOINED_ARTICLES else i + 2
            if client is not None and ((i >= 2 and toks[i - 1] in self._joins and i - 1 in ends) or (
                    after < len(toks) and toks[i + 1] in self._joins and after in starts)):
                out.append(Hit(i, i + 1, tok, 1.0, (Meaning("client", client.value),), len(tok)))
        return out

    @staticmethod
    def _relative_who(hit: Hit, reading: Reading) -> bool:
        """"the lad who built my web shop": a "who" right after a noun opens a relative clause about that person;
        it asks for no person (not "who built it?", nor "do you know who built it?")."""
        toks = reading.toks
        return toks[hit.start] in RELATIVE_WHO and hit.start > 0 and hit.start not in reading.clauses \
            and hit.start not in reading.sentences and toks[hit.start - 1] not in WHO_ASKED

    @staticmethod
    def _a_verb(hit: Hit, toks: list[str], hits: list[Hit], text: str) -> bool:
        """A row's one-word name used as a verb ("the table lists MDO Providers as ...", "what triggers a ..."), or
        a name said as a verb and its particle, apart, after no article ("where can a developer plug in on it?";
        not "which plug-in type is that?")."""
        if tuple(toks[hit.start:hit.end]) in PHRASAL_NAMES and hit.start \
                and toks[hit.start - 1] not in DETERMINERS | NOUN_LEADS \
                and hit.start + 1 not in hyphen_joins(text, toks):
            return True
        if hit.end - hit.start != 1 or toks[hit.start] not in NAME_VERBS or not hit.start \
                or toks[hit.start - 1] not in VERB_SUBJECTS or hit.end >= len(toks):
            return False
        return toks[hit.end] in ENGLISH_ARTICLES or any(h.start == hit.end and h.means("item")
                                                        for h in hits)

    def _labelled_question(self, text: str, toks: list[str]) -> int | None:
        """Where the question of a one-sentence message starts when a label of a few words or more stands before it,
        after a colon: the question opens with a question word and ends with "?" (None otherwise)."""
        cut = text.rfind(": ")
        if cut < 0 or not text.rstrip().endswith("?"):
            return None
        start = len(tokens(text[:cut]))
        if not LABEL_MIN_WORDS <= start < len(toks) or start + len(tokens(text[cut:])) != len(toks):
            return None
        return start if toks[start] in self._interrogatives else None

    @staticmethod
    def _placed_in(reading: Reading, asked: frozenset[int] | None) -> bool:
        """Whether a platform is named as one, or any place stands in the asking sentence ("what can our app plug
        into inside CRM Online?"); not a place only told in the setup ("... SO online. finance wants a replica of
        all the CRM data. what does SuperOffice offer?": where the need is, not what is asked)."""
        if reading.named_platforms or reading.web_client or asked is None:
            return True
        return any(m.kind in ("env", "platform", "client") and not asked.isdisjoint(range(h.start, h.end))
                   for h in reading.hits for m in h.meanings)

    def _shared_heads(self, toks: list[str], spans: list[Hit]) -> list[Hit]:
        """Rows named by one word beside another row's name that shares the rest of it ("archive and MDO providers",
        "document and sentry plugins", "custom pages and dialogs"): each names its row too."""
        rows = [h for h in spans if len(h.meanings) == 1 and h.meanings[0].kind == "item" and h.end - h.start > 1]
        taken = {i for h in spans for i in range(h.start, h.end)}
        out = list(spans)
        for hit in rows:
            named = toks[hit.start:hit.end]
            # "archive and MDO providers": the word before the join, with the row's name less its first word
            if hit.start >= 2 and toks[hit.start - 1] in self._joins and hit.start - 2 not in taken:
                row = self._row_phrases.get((toks[hit.start - 2], *named[1:]))
                if row is not None and row != hit.meanings[0].value:
                    out.append(Hit(hit.start - 2, hit.start - 1, toks[hit.start - 2], 1.0, (Meaning("item", row),)))
            # "custom pages and dialogs": the row's name less its last word, with the word after the join
            if hit.end + 1 < len(toks) and toks[hit.end] in self._joins and hit.end + 1 not in taken:
                row = self._row_phrases.get((*named[:-1], toks[hit.end + 1]))
                if row is not None and row != hit.meanings[0].value:
                    out.append(Hit(hit.end + 1, hit.end + 2, toks[hit.end + 1], 1.0, (Meaning("item", row),)))
        return sorted(out, key=lambda h: (h.start, -h.end)) if len(out) > len(spans) else spans

    def _places_of_rows(self, toks: list[str], spans: list[Hit]) -> list[Hit]:
        """"Does the Sales Guide exist in the Windows client?": a name of both a row and a platform, right after "in"
        or "on" (an article between), with another row named (or a pronoun before it pointing at one: "do they exist
        in the windows client?"), is the place where that row is used: the platform."""
        rows = sum(h.means("item") for h in spans)
        if rows < 2 and not (rows and any(t in self._pronouns for t in toks[:spans[0].start])):
            return spans
        out = []
        for h in spans:
            kinds = {m.kind for m in h.meanings}
            if {"item", "platform"} <= kinds and placed_at(toks, h.start):
                h = h._replace(meanings=tuple(m for m in h.meanings if m.kind != "item"))
            out.append(h)
        return out

    def _topic_rows(self, spans: list[Hit]) -> list[Hit]:
        """A topic named with a level at which exactly one of its rows sits names that row ("scripts on the
        NetServer layer": NetServer Service, the NetServer row at the Scripting level); no other row named."""
        levels = {m.value for h in spans for m in h.meanings if m.kind == "level"}
        if not levels or any(m.kind == "item" for h in spans for m in h.meanings):
            return spans
        out = []
        for h in spans:
            topic = next((m.value for m in h.meanings if m.kind == "topic"), None)
            rows = [] if topic is None else [r for r in self.catalog.topic(topic).rows
                                             if self.catalog.item(r).level in levels]
            out.append(h._replace(meanings=(Meaning("item", rows[0]),)) if len(rows) == 1 else h)
        return out

    def _mention(self, hit: Hit, toks: list[str], reading: Reading, filters: _Filters) -> None:
        # "not available in SO Online"; a negation before an earlier name is that name's ("not online for sales")
        floor = max((i + 1 for i in reading.named if i < hit.start), default=0)
        if hit.start not in reading.aside:  # "(not in the browser, not in the admin pages) on our own hardware": a
            # negation in brackets stays there
            floor = max([floor, *(i + 1 for i in reading.aside if i < hit.start)])
        before = self._before(toks, hit.start, NEAR, reading.clauses, floor, reading.inert)  # "without code. what's
        # on UI ..", "without code - config-level rows", "rather script than compile"
        after = toks[hit.end:hit.end + 2]
        filtering = hit.means_any(("env", "client"))  # "Service users cannot use"
        trail = self._trail(toks, hit, after, reading)
        # "can't code, we're on online": a new subject ends the negation's reach
        reach = before[max((k + 1 for k, t in enumerate(before) if t in self._subject_pronouns), default=0):]
        # "Service, not for Sales" ties the negation to what follows; "service not in the client col" to Service
        # "blank in the online column": a cell left empty, said before its column
        blank_cell = filtering and bool(after) and after[0] in self._cells and (bool(self._blanks & set(reach)) or (
            "x" in reach and bool(self._absent & set(toks[max(0, hit.start - CELL_MARK_REACH):hit.start]))))
        # ("rows lacking an X in the cloud column": no mark in that column)
        # "no compiled code or database access": a level or family joined by "or" to what a negation just before
        # it puts aside is put aside too
        ranked = hit.means_any(("level", "group"))
        negated = (ranked and self._or_negated(toks, hit.start, floor, reading)) or blank_cell \
            or bool(self._negations & set(reach)) or (filtering and (
            bool(trail) and trail[0] in self._trailing and (len(trail) < 2 or trail[1] not in self._ties
                                                            or (trail[1] in self._glue
                                                                and not self._filter_ahead(hit, reading)))))
        # "we can't get at the hosted tables": the data of a place is out of reach, and the place is still where it
        # runs (not "can't use the hosted version")
        negated = negated and not (filtering and hit.end < len(toks) and toks[hit.end] in PLACED_DATA
                                   and not blank_cell)
        # "if we never leave our in-house server": not leaving a place is staying there ("don't ever leave", "don't
        # want to leave")
        negated = negated and not (filtering and any(
            toks[k] in self._negations and not STAYING_NEGATED.isdisjoint(toks[k + 1:min(hit.start, k + 4)])
            for k in range(hit.start - len(reach), hit.start - 1)))
        # "no direct SQL access" sets a row aside; "Isn't X onsite only?" still asks about X
        lead = hit.start - 1 if hit.start and toks[hit.start - 1] in DETERMINERS else hit.start  # ("can NOT get the X")
        refused = before  # ("refuse anything with XML envelopes": the words of "anything with" passed over)
        while refused and refused[-1] in REFUSED_FILLERS:
            refused = refused[:-1]
        row_negated = bool(self._row_negations & set(refused[-2:])) and toks[0] not in self._negations \
            and not (lead >= 4 and toks[lead - 3] in MODALS and toks[lead - 2] in self._row_negations
                     and (toks[lead - 4] in PEOPLE_SUBJECTS or lead - 4 in reading.filtering))  # "they (our
        # sellers) can NOT get Zapier": a claim of what cannot be
        # done, asked about; no row set aside ("we can not use Sentry plugins, what else ...": the asker's own)
        # "our devs won't touch XML envelopes": a refusal right before the row, as "will not use" is (a word or two
        # between them: "he won't touch the old XML envelopes")
        # ("doesn't want hand-run SQL": a hyphened modifier counts as one word)
        wide = self._before(toks, hit.start, NEAR + 1, reading.clauses, floor, reading.inert) \
            if hit.start - 1 in reading.hyphened else before
        row_negated = row_negated or (toks[0] not in self._negations and any(
            wide[k - 2] in self._refusing and wide[k - 1] in self._refusing_verbs
            for k in range(max(2, len(wide) - REFUSAL_GAP), len(wide) + 1)))
        # ("No hand-run SQL": a hyphened modifier between them is one word)
        row_negated = row_negated or (len(before) >= 3 and before[-3] in self._row_negations
                                      and hit.start - 1 in reading.hyphened)
        # ("nobody types SQL against production", "no one typing SQL": what nobody is to do is set aside)
        row_negated = row_negated or (len(refused) >= 2 and (refused[-2] in NOBODY or refused[-3:-1] == ["no", "one"]))
        # "## Not: hand-run SQL statements.": what a "Not:" heading opens is set aside
        clause = _clause_of(reading, hit.start)
        row_negated = row_negated or (clause >= 1 and toks[clause - 1] in NOT_LABELS and not any(
            ch.isalpha() for t in toks[_sentence_of(reading, clause - 1)[0]:clause - 1] for ch in t))  # (after a
        # marker at most: "##", "-")
        # "why is there no CRMScript for sales?", "there's no Zapier onsite, right?": a claim that the row is missing
        # there, asked about (no row set aside)
        row_negated = row_negated and not (lead >= 2 and toks[lead - 1] == "no" and (
            toks[lead - 2] == "theres" or (lead >= 3 and {toks[lead - 2], toks[lead - 3]} in THERE_IS)))
        opens = _clause_of(reading, hit.start)  # "... upgrades - NOT ad-hoc SQL runs"
        row_negated = row_negated or (0 < opens < hit.start and toks[opens] in self._clause_negations)
        # (", rather than someone running loose SQL by hand": a comma's clause of what is not wanted)
        cut = max((c for c in reading.breaks if c < hit.start), default=0)
        row_negated = row_negated or (cut > 0 and _phrase_at(self._preferences, toks, cut) > 0)
        # "please confirm that the proposer can NOT use Zapier while ...": a claim to check, its negation part of it
        row_negated = row_negated and not any(_sentence_of(reading, hit.start)[0] <= k < hit.start
                                              for k, _ in reading.confirm_asks)
        # "leave out anything the sales people also get": the rows the other client shares are dropped
        if filtering and not negated and self._drops_shared(hit, toks, reading):
            negated = reading.shared_dropped = True

        if negated and hit.means("env") and (any(
                h.start == hit.end and h.means("level") for h in reading.hits)
                or toks[hit.end:hit.end + 1] in ([w] for w in DATABASES)):  # ("can't touch the hosted db")
            negated = False  # "we can't touch the hosted database": the database is denied, not where the customer is
        # "- not inside the desktop program installed on the PCs, and not in the admin pages of the ticket module":
        # a platform anywhere in a clause a negation opens is denied (not "not only ... but")
        lead = opens + 1 if toks[opens] in self._joins else opens
        platform_named = hit.means("platform")
        negated = negated or (platform_named and opens > 0 and lead < hit.start
                              and toks[lead] in self._clause_negations
                              and toks[lead + 1:lead + 2] != [] and toks[lead + 1] not in self._only)
        # "These don't run inside the installed desktop program": a platform a few words after a clause's negation,
        # only a verb, its preposition and describing words between
        negated = negated or (platform_named and self._platform_denied(toks, hit, reading))
        # "no wsdl or soap tooling": a name joined by "or" to a row set aside just before it is set aside too
        # ("refuse XML envelopes and WSDL-generated proxies": or by "and")
        row_negated = row_negated or (hit.start >= 2 and toks[hit.start - 1] in self._choices | ASIDE_JOINS
                                      and reading.aside_end == hit.start - 1)
        # "SOAP is a no-go for our devs", "Batch plugins are out of the question": a row rejected right after it
        # (not where: "Zapier is not an option for an onsite installation?" asks where it works)
        # ("Quotes and prices are NOT the topic": one more name or word joined on before the rejection)
        # (or a word before a colon: "quotes/prices: NOT part of the ask")
        gap = next((k for k in (1, *REJECTION_GAPS) if toks[hit.end:hit.end + 1] and (
            (toks[hit.end] in self._joins and k > 1) or (k == 1 and hit.end + k in reading.clauses))
            and self._rejection_at(toks, hit.end + k)), 0)
        # ("WSDL-generated proxies are not acceptable": the name, the words a hyphen joins to it and one noun)
        if not gap and hit.end in reading.hyphened:
            joined = next((k for k in range(hit.end, len(toks)) if k not in reading.hyphened), len(toks))
            if self._rejection_at(toks, joined + 1):
                gap = joined + 1 - hit.end
        rejected = gap + n if (n := self._rejection_at(toks, hit.end + gap)) else 0
        row_negated = row_negated or (rejected > 0 and not self._place_after(reading, hit.end, hit.end + rejected))
        # "a macro alone is not enough here, we need proper scripting": short of what is asked, wherever
        row_negated = row_negated or any(self._shortfall_at(toks, hit.end + k) for k in range(SHORTFALL_REACH)) \
            or self._beyond_before(toks, hit, _sentence_of(reading, hit.start)[0])
        # "we will NOT plan on Batch Task Plugins unless they also run online": a condition set on it, no rejection
        row_negated = row_negated and not self._conditioned(toks, hit.end) \
            and not self._doubted(toks, hit, reading)  # ("told me NOT to plan on Zapier ... Is it really not there?")
        tried = hit.start in reading.tried  # ("What I tried: a script in the desktop program")
        row_negated = row_negated or tried
        platform_name = hit.means("platform")
        env_name = hit.means_any(("env", "client"))
        said = " ".join(toks[hit.start:hit.end])
        for meaning in hit.meanings:
            kind, value = meaning.kind, meaning.value
            reading.mentions.append(Mention("row" if kind == "item" else kind, value, said, hit.phrase, hit.score,
                                            negated or (kind == "item" and row_negated)
                                            or (kind == "platform" and tried)))
            if kind == "item" and row_negated and not platform_name:
                reading.set_aside.append(value)
                reading.aside_end = hit.end
            elif kind == "item" and value not in reading.rows:
                reading.rows.append(value)
                # "from one of our custom pages" (not "a button should open our own popup window": one to build)
                wants = toks[max(0, hit.start - POSSESSED_REACH - WANTING_REACH):hit.start]
                if self._possessives & set(before[-POSSESSED_REACH:]) and self._wanting.isdisjoint(wants):
                    reading.owned_rows.append(value)
                if not platform_name:
                    reading.named_rows.append(value)
            elif kind == "item" and not platform_name and value not in reading.named_rows \
                    and value not in reading.set_aside:  # ("Windows client automation: ... the VBScript file": the
                reading.named_rows.append(value)  # platform's name first, then the row's own)
            elif kind == "platform" and platform_name and self._made(toks, hit):
                pass  # "a student is building us a small phone app": an app of theirs, not the mobile clients
            elif kind == "platform" and hit.start in reading.closing and (filters.levels or reading.rows) \
                    and not reading.named_platforms:
                pass  # "which external APIs ...? The overview table is hard to read on mobile": a remark after the
                # question, whose level or rows are its subject
            elif kind == "platform" and not negated and not tried and value in reading.platforms:
                if not env_name and value not in reading.named_platforms:  # "on SuperOffice CRM Online - what can
                    reading.named_platforms.append(value)  # an app add to that online web client?": named after all
                    if value in reading.env_platforms:
                        reading.env_platforms.remove(value)
            elif kind == "platform" and not negated and not tried:
                reading.platforms.append(value)  # "the web client, not the Windows client": not that one
                if not env_name:
                    reading.named_platforms.append(value)
                elif hit.means("env"):
                    reading.env_platforms.append(value)
            elif kind == "generic" and not negated:  # "not the browser one"
                reading.web_client = True
            elif kind == "level" and any(toks[k] in self._negations and toks[k + 1] in NOT_ONLY
                                         for k in range(max(0, hit.start - NOT_ONLY_REACH), hit.start - 1)):
                pass  # "all of it, every level, not just the scripting bit": one level among all asked for
            elif kind == "level" and (negated or row_negated):  # "beyond plain configuration", "no workflow"
                if value not in filters.not_levels:
                    filters.not_levels.append(value)
                    filters.denied_at[value] = hit.start
            elif kind == "level" and self._possessives & set(before[-POSSESSED_REACH:]) \
                    and toks[hit.start - 1] not in self._possessives \
                    and self._wanting.isdisjoint(_after_last(toks[max(0, hit.start - POSSESSED_REACH):hit.start],
                                                             self._possessives)) \
                    and self._level_words.isdisjoint(toks[hit.end:hit.end + LEVEL_WORD_REACH]):  # (not "our
                # options at the configuration level", "my options at the scripting and external API levels": a
                # level by its level word)
                pass  # "our GIS database", "their own warehouse database": a thing of theirs, not the level (not
                # "our team wants scripts": what is wanted, a word of wanting between)
            elif kind == "level" and value not in filters.levels:
                filters.levels.append(value)
                if value in filters.not_levels and any(filters.denied_at[value] < s <= hit.start
                                                       for s in reading.sentences):
                    filters.not_levels.remove(value)  # "'There is no scripting for sellers.' What scripting-tier
                    # choices would its sales reps get?": a later sentence's naming holds
            elif kind == "topic" and not negated:
                reading.topic = reading.topic or value
            elif kind == "group":
                filters.groups.append(tuple(self.catalog.vocabulary.groups[int(value)].rows))
            elif kind == "env" and negated and not platform_name and self._move_not_made(before):
                continue  # "they won't move to the cloud": a move not made denies no place (they stay where they are)
            elif kind == "env":
                # "service-only customer on a hosted tenant": an "only" right after an earlier name is that name's
                # ("Service licences only, SO running in-house": after the name and its people word too)
                owned = 0 < floor < hit.start and (toks[floor] in self._only or (
                    toks[floor] in self._people and floor + 1 < hit.start and toks[floor + 1] in self._only))
                skip = floor + (1 if toks[floor] in self._only else 2)
                near = self._before(toks, hit.start, NEAR, reading.sentences, skip) if owned else before
                # (the whole clause: the rows may stand before other names, "rader under Scripting og Database")
                if self._requires(self._before(toks, hit.start, REQUIRER_REACH + 2, reading.clauses,
                                               inert=reading.inert)) \
                        or (toks[hit.end:hit.end + 1] == ["required"] and hit.end not in reading.breaks):
                    # ("onsite-required rows": rows the place is required for)
                    self._required(Env(value), negated, filters)
                elif before[-1:] and before[-1] in self._withouts and not platform_name:
                    self._required(Env(value), True, filters)  # "works without the cloud": onsite
                else:
                    only = filters.env_only
                    self._env(Env(value), (near, after), negated, filters,
                              toks[max(0, hit.start - ONLY_WHILE_REACH):hit.start])
                    if hit.start in reading.closing and not negated:  # "...? Self-hosted-only items we list
                        filters.env_only = only  # separately.": a statement after the question picks no rows (not
                        # "(skip the online-only stuff)": what to set aside)
                if platform_name and not negated:  # "SuperOffice Online": the product the customer is on
                    filters.products.append(Env(value))
            elif kind == "client" and (_shared_with(toks, hit.start) or self._out_of_scope(toks, hit.end)) \
                    and not negated and any(m.kind == "client" and m.value != value
                                            for h in reading.hits for m in h.meanings):
                continue  # "every row available to Service ... shared rows with sales count?": whom the rows are
                # shared with, not whom they are asked for; "... for the support desk. the sales side is out of
                # scope for this round": a client left out of the question, not one whose rows are set aside
            elif kind == "client" and self._out_of_scope(toks, hit.end) and not negated:
                other = next(c for c in Client if c.value != value)  # "... what stops working? the sales side is out
                if other not in filters.clients:  # of scope": the other client's rows asked
                    filters.clients.append(other)
            elif kind == "client":
                # the setup, not the question (nor a statement closing it: "...? sales module only, no Service")
                telling = reading.asked is not None and (hit.start not in reading.asked or hit.start in reading.closing)
                self._client(Client(value), hit, toks, (before, after), negated, filters, telling)
                # "Kunden har SuperOffice på egen server, både Sales og Service": the customer's clients
                owning = self._owns(self._before(toks, hit.start, OWNED_REACH, reading.sentences)) or any(
                    h.start <= hit.start and hit.end <= h.end
                    for h in self._cue_hits(reading, "both-clients"))  # "CRM + CS": the customer's
                # "with sales + service seats": two clients joined, then the people who use them
                joined = filters.client_end is not None and hit.start - filters.client_end <= JOINED_GAP
                seats = joined and bool(self._people & set(after[:1])) and not self._both & set(before[-3:])
                filters.client_end = hit.end
                # (named in the setup, not the question: "a customer's onsite SO (both Sales and Service) ..."; not
                # whom a product is for: "an add-on for Sales and Service users ... which rows work for all of them?")
                told = telling and FOR_WHOM.isdisjoint(toks[max(0, hit.start - FOR_WHOM_REACH):hit.start])
                # "box maker on their own hardware (Sales + Service): ...": the two clients an aside tells
                told = told or (hit.start in reading.aside and joined and toks[hit.start - 1] in JOINING)
                filters.owned = filters.owned or ((bool(owning) or seats or told) and not negated)
                if not (owning or telling or negated):
                    filters.asked_clients.append(Client(value))

    def _a_trait(self, hit: Hit, toks: list[str], hits: list[Hit]) -> bool:
        """Whether a platform's one-word name is said of something else: after "a" or "an" and before a word that
        names nothing ("the CRM of a mobile disco business", "a web agency"): what kind of business the asker
        is, not the mobile clients or the web client (not "on a mobile?", "a mobile device")."""
        if hit.end - hit.start != 1 or not 0 < hit.start < len(toks) - 1 or hit.end >= len(toks) \
                or toks[hit.start - 1] not in INDEFINITE_ARTICLES or toks[hit.end] in self._small \
                or not hit.means("platform"):
            return False
        if toks[hit.start - 1] in self._joins and any(h.end == hit.start - 1 and any(
                m.kind in ENTITY_KINDS for m in h.meanings) for h in hits):
            return False  # "voor verkoop en klantenservice tegelijk": Dutch "en" joins two names, no article
        return not any(h.start == hit.end and h.means_any(ENTITY_KINDS) for h in hits)

    def _a_business(self, hit: Hit, toks: list[str], hits: list[Hit], reading: Reading) -> bool:
        """Whether a client's one-word name tells what a business is or does: the head of a noun after "a" and a
        word or a few that name nothing, in one phrase ("customer: a probation service, 3 regional offices"; "a courier
        service"), or a verb after another ("we sell + service cash registers"): not the Service client (not "a
        Service customer", "a cloud service", "en installation (salg og kundeservice ...)")."""
        if hit.end - hit.start == 1 and hit.start >= 2 and toks[hit.start - 1] in JOINING \
                and toks[hit.start - 2] in SERVICING and all(m.kind == "client" for m in hit.meanings):
            return True  # "we sell + service cash registers", "install and service heat pumps": a verb
        if hit.end - hit.start == 1 and hit.start >= 1 and toks[hit.end:hit.end + 1] != [] \
                and toks[hit.start - 1] not in self._small and all(m.kind == "client" for m in hit.meanings) \
                and not any(h.start <= hit.start - 1 < h.end for h in hits) \
                and ((hit.start >= 2 and toks[hit.start - 2] in DETERMINERS and toks[hit.end] in TRADE_NOUNS)
                     or (toks[hit.start] in PLURAL_SERVICES and toks[hit.end] in NAME_NOUNS)):
            return True  # "the foghorn service company": a trade's name, whatever its article; "(Water Services
            # Regulator)", "the Harbour Services Board": a body's name
        # ("A digital legacy service in our group": up to BUSINESS_REACH words before "service"; not "a clearing
        # house's sellers")
        reach = BUSINESS_REACH if toks[hit.start] == "service" else 1
        article = next((k for k in range(hit.start - 2, max(-1, hit.start - reach - 2), -1)
                        if toks[k] in INDEFINITE_ARTICLES), None)
        if hit.end - hit.start != 1 or article is None \
                or any(toks[k] in self._small for k in range(article + 1, hit.start)) \
                or not all(m.kind == "client" for m in hit.meanings) \
                or (hit.start in reading.aside) != (hit.start - 1 in reading.aside) or hit.start in reading.clauses \
                or (hit.end < len(toks) and toks[hit.end] in self._people):  # ("a single Service licence")
            return False
        return not any(h.start <= k < h.end and any(m.kind not in HINT_KINDS for m in h.meanings)
                       for h in hits for k in range(article + 1, hit.start))  # (an intent's hint names nothing)

    def _made(self, toks: list[str], hit: Hit) -> bool:
        """Whether a platform's name is the object of a verb of making ("is building us a small phone app", "we
        write an Android app"): a thing the asker makes (not "build an add-on for the mobile app": no word of
        relation or direction between; not "keep writing 'CS'": a thing made is one of a kind, "a", "an")."""
        before = toks[max(0, hit.start - MADE_REACH):hit.start]
        verb = max((k for k, t in enumerate(before) if t in self._builders), default=None)
        gap = before[verb + 1:] if verb is not None else []
        return bool(INDEFINITE_ARTICLES.intersection(gap)) and self._made_gap.isdisjoint(gap)

    def _env(self, env: Env, near: tuple[list[str], list[str]], negated: bool, filters: _Filters,
             lead: list[str]) -> None:
        before, after = near
        if negated:
            if env not in filters.not_envs:
                filters.not_envs.append(env)
        elif env not in filters.envs:
            filters.envs.append(env)
        # "online only", "only onsite"; not "online who only uses", nor "på egen server, bara Service" (Service's)
        # (nor "on our own server, only the support desk uses it": "only" before a noun of its own)
        next_is_client = after[1:2] and (after[1] in self._client_words or after[1] in ONLY_NOUN_LEADS)
        # ("which rows only work when you host SO yourself?": "only" before a verb of working, a few words back)
        back = before[-ONLY_WORKS_REACH:]
        # (or "only" before a cell's mark: "the rows whose only X is in the Online column")
        only_works = any(b in self._only and (c in WORKING or c in CELL_MARKS) for b, c in pairwise(back)) \
            or self._only_while(lead)
        # "we're cloud-only": where the asker is, not rows that work there only ("because they're onsite-only":
        # the rows)
        askers = self._subject_pronouns - THIRD_PERSONS
        told = bool(before) and (before[-1] in askers or (
            len(before) > 1 and before[-2] in askers and before[-1] in BEING))
        # "a cloud-only customer", "onsite-only shop": who is there, not rows that work there only
        told = told or (len(after) == 2 and after[0] in self._only and after[1] in self._people)
        # "the acquirer uses SuperOffice Online exclusively": where the customer is, not rows that work there only
        told = told or (bool(before) and before[-1] in USING and bool(after) and after[0] in self._only)
        # "only what online supports", "keep only the onsite ones": "only" picks from a set by where its rows work,
        # not rows that work there only
        told = told or (len(before) >= 2 and before[-2] in self._only and before[-1] in ONLY_PICKS)
        if (self._only & set(before[-2:] if next_is_client else before[-2:] + after[:1]) and not told) or only_works:
            filters.env_only = env

    def _drops_shared(self, hit: Hit, toks: list[str], reading: Reading) -> bool:
        """A client dropped for what it also gets: "leave out anything the sales people also get", "skip whatever
        Sales has too", or the drop told after it in its sentence ("anything the sales side also has goes on the
        shared day, so leave it out", "alt det, som sælgerne også har adgang til, skal ikke med")."""
        # ("options that are also available to the sales module shall be excluded": "also" before it; within its
        # sentence: not "... serves the service module. Options that are also ...")
        start, end = _sentence_of(reading, hit.start)
        clause_end = next((c for c in reading.clauses if c > hit.start), len(toks))  # (not "... Kundenservice - also
        # nichts, was ...": German "also" opening the next clause)
        after = toks[hit.end:min(end, clause_end, hit.end + DROP_REACH + 2)]  # ("if the sales side can use it as
        # well, leave it out": "as well", a word further)
        if SHARED_WORDS.isdisjoint(after[:DROP_REACH + 1]) and ("as", "well") not in pairwise(after) \
                and SHARED_WORDS.isdisjoint(toks[max(start, hit.start - DROP_REACH - 2):hit.start]):
            return False
        return any(h.end <= hit.start <= h.end + DROP_REACH or hit.end <= h.start < end
                   for h in self._cue_hits(reading, "drop"))

    def _only_while(self, before: list[str]) -> bool:
        """"only" and a condition right before the place, a subject between ("only as long as we host it")."""
        words = list(before)  # (less the subject, its verb and a preposition: "only while we're on our own server";
        # "only exists as long as SuperOffice stays on our own server": the product as the subject, a verb of staying,
        # and a verb of working between "only" and the condition; "only when we run SuperOffice on our own hardware":
        # the subject and its verb of running or hosting)
        while words and (words[-1] in self._subject_pronouns or words[-1] in BEING or words[-1] in PLACE_LEADS
                         or words[-1] in STAYING or words[-1] in self._release_names
                         or (words[-1] in RUN_OR_HOST and len(words) > 1
                             and words[-2] in self._subject_pronouns)):
            words.pop()
        return any(len(words) > len(c) and tuple(words[-len(c):]) == c and (
            words[-len(c) - 1] in self._only
            or (len(words) > len(c) + 1 and words[-len(c) - 1] in WORKING and words[-len(c) - 2] in self._only))
            for c in ONLY_WHILE)

    def _trail(self, toks: list[str], hit: Hit, after: list[str], reading: Reading) -> list[str]:
        """The two words after a name where a negation may follow it ("online, not onsite"): a people word
        ("us onsite folks don't") and a cell's words ("the onsite column is blank") skipped, none across the end
        of a sentence ("SO web self-hosted. NOT an iframe ...")."""
        if hit.end in reading.sentences or (hit.end in reading.clauses and hit.end not in reading.named):
            return []  # (nor across a dash or colon: "what ONLY exists in the hosted edition - can't be much")
        if after[:1] == ["not"] and len(after) == 2 and (after[1] not in self._ties or after[1] in DETERMINERS) \
                and hit.end in reading.breaks:  # "on our own server, not their cloud": the place after
            return []  # the comma is what the negation denies ("the customer service module, not the CRM")
        if after[:1] and after[0] in self._trailing and any(
                h.start == hit.end + 1 and h.means_any(("env", "client")) for h in reading.hits):
            return []  # "kun til salg - ikke kundeservice": the negation is the next name's, of its own kind
        if hit.end in reading.cue_phrases:  # "sellers and support - not one or the other": a phrase of its own
            return []
        if hit.end in reading.aside and hit.end - 1 not in reading.aside:  # "specific to Service (not shared with
            return []  # the sales side)": a bracket opens a thought of its own
        if len(after) == 2 and after[0] in self._people:  # ("for our helpdesk people? don't care where ...": none
            # across the end of the sentence)
            if hit.end + 1 in reading.sentences:
                return []
            return toks[hit.end + 1:hit.end + 3]
        if len(after) == 2 and after[0] in PLACE_NOUNS and hit.means("env") \
                and hit.end + 1 not in reading.sentences:  # "... that the onsite one doesn't": the place's noun
            trail = toks[hit.end + 1:hit.end + 3]  # (its auxiliary too: "that the cloud one does not")
            if trail[:1] == ["not"] and hit.end + 1 in reading.breaks:  # "just in SuperOffice's cloud version, not
                return []  # when the software sits on a box of your own": what the negation after the comma denies
            return trail[1:] if trail[:1] and trail[0] in AUXILIARIES and trail[1:2] == ["not"] else trail
        if len(after) == 2 and after[0] in AUXILIARIES and after[1] == "not" \
                and hit.means("env"):  # "the hosted version does not offer" (a place; not
            # "our sellers will NOT be able to use Triggers", a claim about them; nor "an issuer running SuperOffice
            # web on its own servers, could not have a small pop-up": after a comma, the place is no subject)
            return [] if hit.end in reading.breaks else toks[hit.end + 1:hit.end + 3]
        if after and after[0] in self._cells:
            trail = toks[hit.end:hit.end + CELL_WORDS + 2]
            while trail and trail[0] in self._cell_or_copula:
                trail = trail[1:]
            return trail[:2]
        return after

    @staticmethod
    def _filter_ahead(hit: Hit, reading: Reading) -> bool:
        """A filter word a few words after a name ("not for Sales"), which a negation between them belongs to."""
        return any(hit.end + 1 <= h.start <= hit.end + 3 and h.means_any(FILTER_KINDS)
                   for h in reading.hits)

    def _loses(self, reading: Reading, toks: list[str], found: set[str]) -> bool:
        """Something lost: a word of losing, except one that also rules out ("valt af": drops out, or is ruled out)
        outside the question when nothing tells of a move ("Record voor record via een API ophalen valt af.": a way
        ruled out in the setup)."""
        if "lose" not in found:
            return False
        ruling = all(any(m.kind == "cue" and m.value == "exclude" for m in h.meanings)
                     for h in self._cue_hits(reading, "lose"))
        asked = reading.asked is None or any(h.start in reading.asked for h in self._cue_hits(reading, "lose"))
        return not ruling or asked or "moved" in found or not MOVE_VERBS.isdisjoint(toks) \
            or len({m.value for m in reading.mentions if m.kind == "env"}) == 2

    @staticmethod
    def _cue_hits(reading: Reading, cue: str) -> list[Hit]:
        """The hits that carry a cue ("regardless", "both-clients")."""
        return reading.by_cue.get(cue, [])

    def _requires(self, before: list[str]) -> bool:
        """A place the rows require ("rows that need an onsite server", "nothing that requires SuperOffice
        Online"), not one the customer needs ("we need it to work online")."""
        # (the rows a few words back: "Hvilke rader under Scripting og Database krever egen server?"; the product's
        # name before the place is part of it: "the ones that need the SuperOffice-hosted version")
        while len(before) > 2 and before[-1] in self._release_names:
            before = before[:-1]
        return len(before) >= 2 and before[-1] in self._requiring and (
            before[-2] in self._negations or not self._requirers.isdisjoint(before[-REQUIRER_REACH - 1:-1]))

    @staticmethod
    def _required(env: Env, denied: bool, filters: _Filters) -> None:
        """Rows that need `env` work there only ("leave out whatever needs an onprem install" drops those); denied
        ("nothing that needs an onsite server"), the rows wanted work in the other environment."""
        if denied:
            env = next(e for e in Env if e != env)
        elif filters.env_only is None:
            filters.env_only = env
        if env not in filters.envs:
            filters.envs.append(env)

    def _client(self, client: Client, hit: Hit, toks: list[str], near: tuple[list[str], list[str]],
                negated: bool, filters: _Filters, telling: bool = False) -> None:
        before, after = near
        filters.customer = filters.customer or client
        # "no sales licences", "without sales users", "(no CS)": the customer has the other one ("not for
        # Service" filters rows)
        lacks = bool(self._lacking & set(before[-2:])) and (bool(self._people & set(after[:1]))
                                                            or (before[-1:] and before[-1] in self._lacking)) \
            and self._cells.isdisjoint(after[:4])  # ("no Sales in the client cell": rows, not the customer)
        if negated and lacks:
            if client not in filters.lacking:
                filters.lacking.append(client)
        elif negated:
            if client not in filters.not_clients:
                filters.not_clients.append(client)
        elif client not in filters.clients:
            filters.clients.append(client)
        # "whose only client is Sales", "sole client column is Service": past the column's own words
        while before and before[-1] in self._client_cells:
            before = before[:-1]
        close = before[-2:] if before[-1:] and before[-1] in self._ties else before[-1:]
        if len(before) >= 3 and self._glue.issuperset(before[-2:]):  # "purely on the helpdesk side"
            close = before[-3:]
        # "Sales-only rows" and "exclusively for Service users" filter rows; "only Sales users" describes the customer
        # (the name's head word: "service users" are people, "customer service alone" is the module)
        # ("for a helpdesk-only customer": a customer of one client, not rows for it alone)
        people_after = bool(self._people & set(toks[hit.end - 1:hit.end] + after[:2]))
        about_people = (people_after and (before[-1:] != ["for"]
                                          or (hit.start > 0 and toks[hit.start - 1] in INDEFINITE_ARTICLES))) \
            or self._owns(before[-3:]) \
            or bool(self._people & set(before[-1:])) \
            or bool(self._possessives & set(before[-1:])) \
            or telling  # "Kunden har bare salg", "customer (CS only)", "SO cloud, Service only. what ..?": the customer
        # ("... at config level that only the sales people get": what only they get is theirs alone)
        people_end = hit.end + 1 if after[:1] and after[0] in self._people else hit.end
        if about_people and not self._only.isdisjoint(close) and toks[people_end:people_end + 1] != [] \
                and toks[people_end] in GETTING:
            about_people = False
        # ("for our sales side only": the customer's side, whatever serves it)
        # "rows that list Service as their sole client"
        # ("the sales module only": past the noun the client's name heads)
        tail = toks[hit.end + 1:hit.end + 3] if after[:1] and after[0] in MODULE_NOUNS else after
        named_as = toks[hit.end:hit.end + 4] if after[:1] == ["as"] else tail[:1]
        if after[:1] and after[0] in self._cell_or_copula:  # "Service is the only client they cover"
            named_as = after[:3]
        if any(tuple(toks[hit.end:hit.end + len(t)]) == t for t in self._sole_tails) \
                or any(tuple(toks[hit.start - len(t):hit.start]) == t for t in self._sole_heads):  # "Service and
            # nothing else", "nothing but Service"
            named_as = ["only"]
        filters.client_only = filters.client_only or (bool(self._only & set(close + named_as)) and not about_people)

    def _points(self, toks: list[str], hits: list[Hit], reading: Reading) -> None:
        found = self.lexicon.spans(toks, frozenset({"point"}), hits)
        for hit in found:
            if hit.score < w.POINT_MIN:
                continue
            reading.covered.update(range(hit.start, hit.end))
            reading.explained.update(range(hit.start, hit.end))
            if hit.end - hit.start > 1:  # "email plugin" is a name; a one-word point ("button") is a plain word too
                reading.named |= set(range(hit.start, hit.end))
            elif len({m.value for m in hit.meanings}) > 1 and not (
                    reading.named_platforms or reading.env_platforms or reading.web_client):
                continue  # "fields and buttons they set up": a plain word several platforms' points share
            for m in hit.meanings:
                if m.value not in reading.points:
                    reading.points.append(m.value)
                reading.mentions.append(Mention("point", m.value, " ".join(toks[hit.start:hit.end]), hit.phrase,
                                                hit.score))

    def _setting_platforms(self, reading: Reading) -> None:
        """A platform named only in the setup, its client named in the question ("they only use the support
        module. Which extension points apply to Service at all?"): the customer's setting; the question asks by
        client, not for the platform's points."""
        asked = reading.asked
        if asked is None or not reading.named_platforms:
            return
        spans = {(h.start, h.end): {m.value for m in h.meanings if m.kind in ("platform", "client")}
                 for h in reading.hits if h.means_any(("platform", "client"))}
        in_question = {v for (a, b), values in spans.items() if not asked.isdisjoint(range(a, b)) for v in values}
        for plat in list(reading.named_platforms):
            clients = set(self.catalog.platform(plat).clients)
            if plat not in in_question and clients and clients <= in_question:
                reading.named_platforms.remove(plat)
                reading.platforms.remove(plat)

    def _keywords(self, toks: list[str], hits: list[Hit], reading: Reading) -> None:
        """Intent trigger words, overlaps allowed, but a trigger inside a longer one of another intent is that
        one's ("options" in "integration options"); a refusal word right after a negation does not count."""
        triggers = [h for h in hits if h.means("intent")]
        sames = self._cue_hits(reading, "same") + self._cue_hits(reading, "still")
        nones = [h for h in hits if any(m.kind == "none" and m.value in self._not_triggers for m in h.meanings)]
        enumerated = _enumerated(reading)
        # "... can't be uploaded there, why is that?": "is that" belongs to the reason asked, not to a name asked
        whys = {k for i, t in enumerate(toks) if t in self._reasons and self._why_that_not(toks, i, reading)
                for k in range(i + 1, i + 3)}
        for hit in hits:
            meanings = [m for m in hit.meanings if m.kind in KEYWORD_KINDS]
            if not meanings or reading.named.issuperset(range(hit.start, hit.end)):
                continue  # a trigger word inside a name ("apps" in "mobile apps") is part of the name
            if whys.issuperset(range(hit.start, hit.end)):
                continue
            if reading.introduced.issuperset(range(hit.start, hit.end)):
                continue  # a caller's name or firm ("it's Oda from the christmas-lunch caterer") asks nothing
            if reading.form.issuperset(range(hit.start, hit.end)) and all(
                    t in ASK_LABELS or t.endswith(NOTE_LABELS) for t in toks[hit.start:hit.end]):
                continue  # nor what a label calls its note ("Approver's question:"; not "auth question:")
            if hit.start in reading.spectrum:
                continue  # an end of the staircase ("from admin settings up to deep custom code") asks for no topic
                # of its own: the levels are asked about
            if self._names_a_named_platform(hit, toks, reading):
                reading.covered.update(range(hit.start, hit.end))
                for intent in self._platform_intents:  # (what the platform pointed at allows is asked)
                    reading.keywords.setdefault(intent, {})[hit.phrase] = hit.score
                continue  # "... SuperOffice Mobile plus Pocket CRM ... what do those two apps allow?": the platform
                # named again, not the app store's "apps"
            if _inside_longer(hit, sames):
                continue  # inside words that continue the thread ("story" in "the same story for"): theirs
            if _inside_longer(hit, nones):
                continue  # inside words that are no name ("their sellers want offers to ...": quotes, not a verb)
            if hit.start == 0 and hit.end == 1 and toks[0] in self._fillers and len(toks) > 1:
                continue  # "ok, and the desktop client?": a filler opening a message triggers nothing
            if hit.end < len(toks) and toks[hit.end].isdigit():
                continue  # a word a number measures or counts asks nothing ("static level 4.4 m", "garage level -2")
            if enumerated.issuperset(range(hit.start, hit.end)):
                # an item of a list of things told asks no topic ("the agent fills in our own form: hearing, minutes
                # late, reason, refund or not")
                meanings = [m for m in meanings if m.value not in self._concepts]
                if not meanings:
                    continue
            owners = {m.value for m in meanings}
            if any(o.start <= hit.start and hit.end <= o.end and not owners & {m.value for m in o.meanings}
                   and (o.end - o.start > hit.end - hit.start or o.score > hit.score) for o in triggers):
                continue  # "options" in "integration options"; a compound's head where the word itself is a trigger
            if self._negations & set(toks[max(0, hit.start - 2):hit.start]):
                meanings = [m for m in meanings if m.value not in self._refusals]
            # "why can't we ...", "hvorfor må vi ikke ...": a reason asked for something not possible is a
            # trigger, though "why" alone is only a hint ("Why Login?")
            why_not = hit.end - hit.start == 1 and toks[hit.start] in self._reasons and (bool(
                self._why_negations & set(toks[hit.end:self._sentence_end(hit.end, reading, w.WHY_NOT_REACH)]))
                or self._why_that_not(toks, hit.start, reading))
            reading.why_not = reading.why_not or why_not
            for meaning in meanings:
                if meaning.kind == "intent":
                    reading.strong.add(meaning.value)
                phrases = reading.keywords.setdefault(meaning.value, {})
                value = hit.score * (w.HINT if meaning.kind == "hint" and not why_not else 1.0)
                phrases[hit.phrase] = max(phrases.get(hit.phrase, 0.0), value)
                reading.keyword_words.setdefault(meaning.value, []).append(" ".join(toks[hit.start:hit.end]))
                reading.keyword_cells.setdefault(meaning.value, set()).update(range(hit.start, hit.end))
            reading.covered.update(range(hit.start, hit.end))

    def _conditioned(self, toks: list[str], end: int) -> bool:
        """Whether a condition follows a name within NAMED_CONDITION_REACH words ("Batch Task Plugins unless they
        ...")."""
        last = end + NAMED_CONDITION_REACH + 1
        return any(0 < _phrase_at(self._set_conditions, toks, k) <= last - k for k in range(end, last))

    def _asks_level(self, toks: list[str], reading: Reading) -> bool:
        """Whether a row's level is asked: "which tier is it in?", or a row's own level or place on the stairs
        ("Custom Screens and their step on the extensibility stairs", "CRMScript and its level"): the place's word
        is understood."""
        places = [i + 1 for i, t in enumerate(toks[:-1]) if t in ROW_POSSESSIVES and (
            toks[i + 1] in self._level_words or (
                toks[i + 1] in STAIR_PLACES and not STAIRS.isdisjoint(toks[i + 2:i + 2 + STAIRS_REACH])))]
        reading.covered |= set(places)
        reading.explained |= set(places)
        # ("Extensibility level of MDO Providers (...)": the level of a row named right after it)
        of_row = any(t in self._level_words and toks[i + 1:i + 2] == ["of"]
                     and (i + 2 in reading.named or (i + 3 in reading.named and toks[i + 2] in DETERMINERS))
                     for i, t in enumerate(toks))
        return bool(places) or of_row or any(a in self._wh and b in self._level_words for a, b in pairwise(toks))

    def _doubted(self, toks: list[str], hit: Hit, reading: Reading) -> bool:
        """Whether a row set aside in a sentence that asks nothing is asked about by a later yes/no question that
        points back at it, denies it again and names no row ("someone told me NOT to plan on Zapier because we're
        onsite. Is it really not available there?"): the asker doubts what was said, the row is not set aside."""
        if hit.start in reading.asking:
            return False
        start = _sentence_of(reading, hit.start)[1]
        while start < len(toks):
            end = _sentence_of(reading, start)[1]
            if start in reading.asking and toks[start] in self._yes_no \
                    and not self._pronouns.isdisjoint(toks[start + 1:start + 3]) \
                    and not self._clause_negations.isdisjoint(toks[start:end]) \
                    and not any(start <= h.start < end and h.means("item")
                                for h in reading.hits):
                return True
            start = end
        return False

    def _names_a_named_platform(self, hit: Hit, toks: list[str], reading: Reading) -> bool:
        """Whether a word after a pointer ("those apps", "these two apps") is a word of a platform's name the message
        named before it, or right after that name ("the SuperOffice Mobile and Pocket CRM apps")."""
        if not reading.named_platforms:
            return False
        pointed = bool(self._references.intersection(toks[max(0, hit.start - 2):hit.start]))
        said = {t.rstrip("s") for t in toks[hit.start:hit.end]}
        # ("the apps on the reps' phones": the device named right after them)
        on = hit.end < len(toks) and toks[hit.end] in DEVICE_ON
        return any((h.end == hit.start or (pointed and h.end <= hit.start)
                    or (on and hit.end < h.start <= hit.end + ON_DEVICE_REACH)) and any(
            m.kind == "platform" and said <= self._platform_names[m.value] for m in h.meanings) for h in reading.hits)

    def _names_earlier(self, toks: list[str], hits: list[Hit], reading: Reading) -> bool:
        """A pointer that names the list it points at ("that list", "only those"), unless the rows it points at are
        defined before it in its sentence ("options that serve both ..., only those covering both sides")."""
        for h in self._cue_hits(reading, "list-ref"):
            start = max((s for s in reading.sentences if s <= h.start), default=0)
            # (rows the message defines itself, not "which ones from that list"; before the pointer only: "Narrow that
            # down to the ones that run on their own server" opens with it)
            if not any(t in self._row_nouns and toks[i + 1] in self._relatives
                       for i, t in enumerate(toks[start:max(start, h.start - 1)], start)) \
                    and not self._rows_asked_before(toks, h.start):
                return True
        return False

    def _rows_asked_before(self, toks: list[str], end: int) -> bool:
        """Rows the message asks for before word `end`, in a sentence of their own or the same one ("WHICH OPTIONS
        SERVE SALES AND SUPPORT BOTH. ONLY THOSE SHARED BY THE TWO MODULES"): "which" or "what" and a row noun, or
        a row noun a participle describes ("SuperOffice extension options shared by ..."); a pointer after them
        points at them."""
        # (not rows picked from the list pointed at: "which ones from that list remain usable?")
        return any(t in self._row_nouns and toks[i + 1] not in PICKED_FROM
                   and ((i and toks[i - 1] in WHICH_THING) or toks[i + 1].endswith("ed"))
                   for i, t in enumerate(toks[:max(0, end - 1)]))

    def _out_of_scope(self, toks: list[str], end: int) -> bool:
        """Whether the name ending at `end` is told as left out of the question ("the sales side is out of scope")."""
        at = end + 1 if toks[end:end + 1] and (toks[end] in BEING or toks[end] in self._copulas) else end
        return bool(_phrase_at(self._left_out, toks, at))

    def _handled_elsewhere(self, toks: list[str], clauses: tuple[int, ...]) -> frozenset[int]:
        """The words of a clause that ends by telling them handled elsewhere or no part of the need ("making the piece
        afterwards is tracked somewhere else", "producing the hats is someone else's workflow", "Winning the order is
        NOT this"): what the need is not."""
        out: set[int] = set()
        for i in range(len(toks)):
            if _phrase_at(self._elsewhere, toks, i):
                out.update(range(max((c for c in clauses if c <= i), default=0), i))
        return frozenset(out)

    def _solved_already(self, reading: Reading) -> frozenset[int]:
        """The words of a sentence that tells a part as solved already ("Where the data goes is already solved (the
        claims table exists).", "the returns register exists now, so storing the data is sorted."): what is met, no
        need; from the comma before it, which ends what is still needed ("their own form screen in the support
        module, writing into tables that already exist")."""
        toks, sentences, out = reading.toks, reading.sentences, set[int]()
        for i in range(len(toks)):
            if _phrase_at(self._solved, toks, i):
                start = max((s for s in sentences if s <= i), default=0)
                start = self._solved_part(reading, i, start) or start
                out.update(range(start, next((s for s in sentences if s > i), len(toks))))
        return frozenset(out)

    def _requests(self, toks: list[str], start: int, asking: bool = False) -> bool:
        """Whether the sentence at `start` opens (after a label before a colon) with a request ("list the ...",
        "name every ..."), or, `asking`, with any word that asks ("which ...", "is ...")."""
        words = toks[start:start + REQUEST_REACH]
        return any(t in REQUESTS or (asking and t in self._interrogatives) for t in words)

    def _only_why(self, toks: list[str]) -> bool:
        """A reason asked and nothing else said: "why?", "why not?", "and why is that?", "hvorfor ikke?"."""
        return len(toks) <= w.TINY_MESSAGE + 1 and not self._reasons.isdisjoint(toks) and all(
            t in self._reasons or t in POINTED or t in self._negations or t in self._fillers or t in self._openers
            for t in toks)

    def _why_that_not(self, toks: list[str], at: int, reading: Reading) -> bool:
        """"... they won't let him upload it, why's that?": a reason asked for the "not" just told before it ("why is
        that", "why so", a "why" that ends its clause: "... no DLLs can be installed there. Customer wants to know
        WHY - ..."), as "why can't we ..." asks it; told in the same sentence or the one before ("... are 'not
        permitted' to put ... on our old server. Why is that?")."""
        sentences = reading.sentences
        run = list(takewhile(POINTED.__contains__, toks[at + 1:at + 3]))
        bare = at + 1 == len(toks) or at + 1 in reading.clauses
        if POINTERS.isdisjoint(run) and not bare:
            return False
        # (not "why is that so hard to find?": the reason something is so, what follows telling what)
        after = at + 1 + len(run)
        if toks[after:after + 1] in (["so"], ["such"]) and len(toks) > after + 1:
            return False
        own = max((s for s in sentences if s <= at), default=0)
        before = max((s for s in sentences if s < own), default=0)
        return bool(self._negations & set(toks[max(0, min(at - w.WHY_BACK_REACH, before)):at]))

    def _illustrating(self, toks: list[str], sentences: tuple[int, ...]) -> frozenset[int]:
        """The words after "e.g.", "for example", "z.B." to the end of their sentence."""
        out: set[int] = set()
        firsts = self._illustration_firsts
        for i in range(len(toks)):
            if toks[i] not in firsts:
                continue
            for marker in self._illustrations:
                if tuple(toks[i:i + len(marker)]) == marker:
                    start = i + len(marker)
                    end = min([len(toks), *(s for s in sentences if s > start)])  # "e.g." ends no sentence
                    out.update(range(start, end))
                    break
        return frozenset(out)

    @staticmethod
    def _says(toks: list[str], phrases: tuple[str, ...]) -> bool:
        """Whether one of the phrases (normalised, a space either side) is in the message's words."""
        if not phrases:
            return False
        text = f" {' '.join(toks)} "
        return any(p in text for p in phrases)

    def _picks_asked(self, toks: list[str], reading: Reading) -> bool:
        """A pick from the things listed, asked: in a sentence that ends with "?" or opening with a question word
        ("which of these work online", not "... pushing some of them to our maintenance database.")."""
        return any((i in reading.asking or t in self._interrogatives) and _phrase_at(self._pick_words, toks, i)
                   for i, t in enumerate(toks))

    def _many(self, toks: list[str], i: int) -> bool:
        """Word i is counted as data is ("a separate register with lots of rows", "thousands of entries"): rows
        of a table, not the options asked for."""
        return any(t in MANY or t.isdigit() for t in toks[max(0, i - MANY_REACH):i])

    def _counts_asks(self, toks: list[str]) -> bool:
        """A count right before what it counts ("three asks", "Hvilke to ting"), or one word before it ("which
        two extension types"; not "to", which is mostly English "to do things"; nor after "same": "does the same four
        things - set the category, ...", a routine's steps)."""
        return any(t in self._counts and not (i and toks[i - 1] in SAME)
                   and ((toks[i + 1:i + 2] and toks[i + 1] in self._counted)
                                          or (t != "to" and toks[i + 2:i + 3] and toks[i + 2] in self._counted))
                   for i, t in enumerate(toks))

    @staticmethod
    def _sentence_end(start: int, reading: Reading, reach: int) -> int:
        """Where `reach` words after `start` end, or the sentence before that."""
        return min([start + reach, *(s for s in reading.sentences if s > start)])

    def _opens_clause(self, toks: list[str], i: int, reading: Reading) -> bool:
        """"extensibility that works", "get that us onsite folks don't", "give me that Online doesn't": a
        clause (its subject a person or a name right after it), not a pointer."""
        if i + 1 >= len(toks) or toks[i - 1] in self._particles:
            return False  # "...use that?", "access to that as well": pointing back
        if toks[i + 1] in self._particles and i + 1 not in reading.named:  # not "that on-prem ...": a name
            return False  # "narrow that down", "compare that with": an object, pointing back
        asked = toks[i - 1] in self._yes_no or toks[i - 1] in self._interrogatives  # "is that onsite only?"
        # ("... have that the onsite one doesn't": a name as the subject, its verb after it; not "is that the
        # onsite version?")
        subject = toks[i + 1] in DETERMINERS and i + 2 in reading.named and any(
            t in AUXILIARIES or t in self._trailing for t in toks[i + 3:i + 3 + CLAUSE_VERB_REACH])
        return (subject or toks[i - 1] not in self._lead_ins or toks[i + 1] in self._subjects
                or toks[i - 1] in self._row_nouns  # ("integration points that serve Sales as well as Service")
                or toks[i - 1] in self._indefinites  # "is there anything that is only in the cloud?"
                or any(t in self._indefinites and t not in self._wh for t in toks[max(0, i - 3):i - 1])
                # ("anything extensibility-wise that only the hosted edition has?")
                or (i + 1 in reading.filtering and not asked))

    def _within(self, i: int, reading: Reading) -> bool:
        """A pronoun that points inside the message: a determiner before a name ("het niveau configuratie",
        "die Sentry-Plugins") or before a word of its own the data does not know ("disse feltene": these
        fields, not the thread's), or a word after a level or family it names ("internal api bucket - whats
        in it")."""
        cells = reading.subject_cells
        # a row before it is the message's own already; a word that names a client too ("what if the helpdesk
        # agents ask for it?") is whom the thread's subject is for
        # (not "helpdesk-only shop ...: every row available to them": the people)
        clients = set() if reading.toks[i] in PEOPLE_PRONOUNS else {
            j for h in reading.hits if h.means("client") for j in range(h.start, h.end)}
        # (nor a place moved to: "once we've moved to CRM Online, would they keep working?" asks of the thread's rows)
        reached = _reached_cells(reading)
        before = any(j < i for j in cells - reading.row_cells - clients - reached) or self._bound(i, reading)
        nxt = reading.toks[i + 1] if i + 1 < len(reading.toks) else ""
        unknown = reading.toks[i] not in PERSONAL and len(nxt) > 2 and i + 1 not in reading.covered \
            and nxt not in self._small \
            and nxt not in self._domain and not nxt.isdigit()
        return i + 1 in cells or i + 2 in cells or before or unknown

    def _bound(self, i: int, reading: Reading) -> bool:
        """A plural pronoun whose noun comes before it in the message: the people ("Service customer on the SaaS
        edition: every row they can use") or the rows ("Service-exclusive rows, Sales not listed - gimme
        those")."""
        toks = reading.toks
        tok = toks[i]
        if tok not in PLURAL_POINTERS:
            return False
        # (an object pronoun is the people only after "to", "for": "do we have to rebuild them?" are rows)
        people = tok in PEOPLE_SUBJECTS or (tok in PEOPLE_PRONOUNS and i > 0 and toks[i - 1] in self._datives)
        if people and any(t in self._people for t in toks[:i]):
            return True
        return tok not in PEOPLE_SUBJECTS and any(t in self._plural_rows for t in toks[:i])

    @staticmethod
    def _picked_from(toks: list[str], i: int) -> bool:
        """A plural after "which of the" and before a verb for one ("which of the internal API rows fits?",
        "hvilken av radene passer?"): one row picked from them."""
        before = toks[max(0, i - PICK_REACH):i]
        return toks[i + 1:i + 2] != [] and toks[i + 1] in PICKED_VERBS \
            and any(a in WHICH and b in PICK_OFS for a, b in pairwise(before))

    def _existential(self, toks: list[str], i: int) -> bool:
        """The pronoun of "gibt es", "finnes det": there is, not it."""
        return tuple(toks[i - 1:i + 1]) in self._existentials or tuple(toks[i:i + 2]) in self._existentials

    def _cues(self, toks: list[str], hits: list[Hit], reading: Reading) -> Cues:
        found = {m.value for h in hits for m in h.meanings if m.kind == "cue"}
        # ("WP2 needs a short overview of the levels ..."): what is needed is an answer, no need of a system
        if "need" in found and all(not INFO_NOUNS.isdisjoint(toks[h.end:h.end + INFO_REACH])
                                   for h in self._cue_hits(reading, "need")):
            found.discard("need")
        # ("Hypothesis: agents lose nothing. Which options will they have there?": nothing lost or gained is asked)
        for change in ("lose", "gain"):
            if change in found and all(toks[h.end:h.end + 1] and toks[h.end] in NOTHING
                                       for h in self._cue_hits(reading, change)):
                found.discard(change)
        cued = {i for h in hits if h.means("cue") for i in range(h.start, h.end)}
        reading.covered |= cued
        reading.explained |= cued
        lead = toks[reading.fillers:]  # "ok now ...", "DPIA 2.2 - and for ...?"
        label = _LABEL.match(reading.text)  # "Sales client: which integration points ...?": a label, then the ask
        row_label = False
        if label and (n := len(tokens(label.group(1)))) < len(toks) \
                and (toks[n] in self._interrogatives or toks[n] in self._yes_no  # ("Batch Task Plugins: can a
                     or toks[n] in self._openers  # running task be cancelled from the UI?", "Lucía again: and if it
                     or " ".join(toks[n:n + 2]) in self._openers):  # were her support desk ...?")
            lead = toks[n:]
            row_label = toks[n] in self._yes_no and bool(reading.named_rows) \
                and self._names_alone(reading, n, reading.named)
        opener = bool(lead) and (lead[0] in self._openers or " ".join(lead[:2]) in self._openers
                                 or " ".join(lead[:3]) in self._openers
                                 or (len(lead) > 1 and lead[-1] in self._closers)  # "... then?"
                                 or not SWITCHES.isdisjoint(toks[:len(toks) - len(lead)]))  # "ok now the browser UI"
        supposes = bool(lead) and any(" ".join(lead[:n]) in self._hypotheticals for n in (2, 3, 4))
        # "every external API SuperOffice has", "alle interne APIer": every one of a level or family named asks for them
        # ("name the external apis superoffice offers": a level named right after a verb of listing)
        listing = bool(reading.strong & self._list_intents) or any(
            h.start and (toks[h.start - 1] in TOTALS or _listed_after(toks, h.start))
            and h.means_any(("level", "group")) for h in hits)
        hinting = bool(set(reading.keywords) & self._list_intents)
        # "extensibility that works in the cloud": a "that" right after a content word introduces a clause
        # "regardless of whether it is onsite or online": the pronoun of a clause that says what does not matter
        moot = {j for h in self._cue_hits(reading, "regardless") for j in range(h.end, h.end + REGARDLESS_REACH)}
        place_ends = {h.end for h in hits if h.means("env")}
        pronoun = any(t in self._pronouns and not (t in self._relative and i and self._opens_clause(toks, i, reading))
                      and not self._existential(toks, i) and not self._within(i, reading) and i not in moot
                      and not (i + 1 in reading.named and t in ARTICLES)  # "naar de cloud": an article
                      and not (t == "one" and i and toks[i - 1] in COUNTED_ONE)  # "more than one client": a number
                      and not (t == "one" and i in place_ends)  # "the onsite one": the place, no pointer
                      for i, t in enumerate(toks)) \
            or any(t == "such" and toks[i + 1:i + 2] not in (["as"], []) for i, t in enumerate(toks)) \
            or (not any(m.kind in ("env", "platform", "web") for m in reading.mentions) and any(
                t in PLACES and i and toks[i - 1] not in BEING and toks[i + 1:i + 2] not in ([b] for b in BEING)
                for i, t in enumerate(toks)))  # "can I put a web panel there?", not "which APIs are there?" nor
        # "cloud tenant: every row that works there", which names its place itself
        # "every single internal-api row, list them": the pointers follow the level they point to
        # ("rows whose client cell reads 'Sales, Service' - all of them please": the rows, named as rows)
        named_at = min([*(h.start for h in hits if h.means_any(("level", "group"))),
                        *(i for i, t in enumerate(toks) if t in self._row_nouns)], default=None)
        pointers = [i for i, t in enumerate(toks) if t in self._pronouns or t in self._references]
        within = named_at is not None and bool(pointers) and pointers[0] > named_at
        # a yes/no tail asks (at the end, or before a closing remark of a few words: "..., is that right, clam farm")
        ends = [len(toks), *(c for c in reading.breaks if len(toks) - c <= CLOSING_REMARK)]
        tail = any(tuple(toks[max(0, end - n):end]) in found for end in ends for n, found in self._yes_no_tails.items())
        # "please confirm that ...": a yes or a no asked (its words understood: "Confirm or reject.")
        asked = {k for i, n in reading.confirm_asks for k in range(i, i + n)}
        confirms = bool(asked)
        reading.covered |= asked
        reading.explained |= asked
        # ("what if I do not use the Screen Designer?": a row set aside is a subject of its own)
        return Cues(pronoun=pronoun, opener=opener or (supposes and not reading.set_aside), supposes=supposes,
                    points_within=within, names_pointer=self._names_earlier(toks, hits, reading),
                    asks_what=not self._wh.isdisjoint(toks),
                    asks_level=self._asks_level(toks, reading),
                    why_not=reading.why_not,
                    asks_why=self._only_why(toks), one_of=self._says(toks, self._one_of),
                    one_point=any(a in POINT_KINDS and b in ONE_POINT for a, b in pairwise(toks)),
                    level_ref="level-ref" in found,
                    # (not "which of the internal API rows is meant for ...": one picked from them)
                    # (nor "which of the internal API rows fits?": one picked from them)
                    asks_rows=any(t in self._row_plurals and toks[i + 1:i + 2] not in (["is"], ["ist"])
                                  and not self._picked_from(toks, i) and not self._many(toks, i)
                                  for i, t in enumerate(toks)),
                    reference=any(t in self._references and not (t in self._pronouns and i and toks[i - 1] in
                                                                  self._datives) and not self._bound(i, reading)
                                  for i, t in enumerate(toks))
                    or "ref" in found or "list-ref" in found,  # ("available to them": the people, not the rows)
                    # (not a variation asked: "can the stage templates differ per project type?")
                    contrast=any(t in self._contrast and (t not in PAIR_WORDS or (i and toks[i - 1] in PAIR_POINTERS))
                                 and toks[i + 1:i + 2] != ["per"] for i, t in enumerate(toks))
                    or self._says(toks, self._contrast_phrases),
                    reset="reset" in found,
                    other=self._other_pointer(toks), choice=not self._choices.isdisjoint(toks),
                    drop="drop" in found, drops_place=self._drops_place(reading),
                    drops_shared=reading.shared_dropped,
                    # "capabilities that have no onsite counterpart": a denied likeness continues nothing
                    continuation=any(not self._negations & set(toks[max(0, h.start - LIKENESS_REACH):h.start])
                                     for h in self._cue_hits(reading, "same"))
                    or any(t in SAME and i + 2 < len(toks) and toks[i + 2] in FOR_WHOM and not self._negations
                           & set(toks[max(0, i - LIKENESS_REACH):i]) and self._both.isdisjoint(toks[i + 3:i + 4])
                           for i, t in enumerate(toks)),  # "same doubt for ..." (not "the same way for both?")
                    persists=bool(self._cue_hits(reading, "still")),
                    only=not self._only.isdisjoint(toks), losing=self._loses(reading, toks, found),
                    gaining="gain" in found, keeping="keep" in found,
                    need="need" in found and not reading.named_rows, list_words=listing, list_hint=hinting,
                    asks=bool(reading.keywords),
                    # "SO web on our own iron. where are the spots for my code": a later sentence may ask
                    question="?" in reading.text or bool(lead and lead[0] in self._interrogatives)
                    or tail  # "..., yay/nay"
                    or (len(toks) > 1 and any(tuple(toks[-len(t):]) == t for t in self._request_tails))
                    # ("ajax methods in the cloud, answer pls", "Q4.3 - ... in the hosted service? Answer needed:")
                    or confirms
                    or any(toks[i] in self._interrogatives for i in reading.clauses if i < len(toks)),
                    # "Hi! ... Is that even an option for them?": a sentence of its own may ask yes or no
                    yes_no=confirms or bool(lead and lead[0] in self._yes_no) or any(toks[i] in self._yes_no
                                                                          for i in reading.clauses if i < len(toks))
                    or tail,  # "usable or not?"
                    interrogative=bool(lead and lead[0] in self._interrogatives), row_label=row_label,
                    instead=not INSTEAD.isdisjoint(toks),
                    # (not a compliment told before the question: "brillant tutorial. ... what can he plug into?")
                    how_to=any(m.kind == "detail" and m.value in HOW_TO and (
                        reading.asked is None or h.start in reading.asked or h.phrase not in SETUP_STEPS)
                        for h in hits for m in h.meanings),
                    asks_name="name" in found or _asks_for_a_row(toks) or _asks_what_called(reading),
                    asks_who=self._asks_who(reading),
                    picks=self._says(toks, self._picks),
                    counted=self._counts_asks(toks), task_heading=self._task_heading(reading),
                    row_heading=self._row_heading(reading))

    def _asks_who(self, reading: Reading) -> bool:
        """A person asked for ("Configuration & UI workflow: who administers these?"), not by a relative "who"
        ("a customer who runs SO onsite"), and in a sentence that asks, if one does (not "1. Which of the things
        ...? 2. Timeline 3. Who tells the staff")."""
        return any(not self._relative_who(h, reading) and (not reading.asking or h.start in reading.asking)
                   for h in self._cue_hits(reading, "who"))

    def _preferred_over(self, toks: list[str], reading: Reading) -> set[Env]:
        """The places set aside by a preference: right after "rather than", "instead of" ("... rather than on its own
        infrastructure"), a few words at most between."""
        out: set[Env] = set()
        for h in reading.hits:
            lead = toks[max(0, h.start - PREFERENCE_REACH):h.start]
            if h.means("env") and any(
                    _phrase_at(self._preferences, lead, k) for k in range(len(lead))):
                out |= {Env(m.value) for m in h.meanings if m.kind == "env"}
        return out

    def _between(self, toks: list[str], reading: Reading, levels: list[str]) -> tuple[str, ...]:
        """The levels asked, a level named by its two neighbours on the stairs read as the one between them ("the
        no-code stuff sitting between plain configuration and scripting": UI Workflow, not those two); a level named
        a word or two after "above" or "below", another level named, is where the one asked stands ("the UI workflow
        features - the clicky layer above admin settings, below scripting")."""
        if len(levels) >= 2 and not STAIR_BOUNDS.isdisjoint(toks):
            bounds = {m.value for h in reading.hits for m in h.meanings if m.kind == "level"
                      and not STAIR_BOUNDS.isdisjoint(toks[max(0, h.start - 2):h.start])}
            asked = {m.value for h in reading.hits for m in h.meanings if m.kind == "level"
                     and STAIR_BOUNDS.isdisjoint(toks[max(0, h.start - 2):h.start])}
            if asked - bounds:
                levels = [v for v in levels if v not in bounds - asked]
        if len(levels) < 2 or self._betweens.isdisjoint(toks):
            return tuple(levels)
        named = sorted((h for h in reading.hits if len(h.meanings) == 1 and h.meanings[0].kind == "level"),
                       key=lambda h: h.start)
        out = list(levels)
        for a, b in pairwise(named):
            lead = toks[max(0, a.start - 2):a.start]  # ("between plain configuration and ...")
            gap = toks[a.end:b.start]  # ("zwischen Scripting und den internen APIs")
            if not self._betweens.intersection(lead) or not 1 <= len(gap) <= 2 or gap[0] not in JOINING \
                    or not self._glue.issuperset(gap[1:]):
                continue
            low, high = sorted(self._level_order.index(h.meanings[0].value) for h in (a, b))
            inner = self._level_order[low + 1:high]
            if not inner:
                continue
            out = [v for v in out if v not in (a.meanings[0].value, b.meanings[0].value)]
            out += [v for v in inner if v not in out]
        return tuple(out)

    def _constraints(self, toks: list[str], filters: _Filters, cues: Cues, reading: Reading) -> Constraints:
        rows_at = {h.start for h in reading.hits if h.means("item")}
        # ("we can not use Sentry plugins, what else ...": a row that cannot be used, not what is off limits)
        # (nor rows excluded from the answer asked for: "... shall be excluded from the answer", a drop)
        dropped = [h for h in self._cue_hits(reading, "drop") if h.end - h.start > 1]
        # (nor a label of a cue's words: "GO/NO-GO #12: database-level items ...", a checklist's heading)
        heading = self._cue_label(reading)
        found = {m.value for h in reading.hits for m in h.meanings if m.kind == "cue" and h.end > heading
                 and not (m.value == "exclude" and (h.end in rows_at or any(
                     d.start <= h.start < d.end for d in dropped)))}  # ("... are to be excluded from this schedule")
        if "alike" in found and not (cues.losing or cues.keeping or cues.gaining):
            found.add("cover")  # "for sellers and support alike": rows serving both (in a move, the customer's two)
        both_words = not self._both.isdisjoint(toks)  # "both", "begge", "beide" ...
        if "both-clients" in found:  # "SO CRM + CS in the cloud": the customer's two clients
            filters.clients = list(dict.fromkeys([*filters.clients, *Client]))
            filters.owned, filters.customer = True, None
        # "what covers sales AND service at the same time": rows serving both
        # (in what a move loses, keeps or gains, "sellers + support both" is the customer's two modules)
        moving = cues.losing or cues.keeping or cues.gaining
        both = {Client.SALES, Client.SERVICE} <= set(filters.clients) and ((both_words and not moving)
                                                                          or "cover" in found)
        if {Client.SALES, Client.SERVICE} <= set(filters.clients) and self._either_client(
                reading, choice_only="cover" in found):  # "sellers or support", "sales and service both count": what
            filters.clients, both = [], False  # serves either, no client filter (a chapter that must "cover every
            # option ..., sales or support": either still)
        clients, not_clients, only = list(filters.clients), list(filters.not_clients), filters.client_only
        has = [c for c in Client if c not in filters.lacking]
        if filters.lacking and len(has) == 1:  # "helpdesk-only customer (no sales licences)": a Service customer
            clients = [c for c in clients if c not in filters.lacking] or has
            not_clients = [c for c in not_clients if c not in filters.lacking]
        customer = filters.customer if filters.customer not in filters.lacking else (has[0] if len(has) == 1 else None)
        envs, not_envs = list(filters.envs), list(filters.not_envs)
        if envs and not_envs and not cues.contrast and (preferred := self._preferred_over(toks, reading)):
            # "runs SuperOffice as the vendor-hosted service rather than on its own infrastructure": the place
            # chosen over the other, not rows that work in one place only
            not_envs = [e for e in not_envs if e not in preferred or e in envs]
        products = set(filters.products)
        # ("work both against onsite installs and Online tenants": both environments, whatever the product)
        if len(set(envs)) == 2 and len(products) == 1 and not (cues.contrast or cues.losing or cues.gaining
                                                                or cues.keeping or both_words) \
                and filters.env_only is None and not self._places_joined(reading):
            # ("we're on SuperOffice Online: which rows only run on-premise?"; not "for self-hosted installs as well
            # as CRM Online": both places)
            envs = list(products)  # "on SuperOffice CRM Online ... a copy in their own data centre": the product's
        if "both-envs" in found and not envs and not not_envs:  # "every row that works in both environments"
            envs = list(Env)
        envs, not_envs = self._lacked(toks, reading, envs, not_envs)
        # "and if the tenant were onsite?": a tenant is where the customer's SuperOffice lives, not Online itself,
        # when another place is named beside it
        weak = {Env(m.value) for m in reading.mentions if m.kind == "env"} - {
            Env(m.value) for m in reading.mentions if m.kind == "env" and m.said not in WEAK_PLACES}
        if len(set(envs)) == 2 and weak and not (cues.losing or cues.gaining or cues.keeping or cues.contrast):
            envs = [e for e in envs if e not in weak]
        if "moved" in found and len(set(envs)) == 2 and not (cues.losing or cues.gaining) \
                and not self._keeping_asked(reading):
            # "we moved from onsite to Online last spring ... a local copy?": the customer is where it went
            went = _env_after(reading, DESTINATION)
            came = _env_after(reading, ORIGIN)
            if went is not None:
                envs = [went[1]]
            elif came is not None:
                envs = [e for e in envs if e != came[1]]
        # "moving ... to the cloud. which of them don't exist online?": a place the question denies is no place
        # the answer is asked for, whatever the setup said of it
        envs = [e for e in envs if e not in not_envs]
        if len(envs) == 1 and not_envs and not (cues.losing or cues.gaining or cues.keeping) \
                and self._told_of_customer(reading, not_envs):
            not_envs = []  # "our customer isn't on the cloud, they host it themselves. which external apis ...?":
            # where the customer is not, told in the setup, is no filter on the rows asked for
        elif len(envs) == 1 and len(not_envs) == 1 and (cues.losing or cues.gaining or cues.keeping) \
                and self._told_of_customer(reading, not_envs):
            # "after cutover they have no server of their own any more, everything hosted. Which scripting option is
            # left?": the place the customer no longer has is where the move starts, not a place the rows must not
            # work; what is left is what works where it goes
            envs, not_envs = ([*envs] if cues.keeping else [not_envs[0], envs[0]]), []
        if len(set(envs)) == 2 and not not_envs and "regardless" in found and self._moot_kinds(reading) != {"client"}:
            envs = []  # "regardless of whether they are onsite or online": no environment filter (not "... the
            # support desk doesn't matter here", which says a client does not matter)
        elif ("regardless" in found or self._or_nots(reading)) and self._places_moot(reading):  # "don't care where
            envs, not_envs = [], []  # it's hosted, the whole list", "hosted or not"
        if (cues.losing or cues.gaining or cues.keeping) and len(set(envs)) == 2:
            envs = self._origin_first(reading, envs)
        elif (cues.losing or cues.gaining or (cues.keeping and not reading.rows)) and len(set(envs)) == 1 \
                and not not_envs and filters.env_only is None and not cues.reference:  # ("moves to hosted
            # superoffice in may - what can they still use after?": kept from the other place; not "our batch-task
            # plugins when we move to the cloud - do they keep working?", a row asked where it goes)
            went, left = _env_after(reading, DESTINATION), _env_after(reading, ORIGIN)
            if went is not None and went[1] == envs[0]:  # "what we lose going SaaS": a move to there from the other
                envs = [next(e for e in Env if e != envs[0]), envs[0]]
            elif went is None and left is not None and left[1] == envs[0]:  # "moving off our own
                envs = [envs[0], next(e for e in Env if e != envs[0])]  # server, what do we lose?": to the other
        clients, not_clients = self._client_lacking(toks, reading, clients, not_clients)
        if "regardless" in found and self._clients_moot(reading):  # "sales or support doesn't matter": no client
            clients, not_clients = [], []
        elif "regardless" in found and (moot := self._moot_clients(reading)):  # "... for the sales staff. Whether
            # a feature is also used by support agents does not matter": the client told as moot is no filter
            clients = [c for c in clients if c not in moot]
            not_clients = [c for c in not_clients if c not in moot]
            both = both and len(clients) == len(Client)  # ("Customer service may or may not share them, doesn't
            # matter": what it shares is no filter either)
        if set(clients) == set(Client) and filters.owned and "cover" not in found:
            asked = [c for c in dict.fromkeys(filters.asked_clients) if c not in not_clients]
            if len(asked) == 1:  # "runs both sales and customer service ... which are only for Service (not
                clients, both = asked, False  # Sales)?": the client asked about, not the customer's two
            elif not not_clients and not (len(set(asked)) == 2 and both_words and not moving):  # "Kunden har
                # både Sales og Service. Hvilke skriptmuligheter har de?": the customer can use what serves either
                # (and what a move loses, "both modules"); "... that
                # cover both modules", "Zeilen, die sowohl Sales als auch Service bedienen" ask for rows serving both
                clients, both = [], False
        elif set(clients) == set(Client) and (moving or "together" in found) and not not_clients \
                and "cover" not in found:  # ("... in Online at all, sales and support together": what serves either)
            clients, both = [], False  # "every extension point we lose ..., sellers + support both": what either
            # module loses, not only rows serving both
        if moving and only and customer is not None and self._plain_only(reading) \
                and all(m.value == customer.value for h in reading.hits for m in h.meanings if m.kind == "client") \
                and SHARING.isdisjoint(toks):
            only = False  # "which extension options our sellers have today that won't exist after the move. Just the
            # selling side.": what the move takes from the customer's side, all that serves it (not "sales-only
            # rows", "Sales-exclusive", "the sales module only (nothing shared with support)": rows for it alone)
        # "which are off limits for them?": what does not serve the customer's client (not "off-limits because
        # those rows are onsite only": by place)
        if "exclude" in found and customer is not None and filters.env_only is None:
            clients, not_clients, only = [], [customer], False
        elif "exclude" in found and len(envs) == 1 and not not_envs and not self._excludes_a_thing(reading) \
                and self._excludes_where(reading):
            envs, not_envs = [], envs  # "a no-go for a customer on their own hardware": what does not work where
            # the customer is (not "its hosted database is off limits to us": the database is)
        return Constraints(
            envs=tuple(envs), not_envs=tuple(not_envs), env_only=filters.env_only if envs else None,
            clients=tuple(clients), not_clients=tuple(not_clients),
            client_only=only, both_clients=both, levels=self._between(toks, reading, filters.levels),
            not_levels=tuple(filters.not_levels),
            groups=tuple(filters.groups), moving="lose" if cues.losing else "gain" if cues.gaining else None,
            origin=came[1] if (came := _env_after(reading, ORIGIN)) else None,
            bound=went[1] if len(set(envs)) == 2 and (went := _env_after(reading, DESTINATION))
            and not self._supposed(reading, went[0]) else None,
            # ("and if we move everything to the cloud?": what moves, inside a longer phrase, asks for no rows)
            everything=any(not _inside_longer(h, self._cue_hits(reading, DESTINATION.value))
                           for h in self._cue_hits(reading, "all")))

    @staticmethod
    def _supposed(reading: Reading, at: int) -> bool:
        """The place at `at` is where a move would go only if ("would we keep it if we migrate to the cloud?"): a
        condition earlier in its sentence, not a move that happens ("customer moves to online. what do we do?")."""
        start, _ = _sentence_of(reading, at)
        return not (CONDITIONS | WHETHER).isdisjoint(reading.toks[start:at])

    @staticmethod
    def _compound_first(letters: int) -> bool:
        """Whether a compound's first part of this many letters is one ("blocking" is no "b" + "locking"; none
        is: "hurtigbufferen" is "hurtigbuffer" with an ending)."""
        return letters == 0 or letters >= COMPOUND_FIRST

    @staticmethod
    def _first_clause(reading: Reading, most: int) -> int:
        """Where the words before the message's first colon or dash end, when there are at most `most` of them in its
        first sentence; 0 for none."""
        first = next((c for c in reading.clauses if c not in reading.sentences), 0)
        if not 0 < first <= most or (reading.sentences and reading.sentences[0] < first):
            return 0
        return first

    def _numbered_label(self, reading: Reading) -> int:
        """Where a numbered item's label ends ("GO/NO-GO #1b: ...", "DPIA 2.2 - ...", "Step 15b - ..."): a few
        words before the first colon or dash, one with a digit, none naming anything; 0 for none."""
        first = self._first_clause(reading, NUMBERED_LABEL)
        if not any(ch.isdigit() for t in reading.toks[:first] for ch in t):
            return 0
        named = any(h.start < first and any(m.kind not in ("cue", "hint", "intent") for m in h.meanings)
                    for h in reading.hits)
        return 0 if named else first

    def _cue_label(self, reading: Reading) -> int:
        """Where a label that opens with a cue's words ends ("GO/NO-GO #12: ...", "GO/NO-GO Nr. 6 (care service,
        support in the cloud): ..."), 0 for none."""
        first = self._first_clause(reading, LABEL_WORDS)
        cued = {i for h in reading.hits if h.means("cue") for i in range(h.start, h.end)}
        opening = next((i for i in range(first) if i not in cued), first)  # the words the label opens with
        return first if opening and all(i in cued or not reading.toks[i].isalpha() for i in range(opening)) else 0

    def _excludes_where(self, reading: Reading) -> bool:
        """An exclusion in the clause that names the place ("a no-go for a customer on their own hardware"; not
        "Record voor record via een API ophalen valt af, en niemand mag de gehoste database ... bevragen": a way is
        ruled out, the hosted database named in a clause of its own)."""
        def clause(i: int) -> int:  # (a comma ends one too)
            return max((c for c in (0, *reading.clauses, *reading.breaks) if c <= i), default=0)
        places = {clause(h.start) for h in reading.hits if h.means("env")}
        return any(clause(h.start) in places for h in self._cue_hits(reading, "exclude"))

    def _excludes_a_thing(self, reading: Reading) -> bool:
        """An exclusion said of a level or row named right before it ("its hosted database is off limits")."""
        named = {h.end for h in reading.hits if h.means_any(("level", "item"))}
        named |= {i + 1 for i, t in enumerate(reading.toks) if t in DATABASES}  # ("hosted db is off limits")
        return any(h.start - k in named for h in self._cue_hits(reading, "exclude") for k in (0, 1, 2))

    def _places_moot(self, reading: Reading) -> bool:
        """Whether every place the message names follows a "regardless" within REGARDLESS_REACH words ("don't care
        where it's hosted"): it says where does not matter."""
        moot = self._moot_cells(reading)
        if any(reading.toks[i] in HOSTING_NOUNS for i in moot if i < len(reading.toks)):
            return True  # "uansett klient og uansett drift", "regardless of the hosting": where, whatever was told
        places = [h for h in reading.hits if h.means("env")]
        moot |= {h.start for h in self._or_nots(reading)}  # ("hosted or not": either way)
        return bool(places) and all(h.start in moot for h in places)

    def _either_client(self, reading: Reading, choice_only: bool = False) -> bool:
        """Both clients named as either one counting: joined by "or" ("any level, sellers or support"), or (unless
        `choice_only`) followed by a word that counts them ("sales and service both count", "salg og kundeservice
        tæller begge")."""
        at = [h for h in reading.hits if h.means("client")]
        if len(at) < 2:
            return False
        first, last = at[0], at[-1]
        joined = reading.toks[first.end:last.start]
        # (not in brackets: "aren't locked to a single module (Sales or Service)" tells what one is)
        # ("their sales team or their support team": a choice, the possessive, article or people word after it aside)
        joined = [t for t in joined
                  if t not in self._possessives and t not in DETERMINERS | FOR_WHOM and t not in self._people]
        # (counted, the two named together: not "... available to Service ... shared rows with sales count?", which
        # counts the shared rows)
        chosen = len(joined) == 1 and joined[0] in self._choices and first.start not in reading.aside
        if choice_only:
            return chosen
        return chosen or (len(joined) <= COUNT_REACH and not COUNTING_WORDS.isdisjoint(
            reading.toks[last.end:last.end + COUNT_REACH]))

    def _clients_moot(self, reading: Reading) -> bool:
        """Whether both clients are named just before a "doesn't matter" ("sales or support doesn't matter") or just
        after a "regardless of" ("regardless of sales or support")."""
        moot = self._moot_cells(reading)
        named = {m.value for h in reading.hits if h.start in moot for m in h.meanings if m.kind == "client"}
        return len(named) == len(Client)

    def _moot_clients(self, reading: Reading) -> set[Client]:
        """The clients named only where a "regardless" says they do not matter (named elsewhere too: asked)."""
        moot = self._moot_cells(reading)
        inside: set[Client] = set()
        outside: set[Client] = set()
        for h in reading.hits:
            for m in h.meanings:
                if m.kind == "client":
                    (inside if h.start in moot else outside).add(Client(m.value))
        return inside - outside

    def _platform_denied(self, toks: list[str], hit: Hit, reading: Reading) -> bool:
        """A clause's negation at most PLATFORM_NEGATION_REACH words before a platform in its sentence, with no
        subject, join or other name between ("These don't run inside the installed desktop program")."""
        start = _sentence_of(reading, hit.start)[0]
        for i in range(hit.start - 1, max(start, hit.start - PLATFORM_NEGATION_REACH) - 1, -1):
            if toks[i] in self._clause_negations and i not in reading.inert:  # (not "will not do, helpdesk module":
                # what falls short, told before it)
                return i > start  # (not a question it opens: "Isn't it true that Pocket CRM exposes ...?")
            if toks[i] in self._subject_pronouns or toks[i] in self._joins or toks[i] in self._relatives \
                    or i in reading.named or i in reading.clauses:
                return False
        return False

    @staticmethod
    def _asks_why(reading: Reading) -> bool:
        """Whether the asking sentence asks for a reason ("why exactly is that forbidden?")."""
        asked = reading.asked
        return asked is not None and any(reading.toks[i] in WHY for i in asked)

    @staticmethod
    def _signs_in_both_places(reading: Reading) -> bool:
        """A word of signing in, and both environments named: how signing in differs between them is asked."""
        places = {m.value for m in reading.mentions if m.kind == "env"}
        return len(places) == len(Env) and not SIGNING_IN.isdisjoint(reading.toks)

    def _move_not_made(self, before: list[str]) -> bool:
        """A negation, then a verb of moving right before a place: "they won't move to the cloud", "never migrating
        to Online" - where they will not go, no place denied for the rows."""
        at = max((k for k, t in enumerate(before) if t in self._negations), default=None)
        if at is None:
            return False
        verbs = [t for t in before[at + 1:] if t not in MOVE_ADVERBS]  # ("won't ever move to ...", "not be moving")
        return bool(verbs) and verbs[0] in MOVING  # (not "won't survive a move to the cloud": what won't survive)

    def _moot_kinds(self, reading: Reading) -> set[str]:
        """The kinds of names (client, env ...) among the words a "regardless" says do not matter."""
        moot = self._moot_cells(reading)
        return {m.kind for h in reading.hits if h.start in moot for m in h.meanings if m.kind in FILTER_KINDS}

    def _moot_cells(self, reading: Reading) -> set[int]:
        """The words a "regardless" says do not matter: those after "regardless of", "no matter", "don't care"
        (a few), those before "doesn't matter", "either way" in its clause ("sales or support doesn't matter")."""
        out: set[int] = set()
        for h in self._cue_hits(reading, "regardless"):
            start, end = _sentence_of(reading, h.start)
            if h.phrase in SENTENCE_REGARDLESS or (h.phrase in CLOSING_REGARDLESS and h.end == end):
                out.update(range(start, h.start))
            elif h.phrase in TRAILING_REGARDLESS and reading.toks[h.end:h.end + 1] not in MOOT_OPENERS:
                out.update(range(_clause_of(reading, h.start), h.start))
            else:
                out.update(range(h.start, h.end + REGARDLESS_REACH))
        return out

    def _keeping_asked(self, reading: Reading) -> bool:
        """Whether the asking sentence asks what a move keeps ("... once they've moved. what keeps running?")."""
        asked = reading.asked
        return any(asked is None or not asked.isdisjoint(range(h.start, h.end))
                   for h in self._cue_hits(reading, "keep"))

    @staticmethod
    def _told_of_customer(reading: Reading, not_envs: list[Env]) -> bool:
        """Whether every place denied is denied only outside the asking sentence (the setup)."""
        asked = reading.asked
        if asked is None:
            return False
        denied = [h for h in reading.hits for m in h.meanings if m.kind == "env" and Env(m.value) in not_envs]
        return bool(denied) and all(asked.isdisjoint(range(h.start, h.end)) for h in denied)

    def _met(self, toks: list[str], i: int) -> bool:
        """Whether the need words at i are told as met already ("we already mirror the database for BI")."""
        return not self._already.isdisjoint(toks[max(0, i - ALREADY_REACH):i])

    def _unfilter(self, reading: Reading) -> None:
        """Levels named only inside a need told as met ("we already mirror the database ...") or inside a phrase
        that says how, not what ("no code, admin config only") filter nothing; levels named as the ends of a range
        ("everything from setup options to APIs") filter the levels from one end to the other."""
        if not reading.constraints.levels:
            return
        cells = set(reading.met)
        for h in reading.hits:
            if h.score >= w.NEED_PHRASE_MIN and h.end - h.start > 1 and any(
                    m.kind == "need" and self.catalog.need(m.value).constraint for m in h.meanings):
                cells.update(range(h.start, h.end))
        inside = {m.value for h in reading.hits if cells.issuperset(range(h.start, h.end))
                  for m in h.meanings if m.kind == "level"}
        if inside & set(reading.constraints.levels):
            reading.constraints = replace(reading.constraints, levels=tuple(
                lv for lv in reading.constraints.levels if lv not in inside))
        self._level_range(reading)

    def _level_range(self, reading: Reading) -> None:
        """Levels named as the ends of a range over everything ("everything from setup options to APIs", "alles von
        der Konfiguration bis Scripting"): every level from the one end to the other, an end no level names being
        the first or the last of the stairs."""
        span = _whole_range(reading.toks)
        if not span or not reading.constraints.levels:
            return
        ends = [(h.start, m.value) for h in reading.hits if h.start in span for m in h.meanings if m.kind == "level"]
        if not ends or {v for _, v in ends} != set(reading.constraints.levels):
            return
        to = next(i for i in sorted(span) if reading.toks[i] in RANGE_TO)
        order = self._level_order
        low = min((order.index(v) for k, v in ends if k < to), default=0)
        high = max((order.index(v) for k, v in ends if k > to), default=len(order) - 1)
        if low <= high:
            reading.constraints = replace(reading.constraints, levels=order[low:high + 1])

    def _drops_place(self, reading: Reading) -> bool:
        """A word that takes rows out ("drop", "leave out") with the place after it in its clause: the rows of that
        place are taken out (not "SO Online: drop every new sale into the sheet")."""
        drops = [h.start for h in self._cue_hits(reading, "drop")]
        if not drops:
            return False
        places = [h.start for h in reading.hits if h.means("env")]
        return any(d < p and _clause_of(reading, p) <= d for d in drops for p in places)

    def _lacked(self, toks: list[str], reading: Reading, envs: list[Env], not_envs: list[Env]
                ) -> tuple[list[Env], list[Env]]:
        """"What does CRM Online lack compared to onprem?": the environment before "lack" lacks what the one
        after it has (a negation alone would read it the other way round)."""
        at = next((i for i, t in enumerate(toks) if t in self._lacks), None)
        if at is None or len({*envs, *not_envs}) != 2:
            return envs, not_envs
        places = [h for h in reading.hits if h.means("env")]
        named = sorted((h.start, Env(m.value)) for h in places for m in h.meanings
                       if m.kind == "env" and not _inside_longer(h, places))  # ("self hosted", not its "hosted")
        before = [e for start, e in named if start < at]
        after = [e for start, e in named if start > at and e not in before]
        if before and not after:  # "on a box we run ourselves: what do they get that the cloud version lacks":
            # the one named right before lacks what the other has
            after = [e for e in before if e != before[-1]]
        if not before or not after:
            return envs, not_envs
        return [after[0]], [before[-1]]

    @staticmethod
    def _origin_first(reading: Reading, envs: list[Env]) -> list[Env]:
        """A move's environments, where it starts first: the one right after "from", "compared to" ("what
        would we lose on Online compared to onprem?"), or the other one than right after "going", "moving to"
        ("stuff you lose going SaaS - the onprem-only rows"), else as named ("moving onsite to online")."""
        found = _env_after(reading, ORIGIN) or _env_shut(reading)
        origin = found[1] if found else None
        went = _env_after(reading, DESTINATION) if origin is None else None
        named = _envs_named(reading)
        pair = went is not None and any(  # "going onprem -> cloud", "going onsite to online": start, then end
            went[0] < i <= went[0] + 3 and e != went[1] and set(reading.toks[went[0] + 1:i]) <= MOVE_JOINS
            for i, e in named)
        destination = went[1] if went and not pair else None  # "going SaaS"
        if destination is not None and destination in envs:
            origin = next((e for e in envs if e != destination), None)
        if origin is None or origin not in envs:
            return envs
        return [origin, *(e for e in envs if e != origin)]

    def _client_lacking(self, toks: list[str], reading: Reading, clients: list[Client], not_clients: list[Client]
                        ) -> tuple[list[Client], list[Client]]:
        """"... solely for CS, i.e. the sales client lacks them": the client named before "lack" in its
        sentence is the one the rows asked for do not serve."""
        at = next((i for i, t in enumerate(toks) if t in self._lacks), None)
        if at is None:
            return clients, not_clients
        start = max([0, *(s for s in reading.sentences if s <= at)])
        # (not a client word inside a longer name: "the hosted service" is a place)
        longer = [h for h in reading.hits if h.means_any(("env", "platform"))]
        named = sorted((h.start, Client(m.value)) for h in reading.hits for m in h.meanings if m.kind == "client"
                       and not _inside_longer(h, longer))
        before = [(i, c) for i, c in named if start <= i < at]
        # ("support agents on a box we run ourselves: what do they get that the cloud version lacks": the place
        # named nearer lacks)
        place = max((h.start for h in reading.hits if h.start < at and h.means("env")),
                    default=-1)
        # (the client is what lacks only as the verb's subject, close before it: not "als een verkoper ... opslaat,
        # ... blokkeren als het energielabel ontbreekt")
        if not before or place > before[-1][0] or at - before[-1][0] > LACKER_REACH:
            return clients, not_clients
        lacking = before[-1][1]
        has = [c for i, c in named if i > at and c != lacking]  # "... lack that Service has": not negated
        clients = [c for c in clients if c != lacking] or [c for c in Client if c != lacking]
        not_clients = [c for c in not_clients if c not in has]
        return clients, [*not_clients, lacking] if lacking not in not_clients else not_clients

    def _need(self, toks: list[str], hits: list[Hit], reading: Reading) -> None:
        """The need the message's own phrases name, if any ("rather than compiled code" names none).

        Each phrase counts by its words (a long, specific phrase over a short one), and a goal ("add a
        field") over a constraint beside it ("no developers")."""
        totals: dict[str, float] = {}
        asking = reading.asking
        phrases = [(h, {m.value for m in h.meanings if m.kind == "need"}) for h in hits
                   if h.score >= w.NEED_PHRASE_MIN and h.means("need")]
        # ("on the company card" inside "tab on the company card": another need's longer phrase is the one meant;
        # "inside superoffice" in "inside superoffice versus ...": an intent's longer trigger, the contrast it names)
        triggers = [h for h in hits if h.means("intent")]
        for hit in hits:
            for meaning in hit.meanings:
                if meaning.kind != "need" or hit.score < w.NEED_PHRASE_MIN or hit.start in reading.form:
                    continue  # (nor a form's field: "Type: Request" tells no ticket to react to)
                if _inside_longer(hit, [h for h, needs in phrases if meaning.value not in needs]) \
                        or _inside_longer(hit, triggers):
                    continue
                if toks[hit.start] in PLACE_LEADS and not self.catalog.need(meaning.value).constraint and any(
                        h.end == hit.start and meaning.value not in needs for h, needs in phrases):
                    continue  # "a small popup on the company card": where the popup goes, not a field on the card
                    # (a constraint is no place: "flip it back to open on its own")
                if self._negations & set(self._before(toks, hit.start, NEED_NEGATION_REACH, reading.sentences,
                                                      inert=reading.inert)):
                    if meaning.value not in reading.refused \
                            and not REFUSALS.isdisjoint(toks[max(0, hit.start - REFUSAL_REACH):hit.start]):
                        reading.refused.append(meaning.value)  # ("not a whole separate register", not "never match
                        # the ERP")
                    continue  # "no developers", "instead of paying for compiled code": not the need (the "no" of
                    # "no-code automation between ..." is the constraint's own)
                opens = _clause_of(reading, hit.start)
                if opens < hit.start and toks[opens] in self._clause_negations \
                        and not (toks[opens] in NEGATED_ASKING and opens in asking):  # ("Isn't there a rule ... that
                    # fires by itself ...?" asks for it) "NOT looking for anything that fires
                    # on its own - ...": the clause says what is not wanted ("no developer at all, they love ..." only
                    # sets developers aside)
                    continue
                if self._describes_users(hit, hits, reading):
                    continue  # "the counter sellers, do they get it as well?", "and their ticket-queue colleagues": a
                    # word that describes the users
                if not reading.row_cells.isdisjoint(range(hit.start, hit.end)) or hit.start in reading.spectrum:
                    continue  # a row's own name ("sql scripts") names the row, not a need (nor an end of the
                    # staircase: "from admin settings up to compiled code")
                if hit.means("detail") and self._detail_in_name(hit, hits, toks):
                    continue  # "birch sap bottler": a word of a name, no product asked for
                if self._rejected_later(toks, hit, reading):
                    continue  # "that one fires by itself when the request comes in, and they don't want that"
                if self._falls_short(toks, hit, reading):
                    if self.catalog.need(meaning.value).constraint and meaning.value not in reading.refused:
                        reading.refused.append(meaning.value)  # (the way it stands for is no answer either)
                    continue  # "the point-and-click rules can't do date maths", "one extra field per card won't cut
                    # it": what is asked is beyond it
                if self._met(toks, hit.start):
                    reading.met.update(range(max(0, hit.start - ALREADY_REACH), hit.end))
                    continue  # "we already mirror the database for BI, that part's done. new need: ...": done
                totals[meaning.value] = totals.get(meaning.value, 0.0) + hit.score * (hit.end - hit.start)
                reading.need_cells.update(range(hit.start, hit.end))
                told = self.catalog.need(meaning.value)
                if told.constraint and told.alone:
                    reading.how_cells.update(range(hit.start, hit.end))
                reading.covered.update(range(hit.start, hit.end))
                reading.explained.update(range(hit.start, hit.end))
                reading.mentions.append(Mention("need", meaning.value, " ".join(toks[hit.start:hit.end]),
                                                hit.phrase, hit.score))
        self._need_pairs(toks, reading, totals)
        self._need_events(toks, reading, totals)
        self._need_negated(toks, reading, totals)
        self._need_turned(toks, reading, totals)
        self._rejected_clauses(toks, reading)
        reading.need_phrases = totals

    def _describes_users(self, hit: Hit, hits: list[Hit], reading: Reading) -> bool:
        """One word between a determiner or possessive and the users it describes: "the counter sellers", "their
        ticket-queue colleagues" (the first half of a hyphened word may stand between); marked as understood."""
        toks = reading.toks
        people = hit.end < len(toks) and toks[hit.end] in self._people
        if hit.end - hit.start != 1 or not (people or any(
                h.start == hit.end and h.means("client") for h in hits)):
            return False
        lead = hit.start - 1 if hit.start in reading.hyphened else hit.start
        if lead > 0 and toks[lead - 1] in DETERMINERS | self._possessives:
            reading.covered.update(range(lead, hit.end))  # (who they are, understood: no word left unexplained)
            reading.explained.update(range(lead, hit.end))
            return True
        return False

    def _rejection_at(self, toks: list[str], i: int, wanting: bool = False) -> int:
        """The length of a rejecting phrase at position i ("is a no-go", "doesn't want that"), 0 for none; with
        `wanting`, only one that may refer back to a need."""
        if wanting and i < len(toks) and toks[i] not in DISWANTS:
            return 0
        return _phrase_at(self._rejections, toks, i)

    def _shortfall_at(self, toks: list[str], i: int, rows: bool = True) -> int:
        """The length of words at i saying something falls short ("is not enough", "won't cut it"), 0 for none;
        for `rows`, not "can't do" ("Triggers can't do date maths?" may ask about the row)."""
        if rows and i < len(toks) and toks[i] in CAN_NOTS:
            return 0
        return _phrase_at(self._shortfalls, toks, i)

    def _falls_short(self, toks: list[str], hit: Hit, reading: Reading) -> bool:
        """A constraint its sentence says falls short of what is asked: "the point-and-click rules can't do date
        maths", "a macro isn't enough here", "more than point-and-click rules can do" (at most SHORTFALL_REACH
        words between the constraint and what follows it, one before)."""
        start, end = _sentence_of(reading, hit.start)
        after = any(self._shortfall_at(toks, i, rows=False)
                    for i in range(hit.end, min(end, hit.end + SHORTFALL_REACH + 1)))
        return after or self._beyond_before(toks, hit, start)

    def _beyond_before(self, toks: list[str], hit: Hit, start: int) -> bool:
        """"more than (a) ...", "beyond what ...": words right before a constraint or row (one word between at
        most, none before the sentence's `start`) that say what is asked is beyond it (not a number between: "more
        than one Sales Guide" counts them)."""
        if hit.start and (toks[hit.start - 1] in NUMERALS or toks[hit.start - 1].isdigit()):
            return False
        return any(tuple(toks[i - len(p):i]) == p for i in range(max(start + 1, hit.start - 1), hit.start + 1)
                   for p in self._beyond.get(toks[i - 1], ()) if i - len(p) >= start)

    def _rejected_later(self, toks: list[str], hit: Hit, reading: Reading) -> bool:
        """A need's phrase its own sentence rejects after it ("... fires by itself when the request comes in,
        and the franchise specifically doesn't want that")."""
        start, end = _sentence_of(reading, hit.start)
        end = min(end, hit.end + REJECTED_LATER_REACH)  # (an unpunctuated message is no one sentence)
        at = next(((i, n) for i in range(hit.end, end) if (n := self._rejection_at(toks, i, wanting=True))), None)
        if at is None or (at[0] in reading.clauses and at[0] and hit.start < _clause_of(reading, at[0] - 1)):
            return False  # ("... drift apart - want both kept in step - quotes/prices: NOT part of the ask": a
            # rejection opening a clause rejects the label before it)
        if (cut := self._solved_part(reading, at[0], hit.start)) is not None:
            reading.rejected |= set(range(cut, at[0] + at[1]))  # ("their own input form screen ..., writing into
            return False  # tables that already exist": what is solved is what its own part after the comma names)
        clause = _clause_of(reading, at[0])
        if hit.start < clause < at[0] and any(toks[k] not in self._small for k in range(clause, at[0])):
            return False  # ("... in step with the accounting package both ways, for sellers - offers and prices not
            # involved": the rejection's own clause says what it rejects)
        reading.rejected |= set(range(start, at[0] + at[1]))  # (its words describe no need either)
        return True

    def _rejected_clauses(self, toks: list[str], reading: Reading) -> None:
        """"prices/offers don't matter here", "keeping master data in sync is NOT part of the ask": the words of a
        clause its end rejects describe nothing that is asked."""
        for i, tok in enumerate(toks):
            if tok in DISWANTS and (n := self._rejection_at(toks, i, wanting=True)):
                # (no further back than a clause reaches: an unpunctuated message is no one clause)
                start = max(_clause_of(reading, i), i - REJECTED_REACH)
                start = max(start, self._solved_part(reading, i, start) or start)  # (only its part after a comma)
                reading.rejected |= set(range(start, i + n))
                if self._place_after(reading, i, i + n):
                    continue
                # (a row named there is set aside: "quotes/prices don't matter here")
                for hit in reading.hits:
                    if start <= hit.start and hit.end <= i:
                        for m in hit.meanings:
                            if m.kind == "item" and m.value in reading.rows:
                                self._set_aside(reading, m.value)

    def _solved_part(self, reading: Reading, at: int, after: int) -> int | None:
        """Where the part a solved phrase at `at` speaks of starts, when a comma after word `after` opens it with
        words of its own ("..., writing into tables that already exist": the tables); None otherwise."""
        toks = reading.toks
        cut = max((c for c in reading.breaks if after < c <= at), default=None)
        if cut is None or not _phrase_at(self._solved, toks, at) or toks[cut] in CONSEQUENCES \
                or all(toks[k] in self._small for k in range(cut, at)):  # (a consequence speaks of all before it:
            return None  # "the consultant created the table, so storage is sorted")
        return cut

    @staticmethod
    def _place_after(reading: Reading, start: int, end: int) -> bool:
        """Whether a place follows a rejection (words start..end) closely, in its sentence: "Zapier is not an
        option for an onsite installation?" asks where it works."""
        # ("... is NOT an option when partners keep SuperOffice on their own premises": a place in the condition
        # that opens right after the rejection, in its clause)
        toks = reading.toks
        reach = end + REJECTION_PLACE_REACH
        # ("not an option for us once we move to SuperOffice Online": who it is for, then the condition)
        if toks[end:end + 1] == ["for"] and toks[end + 1:end + 2] and toks[end + 1] in BENEFICIARIES:
            end += 2
        if toks[end:end + 1] and toks[end] in CONDITIONS | PLACE_CONDITIONS:
            reach = min([len(toks), *(c for c in (*reading.clauses, *reading.sentences) if c > end)])
        return any(end <= h.start <= reach
                   and not any(start < b <= h.start for b in reading.sentences)  # (a place in the next sentence is not)
                   and h.means_any(FILTER_KINDS) for h in reading.hits)

    @staticmethod
    def _set_aside(reading: Reading, row: str) -> None:
        """A row named, then rejected: set aside, no longer named."""
        reading.rows.remove(row)
        if row in reading.named_rows:
            reading.named_rows.remove(row)
        reading.set_aside.append(row)
        reading.mentions = [replace(x, negated=True) if x.kind == "row" and x.value == row else x
                            for x in reading.mentions]

    def _need_turned(self, toks: list[str], reading: Reading, totals: dict[str, float]) -> None:
        """"you built the editor as a whole new page, but product asked for a small window that pops over":
        a need told only before a "but" is what is there or was done, a need after it what is asked - the one
        before is set aside."""
        turn = next((i for i, t in enumerate(toks) if t in TURNS and i), None)
        if turn is None or len(totals) < 2:
            return
        where: dict[str, set[int]] = {x.value: set() for x in reading.mentions if x.kind == "need"}
        for h in reading.hits:
            for m in h.meanings:
                if m.kind == "need" and m.value in where and h.start in reading.need_cells:
                    where[m.value].add(h.start)
        goals = {n for n in where if not self.catalog.need(n).constraint}  # (not "... but can't code": how)
        if not any(i > turn for n in goals for i in where[n]):
            return
        turned = {n for n in goals if n in totals and where[n] and all(i < turn for i in where[n])}
        for need in turned:
            del totals[need]
        reading.turned = frozenset(turned)

    def _need_negated(self, toks: list[str], reading: Reading, totals: dict[str, float]) -> None:
        """"we have zero developers", "no in-house programmers", "ohne eigene Entwickler": a word a need lists
        under `negated` with a negation at most NEGATED_REACH words before it, in its sentence, tells the need
        (once), unless a phrase of the need already covers the word."""
        for need, starts in self._negated_words:
            for i, tok in enumerate(toks):
                if not tok.startswith(starts) or i in reading.need_cells or i in reading.row_cells:
                    continue
                at = _word_back(toks, i, NEGATED_REACH, self._negations, reading.sentences)
                if at is None:
                    continue
                cells = set(range(at, i + 1))
                totals[need] = totals.get(need, 0.0) + len(cells)
                reading.need_cells |= cells
                reading.covered |= cells
                reading.explained |= cells
                if self.catalog.need(need).constraint:
                    reading.how_cells |= cells
                reading.mentions.append(Mention("need", need, " ".join(toks[at:i + 1]), tok, 1.0))
                break

    def _need_pairs(self, toks: list[str], reading: Reading, totals: dict[str, float]) -> None:
        """"a button on the company card that opens our webshop": two words of a need a few words apart in one
        sentence (each the start of a word: "buttons", "opens") count as a phrase of NEED_PAIR words."""
        starts = [i for i, tok in enumerate(toks) if tok.startswith(self._pair_firsts)]
        if not starts:
            return
        # a word that names a row starts a pair of a need listing that row after its best ("the dropdown ...
        # filled by our own code": Lists' word, the need of a dropdown's values from code, best served by MDO)
        rows_at = {i: {m.value for h in reading.hits if h.start <= i < h.end for m in h.meanings if m.kind == "item"}
                   for i in starts if i in reading.row_cells}
        # and a one-word alias of a need's best row starts a pair of that need ("a drop-down that the administrator
        # maintains by hand": Lists' word, the need of a dropdown's values; not "database" of "Database Mirroring")
        aliases = {i for i in rows_at if any(h.start == i and h.end == i + 1 and toks[i] not in self._row_names
                                             for h in reading.hits)}
        for need, first, second in self._pairs:
            for i in starts:
                tok = toks[i]
                if not tok.startswith(first) or (
                        i in reading.row_cells and rows_at.get(i, set()).isdisjoint(self._need_rows[need])
                        and not (i in aliases and self._need_best.get(need) in rows_at[i])):
                    continue
                # quoted values count as one word ("zusätzlich 'Anzahl Zapfhähne' und 'Ende Liefervertrag' erfassen")
                reach = i + 1 + PAIR_REACH + sum(1 for q in reading.quoted if q > i and q - 1 in reading.quoted)
                reach += self._denied_between(toks, reading, i, reach)  # ("the drop-down on the sale card: not
                # typed by an admin, our own .NET code should fill it": the alternative denied is no distance)
                end = min([len(toks), reach, *(s for s in reading.sentences if s > i)])
                j = next((k for k in range(i + 1, end) if toks[k].startswith(second)), None)
                if j is None or self._negations & set(self._before(toks, i, NEED_NEGATION_REACH, reading.sentences)) \
                        or any(toks[k] in self._negations and k not in reading.clauses and k not in reading.quoted
                               and BUTS.isdisjoint(toks[k + 1:j]) for k in range(i + 1, j)):
                    continue  # ("the drop-down's values are not typed in by an admin": no pair of the typed values;
                    # a clause the negation opens is passed over: "drop-down: not typed by an admin, our code fills it";
                    # so is "not ... but": "im Auswahlfeld nicht von Hand gepflegt, sondern zur Laufzeit ...")
                if self._paired(toks, reading, totals, need, (i, j), (i, j),
                                (f"{tok} ... {toks[j]}", f"{first} {second}")):
                    break

    def _denied_between(self, toks: list[str], reading: Reading, start: int, end: int) -> int:
        """How many words clauses opened by a negation ("not typed by an admin,") take up between two words."""
        clauses = [c for c in reading.clauses if start < c < end and toks[c] in self._clause_negations]
        return sum(next((c2 for c2 in reading.clauses if c2 > c), len(toks)) - c for c in clauses)

    def _paired(self, toks: list[str], reading: Reading, totals: dict[str, float], need: str,
                span: tuple[int, int], cells: tuple[int, int], words: tuple[str, str]) -> bool:
        """Two words of a need apart (a pair, or a thing and its happening) count as a phrase of NEED_PAIR words,
        unless told as met ("we already ..."): then False. `span` runs from the first word to the last, `cells`
        are the two words, `words` what was said and the data's words."""
        if self._met(toks, span[0]):
            reading.met.update(range(max(0, span[0] - ALREADY_REACH), span[1] + 1))
            return False
        totals[need] = totals.get(need, 0.0) + w.NEED_PAIR
        reading.need_cells |= set(cells)
        reading.covered |= set(cells)
        reading.explained |= set(cells)
        reading.mentions.append(Mention("need", need, words[0], words[1], 1.0))
        return True

    def _need_events(self, toks: list[str], reading: Reading, totals: dict[str, float]) -> None:
        """"when a deal is won", "every time a ticket gets closed", "när en affär vinns": an opener, a thing a
        need reacts to, and a verb of its happening, in one sentence, count as a phrase of NEED_PAIR words (once
        a need; not where a need phrase already reads the words). The happening says when: a goal named beside
        it ("a slack message when a sale is won") is what is built, so it counts only where no goal, row, platform
        or integration point is named ("JScript macros in the client's automation engine fire when a contact is
        edited" tells what the asker has); and a person between the opener and the thing is the subject ("when I
        get document closed"), not the thing's happening."""
        # ("SO Online" names a place, not a client; "SuperOffice Service" the client as much as the platform)
        envs = {m.said for m in reading.mentions if m.kind in ("env", "client")}
        if any(not self.catalog.need(n).constraint and not self._ruled_out(n, totals) for n in totals) or any(
                m.kind in EVENT_SETTINGS and m.said not in envs for m in reading.mentions):
            return
        for i, tok in enumerate(toks):
            need = self._events.get(tok)
            if need is None or need in totals or i in reading.row_cells or i in reading.need_cells:
                continue
            opener = _word_back(toks, i, EVENT_OPENER_REACH, self._event_openers, reading.sentences)
            if opener is None:
                continue
            end = min([len(toks), i + 1 + EVENT_VERB_REACH, *(s for s in reading.sentences if s > i)])
            # "when a deal is won" (a person between the opener and the thing is its subject: "when I get document
            # closed" tells no happening of it), or "whenever a rep closes a deal", "hver gang noen lagrer et salg"
            verb = next((k for k in range(i + 1, end) if toks[k] in self._event_verbs), None)
            if verb is None or not self._subject_pronouns.isdisjoint(toks[opener + 1:i]):
                verb = next((k for k in range(opener + 1, i) if toks[k] in self._event_verbs), None)
            if verb is None or not reading.need_cells.isdisjoint(range(opener, max(verb, i) + 1)):
                continue
            if self._negations & set(self._before(toks, opener, NEED_NEGATION_REACH, reading.sentences)):
                continue  # "not when a sale is saved, but ..."
            if (toks[verb] in MOVE_VERBS or toks[verb] in USING) and any(verb < h.start <= verb + MOVE_REACH and any(
                    m.kind == "env" for m in h.meanings) for h in reading.hits):
                continue  # "if we later moved the company to the hosted service", "when the customer runs SuperOffice
                # as the vendor-hosted service": a move or a place, not a record's happening
            if self._rejected_later(toks, Hit(opener, max(verb, i) + 1, tok, 1.0, ()), reading):
                continue  # "fires when a ticket arrives, and they don't want that"
            last = max(verb, i)
            self._paired(toks, reading, totals, need, (opener, last), (i, verb),
                         (" ".join(toks[opener:last + 1]), f"{toks[min(verb, i)]} ... {toks[last]}"))

    def _ruled_out(self, need: str, told: dict[str, float]) -> bool:
        """Whether a constraint told beside a need says it is not the need (its `unless`)."""
        return not set(self.catalog.need(need).unless).isdisjoint(told)

    def _explains_failure(self, reading: Reading) -> bool:
        """A row named for an environment it does not work in: the data explains why it failed there."""
        envs = reading.constraints.envs + reading.constraints.not_envs  # "not working online" names online
        # ("the compiled add-on DLLs ... may not be deployed to the cloud tenant - why is that forbidden?": the policy
        # on compiled code online)
        return any(not self.catalog.item(r).available(e) for r in reading.rows for e in envs) \
            or (Env.ONLINE in envs and not COMPILED.isdisjoint(reading.toks))

    def _counts_rows(self, after: list[str]) -> bool:
        """"how many rows work online?", "how many are there for Service?", "how many of them": a count of rows
        (a list), not a limit."""
        pointed = after[1:2] if after[:1] == ["of"] else after[:1]  # "how many of those"
        return not self._row_nouns.isdisjoint(after[:2]) or not self._level_nouns.isdisjoint(after[:1]) \
            or not self._counted_kinds.isdisjoint(after[:2]) or after[:2] == ["are", "there"] \
            or bool(pointed and (pointed[0] in self._pronouns or pointed[0] in self._row_nouns))

    def _governed(self, hit: Hit, reading: Reading) -> bool:
        """A detail the question word right before it asks for ("which SQL server version", "what version")."""
        return not self._interrogatives.isdisjoint(reading.toks[max(0, hit.start - GOVERNED_REACH):hit.start])

    def _describes_noun(self, hit: Hit, meaning: Meaning, reading: Reading) -> bool:
        """A detail word right before a noun it describes ("an order status page", "an out-of-the-box
        connector")."""
        after = reading.toks[hit.end:hit.end + 1]
        if hit.phrase in ADJECTIVES:  # "thousands of broken postcodes", "a broken bottle": no error
            return bool(after) and after[0] not in self._small and len(after[0]) > 2
        return (meaning.value in MODIFIER_DETAILS or hit.phrase in MODIFIER_PHRASES) \
            and bool(after) and after[0] in self._objects

    def _quoted_errors(self, reading: Reading) -> list[tuple[int, int]]:
        """Words quoted right after a verb that reports an error ("vbScript gives 'Object required' after ..."; not
        "a button that gives 'Send to ERP'": a thing described): the message, as (the verb, the end of the quote)."""
        toks, out = reading.toks, []
        for i, tok in enumerate(toks[:-1]):
            if tok in ERROR_VERBS and i not in reading.quoted and i + 1 in reading.quoted \
                    and not (i and toks[i - 1] in self._relatives):
                end = i + 1
                while end in reading.quoted:
                    end += 1
                out.append((i, end))
        return out

    def _detail_in_name(self, hit: Hit, hits: list[Hit], toks: list[str]) -> bool:
        """A one-word product between two words nothing reads, inside a name ("birch sap bottler: ...", not "our SAP
        system")."""
        if hit.end - hit.start != 1 or not hit.start or hit.end >= len(toks) \
                or not any(m.kind == "detail" and m.value == PRODUCT for m in hit.meanings):
            return False  # (a product's name, not "an additional error description")
        read = {i for h in hits for i in range(h.start, h.end)}
        return all(i not in read and toks[i] not in self._small and toks[i] not in self._domain and len(toks[i]) > 2
                   and toks[i].isalpha() for i in (hit.start - 1, hit.end))

    def _row_kept(self, reading: Reading, where: int, kept: int) -> bool:
        """Where a row itself is kept, which is where it is managed and its description says ("where is CRMScript
        kept?", "where in SuperOffice is CRMScript stored?"); not where its data is ("where are the Sentry plugin's
        settings stored?", "Extra Tables: where are they stored?")."""
        between = range(where + 1, kept)
        return any(k in reading.named for k in between) and all(
            k in reading.named or reading.toks[k] in self._small or reading.toks[k] in PRODUCT_NAMES for k in between)

    def _row_compound(self, hit: Hit, hits: list[Hit], reading: Reading) -> bool:
        """A one-word version detail right after a row's name that the row's own words hold ("Can a cloud tenant take
        Continuous Database upgrade packages?": what the row is, not a release asked; not "CRMScript syntax resembles
        which mainstream language?")."""
        rows = [m.value for h in hits if h.end == hit.start for m in h.meanings if m.kind == "item"]
        return hit.end - hit.start == 1 and bool(rows) and VERSION in hit.meanings \
            and self.rows.stem(reading.toks[hit.start]) in self.rows.vocabulary(rows)

    def _asks_what_docs_say(self, toks: list[str], start: int) -> bool:
        """"which languages do the SO docs say are used?": what the docs say is asked, nothing reported about them
        (not "the docs say X, which is not correct")."""
        # ("Could the docs say whether a roadmap date exists ...?": what the docs should say is asked)
        return any(t in ASKING_AUX for t in toks[max(0, start - DOCS_ASK_REACH):start]) \
            or not WHETHER.isdisjoint(toks[start:start + DOCS_ASK_REACH + 2])

    def _detail(self, hits: list[Hit], reading: Reading) -> None:
        """What beyond the data the message asks for: the first detail cue, by kind."""
        found: list[tuple[Hit, Meaning]] = []
        # a longer cue's words ("Service users are locked out of"): the cue's, no detail; a need's ("get JSON back
        # without reloading the page"): they describe the need
        wider = [h for h in hits if h.means_any(("cue", "need"))]
        places = [h for h in hits if h.means("env")]
        for h in hits:
            cells = set(range(h.start, h.end))
            if _inside_longer(h, wider):
                continue
            for m in h.meanings:
                if m.kind != "detail" or cells <= reading.named \
                        or (m.value == "steps" and bool(cells & reading.need_cells)) \
                        or (cells <= reading.quoted and m.value != ERROR) \
                        or (cells <= reading.aside and m.value in ASIDE_DETAILS) \
                        or (m.value in NEGATABLE_DETAILS  # "won't pay for any dev work" asks no price
                            # (in its own clause: "greift nicht - Bug oder gewollt?" asks of a bug)
                            and self._negations & set(reading.toks[max(0, h.start - 2, _clause_of(reading, h.start)):
                                                                   h.start])) \
                        or self._relative_who(h, reading) or self._describes_users(h, hits, reading) \
                        or (m.value == ERROR and h.start and reading.toks[h.start - 1] in MODALS) \
                        or (m.value == ERROR and _sifts_rows(reading.toks, h.start)) \
                        or (m.value == ERROR and h.start and reading.toks[h.start - 1].isdigit()) \
                        or (m.value == ERROR and h.start and reading.toks[h.start].isdigit()
                            and reading.toks[h.start - 1] in ID_LEADS) \
                        or (m.value == PRODUCT and not self._possessives.isdisjoint(reading.toks[max(0, h.start - 2):
                                                                                               h.start])) \
                        or (h.phrase in EXTENT and reading.toks[h.end:h.end + 1] != []
                            and (reading.toks[h.end] in MODALS or reading.toks[h.end] == EXTENT_OF)) \
                        or (m.value == LIMIT and h.phrase in COUNTING  # "how many rows ...", not "a limit on rows"
                            and self._counts_rows(reading.toks[h.end:h.end + 3])) \
                        or (m == DOCS and self._asks_what_docs_say(reading.toks, h.start)) \
                        or self._detail_in_name(h, hits, reading.toks) or self._row_compound(h, hits, reading) \
                        or (h.phrase in ACCESS_CUES and self._access_to_data(h, hits, reading)) \
                        or (m.value == ERROR and bool(reading.need_cells) and self._conditional(h, reading)) \
                        or (m.value == ERROR and bool(reading.need_cells) and h.start in reading.breaks
                            and reading.toks[h.start] in self._negations) \
                        or (h.end <= reading.heading < len(reading.toks)
                            and reading.toks[reading.heading] in self._interrogatives) \
                        or (h.end <= reading.heading and reading.toks[reading.heading - 1] in HERE):  # (who asks:
                    # "Subscription-desk integrator here: ...")
                    continue  # ("a 'cost centre' box": a name; an error message is quoted, though; "the sale should
                    # walk me through our stages": the need's own words; "harvest festival bug bash prep: which items
                    # ...?": a label's, the question after it asks; "started by the agent, not fired automatically":
                    # a clause of the need told by what it is not)
                if self._names_place(h, places, reading):
                    reading.covered |= cells
                    reading.explained |= cells
                    continue
                if m == VERSION and h.phrase in LIFECYCLE and any(x.kind == "env" for x in reading.mentions):
                    reading.covered |= cells  # "NetServer scripting once we move to Online - still supported?":
                    reading.explained |= cells  # whether it works there, not its support life
                    continue
                if m.value == BEHAVIOUR and self._placed_or_moved(h, hits, reading):
                    reading.covered |= cells  # "what happens to our custom pages when we move to online?":
                    reading.explained |= cells  # whether they work there, not how a row treats its data
                    continue
                if m == VERSION and h.phrase == "version" and h.start and reading.toks[h.start - 1] in EDITIONS:
                    reading.covered |= cells  # "the self-hosted web version", "the desktop version": which client
                    reading.explained |= cells
                    continue
                if m == VERSION and h.phrase == "version" and h.start and reading.toks[h.start - 1] in SUMMARIES:
                    reading.covered |= cells | {h.start - 1}  # "give me the two-sentence version": a summary
                    reading.explained |= cells | {h.start - 1}
                    continue
                if self._describes_noun(h, m, reading):  # "a lift-outage ticket": a word that describes the noun
                    reading.covered |= cells  # after it asks for nothing, and is understood ("an out-of-the-box
                    reading.explained |= cells  # connector")
                    continue
                found.append((h, m))
        found += [(Hit(i, i + 1, tok, 1.0, (VERSION,)), VERSION) for i, tok in enumerate(reading.toks)
                  if i not in reading.named and not (i and reading.toks[i - 1] in VERSIONED_PAPERS)  # ("PRD v3")
                  and (VERSION_TOKEN.fullmatch(tok) or (  # "CRMScript V2", "v10"
                      # "SuperOffice 11 documentation"; beside a named row the release is context
                      # "8.x" (tokenised "8" "x") too
                      RELEASE_NUMBER.fullmatch(tok) and not reading.named_rows and (
                          (i and reading.toks[i - 1] in self._release_names and i not in reading.breaks)  # (not
                          # "self-hosted SuperOffice, 3 sites")
                          or reading.toks[i + 1:i + 2] == ["x"])))]
        # (not a word a phrase matches to the letter; one it only resembles may still be a compound: "passordet")
        compounds = self._compound_details(reading, {i for h in hits if h.score >= w.NEED_PHRASE_MIN
                                                     for i in range(h.start, h.end)})
        placed = {h.start for h, _ in compounds if self._names_place(h, places, reading)}  # "Online-versionen"
        reading.covered |= placed
        reading.explained |= placed
        found += [(h, m) for h, m in compounds if h.start not in placed]
        found += [(Hit(i + 1, end, reading.toks[i + 1], 1.0, (ERROR_MEANING,)), ERROR_MEANING)
                  for i, end in self._quoted_errors(reading)]
        # "where do I register it so it appears in the navigator?": where a thing is set up (not "where can I use
        # it?", which asks where it works)
        found += [(Hit(i, i + 4, t, 1.0, (CONFIG,)), CONFIG) for i, t in enumerate(reading.toks[:-3]) if t in WHERE
                  and tuple(reading.toks[i + 1:i + 3]) in SETUP_ASKS and reading.toks[i + 3] in SETUP_VERBS]
        # "where are the threshold values stored?", "wo werden die Daten gespeichert?": where data is kept
        found += [(Hit(i, j + 1, t, 1.0, (STORAGE,)), STORAGE) for i, t in enumerate(reading.toks) if t in WHERE
                  for j in range(i + 1, min(len(reading.toks), i + STORED_REACH + 1))
                  if (reading.toks[j] in STORED or (reading.toks[j] in ENDS and reading.toks[j + 1:j + 2] == ["up"]))
                  and _clause_of(reading, j) <= i  # ("where does their log output end up?")
                  # (where a row itself is kept is where it is managed, which its description says: "where is
                  # CRMScript kept?"; not its data: "where are the Sentry plugin's settings stored?")
                  and not self._row_kept(reading, i, j)]
        # "why does my Sentry plugin not run when called through the REST API?": the cause of a failure (not "why
        # can't we use Sentry plugins online?", which the data answers: where it works)
        if not WHY.isdisjoint(reading.toks) and not self._clause_negations.isdisjoint(reading.toks) \
                and not any(m.kind in FILTER_KINDS for h in hits for m in h.meanings):
            at = next(i for i, t in enumerate(reading.toks) if t in WHY)
            found.append((Hit(at, at + 1, reading.toks[at], 1.0, (ERROR_MEANING,)), ERROR_MEANING))
        # "... also fires when a message is added from a script - expected?": whether a behaviour is meant to be
        if reading.toks and reading.toks[-1] in MEANT and reading.text.rstrip().endswith("?"):
            found.append((Hit(len(reading.toks) - 1, len(reading.toks), reading.toks[-1], 1.0, (ERROR_MEANING,)),
                          ERROR_MEANING))
        # "hvordan låser jeg ...", "wie sperre ich ...", "hoe vergrendel ik ...": how, a verb, I or we
        found += [(Hit(i, i + 3, t, 1.0, (HOW,)), HOW) for i, t in enumerate(reading.toks[:-2])
                  if t in HOW_LAST and t != "how" and reading.toks[i + 2] in HOW_SUBJECTS]
        last = len(reading.toks) - 1  # a bare "how?" closing the message asks for the steps of what it tells
        while last > 0 and last in reading.aside and last - 1 in reading.aside:
            last -= 1  # (before a closing aside: "... til produktionsdatabasen - hvordan? (sommerhusudlejning)")
        if last > 0 and last in reading.aside:
            last -= 1
        if last > 0 and reading.toks[last] in HOW_LAST and HOW_ASKED.search(reading.text) \
                and reading.toks[last - 1] not in self._joins:  # ("can outside systems connect, and how?": by what)
            found.append((Hit(last, last + 1, reading.toks[last], 1.0, (HOW,)), HOW))
        if reading.toks and reading.toks[0] in DOCUMENT and 0 not in reading.named:  # "Document webhooks for ..."
            found.append((Hit(0, 1, reading.toks[0], 1.0, (DOCS,)), DOCS))
        heading = reading.heading  # "Upgrade checklist, item 8: confirm that ...", "Reading the release notes
        # for our move, one thing unclear: ...": a version word in a heading before a colon tells the occasion
        if heading and found:
            occasion = {i for h, m in found if m.value in HEADING_DETAILS and h.end <= heading
                        for i in range(h.start, h.end)}
            reading.covered |= occasion
            reading.explained |= occasion
            found = [(h, m) for h, m in found if h.start not in occasion]
        if reading.topic is not None and found:  # "CS SOAP services: which endpoint ...?": the address its text gives
            answered = set(self.catalog.topic(reading.topic).details)
            given = {i for h, m in found if m.value in answered for i in range(h.start, h.end)}
            reading.covered |= given
            reading.explained |= given
            found = [(h, m) for h, m in found if m.value not in answered]
        if reading.cues.asks_name:  # "json bodies ... which api do i want": what the setup is, not what is asked
            context = {i for h, m in found if m.value in CONTEXT_DETAILS for i in range(h.start, h.end)}
            reading.covered |= context
            reading.explained |= context
            found = [(h, m) for h, m in found if m.value not in CONTEXT_DETAILS]
        if reading.asked is not None:  # "our tool calls the proxy methods. which row is that?": the setup
            # (and a statement closing the message after its question: "What's the name for that? We're on the
            # subscription SuperOffice hosts.")
            asked = reading.asked - reading.closing if reading.closing else reading.asked
            # (a symptom told before a question that asks for a row by name: "new staff keep getting the wrong
            # default currency ... which config row is it?" asks for the row that sets it, not for a fix)
            # (asked for a row by name, whatever the setup tells is context: "Tarot hotline ... What's that called
            # in the matrix?")
            # (a goal told in the question itself: "during Tuesday's outage the register on the file share died.
            # can those records live in a table of their own ...?" asks the goal; the outage is the story)
            goal = not asked.isdisjoint(reading.need_cells - reading.how_cells) or self._asks_capability(reading)
            setup = SETUP_DETAILS | (self._detail_kinds if reading.cues.asks_name or goal else set())
            remarks = self._side_remarks(reading)  # ("... Can their admin configure that? Side note: they raised
            # the invoice bug again.": a remark beside the question asks nothing)
            context = {i for h, m in found if (m.value in setup and not asked & set(range(h.start, h.end)))
                       or h.start in remarks for i in range(h.start, h.end)}
            reading.covered |= context
            reading.explained |= context
            found = [(h, m) for h, m in found if h.start not in context]
        if found and self._signs_in_both_places(reading):  # "with a username and password on our own server; now
            # a CRM Online customer wants it - how does it sign in there?": how signing in differs, which the data
            # tells (credentials onsite, federated authentication online), not an account's details
            told = {i for h, m in found if m.value == ACCOUNT for i in range(h.start, h.end)}
            reading.covered |= told
            reading.explained |= told
            found = [(h, m) for h, m in found if m.value != ACCOUNT]
        if found and self._explains_failure(reading):  # "it failed online": the data says why
            failed = {i for h, m in found if m.value == ERROR for i in range(h.start, h.end)}
            reading.covered |= failed
            reading.explained |= failed
            found = [(h, m) for h, m in found if m.value != ERROR]
        if found:  # "the draft should describe what a developer may add there": the asker's own paper, no docs page
            drafted = {i for h, m in found if m == DOCS and self._own_paper(h, reading) for i in range(h.start, h.end)}
            reading.covered |= drafted
            reading.explained |= drafted
            found = [(h, m) for h, m in found if h.start not in drafted]
        if found:  # "Please send them over", "please send the full set": the answer itself asked for, no errand
            sent = {i for h, m in found if m.value == REQUEST and self._sends_answer(h, reading)
                    for i in range(h.start, h.end)}
            reading.covered |= sent
            reading.explained |= sent
            found = [(h, m) for h, m in found if h.start not in sent]
        if found and reading.row_cells:  # "what sort of scripting dialect CRMScript actually is": what the row is
            nature = {i for h, m in found if m.value == "contents" and self._asks_nature(h, reading)
                      for i in range(h.start, h.end)}
            reading.covered |= nature
            reading.explained |= nature
            found = [(h, m) for h, m in found if h.start not in nature]
        if found and reading.row_cells:  # "CRMScript syntax resembles which mainstream language?": what the row is
            # like, which its description tells
            alike = {i for h, _ in found if self._likened(h, reading.toks) for i in range(h.start, h.end)}
            likening = [i for i in range(len(reading.toks)) if reading.toks[i] in LIKENESS | LIKE and alike
                        and min(alike) < i <= max(alike) + LIKENED_REACH]
            # (the likening word with it, and what it is likened to: "resembles which mainstream language")
            alike |= {k for i in likening[:1] for k in range(i, min(len(reading.toks), i + LIKENED_REACH + 1))}
            reading.covered |= alike
            reading.explained |= alike
            found = [(h, m) for h, m in found if h.start not in alike]
        if found:
            def rank(f: tuple[Hit, Meaning]) -> tuple[bool, bool, bool, int]:
                # a detail the question word governs first, the last of them its head ("which SQL server
                # version": the version, not the product), or the one an "of" follows ("which version of SQL
                # Server": the version)
                governed = self._governed(f[0], reading)
                head = governed and reading.toks[f[0].end:f[0].end + 1] in ([w] for w in OF_WORDS)
                return f[1].value in WEAK_DETAILS, not governed, not head, -f[0].start if governed else f[0].start

            _, meaning = min(found, key=rank)
            reading.detail = meaning.value
            reading.detail_cells = {i for h, m in found if m.value == meaning.value for i in range(h.start, h.end)}
            reading.covered |= {i for h, _ in found for i in range(h.start, h.end)}  # understood: as a detail
            reading.explained |= {i for h, _ in found for i in range(h.start, h.end)}
            reading.detail_words = tuple(dict.fromkeys(h.phrase for h, _ in found))
            for h, m in found:
                reading.mentions.append(Mention("detail", m.value, " ".join(reading.toks[h.start:h.end]),
                                                h.phrase, h.score))

    @staticmethod
    def _likened(hit: Hit, toks: list[str]) -> bool:
        """Whether a detail is likened to something right after it ("syntax resembles which language", "syntax
        similar to"): what the thing is like, not the detail itself."""
        after = toks[hit.end:hit.end + LIKENED_REACH]
        return not LIKENESS.isdisjoint(after) or any(a in LIKE and b in WHICH_THING for a, b in pairwise(after))

    @staticmethod
    def _sends_answer(hit: Hit, reading: Reading) -> bool:
        """Whether a request to send names the answer as what is sent ("please send them over", "can you send me
        the overview"): its first word after the request, past articles and the like, is one of ANSWER_WORDS."""
        rest = [t for t in reading.toks[hit.end:hit.end + SENT_REACH] if t not in SENT_SKIPPED]
        return bool(rest) and rest[0] in ANSWER_WORDS

    def _asks_nature(self, hit: Hit, reading: Reading) -> bool:
        """Whether "what kind of", "what sort of" asks what a row is: the row named a few words on, with "is" right
        before or after it ("what kind of language is CRMScript", "what sort of scripting dialect CRMScript
        actually is"; not "what kind of events does CRMScript have": what the row holds); or which row of a level
        or family fits ("which kind of scripting fits?")."""
        toks = reading.toks
        said = toks[hit.start:hit.end]
        if said[-1:] != ["of"] or not NATURE_WORDS.intersection(said):
            return False
        kind = next((h for h in reading.hits if h.start == hit.end and h.meanings[0].kind in ("level", "group")), None)
        if kind is not None and (kind.end == len(toks) or toks[kind.end] in FITTING):
            return True  # "which kind of scripting fits?": which row of that kind (not "kind of scripting events")
        rows = sorted(i for i in reading.row_cells if hit.end <= i <= hit.end + NATURE_REACH)
        if not rows:
            return False
        first, last = rows[0], rows[-1]
        while last + 1 in reading.row_cells:
            last += 1
        return toks[first - 1] in self._copulas or bool(self._copulas.intersection(toks[last + 1:last + 3]))

    def _names_place(self, hit: Hit, places: list[Hit], reading: Reading) -> bool:
        """A detail word next to a place's name that names a copy of that place: "the version SuperOffice hosts for
        us", "the hosted SuperOffice version", "Online-versionen", "the cloud sandbox they gave us"."""
        # (a compound found as one word: "versionen" of "Online-versionen")
        named = hit.phrase in PLACE_DETAIL_WORDS or (
            hit.end - hit.start == 1 and any(hit.phrase.startswith(x) for x in PLACE_DETAIL_WORDS))
        # ("... use the hosted version. ... what is open to our sellers in that version?": the place named before)
        pointed = hit.start > 0 and reading.toks[hit.start - 1] in THAT_ONE and any(p.end <= hit.start for p in places)
        return named and (pointed or any(
            p.start == hit.end or p.end == hit.start
            or (p.end == hit.start - 1 and reading.toks[p.end] in self._release_names) for p in places))

    @staticmethod
    def _conditional(hit: Hit, reading: Reading) -> bool:
        """A failure told as the condition of what a need does ("refuse a save if the region field stays empty"),
        not one asked about."""
        start = max(_clause_of(reading, hit.start), hit.start - CONDITION_REACH)
        return not CONDITIONS.isdisjoint(reading.toks[start:hit.start])

    @staticmethod
    def _placed_or_moved(hit: Hit, hits: list[Hit], reading: Reading) -> bool:
        """Whether the message names a place or a platform, or tells a move (outside the hit: "what happens to the
        values" moves nothing; a word of going with no place is none: "the monitor goes red - what decides ...?")."""
        return any(x.kind in ("env", "platform") for x in reading.mentions) or any(
            m.kind == "cue" and m.value == "moved" and (h.start >= hit.end or h.end <= hit.start)
            for h in hits for m in h.meanings)

    @staticmethod
    def _access_to_data(hit: Hit, hits: list[Hit], reading: Reading) -> bool:
        """A denied access to a level of the data: "SuperOffice hosts the CRM for us; we can't open its database" is a
        constraint told, not a failure asked about, unless what broke it follows ("we can't open the database after
        running one")."""
        return any(hit.end <= h.start <= hit.end + ACCESS_REACH and h.means("level")
                   and SINCE.isdisjoint(reading.toks[h.end:h.end + ACCESS_REACH]) for h in hits)

    def _asks_capability(self, reading: Reading) -> bool:
        """Whether the asking sentence asks whether something can be done, in words of its own ("Could those
        records sit in a table of their own ...?"; not "can you tell me why?", nor "does it still work?")."""
        asked = sorted(reading.asked or ())
        if len(asked) < CAPABILITY_WORDS:
            return False
        first, second = reading.toks[asked[0]], reading.toks[asked[1]]
        return first in CAPABILITY_OPENERS and second not in ADDRESSED

    def _compound_details(self, reading: Reading, taken: set[int]) -> list[tuple[Hit, Meaning]]:
        """"hva er standardpassordet?", "admin-passordet", "wo steht das Adminpasswort?": a word no phrase took
        whose last part (with a definite or plural ending) is a one-word detail is that detail."""
        found = []
        for i, tok in enumerate(reading.toks):
            if i in taken or i in reading.named or len(tok) <= COMPOUND_HEAD or not self._detail_tail.match(tok[::-1]):
                continue
            for head, meaning in self._detail_heads:
                if tok != head and any(tok.endswith(head + e) and self._compound_first(len(tok) - len(head + e))
                                       for e in COMPOUND_ENDINGS):
                    found.append((Hit(i, i + 1, head, 1.0, (meaning,)), meaning))
                    break
        return found

    def _places_joined(self, reading: Reading) -> bool:
        """Two environments joined by "and", "or", "as well as" at most JOINED_PLACES_REACH words apart in one
        clause ("for self-hosted installs as well as CRM Online"; not "runs on our own servers and must talk to
        SuperOffice Online tenants": a verb's)."""
        toks, named = reading.toks, [(h.start, h.end, m.value) for h in reading.hits for m in h.meanings
                                     if m.kind == "env"]
        return any(value != other and 0 <= start - end <= JOINED_PLACES_REACH
                   and not any(end <= c <= start for c in reading.clauses) and MODALS.isdisjoint(toks[end:start])
                   and (not self._joins.isdisjoint(toks[end:start]) or AS_WELL_AS in " ".join(toks[end:start]))
                   for _, end, value in named for start, _, other in named)

    def _negated(self, toks: list[str], sentences: tuple[int, ...] = (), inert: frozenset[int] = frozenset()
                 ) -> set[int]:
        """Words a negation puts aside ("rather than compiled code", "rather script than compile"), within its
        clause: they describe what is not wanted."""
        out: set[int] = set()
        thans = {j for i in inert if toks[i] == "rather" for j in range(i + 1, min(len(toks), i + 5))
                 if toks[j] == "than"}
        for i, tok in enumerate(toks):
            if (tok in self._negations and i not in inert) or i in thans:
                end = min([len(toks), *(s for s in sentences if s > i)])
                counted = 0
                for j in range(i + 1, end):  # the next words, glue ("of", "for") not counted
                    out.add(j)
                    counted += toks[j] not in self._glue
                    if counted == NEGATED_SPAN:
                        break
        return out

    def _owns(self, words: list[str]) -> bool:
        """An owning word among `words` whose owner is no matrix row: "the customer has Sales", not "which entry
        has Sales plus Service as clients?"."""
        def owner(i: int) -> str:  # the word before the verb, a relative pronoun skipped
            return words[i - 2] if i > 1 and words[i - 1] in self._relatives else words[i - 1] if i else ""
        return any(w in self._owning and owner(i) not in self._row_nouns for i, w in enumerate(words))

    def _or_negated(self, toks: list[str], start: int, floor: int, reading: Reading) -> bool:
        """The name at `start` follows "or" ("nor"), a negation at most OR_NEGATION_REACH words before it, in the same
        clause and after the names before it ("no compiled code or database access"); a few words of who does it
        may stand between ("without compiled code or anyone touching the database")."""
        i = start - 1
        if i > 1 and toks[i] in DETERMINERS:
            i -= 1
        if i > 2 and toks[i - 1] in ANYONE and toks[i - 2] in self._choices | ASIDE_JOINS:
            i -= 2  # ("or anyone touching the database": who, then what they do to it)
        if i < 1 or toks[i] not in self._choices | ASIDE_JOINS:
            return False
        first = max([floor, i - OR_NEGATION_REACH, *(c for c in reading.clauses if c <= i)])
        if any(toks[k] in self._negations and k not in reading.inert for k in range(first, i)):
            return True
        # "hverken rå SQL eller et script": "neither" reaches past the name before the "or" it pairs with
        first = max([i - OR_NEGATION_REACH, *(c for c in reading.clauses if c <= i)])
        return any(toks[k] in NEITHER for k in range(first, i))

    def _before(self, toks: list[str], start: int, count: int, sentences: tuple[int, ...],
                floor: int = 0, inert: frozenset[int] = frozenset()) -> list[str]:
        """The `count` words before `start` in its sentence (and from `floor` on), glue ("of", "for") skipped;
        an inert negation ("no-code", "rather" before what is preferred) read as a plain word."""
        floor = max([floor, *(s for s in sentences if s <= start)])
        return [INERT if i in inert else t for i, t in enumerate(toks[:start]) if i >= floor
                and t not in self._glue][-count:]

    def _inert(self, toks: list[str], reading: Reading) -> frozenset[int]:
        """Negations that put nothing after them aside: the "no" of a constraint's own phrase ("through one of
        those no-code 'connect app A to app B' services"), "rather" before what is preferred ("rather script
        than compile"; "rather than compiled code" still negates), those of "nothing but", and the "off" of a
        move's origin ("moving off our own server": where they come from) or of where it runs ("runs off our own
        hardware") or of a noun ("a one-off UPDATE"), and "not" of "not just"."""
        hits = reading.hits
        own = {h.start for h in hits if toks[h.start] in self._negations and any(
            m.kind == "need" and self.catalog.need(m.value).constraint for m in h.meanings)}
        own |= {i for h in hits if ORIGIN in h.meanings for i in range(h.start, h.end) if toks[i] in self._negations}
        # ("doesn't matter if hosted or on their own server": what does not matter, nothing put aside)
        own |= {i for h in self._cue_hits(reading, "regardless") for i in range(h.start, h.end)
                if toks[i] in self._negations}
        rather = {i for i, t in enumerate(toks) if t == "rather" and toks[i + 1:i + 2] != ["than"]}
        sole = {j for i, t in enumerate(toks) if t in self._sole_firsts for head in self._sole_heads
                if tuple(toks[i:i + len(head)]) == head for j in range(i, i + len(head)) if toks[j] in self._negations}
        # "runs in the browser off our own hardware": where it runs from
        runs_off = {i for i, t in enumerate(toks)
                    if t == "off" and (not RUNNING.isdisjoint(toks[max(0, i - RUNS_OFF_REACH):i])
                                       or not MOVING.isdisjoint(toks[max(0, i - MOVES_OFF_REACH):i])
                                       or (i > 0 and toks[i - 1] in OFF_NOUNS))}
        # "list all of it, not just the scripting bit": "not just" adds what follows, it puts nothing aside
        not_only = {i for i, t in enumerate(toks[:-1]) if t in self._negations and toks[i + 1] in NOT_ONLY}
        # "(no idea what UI workflow means)", "no rush": an idiom, nothing put aside
        idioms = {i for i, t in enumerate(toks[:-1]) if t in self._negations and toks[i + 1] in NO_IDIOMS}
        # "what's missing is a form of our own design": what is missing is what is wanted
        wanted = {i for i, t in enumerate(toks[:-1]) if t in MISSING and toks[i + 1] in BEING | self._copulas}
        # "Option matrix is missing the database-level entries - what belongs there?": what a document lacks is asked
        wanted |= {i for i, t in enumerate(toks[:-1]) if t in MISSING and i >= 2
                   and toks[i - 1] in BEING | self._copulas and toks[i - 2] in PAPERS}
        # "one extra field will not do, helpdesk module": what falls short is told before it, nothing after
        short = {j for i in range(len(toks)) if (n := self._shortfall_at(toks, i, rows=False))
                 for j in range(i, i + n) if toks[j] in self._negations}
        # "hosted or not, sales or support": either way, nothing after it put aside
        either = {k for h in self._or_nots(reading) for k in range(h.end, h.end + 2)}
        return frozenset(own | rather | sole | runs_off | not_only | idioms | wanted | short | either)

    def _or_nots(self, reading: Reading) -> list[Hit]:
        """Places or clients set off by a comma and followed by "or not" ("..., hosted or not, ...", "online eller
        ikke"): either way (not the yes or no asked of one: "do triggers work onsite or not?")."""
        toks = reading.toks
        return [h for h in reading.hits if h.means_any(("env", "client"))
                and h.start in reading.breaks
                and toks[h.end:h.end + 1] != [] and toks[h.end] in self._choices
                and toks[h.end + 1:h.end + 2] != [] and toks[h.end + 1] in self._negations]

    def _level_asked(self, hits: list[Hit], reading: Reading) -> bool:
        """Whether a level is asked about as a level: named with a level word beside it ("work at the database
        level", "scripting wise"), whatever else is told, or in the asking sentence, with a level word there, after
        a need told before it ("our DBA wants to work on the database directly. what's there at the database
        level?"). Not who handles it, when or why ("who handles the configuration levels?"), nor one row asked for
        at a level ("config-level row?": a name asked)."""
        toks = reading.toks
        spans = [h for h in hits if h.means("level")]
        if not spans:
            return False
        beside = any(toks[i] in self._level_words and self._one_row.isdisjoint(toks[h.end:h.end + 2])
                     for h in spans for i in (h.start - 1, h.end) if 0 <= i < len(toks))
        if beside and WHEN_WHO_WHY.isdisjoint(toks):
            return True
        asked = reading.asked
        # (a row word after "every" is every row: "I need every external-API option a SuperOffice Online customer
        # can use")
        if asked is None or not any(i in asked for h in spans for i in range(h.start, h.end)) \
                or reading.need_cells & asked or any(toks[i] in self._one_row and not self._totalled(toks, i)
                                                     for i in asked):
            return False
        # ("which outward-facing APIs cover that?": the level's rows named in the plural, no platform asked about)
        plural = any(toks[h.end - 1] in self._plural_rows for h in spans if h.end - 1 in asked) and not any(
            m.kind in ("platform", "client") for h in reading.hits if not asked.isdisjoint(range(h.start, h.end))
            for m in h.meanings)
        return plural or any(toks[i] in self._level_words or (toks[i] in self._one_row and self._totalled(toks, i))
                             for i in asked)

    @staticmethod
    def _totalled(toks: list[str], i: int) -> bool:
        """Whether "every", "each" or "all" stands a few words before word i ("every external-API option")."""
        return not TOTALS.isdisjoint(toks[max(0, i - TOTAL_REACH):i])

    def _platform_row(self, reading: Reading) -> None:
        """The one row a named platform offers at the level the message names: "scripting via the Windows CRM
        app" is the Windows client's scripting row."""
        levels = reading.constraints.levels
        # (not a place: "we're not on SuperOffice Online" denies an environment, not the web client's rows)
        places = {m.said for m in reading.mentions if m.kind == "env"}
        denied = {m.value for m in reading.mentions if m.kind == "platform" and m.negated and m.said not in places}
        if len(levels) == 1 and denied:  # "scripts on the application server ... - not in the Windows client, not
            # in the admin pages of the ticket module": each denied platform's rows at the level are set aside
            own = {r for p in denied for pt in self.catalog.platform(p).points for r in pt.items
                   if self.catalog.item(r).level == levels[0]}
            # (a platform of one client has that client's own rows too: the ticket module's scripting is CRMScript)
            own |= {i.name for p in denied if (clients := self.catalog.platform(p).clients) for i in self.catalog.items
                    if i.level == levels[0] and set(i.clients) <= set(clients)}
            reading.set_aside += [r for r in sorted(own) if r not in reading.set_aside and r not in reading.rows]
        if reading.rows or len(levels) != 1 or len(set(reading.named_platforms)) != 1:
            return
        if reading.level_asked and reading.cues.asks_what and not reading.cues.asks_name:
            return  # "windows-app-only sales shop - scripting wise, what do they have?": the level's rows
        at_level = list(dict.fromkeys(r for r in reading.platform_rows if self.catalog.item(r).level == levels[0]))
        if len(at_level) == 1:
            reading.rows.append(at_level[0])
            reading.named_rows.append(at_level[0])

    def _describe_past_weak_names(self, reading: Reading) -> None:
        """The need told, past rows named only by plain words ("first call, site check, quote, signed": a step of a
        sale, not the Quote Connector): when the message describes a need those rows do not serve, they are no
        subject of it; otherwise they stay named."""
        weak = [r for r in reading.named_rows if self._weakly_named(r, reading)]
        if not weak:
            self._describe(reading)
            return
        kept = (list(reading.rows), list(reading.named_rows), reading.need, reading.need_score, list(reading.also),
                reading.constraints)
        reading.rows = [r for r in kept[0] if r not in weak]
        reading.named_rows = [r for r in kept[1] if r not in weak]
        self._describe(reading)
        served = {r for r, _ in reading.described[:1]} | (
            {r for r, _ in self.catalog.need(reading.need).rows} if reading.need else set())
        if not (reading.need or reading.described) or any(r in served for r in weak):
            rows, named, reading.need, reading.need_score, also, reading.constraints = kept
            reading.rows, reading.named_rows, reading.also, reading.described = rows, named, also, []
            self._describe(reading)

    def _weakly_named(self, row: str, reading: Reading) -> bool:
        """Whether every name of `row` in the message is one of its plain-word names (vocabulary weak_names)."""
        said = [h.phrase for h in reading.hits if any(m.kind == "item" and m.value == row for m in h.meanings)]
        return bool(said) and all(p in self._weak_names for p in said)

    def _describe(self, reading: Reading) -> None:
        """The need the message tells, and the rows whose descriptions fit it (filter and negated words left
        out): what its phrases name and what the needs' and rows' descriptions say, together."""
        reading.negated = frozenset(self._negated(reading.toks, reading.clauses, reading.inert)) | reading.tried \
            | reading.rejected | self._handled_elsewhere(reading.toks, reading.clauses) \
            | self._solved_already(reading)
        # (nor the words of a constraint: "without writing code" says how, and describes no goal that writes code)
        left_out = reading.filtering | reading.negated | reading.how_cells | reading.form
        terms = self.rows.terms(" ".join(t for i, t in enumerate(reading.toks) if i not in left_out))
        ranked = self.rows.index.rank(terms, limit=len(self.catalog.items))
        strong = bool(ranked) and ranked[0][1] >= w.DESCRIBED_STRONG
        needs: list[tuple[str, float]] | None = None  # the needs by description, ranked once when wanted
        if not strong and ranked:  # "... hits one button that sets the category and closes the ticket": one need's
            # description clearly ahead is as strong a telling as one row's
            needs = self.needs.rank(terms)
            need, lead = NeedIndex.lead(needs, w.NEED_INDEX_MARGIN)
            strong = need is not None and lead >= w.NEED_INDEX_STRONG
        # (a topic named is the subject: "are the customer service SOAP services deprecated? we need to know ...")
        cued = (reading.cues.need or strong or reading.ask) and not reading.named_rows \
            and (reading.topic is None or bool(reading.need_phrases))
        if not (reading.need_phrases or cued):
            return
        if reading.cues.list_hint and reading.constraints.names_both_envs and not reading.need_phrases \
                and not reading.cues.one_point:  # (one point asked: "... name the extension point and confirm the
            # vendor's cloud lacks it")
            return  # "an add-on ... hosted or on their own servers. Which extensibility points exist in both
            # places?": a list over both environments, not a need its story suggests
        reading.told = ranked
        exclusive = any(self.catalog.platform(p).exclusive for p in reading.platforms)
        if not exclusive:  # "that is all": only the platform's own points apply
            self._choose_need(terms, needs, reading, cued)
        elif reading.need_phrases and not reading.cues.how_to:  # "the mobile app ... our own web page in it?"
            for intent in self._platform_intents:
                reading.keywords.setdefault(intent, {}).update({f"~{n}": 1.0 for n in reading.need_phrases})
        if not cued or exclusive:
            return
        found = [(n, s) for n, s in ranked[:5] if n not in reading.set_aside]
        if reading.named_platforms:  # a named platform: only what it offers
            found = [(n, s) for n, s in found if n in reading.platform_rows]
        if found and found[0][1] >= w.DESCRIBED_MIN:
            best = found[0][1]
            reading.described = [(n, s) for n, s in found if s >= best * w.DESCRIBED_SHARE][:w.DESCRIBED_MAX]

    def _choose_need(self, terms: list[str], needs: list[tuple[str, float]] | None, reading: Reading,
                     cued: bool) -> None:
        """A need named by its phrases wins with what the needs' descriptions add; without one, a described
        need counts only when it is clear (and a need was cued). A goal beats a constraint beside it. `needs`: the
        needs ranked by the message's terms, if ranked already."""
        c = reading.constraints
        if c.moving is not None and c.envs and (c.levels or c.groups):
            return  # "own pages ... customer wants SO online. which internal api rows would they lose?": a move
        if needs is None:
            needs = self.needs.rank(terms)
        index = dict(needs)
        phrases = reading.need_phrases
        if phrases and not any(self.catalog.need(n).alone for n in phrases):
            reading.also = list(phrases)  # "... automatically. what hooks does it have?": how, with no goal
            phrases = {}
        if phrases:
            # ("a rule clicked together in the admin pages, without writing code": no script in the admin pages, when
            # another goal is told)
            ruled_out = {n for n in phrases if self._ruled_out(n, phrases)}
            if any(not self.catalog.need(n).constraint and n not in ruled_out for n in phrases):
                phrases = {n: s for n, s in phrases.items() if n not in ruled_out}
            else:  # ("... set that up in the admin pages rather than paying developers": where, and how; the goal is
                # what the message describes)
                phrases = {n: s for n, s in phrases.items()
                           if n not in ruled_out or not self._told_by_places(n, reading)}
            candidates = dict.fromkeys(n for n in [*phrases, *index] if n not in reading.turned)  # in a fixed
            # order: ties do not depend on the hash seed
            score = {n: phrases.get(n, 0.0) + index.get(n, 0.0) / w.NEED_INDEX_SCALE for n in candidates
                     if n in phrases or index.get(n, 0.0) >= w.NEED_INDEX_MIN}
            listing = (reading.cues.list_hint or reading.cues.list_words) and not reading.cues.asks_name
            if listing and all(self.catalog.need(n).constraint for n in phrases):
                # beside constraints only, in a message that asks what it can do, a goal the descriptions suggest
                # must lead the others ("zero programmers ... the thing runs in the cloud. what can we set up
                # without writing code?" tells how, and no goal)
                goals = [(n, s) for n, s in needs if not self.catalog.need(n).constraint]
                goal, _ = NeedIndex.lead(goals, w.NEED_INDEX_MARGIN)
                score = {n: s for n, s in score.items() if n in phrases or n == goal}
            levels = self._levels_meant(reading)
            best = max(score, key=lambda n: (self._fits_named(n, levels), not self.catalog.need(n).constraint,
                                              score[n]))
            # "before a sale is saved, a popup must ask ...": saving is when; the popup is what is built
            if self._yields(best, reading):
                best = next((n for n in self.catalog.need(best).yields if n in phrases), best)
            asks = reading.cues.list_words or (not reading.cues.asks_name and any(
                reading.toks[i] in self._interrogatives for i in (0, *reading.sentences) if i < len(reading.toks)))
            if reading.constraints.levels and asks and not reading.named_rows \
                    and ((reading.cues.list_words and best not in phrases)
                         or all(self.catalog.need(n).constraint for n in phrases)):
                return  # "no-code ... which UI workflow options?": the level named says how; a list (a goal
                # only the descriptions suggest does not make it a need, nor one that only fits the level named:
                # "Item 26 of the notice on forest fire reporting: enumerate the options at its Configuration level")
            named = reading.named_rows
            if len(named) == 1 and not reading.cues.need and len(reading.toks) <= w.ELLIPSIS_MAX_WORDS \
                    and named[0] in {r for r, _ in self.catalog.need(best).rows}:
                return  # "what about mirroring, the replica-db thing?": a few words describing the row named
            reading.need, reading.need_score = best, min(score[best], w.NEED_HIT_CAP)
            reading.also = [n for n in phrases if n != best and self.catalog.need(n).constraint]
            if reading.asked is not None and reading.constraints.levels and not levels \
                    and not self._fits_named(best, set(reading.constraints.levels)):
                # "... our own C# between the page and the database. What's that extension point called?": a
                # level word told in the setup, none of the need's rows at it, is a place in the story
                reading.constraints = replace(reading.constraints, levels=())
        elif cued and not (reading.named_platforms and self._platform_in_ask(reading)) \
                and not reading.constraints.levels and not (
                reading.constraints.everything and not reading.cues.asks_name) and not (
                reading.constraints.clients and reading.constraints.not_clients) \
                and not reading.constraints.both_clients:  # a level named, every row asked for ("full list please:
            # everything Service can use ..."), one client against the other ("what customisations exist just for
            # support, not for sellers?") or both at once ("which options cover both sellers and support"): a list
            need, found = NeedIndex.lead(needs, w.NEED_INDEX_MARGIN)
            # (a word or two tell no need - "and if we keep installation on own server?" - unless a row is asked for
            # them: "Which API should I use to import 8,000 contacts?")
            # (a platform told in the setup only: the need a goal, not how - "SO runs on the pc in the office ...
            # lay out those stages per booking", not "on the Windows PCs ... a volunteer who writes software")
            # (nor a reason asked: "... may not be deployed to the cloud tenant. why exactly is that forbidden?")
            if need is not None and found >= w.NEED_INDEX_MIN and (
                    len(set(terms)) >= w.NEED_INDEX_TERMS or reading.cues.asks_name) \
                    and not (reading.named_platforms and self.catalog.need(need).constraint) \
                    and not self._asks_why(reading) and not self._rows_asked_after_setup(reading):
                reading.need, reading.need_score = need, min(found / w.NEED_INDEX_MIN, 1.0)

    def _rows_asked_after_setup(self, reading: Reading) -> bool:
        """Whether a sentence of its own after a setup asks which rows ("HACCP record, CCP 3 ...: all test pieces
        rejected. Query for IT: our sellers work in CRM Online. Which extensibility options are open to them
        there?"): "which" or "what" and a list's words in the asking sentence, which tells no need phrase; what the
        setup's words resemble is no need."""
        asked = reading.asked  # (not a bare "Which rows?" after a need told: the rows for it)
        if asked is None or len(asked) <= ROWS_ASKED_BARE or min(asked) == 0 or reading.need_cells & asked:
            return False
        toks = reading.toks  # ("which option fits?" asks for one row, which the need's may be)
        return bool(reading.keyword_cells.get("list", set()) & asked) \
            and any(toks[i] in WHICH_THING for i in asked if i < len(toks)) \
            and any(toks[i] in self._row_plurals for i in asked if i < len(toks))

    @staticmethod
    def _platform_in_ask(reading: Reading) -> bool:
        """Whether the message names a platform where it asks: not only in the setup told before the asking
        sentence ("SO runs on the pc in the barn office. ... want SO to lay out those stages per booking. wat do i
        use"). Without an asking sentence told apart, any platform named."""
        asked = reading.asked
        return asked is None or any(not asked.isdisjoint(range(h.start, h.end)) for h in reading.hits
                                    if any(m.kind == "platform" and m.value in reading.named_platforms
                                           for m in h.meanings))

    def _yields(self, need: str, reading: Reading) -> bool:
        """Whether a need gives way to the needs it yields to: always, or, when it has places, only when the
        message tells it by those alone ("their admin defines the register in the admin pages", not "a small
        script in the admin pages")."""
        return need not in self._places or self._told_by_places(need, reading)

    def _told_by_places(self, need: str, reading: Reading) -> bool:
        """Whether the message tells a need only by its phrases that say where ("in the admin pages")."""
        places = self._places.get(need, frozenset())
        return bool(places) and all(m.alias in places for m in reading.mentions if m.kind == "need" and m.value == need)

    def _fits_named(self, need: str, levels: set[str]) -> bool:
        """Whether a need has rows at the level the message names ("which internal API is made for that?"):
        the asker's level chooses between needs its words name."""
        return not levels or any(self.catalog.item(r).level in levels for r, _ in self.catalog.need(need).rows)

    @staticmethod
    def _levels_meant(reading: Reading) -> set[str]:
        """The levels the message names as levels: in the asking sentence, or in the setup unless as a thing
        ("... our own C# between the page and the database. What's that extension point called?" names the
        database as a place, "a script we added on the browser side" a thing; "they'd like to script their
        automations. options?" names a level)."""
        levels = set(reading.constraints.levels)
        posed = {m.value for h in reading.hits for m in h.meanings
                 if m.kind == "level" and _posed(reading.toks, h.start)}
        levels = levels - posed  # ("Built in, or do I have to script it?": scripting posed as the other way)
        if reading.asked is None or not levels:
            return levels
        # ("Its hosted database is off limits to us": a thing, an article or owner a word or two before it)
        return {m.value for h in reading.hits
                if not reading.asked.isdisjoint(range(h.start, h.end)) or not h.start
                or THINGS_OWNERS.isdisjoint(reading.toks[max(0, h.start - 2):h.start])
                for m in h.meanings if m.kind == "level" and m.value in levels}

    def _said_supported(self, reading: Reading, i: int) -> bool:
        """A word of the thing asked to be supported: "whether lazy loading is supported", "is lazy loading
        supported?" (whatever else the sentence names)."""
        toks = reading.toks
        for end in range(i + 1, min(len(toks), i + SUPPORTED_REACH + 2)):
            if toks[end] in SUPPORTED:
                between = toks[i + 1:end]
                if not INDEFINITE_ARTICLES.isdisjoint(between):
                    return False  # ("er slike SQL-kjøringer fortsatt en støttet utvidelse?": a supported kind asked)
                copula = [k for k, t in enumerate(between) if t in self._copulas]
                # "lazy loading is supported": the thing, then "is"; "is lazy loading supported": "is" before it
                return (copula == [len(between) - 1] and all(
                    t not in self._copulas for t in toks[max(0, i - SUPPORTED_REACH):i])) or (
                    not copula and any(t in self._copulas for t in toks[max(0, i - SUPPORTED_REACH):i]))
        return False

    def _coverage(self, reading: Reading) -> Coverage:
        """The content words (not small words, not the domain's generic words) nothing above explains."""
        content: list[str] = []
        unexplained: list[str] = []
        borrowed: list[tuple[str, frozenset[str]]] = []
        told = self._told(reading)
        about = self.rows.vocabulary(reading.rows)
        in_rows: list[str] = []
        generic: list[str] = []
        setup: list[str] = []
        label = max(self._label(reading), self._asker_head(reading), self._reporter(reading))
        keyword_only = reading.covered - reading.explained
        trailing = len(reading.toks)  # where a closing aside starts
        while trailing - 1 in reading.aside:
            trailing -= 1
        trailing = trailing or len(reading.toks)  # (all of it in brackets: no aside)
        # a closing sentence after the question that nothing in it explains tells who asks ("...? asking for our
        # granite countertop shop"); one that something explains may still ask ("...? sample code pls")
        closing = reading.closing
        if closing and (not any(self._understood(reading, i) for i in closing) or self._tells_who(reading, closing)):
            trailing = min(trailing, min(closing))
        trailing = min(trailing, self._asker_tail(reading, trailing))
        owned = self._owner_words(reading)
        handles = _handles(reading.text)
        asked: list[str] = []
        which = -ASKED_REACH - 1  # where the last word asking "what" or "which" stands (none yet: out of reach)
        for i, tok in enumerate(reading.toks):
            if tok in WHICH_THING or (i and (reading.toks[i - 1], tok) in WHERE_THING):
                which = i
            if tok in self._small or len(tok) < 2 or not any(ch.isalpha() for ch in tok) or tok[0] == "#" \
                    or i in reading.quoted or tok in handles:  # (nor a number or a numbered item: "12", "#6", "#1b")
                continue  # (nor a channel or a person addressed: "#team-9", "@mentor quick q")
            content.append(tok)
            if tok in self._domain and i not in reading.covered:
                generic.append(tok)
            if tok in self._domain or tok in self._read or self.rows.stem(tok) in told or self._compound_head(tok):
                continue
            if i not in reading.covered and i not in reading.illustrating and not self._misspelt(tok):
                unexplained.append(tok)
                # (a closing aside in brackets tells who asks: "... or only the sellers? (rollercoaster parts maker)")
                if (reading.asked is not None and i not in reading.asked) or i < label or i >= trailing or i in owned \
                        or i in reading.form \
                        or (reading.asked is None and i in reading.aside):  # ("Trainee quiz (in-house team of
                    # a juice maker): name every row ...": no question sentence, what is in brackets tells who asks)
                    setup.append(tok)
                elif i - which <= ASKED_REACH and all(t in ASKED_FILLERS for t in reading.toks[which + 1:i]) \
                        and reading.toks[i + 1:i + 2] != [] and reading.toks[i + 1] not in OBJECT_LEADS \
                        and i + 1 not in reading.named and tok not in self._level_words:
                    # (a word with an object or a row after it is a verb, not the thing asked: "what replaces it
                    # there?"; a level word asks what the data holds: "welche Stufe")
                    asked.append(tok)
                elif self._way_asked(reading, i):  # "is there a way to backfill them?": the doing
                    asked.append(tok)  # asked for, its object or not; the object of a doing the data knows ("a way
                    # to force a recalculation")
                elif self._said_supported(reading, i):
                    asked.append(tok)
                if self.rows.stem(tok) in about:
                    in_rows.append(tok)
            elif i in keyword_only and i >= label:  # only some intent's trigger words account for it (not in a
                # label that says who asks: "Tillægsspørgsmål fra salen: Gælder det samme ...?")
                owners = frozenset(x for x, cells in reading.keyword_cells.items() if i in cells)
                borrowed.append((tok, owners))
        return Coverage(tuple(content), tuple(unexplained), tuple(borrowed), tuple(in_rows), tuple(generic),
                        tuple(setup), tuple(asked))

    def _plain_only(self, reading: Reading) -> bool:
        """Every word of "only" in the message a plain one ("just", "only"), none hyphened to a name ("sales-only")."""
        found = [i for i, t in enumerate(reading.toks) if t in self._only]
        return all(reading.toks[i] in PLAIN_ONLY and i not in reading.hyphened for i in found)

    def _tells_who(self, reading: Reading, closing: frozenset[int]) -> bool:
        """A closing sentence that says what someone is ("...? Client is a bicycle insurance provider."): a word of
        being, an article after it, within its first TELLS_WHO_REACH words."""
        toks, start = reading.toks, min(closing)
        return any(toks[i] in self._copulas and toks[i + 1] in INDEFINITE_ARTICLES
                   for i in range(start, min(start + TELLS_WHO_REACH, len(toks) - 1)))

    def _way_asked(self, reading: Reading, i: int) -> bool:
        """Whether word i is the doing "is there a way to" asks for, or its object after a doing no name or filter
        explains ("a way to force a recalculation")."""
        toks = reading.toks
        for lead in range(max(0, i - WAY_REACH - 2), i - 1):
            if tuple(toks[lead:lead + 2]) in WAY_LEADS:
                between = range(lead + 2, i)
                return all(k not in reading.explained for k in between) \
                    and sum(toks[k] not in self._small for k in between) <= 1
        return False

    def _compound_head(self, tok: str) -> bool:
        """A compound whose head is one of the domain's generic words ("bestellsystem": an order system)."""
        return any(tok[k:] in self._domain for k in range(COMPOUND_LEFT_MIN, len(tok) - DOMAIN_HEAD_MIN + 1))

    @staticmethod
    def _own_paper(hit: Hit, reading: Reading) -> bool:
        """A docs request's words said of the asker's own paper ("The draft should describe ...", "our tender
        should mention ..."), in the same sentence."""
        start = max([hit.start - OWN_PAPER_REACH, *(s for s in reading.sentences if s <= hit.start)])
        return not OWN_PAPERS.isdisjoint(reading.toks[max(0, start):hit.start])

    def _side_remarks(self, reading: Reading) -> set[int]:
        """The words of sentences that open as a remark beside the question ("Side note: ...", "btw ...") and
        ask nothing (no question mark)."""
        toks, out = reading.toks, set[int]()
        if not reading.sentences:
            return out
        asking = reading.asking
        for s, e in pairwise([0, *reading.sentences, len(toks)]):
            if any(tuple(toks[s:s + len(p)]) == p for p in self._side_notes) and s not in asking:
                out.update(range(s, e))
        return out

    def _capability(self, reading: Reading) -> bool:
        """A yes/no question whose subject is a row, asked of neither where nor for whom it works, with a word
        nothing explains after the row ("can a sentry plugin hide single fields or only whole records?", "can a
        user-defined field be made mandatory ...?"): what the row can do, which the data does not say."""
        toks = reading.toks
        if "?" not in reading.text or not reading.named_rows:
            return False
        if self._asks_row_for_need(reading) or self._scope_asked(reading):
            return True
        closing = reading.closing
        # ("Trigger on new ticket: can it be limited to mail from one mailbox?": the row heading a clause that asks
        # of "it")
        headed = [(c, e) for c, e in pairwise([0, *reading.clauses, len(toks)]) if 0 < c < e - 1
                  and c not in reading.sentences and toks[c] in self._yes_no and toks[c + 1] in HEADED_PRONOUNS]
        if reading.asked is None and not headed:
            return False
        asked = reading.asked if reading.asked is not None else frozenset(range(len(toks)))
        starts = [0, *reading.sentences, len(toks)]
        by_start: dict[int, list[Hit]] = {}  # the hits by where they start
        for h in reading.hits:
            by_start.setdefault(h.start, []).append(h)
        for s, e in [*pairwise(starts), *headed]:
            if s >= e or toks[s] not in self._yes_no or not all(i in asked and i not in closing
                                                                 for i in range(s, e)):
                continue
            row = _heading_row(reading, s, by_start) if (s, e) in headed else next(
                (h for i in range(s + 1, s + CAPABILITY_SUBJECT_REACH + 1) for h in by_start.get(i, ())
                 if h.means("item")), None)
            if row is None:
                continue
            after = [h for i in range(row.end, e) for h in by_start.get(i, ()) if not self._inside_name(h, reading)]
            if any(m.kind in FILTER_KINDS or m == AVAILABILITY_KEYWORD for h in after for m in h.meanings):
                continue  # "does the Quote Connector work for Service?"
            if any(i not in reading.covered and toks[i] not in self._small and toks[i] not in self._domain
                   and toks[i] not in self._read for i in range(row.end, e)):
                return True
        return False

    @staticmethod
    def _inside_name(hit: Hit, reading: Reading) -> bool:
        """A filter word inside a longer name ("service" in "web service calls")."""
        if not hit.means_any(FILTER_KINDS):
            return False
        if reading.names_at is None:  # (once a message: the spans of names of two or more words)
            reading.names_at = tuple((h.start, h.end) for h in reading.hits if h.end - h.start > 1
                                     and h.means_any(("group", "item")))
        return any(a <= hit.start and hit.end <= b and b - a > hit.end - hit.start for a, b in reading.names_at)

    def _scope_asked(self, reading: Reading) -> bool:
        """Whether a row is asked of two things other than places or clients, one "as well" or "also" and the
        other "only" ("Sentry plugin rules - enforced for web service calls as well, or UI only?", "do Sentry
        Plugins also apply to web service calls, or only to the UI?"): how far the row reaches, which the data
        does not say."""
        toks = reading.toks
        rows = [h for h in reading.hits if h.means("item")]
        if not rows or not reading.text.rstrip().endswith("?"):
            return False
        end = min(h.end for h in rows)
        rest = toks[end:]
        if not (self._only & set(rest) and set(rest) & self._choices and (
                "also" in rest or any(a == "as" and b == "well" for a, b in pairwise(rest)))):
            return False
        return not any(h.start >= end and h.means_any(FILTER_KINDS)
                       and not self._inside_name(h, reading) for h in reading.hits)

    def _asks_row_for_need(self, reading: Reading) -> bool:
        """A yes/no question, the sentence telling a need and naming a row the data does not list for it ("can a
        SuperMacro run every night at 2am?", "SuperMacro: kan ik een macro elke nacht laten draaien?"): whether
        the row can do that, which the data does not say (not "can CRMScript run a nightly job?": its need; nor
        "... we map sales stages ... Can I set up the Sales Guide there?": the need told in the setup)."""
        if reading.need is None or reading.owned_rows or self.catalog.need(reading.need).constraint \
                or reading.named_rows[0] in {r for r, _ in self.catalog.need(reading.need).rows}:
            return False
        toks, starts = reading.toks, sorted({0, *reading.sentences, *reading.clauses})
        row = {i for h in reading.hits for m in h.meanings if m.kind == "item" and m.value == reading.named_rows[0]
               for i in range(h.start, h.end)}
        previous = 0
        for s, e in pairwise([*starts, len(toks)]):
            cells = set(range(s, e))
            # ("Triggers: can one fire on a schedule?": the row alone before the colon is the subject)
            subject = bool(cells & row) or (s > 0 and set(range(previous, s)) <= row)
            if s < e and toks[s] in self._yes_no and subject and cells & reading.need_cells:
                return True
            previous = s
        return False

    def _relates(self, reading: Reading) -> bool:
        """Two rows named with a word of relation between them ("can I run CRMScript from a Zapier zap?", "CRMScript
        inside a trigger"): one used from, in or through the other, which the data does not describe."""
        rows = sorted((h for h in reading.hits if h.means("item")), key=lambda h: h.start)
        return any(0 < b.start - a.end <= RELATION_REACH and not self._relations.isdisjoint(reading.toks[a.end:b.start])
                   and {m.value for m in a.meanings if m.kind == "item"} != {m.value for m in b.meanings
                                                                              if m.kind == "item"}
                   for a, b in pairwise(rows))

    def _names_alone(self, reading: Reading, words: int, cells: AbstractSet[int]) -> bool:
        """The first `words` words are names (`cells`) and small words only, one name at least."""
        return any(i in cells for i in range(words)) and all(
            i in cells or reading.toks[i] in self._small for i in range(words))

    def _row_heading(self, reading: Reading) -> bool:
        """The message opens with a row's name alone as its heading, a colon or a dash after it ("Continuous
        Database: required prefix for our own tables?", "ERP Sync Connector - company deleted on the ERP side")."""
        found = _ROW_HEAD.match(reading.text)
        if found is None or not reading.named_rows:
            return False
        label = len(tokens(found.group(1)))
        return label < len(reading.toks) and self._names_alone(reading, label, reading.row_cells)

    def _task_heading(self, reading: Reading) -> bool:
        """A heading that names rows, a colon, then a task in its -ing form ("Zapier: mapping user-defined
        fields in the 'Create Sale' action"): how something is done with the rows, asked as a title."""
        found = None if "?" in reading.text else _HEADING.match(reading.text)
        if found is None:
            return False
        return bool(reading.named_rows) and self._names_alone(reading, len(tokens(found.group(1))), reading.named)

    def _understood(self, reading: Reading, i: int) -> bool:
        """Whether word i is a content word something explains."""
        return i in reading.covered and reading.toks[i] not in self._small

    def _introduction(self, reading: Reading) -> set[int]:
        """The words with which a caller says who is speaking at the start ("hi Signe it's Knut from the fence
        builder outfit um ...", "Hei, dette er Kari fra ..."): after greetings and a name addressed, an intro ("it's",
        "this is", "dette er"), the caller's name (a word nothing explains, written with a capital, or followed by
        where they are from), then "from the ..." to the next break or word something explains; none without a
        name ("it's hosted", "I am moving to the cloud")."""
        toks, text = reading.toks, reading.text
        start = 0
        while start < min(len(toks), INTRO_OPENING) and toks[start] in self._greetings:
            start += 1
        for at in (start, start + 1):  # (a name addressed first: "hi Signe it's Knut")
            intro = next((n for n in self._self_intros if tuple(toks[at:at + n[0]]) == n[1]), None)
            if intro is not None and (at == start or self._unknown(reading, start)):
                break
        else:
            return set()
        name = at + intro[0]
        after = name + 1
        if after >= len(toks) or not self._unknown(reading, name):
            return set()
        stops = set(reading.clauses) | set(reading.sentences)
        origin = toks[after] in INTRO_ORIGINS and after not in stops
        if not origin and not re.search(rf"\b{re.escape(toks[name][:1].upper() + toks[name][1:])}\b", text):
            return set()  # ("this is urgent", "it's cheaper"): no name
        out = set(range(at, after))
        if origin:
            j = after + 1
            while j < len(toks) and j not in stops and toks[j] not in HESITATIONS and toks[j] not in HERE and (
                    self._unknown(reading, j) or toks[j] in ENGLISH_ARTICLES or toks[j] in self._possessives):
                j += 1
            if j > after + 1:
                out |= set(range(after, j))
        return out

    def _unknown(self, reading: Reading, i: int) -> bool:
        """Whether word i is one no name, filter or cue of the data explains and no small word: a name, or a trade."""
        tok = reading.toks[i]
        return i not in reading.explained and tok not in self._small and tok not in self._read \
            and tok not in self._domain and not tok.isdigit()

    def _owner_words(self, reading: Reading) -> frozenset[int]:
        """The words after an intro of whose it is, up to the next word something explains ("the support
        department of my thesis case company (a stump grinding firm) work with it", "at my uncle's tile warehouse"):
        who asks, told in passing."""
        toks, out, clauses = reading.toks, set(), set(reading.clauses)
        for i, tok in enumerate(toks):
            if tok not in self._asker_firsts:
                continue
            intro = next((n for n in self._asker_intros if tuple(toks[i:i + n[0]]) == n[1]), None)
            if intro is None:
                continue
            j = i + intro[0]  # (to a clause's end, a small word or a word understood; across a bracket)
            run = []
            while j < len(toks) and not self._understood(reading, j) and (j in reading.aside or (
                    j not in clauses and (toks[j] not in self._small or toks[j] in ENGLISH_ARTICLES))):
                run.append(j)
                j += 1
            # whose by a possessive ("at my uncle's tile warehouse"), or a firm by its kind ("at the culvert repair
            # company"; not "generate it from a template", "at the moment")
            if intro[1][-1] in self._possessives or TRADE_NOUNS.intersection(toks[k] for k in run):
                out.update(run)
        return frozenset(out)

    def _asker_tail(self, reading: Reading, end: int) -> int:
        """Where closing words that tell for whom it is asked start ("archive providers on SO online for a
        frisbee golf club?", "... at a salsa dance school?"): "for a", "at our" and the like, then to the end only
        words nothing explains, after something that is understood; `end` when there are none."""
        toks = reading.toks
        for start in range(end - 1, 0, -1):
            if self._understood(reading, start):
                return end  # (what is understood ends the tail: "for a nightly job")
            if start == end - 1 or toks[start] not in self._asker_firsts:
                continue  # (an intro with words after it)
            intro = next((n for n in self._asker_intros if tuple(toks[start:start + n[0]]) == n[1]), None)
            if intro is None:
                continue
            rest = [t for t in toks[start + intro[0]:end] if t not in self._small]
            # (the people told may be read words: "for our granite countertop shop"; not the domain's words: "for
            # a webshop integration" tells what, not who)
            told = any(t not in self._read for t in rest) and not any(t in self._domain for t in rest)
            before = any(self._understood(reading, i) for i in range(start))
            return start if told and before else end
        return end

    def _other_pointer(self, toks: list[str]) -> bool:
        """A word of others that points past the thread's rows ("anything else?", "what other options?"), not one
        that describes a thing of its own ("which APIs are there for other systems to call?")."""
        return any(t in self._others and (i + 1 == len(toks) or toks[i + 1] in self._row_nouns
                                          or toks[i + 1] in self._small)
                   for i, t in enumerate(toks))

    def _tried_cells(self, toks: list[str], reading: Reading) -> frozenset[int]:
        """The words of what the asker tried already ("What I tried: a script inside the desktop program; one on
        the Service admin pages. Expected: ..."): after a tried phrase that heads a part (a colon after it; not
        "we tried deploying an MDO provider online and it failed", which asks about it), up to the next sentence
        that opens with a section head."""
        if self._tried_firsts.isdisjoint(toks):
            return frozenset()
        heads = {s for s in reading.sentences if toks[s] in self._section_heads}
        cells: set[int] = set()
        for i, tok in enumerate(toks):
            if tok not in self._tried_firsts:
                continue
            end = next((i + len(p) for p in self._tried
                        if tuple(toks[i:i + len(p)]) == p and i + len(p) in reading.clauses), None)
            if end is not None:
                stop = min([len(toks), end + TRIED_REACH, *(s for s in heads if s >= end)])
                cells.update(range(end, stop))
        return frozenset(cells)

    @staticmethod
    def _reporter(reading: Reading) -> int:
        """Where words that tell who wants to know end ("A dairy cooperative moving to SuperOffice Online wants to
        know whether ..."): the start of an ask for a yes or a no that ends in "whether" or "if"; 0 for none."""
        return next((i for i, n in reading.confirm_asks if reading.toks[i + n - 1] in COMPLEMENTISERS), 0)

    def _asker_head(self, reading: Reading) -> int:
        """Where opening words that tell who asks end ("At the cat café chain, sellers don't get Extra Tables, do
        they?"): an intro ("at the", "for our") and words nothing explains, up to the first comma; 0 for none."""
        toks = reading.toks
        here = next((k for k in range(1, min(len(toks) - 1, LABEL_WORDS)) if toks[k] in HERE), None)
        if here is not None and not any(self._understood(reading, i) for i in range(here)):
            return here + 1  # "bowls club here, quote connector ...", "harness maker here - ...": who asks
        if not toks or toks[0] not in self._asker_firsts:
            return 0
        intro = next((n for n in self._asker_intros if tuple(toks[:n[0]]) == n[1]), None)
        if intro is None:
            return 0
        cut = next((c for c in reading.breaks if c > intro[0]), None)
        if cut is None or cut > LABEL_WORDS or cut >= len(toks) - 1 \
                or any(self._understood(reading, i) for i in range(intro[0], cut)):
            return 0
        return cut

    def _label(self, reading: Reading) -> int:
        """The words of a label before a colon that names nothing but where the customer is ("marzipan maker
        asks: zapier + SO online, does that combo work?", "quick q from a sock brand's admin (SO cloud): ..."):
        who asks, not what; 0 for none."""
        first = self._first_clause(reading, LABEL_WORDS)
        if not first or first >= len(reading.toks) - 1:
            return 0
        if self._names_in_label(reading, 0, first):
            return 0
        # a second label after the first ("chat | svensk_tittare: helt annan grej från en annan tittare: finns ...?"),
        # naming nothing either, is who asks too
        for colon in (m.start() for m in _COLON.finditer(reading.text[:MAX_QUESTION_CHARS])):
            end = len(tokens(reading.text[:colon]))
            if end <= first:
                continue
            if end - first > LABEL_WORDS or end >= len(reading.toks) - 1 or self._names_in_label(reading, first, end):
                break
            first = end
        return first

    def _names_in_label(self, reading: Reading, start: int, end: int) -> bool:
        """Whether words start..end of a label name something other than where the customer is."""
        # (a cue word is no subject: "canal barge charter, we host SO ourselves: ...")
        # (nor a detail inside a name: "birch sap bottler: ...")
        # (nor a detail set aside as context: "Hvad sker der med dem, hvis ... skifter til SuperOffice Online - kan
        # de beholdes?" asks whether they are kept there)
        return any(start <= h.start < end and any(m.kind not in PLACE_KINDS and m.kind not in ("cue", "hint")
                                                  and (m.kind != "detail" or h.start in reading.detail_cells)
                                                  for m in h.meanings)
                   and not self._detail_in_name(h, reading.hits, reading.toks)
                   for h in reading.hits)

    def _misspelt(self, tok: str) -> bool:
        """Whether a word nothing explains is a small or generic word misspelt by a letter ("custmer",
        "instalation"; the same first letter, a length one apart)."""
        if len(tok) < MISSPELT_MIN:
            return False
        return any(typos(word, tok) == 1 for n in (len(tok) - 1, len(tok), len(tok) + 1)
                   for word in self._spelled.get((tok[0], n), ()))

    def _by_place(self, reading: Reading) -> bool:
        """Rows asked for by where they work: only there ("extension points that only work with self-hosting"),
        or what a move loses, gains or keeps ("... -> SO Online: which extension points carry over?"), or in a
        clause of their own ("every extension point for Sales that works online")."""
        c, cues, toks = reading.constraints, reading.cues, reading.toks
        # ("which extension points are not available online?": one place set aside, none asked for)
        return c.env_only is not None or cues.losing or cues.gaining or cues.keeping or (
            bool(c.not_envs) and not c.envs) or any(
            h.start >= 2 and toks[h.start - 1] in WORKING and toks[h.start - 2] in self._relatives
            and h.means("env") for h in reading.hits)

    def _asks_points(self, reading: Reading) -> bool:
        """Whether the message asks for a platform's integration points by those words ("which platform's
        integration points apply?"), not only with a word a platform question may use ("talk to")."""
        return any(phrase in self._point_asks for i in self._platform_intents for phrase in reading.keywords.get(i, {}))

    def _platform_said(self, reading: Reading) -> set[str]:
        """The words of the named platforms' own descriptions, and of the web client meant by "the web client"
        (the one where the message is, else both: "why the web client over the Windows client with Travel?")."""
        named = list(reading.named_platforms)
        if reading.web_client:
            named += [self._web_ids[e] for e in (reading.constraints.envs or tuple(Env)) if e in self._web_ids]
        return {t for p in named for t in self._platform_words[p]}

    def _platform_told(self, reading: Reading) -> None:
        """Words of a named platform's own description ("travel gateway", ".up and .dwn files" of the Web
        client's advantages) say the message is about that platform: each counts as a hint of its intents."""
        said = self._platform_said(reading)
        if not said:
            return
        words = {t for i, t in enumerate(reading.toks) if i not in reading.covered and t not in self._small
                 and t not in self._domain and self.rows.stem(t) in said}
        for intent in self._platform_intents:
            phrases = reading.keywords.setdefault(intent, {})
            for word in sorted(words):
                phrases[f"~{word}"] = w.HINT
            reading.keyword_words.setdefault(intent, []).extend(sorted(words))

    def _told(self, reading: Reading) -> set[str]:
        """The words the described rows' and the need's descriptions account for."""
        said = self._platform_said(reading)
        if not (reading.described or reading.need):
            return said
        names = [n for n, _ in reading.described]
        if reading.need:
            need = self.catalog.need(reading.need)
            names += [n for n, _ in need.rows]
        return said | self.rows.vocabulary(names) | (self.needs.vocabulary(reading.need) if reading.need else set())


HANDLE = re.compile(r"(?<![\w.])[@#]([^\W\d_][\w-]*)")  # "#team-9", "@mentor" (not an e-mail address)


def _handles(text: str) -> frozenset[str]:
    """The words of the channels and people a message addresses ("#team-9 anyone know ...", "@mentor quick q"), as
    tokens; also with the "#" that tokens keep."""
    if "@" not in text and "#" not in text:
        return frozenset()
    words = {t for name in HANDLE.findall(text) for t in tokens(name)}
    return frozenset(words | {"#" + w for w in words})


def _hosted_at_home(hit: Hit, toks: list[str], hits: list[Hit]) -> bool:
    """Whether "hosted" says where an onsite place named right after it is ("hosted on the operator's own servers"):
    no cloud, only the hosting that place does."""
    if hit.end - hit.start != 1 or toks[hit.start] not in HOSTED_WORDS or not any(m.kind == "env" and m.value ==
                                                                                   "online" for m in hit.meanings):
        return False
    if hit.end >= len(toks) or toks[hit.end] not in HOSTED_ON:
        return False
    return any(h.start > hit.end and h.start <= hit.end + HOSTED_REACH and any(m.kind == "env" and m.value == "onsite"
                                                                            for m in h.meanings) for h in hits)


def _id_label(reading: Reading) -> set[int]:
    """The words of a short label with an id before the first colon ("Assumption A15:", "Risk R12:", "Quiz Q5:"):
    which item of the asker's list this is, words that neither explain nor count against a question."""
    end = reading.heading  # (at most LABEL_WORDS words, `_heading_end`)
    if not end:
        return set()  # (most messages: no heading, nothing looked at)
    # (a to-do that ends in what to ask, naming nothing: "[ ] learn who shares what -> ask:")
    if reading.toks[end - 1] in ASK_LABELS \
            and not any(h.start < end and h.means_any(SUBJECT_KINDS) for h in reading.hits):
        return set(range(end))
    # what a bracket in it adds describes the labelled paper ("Analyse LOC-25-0402 (EN>DE, 58 Dateien):")
    head = BRACKETED.sub(" ", reading.text[:reading.text.find(": ")])
    # (a note's label, which names nothing asked: "agent remark for the systems team:", "svar i tråden:", or a part
    # of a longer heading: "Label copy, katalognr. NVR-115; note til IT:")
    parts = [tokens(part) for part in re.split(r"[;,]", head)]
    if any(len(part) <= (ID_LABEL_LONG if len(parts) == 1 else NOTE_PART_WORDS)
           and any(t.endswith(NOTE_LABELS) for t in part) for part in parts) \
            and not any(h.start < end and h.means_any(NAMING_KINDS) for h in reading.hits):
        return set(range(end))
    # (a longer one with a number of its own: "p. 133, margin (Norwegian colleague):", "PRD v3, open question 7:")
    numbered = any(t.isdigit() for t in reading.toks[:end])
    said = sum(map(len, parts)) if numbered else end
    if not 0 < said <= (ID_LABEL_LONG if numbered else ID_LABEL_WORDS):
        return set()
    # (or a label that names nothing at all, a short kind of note: "Intern notes:", "Standup:")
    if not any(any(c.isdigit() for c in t) for t in reading.toks[:end]) and (
            end > LABEL_ONLY_WORDS or any(h.start < end for h in reading.hits)):
        return set()
    return set(range(end))


def _heading_row(reading: Reading, at: int, by_start: dict[int, list[Hit]]) -> Hit | None:
    """The row named in the heading before the clause at `at` ("Trigger on new ticket: can it ...?"), standing where
    that clause's pronoun is; none when the heading also says where or for whom ("Zapier + SO hosted in our own
    datacenter - does that combo work?": where it works, asked)."""
    start = _sentence_of(reading, at)[0]
    named = [h for i in range(start, at) for h in by_start.get(i, ())]
    row = next((h for h in named if h.means("item")), None)
    if row is None or any(m.kind in FILTER_KINDS for h in named for m in h.meanings):
        return None
    return Hit(at + 1, at + 2, row.phrase, row.score, row.meanings)


def _heading_end(reading: Reading) -> int:
    """Where a heading before the message's first colon ends (its word count), when a question of at least a few
    words follows it; 0 for none."""
    colon = reading.text.find(": ")  # (not a time: "demo at 14:00")
    if colon < 0 or colon > HEADING_CHARS:
        return 0
    head = tokens(reading.text[:colon])
    end = len(head)
    if not (0 < end <= LABEL_WORDS and len(reading.toks) - end >= HEADING_REST) or reading.toks[:end] != head:
        return 0
    # (a heading that names a row or a release is what is asked about: "Onsite upgrade to v11: do our compiled
    # custom dialogs need rebuilding?", "Custom Pages for version 10 onsite: which .NET ...?")
    if any(h.start < end and h.means("item") for h in reading.hits) or any(
            (VERSION_TOKEN.fullmatch(t) and not (k and reading.toks[k - 1] in VERSIONED_PAPERS))  # (not "PRD v1")
            or (RELEASE_NUMBER.fullmatch(t) and k and reading.toks[k - 1].startswith("vers"))
            for k, t in enumerate(reading.toks[:end])):  # (not "item 8")
        return 0
    return end


def _envs_named(reading: Reading) -> list[tuple[int, Env]]:
    """The environments the message names, with where each begins, in order."""
    return sorted((h.start, Env(m.value)) for h in reading.hits for m in h.meanings if m.kind == "env")


def _reached_cells(reading: Reading) -> set[int]:
    """The words of an environment moved to ("moving to SuperOffice Online", "once we've moved to CRM Online"): a
    place reached, no subject a pronoun could point at."""
    toks = reading.toks
    ends = {h.end for h in reading.hits for m in h.meanings if m in (DESTINATION, MOVED)}
    ends |= {k + 1 for k, t in enumerate(toks)
             if t == "to" and not MOVE_VERBS.isdisjoint(toks[max(0, k - MOVED_REACH):k])}
    return {j for h in reading.hits if h.means("env")
            and any(0 <= h.start - end <= ORIGIN_REACH for end in ends) for j in range(h.start, h.end)}


def _env_shut(reading: Reading) -> tuple[int, Env] | None:
    """An environment whose server a few words later is switched off ("once the on-prem server is switched off"):
    where a move starts."""
    return min(((h.start, Env(m.value)) for h in reading.hits for m in h.meanings
                if m.kind == "env" and not SHUT_WORDS.isdisjoint(reading.toks[h.end:h.end + SHUT_REACH])), default=None)


def _env_after(reading: Reading, cue: Meaning) -> tuple[int, Env] | None:
    """The first environment named right after a cue ("from onsite", "going SaaS"), with where it begins; a
    destination also after "to" a few words past a verb of moving ("moving our support desk to online")."""
    ends = [h.end for h in reading.hits for m in h.meanings if m == cue]
    if cue == DESTINATION:
        toks = reading.toks
        ends += [k + 1 for k, t in enumerate(toks)
                 if t == "to" and not MOVES_TO.isdisjoint(toks[max(0, k - MOVED_REACH):k])]
    return next(((i, e) for i, e in _envs_named(reading) if any(0 <= i - end <= ORIGIN_REACH for end in ends)), None)

"""Text normalisation shared by the loader and the matcher."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SLACK_LINK = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>")
_SLACK_TOKEN = re.compile(r"<[@#!][^>]*>")
_BARE_LINK = re.compile(r"<((?:https?|mailto):[^>]*)>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_APOSTROPHE = re.compile("(\\w)['\u2019](\\w)")
_POSSESSIVE = re.compile("\\b(\\w+)['\u2019]s\\b")  # "SuperOffice's ladder" reads "superoffice ladder"
_CONTRACTED = frozenset({"what", "it", "that", "there", "here", "who", "where", "how", "let", "he", "she", "when",
                         "why", "this", "which"})  # "what's", "it's": a verb, kept as "whats", "its"
_PLUS = re.compile(r"(?<=[a-z])\+(?=[a-z])")  # "sales+service" is two words, "c++" one
# "an IP allow-list", "the price-list": a list as the head of a hyphened compound is a thing named, not a list asked
_LIST_COMPOUND = re.compile(r"(?<=[a-z])-(?=lists?\b)")
_SPELLED = re.compile(r"(?<![a-z])[a-z](?: [a-z]){2,}(?![a-z])")  # three or more single letters in a row
_STRETCHED = re.compile(r"([a-z])\1{2,}")  # a letter three times or more in a row: no word writes it so
_NON_WORD = re.compile(r"[^0-9a-zæøåäöüß#+]+")


def _plain_letters() -> dict[int, str]:
    """Latin letters with an accent the Nordic and German spellings do not keep, as their plain letter ("Lucía",
    "España", "François", "Crème"): the word stays one word instead of breaking at the accent; "é" too, the accent
    Nordic and Dutch writers put on a word they stress ("dér", "én", "één")."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code).lower()
        base = unicodedata.normalize("NFD", char)[0]
        if len(char) == 1 and char not in "æøåäöüß" and char != base and "a" <= base <= "z":
            table[ord(char)] = base
    return table


_PLAIN = _plain_letters()
_ACCENTED = re.compile("[" + "".join(sorted(map(chr, _PLAIN))) + "]")

# "...without code. what's on ...", not "SOAP.exe" or "8.x", nor an abbreviation ("e.g. something", "z.B. ein")
_ABBREVIATIONS = "".join(f"(?<!\\b{a}\\.)" for a in (r"e\.g", r"i\.e", r"f\.eks", r"t\.ex", r"z\.b", r"d\.h", r"bijv",
                                                  "vs", "bzw", "ca", "dvs", "eg", "ie", "ext", "pr", "resp",
                                                  "approx", "inkl", "incl", "evt", "ggf", "usw", "osv", "nr", "mio",
                                                  "mill", "mrd", "tsd", "mn", "bn"))
# (the dot first: the look-behinds run only where a dot stands; " | " ends one too: fields split by pipes, as alert
# rules and catalogue entries write them, are sentences of their own; a closing quote after the end belongs to it
# where a capital follows: "His notes: 'their dev wants JSON.' Which API?", not "asking 'floor area?' before it")
_SENTENCE_END = re.compile(f"(?:[?!;|]|(?i:\\.{_ABBREVIATIONS}))[.?!;]*"
                           "(?:['\"\u2019\u201d\u00bb]+(?=\\s+\\W*[A-Z\u00c0-\u00de]|\\s*$)|(?=\\s|$))")

MAX_QUESTION_CHARS = 2000
_DROP_DOWN = re.compile(r"\bdrop[- ]down")
_ADD_ON = re.compile(r"\badd(?:[-\u2010\u2013](ons?)| (ons))\b")  # "an add-on", "add ons": what one builds, no
# "add" (not "add on the card")


def strip_markup(text: str) -> str:
    """Drop Slack mentions and link markup, keep link labels."""
    if "<" not in text:  # every pattern below starts with "<" (most texts: no work at all)
        return text
    text = _SLACK_LINK.sub(r"\1", text)
    text = _BARE_LINK.sub(r"\1", text)
    return _SLACK_TOKEN.sub(" ", text)


def strip_urls(text: str) -> str:
    """Addresses in a message say nothing about what is asked: leave a single word for them."""
    if "http" not in text and "www." not in text:  # what the pattern needs to match (it is case-sensitive)
        return text
    return _URL.sub(" url ", text)


_ITEM_LABEL = re.compile(r"^\s*[A-Z]{1,6}-\d{1,5}\s*(?:\([^()\n]{0,40}\))?\s*:\s*")  # "AP-4 (owner: Nils): "
# "Q-04 | owner: Ingrid | status: open | ...": a tracker row's fields before its text (an id or a "key: value")
_ROW_FIELD = re.compile(r"^\s*[^|\n]{0,30}?[\d:][^|\n]{0,30}?\s\|\s+")
# a channel's header before the text: fields split by pipes ("FLEET MSG | unit 9 > office | ..."), or in brackets
# ("[OCR | scanned form IT-4 | precast plant] Question: ...")
_HEADER_FIELD = re.compile(r"^\s*[^|?\n]{1,40}?\s\|\s+")
# ... split by slashes or stars, the fields a little longer ("item LC-04 (lounge chair, tan leather, 12 pcs) /")
_OTHER_SEPARATORS = tuple((f" {mark} ", re.compile(rf"^\s*[^|?\n]{{1,60}}?\s{re.escape(mark)}\s+")) for mark in "/*")
_FIELD_LABEL = re.compile(r"[^:?|\n]{1,40}:\s+\S")
_BRACKET_HEADER = re.compile(r"^\s*\[[^\]\n?]{0,80}\|[^\]\n?]{0,80}\]\s*")
_CHAT_LINE = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:([^:\n]{1,40}?):\s+)?(.*)$")


_TELEGRAM_STOP = re.compile(r"\s*\bSTOP\b")
_TELEGRAM_QUERY = re.compile(r"\s*\bQUERY\b")
_TELEGRAM_END = re.compile(r"\s+QUERY\s*$")
TELEGRAM_STOPS = 2  # a message that says STOP this often is written as a telegram


def telegraphed(text: str) -> str:
    """A message written as a telegram ("... own server in basement STOP which scripting option QUERY"): its
    capital STOP ends a sentence and its QUERY asks, as a full stop and a question mark would."""
    if len(_TELEGRAM_STOP.findall(text)) < TELEGRAM_STOPS:  # (a closing QUERY alone asks: "ticket agents
        return _TELEGRAM_END.sub("?", text)  # likewise QUERY")
    return _TELEGRAM_QUERY.sub("?", _TELEGRAM_STOP.sub(".", text))


def asker_lines(text: str) -> str:
    """A chat transcript pasted in ("[09:14] Visitor: hi ...\n[09:14] Agent (Sanne): Go ahead.\n..."): only what the
    asker wrote (the speaker of the last line that asks, else of the last line), without times and names; any
    other text as it is."""
    text = _ITEM_LABEL.sub("", text, count=1)  # "AP-4 (owner: Nils): same check for ...": the item's label
    while (field := _ROW_FIELD.match(text)) and text[field.end():].strip():
        text = text[field.end():]
    if (header := _BRACKET_HEADER.match(text)) and text[header.end():].strip():
        text = text[header.end():]
    # (the last field is the text, and a field with a number or an arrow says it is a header: "SOAP | Restful | which
    # one works online?" names rows; one field before the text when a label follows: "IVR line | recognised (conf
    # 0.66): ...")
    fielded = _numbered_fields(text, " | ")
    while (field := _HEADER_FIELD.match(text)) and ((fielded and " | " in text.split("\n", 1)[0])
                                                    or _FIELD_LABEL.match(text[field.end():])):
        text = text[field.end():]
    for separator, pattern in _OTHER_SEPARATORS:  # ("ROS DAY 3 / 15:45 / SEG 08 / DUR 2:00 / PROD NOTE: ...",
        # "Patch notes 2.2.0 (web shop) * Changed: ... * Q for the CRM admin: ..."): a header of numbered fields only
        if _numbered_fields(text, separator):
            while (field := pattern.match(text)) and separator in text.split("\n", 1)[0]:
                text = text[field.end():]
    if "\n" not in text:
        one = _CHAT_LINE.match(text)  # "[12:04] Visitor: still an option if we go SaaS?"
        return one.group(2) if one and text.lstrip().startswith("[") else text
    if text.count(":") < 4:
        return text
    lines = [line for line in text.splitlines() if line.strip()]
    parsed = [_CHAT_LINE.match(line) for line in lines]
    if sum(m is not None for m in parsed) < 2:
        return text
    said = [(m.group(1) or "", m.group(2)) if m else ("", line) for m, line in zip(parsed, lines, strict=True)]
    asking = [who for who, words in said if "?" in words] or [said[-1][0]]
    asker = asking[-1]
    return "\n".join(words for who, words in said if who == asker or not who)


def _numbered_fields(text: str, separator: str) -> bool:
    """Whether the first line's fields before its last (split by `separator`) are at least two and a number or an
    arrow is in one of them: a header ("FLEET MSG | unit 9 > office | ..."), not names ("SOAP | Restful | which
    one works online?")."""
    fields = text.split("\n", 1)[0].split(separator)[:-1]
    return len(fields) >= 2 and any(ch.isdigit() or ch == ">" for field in fields for ch in field)


# a mail or phone app's signature closing a message, after its last sentence ("... server? sent from my watch",
# "Von meinem iPhone gesendet"): no words of the question
_SIGNATURE = re.compile(r"(^|[.!?\n]|\s(?=\w+ \w+ \w+ (?:\w+ )?(?:watch|iphone|ipad|android|smartphone|"
                        r"galaxy|pixel|samsung|blackberry)\b))"
                        r"\s*(?:sent from my|sendt fra min|skickat från min|von meinem|verzonden (?:vanaf|met) mijn)"
                        r"(?:\s+[\w-]+){1,2}?(?:\s+gesendet)?[\s.!]*$", re.IGNORECASE)
_SIGNATURE_FIRST = ("sent", "sendt", "skickat", "von", "verzonden")  # looked for before the pattern runs


@lru_cache(maxsize=64)  # a message is read, then its words shown in the explanation: normalised once
def normalise(text: str, limit: int | None = MAX_QUESTION_CHARS) -> str:
    """Lower-case words separated by single spaces; hyphens and punctuation become spaces. Messages are
    cut at `limit` characters and lose their possessives ("SuperOffice's" reads "superoffice"); the data's own
    texts are read whole and as written (`limit=None`)."""
    text = unicodedata.normalize("NFC", strip_urls(strip_markup(text[:limit]))).lower()
    if limit is not None and any(word in text for word in _SIGNATURE_FIRST):
        text = _SIGNATURE.sub(r"\1", text)
    if "'" in text or "\u2019" in text:
        if limit is not None:
            text = _POSSESSIVE.sub(_possessive, text)
        text = _APOSTROPHE.sub(r"\1\2", text)
    if "+" in text:
        text = _PLUS.sub(" ", text)
    if "-list" in text:
        text = _LIST_COMPOUND.sub("", text)
    if limit is not None and _STRETCHED.search(text):  # "aaand", "sooo", "pleeease": a letter said longer
        text = _STRETCHED.sub(r"\1", text)
    if limit is not None and "super office" in text:  # the product's name said aloud, or typed apart
        text = text.replace("super office", "superoffice")
    if "add" in text and _ADD_ON.search(text):  # (the data's own texts too: one word wherever it is written)
        text = _ADD_ON.sub(lambda m: "add" + (m.group(1) or m.group(2)), text)
    if limit is not None and "drop" in text:  # "drop-down", "drop down": the word the data writes whole
        text = _DROP_DOWN.sub("dropdown", text)
    if limit is not None and _SPELLED.search(text):  # "which a p i is that": letters spelled out, one word
        text = _SPELLED.sub(lambda m: m.group(0).replace(" ", ""), text)
    if _ACCENTED.search(text):
        text = text.translate(_PLAIN)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _possessive(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if word in _CONTRACTED else word


def tokens(text: str, limit: int | None = MAX_QUESTION_CHARS) -> list[str]:
    """Normalised words of a text (a message cut at `limit` characters)."""
    return normalise(text, limit).split()


def sentence_starts(text: str, toks: list[str]) -> tuple[int, ...]:
    """The token positions where a new sentence begins after the first (negation does not reach across):
    none when the sentences' words do not add up to `toks` (markup read differently)."""
    return _part_starts(_SENTENCE_END, text[:MAX_QUESTION_CHARS].rstrip(" \t\n?!.;"), toks)  # the last end
    # starts nothing


_BREAK = re.compile(f"[,()\\[\\]]|{_SENTENCE_END.pattern}", re.IGNORECASE)  # a comma, a bracket, a sentence end


def breaks(text: str, toks: list[str]) -> tuple[int, ...]:
    """The token positions that follow a comma, a bracket or a sentence end: a name does not run across them
    ("SO Online, CRM (sales) licences" names no "online CRM"); none when the parts do not add up to `toks`."""
    return _part_starts(_BREAK, text[:MAX_QUESTION_CHARS], toks)


def _part_starts(separator: re.Pattern[str], text: str, toks: list[str]) -> tuple[int, ...]:
    """The token positions where each part of `text` after the first begins, the parts split by `separator`;
    none when the parts' words do not add up to `toks`."""
    if not separator.search(text):
        return ()
    starts: list[int] = []
    count = 0
    for part in separator.split(text):
        words = tokens(part)
        if count and words:
            starts.append(count)
        count += len(words)
    return tuple(starts) if count == len(toks) else ()


@lru_cache(maxsize=64)  # asked_words and question_words read the same message's sentences
def _sentences(text: str) -> tuple[tuple[tuple[int, int, bool], ...], int]:
    """Each sentence of the text with words: where its words start, how many there are, and whether it ends with
    "?"; then the count of all words."""
    out: list[tuple[int, int, bool]] = []
    count = 0
    for part, end in zip(_SENTENCE_END.split(text), [*_SENTENCE_END.findall(text), ""], strict=True):
        words = len(tokens(part))
        if words:
            out.append((count, words, "?" in end))
        count += words
    return tuple(out), count


def asked_words(text: str, toks: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The token positions of the sentences that ask (end with "?") and of the last sentence: the question
    itself, after the context a message may give first ("... update each ticket? sample code pls"). Every
    position when the message is one sentence or its sentences' words do not add up to `toks`.

    Second, in the same pass, the positions of a last sentence that does not ask ("?") after one that does:
    "... still a thing on CRM Online? asking for our granite countertop shop" (it may still ask: "...? sample
    code pls"; whether it does is for the reader to tell); none when the words do not add up."""
    sentences, count = _sentences(text[:MAX_QUESTION_CHARS])
    if count != len(toks):
        return frozenset(range(len(toks))), frozenset()
    last, asks = (sentences[-1][0], sentences[-1][2]) if sentences else (0, False)
    asked_before = any(a for _, _, a in sentences[:-1])
    closing = frozenset() if asks or not asked_before else frozenset(range(last, len(toks)))
    # the last sentence asks too ("...? sample code pls")
    return question_words(text, toks) | frozenset(range(last, len(toks))), closing


def question_words(text: str, toks: list[str]) -> frozenset[int]:
    """The token positions of the sentences that end with "?"; none when the sentences' words do not add up."""
    if "?" not in text:
        return frozenset()
    sentences, count = _sentences(text[:MAX_QUESTION_CHARS])
    if count != len(toks):
        return frozenset()
    return frozenset(i for start, words, asks in sentences if asks for i in range(start, start + words))


_CLAUSE_END = re.compile(r"\s[-\u2013\u2014]+\s|:\s")  # "without code - config-level rows", "no code: which ..."


def clause_starts(text: str, toks: list[str]) -> tuple[int, ...]:
    """The token positions after a dash or a colon between words (a negation does not reach past them);
    none when the parts' words do not add up to `toks`."""
    return _part_starts(_CLAUSE_END, text[:MAX_QUESTION_CHARS], toks)


_OPEN_QUOTES, _CLOSE_QUOTES = "'\"\u2018\u201c\u00ab", "'\"\u2019\u201d\u00bb"
_QUOTED = re.compile(  # a quote opened after a space, closed before a space or punctuation, within 60 characters
    f"(?:^|(?<=[\\s(]))[{_OPEN_QUOTES}]([^{_CLOSE_QUOTES}\\n]{{1,60}})[{_CLOSE_QUOTES}](?=[\\s.,;:?!)]|$)")


def quoted(text: str, toks: list[str]) -> frozenset[int]:
    """The token positions inside quotes ("a 'cost centre' box"): a name or a value, not what is asked. None
    when the words around them do not add up to `toks` (markup read differently)."""
    return _inside(_QUOTED, text, toks) if any(q in text for q in _OPEN_QUOTES) else frozenset()


# "(which tab opens first, how dates show)", "[sticky under that]": an aside, not a question
_BRACKETED = re.compile(r"[(\[]([^()\[\]?]{3,160})[)\]]")


_HYPHENED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")  # "self-hosted", "on-prem", "Windows-klienten"


def hyphen_joins(text: str, toks: list[str]) -> frozenset[int]:
    """The token positions joined by a hyphen to the word before them ("self-hosted": the position of "hosted"):
    a hyphen binds closer than a space. None when the words around a hyphened word do not add up to `toks`."""
    if "-" not in text:
        return frozenset()
    found = _matched(_HYPHENED, 0, text, toks)
    return frozenset(i for start, end in found for i in range(start + 1, end)) if found else frozenset()


def bracketed(text: str, toks: list[str]) -> frozenset[int]:
    """The token positions of an aside in brackets that asks nothing itself: what it says illustrates, it does not
    ask ("default settings (which tab opens first, how dates show)"). None when the words do not add up."""
    return _inside(_BRACKETED, text, toks) if "(" in text or "[" in text else frozenset()


# a form's fields: "Type: Request · Status: Open · Assigned: CRM admin · Description: ...", split by a middle dot, a
# pipe, a dash between spaces or a line end, each opening with a key of a few words and a colon
_FIELD_SPLIT = re.compile(r"\s[\u00b7|\u2013\u2014]\s|\s-\s|\n")
_FIELD_KEY = re.compile(r"^\s*[^\W\d][\w#'. ]{0,24}:\s")
FORM_FIELDS_MIN = 3  # fields with a key that make a message a form
FORM_VALUE_WORDS = 3  # a field's value this short is the form's own, not what is asked


def form_header(text: str, toks: list[str]) -> frozenset[int]:
    """The token positions of a form's short fields before its last keyed field ("BCF topic #0196 · Type: Request
    · Status: Open · Description: what can we use ...?": the request, its status): labels and values that describe
    the form, not the question. None when the message is no form or the parts' words do not add up to `toks`."""
    parts = _FIELD_SPLIT.split(text[:MAX_QUESTION_CHARS])
    keyed = [k for k, part in enumerate(parts) if _FIELD_KEY.match(part)]
    if len(keyed) < FORM_FIELDS_MIN:  # (most messages: no words counted at all)
        return frozenset()
    out: set[int] = set()
    count = 0
    for k, part in enumerate(parts):
        words = len(tokens(part))
        if k < keyed[-1] and len(tokens(part.split(":", 1)[-1])) <= FORM_VALUE_WORDS:
            out.update(range(count, count + words))
        count += words
    return frozenset(out) if count == len(toks) else frozenset()


def _inside(pattern: re.Pattern[str], text: str, toks: list[str]) -> frozenset[int]:
    """The token positions of what `pattern`'s first group holds, wherever it matches; none when the words
    around the matches do not add up to `toks`."""
    found = _matched(pattern, 1, text, toks)
    return frozenset(i for start, end in found for i in range(start, end)) if found else frozenset()


def _matched(pattern: re.Pattern[str], group: int, text: str, toks: list[str]) -> list[tuple[int, int]] | None:
    """Where each match of `pattern`'s `group` stands in `toks` (first token, end); None when the words around a
    match do not add up to `toks`."""
    text = text[:MAX_QUESTION_CHARS]
    out: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        start = len(tokens(text[:match.start()]))
        inner = tokens(match.group(group))
        if toks[start:start + len(inner)] != inner:
            return None
        out.append((start, start + len(inner)))
    return out


ENGLISH_ARTICLES = frozenset({"a", "an", "the"})
INDEFINITE_ARTICLES = frozenset({"a", "an", "en", "ei", "et", "ett", "ein", "eine", "einen", "een"})


def without_articles(phrase: str) -> str | None:
    """A phrase with its English articles left out, as writers whose languages have none say it ("on company
    card", "store extra value on"); None when it has none or fewer than three words are left."""
    words = phrase.split()
    if words[-1] in ENGLISH_ARTICLES:  # ("dont want the ...": what follows the article makes the phrase)
        return None
    kept = [x for x in words if x not in ENGLISH_ARTICLES]
    return " ".join(kept) if len(words) > len(kept) >= 3 else None  # (two words left run together as one
    # word too closely: "saves contact" would be "SaveContact")


def compact(text: str) -> str:
    """Normalised text without spaces: 'Data Handler' and 'datahandler' compare equal."""
    return normalise(text).replace(" ", "")


# "(a) ... (b) ...", "1) ... 2) ...", and "1. ..." at the start of a line: asks numbered or lettered in a row
_MARKER = re.compile(r"(?:^|(?<=[\s:;,]))\(?([a-f]|[1-6]|i{1,3}|iv|v|vi)\)\s+|(?:^|(?<=\n))[ \t]*([1-6])\.\s+")
_BULLET = re.compile(r"(?:^|(?<=\n))[ \t]*[-*\u2022\u2013\u2014][ \t]+([^\n]+)")  # "- custom dialogs", "\u2022 ..."
_ENUM_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")  # (";" separates the asks of a list, not sentences)
# between the asks of a list: a comma or semicolon, or "and", "plus" (in the five languages)
# (not before a relative clause: "ein nächtlicher Hintergrundjob, der in der Batch-Verarbeitung läuft")
_LIST_JOIN = re.compile(r"\s*[,;]\s+(?!(?:which|that|who|where|der|die|das|dem|som|hvor|wo|waar|dat)\b)"
                        r"|\s+(?:and|plus|og|och|und|en|&|samt|sowie|as well as)\s+", re.IGNORECASE)
# the choices of a pick asked ("which of these work online: custom pages, triggers or sentry plugins?") are
# joined by "or" too (Dutch "of" is left out: it is also English "of")
_CHOICE_JOIN = re.compile(f"{_LIST_JOIN.pattern}|\\s+(?:or|eller|oder)\\s+", re.IGNORECASE)


def enumerations(text: str, choices: bool = False) -> tuple[bool, tuple[tuple[str, ...], ...]]:
    """The lists of asks a message may enumerate, each as its parts' texts: the parts after "(a)", "(b)" ...
    when it marks them, or its bulleted lines (one list; True), else for every sentence with a list in it
    (after its colon, if any) the parts between commas, semicolons and "and"s (and "or"s, when they are the
    `choices` of a pick asked). Which parts are asks is for the reader to tell."""
    text = text[:MAX_QUESTION_CHARS]
    marks = list(_MARKER.finditer(text))
    labels = [m.group(1) or m.group(2) for m in marks]
    if len(marks) >= 2 and labels[:2] in (["a", "b"], ["1", "2"], ["i", "ii"]):
        marked: list[str] = []
        for mark, following in zip(marks, [*marks[1:], None], strict=True):
            part = text[mark.end():following.start() if following else len(text)]
            marked.append(part if following else _ENUM_SENTENCE_END.split(part)[0])
        return True, (tuple(marked),)
    bullets = [m.group(1).strip() for m in _BULLET.finditer(text)]
    if len(bullets) >= 2:  # an inventory, one line a part ("Current customisations:\n- custom dialogs ...")
        return True, (tuple(b for b in bullets if tokens(b)),)
    found: list[tuple[str, ...]] = []
    for sentence in _ENUM_SENTENCE_END.split(text):
        listed = _after_colon(sentence)
        parts = tuple(p for p in _split_outside_brackets(listed, _CHOICE_JOIN if choices else _LIST_JOIN)
                      if tokens(p))
        if len(parts) >= 2:
            found.append(parts)
    return False, tuple(found)


_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def _after_colon(sentence: str) -> str:
    """What follows the sentence's first colon outside brackets, or the whole sentence ("Step 17 - OPEN (owner:
    Sunniva): the caterer needs ..., ..." lists after "):", not after "owner:")."""
    depth = 0
    for i, ch in enumerate(sentence):
        depth += (ch == "(") - (ch == ")")
        if ch == ":" and depth <= 0 and sentence[i + 1:i + 2] == " ":
            return sentence[i + 2:]
    return sentence


def _split_outside_brackets(text: str, joins: re.Pattern[str]) -> list[str]:
    """The parts of a text between list joins that stand outside brackets ("scripts (not in the browser, not
    in the admin pages) on our own hardware" is one part)."""
    parts, start, depth, at = [], 0, 0, 0
    dashes = [m.start() for m in _DASH.finditer(text)]  # "needs code - loops, calculations - running ...": an
    asides = list(zip(dashes[::2], dashes[1::2], strict=False))  # aside between two dashes is one part too
    for join in joins.finditer(text):
        depth += text.count("(", at, join.start()) - text.count(")", at, join.start())
        at = join.start()
        if depth <= 0 and not any(a < join.start() < b for a, b in asides):
            parts.append(text[start:join.start()])
            start = join.end()
    parts.append(text[start:])
    return parts

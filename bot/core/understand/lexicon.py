"""Fuzzy phrase spotting: which known words and phrases a question contains, in one pass.

Phrases are compared without spaces ("data handlers" == "DataHandlers") on word
n-grams of the question. Exact matches (and plurals) are dictionary lookups; a
fuzzy comparison (rapidfuzz `ratio`) is made only against phrases that could
still reach the cut-off: the same first letter and a length in reach. How close
a match must be grows with how short the phrase is, so "REST" never matches
"test" while "configuraton" still finds "configuration".

Every phrase carries a `Policy`: trigger words and needs are `strict` (typos only
in long phrases: "whether" is not "weather"), names allow `compounds`
("konfigurationsmuligheder" names configuration), and "not a name" phrases must
match to the letter.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.attrs import set_state
from bot.core.understand.text import compact, normalise

MAX_GRAM = 5
MAX_TOKENS = 160
FUZZY_CUTOFF = 80
FUZZY_LIMIT = 4
MIN_FUZZY_KEY = 6  # shorter phrases match exactly or as a plural
MIN_PLURAL = 3  # ... and phrases this short only exactly
PLURAL_SCORE = 97.0  # a plural is the phrase itself
MEMO_SIZE = 50_000  # grams whose candidates are remembered (the lexicon never changes once built)
COMPOUND_MIN = 6
HEAD_MIN = 8
MIDDLE_WORD = 60  # a word inside a phrase of several, typed with a typo, is still this close to it
VERB_ENDINGS = frozenset({"ing", "ings"})  # a word's ending, not a second word of a compound
EXACT_KINDS = frozenset({"none"})  # "not a name" entries must match to the letter


@dataclass(frozen=True)
class Meaning:
    """What a phrase stands for: a kind (item, env, intent, need, cue, ...) and a value."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    kind: str
    value: str


@dataclass(frozen=True)
class Policy:
    """How close the question's words must be to a phrase for it to count."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    compounds: bool = True
    strict: bool = False
    fuzzy: bool = True  # False: the phrase or its plural, to the letter


NAMES = Policy()
TRIGGERS = Policy(compounds=False, strict=True)
EXACT = Policy(compounds=False, strict=True, fuzzy=False)


class Hit(NamedTuple):
    """A phrase found in the question at tokens [start, end) (immutable; a tuple, as a dozen are made for every
    message)."""

    start: int
    end: int
    phrase: str
    score: float
    meanings: tuple[Meaning, ...]
    size: int = 0

    @property
    def weight(self) -> float:
        """Characters of the question covered, discounted by how far the match is."""
        return self.score ** 2 * self.size

    def means(self, kind: str) -> bool:
        """Whether one of the hit's meanings is of this kind (a loop, not any() over a generator: asked about a
        hundred times a message, most hits with one meaning)."""
        for m in self.meanings:  # noqa: SIM110
            if m.kind == kind:
                return True
        return False

    def means_any(self, kinds: frozenset[str] | tuple[str, ...]) -> bool:
        """Whether one of the hit's meanings is of one of these kinds (a loop, as in `means`)."""
        for m in self.meanings:  # noqa: SIM110
            if m.kind in kinds:
                return True
        return False


_Found = tuple[int, int, str, float, tuple[Meaning, ...]]  # a run's end, characters, phrase, score, meanings


def close_enough(phrase: str, gram: str, score: float, words: int = 1, compounds: bool = True,
                 strict: bool = False) -> bool:
    """Length-aware acceptance: short phrases must match exactly (or as a plural)."""
    if gram == phrase:
        return True
    if compounds and words == 1 and _compound(gram, phrase):
        return True  # "konfigurationsmuligheder" names configuration
    if len(phrase) - len(gram) >= 2 and (phrase.startswith(gram) or phrase.endswith(gram)):
        return False  # a truncated phrase: "superoffice" is not "superoffice cs"
    if len(phrase) <= (7 if strict else 5):  # a plural, never of a tiny word ("com" is not in "comes")
        return len(phrase) > MIN_PLURAL and (gram == phrase + "s" or gram == phrase + "es")
    if len(phrase) <= 7:  # one typo in a short word, never a shorter word ("serve" is not "service") nor one two
        # letters longer but for an ending ("mobilise" is not "mobile"; "we hosten" is "we host")
        return score >= 83 and gram[0] == phrase[0] and len(gram) >= len(phrase) - 1 \
            and (len(gram) <= len(phrase) + 1 or gram.startswith(phrase))
    return score >= (88 if strict else 85) and gram[0] == phrase[0] and typos(phrase, gram) <= max(1, len(phrase) // 6)


def typos(phrase: str, gram: str) -> int:
    """Edits between a phrase and the words (a swap of two letters is one, a plural ending none): a
    misspelling is an edit or two, another word is more ("confirmation" is not "configuration", "skiping"
    not "skripting"; "conector" is "connectors"), and a word ending is none."""
    if gram.startswith(phrase) and len(gram) - len(phrase) <= 2:
        return 0  # an ending: "mobilklienten" is "mobilklient", "integrationen" "integration"
    return int(min(OSA.distance(phrase, gram), OSA.distance(phrase.removesuffix("s"), gram.removesuffix("s"))))


def _compound(gram: str, phrase: str) -> bool:
    """A long word that starts with a phrase: "skriptmuligheter" names scripting (not a verb's ending:
    "triggering" is no Triggers row)."""
    return len(phrase) >= COMPOUND_MIN and len(gram) >= len(phrase) + 3 and gram.startswith(phrase) \
        and gram[len(phrase):] not in VERB_ENDINGS


def _head(gram: str, phrase: str) -> bool:
    """A long word that ends with a long phrase, as Germanic compounds do: "udvidelsesmuligheder"."""
    return len(phrase) >= HEAD_MIN and len(gram) >= len(phrase) + 4 and gram.endswith(phrase)


@dataclass
class _Sized:
    """The phrases of one number of words, as a run of that many words is looked up among them."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    keys: set[str] = field(default_factory=set)
    singular: set[str] = field(default_factory=set)  # the keys less a plural ending
    stems: set[str] = field(default_factory=set)  # the first letters of their compound stems
    heads: set[str] = field(default_factory=set)  # the last letters of their compound heads
    fuzzy: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)  # by first letter, by length


class Lexicon:
    """Phrases with meanings and policies, searchable in tokenised questions."""

    __setstate__ = set_state  # read as fast unpickled as constructed (bot.core.attrs)

    def __init__(self, entries: Iterable[tuple[str, Meaning]], compounds: bool = True, strict: bool = False) -> None:
        policy = Policy(compounds=compounds, strict=strict)
        self._table: dict[str, dict[Policy, list[Meaning]]] = defaultdict(dict)
        self._words: dict[str, list[str]] = {}
        self._known: set[str] = set()
        self._memo: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self._found: dict[tuple[tuple[str, ...], bool], list[tuple[str, float, tuple[Meaning, ...]]]] = {}
        self._starts: dict[tuple[str, ...], list[_Found]] = {}  # what the runs of words from a place match
        self.add(((phrase, meaning, policy) for phrase, meaning in entries))

    @classmethod
    def of(cls, entries: Iterable[tuple[str, Meaning, Policy]]) -> Lexicon:
        """A lexicon whose entries carry their own policies."""
        lexicon = cls(())
        lexicon.add(entries)
        return lexicon

    def add(self, entries: Iterable[tuple[str, Meaning, Policy]]) -> None:
        """Add phrases, then rebuild the lookup structures."""
        shared: dict[Meaning, Meaning] = {}  # one object per meaning: a smaller, quicker compiled cache
        for phrase, meaning, policy in entries:
            words = normalise(phrase)  # what compact() and tokens() both start from, worked out once
            key = words.replace(" ", "")
            if not key:
                continue
            meaning = shared.setdefault(meaning, meaning)
            found = self._table[key].setdefault(policy, [])
            if meaning not in found:
                found.append(meaning)
            if key not in self._words:
                self._words[key] = words.split()
        self._memo.clear()
        self._found.clear()
        self._starts.clear()
        self._index()

    def _index(self) -> None:
        """Fuzzy candidates by first letter, sorted by length; compound stems by their first letters."""
        by_letter: dict[str, list[str]] = defaultdict(list)
        stems: dict[str, list[str]] = defaultdict(list)
        heads: dict[str, list[str]] = defaultdict(list)
        for key, policies in self._table.items():
            fuzzy = any(m.kind not in EXACT_KINDS for ms in policies.values() for m in ms)
            if fuzzy and len(key) >= MIN_FUZZY_KEY:
                by_letter[key[0]].append(key)
            if any(p.compounds for p in policies) and len(key) >= COMPOUND_MIN:
                stems[key[:COMPOUND_MIN]].append(key)
            if any(p.fuzzy for p in policies) and len(key) >= HEAD_MIN and " " not in key:
                heads[key[-HEAD_MIN:]].append(key)
        self._fuzzy = {k: sorted(v, key=len) for k, v in by_letter.items()}
        self._lengths = {k: [len(x) for x in v] for k, v in self._fuzzy.items()}
        # by number of words: a run of several words fits the edges of a phrase of as many words only
        sized: dict[int, _Sized] = defaultdict(_Sized)
        for key, words in self._words.items():
            group = sized[len(words)]
            group.keys.add(key)
            group.singular.update(key[:-n] for n, end in ((1, "s"), (2, "es")) if key.endswith(end))
        for stem, keys in stems.items():
            for key in keys:
                sized[len(self._words[key])].stems.add(stem)
        for head, keys in heads.items():
            for key in keys:
                sized[len(self._words[key])].heads.add(head)
        for letter, keys in self._fuzzy.items():
            by_words: dict[int, list[str]] = defaultdict(list)
            for key in keys:  # still by length
                by_words[len(self._words[key])].append(key)
            for count, found in by_words.items():
                sized[count].fuzzy[letter] = (found, [len(x) for x in found])
        self._sized = dict(sized)
        self._stems = dict(stems)
        self._heads = dict(heads)
        self._longest = max((len(k) for k in self._table), default=0)

    def __getstate__(self) -> dict[str, object]:
        """What the compiled cache keeps: everything but the memos, which fill again as questions come."""
        return {**self.__dict__, "_memo": {}, "_found": {}, "_starts": {}}

    def __len__(self) -> int:
        return len(self._table)

    def know(self, words: Iterable[str]) -> None:
        """Words that are spelled right (small words of the languages): a phrase of them is looked up, not
        fuzzy-matched, so only misspelt or unknown words pay for the fuzzy comparison."""
        self._known |= {compact(w) for w in words}

    def _candidates(self, gram: str, fuzzy: bool) -> list[tuple[str, float]]:
        """Phrases that may match `gram` (memoised): exact and plural lookups, then fuzzy ones within reach."""
        memo = self._memo.get((gram, fuzzy))
        if memo is None:
            memo = self._look_up(gram, fuzzy)
            if len(self._memo) < MEMO_SIZE:
                self._memo[(gram, fuzzy)] = memo
        return memo

    def _look_up(self, gram: str, fuzzy: bool) -> list[tuple[str, float]]:
        out: list[tuple[str, float]] = []
        plurals = (gram[:-1] if gram.endswith("s") else "", gram[:-2] if gram.endswith("es") else "",
                   gram + "s", gram + "es")  # "screens" finds "screen", and "screen" "screens"
        if gram in self._table:
            out.append((gram, 100.0))
        for key in plurals:
            if key and key in self._table and len(key) > MIN_PLURAL and len(gram) > MIN_PLURAL:
                out.append((key, PLURAL_SCORE))
        keys = self._fuzzy.get(gram[0], []) if fuzzy and len(gram) >= MIN_FUZZY_KEY - 1 else []
        if keys:
            window = _window(keys, self._lengths[gram[0]], gram)
            if window:
                found = process.extract(gram, window, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                        limit=FUZZY_LIMIT)
                out += [(key, score) for key, score, _ in found if key != gram]
        if len(gram) > 10:
            out += [(k, 90.0) for k in self._stems.get(gram[:COMPOUND_MIN], ()) if _compound(gram, k)]
            out += [(k, 90.0) for k in self._heads.get(gram[-HEAD_MIN:], ()) if _head(gram, k)]
        return out

    def scan(self, toks: list[str]) -> list[Hit]:
        """Every acceptable phrase match on n-grams of `toks` (overlapping), in one pass over the chunks; what
        a run of words matches is remembered (the words decide it, not where they stand)."""
        words = tuple(toks[:MAX_TOKENS])
        memo = self._starts
        hits: list[Hit] = []
        for start in range(len(words)):
            window = words[start:start + MAX_GRAM]  # the runs of words from here: one look-up for them all
            found = memo.get(window)
            if found is None:
                found = self._runs(window)
                if len(memo) < MEMO_SIZE:
                    memo[window] = found
            for end, size, phrase, score, meanings in found:
                hits.append(Hit(start, start + end, phrase, score, meanings, size))
        return hits

    def _runs(self, window: tuple[str, ...]) -> list[_Found]:
        """What the runs of the window's first words match, shortest first: (end, characters, phrase, score,
        meanings); each run is remembered on its own too, as windows share their first words."""
        memo = self._found
        longest = self._longest * 1.5 + 2
        out: list[_Found] = []
        gram = ""
        fuzzy = False
        for end, tok in enumerate(window, 1):
            gram += tok
            if end > 1 and len(gram) > longest:
                break  # longer than any phrase can stretch (one word may still be a compound)
            fuzzy = fuzzy or tok not in self._known  # only misspelt or unknown words pay for fuzzy matching
            key = (window[:end], fuzzy)
            found = memo.get(key)
            if found is None:
                found = self._accepted(gram, window, 0, end, fuzzy)
                if len(memo) < MEMO_SIZE:
                    memo[key] = found
            for phrase, score, meanings in found:
                out.append((end, len(gram), phrase, score, meanings))
        return out

    def _accepted(self, gram: str, toks: Sequence[str], start: int, end: int,
                  fuzzy: bool) -> list[tuple[str, float, tuple[Meaning, ...]]]:
        """The phrases the words toks[start:end] match, with their scores and meanings."""
        hits: list[tuple[str, float, tuple[Meaning, ...]]] = []
        seen: set[str] = set()
        size = end - start
        if size > 1:  # only a phrase of as many words fits the edges (or, of two, the words run together)
            fuzzy = fuzzy and self._near_phrase(gram, size)  # none close: no fuzzy candidate can fit
            if not fuzzy and not self._sized_find(gram, size):
                return hits  # ... nor an exact, plural, compound or head find
        for key, score in self._candidates(gram, fuzzy):
            if key in seen:
                continue
            seen.add(key)
            if key != gram and gram.startswith(key) and len(self._words[key][-1]) <= MIN_PLURAL - 1:
                continue  # "does" is no plural of "do": a short last word takes no ending
            if size > 1 and not self._edges_fit(key, toks[start:end]):
                continue  # (the words' edges first: of several words, most candidates end here)
            meanings: list[Meaning] = []
            for policy, found in self._table[key].items():
                exact_ok = key == gram
                for meaning in found:
                    if meaning.kind in EXACT_KINDS and not exact_ok:
                        continue
                    plural = len(key) > MIN_PLURAL and gram in (key + "s", key + "es")
                    head = policy.fuzzy and end - start == 1 and _head(gram, key)
                    if exact_ok or head or (plural and not policy.fuzzy) or (policy.fuzzy and close_enough(
                            key, gram, score, end - start, policy.compounds, policy.strict)):
                        meanings.append(meaning)
            if meanings:
                hits.append((key, score / 100, tuple(meanings)))
        return hits

    def _sized_find(self, gram: str, words: int) -> bool:
        """Whether `_look_up` may find a phrase of `words` words other than by fuzzy matching (a superset of
        what it finds: the plural and length conditions are left to it)."""
        if words == 2 and gram in self._table:
            return True  # two words run together ("data handlers") may name a phrase of any number of words
        group = self._sized.get(words)
        if group is None:
            return False
        if gram in group.keys or gram in group.singular:
            return True
        if gram[-1] == "s" and (gram[:-1] in group.keys or (gram[-2] == "e" and gram[:-2] in group.keys)):
            return True
        return len(gram) > 10 and (gram[:COMPOUND_MIN] in group.stems or gram[-HEAD_MIN:] in group.heads)

    def _near_phrase(self, gram: str, words: int) -> bool:
        """Whether a phrase of `words` words is within fuzzy reach of `gram` (as `_look_up` would find it)."""
        group = self._sized.get(words)
        found = group.fuzzy.get(gram[0]) if group is not None and len(gram) >= MIN_FUZZY_KEY - 1 else None
        if found is None:
            return False
        window = _window(*found, gram)
        return bool(window) and process.extractOne(gram, window, scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_CUTOFF) is not None

    def _edges_fit(self, key: str, run: Sequence[str]) -> bool:
        """A multi-word match must begin and end on words of the phrase, so that
        "crm on the" never passes for "crm online"; of as many words as the phrase, the words between must be
        its words too ("services can service" is not "service soap services")."""
        size, first, last = len(run), run[0], run[-1]
        if size == 1 or (size == 2 and key == first + last):
            return True
        words = self._words[key]
        if len(words) == 1:
            return False  # a one-word phrase is matched across words only exactly ("web hook"), not "we hook"
        if size > max(len(words), 2):
            return False  # "customise for service" is not "customer service"
        if len(words) >= 3 and size < len(words):
            return False  # "superoffice onsite" is not "superoffice web onsite"
        head = key.startswith(first) or fuzz.ratio(first, words[0]) >= 80
        # "onsite" is never "online"; an inflected last word still ends the phrase ("api'er", "screens")
        tail = key.endswith(last) or last.startswith(words[-1]) or fuzz.ratio(last, words[-1]) >= 80
        if head and tail and size == len(words) > 2:
            return all(fuzz.ratio(tok, word) >= MIDDLE_WORD or (max(len(tok), len(word)) <= 3  # ("+" for "and"; a
                                                               and not tok.isdigit())  # number is no word: "superoffice
                       for tok, word in zip(run[1:-1], words[1:-1], strict=True))  # 10 onsite" names no web client
        return head and tail

    def spans(self, toks: list[str], kinds: frozenset[str] | None = None,
              hits: list[Hit] | None = None) -> list[Hit]:
        """The best non-overlapping matches (of `kinds`, when given), in question order; longer,
        closer phrases win. "Not a name" phrases ("their service") only hide names inside them."""
        hits = self.scan(toks) if hits is None else hits
        wanted = None if kinds is None else kinds | EXACT_KINDS
        names: list[Hit] = []
        blocked: list[tuple[int, int]] = []
        for hit in hits:
            kept = hit if wanted is None else _only(hit, wanted)
            if kept is None:
                continue
            if kept.meanings[0].kind in EXACT_KINDS if len(kept.meanings) == 1 else any(
                    m.kind in EXACT_KINDS for m in kept.meanings):
                blocked.append((kept.start, kept.end))
            else:
                names.append(kept)
        if blocked:
            names = [h for h in names if not any(a <= h.start and h.end <= b for a, b in blocked)]
        hits = names
        chosen: list[Hit] = []
        taken: set[int] = set()
        for hit in sorted(hits, key=lambda h: (-h.weight, h.start)):
            cells = range(hit.start, hit.end)
            if not taken.isdisjoint(cells):
                _extend(chosen, hit, taken)
                continue
            chosen.append(hit)
            taken.update(cells)
        return sorted(chosen, key=itemgetter(0))  # by start


def _extend(chosen: list[Hit], hit: Hit, taken: set[int]) -> None:
    """Two overlapping names of the same thing are one name: "SuperOffice Windows-klienten" is "superoffice
    windows" and "windows klienten", both the Windows client. The chosen hit grows to cover both, when it is
    the only one the other overlaps."""
    overlapping = [i for i, c in enumerate(chosen) if c.start < hit.end and hit.start < c.end]
    if len(overlapping) != 1:
        return
    i = overlapping[0]
    other = chosen[i]
    if other.meanings != hit.meanings or (other.start <= hit.start and hit.end <= other.end):
        return
    if any(k in taken for k in range(hit.start, hit.end) if not other.start <= k < other.end):
        return  # (a third name holds the rest)
    chosen[i] = other._replace(start=min(other.start, hit.start), end=max(other.end, hit.end))
    taken.update(range(hit.start, hit.end))


def _window(keys: list[str], lengths: list[int], gram: str) -> list[str]:
    """The keys (sorted by length) whose length is within fuzzy reach of the gram's."""
    low, high = bisect_left(lengths, int(len(gram) * 0.7)), bisect_right(lengths, int(len(gram) * 1.45) + 1)
    return keys[low:high]


def _only(hit: Hit, kinds: frozenset[str]) -> Hit | None:
    """The hit with only the meanings of `kinds`, or None when none is left."""
    if len(hit.meanings) == 1:  # most hits mean one thing
        return hit if hit.meanings[0].kind in kinds else None
    kept = tuple([m for m in hit.meanings if m.kind in kinds])
    if len(kept) == len(hit.meanings):
        return hit
    return Hit(hit.start, hit.end, hit.phrase, hit.score, kept, hit.size) if kept else None

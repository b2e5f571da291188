"""The phrase spotter: typo tolerance that never invents a name."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from bot.core.understand.lexicon import Hit, Lexicon, Meaning, close_enough
from bot.core.understand.text import breaks, compact, normalise, tokens


def lexicon(*phrases: str, **kw: bool) -> Lexicon:
    return Lexicon(((p, Meaning("x", p)) for p in phrases), **kw)


def found(lex: Lexicon, text: str) -> list[str]:
    return [m.value for hit in lex.spans(tokens(text)) for m in hit.meanings]


@pytest.mark.parametrize(("phrase", "text"), [
    ("custom screens", "custom screns - which clients support them?"),
    ("database mirroring", "databse mirroring - sales, service or both"),
    ("DataHandlers", "can data handlers be overridden"),
    ("online", "onlien web client integration options"),
    ("configuration", "is SAINT configuraton or scripting"),
    ("skript", "Hvilke skriptmuligheter finnes for Service?"),
])
def test_typos_plurals_and_compounds_are_found(phrase: str, text: str) -> None:
    assert found(lexicon(phrase), text) == [phrase]


@pytest.mark.parametrize(("phrase", "text"), [
    ("REST", "the test suite"),
    ("service", "who do we serve"),
    ("superoffice cs", "superoffice is great"),
    ("customer service", "what can I customise for service"),
    ("crm online", "superoffice crm on the desktop"),
    ("service soap services", "which web services can service use online"),  # "can" is no typo of "soap"
])
def test_near_misses_are_not_names(phrase: str, text: str) -> None:
    assert found(lexicon(phrase), text) == []


def test_strict_trigger_words_take_no_short_typos() -> None:
    assert close_enough(compact("weather"), compact("whether"), 86.0) is True
    assert close_enough(compact("weather"), compact("whether"), 86.0, strict=True) is False
    assert found(lexicon("weather", strict=True), "asks whether it works") == []


def test_not_a_name_hides_only_names_inside_it() -> None:
    lex = Lexicon([("service", Meaning("client", "Service")), ("service desk", Meaning("client", "Service")),
                   ("their service", Meaning("none", "their service"))])
    assert [h.phrase for h in lex.spans(tokens("a tool for their service desk"))] == ["servicedesk"]
    assert lex.spans(tokens("we run their service on our own server")) == []


def test_longer_and_closer_phrases_win() -> None:
    lex = Lexicon([("windows client", Meaning("platform", "windows-client")),
                   ("windows client scripting", Meaning("item", "Windows Client"))])
    hits = lex.spans(tokens("is windows client scripting allowed"))
    assert [h.phrase for h in hits] == ["windowsclientscripting"]


@pytest.mark.parametrize(("text", "read"), [
    ("SuperOffice's extensibility ladder", "superoffice extensibility ladder"),
    ("the customer\u2019s cloud tenant", "the customer cloud tenant"),
    ("what's the name of it", "whats the name of it"),  # a contraction keeps its verb
    ("it's online, isn't it?", "its online isnt it"),
    ("a sales+service customer on C++", "a sales service customer on c++"),  # a plus joins words, not "c++"
])
def test_a_message_loses_its_possessives_not_its_contractions(text: str, read: str) -> None:
    assert normalise(text) == read


def test_the_data_is_read_as_written() -> None:
    assert normalise("the user's own records", limit=None) == "the users own records"


def test_sentence_starts_split_at_sentence_ends_only() -> None:
    from bot.core.understand.text import sentence_starts, tokens

    text = "we want it without code. what's on the ui level? SOAP.exe?action=x on 8.x"
    toks = tokens(text)
    starts = sentence_starts(text, toks)
    assert [toks[i] for i in starts] == ["whats", "soap"]
    assert sentence_starts("no sentence end here", tokens("no sentence end here")) == ()


@pytest.mark.parametrize(("text", "inside"), [
    ("a 'cost centre' box on the card", ["cost", "centre"]),
    ('values of the "lost reason" list', ["lost", "reason"]),
    ("the \u201csmart\u201d quotes, and don't split it's", ["smart"]),
    ("no quotes at all", []),
])
def test_quoted_words_are_found_by_position(text: str, inside: list[str]) -> None:
    from bot.core.understand.text import quoted, tokens

    toks = tokens(text)
    assert [toks[i] for i in sorted(quoted(text, toks))] == inside


@pytest.mark.parametrize(("phrase", "words", "same"), [
    ("configuration", "configuation", True),  # a letter left out
    ("servicemodule", "servcemodule", True),
    ("integrations", "intergations", True),  # two letters swapped
    ("connectors", "conector", True),  # a letter left out of the singular
    ("configuration", "confirmation", False),  # another word
    ("skripting", "skiping", False),  # "skipping" misspelt, not "scripting"
])
def test_a_misspelling_is_an_edit_or_two_another_word_is_more(phrase: str, words: str, same: bool) -> None:
    assert close_enough(phrase, words, fuzz.ratio(phrase, words)) is same  # as names are matched, leniently


@pytest.mark.parametrize(("text", "cuts"), [
    ("SO Online, CRM (sales) licences only. does it hold", (2, 3, 4, 6)),
    ("ext. APIs, e.g. SOAP.exe or 8.x", (2,)),  # abbreviations and dotted names are no sentence ends
    ("CRM + CS onprem", ()),
])
def test_breaks_are_commas_brackets_and_sentence_ends(text: str, cuts: tuple[int, ...]) -> None:
    assert breaks(text, tokens(text)) == cuts


def test_a_hit_means_the_kinds_of_its_meanings_and_no_other() -> None:
    hit = Hit(0, 1, "online", 1.0, (Meaning("env", "online"), Meaning("client", "web")))
    assert hit.means("env")
    assert hit.means("client")
    assert not hit.means("item")
    assert hit.means_any(frozenset({"item", "client"}))
    assert not hit.means_any(("item", "level"))
    assert not Hit(0, 1, "x", 1.0, ()).means_any(("env",))

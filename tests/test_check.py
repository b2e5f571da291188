"""`sobot check`: every problem of broken copies of data/ and intents/, each with its file and line, in one run."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from test_catalog import replace_line, row_field_line, set_row_field

from bot.cli import main
from bot.core.catalog.load import check_catalog, load_catalog
from bot.core.errors import DataError
from bot.tools import messages as msg
from bot.tools.check import format_problem, run_check

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "intents", tmp_path / "intents")
    return tmp_path


def problems(tree: Path) -> list[str]:
    """Every problem `sobot check` finds, as the lines it prints."""
    return [format_problem(p) for p in run_check(tree / "data", tree / "intents").problems]


def one(found: list[str], file: str, line: int, *words: str) -> str:
    """The single problem at file:line, which says all of `words`."""
    hits = [p for p in found if re.search(rf"(^|/){re.escape(file)}:{line}: ", p)]
    assert len(hits) == 1, found
    for word in words:
        assert word in hits[0], hits[0]
    return hits[0]


def add_to_list(path: Path, find: str, word: str) -> int:
    """Put `word` first in the YAML flow list on the first line containing `find`."""
    return replace_line(path, lambda s: find in s, lambda s: s.replace("[", f"[{word}, ", 1))


# -- the real knowledge --------------------------------------------------------------------------------


def test_the_real_knowledge_passes_every_check() -> None:
    result = run_check(ROOT / "data", ROOT / "intents")
    assert [format_problem(p) for p in result.problems] == []
    assert result.examples == sum(len(i.examples) for i in result.catalog.intents) > 50


def test_check_prints_a_one_line_summary_and_exits_0(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--data", str(tree / "data"), "--intents", str(tree / "intents")]) == 0
    out = capsys.readouterr().out
    cat = load_catalog(tree / "data", tree / "intents")
    examples = sum(len(i.examples) for i in cat.intents)
    assert out == msg.check_ok(30, 5, len(cat.topics), len(cat.needs), len(cat.intents), examples) + "\n"


# -- the acceptance case -------------------------------------------------------------------------------


def test_onsite_maybe_on_tuesdays_names_matrix_line(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = set_row_field(tree / "data" / "matrix.yaml", "Zapier", "onsite", "  onsite: maybe-on-tuesdays")
    assert main(["check", "--data", str(tree / "data"), "--intents", str(tree / "intents")]) == 1
    out = capsys.readouterr().out.splitlines()
    one(out, "matrix.yaml", line, "Zapier", "onsite", "maybe-on-tuesdays", "true or false")
    assert out[-1] == msg.check_failed(1, 1)


# -- each check, on its own broken copy ---------------------------------------------------------------


def test_alias_naming_two_rows(tree: Path) -> None:
    line = add_to_list(tree / "data" / "matrix.yaml", "aliases: [lists,", "UDFs")
    later = row_field_line(tree / "data" / "matrix.yaml", "User-defined Fields", "aliases")  # reported where seen again
    one(problems(tree), "matrix.yaml", later, "duplicate alias 'udfs'", "row 'User-defined Fields' here",
        f"row 'Lists' on line {line}")


def test_alias_naming_a_row_and_a_level(tree: Path) -> None:
    line = add_to_list(tree / "data" / "levels.yaml", "aliases: [scripting,", "CRMScript")
    found = problems(tree)
    matrix_line = row_field_line(tree / "data" / "matrix.yaml", "CRMScript", "aliases")
    one(found, "matrix.yaml", matrix_line, "'crmscript'", "row 'CRMScript'", f"level 'Scripting' on levels.yaml:{line}")


def test_platform_word_that_is_an_environment_word_of_another_environment(tree: Path) -> None:
    line = add_to_list(tree / "data" / "vocabulary.yaml", "  onsite: [", "crm online")
    one(problems(tree), "vocabulary.yaml", line, "'crm online'", "environment 'onsite'",
        "platform 'web-client-online'")


def test_platform_word_of_a_row_the_platform_does_not_offer(tree: Path) -> None:
    line = add_to_list(tree / "data" / "platforms.yaml", "aliases: [mobile,", "SAINT")
    matrix_line = row_field_line(tree / "data" / "matrix.yaml", "SAINT", "aliases")
    one(problems(tree), "platforms.yaml", line, "'saint'", "platform 'mobile'", f"matrix.yaml:{matrix_line}")


def test_word_for_both_environments_and_for_a_client(tree: Path) -> None:
    vocab = tree / "data" / "vocabulary.yaml"
    online = add_to_list(vocab, "  online: [", "on-prem")
    sales = add_to_list(vocab, "  Sales: [", "cloud")
    found = problems(tree)
    one(found, "vocabulary.yaml", online, "'on prem'", "environment 'online'", "environment 'onsite'")
    one(found, "vocabulary.yaml", sales, "'cloud'", "client 'Sales'", "environment 'online'")


def test_family_word_that_is_a_row_alias(tree: Path) -> None:
    line = add_to_list(tree / "data" / "vocabulary.yaml", "words: [guides]", "saint")
    one(problems(tree), "vocabulary.yaml", line, "'saint'", "row family 'Sales Guide, Project Guide'", "row 'SAINT'")


def test_the_same_word_for_two_integration_points_of_one_platform(tree: Path) -> None:
    line = add_to_list(tree / "data" / "platforms.yaml", "aliases: [automation engine,", "COM")
    one(problems(tree), "platforms.yaml", line, "'com'", "integration point")


def test_need_and_platform_naming_unknown_rows(tree: Path) -> None:
    need = replace_line(tree / "data" / "needs.yaml", lambda s: s == "    - name: SAINT", "    - name: SAINTS")
    point = replace_line(tree / "data" / "platforms.yaml", lambda s: s.strip() == "rows: [Document Plugins]",
                         lambda s: s.replace("Document Plugins", "Document Plugin"))
    found = problems(tree)
    one(found, "needs.yaml", need, "'SAINTS' is not a matrix row")
    one(found, "platforms.yaml", point, "'Document Plugin' is not a matrix row")


def test_non_https_urls(tree: Path) -> None:
    row = set_row_field(tree / "data" / "matrix.yaml", "Restful", "url", lambda s: s.replace("https://", "http://"))
    link = replace_line(tree / "data" / "topics.yaml", lambda s: "url: https://" in s,
                        lambda s: s.replace("https://", "ftp://"))
    found = problems(tree)
    one(found, "matrix.yaml", row, "Restful", "is not an https:// URL", "http://")
    one(found, "topics.yaml", link, "is not an https:// URL", "ftp://")


def test_row_without_description_or_link(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    summary = set_row_field(matrix, "SAINT", "summary", "  summary: tbd")
    start = matrix.read_text().splitlines().index("- name: Triggers") + 1
    lines = matrix.read_text().splitlines()
    del lines[row_field_line(matrix, "Triggers", "url") - 1]
    matrix.write_text("\n".join(lines) + "\n")
    found = problems(tree)
    one(found, "matrix.yaml", summary, "SAINT", "summary")
    one(found, "matrix.yaml", start, "Triggers", "url", "add the missing field")


def test_example_answered_by_another_intent(tree: Path) -> None:
    path = tree / "intents" / "compare.yaml"
    line = replace_line(path, lambda s: s == "    - SOAP vs Restful", "    - SOAP vs Restful\n    - hello there") + 1
    (problem,) = problems(tree)
    one([problem], "compare.yaml", line, "intent compare", "'hello there'")
    assert "answered by intent 'compare'" not in problem


def test_unknown_handler_is_reported_beside_the_data_problems(tree: Path) -> None:
    handler = replace_line(tree / "intents" / "compare.yaml", lambda s: s == "  handler: compare", "  handler: nope")
    onsite = set_row_field(tree / "data" / "matrix.yaml", "SAINT", "onsite", "  onsite: perhaps")
    found = problems(tree)
    one(found, "compare.yaml", handler, "unknown handler 'nope'")
    one(found, "matrix.yaml", onsite, "SAINT")
    result = run_check(tree / "data", tree / "intents")
    assert result.examples_skipped
    assert result.examples == 0


# -- every problem in one run -------------------------------------------------------------------------


def test_every_problem_is_reported_in_one_run_sorted_by_file_and_line(tree: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    matrix = tree / "data" / "matrix.yaml"
    lines = [
        ("matrix.yaml", set_row_field(matrix, "Preferences", "onsite", "  onsite: maybe-on-tuesdays")),
        ("matrix.yaml", set_row_field(matrix, "Lists", "url", lambda s: s.replace("https://", "http://"))),
        ("matrix.yaml", set_row_field(matrix, "SAINT", "level", "  level: Configuratoin")),
        ("needs.yaml", replace_line(tree / "data" / "needs.yaml", lambda s: s == "    - name: SAINT",
                                    "    - name: SAINTS")),
        ("topics.yaml", replace_line(tree / "intents" / "topics.yaml", lambda s: s == "  topic: levels",
                                     "  topic: levelz")),
        ("compare.yaml", replace_line(tree / "intents" / "compare.yaml", lambda s: s == "  handler: compare",
                                      "  handler: comparer")),
    ]
    assert main(["check", "--data", str(tree / "data"), "--intents", str(tree / "intents")]) == 1
    out = capsys.readouterr().out.splitlines()
    shown = [p for p in out if re.match(r"^\S+:\d+: ", p)]
    assert len(shown) == len(lines), out
    for file, line in lines:
        one(shown, file, line)
    assert shown == sorted(shown, key=lambda p: (p.split(":")[0], int(p.split(":")[1])))
    assert out[-2:] == [msg.EXAMPLES_SKIPPED, msg.check_failed(6, 4)]


def test_yaml_syntax_error_in_one_file_does_not_hide_the_others(tree: Path) -> None:
    broken = set_row_field(tree / "data" / "matrix.yaml", "Lists", "url_title", "  url_title: Lists: broken")
    need = replace_line(tree / "data" / "needs.yaml", lambda s: s == "    - name: SAINT", "    - name: SAINTS")
    _, found = check_catalog(tree / "data", tree / "intents")
    assert [(Path(e.path).name, e.line) for e in found] == [("matrix.yaml", broken)]  # rows unknown: not guessed
    replace_line(tree / "data" / "matrix.yaml", lambda s: s == "  url_title: Lists: broken", "  url_title: Lists")
    _, found = check_catalog(tree / "data", tree / "intents")
    assert [(Path(e.path).name, e.line) for e in found] == [("needs.yaml", need)]


def test_the_start_still_stops_at_the_first_problem(tree: Path) -> None:
    first = set_row_field(tree / "data" / "matrix.yaml", "Preferences", "onsite", "  onsite: maybe")
    set_row_field(tree / "data" / "matrix.yaml", "SAINT", "level", "  level: Configuratoin")
    with pytest.raises(DataError) as info:
        load_catalog(tree / "data", tree / "intents")
    assert info.value.line == first

"""Loading data/ and intents/: the real catalog, and broken copies that must fail with file, line and fix."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from seed_facts import SEED_MATRIX

from bot.cli import main
from bot.core.catalog.load import load_catalog
from bot.core.catalog.model import Catalog
from bot.core.engine import load_engine
from bot.core.errors import DataError

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL_PLATFORMS = {"windows-client", "web-client-onsite", "web-client-online", "customer-service", "mobile"}



# -- the real data ---------------------------------------------------------------------------------

def test_real_catalog_has_the_30_seed_rows(catalog: Catalog) -> None:
    assert len(catalog.items) == 30
    got = [(i.name, i.level, tuple(i.clients), i.onsite, i.online) for i in catalog.items]
    assert got == SEED_MATRIX


def test_real_catalog_has_the_five_protocol_platforms(catalog: Catalog) -> None:
    ids = [p.id for p in catalog.platforms]
    assert len(ids) == 5
    assert set(ids) == PROTOCOL_PLATFORMS


@pytest.mark.parametrize("name", [row[0] for row in SEED_MATRIX])
def test_every_row_links_to_https_documentation(catalog: Catalog, name: str) -> None:
    item = catalog.item(name)
    assert re.fullmatch(r"https://[^\s/]+\.[^\s/]+/\S*", item.url), item.url
    assert item.url_title.strip()
    assert all(link.url.startswith("https://") for link in item.more)


def test_levels_follow_the_seed_stairs(catalog: Catalog) -> None:
    names = [lv.name for lv in catalog.levels]
    assert names[:5] == ["Configuration", "UI Workflow", "Scripting", "External APIs", "Internal APIs"]
    assert {i.level for i in catalog.items} <= set(names)


def test_load_engine_on_real_data(catalog: Catalog) -> None:
    engine = load_engine(ROOT / "data", ROOT / "intents")
    assert [i.id for i in engine.catalog.intents] == [i.id for i in catalog.intents]


# -- broken copies ---------------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A private copy of data/ and intents/ to break."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "intents", tmp_path / "intents")
    return tmp_path


def replace_line(path: Path, find: Callable[[str], bool], new: str | Callable[[str], str], nth: int = 0) -> int:
    """Replace the nth line that satisfies `find`; return its 1-based line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [n for n, line in enumerate(lines) if find(line)]
    assert len(hits) > nth, f"fixture line not found in {path}"
    index = hits[nth]
    lines[index] = new(lines[index]) if callable(new) else new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index + 1


def row_field_line(path: Path, row: str, field: str) -> int:
    """The line of `field` inside the matrix row named `row`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"- name: {row}")
    for n in range(start + 1, len(lines)):
        if lines[n].startswith("- "):
            break
        if lines[n].startswith(f"  {field}:"):
            return n + 1
    raise AssertionError(f"{field} of {row} not in {path}")


def set_row_field(path: Path, row: str, field: str, new: str | Callable[[str], str]) -> int:
    """Rewrite the line of `field` in matrix row `row`; return its line number."""
    line = row_field_line(path, row, field)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = new(lines[line - 1]) if callable(new) else new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return line


def load_error(tree: Path, via_engine: bool = False) -> DataError:
    load = load_engine if via_engine else load_catalog
    with pytest.raises(DataError) as info:
        load(tree / "data", tree / "intents")
    return info.value


def assert_names(err: DataError, file: str, line: int, *hints: str) -> None:
    """str(err) names the file and exact line, and carries a fix containing the hints."""
    text = str(err)
    assert re.search(rf"(^|[/\\]){re.escape(file)}:{line}:", text), text
    assert "fix:" in text, text
    fix = text.split("fix:", 1)[1].lower()
    for hint in hints:
        assert hint.lower() in fix, text


def test_yaml_syntax_error(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "Lists", "url_title", "  url_title: Lists: broken")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "yaml")
    assert "not valid YAML" in str(err)


def test_unknown_level(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "SAINT", "level", "  level: Configuratoin")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "Configuration", "UI Workflow", "levels.yaml")
    assert "Configuratoin" in str(err)
    assert "SAINT" in str(err)


def test_onsite_maybe(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "Zapier", "onsite", "  onsite: maybe")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "true or false")
    assert "Zapier" in str(err)
    assert "onsite" in str(err)


def test_duplicate_row_name(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = replace_line(matrix, lambda s: s == "- name: Custom Dialogs", "- name: Custom Pages")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "unique")
    assert "duplicate row name 'Custom Pages'" in str(err)


def test_duplicate_alias_across_rows(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    # SAINT comes after User-defined Fields, so SAINT's aliases line is where the clash is seen.
    line = set_row_field(matrix, "SAINT", "aliases", lambda s: s.replace("aliases: [", "aliases: [UDFs, "))
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "unique")
    assert "duplicate alias 'udfs'" in str(err)


def test_row_without_url(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    row_line = matrix.read_text().splitlines().index("- name: Triggers") + 1
    url_line = row_field_line(matrix, "Triggers", "url")
    lines = matrix.read_text().splitlines()
    del lines[url_line - 1]
    matrix.write_text("\n".join(lines) + "\n")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", row_line, "add the missing field")
    assert "Triggers" in str(err)
    assert "url" in str(err)


def test_url_not_https(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "Restful", "url", lambda s: s.replace("https://", "http://"))
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "https://")
    assert "Restful" in str(err)


def test_unknown_field(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "SuperMacro", "online", lambda s: s + "\n  colour: blue")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line + 1, "remove the field")
    assert "colour" in str(err)
    assert "SuperMacro" in str(err)


def test_intent_with_unknown_handler(tree: Path) -> None:
    path = tree / "intents" / "compare.yaml"
    line = replace_line(path, lambda s: s == "  handler: compare", "  handler: comparer")
    load_catalog(tree / "data", tree / "intents")  # the join is the engine's check
    err = load_error(tree, via_engine=True)
    assert_names(err, "compare.yaml", line, "compare", "list")
    assert "comparer" in str(err)


def test_intent_with_unknown_topic(tree: Path) -> None:
    path = tree / "intents" / "topics.yaml"
    line = replace_line(path, lambda s: s == "  topic: levels", "  topic: levelz")
    err = load_error(tree)
    assert_names(err, "topics.yaml", line, "levels", "data/topics.yaml")
    assert "levelz" in str(err)


def test_duplicate_intent_id(tree: Path) -> None:
    path = tree / "intents" / "compare.yaml"
    line = replace_line(path, lambda s: s == "- id: compare", "- id: availability")
    err = load_error(tree)
    assert_names(err, "compare.yaml", line, "own id")
    assert "duplicate intent id 'availability'" in str(err)
    assert "availability.yaml" in str(err)


def test_need_naming_a_missing_row(tree: Path) -> None:
    path = tree / "data" / "needs.yaml"
    line = replace_line(path, lambda s: s == "    - name: SAINT", "    - name: SAINTS")
    err = load_error(tree)
    assert_names(err, "needs.yaml", line, "data/matrix.yaml")
    assert "'SAINTS' is not a matrix row" in str(err)


# -- sobot check -----------------------------------------------------------------------------------

def test_check_on_good_data(tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOBOT_DATA_DIR", str(tree / "data"))
    monkeypatch.setenv("SOBOT_INTENTS_DIR", str(tree / "intents"))
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("ok: 30 matrix rows, 5 platforms")
    assert err == ""


def test_check_on_bad_data(tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "Zapier", "online", "  online: sometimes")
    monkeypatch.setenv("SOBOT_DATA_DIR", str(tree / "data"))
    monkeypatch.setenv("SOBOT_INTENTS_DIR", str(tree / "intents"))
    assert main(["check"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert f"matrix.yaml:{line}: " in out
    assert "Zapier" in out
    assert "(fix: write true or false)" in out


def test_check_on_bad_intents(tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    line = replace_line(tree / "intents" / "compare.yaml", lambda s: s == "  handler: compare", "  handler: nope")
    monkeypatch.setenv("SOBOT_DATA_DIR", str(tree / "data"))
    monkeypatch.setenv("SOBOT_INTENTS_DIR", str(tree / "intents"))
    assert main(["check"]) == 1
    out, _ = capsys.readouterr()
    assert f"compare.yaml:{line}: " in out
    assert "'nope'" in out


def test_a_need_with_an_unknown_level(tree: Path) -> None:
    line = replace_line(tree / "data" / "needs.yaml", lambda t: t.startswith("  levels: [Configuration, UI Workflow]"),
                        "  levels: [Configuration, UI Workfow]")
    err = load_error(tree)
    assert_names(err, "needs.yaml", line, "UI Workflow", "levels.yaml")
    assert "no-code" in str(err)


def test_a_platform_with_an_unknown_level(tree: Path) -> None:
    line = replace_line(tree / "data" / "platforms.yaml", lambda t: t.startswith("  level: External APIs"),
                        "  level: External API")
    err = load_error(tree)
    assert_names(err, "platforms.yaml", line, "External APIs", "levels.yaml")
    assert "customer-service" in str(err)


def test_a_need_yielding_to_an_unknown_need(tree: Path) -> None:
    line = replace_line(tree / "data" / "needs.yaml", lambda t: t.startswith("  yields: [web-dialog, connect-saas]"),
                        "  yields: [web-dialogue, connect-saas]")
    err = load_error(tree)
    assert_names(err, "needs.yaml", line, "web-dialog?", "needs.yaml")
    assert "run-code-on-save" in str(err)
    assert "'web-dialogue'" in str(err)


def test_a_given_row_on_an_unknown_constraint(tree: Path) -> None:
    line = replace_line(tree / "data" / "needs.yaml", lambda t: t.strip() == "when: no-code",
                        "      when: no-coding")
    err = load_error(tree)
    assert_names(err, "needs.yaml", line, "no-code?", "needs.yaml")
    assert "external-data-access" in str(err)


def test_a_need_ruled_out_by_an_unknown_constraint(tree: Path) -> None:
    line = replace_line(tree / "data" / "needs.yaml", lambda t: t.strip().startswith("unless: [no-code]"),
                        "  unless: [no-coding]")
    err = load_error(tree)
    assert_names(err, "needs.yaml", line, "no-code?")
    assert "admin-scripts" in str(err)


def test_a_need_never_read_alone_is_not_described(tree: Path) -> None:
    """`alone: false` keeps a constraint out of the described-need index: it only ever stands beside a goal."""
    from bot.core.understand.retrieval import NeedIndex, RowIndex

    catalog = load_catalog(tree / "data", tree / "intents")
    index = NeedIndex(catalog, RowIndex(catalog))
    assert "by-itself" not in index.index.docs
    assert {n.id for n in catalog.needs if n.alone} == set(index.index.docs)


def test_topic_answering_an_unknown_detail_kind(tree: Path) -> None:
    path = tree / "data" / "topics.yaml"
    line = replace_line(path, lambda s: s.startswith("  details: [address, version]"), "  details: [endpoints]")
    err = load_error(tree)
    assert_names(err, "topics.yaml", line, "vocabulary.yaml", "api")
    assert "topic cs-soap: unknown detail kind 'endpoints'" in str(err)


def test_a_row_bound_to_an_unknown_platform(tree: Path) -> None:
    matrix = tree / "data" / "matrix.yaml"
    line = set_row_field(matrix, "DataHandlers", "platform", "  platform: web-client-onprem")
    err = load_error(tree)
    assert_names(err, "matrix.yaml", line, "platforms.yaml", "web-client-onsite")
    assert "row 'DataHandlers': platform 'web-client-onprem' is not a platform" in str(err)

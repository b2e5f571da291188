"""The terminal renderer: a pure function of an Answer, plain or coloured, wrapped to a width."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.model import Answer, Item, Link, Section
from bot.render.terminal import render, use_color

LONG_URL = "https://docs.superoffice.com/en/api/plugins/document/a-very-long-page-name-that-will-not-fit.html"


def item(name: str, level: str, onsite: bool, online: bool) -> Item:
    return Item(name, level, ("Sales",), onsite, online, f"About {name}.", f"https://x.test/{name}", name)


ROWS = (
    item("Sentry Plugins", "Internal APIs", True, False),
    item("Document Plugins", "Internal APIs", True, False),
    item("Zapier", "UI Workflow", False, True),
)

ANSWER = Answer(
    question="can I deploy a sentry plugin online?",
    intent="availability",
    confidence=0.9,
    verdict="No. Sentry Plugins is onsite only - it does not work in Online.",
    sections=(
        Section(paragraphs=("A compiled `ISentryPlugin` assembly decides row by row what a user may see.",)),
        Section(title="What works in Online instead", bullets=(
            "Restful - External APIs, Sales and Service, the same endpoints onsite and in CRM Online",
            "Zapier - UI Workflow",
        )),
    ),
    items=ROWS,
    table=True,
    links=(Link("Sentry plugins", "https://docs.superoffice.com/en/api/plugins/sentry/index.html"),
           Link("A long page", LONG_URL)),
    suggestions=("And onsite?", "Which Internal APIs work Online?"),
)


def lines_of(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


def test_plain_output_has_no_escape_codes_and_keeps_every_part() -> None:
    out = render(ANSWER, color=False, width=100)
    assert "\x1b" not in out
    assert lines_of(out)[0] == ANSWER.verdict
    assert "`ISentryPlugin`" in out  # code spans stay visible without colour
    assert "What works in Online instead" in out
    assert "  • Zapier - UI Workflow" in out
    assert "You could also ask" in out
    assert "  • Which Internal APIs work Online?" in out


def test_colour_output_styles_code_spans_instead_of_printing_backticks() -> None:
    out = render(ANSWER, color=True, width=100)
    assert "`" not in out
    assert "ISentryPlugin" in out


def test_colour_output_styles_text_and_makes_links_clickable() -> None:
    out = render(ANSWER, color=True, width=100)
    assert "\x1b[" in out
    assert "\x1b]8;" in out  # OSC 8 hyperlink around the URL
    assert "ISentryPlugin" in out


def test_table_aligns_rows_and_names_each_level_once() -> None:
    lines = lines_of(render(ANSWER, color=False, width=100))
    header = next(line for line in lines if "Extensibility" in line)
    assert header.split() == ["Level", "Extensibility", "Client", "Onsite", "Online"]
    sentry = next(line for line in lines if "Sentry Plugins" in line and "yes" in line)
    document = next(line for line in lines if "Document Plugins" in line and "yes" in line)
    zapier = next(line for line in lines if "Zapier" in line and "yes" in line)
    assert sentry.split()[:4] == ["Internal", "APIs", "Sentry", "Plugins"]
    assert document.split()[:2] == ["Document", "Plugins"]  # same level: not repeated
    assert sentry.index("Sentry") == document.index("Document") == zapier.index("Zapier")
    assert sentry.split()[-2:] == ["yes", "no"]
    assert zapier.split()[-2:] == ["no", "yes"]
    assert sentry.index("yes") == document.index("yes")


@pytest.mark.parametrize("width", [40, 60, 100])
def test_text_wraps_to_the_width_but_links_stay_whole(width: int) -> None:
    out = render(ANSWER, color=False, width=width)
    for line in lines_of(out):
        assert len(line) <= width or line.strip().startswith("https://")
        assert line == line.rstrip()
    assert f"    {LONG_URL}" in lines_of(out)
    assert "https://docs.superoffice.com/en/api/plugins/sentry/index.html" in out


def test_wrapped_bullets_hang_under_their_first_word() -> None:
    lines = lines_of(render(ANSWER, color=False, width=40))
    start = next(i for i, line in enumerate(lines) if line.startswith("  • Restful"))
    assert lines[start + 1].startswith("    ")
    assert not lines[start + 1].startswith("     ")


def test_fallback_suggestions_already_listed_are_not_repeated() -> None:
    answer = Answer(
        question="purple", intent="fallback", confidence=0.2, fallback=True, verdict="I don't know that one.",
        sections=(Section(title="Did you mean one of these?", bullets=("Can I use SAINT online?",)),),
        suggestions=("Can I use SAINT online?",),
    )
    out = render(answer, color=False, width=80)
    assert out.count("Can I use SAINT online?") == 1


def test_fallback_suggestions_get_a_did_you_mean_heading() -> None:
    answer = Answer(question="purple", intent="fallback", confidence=0.2, fallback=True,
                    verdict="I don't know that one.", suggestions=("What is SAINT?",))
    assert "Did you mean\n  • What is SAINT?" in render(answer, color=False, width=80)


@pytest.mark.parametrize(
    ("isatty", "env", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value counts
        (True, {"TERM": "dumb"}, False),
    ],
)
def test_colour_only_on_a_capable_terminal(
    monkeypatch: pytest.MonkeyPatch, isatty: bool, env: dict[str, str], expected: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert use_color(isatty) is expected


@pytest.mark.parametrize("question", [
    "can I use CRMScript in CRM Online?",
    "which internal APIs are there?",
    "how do I extend the windows client",
    "purple monkey dishwasher",
])
def test_real_answers_render_with_their_verdict_and_links(engine: Engine, question: str) -> None:
    answer = engine.respond(question)
    out = render(answer, color=False, width=80)
    assert " ".join(answer.verdict.split()) in " ".join(out.split())
    for link in answer.links:
        assert link.url in out
    for row in answer.items if answer.table else ():
        assert row.name in out

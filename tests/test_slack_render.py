"""The Block Kit renderer: a pure function of an Answer, within Slack's limits, never a mention."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from slack_standin import mrkdwn_texts

from bot.core.model import Answer, Candidate, Env, Explanation, Item, Link, Platform, Profile, Section
from bot.slack import blocks as render

CRMSCRIPT = Item(name="CRMScript", level="Scripting", clients=("Sales", "Service"), onsite=True,
                 online=True, summary="Scripts in the admin pages.", url="https://docs.example/crmscript",
                 url_title="CRMScript")
SENTRY = Item(name="Sentry plugins", level="Internal APIs", clients=("Sales",), onsite=True, online=False,
              summary="Row-level security in code.", url="https://docs.example/sentry", url_title="Sentry")
WEB = Platform(id="web-client-online", name="Web client (Online)", env=(Env.ONLINE,), summary="",
               points=(), links=())


def answer(**changes: object) -> Answer:
    base: dict[str, object] = {
        "question": "can I use sentry plugins online?",
        "intent": "availability",
        "confidence": 0.91,
        "verdict": "No: Sentry plugins are onsite only.",
        "sections": (Section(title="Why", paragraphs=("They run inside the application server.",),
                             bullets=("Use CRMScript in Online instead",)),),
        "items": (SENTRY,),
        "links": (Link("Sentry plugins", "https://docs.example/sentry"),),
        "suggestions": ("is CRMScript available online?", "what is a sentry plugin?"),
        "explanation": Explanation("availability", 0.91, matched=("sentry", "online"),
                                   runners_up=(Candidate("platform", 0.4),), rows=("Sentry plugins",)),
    }
    base.update(changes)
    return Answer(**base)  # type: ignore[arg-type]


def types(message: render.Message) -> list[str]:
    return [b["type"] for b in message.blocks]


def test_verdict_comes_first_and_text_fallback_is_set() -> None:
    message = render.render_answer(answer())
    assert message.blocks[0]["text"]["text"] == "*No: Sentry plugins are onsite only.*"
    assert message.text.startswith("No: Sentry plugins are onsite only.")
    assert "Onsite: yes · Online: no" in message.text


def test_one_row_shows_onsite_and_online_as_clear_yes_no_fields() -> None:
    fields = [f["text"] for f in render.render_answer(answer()).blocks[1]["fields"]]
    assert fields[:2] == [f"*Onsite*\n{render.yes_no(True)}", f"*Online*\n{render.yes_no(False)}"]
    assert "yes" in render.yes_no(True)
    assert "no" in render.yes_no(False)
    assert fields[2:] == ["*Level*\nInternal APIs", "*Clients*\nSales"]


def test_platform_answer_shows_its_environments() -> None:
    fields = [f["text"] for f in render.render_answer(answer(items=(), platform=WEB)).blocks[1]["fields"]]
    assert fields == [f"*Onsite*\n{render.yes_no(False)}", f"*Online*\n{render.yes_no(True)}"]


def test_matrix_excerpt_is_a_table_block_with_a_monospace_fallback() -> None:
    message = render.render_answer(answer(items=(CRMSCRIPT, SENTRY), table=True))
    tables = [b for b in message.blocks if b["type"] == "table"]
    assert len(tables) == 1
    rows = [[cell["text"] for cell in row] for row in tables[0]["rows"]]
    assert rows[0] == list(render.msg.TABLE_HEADER)
    assert rows[2] == ["Sentry plugins", "Internal APIs", "Sales", "yes", "no"]
    assert "```" in message.text
    assert "Sentry plugins  Internal APIs" in message.text
    plain = render.render_answer(answer(items=(CRMSCRIPT, SENTRY), table=True), tables=False)
    assert "table" not in types(plain)
    assert any(t.startswith("```\nName") for t in mrkdwn_texts(plain.blocks))


def test_links_go_in_a_context_block_and_buttons_follow() -> None:
    message = render.render_answer(answer())
    assert types(message)[-3:] == ["context", "actions", "actions"]
    assert message.blocks[-3]["elements"][0]["text"].endswith("<https://docs.example/sentry|Sentry plugins>")
    suggestions, meta = message.blocks[-2]["elements"], message.blocks[-1]["elements"]
    assert [b["value"] for b in suggestions] == list(answer().suggestions)
    assert [b["action_id"] for b in suggestions] == ["sobot_ask:0", "sobot_ask:1"]
    assert [b["text"]["text"] for b in meta] == ["Why this answer?", "👍", "👎"]


def test_why_button_carries_the_explanation() -> None:
    why = render.render_answer(answer()).blocks[-1]["elements"][0]
    value = json.loads(why["value"])
    assert value["i"] == "availability"
    shown = render.render_why(value)
    assert "Intent: availability (score 0.91)" in shown.text
    assert "Runners-up: platform (0.40)" in shown.text


def test_garbled_why_value_is_answered_politely() -> None:
    assert render.render_why({}).text == render.msg.WHY_UNAVAILABLE


@pytest.mark.parametrize("hostile", ["<!channel>", "<!here>", "<@U024BE7LH>", "<!subteam^S1|devs>",
                                     "<https://evil.example|click>"])
def test_user_text_quoted_back_never_becomes_a_mention(hostile: str) -> None:
    quoted = answer(question=f"why {hostile}?", verdict=f"I don't know {hostile}",
                    sections=(Section(title=hostile, paragraphs=(hostile,), bullets=(hostile,)),),
                    suggestions=(f"about {hostile}",))
    message = render.render_answer(quoted, asked_by="U0USER")
    for text in [message.text, *mrkdwn_texts(message.blocks)]:
        assert hostile not in text
    assert render.escape(hostile) in message.text


def test_escape_round_trip() -> None:
    assert render.escape("a & <b> > c") == "a &amp; &lt;b&gt; &gt; c"
    assert render.unescape(render.escape("x &lt; <y> & z")) == "x &lt; <y> & z"


def test_long_answers_stay_within_slack_limits() -> None:
    huge = answer(
        verdict="v" * 5000,
        sections=tuple(Section(title=f"Part {n}", paragraphs=("word " * 900,), bullets=("b" * 3500,))
                       for n in range(40)),
        items=tuple(SENTRY for _ in range(120)), table=True,
        links=tuple(Link(f"Doc {n}", f"https://docs.example/{n}") for n in range(30)),
        suggestions=tuple(f"suggestion {n} " + "x" * 100 for n in range(12)),
        question="q" * 5000,
    )
    message = render.render_answer(huge)
    assert len(message.blocks) <= render.MAX_BLOCKS
    assert len(message.text) <= render.MAX_TEXT
    assert all(len(t) <= render.MAX_SECTION for t in mrkdwn_texts(message.blocks))
    assert "trimmed" in message.blocks[-4]["elements"][0]["text"]
    assert types(message).count("table") <= 1
    for block in message.blocks:
        if block["type"] == "actions":
            assert len(block["elements"]) <= 5
            assert all(len(e["value"]) <= render.MAX_VALUE and len(e["text"]["text"]) <= 75
                       for e in block["elements"])
        if block["type"] == "context":
            assert len(block["elements"]) <= render.MAX_CONTEXT
        if block["type"] == "table":
            assert len(block["rows"]) <= 100


def test_chunk_splits_between_lines_and_cuts_overlong_lines() -> None:
    assert render.chunk(["a" * 6, "b" * 3, "c" * 12], limit=10) == ["aaaaaa\nbbb", "c" * 10, "cc"]


def test_home_view_has_examples_profile_selects_and_knowledge() -> None:
    view = render.render_home(Profile(env=Env.ONLINE), knowledge=[("Scripting", ["CRMScript"])],
                              examples=["is SAINT available onsite?"])
    assert view["type"] == "home"
    selects = next(b for b in view["blocks"] if b.get("block_id") == "sobot_profile")["elements"]
    assert [s["action_id"] for s in selects] == [render.ENV_SELECT, render.CLIENT_SELECT]
    assert selects[0]["initial_option"]["value"] == "online"
    assert selects[1]["initial_option"]["value"] == "any"
    assert any("*Scripting*: CRMScript" in t for t in mrkdwn_texts(view["blocks"]))
    buttons = next(b for b in view["blocks"] if b["type"] == "actions")["elements"]
    assert buttons[0]["value"] == "is SAINT available onsite?"


def test_help_lists_examples_as_buttons() -> None:
    message = render.render_help(["what is SAINT?"])
    assert "/sobot" in message.text
    assert message.blocks[-1]["elements"][0]["action_id"].startswith("sobot_ask:")


def test_renderer_does_not_import_slack_bolt() -> None:
    code = "import sys, bot.slack.blocks; print('slack_bolt' in sys.modules, 'slack_sdk' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["False", "False"]

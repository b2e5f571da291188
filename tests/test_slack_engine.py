"""The real engine behind the Slack app: answers, thread follow-ups and the table fallback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from slack_standin import BOT_TOKEN, SIGNING_SECRET, WebApi, event_body, mention, mrkdwn_texts, post_event

from bot.core.engine import Engine, load_engine
from bot.core.model import Answer, Profile
from bot.slack.http import HttpServer
from bot.slack.listeners import build_app, http_app, make_client, post_answer
from bot.slack.workers import Workers


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_engine()


@pytest.fixture
def served(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, WebApi]]:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    api = WebApi()
    workers = Workers()
    app = build_app(engine, token=BOT_TOKEN, signing_secret=SIGNING_SECRET, base_url=api.url, workers=workers)
    with HttpServer(http_app(app, SIGNING_SECRET, workers), "127.0.0.1", 0) as server:
        yield f"http://127.0.0.1:{server.port}/slack/events", api
    workers.drain(5)
    api.close()


def test_real_answer_and_a_follow_up_in_the_same_thread(served: tuple[str, WebApi], engine: Engine) -> None:
    url, api = served
    post_event(url, event_body(mention("is a sentry plugin available onsite?", ts="2000.1")))
    (first,) = api.wait_for("chat.postMessage")
    post_event(url, event_body(mention("and online?", ts="2000.2", thread_ts="2000.1")))
    second = api.wait_for("chat.postMessage", count=2)[1]
    assert first.params["thread_ts"] == second.params["thread_ts"] == "2000.1"
    expected = engine.respond("is a sentry plugin available onsite?", thread="check:1")
    follow_up = engine.respond("and online?", thread="check:1")
    assert first.params["blocks"][0]["text"]["text"] == f"*{expected.verdict}*"
    assert second.params["blocks"][0]["text"]["text"] == f"*{follow_up.verdict}*"
    assert follow_up.explanation.context_used  # the thread's context carried the item over


def test_app_home_shows_what_the_real_engine_knows(served: tuple[str, WebApi]) -> None:
    url, api = served
    event = {"type": "app_home_opened", "user": "U0USER", "channel": "D0USER", "tab": "home", "event_ts": "1"}
    post_event(url, event_body(event))
    view = api.wait_for("views.publish")[0].params["view"]
    assert any("CRMScript" in text for text in mrkdwn_texts(view["blocks"]))
    examples = next(b for b in view["blocks"] if b.get("block_id") == "sobot_examples_home")["elements"]
    assert 1 <= len(examples) <= 5
    assert all(e["value"].lower() not in {"hi", "thanks!"} for e in examples)


def test_real_engine_never_echoes_a_broadcast(served: tuple[str, WebApi]) -> None:
    url, api = served
    post_event(url, event_body(mention("<!channel> <!here> <@U0BOSS> what is SAINT?")))
    (call,) = api.wait_for("chat.postMessage")
    for text in [call.params["text"], *mrkdwn_texts(call.params["blocks"])]:
        assert "<!channel>" not in text
        assert "<!here>" not in text
        assert "<@U0BOSS>" not in text


def test_refused_table_block_is_reposted_with_the_monospace_table(served: tuple[str, WebApi],
                                                                   engine: Engine) -> None:
    _url, api = served
    question = "which internal APIs are there?"
    answer: Answer = engine.respond(question, profile=Profile())
    if not (answer.table and len(answer.items) > 1):
        answer = replace(answer, table=True, items=engine.catalog.items[:3])
    api.fail_once("chat.postMessage", "invalid_blocks")
    post_answer(make_client(BOT_TOKEN, api.url), "C0CHAN", "2000.3", answer)
    refused, accepted = api.wait_for("chat.postMessage", count=2)
    assert any(b["type"] == "table" for b in refused.params["blocks"])
    assert not any(b["type"] == "table" for b in accepted.params["blocks"])
    assert any(t.startswith("```") for t in mrkdwn_texts(accepted.params["blocks"]))

"""HTTP mode: slack-bolt's real code behind a real HTTP server, talking to a stand-in Slack."""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_standin import (
    BOT_TOKEN,
    SIGNING_SECRET,
    WebApi,
    block_action,
    command_params,
    direct_message,
    event_body,
    get,
    home_action,
    mention,
    mrkdwn_texts,
    post_action,
    post_event,
    post_form,
)

from bot.core.model import Answer, Env, Explanation, Item, Link, Profile, Section
from bot.slack import blocks as render
from bot.slack.http import HttpServer
from bot.slack.listeners import build_app, http_app, make_client
from bot.slack.workers import Workers

SAINT = Item(name="SAINT", level="Configuration", clients=("Sales",), onsite=True, online=True,
             summary="Status monitors.", url="https://docs.example/saint", url_title="SAINT")


class EchoEngine:
    """Answers by quoting the question back (the worst case for escaping); records every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None, Profile | None]] = []
        self.forgotten: list[str] = []
        self.lock = threading.Lock()
        self.fail = False

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        with self.lock:
            self.calls.append((text, thread, profile))
        if self.fail:
            raise RuntimeError("engine exploded")
        return Answer(question=text, intent="availability", confidence=0.9, verdict=f"You asked: {text}",
                      sections=(Section(paragraphs=(f"About {text}",)),), items=(SAINT,),
                      links=(Link("SAINT", SAINT.url),), suggestions=("is SAINT available onsite?",),
                      explanation=Explanation("availability", 0.9, matched=("saint",)))

    def forget(self, thread: str) -> None:
        with self.lock:
            self.forgotten.append(thread)

    def texts(self) -> list[str]:
        with self.lock:
            return [c[0] for c in self.calls]


@dataclass
class Bot:
    url: str
    api: WebApi
    engine: EchoEngine
    state: Path
    workers: Workers

    @property
    def events(self) -> str:
        return self.url + "/slack/events"


@pytest.fixture
def api() -> Iterator[WebApi]:
    stand_in = WebApi()
    yield stand_in
    stand_in.close()


@pytest.fixture
def bot(api: WebApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bot]:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path))
    engine = EchoEngine()
    workers = Workers(stall_after=1.0)
    app = build_app(engine, token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                    client=make_client(BOT_TOKEN, api.url, timeout=3), examples=["what is SAINT?"],
                    workers=workers)
    with HttpServer(http_app(app, SIGNING_SECRET, workers), "127.0.0.1", 0) as server:
        yield Bot(f"http://127.0.0.1:{server.port}", api, engine, tmp_path, workers)
    workers.drain(5)


def test_mention_gets_a_threaded_reply_with_blocks_and_text(bot: Bot) -> None:
    status, _ = post_event(bot.events, event_body(mention("is SAINT available online?", ts="1700.01")))
    assert status == 200
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["channel"] == "C0CHAN"
    assert call.params["thread_ts"] == "1700.01"
    assert call.params["text"].startswith("You asked: is SAINT available online?")
    assert call.params["blocks"][0]["text"]["text"] == "*You asked: is SAINT available online?*"
    assert call.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert bot.engine.calls == [("is SAINT available online?", "C0CHAN:1700.01", Profile())]


def test_mention_inside_a_thread_answers_there_with_the_thread_context(bot: Bot) -> None:
    post_event(bot.events, event_body(mention("and onsite?", ts="1700.05", thread_ts="1700.01")))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["thread_ts"] == "1700.01"
    assert bot.engine.calls[0][1] == "C0CHAN:1700.01"


def test_empty_mention_shows_help(bot: Bot) -> None:
    post_event(bot.events, event_body(mention("")))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert "/sobot" in call.params["text"]
    assert bot.engine.calls == []


def test_direct_message_is_answered_in_the_dm(bot: Bot) -> None:
    post_event(bot.events, event_body(direct_message("what is SAINT?")))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["channel"] == "D0USER"
    assert "thread_ts" not in call.params
    assert bot.engine.calls == [("what is SAINT?", "D0USER:dm", Profile())]


def test_bot_messages_and_edits_are_ignored(bot: Bot) -> None:
    post_event(bot.events, event_body(direct_message("from a bot", bot_id="B0OTHER")))
    post_event(bot.events, event_body(direct_message("edited", subtype="message_changed")))
    post_event(bot.events, event_body(direct_message("bot post", subtype="bot_message")))
    post_event(bot.events, event_body(direct_message("a real question")))
    bot.api.wait_for("chat.postMessage")
    assert bot.engine.texts() == ["a real question"]


def test_slash_command_acks_at_once_then_answers_in_the_channel(bot: Bot) -> None:
    started = time.monotonic()
    status, body = post_form(bot.events, command_params("can I use SAINT online?", bot.api.response_url("s1")))
    assert status == 200
    assert body == b""
    assert time.monotonic() - started < 3
    (call,) = bot.api.wait_for("response/s1")
    assert call.params["response_type"] == "in_channel"
    assert call.params["text"].startswith("You asked: can I use SAINT online?")
    assert call.params["blocks"]
    assert bot.engine.calls[0][1] == "C0CHAN:U0USER:slash"


def test_empty_slash_command_shows_help_in_the_ack(bot: Bot) -> None:
    status, body = post_form(bot.events, command_params("  ", bot.api.response_url("s2")))
    assert status == 200
    help_message = json.loads(body)
    assert "/sobot" in help_message["text"]
    assert help_message["blocks"][-1]["elements"][0]["value"] == "what is SAINT?"
    assert bot.engine.calls == []


def test_app_home_is_published(bot: Bot) -> None:
    event = {"type": "app_home_opened", "user": "U0USER", "channel": "D0USER", "tab": "home",
             "event_ts": "1700.1"}
    post_event(bot.events, event_body(event))
    (call,) = bot.api.wait_for("views.publish")
    assert call.params["user_id"] == "U0USER"
    view = call.params["view"]
    assert view["type"] == "home"
    assert any(b.get("block_id") == "sobot_profile" for b in view["blocks"])


def test_profile_select_is_stored_and_fills_later_questions(bot: Bot) -> None:
    select = {"type": "static_select", "action_id": render.ENV_SELECT,
              "selected_option": {"value": "onsite", "text": {"type": "plain_text", "text": "Onsite"}}}
    status, _ = post_action(bot.events, home_action(select))
    assert status == 200
    (call,) = bot.api.wait_for("views.publish")
    selects = next(b for b in call.params["view"]["blocks"] if b.get("block_id") == "sobot_profile")
    assert selects["elements"][0]["initial_option"]["value"] == "onsite"
    assert json.loads((bot.state / "slack-profiles.json").read_text())["U0USER"]["env"] == "onsite"
    post_event(bot.events, event_body(direct_message("is SAINT available?")))
    bot.api.wait_for("chat.postMessage")
    assert bot.engine.calls[-1][2] == Profile(env=Env.ONSITE)


def test_forged_or_stale_signatures_are_rejected_without_an_answer(bot: Bot) -> None:
    forged = event_body(mention("forged question"))
    assert post_event(bot.events, forged, secret="f" * 32)[0] == 401
    stale = event_body(mention("stale question"))
    assert post_event(bot.events, stale, timestamp=int(time.time()) - 10 * 60)[0] == 401
    unsigned = event_body(mention("unsigned question"))
    assert post_event(bot.events, unsigned, signature="v0=" + "0" * 64)[0] == 401
    assert post_event(bot.events, event_body(mention("genuine question")))[0] == 200
    bot.api.wait_for("chat.postMessage")
    assert bot.engine.texts() == ["genuine question"]
    assert len(bot.api.of("chat.postMessage")) == 1


def test_a_retried_event_is_answered_once(bot: Bot) -> None:
    body = event_body(mention("asked once", ts="1700.20"), event_id="Ev0RETRY")
    assert post_event(bot.events, body)[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert post_event(bot.events, body, headers=retry)[0] == 200
    assert post_event(bot.events, event_body(mention("next question", ts="1700.21")))[0] == 200
    bot.api.wait_for("chat.postMessage", count=2)
    assert sorted(bot.engine.texts()) == ["asked once", "next question"]
    assert len(bot.api.of("chat.postMessage")) == 2


def test_a_rate_limited_post_is_retried_after_retry_after(bot: Bot) -> None:
    bot.api.rate_limit_once("chat.postMessage", retry_after=1)
    post_event(bot.events, event_body(mention("busy workspace")))
    (ok,) = bot.api.wait_for("chat.postMessage")
    (limited,) = bot.api.of("chat.postMessage (429)")
    assert ok.at - limited.at >= 1.0
    assert ok.params["text"].startswith("You asked: busy workspace")


def test_channel_mention_in_a_question_is_not_echoed_as_a_mention(bot: Bot) -> None:
    question = "can <!channel> and <!here> and <@U0BOSS> use &lt;b&gt; tags?"
    post_event(bot.events, event_body(mention(question)))
    (call,) = bot.api.wait_for("chat.postMessage")
    shown = [call.params["text"], *mrkdwn_texts(call.params["blocks"])]
    for token in ("<!channel>", "<!here>", "<@U0BOSS>", "<b>"):
        assert not any(token in text for text in shown), token
    assert "&lt;!channel&gt;" in call.params["text"]
    assert bot.engine.texts() == ["can <!channel> and <!here> and <@U0BOSS> use <b> tags?"]


def test_why_this_answer_is_ephemeral(bot: Bot) -> None:
    why = render.render_answer(EchoEngine().respond("what is SAINT?")).blocks[-1]["elements"][0]
    action = {"action_id": why["action_id"], "value": why["value"]}
    assert post_action(bot.events, block_action(action, thread_ts="1700.01"))[0] == 200
    (call,) = bot.api.wait_for("chat.postEphemeral")
    assert call.params["user"] == "U0USER"
    assert call.params["channel"] == "C0CHAN"
    assert call.params["thread_ts"] == "1700.01"
    assert "Intent: availability" in call.params["text"]
    assert bot.api.of("chat.postMessage") == []


def test_why_falls_back_to_the_response_url_outside_sobots_channels(bot: Bot) -> None:
    bot.api.fail_once("chat.postEphemeral", "not_in_channel")
    why = render.render_answer(EchoEngine().respond("what is SAINT?")).blocks[-1]["elements"][0]
    payload = block_action({"action_id": why["action_id"], "value": why["value"]},
                           response_url=bot.api.response_url("w1"))
    assert post_action(bot.events, payload)[0] == 200
    (call,) = bot.api.wait_for("response/w1")
    assert call.params["response_type"] == "ephemeral"
    assert call.params["replace_original"] is False
    assert "Intent: availability" in call.params["text"]


def test_feedback_is_recorded_as_a_json_line(bot: Bot) -> None:
    vote = {"action_id": f"{render.FEEDBACK}:down", "value": json.dumps({"q": "what is SAINT?", "i": "x"})}
    assert post_action(bot.events, block_action(vote))[0] == 200
    (call,) = bot.api.wait_for("chat.postEphemeral")
    assert "👎" in call.params["text"]
    (line,) = (bot.state / "feedback.jsonl").read_text().splitlines()
    entry = json.loads(line)
    assert entry["vote"] == "down"
    assert entry["question"] == "what is SAINT?"
    assert entry["user"] == "U0USER"
    assert entry["channel"] == "C0CHAN"
    assert entry["message_ts"] == "1700000003.000100"


def test_suggestion_button_asks_in_the_same_thread(bot: Bot) -> None:
    action = {"action_id": f"{render.ASK}:0", "value": "is SAINT available onsite?"}
    post_action(bot.events, block_action(action, message_ts="1700.09", thread_ts="1700.01"))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["thread_ts"] == "1700.01"
    assert bot.engine.calls[0][:2] == ("is SAINT available onsite?", "C0CHAN:1700.01")
    assert "<@U0USER>" in call.params["blocks"][0]["elements"][0]["text"]


def test_home_example_button_answers_in_the_apps_dm(bot: Bot) -> None:
    post_action(bot.events, home_action({"type": "button", "action_id": f"{render.ASK}:home0",
                                         "value": "what is SAINT?"}))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert bot.api.of("conversations.open")[0].params["users"] == "U0USER"
    assert call.params["channel"] == "DU0USER"


def test_engine_failure_is_apologised_for_and_logged(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    bot.engine.fail = True
    post_event(bot.events, event_body(mention("this will break", ts="1700.30")))
    (call,) = bot.api.wait_for("chat.postMessage")
    assert call.params["text"].startswith("Sorry, something went wrong")
    assert call.params["thread_ts"] == "1700.30"
    assert any("engine exploded" in r.getMessage() for r in caplog.records)


def test_health_check_and_unknown_paths(bot: Bot) -> None:
    assert get(bot.url + "/healthz") == (200, b"ok\n")
    assert get(bot.url + "/nothing")[0] == 404


def test_url_verification_challenge(bot: Bot) -> None:
    status, body = post_event(bot.events, {"type": "url_verification", "challenge": "c-123", "token": "x"})
    assert status == 200
    assert b"c-123" in body


# --- nothing acts on an unverified request (hardening defects 1 and 2) -------------------------------


def acted(bot: Bot) -> list[str]:
    """The Web API and response_url calls made after start-up (bolt's own auth.test aside)."""
    return [c.method for c in bot.api.calls if c.method != "auth.test"]


def post_raw(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def test_a_malformed_timestamp_gets_401_and_nothing_is_posted_anywhere(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    junk = {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=junk"}
    event = json.dumps(event_body({"type": "app_mention", "channel": "CVICTIM", "ts": "1.1", "text": "x"}))
    assert post_raw(bot.events, event.encode(), {"Content-Type": "application/json", **junk})[0] == 401
    slash = command_params("x", bot.api.response_url("victim"))
    form = urllib.parse.urlencode(slash).encode()
    assert post_raw(bot.events, form, {"Content-Type": "application/x-www-form-urlencoded", **junk})[0] == 401
    click = {"payload": json.dumps(block_action({"action_id": "x"}, response_url=bot.api.response_url("victim2")))}
    form = urllib.parse.urlencode(click).encode()
    assert post_raw(bot.events, form, {"Content-Type": "application/x-www-form-urlencoded", **junk})[0] == 401
    time.sleep(0.5)  # an apology would be on its way by now
    assert acted(bot) == []
    assert bot.engine.calls == []
    assert not any("CVICTIM" in r.getMessage() or "victim" in r.getMessage() for r in caplog.records)


def test_an_oversized_body_gets_413_before_it_is_read(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    big = b'{"type":"event_callback","pad":"' + b"A" * (2 * 1024 * 1024) + b'"}'
    try:
        status, _ = post_raw(bot.events, big, {"Content-Type": "application/json",
                                               "X-Slack-Request-Timestamp": str(int(time.time())),
                                               "X-Slack-Signature": "v0=" + "0" * 64})
    except (ConnectionError, urllib.error.URLError):
        status = 413  # the server may close the connection before the client finished sending
    assert status == 413
    assert acted(bot) == []
    assert not any("AAAA" in r.getMessage() for r in caplog.records)


def test_unsigned_invalid_json_gets_401_not_a_traceback(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    status, body = post_raw(bot.events, b"{not json", {"Content-Type": "application/json"})
    assert status == 401
    assert b"Traceback" not in body
    assert not any(r.exc_info for r in caplog.records)
    assert acted(bot) == []

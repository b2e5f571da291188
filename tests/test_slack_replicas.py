"""Two replicas of the Slack app (HTTP mode, real engine, each its own state directory) on one real Redis.

What a workspace with several copies of sobot sees: a retried event or a replayed
request answered once whichever replica gets it, a thread's context and a user's
profile carried from one replica to the other, and both replicas answering on
while Redis is down (/healthz says degraded) and sharing again once it is back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from redis_server import RedisServer, running_redis
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
    post_action,
    post_event,
    post_form,
)

from bot.core.catalog.model import Catalog
from bot.core.engine import Engine
from bot.core.model import Answer, Env, Profile
from bot.slack import blocks as render
from bot.slack import messages as msg
from bot.slack.http import HttpServer
from bot.slack.listeners import build_app, http_app
from bot.slack.workers import Workers
from bot.store import messages as store_msg
from bot.store.factory import Stores, open_stores

WAIT = 10.0
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Recording:
    """The real engine, remembering the thread and profile of every question it was asked."""

    engine: Engine
    calls: list[tuple[str, str | None, Profile | None]] = field(default_factory=list)

    @property
    def catalog(self) -> Catalog:
        return self.engine.catalog

    def respond(self, text: str, thread: str | None = None, profile: Profile | None = None) -> Answer:
        self.calls.append((text, thread, profile))
        return self.engine.respond(text, thread=thread, profile=profile)


@dataclass
class Replica:
    url: str
    engine: Recording
    stores: Stores

    @property
    def events(self) -> str:
        return self.url + "/slack/events"

    def health(self) -> tuple[int, bytes]:
        return get(self.url + "/healthz")


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    yield from running_redis(tmp_path_factory.mktemp("redis"))


@pytest.fixture
def api() -> Iterator[WebApi]:
    stand_in = WebApi()
    yield stand_in
    stand_in.close()


@pytest.fixture
def replicas(server: RedisServer, api: WebApi, catalog: Catalog, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Replica, Replica]]:
    monkeypatch.setenv("SOBOT_STATE_DIR", str(tmp_path / "unused"))
    started: list[tuple[Replica, HttpServer, Workers]] = []
    for name in ("one", "two"):
        state = tmp_path / name
        stores = open_stores(state / "feedback.jsonl", state / "slack-profiles.json",
                             environ={"REDIS_URL": server.url})
        engine = Recording(Engine(catalog, store=stores.state))
        workers = Workers()
        app = build_app(engine, token=BOT_TOKEN, signing_secret=SIGNING_SECRET, base_url=api.url, stores=stores,
                        workers=workers)
        http = HttpServer(http_app(app, SIGNING_SECRET, workers, degraded=stores.degraded), "127.0.0.1", 0)
        http.start()
        started.append((Replica(f"http://127.0.0.1:{http.port}", engine, stores), http, workers))
    yield started[0][0], started[1][0]
    for replica, http, workers in started:
        http.stop()
        workers.drain(WAIT)
        replica.stores.close()


def wait_until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not check():
        assert time.monotonic() < deadline, f"not within {WAIT}s: {what}"
        time.sleep(0.1)


def settle(api: WebApi, method: str, count: int) -> None:
    """After `count` calls arrived, give a wrongly repeated answer a moment to show up too."""
    api.wait_for(method, count=count)
    time.sleep(0.3)
    assert len(api.of(method)) == count, [c.params.get("text", "")[:60] for c in api.of(method)]


def verdict(call_params: dict[str, object]) -> str:
    return str(call_params["blocks"][0]["text"]["text"])  # type: ignore[index]


def conversation(reference: Engine, first: str, then: str) -> tuple[Answer, Answer]:
    """What the engine answers to `then` after `first` in one thread, and to `then` alone."""
    reference.respond(first, thread="reference")
    return reference.respond(then, thread="reference"), reference.respond(then)


def test_a_retried_event_sent_to_the_other_replica_is_answered_once(
        replicas: tuple[Replica, Replica], api: WebApi) -> None:
    one, two = replicas
    body = event_body(mention("is SAINT available online?", ts="3000.1"), event_id="Ev0SHARED1")
    assert post_event(one.events, body)[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert post_event(two.events, body, headers=retry)[0] == 200
    assert post_event(two.events, event_body(mention("what is SAINT?", ts="3000.2")))[0] == 200
    settle(api, "chat.postMessage", 2)
    # whichever replica claims the event first answers it (the first one is acked before it is handled, so
    # under load the retry may win): once in all, and the other question by the replica it was sent to
    asked = [c[0] for c in one.engine.calls + two.engine.calls]
    assert sorted(asked) == ["is SAINT available online?", "what is SAINT?"]
    assert "what is SAINT?" in [c[0] for c in two.engine.calls]


def test_a_follow_up_on_the_other_replica_keeps_the_threads_context(
        replicas: tuple[Replica, Replica], api: WebApi, fresh_engine: Engine) -> None:
    one, two = replicas
    followed, alone = conversation(fresh_engine, "is SAINT available online?", "and onsite?")
    assert followed.explanation.context_used
    assert followed.verdict != alone.verdict
    post_event(one.events, event_body(mention("is SAINT available online?", ts="3100.1")))
    api.wait_for("chat.postMessage")
    post_event(two.events, event_body(mention("and onsite?", ts="3100.2", thread_ts="3100.1")))
    second = api.wait_for("chat.postMessage", count=2)[1]
    assert second.params["thread_ts"] == "3100.1"
    assert verdict(second.params) == f"*{followed.verdict}*"
    assert two.engine.calls == [("and onsite?", "C0CHAN:3100.1", Profile())]


def test_a_profile_set_on_one_replica_is_used_by_the_other(replicas: tuple[Replica, Replica],
                                                           api: WebApi) -> None:
    one, two = replicas
    select = {"type": "static_select", "action_id": render.ENV_SELECT,
              "selected_option": {"value": "onsite", "text": {"type": "plain_text", "text": "Onsite"}}}
    assert post_action(one.events, home_action(select))[0] == 200
    api.wait_for("views.publish")
    post_event(two.events, event_body(direct_message("is SAINT available?")))
    api.wait_for("chat.postMessage")
    assert two.engine.calls[-1][2] == Profile(env=Env.ONSITE)
    home = {"type": "app_home_opened", "user": "U0USER", "channel": "D0USER", "tab": "home", "event_ts": "3200.1"}
    post_event(two.events, event_body(home))
    view = api.wait_for("views.publish", count=2)[1].params["view"]
    selects = next(b for b in view["blocks"] if b.get("block_id") == "sobot_profile")
    assert selects["elements"][0]["initial_option"]["value"] == "onsite"


def test_redis_stopping_mid_conversation_keeps_both_answering_and_restarting_recovers(
        replicas: tuple[Replica, Replica], api: WebApi, server: RedisServer, fresh_engine: Engine) -> None:
    one, two = replicas
    followed, _ = conversation(fresh_engine, "is SAINT available online?", "and onsite?")
    assert one.health() == two.health() == (200, b"ok\n")
    post_event(one.events, event_body(mention("is SAINT available online?", ts="3300.1")))
    api.wait_for("chat.postMessage")

    server.stop()
    post_event(one.events, event_body(mention("and onsite?", ts="3300.2", thread_ts="3300.1")))
    post_event(two.events, event_body(mention("what is SAINT?", ts="3300.3")))
    answers = api.wait_for("chat.postMessage", count=3)
    assert f"*{followed.verdict}*" in [verdict(a.params) for a in answers[1:]]  # one's own memory kept the thread
    assert not any(a.params["text"] == msg.APOLOGY for a in answers)
    degraded = msg.health_degraded(store_msg.redis_degraded(f"127.0.0.1:{server.port}/0")).encode()
    assert one.health() == two.health() == (200, degraded)

    server.start()
    wait_until(lambda: one.health() == two.health() == (200, b"ok\n"), "both replicas healthy again")
    post_event(two.events, event_body(mention("is SAINT available online?", ts="3400.1")))
    api.wait_for("chat.postMessage", count=4)
    post_event(one.events, event_body(mention("and onsite?", ts="3400.2", thread_ts="3400.1")))
    fifth = api.wait_for("chat.postMessage", count=5)[4]
    assert fifth.params["thread_ts"] == "3400.1"
    assert verdict(fifth.params) == f"*{followed.verdict}*"  # shared again: two's thread went on at one
    retried = event_body(mention("asked once after the outage", ts="3400.3"), event_id="Ev0AFTER1")
    post_event(one.events, retried)
    post_event(two.events, retried, headers={"X-Slack-Retry-Num": "1"})
    settle(api, "chat.postMessage", 6)


def test_a_replayed_slash_command_or_click_is_handled_once_whichever_replica_gets_it(
        replicas: tuple[Replica, Replica], api: WebApi) -> None:
    one, two = replicas
    captured = int(time.time()) - 60
    command = command_params("what is SAINT?", api.response_url("replayed"))
    for target in (one, two, one):
        assert post_form(target.events, command, timestamp=captured)[0] == 200
    vote = {"action_id": f"{render.FEEDBACK}:up", "value": json.dumps({"q": "what is SAINT?", "i": "describe"})}
    click = block_action(vote)
    for target in (two, one):
        assert post_action(target.events, click, timestamp=captured)[0] == 200
    assert post_form(two.events, command_params("is SAINT available?", api.response_url("fresh")))[0] == 200
    api.wait_for("response/fresh")
    settle(api, "response/replayed", 1)
    settle(api, "chat.postEphemeral", 1)  # the thank-you for the one recorded vote
    votes = one.stores.feedback.entries()  # type: ignore[attr-defined]
    assert [(v["vote"], v["user"], v["question"]) for v in votes] == [("up", "U0USER", "what is SAINT?")]


def test_compose_runs_redis_and_sobot_replicas_share_it(tmp_path: Path) -> None:
    compose = shutil.which("docker-compose")
    if compose is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is missing; .ci/run installs the Debian package docker-compose")
        pytest.skip("docker-compose not installed (apt-get install docker-compose)")
    for name in ("docker-compose.yml", "Dockerfile"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "COMPOSE_", "DOCKER_", "REDIS_"))}
    done = subprocess.run([compose, "config"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    config = yaml.safe_load(done.stdout)
    sobot, redis = config["services"]["sobot"], config["services"]["redis"]
    assert redis["image"].startswith("redis:")
    assert "ping" in " ".join(redis["healthcheck"]["test"])
    assert any(str(v).startswith("redis-data:/data") or (isinstance(v, dict) and v.get("target") == "/data")
               for v in redis["volumes"])
    assert "redis-data" in config["volumes"]
    assert sobot["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    assert sobot["depends_on"]["redis"]["condition"] == "service_healthy"
    assert "container_name" not in sobot  # `--scale sobot=2` needs names compose can number
    assert not sobot.get("ports")  # Socket Mode: nothing to publish, so replicas never clash on a host port

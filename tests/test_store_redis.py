"""The Redis-backed stores against a real redis-server: shared between replicas, and never failing with it."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from redis_server import RedisServer, free_port, running_redis

from bot.core.model import Client, Env, Profile
from bot.core.state import ConversationState
from bot.store import messages as msg
from bot.store.factory import Stores, StoreSetupError, open_stores, redis_password
from bot.store.redis_backed import RedisLink, where

WAIT = 10.0


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    yield from running_redis(tmp_path_factory.mktemp("redis"))


def replica(server: RedisServer | str, state: Path) -> Stores:
    """One replica's stores: its own state directory, the shared Redis."""
    url = server if isinstance(server, str) else server.url
    return open_stores(state / "feedback.jsonl", state / "slack-profiles.json", environ={"REDIS_URL": url})


@pytest.fixture
def pair(server: RedisServer, tmp_path: Path) -> Iterator[tuple[Stores, Stores]]:
    one, two = replica(server, tmp_path / "one"), replica(server, tmp_path / "two")
    yield one, two
    one.close()
    two.close()


def wait_until(check: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


STATE = ConversationState(intent="availability", items=("SAINT",), env="online", turns=1)


def test_thread_state_is_shared_and_expires_after_the_idle_time(pair: tuple[Stores, Stores],
                                                                 server: RedisServer) -> None:
    one, two = pair
    one.state.save("C1:1700.1", STATE)
    assert two.state.load("C1:1700.1") == STATE
    with server.client() as client:
        ttl = client.ttl("sobot:thread:C1:1700.1")
    assert 29 * 60 < ttl <= 30 * 60
    two.state.clear("C1:1700.1")
    assert one.state.load("C1:1700.1") is None


def test_a_key_is_seen_once_across_replicas(pair: tuple[Stores, Stores], server: RedisServer) -> None:
    one, two = pair
    assert one.seen.first_time("event:T1:Ev1")
    assert not two.seen.first_time("event:T1:Ev1")
    assert not one.seen.first_time("event:T1:Ev1")
    assert two.seen.first_time("event:T1:Ev2")
    with server.client() as client:
        assert 59 * 60 < client.ttl("sobot:seen:event:T1:Ev1") <= 60 * 60


def test_profiles_and_feedback_are_shared(pair: tuple[Stores, Stores]) -> None:
    one, two = pair
    one.profiles.set("U1", Profile(env=Env.ONSITE, client=Client.SERVICE))
    assert two.profiles.get("U1") == Profile(env=Env.ONSITE, client=Client.SERVICE)
    assert two.profiles.get("U2") == Profile()
    one.feedback.record("up", user="U1", question="what is SAINT?")
    two.feedback.record("down", user="U2", question="and onsite?")
    votes = two.feedback.entries()
    assert [(v["vote"], v["user"]) for v in votes] == [("up", "U1"), ("down", "U2")]


def test_a_profile_fetch_brings_the_thread_state_in_the_same_round_trip(pair: tuple[Stores, Stores],
                                                                        server: RedisServer) -> None:
    one, two = pair
    one.state.save("C1:9", STATE)
    one.profiles.set("U1", Profile(env=Env.ONLINE))
    with server.client() as client:
        before = int(client.info("stats")["total_commands_processed"])
        assert two.profiles.get("U1", "C1:9") == Profile(env=Env.ONLINE)
        assert two.state.load("C1:9") == STATE  # taken from the fetch: no second GET
        after = int(client.info("stats")["total_commands_processed"])
    assert after - before - 1 == 2  # HGET + GET in one pipeline (the INFO itself is the 1)
    assert two.state.load("C1:9") == STATE  # a later load asks Redis again


def test_redis_down_falls_back_logs_once_reports_degraded_and_recovers(
        pair: tuple[Stores, Stores], server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sobot.store")
    one, two = pair
    one.state.save("C1:1", STATE)
    assert one.degraded() is None
    server.stop()
    for n in range(5):  # every operation works, from local state
        assert one.state.load("C1:1") == STATE  # this replica's own memory
        assert two.state.load("C1:1") is None
        one.state.save(f"C1:x{n}", STATE)
        assert one.seen.first_time(f"outage-{n}")
        assert not one.seen.first_time(f"outage-{n}")
        one.profiles.set("U1", Profile(env=Env.ONLINE))
        assert one.profiles.get("U1", "C1:1") == Profile(env=Env.ONLINE)
        one.feedback.record("up", user="U1")
    reason = one.degraded()
    assert reason == msg.redis_degraded(f"127.0.0.1:{server.port}/0")
    downs = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(downs) == 2  # once per outage and replica, however many operations fell back
    assert json.loads((one.feedback.local.path).read_text().splitlines()[0])["vote"] == "up"
    server.start()
    wait_until(lambda: one.degraded() is None)
    assert sum("reachable again" in r.getMessage() for r in caplog.records) == 1  # "one" so far
    assert one.profiles.get("U1") == Profile(env=Env.ONLINE)  # set during the outage: shared on recovery
    assert two.profiles.get("U1") == Profile(env=Env.ONLINE)
    one.state.save("C1:2", STATE)
    assert two.state.load("C1:2") == STATE


def test_an_unreachable_redis_at_start_still_gives_working_stores(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    stores = replica(f"redis://:hunter2@127.0.0.1:{free_port()}/0", tmp_path)
    assert stores.degraded() is not None
    assert stores.seen.first_time("k")
    stores.state.save("t", STATE)
    assert stores.state.load("t") == STATE
    assert stores.profiles.get("U1") == Profile()
    assert not any("hunter2" in r.getMessage() for r in caplog.records)
    stores.close()


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "redis://127.0.0.1:notaport/0"])
def test_an_unusable_redis_url_is_a_clear_error(tmp_path: Path, url: str) -> None:
    with pytest.raises(StoreSetupError, match="REDIS_URL"):
        replica(url, tmp_path)


def test_where_never_shows_the_password() -> None:
    assert where("redis://:secret@cache.internal:6380/2") == "cache.internal:6380/2"
    assert where("rediss://user:secret@cache") == "cache:6379/0"


def test_a_key_prefix_separates_deployments(server: RedisServer, tmp_path: Path) -> None:
    env = {"REDIS_URL": server.url, "SOBOT_REDIS_PREFIX": "staging:"}
    staging = open_stores(tmp_path / "f.jsonl", tmp_path / "p.json", environ=env)
    production = replica(server, tmp_path / "prod")
    assert staging.seen.first_time("k")
    assert production.seen.first_time("k")
    with server.client() as client:
        assert client.exists("staging:seen:k")
        assert client.exists("sobot:seen:k")
    staging.close()
    production.close()


def test_unreadable_values_in_redis_are_ignored(pair: tuple[Stores, Stores], server: RedisServer) -> None:
    one, _ = pair
    with server.client() as client:
        client.set("sobot:thread:C1:bad", "{not json")
        client.hset("sobot:profiles", "U9", "[1, 2]")
    assert one.state.load("C1:bad") is None
    assert one.profiles.get("U9") == Profile()


def test_link_breaker_sends_nothing_for_a_moment_after_a_failure(tmp_path: Path) -> None:
    now = [0.0]
    link = RedisLink(f"redis://127.0.0.1:{free_port()}/0", retry_after=5, clock=lambda: now[0])
    tries: list[int] = []

    def operation(client: object) -> str:
        tries.append(1)
        return str(client.ping())

    assert link.call(operation, lambda: "local") == "local"
    assert link.call(operation, lambda: "local") == "local"
    assert len(tries) == 1  # the second call did not try
    now[0] = 6
    assert link.call(operation, lambda: "local") == "local"
    assert len(tries) == 2
    link.close()


def test_the_redis_password_is_known_for_redaction() -> None:
    assert redis_password({"REDIS_URL": "redis://:hunter2@cache:6379/0"}) == "hunter2"
    assert redis_password({"REDIS_URL": "redis://cache:6379/0"}) is None
    assert redis_password({}) is None

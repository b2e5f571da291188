"""Print what shared state costs and how far it goes: Redis operations and bytes per answered event,
events per second one replica serves (with Redis and without), and so how many replicas one Redis serves.

    python benchmarks/bench_redis.py [--events N] [--clients C]

Runs the real thing on 127.0.0.1: its own redis-server (and redis-benchmark for
Redis's own rate), the Slack stand-in of the tests as the Web API, and
`sobot slack --http` as a separate process, to which it sends signed mentions
like Slack does (new threads and follow-ups, the questions of the first regression set).
Figures, not assertions: run it before and after a change and compare.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_engine import questions  # noqa: E402
from redis_server import RedisServer, free_port  # noqa: E402
from slack_standin import BOT_TOKEN, SIGNING_SECRET, WebApi, event_body, get, mention, post_event  # noqa: E402

STATS = ("total_commands_processed", "total_net_input_bytes", "total_net_output_bytes")


@contextmanager
def replica(api: WebApi, state: Path, redis_url: str | None) -> Iterator[str]:
    """`sobot slack --http` in its own process; yields its events URL once /healthz answers."""
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": api.url, "SOBOT_STATE_DIR": str(state), "SOBOT_LOG_LEVEL": "WARNING"}
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    sobot = str(Path(sys.executable).with_name("sobot"))
    process = subprocess.Popen([sobot, "slack", "--http", "--host", "127.0.0.1", "--port", str(port),
                                "--env-file", ""], env=env, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(url + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("sobot slack --http did not start")
            time.sleep(0.1)
        yield url + "/slack/events"
    finally:
        process.terminate()
        process.wait(15)


def conversation(n: int, texts: list[str]) -> dict[str, object]:
    """Event n: every other one a follow-up in the thread the one before started."""
    start = 10_000 + n - n % 2
    thread_ts = f"{start}.1" if n % 2 else None
    return event_body(mention(texts[n % len(texts)], ts=f"{10_000 + n}.1", thread_ts=thread_ts))


def send(url: str, api: WebApi, events: list[dict[str, object]], clients: int) -> float:
    """Post the events from `clients` threads at once; seconds until every answer reached the stand-in."""
    already = len(api.of("chat.postMessage"))
    chunks = [events[i::clients] for i in range(clients)]
    started = time.perf_counter()
    workers = [threading.Thread(target=lambda c=chunk: [post_event(url, e) for e in c]) for chunk in chunks]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    api.wait_for("chat.postMessage", count=already + len(events), timeout=300)
    return time.perf_counter() - started


def stats(client: redis.Redis) -> dict[str, int]:
    info = client.info("stats")
    return {k: int(info[k]) for k in STATS}


def command_calls(client: redis.Redis) -> dict[str, int]:
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in client.info("commandstats").items()}


def per_event(server: RedisServer, api: WebApi, url: str, texts: list[str],
              count: int) -> tuple[float, float, dict[str, float]]:
    """Redis commands and bytes (in + out) per answered event, and the commands by name."""
    with server.client() as client:
        first, second = stats(client), stats(client)
        info_cost = {k: second[k] - first[k] for k in STATS}  # what one INFO adds by itself
        calls_before, before = command_calls(client), stats(client)
        answered = len(api.of("chat.postMessage"))
        for n in range(count):  # one at a time, each answered before the next
            post_event(url, conversation(10_000_000 + n, texts))
            api.wait_for("chat.postMessage", count=answered + n + 1)
        after, calls_after = stats(client), command_calls(client)
    commands = (after["total_commands_processed"] - before["total_commands_processed"] - 1) / count  # - the INFO
    traffic = sum(after[k] - before[k] - info_cost[k] for k in STATS[1:]) / count
    names = {k: (calls_after.get(k, 0) - calls_before.get(k, 0)) / count for k in calls_after}
    return commands, traffic, {k: v for k, v in names.items() if v and k not in {"info"}}


def redis_rate(server: RedisServer) -> float:
    """Redis's own SET/GET rate on this machine (requests per second, 50 clients, no pipelining)."""
    tool = shutil.which("redis-benchmark")
    if tool is None:
        return 0.0
    out = subprocess.run([tool, "-h", "127.0.0.1", "-p", str(server.port), "-t", "set,get", "-n", "100000",
                          "-c", "50", "-q"], capture_output=True, text=True, timeout=120, check=True).stdout
    rates = [float(r) for r in re.findall(r"([\d.]+) requests per second", out)]
    return min(rates) if rates else 0.0


def key_sizes(server: RedisServer) -> tuple[int, int]:
    with server.client() as client:
        thread = next(client.scan_iter("sobot:thread:*", count=1000))
        seen = next(client.scan_iter("sobot:seen:*", count=1000))
        return int(client.memory_usage(thread) or 0), int(client.memory_usage(seen) or 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=400, help="events per throughput run")
    parser.add_argument("--clients", type=int, default=8, help="concurrent senders, like Slack's deliveries")
    args = parser.parse_args()
    binary = shutil.which("redis-server")
    if binary is None:
        print("redis-server not installed (apt-get install redis-server): no Redis figures")
        return
    texts = questions()
    with tempfile.TemporaryDirectory() as scratch:
        server = RedisServer(Path(scratch) / "redis", binary)
        server.directory.mkdir()
        server.start()
        api = WebApi()
        try:
            with replica(api, Path(scratch) / "local", None) as url:
                send(url, api, [conversation(n, texts) for n in range(40)], args.clients)  # warm up
                local = send(url, api, [conversation(100_000 + n, texts) for n in range(args.events)], args.clients)
            api.calls.clear()
            with replica(api, Path(scratch) / "shared", server.url) as url:
                send(url, api, [conversation(n, texts) for n in range(40)], args.clients)
                shared = send(url, api, [conversation(200_000 + n, texts) for n in range(args.events)], args.clients)
                api.calls.clear()
                commands, traffic, names = per_event(server, api, url, texts, 100)
            thread_bytes, seen_bytes = key_sizes(server)
            rate = redis_rate(server)
        finally:
            api.close()
            server.stop()
    local_rate, shared_rate = args.events / local, args.events / shared
    print(f"answered events         {args.events} per run, {args.clients} concurrent senders, "
          "half of them follow-ups in a thread")
    print(f"one replica, local      {local_rate:.0f} events/s")
    print(f"one replica, Redis      {shared_rate:.0f} events/s")
    print(f"Redis per event         {commands:.1f} commands, {traffic:.0f} bytes in+out "
          f"({', '.join(f'{k} {v:g}' for k, v in sorted(names.items()))})")
    print(f"Redis memory            {thread_bytes} B per active thread (30 min), {seen_bytes} B per seen request (1 h)")
    if rate:
        replicas = rate / (commands * shared_rate)
        print(f"Redis alone             {rate:.0f} commands/s (redis-benchmark SET/GET, 50 clients)")
        print(f"replicas per Redis      about {replicas:.0f} replicas each at {shared_rate:.0f} events/s")


if __name__ == "__main__":
    main()

"""A real redis-server on a free 127.0.0.1 port, for the tests of the shared stores: start, stop, restart.

No persistence (a restart starts empty, like a Redis that lost its data) and
every wait bounded. `.ci/run` installs Debian's redis-server when it is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

WAIT = 10.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """One redis-server process; `stop` and `start` again keep the port, so clients can reconnect."""

    def __init__(self, directory: Path, binary: str) -> None:
        self.directory = directory
        self.binary = binary
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, decode_responses=True, socket_timeout=WAIT)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.directory), "--logfile", str(self.directory / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + WAIT
        while True:
            try:
                with self.client() as client:
                    client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"redis-server did not start: {self.log()}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(WAIT)
        self.process = None

    def log(self) -> str:
        try:
            return (self.directory / "redis.log").read_text()[-2000:]
        except OSError:
            return "(no log)"


def redis_binary() -> str:
    """The redis-server to run; fails in CI (which installs it), skips on a machine without it."""
    found = shutil.which("redis-server")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing; .ci/run installs the Debian package redis-server")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    return found


def running_redis(directory: Path) -> Iterator[RedisServer]:
    """For a fixture: `yield from running_redis(tmp_path)` gives a started server and stops it afterwards."""
    server = RedisServer(directory, redis_binary())
    server.start()
    try:
        yield server
    finally:
        server.stop()

"""Start-up to the first prompt: start sobot in a pseudo-terminal, time until the prompt shows.

    python benchmarks/bench_startup.py [--runs 9] [--command ".venv/bin/sobot"]

Each run is a fresh process (interpreter start, imports, data loading, first
render), as a person typing `sobot` would see it. One warm-up run (bytecode
caches) is not counted. Target: median under 0.5 s.
"""

from __future__ import annotations

import argparse
import fcntl
import importlib.util
import os
import pty
import select
import shlex
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

PROMPT = b"sobot>"  # prompt-toolkit draws the trailing space separately
CPR_REQUEST = b"\x1b[6n"
CPR_REPLY = b"\x1b[1;1R"  # what a terminal answers: cursor at row 1, column 1
TARGET_SECONDS = 0.5


def default_command() -> list[str]:
    """The installed `sobot` script when the CLI exists, else the REPL module itself."""
    script = Path(sys.executable).with_name("sobot")
    if script.exists() and importlib.util.find_spec("bot.cli") is not None:
        return [str(script)]
    return [sys.executable, "-m", "bot.repl.session"]


def _read(master: int, deadline: float) -> bytes:
    """One chunk from the terminal, answering cursor-position requests as a terminal would."""
    ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.perf_counter()))
    if not ready:
        raise TimeoutError("no output before the deadline")
    try:
        chunk = os.read(master, 65536)
    except OSError:  # Linux reports EIO once the child has closed the terminal
        chunk = b""
    if CPR_REQUEST in chunk:
        os.write(master, CPR_REPLY)
    return chunk


def time_once(command: list[str], state_dir: str, timeout: float = 15.0) -> float:
    """Seconds from spawning the process to the prompt appearing on its terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # rows, columns
    env = dict(os.environ, SOBOT_STATE_DIR=state_dir, SOBOT_CACHE_DIR=os.path.join(state_dir, "cache"))
    env.setdefault("TERM", "xterm-256color")
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    deadline = start + timeout
    seen = b""
    try:
        while PROMPT not in seen:
            chunk = _read(master, deadline)
            if not chunk:
                printed = seen.decode(errors="replace")
                raise RuntimeError(f"sobot exited before its prompt; it printed: {printed}")
            seen += chunk
        elapsed = time.perf_counter() - start
        os.write(master, b"\x04")  # Ctrl-D: leave as a person would
        while _read(master, deadline):
            pass
        proc.wait(timeout=max(0.1, deadline - time.perf_counter()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs (default 9)")
    parser.add_argument("--command", help="command to start sobot (default: the installed sobot script)")
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else default_command()
    with tempfile.TemporaryDirectory() as state_dir:
        time_once(command, state_dir)  # warm-up: bytecode compilation, file caches
        times = [time_once(command, state_dir) for _ in range(args.runs)]
    median, worst = statistics.median(times), max(times)
    print(f"start-up to first prompt ({' '.join(command)}), {len(times)} runs:")
    print(f"  median {median * 1000:.0f} ms   min {min(times) * 1000:.0f} ms   max {worst * 1000:.0f} ms")
    verdict = "OK" if median < TARGET_SECONDS else "SLOW"
    print(f"  target < {TARGET_SECONDS * 1000:.0f} ms median: {verdict}")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

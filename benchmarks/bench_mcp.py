"""Start-up of the MCP face: spawn `sobot mcp`, initialise it through the MCP SDK's own stdio client, and
time until the first tool answer arrives.

    python benchmarks/bench_mcp.py [--runs 7]

Each run is a fresh process, as an AI assistant starting sobot would see it: interpreter start, imports,
knowledge loading (from the compiled cache after the first run), the MCP handshake and one `ask` call
("can I deploy sentry plugins to CRM Online?"). The first run starts with an empty cache folder (a cold
start, validating and compiling the knowledge) and is reported apart; the median is of the warm runs.
Then one server answers a few more `ask` calls, to show the per-call cost once it runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import ClientSession, StdioServerParameters, stdio_client

QUESTION = "can I deploy sentry plugins to CRM Online?"
FOLLOWING = ["which Service extensibility works online?", "what is NetServer?", "compare SOAP and Restful",
             "which integration points does the Windows client have?"]


def sobot() -> str:
    return str(Path(sys.executable).with_name("sobot"))


async def first_answer(cache: str, errlog: Path, more: int = 0) -> tuple[float, float, list[float]]:
    """Seconds from spawning `sobot mcp` to the handshake and to the first `ask` answer; then `more` calls."""
    params = StdioServerParameters(command=sobot(), args=["mcp"], cwd=tempfile.gettempdir(),
                                   env={"SOBOT_CACHE_DIR": cache, "PATH": os.environ.get("PATH", "")})
    start = time.perf_counter()
    with errlog.open("a") as err:
        async with stdio_client(params, errlog=err) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            ready = time.perf_counter() - start
            result = await session.call_tool("ask", {"question": QUESTION})
            answered = time.perf_counter() - start
            if result.is_error:
                raise SystemExit(f"sobot mcp answered with an error: {result.content}")
            calls = []
            for i in range(more):
                t = time.perf_counter()
                await session.call_tool("ask", {"question": FOLLOWING[i % len(FOLLOWING)]})
                calls.append(time.perf_counter() - t)
    return ready, answered, calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="warm starts to time (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sobot-bench-mcp-") as tmp:
        cache, errlog = os.path.join(tmp, "cache"), Path(tmp) / "stderr.log"
        cold_ready, cold, _ = anyio.run(first_answer, cache, errlog)
        warm = [anyio.run(first_answer, cache, errlog) for _ in range(args.runs)]
        _, _, calls = anyio.run(first_answer, cache, errlog, 40)
    ready = [r for r, _, _ in warm]
    answered = [a for _, a, _ in warm]
    print(f"`sobot mcp` start-up through the MCP SDK's stdio client ({args.runs} warm runs after 1 cold):")
    print(f"  cold cache: handshake {cold_ready * 1000:.0f} ms, first tool answer {cold * 1000:.0f} ms")
    print(f"  warm cache: handshake median {statistics.median(ready) * 1000:.0f} ms, first tool answer "
          f"median {statistics.median(answered) * 1000:.0f} ms (min {min(answered) * 1000:.0f}, "
          f"max {max(answered) * 1000:.0f})")
    calls.sort()
    print(f"  `ask` once running: {len(calls)} calls, median {statistics.median(calls) * 1000:.1f} ms, "
          f"max {calls[-1] * 1000:.1f} ms (stdio round trip included)")


if __name__ == "__main__":
    main()

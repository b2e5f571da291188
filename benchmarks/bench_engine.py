"""Print the core's figures: catalog load, engine build, answer latency, memory.

    python benchmarks/bench_engine.py [--rounds N] [--no-freeze]

Figures, not assertions: run it before and after a change and compare.

The engine is kept out of full collections once built (`gc.freeze()`), as `sobot ask` keeps it: without
that, the one full collection in a run walks the whole catalog and is the run's maximum (about 35 ms on
a small VM). The first round meets every question's words for the first time (the lexicon remembers
what a run of words matched), the later rounds do not: both means are printed.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
import tracemalloc
from pathlib import Path

from bot.core.catalog.load import load_catalog
from bot.core.engine import Engine
from bot.core.understand.text import tokens

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "questions" / "regression" / "holdout1.yaml"
FALLBACK_QUESTIONS = (
    "can I deploy a sentry plugin to CRM Online?",
    "what can I customise for Service in online?",
    "which integration points does the Windows client have?",
    "how do I call the Customer Service SOAP services?",
    "I need my code to run whenever a contact is saved, we are onsite",
    "what's 2+2",
)


def questions() -> list[str]:
    try:
        import yaml
        data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
        return [t for q in data for t in (q.get("turns") or [q["text"]])]
    except (OSError, KeyError, TypeError):
        return list(FALLBACK_QUESTIONS)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def memory() -> tuple[float, float]:
    """Peak traced memory (MB) of loading and of answering every question once."""
    tracemalloc.start()
    engine = Engine(load_catalog())
    _, loaded = tracemalloc.get_traced_memory()
    for q in questions():
        engine.respond(q)
    _, answered = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return loaded / 1e6, answered / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-freeze", action="store_true", help="leave the engine in full collections")
    args = parser.parse_args()
    t0 = time.perf_counter()
    catalog = load_catalog()
    t1 = time.perf_counter()
    engine = Engine(catalog)
    t2 = time.perf_counter()
    if not args.no_freeze:
        gc.collect()
        gc.freeze()  # as `sobot ask` does: the engine lives as long as the process
    qs = questions()
    timings = []
    for _ in range(args.rounds):
        for q in qs:
            start = time.perf_counter()
            engine.respond(q)
            timings.append(time.perf_counter() - start)
    first, later = timings[:len(qs)], timings[len(qs):]
    big = "can I use sentry plugins online? " * 60
    start = time.perf_counter()
    engine.respond(big)
    huge = time.perf_counter() - start
    timings.sort()
    words = statistics.fmean(len(tokens(q)) for q in qs)
    loaded, answered = memory()
    print(f"catalog load            {ms(t1 - t0)}")
    print(f"engine build            {ms(t2 - t1)}")
    print(f"questions               {len(qs)} x {args.rounds} rounds, mean {words:.1f} words")
    print(f"latency mean            {ms(statistics.fmean(timings))}")
    print(f"  first round / later   {ms(statistics.fmean(first))} / "
          f"{ms(statistics.fmean(later)) if later else '-'}")
    print(f"latency p50 / p95 / p99 / max  {ms(timings[len(timings) // 2])} / "
          f"{ms(timings[int(len(timings) * 0.95)])} / {ms(timings[int(len(timings) * 0.99)])} / {ms(timings[-1])}")
    print(f"2000-char message       {ms(huge)}")
    print(f"peak memory (traced)    {loaded:.1f} MB loaded, {answered:.1f} MB after answering")


if __name__ == "__main__":
    main()

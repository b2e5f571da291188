"""Terminal tables for the tools (rich): colour only on a terminal, plain text when piped."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import IO, Any

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from bot.tools import messages as msg
from bot.tools.evaluate import Run, confusion, expected, got, misses, summarize


def console(out: IO[str], color: bool) -> Console:
    width = max(100, shutil.get_terminal_size((120, 24)).columns)
    return Console(file=out, force_terminal=color, no_color=not color, highlight=False, width=width,
                   soft_wrap=False)


def table(title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], right: Sequence[str] = ()) -> Group:
    """A heading over a simple table; columns named in `right` are right-aligned (numbers)."""
    out = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for n, header in enumerate(headers):
        out.add_column(header, justify="right" if header in right else "left", overflow="fold", no_wrap=n == 0)
    for row in rows:
        out.add_row(*(str(cell) for cell in row))
    return Group(Text(title, style="bold"), out, Text(""))


def score_rows(groups: dict[str, dict[str, float]]) -> list[tuple[str, int, str]]:
    return [(name, int(v["n"]), f"{v['score']:.1f}") for name, v in groups.items()]


def print_eval(run: Run, out: IO[str], color: bool, worst: int) -> None:
    """Scores per kind, tag and file; the confusion table; the worst misses; the overall score."""
    con = console(out, color)
    summary = summarize(run)
    con.print(table(msg.EVAL_KINDS, ("kind", "n", "score"), score_rows(summary["kinds"]), ("n", "score")))
    if summary["tags"]:
        con.print(table(msg.EVAL_TAGS, ("tag", "n", "score"), score_rows(summary["tags"]), ("n", "score")))
    if len(summary["files"]) > 1:
        con.print(table(msg.EVAL_FILES, ("file", "n", "score"), score_rows(summary["files"]), ("n", "score")))
    matrix = confusion(run)
    kinds = list(matrix)
    intents = [i for i, _ in sum(matrix.values(), start=Counter()).most_common()]
    headers = ("answered by", *(k.replace("followup/", "↪") for k in kinds))
    con.print(table(msg.EVAL_CONFUSION, headers,
                    ([intent, *(matrix[k].get(intent) or "" for k in kinds)] for intent in intents), headers[1:]))
    shown = misses(run, worst)
    if shown:
        rows = [(r.question.id, f"{r.score:.2f}", _asked(r.question.turns), expected(r.question), got(r.answer))
                for r in shown]
        failed = sum(1 for r in run.results if r.score < 1.0)
        con.print(table(msg.eval_misses(len(shown), failed), ("id", "score", "question", "expected", "got"), rows,
                        ("score",)))
    con.print(msg.eval_overall(summary["overall"], summary["n"], run.seconds, run.lines))


def _asked(turns: Sequence[str]) -> str:
    return " → ".join(turns) if len(turns) > 1 else turns[0]

"""`sobot report` drawn: the same sections as rich tables on a terminal or as markdown tables."""

from __future__ import annotations

from typing import IO, Any

from bot.tools import messages as msg
from bot.tools.show import console, table

Section = tuple[str, tuple[str, ...], list[tuple[Any, ...]]]


def _asked(group: dict[str, Any]) -> str:
    also = group.get("also") or []
    return str(group["question"]) + (f" (also: {'; '.join(also)})" if also else "")


def sections(data: dict[str, Any]) -> list[Section]:
    """Title, headers and rows of each part of the report, in the order they are shown."""
    return [
        (msg.report_unanswered(data["fallbacks"], data["answers"]), ("asked", "users", "question", "last"),
         [(g["count"], g["users"], _asked(g), g["last"][:10]) for g in data["unanswered"]]),
        (msg.report_unsure(data["low_confidence"], data["low_below"]), ("asked", "users", "question", "answered as"),
         [(g["count"], g["users"], _asked(g), ", ".join(g["intents"])) for g in data["unsure"]]),
        (msg.REPORT_ROWS, ("row", "answers led", "answers citing it"),
         [(r["row"], r["led"], r["cited"]) for r in data["rows"]]),
        (msg.report_down(data["votes"]), ("👎", "👍", "question", "answered as", "rows"),
         [(d["down"], d["up"], d["question"], d["intent"] or "", ", ".join(d["rows"][:3]))
          for d in data["thumbs_down"]]),
        (msg.REPORT_DAYS, ("day", "answers", "fallbacks", "share %"),
         [(d["day"], d["answers"], d["fallbacks"], f"{d['share']:.1f}") for d in data["per_day"]]),
    ]


NUMBERS = {"asked", "users", "answers led", "answers citing it", "👎", "👍", "answers", "fallbacks", "share %"}


def terminal(data: dict[str, Any], out: IO[str], color: bool) -> None:
    con = console(out, color)
    con.print(msg.report_head(data["log"], data["answers"], data["votes"], data["unreadable_lines"]))
    for title, headers, rows in sections(data):
        if rows:
            con.print(table(title, headers, rows, [h for h in headers if h in NUMBERS]))
        else:
            con.print(f"[bold]{title}[/bold]: {msg.REPORT_NONE}", markup=True)


def markdown(data: dict[str, Any]) -> str:
    """GitHub-flavoured markdown: a heading and a table per part."""
    lines = [f"## {msg.REPORT_TITLE}", "", msg.report_head(data["log"], data["answers"], data["votes"],
                                                          data["unreadable_lines"]), ""]
    for title, headers, rows in sections(data):
        lines += [f"### {title}", ""]
        if not rows:
            lines += [msg.REPORT_NONE, ""]
            continue
        lines.append("| " + " | ".join(headers) + " |")
        lines.append("|" + "|".join("---:" if h in NUMBERS else "---" for h in headers) + "|")
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")

"""`sobot report`: what the question log says about the knowledge.

The questions sobot could not answer and those it answered with low confidence, each grouped
with the other wordings of the same question (rapidfuzz's token_set_ratio on the words that
carry meaning, leader clustering); the rows asked about most; the answers that got a 👎; and
the share of fallbacks per day. A terminal table, `--json`, or `--markdown` to paste into an
issue or a forum post.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rapidfuzz import fuzz, process

from bot.core.understand.text import tokens
from bot.store.questionlog import configured_path, default_path
from bot.tools import messages as msg

LOW_CONFIDENCE = 0.55
SIMILAR = 88  # token_set_ratio (0-100) at which two wordings count as one question
# Words that carry no meaning for grouping; the catalog's own stop words are added when it loads.
STOPWORDS = frozenset({"a", "an", "the", "and", "or", "to", "of", "in", "on", "at", "for", "with", "is",
    "are", "was", "be", "it", "this", "that", "i", "we", "you", "my", "our", "me", "can", "could", "do",
    "does", "how", "what", "which", "who", "when", "where", "why", "there", "any", "some", "please", "hi",
    "hey", "would", "should", "will", "use", "using", "get", "have", "not"})


def log_files(path: Path) -> list[Path]:
    """The log and its rotated parts, oldest first (questions.jsonl.3 ... .1, questions.jsonl)."""
    parts = sorted((p for p in path.parent.glob(f"{path.name}.*") if p.suffix[1:].isdigit()),
                   key=lambda p: -int(p.suffix[1:]))
    return [*parts, *([path] if path.exists() else [])]


def read_log(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Every entry of the log (and its rotated parts), and how many lines could not be read."""
    entries: list[dict[str, Any]] = []
    bad = 0
    for part in log_files(path):
        with part.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                try:
                    entry = json.loads(line)
                except ValueError:
                    bad += 1
                    continue
                if isinstance(entry, dict) and isinstance(entry.get("question"), str):
                    entries.append(entry)
                elif line.strip():
                    bad += 1
    return entries, bad


@dataclass
class Group:
    """Wordings of one question: the most asked wording leads."""

    wordings: Counter[str] = field(default_factory=Counter)
    users: set[str] = field(default_factory=set)
    last: str = ""

    @property
    def count(self) -> int:
        return sum(self.wordings.values())

    def to_dict(self, top: int = 3) -> dict[str, Any]:
        lead, *others = [w for w, _ in self.wordings.most_common()]
        return {"question": lead, "count": self.count, "users": len(self.users), "last": self.last,
                "also": others[:top]}


def content(question: str, stopwords: frozenset[str]) -> str:
    words = tokens(question)
    kept = [w for w in words if w not in stopwords]
    return " ".join(kept or words)


def group_questions(entries: list[dict[str, Any]], stopwords: frozenset[str] = STOPWORDS,
                    threshold: float = SIMILAR) -> list[Group]:
    """Leader clustering: each wording joins the first group whose lead it resembles, else starts one."""
    counts = Counter(e["question"].strip() for e in entries)
    groups: list[Group] = []
    leads: list[str] = []
    home: dict[str, Group] = {}
    for wording, _ in counts.most_common():
        key = content(wording, stopwords)
        best = process.extractOne(key, leads, scorer=fuzz.token_set_ratio, score_cutoff=threshold)
        if best is None:
            groups.append(Group())
            leads.append(key)
            home[wording] = groups[-1]
        else:
            home[wording] = groups[best[2]]
    for entry in entries:
        group = home[entry["question"].strip()]
        group.wordings[entry["question"].strip()] += 1
        if entry.get("user"):
            group.users.add(str(entry["user"]))
        group.last = max(group.last, str(entry.get("time", "")))
    return sorted(groups, key=lambda g: (-g.count, g.last))


def build(entries: list[dict[str, Any]], low: float = LOW_CONFIDENCE, top: int = 10,
          stopwords: frozenset[str] = STOPWORDS) -> dict[str, Any]:
    """The report as plain data: counts, grouped questions, rows, thumbs-down answers, fallbacks per day."""
    answers = [e for e in entries if "feedback" not in e]
    votes = [e for e in entries if "feedback" in e]
    fallbacks = [e for e in answers if e.get("fallback") is True]
    unsure = [e for e in answers if e.get("fallback") is not True and _confidence(e) < low]
    return {
        "answers": len(answers), "fallbacks": len(fallbacks), "low_confidence": len(unsure), "votes": len(votes),
        "low_below": low,
        "unanswered": [g.to_dict() for g in group_questions(fallbacks, stopwords)[:top]],
        "unsure": [g.to_dict() | {"intents": _intents(g, unsure)}
                   for g in group_questions(unsure, stopwords)[:top]],
        "rows": top_rows(answers, top),
        "thumbs_down": thumbs_down(answers, votes, top),
        "per_day": per_day(answers),
    }


def _confidence(entry: dict[str, Any]) -> float:
    value = entry.get("confidence")
    return float(value) if isinstance(value, (int, float)) else 0.0


def _intents(group: Group, entries: list[dict[str, Any]]) -> list[str]:
    counts = Counter(str(e.get("intent")) for e in entries if e["question"].strip() in group.wordings)
    return [i for i, _ in counts.most_common(3)]


def top_rows(answers: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    """Rows by how many answers led with them (and how many cited them at all)."""
    led: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    for entry in answers:
        rows = [r for r in entry.get("rows") or [] if isinstance(r, str)]
        if rows and entry.get("fallback") is not True:
            led[rows[0]] += 1
            cited.update(set(rows))
    return [{"row": row, "led": n, "cited": cited[row]} for row, n in led.most_common(top)]


def thumbs_down(answers: list[dict[str, Any]], votes: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    """The answers voted 👎, most down-votes first, with what was answered."""
    by_ref = {e.get("ref"): e for e in answers if e.get("ref")}
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for vote in votes:
        tally[str(vote.get("ref") or vote["question"])][str(vote.get("feedback"))] += 1
    down = [(ref, c) for ref, c in tally.items() if c["down"]]
    out = []
    for ref, counts in sorted(down, key=lambda rc: -rc[1]["down"])[:top]:
        vote = next(v for v in votes if str(v.get("ref") or v["question"]) == ref)
        answer = by_ref.get(ref, {})
        out.append({"question": vote["question"], "intent": answer.get("intent", vote.get("intent")),
                    "rows": answer.get("rows", []), "confidence": answer.get("confidence"),
                    "down": counts["down"], "up": counts["up"]})
    return out


def per_day(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    days: dict[str, list[bool]] = defaultdict(list)
    for entry in answers:
        days[str(entry.get("time", ""))[:10] or "?"].append(entry.get("fallback") is True)
    return [{"day": day, "answers": len(flags), "fallbacks": sum(flags),
             "share": round(100 * sum(flags) / len(flags), 1)} for day, flags in sorted(days.items())]


def catalog_stopwords() -> frozenset[str]:
    """The built-in stop words and, when the knowledge loads, the catalog's own."""
    try:
        from bot.core.catalog.load import load_catalog

        return STOPWORDS | {w for s in load_catalog().vocabulary.stopwords for w in tokens(s)}
    except Exception:  # a broken catalog must not stop the report; `sobot check` says what is wrong
        return STOPWORDS


def run_report(args: argparse.Namespace, out: IO[str]) -> int:
    path: Path = args.log or configured_path() or default_path()
    if not log_files(path):
        print(msg.no_log(str(path)), file=sys.stderr)
        return 1
    entries, bad = read_log(path)
    data = build(entries, args.low if args.low is not None else LOW_CONFIDENCE, args.top, catalog_stopwords())
    data |= {"log": str(path), "unreadable_lines": bad}
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    elif args.markdown:
        from bot.tools.reportview import markdown

        out.write(markdown(data))
    else:
        from bot.render.terminal import use_color
        from bot.tools.reportview import terminal

        terminal(data, out, use_color(out.isatty()))
    return 0

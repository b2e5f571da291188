"""How an answer was reached, drawn once: for `sobot ask --explain`, the REPL's /why and Slack's "Why this answer?"."""

from __future__ import annotations

from bot.core.model import Answer, Explanation, Section


def score(value: float) -> str:
    return f"{value:.2f}" if value <= 1 else f"{value:.0f}"


def part(name: str, value: float) -> str:
    """A score component ('keywords 0.59') or a penalty, which multiplies ('too long times 0.50')."""
    multiplies = name not in ("keywords", "examples", "fit", "follow-up")
    return f"{name} {'times ' if multiplies else ''}{value:.2f}"


def why_lines(explanation: Explanation, intent: str = "") -> list[str]:
    """The explanation as plain lines, the same in every channel: what was read, what it named, how the
    intent scored, what nothing explained, what the thread added, and the rule that decided."""
    e = explanation
    head = f"Intent: {e.intent or intent or '-'}"
    if e.act:
        head += f", act {e.act}"
    head += f" (score {score(e.score)}"
    head += f", answers from {score(e.threshold)})" if e.threshold else ")"
    lines = [f"Read as: {e.text}"] if e.text else []
    lines.append(head)
    pairs = (
        ("Score parts", ", ".join(part(n, v) for n, v in e.parts)),
        ("Found", "; ".join(e.found) or (", ".join(e.entities) if e.entities else "")),
        ("Words that matched", ", ".join(e.matched)),
        ("Words nothing explains", ", ".join(e.unexplained)),
        ("From earlier in the conversation", ", ".join(e.context_used)),
        ("Follow-up rule", e.followup),
        ("Matrix rows used", ", ".join(e.rows)),
        ("Runners-up", ", ".join(f"{c.intent} ({score(c.score)})" for c in e.runners_up)),
        ("Decided by", e.decision),
    )
    lines += [f"{label}: {value}" for label, value in pairs if value]
    if e.note and e.note != e.decision:
        lines.append(e.note)
    return lines


def why(answer: Answer) -> Answer:
    """An answer's explanation as an answer of its own, for whichever renderer shows it."""
    section = Section(bullets=tuple(why_lines(answer.explanation, answer.intent)))
    return Answer(answer.question, "why", 1.0, f"Why: {answer.question}", sections=(section,))

"""How an answer was reached, drawn once: for `sobot ask --explain`, the REPL's /why and Slack's "Why this answer?"."""

from __future__ import annotations

from bot.core.model import Answer, Explanation, Section


def score(value: float) -> str:
    return f"{value:.2f}" if value <= 1 else f"{value:.0f}"


def why_lines(explanation: Explanation, intent: str = "") -> list[str]:
    """The explanation as plain lines, the same in every channel."""
    e = explanation
    lines = [f"Intent: {e.intent or intent or '-'} (score {score(e.score)})"]
    pairs = (
        ("Words that matched", ", ".join(e.matched)),
        ("Recognised", ", ".join(e.entities)),
        ("From earlier in the conversation", ", ".join(e.context_used)),
        ("Matrix rows used", ", ".join(e.rows)),
        ("Runners-up", ", ".join(f"{c.intent} ({score(c.score)})" for c in e.runners_up)),
    )
    lines += [f"{label}: {value}" for label, value in pairs if value]
    if e.note:
        lines.append(e.note)
    return lines


def why(answer: Answer) -> Answer:
    """An answer's explanation as an answer of its own, for whichever renderer shows it."""
    section = Section(bullets=tuple(why_lines(answer.explanation, answer.intent)))
    return Answer(answer.question, "why", 1.0, f"Why: {answer.question}", sections=(section,))

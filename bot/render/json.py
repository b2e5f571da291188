"""Answer -> the ask protocol's JSON object."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from bot.core.model import Answer
from bot.render import markdown
from bot.render.explain import why_lines


def to_dict(answer: Answer) -> dict[str, Any]:
    """The protocol object for one answer (see the ask protocol)."""
    return {
        "text": answer.question,
        "intent": answer.intent,
        "confidence": round(max(0.0, min(1.0, answer.confidence)), 3),
        "fallback": answer.fallback,
        "platform": answer.platform.id if answer.platform else None,
        "items": [
            {"name": i.name, "level": i.level, "clients": list(i.clients), "onsite": i.onsite,
             "online": i.online, "url": i.url}
            for i in answer.items
        ],
        "answer": markdown.render(answer),
        "links": [{"title": k.title, "url": k.url} for k in answer.links],
        "suggestions": list(answer.suggestions),
    }


def error(text: str | None, message: str) -> dict[str, Any]:
    """The protocol object for a line that could not be answered."""
    return {"text": text, "error": message}


def explanation(answer: Answer) -> dict[str, Any]:
    """`sobot ask --json --explain`'s "explanation": the Explanation's fields and the lines every face shows."""
    return {**asdict(answer.explanation), "lines": why_lines(answer.explanation, answer.intent)}

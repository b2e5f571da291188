"""Answer -> markdown: the `answer` field of the ask protocol."""

from __future__ import annotations

from bot.core.model import Answer, Item


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def matrix_rows(items: tuple[Item, ...]) -> list[tuple[str, str, str, str, str]]:
    """The matrix excerpt as plain cells: level, extensibility, client, onsite, online."""
    return [(i.level, i.name, ", ".join(i.clients), yes_no(i.onsite), yes_no(i.online)) for i in items]


MATRIX_HEADER = ("Level", "Extensibility", "Client", "Onsite", "Online")


def table(items: tuple[Item, ...]) -> str:
    """A markdown table of matrix rows."""
    lines = ["| " + " | ".join(MATRIX_HEADER) + " |", "|---|---|---|:-:|:-:|"]
    lines += ["| " + " | ".join(row) + " |" for row in matrix_rows(items)]
    return "\n".join(lines)


def render(answer: Answer) -> str:
    """The whole answer as markdown, as the terminal shows it."""
    parts = [answer.verdict]
    for section in answer.sections:
        head = ([f"**{section.title}**"] if section.title else []) + list(section.paragraphs)
        bullets = "\n".join(f"- {b}" for b in section.bullets)
        parts.append("\n\n".join(x for x in ("\n\n".join(head), bullets) if x))
    if answer.table and answer.items:
        parts.append(table(answer.items))
    if answer.links:
        parts.append("Documentation:\n" + "\n".join(f"- [{k.title}]({k.url})" for k in answer.links))
    if answer.suggestions:
        parts.append("You could also ask: " + " · ".join(answer.suggestions))
    return "\n\n".join(p for p in parts if p)

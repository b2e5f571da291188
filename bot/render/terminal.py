"""Answer -> what the terminal shows: rich text with an aligned matrix table."""

from __future__ import annotations

import io
import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from bot.model import Answer
from bot.render.markdown import MATRIX_HEADER, matrix_rows


def use_color(stream_isatty: bool) -> bool:
    """Colour only on a terminal and only when NO_COLOR is not set."""
    return stream_isatty and "NO_COLOR" not in os.environ


def matrix_table(answer: Answer) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for name in MATRIX_HEADER:
        table.add_column(name, justify="center" if name in ("Onsite", "Online") else "left")
    for row in matrix_rows(answer.items):
        cells = [Text(c, style=("green" if c == "yes" else "red") if c in ("yes", "no") else "") for c in row]
        table.add_row(*cells)
    return table


def render(answer: Answer, *, color: bool = False, width: int = 100) -> str:
    """The answer as terminal text; plain when `color` is false."""
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=False)
    console.print(Text(answer.verdict, style="bold red" if answer.fallback else "bold"))
    for section in answer.sections:
        console.print()
        if section.title:
            console.print(Text(section.title, style="bold cyan"))
        for para in section.paragraphs:
            console.print(Text(para))
        for bullet in section.bullets:
            console.print(Text("  • " + bullet))
    if answer.table and answer.items:
        console.print()
        console.print(matrix_table(answer))
    if answer.links:
        console.print()
        console.print(Text("Documentation", style="bold cyan"))
        for link in answer.links:
            console.print(Text(f"  {link.title}: ", style="") + Text(link.url, style="underline"))
    if answer.suggestions:
        console.print()
        console.print(Text("You could also ask: " + " · ".join(answer.suggestions), style="dim"))
    return buf.getvalue()

"""Answer -> what the terminal shows: rich text, an aligned matrix table, links in full.

A pure function of the Answer: colour and width are arguments, never looked up
here, so the same answer renders the same way in a test and in a terminal.
"""

from __future__ import annotations

import io
import os

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bot.core.model import Answer, Link, Section
from bot.render.markdown import MATRIX_HEADER, matrix_rows

HEADING = "bold cyan"
CODE = "bold magenta"
YES, NO = "green", "red"


def use_color(stream_isatty: bool) -> bool:
    """Colour only on a terminal, and not when NO_COLOR is set (https://no-color.org) or TERM=dumb."""
    return stream_isatty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def inline(text: str, style: str = "", color: bool = True) -> Text:
    """Text whose `code` spans are highlighted in colour; without colour the backticks stay to mark them."""
    out = Text(style=style)
    for i, part in enumerate(text.split("`")):
        if i % 2:
            out.append(part if color else f"`{part}`", style=CODE)
        else:
            out.append(part)
    return out


def bullets(lines: tuple[str, ...] | list[Text], color: bool = True) -> RenderableType:
    """Bulleted lines with a hanging indent, so wrapped text lines up under its first word."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for line in lines:
        grid.add_row("•", inline(line, color=color) if isinstance(line, str) else line)
    return Padding(grid, (0, 0, 0, 2))


def matrix_table(answer: Answer) -> Table:
    """The answer's matrix rows; a level is named once, on its first row."""
    table = Table(show_header=True, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False,
                  show_edge=False, collapse_padding=True)
    for name in MATRIX_HEADER:
        centred = name in ("Onsite", "Online")
        table.add_column(name, justify="center" if centred else "left", no_wrap=centred)
    previous = None
    for level, name, client, onsite, online in matrix_rows(answer.items):
        if previous is not None and level != previous:
            table.add_section()
        table.add_row(
            Text("" if level == previous else level, style="dim"),
            Text(name, style="bold"),
            client,
            Text(onsite, style=YES if onsite == "yes" else NO),
            Text(online, style=YES if online == "yes" else NO),
        )
        previous = level
    return table


def link_lines(link: Link, color: bool) -> list[Text]:
    """A link's title, then its URL alone on a line, never broken, so terminals can click it."""
    url = Text(link.url, style=Style(underline=True, link=link.url) if color else "")
    return [inline(link.title, color=color), url]


def section(sec: Section, color: bool = True) -> list[RenderableType]:
    parts: list[RenderableType] = [Text()]
    if sec.title:
        parts.append(Text(sec.title, style=HEADING))
    parts += [inline(p, color=color) for p in sec.paragraphs]
    if sec.bullets:
        parts.append(bullets(sec.bullets, color))
    return parts


def render(answer: Answer, *, color: bool = False, width: int = 100) -> str:
    """The answer as terminal text, wrapped to `width`; plain (no escape codes) when `color` is false."""
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)
    if answer.verdict:
        console.print(inline(answer.verdict, "bold red" if answer.fallback else "bold", color))
    for sec in answer.sections:
        for part in section(sec, color):
            console.print(part)
    if answer.table and answer.items:
        console.print()
        console.print(matrix_table(answer))
    if answer.links:
        console.print()
        console.print(Text("Documentation", style=HEADING))
        for link in answer.links:
            title, url = link_lines(link, color)
            console.print(bullets([title]))
            console.print(Text("    ") + url, soft_wrap=True)  # soft_wrap: no folding inside the URL
    shown = {bullet for sec in answer.sections for bullet in sec.bullets}
    suggestions = tuple(s for s in answer.suggestions if s not in shown)  # a section may list them already
    if suggestions:
        console.print()
        console.print(Text("Did you mean" if answer.fallback else "You could also ask", style=HEADING))
        console.print(bullets(suggestions, color))
    return "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))

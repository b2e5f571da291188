"""One word, one meaning: the words of rows, platforms, levels, row families and the vocabulary must not clash.

A word may name two things only where both readings agree: a platform's word that is also an
environment word names a platform of that environment ("crm online"); a platform's word that is
also a row's names a row the platform offers ("windows client"); a platform's word may also name
the client it serves ("customer service"). Integration points are checked within their platform
(the same "web panel" is offered by several platforms), and platforms' `generic` words are
shared on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.core.catalog.problems import Problems
from bot.core.understand.text import normalise

# Kinds of meaning; a Meaning's `name` says which one of that kind.
ROW, PLATFORM, LEVEL, GROUP, ENV, CLIENT, POINT, NOT_NAME = (
    "row", "platform", "level", "row family", "environment", "client", "integration point", "not a name")


@dataclass(frozen=True)
class Meaning:
    kind: str
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.name!r}" if self.kind != NOT_NAME else "a word listed in not_names"


@dataclass(frozen=True)
class Use:
    """One place where a word is given a meaning."""

    word: str
    meaning: Meaning
    path: Path
    line: int | None


class Words:
    """Every word with the meaning given to it, then one check of them all."""

    def __init__(self) -> None:
        self.uses: list[Use] = []
        self.platform_envs: dict[str, set[str]] = {}
        self.platform_rows: dict[str, set[str]] = {}

    def add(self, words: list[str] | tuple[str, ...], meaning: Meaning, path: Path, line: int | None) -> None:
        self.uses.extend(Use(w, meaning, path, line) for w in words)

    def check(self, problems: Problems) -> None:
        """Report each word that a later place gives a meaning clashing with an earlier one."""
        first: dict[str, list[Use]] = {}
        reported: set[tuple[str, Meaning]] = set()
        for use in self.uses:
            key = normalise(use.word)
            if not key:
                continue
            earlier = first.setdefault(key, [])
            clash = next((e for e in earlier if not self.agree(e.meaning, use.meaning)), None)
            if clash is not None and (key, use.meaning) not in reported:
                reported.add((key, use.meaning))
                where = f"line {clash.line}" if clash.path == use.path else f"{clash.path.name}:{clash.line}"
                problems.add(use.path, use.line,
                             f"duplicate alias {key!r}: {use.meaning} here, {clash.meaning} on {where}",
                             "each word must name one thing (keep words unique): remove it from one of them")
            if all(e.meaning != use.meaning for e in earlier):
                earlier.append(use)

    def agree(self, a: Meaning, b: Meaning) -> bool:
        """Whether two meanings of one word are the same thing, or readings that do not contradict."""
        if a == b:
            return True
        if b.kind == PLATFORM:
            a, b = b, a
        if a.kind != PLATFORM:
            return False
        if b.kind == ENV:
            return self.platform_envs.get(a.name) == {b.name}
        if b.kind == ROW:
            return b.name in self.platform_rows.get(a.name, set())
        return b.kind == CLIENT

"""The validated knowledge as plain frozen data: what loading produces and the core reads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.model import Item, Link, Platform

if TYPE_CHECKING:
    from bot.core.catalog.schema import VocabularyModel


@dataclass(frozen=True)
class Level:
    name: str
    summary: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    links: tuple[Link, ...]
    rows: tuple[str, ...]
    platform: str | None
    levels_table: bool


@dataclass(frozen=True)
class Need:
    id: str
    need: str
    words: tuple[str, ...]
    rows: tuple[tuple[str, str], ...]
    points: tuple[str, ...]


@dataclass(frozen=True)
class Intent:
    id: str
    handler: str
    keywords: tuple[str, ...]
    hints: tuple[str, ...]
    examples: tuple[str, ...]
    needs: tuple[str, ...]
    prefers: tuple[str, ...]
    avoids: tuple[str, ...]
    topic: str | None
    about: tuple[str, ...]
    weight: float
    max_words: int | None
    path: str
    handler_line: int | None = None
    example_lines: tuple[int | None, ...] = ()  # the line of each example, for `sobot check`


@dataclass(frozen=True)
class Catalog:
    """Everything sobot knows, validated."""

    items: tuple[Item, ...]
    levels: tuple[Level, ...]
    platforms: tuple[Platform, ...]
    topics: tuple[Topic, ...]
    needs: tuple[Need, ...]
    vocabulary: VocabularyModel
    intents: tuple[Intent, ...]
    data_dir: Path
    intents_dir: Path

    @cached_property
    def _items(self) -> dict[str, Item]:
        return {i.name: i for i in self.items}

    @cached_property
    def _platforms(self) -> dict[str, Platform]:
        return {p.id: p for p in self.platforms}

    @cached_property
    def _topics(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    def item(self, name: str) -> Item:
        """The matrix row of that exact name (KeyError names it when there is none)."""
        return self._items[name]

    def platform(self, pid: str) -> Platform:
        """The platform of that protocol id."""
        return self._platforms[pid]

    def topic(self, tid: str) -> Topic:
        """The topic of that id."""
        return self._topics[tid]

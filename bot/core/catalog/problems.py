"""Where the catalog's checks report a problem: raised at once (start-up) or kept, every one (`sobot check`)."""

from __future__ import annotations

from pathlib import Path

from bot.core.errors import DataError


def display(path: Path) -> str:
    """A path as people read it: relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class Problems:
    """The one place every check reports to; `collect=False` raises the first problem (the fast path)."""

    def __init__(self, collect: bool = False) -> None:
        self.collect = collect
        self.found: list[DataError] = []

    def add(self, path: Path | str, line: int | None, problem: str, fix: str = "") -> None:
        """Report one problem at `path:line`."""
        self.error(DataError(display(path) if isinstance(path, Path) else path, line, problem, fix))

    def error(self, error: DataError) -> None:
        """Report a DataError raised elsewhere (YAML syntax, the engine's joins)."""
        if not self.collect:
            raise error
        self.found.append(error)

    def __bool__(self) -> bool:
        return bool(self.found)

    def sorted(self) -> list[DataError]:
        """Every problem, by file and line (the order an editor walks them)."""
        return sorted(self.found, key=lambda e: (e.path, e.line or 0))

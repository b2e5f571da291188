"""The errors sobot raises.

    SobotError
    └── DataError        a data/ or intents/ file is missing, malformed or inconsistent
"""

from __future__ import annotations


class SobotError(Exception):
    """Base of sobot's own errors."""


class DataError(SobotError):
    """Bad data or intents: names the file, the line and what to fix."""

    def __init__(self, path: str, line: int | None, problem: str, fix: str = "") -> None:
        self.path = path
        self.line = line
        self.problem = problem
        self.fix = fix
        where = f"{path}:{line}" if line else path
        text = f"{where}: {problem}"
        if fix:
            text += f"\n  fix: {fix}"
        super().__init__(text)

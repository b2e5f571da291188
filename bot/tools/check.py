"""`sobot check`: every problem of data/ and intents/ in one run, then whether each intent's examples find it.

The data checks are the loader's own (`check_catalog` runs them without stopping); the examples
are asked through `Engine.respond`, the way a user asks, and the answer's intent is compared
with the intent the example belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.core.catalog.load import check_catalog
from bot.core.catalog.model import Catalog, Intent
from bot.core.catalog.problems import Problems
from bot.core.engine import Engine, check_joins
from bot.core.errors import DataError
from bot.tools import messages as msg


@dataclass
class CheckResult:
    """What `sobot check` found: the catalog as read, every problem, and how many examples were asked."""

    catalog: Catalog
    problems: list[DataError] = field(default_factory=list)
    examples: int = 0
    examples_skipped: bool = False


def run_check(data_dir: Path | None = None, intents_dir: Path | None = None, examples: bool = True) -> CheckResult:
    """Read and check everything; ask the examples only when the data itself is sound."""
    catalog, found = check_catalog(data_dir, intents_dir)
    problems = Problems(collect=True)
    problems.found.extend(found)
    try:
        check_joins(catalog)
    except DataError as err:
        if err.line is not None or not found:  # "handler used by no intent" may only mean its intent was unreadable
            problems.error(err)
    result = CheckResult(catalog)
    if examples and not problems:
        result.examples = check_examples(Engine(catalog), catalog.intents, problems)
    result.examples_skipped = examples and bool(problems) and not result.examples
    result.problems = problems.sorted()
    return result


def same_answer(intent: Intent, answered: str, catalog: Catalog) -> bool:
    """The answer came from the example's intent, or from one sharing its handler (the same kind of answer)."""
    if answered == intent.id:
        return True
    other = next((i for i in catalog.intents if i.id == answered), None)
    return other is not None and other.handler == intent.handler


def check_examples(engine: Engine, intents: tuple[Intent, ...], problems: Problems) -> int:
    """Ask every example on its own; report each one another intent answers. Returns how many were asked."""
    asked = 0
    for intent in intents:
        lines = intent.example_lines or (intent.handler_line,) * len(intent.examples)
        for example, line in zip(intent.examples, lines, strict=False):
            answer = engine.respond(example)
            asked += 1
            if not same_answer(intent, answer.intent, engine.catalog):
                problems.add(intent.path, line, msg.example_elsewhere(intent.id, example, answer.intent,
                                                                      answer.confidence), msg.EXAMPLE_FIX)
    return asked


def format_problem(error: DataError) -> str:
    """One line: `file:line: problem (fix: ...)`."""
    where = f"{error.path}:{error.line}" if error.line else error.path
    return f"{where}: {error.problem}" + (f" (fix: {error.fix})" if error.fix else "")

"""`sobot` with no subcommand: an interactive prompt on a terminal, else one answer per piped line.

prompt-toolkit is imported (in bot.repl.prompt) only for an interactive session; slack_bolt never.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.core.errors import DataError
from bot.repl import messages as msg
from bot.repl.commands import handle
from bot.repl.session import EngineFactory, EngineLoader, PathLike, Repl, resolve_state_dir

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

    from bot.core.engine import Engine


def answer_lines(repl: Repl, lines: Iterable[str]) -> int:
    """Piped input: each line shown above its answer, as a transcript (no prompt), then exit."""
    try:
        repl.loader.get()
        for line in lines:
            if line.strip():
                repl.write(msg.piped_question(line.strip()))
            if not handle(repl, line):
                break
    except DataError as exc:
        sys.stderr.write(msg.load_failed(exc))
        return 2
    return 0


def run_repl(
    engine_factory: EngineFactory | None = None,
    *,
    input: Input | None = None,
    output: Output | None = None,
    state_dir: PathLike | None = None,
    stream: TextIO | None = None,
    data_dir: PathLike | None = None,
    intents_dir: PathLike | None = None,
    lines: Iterable[str] | None = None,
) -> int:
    """Start sobot in the terminal; returns the exit code (2 when the data does not load).

    `input`/`output` are prompt-toolkit's (pipe input and DummyOutput in tests);
    answers go to `stream` (stdout). With `lines`, or when stdin is not a
    terminal and no `input` is given, each line is answered without a prompt.
    `data_dir`/`intents_dir` are where the engine loads from and /reload re-reads.
    """
    factory = engine_factory or _default_factory(data_dir, intents_dir)
    repl = Repl(EngineLoader(factory), state_dir=resolve_state_dir(state_dir),
                stream=stream if stream is not None else sys.stdout,
                data_dir=data_dir, intents_dir=intents_dir)
    if lines is None and input is None and not sys.stdin.isatty():
        lines = sys.stdin
    if lines is not None:
        return answer_lines(repl, lines)
    from bot.repl.prompt import interact  # prompt_toolkit only for a real prompt

    return interact(repl, input=input, output=output)


def _default_factory(data_dir: PathLike | None, intents_dir: PathLike | None,
                     own_process: bool = False) -> EngineFactory:
    def load() -> Engine:
        from bot.core.engine import load_engine, settle

        engine = load_engine(_path(data_dir), _path(intents_dir))
        if own_process:
            settle()  # the terminal session keeps this engine: full collections need not walk it again
        return engine

    return load


def _path(value: PathLike | None) -> Path | None:
    return Path(value) if value is not None else None


def main(args: Any = None) -> int:
    """`sobot` with no subcommand; `args` may carry state_dir, data_dir and intents_dir attributes."""
    data_dir, intents_dir = getattr(args, "data_dir", None), getattr(args, "intents_dir", None)
    factory = _default_factory(data_dir, intents_dir, own_process=getattr(args, "own_process", False))
    return run_repl(factory, state_dir=getattr(args, "state_dir", None), data_dir=data_dir,
                    intents_dir=intents_dir)


if __name__ == "__main__":
    sys.exit(main())

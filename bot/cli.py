"""sobot [repl] | ask | check | eval | report | cache | slack | mcp: the command line."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any, NoReturn

from bot.core.errors import DataError

EXAMPLES = """examples:
  sobot                                   start the terminal bot (the REPL)
  sobot ask "can I use sentry plugins online?"
  sobot ask --json "which internal APIs are there?"
  sobot ask --jsonl < questions.jsonl     batch, one JSON object per line
  sobot ask --explain "can i use udfs online?"   the answer, then how it was reached
  sobot check [--data DIR]                every problem of data/ and intents/, one line each
  sobot eval tests/questions/ --min 80    score question files through the engine
  sobot report                            what users asked that sobot could not answer
  sobot cache clear                       delete the compiled knowledge (rebuilt at the next start)
  sobot slack [--http --port 3000]        run the Slack app
  sobot mcp                               serve AI assistants over MCP (stdio)
"""


def build_parser(with_slack: bool = False, with_mcp: bool = False, only_ask: bool = False) -> argparse.ArgumentParser:
    """The argument parser; the Slack and MCP options are added only when that command is run, and
    `only_ask` leaves out every other command (`sobot ask ...` pays for no parser it does not use)."""
    parser = argparse.ArgumentParser(
        prog="sobot", description="sobot tells you which SuperOffice extensibility point or API fits "
        "your platform and environment.", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="command")
    if not only_ask:
        sub.add_parser("repl", help="the interactive terminal bot (default), e.g. `sobot repl`")
    ask = sub.add_parser("ask", help='answer questions, e.g. `sobot ask "is SAINT available online?"`')
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument("--jsonl", action="store_true", help="read JSON Lines on stdin, write one object per line")
    ask.add_argument("--explain", action="store_true", help="also show how the answer was reached")
    ask.add_argument("question", nargs="*", help="the question (not with --jsonl)")
    if only_ask:
        return parser
    from bot.tools import commands as tools
    tools.add_arguments(sub)
    slack = sub.add_parser("slack", help="run the Slack app, e.g. `sobot slack --http --port 3000`")
    if with_slack:
        from bot.slack import app as slack_app
        slack_app.add_arguments(slack)
    mcp = sub.add_parser("mcp", help="serve sobot to AI assistants over the Model Context Protocol on stdio, "
                         "e.g. `sobot mcp` (needs sobot[mcp])")
    if with_mcp:
        from bot.mcp import main as mcp_main
        mcp_main.add_arguments(mcp)
    return parser


def _engine() -> Any:
    from bot.core.engine import load_engine
    return load_engine()


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Text without lone surrogates (a `\\ud800` escape in JSON): each becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def run_jsonl(engine: Any, lines: Iterable[str | bytes], out: IO[str], explain: bool = False) -> None:
    """The batch protocol: one object out per line in, in order, flushed; always valid UTF-8 JSON.
    With `explain`, each answer also carries how it was reached (an extra `explanation` field)."""
    for raw in lines:
        obj = answer_line(engine, raw, explain)
        out.write(clean(json.dumps(obj, ensure_ascii=False)) + "\n")
        out.flush()


def answer_line(engine: Any, raw: str | bytes, explain: bool = False) -> dict[str, Any]:
    """The protocol object for one input line: an answer, or an error saying what is wrong with the line."""
    from bot.render.json import error, explanation, to_dict
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return error(None, f"line is not valid UTF-8 (byte {exc.start + 1})")
    try:
        data = json.loads(raw)
    except RecursionError:
        return error(None, "line is nested too deeply")
    except ValueError:
        return error(None, "line is not valid JSON") if raw.strip() else error(None, "blank line")
    if not isinstance(data, dict):
        return error(None, "line is not a JSON object")
    if not isinstance(data.get("text"), str):
        return error(None, "`text` is missing or not a string")
    text, thread = clean(data["text"]), data.get("thread")
    key = f"jsonl:{clean(str(thread))}" if isinstance(thread, (str, int)) and str(thread) else None
    try:
        answer = engine.respond(text, thread=key)
        return to_dict(answer) | ({"explanation": explanation(answer)} if explain else {})
    except Exception as exc:  # one bad line never stops the batch
        return error(text, f"internal error: {type(exc).__name__}")


def cmd_ask(args: argparse.Namespace, out: IO[str]) -> int:
    if args.jsonl and args.question:
        print("sobot ask: --jsonl reads its questions from standard input, one JSON object a line; "
              f"remove {' '.join(args.question)!r} or drop --jsonl", file=sys.stderr)
        return 2
    engine = _engine()
    if getattr(args, "own_process", False):
        from bot.core.engine import settle

        settle()  # the engine lives as long as the process: full collections need not walk it again
    if args.jsonl:  # bytes in, decoded line by line; UTF-8 out whatever the locale says
        if isinstance(out, io.TextIOWrapper):
            out.reconfigure(encoding="utf-8", errors="replace")
        run_jsonl(engine, getattr(sys.stdin, "buffer", sys.stdin), out, explain=args.explain)
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print('sobot ask: give a question, e.g. sobot ask "can I use SAINT online?"', file=sys.stderr)
        return 2
    answer = engine.respond(question)
    if os.environ.get("SOBOT_LOG"):  # the question log is off unless SOBOT_LOG is set: its module loads only then
        from bot.store.questionlog import record_answer
        record_answer("ask", None, answer)
    if args.json:
        from bot.render.json import explanation, to_dict
        obj = to_dict(answer) | ({"explanation": explanation(answer)} if args.explain else {})
        out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    else:
        from bot.render.explain import why
        from bot.render.terminal import render, use_color
        color = use_color(out.isatty())
        out.write(render(answer, color=color))
        if args.explain:
            out.write("\n" + render(why(answer), color=color))
    return 0


def cmd_repl(args: argparse.Namespace) -> int:
    from bot.repl import main as repl
    return repl.main(args)


def main(argv: Sequence[str] | None = None) -> int:
    """The `sobot` command; `argv` None means the process's own arguments (a one-shot `ask` then exits
    at once, see `exit_now`)."""
    own = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else None
    parser = build_parser(with_slack=command == "slack", with_mcp=command == "mcp", only_ask=command == "ask")
    args = parser.parse_args(argv)
    args.own_process = own
    status = run(args)
    if own and args.command == "ask":
        exit_now(status)
    return status


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; returns the exit status."""
    try:
        if args.command == "ask":
            return cmd_ask(args, sys.stdout)
        if args.command in ("check", "eval", "report", "cache"):
            from bot.tools import commands as tools
            return tools.run(args, sys.stdout)
        if args.command == "slack":
            from bot.slack import app as slack_app
            return int(slack_app.run(args))
        if args.command == "mcp":
            from bot.mcp import main as mcp_main
            return mcp_main.run(args)
        return cmd_repl(args)
    except DataError as exc:
        print(f"sobot: bad data - {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def exit_now(status: int) -> NoReturn:
    """End the process without tearing the interpreter down: `ask` has written and flushed everything,
    and freeing the engine object by object would cost about as long as starting Python again."""
    from contextlib import suppress

    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe: nothing more can be said
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(main())

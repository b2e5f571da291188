"""`sobot check`, `sobot eval`, `sobot report` and `sobot cache`: their options and what each runs.

Importing this module stays light; the engine and rich load when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO

CHECK_HELP = "validate data/ and intents/, report every problem and ask every intent's examples, e.g. `sobot check`"
EVAL_HELP = "score question files through the engine, e.g. `sobot eval tests/questions/ --min 80`"
CACHE_HELP = "where the compiled knowledge is kept, e.g. `sobot cache`; `sobot cache clear` deletes it"
REPORT_HELP = "what users asked that sobot could not answer, from the question log, e.g. `sobot report`"
EVAL_EPILOG = """question files: a YAML list of questions, e.g.
  - id: q1
    kind: item                 # item | list | platform | concept | out_of_scope | followup
    text: Can I use udfs online?
    items: [User-defined Fields]   # item: 1 row (2 to compare); list: the rows
    tags: [casual]
  - id: q2
    kind: followup
    turns: [is SAINT available online?, and onsite?]
    then: {kind: item, items: [SAINT]}
other gold: `platform: web-client-online` (kind platform), `must_mention: [[a, b], [c]]` (concept)."""


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the three tool commands on the `sobot` parser."""
    check = sub.add_parser("check", help=CHECK_HELP)
    _knowledge_dirs(check)
    check.add_argument("--no-examples", action="store_true", help="only the data checks; do not ask the examples")
    ev = sub.add_parser("eval", help=EVAL_HELP, epilog=EVAL_EPILOG,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ev.add_argument("files", nargs="+", metavar="FILE", help="question files, folders of them, or glob patterns")
    ev.add_argument("--min", type=float, metavar="SCORE", help="exit 1 when the overall score is below SCORE")
    ev.add_argument("--session", action="store_true",
                    help="ask every single-turn question in one thread, as in one long conversation")
    ev.add_argument("--json", metavar="PATH", type=Path, help="also write every result as JSON to PATH")
    ev.add_argument("--misses", type=int, default=15, metavar="N", help="show the N worst misses (default 15)")
    _knowledge_dirs(ev)
    rep = sub.add_parser("report", help=REPORT_HELP)
    rep.add_argument("log", nargs="?", type=Path, help="the question log (default: $SOBOT_LOG, else "
                     "questions.jsonl in the state directory); its rotated parts are read too")
    form = rep.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="one JSON object")
    form.add_argument("--markdown", action="store_true", help="markdown, to paste into an issue or a forum post")
    rep.add_argument("--low", type=float, default=None, metavar="CONF",
                     help="answers below this confidence count as low-confidence (default 0.55)")
    rep.add_argument("--top", type=int, default=10, metavar="N", help="how many entries each part shows")
    cache = sub.add_parser("cache", help=CACHE_HELP)
    cache.add_argument("action", nargs="?", choices=["show", "clear"], default="show",
                       help="show (default): the folder and its files; clear: delete them (the next start rebuilds)")


def _knowledge_dirs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, metavar="DIR", help="the data folder (default: $SOBOT_DATA_DIR or data/)")
    parser.add_argument("--intents", type=Path, metavar="DIR",
                        help="the intents folder (default: $SOBOT_INTENTS_DIR or intents/)")


def run(args: argparse.Namespace, out: IO[str]) -> int:
    """Run the tool command `args.command`; returns the exit status."""
    if args.command == "check":
        return cmd_check(args, out)
    if args.command == "eval":
        return cmd_eval(args, out)
    if args.command == "cache":
        return cmd_cache(args, out)
    return cmd_report(args, out)


def cmd_check(args: argparse.Namespace, out: IO[str]) -> int:
    from bot.tools import messages as msg
    from bot.tools.check import format_problem, run_check

    result = run_check(args.data, args.intents, examples=not args.no_examples)
    for problem in result.problems:
        out.write(format_problem(problem) + "\n")
    if result.problems:
        if result.examples_skipped:
            out.write(msg.EXAMPLES_SKIPPED + "\n")
        out.write(msg.check_failed(len(result.problems), len({p.path for p in result.problems})) + "\n")
        return 1
    cat = result.catalog
    out.write(msg.check_ok(len(cat.items), len(cat.platforms), len(cat.topics), len(cat.needs), len(cat.intents),
                           result.examples) + "\n")
    return 0


def cmd_eval(args: argparse.Namespace, out: IO[str]) -> int:
    from bot.core.engine import load_engine
    from bot.core.errors import DataError
    from bot.render.terminal import use_color
    from bot.tools import messages as msg
    from bot.tools.evaluate import payload, run_questions, summarize
    from bot.tools.questions import expand, load_questions
    from bot.tools.show import print_eval

    engine = load_engine(args.data, args.intents)
    try:
        paths = expand(args.files)
        questions = load_questions(paths, {i.name for i in engine.catalog.items})
    except DataError as error:  # the questions are wrong, not the knowledge: exit 2, as score.py does
        print(msg.bad_questions(str(error)), file=sys.stderr)
        return 2
    run_ = run_questions(engine, questions, session=args.session)
    print_eval(run_, out, use_color(out.isatty()), args.misses)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = payload(run_, [str(p) for p in paths], args.session)
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(msg.eval_json_written(str(args.json)), file=sys.stderr)
    overall = float(summarize(run_)["overall"])
    if args.min is not None and overall < args.min:
        print(msg.eval_below(overall, args.min), file=sys.stderr)
        return 1
    return 0


def cmd_report(args: argparse.Namespace, out: IO[str]) -> int:
    from bot.tools.report import run_report

    return run_report(args, out)


def cmd_cache(args: argparse.Namespace, out: IO[str]) -> int:
    from bot.core.catalog import cache
    from bot.core.paths import cache_dir
    from bot.tools import messages as msg

    if args.action == "clear":
        out.write(msg.cache_cleared(len(cache.clear()), str(cache_dir())) + "\n")
        return 0
    files = cache.files()
    out.write(msg.cache_shown(str(cache_dir()), [(p.name, p.stat().st_size) for p in files]) + "\n")
    return 0

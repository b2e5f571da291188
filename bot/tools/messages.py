"""Every sentence the knowledge tools (check, eval, report) print, in one place."""

from __future__ import annotations

from bot.core.handlers.talk import NOT_UNDERSTOOD

EXAMPLE_FIX = ("reword the example, or give the intent the keywords that set it apart; "
               "`sobot ask --explain` shows how it was read")
EXAMPLES_SKIPPED = "examples not asked: fix the problems above first"


def example_elsewhere(intent: str, example: str, answered: str, confidence: float) -> str:
    if answered == NOT_UNDERSTOOD:
        return f"intent {intent}: example {example!r} is not understood (fallback, score {confidence:.2f})"
    return f"intent {intent}: example {example!r} is answered by intent {answered!r} (score {confidence:.2f})"


def check_ok(rows: int, platforms: int, topics: int, needs: int, intents: int, examples: int) -> str:
    return (f"ok: {rows} matrix rows, {platforms} platforms, {topics} topics, {needs} needs, {intents} intents; "
            f"{examples} examples each answered by their own intent")


def check_failed(problems: int, files: int) -> str:
    return f"{problems} problem{'s' if problems != 1 else ''} in {files} file{'s' if files != 1 else ''}"

EVAL_KINDS = "Score per kind"
EVAL_TAGS = "Score per tag"
EVAL_FILES = "Score per file"
EVAL_CONFUSION = "The intent that answered, per expected kind (questions; ↪ a follow-up's last turn)"


def eval_misses(shown: int, failed: int) -> str:
    return f"The worst misses ({shown} of {failed} questions not fully right)"


def eval_overall(score: float, questions: int, seconds: float, lines: int) -> str:
    per = 1000 * seconds / max(lines, 1)
    return (f"overall score {score:.1f} (mean of {questions} questions, 0-100); "
            f"{lines} messages asked in {seconds:.2f} s, {per:.1f} ms each")


def eval_below(score: float, floor: float) -> str:
    return f"sobot eval: overall score {score:.1f} is below --min {floor:g}"


def bad_questions(error: str) -> str:
    return f"sobot eval: bad question file - {error}"


def eval_json_written(path: str) -> str:
    return f"results written to {path}"

REPORT_TITLE = "What sobot was asked"
REPORT_ROWS = "Rows asked about most"
REPORT_DAYS = "Fallbacks per day"
REPORT_NONE = "none"


def no_log(path: str) -> str:
    return (f"sobot report: no question log at {path}; turn the log on with SOBOT_LOG=on "
            "(or SOBOT_LOG=path.jsonl) for the REPL, `sobot ask` and the Slack app, or name the file")


def report_head(path: str, answers: int, votes: int, unreadable: int) -> str:
    skipped = f"; {unreadable} unreadable lines skipped" if unreadable else ""
    return f"{answers} answers and {votes} votes in {path}{skipped}"


def report_unanswered(fallbacks: int, answers: int) -> str:
    share = f" ({100 * fallbacks / answers:.0f}% of answers)" if answers else ""
    return f"Not answered: {fallbacks} questions fell back{share}, grouped by wording"


def report_unsure(count: int, below: float) -> str:
    return f"Answered with low confidence (below {below:.2f}): {count} questions"


def report_down(votes: int) -> str:
    return f"Answers voted 👎 ({votes} votes in all)"


def cache_shown(folder: str, files: list[tuple[str, int]]) -> str:
    if not files:
        return f"knowledge cache: {folder} (empty; the next start fills it)"
    lines = [f"knowledge cache: {folder}"] + [f"  {name}  {size / 1e6:.1f} MB" for name, size in files]
    return "\n".join([*lines, "`sobot cache clear` deletes it; the next start validates data/ and intents/ again"])


def cache_cleared(count: int, folder: str) -> str:
    return f"deleted {count} cache file{'s' if count != 1 else ''} in {folder}"

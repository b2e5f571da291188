"""Properties (hypothesis): the engine always answers, `sobot ask --jsonl` always gives one valid line per line.

The inputs include what broke the batch before (issue #13, defect 5): lone
surrogates, a thousand nested brackets, bytes that are not UTF-8 and `\\udcXX`
escapes; and Slack's markup, control characters and huge strings. The example
count and seed come from the profile in conftest.py (fixed in CI).
"""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_protocol import check_answer

from bot.cli import clean, run_jsonl
from bot.core.engine import Engine
from bot.core.model import Answer
from bot.render.json import to_dict

ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates and control characters included
NASTY = st.sampled_from([
    "x \ud800", "\udcff\udcfe", "caf\udce9", "[" * 1000, "{" * 1000 + "}" * 1000, "<!channel>", "<!here|here>",
    "<@U123|boss>", "&lt;b&gt;", "\x00\x01\x02\x1b[31m", "\u202e\u200b\ufeff", "\r\n\t", "😀" * 300,
    "is SAINT available online? \ud83d", "SAINT " * 20000, "a" * 1_000_000,
])
TEXTS = st.one_of(
    st.text(ANY_CHARACTER),
    st.text(ANY_CHARACTER, max_size=3000),
    NASTY,
    st.lists(st.one_of(NASTY, st.text(ANY_CHARACTER, max_size=10), st.sampled_from(["SAINT", "online", "and"])),
             max_size=12).map(" ".join),
    st.tuples(st.text(ANY_CHARACTER, min_size=1, max_size=8), st.integers(1000, 100_000)).map(lambda p: p[0] * p[1]),
)
SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SLOW_OK
@given(text=TEXTS, thread=st.sampled_from([None, "p1", "p2"]))
def test_respond_never_raises_and_answers_in_the_protocols_shape(engine: Engine, text: str,
                                                                 thread: str | None) -> None:
    answer = engine.respond(text, thread=thread)
    assert isinstance(answer, Answer)
    check_answer(to_dict(answer), answer.question)
    json.dumps(to_dict(answer), ensure_ascii=False)


def json_line(text: str, thread: Any) -> bytes:
    obj: dict[str, Any] = {"text": text}
    if thread is not None:
        obj["thread"] = thread
    return json.dumps(obj).encode()  # ASCII: lone surrogates travel as \udXXX escapes, as a client writes them


LINES = st.one_of(
    st.builds(json_line, TEXTS, st.one_of(st.none(), st.sampled_from(["t1", "t2", 7, "\udcff"]))),
    st.binary(max_size=200),  # anything at all, not UTF-8 most of the time
    st.text(ANY_CHARACTER, max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"   ", b"[" * 1000, b"[" * 100_000, b"{\"text\": 5}", b"null", b"\xff\xfe",
                     b'{"text": "x \\ud800"}', b'{"text": "\\udcff"}', b'{"text": "ok"} trailing']),
).map(lambda line: line.replace(b"\n", b" "))


def expected_text(line: bytes) -> str | None:
    """The `text` an answer to this line should carry (None: the line must get an error)."""
    try:
        data = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    return clean(data["text"])


@SLOW_OK
@given(lines=st.lists(LINES, max_size=8))
def test_jsonl_gives_one_valid_utf8_object_per_line_in_order(engine: Engine, lines: list[bytes]) -> None:
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict", newline="\n")  # strict: any bad text fails
    run_jsonl(engine, [line + b"\n" for line in lines], out)
    out.flush()
    rows = buffer.getvalue().decode("utf-8").split("\n")
    assert rows.pop() == ""
    assert len(rows) == len(lines)
    for line, row in zip(lines, rows, strict=True):
        obj = json.loads(row)
        assert isinstance(obj, dict)
        text = expected_text(line)
        if text is None:
            assert isinstance(obj["error"], str)
            assert obj["text"] is None
        elif "error" in obj:  # an internal error names the line's question
            assert obj["text"] == text
        else:
            check_answer(obj, text)  # in order: each answer carries its own line's question
    out.detach()

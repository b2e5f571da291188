"""`sobot ask --jsonl` on input that used to lose the whole batch (issue #13, defect 5), run for real."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from test_protocol import SOBOT, check_answer

ROOT = Path(__file__).resolve().parent.parent

BATCH = [
    (b'{"text": "is SAINT available online?", "thread": "b1"}', "is SAINT available online?"),
    (b'{"text": "x \\ud800"}', "x \ufffd"),  # a lone surrogate: answered, cleaned
    (b"[" * 1000 + b"]" * 1000, None),  # nested too deeply for the parser
    (b'{"text": "caf\xe9 SAINT"}', None),  # Latin-1, not UTF-8
    (b'{"text": "caf\\udce9 online"}', "caf\ufffd online"),  # what surrogateescape would have produced
    (b"\xff\xfe\x00{", None),
    (b'{"text": "and onsite?", "thread": "b1"}', "and onsite?"),
]


@pytest.mark.parametrize("io_encoding", [None, "ascii:strict"])
def test_bad_lines_get_their_own_error_and_the_batch_goes_on(io_encoding: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOBOT_") or k == "SOBOT_CACHE_DIR"}
    if io_encoding:  # a strict, non-UTF-8 terminal setting: output is UTF-8 all the same
        env.update(PYTHONIOENCODING=io_encoding, LC_ALL="C")
    stdin = b"".join(line + b"\n" for line, _ in BATCH)
    done = subprocess.run([str(SOBOT), "ask", "--jsonl"], input=stdin, capture_output=True, timeout=60,
                          cwd=ROOT, env=env, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    rows = done.stdout.decode("utf-8").splitlines()  # strict: the output is valid UTF-8
    assert len(rows) == len(BATCH)
    for (_, text), row in zip(BATCH, rows, strict=True):
        obj = json.loads(row)
        if text is None:
            assert obj["text"] is None
            assert obj["error"]
        else:
            check_answer(obj, text)
    assert json.loads(rows[-1])["items"][0]["name"] == "SAINT"  # the thread went on past the bad lines

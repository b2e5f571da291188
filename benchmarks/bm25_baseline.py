"""A plain retriever to measure sobot against: BM25 (rank-bm25) over each matrix row's name, aliases and summary.

    python benchmarks/bm25_baseline.py < questions.jsonl > answers.jsonl

Speaks the shape of `sobot ask --jsonl`: one JSON object a line in ({"text": ...}), one out with the
best row. It reads data/matrix.yaml itself, so its time, like sobot's, includes starting, loading
the knowledge and answering.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi

MATRIX = Path(__file__).resolve().parent.parent / "data" / "matrix.yaml"
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def main() -> None:
    rows = yaml.load(MATRIX.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    names = [row["name"] for row in rows]
    index = BM25Okapi([words(" ".join([row["name"], *row.get("aliases", []), row["summary"]])) for row in rows])
    out = sys.stdout
    for line in sys.stdin:
        text = json.loads(line)["text"]
        scores = index.get_scores(words(text))
        best = int(scores.argmax())
        out.write(json.dumps({"text": text, "items": [{"name": names[best]}], "score": float(scores[best])}) + "\n")


if __name__ == "__main__":
    main()

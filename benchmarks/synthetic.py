"""Synthetic knowledge for growth figures: the real data/ and intents/ with the matrix grown to N rows.

    python benchmarks/synthetic.py 3000 /tmp/knowledge    # writes /tmp/knowledge/{data,intents}

Every added row is a copy of a real one (level, clients, flags, links, summary, uses) under a
name and aliases of its own made of invented words ("Custom Pages Dravikor", "dravikor custom
pages"), so the files pass every check of the loader and the lexicon grows as it would with
real rows. The 30 real rows, the platforms, topics, needs and intents stay as they are.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
ONSETS = ("b", "br", "d", "dr", "f", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v",
          "z")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
CODAS = ("", "n", "r", "l", "k", "x", "m", "nd", "rt")


def invented_words(count: int, taken: set[str], seed: int = 17) -> list[str]:
    """`count` distinct made-up words of three syllables, none of them in `taken`."""
    rng = random.Random(seed)
    words: list[str] = []
    seen = set(taken)
    while len(words) < count:
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(3)) + rng.choice(CODAS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _plain(data: Any) -> Any:
    """The parsed YAML as plain lists and dicts (the loader's own keeps line numbers)."""
    return json.loads(json.dumps(data))


def grown_rows(rows: int) -> list[dict[str, Any]]:
    """The real matrix rows followed by synthetic ones, `rows` in all."""
    from bot.core.catalog.yamlload import load_yaml

    real = _plain(load_yaml(ROOT / "data" / "matrix.yaml"))
    taken = {w.lower() for row in real for text in (row["name"], *row.get("aliases", ())) for w in text.split()}
    words = invented_words(max(rows - len(real), 0), taken)
    out = list(real)
    for index, word in enumerate(words):
        model = real[index % len(real)]
        name = f"{model['name']} {word.capitalize()}"
        first = model.get("aliases", [model["name"]])[0]
        row = {key: value for key, value in model.items() if key not in ("aliases", "uses", "name", "summary")}
        row["name"] = name
        row["summary"] = f"{model['summary']} The {word} edition."
        row["aliases"] = [f"{word} {first}", f"{word} {model['name'].lower()} edition"]
        row["uses"] = [f"{use} with {word}" for use in model.get("uses", [])[:4]]
        out.append(row)
    return out[:rows]


def make_knowledge(rows: int, into: Path) -> tuple[Path, Path]:
    """Copy data/ and intents/ into `into`, with a matrix of `rows` rows; returns the two folders."""
    data, intents = into / "data", into / "intents"
    shutil.copytree(ROOT / "data", data, dirs_exist_ok=True)
    shutil.copytree(ROOT / "intents", intents, dirs_exist_ok=True)
    text = yaml.safe_dump(grown_rows(rows), allow_unicode=True, sort_keys=False, width=1000)
    (data / "matrix.yaml").write_text(text, encoding="utf-8")
    return data, intents


if __name__ == "__main__":
    made = make_knowledge(int(sys.argv[1]), Path(sys.argv[2]))
    print(*made)

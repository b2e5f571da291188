"""Private files: owner-only, and logs that rotate instead of growing without bound."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from bot.store.files import PrivateJsonl, open_private, private_dir


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_dir_and_file_are_owner_only(tmp_path: Path) -> None:
    folder = private_dir(tmp_path / "state")
    with open_private(folder / "profiles.json", "w") as out:
        out.write("{}")
    assert mode(folder) == 0o700
    assert mode(folder / "profiles.json") == 0o600


def test_an_existing_loose_file_is_tightened(tmp_path: Path) -> None:
    loose = tmp_path / "feedback.jsonl"
    loose.write_text("")
    loose.chmod(0o644)
    PrivateJsonl(loose).append({"vote": "up"})
    assert mode(loose) == 0o600


def test_jsonl_rotates_by_size_and_keeps_every_line_whole(tmp_path: Path) -> None:
    log = PrivateJsonl(tmp_path / "log.jsonl", max_bytes=200, backups=2)
    for n in range(30):
        log.append({"n": n, "pad": "x" * 20})
    files = sorted(tmp_path.glob("log.jsonl*"))
    assert [f.name for f in files] == ["log.jsonl", "log.jsonl.1", "log.jsonl.2"]
    for f in files:
        assert f.stat().st_size <= 200
        assert all(json.loads(line)["pad"] for line in f.read_text().splitlines())
    assert json.loads((tmp_path / "log.jsonl").read_text().splitlines()[-1])["n"] == 29

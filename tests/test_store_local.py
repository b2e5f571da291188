"""The single-process stores: seen keys expire, profiles survive several writers, user data stays private."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.core.model import Client, Env, Profile
from bot.repl.prompt import history
from bot.repl.session import load_profile, save_profile
from bot.store.factory import open_stores
from bot.store.local import FileProfiles, JsonlFeedback, MemorySeen

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_seen_key_is_refused_until_it_expires() -> None:
    clock = Clock()
    seen = MemorySeen(ttl=60, clock=clock)
    assert seen.first_time("event:T1:Ev1")
    assert not seen.first_time("event:T1:Ev1")
    assert seen.first_time("event:T1:Ev2")
    clock.now += 61
    assert seen.first_time("event:T1:Ev1")


def test_seen_keys_are_bounded() -> None:
    seen = MemorySeen(limit=3)
    for n in range(5):
        assert seen.first_time(f"k{n}")
    assert seen.first_time("k0")  # dropped as the oldest
    assert not seen.first_time("k4")


def test_a_profile_written_by_one_store_is_read_by_another_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "state" / "slack-profiles.json"
    first, second = FileProfiles(path), FileProfiles(path)
    first.set("U1", Profile(env=Env.ONSITE))
    second.set("U2", Profile(client=Client.SERVICE))
    assert second.get("U1") == Profile(env=Env.ONSITE)
    assert first.get("U2") == Profile(client=Client.SERVICE)
    assert set(json.loads(path.read_text())) == {"U1", "U2"}
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")) == []


def test_a_damaged_profiles_file_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "slack-profiles.json"
    path.write_text("{not json")
    profiles = FileProfiles(path)
    assert profiles.get("U1") == Profile()
    profiles.set("U1", Profile(env=Env.ONLINE))
    (aside,) = tmp_path.glob("slack-profiles.json.damaged-*")
    assert aside.read_text() == "{not json"
    assert json.loads(path.read_text())["U1"]["env"] == "online"


def test_profiles_without_a_file_live_in_memory() -> None:
    profiles = FileProfiles(None)
    profiles.set("U1", Profile(env=Env.ONSITE))
    assert profiles.get("U1") == Profile(env=Env.ONSITE)
    assert profiles.get(None) == Profile()


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from bot.core.model import Client, Env, Profile
    from bot.store.local import FileProfiles, JsonlFeedback
    name, state, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    profiles = FileProfiles(state / "slack-profiles.json")
    feedback = JsonlFeedback(state / "feedback.jsonl")
    feedback._log.max_bytes, feedback._log.backups = 3000, 100
    for n in range(count):
        env = Env.ONSITE if n % 2 else Env.ONLINE
        profiles.set(f"{name}{n}", Profile(env=env, client=Client.SALES))
        feedback.record("up", user=f"{name}{n}", question="x" * 40)
""")


def test_two_processes_writing_one_state_directory_lose_nothing(tmp_path: Path) -> None:
    count = 60
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name, str(tmp_path), str(count)], cwd=ROOT)
               for name in ("A", "B")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    saved = json.loads((tmp_path / "slack-profiles.json").read_text())
    assert set(saved) == {f"{name}{n}" for name in "AB" for n in range(count)}
    assert all(p == {"env": "onsite" if int(u[1:]) % 2 else "online", "client": "Sales"} for u, p in saved.items())
    logs = sorted(tmp_path.glob("feedback.jsonl*"))
    assert len(logs) > 2  # it rotated, by size
    votes = [json.loads(line) for log in logs for line in log.read_text().splitlines()]
    assert sorted(v["user"] for v in votes) == sorted(f"{name}{n}" for name in "AB" for n in range(count))
    assert all(log.stat().st_size <= 3000 for log in logs)
    assert all(mode(log) == 0o600 for log in logs)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_feedback_is_owner_only_and_rotates(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    feedback = JsonlFeedback(state / "feedback.jsonl")
    feedback._log.max_bytes, feedback._log.backups = 500, 2
    for n in range(40):
        feedback.record("down", user="U1", team="T1", channel="C1", question=f"question {n}")
    assert mode(state) == 0o700
    names = sorted(p.name for p in state.iterdir() if not p.name.startswith("."))
    assert names == ["feedback.jsonl", "feedback.jsonl.1", "feedback.jsonl.2"]
    assert all(mode(state / name) == 0o600 for name in names)
    last = json.loads((state / "feedback.jsonl").read_text().splitlines()[-1])
    assert (last["question"], last["vote"]) == ("question 39", "down")


def test_without_redis_url_the_stores_are_local(tmp_path: Path) -> None:
    stores = open_stores(tmp_path / "feedback.jsonl", tmp_path / "profiles.json", environ={})
    assert stores.shared is None
    assert stores.degraded() is None
    stores.profiles.set("U1", Profile(env=Env.ONSITE))
    stores.feedback.record("up", user="U1")
    assert stores.seen.first_time("k")
    assert not stores.seen.first_time("k")
    assert json.loads((tmp_path / "profiles.json").read_text())["U1"]["env"] == "onsite"
    assert json.loads((tmp_path / "feedback.jsonl").read_text())["vote"] == "up"


def test_repl_history_and_profile_are_owner_only(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    (state / "history").write_text("")
    (state / "history").chmod(0o644)
    kept = history(state)
    kept.append_string("is SAINT available online?")
    save_profile(state / "profile.json", Profile(env=Env.ONLINE))
    assert mode(state) == 0o700
    assert mode(state / "history") == 0o600
    assert "is SAINT available online?" in (state / "history").read_text()
    assert mode(state / "profile.json") == 0o600
    assert load_profile(state / "profile.json") == Profile(env=Env.ONLINE)


def test_an_unwritable_history_place_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    kept = history(blocker / "state")  # a file where the directory should be
    kept.append_string("still works")
    assert list(kept.get_strings()) == ["still works"]


def test_history_outlives_its_state_dir_being_removed(tmp_path: Path) -> None:
    """The state dir removed while the REPL runs: the next line made it again, private, and is kept (writing it
    raised, and the REPL showed a traceback)."""
    state = tmp_path / "state"
    kept = history(state)
    kept.append_string("first")
    shutil.rmtree(state)
    kept.append_string("second")
    assert mode(state) == 0o700
    assert mode(state / "history") == 0o600
    assert "+second" in (state / "history").read_text()
    assert list(kept.get_strings()) == ["first", "second"]


def test_history_that_cannot_be_written_again_stays_in_memory(tmp_path: Path) -> None:
    state = tmp_path / "state"
    kept = history(state)
    shutil.rmtree(state)
    state.write_text("")  # a file where the directory was
    kept.append_string("still kept")
    assert list(kept.get_strings()) == ["still kept"]


@pytest.mark.parametrize("user", ["", None])
def test_no_user_means_an_empty_profile(tmp_path: Path, user: str | None) -> None:
    profiles = FileProfiles(tmp_path / "p.json")
    assert profiles.get(user) == Profile()

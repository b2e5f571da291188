"""Live reload: edits are answered from without a restart, an invalid edit keeps the old, no question fails."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest
from test_catalog import set_row_field

from bot.core.catalog.load import load_catalog
from bot.core.engine import Engine, load_engine
from bot.slack.reload import Reloader, live_reload

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "is SAINT available online?"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "intents", tmp_path / "intents")
    return tmp_path


def saint_offline(tree: Path) -> int:
    """Edit the copy: SAINT no longer online (a fact the answers carry); returns the edited line."""
    return set_row_field(tree / "data" / "matrix.yaml", "SAINT", "online", "  online: false")


def wait_until(condition: object, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def test_every_question_is_answered_from_the_old_or_the_new_knowledge(tree: Path) -> None:
    old = load_catalog(tree / "data", tree / "intents")
    saint_offline(tree)
    new = load_catalog(tree / "data", tree / "intents")
    engine = Engine(old)
    reloader = Reloader(engine)
    seen: list[object] = []
    errors: list[BaseException] = []
    start = threading.Barrier(5)

    def ask() -> None:
        start.wait()
        for _ in range(60):
            try:
                seen.append(engine.respond(QUESTION).items[0])
            except BaseException as error:  # recorded: the test fails on any
                errors.append(error)

    askers = [threading.Thread(target=ask) for _ in range(4)]
    for thread in askers:
        thread.start()
    start.wait()
    for n in range(40):
        engine.reload(new if n % 2 == 0 else old)
    assert reloader.reload()  # and once from the files, while the askers still ask
    for thread in askers:
        thread.join(60)
    assert errors == []
    assert len(seen) == 240
    first_rows = {id(x) for x in seen}
    assert first_rows <= {id(old.item("SAINT")), id(new.item("SAINT")), id(engine.catalog.item("SAINT"))}
    assert {x.online for x in seen} <= {True, False}  # type: ignore[attr-defined]


def test_a_valid_edit_serves_and_an_invalid_one_keeps_the_old(tree: Path, caplog: pytest.LogCaptureFixture) -> None:
    engine = load_engine(tree / "data", tree / "intents")
    reloader = Reloader(engine)
    assert engine.respond(QUESTION).items[0].online is True
    saint_offline(tree)
    assert reloader.reload()
    assert engine.respond(QUESTION).items[0].online is False
    line = set_row_field(tree / "data" / "matrix.yaml", "SAINT", "onsite", "  onsite: maybe-on-tuesdays")
    with caplog.at_level(logging.ERROR, logger="sobot.slack.reload"):
        assert not reloader.reload()
    assert f"matrix.yaml:{line}:" in caplog.text
    assert engine.respond(QUESTION).items[0].online is False  # still the last valid knowledge


def test_an_edited_file_is_picked_up_by_the_watcher(tree: Path) -> None:
    engine = load_engine(tree / "data", tree / "intents")
    before = engine.catalog
    with live_reload(engine) as reloader:
        assert reloader is not None
        time.sleep(0.3)  # the watcher is running before the edit
        saint_offline(tree)
        assert wait_until(lambda: engine.catalog is not before)
    assert engine.respond(QUESTION).items[0].online is False
    assert reloader.reloads >= 1


def test_sighup_reloads(tree: Path) -> None:
    engine = load_engine(tree / "data", tree / "intents")
    previous = signal.getsignal(signal.SIGHUP)
    with live_reload(engine, watch=False) as reloader:
        assert reloader is not None
        saint_offline(tree)
        os.kill(os.getpid(), signal.SIGHUP)
        assert wait_until(lambda: reloader.reloads == 1)
    assert engine.catalog.item("SAINT").online is False
    assert signal.getsignal(signal.SIGHUP) == previous


def test_an_engine_without_knowledge_files_is_left_alone() -> None:
    class Echo:
        def respond(self, text: str) -> str:
            return text

    with live_reload(Echo()) as reloader:
        assert reloader is None


def test_a_settled_process_frees_what_a_reload_replaced(tree: Path) -> None:
    """A face's own process freezes its objects (`settle`) so full collections skip the engine; a reload
    thaws them first, so garbage that only a collection frees (cycles) does not stay frozen for good."""
    import gc
    import weakref

    from bot.core.engine import settle

    class Cycle:
        me: object

    engine = Engine(load_catalog(tree / "data", tree / "intents"))
    cycle = Cycle()
    cycle.me = cycle
    ref = weakref.ref(cycle)
    try:
        settle()
        assert gc.get_freeze_count() > 0
        del cycle
        gc.collect()
        assert ref() is not None  # frozen: collections leave it alone
        saint_offline(tree)
        engine.reload(load_catalog(tree / "data", tree / "intents"))
        assert ref() is None  # thawed and collected by the reload
        assert gc.get_freeze_count() > 0  # and what is alive is frozen again
        assert engine.respond(QUESTION).items[0].online is False
    finally:
        gc.unfreeze()

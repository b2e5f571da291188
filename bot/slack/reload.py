"""Live reload for the Slack app: edited data/ and intents/ are answered from without a restart.

A change to a YAML file under either folder (watchfiles) or a SIGHUP reads the knowledge again
with the start-up checks; a valid catalog is swapped in with `Engine.reload` (one reference, so
a question is answered wholly from the old or wholly from the new knowledge), and an invalid
edit is logged with its file and line while the previous knowledge keeps serving.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bot.core.errors import DataError
from bot.slack import messages as msg

if TYPE_CHECKING:
    from bot.core.catalog.model import Catalog

log = logging.getLogger("sobot.slack.reload")

DEBOUNCE_MS = 800  # editors write in bursts (temp file, rename): read once they settle


class Reloadable(Protocol):
    @property
    def catalog(self) -> Catalog: ...

    def reload(self, catalog: Catalog) -> None: ...


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-reload", action="store_true",
                        help="do not watch data/ and intents/ for edits (SIGHUP still reloads)")


def is_yaml(_change: Any, path: str) -> bool:
    return path.endswith((".yaml", ".yml"))


class Reloader:
    """Reads the engine's data and intents folders again and swaps in what passes the checks."""

    def __init__(self, engine: Reloadable, data_dir: Path | None = None, intents_dir: Path | None = None) -> None:
        self.engine = engine
        self.data_dir = data_dir or engine.catalog.data_dir
        self.intents_dir = intents_dir or engine.catalog.intents_dir
        self._lock = threading.Lock()
        self.reloads = 0

    def reload(self) -> bool:
        """One reload (never two at once); True when the new knowledge is serving."""
        from bot.core.catalog.load import load_catalog  # pydantic and the YAML loader: only when reloading

        with self._lock:
            try:
                catalog = load_catalog(self.data_dir, self.intents_dir)
                self.engine.reload(catalog)
            except DataError as error:
                log.error(msg.reload_refused(str(error)))
                return False
            self.reloads += 1
            log.info(msg.reloaded(len(catalog.items), len(catalog.intents)))
            return True

    def watch(self, stop: threading.Event, ready: threading.Event | None = None) -> None:
        """Reload after each burst of YAML edits until `stop` is set."""
        from watchfiles import watch

        if ready is not None:
            ready.set()
        for _changes in watch(self.data_dir, self.intents_dir, watch_filter=is_yaml, debounce=DEBOUNCE_MS,
                              stop_event=stop, raise_interrupt=False):
            self.reload()


@contextlib.contextmanager
def live_reload(engine: Any, watch: bool = True) -> Iterator[Reloader | None]:
    """While the app serves: reload on SIGHUP (main thread only) and, with `watch`, on file edits."""
    if not (hasattr(engine, "reload") and hasattr(engine, "catalog")):
        yield None  # an engine without knowledge files (a test double) has nothing to reload
        return
    reloader = Reloader(engine)
    done = threading.Event()
    watcher = None
    if watch:
        watcher = threading.Thread(target=_watch_quietly, args=(reloader, done), name="sobot-reload", daemon=True)
        watcher.start()
    previous = None
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGHUP"):
        previous = signal.signal(signal.SIGHUP, lambda *_: threading.Thread(target=reloader.reload,
                                                                              daemon=True).start())
    try:
        yield reloader
    finally:
        done.set()
        if previous is not None:
            signal.signal(signal.SIGHUP, previous)
        if watcher is not None:
            watcher.join(timeout=5)


def _watch_quietly(reloader: Reloader, done: threading.Event) -> None:
    try:
        reloader.watch(done)
    except Exception as error:  # a watcher that cannot start (no inotify) leaves SIGHUP working
        log.warning(msg.watch_failed(error))

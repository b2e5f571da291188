"""The terminal REPL: a session's state, the engine loader, and the entry point.

The engine loads in a background thread started once the first prompt is on
screen, so start-up neither waits for the data nor shares the GIL with it.
prompt-toolkit is imported (in bot.repl.prompt) only for an interactive
session; slack_bolt never.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.core.model import Answer, Profile
from bot.core.paths import state_dir
from bot.repl import messages as msg
from bot.store.files import write_private
from bot.store.questionlog import record_answer

if TYPE_CHECKING:

    from bot.core.engine import Engine

log = logging.getLogger(__name__)

EngineFactory = Callable[[], "Engine"]
PathLike = str | os.PathLike[str]


def resolve_state_dir(override: PathLike | None = None) -> Path:
    """The directory for history and profile (see bot.paths.state_dir)."""
    return state_dir(override)


def load_profile(path: Path) -> Profile:
    """The saved profile, or an empty one when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Profile()
    return Profile.from_dict(data) if isinstance(data, dict) else Profile()


def save_profile(path: Path, profile: Profile) -> None:
    """Write the profile as JSON, owner-only (raises OSError when the state dir is not writable)."""
    write_private(path, json.dumps(profile.to_dict()) + "\n")


def profile_labels(profile: Profile) -> dict[str, str]:
    """Words for the toolbar and /help: onsite/online/any, Sales/Service/any."""
    return {"env": profile.env.value if profile.env else "any",
            "client": profile.client.value if profile.client else "any"}


class EngineLoader:
    """Builds the engine in a background thread once started; `get` waits and re-raises a load error."""

    def __init__(self, factory: EngineFactory | None = None, engine: Engine | None = None) -> None:
        self._factory = factory
        self._engine = engine
        self.error: Exception | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._started = factory is None
        self._callbacks: list[Callable[[], None]] = []
        if factory is None:
            self._done.set()

    def start(self) -> None:
        """Begin loading (once); the REPL calls this after its first prompt is on screen."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="sobot-load", daemon=True).start()

    def _load(self) -> None:
        assert self._factory is not None
        try:
            self._engine = self._factory()
        except Exception as exc:  # handed to the main thread, which reports it
            self.error = exc
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def ready(self) -> bool:
        return self.done and self.error is None

    def on_done(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the loading thread) when loading ends; at once if it has."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def get(self) -> Engine:
        self.start()
        self._done.wait()
        if self.error is not None:
            raise self.error
        assert self._engine is not None
        return self._engine


class Repl:
    """One session's state: engine, profile, thread id and the last answer."""

    def __init__(self, engine: Engine | EngineLoader, *, state_dir: Path, stream: TextIO,
                 data_dir: PathLike | None = None, intents_dir: PathLike | None = None) -> None:
        from bot.render.terminal import use_color

        self.loader = engine if isinstance(engine, EngineLoader) else EngineLoader(engine=engine)
        self.state_dir = state_dir
        self.stream = stream
        self.data_dir = data_dir
        self.intents_dir = intents_dir
        self.profile_path = state_dir / "profile.json"
        self.profile = load_profile(self.profile_path)
        self.thread = f"repl-{uuid.uuid4().hex[:12]}"
        self.last: Answer | None = None
        self.color = use_color(stream.isatty())

    @property
    def engine(self) -> Engine:
        """The engine, waiting for it if it is still loading."""
        return self.loader.get()

    def write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def show(self, answer: Answer) -> None:
        """Render an answer for this terminal's width and colour support."""
        from bot.render.terminal import render

        width = max(40, shutil.get_terminal_size((100, 24)).columns)
        self.write(render(answer, color=self.color, width=width) + "\n")  # a blank line before the next prompt

    def ask(self, text: str) -> None:
        """Answer a question; an engine failure is apologised for, never fatal."""
        engine = self.engine  # a load error is not the engine's fault: it ends the session
        try:
            answer = engine.respond(text, thread=self.thread, profile=self.profile)
        except Exception as exc:  # the fault barrier: the loop must survive any engine bug
            log.debug("engine failed on %r", text, exc_info=True)
            self.write(msg.apology(f"{type(exc).__name__}: {exc}"))
            return
        self.last = answer
        record_answer("terminal", None, answer)
        self.show(answer)

    def new_thread(self) -> None:
        """Forget this conversation: the next question is read on its own."""
        if self.loader.ready:
            self.engine.forget(self.thread)
        self.thread = f"repl-{uuid.uuid4().hex[:12]}"
        self.last = None

    def set_profile(self, profile: Profile) -> str:
        """Keep the new profile and persist it; returns a warning when saving failed."""
        self.profile = profile
        try:
            save_profile(self.profile_path, profile)
        except OSError as exc:
            return msg.profile_not_saved(exc)
        return ""



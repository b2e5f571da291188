"""The threads that answer: a bounded pool with a queue, stall reports for /healthz, a shutdown budget.

bolt runs every listener (and acknowledges slash commands and button clicks from
inside them) on the executor it is given. The standard ThreadPoolExecutor does not
fit three needs here: its threads are joined at interpreter exit, so one hung call
holds up SIGTERM; it cannot say which work has been running for too long; and it
cannot stop waiting after a budget. `Workers` is that executor with those three.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

from bot.slack import messages as msg

log = logging.getLogger("sobot.slack")

T = TypeVar("T")

WORKERS = 32  # answers are mostly waiting on Slack; enough that a few hung calls leave the rest free
STALL_SECONDS = 60.0  # longer than any answer takes with every Web API call bounded (see listeners)
MAX_DEFER = 1.0  # seconds a task may wait for a burst of requests to be acknowledged first
DEFER_STEP = 0.005

_Task = tuple[Future[Any], Callable[..., Any], tuple[Any, ...], dict[str, Any], int]  # ..., task number


class Workers(Executor):
    """Up to `size` daemon threads (started as work arrives) taking tasks from one queue, in order."""

    def __init__(self, size: int = WORKERS, *, stall_after: float = STALL_SECONDS, name: str = "sobot-worker"):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.size = size
        self.stall_after = stall_after
        self._name = name
        self._queue: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self._threads: list[threading.Thread] = []
        self._busy: dict[int, float] = {}  # thread id -> when its current task started
        self._waiting: dict[int, float] = {}  # task number -> when it was queued
        self._numbers = itertools.count()
        self._idle = 0
        self._closed = False
        self._defer: Callable[[], bool] = lambda: False

    def defer_while(self, busy: Callable[[], bool]) -> None:
        """Before each task, wait (up to MAX_DEFER) while `busy()`: acknowledging requests comes first,
        and in one Python process every thread running an answer slows the acks down."""
        self._defer = busy

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Queue `fn(*args, **kwargs)`; a free thread runs it, or a new one while fewer than `size` exist."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot schedule new work after shutdown")
            number = next(self._numbers)
            self._waiting[number] = time.monotonic()
            if self._idle == 0 and len(self._threads) < self.size:
                thread = threading.Thread(target=self._work, name=f"{self._name}-{len(self._threads)}",
                                          daemon=True)  # daemon: a hung call never holds up the exit
                self._threads.append(thread)
                thread.start()
            else:
                self._idle = max(0, self._idle - 1)
        self._queue.put((future, fn, args, kwargs, number))
        return future

    def _work(self) -> None:
        me = threading.get_ident()
        while (task := self._queue.get()) is not None:
            future, fn, args, kwargs, number = task
            deadline = time.monotonic() + MAX_DEFER
            while self._defer() and time.monotonic() < deadline:
                time.sleep(DEFER_STEP)
            with self._lock:
                self._waiting.pop(number, None)
                self._busy[me] = time.monotonic()
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn(*args, **kwargs))
                    except BaseException as error:  # handed to whoever holds the future
                        future.set_exception(error)
            finally:
                with self._lock:
                    del self._busy[me]
                    self._idle += 1
                    self._done.notify_all()

    def stalled(self, now: float | None = None) -> str | None:
        """Why the pool is not keeping up (threads busy or work queued past `stall_after`), or None."""
        now = time.monotonic() if now is None else now
        with self._lock:
            stuck = sum(1 for started in self._busy.values() if now - started > self.stall_after)
            late = sum(1 for queued in self._waiting.values() if now - queued > self.stall_after)
        if not stuck and not late:
            return None
        return msg.workers_stalled(stuck, self.size, late, self.stall_after)

    def pending(self) -> int:
        """Tasks queued or running."""
        with self._lock:
            return len(self._busy) + len(self._waiting)

    def drain(self, budget: float | None) -> int:
        """Stop taking work, give what is queued or running up to `budget` seconds (None: no limit),
        then let the threads go. Returns how many tasks were unfinished; their daemon threads end
        with the process.
        """
        with self._lock:
            self._closed = True
            self._done.wait_for(lambda: not self._busy and not self._waiting,
                                None if budget is None else max(0.0, budget))
            left = len(self._busy) + len(self._waiting)
            threads = len(self._threads)
        for _ in range(threads):
            self._queue.put(None)
        if left:
            log.warning(msg.abandoned_at_shutdown(left, budget or 0.0))
        return left

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Executor's shutdown: stop taking work; with `wait`, wait for all of it (no budget)."""
        if cancel_futures:
            self._cancel_queued()
        self.drain(None if wait else 0.0)

    def _cancel_queued(self) -> None:
        kept: list[_Task] = []
        while True:
            try:
                task = self._queue.get_nowait()
            except queue.Empty:
                break
            if task is not None:
                if task[0].cancel():
                    with self._lock:
                        self._waiting.pop(task[4], None)
                else:
                    kept.append(task)
        for task in kept:
            self._queue.put(task)

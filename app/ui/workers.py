"""The one way the UI runs work off the GUI thread (STYLE.md §8: anything slower than half a
second): `TaskRunner`.

A page owns a runner. `submit` starts a task on Qt's thread pool; a later `submit` on the same
runner supersedes it: the older task is asked to stop (its `Progress.cancelled` turns true) and
whatever it still returns is dropped, so a slow run can never land after a newer one (a filter
clicked twice). `cancel` stops the current task the same way. Results, errors and progress come
back through queued signals to the GUI thread; a task never touches a widget, and it opens its
own database session (sessions are per thread). When the owner is destroyed, the runner goes
with it and nothing is delivered.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class Cancelled(Exception):
    """Raised inside a task (by `Progress.check`) when it was cancelled or superseded."""


class Progress:
    """What a task sees of its runner: report progress, and ask whether to stop."""

    def __init__(self, emit: Callable[[int, int, str], None]):
        self._emit = emit
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def report(self, done: int, total: int, label: str = "") -> None:
        if not self.cancelled:
            self._emit(done, total, label)

    def check(self) -> None:
        """Stop here (raise `Cancelled`) if the task is no longer wanted."""
        if self.cancelled:
            raise Cancelled


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int, str)


class _Task(QRunnable):
    def __init__(
        self, generation: int, function: Callable[..., Any], progress: Progress, signals: _Signals
    ):
        super().__init__()
        self.generation, self.function, self.progress = generation, function, progress
        self.signals = signals

    def run(self) -> None:
        try:
            result = (
                self.function(self.progress) if _wants_progress(self.function) else self.function()
            )
        except Cancelled:
            return
        except BaseException as exc:  # handed to the GUI thread, which shows a message
            self._emit(self.signals.failed, self.generation, exc)
        else:
            self._emit(self.signals.finished, self.generation, result)

    @staticmethod
    def _emit(signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the owner was closed meanwhile: nobody to tell
            pass


def _wants_progress(function: Callable[..., Any]) -> bool:
    """A task takes one argument (the `Progress`) if it reports progress or can stop early."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(
        p.default is inspect.Parameter.empty
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        for p in parameters
    )


def error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


class TaskRunner(QObject):
    """Runs one wanted task at a time for its owner; see the module docstring."""

    def __init__(self, owner: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(owner)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._current: Progress | None = None
        self._handlers: dict[int, tuple] = {}
        self._signals = _Signals()  # lives in the GUI thread: its slots run there
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        # No deleteLater on these signals: a task still running holds them and may emit; they
        # go when the last reference does.

    @property
    def busy(self) -> bool:
        return self._generation in self._handlers

    def submit(
        self,
        function: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Progress:
        """Start `function` (called with a `Progress` if it takes an argument); supersede the
        task started before. Returns the task's `Progress` (its cancel flag)."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        progress = Progress(
            lambda done, total, label: _Task._emit(
                self._signals.progress, generation, done, total, label
            )
        )
        self._current = progress
        self._handlers[generation] = (on_done, on_error, on_progress)
        self._pool.start(_Task(generation, function, progress, self._signals))
        return progress

    def cancel(self) -> None:
        """Stop the current task (if any): it is told to stop, and its result is dropped."""
        if self._current is not None:
            self._current.cancel()
        self._handlers.pop(self._generation, None)
        self._current = None

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's tasks (tests, and closing a window that must finish a write)."""
        return self._pool.waitForDone(msecs)

    def _take(self, generation: int):
        if generation != self._generation or not isValid(self):
            return None  # superseded, or the owner is gone: dropped
        self._current = None
        return self._handlers.pop(generation, None)

    def _finished(self, generation: int, result: Any) -> None:
        handlers = self._take(generation)
        if handlers is not None:
            handlers[0](result)

    def _failed(self, generation: int, error: BaseException) -> None:
        handlers = self._take(generation)
        if handlers is not None and handlers[1] is not None:
            handlers[1](error)

    def _progress(self, generation: int, done: int, total: int, label: str) -> None:
        wanted = generation == self._generation and isValid(self)
        handlers = self._handlers.get(generation) if wanted else None
        if handlers is not None and handlers[2] is not None:
            handlers[2](done, total, label)

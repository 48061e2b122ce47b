"""Run a core function off the GUI thread and report back through queued signals.

The worker opens its own database session (sessions are per thread) and hands only plain
results back; it never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class FunctionWorker(QRunnable):
    def __init__(self, function: Callable[[], Any]):
        super().__init__()
        self.function = function
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # reported to the GUI, which shows a message
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the page that asked was closed meanwhile: nobody to tell
            pass


def run_in_background(function: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None]) -> FunctionWorker:
    worker = FunctionWorker(function)
    worker.signals.finished.connect(on_done)
    worker.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(worker)
    return worker

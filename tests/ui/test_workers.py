"""The one background-task runner: superseded runs never land, cancel stops, progress arrives."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool

from app.ui.workers import Progress, TaskRunner

_OWNERS = []  # the runners' owners stay alive for the test (a dead owner takes its runner)


def _runner():
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    owner = QObject()
    _OWNERS.append(owner)
    return TaskRunner(owner, pool), pool


def test_a_superseded_run_never_lands_even_when_it_finishes_last(qtbot):
    runner, pool = _runner()
    release_first = threading.Event()
    landed = []

    def slow():
        release_first.wait(5)
        return "old filter"

    runner.submit(slow, landed.append)
    runner.submit(lambda: "new filter", landed.append)
    qtbot.waitUntil(lambda: landed == ["new filter"])
    release_first.set()  # the older run now finishes after the newer one
    pool.waitForDone()
    qtbot.wait(50)  # let any queued delivery arrive
    assert landed == ["new filter"]
    assert not runner.busy


def test_cancel_tells_the_task_to_stop_and_drops_its_result(qtbot):
    runner, pool = _runner()
    started, seen_cancel = threading.Event(), threading.Event()
    landed = []

    def long_task(progress: Progress):
        started.set()
        for _ in range(500):
            if progress.cancelled:
                seen_cancel.set()
                return "partial"
            threading.Event().wait(0.01)
        return "complete"

    runner.submit(long_task, landed.append)
    assert started.wait(5)
    assert runner.busy
    runner.cancel()
    assert seen_cancel.wait(5)
    pool.waitForDone()
    qtbot.wait(50)
    assert landed == [] and not runner.busy


def test_progress_and_errors_reach_the_gui_thread(qtbot):
    runner, pool = _runner()
    steps, errors, threads = [], [], []

    def counting(progress: Progress):
        for i in range(1, 4):
            progress.report(i, 3, f"step {i}")
        raise ValueError("broken file")

    def on_progress(done, total, label):
        threads.append(threading.current_thread() is threading.main_thread())
        steps.append((done, total, label))

    runner.submit(counting, lambda _r: None, errors.append, on_progress)
    qtbot.waitUntil(lambda: bool(errors))
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert all(threads)  # handlers run in the GUI thread, never in the worker
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "broken file"


def test_nothing_is_delivered_to_an_owner_that_is_gone(qtbot):
    pool = QThreadPool()
    owner = QObject()
    runner = TaskRunner(owner, pool)
    release = threading.Event()
    landed = []
    runner.submit(lambda: release.wait(5) and "late", landed.append)
    owner.deleteLater()
    qtbot.wait(20)  # the owner and its runner are destroyed
    release.set()
    pool.waitForDone()
    qtbot.wait(50)
    assert landed == []

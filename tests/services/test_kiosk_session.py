"""The kiosk's no-loss and idle promises, tested without Qt (app/services/kiosk_session.py)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from app.data.sessions import SessionStateError, StorageUnavailable
from app.scoring.answer_rules import AnswerProblem, InvalidAnswer
from app.services.kiosk_session import Flush, Idle, PendingWrites, SessionTimer


class FakeDatabase:
    """A session factory that is busy, closed or fine on demand, and records what it stored."""

    def __init__(self):
        self.stored: list[tuple] = []
        self.fault: type[Exception] | None = None

    @contextmanager
    def session(self):
        if self.fault is StorageUnavailable:
            raise StorageUnavailable(5, TimeoutError("database is locked"))
        if self.fault is not None:
            raise self.fault("closed by another program")
        yield self


def _write(db: FakeDatabase, key: tuple, value):
    return lambda _session: db.stored.append((key, value))


def test_an_answer_the_busy_database_did_not_take_stays_queued_until_it_does():
    db = FakeDatabase()
    writes = PendingWrites(db.session)
    db.fault = StorageUnavailable
    first = ("answer", "significance", "q1")
    assert writes.put(first, _write(db, first, 3)) is Flush.BUSY
    assert writes.unsaved_items("significance") == {"q1"} and db.stored == []
    second = ("answer", "significance", "q2")
    assert writes.put(second, _write(db, second, 5)) is Flush.BUSY
    # the respondent changes q1 while the database is busy: the newer value replaces the older
    assert writes.put(first, _write(db, first, 4)) is Flush.BUSY
    db.fault = None
    assert writes.flush() is Flush.STORED
    assert db.stored == [(first, 4), (second, 5)]  # in order, the latest value of each, once
    assert not writes and writes.unsaved_items("significance") == set()


def test_a_session_closed_elsewhere_is_reported_and_nothing_is_claimed_stored():
    db = FakeDatabase()
    writes = PendingWrites(db.session)
    db.fault = SessionStateError
    key = ("demographics",)
    assert writes.put(key, _write(db, key, {"gender": "f"})) is Flush.CLOSED
    assert writes and db.stored == []


def test_an_answer_the_rules_refuse_is_kept_on_screen_and_named_until_changed():
    db = FakeDatabase()
    writes = PendingWrites(db.session)
    key = ("answer", "herzberg", "q3")

    def refused(_session):
        raise InvalidAnswer("herzberg", AnswerProblem("q3", "split_sum", 5), [1, 1])

    assert writes.put(key, refused) is Flush.STORED  # nothing left queued…
    assert writes.first_refused() == key  # …but the screen may not be left
    assert writes.put(key, _write(db, key, [3, 2])) is Flush.STORED
    assert writes.first_refused() is None and db.stored == [(key, [3, 2])]


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_idle_then_countdown_then_abandon_and_a_touch_stops_the_countdown():
    clock = FakeClock()
    timer = SessionTimer(idle_seconds=90, countdown_seconds=30, clock=clock)
    clock.now += 89
    assert timer.idle() is Idle.ACTIVE
    clock.now += 1
    assert timer.idle() is Idle.COUNTDOWN_STARTED and timer.counting
    clock.now += 12
    assert timer.idle() is Idle.COUNTING and timer.seconds_left() == 18
    assert timer.touch() is True and not timer.counting  # "I am still here"
    assert timer.touch() is False  # no countdown to stop any more
    clock.now += 90
    assert timer.idle() is Idle.COUNTDOWN_STARTED
    clock.now += 30
    assert timer.idle() is Idle.EXPIRED and timer.seconds_left() == 0


@pytest.mark.parametrize("busy", [False, True])
def test_the_heartbeat_is_due_every_minute_and_retried_soon_when_busy(busy):
    clock = FakeClock()
    timer = SessionTimer(90, 30, clock, heartbeat_seconds=60)
    assert not timer.heartbeat_due(clock.now + 59)
    clock.now += 60
    assert timer.heartbeat_due(clock.now)
    if busy:
        timer.beat_refused_busy(clock.now)
        assert not timer.heartbeat_due(clock.now + 4) and timer.heartbeat_due(clock.now + 5)
    else:
        timer.beat_stored(clock.now)
        assert not timer.heartbeat_due(clock.now + 59) and timer.heartbeat_due(clock.now + 60)

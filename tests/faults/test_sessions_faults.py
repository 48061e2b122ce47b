"""Faults around kiosk sessions, on SQLite and on PostgreSQL (the `db` fixture runs both):
kiosks and HR at once, a second program starting mid-session, dead sessions, lock storms, a
lost connection. Every promise is checked against the database afterwards, through a fresh
connection: an answer whose write returned is there with its value; a write that could not be
stored raised (StorageUnavailable / SessionStateError) instead of returning."""

from __future__ import annotations

import random
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import selectinload

from app.data.answer_store import recorded_answers
from app.data.retry import Retry, StorageUnavailable, is_transient
from app.data.sessions import (
    STALE_AFTER_SECONDS,
    SessionStateError,
    finish_session,
    record_answer,
    start_session,
)
from app.data.store import open_database
from app.models import Department, Organisation
from app.models.base import CampaignStatus
from app.models.campaign import SurveySession
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignSpec, save_campaign, set_status
from tests.faults.locks import write_lock_held

INSTRUMENTS = [("climate", "1.0"), ("significance", "1.0")]
SHORT = Retry(budget=1.0, first_pause=0.05, max_pause=0.2)  # lock storms: a short test


@pytest.fixture
def campaign(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=40)
        s.add(dept)
        s.commit()
        spec = CampaignSpec(
            name="Опрос",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
            headcounts={dept.id: 40},
            instruments=["climate", "significance"],
            kiosk_pin="2468",
        )
        cid = save_campaign(s, org.id, spec, default_library())
        set_status(s, cid, CampaignStatus.OPEN)
        return cid


def _stored(url: str) -> dict[tuple, object]:
    """Every answer in the database, read through a connection of its own."""
    other = open_database(url)
    try:
        with other.session() as s:
            # the record, wherever it holds an answer: a row, or a finished session's document
            return {
                (uuid.UUID(sid), inst, item): value
                for sid, inst, item, value, _t in recorded_answers(s)
            }
    finally:
        other.dispose()


def _session_rows(url: str) -> dict:
    other = open_database(url)
    try:
        with other.session() as s:
            return {
                row.id: row
                for row in s.scalars(
                    select(SurveySession).options(selectinload(SurveySession.instruments))
                )
            }
    finally:
        other.dispose()


# --- two kiosks, an HR reader running the analysis and an HR writer holding the lock -------------


def _kiosk(url, cid, deadline, seed, committed, finished, refused, errors):
    """One kiosk: respondents one after another, each answering climate and a few significance
    items, then Finish. Records what the store said it committed."""
    database = open_database(url)
    rng = random.Random(seed)
    try:
        while time.monotonic() < deadline:
            with database.session() as s:
                sid = start_session(s, cid, "ru", INSTRUMENTS)
            items = [("climate", f"q{n}", 1, 8) for n in range(1, 11)] + [
                ("significance", f"q{n}", 0, 5) for n in rng.sample(range(1, 41), 8)
            ]
            for inst, item, low, high in items:
                value = rng.randint(low, high)
                try:
                    with database.session() as s:
                        record_answer(s, sid, inst, item, value)
                except StorageUnavailable:
                    refused.append((sid, inst, item))
                    continue
                committed[(sid, inst, item)] = value
            with database.session() as s:
                finish_session(s, sid, finish_instruments=True)
            finished.append(sid)
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(repr(exc))
    finally:
        database.dispose()


def _hr_reader(url, cid, deadline, runs, errors):
    from app.data.answer_store import load_campaign_data
    from app.scoring.analysis import analyse
    from app.scoring.level import load_parameters

    database = open_database(url)
    library, parameters = default_library(), load_parameters()
    try:
        while time.monotonic() < deadline:
            with database.session() as s:
                data = load_campaign_data(s, cid, library)
            analyse(data, library, parameters)
            runs.append(1)
    except Exception as exc:  # noqa: BLE001
        errors.append(repr(exc))
    finally:
        database.dispose()


def _hr_writer(database, deadline, bursts, errors):
    """An import's worth of lock holding: bursts of 0.3 s with the write lock (well under the
    kiosk's retry budget, well over what a kiosk's commit takes)."""
    try:
        while time.monotonic() < deadline:
            with write_lock_held(database):
                time.sleep(0.3)
            bursts.append(1)
            time.sleep(0.1)
    except Exception as exc:  # noqa: BLE001
        errors.append(repr(exc))


def test_two_kiosks_hr_reader_and_lock_bursts_lose_no_answer(db, campaign):
    deadline = time.monotonic() + 4.0
    committed: dict = {}
    finished: list = []
    refused: list = []
    errors: list = []
    runs: list = []
    bursts: list = []
    threads = [
        threading.Thread(
            target=_kiosk,
            args=(db.url, campaign, deadline, seed, committed, finished, refused, errors),
        )
        for seed in (1, 2)
    ]
    threads.append(
        threading.Thread(target=_hr_reader, args=(db.url, campaign, deadline, runs, errors))
    )
    threads.append(threading.Thread(target=_hr_writer, args=(db, deadline, bursts, errors)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert refused == []  # lock bursts shorter than the budget: every answer waits and goes in
    assert len(committed) >= 40 and finished and runs and bursts  # all of them really ran
    stored = _stored(db.url)
    lost = {key: value for key, value in committed.items() if stored.get(key) != value}
    assert lost == {}
    rows = _session_rows(db.url)
    for sid in finished:
        row = rows[sid]
        assert row.state == "finished" and row.held_on is None  # anonymous: no date
        assert row.last_seen is None and row.workstation is None  # and no time once ended
        assert row.instruments and all(si.finished for si in row.instruments)


# --- a second program starting, dead sessions -----------------------------------------------


def _start_second_program(url: str, qapp) -> None:
    """What a second PC (or a second window on this one) does at start: the real start-up code."""
    from app.ui.startup import DatabaseOpener

    opener = DatabaseOpener(url)
    outcome: list = []
    opener.opened.connect(lambda database, warning: outcome.append(database))
    opener.failed.connect(lambda message: outcome.append(message))
    opener._run()  # the body of its thread, here in the test's thread
    assert len(outcome) == 1 and not isinstance(outcome[0], str), outcome
    outcome[0].dispose()


def test_second_program_starting_mid_session_leaves_the_live_session_alone(db, campaign, qapp):
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", INSTRUMENTS)
        record_answer(s, sid, "climate", "q1", 3)
    _start_second_program(db.url, qapp)
    row = _session_rows(db.url)[sid]
    assert row.state == "in_progress" and row.last_seen is not None
    with kiosk.session() as s:  # the respondent goes on and finishes as if nothing happened
        record_answer(s, sid, "climate", "q2", 7)
        finish_session(s, sid, finish_instruments=True)
    kiosk.dispose()
    assert _stored(db.url) == {(sid, "climate", "q1"): 3, (sid, "climate", "q2"): 7}
    row = _session_rows(db.url)[sid]
    assert row.state == "finished" and row.last_seen is None and row.workstation is None


def test_dead_sessions_are_abandoned_at_start_and_their_kiosk_cannot_write(db, campaign, qapp):
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        stale = start_session(s, campaign, "ru", INSTRUMENTS)
        record_answer(s, stale, "climate", "q1", 4)
        before_0004 = start_session(s, campaign, "ru", INSTRUMENTS)
        live = start_session(s, campaign, "ru", INSTRUMENTS)
        old = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=STALE_AFTER_SECONDS + 60)
        s.get(SurveySession, stale).last_seen = old  # a kiosk switched off long ago
        s.get(SurveySession, before_0004).last_seen = None  # in progress since before 0004
        s.commit()
    _start_second_program(db.url, qapp)
    rows = _session_rows(db.url)
    for sid in (stale, before_0004):
        assert rows[sid].state == "abandoned"
        assert rows[sid].last_seen is None and rows[sid].workstation is None
    assert rows[live].state == "in_progress"
    assert _stored(db.url) == {(stale, "climate", "q1"): 4}  # kept, set aside
    # the frozen kiosk wakes up: its writes are refused, never taken as saved
    with kiosk.session() as s:
        with pytest.raises(SessionStateError):
            record_answer(s, stale, "climate", "q2", 5)
        with pytest.raises(SessionStateError):
            finish_session(s, stale)
    kiosk.dispose()
    assert _stored(db.url) == {(stale, "climate", "q1"): 4}


# --- lock storms: retried, then refused plainly --------------------------------------------


def test_lock_storm_makes_writes_retry_then_raise_never_pretend(db, campaign):
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", INSTRUMENTS)
        record_answer(s, sid, "climate", "q1", 2)
    with write_lock_held(db):  # held for longer than the retry budget
        with kiosk.session() as s:
            with pytest.raises(StorageUnavailable) as refused:
                record_answer(s, sid, "climate", "q2", 6, retry=SHORT)
            assert refused.value.attempts >= 2  # it tried again before giving up
            with pytest.raises(StorageUnavailable):
                record_answer(s, sid, "climate", "q1", None, retry=SHORT)  # clearing: same
            with pytest.raises(StorageUnavailable):
                finish_session(s, sid, finish_instruments=True, retry=SHORT)
            with pytest.raises(StorageUnavailable):
                start_session(s, campaign, "ru", INSTRUMENTS, retry=SHORT)
    assert _stored(db.url) == {(sid, "climate", "q1"): 2}  # nothing of it went in
    assert _session_rows(db.url)[sid].state == "in_progress"
    assert len(_session_rows(db.url)) == 1
    with kiosk.session() as s:  # the lock is gone: the same writes go through
        record_answer(s, sid, "climate", "q2", 6)
        finish_session(s, sid, finish_instruments=True)
    kiosk.dispose()
    assert _stored(db.url) == {(sid, "climate", "q1"): 2, (sid, "climate", "q2"): 6}


def test_default_budget_is_bounded_and_raises(db, campaign):
    """With the kiosk's own budget (3 s) and the lock never released in time."""
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", INSTRUMENTS)
    with write_lock_held(db):
        with kiosk.session() as s:
            with pytest.raises(StorageUnavailable):
                record_answer(s, sid, "climate", "q3", 5)
    kiosk.dispose()
    assert _stored(db.url) == {}


def test_a_lock_released_within_the_budget_is_waited_for(db, campaign):
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", INSTRUMENTS)
    release = threading.Event()

    def hold() -> None:
        with write_lock_held(db):
            release.wait(0.8)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)  # the lock is taken
    with kiosk.session() as s:
        record_answer(s, sid, "climate", "q4", 8)  # waits, then stores
    holder.join()
    kiosk.dispose()
    assert _stored(db.url) == {(sid, "climate", "q4"): 8}


def test_transient_errors_are_told_apart():
    import sqlite3

    def wrapped(orig):
        return OperationalError("INSERT", {}, orig)

    assert is_transient(wrapped(sqlite3.OperationalError("database is locked")))
    assert not is_transient(wrapped(sqlite3.OperationalError("no such table: answers")))
    assert not is_transient(ValueError("x"))
    psycopg = pytest.importorskip("psycopg")
    for error in (
        psycopg.errors.SerializationFailure,
        psycopg.errors.DeadlockDetected,
        psycopg.errors.LockNotAvailable,
        psycopg.errors.AdminShutdown,
    ):
        assert is_transient(wrapped(error("x"))), error
    assert is_transient(wrapped(psycopg.OperationalError("connection is lost")))
    assert not is_transient(wrapped(psycopg.errors.UndefinedTable("x")))


def test_run_with_retry_runs_again_after_each_transient_failure_then_gives_up(db):
    """With a fake clock and sleep: two serialization failures, then success; a failure that
    never ends raises StorageUnavailable once the budget is spent, and pauses grow."""
    import sqlite3

    from app.data.retry import run_with_retry

    now = [0.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    failures = [OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))] * 2
    calls = []

    def flaky():
        calls.append(1)
        if failures:
            raise failures.pop()
        return "stored"

    with db.session() as s:
        assert (
            run_with_retry(s, flaky, Retry(budget=3.0), sleep=sleep, clock=lambda: now[0])
            == "stored"
        )
        assert len(calls) == 3 and pauses == [0.05, 0.1]

        def never():
            raise OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))

        pauses.clear()
        with pytest.raises(StorageUnavailable) as refused:
            run_with_retry(s, never, Retry(budget=3.0), sleep=sleep, clock=lambda: now[0])
        assert refused.value.attempts == len(pauses) + 1 and sum(pauses) <= 3.0
        assert pauses == sorted(pauses) and max(pauses) == 0.8

        def broken():
            raise ValueError("a bug, not a busy database")

        with pytest.raises(ValueError):  # not retried, not disguised
            run_with_retry(s, broken, sleep=sleep, clock=lambda: now[0])


def test_lost_postgresql_connection_is_reconnected(db, campaign):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL: the server ends the kiosk's connection")
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", INSTRUMENTS)
        record_answer(s, sid, "climate", "q1", 1)  # the pool now holds a connection
    admin = create_engine(db.url)
    with admin.connect() as conn:  # as a server restart or a network cut would
        killed = conn.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()
    admin.dispose()
    assert killed >= 1
    with kiosk.session() as s:
        record_answer(s, sid, "climate", "q2", 2)  # first attempt fails; reconnects; stored
        finish_session(s, sid, finish_instruments=True)
    kiosk.dispose()
    assert _stored(db.url) == {(sid, "climate", "q1"): 1, (sid, "climate", "q2"): 2}


def test_start_up_during_a_lock_storm_still_opens(db, campaign, qapp, monkeypatch):
    """Closing dead sessions is housekeeping: a database busy for longer than the retry budget
    (an import on another PC) must not keep the program from starting."""
    from app.data import retry

    monkeypatch.setattr(retry, "KIOSK_WRITE", Retry(budget=0.5, first_wait=0.1))
    with db.session() as s:
        dead = start_session(s, campaign, "ru", INSTRUMENTS)
        s.get(SurveySession, dead).last_seen = None
        s.commit()
    with write_lock_held(db):
        _start_second_program(db.url, qapp)
    assert _session_rows(db.url)[dead].state == "in_progress"  # left for the next start
    _start_second_program(db.url, qapp)
    assert _session_rows(db.url)[dead].state == "abandoned"

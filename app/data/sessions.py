"""Kiosk session lifecycle: every answer is committed the moment it is given.

A power cut therefore loses at most the answer being typed. A session in progress records which
running program owns it (`WORKSTATION`, random per run) and when it last showed life
(`last_seen`, the database's clock in UTC: refreshed by every answer and by the kiosk's
heartbeat). At start-up only dead sessions are closed as abandoned (`recover_interrupted`: not
seen for longer than the kiosk's inactivity timeout plus a margin), so a second PC starting up
does not end a colleague's live session at another kiosk. Both columns are erased when the
session ends: a finished or abandoned session keeps no time.

Writes of the kiosk retry on a busy database (app/data/retry.py) and raise StorageUnavailable
rather than return as if saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, bindparam, delete, or_, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from app.data import answer_store
from app.data import retry as retry_policies
from app.data.retry import (  # noqa: F401  (StorageUnavailable: the kiosk catches it from here)
    Retry,
    StorageUnavailable,
    run_with_retry,
)
from app.models.base import SessionKind, SessionState
from app.models.campaign import AnswerVector, SessionInstrument, SurveySession
from app.scoring.answer_rules import InvalidAnswer, check_before_saving  # noqa: F401

if TYPE_CHECKING:
    from app.scoring.definitions import Instrument


class SessionStateError(Exception):
    """The session is not in progress (finished, abandoned or unknown)."""


# This running program, as owner of the sessions it starts (random per run: no machine name).
WORKSTATION = uuid.uuid4().hex
# The kiosk shows a respondent "Are you still there?" after 90 s and closes the session 30 s
# later; it refreshes last_seen on every answer and every HEARTBEAT_SECONDS while a screen is
# read. A session not seen for STALE_AFTER_SECONDS (timeout, one missed heartbeat, clock skew
# between PCs and the database, a margin) belongs to no living kiosk.
KIOSK_TIMEOUT_SECONDS = 90 + 30
HEARTBEAT_SECONDS = 60
STALE_AFTER_SECONDS = KIOSK_TIMEOUT_SECONDS + 2 * HEARTBEAT_SECONDS + 300


class utc_now(FunctionElement):
    """The database's current time in UTC: one clock for every PC of an office on PostgreSQL,
    whatever their own clocks say."""

    type = DateTime()
    inherit_cache = True


@compiles(utc_now)
def _utc_now_default(element, compiler, **kw):  # SQLite: CURRENT_TIMESTAMP is UTC
    return "CURRENT_TIMESTAMP"


@compiles(utc_now, "postgresql")
def _utc_now_postgresql(element, compiler, **kw):
    return "timezone('utc', now())"


@dataclass(frozen=True)
class Demographics:
    department_id: int | None = None
    tenure_band: str | None = None
    is_manager: bool | None = None
    gender: str | None = None


def start_session(
    session: Session,
    campaign_id: int | None,
    language: str,
    instruments: list[tuple[str, str]],
    employee_id: int | None = None,
    consent_on: date | None = None,
    today: date | None = None,
    retry: Retry | None = None,
) -> uuid.UUID:
    """Create a session; anonymous unless `employee_id` (with recorded consent) is given.

    `instruments` are (id, version) pairs in presentation order. A named session stores the date,
    never the time; an anonymous one neither.
    """
    if employee_id is not None and consent_on is None:
        raise ValueError("a named session needs the employee's recorded consent")
    sid = uuid.uuid4()

    def write() -> None:  # again from scratch after a rollback, which drops the pending row
        row = SurveySession(
            id=sid,
            campaign_id=campaign_id,
            language=language,
            # an anonymous session keeps no date (PRODUCT.md §8); a named one keeps the day
            held_on=(today or date.today()) if employee_id is not None else None,
            kind=(SessionKind.NAMED if employee_id is not None else SessionKind.ANONYMOUS).value,
            employee_id=employee_id,
            consent_on=consent_on,
            state=SessionState.IN_PROGRESS.value,
            workstation=WORKSTATION,
            last_seen=utc_now(),
        )
        row.instruments = [
            SessionInstrument(instrument_id=i, instrument_version=v) for i, v in instruments
        ]
        session.add(row)
        session.flush()

    run_with_retry(session, write, retry)
    return sid


def _in_progress(session: Session, sid: uuid.UUID) -> SurveySession:
    # populate_existing: the state as the database has it now, not as this Session last saw it
    # (another program may have closed the session since)
    row = session.get(SurveySession, sid, populate_existing=True)
    if row is None or row.state != SessionState.IN_PROGRESS.value:
        raise SessionStateError(str(sid))
    return row


def set_demographics(
    session: Session, sid: uuid.UUID, demographics: Demographics, retry: Retry | None = None
) -> None:
    def write() -> None:
        row = _in_progress(session, sid)
        row.department_id = demographics.department_id
        row.tenure_band = demographics.tenure_band
        row.is_manager = demographics.is_manager
        row.gender = demographics.gender
        row.last_seen = utc_now()
        session.flush()

    run_with_retry(session, write, retry)


def set_language(
    session: Session, sid: uuid.UUID, language: str, retry: Retry | None = None
) -> None:
    def write() -> None:
        row = _in_progress(session, sid)
        row.language = language
        row.last_seen = utc_now()
        session.flush()

    run_with_retry(session, write, retry)


# The heartbeat, and the check that the session is still open: 0 rows = closed or unknown.
_sessions = SurveySession.__table__
_TOUCH = (
    update(_sessions)
    .where(_sessions.c.id == bindparam("sid"), _sessions.c.state == SessionState.IN_PROGRESS.value)
    .values(last_seen=utc_now())
)


def record_answer(
    session: Session,
    sid: uuid.UUID,
    instrument_id: str,
    item_id: str,
    value: Any,
    own_text: str = "",
    retry: Retry | None = None,
) -> None:
    """Insert or replace one answer and commit at once. `value=None` removes the answer.

    Raises SessionStateError, writing nothing, unless the session is in progress; raises
    StorageUnavailable, writing nothing, if the database stays busy for the retry budget. It
    returns only once the answer is committed. An answer that breaks the rules of its item
    (app/scoring/answer_rules.py) raises InvalidAnswer, writing nothing."""
    check_before_saving(instrument_id, item_id, value, own_text)

    def write() -> None:
        # First the session row: it refreshes last_seen, tells whether the session is still
        # open, and (SQLite) takes the write lock before anything is read.
        if session.execute(_TOUCH, {"sid": sid}).rowcount != 1:
            raise SessionStateError(str(sid))
        if not answer_store.write_answer(session, sid, instrument_id, item_id, value, own_text):
            raise SessionStateError(str(sid))

    run_with_retry(session, write, retry)


def touch_session(session: Session, sid: uuid.UUID, retry: Retry | None = None) -> None:
    """The kiosk's heartbeat while a respondent reads: the session is alive. Raises
    SessionStateError if it was closed meanwhile (by another program), StorageUnavailable if the
    database is busy (cheap to skip: the next answer or heartbeat refreshes it)."""

    def write() -> None:
        if session.execute(_TOUCH, {"sid": sid}).rowcount != 1:
            raise SessionStateError(str(sid))

    run_with_retry(session, write, retry or retry_policies.HEARTBEAT)


def _session_instrument(session: Session, sid: uuid.UUID, instrument_id: str) -> SessionInstrument:
    row = session.get(SessionInstrument, (sid, instrument_id))
    if row is None:
        raise SessionStateError(f"{sid}/{instrument_id}")
    return row


def finish_instrument(
    session: Session, sid: uuid.UUID, instrument_id: str, retry: Retry | None = None
) -> None:
    def write() -> None:
        _in_progress(session, sid)
        _session_instrument(session, sid, instrument_id).finished = True
        session.flush()

    run_with_retry(session, write, retry)


def record_agreement(
    session: Session,
    sid: uuid.UUID,
    instrument_id: str,
    agrees: bool,
    reason: str = "",
    retry: Retry | None = None,
) -> None:
    """Named sessions: does the employee agree with his result (if not, why)."""

    def write() -> None:
        row = _session_instrument(session, sid, instrument_id)
        row.agrees_with_result = agrees
        row.disagreement_reason = "" if agrees else reason
        session.flush()

    run_with_retry(session, write, retry)


def finish_session(
    session: Session,
    sid: uuid.UUID,
    library: Mapping[str, Instrument] | None = None,
    finish_instruments: bool = False,
    retry: Retry | None = None,
    too_fast: bool | None = None,
) -> None:
    """Close the session and pack its answers (JSON, and the int16 vector when the library
    holds all of its instruments; `library` defaults to the shipped and office instruments).
    `finish_instruments`: mark all its instruments finished too, in the same transaction.

    The session forgets its workstation and last_seen: a finished session keeps no time.
    `too_fast`: the kiosk's answer-quality flag (app/scoring/quality.py; the seconds per
    screen it came from are never stored); None = unknown.
    Returns only once committed; raises SessionStateError or StorageUnavailable otherwise."""
    attempts = 0

    def write() -> None:
        nonlocal attempts
        attempts += 1
        if attempts > 1:  # the commit before may have gone through with its reply lost
            state = session.scalar(select(SurveySession.state).where(SurveySession.id == sid))
            if state in (SessionState.FINISHED.value, SessionState.INSUFFICIENT.value):
                return
        row = _in_progress(session, sid)
        if finish_instruments:
            for si in row.instruments:
                si.finished = True
        row.state = SessionState.FINISHED.value
        row.workstation = None
        row.last_seen = None
        row.too_fast = too_fast
        packed = answer_store.session_document(session, sid)
        answer_store.seal(session, row, packed, library)
        # too few answers to count as a respondent: kept, shown apart (app/data/respondents)
        from app.data.respondents import judged_state

        row.state = judged_state(session, row, packed, library)
        if row.state != SessionState.FINISHED.value:
            row.vector = None
        session.flush()

    run_with_retry(session, write, retry)


def pack_finished_sessions(
    session: Session,
    campaign_id: int | None = None,
    library: Mapping[str, Instrument] | None = None,
) -> int:
    """Pack finished sessions written before packing existed (or by bulk tools), and give
    packed sessions without an answer vector (finished before schema 0003) theirs."""
    query = select(SurveySession).where(
        SurveySession.state == SessionState.FINISHED.value,
        or_(
            SurveySession.packed_answers.is_(None),
            ~select(AnswerVector.session_id)
            .where(AnswerVector.session_id == SurveySession.id)
            .exists(),
        ),
    )
    if campaign_id is not None:
        query = query.where(SurveySession.campaign_id == campaign_id)
    count = 0
    for row in session.scalars(query).all():
        unpacked = row.packed_answers is None
        answer_store.seal(session, row, answer_store.session_document(session, row.id), library)
        count += unpacked or row.vector is not None
    session.flush()
    return count


_CLOSED = {"workstation": None, "last_seen": None}  # an ended session keeps no time


def abandon_session(session: Session, sid: uuid.UUID, retry: Retry | None = None) -> bool:
    """Idle timeout or reset: keep the answers, exclude them from analysis by default.
    Returns whether it was in progress."""

    def write() -> bool:
        return (
            session.execute(
                update(SurveySession)
                .where(
                    SurveySession.id == sid, SurveySession.state == SessionState.IN_PROGRESS.value
                )
                .values(state=SessionState.ABANDONED.value, **_CLOSED)
            ).rowcount
            == 1
        )

    return run_with_retry(session, write, retry)


def recover_interrupted(
    session: Session,
    campaign_id: int | None = None,
    stale_after_seconds: int = STALE_AFTER_SECONDS,
    retry: Retry | None = None,
) -> int:
    """Mark dead sessions as abandoned (crash, power cut, a kiosk switched off); returns how many.

    Dead: in progress and not seen for `stale_after_seconds` by the database's clock, or never
    seen (started before schema 0004). A session another running program is serving refreshes
    last_seen at least every HEARTBEAT_SECONDS, so it is left alone. Raises StorageUnavailable
    if the database stays busy (callers go on: the next start closes them)."""

    def write() -> int:
        now = session.scalar(select(utc_now()))
        if isinstance(now, str):  # a driver that hands back text
            from datetime import datetime

            now = datetime.fromisoformat(now)
        query = update(SurveySession).where(
            SurveySession.state == SessionState.IN_PROGRESS.value,
            or_(
                SurveySession.last_seen.is_(None),
                SurveySession.last_seen <= now - timedelta(seconds=stale_after_seconds),
            ),
        )
        if campaign_id is not None:
            query = query.where(SurveySession.campaign_id == campaign_id)
        return (
            session.execute(query.values(state=SessionState.ABANDONED.value, **_CLOSED)).rowcount
            or 0
        )

    return run_with_retry(session, write, retry)


def delete_session(session: Session, sid: uuid.UUID) -> None:
    session.execute(delete(SurveySession).where(SurveySession.id == sid))
    session.commit()

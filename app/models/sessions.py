"""Kiosk session lifecycle: every answer is committed the moment it is given.

A power cut therefore loses at most the answer being typed. At start-up, sessions left
"in progress" by a crash are closed as abandoned (`recover_interrupted`), so the kiosk always
comes back to a clean start screen and the half-finished answers stay out of the analysis.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, exists, or_, select, text, update
from sqlalchemy.orm import Session

from app.models.base import SessionKind, SessionState
from app.models.campaign import Answer, AnswerVector, SessionInstrument, SurveySession

if TYPE_CHECKING:
    from app.scoring.model import Instrument


class SessionStateError(Exception):
    """The session is not in progress (finished, abandoned or unknown)."""


@dataclass(frozen=True)
class Demographics:
    department_id: int | None = None
    tenure_band: str | None = None
    is_manager: bool | None = None
    gender: str | None = None


def start_session(session: Session, campaign_id: int | None, language: str,
                  instruments: list[tuple[str, str]], employee_id: int | None = None,
                  consent_on: date | None = None, today: date | None = None) -> uuid.UUID:
    """Create a session; anonymous unless `employee_id` (with recorded consent) is given.

    `instruments` are (id, version) pairs in presentation order. A named session stores the date,
    never the time; an anonymous one neither.
    """
    if employee_id is not None and consent_on is None:
        raise ValueError("a named session needs the employee's recorded consent")
    sid = uuid.uuid4()
    row = SurveySession(
        id=sid, campaign_id=campaign_id, language=language,
        # an anonymous session keeps no date (PRODUCT.md §8); a named one keeps the day
        held_on=(today or date.today()) if employee_id is not None else None,
        kind=(SessionKind.NAMED if employee_id is not None else SessionKind.ANONYMOUS).value,
        employee_id=employee_id, consent_on=consent_on, state=SessionState.IN_PROGRESS.value)
    row.instruments = [SessionInstrument(instrument_id=i, instrument_version=v)
                       for i, v in instruments]
    session.add(row)
    session.commit()
    return sid


def _in_progress(session: Session, sid: uuid.UUID) -> SurveySession:
    row = session.get(SurveySession, sid)
    if row is None or row.state != SessionState.IN_PROGRESS.value:
        raise SessionStateError(str(sid))
    return row


def set_demographics(session: Session, sid: uuid.UUID, demographics: Demographics) -> None:
    row = _in_progress(session, sid)
    row.department_id = demographics.department_id
    row.tenure_band = demographics.tenure_band
    row.is_manager = demographics.is_manager
    row.gender = demographics.gender
    session.commit()


def set_language(session: Session, sid: uuid.UUID, language: str) -> None:
    _in_progress(session, sid).language = language
    session.commit()


# The kiosk writes one answer per click, so writing it is one statement that also checks the
# session: the answer goes in only while its session is in progress, replacing an earlier
# answer to the same item (no SELECT, no ORM object, no separate state query). Written as
# text because SQLAlchemy does not cache the compiled form of an ON CONFLICT insert, and
# compiling it took longer than running it; SQLite (3.24+) and PostgreSQL share the syntax.
# The WHERE also settles SQLite's INSERT ... SELECT ... ON CONFLICT parsing ambiguity.
_answers, _sessions = Answer.__table__, SurveySession.__table__
_UPSERT_ANSWER = text(
    f"INSERT INTO {_answers.name} (id, session_id, instrument_id, item_id, value, own_text) "
    "SELECT :id, :sid, :instrument_id, :item_id, :value, :own_text "
    f"WHERE EXISTS (SELECT 1 FROM {_sessions.name} WHERE id = :sid AND state = :in_progress) "
    "ON CONFLICT (session_id, instrument_id, item_id) "
    "DO UPDATE SET value = excluded.value, own_text = excluded.own_text"
).bindparams(bindparam("id", type_=_answers.c.id.type),
             bindparam("sid", type_=_answers.c.session_id.type),
             bindparam("value", type_=_answers.c.value.type))
# On the tables, not the ORM classes: an ORM delete would first look for the rows among the
# Session's loaded objects.
_DELETE_ANSWER = delete(_answers).where(
    _answers.c.session_id == bindparam("sid"),
    _answers.c.instrument_id == bindparam("instrument_id"),
    _answers.c.item_id == bindparam("item_id"),
    exists().where(_sessions.c.id == bindparam("sid"),
                   _sessions.c.state == SessionState.IN_PROGRESS.value))


def record_answer(session: Session, sid: uuid.UUID, instrument_id: str, item_id: str,
                  value: Any, own_text: str = "") -> None:
    """Insert or replace one answer and commit at once. `value=None` removes the answer.

    Raises SessionStateError, writing nothing, unless the session is in progress."""
    if value is None:
        removed = session.execute(_DELETE_ANSWER, {
            "sid": sid, "instrument_id": instrument_id, "item_id": item_id}).rowcount
        # Nothing removed: no such answer (fine), or the session is closed (an error). Asked of
        # the database, not of an ORM object this Session may hold from before.
        if not removed and session.scalar(select(SurveySession.state).where(
                SurveySession.id == sid)) != SessionState.IN_PROGRESS.value:
            raise SessionStateError(str(sid))
    else:
        written = session.execute(_UPSERT_ANSWER, {
            "id": uuid.uuid4(), "sid": sid, "instrument_id": instrument_id, "item_id": item_id,
            "value": value, "own_text": own_text,
            "in_progress": SessionState.IN_PROGRESS.value}).rowcount
        if written != 1:
            raise SessionStateError(str(sid))
    session.commit()


def load_answers(session: Session, sid: uuid.UUID, instrument_id: str) -> dict[str, Any]:
    rows = session.execute(select(Answer.item_id, Answer.value).where(
        Answer.session_id == sid, Answer.instrument_id == instrument_id)).all()
    return dict(rows)


def _session_instrument(session: Session, sid: uuid.UUID, instrument_id: str) -> SessionInstrument:
    row = session.get(SessionInstrument, (sid, instrument_id))
    if row is None:
        raise SessionStateError(f"{sid}/{instrument_id}")
    return row


def finish_instrument(session: Session, sid: uuid.UUID, instrument_id: str) -> None:
    _in_progress(session, sid)
    _session_instrument(session, sid, instrument_id).finished = True
    session.commit()


def record_agreement(session: Session, sid: uuid.UUID, instrument_id: str, agrees: bool,
                     reason: str = "") -> None:
    """Named sessions: does the employee agree with his result (if not, why)."""
    row = _session_instrument(session, sid, instrument_id)
    row.agrees_with_result = agrees
    row.disagreement_reason = "" if agrees else reason
    session.commit()


def finish_session(session: Session, sid: uuid.UUID,
                   library: Mapping[str, Instrument] | None = None) -> None:
    """Close the session and pack its answers (JSON, and the int16 vector when the library
    holds all of its instruments; `library` defaults to the shipped and office instruments)."""
    row = _in_progress(session, sid)
    row.state = SessionState.FINISHED.value
    store_packed(row, pack_answers(session, sid), library)
    session.commit()


def store_packed(row: SurveySession, packed: dict,
                 library: Mapping[str, Instrument] | None = None) -> None:
    """Put a finished session's packed answers, texts and answer vector on its row."""
    row.packed_answers = packed
    vector = _encode_session(row, packed, library)
    row.vector = AnswerVector(
        campaign_id=row.campaign_id, kind=row.kind, department_id=row.department_id,
        tenure_band=row.tenure_band, gender=row.gender, is_manager=row.is_manager,
        layout=vector[0], data=vector[1], texts=packed.get("t") or None) \
        if vector and row.campaign_id is not None else None  # analysis reads campaigns only


def _encode_session(row: SurveySession, packed: dict,
                   library: Mapping[str, Instrument] | None = None) -> tuple[str, bytes] | None:
    """The session's answer vector (app/scoring/matrix.py), over the instruments it was given."""
    from app.scoring.matrix import encode  # numpy and pandas: not on the way to the kiosk

    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    ids = {si.instrument_id for si in row.instruments} | set(packed["a"])
    if not ids or not ids <= set(library):
        return None
    return encode([library[i] for i in ids], packed["a"])


def pack_answers(session: Session, sid: uuid.UUID) -> dict:
    """The session's answers as one document (see SurveySession.packed_answers)."""
    answers: dict[str, dict[str, Any]] = {}
    texts = []
    for inst_id, item_id, value, own_text in session.execute(
            select(Answer.instrument_id, Answer.item_id, Answer.value, Answer.own_text)
            .where(Answer.session_id == sid)):
        answers.setdefault(inst_id, {})[item_id] = value
        if own_text:
            texts.append([inst_id, item_id, own_text])
    return {"a": answers, "t": texts}


def pack_finished_sessions(session: Session, campaign_id: int | None = None,
                           library: Mapping[str, Instrument] | None = None) -> int:
    """Pack finished sessions written before packing existed (or by bulk tools), and give
    packed sessions without an answer vector (finished before schema 0003) theirs."""
    query = select(SurveySession).where(
        SurveySession.state == SessionState.FINISHED.value,
        or_(SurveySession.packed_answers.is_(None),
            ~select(AnswerVector.session_id).where(
                AnswerVector.session_id == SurveySession.id).exists()))
    if campaign_id is not None:
        query = query.where(SurveySession.campaign_id == campaign_id)
    count = 0
    for row in session.scalars(query).all():
        unpacked = row.packed_answers is None
        store_packed(row, row.packed_answers or pack_answers(session, row.id), library)
        count += unpacked or row.vector is not None
    session.flush()
    return count


def abandon_session(session: Session, sid: uuid.UUID) -> None:
    """Idle timeout or reset: keep the answers, exclude them from analysis by default."""
    row = session.get(SurveySession, sid)
    if row is not None and row.state == SessionState.IN_PROGRESS.value:
        row.state = SessionState.ABANDONED.value
        session.commit()


def recover_interrupted(session: Session, campaign_id: int | None = None) -> int:
    """Mark sessions left in progress (crash, power cut) as abandoned; returns how many."""
    query = update(SurveySession).where(SurveySession.state == SessionState.IN_PROGRESS.value)
    if campaign_id is not None:
        query = query.where(SurveySession.campaign_id == campaign_id)
    result = session.execute(query.values(state=SessionState.ABANDONED.value))
    session.commit()
    return result.rowcount or 0


def delete_session(session: Session, sid: uuid.UUID) -> None:
    session.execute(delete(SurveySession).where(SurveySession.id == sid))
    session.commit()

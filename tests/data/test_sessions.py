"""Kiosk session lifecycle: answers persist as given; crashes leave nothing in progress."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from sqlalchemy import func, select, text, update

from app.data.answer_store import answers_of as load_answers
from app.data.sessions import (
    Demographics,
    SessionStateError,
    abandon_session,
    finish_instrument,
    finish_session,
    record_agreement,
    record_answer,
    recover_interrupted,
    set_demographics,
    start_session,
)
from app.data.store import open_database
from app.models import Answer, Department, Employee, Organisation, SurveySession


@pytest.fixture
def org(db):
    with db.session() as s:
        o = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(o)
        s.flush()
        d = Department(organisation_id=o.id, name_ru="Отдел", name_kk="Бөлім", headcount=10)
        s.add(d)
        s.flush()
        e = Employee(department_id=d.id, full_name="Сотрудник")
        s.add(e)
        s.commit()
        return {"org": o.id, "dept": d.id, "emp": e.id}


def test_each_answer_is_committed_immediately(db, org, tmp_path):
    with db.session() as s:
        sid = start_session(s, None, "ru", [("climate", "1.0")], today=date(2026, 3, 5))
        record_answer(s, sid, "climate", "q1", 3)
    # A second, independent connection (another process after a power cut) sees it at once.
    other = open_database(db.url)
    with other.session() as s2:
        assert load_answers(s2, sid, "climate") == {"q1": 3}
    other.dispose()


def test_answer_can_be_changed_and_removed(db, org):
    with db.session() as s:
        sid = start_session(s, None, "kk", [("gerchikov", "1.0")])
        record_answer(s, sid, "gerchikov", "q1", [1, 2])
        record_answer(s, sid, "gerchikov", "q1", [3])
        record_answer(s, sid, "gerchikov", "q2", 4)
        record_answer(s, sid, "gerchikov", "q2", None)
        assert load_answers(s, sid, "gerchikov") == {"q1": [3]}
        assert s.scalar(select(text("count(*)")).select_from(Answer)) == 1


def test_anonymous_session_stores_no_date_and_no_person(db, org):
    with db.session() as s:
        sid = start_session(s, None, "ru", [], today=date(2026, 3, 5))
        set_demographics(s, sid, Demographics(org["dept"], "3_5", False, "female"))
        row = s.get(SurveySession, sid)
        assert row.kind == "anonymous" and row.employee_id is None
        assert row.held_on is None  # PRODUCT.md §8: the campaign's period is enough
        columns = {c.name for c in SurveySession.__table__.columns}
        assert not {"created_at", "started_at", "updated_at", "machine"} & columns


def test_named_session_requires_consent(db, org):
    with db.session() as s:
        with pytest.raises(ValueError):
            start_session(s, None, "ru", [], employee_id=org["emp"])
        sid = start_session(
            s, None, "ru", [("schein", "1.0")], employee_id=org["emp"], consent_on=date(2026, 3, 5)
        )
        finish_instrument(s, sid, "schein")
        record_agreement(s, sid, "schein", False, "Результат не отражает мои цели")
        row = s.get(SurveySession, sid)
        assert row.kind == "named" and row.instruments[0].finished
        assert row.instruments[0].agrees_with_result is False
        assert row.instruments[0].disagreement_reason.startswith("Результат")


def test_finished_or_abandoned_sessions_take_no_more_answers(db, org):
    with db.session() as s:
        done = start_session(s, None, "ru", [("climate", "1")])
        finish_session(s, done)
        with pytest.raises(SessionStateError):
            record_answer(s, done, "climate", "q1", 1)
        left = start_session(s, None, "ru", [("climate", "1")])
        abandon_session(s, left)
        assert s.get(SurveySession, left).state == "abandoned"
        with pytest.raises(SessionStateError):
            record_answer(s, left, "climate", "q1", 1)


def test_interrupted_sessions_are_marked_abandoned_on_restart(db, org):
    """A restart closes a session only once it has not been seen for the stale time: a live
    one (another PC's kiosk) is left alone, a dead one is abandoned with its answers kept."""
    from datetime import datetime, timedelta

    from app.data.sessions import STALE_AFTER_SECONDS

    with db.session() as s:
        running = start_session(s, None, "ru", [("climate", "1")])
        record_answer(s, running, "climate", "q1", 2)
        done = start_session(s, None, "ru", [("climate", "1")])
        finish_session(s, done)
    db.dispose()  # "power cut"
    again = open_database(db.url)
    with again.session() as s:
        assert recover_interrupted(s) == 0  # seen just now: maybe a kiosk on another PC
        assert s.get(SurveySession, running).state == "in_progress"
        # the kiosk is dead: last seen longer ago than the stale time
        now = datetime.now(UTC).replace(tzinfo=None)
        s.get(SurveySession, running).last_seen = now - timedelta(seconds=STALE_AFTER_SECONDS + 5)
        s.commit()
        assert recover_interrupted(s) == 1
        row = s.get(SurveySession, running, populate_existing=True)
        assert row.state == "abandoned" and row.last_seen is None and row.workstation is None
        assert s.get(SurveySession, done).state == "finished"
        assert load_answers(s, running, "climate") == {"q1": 2}  # kept, not analysed
    again.dispose()


def test_packed_and_per_answer_loading_give_the_same_tables(tmp_path, demo_db_path):
    """The demo's sessions are written row by row (unpacked); packing them must not change a
    single figure the analysis reads, nor the own-variant texts."""
    import shutil

    import pandas as pd
    from sqlalchemy import delete, func, select

    from app.data.answer_store import load_campaign_data
    from app.data.sessions import pack_finished_sessions
    from app.data.store import open_database
    from app.models import Campaign
    from app.models.campaign import SurveySession
    from app.scoring.instruments import default_library

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    library = default_library()
    with database.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        # as a database upgraded from schema 0001: no session packed yet
        from app.models.campaign import AnswerVector

        s.execute(delete(AnswerVector))
        _unseal_all(s)
        s.commit()
        before = load_campaign_data(s, cid, library)
        packed = pack_finished_sessions(s, cid)  # 120 anonymous + the named test sessions
        s.commit()
        assert (
            packed >= 120
            and s.scalar(
                select(func.count()).where(
                    SurveySession.campaign_id == cid,
                    SurveySession.kind == "anonymous",
                    SurveySession.packed_answers.is_not(None),
                )
            )
            == 120
        )
        assert pack_finished_sessions(s, cid) == 0  # nothing left to pack
        after = load_campaign_data(s, cid, library)
    database.dispose()
    assert before.own_texts == after.own_texts and before.own_texts
    for inst_id, frame in before.frames.items():
        pd.testing.assert_frame_equal(frame, after.frames[inst_id])


def _unseal_all(s) -> None:
    """What a database of schema 0001 held: every answer as a row, no document."""
    import uuid

    from sqlalchemy import insert

    rows = []
    for sid, doc in s.execute(
        select(SurveySession.id, SurveySession.packed_answers).where(
            SurveySession.packed_answers.is_not(None)
        )
    ):
        texts = {(i, q): t for i, q, t in doc.get("t", [])}
        rows += [
            {
                "id": uuid.uuid4(),
                "session_id": sid,
                "instrument_id": inst_id,
                "item_id": item_id,
                "value": value,
                "own_text": texts.get((inst_id, item_id), ""),
            }
            for inst_id, items in doc["a"].items()
            for item_id, value in items.items()
        ]
    s.execute(insert(Answer), rows)
    s.execute(update(SurveySession).values(packed_answers=None))


def test_finishing_a_session_packs_its_answers(db):
    from app.models.campaign import SurveySession

    with db.session() as s:
        sid = start_session(s, None, "ru", [("significance", "1.0")])
        record_answer(s, sid, "significance", "q1", 4)
        record_answer(s, sid, "significance", "q40", 5, own_text="Служебное жилье")
        assert s.scalar(select(func.count()).select_from(Answer)) == 2  # rows while in progress
        finish_session(s, sid)
        packed = s.get(SurveySession, sid).packed_answers
        # one record: the document replaced the rows, in the transaction that finished it
        assert s.scalar(select(func.count()).select_from(Answer)) == 0
        assert load_answers(s, sid, "significance") == {"q1": 4, "q40": 5}
    assert packed == {
        "a": {"significance": {"q1": 4, "q40": 5}},
        "t": [["significance", "q40", "Служебное жилье"]],
    }


def test_the_database_not_the_orm_session_decides_whether_answers_are_taken(db, org):
    """record_answer writes with one statement that checks the session's state in the database
    (no ORM object, no separate query): a session closed through another connection refuses
    new, changed and cleared answers and keeps what it had, whatever this Session holds."""
    import uuid

    with db.session() as s:
        sid = start_session(s, None, "ru", [("climate", "1")])
        record_answer(s, sid, "climate", "q1", 2)
        record_answer(s, sid, "climate", "q9", None)  # clearing an unanswered item is fine
        held = s.get(SurveySession, sid)  # this Session now holds the row, "in progress"
        assert held.state == "in_progress"
        other = open_database(db.url)
        with other.session() as s2:
            abandon_session(s2, sid)
        other.dispose()
        for item_id, value in (("q1", 5), ("q1", None), ("q2", 1)):
            with pytest.raises(SessionStateError):
                record_answer(s, sid, "climate", item_id, value)
            s.rollback()
        with pytest.raises(SessionStateError):
            record_answer(s, uuid.uuid4(), "climate", "q1", 1)  # no such session
        s.rollback()
        assert load_answers(s, sid, "climate") == {"q1": 2} and held.state == "abandoned"


def test_a_changed_answer_replaces_the_row_with_its_own_text(db, org):
    with db.session() as s:
        sid = start_session(s, None, "ru", [("significance", "1.0")])
        record_answer(s, sid, "significance", "q40", 5, own_text="Служебное жилье")
        first = s.scalar(select(Answer.id))
        record_answer(s, sid, "significance", "q40", 3, own_text="")
        s.expire_all()
        (row,) = s.scalars(select(Answer)).all()
        assert (row.id, row.value, row.own_text) == (first, 3, "")

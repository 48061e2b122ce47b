"""One record per answer (app/data/answer_store.py): rows while a session is in progress, one
document once it ended, never both; the cache is written by writes only; schema 0008 turns an
older database's two copies into one. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from alembic import command
from sqlalchemy import func, insert, select

from app.data.answer_store import (
    answers_of,
    load_campaign_data,
    recorded_answers,
    session_document,
)
from app.data.migrate import alembic_config
from app.data.sessions import abandon_session, finish_session, record_answer, start_session
from app.data.store import open_database
from app.models.campaign import Answer, AnswerVector, SessionInstrument, SurveySession
from app.scoring.instruments import default_library
from tests.data.test_answer_matrix import _campaign

LIBRARY = default_library()


def _rows(s, sid) -> int:
    return s.scalar(select(func.count()).select_from(Answer).where(Answer.session_id == sid))


def test_an_answer_is_recorded_once_at_every_moment(db):
    with db.session() as s:
        cid = _campaign(s)
        done = start_session(s, cid, "ru", [("significance", "1.0")])
        left = start_session(s, cid, "ru", [("significance", "1.0")])
        record_answer(s, done, "significance", "q1", 4)
        record_answer(s, done, "significance", "q40", 5, own_text="Жилье")
        record_answer(s, left, "significance", "q1", 2)
        # in progress: the rows are the record (what a power cut must not lose)
        assert _rows(s, done) == 2 and s.get(SurveySession, done).packed_answers is None
        finish_session(s, done)
        abandon_session(s, left)
        # ended: the document is the record, the rows are gone; abandoned keeps its rows
        assert _rows(s, done) == 0
        assert session_document(s, done) == {
            "a": {"significance": {"q1": 4, "q40": 5}},
            "t": [["significance", "q40", "Жилье"]],
        }
        assert _rows(s, left) == 1 and s.get(SurveySession, left).packed_answers is None
        assert answers_of(s, left, "significance") == {"q1": 2}
        assert sorted((sid, q, v) for sid, _i, q, v, _t in recorded_answers(s)) == sorted(
            [(done.hex, "q1", 4), (done.hex, "q40", 5), (left.hex, "q1", 2)]
        )
        data = load_campaign_data(s, cid, LIBRARY)
        assert data.frames["significance"].loc[done.hex, "q1"] == 4.0
        assert data.own_texts == [("significance", "q40", "Жилье")]


def test_upgrading_to_0008_keeps_one_copy_of_every_answer(db):
    """A database at 0007 held a finished session's answers twice (rows and document), and a
    session finished before packing existed only as rows: after the upgrade each answer is
    in exactly one place, and the analysis reads the same figures."""
    with db.session() as s:
        cid = _campaign(s)
        sealed = start_session(s, cid, "ru", [("significance", "1.0")])
        for q, v in (("q1", 4), ("q2", 1)):
            record_answer(s, sealed, "significance", q, v)
        finish_session(s, sealed)
        before = load_campaign_data(s, cid, LIBRARY)
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(conn), "0007")
    old = uuid.uuid4()
    with db.session() as s:
        assert _rows(s, sealed) == 2  # 0007 kept the rows beside the document
        s.add(
            SurveySession(
                id=old, campaign_id=cid, kind="anonymous", state="finished", language="ru"
            )
        )
        s.flush()
        s.execute(
            insert(SessionInstrument),
            [
                {
                    "session_id": old,
                    "instrument_id": "significance",
                    "instrument_version": "1.0",
                    "finished": True,
                }
            ],
        )
        s.execute(
            insert(Answer),
            [
                {
                    "id": uuid.uuid4(),
                    "session_id": old,
                    "instrument_id": "significance",
                    "item_id": "q1",
                    "value": 2,
                    "own_text": "",
                },
            ],
        )
        s.commit()
    db.engine.dispose()
    again = open_database(db.url)
    try:
        assert again.migration.action == "upgraded" and again.migration.from_revision == "0007"
        with again.session() as s:
            assert s.scalar(select(func.count()).select_from(Answer)) == 0
            assert answers_of(s, sealed, "significance") == {"q1": 4, "q2": 1}
            assert answers_of(s, old, "significance") == {"q1": 2}
            assert (
                s.scalar(
                    select(func.count())
                    .select_from(AnswerVector)
                    .where(AnswerVector.session_id == old)
                )
                == 1
            )  # sealed on upgrade: it has its place in the cache too
            after = load_campaign_data(s, cid, LIBRARY)
            assert after.frames["significance"].loc[sealed.hex, "q1"] == 4.0
            assert after.frames["significance"].loc[old.hex, "q1"] == 2.0
            assert len(after.meta) == len(before.meta) + 1
    finally:
        again.dispose()


def test_a_cache_that_cannot_be_compacted_never_undoes_a_committed_write(db, monkeypatch):
    """Closing a campaign commits, then compacts its answers: if that fails (a busy or
    read-only database), the campaign is closed all the same and no error reaches the user."""
    from app.data import answer_store
    from app.models import Campaign
    from app.models.base import CampaignStatus
    from app.services.campaigns import set_status

    def broken(*_a, **_k):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(answer_store, "refresh_snapshot", broken)
    with db.session() as s:
        cid = _campaign(s)
        set_status(s, cid, CampaignStatus.CLOSED)  # does not raise
    with db.session() as s:
        assert s.get(Campaign, cid).status == "closed"

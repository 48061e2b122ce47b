"""Answer-quality flags (app/data/quality.py, schema 0007): stored at the finish, judged
again when the office changes the definition and for sessions finished before the upgrade."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import select, text

from app.data.migrate import alembic_config
from app.data.office_settings import save
from app.data.sessions import finish_session, record_answer, start_session
from app.data.store import open_database
from app.models import Campaign, Organisation, SurveySession
from app.models.base import CampaignStatus
from app.models.campaign import AnswerVector, CampaignInstrument
from app.scoring import office
from app.scoring.instruments import default_library


def _campaign(db) -> int:
    library = default_library()
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        c = Campaign(
            organisation_id=org.id,
            name="Опрос",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 20),
            status=CampaignStatus.OPEN.value,
        )
        c.instruments = [
            CampaignInstrument(
                instrument_id="significance", instrument_version=library["significance"].version
            )
        ]
        s.add(c)
        s.commit()
        return c.id


def _respondent(db, campaign_id, values, too_fast=None):
    items = [i.id for i in default_library()["significance"].items]
    with db.session() as s:
        sid = start_session(
            s, campaign_id, "ru", [("significance", default_library()["significance"].version)]
        )
        for k, item in enumerate(items[: len(values)]):
            record_answer(s, sid, "significance", item, values[k])
        finish_session(s, sid, finish_instruments=True, too_fast=too_fast)
        s.commit()
    return sid


def _flags(db, sid):
    with db.session() as s:
        row = s.get(SurveySession, sid)
        vector = s.scalar(select(AnswerVector).where(AnswerVector.session_id == sid))
        return (
            (row.straight_lining, row.too_fast),
            None if vector is None else (vector.straight_lining, vector.too_fast),
        )


def test_flags_are_stored_at_the_finish_and_copied_to_the_answer_vector(db):
    cid = _campaign(db)
    same = _respondent(db, cid, [4] * 12, too_fast=True)
    varied = _respondent(db, cid, [4, 3] * 6, too_fast=False)
    unknown = _respondent(db, cid, [2, 3] * 6)
    assert _flags(db, same) == ((True, True), (True, True))
    assert _flags(db, varied) == ((False, False), (False, False))
    assert _flags(db, unknown) == ((False, None), (False, None))  # speed unknown: None


def test_changing_the_minimum_items_judges_every_session_again(db):
    cid = _campaign(db)
    short = _respondent(db, cid, [5] * 6)
    assert _flags(db, short)[0] == (False, None)  # 6 items < the default 10: not judged
    with db.session() as s:
        revision = s.get(Campaign, cid).vector_revision
        save(s, office.STRAIGHT_LINING_MIN_ITEMS, 5)
        s.commit()
        assert s.get(Campaign, cid).vector_revision > revision  # cached analyses are stale
    assert _flags(db, short) == ((True, None), (True, None))
    with db.session() as s:
        save(s, office.STRAIGHT_LINING_MIN_ITEMS, 10)
        s.commit()
    assert _flags(db, short)[0] == (False, None)


def test_upgrade_to_0007_adds_the_flags_and_judges_old_sessions(db):
    """A database at 0006 (no flags) upgraded by opening it: old finished sessions get
    straight-lining from their answers; their speed stays unknown (NULL), never false."""
    cid = _campaign(db)
    same = _respondent(db, cid, [3] * 12, too_fast=True)
    varied = _respondent(db, cid, [3, 4] * 6)
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(conn), "0006")
    with db.engine.connect() as conn:
        columns = (
            {r[1] for r in conn.execute(text("PRAGMA table_info(sessions)"))}
            if conn.dialect.name == "sqlite"
            else set(
                conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = 'sessions'"
                    )
                ).scalars()
            )
        )
    assert "straight_lining" not in columns and "too_fast" not in columns
    db.engine.dispose()
    again = open_database(db.url)
    assert again.migration.action == "upgraded"
    assert again.migration.from_revision == "0006"
    assert _flags(again, same) == ((True, None), (True, None))
    assert _flags(again, varied) == ((False, None), (False, None))
    again.dispose()


def test_paper_answers_get_straight_lining_and_an_unknown_speed(tmp_path, demo_db_path):
    """A paper questionnaire carries no time: too_fast is NULL (unknown), not false; ten
    climate pairs all answered 1 are straight-lining."""
    import csv
    import shutil

    from app.data.response_import import import_responses
    from app.scoring.instruments import get_instrument

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    sheet = tmp_path / "paper.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(
            ["respondent", "department", "tenure_band"] + [f"q{n}" for n in range(1, 11)]
        )
        writer.writerow(["A1", "", ""] + [4, 8, 4, 3, 4, 4, 4, 4, 3, 2])
        writer.writerow(["A2", "", ""] + [1] * 10)
    with database.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        import_responses(s, cid, get_instrument("climate"), sheet)
        s.commit()
        rows = s.execute(
            select(
                SurveySession.straight_lining,
                SurveySession.too_fast,
                AnswerVector.straight_lining,
                AnswerVector.too_fast,
            )
            .join(AnswerVector, AnswerVector.session_id == SurveySession.id)
            .where(SurveySession.origin.like("file:%"))
        ).all()
    database.dispose()
    assert sorted(rows) == [(False, None, False, None), (True, None, True, None)]

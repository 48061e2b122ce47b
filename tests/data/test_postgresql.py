"""The same application on a PostgreSQL server (an office with several PCs, PRODUCT.md §9).

Runs when MOTIVDESK_TEST_PG_URL names a server (scripts/test.sh starts a throw-away one when it
runs as root on Debian, as in CI); elsewhere these tests are skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from sqlalchemy import create_engine, func, select, text

PG_URL = os.environ.get("MOTIVDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (MOTIVDESK_TEST_PG_URL)")


@pytest.fixture
def pg():
    engine = create_engine(PG_URL)
    with engine.begin() as conn:  # a clean schema for every test
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    from app.data.store import open_database

    database = open_database(PG_URL)
    yield database
    database.dispose()


def test_migrations_run_and_reopening_is_current(pg):
    from app.data.migrate import head_revision
    from app.data.store import open_database

    assert pg.migration.to_revision == head_revision()
    again = open_database(PG_URL)
    assert again.migration.action == "current"
    again.dispose()


def test_upgrading_from_0003_builds_the_schema_of_the_models():
    """A server created at schema 0003 and upgraded (the path of every office with several PCs)
    ends with exactly the tables and column types a new server gets (e.g. last_seen with its
    time zone)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.data.migrate import alembic_config
    from app.models import Base

    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == []


def test_demo_figures_equal_the_sqlite_demo(pg, demo_db_path):
    from app.data.answer_store import load_campaign_data
    from app.data.store import open_database
    from app.models import Campaign
    from app.scoring.analysis import analyse
    from app.scoring.instruments import default_library
    from app.scoring.level import load_parameters
    from app.services.demo import build_demo

    with pg.session() as s:
        build_demo(s)
        s.commit()
    library, params = default_library(), load_parameters()
    results = []
    sqlite = open_database(str(demo_db_path))
    for database in (pg, sqlite):
        with database.session() as s:
            cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
            analysis = analyse(load_campaign_data(s, cid, library), library, params)
        results.append(
            (
                analysis.n,
                round(analysis.level.integral, 12),
                analysis.instruments["gerchikov"].types["counts"],
            )
        )
    sqlite.dispose()
    assert results[0] == results[1]


def test_two_kiosks_writing_at_the_same_time_lose_nothing(pg):
    from app.data.answer_store import recorded_answers
    from app.data.sessions import finish_session, record_answer, start_session
    from app.models.campaign import SurveySession

    errors = []

    def kiosk(n_sessions: int):
        try:
            for _ in range(n_sessions):
                with pg.session() as s:
                    sid = start_session(s, None, "ru", [("climate", "1.0")])
                    for q in range(1, 11):
                        record_answer(s, sid, "climate", f"q{q}", q % 8 + 1)
                    finish_session(s, sid)
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=kiosk, args=(15,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with pg.session() as s:
        assert s.scalar(select(func.count()).select_from(SurveySession)) == 30
        assert len(recorded_answers(s)) == 300


def test_a_bundle_from_a_sqlite_kiosk_imports_into_the_server(pg, demo_db_path, tmp_path):
    from app.data.bundles import export_bundle, import_bundle
    from app.data.store import open_database
    from app.models import Campaign
    from app.services.demo import build_demo

    kiosk_file = tmp_path / "kiosk.db"
    shutil.copy(demo_db_path, kiosk_file)
    kiosk = open_database(str(kiosk_file))
    with kiosk.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        export_bundle(s, cid, tmp_path / "b.zip")
    kiosk.dispose()
    with pg.session() as s:
        build_demo(s)  # the same organisation and campaigns on the server
        s.commit()
        target = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        result = import_bundle(s, tmp_path / "b.zip", target)
        s.commit()
    # the server's own demo already has 120 sessions with other random ids: the kiosk's are new
    assert (result.added, result.already_present) == (120, 0)

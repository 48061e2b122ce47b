"""The database: migrations agree with the models, pragmas, refusals, privacy constraints."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.data.migrate import DatabaseError, alembic_config, head_revision, upgrade_database
from app.data.store import open_database
from app.models import Base, Campaign, Organisation, SurveySession
from app.models.db import make_engine, resolve_database_url

FIXTURES = Path(__file__).parents[1] / "models" / "fixtures"


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_new_database_is_created_and_stamped_at_head(db):
    assert db.migration.action == "created"
    assert db.migration.to_revision == head_revision()
    assert {"campaigns", "sessions", "answers", "cards", "audit_log"} <= set(
        inspect(db.engine).get_table_names()
    )


def test_reopening_is_current_and_makes_no_backup(tmp_path):
    path = tmp_path / "x.db"
    open_database(str(path)).dispose()
    again = open_database(str(path))
    assert again.migration.action == "current"
    assert again.migration.backup is None
    again.dispose()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.db")), ids=lambda p: p.name)
def test_every_released_schema_upgrades_to_head(tmp_path, fixture):
    copy = tmp_path / fixture.name
    copy.write_bytes(fixture.read_bytes())
    database = open_database(str(copy))
    assert database.migration.to_revision == head_revision()
    with database.session() as session:
        assert session.query(Organisation).count() >= 0
    database.dispose()


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: power-cut safe


def test_foreign_key_violation_is_refused(db):
    with db.session() as session:
        session.add(
            Campaign(
                organisation_id=999,
                name="x",
                period_start=date(2026, 1, 1),
                period_end=date(2026, 1, 2),
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


def test_anonymous_session_cannot_be_linked_to_an_employee(db):
    with db.session() as session:
        session.add(
            SurveySession(
                id=uuid.uuid4(), kind="anonymous", employee_id=1, held_on=date(2026, 1, 1)
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


@pytest.mark.sqlite_only
def test_sessions_and_answers_have_no_hidden_rowid_order(db):
    # WITHOUT ROWID: no implicit insertion counter that would reveal who answered when.
    with db.engine.connect() as conn:
        for table in ("sessions", "answers", "session_instruments"):
            sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
            ).scalar()
            assert "WITHOUT ROWID" in sql.upper(), table


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        open_database(str(path))
    assert info.value.args[0] == "foreign_database"
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseError) as info:
        upgrade_database(engine)
    engine.dispose()
    assert info.value.args == ("unknown_revision", "ffff_future")


def test_database_url_precedence(tmp_path, monkeypatch):
    default = tmp_path / "default.db"
    monkeypatch.delenv("MOTIVDESK_DB_URL", raising=False)
    assert resolve_database_url(None, default) == f"sqlite:///{default.resolve()}"
    monkeypatch.setenv("MOTIVDESK_DB_URL", "postgresql://u@localhost/motivdesk")
    assert resolve_database_url(None, default) == "postgresql://u@localhost/motivdesk"
    assert resolve_database_url(str(tmp_path / "a.db"), default).endswith("/a.db")


def test_backup_before_upgrade_is_a_consistent_copy(tmp_path):
    from app.data.migrate import _backup_before_upgrade

    path = tmp_path / "data.db"
    database = open_database(str(path))
    with database.session() as session:
        session.add(Organisation(name_ru="Орган", name_kk="Орган"))
        session.commit()
    copy = _backup_before_upgrade(path, "0001")
    database.dispose()
    assert copy.name.startswith("data_v0001_")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name_ru FROM organisations").fetchall() == [("Орган",)]


def test_upgrade_erases_the_dates_of_anonymous_sessions_and_keeps_their_answers(tmp_path):
    """Schema 0004: a date per anonymous session (with its demographics) could single out who sat
    at the kiosk on which day. The upgrade erases them, keeps every answer and the WITHOUT ROWID
    table, and VACUUMs so that no freed page of the old table still holds the dates."""
    copy = tmp_path / "old.db"
    copy.write_bytes((FIXTURES / "schema_0002.db").read_bytes())
    with sqlite3.connect(copy) as conn:
        answers_before = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        sessions_before = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    assert b"2026-01-15" in copy.read_bytes()  # the fixture does carry the dates
    database = open_database(str(copy))
    from app.data.answer_store import recorded_answers

    with database.session() as s:  # every answer kept: now once, in its session's record
        assert len(recorded_answers(s)) == answers_before
    database.dispose()
    with sqlite3.connect(copy) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM sessions WHERE held_on IS NOT NULL AND kind = 'anonymous'"
            ).fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == sessions_before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()[0]
        assert "WITHOUT ROWID" in sql.upper()
    assert b"2026-01-15" not in copy.read_bytes()


def test_named_sessions_keep_their_day(db):
    from app.data.sessions import start_session

    with db.session() as session:
        org = Organisation(name_ru="О", name_kk="Ұ")
        session.add(org)
        session.flush()
        from app.models import Department, Employee

        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім")
        session.add(dept)
        session.flush()
        emp = Employee(department_id=dept.id, full_name="Иванов И. И.")
        session.add(emp)
        session.commit()
        sid = start_session(
            session,
            None,
            "ru",
            [],
            employee_id=emp.id,
            consent_on=date(2026, 3, 5),
            today=date(2026, 3, 5),
        )
        assert session.get(SurveySession, sid).held_on == date(2026, 3, 5)

"""Backups: consistent copies, daily rotation, and restore that refuses bad files untouched."""

from __future__ import annotations

from datetime import date

import pytest

from app.data.backup import BackupError, backup_to, check_backup, daily_backup, restore_from
from app.data.store import open_database
from app.models import Organisation

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file (a server uses pg_dump)


def _org_names(path):
    db = open_database(str(path))
    with db.session() as s:
        names = [o.name_ru for o in s.query(Organisation).all()]
    db.dispose()
    return names


def test_backup_and_restore_round_trip(db, tmp_path):
    with db.session() as s:
        s.add(Organisation(name_ru="До резервной копии", name_kk="x"))
        s.commit()
    copy = backup_to(db.path, tmp_path / "copies" / "copy.db")
    assert check_backup(copy)
    with db.session() as s:
        s.add(Organisation(name_ru="После", name_kk="x"))
        s.commit()
    path = db.path
    db.dispose()
    safety = restore_from(copy, path)
    assert _org_names(path) == ["До резервной копии"]
    assert _org_names(safety) == ["До резервной копии", "После"]  # nothing is lost either way


@pytest.mark.parametrize(
    "content, code",
    [
        (b"PK\x03\x04 an xlsx file", "not_sqlite"),
        (b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 50, "damaged"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(db, tmp_path, content, code):
    with db.session() as s:
        s.add(Organisation(name_ru="Живая база", name_kk="x"))
        s.commit()
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    path = db.path
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(BackupError) as err:
        restore_from(bad, path)
    assert err.value.code == code
    assert path.read_bytes() == before


def test_restore_refuses_a_foreign_database(db, tmp_path):
    import sqlite3

    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(BackupError) as err:
        check_backup(foreign)
    assert err.value.code == "foreign" and "invoices" in err.value.detail


def test_daily_backup_once_a_day_keeps_the_last_n(db, tmp_path):
    folder = tmp_path / "daily"
    for day in range(1, 11):
        assert daily_backup(db.path, folder, date(2026, 5, day), keep=3) is not None
    assert daily_backup(db.path, folder, date(2026, 5, 10), keep=3) is None  # already done
    assert sorted(p.name for p in folder.iterdir()) == [
        "daily-2026-05-08.db",
        "daily-2026-05-09.db",
        "daily-2026-05-10.db",
    ]


# --- restore checks the whole schema and every campaign before replacing anything (issue 15.4)


def _copy_of(db, tmp_path, name="candidate.db"):
    return backup_to(db.path, tmp_path / name)


def _assert_refused(candidate, db_path, code, *named):
    before = db_path.read_bytes()
    with pytest.raises(BackupError) as err:
        restore_from(candidate, db_path)
    assert err.value.code == code, err.value
    for text in named:
        assert text in err.value.detail, err.value.detail
    assert db_path.read_bytes() == before  # a bad file changes nothing
    assert not list(db_path.parent.glob("*_before_restore_*"))
    return err.value


def test_restore_refuses_a_file_with_only_alembic_version_and_campaigns(db, tmp_path):
    import sqlite3

    bare = tmp_path / "bare.db"
    with sqlite3.connect(bare) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0005')")
        conn.execute("CREATE TABLE campaigns (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    path = db.path
    db.dispose()
    error = _assert_refused(
        bare,
        path,
        "incomplete",
        "sessions",
        "answers",
        "answer_vectors",
        "organisations",
        "columns campaigns.",
    )
    assert "campaigns," not in error.detail.split(";")[0]  # the table that exists is not named


def test_restore_refuses_a_motivdesk_file_missing_its_answer_tables(db, tmp_path):
    import sqlite3

    candidate = _copy_of(db, tmp_path)
    with sqlite3.connect(candidate) as conn:
        conn.execute("DROP TABLE answers")
        conn.execute("DROP TABLE answer_vectors")
    conn.close()
    path = db.path
    db.dispose()
    error = _assert_refused(candidate, path, "incomplete", "answers", "answer_vectors")
    assert "sessions" not in error.detail


def test_restore_refuses_a_file_missing_one_column(db, tmp_path):
    import sqlite3

    candidate = _copy_of(db, tmp_path)
    with sqlite3.connect(candidate) as conn:
        conn.execute("ALTER TABLE employees DROP COLUMN position_kk")
    conn.close()
    path = db.path
    db.dispose()
    _assert_refused(candidate, path, "incomplete", "employees.position_kk")


def test_restore_refuses_a_file_whose_campaign_does_not_load(demo_db_path, tmp_path):
    import shutil
    import sqlite3

    path = tmp_path / "office.db"
    shutil.copy(demo_db_path, path)
    candidate = tmp_path / "candidate.db"
    shutil.copy(demo_db_path, candidate)
    with sqlite3.connect(candidate) as conn:  # answers no reader can decode
        conn.execute("UPDATE answer_vectors SET layout = 'x'")
        conn.execute("UPDATE sessions SET packed_answers = '{not json'")
    conn.close()
    _assert_refused(candidate, path, "unloadable", "campaign 1", "JSONDecodeError")


def test_restore_refuses_a_revision_this_program_does_not_know(db, tmp_path):
    import sqlite3

    candidate = _copy_of(db, tmp_path)
    with sqlite3.connect(candidate) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    path = db.path
    db.dispose()
    _assert_refused(candidate, path, "newer", "0999")


def test_a_good_backup_of_the_demo_passes_every_check(demo_db_path):
    from app.data.migrate import head_revision

    assert check_backup(demo_db_path) == head_revision()


def test_restore_refuses_while_another_program_has_the_database_open(db, tmp_path):
    candidate = _copy_of(db, tmp_path)
    path = db.path
    db.dispose()
    other = open_database(str(path))  # another program: a kiosk, the workspace
    try:
        error = _assert_refused(candidate, path, "in_use")
        assert error.detail  # names the PC
    finally:
        other.dispose()
    safety = restore_from(candidate, path)  # closed: now it goes through
    assert safety.exists()


def test_a_dead_programs_presence_file_does_not_block_restore(db, tmp_path):
    from app.data.presence import presence_dir

    candidate = _copy_of(db, tmp_path)
    path = db.path
    db.dispose()
    stale = presence_dir(path) / "oldpc-4242-deadbeef.lock"
    stale.write_text("oldpc 4242\n", encoding="utf-8")  # nobody holds its lock
    restore_from(candidate, path)
    assert not stale.exists()


def test_restore_refuses_a_postgresql_database(tmp_path):
    from app.data.backup import restore_database, restore_message

    good = tmp_path / "x.db"
    open_database(str(good)).dispose()
    with pytest.raises(BackupError) as err:
        restore_database("postgresql+psycopg://hr@server/motivdesk", good)
    assert err.value.code == "server"
    assert "pg_restore" in restore_message(err.value, good)


def test_a_backup_from_an_older_revision_is_checked_at_its_own_revision(db, tmp_path):
    import shutil
    from pathlib import Path

    from app.data.migrate import head_revision

    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parents[1] / "models" / "fixtures" / "schema_0001.db", old)
    assert check_backup(old) == "0001"  # its tables are those of 0001, not of today
    path = db.path
    db.dispose()
    restore_from(old, path)
    reopened = open_database(str(path))  # brought up to date on opening, as always
    try:
        assert reopened.migration.from_revision == "0001"
        assert reopened.migration.to_revision == head_revision()
    finally:
        reopened.dispose()


def test_checking_a_backup_leaves_this_programs_office_settings_alone(demo_db_path, tmp_path):
    """Opening a database makes its office settings current; checking a candidate must not."""
    import shutil
    import sqlite3

    from app.scoring import office

    candidate = tmp_path / "candidate.db"
    shutil.copy(demo_db_path, candidate)
    before = office.current("schein_threshold")
    with sqlite3.connect(candidate) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'schein_threshold'")
        conn.execute("INSERT INTO settings (key, value) VALUES ('schein_threshold', '3.5')")
        conn.execute("UPDATE answer_vectors SET layout = 'x'")  # refused once opened
        conn.execute("UPDATE sessions SET packed_answers = '{not json'")
    conn.close()
    with pytest.raises(BackupError) as err:
        check_backup(candidate)
    assert err.value.code == "unloadable"
    assert office.current("schein_threshold") == before != 3.5


def test_nobody_opens_the_database_while_a_restore_holds_it(db, tmp_path, monkeypatch):
    import app.data.store as store
    from app.cli.common import open_db_or_explain
    from app.data.presence import acquire_exclusive, hold_presence

    path = db.path
    db.dispose()
    monkeypatch.setattr(store, "hold_presence", lambda p: hold_presence(p, wait=0.2))
    exclusive = acquire_exclusive(path)  # a restore in progress
    try:
        message = open_db_or_explain(str(path))
        assert message == (
            "another Motivdesk program is restoring this database; try again when it has finished"
        )
    finally:
        exclusive.release()
    open_database(str(path)).dispose()  # once it is done, the database opens

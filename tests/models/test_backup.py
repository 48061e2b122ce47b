"""Backups: consistent copies, daily rotation, and restore that refuses bad files untouched."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Organisation
from app.models.backup import BackupError, backup_to, check_backup, daily_backup, restore_from
from app.models.store import open_database

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


@pytest.mark.parametrize("content, code", [
    (b"PK\x03\x04 an xlsx file", "not_sqlite"),
    (b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 50, "damaged"),
])
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
        "daily-2026-05-08.db", "daily-2026-05-09.db", "daily-2026-05-10.db"]

"""Fault: `motivdesk restore` while a kiosk on another PC has the database open (issue 15.4).

Two kinds of live kiosk, each a separate process: the real kiosk window (`motivdesk kiosk`,
idle on its welcome screen — the case SQLite itself cannot see) and a kiosk writing answers as
fast as it can. The restore is refused both times and no answer is lost; once the kiosk is
gone (even killed), the same restore goes through.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.data.backup import BackupError, backup_to, restore_from
from app.data.presence import presence_dir
from app.data.store import open_database
from app.models.campaign import Answer

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, POSIX paths")

WRITER = textwrap.dedent("""
    import sys, pathlib
    from app.data.store import open_database
    from app.data.sessions import start_session, record_answer
    db = open_database(sys.argv[1])
    stop = pathlib.Path(sys.argv[2])
    written = 0
    with db.session() as s:
        while not stop.exists():
            sid = start_session(s, None, "ru", [("climate", "1.0")])
            s.commit()
            for n in range(1, 11):
                record_answer(s, sid, "climate", f"q{n}", n % 8 + 1)  # commits each answer
                written += 1
            if written == 10:
                print("writing", flush=True)
    db.dispose()
    print("written", written, flush=True)
""")


def _restore_cli(db_file: Path, candidate: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_file), "restore", str(candidate)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _answers(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM answers").fetchone()[0]


def _wait_for_presence(path: Path, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not list(presence_dir(path).glob("*.lock")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the kiosk never opened the database"
        time.sleep(0.1)


def test_restore_is_refused_while_a_kiosk_writes_and_no_answer_is_lost(tmp_path):
    path = tmp_path / "office.db"
    open_database(str(path)).dispose()
    candidate = backup_to(path, tmp_path / "yesterday.db")  # a valid backup, no answers
    stop = tmp_path / "stop"
    kiosk = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(stop)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout.readline().strip() == "writing", kiosk.stderr.read()
        r = _restore_cli(path, candidate)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "in use by another Motivdesk program" in r.stderr
        assert "nothing was changed" in r.stderr
        with pytest.raises(BackupError) as err:  # the function the app calls, same answer
            restore_from(candidate, path)
        assert err.value.code == "in_use"
        assert _answers(path) > 0  # still the live file, still growing
    finally:
        stop.touch()
        out, err_text = kiosk.communicate(timeout=120)
    assert kiosk.returncode == 0, err_text
    written = int(out.split()[-1])
    db = open_database(str(path))
    try:
        with db.session() as s:
            assert s.scalar(select(func.count(Answer.id))) == written  # not one lost
    finally:
        db.dispose()
    assert not list(tmp_path.glob("*_before_restore_*"))


def test_restore_is_refused_while_a_kiosk_window_idles_then_allowed_after_it_is_killed(
    tmp_path, demo_db_path
):
    import shutil

    path = tmp_path / "office.db"
    shutil.copy(demo_db_path, path)
    with sqlite3.connect(path) as conn:
        campaign = conn.execute("SELECT max(id) FROM campaigns").fetchone()[0]
        conn.execute("UPDATE campaigns SET status = 'open' WHERE id = ?", (campaign,))
    conn.close()
    candidate = backup_to(path, tmp_path / "yesterday.db")
    answers = _answers(path)
    kiosk = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(path),
            "kiosk",
            "--campaign",
            str(campaign),
            "--window",
        ],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_presence(path, kiosk)
        time.sleep(0.5)  # the window is up, idle: SQLite holds no lock for it now
        before = path.read_bytes()
        r = _restore_cli(path, candidate)
        assert r.returncode == 1 and "in use by another Motivdesk program" in r.stderr, r.stderr
        assert path.read_bytes() == before and _answers(path) == answers
        assert kiosk.poll() is None  # the kiosk is untouched
    finally:
        kiosk.send_signal(signal.SIGKILL)  # a power cut: its lock goes with the process
        kiosk.communicate(timeout=60)
    r = _restore_cli(path, candidate)
    assert r.returncode == 0, r.stderr
    assert "previous database was kept" in r.stdout
    assert list(tmp_path.glob("office_before_restore_*.db"))
    with sqlite3.connect(path) as conn:  # the restored database records its restore
        assert (
            conn.execute("SELECT detail FROM audit_log WHERE action = 'restore'")
            .fetchone()[0]
            .startswith("yesterday.db; office_before_restore_")
        )
    conn.close()


def test_restore_refused_on_either_back_end_while_a_kiosk_writes(db, tmp_path):
    """SQLite: refused as in use; PostgreSQL: this command never touches a server (pg_restore).
    Either way the kiosk's answers all stay."""
    candidate = tmp_path / "yesterday.db"
    open_database(str(candidate)).dispose()  # a valid Motivdesk file
    stop = tmp_path / "stop"
    kiosk = subprocess.Popen(
        [sys.executable, "-c", WRITER, db.url, str(stop)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout.readline().strip() == "writing", kiosk.stderr.read()
        r = subprocess.run(
            [sys.executable, "-m", "app", "--db", db.url, "restore", str(candidate)],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode == 1, r.stdout + r.stderr
        expected = (
            "pg_restore"
            if db.engine.dialect.name == "postgresql"
            else "in use by another Motivdesk program"
        )
        assert expected in r.stderr and "nothing was changed" in r.stderr
    finally:
        stop.touch()
        out, err_text = kiosk.communicate(timeout=120)
    assert kiosk.returncode == 0, err_text
    with db.session() as s:
        assert s.scalar(select(func.count(Answer.id))) == int(out.split()[-1])

"""A power cut in the middle of a kiosk session: the process is killed (SIGKILL) after some
answers; the database reopens intact, every answer given before the kill is there, and the
interrupted session is set aside at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.data.sessions import recover_interrupted
from app.data.store import open_database
from app.models.campaign import Answer, SurveySession

CHILD = textwrap.dedent("""
    import os, signal, sys
    from app.data.store import open_database
    from app.data.sessions import start_session, record_answer
    db = open_database(sys.argv[1])
    with db.session() as s:
        sid = start_session(s, None, "ru", [("climate", "1.0")])
        s.commit()
        for n in range(1, 11):
            record_answer(s, sid, "climate", f"q{n}", n % 8 + 1)  # commits each answer
            if n == 6:
                print("six", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)  # the power cut
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_kiosk_loses_no_committed_answer(tmp_path):
    path = tmp_path / "office.db"
    open_database(str(path)).dispose()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL and "six" in proc.stdout, proc.stderr
    db = open_database(str(path))
    try:
        with db.session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.scalar(select(func.count(Answer.id))) == 6
            # the killed kiosk's session is dead once it has not been seen for the stale time
            assert recover_interrupted(s, stale_after_seconds=0) == 1
            s.commit()
            assert s.scalars(select(SurveySession.state)).one() == "abandoned"
    finally:
        db.dispose()

"""A kiosk process killed (SIGKILL, a power cut for the program) at random moments, again and
again, on SQLite and PostgreSQL: the database stays intact, every answer the kiosk was told was
committed is there with its value, every session it was told was finished is finished, and the
sessions it left open are closed by recovery once they are stale — never while they are fresh."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.models.campaign import Answer, SurveySession
from app.models.sessions import recover_interrupted
from app.models.store import open_database

KILLS = 6

# The kiosk's writes, as the kiosk makes them; a line goes out only after the store returned.
CHILD = textwrap.dedent("""
    import random, sys
    from app.models.store import open_database
    from app.models.sessions import finish_session, record_answer, start_session
    db = open_database(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    while True:
        with db.session() as s:
            sid = start_session(s, None, "ru", [("climate", "1.0")])
        print("S", sid.hex, flush=True)
        for n in rng.sample(range(1, 11), 10):
            value = rng.randint(1, 8)
            with db.session() as s:
                record_answer(s, sid, "climate", f"q{n}", value)
            print("A", sid.hex, f"q{n}", value, flush=True)
        with db.session() as s:
            finish_session(s, sid, finish_instruments=True)
        print("F", sid.hex, flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kiosk_killed_again_and_again_loses_no_committed_answer(db):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(15)
    committed: dict[tuple[str, str], int] = {}
    finished: set[str] = set()
    started: set[str] = set()
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, db.url, str(kill)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            stop_after = rng.randint(3, 40)  # lines read; the child keeps writing meanwhile
            for _ in range(stop_after):
                line = proc.stdout.readline()
                assert line, proc.stderr.read()
                kind, sid, *rest = line.split()
                if kind == "S":
                    started.add(sid)
                elif kind == "A":
                    committed[(sid, rest[0])] = int(rest[1])
                else:
                    finished.add(sid)
            proc.send_signal(signal.SIGKILL)
            # what it printed after our last read was committed as well
            out, _ = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        for line in out.splitlines():
            kind, sid, *rest = line.split()
            if kind == "A":
                committed[(sid, rest[0])] = int(rest[1])
            elif kind == "F":
                finished.add(sid)
            else:
                started.add(sid)
        assert proc.returncode == -signal.SIGKILL
    assert len(committed) >= KILLS * 3
    database = open_database(db.url)
    try:
        with database.session() as s:
            if database.engine.dialect.name == "sqlite":
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            stored = {(sid.hex, item): value for sid, item, value in s.execute(
                select(Answer.session_id, Answer.item_id, Answer.value))}
            lost = {key: value for key, value in committed.items() if stored.get(key) != value}
            assert lost == {}, f"{len(lost)} of {len(committed)} committed answers lost"
            states = {row.id.hex: row.state for row in s.scalars(select(SurveySession))}
            assert all(states[sid] == "finished" for sid in finished)
            open_ones = {sid for sid, state in states.items() if state == "in_progress"}
            assert len(open_ones) <= KILLS and not open_ones & finished  # one per kill at most
            # fresh: perhaps a kiosk still running elsewhere; stale: closed
            assert recover_interrupted(s) == 0
            assert recover_interrupted(s, stale_after_seconds=0) == len(open_ones)
    finally:
        database.dispose()

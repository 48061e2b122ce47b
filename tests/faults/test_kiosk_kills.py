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

from app.data.answer_store import recorded_answers
from app.data.sessions import recover_interrupted
from app.data.store import open_database
from app.models.campaign import SurveySession

# kills per run; MOTIVDESK_FAULT_KILLS=N runs N of each for a longer trial
KILLS = {"store": 6, "window": 3}

# The kiosk's writes, as the kiosk makes them; a line goes out only after the store returned.
STORE_CHILD = textwrap.dedent("""
    import random, sys
    from app.data.store import open_database
    from app.data.sessions import finish_session, record_answer, start_session
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

# The kiosk window itself, offscreen, clicked through climate by a script: a line goes out for
# an answer the window shows as saved (no red bar), and for a session it thanked for.
WINDOW_CHILD = textwrap.dedent("""
    import os, random, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QPushButton
    app = QApplication([])
    from app.data.store import open_database
    from app.scoring.instruments import default_library
    from app.ui.i18n import LanguageManager
    from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow
    db = open_database(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    setup = KioskSetup(campaign_id=None, instruments=[default_library()["climate"]])
    w = KioskWindow(db, LanguageManager(app), setup, default_language="ru")
    while True:
        w.findChild(QPushButton, "kiosk_start_ru").click()
        sid = w.session_id.hex
        print("S", sid, flush=True)
        w.flow.go_to_item("climate", "q1")
        w.show_step()
        for n in range(1, 11):
            if n == 6:
                w.go_next()
            value = rng.randint(1, 8)
            w.findChild(QPushButton, f"q{n}_option_{value}").click()
            if not w.save_bar.isVisibleTo(w):
                print("A", sid, f"q{n}", value, flush=True)
        w.flow.position = len(w.flow.steps) - 1
        w.show_step()
        w.finish()
        if w.stack.currentWidget() is w.thanks_page:
            print("F", sid, flush=True)
        w.reset()
""")
CHILDREN = {"store": STORE_CHILD, "window": WINDOW_CHILD}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("child", ["store", "window"])
def test_kiosk_killed_again_and_again_loses_no_committed_answer(db, child):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(15)
    committed: dict[tuple[str, str], int] = {}
    finished: set[str] = set()
    started: set[str] = set()
    kills = int(os.environ.get("MOTIVDESK_FAULT_KILLS", 0)) or KILLS[child]
    for kill in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILDREN[child], db.url, str(kill)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
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
    assert len(committed) >= kills * 3
    database = open_database(db.url)
    try:
        with database.session() as s:
            if database.engine.dialect.name == "sqlite":
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            # the record, wherever it holds an answer: a row, or a finished session's document
            stored = {(sid, item): value for sid, _i, item, value, _t in recorded_answers(s)}
            lost = {key: value for key, value in committed.items() if stored.get(key) != value}
            assert lost == {}, f"{len(lost)} of {len(committed)} committed answers lost"
            states = {row.id.hex: row.state for row in s.scalars(select(SurveySession))}
            assert all(states[sid] == "finished" for sid in finished)
            open_ones = {sid for sid, state in states.items() if state == "in_progress"}
            assert len(open_ones) <= kills and not open_ones & finished  # one per kill at most
            # fresh: perhaps a kiosk still running elsewhere; stale: closed
            assert recover_interrupted(s) == 0
            assert recover_interrupted(s, stale_after_seconds=0) == len(open_ones)
        print(
            f"{database.engine.dialect.name}, {child}: {kills} kills, {len(committed)} "
            f"committed answers, 0 lost, {len(finished)} finished sessions"
        )
    finally:
        database.dispose()

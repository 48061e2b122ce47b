"""Benchmark (issue 21 item 5): building the demo database, as File → Open the demo does.

    python bench/bench_demo.py [--runs 3]

"ours" is build_demo into a new SQLite file (schema creation, two campaigns, named sessions,
cards, argon2 hashes) in a process that has already imported the app, as the running program
has. The floor writes the same number of answer rows and sessions with sqlite3's executemany
into a bare table in one transaction: the cost of the data alone. Target: <= 3 s in absolute
terms (a newcomer's first click).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app  # noqa: E402,F401 - first, as in the program: it sets the BLAS thread count
from app.cli.data_cmds import create_demo_database  # noqa: E402
from app.scoring.matrix import encode  # noqa: E402,F401
from app.services.demo import build_demo  # noqa: E402,F401 - imported before timing
from app.ui.i18n import report_translator  # noqa: E402,F401


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("SELECT count(*) FROM answers").fetchone()[0],
            conn.execute("SELECT count(*) FROM sessions").fetchone()[0],
        )


def _floor(tmp: Path, answers: int, sessions: int) -> float:
    path = tmp / f"floor-{uuid.uuid4().hex}.db"
    start = time.perf_counter()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, data TEXT) WITHOUT ROWID")
        conn.execute(
            "CREATE TABLE answers (id TEXT PRIMARY KEY, session_id TEXT, item TEXT, "
            "value TEXT) WITHOUT ROWID"
        )
        ids = [uuid.uuid4().hex for _ in range(sessions)]
        conn.executemany("INSERT INTO sessions VALUES (?, ?)", [(i, "{}") for i in ids])
        conn.executemany(
            "INSERT INTO answers VALUES (?, ?, ?, ?)",
            [
                (uuid.uuid4().hex, ids[n % sessions], f"q{n % 40}", str(n % 6))
                for n in range(answers)
            ],
        )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        times = []
        for run in range(args.runs):
            path = tmp_path / f"demo{run}.db"
            start = time.perf_counter()
            error = create_demo_database(path)
            times.append(time.perf_counter() - start)
            assert error is None, error
        answers, sessions = _counts(path)
        floor = min(_floor(tmp_path, answers, sessions) for _ in range(args.runs))
    ours = min(times)
    print(
        json.dumps(
            {
                "measurement": "demo database built",
                "answers": answers,
                "sessions": sessions,
                "ours_s": round(ours, 3),
                "floor_s": round(floor, 3),
                "ratio": round(ours / floor, 1),
                "target_s": 3.0,
            }
        )
    )


if __name__ == "__main__":
    main()

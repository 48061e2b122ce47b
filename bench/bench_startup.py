"""Benchmark 1 (issue 10): start-up on the demo database, against a bare PySide6 program that
shows one empty window. Each run is a fresh process running the real entry point
(`app.cli.main`, as `motivdesk --db demo.db`); the median of several runs is reported.

    python bench/bench_startup.py [--runs 7]

Three moments, each from process start:
* window: the first window (sign-in) is on screen. This is what the target is about: the
  program has answered and the user can type. The database opens behind it.
* ready: the database is open, migrated and checked, and the sign-in can be submitted.
* main: the main window is on screen after signing in as admin/demo (argon2id verification
  included, by design about 0.1 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.show()
def shown():
    print("window", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# Drives the real program: each moment is printed on the first event-loop turn after it, so
# the window has been shown (and painted, offscreen) when the time is taken.
DRIVER = """
import sys, time
from PySide6.QtCore import QTimer
from app.ui.dialogs import sign_in_dialog
from app.ui import main as gui

Dialog = sign_in_dialog.SignInDialog
shown, opened = Dialog.showEvent, Dialog.database_opened

def show_event(self, event):
    shown(self, event)
    QTimer.singleShot(0, lambda: print("window", time.time(), flush=True))

def database_opened(self, database):
    opened(self, database)
    print("ready", time.time(), flush=True)
    self.username.setText("admin")
    self.password.setText("demo")
    QTimer.singleShot(0, self.submit)

def main_window(app, database, settings, languages, principal):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    window = MainWindow(AppContext(database=database, settings=settings, languages=languages,
                                   principal=principal))
    window.show()
    QTimer.singleShot(0, window.refresh)
    def done():
        print("main", time.time(), flush=True)
        app.quit()
    QTimer.singleShot(0, done)
    return app.exec()

Dialog.showEvent, Dialog.database_opened = show_event, database_opened
gui._main_window = main_window
from app.cli import main
sys.exit(main(["--db", sys.argv[1], "--lang", "ru"]))
"""


def run(code: str, *args: str) -> dict[str, float]:
    """Seconds from starting the process to each moment the child prints."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return {name: float(t) - start for name, t in (line.split() for line in out.splitlines()
                                                     if line.count(" ") == 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    demo = folder / "demo.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOTIVDESK_DATA_DIR=str(folder))
    subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(demo)], cwd=ROOT,
                   check=True, capture_output=True, env=env)
    os.environ["MOTIVDESK_DATA_DIR"] = str(folder)  # the daily backup goes there, not home
    run(DRIVER, str(demo))  # the first start of the day makes the daily backup: not timed
    ours = [run(DRIVER, str(demo)) for _ in range(args.runs)]
    bare = statistics.median(run(BARE)["window"] for _ in range(args.runs))
    median = {k: statistics.median(r[k] for r in ours) for k in ("window", "ready", "main")}
    print(json.dumps({"bench": "startup_first_window", "seconds": round(median["window"], 3),
                      "floor_seconds": round(bare, 3), "ratio": round(median["window"] / bare, 2),
                      "target_ratio": 1.5}))
    print(json.dumps({"bench": "startup_database_ready", "seconds": round(median["ready"], 3),
                      "ratio": round(median["ready"] / bare, 2)}))
    print(json.dumps({"bench": "startup_main_window_after_sign_in",
                      "seconds": round(median["main"], 3),
                      "ratio": round(median["main"] / bare, 2)}))


if __name__ == "__main__":
    main()

"""Benchmark 1 (issue 10): start-up, from process start to the main window shown on the demo
database, against a bare PySide6 program that shows one empty window. Each is a fresh process;
the median of several runs is reported.

    python bench/bench_startup.py [--runs 5]
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
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from app.ui.main import create_application
from app.models.store import open_database
from app.ui.context import AppContext
from app.ui.i18n import LanguageManager
from app.ui.settings import Settings
from app.ui.main_window import MainWindow
app = create_application()
languages = LanguageManager(app)
languages.set_language("ru")
database = open_database(sys.argv[1])
window = MainWindow(AppContext(database, Settings(), languages))
window.show()  # as run_gui: the window first, its pages filled on the next loop turn
def shown():  # the first event-loop turn: the window is on screen
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
QTimer.singleShot(0, window.refresh)
app.exec()
"""


def run(code: str, *args: str) -> float:
    """Seconds from starting the process to the window on screen (printed by the child)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[0]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    demo = Path(tempfile.mkdtemp()) / "demo.db"
    subprocess.run([sys.executable, "-m", "app", "demo", "--db", str(demo)], cwd=ROOT,
                   check=True, capture_output=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    ours = statistics.median(run(OURS, str(demo)) for _ in range(args.runs))
    bare = statistics.median(run(BARE) for _ in range(args.runs))
    print(json.dumps({"bench": "startup_to_main_window", "seconds": round(ours, 3),
                      "floor_seconds": round(bare, 3), "ratio": round(ours / bare, 2),
                      "target_ratio": 1.5}))


if __name__ == "__main__":
    main()

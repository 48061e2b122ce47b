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
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = """
import sys
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
window.refresh()
window.show()
QTimer.singleShot(0, app.quit)  # the first event-loop turn: the window has been shown
app.exec()
"""


def run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


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

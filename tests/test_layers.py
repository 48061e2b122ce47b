"""STYLE.md §1: PySide6 and pyqtgraph only under app/ui."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|pyqtgraph|shiboken6)\b", re.MULTILINE)


def test_no_qt_import_outside_ui_folder():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                 if "ui" not in p.relative_to(ROOT / "app").parts[:1]
                 and QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_core_packages_import_without_loading_qt():
    code = (
        "import sys, app.models, app.scoring, app.reports, app.cli, app.selfcheck\n"
        "import app.models.demo, app.models.store, app.scoring.engine, app.scoring.group\n"
        "import app.scoring.level, app.scoring.responses, app.reports.template, app.reports.fonts\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

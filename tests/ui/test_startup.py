"""Start-up: the sign-in window comes before any database code, the database opens behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after(modules: str, heavy: tuple[str, ...]) -> list[str]:
    """Which of `heavy` a fresh interpreter has imported after importing `modules`."""
    code = (
        f"import sys, json, {modules}; "
        f"print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    ).stdout
    return json.loads(out)


def test_the_way_to_the_first_window_imports_no_database_or_analysis_code():
    # Everything the GUI thread imports before the sign-in window is on screen. SQLAlchemy,
    # pandas and reportlab take most of a second to import: they load behind the window.
    assert (
        _loaded_after(
            "app.cli, app.ui.main, app.ui.dialogs.sign_in_dialog, app.ui.startup",
            ("sqlalchemy", "alembic", "pandas", "numpy", "reportlab", "pyqtgraph", "openpyxl"),
        )
        == []
    )


def test_the_dialog_waits_for_the_database_and_keeps_what_was_typed(qtbot, db):
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.ok_button
    assert not ok.isEnabled() and dialog.intro.text() == "Opening the database…"
    dialog.username.setText("kadry")  # typed while the database opens
    dialog.submit()  # Enter before it is open does nothing
    assert dialog.principal is None
    dialog.database_opened(db)  # a new database: the first administrator is created
    assert ok.isEnabled() and dialog.first_run and dialog.username.text() == "kadry"
    assert dialog.form.isRowVisible(dialog.repeat)
    dialog.full_name.setText("Кадры")
    dialog.password.setText("secret password")
    dialog.repeat.setText("secret password")
    dialog.submit()
    assert dialog.principal.is_admin


def test_sign_in_rows_follow_the_database(qtbot, demo_copy):
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    dialog.database_opened(demo_copy)  # has users: user name and password only
    assert not dialog.first_run and not dialog.form.isRowVisible(dialog.repeat)
    assert not dialog.form.isRowVisible(dialog.full_name)


def test_min_password_is_the_models_one():
    from app.data.accounts import MIN_PASSWORD
    from app.ui.dialogs import sign_in_dialog

    assert sign_in_dialog.MIN_PASSWORD == MIN_PASSWORD


def test_motivdesk_starts_signs_in_and_shows_the_main_window(demo_db_path, tmp_path):
    # The real entry point, as bench/bench_startup.py drives it: window, database, sign-in.
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_startup import DRIVER
    finally:
        sys.path.pop(0)
    out = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT), MOTIVDESK_DATA_DIR=str(tmp_path / "data")),
    ).stdout
    events = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    assert float(events["window"]) <= float(events["ready"]) <= float(events["main"])


def test_opening_the_database_at_start_imports_no_analysis_code():
    # What the start-up thread runs before the sign-in can be submitted: SQLAlchemy and
    # Alembic, but not pandas/numpy (loaded when a campaign is analysed or a session ends).
    assert (
        _loaded_after(
            "app.ui.startup, app.cli.common, app.data.store, app.data.sessions, "
            "app.data.backup, app.data.accounts",
            ("pandas", "numpy", "reportlab", "openpyxl"),
        )
        == []
    )

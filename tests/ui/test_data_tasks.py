"""File menu data tasks (issue 23.2): back up, restore with the full checks, paper template and
import, answer bundles through the Campaigns page — HR administrator only."""

from __future__ import annotations

import csv
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import func, select

from app.data.audit import entries
from app.data.presence import presence_dir
from app.data.store import open_database
from app.models import Campaign, Organisation
from app.models.campaign import SurveySession
from app.ui.context import AppContext
from app.ui.main_window import MainWindow


@pytest.fixture
def told(monkeypatch):
    """What the user was told; no dialog blocks the test."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.data_tasks import DataTasks

    messages: list[str] = []
    monkeypatch.setattr(
        DataTasks, "inform", lambda self, title, text, warning=False: messages.append(text)
    )
    monkeypatch.setattr(DataTasks, "confirm", lambda self, title, text: True)
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(lambda parent, title, text, *a, **k: messages.append(text)),
        )
    return messages


def _window(qtbot, database, settings, languages, principal=None):
    context = AppContext(database=database, settings=settings, languages=languages)
    if principal is not None:
        context.principal = principal
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.refresh()
    return window


def test_the_file_menu_offers_the_data_tasks_to_the_administrator_only(
    qtbot, demo_copy, settings, languages
):
    from app.data.accounts import authenticate

    window = _window(qtbot, demo_copy, settings, languages)
    names = [a.objectName() for a in window.file_menu.actions() if a.objectName()]
    tasks = [n for n in names if n.startswith("file_")]
    assert tasks == [
        "file_backup_action",
        "file_restore_action",
        "file_template_action",
        "file_paper_import_action",
        "file_export_answers_action",
        "file_import_answers_action",
    ]
    assert all(window.data_tasks.actions[k].isVisible() for k in window.data_tasks.actions)
    assert all(a.text() for a in window.data_tasks.actions.values())
    with demo_copy.session() as s:
        head = authenticate(s, "head", "demo", datetime(2026, 5, 4))
        s.commit()
    window.context.principal = head
    window.apply_principal()
    assert not any(a.isVisible() for a in window.data_tasks.actions.values())


def test_back_up_writes_a_checked_copy_and_is_audited(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    from app.data.backup import check_backup

    window = _window(qtbot, demo_copy, settings, languages)
    path = window.data_tasks.backup(tmp_path / "copy.db")
    assert path.exists() and check_backup(path)
    assert "Backup written" in told[-1] and str(path) in told[-1]
    with demo_copy.session() as s:
        assert entries(s, "backup")[-1].detail == "copy.db"


def test_restore_refuses_an_incomplete_file_and_keeps_working(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    bare = tmp_path / "bare.db"
    with sqlite3.connect(bare) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0005')")
        conn.execute("CREATE TABLE campaigns (id INTEGER PRIMARY KEY)")
    conn.close()
    window = _window(qtbot, demo_copy, settings, languages)
    before = demo_copy.path.read_bytes()
    assert window.data_tasks.restore(bare) is None
    assert "not a complete Motivdesk database" in told[-1] and "answer_vectors" in told[-1]
    assert demo_copy.path.read_bytes() == before
    assert window.context.database is demo_copy  # never closed: the check comes first
    assert window.pages["campaigns"].model.rowCount() == 2


def test_restore_replaces_the_database_and_reopens_it(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    window = _window(qtbot, demo_copy, settings, languages)
    copy = window.data_tasks.backup(tmp_path / "monday.db")
    with demo_copy.session() as s:
        s.add(Organisation(name_ru="Добавлено после копии", name_kk="x"))
        s.commit()
    safety = window.data_tasks.restore(copy)
    assert safety is not None and safety.exists(), told
    assert "Restored" in told[-1] and str(safety) in told[-1]
    database = window.context.database
    try:
        assert database is not demo_copy and database.path == demo_copy.path
        with database.session() as s:
            names = s.scalars(select(Organisation.name_ru)).all()
            assert "Добавлено после копии" not in names
            assert entries(s, "restore")[-1].detail == f"monday.db; {safety.name}"
        with sqlite3.connect(safety) as conn:  # the replaced database, kept whole
            assert (
                conn.execute(
                    "SELECT count(*) FROM organisations WHERE name_ru = 'Добавлено после копии'"
                ).fetchone()[0]
                == 1
            )
        conn.close()
        assert len(list(presence_dir(database.path).glob("*.lock"))) == 1  # ours, again
    finally:
        database.dispose()


def test_restore_is_refused_while_a_kiosk_has_the_database_open(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    window = _window(qtbot, demo_copy, settings, languages)
    copy = window.data_tasks.backup(tmp_path / "monday.db")
    kiosk = open_database(str(demo_copy.path))  # another program on the same file
    try:
        before = demo_copy.path.read_bytes()
        assert window.data_tasks.restore(copy) is None
        assert "in use by another Motivdesk program" in told[-1]
        assert demo_copy.path.read_bytes() == before
        with window.context.database.session() as s:  # reopened, working
            assert s.scalar(select(func.count(Campaign.id))) == 2
    finally:
        kiosk.dispose()
        window.context.database.dispose()


def test_paper_template_and_import_through_the_menu(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    from openpyxl import load_workbook

    from app.ui.dialogs.data_tasks import ChoiceDialog

    window = _window(qtbot, demo_copy, settings, languages)
    choice = ChoiceDialog(window.context, "t", instrument="library", language=True)
    qtbot.addWidget(choice)
    choice.instrument_combo.setCurrentIndex(choice.instrument_combo.findData("climate"))
    choice.language_combo.setCurrentIndex(choice.language_combo.findData("kk"))
    out = window.data_tasks.paper_template(tmp_path / "climate.xlsx", choice)
    assert "Template written" in told[-1]
    assert "q1" in [c.value for c in load_workbook(out).worksheets[0][1]]

    with demo_copy.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        count = s.scalar(select(func.count()).select_from(SurveySession))
    choice = ChoiceDialog(window.context, "t", campaign=True, instrument="campaign")
    qtbot.addWidget(choice)
    choice.campaign_combo.setCurrentIndex(choice.campaign_combo.findData(cid))
    choice.instrument_combo.setCurrentIndex(choice.instrument_combo.findData("climate"))
    bad = tmp_path / "bad.csv"
    with open(bad, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["department"] + [f"q{n}" for n in range(1, 11)])
        writer.writerow(["Нет такого отдела"] + [4] * 10)
    assert window.data_tasks.import_paper(bad, choice) is None
    assert "row 2, column department" in told[-1] and "nothing was changed" in told[-1]
    good = tmp_path / "good.csv"
    with open(good, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["department"] + [f"q{n}" for n in range(1, 11)])
        writer.writerow(["Юридическое управление"] + [4] * 10)
    result = window.data_tasks.import_paper(good, choice)
    assert result.added == 1 and "1 questionnaires added, 0 were already here" in told[-1]
    with demo_copy.session() as s:
        assert s.scalar(select(func.count()).select_from(SurveySession)) == count + 1
        assert "responses good.csv: 1 added" in entries(s, "import")[-1].detail


def test_answers_export_and_import_reuse_the_campaigns_page(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    window = _window(qtbot, demo_copy, settings, languages)
    with demo_copy.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
    count = window.data_tasks.export_answers(tmp_path / "bundle.zip", cid)
    assert count == 120 and (tmp_path / "bundle.zip").exists()
    assert window.current_page_id() == "campaigns"
    assert window.pages["campaigns"].selected().id == cid
    result = window.data_tasks.import_answers(tmp_path / "bundle.zip", cid)
    assert (result.added, result.already_present) == (0, 120)


def test_every_paper_import_refusal_is_marked_for_translation():
    from app.scoring.responses import MESSAGES
    from app.ui.dialogs.data_tasks import RESPONSE_FILE_TEXTS

    missing = set(MESSAGES.values()) - set(RESPONSE_FILE_TEXTS)
    assert not missing, f"add to RESPONSE_FILE_TEXTS (app/ui/dialogs/data_tasks.py): {missing}"


def test_a_restore_without_the_signed_in_account_closes_the_window(
    qtbot, demo_copy, settings, languages, told, tmp_path
):
    from app.data.accounts import authenticate

    with demo_copy.session() as s:
        admin = authenticate(s, "admin", "demo", datetime(2026, 5, 4))
        s.commit()
    window = _window(qtbot, demo_copy, settings, languages, principal=admin)
    window.show()
    empty = tmp_path / "new-office.db"
    open_database(str(empty)).dispose()  # a valid database without that account
    safety = window.data_tasks.restore(empty)
    try:
        assert safety is not None
        assert "Restored" in told[-2] and "start it again and sign in" in told[-1]
        assert not window.isVisible()
        with window.context.database.session() as s:
            entry = entries(s, "restore")[-1]
            assert entry.user_id is None  # the old user id means nothing in this file
    finally:
        window.context.database.dispose()

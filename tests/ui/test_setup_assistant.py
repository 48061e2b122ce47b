"""The first-run assistant on an empty database, as a new office meets it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from sqlalchemy import select

from app.data.accounts import authenticate, create_first_admin
from app.models import Department, Organisation, User
from app.ui.context import AppContext
from app.ui.dialogs.setup_assistant import SetupAssistant, needs_setup


def _context(db, settings, languages):
    with db.session() as s:
        create_first_admin(s, "hr", "Кадровая служба", "long enough 1")
        s.commit()
        principal = authenticate(s, "hr", "long enough 1", datetime(2026, 5, 4))
        s.commit()
    return AppContext(db, settings, languages, principal=principal)


def test_organisation_departments_second_admin(qtbot, db, settings, languages, monkeypatch):
    context = _context(db, settings, languages)
    assert needs_setup(context)
    wizard = SetupAssistant(context)
    qtbot.addWidget(wizard)
    wizard.show()
    asked, warned = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page = wizard.organisation_page
    page.initializePage()
    org = page.org_widget
    assert org.table.rowCount() == 1  # one empty department row to start typing in
    org.table.removeRow(0)
    assert not page.validatePage() and "at least one department" in warned[-1]
    org.add_button.click()
    org.name_ru_edit.setText("Акимат района")
    org.name_kk_edit.setText("Аудан әкімдігі")
    org.table.setItem(0, 0, QTableWidgetItem("Отдел кадров"))
    org.table.setItem(0, 1, QTableWidgetItem("Кадр бөлімі"))
    # headcount 0 must be confirmed
    assert not page.validatePage() and "Отдел кадров" in asked[-1]
    org.table.cellWidget(0, 2).setValue(12)
    assert page.validatePage()
    with db.session() as s:
        assert s.scalar(select(Organisation.name_kk)) == "Аудан әкімдігі"
        assert s.scalar(select(Department.headcount)) == 12
    assert not needs_setup(context)
    admin = wizard.admin_page
    assert admin.validatePage()  # empty: skipped
    admin.username_edit.setText("deputy")
    admin.password_edit.setText("long enough 2")
    admin.repeat_edit.setText("long enough X")
    warned.clear()
    assert not admin.validatePage() and warned
    admin.repeat_edit.setText("long enough 2")
    assert admin.validatePage()
    with db.session() as s:
        assert sorted(s.scalars(select(User.username))) == ["deputy", "hr"]
    assert wizard.create_campaign  # offered by default


def test_department_heads_and_set_up_offices_are_not_asked(qtbot, demo_copy, settings, languages):
    with demo_copy.session() as s:
        head = authenticate(s, "head", "demo", datetime(2026, 5, 4))
        admin = authenticate(s, "admin", "demo", datetime(2026, 5, 4))
        s.commit()
    assert not needs_setup(AppContext(demo_copy, settings, languages, principal=head))
    assert not needs_setup(AppContext(demo_copy, settings, languages, principal=admin))

"""Sign-in and what a department head may see."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.models.organisation import Department
from app.models.users import User
from app.ui.context import AppContext


def test_first_run_creates_the_administrator(qtbot, db):
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.first_run
    dialog.username.setText("kadry")
    dialog.password.setText("secret password")
    dialog.repeat.setText("secret passwort")
    dialog.submit()
    assert dialog.principal is None and "differ" in dialog.message.text()
    dialog.repeat.setText("secret password")
    dialog.submit()
    assert dialog.principal.is_admin and dialog.result() == dialog.DialogCode.Accepted


def test_wrong_passwords_lock_the_account_and_the_count_is_kept(qtbot, demo_copy):
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    now = datetime(2026, 5, 4, 9, 0)
    dialog = SignInDialog(demo_copy, clock=lambda: now)
    qtbot.addWidget(dialog)
    assert not dialog.first_run
    for _ in range(3):
        dialog.username.setText("admin")
        dialog.password.setText("nope")
        dialog.submit()
    assert "30 seconds" in dialog.message.text() or "30 second" in dialog.message.text()
    with demo_copy.session() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "admin")) == 3
    dialog.password.setText("demo")
    dialog.submit()  # still locked, even with the right password
    assert dialog.principal is None


def _head_window(qtbot, demo_copy, settings, languages):
    from app.data.accounts import authenticate
    from app.ui.main_window import MainWindow

    with demo_copy.session() as s:
        principal = authenticate(s, "head", "demo", datetime(2026, 5, 4))
        s.commit()
    window = MainWindow(AppContext(demo_copy, settings, languages, principal=principal))
    qtbot.addWidget(window)
    window.refresh()
    return window, principal


def test_department_head_sees_only_his_department(qtbot, demo_copy, settings, languages):
    window, principal = _head_window(qtbot, demo_copy, settings, languages)
    (dept_id,) = principal.department_ids
    from app.ui.main_window import PAGE_IDS

    assert window.current_page_id() == "overview"  # his own scope's overview (issue 22.3)
    assert not window.nav_list.item(PAGE_IDS.index("overview")).isHidden()
    assert window.nav_list.item(PAGE_IDS.index("campaigns")).isHidden()
    assert window.nav_list.item(PAGE_IDS.index("indicators")).isHidden()
    employees = window.pages["employees"].model.rows
    with demo_copy.session() as s:
        name = s.get(Department, dept_id).name_ru
        all_depts = s.scalars(select(Department.name_ru)).all()
    assert employees and {e.department_ru for e in employees} == {name}
    cards = window.pages["cards"].model.rows
    assert {c.department_id for c in cards} <= {dept_id}
    assert all(c.kind in ("personal", "growth", "career") for c in cards)
    analysis = window.pages["analysis"]
    qtbot.waitUntil(lambda: analysis.analysis is not None, timeout=20000)
    assert {r.line.department_id for r in analysis.model.rows if not r.total} == {dept_id}
    combo_items = [
        analysis.department_combo.itemData(i) for i in range(analysis.department_combo.count())
    ]
    assert combo_items == [dept_id]  # no "All departments"
    assert analysis.analysis.filter.department_id == dept_id
    assert len(all_depts) > 1


def test_administrator_creates_a_department_head_who_can_sign_in(
    qtbot, demo_copy, settings, languages
):
    from PySide6.QtCore import Qt

    from app.data.accounts import authenticate
    from app.ui.widgets_users import NewUserDialog, UsersWidget

    context = AppContext(demo_copy, settings, languages)
    widget = UsersWidget(context)
    qtbot.addWidget(widget)
    widget.load()
    assert widget.table.rowCount() == 2  # the demo's admin and head
    dialog = NewUserDialog(context)
    qtbot.addWidget(dialog)
    dialog.username.setText("yurist")
    dialog.full_name.setText("Начальник юридического управления")
    dialog.password.setText("strong password")
    dialog.submit()
    assert "Tick the departments" in dialog.message.text()
    dialog.departments.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    widget.load()
    assert widget.table.rowCount() == 3
    with demo_copy.session() as s:
        p = authenticate(s, "yurist", "strong password", datetime(2026, 5, 4))
        assert not p.is_admin and len(p.department_ids) == 1
    row = next(r for r in range(3) if widget.table.item(r, 0).text() == "yurist")
    department = widget.table.item(row, 3).text()
    assert department and department != "?"  # the head's department by name
    for expected in (False, True):  # disable, then enable again
        widget.table.setCurrentCell(row, 0)
        widget.toggle_user()
        with demo_copy.session() as s:
            from app.data.accounts import find_user

            assert find_user(s, "yurist").is_active is expected


def test_audit_log_is_readable_exportable_and_read_only(
    qtbot, demo_copy, settings, languages, tmp_path
):
    from openpyxl import load_workbook

    from app.data.accounts import authenticate
    from app.ui.dialogs.audit_dialog import AuditDialog

    with demo_copy.session() as s:
        principal = authenticate(s, "admin", "demo", datetime(2026, 5, 4))
        s.commit()
    dialog = AuditDialog(AppContext(demo_copy, settings, languages, principal=principal))
    qtbot.addWidget(dialog)
    actions = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert "Signed in" in actions and "sign_in" not in actions  # words, not codes
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    exports_before = sum(1 for a in actions if a == "Exported")
    path = dialog.export(tmp_path / "audit.xlsx")
    ws = load_workbook(path).active
    assert [c.value for c in ws[4]][2] in actions
    dialog.load()
    after = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert sum(1 for a in after if a == "Exported") == exports_before + 1  # the export is logged


def test_first_run_recommends_a_second_administrator(qtbot, db):
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.first_run and "second administrator" in dialog.intro.text()


def test_a_password_typed_as_user_name_is_answered_like_a_wrong_password(qtbot, demo_copy):
    from app.data.audit import entries
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    dialog = SignInDialog(demo_copy, clock=lambda: datetime(2026, 5, 4, 9, 0))
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("nope")
    dialog.submit()
    wrong_password = dialog.message.text()
    dialog.username.setText("My-Secret-Pass")  # the password in the wrong field
    dialog.password.setText("")
    dialog.submit()
    assert dialog.message.text() == wrong_password  # nothing tells a name from a password
    with demo_copy.session() as s:
        assert not any(
            "My-Secret-Pass" in e.detail or "My-Secret-Pass" in e.object_id for e in entries(s)
        )

"""The Employees page and the employee dialog on an empty database (issue 23.1): departments,
an employee typed by hand, a list imported, a named session possible; head scope; kk positions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.data.accounts import Principal
from app.data.audit import entries
from app.data.org_setup import DepartmentRow
from app.models import Employee
from app.models.base import Role
from app.ui.context import AppContext
from app.ui.dialogs.departments_dialog import DepartmentsDialog
from app.ui.dialogs.employee_dialog import EmployeeDialog
from app.ui.dialogs.named_session_dialog import NamedSessionDialog
from app.ui.pages.employees_page import EmployeesPage


def _context(db, settings, languages, principal=None):
    ctx = AppContext(database=db, settings=settings, languages=languages)
    if principal is not None:
        ctx.principal = principal
    return ctx


def _departments(qtbot, ctx, monkeypatch, zero_ok=True):
    dialog = DepartmentsDialog(ctx)
    qtbot.addWidget(dialog)
    org = dialog.org_widget
    org.name_ru_edit.setText("Акимат района")
    org.table.setRowCount(0)
    org.add_row(DepartmentRow(None, "Отдел кадров", "Кадр бөлімі", 4))
    org.add_row(DepartmentRow(None, "Финансовый отдел", "Қаржы бөлімі", 0))
    asked = []
    monkeypatch.setattr(
        dialog, "confirm_zero_headcount", lambda names: asked.append(names) or zero_ok
    )
    return dialog, asked


def test_empty_database_leads_to_departments_then_employees(
    qtbot, db, settings, languages, monkeypatch
):
    ctx = _context(db, settings, languages)
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.is_empty_shown()
    assert page.empty_state.action_button.text() == "Set up departments…"
    assert not page.empty_import_button.isVisibleTo(page)

    dialog, asked = _departments(qtbot, ctx, monkeypatch, zero_ok=False)
    assert not dialog.save()  # headcount 0 asked about, and refused here
    assert asked == [["Финансовый отдел"]]
    dialog, asked = _departments(qtbot, ctx, monkeypatch, zero_ok=True)
    assert dialog.save()

    page.refresh()
    assert page.is_empty_shown()
    assert page.empty_state.action_button.text() == "Add an employee…"
    assert page.empty_import_button.isVisibleTo(page)

    # typed by hand
    dialog = EmployeeDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.department_combo.count() == 2
    assert not dialog.save()
    assert dialog.error_label.text() == "Full name: is required"
    dialog.full_name_edit.setText("Ахметова Дана")
    dialog.position_edit.setText("Главный специалист")
    dialog.position_kk_edit.setText("Бас маман")
    dialog.manager_check.setChecked(True)
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("female"))
    assert dialog.save(), dialog.error_label.text()
    page.refresh()
    assert not page.is_empty_shown()
    assert [r.full_name for r in page.model.rows] == ["Ахметова Дана"]

    # ... and a named session can be started for her
    page.table_view.selectRow(0)
    assert page.named_button.isEnabled()
    requested = []
    page.named_session_requested.connect(requested.append)
    page.named_button.click()
    assert requested == [dialog.saved_id]
    named = NamedSessionDialog(ctx, requested[0])
    qtbot.addWidget(named)
    for row in range(named.tests_list.count()):
        item = named.tests_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "hall_ei":
            item.setCheckState(Qt.CheckState.Checked)
    named.consent_check.setChecked(True)
    assert named.ok_button.isEnabled()
    setup = named.setup()
    assert setup.employee_id == dialog.saved_id and setup.employee_is_manager is True
    from app.ui.kiosk.launch import open_named_kiosk

    kiosk = open_named_kiosk(ctx, setup, lambda: None, full_screen=False)
    qtbot.addWidget(kiosk)
    assert kiosk.isVisible()
    from PySide6.QtWidgets import QLabel

    assert any("Ахметова Дана" in label.text() for label in kiosk.findChildren(QLabel))
    kiosk.close()


def test_import_from_the_page_and_refusal_names_the_cell(
    qtbot, db, settings, languages, monkeypatch, tmp_path
):
    ctx = _context(db, settings, languages)
    dialog, _asked = _departments(qtbot, ctx, monkeypatch)
    assert dialog.save()
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    template = page.save_template(tmp_path / "staff.xlsx")
    assert template.exists()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(
        page,
        "show_import_problems",
        lambda source, exc: shown.append(page.import_problem_lines(exc)),
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("ФИО;Подразделение;Пол\nБекова Алия;Отдел снабжения;ж\n", encoding="utf-8")
    assert page.import_list(bad) is None
    assert shown == [
        [
            "row 2, column Подразделение: value «Отдел снабжения» is not a "
            "department of the organisation"
        ]
    ]
    good = tmp_path / "good.csv"
    good.write_text(
        "ФИО;Подразделение;Должность;Должность на казахском\n"
        "Бекова Алия;Финансовый отдел;Бухгалтер;Есепші\n"
        "Сапаров Ерлан;Кадр бөлімі;Инспектор;\n",
        encoding="utf-8",
    )
    result = page.import_list(good)
    assert (result.added, result.updated) == (2, 0)
    assert shown[-1] == "good.csv: 2 added, 0 updated, 0 unchanged."
    assert [r.full_name for r in page.model.rows] == ["Бекова Алия", "Сапаров Ерлан"]
    page.import_list(good)  # again: nobody twice
    assert len(page.model.rows) == 2

    # search and the department filter
    page.search_edit.setText("сапар")
    assert [r.full_name for r in page.model.rows] == ["Сапаров Ерлан"]
    page.search_edit.clear()
    page.department_combo.setCurrentIndex(page.department_combo.findText("Финансовый отдел"))
    assert [r.full_name for r in page.model.rows] == ["Бекова Алия"]


def test_edit_moves_and_deactivate_hides(qtbot, db, settings, languages, monkeypatch):
    ctx = _context(db, settings, languages)
    dialog, _asked = _departments(qtbot, ctx, monkeypatch)
    assert dialog.save()
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    add = EmployeeDialog(ctx)
    qtbot.addWidget(add)
    add.full_name_edit.setText("Сапаров Ерлан")
    assert add.save()
    edit = EmployeeDialog(ctx, employee_id=add.saved_id)
    qtbot.addWidget(edit)
    assert edit.full_name_edit.text() == "Сапаров Ерлан"
    edit.department_combo.setCurrentIndex(edit.department_combo.findText("Финансовый отдел"))
    assert edit.save()
    with db.session() as s:
        assert s.get(Employee, add.saved_id).department.name_ru == "Финансовый отдел"
        assert [e.action for e in entries(s) if e.object_type == "employee"] == [
            "employee_add",
            "employee_move",
        ]
    page.refresh()
    page.table_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.active_button.click()
    assert page.model.rows == [] and not page.is_empty_shown()  # former staff still exist
    page.former_check.setChecked(True)
    assert [r.is_active for r in page.model.rows] == [False]
    page.table_view.selectRow(0)
    assert not page.named_button.isEnabled()
    assert page.active_button.text() == "Make active again"


def test_department_head_sees_his_staff_and_kk_positions(
    qtbot, db, settings, languages, monkeypatch
):
    admin = _context(db, settings, languages)
    dialog, _asked = _departments(qtbot, admin, monkeypatch)
    assert dialog.save()
    for name, dept, position_kk in (
        ("Свой", "Финансовый отдел", "Есепші"),
        ("Чужой", "Отдел кадров", ""),
    ):
        add = EmployeeDialog(admin)
        qtbot.addWidget(add)
        add.full_name_edit.setText(name)
        add.department_combo.setCurrentIndex(add.department_combo.findText(dept))
        add.position_edit.setText("Бухгалтер")
        add.position_kk_edit.setText(position_kk)
        assert add.save()
    with db.session() as s:
        fin = s.query(Employee).filter_by(full_name="Свой").one().department_id
    head = Principal(None, "head", Role.DEPARTMENT_HEAD.value, frozenset({fin}))
    ctx = _context(db, settings, languages, head)
    languages.set_language("kk")
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert [r.full_name for r in page.model.rows] == ["Свой"]
    assert page.model.data(page.model.index(0, 2)) == "Есепші"
    assert page.model.data(page.model.index(0, 3)) == "Қаржы бөлімі"
    assert page.department_combo.count() == 2  # all + his one


def test_delete_only_without_references_and_problems_in_kazakh(
    qtbot, db, settings, languages, monkeypatch, tmp_path
):
    from datetime import date

    from app.models import Card

    ctx = _context(db, settings, languages)
    dialog, _asked = _departments(qtbot, ctx, monkeypatch)
    assert dialog.save()
    for name in ("С карточкой", "Ошибка ввода"):
        add = EmployeeDialog(ctx)
        qtbot.addWidget(add)
        add.full_name_edit.setText(name)
        assert add.save()
    with db.session() as s:
        emp = s.query(Employee).filter_by(full_name="С карточкой").one()
        s.add(
            Card(
                kind="personal",
                organisation_id=emp.department.organisation_id,
                employee_id=emp.id,
                department_id=emp.department_id,
                filled_on=date(2026, 11, 2),
            )
        )
        s.commit()
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    names = [r.full_name for r in page.model.rows]
    page.table_view.selectRow(names.index("С карточкой"))
    assert not page.delete_button.isEnabled()
    assert "deactivate" in page.delete_button.toolTip()
    page.table_view.selectRow(names.index("Ошибка ввода"))
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert [r.full_name for r in page.model.rows] == ["С карточкой"]

    languages.set_language("kk")
    bad = tmp_path / "bad.csv"
    bad.write_text("Т. А. Ә.;Бөлім\nНұрлан;Жабдықтау бөлімі\n", encoding="utf-8")
    lines = []
    monkeypatch.setattr(
        page,
        "show_import_problems",
        lambda source, exc: lines.extend(page.import_problem_lines(exc)),
    )
    page.import_list(bad)
    assert lines == ["2-жол, Бөлім бағаны: мәні «Жабдықтау бөлімі» ұйымда мұндай бөлім жоқ"]

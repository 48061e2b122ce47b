"""HR dialogs: organisation set-up, campaign creation, named session set-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.data.org_setup import DepartmentRow
from app.models import Campaign, Employee
from app.scoring.instruments import default_library
from app.ui.context import AppContext
from app.ui.dialogs.campaign_dialog import CampaignDialog
from app.ui.dialogs.named_session_dialog import NamedSessionDialog
from app.ui.widgets_org import OrganisationWidget


def _context(db, settings, languages):
    return AppContext(database=db, settings=settings, languages=languages)


def test_new_user_sets_up_departments_then_creates_a_campaign(qtbot, db, settings, languages):
    ctx = _context(db, settings, languages)
    org = OrganisationWidget(ctx)
    qtbot.addWidget(org)
    org.load()
    org.name_ru_edit.setText("Акимат города")
    org.name_kk_edit.setText("Қала әкімдігі")
    org.add_row(DepartmentRow(None, "Отдел кадров", "Кадр бөлімі", 8))
    org.add_row(DepartmentRow(None, "Отдел финансов", "Қаржы бөлімі", 14))
    assert org.save(), org.message_label.text()
    assert org.table.rowCount() == 2

    dialog = CampaignDialog(ctx, default_library())
    qtbot.addWidget(dialog)
    assert not dialog.save()  # nothing filled in: every problem is listed
    text = dialog.error_label.text()
    assert "name" in text and "questionnaire" in text and "PIN" in text
    dialog.name_edit.setText("Мониторинг 2026")
    for row in range(dialog.instruments_list.count()):
        item = dialog.instruments_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("significance", "satisfaction"):
            item.setCheckState(Qt.CheckState.Checked)
        if item.data(Qt.ItemDataRole.UserRole) == "maslow":
            assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable  # disabled, reason shown
            assert item.toolTip()
    optional = dialog.optional_list.item(0)
    optional.setCheckState(Qt.CheckState.Unchecked)
    dialog.pin_edit.setText("1357")
    assert dialog.save(), dialog.error_label.text()
    with db.session() as s:
        c = s.get(Campaign, dialog.saved_id)
        assert c.name == "Мониторинг 2026" and c.status == "draft"
        assert sum(cd.headcount for cd in c.departments) == 22
        excluded = [i for ci in c.instruments for i in ci.excluded_items]
        assert len(excluded) == 1


def test_named_session_needs_consent_and_a_test(qtbot, db, settings, languages):
    ctx = _context(db, settings, languages)
    org = OrganisationWidget(ctx)
    qtbot.addWidget(org)
    org.name_ru_edit.setText("Орган")
    org.add_row(DepartmentRow(None, "Отдел", "Бөлім", 3))
    assert org.save()
    with db.session() as s:
        dept_id = org.rows()[0].id
        emp = Employee(
            department_id=dept_id,
            full_name="Сотрудник Тестовый",
            is_manager=True,
            hired_on=date(2020, 1, 1),
        )
        s.add(emp)
        s.commit()
        emp_id = emp.id
    dialog = NamedSessionDialog(ctx, emp_id)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    for row in range(dialog.tests_list.count()):
        item = dialog.tests_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "hall_ei":
            item.setCheckState(Qt.CheckState.Checked)
    assert not dialog.ok_button.isEnabled()  # consent not yet recorded
    dialog.consent_check.setChecked(True)
    assert dialog.ok_button.isEnabled()
    setup = dialog.setup()
    assert setup.employee_id == emp_id and [i.id for i in setup.instruments] == ["hall_ei"]
    assert setup.employee_is_manager is True
    # a test that cannot be taken says why in the list itself, not only in a tooltip
    maslow = next(
        dialog.tests_list.item(r)
        for r in range(dialog.tests_list.count())
        if dialog.tests_list.item(r).data(Qt.ItemDataRole.UserRole) == "maslow"
    )
    reason = dialog.library["maslow"].disabled_reason.get("ru")
    assert reason and reason in maslow.text() and not maslow.flags() & Qt.ItemFlag.ItemIsEnabled


def test_choosing_job_satisfaction_locks_the_tenure_question_on(qtbot, db, settings, languages):
    from PySide6.QtCore import Qt

    from app.scoring.instruments import default_library
    from app.ui.context import AppContext
    from app.ui.dialogs.campaign_dialog import CampaignDialog

    dialog = CampaignDialog(AppContext(db, settings, languages), default_library())
    qtbot.addWidget(dialog)
    tenure = dialog.demographic_checks["tenure_band"]
    tenure.setChecked(False)
    assert tenure.isEnabled()
    for r in range(dialog.instruments_list.count()):
        item = dialog.instruments_list.item(r)
        if item.data(Qt.ItemDataRole.UserRole) == "job_satisfaction":
            item.setCheckState(Qt.CheckState.Checked)
    assert tenure.isChecked() and not tenure.isEnabled()
    assert "tenure_band" in dialog.spec().demographics


def test_campaign_bundle_round_trip_from_the_campaigns_page(
    qtbot, demo_copy, settings, languages, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.context import AppContext
    from app.ui.pages.campaigns_page import CampaignsPage

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    page = CampaignsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    page.table_view.selectRow(0)
    assert page.export_bundle(tmp_path / "c.zip") == 120
    result = page.import_bundle(tmp_path / "c.zip")
    assert (result.added, result.already_present) == (0, 120)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"garbage")
    assert page.import_bundle(broken) is None
    assert "Nothing was changed." in shown[-1]

"""Campaign set-up that leads (issue 23.6): the empty Campaigns page leads to departments,
headcount 0 is confirmed, status verbs, full instrument names with items and minutes, and the
reason a test cannot be chosen on its own line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.data.org_setup import DepartmentRow, save_departments, save_organisation
from app.models import Campaign
from app.scoring.instruments import default_library
from app.services.instrument_info import summary
from app.ui.context import AppContext
from app.ui.dialogs.campaign_dialog import CampaignDialog
from app.ui.pages.campaigns_page import CampaignsPage


def _office(db, headcounts=(5, 0)):
    with db.session() as s:
        org = save_organisation(s, "Акимат", "Әкімдік")
        save_departments(
            s,
            org,
            [
                DepartmentRow(None, f"Отдел {i}", f"Бөлім {i}", h)
                for i, h in enumerate(headcounts, start=1)
            ],
        )


def test_empty_campaigns_page_leads_to_departments_then_a_campaign(
    qtbot, db, settings, languages, monkeypatch
):
    ctx = AppContext(database=db, settings=settings, languages=languages)
    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.is_empty_shown()
    assert page.empty_state.action_button.text() == "Set up departments…"
    assert page.empty_demo_button.text() == "Open the demo database"
    opened = []

    class FakeDialog:
        def __init__(self, context, parent=None):
            opened.append(context)

        def exec(self):
            _office(db)
            return True

    monkeypatch.setattr("app.ui.dialogs.departments_dialog.DepartmentsDialog", FakeDialog)
    page.empty_state.action_button.click()
    assert opened == [ctx]
    assert page.empty_state.action_button.text() == "Create a campaign…"
    assert page.open_button.text() == "Open the survey"
    assert page.close_button.text() == "Close the survey"


def test_headcount_zero_is_confirmed_or_refused(qtbot, db, settings, languages, monkeypatch):
    _office(db)
    ctx = AppContext(database=db, settings=settings, languages=languages)
    dialog = CampaignDialog(ctx, default_library())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Мониторинг")
    dialog.pin_edit.setText("2468")
    for r in range(dialog.instruments_list.count()):
        item = dialog.instruments_list.item(r)
        if item.data(Qt.ItemDataRole.UserRole) == "climate":
            item.setCheckState(Qt.CheckState.Checked)
    asked = []
    monkeypatch.setattr(dialog, "confirm_zero_headcount", lambda names: asked.append(names))
    assert not dialog.save()  # refused: nothing saved, the department named
    assert asked == [["Отдел 2"]]
    assert "Отдел 2" in dialog.error_label.text()
    with db.session() as s:
        assert s.query(Campaign).count() == 0
    monkeypatch.setattr(dialog, "confirm_zero_headcount", lambda names: True)
    assert dialog.save(), dialog.error_label.text()
    dialog.departments_table.cellWidget(1, 1).setValue(3)
    assert dialog.zero_headcount_departments() == []


def test_instrument_list_shows_full_names_items_minutes_and_reasons(qtbot, db, settings, languages):
    ctx = AppContext(database=db, settings=settings, languages=languages)
    library = default_library()
    dialog = CampaignDialog(ctx, library)
    qtbot.addWidget(dialog)
    texts = {
        dialog.instruments_list.item(r).data(
            Qt.ItemDataRole.UserRole
        ): dialog.instruments_list.item(r).text()
        for r in range(dialog.instruments_list.count())
    }
    significance = library["significance"]
    assert texts["significance"] == (
        f"{significance.title.get('ru')}\n40 item(s), about {summary(significance).minutes} min"
    )
    assert summary(significance).minutes == 7  # 60 s + 40 ratings × 8 s, rounded up
    assert summary(library["herzberg"]).minutes == 15  # 60 s + 28 splits × 30 s
    assert dialog.instruments_list.wordWrap()
    assert dialog.instruments_list.textElideMode() == Qt.TextElideMode.ElideNone
    maslow = texts["maslow"].split("\n")
    assert maslow[1] == library["maslow"].disabled_reason.get("ru")  # inline, not a tooltip only

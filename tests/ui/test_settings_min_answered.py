"""The minimum share of answered items is a setting: changing it judges stored sessions again."""

from __future__ import annotations

from app.data.office_settings import effective
from app.scoring import office
from app.ui.context import AppContext
from app.ui.pages.settings_page import SettingsPage


def test_the_setting_is_stored_and_applied(qtbot, db, settings, languages):
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    page.min_answered_spin.setValue(70)
    page.min_answered_spin.editingFinished.emit()
    with db.session() as s:
        assert effective(s)[office.MIN_ANSWERED_PCT] == 70.0
    assert office.current(office.MIN_ANSWERED_PCT) == 70.0
    page.min_answered_spin.setValue(0)
    page.min_answered_spin.editingFinished.emit()
    assert office.current(office.MIN_ANSWERED_PCT) == 0.0  # the test default, restored

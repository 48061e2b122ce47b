"""Settings page: Schein's pronounced-anchor threshold is stored in the database (issue 18.1)."""

from __future__ import annotations

from app.scoring import office
from app.ui.context import AppContext
from app.ui.pages.settings_page import SettingsPage


def test_schein_threshold_spin_stores_the_office_value(qtbot, db, settings, languages, tmp_path):
    from app.data.office_settings import effective

    office.set_current({})
    page = SettingsPage(AppContext(database=db, settings=settings, languages=languages))
    qtbot.addWidget(page)
    page.refresh()
    assert page.schein_threshold_spin.value() == 6.0 and page.schein_threshold_spin.isEnabled()
    page.schein_threshold_spin.setValue(6.5)
    with db.session() as session:
        assert effective(session)[office.SCHEIN_THRESHOLD] == 6.5
    assert office.current(office.SCHEIN_THRESHOLD) == 6.5  # results from now on use it
    page.refresh()
    assert page.schein_threshold_spin.value() == 6.5
    page.resize(900, 700)
    page.grab().save(str(tmp_path / "settings.png"))
    office.set_current({})


def test_own_text_minimum_group_is_an_office_setting(qtbot, db, settings, languages):
    """Issue 20.7: the smallest group of own-variant texts printed; 10 by default, kept in the
    database (so the diagnostic card printed from the command line uses it too)."""
    from app.data.office_settings import effective

    office.set_current({})
    page = SettingsPage(AppContext(database=db, settings=settings, languages=languages))
    qtbot.addWidget(page)
    page.refresh()
    spin = page.own_text_min_spin
    assert spin.value() == 10 and spin.isEnabled() and spin.minimum() == 3
    spin.setValue(15)
    spin.editingFinished.emit()
    with db.session() as session:
        assert effective(session)[office.OWN_TEXT_MIN_GROUP] == 15
    assert office.current(office.OWN_TEXT_MIN_GROUP) == 15
    page.refresh()
    assert spin.value() == 15
    office.set_current({})

"""Analysis page, section "Key drivers" (issue 20.1): the priority chart and table show the
service's drivers; the office minimum (Settings) hides them and the page says why."""

from __future__ import annotations

from app.scoring import office
from app.scoring.analysis import analyse
from app.scoring.level import load_parameters
from app.ui.context import AppContext
from tests.scoring.test_drivers import LIB, _campaign


def _page(qtbot, database, settings, languages):
    from app.ui.pages.analysis_page import AnalysisPage

    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.refresh()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    page.select_section(page.tab_widget.indexOf(page.drivers_tab))
    return page


def test_the_chart_marks_act_first_and_the_table_lists_every_driver(
    qtbot, demo_copy, settings, languages
):
    page = _page(qtbot, demo_copy, settings, languages)
    tab = page.drivers_tab
    shown = page.result.drivers
    assert shown.shown and tab.model.rowCount() == len(
        [d for d in shown.items if d.kind == "parameter"]
    )
    # a campaign with a known relation: pay (q1) goes with satisfaction and is rated low
    drivers = analyse(_campaign(), LIB, load_parameters()).drivers
    tab.show_drivers(drivers, 5, "ru")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("factor"))
    rows = tab.model.rows
    assert rows[0].id == "q1" and rows[0].priority == "act_first"
    assert tab.model.data(tab.model.index(0, 2)) == "act first"  # the test's English
    assert tab.model.data(tab.model.index(0, 4)) == "0.95"  # sqrt(0.9), two decimals
    assert (2.0, drivers.items[0].rho_satisfaction, "1") in tab.chart.points
    assert tab.chart.quadrant_texts["act_first"] == "act first"
    assert "Act first: Оплата труда" in tab.note_label.text()
    # factors nobody can relate (everyone the same) are listed with the reason
    q3 = next(r for r in range(tab.model.rowCount()) if tab.model.row_object(r).id == "q3")
    assert tab.model.data(tab.model.index(q3, 2)) == "×"


def test_the_office_minimum_hides_every_driver_and_says_why(qtbot, demo_copy, settings, languages):
    from app.ui.pages.settings_page import SettingsPage

    settings_page = SettingsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(settings_page)
    settings_page.refresh()
    try:
        settings_page.drivers_min_spin.setValue(200)
        settings_page.drivers_min_spin.editingFinished.emit()
        assert office.current(office.DRIVERS_MIN_RESPONDENTS) == 200
        page = _page(qtbot, demo_copy, settings, languages)
        tab = page.drivers_tab
        assert not page.result.drivers.shown
        assert "fewer than 200 respondents" in tab.note_label.text()
        assert not tab.chart.isVisibleTo(tab) and tab.model.rowCount() == 0
    finally:
        office.set_current({})

"""Search and filters of the card list (issue 22 item 5), on the demo database."""

from __future__ import annotations

from app.ui.context import AppContext
from app.ui.pages.cards_page import CardsPage


def test_search_kind_and_overdue_filters_narrow_the_list(qtbot, demo_copy, settings,
                                                         languages):
    page = CardsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    everything = page.model.rows
    assert len(everything) >= 8 and page.count_label.text() == ""
    name = next(r.employee for r in everything if r.employee)
    page.search_edit.setText(name.split()[0].lower())  # case does not matter
    assert page.model.rows and all(name.split()[0] in (r.employee or "") for r in page.model.rows)
    assert page.count_label.text() == f"{len(page.model.rows)} of {len(everything)}"
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("strategic"))
    assert page.model.rows and {r.kind for r in page.model.rows} == {"strategic"}
    page.kind_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    overdue = [r for r in everything if r.overdue]
    assert overdue and page.model.rows == overdue  # the demo has an overdue plan row
    page.search_edit.setText("no such person")
    assert page.model.rows == [] and page.count_label.text() == f"0 of {len(everything)}"
    page.refresh()  # a refresh keeps the filters
    assert page.model.rows == []

"""The personnel-indicators page: entering, importing and reading the seed 002 indicators."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Organisation
from app.scoring.indicators import YearMovements
from app.ui.context import AppContext
from app.ui.pages.indicators_page import IndicatorsPage, MovementsDialog


def _page(qtbot, database, settings, languages):
    page = IndicatorsPage(AppContext(database=database, settings=settings, languages=languages))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _cell(page, row, header):
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    return page.model.data(page.model.index(row, headers.index(header)))


def test_empty_database_offers_nothing_to_add_until_there_is_an_organisation(
    qtbot, db, settings, languages
):
    page = _page(qtbot, db, settings, languages)
    assert page.is_empty_shown()
    assert not page.add_button.isEnabled()
    assert not page.empty_state.action_button.isVisible()


def test_import_then_read_the_seed_figures(qtbot, db, settings, languages, tmp_path, monkeypatch):
    with db.session() as s:
        s.add(Organisation(name_ru="Акимат", name_kk="Әкімдік"))
        s.commit()
    page = _page(qtbot, db, settings, languages)
    assert page.is_empty_shown() and page.add_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.csv"
    bad.write_text("year,average_headcount,left_civil_service\n2017,721,-45\n")
    assert not page.import_file(bad)
    assert "row 2, column left_civil_service: '-45'" in shown[-1] and page.is_empty_shown()
    good = tmp_path / "m.csv"
    good.write_text(
        "year,average_headcount,left_civil_service,exit_interviews\n2016,700,70,\n2017,721,45,45\n"
    )
    assert page.import_file(good)
    assert not page.is_empty_shown()
    assert page.model.rowCount() == 2
    assert _cell(page, 0, "Year") == "2017"  # the latest year first
    assert _cell(page, 0, "Net turnover") == "6.2 %"  # seed 002: 45 / 721
    assert _cell(page, 0, "Exit-interview coverage") == "100.0 %"
    assert _cell(page, 1, "Exit-interview coverage") == ""  # not entered for 2016
    assert _cell(page, 0, "Net turnover, change (points)") == "↓ 3.8"  # 6.24 - 10.0
    # 2016's 10 % is above the critical 9 %: the cell is marked
    net = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ].index("Net turnover")
    assert page.model.data(page.model.index(1, net), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(0, net), Qt.ItemDataRole.BackgroundRole) is None


def test_dialog_round_trip_keeps_unknown_fields_unknown(qtbot):
    movements = YearMovements(2017, 721.5, {"left_civil_service": 45, "appointed": 168})
    dialog = MovementsDialog(movements)
    qtbot.addWidget(dialog)
    assert dialog.movements() == movements
    assert not dialog.year_spin.isEnabled()  # editing a year never moves it to another

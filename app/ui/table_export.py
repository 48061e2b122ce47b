"""Export an on-screen table (a RowsTableModel) to XLSX: numbers at full precision with their
number formats, as the table's columns give them (app/ui/item_models/numbers.py), texts as
shown; a rounded on-screen text is never parsed back into a number."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.reports.excel import write_table


def model_rows(model) -> tuple[list[str], list[list]]:
    """The headings and cells an export writes: a RowsTableModel's sheet columns (a seed
    table's whole definition, app/reports/tables.py), or every column of another model."""
    column = getattr(model, "column", None)
    columns = [
        c
        for c in range(model.columnCount())
        if column is None or getattr(column(c), "in_sheet", True)
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    export = getattr(model, "export_value", None)
    rows = [
        [
            export(r, c) if export is not None else (model.data(model.index(r, c)) or "")
            for c in columns
        ]
        for r in range(model.rowCount())
    ]
    return headers, rows


def export_model(
    parent: QWidget, model, title: str, notes: list[str] = (), target: Path | None = None
) -> Path | None:
    if target is None:
        name, _f = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("TableExport", "Export to Excel"),
            str(Path.home() / f"{title[:40]}.xlsx"),
            "Excel (*.xlsx)",
        )
        if not name:
            return None
        target = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
    headers, rows = model_rows(model)
    return write_table(target, title, title, headers, rows, [n for n in notes if n])

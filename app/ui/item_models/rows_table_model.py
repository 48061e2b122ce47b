"""A read-only table model over a list of plain rows with declared columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # called on every repaint, so headers follow a language switch
    value: Callable[[Any], Any]
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], Any] | None = None
    # what an XLSX export writes: a full-precision NumberCell (app/reports/excel.py), or None
    # for the shown text (a name, a hidden mark); see app/ui/item_models/numbers.py
    export: Callable[[Any], Any] | None = None
    on_screen: bool = True  # False: in the model for the export only (hidden in the view)
    in_sheet: bool = True  # False: on screen only (e.g. a column the export has in another form)


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def retranslate(self) -> None:
        """Headers and texts are computed lazily; tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(row)
        return None

    def column(self, column: int) -> Column:
        return self._columns[column]

    def export_value(self, row: int, column: int) -> Any:
        """The cell as an export writes it: the column's full-precision number, else the
        text shown (never the shown text parsed back into a number)."""
        col, obj = self._columns[column], self._rows[row]
        value = col.export(obj) if col.export is not None else None
        if value is not None:
            return value
        shown = col.value(obj)
        return "" if shown is None else shown if isinstance(shown, int | float) else str(shown)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

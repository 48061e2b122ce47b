"""Editors the card forms are built from: ranked choices, plan rows, fields from FieldSpecs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.data.card_forms import CHOICES_PER_KIND, PLAN_STATUS, FieldSpec, is_overdue
from app.data.cards_service import ChoiceInput, PlanInput
from app.markers import QT_TRANSLATE_NOOP
from app.ui.formatting import four_digit_years

OVERDUE = QColor("#f6d5d5")
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no deadline" value (shown as a dash)


def _tc(text: str) -> str:
    return QCoreApplication.translate("Cards", text)


class ChoiceListEditor(QWidget):
    """2-6 ranked answers: picked from a catalogue or typed as the employee's own wording."""

    def __init__(self, kind: str, options: list[tuple[int, str, str]], parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"choices_{kind}")
        self.list = QListWidget()
        self.list.setObjectName(f"choices_{kind}_list")
        self.list.setMaximumHeight(112)
        self.list.setWordWrap(True)
        self.catalogue = QComboBox()
        self.catalogue.setObjectName(f"choices_{kind}_catalogue")
        self.catalogue.setMinimumContentsLength(30)
        self.catalogue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        group = None
        for option_id, label, group_name in options:
            if group_name and group_name != group:
                self.catalogue.addItem(f"— {group_name} —")
                index = self.catalogue.count() - 1
                self.catalogue.model().item(index).setEnabled(False)
                group = group_name
            self.catalogue.addItem(label, option_id)
        if self.catalogue.count() > 1 and self.catalogue.itemData(0) is None:
            self.catalogue.setCurrentIndex(1)  # not the first group's heading
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"choices_{kind}_add")
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName(f"choices_{kind}_own")
        self.add_own_button = QPushButton()
        self.add_own_button.setObjectName(f"choices_{kind}_add_own")
        self.up_button, self.down_button, self.remove_button = (QPushButton() for _ in range(3))
        self.count_label = QLabel()
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.catalogue, 1)
        pick_row.addWidget(self.add_button)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(self.add_own_button)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list, 1)
        list_row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(list_row)
        layout.addLayout(pick_row)
        layout.addLayout(own_row)
        layout.addWidget(self.count_label)
        self.add_button.clicked.connect(self._add_from_catalogue)
        self.add_own_button.clicked.connect(self._add_own)
        self.own_edit.returnPressed.connect(self._add_own)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.own_edit.setPlaceholderText(self.tr("Other (own wording)"))
        self.add_own_button.setText(self.tr("Add own"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_button.setText(self.tr("Remove"))
        self._update_count()

    def _append(self, text: str, option_id: int | None, own: str) -> bool:
        if self.list.count() >= CHOICES_PER_KIND[1]:
            return False
        key = (option_id, own.strip().lower())
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return False
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)
        self._renumber()
        return True

    def _add_from_catalogue(self) -> None:
        option_id = self.catalogue.currentData()
        if option_id is not None:
            self._append(self.catalogue.currentText(), option_id, "")

    def _add_own(self) -> None:
        text = self.own_edit.text().strip()
        if text and self._append(text, None, text):
            self.own_edit.clear()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            base = item.text().split(". ", 1)[-1] if item.text()[:1].isdigit() else item.text()
            item.setText(f"{row + 1}. {base}")
        self._update_count()

    def _update_count(self) -> None:
        low, high = CHOICES_PER_KIND
        self.count_label.setText(
            self.tr("%1 of %2–%3 answers")
            .replace("%1", str(self.list.count()))
            .replace("%2", str(low))
            .replace("%3", str(high))
        )

    def set_choices(self, entries: list[tuple[str, int | None, str]]) -> None:
        """(label, catalogue id, own text) in rank order."""
        self.list.clear()
        for label, option_id, own in entries:
            self._append(label, option_id, own)

    def choices(self, id_field: str) -> list[ChoiceInput]:
        result = []
        for row in range(self.list.count()):
            option_id, own = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if option_id is not None:
                result.append(ChoiceInput(self.kind, **{id_field: option_id}))
            else:
                text = self.list.item(row).text().split(". ", 1)[-1]
                result.append(ChoiceInput(self.kind, own_text=text))
        return result


class FieldForm(QWidget):
    """Label / editor rows built from FieldSpecs; values() gives the dict for Card.fields."""

    def __init__(self, specs: tuple[FieldSpec, ...], parent=None):
        super().__init__(parent)
        self.specs = specs
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            if spec.kind == "bool":
                editor = QComboBox()
                editor.addItem("—", None)
                editor.addItem("", True)
                editor.addItem("", False)
            elif spec.kind == "long":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(90)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"field_{spec.id}")
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumWidth(220)
            self.editors[spec.id], self.labels[spec.id] = editor, label
            layout.addRow(label, editor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for spec in self.specs:
            text = _tc(spec.label)
            if spec.hint:
                text += f" ({_tc(spec.hint)})"
            self.labels[spec.id].setText(text)
            editor = self.editors[spec.id]
            if isinstance(editor, QComboBox):
                editor.setItemText(1, self.tr("yes"))
                editor.setItemText(2, self.tr("no"))

    def set_values(self, values: dict, render=None) -> None:
        """`render` words auto-filled data (app/data/card_text.py) for the screen; such a
        value is given back by values() as data unless its text was edited (issue 17.1)."""
        if not hasattr(self, "auto"):
            self.auto: dict[str, tuple[object, str]] = {}
        for spec in self.specs:
            editor, value = self.editors[spec.id], values.get(spec.id)
            self.auto.pop(spec.id, None)
            if isinstance(value, dict):
                shown = str(render(value) if render else "")
                self.auto[spec.id] = (value, shown.strip())
                value = shown
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            else:
                editor.setText(value or "")

    def values(self) -> dict:
        result = {}
        for spec in self.specs:
            editor = self.editors[spec.id]
            if isinstance(editor, QComboBox):
                value = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                value = editor.text().strip()
            auto = getattr(self, "auto", {}).get(spec.id)
            if auto is not None and value == auto[1]:
                value = auto[0]  # untouched: stays data, worded in each print's language
            if value not in (None, ""):
                result[spec.id] = value
        return result


PLAN_HEADERS = {
    "section": QT_TRANSLATE_NOOP("PlanTableEditor", "Kind of activity"),
    "measure": QT_TRANSLATE_NOOP("PlanTableEditor", "Measure"),
    "form": QT_TRANSLATE_NOOP("PlanTableEditor", "Form / kind"),
    "executor": QT_TRANSLATE_NOOP("PlanTableEditor", "Executor"),
    "deadline": QT_TRANSLATE_NOOP("PlanTableEditor", "Deadline"),
    "expected_result": QT_TRANSLATE_NOOP("PlanTableEditor", "Expected result"),
    "confirming_document": QT_TRANSLATE_NOOP("PlanTableEditor", "Confirming document"),
    "status": QT_TRANSLATE_NOOP("PlanTableEditor", "Status"),
    "result": QT_TRANSLATE_NOOP("PlanTableEditor", "Result, assessment"),
    "factor": QT_TRANSLATE_NOOP("PlanTableEditor", "Factor addressed"),
}
FACTOR_TIP = QT_TRANSLATE_NOOP(
    "PlanTableEditor",
    "The questionnaire factor this measure should improve: the next "
    "campaign's report shows how that factor changed",
)


def factor_combo(factors: list[tuple[str, str]], current: str) -> QComboBox:
    """A choice of the factor a measure addresses ("—" = none); a stored factor that is no
    longer offered (an instrument file changed) stays as it was."""
    combo = QComboBox()
    combo.setObjectName("measure_factor")
    combo.addItem("—", "")
    for key, label in factors:
        combo.addItem(label, key)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setToolTip(QCoreApplication.translate("PlanTableEditor", FACTOR_TIP))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


class PlanTableEditor(QWidget):
    """Plan rows; a row past its deadline and not done is tinted red (overdue at a glance)."""

    def __init__(
        self,
        columns: tuple[str, ...],
        sections: tuple[tuple[str, str, str], ...] = (),
        today: date | None = None,
        parent=None,
        factors: list[tuple[str, str]] = (),
    ):
        super().__init__(parent)
        self.columns = columns
        self.factors = list(factors)  # (key, label) a measure may name, if "factor" is shown
        self._kept: list[PlanInput] = []
        self.sections = sections
        self.today = today or date.today()
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("plan_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if "measure" in columns:
            header.setSectionResizeMode(columns.index("measure"), QHeaderView.ResizeMode.Stretch)
        if "section" in columns:
            self.table.setColumnWidth(columns.index("section"), 210)
        if "factor" in columns:
            self.table.setColumnWidth(columns.index("factor"), 220)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("plan_add")
        self.remove_button.setObjectName("plan_remove")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PlanTableEditor", PLAN_HEADERS[c]) for c in self.columns]
        )
        self.add_button.setText(self.tr("Add row"))
        self.remove_button.setText(self.tr("Remove row"))
        for row in range(self.table.rowCount()):
            for col, name in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if name == "status":
                    for i, key in enumerate(PLAN_STATUS):
                        widget.setItemText(i, _tc(PLAN_STATUS[key]))
                elif name == "section":
                    for i, (_sid, label, _ex) in enumerate(self.sections):
                        widget.setItemText(i, _tc(label))

    def add_row(self, item: PlanInput | None = None) -> None:
        item = item or PlanInput(measure="", section=self.sections[0][0] if self.sections else "")
        row = self.table.rowCount()
        self.table.insertRow(row)
        # what the row holds beyond its shown columns (a career card's rows keep the growth
        # card's section and confirming document), given back unchanged by rows()
        self._kept.insert(row, item)
        for col, name in enumerate(self.columns):
            if name == "status":
                combo = QComboBox()
                for key, label in PLAN_STATUS.items():
                    combo.addItem(_tc(label), key)
                combo.setCurrentIndex(max(0, combo.findData(item.status)))
                combo.currentIndexChanged.connect(self._tint)
                self.table.setCellWidget(row, col, combo)
            elif name == "section":
                combo = QComboBox()
                for sid, label, _ex in self.sections:
                    combo.addItem(_tc(label), sid)
                combo.setCurrentIndex(max(0, combo.findData(item.section)))
                self.table.setCellWidget(row, col, combo)
            elif name == "factor":
                self.table.setCellWidget(row, col, factor_combo(self.factors, item.factor))
            elif name == "deadline":
                edit = four_digit_years(QDateEdit())
                edit.setMinimumDate(NO_DATE)
                edit.setSpecialValueText("—")
                d = item.deadline
                edit.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
                edit.dateChanged.connect(self._tint)
                self.table.setCellWidget(row, col, edit)
            else:
                self.table.setItem(row, col, QTableWidgetItem(getattr(item, name)))
        self._tint()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._kept[row]

    def set_rows(self, rows: list[PlanInput]) -> None:
        self.table.setRowCount(0)
        self._kept.clear()
        for item in rows:
            self.add_row(item)

    def _cell(self, row: int, name: str):
        if name not in self.columns:
            return None
        col = self.columns.index(name)
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            q = widget.date()
            return None if q == NO_DATE else date(q.year(), q.month(), q.day())
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def rows(self) -> list[PlanInput]:
        result = []
        for row in range(self.table.rowCount()):
            values = {name: self._cell(row, name) for name in self.columns}
            if not any(v for k, v in values.items() if k not in ("status", "section", "factor")):
                continue  # an untouched empty row is not a plan item
            shown = {
                name: (value if name == "deadline" else value or "")
                for name, value in values.items()
            }
            shown["status"] = shown.get("status") or "planned"
            result.append(replace(self._kept[row], **shown))
        return result

    def overdue_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if is_overdue(
                self._cell(row, "deadline"), self._cell(row, "status") or "planned", self.today
            )
        ]

    def _tint(self, *_args) -> None:
        overdue = set(self.overdue_rows())
        for row in range(self.table.rowCount()):
            brush = QBrush(OVERDUE) if row in overdue else QBrush()
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(brush)

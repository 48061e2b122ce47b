"""Organisation and departments editor (Settings page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.data.org_setup import (
    DepartmentRow,
    SetupError,
    load_departments,
    save_departments,
    save_organisation,
)
from app.data.queries import organisation
from app.ui.context import AppContext
from app.ui.shortcuts import bind, tip


class OrganisationWidget(QGroupBox):
    saved = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("organisation_box")
        self.context = context
        self.name_ru_edit = QLineEdit()
        self.name_ru_edit.setObjectName("org_name_ru_edit")
        self.name_kk_edit = QLineEdit()
        self.name_kk_edit.setObjectName("org_name_kk_edit")
        self.name_ru_label, self.name_kk_label = QLabel(), QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("departments_table")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.setObjectName("department_add")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("department_remove")
        self.save_button = QPushButton()
        self.save_button.setObjectName("organisation_save")
        self.message_label = QLabel()
        self.message_label.setObjectName("organisation_message")
        self.message_label.setWordWrap(True)
        self.add_button.clicked.connect(lambda: self.add_row(DepartmentRow(None, "", "", 0)))
        self.remove_button.clicked.connect(self._remove_row)
        self.save_button.clicked.connect(self.save)
        bind(self.save_button, QKeySequence.StandardKey.Save)
        form = QFormLayout()
        form.addRow(self.name_ru_label, self.name_ru_edit)
        form.addRow(self.name_kk_label, self.name_kk_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.retranslate_ui()

    def load(self) -> None:
        self.table.setRowCount(0)
        if self.context.database is None:
            return
        with self.context.database.session() as session:
            org = organisation(session)
            self.name_ru_edit.setText(org.name_ru if org else "")
            self.name_kk_edit.setText(org.name_kk if org else "")
            rows = load_departments(session, org.id) if org else []
        for row in rows:
            self.add_row(row)

    def add_row(self, row: DepartmentRow) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        name = QTableWidgetItem(row.name_ru)
        name.setData(256, row.id)
        self.table.setItem(r, 0, name)
        self.table.setItem(r, 1, QTableWidgetItem(row.name_kk))
        spin = QSpinBox()
        spin.setRange(0, 100000)
        spin.setValue(row.headcount)
        self.table.setCellWidget(r, 2, spin)
        self.table.setItem(r, 3, QTableWidgetItem(row.head_name))

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[DepartmentRow]:
        result = []
        for r in range(self.table.rowCount()):

            def text(c, r=r):
                item = self.table.item(r, c)
                return item.text() if item else ""

            result.append(
                DepartmentRow(
                    self.table.item(r, 0).data(256),
                    text(0),
                    text(1),
                    self.table.cellWidget(r, 2).value(),
                    text(3),
                )
            )
        return result

    def save(self) -> bool:
        try:
            with self.context.database.session() as session:
                org_id = save_organisation(
                    session, self.name_ru_edit.text(), self.name_kk_edit.text()
                )
                save_departments(session, org_id, self.rows())
        except SetupError as exc:
            texts = {
                "name_required": self.tr("a name is required"),
                "negative_headcount": self.tr("the headcount cannot be negative"),
                "duplicate_name": self.tr("this name is used twice"),
            }
            lines = []
            for row, code in exc.problems:
                where = (
                    self.tr("Organisation")
                    if row < 0
                    else self.tr("Row %1").replace("%1", str(row + 1))
                )
                lines.append(f"{where}: {texts.get(code, code)}")
            self.message_label.setText("\n".join(lines))
            return False
        self.message_label.setText(self.tr("Saved."))
        self.load()
        self.saved.emit()
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Organisation and departments"))
        self.name_ru_label.setText(self.tr("Name (Russian):"))
        self.name_kk_label.setText(self.tr("Name (Kazakh):"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Department (Russian)"),
                self.tr("Department (Kazakh)"),
                self.tr("Headcount"),
                self.tr("Head"),
            ]
        )
        self.add_button.setText(self.tr("Add department"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        tip(
            self.add_button,
            self.tr("Add a row for a new department; type its names and headcount, then save"),
        )
        tip(
            self.remove_button,
            self.tr("Remove the selected department from the list (it takes effect when you save)"),
        )
        tip(self.save_button, self.tr("Save the organisation and its departments"))

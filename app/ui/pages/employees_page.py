"""Employees: the people who can have named test sessions and cards."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout

from app.models.queries import list_employees
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page


class EmployeesPage(Page):
    named_session_requested = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        pick = context.pick
        self.model = RowsTableModel([
            Column(lambda: self.tr("Full name"), lambda r: r.full_name),
            Column(lambda: self.tr("Position"), lambda r: r.position),
            Column(lambda: self.tr("Department"), lambda r: pick(r.department_ru, r.department_kk)),
            Column(lambda: self.tr("Cards"), lambda r: r.cards, align_right=True),
        ], self)
        self.table_view = QTableView()
        self.table_view.setObjectName("employees_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        self.named_button = QPushButton()
        self.named_button.setObjectName("employee_named_session")
        self.named_button.clicked.connect(self._on_named_clicked)
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.named_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table_view)
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = []
        if self.context.database is not None:
            with self.context.database.session() as session:
                rows = list_employees(session, self.context.department_scope())
        self.model.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        self.show_empty(not rows)
        self._update_buttons()

    def selected(self):
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        self.named_button.setEnabled(self.selected() is not None)

    def _on_named_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.named_session_requested.emit(row.id)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Employees"))
        self.named_button.setText(self.tr("Named test session…"))
        self.empty_state.set_texts(
            self.tr("No employees yet"),
            self.tr("Employees are needed only for named test sessions and personal cards; "
                    "anonymous campaigns never record who answered. Open the demo database to "
                    "see an example organisation."),
            self.tr("Open the demo database"))
        self.model.retranslate()

"""Employees: the staff register (issue 23.1) — the people who can have named test sessions and
cards. Add, edit, move, deactivate, delete an entry made by mistake, import a list; search and
filters. Everything goes through app/services/staff.py; a department head sees his own staff."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.data.queries import list_employees
from app.services import staff
from app.services.staff import StaffError
from app.services.staff_import import StaffFileError, import_file, write_template
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.shortcuts import bind, tip

MAX_LISTED_PROBLEMS = 15  # in the message; all of them in its details


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class EmployeesPage(Page):
    named_session_requested = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        pick = context.pick
        self.model = RowsTableModel(
            [
                Column(lambda: self.tr("Full name"), lambda r: r.full_name),
                Column(lambda: self.tr("Personnel No."), lambda r: r.personnel_number),
                Column(
                    lambda: self.tr("Position"),
                    lambda r: r.position_in(self.context.content_language),
                ),
                Column(
                    lambda: self.tr("Department"), lambda r: pick(r.department_ru, r.department_kk)
                ),
                Column(lambda: self.tr("Cards"), lambda r: r.cards, align_right=True),
                Column(
                    lambda: self.tr("Status"),
                    lambda r: self.tr("active") if r.is_active else self.tr("former"),
                ),
            ],
            self,
        )
        self.table_view = QTableView()
        self.table_view.setObjectName("employees_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table_view.verticalHeader().hide()
        self.table_view.doubleClicked.connect(lambda _i: self.edit_employee())
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("employee_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("employee_department_filter")
        self.department_combo.setMinimumContentsLength(18)
        self.department_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.former_check = QCheckBox()
        self.former_check.setObjectName("employee_show_former")
        self.former_check.toggled.connect(lambda _b: self.refresh())
        self.add_button = self._button("employee_add", self.add_employee)
        self.edit_button = self._button("employee_edit", self.edit_employee)
        self.active_button = self._button("employee_active", self.toggle_active)
        self.delete_button = self._button("employee_delete", self.delete_employee)
        self.import_button = self._button("employee_import", lambda: self.import_list())
        self.template_button = self._button("employee_template", lambda: self.save_template())
        self.named_button = self._button("employee_named_session", self._on_named_clicked)
        for button, key in (
            (self.add_button, QKeySequence.StandardKey.New),
            (self.edit_button, "F2"),
            (self.active_button, "Ctrl+D"),
            (self.delete_button, QKeySequence.StandardKey.Delete),
            (self.import_button, "Ctrl+I"),
            (self.template_button, "Ctrl+T"),
            (self.named_button, "Ctrl+Shift+N"),
        ):
            bind(button, key)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.department_combo, 1)
        filters.addWidget(self.former_check)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.active_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.import_button, self.template_button, self.named_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table_view)
        # The empty page offers the two ways in: by hand, or the office's Excel list.
        self.empty_import_button = QPushButton()
        self.empty_import_button.setObjectName("empty_state_import")
        self.empty_import_button.clicked.connect(lambda: self.import_list())
        self.empty_template_button = QPushButton()
        self.empty_template_button.setObjectName("empty_state_template")
        self.empty_template_button.clicked.connect(lambda: self.save_template())
        row = self._empty_button_row()
        row.insertWidget(row.count() - 1, self.empty_import_button)
        row.insertWidget(row.count() - 1, self.empty_template_button)
        self._has_departments = False
        self._has_anyone = False
        self.retranslate_ui()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _empty_button_row(self) -> QHBoxLayout:
        layout = self.empty_state.layout()
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None and child.indexOf(self.empty_state.action_button) >= 0:
                return child
        raise RuntimeError("empty state without its button row")

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        if self.context.database is not None:
            self.refresh()  # departments, cards or sessions may have changed on another page
        super().showEvent(event)

    def refresh(self) -> None:
        rows, choices, anyone = [], [], False
        if self.context.database is not None:
            scope = self.context.department_scope()
            with self.context.database.session() as session:
                choices = staff.departments(session, self.context.principal)
                anyone = bool(list_employees(session, scope, active=None))
                rows = list_employees(
                    session,
                    scope,
                    search=self.search_edit.text(),
                    department_id=self.department_combo.currentData(),
                    active=None if self.former_check.isChecked() else True,
                )
        self._fill_departments(choices)
        selected = self.selected()
        self.model.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._has_departments, self._has_anyone = bool(choices), anyone
        self.show_empty(not anyone)
        self._update_empty_texts()
        if selected is not None:
            for r, row in enumerate(rows):
                if row.id == selected.id:
                    self.table_view.selectRow(r)
        self._update_buttons()

    def _fill_departments(self, choices) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for choice in choices:
            self.department_combo.addItem(
                self.context.pick(choice.name_ru, choice.name_kk), choice.id
            )
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(current), 0))
        self.department_combo.blockSignals(False)

    def selected(self):
        rows = self.table_view.selectionModel().selectedRows() if self.model.rowCount() else []
        return self.model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(row is not None)
        self.named_button.setEnabled(row is not None and row.is_active)
        self.delete_button.setEnabled(row is not None and not row.cards and not row.sessions)
        tip(
            self.delete_button,
            self.tr("Cards or named test sessions refer to this employee: deactivate instead.")
            if row is not None and (row.cards or row.sessions)
            else self.tr("Delete an entry made by mistake"),
        )
        former = row is not None and not row.is_active
        self.active_button.setText(
            self.tr("Make active again") if former else self.tr("Deactivate")
        )
        tip(
            self.active_button,
            self.tr("Bring the former employee back to the staff list")
            if former
            else self.tr(
                "Mark as no longer working here: kept for the history of "
                "cards and sessions, left out of lists"
            ),
        )
        self.add_button.setEnabled(self._has_departments)

    # -- changes ---------------------------------------------------------------------------

    def add_employee(self) -> int | None:
        from app.ui.dialogs.employee_dialog import EmployeeDialog

        dialog = EmployeeDialog(
            self.context, department_id=self.department_combo.currentData(), parent=self
        )
        if dialog.exec():
            self.refresh()
            self._select(dialog.saved_id)
            return dialog.saved_id
        return None

    def edit_employee(self) -> None:
        from app.ui.dialogs.employee_dialog import EmployeeDialog

        row = self.selected()
        if row is None:
            return
        dialog = EmployeeDialog(self.context, employee_id=row.id, parent=self)
        if dialog.exec():
            self.refresh()

    def _select(self, employee_id: int | None) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == employee_id:
                self.table_view.selectRow(r)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if (
            row.is_active
            and QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr(
                    "%1 will no longer be listed, nor offered for named sessions and new cards. "
                    "His cards and test results are kept. Deactivate?"
                ).replace("%1", row.full_name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._change(
            lambda s: staff.set_active(s, row.id, not row.is_active, self.context.principal)
        )

    def delete_employee(self) -> None:
        row = self.selected()
        if (
            row is None
            or QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr(
                    "Delete %1 from the register? Use this only for an entry made by mistake."
                ).replace("%1", row.full_name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._change(lambda s: staff.delete_employee(s, row.id, self.context.principal))

    def _change(self, action) -> bool:
        try:
            with self.context.database.session() as session:
                action(session)
                session.commit()
        except StaffError as exc:
            QMessageBox.warning(
                self,
                self.tr("Employees"),
                "\n".join(
                    _translate("Staff", staff.PROBLEMS.get(code, code)) for _f, code in exc.problems
                ),
            )
            return False
        finally:
            self.refresh()
        return True

    def save_template(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Staff list template"),
                str(Path.home() / self.tr("staff-list.xlsx")),
                "Excel (*.xlsx)",
            )
            if not name:
                return None
            target = Path(name)
        with self.context.database.session() as session:
            names = [
                (d.name_ru, d.name_kk) for d in staff.departments(session, self.context.principal)
            ]
        try:
            return write_template(target, self.context.content_language, names)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Staff list template"),
                self.tr("Cannot write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None

    def import_list(self, source: Path | None = None):
        """Import the office's staff list; the whole file is refused on any problem."""
        if source is None:
            name, _f = QFileDialog.getOpenFileName(
                self,
                self.tr("Import the staff list"),
                str(Path.home()),
                self.tr("Staff list (*.xlsx *.csv)"),
            )
            if not name:
                return None
            source = Path(name)
        try:
            with self.context.database.session() as session:
                result = import_file(session, source, principal=self.context.principal)
                session.commit()
        except StaffFileError as exc:
            self.show_import_problems(source, exc)
            return None
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Import the staff list"),
            self.tr("%1: %2 added, %3 updated, %4 unchanged.")
            .replace("%1", source.name)
            .replace("%2", str(result.added))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged)),
        )
        return result

    def import_problem_lines(self, exc: StaffFileError) -> list[str]:
        return [p.describe(_translate) for p in exc.problems]

    def show_import_problems(self, source: Path, exc: StaffFileError) -> None:
        lines = self.import_problem_lines(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Import the staff list"),
            self.tr(
                "%1 was not imported; nothing was changed. Correct these "
                "%n problem(s) and import the file again:",
                "",
                len(lines),
            ).replace("%1", source.name)
            + "\n\n"
            + "\n".join(lines[:MAX_LISTED_PROBLEMS])
            + ("\n…" if len(lines) > MAX_LISTED_PROBLEMS else ""),
            parent=self,
        )
        box.setObjectName("staff_import_problems")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc and the title bar's × close it
        box.setDetailedText("\n".join(lines))
        box.exec()

    def _on_named_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.named_session_requested.emit(row.id)

    # -- empty state -----------------------------------------------------------------------

    def _on_empty_action(self) -> None:
        if self._has_departments:
            self.add_employee()
        elif self.context.principal.is_admin:
            from app.ui.dialogs.departments_dialog import DepartmentsDialog

            if DepartmentsDialog(self.context, self).exec():
                self.refresh()

    def _update_empty_texts(self) -> None:
        if self._has_departments:
            self.empty_state.set_texts(
                self.tr("No employees yet"),
                self.tr(
                    "Employees are needed for named test sessions and personal, growth and "
                    "career cards; anonymous campaigns never record who answered. Add "
                    "employees one by one, or import the staff list from Excel (download "
                    "the template first)."
                ),
                self.tr("Add an employee…"),
            )
        else:
            self.empty_state.set_texts(
                self.tr("No departments yet"),
                self.tr(
                    "Every employee belongs to a department. Set up the organisation and "
                    "its departments first, then add employees or import the staff list."
                ),
                self.tr("Set up departments…") if self.context.principal.is_admin else "",
            )
        self.empty_import_button.setVisible(self._has_departments)
        self.empty_template_button.setVisible(self._has_departments)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Employees"))
        self.add_button.setText(self.tr("Add…"))
        tip(self.add_button, self.tr("Add an employee"))
        self.edit_button.setText(self.tr("Edit…"))
        tip(self.edit_button, self.tr("Edit or move to another department"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import list…"))
        tip(
            self.import_button,
            self.tr(
                "Add and update employees from an Excel or CSV "
                "list; a file with any problem is refused whole"
            ),
        )
        self.template_button.setText(self.tr("Template…"))
        tip(self.template_button, self.tr("Save the Excel template of the staff list"))
        self.named_button.setText(self.tr("Named test session…"))
        tip(
            self.named_button,
            self.tr(
                "Let the selected employee take tests under their name "
                "for a personal card (not anonymous)"
            ),
        )
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, personnel number or position (Ctrl+F)")
        )
        self.former_check.setText(self.tr("Show former employees"))
        self.empty_import_button.setText(self.tr("Import the staff list…"))
        self.empty_template_button.setText(self.tr("Download the template…"))
        if self.department_combo.count():
            self.department_combo.setItemText(0, self.tr("All departments"))
        self._update_empty_texts()
        self._update_buttons()
        self.model.retranslate()

"""Add or edit an employee of the staff register (issue 23.1); the service checks and saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services import staff
from app.services.staff import EmployeeSpec, StaffError
from app.ui.context import AppContext


class EmployeeDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        employee_id: int | None = None,
        department_id: int | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("employee_dialog")
        self.context = context
        self.employee_id = employee_id
        self.saved_id: int | None = None
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("employee_full_name_edit")
        self.full_name_edit.setMaxLength(staff.NAME_MAX)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("employee_number_edit")
        self.number_edit.setMaxLength(staff.NUMBER_MAX)
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("employee_department_combo")
        self.position_edit = QLineEdit()
        self.position_edit.setObjectName("employee_position_edit")
        self.position_edit.setMaxLength(staff.NAME_MAX)
        self.position_kk_edit = QLineEdit()
        self.position_kk_edit.setObjectName("employee_position_kk_edit")
        self.position_kk_edit.setMaxLength(staff.NAME_MAX)
        self.manager_check = QCheckBox()
        self.manager_check.setObjectName("employee_manager_check")
        self.gender_combo = QComboBox()
        self.gender_combo.setObjectName("employee_gender_combo")
        for value in (None, "female", "male"):
            self.gender_combo.addItem("", value)
        self.hired_check = QCheckBox()
        self.hired_check.setObjectName("employee_hired_check")
        self.hired_edit = QDateEdit()
        self.hired_edit.setObjectName("employee_hired_edit")
        self.hired_edit.setCalendarPopup(True)
        self.hired_edit.setDisplayFormat("dd.MM.yyyy")
        self.hired_edit.setMaximumDate(QDate.currentDate())
        self.hired_edit.setDate(QDate.currentDate())
        self.hired_edit.setEnabled(False)
        self.hired_check.toggled.connect(self.hired_edit.setEnabled)
        self.status_label = QLabel()
        self.status_label.setObjectName("employee_status")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("employee_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.labels = {
            key: QLabel()
            for key in (
                "full_name",
                "personnel_number",
                "department_id",
                "position",
                "position_kk",
                "is_manager",
                "gender",
                "hired_on",
            )
        }
        hired = QHBoxLayout()
        hired.addWidget(self.hired_check)
        hired.addWidget(self.hired_edit)
        hired.addStretch(1)
        form = QFormLayout()
        form.addRow(self.labels["full_name"], self.full_name_edit)
        form.addRow(self.labels["personnel_number"], self.number_edit)
        form.addRow(self.labels["department_id"], self.department_combo)
        form.addRow(self.labels["position"], self.position_edit)
        form.addRow(self.labels["position_kk"], self.position_kk_edit)
        form.addRow(self.labels["is_manager"], self.manager_check)
        form.addRow(self.labels["gender"], self.gender_combo)
        form.addRow(self.labels["hired_on"], hired)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load(department_id)
        self.retranslate_ui()
        self.resize(620, self.sizeHint().height())

    def _load(self, department_id: int | None) -> None:
        principal = self.context.principal
        self._active, self._references = True, 0
        with self.context.database.session() as session:
            choices = staff.departments(session, principal)
            detail = (
                staff.get_employee(session, self.employee_id, principal)
                if self.employee_id is not None
                else None
            )
        for choice in choices:
            self.department_combo.addItem(
                self.context.pick(choice.name_ru, choice.name_kk), choice.id
            )
        if detail is None:
            if department_id is not None:
                self.department_combo.setCurrentIndex(
                    max(self.department_combo.findData(department_id), 0)
                )
            return
        spec = detail.spec
        self._active, self._references = detail.is_active, detail.references
        self.full_name_edit.setText(spec.full_name)
        self.number_edit.setText(spec.personnel_number)
        if self.department_combo.findData(spec.department_id) < 0:
            # a department no longer in use: shown, so saving without a move keeps it
            self.department_combo.addItem(
                self.context.pick(detail.department_ru, detail.department_kk), spec.department_id
            )
        self.department_combo.setCurrentIndex(self.department_combo.findData(spec.department_id))
        self.position_edit.setText(spec.position)
        self.position_kk_edit.setText(spec.position_kk)
        self.manager_check.setChecked(spec.is_manager)
        self.gender_combo.setCurrentIndex(max(self.gender_combo.findData(spec.gender), 0))
        if spec.hired_on is not None:
            self.hired_check.setChecked(True)
            self.hired_edit.setDate(
                QDate(spec.hired_on.year, spec.hired_on.month, spec.hired_on.day)
            )

    def spec(self) -> EmployeeSpec:
        hired: date | None = (
            self.hired_edit.date().toPython() if self.hired_check.isChecked() else None
        )
        return EmployeeSpec(
            full_name=self.full_name_edit.text(),
            department_id=self.department_combo.currentData() or 0,
            position=self.position_edit.text(),
            position_kk=self.position_kk_edit.text(),
            is_manager=self.manager_check.isChecked(),
            gender=self.gender_combo.currentData(),
            hired_on=hired,
            personnel_number=self.number_edit.text(),
        )

    def save(self) -> bool:
        principal = self.context.principal
        try:
            with self.context.database.session() as session:
                if self.employee_id is None:
                    self.saved_id = staff.add_employee(session, self.spec(), principal)
                else:
                    staff.update_employee(session, self.employee_id, self.spec(), principal)
                    self.saved_id = self.employee_id
                session.commit()
        except StaffError as exc:
            self.error_label.setText("\n".join(self.problem_text(f, c) for f, c in exc.problems))
            return False
        self.accept()
        return True

    def problem_text(self, field: str, code: str) -> str:
        label = self.labels.get(field)
        what = QCoreApplication.translate("Staff", staff.PROBLEMS.get(code, code))
        name = label.text().rstrip(":") if label is not None else ""
        return f"{name}: {what}" if name else what

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New employee") if self.employee_id is None else self.tr("Employee")
        )
        texts = {
            "full_name": self.tr("Full name:"),
            "personnel_number": self.tr("Personnel number:"),
            "department_id": self.tr("Department:"),
            "position": self.tr("Position (Russian):"),
            "position_kk": self.tr("Position (Kazakh):"),
            "is_manager": self.tr("Manager:"),
            "gender": self.tr("Gender:"),
            "hired_on": self.tr("Hired on:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.manager_check.setText(
            self.tr("heads a unit (the tests ask managers their own questions)")
        )
        self.number_edit.setPlaceholderText(
            self.tr("optional; matches the staff list on re-import")
        )
        self.position_kk_edit.setPlaceholderText(self.tr("shown on Kazakh screens and cards"))
        for index, text in enumerate((self.tr("not given"), self.tr("female"), self.tr("male"))):
            self.gender_combo.setItemText(index, text)
        self.hired_check.setText(self.tr("known"))
        if self.employee_id is None:
            self.status_label.setText("")
        elif not self._active:
            self.status_label.setText(
                self.tr("Former employee: kept for the cards and test results that name him.")
            )
        elif self._references:
            self.status_label.setText(
                self.tr(
                    "%n card(s) or named test session(s) refer to this employee.",
                    "",
                    self._references,
                )
            )
        else:
            self.status_label.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

"""HR opens a named test session for an employee, after recording his consent (App. 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.scoring.instruments import default_library
from app.services.staff import get_employee
from app.ui.context import AppContext
from app.ui.kiosk.kiosk_window import KioskSetup


class NamedSessionDialog(QDialog):
    def __init__(self, context: AppContext, employee_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("named_session_dialog")
        self.context = context
        self.library = default_library()
        with context.database.session() as session:
            emp = get_employee(session, employee_id)
            self.employee = (emp.id, emp.spec.full_name, emp.spec.is_manager)
        lang = context.content_language
        self.employee_label = QLabel(self.employee[1])
        self.employee_label.setObjectName("named_employee")
        self.tests_label = QLabel()
        self.tests_list = QListWidget()
        self.tests_list.setObjectName("named_tests_list")
        self.tests_list.setWordWrap(True)
        for inst in sorted(self.library.values(), key=lambda i: i.id):
            if inst.kind != "test":
                continue
            item = QListWidgetItem(inst.title.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, inst.id)
            if inst.active:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:  # why it cannot be taken, on its own line (not only in a tooltip)
                reason = inst.disabled_reason.get(lang) if inst.disabled_reason else ""
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(
                    f"{inst.title.get(lang)}\n    {reason}" if reason else inst.title.get(lang)
                )
                item.setToolTip(reason)
            self.tests_list.addItem(item)
        self.consent_check = QCheckBox()
        self.consent_check.setObjectName("named_consent")
        self.card_check = QCheckBox()
        self.card_check.setObjectName("named_personal_card")
        self.card_check.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("named_start")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.consent_check.toggled.connect(self._update_ok)
        self.tests_list.itemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.employee_label)
        layout.addWidget(self.tests_label)
        layout.addWidget(self.tests_list)
        layout.addWidget(self.consent_check)
        layout.addWidget(self.card_check)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_ok()

    def chosen(self) -> list[str]:
        return [
            self.tests_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.tests_list.count())
            if self.tests_list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.consent_check.isChecked() and bool(self.chosen()))

    def setup(self) -> KioskSetup:
        emp_id, name, is_manager = self.employee
        return KioskSetup(
            campaign_id=None,
            instruments=[self.library[i] for i in self.chosen()],
            employee_id=emp_id,
            employee_name=name,
            employee_is_manager=is_manager,
            personal_card=self.card_check.isChecked(),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Named test session"))
        self.tests_label.setText(self.tr("Tests to take:"))
        self.consent_check.setText(
            self.tr(
                "The employee has agreed to take these tests under his name (consent recorded today)."
            )
        )
        self.card_check.setText(
            self.tr(
                "Afterwards, let the employee fill his part of the personal motivational card "
                "(motivators, demotivators, motivation instruments, proposals)."
            )
        )
        self.ok_button.setText(self.tr("Start"))

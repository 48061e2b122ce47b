"""The organisation and its departments in a dialog, where an empty page leads (issue 23.6):
the same editor as Settings, reached from the Campaigns and Employees pages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from app.ui.context import AppContext
from app.ui.widgets_org import OrganisationWidget


class DepartmentsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("departments_dialog")
        self.org_widget = OrganisationWidget(context)
        self.org_widget.save_button.hide()  # the dialog's Save saves
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.org_widget, 1)
        layout.addWidget(self.buttons)
        self.org_widget.load()
        if self.org_widget.table.rowCount() == 0:
            self.org_widget.add_button.click()
        self.retranslate_ui()
        self.resize(760, 480)

    def confirm_zero_headcount(self, names: list[str]) -> bool:
        return (
            QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Headcount 0 for: %1. Participation of these departments cannot be "
                    "measured against the 35 % target. Save anyway?"
                ).replace("%1", ", ".join(names)),
            )
            == QMessageBox.StandardButton.Yes
        )

    def save(self) -> bool:
        rows = self.org_widget.rows()
        empty = [r.name_ru or "?" for r in rows if r.headcount == 0]
        if empty and not self.confirm_zero_headcount(empty):
            return False
        if not self.org_widget.save():
            return False
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Organisation and departments"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

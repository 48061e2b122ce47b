"""The audit log, read-only: HR reads and exports it; nothing in the app can change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.data.accounts import usernames
from app.data.audit import ACTION_LABELS, OBJECT_LABELS, entries, record
from app.reports.excel import write_table
from app.ui.context import AppContext
from app.ui.formatting import fmt_datetime


class AuditDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.context = context
        self.resize(960, 600)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("audit_filter")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("audit_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.export_button, self.close_button = QPushButton(), QPushButton()
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button.clicked.connect(self.accept)
        self.filter_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()
        with context.database.session() as session:
            actions = sorted({e.action for e in entries(session)})
        self.filter_combo.addItem(self.tr("All actions"), None)
        for action in actions:
            self.filter_combo.addItem(self._action_text(action), action)
        self.filter_combo.currentIndexChanged.connect(self.load)
        self.load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.filter_label.setText(self.tr("Action:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Detail"),
            ]
        )
        self.export_button.setText(self.tr("Export to Excel…"))
        self.close_button.setText(self.tr("Close"))

    def rows(self) -> list[list[str]]:
        with self.context.database.session() as session:
            users = usernames(session)
            return [
                [
                    fmt_datetime(e.at),
                    users.get(e.user_id, ""),
                    self._action_text(e.action),
                    self._object_text(e.object_type, e.object_id),
                    e.detail,
                ]
                for e in entries(session, self.filter_combo.currentData())
            ]

    @staticmethod
    def _action_text(action: str) -> str:
        label = ACTION_LABELS.get(action)
        return QCoreApplication.translate("Audit", label) if label else action

    @staticmethod
    def _object_text(object_type: str, object_id: str) -> str:
        label = OBJECT_LABELS.get(object_type)
        name = QCoreApplication.translate("Audit", label) if label else object_type
        return f"{name} {object_id}".strip()

    def load(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def export(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to Excel"),
                str(Path.home() / "audit-log.xlsx"),
                "Excel (*.xlsx)",
            )
            if not name:
                return None
            target = Path(name)
        headers = [self.table.horizontalHeaderItem(c).text() for c in range(5)]
        path = write_table(target, "Audit", self.windowTitle(), headers, self.rows())
        with self.context.database.session() as session:  # exporting the log is itself logged
            record(
                session,
                "export",
                "audit_log",
                "",
                path.name,
                user_id=self.context.principal.user_id,
            )
            session.commit()
        return path

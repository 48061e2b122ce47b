"""Settings: the HR administrator manages accounts (department heads and their departments)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.data.accounts import MIN_PASSWORD, AccountError, create_user, list_users, set_active
from app.models.base import Role
from app.services import staff
from app.ui.shortcuts import tip


class NewUserDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("new_user_dialog")
        self.context = context
        self.username, self.full_name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItem(self.tr("Department head"), Role.DEPARTMENT_HEAD.value)
        self.role.addItem(self.tr("HR administrator"), Role.HR_ADMIN.value)
        self.departments = QListWidget()
        with context.database.session() as session:
            for dept in staff.departments(session):
                item = QListWidgetItem(context.pick(dept.name_ru, dept.name_kk))
                item.setData(Qt.ItemDataRole.UserRole, dept.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.departments.addItem(item)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Departments"), self.departments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("New account"))

    def chosen_departments(self) -> tuple[int, ...]:
        return tuple(
            self.departments.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.departments.count())
            if self.departments.item(i).checkState() == Qt.CheckState.Checked
        )

    def submit(self) -> None:
        role = self.role.currentData()
        depts = self.chosen_departments()
        if role == Role.DEPARTMENT_HEAD.value and not depts:
            self.message.setText(self.tr("Tick the departments this head may see."))
            return
        try:
            with self.context.database.session() as session:
                create_user(
                    session,
                    self.username.text(),
                    self.full_name.text(),
                    self.password.text(),
                    role,
                    depts if role == Role.DEPARTMENT_HEAD.value else (),
                )
                session.commit()
        except AccountError as error:
            self.message.setText(
                {
                    "weak": self.tr("The password needs at least %1 characters.").replace(
                        "%1", str(MIN_PASSWORD)
                    ),
                    "taken": self.tr("This user name is taken."),
                    "empty": self.tr("Enter a user name."),
                }.get(error.code, error.code)
            )
            return
        self.accept()


class UsersWidget(QGroupBox):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("users_widget")
        self.context = context
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # a few accounts: the departments table above needs the height more
        self.table.setMaximumHeight(150)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_button, self.toggle_button = QPushButton(), QPushButton()
        self.audit_button = QPushButton()
        self.audit_button.setObjectName("users_audit")
        self.audit_button.clicked.connect(self.show_audit)
        self.add_button.setObjectName("users_add")
        self.toggle_button.setObjectName("users_toggle")
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.audit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Departments")]
        )
        self.add_button.setText(self.tr("New account…"))
        self.toggle_button.setText(self.tr("Disable / enable"))
        self.audit_button.setText(self.tr("Audit log…"))
        tip(self.add_button, self.tr("Create an account for an HR officer or a department head"))
        tip(
            self.toggle_button,
            self.tr("Disable the selected account (it can no longer sign in), or enable it again"),
        )
        tip(self.audit_button, self.tr("Who did what and when: sign-ins, changes, exports"))

    def load(self) -> None:
        self.table.setRowCount(0)
        if self.context.database is None:
            return
        with self.context.database.session() as session:
            names = {
                i: self.context.pick(d.name_ru, d.name_kk)
                for i, d in staff.department_names(session).items()
            }
            users = list_users(session)
        for user in users:
            row = self.table.rowCount()
            self.table.insertRow(row)
            role = (
                self.tr("HR administrator")
                if user.role == Role.HR_ADMIN.value
                else self.tr("Department head")
            )
            depts = ", ".join(names.get(d, "?") for d in user.department_ids)
            values = (user.username, user.full_name, role, depts)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if not user.is_active:
                    item.setForeground(Qt.GlobalColor.gray)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, user.is_active)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def show_audit(self) -> None:
        from app.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.context, self).exec()

    def add_user(self) -> None:
        if NewUserDialog(self.context, self).exec():
            self.load()

    def toggle_user(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        user_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        was_active = bool(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1))
        if user_id == self.context.principal.user_id:
            QMessageBox.information(self, self.title(), self.tr("You cannot disable yourself."))
            return
        with self.context.database.session() as session:
            set_active(session, user_id, not was_active)
            session.commit()
        self.load()

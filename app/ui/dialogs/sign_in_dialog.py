"""Sign-in at start; on a database without users, the creation of the HR administrator.

At start the dialog is shown before the database is open (`SignInDialog(None)`, then
`database_opened`): the user types while SQLAlchemy loads and the schema is checked in the
background. So this module imports no database code at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import APP_NAME

if TYPE_CHECKING:
    from app.data.accounts import AccountError, Principal
    from app.data.store import Database

MIN_PASSWORD = 8  # app.data.accounts.MIN_PASSWORD (a test keeps the two equal)


def _utcnow() -> datetime:
    from app.models.base import utcnow

    return utcnow()


class SignInDialog(QDialog):
    """`principal` is set when accepted. `clock` is injectable so tests need no sleep.

    With `database=None` the dialog waits (inputs disabled, "Opening the database…") until
    `database_opened` hands it the database. `painted` is emitted once, when the dialog is
    first on screen: the start-up opens the database from then on, so that its imports do
    not compete with the window for the interpreter."""

    painted = Signal()

    def __init__(
        self, database: Database | None, parent=None, clock: Callable[[], datetime] = _utcnow
    ):
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.database: Database | None = None
        self.clock = clock
        self.principal: Principal | None = None
        self.first_run = False
        self._painted = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("sign_in_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("sign_in_full_name")
        self.password = QLineEdit()
        self.password.setObjectName("sign_in_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("sign_in_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("sign_in_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        # Own buttons, not standard ones: looking up the standard buttons' icons and texts
        # costs the first window of the program 20 ms.
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("sign_in_ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.labels[0], self.username)
        self.form.addRow(self.labels[1], self.full_name)
        self.form.addRow(self.labels[2], self.password)
        self.form.addRow(self.labels[3], self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if database is None:
            self._show_form(waiting=True)
        else:
            self.database_opened(database)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def database_opened(self, database: Database) -> None:
        """The database is open: sign-in, or the first administrator on a database without
        users. What was typed while waiting is kept."""
        from app.data.accounts import has_users

        self.database = database
        with database.session() as session:
            self.first_run = not has_users(session)
        self._show_form(waiting=False)
        self.adjustSize()  # the first-run rows and intro may have appeared
        if self.isVisible():
            (self.password if self.username.text() else self.username).setFocus()

    def _show_form(self, waiting: bool) -> None:
        for edit in (self.full_name, self.repeat):
            self.form.setRowVisible(edit, self.first_run)
        self.ok_button.setEnabled(not waiting)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.database is None:
            self.intro.setText(self.tr("Opening the database…"))
        elif self.first_run:
            self.intro.setText(
                self.tr(
                    "First start: create the account of the HR administrator. Keep the password "
                    "safe; the administrator then creates the accounts of department heads."
                )
                + "\n\n"
                + self.tr(
                    "We recommend creating a second administrator account (Settings → Accounts) so "
                    "that the office is not locked out if this password is forgotten."
                )
            )
        else:
            self.intro.setText(self.tr("Sign in to Motivdesk."))
        for label, text in zip(
            self.labels,
            (
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Password"),
                self.tr("Repeat password"),
            ),
            strict=True,
        ):
            label.setText(text)

    def explain(self, error: AccountError) -> str:
        if error.code == "locked":
            return self.tr(
                "Too many wrong passwords. Try again in %n second(s).",
                "",
                max(1, int(error.wait_seconds + 0.999)),
            )
        return {
            "wrong": self.tr("Wrong user name or password."),
            "inactive": self.tr("This account is disabled."),
            "weak": self.tr("The password needs at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD)
            ),
            "empty": self.tr("Enter a user name."),
            "exists": self.tr("An administrator already exists: sign in instead."),
        }.get(error.code, error.code)

    def submit(self) -> None:
        from app.data.accounts import (
            AccountError,
            authenticate,
            create_first_admin,
            principal_by_id,
        )

        if self.database is None:  # Enter pressed before the database was open
            return
        with self.database.session() as session:
            try:
                if self.first_run:
                    if self.password.text() != self.repeat.text():
                        self.message.setText(self.tr("The two passwords differ."))
                        return
                    uid = create_first_admin(
                        session, self.username.text(), self.full_name.text(), self.password.text()
                    )
                    self.principal = principal_by_id(session, uid)
                else:
                    self.principal = authenticate(
                        session, self.username.text(), self.password.text(), self.clock()
                    )
                session.commit()
            except AccountError as error:
                session.commit()  # keep the failed-attempt count and the audit entry
                self.message.setText(self.explain(error))
                self.password.clear()
                return
        self.accept()


class ChangePasswordDialog(QDialog):
    def __init__(self, database: Database, user_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.database, self.user_id = database, user_id
        self.old, self.new, self.repeat = (QLineEdit() for _ in range(3))
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a61b1b;")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.old, self.new, self.repeat), strict=True):
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Change password"))
        for label, text in zip(
            self.labels,
            (self.tr("Current password"), self.tr("New password"), self.tr("Repeat new password")),
            strict=True,
        ):
            label.setText(text)

    def submit(self) -> None:
        from app.data.accounts import AccountError, change_password

        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            with self.database.session() as session:
                change_password(session, self.user_id, self.old.text(), self.new.text())
                session.commit()
        except AccountError as error:
            self.message.setText(
                self.tr("Wrong current password.")
                if error.code == "wrong"
                else self.tr("The password needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD)
                )
            )
            return
        self.accept()

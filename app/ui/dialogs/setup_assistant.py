"""The first-run assistant (issue 22 item 2): organisation and departments with headcounts,
the staff list (typed later, or imported from an Excel list), a second administrator, and an
offer to create the first campaign.

It runs after the first administrator has been created at the sign-in window: the database is
protected by a password before anything else is entered. It opens by itself while the database
has no organisation, and from File → Setup assistant at any time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.data.accounts import AccountError, create_user
from app.data.queries import list_employees, organisation
from app.ui.context import AppContext
from app.ui.widgets_org import OrganisationWidget


class _OrganisationPage(QWizardPage):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.org_widget = OrganisationWidget(context)
        self.org_widget.save_button.hide()  # the wizard's Next saves
        self.org_widget.setTitle("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.org_widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.org_widget.load()
        if self.org_widget.table.rowCount() == 0:
            self.org_widget.add_button.click()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        rows = self.org_widget.rows()
        if not rows:
            QMessageBox.warning(
                self,
                self.title(),
                self.tr(
                    "Add at least one department: campaigns ask respondents for their department "
                    "and count participation against its headcount."
                ),
            )
            return False
        empty = [r.name_ru or "?" for r in rows if r.headcount == 0]
        if (
            empty
            and QMessageBox.question(
                self,
                self.title(),
                self.tr(
                    "Headcount 0 for: %1. Participation of these departments cannot be "
                    "measured against the 35 % rule. Continue anyway?"
                ).replace("%1", ", ".join(empty)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        return self.org_widget.save()


class _EmployeesPage(QWizardPage):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("setup_employee_count")
        self.template_button = QPushButton()
        self.template_button.setObjectName("setup_staff_template")
        self.template_button.clicked.connect(self._on_template_clicked)
        self.import_button = QPushButton()
        self.import_button.setObjectName("setup_staff_import")
        self.import_button.clicked.connect(self._on_import_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        available = _staff_service() is not None
        self.template_button.setVisible(available)
        self.import_button.setVisible(available)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._show_count()

    def _show_count(self) -> None:
        with self.context.database.session() as session:
            count = len(list_employees(session, None))
        self.count_label.setText(self.tr("Employees in the register: %1").replace("%1", str(count)))

    def _on_template_clicked(self) -> None:
        service = _staff_service()
        name, _f = QFileDialog.getSaveFileName(
            self, self.template_button.text(), str(Path.home() / "staff.xlsx"), "Excel (*.xlsx)"
        )
        if name and service is not None:
            service.write_template(Path(name), self.context.content_language)

    def _on_import_clicked(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.import_button.text(), str(Path.home()), "Excel, CSV (*.xlsx *.csv)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        service = _staff_service()
        try:
            with self.context.database.session() as session:
                service.import_file(session, path, self.context.principal.user_id)
                session.commit()
        except Exception as exc:  # noqa: BLE001 - the service's refusal names the problem
            problems = getattr(exc, "problems", None)
            text = (
                "\n".join(
                    p.describe(QCoreApplication.translate) if hasattr(p, "describe") else str(p)
                    for p in problems[:20]
                )
                if problems
                else str(exc)
            )
            QMessageBox.warning(
                self,
                self.import_button.text(),
                self.tr("%1 was not imported; nothing was changed:").replace("%1", path.name)
                + "\n"
                + text,
            )
            return False
        self._show_count()
        return True


def _staff_service():
    """The staff register's import (app/services/staff_import.py), when this build has it."""
    try:
        from app.services import staff_import
    except ImportError:
        return None
    if hasattr(staff_import, "import_file") and hasattr(staff_import, "write_template"):
        return staff_import
    return None


class _SecondAdminPage(QWizardPage):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("setup_admin_username")
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("setup_admin_password")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setObjectName("setup_admin_repeat")
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, edit in zip(
            self.labels,
            (self.username_edit, self.full_name_edit, self.password_edit, self.repeat_edit),
            strict=True,
        ):
            self.form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.username_edit.text().strip():
            return True  # optional: recommended, not required
        if self.password_edit.text() != self.repeat_edit.text():
            QMessageBox.warning(self, self.title(), self.tr("The passwords do not match."))
            return False
        try:
            with self.context.database.session() as session:
                create_user(
                    session,
                    self.username_edit.text(),
                    self.full_name_edit.text(),
                    self.password_edit.text(),
                )
                session.commit()
        except AccountError as exc:
            texts = {
                "empty": self.tr("Enter a user name."),
                "taken": self.tr("This user name is taken."),
                "weak": self.tr("The password must have at least 8 characters."),
            }
            QMessageBox.warning(self, self.title(), texts.get(exc.args[0], str(exc)))
            return False
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.username_edit.setEnabled(False)
        return True


class _FinishPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.campaign_check = QCheckBox()
        self.campaign_check.setObjectName("setup_create_campaign")
        self.campaign_check.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.campaign_check)
        layout.addStretch(1)


class SetupAssistant(QWizard):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("setup_assistant")
        self.context = context
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(860, 620)
        self.organisation_page = _OrganisationPage(context)
        self.employees_page = _EmployeesPage(context)
        self.admin_page = _SecondAdminPage(context)
        self.finish_page = _FinishPage()
        for page in (
            self.organisation_page,
            self.employees_page,
            self.admin_page,
            self.finish_page,
        ):
            self.addPage(page)
        self.retranslate_ui()

    @property
    def create_campaign(self) -> bool:
        return self.finish_page.campaign_check.isChecked()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Setup assistant"))
        self.organisation_page.setTitle(self.tr("Organisation and departments"))
        self.organisation_page.setSubTitle(
            self.tr(
                "The name of your body in Russian and Kazakh, and each department with its "
                "headcount (the staff positions filled): participation is counted against it."
            )
        )
        self.employees_page.setTitle(self.tr("Employees"))
        self.employees_page.setSubTitle(
            self.tr(
                "Needed only for named test sessions and personal cards: anonymous campaigns never "
                "record who answered."
            )
        )
        self.employees_page.intro_label.setText(
            self.tr(
                "Import the staff list from Excel: download the template, fill it (or paste your "
                "list into it) and import it. The whole file is checked first; nothing is imported "
                "while any row has a problem. You can also add employees one by one later on the "
                "Employees page, or skip this step."
            )
        )
        self.employees_page.template_button.setText(self.tr("Download the template…"))
        self.employees_page.import_button.setText(self.tr("Import the staff list…"))
        self.admin_page.setTitle(self.tr("A second administrator (recommended)"))
        self.admin_page.setSubTitle(
            self.tr(
                "If the only administrator forgets the password, nobody can sign in as HR. Create a "
                "second account for a colleague now, or leave the fields empty to skip."
            )
        )
        for label, text in zip(
            self.admin_page.labels,
            (
                self.tr("User name:"),
                self.tr("Full name:"),
                self.tr("Password:"),
                self.tr("Repeat the password:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.finish_page.setTitle(self.tr("Ready"))
        self.finish_page.text_label.setText(
            self.tr(
                "The organisation is set up. Everything entered here can be changed later in "
                "Settings and on the Employees page; the assistant is also in the File menu."
            )
        )
        self.finish_page.campaign_check.setText(self.tr("Create the first survey campaign now"))


def needs_setup(context: AppContext) -> bool:
    """A database without an organisation: an office's very first start."""
    if context.database is None or not context.principal.is_admin:
        return False
    with context.database.session() as session:
        return organisation(session) is None

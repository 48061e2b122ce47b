"""File menu data tasks for the HR administrator (issue 23.2): back up, restore, the paper
template, paper questionnaires, export/import of answer bundles.

Each task is the command line's: the same core function (app/data/backup.py,
app/reports/template.py, app/data/response_import.py; bundles through the Campaigns page's
own export/import) and the same messages, translated. Long steps run off the GUI thread behind
a progress dialog (`run_with_progress`); restore closes the app's database first (its presence
lock would refuse the restore, app/data/presence.py) and reopens the restored one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.markers import QT_TRANSLATE_NOOP
from app.ui.workers import TaskRunner

# The paper-import refusals of app/scoring/responses.py (MESSAGES), marked here for
# translation: the core module stays English for the command line; a test keeps the two equal.
RESPONSE_FILE_TEXTS = (
    QT_TRANSLATE_NOOP("ResponseFile", "is not a column of this instrument"),
    QT_TRANSLATE_NOOP("ResponseFile", "appears twice"),
    QT_TRANSLATE_NOOP("ResponseFile", "the file has no answer columns (q1, q2, …)"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not a whole number"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not an allowed answer"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not an option number"),
    QT_TRANSLATE_NOOP("ResponseFile", "has too few options chosen"),
    QT_TRANSLATE_NOOP("ResponseFile", "has too many options chosen"),
    QT_TRANSLATE_NOOP("ResponseFile", "names an option twice"),
    QT_TRANSLATE_NOOP(
        "ResponseFile", "the points of this question do not add up to the required total"
    ),
    QT_TRANSLATE_NOOP("ResponseFile", "some parts of this question are blank and others are not"),
    QT_TRANSLATE_NOOP(
        "ResponseFile", "this question is not asked of this respondent (manager / non-manager)"
    ),
    QT_TRANSLATE_NOOP("ResponseFile", "is not an accepted value"),
    QT_TRANSLATE_NOOP("ResponseFile", "cannot be read"),
    QT_TRANSLATE_NOOP("ResponseFile", "the file has no rows"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not a department of this organisation"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not a questionnaire of this campaign"),
    QT_TRANSLATE_NOOP("ResponseFile", "there is no such campaign"),
    QT_TRANSLATE_NOOP("ResponseFile", "is not an option of question 19 (1–6 or а–е)"),
    QT_TRANSLATE_NOOP("ResponseFile", "the tenure band and question 19 disagree"),
    QT_TRANSLATE_NOOP(
        "ResponseFile",
        "both branch questions are answered and is_manager is "
        "blank: fill is_manager or keep only the answer to the "
        "question asked",
    ),
    QT_TRANSLATE_NOOP(
        "ResponseFile",
        "the file's text encoding is not accepted: save it as CSV UTF-8 or Windows-1251",
    ),
    QT_TRANSLATE_NOOP(
        "ResponseFile",
        "holds a formula without a saved result: open the file "
        "in Excel and save it again, or type the value",
    ),
    QT_TRANSLATE_NOOP(
        "ResponseFile", "the row has fewer fields than the header (a cut or broken file?)"
    ),
)


def translate_core(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe_problem(problem) -> str:
    """app.scoring.responses.Problem.describe(), in the interface language."""
    from app.scoring.responses import MESSAGES

    if problem.row:
        where = (
            QCoreApplication.translate("DataTasks", "row %1, column %2")
            .replace("%1", str(problem.row))
            .replace("%2", problem.column)
        )
    else:
        where = QCoreApplication.translate("DataTasks", "column %1").replace("%1", problem.column)
    value = ""
    if problem.value != "":
        value = " " + QCoreApplication.translate("DataTasks", "value '%1'").replace(
            "%1", problem.value
        )
    text = MESSAGES.get(problem.problem, problem.problem)
    detail = f" ({problem.detail})" if problem.detail else ""
    return f"{where}:{value} {QCoreApplication.translate('ResponseFile', text)}{detail}"


def run_with_progress(
    parent: QWidget | None, title: str, label: str, function: Callable[[], Any]
) -> Any:
    """Run `function` off the GUI thread behind a busy progress dialog; return its result or
    raise its exception here, in the GUI thread. The function must not touch widgets."""
    outcome: dict[str, Any] = {}
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("data_task_progress")
    progress.setWindowTitle(title)
    progress.setCancelButton(None)  # a restore or an import is never left half done
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setMinimumWidth(420)
    show_timer = QTimer(progress)  # shown only if the task takes a moment (dies with it)
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(progress.show)
    show_timer.start(300)
    loop = QEventLoop()

    def land(kind: str, value: Any) -> None:
        outcome[kind] = value
        loop.quit()

    runner = TaskRunner(progress)
    runner.submit(function, lambda value: land("value", value), lambda exc: land("error", exc))
    if not outcome:
        loop.exec()
    show_timer.stop()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class ChoiceDialog(QDialog):
    """Which campaign / questionnaire / language a task is for (only the rows it needs)."""

    def __init__(
        self,
        context,
        title: str,
        *,
        campaign: bool = False,
        instrument: str | None = None,
        language: bool = False,
        parent=None,
    ):
        """`instrument`: None (not asked), "campaign" (the chosen campaign's questionnaires)
        or "library" (every active questionnaire)."""
        super().__init__(parent)
        self.setObjectName("data_task_choice")
        self.setWindowTitle(title)
        self.context = context
        self.instrument_source = instrument
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("choice_campaign")
        self.instrument_combo = QComboBox()
        self.instrument_combo.setObjectName("choice_instrument")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("choice_language")
        for combo in (self.campaign_combo, self.instrument_combo):  # long names: the label
            combo.setSizeAdjustPolicy(  # keeps its room, the open list shows them whole
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(40)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaign_label, self.instrument_label, self.language_label = (
            QLabel(QCoreApplication.translate("DataTasks", "Campaign:")),
            QLabel(QCoreApplication.translate("DataTasks", "Questionnaire:")),
            QLabel(QCoreApplication.translate("DataTasks", "Language:")),
        )
        if campaign:
            form.addRow(self.campaign_label, self.campaign_combo)
        if instrument:
            form.addRow(self.instrument_label, self.instrument_combo)
        if language:
            form.addRow(self.language_label, self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        from app.scoring.instruments import default_library

        self.library = default_library()
        if campaign:
            from app.data.queries import list_campaigns

            with context.database.session() as session:
                self.campaigns = list_campaigns(session)
            for row in self.campaigns:
                self.campaign_combo.addItem(row.name, row.id)
            self.campaign_combo.currentIndexChanged.connect(self._fill_instruments)
        else:
            self.campaigns = []
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("Қазақ тілі", "kk")
        self.language_combo.setCurrentIndex(1 if context.content_language == "kk" else 0)
        self._fill_instruments()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if campaign and not self.campaigns:
            self.hint.setText(
                QCoreApplication.translate(
                    "DataTasks", "There is no campaign yet: create one on the Campaigns page first."
                )
            )
            ok.setEnabled(False)

    def _fill_instruments(self) -> None:
        if not self.instrument_source:
            return
        self.instrument_combo.clear()
        lang = self.context.content_language
        if self.instrument_source == "campaign":
            row = next(
                (r for r in self.campaigns if r.id == self.campaign_combo.currentData()), None
            )
            ids = list(row.instruments) if row else []
        else:
            ids = [i for i, inst in self.library.items() if inst.active]
        for inst_id in ids:
            inst = self.library.get(inst_id)
            if inst is not None:
                self.instrument_combo.addItem(inst.title.get(lang) or inst_id, inst_id)

    def campaign_id(self) -> int | None:
        return self.campaign_combo.currentData()

    def instrument(self):
        inst_id = self.instrument_combo.currentData()
        return self.library.get(inst_id) if inst_id else None

    def language(self) -> str:
        return self.language_combo.currentData()


class DataTasks(QObject):
    """The File menu's data actions of a MainWindow (HR administrator only)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_message = ""  # what the user was last told (for tests)
        self.actions: dict[str, QAction] = {}
        for key, slot in (
            ("backup", self.backup),
            ("restore", self.restore),
            ("template", self.paper_template),
            ("paper_import", self.import_paper),
            ("export_answers", self.export_answers),
            ("import_answers", self.import_answers),
        ):
            action = QAction(window)
            action.setObjectName(f"file_{key}_action")
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[key] = action

    @property
    def context(self):
        return self.window.context

    def add_to(self, menu: QMenu, before: QAction) -> None:
        keys = (
            "backup",
            "restore",
            None,
            "template",
            "paper_import",
            "export_answers",
            "import_answers",
            None,
        )
        for key in keys:
            if key is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, self.actions[key])

    def set_admin(self, admin: bool) -> None:
        for action in self.actions.values():
            action.setVisible(admin)

    def retranslate(self) -> None:
        texts = {
            "backup": self.tr("&Back up…"),
            "restore": self.tr("&Restore from a backup…"),
            "template": self.tr("Paper &template…"),
            "paper_import": self.tr("Import &paper questionnaires…"),
            "export_answers": self.tr("&Export answers…"),
            "import_answers": self.tr("&Import answers…"),
        }
        tips = {
            "backup": self.tr("A consistent copy of the database, safe while kiosks are working"),
            "restore": self.tr(
                "Replace the database with a checked backup; the current one is kept beside it"
            ),
            "template": self.tr("An Excel form for entering paper questionnaires"),
            "paper_import": self.tr(
                "Add filled-in paper questionnaires (Excel or CSV) to a campaign"
            ),
            "export_answers": self.tr("A campaign's anonymous answers from this PC, for the HR PC"),
            "import_answers": self.tr("Add answers exported on a kiosk PC to a campaign"),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])
            action.setToolTip(tips[key])
            action.setStatusTip(tips[key])

    # --- messages (one place, so tests can read what the user was told) ---

    def inform(self, title: str, text: str, warning: bool = False) -> None:
        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("data_task_message")
        box.exec()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record(
        self, action: str, object_type: str, object_id: object, detail: str, with_user: bool = True
    ) -> None:
        from app.data.audit import record

        with self.context.database.session() as session:
            record(
                session,
                action,
                object_type,
                object_id,
                detail,
                user_id=self.context.principal.user_id if with_user else None,
            )
            session.commit()

    # --- back up / restore ---

    def backup(self, target: Path | None = None) -> Path | None:
        from app.data.backup import backup_to

        title = self.tr("Back up")
        database = self.context.database
        if database is None:
            return None
        if database.path is None:
            self.inform(
                title,
                self.tr(
                    "This database is on a PostgreSQL server: back it up with "
                    "the server's tools (pg_dump)."
                ),
                warning=True,
            )
            return None
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self.window,
                title,
                str(Path.home() / f"motivdesk-{date.today():%Y-%m-%d}.db"),
                self.tr("Motivdesk database (*.db)"),
            )
            if not name:
                return None
            target = Path(name)
        try:
            path = run_with_progress(
                self.window,
                title,
                self.tr("Writing the backup…"),
                lambda: backup_to(database.path, Path(target)),
            )
        except OSError as exc:
            self.inform(
                title,
                self.tr("The backup could not be written: %1").replace("%1", str(exc)),
                warning=True,
            )
            return None
        self._record("backup", "database", "", path.name)
        self.inform(title, self.tr("Backup written: %1").replace("%1", str(path)))
        return path

    def restore(self, candidate: Path | None = None, ask: bool = True) -> Path | None:
        """Check the file, close this program's database, replace it, reopen the restored one.
        Returns the kept copy of the replaced database, or None if nothing was changed."""
        from app.data.backup import (
            RESTORE_DONE,
            BackupError,
            check_backup,
            restore_from,
            restore_message,
        )

        title = self.tr("Restore from a backup")
        database = self.context.database
        if database is None:
            return None
        if database.path is None:
            self.inform(
                title, restore_message(BackupError("server"), "", translate_core), warning=True
            )
            return None
        if ask and not self.confirm(
            title,
            self.tr(
                "The database will be replaced by the backup you choose. It is checked first; "
                "the current database is kept beside it. Every kiosk and other workspace "
                "using this database must be closed. Continue?"
            ),
        ):
            return None
        if candidate is None:
            name, _f = QFileDialog.getOpenFileName(
                self.window,
                title,
                str(Path.home()),
                self.tr("Motivdesk database (*.db);;All files (*)"),
            )
            if not name:
                return None
            candidate = Path(name)
        candidate = Path(candidate)
        try:  # the whole check first, while everything is still open
            run_with_progress(
                self.window, title, self.tr("Checking the backup…"), lambda: check_backup(candidate)
            )
        except BackupError as exc:
            self.inform(title, restore_message(exc, candidate, translate_core), warning=True)
            return None
        url, path = database.url, database.path
        self.context.database = None  # nothing reads the file while it is replaced
        database.dispose()  # closes the connections, releases this program's presence lock
        try:
            safety = run_with_progress(
                self.window,
                title,
                self.tr("Restoring the database…"),
                lambda: restore_from(candidate, path),
            )
        except BackupError as exc:
            self._reopen(url)
            self.inform(title, restore_message(exc, candidate, translate_core), warning=True)
            return None
        except Exception:
            self._reopen(url)
            raise
        same_user = self._reopen(url, restored=(candidate, safety))
        self.inform(
            title,
            translate_core("Backup", RESTORE_DONE)
            .replace("%1", str(path))
            .replace("%2", str(candidate))
            .replace("%3", str(safety)),
        )
        if not same_user:
            self.inform(
                title,
                self.tr(
                    "Your account is not in the restored database as it was: Motivdesk "
                    "closes now; start it again and sign in."
                ),
                warning=True,
            )
            self.window.close()
        return safety

    def _reopen(self, url: str, restored: tuple[Path, Path] | None = None) -> bool:
        """Open the database again; False if the signed-in user is not in it as before."""
        from app.data.accounts import find_user, principal_of
        from app.data.store import open_database

        database = run_with_progress(
            self.window,
            self.tr("Restore from a backup"),
            self.tr("Opening the database…"),
            lambda: open_database(url),
        )
        principal = self.context.principal
        if restored is not None and principal.user_id is not None:
            with database.session() as session:  # the signed-in user, as the restored file has it
                user = find_user(session, principal.username)
                same = user is not None and user.is_active and user.role == principal.role
                self.context.principal = principal_of(user) if same else principal
        else:
            same = True
        self.window.set_database(database)
        if restored is not None:
            candidate, safety = restored
            self._record(
                "restore", "database", "", f"{candidate.name}; {safety.name}", with_user=same
            )
        return same

    # --- paper questionnaires ---

    def paper_template(
        self, target: Path | None = None, choice: ChoiceDialog | None = None
    ) -> Path | None:
        from app.reports.template import build_template
        from app.ui.i18n import report_translator

        title = self.tr("Paper template")
        if choice is None:
            choice = ChoiceDialog(
                self.context, title, instrument="library", language=True, parent=self.window
            )
            if not choice.exec():
                return None
        instrument, lang = choice.instrument(), choice.language()
        if instrument is None:
            return None
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self.window,
                title,
                str(Path.home() / f"{instrument.id}-{lang}.xlsx"),
                "Excel (*.xlsx)",
            )
            if not name:
                return None
            target = Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")
        out = build_template(instrument, Path(target), lang=lang, tr=report_translator(lang))
        self.inform(title, self.tr("Template written: %1").replace("%1", str(out)))
        return out

    def import_paper(self, source: Path | None = None, choice: ChoiceDialog | None = None):
        from app.data.audit import record
        from app.data.response_import import import_responses
        from app.scoring.responses import ResponseFileError

        title = self.tr("Import paper questionnaires")
        if choice is None:
            choice = ChoiceDialog(
                self.context, title, campaign=True, instrument="campaign", parent=self.window
            )
            if not choice.exec():
                return None
        campaign_id, instrument = choice.campaign_id(), choice.instrument()
        if campaign_id is None or instrument is None:
            return None
        if source is None:
            name, _f = QFileDialog.getOpenFileName(
                self.window, title, str(Path.home()), "Excel, CSV (*.xlsx *.xlsm *.csv)"
            )
            if not name:
                return None
            source = Path(name)
        database, user_id = self.context.database, self.context.principal.user_id

        def work():
            with database.session() as session:
                result = import_responses(session, campaign_id, instrument, Path(source))
                record(
                    session,
                    "import",
                    "campaign",
                    campaign_id,
                    f"responses {Path(source).name}: {result.added} added",
                    user_id=user_id,
                )
                session.commit()  # one transaction: the whole file or nothing
            return result

        try:
            result = run_with_progress(
                self.window, title, self.tr("Checking and importing the questionnaires…"), work
            )
        except ResponseFileError as exc:
            lines = [describe_problem(p) for p in exc.problems[:20]]
            if len(exc.problems) > 20:
                lines.append(self.tr("… and %1 more").replace("%1", str(len(exc.problems) - 20)))
            lines.append(
                self.tr("%1 was refused; nothing was changed").replace("%1", Path(source).name)
            )
            self.inform(title, "\n".join(lines), warning=True)
            return None
        self.inform(
            title,
            self.tr("%1 questionnaires added, %2 were already here")
            .replace("%1", str(result.added))
            .replace("%2", str(result.already_present)),
        )
        self.window.refresh()
        return result

    # --- answer bundles: the Campaigns page's own export and import ---

    def _campaigns_page_with(self, title: str, campaign_id: int | None):
        page = self.window.pages["campaigns"]
        page.refresh()
        if campaign_id is None:
            choice = ChoiceDialog(self.context, title, campaign=True, parent=self.window)
            if not choice.exec():
                return None
            campaign_id = choice.campaign_id()
        for r in range(page.model.rowCount()):
            if page.model.row_object(r).id == campaign_id:
                page.table_view.selectRow(r)
                self.window.show_page("campaigns")
                return page
        return None

    def export_answers(self, target: Path | None = None, campaign_id: int | None = None):
        page = self._campaigns_page_with(self.tr("Export answers"), campaign_id)
        return page.export_bundle(target) if page is not None else None

    def import_answers(self, source: Path | None = None, campaign_id: int | None = None):
        page = self._campaigns_page_with(self.tr("Import answers"), campaign_id)
        return page.import_bundle(source) if page is not None else None

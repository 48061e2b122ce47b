"""Campaigns: the list of survey campaigns, their status and live participation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.data.queries import list_campaigns, organisation
from app.models.base import CampaignStatus
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignError, set_status
from app.ui.formatting import fmt_date, fmt_percent
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.shortcuts import bind, tip
from app.ui.texts import campaign_status_text

LIVE_REFRESH_MS = 5000  # participation is refreshed while the page is shown


class CampaignsPage(Page):
    kiosk_requested = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.model = RowsTableModel(
            [
                Column(lambda: self.tr("Campaign"), lambda r: r.name),
                Column(
                    lambda: self.tr("Period"),
                    lambda r: f"{fmt_date(r.period_start)} – {fmt_date(r.period_end)}",
                ),
                Column(lambda: self.tr("Status"), lambda r: campaign_status_text(r.status)),
                Column(lambda: self.tr("Respondents"), lambda r: r.finished, align_right=True),
                Column(lambda: self.tr("Headcount"), lambda r: r.headcount, align_right=True),
                Column(
                    lambda: self.tr("Participation"),
                    lambda r: fmt_percent(r.participation),
                    align_right=True,
                ),
            ],
            self,
        )
        self.table_view = QTableView()
        self.table_view.setObjectName("campaigns_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton()
        self.new_button.setObjectName("campaign_new")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("campaign_edit")
        self.open_button = QPushButton()
        self.open_button.setObjectName("campaign_open")
        self.close_button = QPushButton()
        self.close_button.setObjectName("campaign_close")
        self.kiosk_button = QPushButton()
        self.kiosk_button.setObjectName("campaign_kiosk")
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.open_button.clicked.connect(lambda: self._set_status(CampaignStatus.OPEN))
        self.close_button.clicked.connect(lambda: self._set_status(CampaignStatus.CLOSED))
        self.kiosk_button.clicked.connect(self._on_kiosk_clicked)
        self.export_button = QPushButton()
        self.export_button.setObjectName("campaign_export_bundle")
        self.export_button.clicked.connect(lambda: self.export_bundle())
        self.import_button = QPushButton()
        self.import_button.setObjectName("campaign_import_bundle")
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.undo_import_button = QPushButton()
        self.undo_import_button.setObjectName("campaign_undo_import")
        self.undo_import_button.clicked.connect(lambda: self.undo_import())
        for button, key in (
            (self.new_button, QKeySequence.StandardKey.New),
            (self.edit_button, "F2"),
            (self.open_button, "Ctrl+Shift+O"),
            (self.close_button, "Ctrl+Shift+C"),
            (self.kiosk_button, "Ctrl+K"),
            (self.export_button, "Ctrl+E"),
            (self.import_button, "Ctrl+I"),
            (self.undo_import_button, QKeySequence.StandardKey.Undo),
        ):
            bind(button, key)
        # Two rows, set-up and the answers' exchange: one row of Kazakh labels is wider than a
        # 1366×768 laptop's window.
        bar = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.open_button, self.close_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.kiosk_button)
        answers_bar = QHBoxLayout()
        answers_bar.addWidget(self.export_button)
        answers_bar.addWidget(self.import_button)
        answers_bar.addWidget(self.undo_import_button)
        answers_bar.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(answers_bar)
        layout.addWidget(self.table_view)
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self._refresh_counts)
        self.retranslate_ui()

    def showEvent(self, event) -> None:
        if self.context.database is not None:
            self.refresh()  # departments may have been set up on another page meanwhile
        self.live_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.live_timer.stop()
        super().hideEvent(event)

    def _has_organisation(self) -> bool:
        """An organisation with at least one department: a campaign can be set up."""
        if self.context.database is None:
            return False
        from app.services.staff import departments

        with self.context.database.session() as session:
            return organisation(session) is not None and bool(departments(session))

    def refresh(self) -> None:
        selected = self.selected()
        rows = []
        if self.context.database is not None:
            with self.context.database.session() as session:
                rows = list_campaigns(session)
        self.model.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        self.table_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.show_empty(not rows)
        self._org_exists = self._has_organisation()
        self._update_empty_action()
        if selected is not None:
            for r, row in enumerate(rows):
                if row.id == selected.id:
                    self.table_view.selectRow(r)
        self._update_buttons()

    def _refresh_counts(self) -> None:
        if self.context.database is not None and not self.is_empty_shown():
            self.refresh()

    def selected(self):
        indexes = self.table_view.selectionModel().selectedRows() if self.model.rowCount() else []
        return self.model.row_object(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected()
        status = row.status if row else None
        self.edit_button.setEnabled(status == "draft")
        self.open_button.setEnabled(status in ("draft", "closed"))
        self.close_button.setEnabled(status == "open")
        self.kiosk_button.setEnabled(status == "open")
        self.export_button.setEnabled(row is not None)
        self.import_button.setEnabled(row is not None)
        self.undo_import_button.setEnabled(row is not None)

    def export_bundle(self, target=None):
        """Offline exchange: this PC's finished answers of the campaign, for the HR PC."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.data.audit import record
        from app.data.bundles import export_bundle

        row = self.selected()
        if row is None:
            return None
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Export answers"),
                str(Path.home() / f"campaign-{row.id}.zip"),
                "Motivdesk (*.zip)",
            )
            if not name:
                return None
            target = Path(name)
        from app.ui.dialogs.data_tasks import run_with_progress

        database, user_id = self.context.database, self.context.principal.user_id

        def work() -> int:  # off the GUI thread (a large campaign takes a while)
            with database.session() as session:
                written = export_bundle(session, row.id, Path(target))
                record(
                    session,
                    "export",
                    "campaign",
                    row.id,
                    f"bundle {Path(target).name}",
                    user_id=user_id,
                )
                session.commit()
            return written

        count = run_with_progress(self, self.tr("Export answers"), self.tr("Export answers"), work)
        QMessageBox.information(
            self,
            self.tr("Export answers"),
            self.tr("%n finished questionnaire(s) written.", "", count),
        )
        return count

    def import_bundle(self, source=None):
        """Add a bundle from a kiosk PC to the selected campaign (nothing is added twice)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.data.audit import record
        from app.data.bundles import BundleError, import_audit_detail, import_bundle

        row = self.selected()
        if row is None:
            return None
        if source is None:
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import answers"), str(Path.home()), "Motivdesk (*.zip)"
            )
            if not name:
                return None
            source = Path(name)
        from app.ui.dialogs.data_tasks import run_with_progress

        database, user_id = self.context.database, self.context.principal.user_id

        def work():  # off the GUI thread, behind a progress dialog
            with database.session() as session:
                imported = import_bundle(session, Path(source), row.id)
                record(
                    session,
                    "import",
                    "campaign",
                    row.id,
                    import_audit_detail(
                        "bundle", Path(source).name, imported.added, imported.origin
                    ),
                    user_id=user_id,
                )
                session.commit()
            return imported

        try:
            result = run_with_progress(
                self, self.tr("Import answers"), self.tr("Import answers"), work
            )
        except BundleError as exc:  # every refusal has a code and words (app/data/bundles)
            reason = exc.message(QCoreApplication.translate)
            unchanged = self.tr("Nothing was changed.")
            QMessageBox.warning(self, self.tr("Import answers"), reason + "\n" + unchanged)
            return None
        QMessageBox.information(
            self,
            self.tr("Import answers"),
            self.tr("%1 questionnaires added, %2 were already here.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.already_present)),
        )
        self.refresh()
        return result

    def import_label(self, item) -> str:
        """One import as listed to choose from: its file and how many questionnaires."""
        name = item.file_name or item.origin.split(":", 1)[1][:12]
        kind = self.tr("Bundle") if item.kind == "bundle" else self.tr("Paper questionnaires")
        return (
            self.tr("%1 %2: %n questionnaire(s)", "", item.sessions)
            .replace("%1", kind)
            .replace("%2", name)
        )

    def undo_import(self, origin: str | None = None, confirm: bool = True):
        """Remove the questionnaires one import added to the selected campaign (audited);
        returns how many, or None if nothing was done."""
        from PySide6.QtWidgets import QInputDialog

        from app.data.bundles import list_imports, undo_import

        row = self.selected()
        if row is None or self.context.database is None:
            return None
        with self.context.database.session() as session:
            imports = list_imports(session, row.id)
        if not imports:
            QMessageBox.information(
                self,
                self.tr("Undo an import"),
                self.tr("No questionnaires of this campaign were imported."),
            )
            return None
        if origin is None:
            labels = [self.import_label(item) for item in imports]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Undo an import"), self.tr("Import to undo:"), labels, 0, False
            )
            if not ok:
                return None
            origin = imports[labels.index(chosen)].origin
        item = next((i for i in imports if i.origin == origin), None)
        if item is None:
            return None
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Undo an import"),
                self.tr(
                    "Remove the %n questionnaire(s) of this import from the campaign?",
                    "",
                    item.sessions,
                )
                + "\n"
                + self.import_label(item),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return None
        with self.context.database.session() as session:
            removed = undo_import(session, row.id, origin, user_id=self.context.principal.user_id)
            session.commit()
        QMessageBox.information(
            self, self.tr("Undo an import"), self.tr("%n questionnaire(s) removed.", "", removed)
        )
        self.refresh()
        return removed

    def _update_empty_action(self) -> None:
        """The empty page leads to the next step: departments first, then a campaign; the
        demo stays one click away (issue 23.6)."""
        ready = getattr(self, "_org_exists", False)
        self.empty_state.action_button.setText(
            self.tr("Create a campaign…") if ready else self.tr("Set up departments…")
        )
        self.empty_demo_button.setText(self.tr("Open the demo database"))
        self.empty_demo_button.show()

    def _on_empty_action(self) -> None:
        if self._has_organisation():
            self.new_campaign()
            return
        from app.ui.dialogs.departments_dialog import DepartmentsDialog

        if DepartmentsDialog(self.context, self).exec():
            self.refresh()

    def new_campaign(self) -> None:
        from app.ui.dialogs.campaign_dialog import CampaignDialog

        dialog = CampaignDialog(self.context, default_library(), parent=self)
        if dialog.exec():
            self.refresh()

    def edit_campaign(self) -> None:
        from app.ui.dialogs.campaign_dialog import CampaignDialog

        row = self.selected()
        if row is None:
            return
        dialog = CampaignDialog(self.context, default_library(), campaign_id=row.id, parent=self)
        if dialog.exec():
            self.refresh()

    def _set_status(self, status: CampaignStatus) -> None:
        row = self.selected()
        if row is None:
            return
        with self.context.database.session() as session:
            try:
                set_status(session, row.id, status)
            except CampaignError:
                QMessageBox.warning(
                    self, self.tr("Campaign"), self.tr("This change of status is not possible.")
                )
        self.refresh()

    def _on_kiosk_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.kiosk_requested.emit(row.id)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Survey campaigns"))
        self.new_button.setText(self.tr("New campaign…"))
        tip(
            self.new_button,
            self.tr("Create a survey campaign: its period, departments and questionnaires"),
        )
        self.edit_button.setText(self.tr("Edit…"))
        tip(self.edit_button, self.tr("Change the selected campaign"))
        # Verbs that say what happens to the survey («Открыть» alone read as "view").
        self.open_button.setText(self.tr("Open the survey"))
        tip(
            self.open_button,
            self.tr("Start collecting answers: the kiosk can be started for this campaign"),
        )
        self.close_button.setText(self.tr("Close the survey"))
        tip(self.close_button, self.tr("Stop collecting answers; the results stay for analysis"))
        self.kiosk_button.setText(self.tr("Start the kiosk"))
        tip(
            self.kiosk_button,
            self.tr("Turn this computer into the survey kiosk of the selected open campaign"),
        )
        self.export_button.setText(self.tr("Export answers…"))
        tip(
            self.export_button,
            self.tr(
                "Save this computer's anonymous answers of the "
                "selected campaign as a bundle file for the main "
                "computer"
            ),
        )
        self.import_button.setText(self.tr("Import answers…"))
        tip(
            self.import_button,
            self.tr(
                "Add the answers of a bundle file from another "
                "kiosk computer to the selected campaign"
            ),
        )
        self.undo_import_button.setText(self.tr("Undo an import…"))
        tip(
            self.undo_import_button,
            self.tr(
                "Remove exactly the questionnaires that one import of a bundle or a file added"
            ),
        )
        self.empty_state.set_texts(
            self.tr("No survey campaigns yet"),
            self.tr(
                "A campaign asks your staff anonymous motivation questionnaires at the kiosk "
                "and collects the answers for analysis. First set up the organisation and "
                "its departments with their headcounts, then create a campaign — or open "
                "the demo database to look around."
            ),
            self.tr("Set up departments…"),
        )
        self._update_empty_action()
        self.model.retranslate()

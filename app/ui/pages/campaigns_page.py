"""Campaigns: the list of survey campaigns with their status and participation."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout

from app.models.queries import list_campaigns
from app.ui.formatting import fmt_date, fmt_percent
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.texts import campaign_status_text


class CampaignsPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.model = RowsTableModel([
            Column(lambda: self.tr("Campaign"), lambda r: r.name),
            Column(lambda: self.tr("Period"),
                   lambda r: f"{fmt_date(r.period_start)} – {fmt_date(r.period_end)}"),
            Column(lambda: self.tr("Status"), lambda r: campaign_status_text(r.status)),
            Column(lambda: self.tr("Respondents"), lambda r: r.finished, align_right=True),
            Column(lambda: self.tr("Headcount"), lambda r: r.headcount, align_right=True),
            Column(lambda: self.tr("Participation"), lambda r: fmt_percent(r.participation),
                   align_right=True),
        ], self)
        self.table_view = QTableView()
        self.table_view.setObjectName("campaigns_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table_view)
        self.retranslate_ui()

    def refresh(self) -> None:
        rows = []
        if self.context.database is not None:
            with self.context.database.session() as session:
                rows = list_campaigns(session)
        self.model.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        self.show_empty(not rows)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Survey campaigns"))
        self.empty_state.set_texts(
            self.tr("No survey campaigns yet"),
            self.tr("A campaign asks your staff anonymous motivation questionnaires at the kiosk "
                    "and collects the answers for analysis. To see how a finished campaign looks, "
                    "open the demo database."),
            self.tr("Open the demo database"))
        self.model.retranslate()

"""Analysis: per-campaign figures. This first version shows participation against the target."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from app.models.queries import PARTICIPATION_TARGET, list_campaigns, participation
from app.ui.formatting import fmt_percent
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page

_BELOW_TARGET = QColor("#fde2e1")


class AnalysisPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.campaign_label = QLabel()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("analysis_campaign_combo")
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_changed)
        self.participation_label = QLabel()
        self.participation_label.setObjectName("section_title")
        self.model = RowsTableModel([
            Column(lambda: self.tr("Department"), self._department_name),
            Column(lambda: self.tr("Headcount"), lambda r: r.headcount or "", align_right=True),
            Column(lambda: self.tr("Respondents"), lambda r: r.finished, align_right=True),
            Column(lambda: self.tr("Share of headcount"), lambda r: fmt_percent(r.share),
                   align_right=True,
                   background=lambda r: _BELOW_TARGET if r.share is not None and not r.meets_target
                   else None),
        ], self)
        self.table_view = QTableView()
        self.table_view.setObjectName("participation_table")
        self.table_view.setModel(self.model)
        self.table_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.campaign_label)
        top.addWidget(self.campaign_combo, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.participation_label)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.target_label)
        self.retranslate_ui()

    def _department_name(self, row) -> str:
        if row.department_id is None:
            return self.tr("Department not given")
        return self.context.pick(row.department_ru, row.department_kk)

    def refresh(self) -> None:
        campaigns = []
        if self.context.database is not None:
            with self.context.database.session() as session:
                campaigns = [c for c in list_campaigns(session) if c.finished]
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for c in campaigns:
            self.campaign_combo.addItem(c.name, c.id)
        self.campaign_combo.blockSignals(False)
        self.show_empty(not campaigns)
        self._on_campaign_changed()

    def _on_campaign_changed(self) -> None:
        campaign_id = self.campaign_combo.currentData()
        rows = []
        if campaign_id is not None and self.context.database is not None:
            with self.context.database.session() as session:
                rows = participation(session, campaign_id)
        self.model.set_rows(rows)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Analysis"))
        self.campaign_label.setText(self.tr("Campaign:"))
        self.participation_label.setText(self.tr("Participation by department"))
        self.target_label.setText(self.tr(
            "Target: at least %1 of the headcount of each department (methodology §3.1). "
            "Departments below the target are highlighted.").replace(
            "%1", fmt_percent(PARTICIPATION_TARGET, 0)))
        self.empty_state.set_texts(
            self.tr("Nothing to analyse yet"),
            self.tr("Figures appear here as soon as a campaign has finished questionnaires. "
                    "Open the demo database to explore a finished campaign."),
            self.tr("Open the demo database"))
        self.model.retranslate()

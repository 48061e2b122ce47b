"""Cards: the registry of motivational cards (App. 8-12)."""

from __future__ import annotations


from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout

from app.models.queries import list_cards
from app.ui.formatting import fmt_date
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.texts import card_kind_text, card_status_text


class CardsPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        pick = context.pick
        self.model = RowsTableModel([
            Column(lambda: self.tr("Card"), lambda r: card_kind_text(r.kind)),
            Column(lambda: self.tr("Employee"), lambda r: r.employee),
            Column(lambda: self.tr("Department"), lambda r: pick(r.department_ru, r.department_kk)),
            Column(lambda: self.tr("Filled on"), lambda r: fmt_date(r.filled_on)),
            Column(lambda: self.tr("Status"), lambda r: card_status_text(r.status)),
        ], self)
        self.table_view = QTableView()
        self.table_view.setObjectName("cards_table")
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
                rows = list_cards(session)
        self.model.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        self.show_empty(not rows)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Motivational cards"))
        self.empty_state.set_texts(
            self.tr("No cards yet"),
            self.tr("Personal, career and professional growth cards are filled with an employee; "
                    "diagnostic and strategic cards summarise a campaign. Open the demo database "
                    "to see filled cards."),
            self.tr("Open the demo database"))
        self.model.retranslate()



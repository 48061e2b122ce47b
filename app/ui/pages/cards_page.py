"""Cards: the registry of motivational cards (App. 8-12); create, open, print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.data.card_forms import CARD_TITLES, PERSONAL_KINDS
from app.data.cards_service import CardInput, cards_of_kind, create_career_card
from app.data.queries import list_campaigns, list_cards, list_employees, organisation
from app.models.base import CardKind
from app.ui.formatting import fmt_date
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.shortcuts import bind, tip
from app.ui.texts import card_kind_text, card_status_text

OVERDUE = QColor("#f6d5d5")


class CardsPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        pick = context.pick
        self.model = RowsTableModel(
            [
                Column(lambda: self.tr("Card"), lambda r: card_kind_text(r.kind)),
                Column(lambda: self.tr("Employee"), lambda r: r.employee),
                Column(
                    lambda: self.tr("Department"), lambda r: pick(r.department_ru, r.department_kk)
                ),
                Column(lambda: self.tr("Filled on"), lambda r: fmt_date(r.filled_on)),
                Column(lambda: self.tr("Status"), lambda r: card_status_text(r.status)),
                Column(
                    lambda: self.tr("Overdue plan items"),
                    lambda r: r.overdue or "",
                    align_right=True,
                    background=lambda r: OVERDUE if r.overdue else None,
                ),
            ],
            self,
        )
        self.table_view = QTableView()
        self.table_view.setObjectName("cards_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        self.table_view.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_button = QPushButton()
        self.new_button.setObjectName("cards_new")
        self.new_menu = QMenu(self)
        self.new_actions = {}
        for kind in ("personal", "growth", "career", "diagnostic", "strategic"):
            action = self.new_menu.addAction("")
            action.triggered.connect(lambda _c=False, k=kind: self.new_card(k))
            self.new_actions[kind] = action
        self.new_button.setMenu(self.new_menu)
        self.open_button = QPushButton()
        self.open_button.setObjectName("cards_open")
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton()
        self.print_button.setObjectName("cards_print")
        self.print_button.clicked.connect(self.print_selected)
        self.printer_button = QPushButton()
        self.printer_button.setObjectName("cards_printer")
        self.printer_button.clicked.connect(lambda: self.print_selected_on_printer())
        self.word_button = QPushButton()
        self.word_button.setObjectName("cards_word")
        self.word_button.clicked.connect(self.export_word)
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("cards_print_department")
        self.batch_button.clicked.connect(self.print_department)
        self.catalogue_button = QPushButton()
        self.catalogue_button.setObjectName("cards_catalogues")
        self.catalogue_button.clicked.connect(self.edit_catalogues)
        self.legend = QLabel()
        self.legend.setObjectName("cards_legend")
        # search and filters: an office has hundreds of cards after a few years
        self._all_rows: list = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("cards_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("cards_kind_filter")
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue_check = QCheckBox()
        self.overdue_check.setObjectName("cards_overdue_only")
        self.overdue_check.toggled.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("cards_count")
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        for button, key in (
            (self.new_button, QKeySequence.StandardKey.New),
            (self.open_button, QKeySequence.StandardKey.Open),
            (self.printer_button, QKeySequence.StandardKey.Print),
            (self.print_button, "Ctrl+Shift+E"),
            (self.word_button, "Ctrl+E"),
            (self.batch_button, "Ctrl+Shift+P"),
            (self.catalogue_button, "Ctrl+L"),
        ):
            bind(button, key)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table_view, self.open_selected)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.printer_button,
            self.print_button,
            self.word_button,
            self.batch_button,
            self.catalogue_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)  # own line: long Kazakh button texts need the width
        layout.addLayout(filters)
        layout.addWidget(self.table_view)
        self.retranslate_ui()

    def refresh(self) -> None:
        rows, can_create = [], False
        if self.context.database is not None:
            with self.context.database.session() as session:
                scope = self.context.department_scope()
                rows = list_cards(session, scope)
                can_create = organisation(session) is not None and bool(
                    list_employees(session, scope)
                )
        self._all_rows = rows
        self._apply_filter()
        self.refresh_legend_only()
        # With no organisation and no staff there is nothing to fill a card for: say what to do.
        self.show_empty(not rows and not can_create)

    def _apply_filter(self, *_args) -> None:
        needle = self.search_edit.text().strip().casefold()
        kind = self.kind_combo.currentData()
        overdue_only = self.overdue_check.isChecked()
        pick = self.context.pick

        def keep(r) -> bool:
            if kind and r.kind != kind or overdue_only and not r.overdue:
                return False
            haystack = f"{r.employee or ''} {pick(r.department_ru, r.department_kk) or ''}"
            return not needle or needle in haystack.casefold()

        shown = [r for r in self._all_rows if keep(r)]
        self.model.set_rows(shown)
        self.table_view.resizeColumnsToContents()
        self.count_label.setText(
            self.tr("%1 of %2")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(self._all_rows)))
            if len(shown) != len(self._all_rows)
            else ""
        )

    def selected_rows(self) -> list:
        selection = self.table_view.selectionModel()
        indexes = selection.selectedRows() if selection else []
        return [self.model.row_object(i.row()) for i in sorted(indexes, key=lambda i: i.row())]

    # --- actions ------------------------------------------------------------------------------

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_card(rows[0].id)

    def open_card(self, card_id: int):
        from app.ui.dialogs.card_dialog import CardDialog

        dialog = CardDialog(self.context, card_id=card_id, parent=self)
        dialog.exec()
        self.refresh()
        return dialog

    def new_card(self, kind: str) -> None:
        from app.ui.dialogs.card_dialog import CardDialog

        db = self.context.database
        if db is None:
            return
        with db.session() as session:
            org = organisation(session)
            if org is None:
                QMessageBox.information(
                    self, self.tr("New card"), self.tr("Set up the organisation first (Settings).")
                )
                return
            data = CardInput(kind=kind, organisation_id=org.id, filled_on=date.today())
            if kind in ("personal", "growth"):
                employees = list_employees(session, self.context.department_scope())
                if not employees:
                    QMessageBox.information(
                        self, self.tr("New card"), self.tr("Add employees first (Employees).")
                    )
                    return
                names = [e.full_name for e in employees]
                choice, ok = QInputDialog.getItem(
                    self, self.tr("New card"), self.tr("Employee:"), names, 0, False
                )
                if not ok:
                    return
                data.employee_id = employees[names.index(choice)].id
            elif kind == "career":
                scope = self.context.department_scope()
                growth = cards_of_kind(session, CardKind.GROWTH.value, scope)
                if not growth:
                    QMessageBox.information(
                        self,
                        self.tr("New card"),
                        self.tr(
                            "A career card is created from an employee's professional growth card "
                            "(seed §4.4): create the growth card first."
                        ),
                    )
                    return
                labels = [f"#{card_id} {name}" for card_id, name in growth]
                choice, ok = QInputDialog.getItem(
                    self,
                    self.tr("New career card"),
                    self.tr("Professional growth card:"),
                    labels,
                    0,
                    False,
                )
                if not ok:
                    return
                card_id = create_career_card(session, growth[labels.index(choice)][0], date.today())
                session.commit()
                self.open_card(card_id)
                return
            elif kind == "diagnostic":
                campaigns = list_campaigns(session)
                if not campaigns:
                    QMessageBox.information(
                        self,
                        self.tr("New card"),
                        self.tr("A diagnostic card summarises a campaign: run a campaign first."),
                    )
                    return
                names = [c.name for c in campaigns]
                choice, ok = QInputDialog.getItem(
                    self, self.tr("New diagnostic card"), self.tr("Campaign:"), names, 0, False
                )
                if not ok:
                    return
                campaign = campaigns[names.index(choice)]
                data.campaign_id = campaign.id
                data.period_start, data.period_end = campaign.period_start, campaign.period_end
        dialog = CardDialog(self.context, new=data, parent=self)
        if kind == "diagnostic":
            dialog.refill_from_campaign()
        dialog.exec()
        self.refresh()

    def edit_catalogues(self) -> None:
        from app.ui.dialogs.catalogue_dialog import CatalogueDialog

        if self.context.database is not None:
            CatalogueDialog(self.context, self).exec()

    def print_selected(self) -> None:
        from app.ui.dialogs.print_dialog import print_cards

        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select one or more cards."))
            return
        print_cards(self, self.context, [r.id for r in rows])

    def print_selected_on_printer(self, lang: str | None = None, printer=None, wait: bool = False):
        """The selected cards on a printer, as one job (three copies of a growth or career
        card included)."""
        from app.ui.dialogs.print_dialog import print_cards_on_printer

        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("Print"), self.tr("Select one or more cards."))
            return None
        return print_cards_on_printer(self, self.context, [r.id for r in rows], lang, printer, wait)

    def export_word(self) -> None:
        """The selected cards as editable Word files (offices keep their cards in Word)."""
        from app.ui.dialogs.print_dialog import print_cards

        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Export to Word"), self.tr("Select one or more cards.")
            )
            return
        print_cards(self, self.context, [r.id for r in rows], fmt="docx")

    def print_department(self, printer=None, wait: bool = False):
        """All personal documents of one department at once (e.g. before a review): on a
        printer as one job, or as PDF files in a folder."""
        from app.ui.dialogs.print_dialog import print_cards, print_cards_on_printer

        rows = [r for r in self._all_rows if r.kind in PERSONAL_KINDS]
        departments = sorted(
            {
                (r.department_id, self.context.pick(r.department_ru, r.department_kk))
                for r in rows
                if r.department_id
            },
            key=lambda d: d[1],
        )
        if not departments:
            return None
        names = [d[1] for d in departments]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Print a department's cards"), self.tr("Department:"), names, 0, False
        )
        if not ok:
            return None
        dept_id = departments[names.index(choice)][0]
        ids = [r.id for r in rows if r.department_id == dept_id]
        destination = "printer" if printer is not None else self.ask_destination()
        if destination == "printer":
            return print_cards_on_printer(self, self.context, ids, printer=printer, wait=wait)
        if destination == "pdf":
            return print_cards(self, self.context, ids)
        return None

    def ask_destination(self) -> str | None:
        """A printer ("printer") or PDF files ("pdf") for a department's cards; None: cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Print a department's cards"),
            self.tr(
                "Print the department's cards on a printer, as one job, or save them as PDF files?"
            ),
            parent=self,
        )
        box.setObjectName("cards_destination")
        printer = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        pdf = box.addButton(self.tr("Print PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(printer)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "printer" if clicked == printer else "pdf" if clicked == pdf else None

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Motivational cards"))
        self.empty_state.set_texts(
            self.tr("No cards yet"),
            self.tr(
                "Personal, career and professional growth cards are filled with an employee; "
                "diagnostic and strategic cards summarise a campaign. Open the demo database "
                "to see filled cards."
            ),
            self.tr("Open the demo database"),
        )
        self.new_button.setText(self.tr("New card"))
        for kind, action in self.new_actions.items():
            action.setText(QCoreApplication.translate("Cards", CARD_TITLES[kind]) + "…")
            # organisation-wide cards are the HR administrator's
            action.setVisible(self.context.principal.is_admin or kind in PERSONAL_KINDS)
        self.catalogue_button.setVisible(self.context.principal.is_admin)
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print PDF…"))
        self.printer_button.setText(self.tr("Print…"))
        tip(
            self.printer_button,
            self.tr(
                "Print the selected cards on a printer, in one job "
                "(a growth or career card with its three copies)"
            ),
        )
        self.word_button.setText(self.tr("Word…"))
        tip(
            self.word_button,
            self.tr(
                "Save the selected cards as editable Word files "
                "(.docx), with the same content as the PDF"
            ),
        )
        self.batch_button.setText(self.tr("Print a department…"))
        self.catalogue_button.setText(self.tr("Catalogues…"))
        tip(self.new_button, self.tr("Create a card of the chosen kind"))
        tip(self.open_button, self.tr("Open the selected card (Enter, or a double click)"))
        tip(self.print_button, self.tr("Print the selected cards as PDF"))
        tip(
            self.batch_button,
            self.tr("Print every personal card of one department, on a printer or as PDF files"),
        )
        tip(
            self.catalogue_button,
            self.tr("Edit the lists of motivators and motivation tools the cards choose from"),
        )
        self.search_edit.setPlaceholderText(self.tr("Search by employee or department (Ctrl+F)"))
        self.overdue_check.setText(self.tr("Overdue plan items only"))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in ("personal", "growth", "career", "diagnostic", "strategic"):
            self.kind_combo.addItem(card_kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self.model.retranslate()
        if hasattr(self, "legend"):
            self.refresh_legend_only()

    def refresh_legend_only(self) -> None:
        rows = self.model.rows
        overdue = sum(r.overdue for r in rows)
        if not rows:
            self.legend.setText(self.tr("No cards yet: use New card."))
        else:
            self.legend.setText(self.tr("%n overdue plan item(s)", "", overdue) if overdue else "")

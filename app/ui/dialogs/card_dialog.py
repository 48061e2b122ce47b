"""The form of a motivational card (App. 8-12): fill, check, save, print."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from app.markers import QT_TRANSLATE_NOOP
from app.models.audit import record
from app.models.base import CardStatus
from app.models.card_forms import (
    CAREER_BLOCKS, CARD_TITLES, CHOICE_QUESTIONS, DIAGNOSTIC_SECTIONS, GROWTH_SECTIONS,
    PERSONAL_EMPLOYEE_FIELDS, PERSONAL_HR_FIELDS, PERSONAL_KINDS, STOP_REASONS,
    STRATEGIC_COLUMNS, STRATEGIC_COMPONENTS, TERMS,
)
from app.models.catalogues import card_choices
from app.models.cards_service import (
    CardError, CardInput, add_review, card_details, card_input, save_card, stop_card,
    sync_career_plans,
)
from app.models.diagnostic import strategic_states
from app.ui.context import AppContext
from app.ui.texts import card_status_text
from app.ui.widgets.card_widgets import ChoiceListEditor, FieldForm, PlanTableEditor

PLAN_COLUMNS = {
    "personal": ("measure", "executor", "deadline", "status", "result"),
    "growth": ("section", "measure", "form", "deadline", "expected_result",
               "confirming_document", "status"),
    "career": ("measure", "form", "deadline", "expected_result", "status"),
    "diagnostic": ("measure", "executor", "deadline", "status", "result"),
}
STATUSES = {
    "personal": ("draft", "active"), "growth": ("draft", "active"),
    "career": ("draft", "active", "stopped"), "diagnostic": ("draft", "active"),
    "strategic": ("draft", "approved"),
}
PROBLEMS = {
    "count": QT_TRANSLATE_NOOP("CardDialog", "give from 2 to 6 ranked answers"),
    "duplicate": QT_TRANSLATE_NOOP("CardDialog", "the same answer appears twice"),
    "empty": QT_TRANSLATE_NOOP("CardDialog", "an answer is empty"),
    "required": QT_TRANSLATE_NOOP("CardDialog", "is required"),
    "measure_required": QT_TRANSLATE_NOOP("CardDialog", "a plan row needs a measure"),
    "section": QT_TRANSLATE_NOOP("CardDialog", "choose the kind of activity"),
    "order": QT_TRANSLATE_NOOP("CardDialog", "the end is before the start"),
}


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate.currentDate()


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CardDialog(QDialog):
    def __init__(self, context: AppContext, card_id: int | None = None,
                 new: CardInput | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("card_dialog")
        self.context = context
        self.card_id = card_id
        db = context.database
        with db.session() as session:
            self.data = card_input(session, card_id) if card_id else new
            details = card_details(session, card_id, self.data.employee_id, self.data.kind)
            self.employee_name = details.employee_name
            self.reviews = details.reviews
            self.source_card_id = details.source_card_id
            if card_id and details.kind in PERSONAL_KINDS:  # PRODUCT.md §6: every view is logged
                record(session, "view", "card", card_id)
                session.commit()
            self.options = card_choices(session, self.context.content_language)
            self.wording = self._wording(session)
        self.kind = self.data.kind
        self.resize(980, 720)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("card_tabs")
        self.header_label = QLabel()
        self.header_label.setObjectName("card_header")
        self.filled_on = QDateEdit(_qdate(self.data.filled_on))
        self.filled_on.setCalendarPopup(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("card_status")
        for status in STATUSES[self.kind]:
            self.status_combo.addItem(card_status_text(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.data.status)))
        self.term_combo = QComboBox()
        self.term_combo.setObjectName("card_term")
        self.term_combo.addItem("—", None)
        for key in TERMS:
            self.term_combo.addItem("", key)
        self.term_combo.setCurrentIndex(max(0, self.term_combo.findData(self.data.term)))
        self.term_label, self.filled_label, self.status_label = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        for label, widget in ((self.filled_label, self.filled_on),
                              (self.status_label, self.status_combo),
                              (self.term_label, self.term_combo)):
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        show_term = self.kind in ("growth", "career", "strategic")
        self.term_label.setVisible(show_term)
        self.term_combo.setVisible(show_term)
        self.message_label = QLabel()
        self.message_label.setObjectName("card_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a61b1b;")
        self.save_button, self.print_button, self.close_button = (QPushButton() for _ in range(3))
        self.save_button.setObjectName("card_save")
        self.print_button.setObjectName("card_print")
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self.extra_buttons = QHBoxLayout()
        buttons = QHBoxLayout()
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.forms: list[FieldForm] = []
        self.plan_editor: PlanTableEditor | None = None
        getattr(self, f"_build_{self.kind}")()
        if self.kind in PLAN_COLUMNS:
            self._build_plan_tab()
        self.retranslate_ui()

    # --- data for the editors -----------------------------------------------------------------

    def _wording(self, session):
        """Auto-filled card data worded in the interface's content language (issue 17.1)."""
        from app.reports.loaders import card_wording

        return card_wording(session, self.context.content_language, QCoreApplication.translate)

    def word(self, value):
        return self.wording.value(value)

    def _scroll(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    # --- tabs per kind --------------------------------------------------------------------------

    def _build_personal(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.choice_editors: dict[str, ChoiceListEditor] = {}
        self.choice_questions: dict[str, QLabel] = {}
        names = {m[0]: m[1] for m in self.options["motivator"]}
        tool_names = {t[0]: t[1] for t in self.options["tool"]}
        for kind in ("motivator", "demotivator", "instrument"):
            question = QLabel()
            question.setWordWrap(True)
            question.setStyleSheet("font-weight: 600;")
            options = self.options["tool" if kind == "instrument" else "motivator"]
            editor = ChoiceListEditor(kind, options)
            entries = []
            for c in self.data.choices:
                if c.kind != kind:
                    continue
                label = names.get(c.motivator_id) or tool_names.get(c.tool_id) or c.own_text
                entries.append((label, c.motivator_id or c.tool_id, c.own_text))
            editor.set_choices(entries)
            self.choice_editors[kind], self.choice_questions[kind] = editor, question
            box.addWidget(question)
            box.addWidget(editor)
        form = FieldForm(PERSONAL_EMPLOYEE_FIELDS)
        form.set_values(self.data.fields, self.word)
        self.forms.append(form)
        box.addWidget(form)
        self.tabs.addTab(self._scroll(page), "")
        hr = QWidget()
        hr_box = QVBoxLayout(hr)
        hr_form = FieldForm(PERSONAL_HR_FIELDS)
        hr_form.set_values(self.data.fields, self.word)
        self.forms.append(hr_form)
        hr_box.addWidget(hr_form)
        self.hr_page = hr_box
        self.graphic_button = QPushButton()
        self.graphic_button.setObjectName("card_print_graphic")
        self.graphic_button.clicked.connect(lambda: self.print_graphic())
        self.extra_buttons.addWidget(self.graphic_button)
        self.tabs.addTab(hr, "")

    def _build_growth(self) -> None:
        self._build_reviews_tab()

    def _build_career(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.block_boxes = []
        for number, label, specs in CAREER_BLOCKS:
            if not specs:
                continue
            group = QGroupBox()
            inner = QVBoxLayout(group)
            form = FieldForm(specs)
            form.set_values(self.data.fields, self.word)
            self.forms.append(form)
            inner.addWidget(form)
            self.block_boxes.append((group, number, label))
            box.addWidget(group)
        self.tabs.addTab(self._scroll(page), "")
        self._build_reviews_tab()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("card_stop")
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(self.card_id is not None and self.data.status != "stopped")
        self.extra_buttons.addWidget(self.stop_button)

    def _build_diagnostic(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.section_boxes = []
        for title, specs in DIAGNOSTIC_SECTIONS:
            group = QGroupBox()
            inner = QVBoxLayout(group)
            form = FieldForm(specs)
            form.set_values(self.data.fields, self.word)
            self.forms.append(form)
            inner.addWidget(form)
            self.section_boxes.append((group, title))
            box.addWidget(group)
        self.tabs.addTab(self._scroll(page), "")
        self.refill_button = QPushButton()
        self.refill_button.setObjectName("card_refill")
        self.refill_button.clicked.connect(self.refill_from_campaign)
        self.extra_buttons.addWidget(self.refill_button)

    def _build_strategic(self) -> None:
        # Column 0 is the component (read-only); the seed's 7 columns follow. Long texts are
        # edited in a multi-line editor opened by a double click.
        self.strategic_table = QTableWidget(len(STRATEGIC_COMPONENTS), len(STRATEGIC_COLUMNS) + 1)
        self.strategic_table.setObjectName("strategic_table")
        self.strategic_table.verticalHeader().hide()
        self.strategic_table.setWordWrap(True)
        self.strategic_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.strategic_table.cellDoubleClicked.connect(self._edit_strategic_cell)
        self._fill_strategic_table()
        widths = [170, 170, 170] + [110] * (len(STRATEGIC_COLUMNS) - 2)
        for col, width in enumerate(widths):
            self.strategic_table.setColumnWidth(col, width)
        self.approved_by = QLineEdit(self.data.approved_by)
        self.approved_by.setObjectName("strategic_approved_by")
        self.approved_on = QDateEdit(_qdate(self.data.approved_on))
        self.approved_on.setCalendarPopup(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.strategic_table, 1)
        form = QFormLayout()
        self.approved_by_label, self.approved_on_label = QLabel(), QLabel()
        form.addRow(self.approved_by_label, self.approved_by)
        form.addRow(self.approved_on_label, self.approved_on)
        box.addLayout(form)
        self.tabs.addTab(page, "")
        self.fill_button = QPushButton()
        self.fill_button.setObjectName("card_fill_strategic")
        self.fill_button.clicked.connect(self.fill_from_diagnostics)
        self.extra_buttons.addWidget(self.fill_button)

    def _fill_strategic_table(self) -> None:
        table = self.strategic_table
        for row, (component, label) in enumerate(STRATEGIC_COMPONENTS):
            head = QTableWidgetItem(QCoreApplication.translate("Cards", label))
            head.setBackground(QColor("#e4ecf3"))
            table.setItem(row, 0, head)
            values = self.data.strategic.get(component, {})
            states = strategic_states(self.data.fields, component)
            for col, (column, _lb) in enumerate(STRATEGIC_COLUMNS, start=1):
                text = values.get(column, "") or ""
                item = QTableWidgetItem(text)
                if not text and states.get(column):  # filled data, worded for the screen
                    shown = str(self.word(states[column]) or "")
                    item = QTableWidgetItem(shown)
                    item.setData(Qt.ItemDataRole.UserRole, shown)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, min(table.rowHeight(row), 110))

    def _edit_strategic_cell(self, row: int, col: int) -> None:
        if col == 0:
            return
        item = self.strategic_table.item(row, col)
        header = self.strategic_table.horizontalHeaderItem(col).text().replace("\n", " ")
        text, ok = QInputDialog.getMultiLineText(
            self, header, self.strategic_table.item(row, 0).text(), item.text() if item else "")
        if ok:
            self.strategic_table.setItem(row, col, QTableWidgetItem(text))

    def _build_plan_tab(self) -> None:
        sections = GROWTH_SECTIONS if self.kind == "growth" else ()
        self.plan_editor = PlanTableEditor(PLAN_COLUMNS[self.kind], sections)
        self.plan_editor.set_rows(self.data.plan)
        if self.kind == "personal":
            self.hr_page.addWidget(self.plan_editor, 1)
        else:
            self.tabs.insertTab(0 if self.kind == "growth" else 1, self.plan_editor, "")
            self.tabs.setCurrentIndex(0)

    def _build_reviews_tab(self) -> None:
        self.review_table = QTableWidget(0, 3)
        self.review_table.setObjectName("review_table")
        self.review_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.review_table.verticalHeader().hide()
        self._fill_reviews()
        self.add_review_button = QPushButton()
        self.add_review_button.setObjectName("card_add_review")
        self.add_review_button.clicked.connect(self.add_review)
        self.add_review_button.setEnabled(self.card_id is not None)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.review_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_review_button)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(page, "")

    def _fill_reviews(self) -> None:
        self.review_table.setRowCount(0)
        for reviewed_on, reviewer, note in self.reviews:
            r = self.review_table.rowCount()
            self.review_table.insertRow(r)
            for c, text in enumerate((reviewed_on.strftime("%d.%m.%Y"), reviewer, note)):
                self.review_table.setItem(r, c, QTableWidgetItem(text))

    # --- texts ------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = QCoreApplication.translate("Cards", CARD_TITLES[self.kind])
        self.setWindowTitle(title)
        self.header_label.setText(f"<b>{title}</b>" + (f" — {self.employee_name}"
                                                        if self.employee_name else ""))
        self.filled_label.setText(self.tr("Filled on"))
        self.status_label.setText(self.tr("Status"))
        self.term_label.setText(self.tr("Term"))
        for i, key in enumerate(TERMS, start=1):
            self.term_combo.setItemText(i, QCoreApplication.translate("Cards", TERMS[key]))
        self.save_button.setText(self.tr("Save"))
        self.print_button.setText(self.tr("Print PDF…"))
        self.close_button.setText(self.tr("Close"))
        if hasattr(self, "graphic_button"):
            self.graphic_button.setText(self.tr("Graphical card (PDF)…"))
        tab_titles = {
            "personal": [self.tr("Filled in by the employee"), self.tr("HR service")],
            "growth": [self.tr("Professional growth plan"), self.tr("Review log")],
            "career": [self.tr("Blocks 1–9, 11, 12"), self.tr("10. Development plan"),
                       self.tr("Review log")],
            "diagnostic": [self.tr("Card"), self.tr("Plan of motivational measures")],
            "strategic": [self.tr("Components")],
        }[self.kind]
        for i, text in enumerate(tab_titles):
            self.tabs.setTabText(i, text)
        if self.kind == "personal":
            for kind, label in self.choice_questions.items():
                label.setText(QCoreApplication.translate("Cards", CHOICE_QUESTIONS[kind]))
        if self.kind == "career":
            for group, number, label in self.block_boxes:
                group.setTitle(f"{number}. {QCoreApplication.translate('Cards', label)}")
            self.stop_button.setText(self.tr("Stop maintaining…"))
        if self.kind == "diagnostic":
            for group, title in self.section_boxes:
                group.setTitle(QCoreApplication.translate("Cards", title))
            self.refill_button.setText(self.tr("Fill from the campaign"))
        if self.kind == "strategic":
            labels = [self.tr("Component")] + [
                QCoreApplication.translate("Cards", label) for _c, label in STRATEGIC_COLUMNS]
            self.strategic_table.setHorizontalHeaderLabels(
                [textwrap.fill(label, 18) for label in labels])
            self.approved_by_label.setText(self.tr("Approved by (head)"))
            self.approved_on_label.setText(self.tr("Approved on"))
            self.fill_button.setText(self.tr("Fill from diagnostic cards"))
        if self.kind in ("growth", "career"):
            self.review_table.setHorizontalHeaderLabels(
                [self.tr("Date"), self.tr("Reviewed by"), self.tr("Note")])
            self.add_review_button.setText(self.tr("Add review…"))

    # --- actions ------------------------------------------------------------------------------------

    def collect(self) -> CardInput:
        data = self.data
        fields = dict(data.fields)
        for form in self.forms:
            for spec in form.specs:
                fields.pop(spec.id, None)
            fields.update(form.values())
        choices = []
        if self.kind == "personal":
            for kind, editor in self.choice_editors.items():
                choices += editor.choices("tool_id" if kind == "instrument" else "motivator_id")
        strategic = data.strategic
        if self.kind == "strategic":
            strategic = {}
            for row, (component, _l) in enumerate(STRATEGIC_COMPONENTS):
                strategic[component] = {
                    column: self._strategic_text(row, col)
                    for col, (column, _lb) in enumerate(STRATEGIC_COLUMNS, start=1)}
        return CardInput(
            kind=self.kind, organisation_id=data.organisation_id,
            filled_on=_pydate(self.filled_on.date()), employee_id=data.employee_id,
            campaign_id=data.campaign_id, status=self.status_combo.currentData(),
            term=self.term_combo.currentData(), fields=fields, choices=choices,
            plan=self.plan_editor.rows() if self.plan_editor else data.plan,
            period_start=data.period_start, period_end=data.period_end, strategic=strategic,
            approved_by=self.approved_by.text() if self.kind == "strategic" else data.approved_by,
            approved_on=(_pydate(self.approved_on.date()) if self.kind == "strategic"
                         and self.approved_by.text().strip() else data.approved_on))

    def _strategic_text(self, row: int, col: int) -> str:
        """A cell's typed text; "" while it still shows the filled data (kept as data)."""
        item = self.strategic_table.item(row, col)
        if item is None:
            return ""
        if item.data(Qt.ItemDataRole.UserRole) is not None and \
                item.text() == item.data(Qt.ItemDataRole.UserRole):
            return ""
        return item.text()

    def problem_text(self, problems: list[tuple[str, str]]) -> str:
        lines = []
        subjects = {"choices.motivator": self.tr("Motivators"),
                    "choices.demotivator": self.tr("Demotivators"),
                    "choices.instrument": self.tr("Motivation instruments"),
                    "term": self.tr("Term"), "employee": self.tr("Employee"),
                    "campaign": self.tr("Campaign"), "approval": self.tr("Approval"),
                    "period": self.tr("Period")}
        for where, code in problems:
            subject = subjects.get(where)
            if subject is None and where.startswith("plan."):
                subject = self.tr("Plan row %1").replace("%1", str(int(where[5:]) + 1))
            text = QCoreApplication.translate("CardDialog", PROBLEMS.get(code, code))
            lines.append(f"{subject or where}: {text}")
        return "\n".join(lines)

    def save(self) -> bool:
        data = self.collect()
        try:
            with self.context.database.session() as session:
                self.card_id = save_card(session, data, self.card_id)
                if self.kind == "growth":
                    sync_career_plans(session, self.card_id)  # seed §4.4
                record(session, "edit", "card", self.card_id)
                session.commit()
        except CardError as exc:
            self.message_label.setText(self.problem_text(exc.problems))
            return False
        self.data = data
        self.message_label.setText("")
        for widget in ("add_review_button", "stop_button"):
            if hasattr(self, widget):
                getattr(self, widget).setEnabled(True)
        return True

    def add_review(self) -> None:
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Review"),
                                                 self.tr("Result of the yearly review:"))
        if not ok or not note.strip():
            return
        with self.context.database.session() as session:
            add_review(session, self.card_id, date.today(), self.tr("HR service"), note.strip())
            session.commit()
        self.reviews.append((date.today(), self.tr("HR service"), note.strip()))
        self._fill_reviews()

    def stop(self) -> None:
        labels = [QCoreApplication.translate("Cards", text) for text in STOP_REASONS.values()]
        choice, ok = QInputDialog.getItem(self, self.tr("Stop maintaining the card"),
                                          self.tr("Reason (seed §4.4):"), labels, 0, False)
        if not ok:
            return
        reason = list(STOP_REASONS)[labels.index(choice)]
        with self.context.database.session() as session:
            stop_card(session, self.card_id, reason)
            session.commit()
        self.status_combo.setCurrentIndex(self.status_combo.findData(CardStatus.STOPPED.value))
        self.stop_button.setEnabled(False)

    def refill_from_campaign(self) -> None:
        from app.models.diagnostic import diagnostic_fields
        from app.scoring.instruments import default_library
        from app.scoring.level import load_parameters
        from app.ui.i18n import report_translator

        lang = self.context.content_language
        with self.context.database.session() as session:
            fields = diagnostic_fields(session, self.data.campaign_id, default_library(),
                                       load_parameters(), lang, report_translator(lang))
        for form in self.forms:
            current = form.values()
            current.update({k: v for k, v in fields.items() if any(s.id == k for s in form.specs)})
            form.set_values(current, self.word)
        # the fields not on the form (sources of strategic rows 1.3 and 5) are kept as data
        specs = {s.id for form in self.forms for s in form.specs}
        self.data.fields.update({k: v for k, v in fields.items() if k not in specs})

    def fill_from_diagnostics(self) -> None:
        from app.models.diagnostic import fill_strategic_rows

        if not self.save():
            return
        with self.context.database.session() as session:
            found = fill_strategic_rows(session, self.card_id)
            session.commit()
            self.data = card_input(session, self.card_id)
        self._fill_strategic_table()
        if found < 2:
            self.message_label.setText(self.tr(
                "Only %1 diagnostic card(s) found: the previous state stays empty.")
                .replace("%1", str(found)))

    def print_pdf(self) -> None:
        if not self.save():
            return
        from app.ui.dialogs.print_dialog import print_cards

        print_cards(self, self.context, [self.card_id])

    def print_graphic(self, lang: str | None = None, target: Path | None = None) -> Path | None:
        """The graphical one-page personal card (seed figs 8.1/8.2), saved as a PDF."""
        from app.reports.loaders import load_personal_graphic
        from app.reports.pdf import write_atomically
        from app.reports.personal_graphic import render_personal_graphic
        from app.scoring.instruments import default_library
        from app.ui.dialogs.print_dialog import ask_language
        from app.ui.i18n import report_translator

        if not self.save():
            return None
        lang = lang or ask_language(self, self.context)
        if lang is None:
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"),
                str(Path.home() / f"personal-graphic-{self.card_id}-{lang}.pdf"), "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        translate = report_translator(lang)
        with self.context.database.session() as session:
            data = render_personal_graphic(load_personal_graphic(
                session, self.card_id, default_library(), lang, translate), lang, translate)
            write_atomically(data, target)
            record(session, "print", "card", str(self.card_id), f"graphical {lang}")
            session.commit()
        self.last_graphic = target
        return target

"""One form class per card kind (App. 8-12), hosted by `CardDialog`.

The dialog owns what every card has (date, status, term, save, print, messages); a form adds
the tabs and buttons of its kind and says what they contribute to the saved card. Shared parts
(the plan table, the review log, field forms in group boxes) are built by the helpers at the
top, so each kind reads as a short list of what it shows.

Texts use the "CardDialog" translation context, where they were before the split (spelled out
in full: lupdate only recognises `QCoreApplication.translate(...)` and `self.tr(...)`).
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
    QVBoxLayout,
    QWidget,
)

from app.data.audit import record
from app.data.card_forms import (
    CAREER_BLOCKS,
    CHOICE_QUESTIONS,
    DIAGNOSTIC_SECTIONS,
    GROWTH_SECTIONS,
    PERSONAL_EMPLOYEE_FIELDS,
    PERSONAL_HR_FIELDS,
    STOP_REASONS,
    STRATEGIC_COLUMNS,
    STRATEGIC_COMPONENTS,
)
from app.data.cards_service import CardInput, add_review, card_input, stop_card
from app.models.base import CardStatus
from app.services.diagnostic import strategic_states
from app.ui.formatting import fmt_date, four_digit_years
from app.ui.widgets.card_widgets import ChoiceListEditor, FieldForm, PlanTableEditor, factor_combo

if TYPE_CHECKING:
    from app.ui.dialogs.card_dialog import CardDialog


def qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate.currentDate()


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def button(name: str, slot) -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    widget.clicked.connect(lambda: slot())
    return widget


class CardForm:
    """The part of the card dialog that depends on the card's kind."""

    plan_columns: tuple[str, ...] = ()  # the plan table's columns; () = no plan table
    plan_sections: tuple = ()

    def __init__(self, dialog: CardDialog):
        self.dialog = dialog
        self.data: CardInput = dialog.data
        self.forms: list[FieldForm] = []
        self.plan_editor: PlanTableEditor | None = None

    # what a kind implements
    def build(self) -> None:
        raise NotImplementedError

    def tab_titles(self) -> list[str]:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        pass

    def choices(self) -> list:
        return []

    def strategic(self) -> dict:
        return self.data.strategic

    def approval(self) -> tuple[str, date | None]:
        return self.data.approved_by, self.data.approved_on

    def saved(self) -> None:
        """The card now exists in the database: actions that need it become available."""

    # shared parts
    def field_form(self, specs) -> FieldForm:
        form = FieldForm(specs)
        form.set_values(self.data.fields, self.dialog.word)
        self.forms.append(form)
        return form

    def grouped_forms(self, groups) -> tuple[QWidget, list[QGroupBox]]:
        """Field forms in titled group boxes, one per (specs) of `groups`, on a scrolled page."""
        page = QWidget()
        box = QVBoxLayout(page)
        boxes = []
        for specs in groups:
            group = QGroupBox()
            QVBoxLayout(group).addWidget(self.field_form(specs))
            boxes.append(group)
            box.addWidget(group)
        return scrolled(page), boxes

    def factor_choices(self) -> list[tuple[str, str]]:
        from app.scoring.instruments import default_library
        from app.services.measure_effects import factor_choices

        return factor_choices(default_library(), self.dialog.context.content_language)

    def plan_table(self) -> PlanTableEditor:
        factors = self.factor_choices() if "factor" in self.plan_columns else []
        self.plan_editor = PlanTableEditor(self.plan_columns, self.plan_sections, factors=factors)
        self.plan_editor.set_rows(self.data.plan)
        return self.plan_editor


class ReviewLog:
    """The yearly review log of growth and career cards (seed §4.3-4.4)."""

    def __init__(self, dialog: CardDialog):
        self.dialog = dialog
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("review_table")
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = button("card_add_review", self.add)
        self.add_button.setEnabled(dialog.card_id is not None)
        self.page = QWidget()
        box = QVBoxLayout(self.page)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        box.addLayout(row)
        self.fill()

    def fill(self) -> None:
        self.table.setRowCount(0)
        for reviewed_on, reviewer, note in self.dialog.reviews:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate((fmt_date(reviewed_on), reviewer, note)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CardDialog", "Date"),
                QCoreApplication.translate("CardDialog", "Reviewed by"),
                QCoreApplication.translate("CardDialog", "Note"),
            ]
        )
        self.add_button.setText(QCoreApplication.translate("CardDialog", "Add review…"))

    def add(self) -> None:
        dialog = self.dialog
        note, ok = QInputDialog.getMultiLineText(
            dialog,
            QCoreApplication.translate("CardDialog", "Review"),
            QCoreApplication.translate("CardDialog", "Result of the yearly review:"),
        )
        if not ok or not note.strip():
            return
        with dialog.context.database.session() as session:
            add_review(
                session,
                dialog.card_id,
                date.today(),
                QCoreApplication.translate("CardDialog", "HR service"),
                note.strip(),
            )
            session.commit()
        dialog.reviews.append(
            (date.today(), QCoreApplication.translate("CardDialog", "HR service"), note.strip())
        )
        self.fill()


class PersonalForm(CardForm):
    """App. 8: what the employee fills in (ranked choices, questions) and the HR part."""

    plan_columns = ("measure", "factor", "executor", "deadline", "status", "result")

    def build(self) -> None:
        dialog = self.dialog
        page = QWidget()
        box = QVBoxLayout(page)
        self.choice_editors: dict[str, ChoiceListEditor] = {}
        self.choice_questions: dict[str, QLabel] = {}
        names = {m[0]: m[1] for m in dialog.options["motivator"]}
        tool_names = {t[0]: t[1] for t in dialog.options["tool"]}
        for kind in ("motivator", "demotivator", "instrument"):
            question = QLabel()
            question.setWordWrap(True)
            question.setStyleSheet("font-weight: 600;")
            editor = ChoiceListEditor(
                kind, dialog.options["tool" if kind == "instrument" else "motivator"]
            )
            editor.set_choices(
                [
                    (
                        names.get(c.motivator_id) or tool_names.get(c.tool_id) or c.own_text,
                        c.motivator_id or c.tool_id,
                        c.own_text,
                    )
                    for c in self.data.choices
                    if c.kind == kind
                ]
            )
            self.choice_editors[kind], self.choice_questions[kind] = editor, question
            box.addWidget(question)
            box.addWidget(editor)
        box.addWidget(self.field_form(PERSONAL_EMPLOYEE_FIELDS))
        dialog.tabs.addTab(scrolled(page), "")
        hr = QWidget()
        hr_box = QVBoxLayout(hr)
        hr_box.addWidget(self.field_form(PERSONAL_HR_FIELDS))
        hr_box.addWidget(self.plan_table(), 1)
        dialog.tabs.addTab(hr, "")
        self.graphic_button = button("card_print_graphic", self.print_graphic)
        dialog.extra_buttons.addWidget(self.graphic_button)
        self.graphic_printer_button = button(
            "card_print_graphic_printer", lambda: self.print_graphic_on_printer()
        )
        dialog.extra_buttons.addWidget(self.graphic_printer_button)

    def tab_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("CardDialog", "Filled in by the employee"),
            QCoreApplication.translate("CardDialog", "HR service"),
        ]

    def retranslate_ui(self) -> None:
        for kind, label in self.choice_questions.items():
            label.setText(QCoreApplication.translate("Cards", CHOICE_QUESTIONS[kind]))
        self.graphic_button.setText(
            QCoreApplication.translate("CardDialog", "Graphical card (PDF)…")
        )
        self.graphic_printer_button.setText(
            QCoreApplication.translate("CardDialog", "Print the graphical card…")
        )
        self.graphic_printer_button.setToolTip(
            QCoreApplication.translate(
                "CardDialog", "The one-page graphical card, straight to a printer"
            )
        )

    def choices(self) -> list:
        found = []
        for kind, editor in self.choice_editors.items():
            found += editor.choices("tool_id" if kind == "instrument" else "motivator_id")
        return found

    def print_graphic(self, lang: str | None = None, target: Path | None = None) -> Path | None:
        """The graphical one-page personal card (seed figs 8.1/8.2), saved as a PDF."""
        from app.reports.pdf import write_atomically
        from app.reports.personal_graphic import render_personal_graphic
        from app.scoring.instruments import default_library
        from app.services.report_data import load_personal_graphic
        from app.ui.dialogs.print_dialog import ask_language
        from app.ui.i18n import report_translator

        dialog = self.dialog
        if not dialog.save():
            return None
        lang = lang or ask_language(dialog, dialog.context)
        if lang is None:
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                dialog,
                QCoreApplication.translate("CardDialog", "Save PDF"),
                str(Path.home() / f"personal-graphic-{dialog.card_id}-{lang}.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return None
            target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        translate = report_translator(lang)
        with dialog.context.database.session() as session:
            data = render_personal_graphic(
                load_personal_graphic(session, dialog.card_id, default_library(), lang, translate),
                lang,
                translate,
            )
            write_atomically(data, target)
            record(session, "print", "card", str(dialog.card_id), f"graphical {lang}")
            session.commit()
        dialog.last_graphic = target
        return target

    def _graphic_pdf(self, lang: str) -> bytes:
        from app.reports.personal_graphic import render_personal_graphic
        from app.scoring.instruments import default_library
        from app.services.report_data import load_personal_graphic
        from app.ui.i18n import report_translator

        translate = report_translator(lang)
        with self.dialog.context.database.session() as session:
            return render_personal_graphic(
                load_personal_graphic(
                    session, self.dialog.card_id, default_library(), lang, translate
                ),
                lang,
                translate,
            )

    def print_graphic_on_printer(self, lang: str | None = None, printer=None, wait=False):
        """The graphical card on a printer (Qt's print dialog unless `printer` is given),
        built off the GUI thread like every print; audited."""
        from app.ui.dialogs.print_dialog import ask_language
        from app.ui.printing import Printable, run_print

        dialog = self.dialog
        if not dialog.save():
            return None
        lang = lang or ask_language(dialog, dialog.context)
        if lang is None:
            return None
        database, card_id = dialog.context.database, dialog.card_id

        def audit(_documents) -> None:
            with database.session() as session:
                record(session, "print", "card", str(card_id), f"graphical printer {lang}")
                session.commit()
            dialog.last_graphic_printed = True

        title = QCoreApplication.translate("CardDialog", "Graphical card")
        return run_print(
            dialog,
            lambda _task: [Printable(self._graphic_pdf(lang), title)],
            printer=printer,
            on_printed=audit,
            wait=wait,
        )


class GrowthForm(CardForm):
    """App. 10: the professional growth plan by kind of activity, and its review log."""

    plan_columns = (
        "section",
        "measure",
        "form",
        "deadline",
        "expected_result",
        "confirming_document",
        "status",
    )
    plan_sections = GROWTH_SECTIONS

    def build(self) -> None:
        self.reviews = ReviewLog(self.dialog)
        self.dialog.tabs.addTab(self.plan_table(), "")
        self.dialog.tabs.addTab(self.reviews.page, "")

    def tab_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("CardDialog", "Professional growth plan"),
            QCoreApplication.translate("CardDialog", "Review log"),
        ]

    def retranslate_ui(self) -> None:
        self.reviews.retranslate_ui()

    def saved(self) -> None:
        self.reviews.add_button.setEnabled(True)


class CareerForm(CardForm):
    """App. 11: blocks 1-12 (10 is the development plan), the review log, stopping the card."""

    plan_columns = ("measure", "form", "deadline", "expected_result", "status")

    def build(self) -> None:
        dialog = self.dialog
        blocks = [(number, label, specs) for number, label, specs in CAREER_BLOCKS if specs]
        page, boxes = self.grouped_forms(specs for _n, _l, specs in blocks)
        self.block_boxes = [
            (group, number, label) for group, (number, label, _s) in zip(boxes, blocks, strict=True)
        ]
        self.reviews = ReviewLog(dialog)
        dialog.tabs.addTab(page, "")
        dialog.tabs.addTab(self.plan_table(), "")
        dialog.tabs.addTab(self.reviews.page, "")
        self.stop_button = button("card_stop", self.stop)
        self.stop_button.setEnabled(dialog.card_id is not None and self.data.status != "stopped")
        dialog.extra_buttons.addWidget(self.stop_button)

    def tab_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("CardDialog", "Blocks 1–9, 11, 12"),
            QCoreApplication.translate("CardDialog", "10. Development plan"),
            QCoreApplication.translate("CardDialog", "Review log"),
        ]

    def retranslate_ui(self) -> None:
        for group, number, label in self.block_boxes:
            group.setTitle(f"{number}. {QCoreApplication.translate('Cards', label)}")
        self.stop_button.setText(QCoreApplication.translate("CardDialog", "Stop maintaining…"))
        self.reviews.retranslate_ui()

    def saved(self) -> None:
        self.reviews.add_button.setEnabled(True)
        self.stop_button.setEnabled(True)

    def stop(self) -> None:
        dialog = self.dialog
        labels = [QCoreApplication.translate("Cards", text) for text in STOP_REASONS.values()]
        choice, ok = QInputDialog.getItem(
            dialog,
            QCoreApplication.translate("CardDialog", "Stop maintaining the card"),
            QCoreApplication.translate("CardDialog", "Reason (seed §4.4):"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        reason = list(STOP_REASONS)[labels.index(choice)]
        with dialog.context.database.session() as session:
            stop_card(session, dialog.card_id, reason)
            session.commit()
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(CardStatus.STOPPED.value))
        self.stop_button.setEnabled(False)


class DiagnosticForm(CardForm):
    """App. 9: the sections filled from a campaign's analysis, and the plan of measures."""

    plan_columns = ("measure", "factor", "executor", "deadline", "status", "result")

    def build(self) -> None:
        page, boxes = self.grouped_forms(specs for _t, specs in DIAGNOSTIC_SECTIONS)
        self.section_boxes = [
            (group, title) for group, (title, _s) in zip(boxes, DIAGNOSTIC_SECTIONS, strict=True)
        ]
        self.dialog.tabs.addTab(page, "")
        self.dialog.tabs.addTab(self.plan_table(), "")
        self.refill_button = button("card_refill", self.refill_from_campaign)
        self.dialog.extra_buttons.addWidget(self.refill_button)

    def tab_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("CardDialog", "Card"),
            QCoreApplication.translate("CardDialog", "Plan of motivational measures"),
        ]

    def retranslate_ui(self) -> None:
        for group, title in self.section_boxes:
            group.setTitle(QCoreApplication.translate("Cards", title))
        self.refill_button.setText(
            QCoreApplication.translate("CardDialog", "Fill from the campaign")
        )

    def refill_from_campaign(self) -> None:
        from app.scoring.instruments import default_library
        from app.scoring.level import load_parameters
        from app.services.diagnostic import diagnostic_fields
        from app.ui.i18n import report_translator

        dialog = self.dialog
        lang = dialog.context.content_language
        with dialog.context.database.session() as session:
            fields = diagnostic_fields(
                session,
                self.data.campaign_id,
                default_library(),
                load_parameters(),
                lang,
                report_translator(lang),
            )
        for form in self.forms:
            current = form.values()
            current.update({k: v for k, v in fields.items() if any(s.id == k for s in form.specs)})
            form.set_values(current, dialog.word)
        # the fields not on the form (sources of strategic rows 1.3 and 5) are kept as data
        specs = {s.id for form in self.forms for s in form.specs}
        self.data.fields.update({k: v for k, v in fields.items() if k not in specs})


class StrategicForm(CardForm):
    """App. 12: components × the seed's seven columns, filled from diagnostic cards."""

    def build(self) -> None:
        # Column 0 is the component (read-only); the seed's 7 columns follow. Long texts are
        # edited in a multi-line editor opened by a double click.
        # the last column: the questionnaire factor a component's measures address (20.6)
        table = QTableWidget(len(STRATEGIC_COMPONENTS), len(STRATEGIC_COLUMNS) + 2)
        self.factor_column = len(STRATEGIC_COLUMNS) + 1
        self.factors = self.factor_choices()
        self.factor_combos: dict[int, QComboBox] = {}  # row -> its factor choice
        self.strategic_table = table
        table.setObjectName("strategic_table")
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.cellDoubleClicked.connect(self._edit_cell)
        self.fill_table()
        widths = [170, 170, 170] + [110] * (len(STRATEGIC_COLUMNS) - 2) + [200]
        for col, width in enumerate(widths):
            table.setColumnWidth(col, width)
        self.approved_by = QLineEdit(self.data.approved_by)
        self.approved_by.setObjectName("strategic_approved_by")
        self.approved_on = four_digit_years(QDateEdit(qdate(self.data.approved_on)))
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(table, 1)
        form = QFormLayout()
        self.approved_by_label, self.approved_on_label = QLabel(), QLabel()
        form.addRow(self.approved_by_label, self.approved_by)
        form.addRow(self.approved_on_label, self.approved_on)
        box.addLayout(form)
        self.dialog.tabs.addTab(page, "")
        self.fill_button = button("card_fill_strategic", self.fill_from_diagnostics)
        self.dialog.extra_buttons.addWidget(self.fill_button)

    def tab_titles(self) -> list[str]:
        return [QCoreApplication.translate("CardDialog", "Components")]

    def retranslate_ui(self) -> None:
        labels = (
            [QCoreApplication.translate("CardDialog", "Component")]
            + [QCoreApplication.translate("Cards", label) for _c, label in STRATEGIC_COLUMNS]
            + [QCoreApplication.translate("PlanTableEditor", "Factor addressed")]
        )
        self.strategic_table.setHorizontalHeaderLabels(
            [textwrap.fill(label, 18) for label in labels]
        )
        self.approved_by_label.setText(
            QCoreApplication.translate("CardDialog", "Approved by (head)")
        )
        self.approved_on_label.setText(QCoreApplication.translate("CardDialog", "Approved on"))
        self.fill_button.setText(
            QCoreApplication.translate("CardDialog", "Fill from diagnostic cards")
        )

    def fill_table(self) -> None:
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
                    shown = str(self.dialog.word(states[column]) or "")
                    item = QTableWidgetItem(shown)
                    item.setData(Qt.ItemDataRole.UserRole, shown)
                table.setItem(row, col, item)
            # at the top of its (tall) cell, not stretched over it
            combo = factor_combo(self.factors, values.get("factor", "") or "")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(2, 2, 2, 2)
            column.addWidget(combo)
            column.addStretch(1)
            self.factor_combos[row] = combo
            table.setCellWidget(row, self.factor_column, holder)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, min(table.rowHeight(row), 110))

    def _edit_cell(self, row: int, col: int) -> None:
        if col in (0, self.factor_column):
            return
        table = self.strategic_table
        item = table.item(row, col)
        header = table.horizontalHeaderItem(col).text().replace("\n", " ")
        text, ok = QInputDialog.getMultiLineText(
            self.dialog, header, table.item(row, 0).text(), item.text() if item else ""
        )
        if ok:
            table.setItem(row, col, QTableWidgetItem(text))

    def _cell_text(self, row: int, col: int) -> str:
        """A cell's typed text; "" while it still shows the filled data (kept as data)."""
        item = self.strategic_table.item(row, col)
        if item is None:
            return ""
        if item.data(Qt.ItemDataRole.UserRole) is not None and item.text() == item.data(
            Qt.ItemDataRole.UserRole
        ):
            return ""
        return item.text()

    def strategic(self) -> dict:
        return {
            component: {
                column: self._cell_text(row, col)
                for col, (column, _lb) in enumerate(STRATEGIC_COLUMNS, start=1)
            }
            | {"factor": self.factor_combos[row].currentData()}
            for row, (component, _l) in enumerate(STRATEGIC_COMPONENTS)
        }

    def approval(self) -> tuple[str, date | None]:
        by = self.approved_by.text()
        return by, pydate(self.approved_on.date()) if by.strip() else self.data.approved_on

    def fill_from_diagnostics(self) -> None:
        from app.services.diagnostic import fill_strategic_rows

        dialog = self.dialog
        if not dialog.save():
            return
        with dialog.context.database.session() as session:
            found = fill_strategic_rows(session, dialog.card_id)
            session.commit()
            dialog.data = self.data = card_input(session, dialog.card_id)
        self.fill_table()
        if found < 2:
            dialog.message_label.setText(
                QCoreApplication.translate(
                    "CardDialog",
                    "Only %1 diagnostic card(s) found: the previous state stays empty.",
                ).replace("%1", str(found))
            )


FORMS: dict[str, type[CardForm]] = {
    "personal": PersonalForm,
    "growth": GrowthForm,
    "career": CareerForm,
    "diagnostic": DiagnosticForm,
    "strategic": StrategicForm,
}

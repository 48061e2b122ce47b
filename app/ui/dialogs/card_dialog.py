"""The dialog of a motivational card (App. 8-12): fill, check, save, print.

What depends on the card's kind is one form class per kind (`card_kinds.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from app.data.audit import record
from app.data.card_forms import (
    CARD_TITLES,
    PERSONAL_KINDS,
    TERMS,
)
from app.data.cards_service import (
    CardError,
    CardInput,
    card_details,
    card_input,
    save_card,
    sync_career_plans,
)
from app.data.catalogues import card_choices
from app.markers import QT_TRANSLATE_NOOP
from app.ui.context import AppContext
from app.ui.dialogs.card_kinds import FORMS, CardForm, pydate, qdate
from app.ui.formatting import four_digit_years
from app.ui.texts import card_status_text
from app.ui.widgets.card_widgets import FieldForm, PlanTableEditor

STATUSES = {
    "personal": ("draft", "active"),
    "growth": ("draft", "active"),
    "career": ("draft", "active", "stopped"),
    "diagnostic": ("draft", "active"),
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
    "factor": QT_TRANSLATE_NOOP("CardDialog", "the factor is not one of a questionnaire's factors"),
}


class CardDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        card_id: int | None = None,
        new: CardInput | None = None,
        parent=None,
    ):
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
        self.filled_on = four_digit_years(QDateEdit(qdate(self.data.filled_on)))
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
        for label, widget in (
            (self.filled_label, self.filled_on),
            (self.status_label, self.status_combo),
            (self.term_label, self.term_combo),
        ):
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
        self.printer_button = QPushButton()
        self.save_button.setObjectName("card_save")
        self.print_button.setObjectName("card_print")
        self.printer_button.setObjectName("card_printer")
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pdf)
        self.printer_button.clicked.connect(lambda: self.print_on_printer())
        self.close_button.clicked.connect(self.reject)
        self.extra_buttons = QHBoxLayout()
        buttons = QHBoxLayout()
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.printer_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.form: CardForm = FORMS[self.kind](self)
        self.form.build()
        self.retranslate_ui()

    # --- data for the editors -----------------------------------------------------------------

    def _wording(self, session):
        """Auto-filled card data worded in the interface's content language (issue 17.1)."""
        from app.services.report_data import card_wording

        return card_wording(session, self.context.content_language, QCoreApplication.translate)

    def word(self, value):
        return self.wording.value(value)

    # --- texts ------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = QCoreApplication.translate("Cards", CARD_TITLES[self.kind])
        self.setWindowTitle(title)
        self.header_label.setText(
            f"<b>{title}</b>" + (f" — {self.employee_name}" if self.employee_name else "")
        )
        self.filled_label.setText(self.tr("Filled on"))
        self.status_label.setText(self.tr("Status"))
        self.term_label.setText(self.tr("Term"))
        for i, key in enumerate(TERMS, start=1):
            self.term_combo.setItemText(i, QCoreApplication.translate("Cards", TERMS[key]))
        self.save_button.setText(self.tr("Save"))
        self.print_button.setText(self.tr("Print PDF…"))
        self.printer_button.setText(self.tr("Print…"))
        self.printer_button.setToolTip(
            self.tr(
                "Print the card on a printer; a growth or career "
                "card prints its three copies in one job"
            )
        )
        self.close_button.setText(self.tr("Close"))
        for i, text in enumerate(self.form.tab_titles()):
            self.tabs.setTabText(i, text)
        self.form.retranslate_ui()

    # --- actions ---------------------------------------------------------------------------

    @property
    def forms(self) -> list[FieldForm]:
        return self.form.forms

    @property
    def plan_editor(self) -> PlanTableEditor | None:
        return self.form.plan_editor

    def collect(self) -> CardInput:
        data = self.data
        fields = dict(data.fields)
        for form in self.forms:
            for spec in form.specs:
                fields.pop(spec.id, None)
            fields.update(form.values())
        approved_by, approved_on = self.form.approval()
        return CardInput(
            kind=self.kind,
            organisation_id=data.organisation_id,
            filled_on=pydate(self.filled_on.date()),
            employee_id=data.employee_id,
            campaign_id=data.campaign_id,
            status=self.status_combo.currentData(),
            term=self.term_combo.currentData(),
            fields=fields,
            choices=self.form.choices(),
            plan=self.plan_editor.rows() if self.plan_editor else data.plan,
            period_start=data.period_start,
            period_end=data.period_end,
            strategic=self.form.strategic(),
            approved_by=approved_by,
            approved_on=approved_on,
        )

    def problem_text(self, problems: list[tuple[str, str]]) -> str:
        lines = []
        subjects = {
            "choices.motivator": self.tr("Motivators"),
            "choices.demotivator": self.tr("Demotivators"),
            "choices.instrument": self.tr("Motivation instruments"),
            "term": self.tr("Term"),
            "employee": self.tr("Employee"),
            "campaign": self.tr("Campaign"),
            "approval": self.tr("Approval"),
            "period": self.tr("Period"),
        }
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
        self.data = self.form.data = data
        self.message_label.setText("")
        self.form.saved()
        return True

    def print_pdf(self) -> None:
        if not self.save():
            return
        from app.ui.dialogs.print_dialog import print_cards

        print_cards(self, self.context, [self.card_id])

    def print_on_printer(self, lang: str | None = None, printer=None, wait: bool = False):
        """Save, then print the card on a printer (Qt's print dialog unless `printer` given)."""
        if not self.save():
            return None
        from app.ui.dialogs.print_dialog import print_cards_on_printer

        return print_cards_on_printer(self, self.context, [self.card_id], lang, printer, wait)

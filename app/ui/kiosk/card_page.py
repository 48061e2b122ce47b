"""Named session: the employee fills the employee block of his personal card (App. 8) himself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.data.card_forms import CHOICE_QUESTIONS, PERSONAL_EMPLOYEE_FIELDS
from app.data.store import Database
from app.services import kiosk_card
from app.ui.widgets.card_widgets import ChoiceListEditor, FieldForm

# The consent and agreement answers are recorded by the session itself (consent before the tests,
# agreement on the result page), so the card page asks only the rest.
ASKED = tuple(f for f in PERSONAL_EMPLOYEE_FIELDS if f.id in ("career_interest", "proposals"))


class PersonalCardPage(QWidget):
    def __init__(self, database: Database, employee_id: int, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk_card_page")
        self.database, self.employee_id, self.lang = database, employee_id, lang
        with database.session() as session:
            motivators, tools = kiosk_card.card_options(session, lang)
        self.title = QLabel()
        self.title.setObjectName("kiosk_question")
        self.title.setWordWrap(True)
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.questions: dict[str, QLabel] = {}
        self.editors: dict[str, ChoiceListEditor] = {}
        for kind in ("motivator", "demotivator", "instrument"):
            label = QLabel()
            label.setWordWrap(True)
            editor = ChoiceListEditor(kind, tools if kind == "instrument" else motivators)
            self.questions[kind], self.editors[kind] = label, editor
            box.addWidget(label)
            box.addWidget(editor)
        self.form = FieldForm(ASKED)
        box.addWidget(self.form)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(area, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your personal motivational card"))
        for kind, label in self.questions.items():
            label.setText(QCoreApplication.translate("Cards", CHOICE_QUESTIONS[kind]))
        for editor in self.editors.values():
            editor.retranslate_ui()
        self.form.retranslate_ui()

    def save(self, agrees: bool | None = None) -> int:
        """Into the employee's draft personal card (a new one if he has none); HR completes it."""
        choices = []
        for kind, editor in self.editors.items():
            choices += editor.choices("tool_id" if kind == "instrument" else "motivator_id")
        with self.database.session() as session:
            # raises StorageUnavailable if the database stays busy: the window says so
            return kiosk_card.save_employee_block(
                session, self.employee_id, self.form.values(), choices, agrees
            )

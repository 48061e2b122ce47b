"""Named session: the employee fills the employee block of his personal card (App. 8) himself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import select

from app.models.card_forms import CHOICE_QUESTIONS, PERSONAL_EMPLOYEE_FIELDS
from app.models.cards import Card, MotivationTool, MotivatorGroup
from app.models.cards_service import CardInput, card_input, save_card
from app.models.organisation import Employee
from app.models.retry import run_with_retry
from app.models.store import Database
from app.ui.widgets.card_widgets import ChoiceListEditor, FieldForm

# The consent and agreement answers are recorded by the session itself (consent before the tests,
# agreement on the result page), so the card page asks only the rest.
ASKED = tuple(f for f in PERSONAL_EMPLOYEE_FIELDS
              if f.id in ("career_interest", "proposals"))


class PersonalCardPage(QWidget):
    def __init__(self, database: Database, employee_id: int, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk_card_page")
        self.database, self.employee_id, self.lang = database, employee_id, lang
        kk = lang == "kk"
        with database.session() as session:
            motivators = []
            for group in session.scalars(select(MotivatorGroup).order_by(MotivatorGroup.position)):
                for m in group.motivators:
                    if m.is_active:
                        motivators.append((m.id, m.name_kk if kk else m.name_ru,
                                           group.name_kk if kk else group.name_ru))
            tools = [(t.id, t.name_kk if kk else t.name_ru, "") for t in session.scalars(
                select(MotivationTool).where(MotivationTool.is_active.is_(True))
                .order_by(MotivationTool.position))]
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
            def write() -> int:  # from the start again after a busy database's rollback
                employee = session.get(Employee, self.employee_id)
                draft_id = session.scalar(select(Card.id).where(
                    Card.kind == "personal", Card.employee_id == self.employee_id,
                    Card.status == "draft").order_by(Card.id.desc()))
                if draft_id:
                    data = card_input(session, draft_id)
                else:
                    data = CardInput("personal", employee.department.organisation_id,
                                     date.today(), employee_id=self.employee_id)
                data.fields.update(self.form.values())
                data.fields["consent_testing"] = True
                if agrees is not None:
                    data.fields["agrees_with_results"] = agrees
                data.choices = choices
                return save_card(session, data, draft_id)

            # raises StorageUnavailable if the database stays busy: the window says so
            card_id = run_with_retry(session, write)
        return card_id

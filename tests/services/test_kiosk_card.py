"""The kiosk's card screen (services/kiosk_card.py): the employee's block goes into his draft
personal card, with his consent to testing and, when given, his agreement with the results."""

from __future__ import annotations

from datetime import date

from app.data.cards_service import ChoiceInput, card_input
from app.models import Department, Employee, Organisation
from app.services.kiosk_card import card_options, save_employee_block


def test_the_employee_block_goes_into_one_draft_card(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=5)
        s.add(dept)
        s.flush()
        emp = Employee(department_id=dept.id, full_name="Иванов И. И.")
        s.add(emp)
        s.commit()
        motivators, tools = card_options(s, "kk")
        assert len(motivators) == 30 and tools  # the methodology's catalogues (App. 7)
        first = motivators[0][0]
        card_id = save_employee_block(
            s,
            emp.id,
            {"career_interest": "да"},
            [
                ChoiceInput("motivator", motivator_id=first),
                ChoiceInput("demotivator", own_text="Шум"),
            ],
            agrees=False,
            today=date(2026, 3, 1),
        )
        s.commit()
        again = save_employee_block(
            s, emp.id, {"proposals": "Обучение"}, [], today=date(2026, 3, 2)
        )
        s.commit()
        card = card_input(s, card_id)
    assert again == card_id  # the same draft, completed further
    assert card.kind == "personal" and card.status == "draft" and card.employee_id == emp.id
    assert card.fields["consent_testing"] is True
    assert card.fields["agrees_with_results"] is False  # kept: the second visit did not say
    assert card.fields["career_interest"] == "да" and card.fields["proposals"] == "Обучение"
    assert card.choices == []  # the second visit's choices replace the first's

"""Every card kind prints, empty or full, in Russian and Kazakh, with embedded fonts."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.card_forms import CARD_TITLES
from app.reports.cards import CardView, PlanRowView, render_card
from tests.reports.helpers import page_count, pdf_fonts, pdf_text

KINDS = ("personal", "growth", "career", "diagnostic", "strategic")
TODAY = date(2026, 6, 1)


def _full(kind: str) -> CardView:
    plan = [PlanRowView("education", "Курсы ПК", "очно", "Кадровая служба",
                        date(2026, 5, 1), "Сертификат", "Сертификат", "in_progress", ""),
            PlanRowView("training", "Семинар", "семинар", "Руководитель",
                        date(2026, 9, 1), "Знания", "Справка", "planned", "")]
    return CardView(
        id=1, kind=kind, organisation="Министерство примеров", filled_on=date(2026, 3, 21),
        status="active", employee="Ким Ольга Викторовна" if kind in KINDS[:3] else "",
        position="Главный эксперт", department="Юридическое управление", campaign="Опрос 2026",
        term="short",
        fields={"career_interest": True, "consent_testing": False, "proposals": "Гибкий график",
                "conclusions_motives": "Профессиональный тип", "target_position": "Начальник отдела",
                "level": "0,63 — удовлетворительный", "swot_threats": "• Объем работы",
                "conclusions": "Резервы — самореализация"},
        choices={"motivator": ["Карьерный рост", "Содержание труда"],
                 "demotivator": ["Организация работы", "Статус"],
                 "instrument": ["Наставничество", "Почетные звания"]},
        plan=plan, reviews=[(date(2026, 3, 25), "Кадровая служба", "План согласован")],
        strategic={"level": {"previous": "0,67", "actual": "0,63", "target": "0,70"}})


def _empty(kind: str) -> CardView:
    return CardView(id=2, kind=kind, organisation="Министерство примеров",
                    filled_on=date(2026, 3, 21), status="draft")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_kind_prints_empty_and_full(kind, lang, tmp_path):
    for view in (_empty(kind), _full(kind)):
        data = render_card(view, lang, today=TODAY)
        text = pdf_text(data, tmp_path)
        assert CARD_TITLES[kind] in text  # identity translator: the English source title
        assert "Министерство примеров" in text and "21.03.2026" in text
        fonts = pdf_fonts(data, tmp_path)
        assert fonts and all(embedded for _n, embedded in fonts)


def test_personal_card_prints_choices_answers_and_the_overdue_plan_row(tmp_path):
    text = pdf_text(render_card(_full("personal"), "ru", today=TODAY), tmp_path)
    assert "1 Карьерный рост" in text and "2 Содержание труда" in text
    assert "1 Наставничество" in text
    assert "Гибкий график" in text and "Профессиональный тип" in text
    # the in-progress row is past its deadline, the planned one is not
    assert "01.05.2026" in text and "01.09.2026" in text
    assert text.count("OVERDUE") == 1
    assert text.index("Курсы ПК") < text.index("OVERDUE") < text.index("Семинар")
    assert "CONFIDENTIAL" in text


def test_growth_and_career_cards_print_three_copies(tmp_path):
    for kind in ("growth", "career"):
        data = render_card(_full(kind), "ru", today=TODAY)
        text = pdf_text(data, tmp_path)
        for copy in ("Copy for the employee", "Copy for the direct manager",
                     "Copy for the HR service"):
            assert copy in text, (kind, copy)
        assert text.count("Курсы ПК") == 3
        assert page_count(data, tmp_path) >= 3


def test_growth_card_sorts_plan_rows_into_the_five_kinds_of_activity(tmp_path):
    text = pdf_text(render_card(_full("growth"), "ru", today=TODAY), tmp_path)
    first_copy = text.split("Copy for the direct manager")[0]
    education = first_copy.index("Additional professional education")
    training = first_copy.index("Training events")
    assert education < first_copy.index("Курсы ПК") < training
    assert training < first_copy.index("Семинар")


def test_diagnostic_and_strategic_cards_are_not_marked_confidential(tmp_path):
    for kind in ("diagnostic", "strategic"):
        text = pdf_text(render_card(_full(kind), "ru", today=TODAY), tmp_path)
        assert "CONFIDENTIAL" not in text
    text = pdf_text(render_card(_full("strategic"), "ru", today=TODAY), tmp_path)
    assert "0,67 0,63 0,70" in text

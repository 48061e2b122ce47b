"""Every card kind prints, empty or full, in Russian and Kazakh, with embedded fonts."""

from __future__ import annotations

from datetime import date

import pytest

from app.data.card_forms import CARD_TITLES
from app.reports.cards import CardView, PlanRowView, render_card
from tests.reports.helpers import page_count, pdf_fonts, pdf_text

KINDS = ("personal", "growth", "career", "diagnostic", "strategic")
TODAY = date(2026, 6, 1)


def _full(kind: str) -> CardView:
    plan = [
        PlanRowView(
            "education",
            "Курсы ПК",
            "очно",
            "Кадровая служба",
            date(2026, 5, 1),
            "Сертификат",
            "Сертификат",
            "in_progress",
            "",
        ),
        PlanRowView(
            "training",
            "Семинар",
            "семинар",
            "Руководитель",
            date(2026, 9, 1),
            "Знания",
            "Справка",
            "planned",
            "",
        ),
    ]
    return CardView(
        id=1,
        kind=kind,
        organisation="Министерство примеров",
        filled_on=date(2026, 3, 21),
        status="active",
        employee="Ким Ольга Викторовна" if kind in KINDS[:3] else "",
        position="Главный эксперт",
        department="Юридическое управление",
        campaign="Опрос 2026",
        term="short",
        fields={
            "career_interest": True,
            "consent_testing": False,
            "proposals": "Гибкий график",
            "conclusions_motives": "Профессиональный тип",
            "target_position": "Начальник отдела",
            "level": "0,63 — удовлетворительный",
            "swot_threats": "• Объем работы",
            "conclusions": "Резервы — самореализация",
        },
        choices={
            "motivator": ["Карьерный рост", "Содержание труда"],
            "demotivator": ["Организация работы", "Статус"],
            "instrument": ["Наставничество", "Почетные звания"],
        },
        plan=plan,
        reviews=[(date(2026, 3, 25), "Кадровая служба", "План согласован")],
        strategic={"level": {"previous": "0,67", "actual": "0,63", "target": "0,70"}},
    )


def _empty(kind: str) -> CardView:
    return CardView(
        id=2,
        kind=kind,
        organisation="Министерство примеров",
        filled_on=date(2026, 3, 21),
        status="draft",
    )


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
        for copy in (
            "Copy for the employee",
            "Copy for the direct manager",
            "Copy for the HR service",
        ):
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


def test_each_copy_is_numbered_on_its_own_and_names_its_addressee(tmp_path):
    """Issue 17.2: "page 1 of 2 — employee's copy", not "3 of 6"."""
    import subprocess

    data = render_card(_full("growth"), "ru", today=TODAY)
    total = page_count(data, tmp_path)
    assert total % 3 == 0
    per_copy = total // 3
    path = tmp_path / "copies.pdf"
    path.write_bytes(data)
    for page in range(1, total + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
            capture_output=True,
            text=True,
        ).stdout
        number = (page - 1) % per_copy + 1
        assert f"Page {number} of {per_copy}" in text, page
        copy = ("Copy for the employee", "Copy for the direct manager", "Copy for the HR service")[
            (page - 1) // per_copy
        ]
        assert copy in text, page


def test_drafts_carry_a_watermark_and_the_strategic_card_an_approval_block(tmp_path):
    from app.reports.cards import _CardPdf

    draft = _full("strategic")
    draft.status = "draft"
    kk = {"APPROVED": "БЕКІТЕМІН", "DRAFT": "ЖОБА"}
    text = pdf_text(render_card(draft, "kk", lambda _c, s: kk.get(s, s), today=TODAY), tmp_path)
    assert "БЕКІТЕМІН" in text
    assert _CardPdf(draft, "kk", lambda _c, s: kk.get(s, s), TODAY).doc.watermark == "ЖОБА"
    # drawn on the page (rotated: pdftotext gives its letters one by one)
    assert all(letter in text for letter in "ЖОБА")
    assert _CardPdf(_full("personal"), "ru", lambda _c, s: s, TODAY).doc.watermark == ""


def test_empty_plan_and_review_tables_leave_ruled_rows_to_write_in(tmp_path):
    from reportlab.platypus import Table

    from app.reports.cards import _CardPdf

    pdf = _CardPdf(_empty("growth"), "ru", lambda _c, s: s, TODAY)
    pdf.growth()
    tables = [f for f in pdf.doc.story if isinstance(f, Table)]
    plan = [t for t in tables if len(t._cellvalues) == 5 and len(t._cellvalues[0]) == 6]
    assert plan, "the growth plan tables have a header and 4 blank rows"
    assert all(h >= 20 for h in plan[0]._argH[1:])  # 8 mm rows, room for handwriting


def test_long_words_break_only_at_a_syllable_with_a_hyphen():
    from app.reports.pdf import SHY, hyphenate

    assert hyphenate("Мотивационные").split(SHY) == ["Мо", "ти", "ва", "ци", "он", "ные"]
    assert hyphenate("қанағаттанарлық").split(SHY) == ["қа", "на", "ғат", "та", "нар", "лық"]
    assert hyphenate("Курсы ПК 2026") == "Курсы ПК 2026"  # short words untouched
    for word in ("подразделение", "жылдан", "Самомотивация"):
        parts = hyphenate(word).split(SHY)
        assert "".join(parts) == word and all(len(part) >= 2 for part in parts)

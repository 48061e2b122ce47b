"""The individual result sheet prints the scored figures, levels and texts of the instrument."""

from __future__ import annotations

from datetime import date

from app.reports.result_sheet import ResultSheet, render_result_sheet, render_result_sheets
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.instruments import get_instrument
from tests.reports.helpers import page_count, pdf_fonts, pdf_text
from tests.scoring.test_instrument_keys import GERCHIKOV_MANAGER, HALL_SEED


def _sheet(instrument_id: str, answers: dict) -> ResultSheet:
    inst = get_instrument(instrument_id)
    result = score(inst, answers_to_frame(inst, [answers])).respondent(0)
    return ResultSheet(inst, result, "Иванова Айгерим", "Министерство примеров", date(2026, 3, 14))


def test_hall_sheet_prints_the_seed_example_in_russian(tmp_path):
    data = render_result_sheet(_sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}), "ru")
    text = pdf_text(data, tmp_path)
    assert "Иванова Айгерим" in text and "14.03.2026" in text
    assert "Министерство примеров" in text
    # App. 6 fig. 6.7: awareness 17 high, self-control 7 low, ... integral 69 medium
    assert "Эмоциональная осведомленность 17 высокий" in text
    assert "Управление своими эмоциями 7 низкий" in text
    assert "Интегральный уровень эмоционального интеллекта 69 средний" in text
    assert "CONFIDENTIAL" in text  # identity translator: English source of the mark
    assert "Page 1 of 1" in text
    assert all(embedded for _name, embedded in pdf_fonts(data, tmp_path))


def test_kazakh_sheet_uses_kazakh_texts_and_embedded_fonts(tmp_path):
    data = render_result_sheet(
        _sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}),
        "kk",
        translate=lambda _c, s: {"Test result": "Тест нәтижесі"}.get(s, s),
    )
    text = pdf_text(data, tmp_path)
    assert "Тест нәтижесі" in text
    assert "Эмоционалдық хабардарлық 17 жоғары" in text
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert any("DejaVuSans" in name for name, _ in fonts)


def test_gerchikov_sheet_names_the_leading_type_with_its_tools(tmp_path):
    text = pdf_text(render_result_sheet(_sheet("gerchikov", GERCHIKOV_MANAGER), "ru"), tmp_path)
    # PR 17 of 32 = 53.1 %
    assert "Профессиональный тип 17 53,1" in text
    assert "Leading type" in text
    assert "Организационное стимулирование" in text  # the PR type's recommended tools


def test_several_sheets_start_each_on_a_new_page(tmp_path):
    sheets = [
        _sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}),
        _sheet("gerchikov", GERCHIKOV_MANAGER),
    ]
    data = render_result_sheets(sheets, "ru")
    assert page_count(data, tmp_path) >= 2
    text = pdf_text(data, tmp_path)
    assert text.index("Н. Холл") < text.index("Герчикова")


def _made(instrument_id: str, scores: dict, levels: dict | None = None) -> ResultSheet:
    return ResultSheet(
        get_instrument(instrument_id),
        {"scores": scores, "levels": levels or {}},
        "Иванова Айгерим",
        "Министерство примеров",
        date(2026, 3, 14),
    )


SCHEIN = {
    "competence": 8.2,
    "management": 7.8,
    "autonomy": 5.0,
    "job_stability": 8.0,
    "residence_stability": 8.0,
    "service": 7.6,
    "challenge": 9.0,
    "lifestyle": 6.6,
    "entrepreneurship": 4.6,
}


def test_employee_sheet_has_no_notes_for_hr_and_the_about_pages_have_them(tmp_path):
    sheet = _sheet("gerchikov", GERCHIKOV_MANAGER)
    text = pdf_text(render_result_sheet(sheet, "ru"), tmp_path)
    for note in ("gerchikov.md", "Требуют сверки", "разработчиками Motivdesk"):
        assert note not in " ".join(text.split()), note
    assert page_count(render_result_sheet(sheet, "ru"), tmp_path) == 1
    about = " ".join(pdf_text(render_result_sheet(sheet, "ru", about=True), tmp_path).split())
    assert "About this instrument" in about and "gerchikov.md" in about


def test_schein_sheet_describes_every_pronounced_anchor_in_score_order_with_ties(tmp_path):
    levels = {k: "pronounced" if v > 6 else "not_pronounced" for k, v in SCHEIN.items()}
    text = " ".join(
        pdf_text(render_result_sheet(_made("schein", SCHEIN, levels), "ru"), tmp_path).split()
    )
    inst = get_instrument("schein")
    name = {s.id: s.name.ru for s in inst.all_scales()}
    # one number format: 9,00 next to 8,20, never "9"
    assert f"{name['challenge']} 9,00 1" in text and f"{name['competence']} 8,20 2" in text
    assert f"{name['job_stability']} 8,00 3–4" in text
    assert f"{name['residence_stability']} 8,00 3–4" in text
    body = text.split("Interpretation")[1]
    pronounced = [k for k in sorted(SCHEIN, key=lambda k: -SCHEIN[k]) if SCHEIN[k] > 6]
    positions = [body.index(f"{name[k]} — ") for k in pronounced]
    assert positions == sorted(positions) and len(positions) == 7  # all 7, highest first
    assert f"{name['autonomy']} — " not in body  # 5,0: not pronounced, not described
    assert "Equal scores" in body


def test_herzberg_sheet_has_a_rank_column_with_shared_ranks(tmp_path):
    scores = {
        "finance": 15,
        "recognition": 22,
        "responsibility": 20,
        "management_relations": 21,
        "career": 12,
        "achievement": 15,
        "work_content": 18,
        "cooperation": 17,
    }
    text = pdf_text(render_result_sheet(_made("herzberg", scores), "ru"), tmp_path)
    inst = get_instrument("herzberg")
    name = {s.id: s.name.ru for s in inst.all_scales()}
    assert "Rank" in text
    assert f"{name['recognition']} 22 1" in text
    assert f"{name['finance']} 15 6–7" in text and f"{name['achievement']} 15 6–7" in text
    assert f"{name['career']} 12 8" in text


def test_bar_chart_prints_negative_values_outside_their_bars():
    from reportlab.graphics.shapes import String

    from app.reports.charts import bar_chart

    drawing = bar_chart(["Первая", "Вторая", "Третья"], [[-8.0, 11.0, -17.0]], 400, decimals=0)
    labels = {s.text: s for s in drawing.contents if isinstance(s, String)}
    chart = drawing.contents[0]
    zero = (
        chart.x
        + (0 - chart.valueAxis.valueMin)
        / (chart.valueAxis.valueMax - chart.valueAxis.valueMin)
        * chart.width
    )
    low = (
        chart.x
        + (-17 - chart.valueAxis.valueMin)
        / (chart.valueAxis.valueMax - chart.valueAxis.valueMin)
        * chart.width
    )
    assert labels["\u221217"].textAnchor == "end" and labels["\u221217"].x < low  # left of the bar
    assert labels["11"].textAnchor == "start" and labels["11"].x > zero
    assert chart.categoryAxis.joinAxisMode == "left"  # names not drawn across the bars
    assert low > chart.x  # the value fits inside the plot

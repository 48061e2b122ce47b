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
    return ResultSheet(inst, result, "Иванова Айгерим", "Министерство примеров",
                       date(2026, 3, 14))


def test_hall_sheet_prints_the_seed_example_in_russian(tmp_path):
    data = render_result_sheet(_sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}),
                               "ru")
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
    data = render_result_sheet(_sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}),
                               "kk", translate=lambda _c, s: {"Test result": "Тест нәтижесі"}
                               .get(s, s))
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
    sheets = [_sheet("hall_ei", {f"q{k}": v for k, v in HALL_SEED.items()}),
              _sheet("gerchikov", GERCHIKOV_MANAGER)]
    data = render_result_sheets(sheets, "ru")
    assert page_count(data, tmp_path) >= 2
    text = pdf_text(data, tmp_path)
    assert text.index("Н. Холл") < text.index("Герчикова")

"""Issue 17.2: the motivator map's group cells are merged; a group that runs onto the next page
is named again at its top."""

from __future__ import annotations

from app.reports.motivator_map import MapGroup, render_motivator_map
from tests.reports.helpers import page_count, pdf_text


def test_small_groups_print_their_name_once(tmp_path):
    groups = [
        MapGroup("Группа А", "Характеристика А", "Методы А", ["Первый", "Второй"]),
        MapGroup("Группа Б", "Характеристика Б", "Методы Б", ["Третий"]),
    ]
    text = pdf_text(render_motivator_map(groups, "Орган", "ru"), tmp_path)
    assert text.count("Группа А") == 1 and text.count("Характеристика А") == 1


def test_a_group_longer_than_a_page_is_named_again_on_the_next_page(tmp_path):
    long_group = MapGroup(
        "Длинная группа",
        "Характеристика",
        "Методы",
        [f"Мотиватор номер {k} с пояснением в несколько слов" for k in range(60)],
    )
    data = render_motivator_map(
        [long_group], "Орган", "ru", lambda _c, s: {"continued": "продолжение"}.get(s, s)
    )
    assert page_count(data, tmp_path) >= 2
    text = pdf_text(data, tmp_path)
    pages = text.split("\f")
    assert "Длинная группа" in pages[0]
    for page in pages[1:3]:  # the narrow column wraps the name: check both words
        assert "Длинная группа (про" in page  # the column is narrow: may be hyphenated

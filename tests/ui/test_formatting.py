"""Locale formatting of dates and times (issue 23 item 7)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.ui.formatting import fmt_date, fmt_datetime, fmt_number


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, expected", [("kk_KZ", "05.03.2026"), ("ru_RU", "05.03.2026")])
def test_dates_have_four_digit_years(locale, name, expected):
    locale(name)
    assert fmt_date(date(2026, 3, 5)) == expected


def test_utc_times_are_shown_in_local_time(locale, monkeypatch):
    locale("ru_RU")
    monkeypatch.setenv("TZ", "Asia/Almaty")
    import time

    time.tzset()
    try:
        at = datetime(2026, 3, 5, 4, 30, 0)  # stored naive, in UTC
        expected = at.replace(tzinfo=UTC).astimezone()
        assert fmt_datetime(at) == f"05.03.2026 {expected:%H:%M:%S}"
        assert expected.utcoffset().total_seconds() != 0  # the zone did change something
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_decimal_comma_in_russian_and_kazakh(locale):
    for name in ("ru_RU", "kk_KZ"):
        locale(name)
        assert fmt_number(6.24, 1) == "6,2"


@pytest.mark.parametrize("name", ["kk_KZ", "ru_RU"])
def test_date_edits_show_four_digit_years(qtbot, locale, name):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from app.ui.formatting import four_digit_years

    locale(name)
    plain = QDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(plain)
    edit = four_digit_years(QDateEdit(QDate(2026, 3, 5)))
    qtbot.addWidget(edit)
    assert "2026" in edit.text() and edit.text().startswith("05")
    if name == "kk_KZ":  # what Qt does without it: the year cut to two digits
        assert "2026" not in plain.text()


def test_card_dates_have_four_digit_years(qtbot, locale):
    """The card dialog's date fields (filled on, plan deadlines) in Kazakh."""
    import inspect

    from app.ui.dialogs import card_dialog, card_kinds
    from app.ui.widgets import card_widgets

    for module in (card_dialog, card_kinds, card_widgets):
        source = inspect.getsource(module)
        # every date edit of the cards goes through four_digit_years
        assert source.count("QDateEdit(") == source.count("four_digit_years(QDateEdit("), module


@pytest.mark.parametrize(
    "name, expected",
    [
        ("ru_RU", ["0", "0,5", "1,0", "1,5"]),
        ("kk_KZ", ["0", "0,5", "1,0", "1,5"]),
        ("en_US", ["0", "0.5", "1.0", "1.5"]),
    ],
)
def test_chart_axes_use_the_decimal_comma(qtbot, locale, name, expected):
    from app.ui.plots.bar_chart import BarChartWidget

    locale(name)
    chart = BarChartWidget()
    qtbot.addWidget(chart)
    chart.set_bars(["a", "b"], [0.5, 1.5])
    axis = chart.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([0.0, 0.5, 1.0, 1.5], 1.0, 0.5) == expected
    assert axis.tickStrings([-0.5], 1.0, 0.5) == ["−" + expected[1]]  # a true minus sign


@pytest.mark.parametrize("name", ["ru_RU", "kk_KZ"])
def test_a_negative_figure_has_a_true_minus_on_screen_and_on_paper(locale, name):
    """E.g. a negative Cronbach's alpha or a fall since the last campaign: "−0,12" (U+2212),
    as the chart axes write it; never "-0,00" for a value that rounds to zero."""
    from app.reports.pdf import fmt_number as printed_number

    locale(name)
    lang = name[:2]
    assert fmt_number(-0.123, 2) == "\u22120,12" == printed_number(-0.123, 2, lang)
    assert fmt_number(-0.001, 2) == "0,00" == printed_number(-0.001, 2, lang)
    assert "-" not in fmt_number(-12.5, 1) and "-" not in printed_number(-12.5, 1, lang)
    assert printed_number(-0.5, 1, "en") == "-0.5"  # other languages keep their own sign

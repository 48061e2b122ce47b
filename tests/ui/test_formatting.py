"""Locale formatting of dates and times (issue 23 item 7)."""

from __future__ import annotations

from datetime import date, datetime, timezone

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
        expected = at.replace(tzinfo=timezone.utc).astimezone()
        assert fmt_datetime(at) == f"05.03.2026 {expected:%H:%M:%S}"
        assert expected.utcoffset().total_seconds() != 0  # the zone did change something
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_decimal_comma_in_russian_and_kazakh(locale):
    for name in ("ru_RU", "kk_KZ"):
        locale(name)
        assert fmt_number(6.24, 1) == "6,2"

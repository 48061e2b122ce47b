"""Numbers and dates in the current locale (decimal comma in ru/kk)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def fmt_number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def fmt_percent(share: float | None, decimals: int = 1) -> str:
    """`share` is a fraction 0..1."""
    if share is None:
        return ""
    return f"{fmt_number(share * 100, decimals)} %"


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)

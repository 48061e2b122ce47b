"""Numbers and dates in the current locale (decimal comma in ru/kk)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from app.scoring.level import printed

MINUS = "\u2212"  # the minus sign of Russian and Kazakh typesetting, not the hyphen


def fmt_number(value: float | None, decimals: int = 1) -> str:
    """Rounded half-up as the methodology and the printed reports round (3,625 -> 3,63;
    app.scoring.level.printed, float noise removed first), in the locale's digits."""
    if value is None:
        return ""
    if value != value:  # NaN: no figure
        return ""
    rounded = printed(value, decimals)
    # a value that rounds to zero is not negative ("-0,00"); a negative one gets a true minus,
    # as the printed reports and the chart axes write it (Qt gives the hyphen-minus)
    text = QLocale().toString(float(rounded) if rounded else 0.0, "f", decimals)
    return text.replace("-", MINUS)


def fmt_percent(share: float | None, decimals: int = 1) -> str:
    """`share` is a fraction 0..1."""
    if share is None:
        return ""
    return f"{fmt_number(share * 100, decimals)} %"


def _four_digit_years(pattern: str) -> str:
    # Qt's short formats write two-digit years in several locales (kk: "03.12.26"); a
    # personnel document's date is never ambiguous about its century
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern() -> str:
    """The locale's short date pattern with a four-digit year (for text and date edits)."""
    return _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def four_digit_years(edit: QDateEdit) -> QDateEdit:
    """A date edit in the locale's order with a four-digit year and a calendar to pick from
    (a QDateEdit's default format writes "03.12.26" in Kazakh)."""
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    return edit


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    pattern = _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def fmt_datetime(value: datetime | None) -> str:
    """A time stored in UTC (audit log) shown in the PC's local time, to the second."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone() if value.tzinfo is None else value.astimezone()
    locale = QLocale()
    pattern = _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return f"{locale.toString(QDate(local.year, local.month, local.day), pattern)} {local:%H:%M:%S}"

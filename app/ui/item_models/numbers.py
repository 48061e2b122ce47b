"""Numeric table columns: one value, shown in the locale and exported at full precision.

`Column(header, **num(get, 2))` shows `get(row)` rounded in the locale (decimal comma in ru/kk)
and gives an XLSX export the unrounded value with a number format (issue 16.2): the figure is
formatted in one place and the export never reads the rounded text back. `get` may return a
text instead of a number — the hidden mark "×", "–" — which both show and export as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.reports.excel import NumberCell, number_format
from app.ui.formatting import fmt_number, fmt_percent


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def num(
    get: Callable[[Any], Any], decimals: int = 2, percent: bool = False, signed: bool = False
) -> dict:
    """Keyword arguments of a right-aligned `Column`: value (text) and export (number).
    `percent`: `get` gives a share 0..1, shown as "12,5 %" and exported as 0.125 with "0.0%"."""

    def shown(row) -> Any:
        value = get(row)
        if not _is_number(value):
            return "" if value is None or value != value else value
        if decimals == 0 and not percent and float(value).is_integer():
            return str(int(value))
        text = fmt_percent(value, decimals) if percent else fmt_number(value, decimals)
        return "+" + text if signed and value > 0 else text

    def export(row) -> NumberCell | None:
        value = get(row)
        if not _is_number(value):
            return None
        if decimals == 0 and not percent and float(value).is_integer():
            value = int(value)
        return NumberCell(value, number_format(decimals, percent, signed))

    return {"value": shown, "export": export, "align_right": True}

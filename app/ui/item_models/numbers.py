"""Numeric table columns: one value, shown in the locale and exported at full precision.

`Column(header, **num(get, 2))` shows `get(row)` rounded in the locale (decimal comma in ru/kk)
and gives an XLSX export the unrounded value with a number format (issue 16.2): the figure is
formatted in one place and the export never reads the rounded text back. `get` may return a
text instead of a number — the hidden mark "×", "–" — which both show and export as it is.

The seed's tables are defined once in app/reports/tables.py (Qt-free); `spec_columns` turns a
`TableSpec` into the screen's columns, with the same rounding and hidden cells as the reports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.reports.tables import SCREEN, SHEET, TableSpec, number_text, sheet_number
from app.ui.formatting import fmt_number
from app.ui.item_models.rows_table_model import Column


def num(
    get: Callable[[Any], Any], decimals: int = 2, percent: bool = False, signed: bool = False
) -> dict:
    """Keyword arguments of a right-aligned `Column`: value (text) and export (number).
    `percent`: `get` gives a share 0..1, shown as "12,5 %" and exported as 0.125 with "0.0%"."""

    def shown(row) -> Any:
        return number_text(get(row), decimals, fmt_number, percent, signed)

    def export(row):
        return sheet_number(get(row), decimals, percent, signed)

    return {"value": shown, "export": export, "align_right": True}


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def spec_columns(spec: TableSpec, **options: dict[str, Callable[[Any], Any]]) -> list[Column]:
    """The screen's columns of a seed table: those it shows, and those only its XLSX export
    writes (kept in the model, hidden in the view). Headings follow a language switch.
    `options`: the screen's own extras by column key, e.g. tooltip={"name": …},
    background={"gap": …}."""
    columns = []
    for col in spec.columns:
        if SCREEN not in col.outputs and SHEET not in col.outputs:
            continue
        common = {
            "on_screen": SCREEN in col.outputs,
            "in_sheet": SHEET in col.outputs,
            **{option: by_key[col.key] for option, by_key in options.items() if col.key in by_key},
        }
        if col.numeric:
            columns.append(
                Column(
                    lambda c=col: c.title(_translate),
                    **num(col.value, col.decimals, col.percent, col.signed),
                    **common,
                )
            )
        else:
            columns.append(
                Column(
                    lambda c=col: c.title(_translate),
                    lambda r, c=col: number_text(c.value(r), 0, fmt_number),
                    **common,
                )
            )
    return columns

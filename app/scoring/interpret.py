"""Turn one respondent's scores into what he is shown: rows for a chart and a summary text.

Program wording is marked with QT_TRANSLATE_NOOP and translated by the caller's `translate`;
content (scale names, level labels, interpretations) comes from the instrument file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from app.markers import QT_TRANSLATE_NOOP
from app.scoring.definitions import Instrument
from app.scoring.engine import ScoreTable
from app.scoring.level import format_value

Translate = Callable[[str, str], str]
CTX = "Interpretation"
LEADING_TYPE = QT_TRANSLATE_NOOP("Interpretation", "Leading type: %1")
MIXED_TYPE = QT_TRANSLATE_NOOP("Interpretation", "Mixed type: %1")
TOOLS = QT_TRANSLATE_NOOP("Interpretation", "Motivation tools that suit you: %1")
STRONGEST = QT_TRANSLATE_NOOP("Interpretation", "Most important to you: %1")
WEAKEST = QT_TRANSLATE_NOOP("Interpretation", "Least important to you: %1")
NOT_SCORED = QT_TRANSLATE_NOOP("Interpretation", "Not enough answers to compute this result.")


@dataclass(frozen=True)
class ResultRow:
    scale_id: str
    name: str
    value: float | None
    level: str  # level label in the language, or ""
    leading: bool


@dataclass(frozen=True)
class Interpretation:
    rows: tuple[ResultRow, ...]
    summary: str
    value_format: str

    @property
    def decimals(self) -> int:
        return 2 if "2f" in self.value_format else 0

    @property
    def suffix(self) -> str:
        return " %" if self.value_format.endswith("%") else ""


def _value(v) -> float | None:
    return None if pd.isna(v) else float(v)


def interpret(
    inst: Instrument, table: ScoreTable, row: int, lang: str, translate: Translate = lambda _c, s: s
) -> Interpretation:
    def tr(text: str) -> str:
        return translate(CTX, text)

    scores = table.scores.iloc[row]
    levels = table.levels.iloc[row] if not table.levels.empty else pd.Series(dtype=object)
    method = inst.scoring.method
    if method == "choice_key":
        values = table.shares.iloc[row]
        leading = set(table.dominant[row])
        fmt = "{:.0f} %"
    else:
        values = scores
        valid = scores.drop(labels=[s for s in ("total",) if s in scores.index]).dropna()
        top = valid.max() if len(valid) else None
        leading = {k for k, v in valid.items() if v == top} if top is not None else set()
        fmt = "{:.2f}" if inst.scoring.aggregate == "mean" else "{:.0f}"
    rows = []
    for scale in inst.all_scales():
        band_id = levels.get(scale.id) if scale.id in levels.index else None
        label = ""
        if isinstance(band_id, str):
            label = inst.level_set_for(scale.id).band(band_id).label.get(lang)
        rows.append(
            ResultRow(
                scale.id,
                scale.short_name.get(lang),
                _value(values[scale.id]),
                label,
                scale.id in leading,
            )
        )
    if all(r.value is None for r in rows):
        return Interpretation(tuple(rows), tr(NOT_SCORED), fmt)
    parts: list[str] = []
    if method == "choice_key":
        names = ", ".join(inst.scale(t).name.get(lang) for t in table.dominant[row])
        parts.append(tr(LEADING_TYPE if len(leading) == 1 else MIXED_TYPE).replace("%1", names))
        for type_id in table.dominant[row]:
            text = inst.interpretations.get(type_id)
            if text:
                parts.append(text.text.get(lang))
                if text.tools:
                    parts.append(tr(TOOLS).replace("%1", text.tools.get(lang)))
    elif inst.levels:
        for r in rows:
            key = f"{r.scale_id}.{levels.get(r.scale_id)}"
            text = inst.interpretations.get(key) or (
                inst.interpretations.get(r.scale_id) if r.leading else None
            )
            if r.level:
                # the value as printed, rounded the way its band label was given (level.printed)
                shown = format_value(r.value, inst.value_decimals)
                if lang in ("ru", "kk"):  # decimal comma, as the chart and the PDFs print it
                    shown = shown.replace(".", ",")
                line = f"{r.name}: {shown}{' %' if fmt.endswith('%') else ''} — {r.level}"
                parts.append(line + (f". {text.text.get(lang)}" if text else ""))
    else:
        ranked = sorted((r for r in rows if r.value is not None), key=lambda r: -r.value)
        parts.append(tr(STRONGEST).replace("%1", ", ".join(r.name for r in ranked[:3])))
        parts.append(tr(WEAKEST).replace("%1", ", ".join(r.name for r in ranked[-2:])))
        for r in ranked[:3]:
            text = inst.interpretations.get(r.scale_id)
            if text:
                parts.append(f"{r.name}: {text.text.get(lang)}")
    return Interpretation(tuple(rows), "\n".join(parts), fmt)

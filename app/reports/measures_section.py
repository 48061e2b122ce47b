"""The campaign report's section «Did the measures work» (issue 20.6), PDF and Word alike.

One row per measure of the previous campaign's diagnostic and strategic cards that named a
factor, and one row per factor for the personal cards' measures (counted, never quoted: they
are about one person). Figures come from the analysis (app/services/measure_effects.py): a factor
the disclosure rule hides prints ×, and a change is only called one when it is beyond noise.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.markers import QT_TRANSLATE_NOOP
from app.reports.pdf import fmt_number

HIDDEN = "×"
PERSONAL = "personal"


@dataclass(frozen=True)
class FactorChange:
    before: float | None  # the factor's mean (0-5) in the previous campaign, same view
    after: float | None
    significant: bool | None  # beyond noise; None when it cannot be said
    reason: str = ""  # why a figure is missing: "unknown", "no_previous", "hidden"

    @property
    def change(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class MeasureEffect:
    kind: str  # card kind: strategic, diagnostic, or personal (counted, never quoted)
    measure: str  # the measure's text ("" for personal cards)
    factor: str  # "instrument:item"
    factor_name: str
    count: int  # measures behind this row (personal: how many cards' measures)
    figures: FactorChange


KIND = {
    "strategic": QT_TRANSLATE_NOOP("Reports", "strategic card"),
    "diagnostic": QT_TRANSLATE_NOOP("Reports", "diagnostic card"),
}
REASONS = {
    "unknown": QT_TRANSLATE_NOOP("Reports", "the factor is no longer in the questionnaire"),
    "no_previous": QT_TRANSLATE_NOOP("Reports", "no previous campaign to compare with"),
    "hidden": QT_TRANSLATE_NOOP("Reports", "hidden to protect anonymity"),
}


def _verdict(effect: MeasureEffect, tr) -> str:
    f = effect.figures
    if f.reason:
        return tr(REASONS[f.reason])
    if f.significant is None:
        return tr(QT_TRANSLATE_NOOP("Reports", "not assessed"))
    if not f.significant:
        return tr(QT_TRANSLATE_NOOP("Reports", "no change beyond noise"))
    # higher is not always better (a reason to leave), so the words say only which way
    return (
        tr(QT_TRANSLATE_NOOP("Reports", "higher, beyond noise"))
        if f.change > 0
        else tr(QT_TRANSLATE_NOOP("Reports", "lower, beyond noise"))
    )


def _change(effect: MeasureEffect, lang: str) -> str:
    change = effect.figures.change
    if change is None:
        return HIDDEN if effect.figures.reason == "hidden" else "–"
    text = fmt_number(abs(change), 2, lang)
    return ("+" if change > 0 else "−" if change < 0 else "") + text


def measures_section(builder) -> None:
    """Append the section to the builder's document; nothing when no measure named a factor."""
    effects: list[MeasureEffect] = builder.r.measures
    if not effects:
        return
    doc, tr, lang = builder.doc, builder.tr, builder.lang
    doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Did the measures work")))
    doc.para(
        tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Measures of the cards made on the previous campaign «%1» that named the "
                "factor they address, with that factor's mean score (0–5) then and now. Measures of "
                "personal cards are counted per factor, not quoted.",
            )
        ).replace("%1", builder.r.previous)
    )

    def mean(effect: MeasureEffect, value: float | None) -> str:
        if value is None:
            return HIDDEN if effect.figures.reason == "hidden" else "–"
        return fmt_number(value, 2, lang)

    rows = []
    for effect in effects:
        if effect.kind == PERSONAL:
            what = tr(QT_TRANSLATE_NOOP("Reports", "Measures of personal cards: %1")).replace(
                "%1", str(effect.count)
            )
        else:
            what = f"{effect.measure} ({tr(KIND[effect.kind])})"
        rows.append(
            [
                what,
                effect.factor_name,
                mean(effect, effect.figures.before),
                mean(effect, effect.figures.after),
                _change(effect, lang),
                _verdict(effect, tr),
            ]
        )
    header = [
        tr(QT_TRANSLATE_NOOP("Reports", "Measure")),
        tr(QT_TRANSLATE_NOOP("Reports", "Factor addressed")),
        tr(QT_TRANSLATE_NOOP("Reports", "Before")),
        tr(QT_TRANSLATE_NOOP("Reports", "Now")),
        tr(QT_TRANSLATE_NOOP("Reports", "Change")),
        tr(QT_TRANSLATE_NOOP("Reports", "Assessment")),
    ]
    builder.table(header, rows, widths=[0.27, 0.22, 0.1, 0.1, 0.11, 0.2], numeric_from=2)

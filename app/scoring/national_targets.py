"""The national target the survey can be held against (seed 003, the Concept of civil-service
development 2024–2029, target indicator 7): the share of civil servants satisfied with their
material situation — 45 % in 2024, rising by 5 points a year to 70 % in 2029.

Mapping (ours, documented in docs/national_targets.md): the satisfaction questionnaire's factor
q1 «Оплата труда» (pay) is the closest of its 40 factors to "material situation"; a respondent
counts as satisfied when he rates it 4 or 5 (the seed's "high" category of tables 2.1/2.2). The
share is of those who rated the factor, under the same anonymity rule as every figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from app.markers import QT_TRANSLATE_NOOP

# seed 003, section on target indicators, row 7 (percent by year)
MATERIAL_SATISFACTION_TARGETS = {
    2024: 45.0,
    2025: 50.0,
    2026: 55.0,
    2027: 60.0,
    2028: 65.0,
    2029: 70.0,
}
MATERIAL_FACTORS = ("q1",)  # satisfaction questionnaire: «Оплата труда»
NAME = QT_TRANSLATE_NOOP(
    "NationalTargets", "Civil servants satisfied with their material situation"
)


@dataclass(frozen=True)
class TargetComparison:
    year: int
    share_pct: float  # the campaign's own share, percent
    n: int  # respondents who rated the mapped factor(s)
    target_pct: float | None  # None outside 2024-2029
    gap_pp: float | None  # share minus target, in points


def target_for(year: int) -> float | None:
    return MATERIAL_SATISFACTION_TARGETS.get(year)


def material_satisfaction(satisfaction_factors: pd.DataFrame, year: int) -> TargetComparison | None:
    """From the satisfaction questionnaire's factor table (app/scoring/group.factor_matrix: one
    row per item with `n` and `high_count`); None when the mapped factor was not asked or not
    rated (a suppressed cell arrives here as missing)."""
    rows = satisfaction_factors.reindex(list(MATERIAL_FACTORS))
    if rows["n"].isna().any() or (rows["n"] <= 0).any():
        return None
    n = int(rows["n"].sum())
    share = 100.0 * float(rows["high_count"].sum()) / n
    target = target_for(year)
    return TargetComparison(year, share, n, target, None if target is None else share - target)

"""Seed 003's target indicator 7 against the campaign's own share."""

from __future__ import annotations

import pandas as pd
import pytest

from app.scoring.group import factor_matrix
from app.scoring.instruments import get_instrument
from app.scoring.national_targets import material_satisfaction, target_for


def test_targets_are_the_seed_003_row():
    assert [target_for(y) for y in range(2024, 2030)] == [45, 50, 55, 60, 65, 70]
    assert target_for(2023) is None and target_for(2030) is None


def test_share_of_high_ratings_of_pay_against_the_target():
    inst = get_instrument("satisfaction")
    # 8 respondents rate pay (q1): 5, 4, 4, 3, 2, 0, 5, 1 -> 4 of 8 rate it 4-5 = 50 %
    # one more skipped it (blank): not counted in either part of the share
    frame = pd.DataFrame({"q1": [5, 4, 4, 3, 2, 0, 5, 1, None], "q2": [3] * 9})
    frame = frame.reindex(columns=[i.id for i in inst.items])
    factors = factor_matrix(inst, frame)
    result = material_satisfaction(factors, 2026)
    assert (result.n, result.share_pct) == (8, 50.0)
    assert result.target_pct == 55.0 and result.gap_pp == pytest.approx(-5.0)
    assert material_satisfaction(factors, 2031).gap_pp is None


def test_no_comparison_when_pay_was_not_rated():
    inst = get_instrument("satisfaction")
    frame = pd.DataFrame({"q2": [3, 4]}).reindex(columns=[i.id for i in inst.items])
    assert material_satisfaction(factor_matrix(inst, frame), 2026) is None

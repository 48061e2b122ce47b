"""Factor matrices (seed App. 2, tables 2.1, 2.2): every figure of PRODUCT.md §3."""

from __future__ import annotations

import numpy as np
import pytest

from app.scoring.frame import answers_to_frame
from app.scoring.group import factor_matrix

from .helpers import base, build


def _respondents(counts: list[int], item: str = "q1") -> list[dict]:
    """Respondents whose answers to `item` follow the per-value counts 0..5."""
    return [{item: value} for value, n in enumerate(counts) for _ in range(n)]


def test_table_2_1_factor_1():
    # Seed table 2.1, factor 1: counts of scores 0..5 = 0, 1, 1, 5, 15, 23 (N = 45).
    inst = build(base())
    row = factor_matrix(inst, answers_to_frame(inst, _respondents([0, 1, 1, 5, 15, 23]))).loc["q1"]
    assert row["n"] == 45
    assert row["sum"] == 193  # 0+1+2+15+60+115
    assert row["max_possible"] == 225
    assert round(row["strength_pct"], 1) == 85.8
    assert round(row["mean"], 2) == 4.29


def test_table_2_2_factor_1():
    # Seed table 2.2, factor 1 «Оплата труда»: counts 0, 0, 3, 15, 22, 5 → Σ 164, 72.9 %, 3.6.
    inst = build(base())
    row = factor_matrix(inst, answers_to_frame(inst, _respondents([0, 0, 3, 15, 22, 5]))).loc["q1"]
    assert row["sum"] == 164
    assert round(row["strength_pct"], 1) == 72.9
    assert round(row["mean"], 1) == 3.6
    assert row["mean"] == pytest.approx(164 / 45)


def test_shares_and_counts_by_category():
    # 10 respondents: 0,0,1,2,3,3,4,5,5,5
    inst = build(base())
    answers = [{"q1": v} for v in (0, 0, 1, 2, 3, 3, 4, 5, 5, 5)]
    row = factor_matrix(inst, answers_to_frame(inst, answers)).loc["q1"]
    assert [row[f"count_{v}"] for v in range(6)] == [2, 1, 1, 2, 1, 3]
    assert row["high_count"] == 4 and row["high_share"] == 0.4
    assert row["medium_count"] == 2 and row["medium_share"] == 0.2
    assert row["low_count"] == 4 and row["low_share"] == 0.4
    assert row["maximum_share"] == 0.3
    assert row["zero_share"] == 0.2
    assert row["positive_share"] == 0.6
    assert row["negative_share"] == 0.4


def test_n_counts_only_respondents_who_rated_the_factor():
    inst = build(base())
    answers = [{"q1": 5, "q2": 1}, {"q1": 3}, {"q2": 4}, {}]
    matrix = factor_matrix(inst, answers_to_frame(inst, answers))
    assert matrix.loc["q1", "n"] == 2 and matrix.loc["q1", "mean"] == 4.0
    assert matrix.loc["q2", "n"] == 2 and matrix.loc["q2", "strength_pct"] == 50.0


def test_a_factor_nobody_rated_has_no_figures():
    inst = build(base())
    matrix = factor_matrix(inst, answers_to_frame(inst, [{"q1": 2}]))
    assert matrix.loc["q2", "n"] == 0
    assert np.isnan(matrix.loc["q2", "mean"]) and np.isnan(matrix.loc["q2", "strength_pct"])

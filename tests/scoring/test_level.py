"""Motivation level (seed tables 2.3-2.5) and the motivational balance."""

from __future__ import annotations

import pytest

from app.scoring.level import (
    LevelInputError,
    ParameterMeans,
    level_label,
    motivation_level,
    motivational_balance,
    read_means_csv,
)

# Seed table 2.4: parameter, significance (P_imp), perception (P_perc).
TABLE_2_4 = [
    ("climate", 4.35, 4.35), ("public_value", 4.28, 4.26), ("creativity", 4.11, 4.13),
    ("skills", 4.07, 3.77), ("self_realisation", 4.04, 4.02), ("growth_career", 4.0, 3.88),
    ("work_content", 3.8, 4.13), ("prestige", 3.8, 4.15), ("conditions", 3.6, 3.91),
    ("pay", 3.4, 3.64), ("autonomy", 3.15, 3.86), ("power", 1.2, 3.75),
]


def _table_2_4():
    return motivation_level([ParameterMeans(*row) for row in TABLE_2_4])


def test_table_2_4_integral_level_is_good():
    result = _table_2_4()
    # The seed prints 0.804; exact arithmetic on its rounded inputs gives 0.8028 (PRODUCT.md §3).
    assert result.integral == pytest.approx(0.804, abs=0.002)
    assert round(result.integral, 3) == 0.803
    assert result.label == "good"


def test_table_2_4_relative_significance_and_partial_levels():
    result = {p.parameter: p for p in _table_2_4().parameters}
    total = 43.80  # Σ P_imp of the rounded inputs (the seed prints 43.84)
    assert result["climate"].d == pytest.approx(4.35 / total)
    assert round(result["climate"].d, 3) == 0.099
    assert round(result["power"].d, 3) == 0.027
    assert result["climate"].level == pytest.approx(0.87)  # 4.35 / 5
    assert round(result["power"].level, 2) == 0.75  # seed: 0.751
    assert sum(p.d for p in result.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("value, label", [
    (1.0, "excellent"), (0.996, "excellent"), (0.995, "excellent"), (0.994, "very_good"),
    (0.95, "very_good"), (0.949, "very_good"), (0.944, "good"), (0.80, "good"), (0.7951, "good"),
    (0.7949, "acceptable"), (0.70, "acceptable"), (0.69, "satisfactory"), (0.60, "satisfactory"),
    (0.594, "unsatisfactory"), (0.0, "unsatisfactory"),
])
def test_table_2_5_labels_on_two_decimals(value, label):
    assert level_label(value) == label


def test_all_satisfied_at_maximum_is_excellent():
    result = motivation_level([ParameterMeans("a", 4, 5), ParameterMeans("b", 2, 5)])
    assert result.integral == pytest.approx(1.0) and result.label == "excellent"


def test_balance_ranks_demotivators_by_gap():
    balance = motivational_balance(_table_2_4())
    demotivators = [p.parameter for p in balance.demotivators]
    # gaps: skills 0.30, growth_career 0.12, public_value 0.02 and self_realisation 0.02
    # (tie: the more significant one, 4.28 > 4.04, comes first)
    assert demotivators == ["skills", "growth_career", "public_value", "self_realisation"]
    assert "power" in [p.parameter for p in balance.motivators]
    assert "climate" in [p.parameter for p in balance.motivators]  # equal = motivator


@pytest.mark.parametrize("means", [[], [ParameterMeans("a", 6, 3)], [ParameterMeans("a", 0, 3)]])
def test_bad_inputs_are_refused(means):
    with pytest.raises(LevelInputError):
        motivation_level(means)


def test_means_csv_accepts_decimal_comma_and_names_bad_cells(tmp_path):
    good = tmp_path / "m.csv"
    good.write_text('parameter,importance,perception\nA,"4,35","4,35"\nB,3,2.5\n', encoding="utf-8")
    assert [(m.parameter, m.importance) for m in read_means_csv(good)] == [("A", 4.35), ("B", 3.0)]
    bad = tmp_path / "bad.csv"
    bad.write_text("parameter,importance,perception\nA,4,x\n", encoding="utf-8")
    with pytest.raises(LevelInputError) as info:
        read_means_csv(bad)
    assert "row 2, column perception: 'x'" in info.value.detail
    missing = tmp_path / "missing.csv"
    missing.write_text("parameter,importance\nA,4\n", encoding="utf-8")
    with pytest.raises(LevelInputError, match="perception"):
        read_means_csv(missing)

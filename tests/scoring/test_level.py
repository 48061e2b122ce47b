"""Motivation level (seed tables 2.3-2.5) and the motivational balance."""

from __future__ import annotations

import numpy as np
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
    ("climate", 4.35, 4.35),
    ("public_value", 4.28, 4.26),
    ("creativity", 4.11, 4.13),
    ("skills", 4.07, 3.77),
    ("self_realisation", 4.04, 4.02),
    ("growth_career", 4.0, 3.88),
    ("work_content", 3.8, 4.13),
    ("prestige", 3.8, 4.15),
    ("conditions", 3.6, 3.91),
    ("pay", 3.4, 3.64),
    ("autonomy", 3.15, 3.86),
    ("power", 1.2, 3.75),
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


@pytest.mark.parametrize(
    "value, label",
    [
        (1.0, "excellent"),
        (0.996, "excellent"),
        (0.995, "excellent"),
        (0.994, "very_good"),
        (0.95, "very_good"),
        (0.949, "very_good"),
        (0.944, "good"),
        (0.80, "good"),
        (0.7951, "good"),
        (0.7949, "acceptable"),
        (0.70, "acceptable"),
        (0.69, "satisfactory"),
        (0.60, "satisfactory"),
        (0.594, "unsatisfactory"),
        (0.0, "unsatisfactory"),
    ],
)
def test_table_2_5_labels_on_two_decimals(value, label):
    assert level_label(value, decimals=2) == label


@pytest.mark.parametrize(
    "value, two, three",
    [
        # the label follows the value as printed: with two decimals 0.599 prints 0.60 (satisfactory),
        # with three it prints 0.599, below table 2.5's 0.60 (unsatisfactory)
        (0.599, "satisfactory", "unsatisfactory"),
        (0.595, "satisfactory", "unsatisfactory"),
        (0.5949, "unsatisfactory", "unsatisfactory"),
        (0.795, "good", "acceptable"),
        (0.7949999999999999, "good", "acceptable"),  # float noise of 0.795: the same as 0.795
        (0.995, "excellent", "very_good"),
        (0.9950000000000001, "excellent", "very_good"),
        (0.9995, "excellent", "excellent"),
        (0.6, "satisfactory", "satisfactory"),
    ],
)
def test_label_follows_the_printed_value(value, two, three):
    assert (level_label(value, 2), level_label(value, 3)) == (two, three)
    assert level_label(value) == three  # the integral level is printed with three decimals


def test_printed_rounds_half_up_without_float_noise():
    from decimal import Decimal

    from app.scoring.level import format_value, printed, printed_array

    # 0.7 + 0.095 is 0.7949999999999999 in binary floating point
    noisy = 0.7 + 0.095
    assert noisy < 0.795
    assert printed(noisy, 2) == Decimal("0.80") and format_value(noisy, 2) == "0.80"
    assert format_value(0.995, 2) == "1.00" and f"{0.995:.2f}" == "0.99"  # what f-strings do
    assert format_value(-2.5, 0) == "-3"  # half away from zero
    values = np.array([0.595, 0.599, noisy, 0.995, 2.675, -1.005, np.nan, 6.0049999999999999])
    for decimals in (0, 1, 2, 3):
        expected = [float(printed(v, decimals)) for v in values[:-2]] + [np.nan]
        got = printed_array(values[:-1], decimals)
        assert np.allclose(got, expected, equal_nan=True, rtol=0, atol=1e-12), decimals


def test_level_label_matches_the_printed_integral(tmp_path):
    # importance equal, perception 2.995 -> integral 0.599 exactly (printed 0.599, unsatisfactory)
    csv = tmp_path / "m.csv"
    csv.write_text("parameter,importance,perception\na,3,2.995\nb,3,2.995\n", encoding="utf-8")
    result = motivation_level(read_means_csv(csv))
    assert round(result.integral, 6) == 0.599 and result.label == "unsatisfactory"
    assert result.shown == 0.599


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

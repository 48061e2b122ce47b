"""Honest change (issue 20.2): the interval statistics of app/scoring/change.py against
published tables, Newcombe's worked examples and numbers worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.scoring.change import (
    Difference,
    linearised_spread,
    newcombe,
    spread_from_counts,
    t_quantile,
    welch,
    welch_df,
    wilson,
)


@pytest.mark.parametrize(
    "df, expected",
    [
        # two-sided 95 % critical values of Student's t, as printed in any statistics table
        (1, 12.706),
        (2, 4.303),
        (3, 3.182),
        (4, 2.776),
        (5, 2.571),
        (10, 2.228),
        (20, 2.086),
        (30, 2.042),
        (60, 2.000),
        (120, 1.980),
        (math.inf, 1.960),
    ],
)
def test_t_quantile_matches_the_table(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=5e-4)
    assert t_quantile(0.025, df) == pytest.approx(-expected, abs=5e-4)


def test_t_quantile_other_levels_and_fractional_df():
    # table values: t(0.95, 10) = 1.812, t(0.995, 10) = 3.169, t(0.99, 5) = 3.365
    assert t_quantile(0.95, 10) == pytest.approx(1.812, abs=5e-4)
    assert t_quantile(0.995, 10) == pytest.approx(3.169, abs=5e-4)
    assert t_quantile(0.99, 5) == pytest.approx(3.365, abs=5e-4)
    # df = 1 is the Cauchy distribution: tan(π (p − ½)) exactly
    assert t_quantile(0.9, 1) == pytest.approx(math.tan(math.pi * 0.4), rel=1e-10)
    # df = 2 has a closed form: t = (2p − 1) √(2 / (4p(1 − p)))
    p = 0.975
    assert t_quantile(p, 2) == pytest.approx(
        (2 * p - 1) * math.sqrt(2 / (4 * p * (1 - p))), rel=1e-10
    )
    # a fractional df lies between its neighbours
    assert t_quantile(0.975, 25) > t_quantile(0.975, 25.4) > t_quantile(0.975, 26)


def test_t_quantile_agrees_with_scipy_when_present():
    stats = pytest.importorskip("scipy.stats")
    for df in (1.5, 3.7, 8, 25.41, 250):
        for p in (0.9, 0.975, 0.999):
            assert t_quantile(p, df) == pytest.approx(stats.t.ppf(p, df), rel=1e-9)


def test_welch_by_hand():
    # before: mean 3.0, sd 1.0, n 10; after: mean 3.5, sd 1.5, n 20
    # a = 1/10 = 0.1, b = 2.25/20 = 0.1125, se = √0.2125 = 0.46098
    # ν = 0.2125² / (0.1²/9 + 0.1125²/19) = 0.045156 / 0.0017772 = 25.408
    # t(0.975, 25.4) ≈ 2.0579 (table: 2.0595 at 25, 2.0555 at 26) → half-width 0.9487
    before, after = (3.0, 1.0, 10), (3.5, 1.5, 20)
    assert welch_df(before, after) == pytest.approx(25.408, abs=1e-3)
    d = welch(before, after)
    assert d.delta == pytest.approx(0.5)
    assert d.low == pytest.approx(0.5 - 0.9487, abs=1e-3)
    assert d.high == pytest.approx(0.5 + 0.9487, abs=1e-3)
    assert d.significant is False and d.arrow == "="
    # the same difference with 400 respondents a side is beyond noise
    big = welch((3.0, 1.0, 400), (3.5, 1.5, 400))
    assert big.significant is True and big.arrow == "↑"
    assert welch((3.5, 1.5, 400), (3.0, 1.0, 400)).arrow == "↓"


def test_welch_edge_cases():
    assert welch((3.0, 1.0, 1), (4.0, 1.0, 10)).significant is None
    exact = welch((3.0, 0.0, 5), (4.0, 0.0, 6))  # nobody varied: the difference is exact
    assert (exact.low, exact.high, exact.significant) == (1.0, 1.0, True)
    assert welch((3.0, 0.0, 5), (3.0, 0.0, 6)).significant is False


def test_wilson_by_hand():
    # Newcombe 1998 / Wilson 1927: 56/70 → 0.6918 to 0.8770; 48/80 → 0.4905 to 0.7004
    assert wilson(56, 70) == pytest.approx((0.6918, 0.8770), abs=1e-4)
    assert wilson(48, 80) == pytest.approx((0.4905, 0.7004), abs=1e-4)
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)


@pytest.mark.parametrize(
    "before, after, low, high",
    [
        # Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10, examples (a)-(h)
        # written as after − before. (a) 56/70 − 48/80 = 0.2000: 0.0524 to 0.3339
        ((48, 80), (56, 70), 0.0524, 0.3339),
        ((3, 10), (9, 10), 0.1705, 0.8090),  # (b) 0.6
        ((2, 7), (6, 7), 0.0582, 0.8062),  # (c) 0.5714
        ((0, 29), (5, 56), -0.0381, 0.1926),  # (d) 0.0893
        ((0, 20), (0, 10), -0.1611, 0.2775),  # (e) 0
        ((0, 10), (0, 10), -0.2775, 0.2775),  # (f) 0
        ((0, 20), (10, 10), 0.6791, 1.0000),  # (g) 1
        ((0, 10), (10, 10), 0.6075, 1.0000),  # (h) 1
    ],
)
def test_newcombe_published_examples(before, after, low, high):
    d = newcombe(before, after)
    assert d.low == pytest.approx(low, abs=1e-4)
    assert d.high == pytest.approx(high, abs=1e-4)
    assert d.significant is (low > 0 or high < 0)


def test_newcombe_example_a():
    d = newcombe((48, 80), (56, 70))
    assert (d.before, d.after) == (0.6, 0.8)
    assert d.delta == pytest.approx(0.2) and d.significant and d.arrow == "↑"
    assert newcombe((1, 1), (3, 10)).significant is None


def test_spread_from_counts():
    # scores 2, 3, 3, 4: mean 3, sd √(2/3)
    s = spread_from_counts([0, 0, 1, 2, 1, 0])
    assert (s.mean, s.n) == (3.0, 4) and s.sd == pytest.approx(math.sqrt(2 / 3))
    assert spread_from_counts([0] * 6) is None


def test_scaled_and_json():
    d = Difference(3.0, 3.5, 0.1, 0.9, "welch").scaled(20)
    assert (d.before, d.after, d.low, d.high) == pytest.approx((60, 70, 2, 18))
    assert d.to_json() == {
        "previous": 60.0,
        "delta": pytest.approx(10.0),
        "interval": [pytest.approx(2.0), pytest.approx(18.0)],
        "significant": True,
        "method": "welch",
    }


def test_linearised_plain_mean():
    # one column, everyone rated it, value = mean / 5: zⱼ = xⱼ / 5
    x = np.array([[1.0], [2.0], [4.0], [5.0], [np.nan]])
    s = linearised_spread([x], [np.array([0.2])], 0.6)
    assert s.n == 4 and s.mean == 0.6
    assert s.sd == pytest.approx(np.std([0.2, 0.4, 0.8, 1.0], ddof=1))


def test_linearised_ratio_agrees_with_the_jackknife():
    # L = (I1·P1 + I2·P2) / (5 (I1 + I2)): the integral level of two parameters
    rng = np.random.default_rng(7)
    n = 400
    sig = rng.integers(0, 6, size=(n, 2)).astype(float)
    sat = rng.integers(0, 6, size=(n, 2)).astype(float)
    sig[rng.random((n, 2)) < 0.1] = np.nan  # some skipped a factor
    sat[rng.random((n, 2)) < 0.1] = np.nan

    def level(a, b):
        i, p = np.nanmean(a, axis=0), np.nanmean(b, axis=0)
        return float((i * p).sum() / (5 * i.sum()))

    value = level(sig, sat)
    i, p = np.nanmean(sig, axis=0), np.nanmean(sat, axis=0)
    s_total = i.sum()
    grad_sig = (p / 5 - value) / s_total
    grad_sat = i / (5 * s_total)
    s = linearised_spread([sig, sat], [grad_sig, grad_sat], value)
    assert s.n == n and s.mean == value
    jack = np.array([level(np.delete(sig, k, 0), np.delete(sat, k, 0)) for k in range(n)])
    var_jack = (n - 1) / n * ((jack - jack.mean()) ** 2).sum()
    assert s.sd**2 / s.n == pytest.approx(var_jack, rel=0.05)

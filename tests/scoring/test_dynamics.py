"""Dynamics against the previous campaign: deltas and arrows, hand-computed."""

from __future__ import annotations

import pytest

from app.scoring.dynamics import level_changes
from app.scoring.level import ParameterMeans, motivation_level


def _level(values):
    return motivation_level([ParameterMeans(f"p{i}", imp, perc)
                             for i, (imp, perc) in enumerate(values)])


def test_partial_and_integral_changes():
    before = _level([(4.0, 3.0), (2.0, 2.0)])
    after = _level([(4.0, 4.0), (2.0, 2.0)])
    changes = level_changes(after, before)
    # partial level U = P_perc / 5: p0 3/5 = 0.6 -> 4/5 = 0.8; p1 stays 0.4
    assert changes["p0"].previous == pytest.approx(0.6)
    assert changes["p0"].delta == pytest.approx(0.2) and changes["p0"].arrow == "↑"
    assert changes["p1"].delta == pytest.approx(0.0) and changes["p1"].arrow == "→"
    # integral = Σ d·U with d = 4/6, 2/6: before 0.4 + 0.1333 = 0.5333, after 0.5333 + 0.1333
    assert changes["_integral"].previous == pytest.approx(0.53333, abs=1e-4)
    assert changes["_integral"].delta == pytest.approx(0.13333, abs=1e-4)
    down = level_changes(before, after)
    assert down["p0"].arrow == "↓" and down["p0"].delta == pytest.approx(-0.2)
    assert level_changes(after, None) == {}

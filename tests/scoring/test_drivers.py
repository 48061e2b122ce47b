"""Key drivers (issue 20.1): Spearman's rho checked against numbers worked out by hand (ties
included), the minimum of respondents, the disclosure rule on a driver's counts, the JSON form."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from app.data.answer_store import CampaignData
from app.scoring import office
from app.scoring.analysis import Filter, analyse
from app.scoring.drivers import (
    average_ranks,
    drivers_dict,
    is_strong,
    minimum_respondents,
    priority,
    spearman,
)
from app.scoring.frame import frame_columns
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters

LIB = default_library()


# --- Spearman's rho, by hand -----------------------------------------------------------------
def test_rho_without_ties_is_the_textbook_formula():
    # d = -1, 1, -1, 1, 0: rho = 1 - 6 * 4 / (5 * 24) = 0.8
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8, abs=1e-12)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)


def test_ties_take_the_mean_of_their_places():
    assert list(average_ranks(np.array([2.0, 1.0, 2.0, 3.0]))) == [2.5, 1.0, 2.5, 4.0]
    # x ranks 1, 2.5, 2.5, 4 and y ranks 1, 3, 2, 4; centred: (-1.5, 0, 0, 1.5) and
    # (-1.5, 0.5, -0.5, 1.5); sum xy = 4.5, sum xx = 4.5, sum yy = 5: rho = sqrt(0.9)
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(math.sqrt(0.9), abs=1e-12)
    # ties on both sides: x centred (-1, -1, 1, 1), y ranks 2, 2, 2, 4 centred
    # (-0.5, -0.5, -0.5, 1.5): 2 / sqrt(4 * 3) = 1 / sqrt(3)
    assert spearman([0, 0, 5, 5], [3, 3, 3, 4]) == pytest.approx(1 / math.sqrt(3), abs=1e-12)
    # the same as pandas' own rank correlation
    x, y = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8]
    assert spearman(x, y) == pytest.approx(pd.Series(x).corr(pd.Series(y), method="spearman"))


def test_missing_pairs_are_left_out_and_a_constant_side_has_no_rho():
    nan = float("nan")
    assert spearman([1, 2, nan, 3, 4, 5], [2, 1, 9, 4, 3, 5]) == pytest.approx(0.8)
    assert spearman([1, 1, 1], [1, 2, 3]) is None
    assert spearman([1], [2]) is None


def test_strength_needs_size_and_more_than_chance():
    # at 30 people rho must reach 1.96 / sqrt(29) = 0.364 to be beyond chance
    assert is_strong(0.37, 30) and not is_strong(0.36, 30)
    assert is_strong(0.30, 1000) and not is_strong(0.29, 1000)


def test_priority_quadrants():
    assert priority(0.6, 100, 2.0) == "act_first"
    assert priority(0.6, 100, 4.0) == "maintain"
    assert priority(0.1, 100, 2.0) == "monitor"
    assert priority(0.1, 100, 4.0) == "secondary"
    assert priority(0.29, 10_000, 1.0) == "monitor"  # beyond chance, but weak


# --- drivers of a small campaign, by hand ----------------------------------------------------
# Four blocks of ten identical respondents (ties everywhere). Satisfaction with pay (q1) per
# block 1, 2, 2, 3; Batarshev total (points) 18, 20, 19, 21; every reason for leaving 4, 2, 3, 1.
# Ranks of q1: 5.5, 20.5, 20.5, 35.5 (centred -15, 0, 0, 15); of the total: 5.5, 25.5, 15.5,
# 35.5 (-15, 5, -5, 15); of leaving: 35.5, 15.5, 25.5, 5.5 (15, -5, 5, -15). Over 40 people:
# sum xy = 10 * 450, sum xx = 10 * 450, sum yy = 10 * 500, so rho = sqrt(0.9) with
# satisfaction and -sqrt(0.9) with leaving. The level of q1 is (1 + 2 + 2 + 3) / 4 = 2.0.
PAY = (1, 2, 2, 3)
EXTRA = (0, 2, 1, 3)  # Batarshev items answered "yes" on top of 18 points of "partly"
LEAVING = (4, 2, 3, 1)
REVERSED = {"q9", "q10", "q13", "q14", "q15", "q17"}  # points 0, 1, 2 for options 1, 2, 3


def _campaign(departments=None, skip_q2=0) -> CampaignData:
    n = 40
    ids = [f"s{k:03d}" for k in range(n)]
    block = [k // 10 for k in range(n)]
    sat = pd.DataFrame(np.nan, index=ids, columns=frame_columns(LIB["satisfaction"]))
    sat["q1"] = [PAY[b] for b in block]
    sat["q3"] = 3.0  # everyone the same: no relation can be measured
    sat["q2"] = [PAY[b] if k >= skip_q2 else np.nan for k, b in enumerate(block)]
    js = pd.DataFrame(np.nan, index=ids, columns=frame_columns(LIB["job_satisfaction"]))
    items = [f"q{i}" for i in range(1, 19)]
    for k, b in enumerate(block):
        for position, item in enumerate(items):
            yes = position < EXTRA[b]
            js.loc[ids[k], item] = (3 if item in REVERSED else 1) if yes else 2
    dis = pd.DataFrame(np.nan, index=ids, columns=frame_columns(LIB["dismissal"]))
    for item in [f"q{i}" for i in range(1, 11)]:
        dis[item] = [LEAVING[b] for b in block]
    meta = pd.DataFrame(
        {
            "department_id": departments or [1] * n,
            "tenure_band": [None] * n,
            "gender": [None] * n,
            "is_manager": [None] * n,
        },
        index=ids,
    )
    return CampaignData(1, 5, meta, {"satisfaction": sat, "job_satisfaction": js, "dismissal": dis})


@pytest.fixture
def minimum():
    def set_to(value):
        office.set_current({office.DRIVERS_MIN_RESPONDENTS: value})

    yield set_to
    office.set_current({})


def _drivers(data, flt=None):
    return analyse(data, LIB, load_parameters(), flt or Filter()).drivers


def test_the_hand_computed_campaign():
    data = _campaign()
    totals = LIB["job_satisfaction"]
    from app.scoring.engine import score

    points = score(totals, data.frames["job_satisfaction"]).scores["total"] * 36 / 100
    assert sorted(set(points.round(6))) == [18, 19, 20, 21]
    drivers = _drivers(data)
    assert drivers.shown and drivers.basis == "satisfaction" and drivers.min_respondents == 30
    pay = next(d for d in drivers.items if d.kind == "factor" and d.id == "q1")
    assert pay.rho_satisfaction == pytest.approx(math.sqrt(0.9), abs=1e-12)
    assert pay.rho_leaving == pytest.approx(-math.sqrt(0.9), abs=1e-12)
    assert pay.level == pytest.approx(2.0) and pay.n == 40 and pay.n_leaving == 40
    assert pay.priority == "act_first"
    assert pay.label["ru"] == "Оплата труда"
    # the parameter "pay" is q1 alone: the same relation
    param = next(d for d in drivers.items if d.kind == "parameter" and d.id == "pay")
    assert param.rho_satisfaction == pytest.approx(pay.rho_satisfaction)
    # act first comes first
    assert drivers.visible()[0].priority == "act_first"
    same = next(d for d in drivers.items if d.id == "q3")
    assert same.hidden == "no_variation" and same.rho_satisfaction is None
    assert not any(d.id == "q4" for d in drivers.items)  # nobody rated it: no row


def test_no_driver_on_fewer_than_the_minimum(minimum):
    data = _campaign()
    minimum(41)
    drivers = _drivers(data)
    assert not drivers.shown and drivers.reason == "too_few" and drivers.items == ()
    out = drivers_dict(drivers)
    assert out["shown"] is False and out["items"] == [] and "fewer than 41" in out["reason"]
    minimum(40)
    assert _drivers(data).shown


def test_a_driver_rated_by_too_few_is_hidden_without_its_count():
    drivers = _drivers(_campaign(skip_q2=15))  # 25 of 40 rated q2
    q2 = next(d for d in drivers.items if d.id == "q2")
    assert q2.hidden == "driver_too_few" and q2.n == 0 and q2.rho_satisfaction is None
    row = next(r for r in drivers_dict(drivers)["items"] if r["id"] == "q2")
    assert row == {
        "kind": "factor",
        "id": "q2",
        "label": "Уровень знаний и умений",
        "label_kk": row["label_kk"],
        "hidden": "driver_too_few",
    }


def test_a_small_view_shows_no_driver_and_the_minimum_is_never_below_the_threshold():
    data = _campaign(departments=[1] * 34 + [2] * 6)
    small = analyse(data, LIB, load_parameters(), Filter(department_id=2))
    assert small.disclosure.allowed and small.n == 6  # its tables are shown, no driver is
    assert small.drivers.reason == "too_few" and small.drivers.items == ()
    drivers = _drivers(data, Filter(department_id=1))  # 34 respondents, minimum 30
    assert drivers.shown and drivers.min_respondents == 30
    assert minimum_respondents(threshold=50) == 50 and minimum_respondents(5) == 30


def test_a_driver_count_that_differs_from_the_whole_by_less_than_t_is_hidden():
    # department 1 has 34 respondents who all rated q2, department 2 has 6 of whom 4 skipped
    # it: 34 raters in the view, 36 in the campaign; 36 - 34 = 2 people could be worked out
    data = _campaign(departments=[2] * 4 + [1] * 34 + [2] * 2, skip_q2=4)
    drivers = _drivers(data, Filter(department_id=1))
    q2 = next(d for d in drivers.items if d.id == "q2")
    assert q2.hidden == "complement_below_threshold" and q2.rho_satisfaction is None
    q1 = next(d for d in drivers.items if d.id == "q1")
    assert not q1.hidden  # 34 of 40: six outside, at least the threshold


def test_without_batarshev_the_relation_is_with_leaving():
    data = _campaign()
    frames = {k: v for k, v in data.frames.items() if k != "job_satisfaction"}
    data = CampaignData(1, 5, data.meta, frames)
    drivers = _drivers(data)
    assert drivers.basis == "leaving"
    pay = next(d for d in drivers.items if d.id == "q1")
    assert pay.rho_satisfaction is None and pay.strength == pytest.approx(math.sqrt(0.9))
    assert pay.priority == "act_first"


def test_no_outcome_questionnaire_no_drivers():
    data = _campaign()
    data = CampaignData(1, 5, data.meta, {"satisfaction": data.frames["satisfaction"]})
    drivers = _drivers(data)
    assert not drivers.shown and drivers.reason == "no_outcome"


def test_the_counting_ranks_equal_pandas_on_random_answers_with_gaps():
    rng = np.random.default_rng(20)
    data = _campaign()
    sat = data.frames["satisfaction"].copy()
    for item in ("q5", "q6", "q7"):
        values = rng.integers(0, 6, 40).astype(float)
        values[rng.random(40) < 0.15] = np.nan
        sat[item] = values
    data = CampaignData(1, 5, data.meta, {**data.frames, "satisfaction": sat})
    from app.scoring.engine import score

    total = score(LIB["job_satisfaction"], data.frames["job_satisfaction"]).scores["total"]
    drivers = _drivers(data)
    for item in ("q5", "q6", "q7"):
        d = next(x for x in drivers.items if x.id == item and x.kind == "factor")
        both = sat[item].notna()
        expected = sat[item][both].corr(total[both], method="spearman")
        assert d.rho_satisfaction == pytest.approx(expected, abs=1e-12)
        assert d.n == int(both.sum()) and d.level == pytest.approx(sat[item].mean())

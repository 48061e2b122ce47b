"""Property tests (hypothesis): bounds and invariants hold for any valid answers."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.instruments import default_library, get_instrument
from app.scoring.synthetic import AnswerModel, random_respondent


def _split(total: int, parts: int):
    """All ways of giving `total` points to `parts` endings."""
    return st.lists(st.integers(0, total), min_size=parts - 1, max_size=parts - 1).map(
        lambda cuts: np.diff([0, *sorted(cuts), total]).astype(int).tolist()
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_split(5, 2), min_size=28, max_size=28))
def test_herzberg_scales_sum_to_140(pairs):
    inst = get_instrument("herzberg")
    row = score(inst, answers_to_frame(inst, [{f"q{i}": p for i, p in enumerate(pairs, 1)}]))
    scores = row.scores.iloc[0]
    assert scores.sum() == 140
    assert ((scores >= 0) & (scores <= 35)).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(_split(11, 4), min_size=33, max_size=33))
def test_ritchie_martin_factors_sum_to_363(items):
    inst = get_instrument("ritchie_martin")
    row = score(inst, answers_to_frame(inst, [{f"q{i}": p for i, p in enumerate(items, 1)}]))
    scores = row.scores.iloc[0]
    assert scores.sum() == 363
    assert ((scores >= 0) & (scores <= 121)).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 10), min_size=41, max_size=41))
def test_schein_means_stay_within_1_and_10(values):
    inst = get_instrument("schein")
    scores = score(inst, answers_to_frame(inst, [{f"q{i}": v for i, v in enumerate(values, 1)}]))
    assert ((scores.scores >= 1) & (scores.scores <= 10)).all().all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([-3, -2, -1, 1, 2, 3]), min_size=30, max_size=30))
def test_hall_total_is_the_sum_of_the_five_scales(values):
    inst = get_instrument("hall_ei")
    s = score(inst, answers_to_frame(inst, [{f"q{i}": v for i, v in enumerate(values, 1)}]))
    row = s.scores.iloc[0]
    assert row["total"] == row.drop("total").sum()
    assert -90 <= row["total"] <= 90


def test_minimum_answers_give_minimum_scores():
    cases = {
        "schein": ({f"q{i}": 1 for i in range(1, 42)}, 1.0),
        "hall_ei": ({f"q{i}": -3 for i in range(1, 31)}, None),
        "climate": ({f"q{i}": 1 for i in range(1, 11)}, None),
    }
    schein = score(
        get_instrument("schein"), answers_to_frame(get_instrument("schein"), [cases["schein"][0]])
    )
    assert (schein.scores.iloc[0] == 1.0).all()
    hall = score(
        get_instrument("hall_ei"),
        answers_to_frame(get_instrument("hall_ei"), [cases["hall_ei"][0]]),
    )
    assert hall.scores.iloc[0].drop("total").eq(-18).all() and hall.scores.iloc[0]["total"] == -90
    climate = score(
        get_instrument("climate"),
        answers_to_frame(get_instrument("climate"), [cases["climate"][0]]),
    )
    assert climate.scores.iloc[0]["total"] == 10
    # Batarshev: the option worth 0 points on every question gives 0 % everywhere.
    inst = get_instrument("job_satisfaction")
    worst = {}
    for item in inst.items:
        if item.format.points:
            worst[item.id] = 1 + list(item.format.points).index(min(item.format.points))
    js = score(inst, answers_to_frame(inst, [worst]))
    assert (js.scores.iloc[0] == 0).all()


def test_unanswered_item_makes_its_scale_unscorable_not_lower():
    inst = get_instrument("hall_ei")
    answers = {f"q{i}": 3 for i in range(1, 31)}
    del answers["q1"]  # an awareness item
    row = score(inst, answers_to_frame(inst, [answers])).scores.iloc[0]
    assert np.isnan(row["awareness"]) and np.isnan(row["total"])
    assert row["empathy"] == 18


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000))
def test_any_generated_respondent_scores_within_bounds(seed):
    rng = random.Random(seed)
    for inst in default_library().values():
        if not inst.active:
            continue
        model = AnswerModel(rng)
        people = [random_respondent(inst, model, is_manager=rng.random() < 0.5) for _ in range(3)]
        table = score(inst, answers_to_frame(inst, people))
        assert len(table.scores) == 3
        if inst.scoring.check_total:
            assert (table.scores.sum(axis=1) == inst.scoring.check_total).all()

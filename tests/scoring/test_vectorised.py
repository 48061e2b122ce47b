"""The vectorised scorers (matrix products, one bincount, lazy levels) against a plain
per-respondent reference written straight from the keys: same numbers, exactly, for every
shipped instrument and for answers with gaps."""

from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest

from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.group import FACTOR_CATEGORIES, factor_matrix, group_profile, type_distribution
from app.scoring.instruments import default_library
from app.scoring.synthetic import AnswerModel, random_respondent

LIBRARY = default_library()
SCORED = sorted(i.id for i in LIBRARY.values() if i.active and i.scoring.method != "factor_matrix")
FACTORS = sorted(i.id for i in LIBRARY.values() if i.active and i.scoring.method == "factor_matrix")


def _respondents(inst, n=150, seed=7):
    rng = random.Random(seed)
    model = AnswerModel(rng)
    people = [
        random_respondent(inst, model, is_manager=rng.random() < 0.5, skip_probability=0.04)
        for _ in range(n)
    ]
    return people + [{}]  # and one who answered nothing


def _points(item, value) -> float:
    fmt = item.format
    if fmt.type == "single" and fmt.points:
        return float(fmt.points[int(value) - 1])
    return float(value)


def _reference_scores(inst, answers: dict) -> dict[str, float]:
    method = inst.scoring.method
    out = {}
    if method == "sum":
        for scale in inst.all_scales():
            if not scale.items or any(i not in answers for i in scale.items):
                out[scale.id] = math.nan
                continue
            total = sum(_points(inst.item(i), answers[i]) for i in scale.items)
            if inst.scoring.aggregate == "mean":
                total /= len(scale.items)
            elif inst.scoring.aggregate == "percent_of_max":
                total = total * 100.0 / sum(inst.item(i).max_points() for i in scale.items)
            out[scale.id] = total
    elif method == "choice_key":
        out = {s.id: 0.0 for s in inst.scales}
        for item_id, options in inst.scoring.key.items():
            value = answers.get(item_id)
            chosen = value if isinstance(value, list) else [] if value is None else [value]
            for option, targets in options.items():
                if int(option) in chosen:
                    for target in targets:
                        out[target] += 1.0
        # a type needs every question asked of everybody and at most one branch question
        required = [i.id for i in inst.items if not i.show_if]
        branch = [i.id for i in inst.items if i.show_if]
        if any(i not in answers for i in required) or sum(i in answers for i in branch) > 1:
            out = dict.fromkeys(out, math.nan)
    elif method == "split_key":
        out = {s.id: 0.0 for s in inst.scales}
        for item_id, targets in inst.scoring.key.items():
            parts = answers.get(item_id)
            for k, target in enumerate(targets):
                out[target] += math.nan if parts is None else float(parts[k])
    return out


@pytest.mark.parametrize("instrument_id", SCORED)
def test_scores_levels_and_types_equal_the_reference(instrument_id):
    inst = LIBRARY[instrument_id]
    people = _respondents(inst)
    table = score(inst, answers_to_frame(inst, people))
    for row, answers in enumerate(people):
        expected = _reference_scores(inst, answers)
        got = table.scores.iloc[row]
        for scale_id, value in expected.items():
            assert (math.isnan(value) and math.isnan(got[scale_id])) or got[scale_id] == value, (
                instrument_id,
                row,
                scale_id,
                got[scale_id],
                value,
            )
        for level_set in inst.levels:
            for scale_id in level_set.applies_to:
                value = expected[scale_id]
                band = None if math.isnan(value) else level_set.classify(value)
                assert table.levels.iloc[row][scale_id] == band, (instrument_id, row, scale_id)
    if inst.scoring.method == "choice_key":
        for row, answers in enumerate(people):
            expected = _reference_scores(inst, answers)
            top = max(expected.values())
            leaders = (
                ()
                if math.isnan(top) or top <= 0
                else tuple(s for s, v in expected.items() if v == top)
            )
            assert table.dominant[row] == leaders
        dist = type_distribution(table)
        singles = [t[0] for t in table.dominant if len(t) == 1]
        assert dist.counts == {s.id: singles.count(s.id) for s in inst.scales}
        assert dist.mixed == sum(1 for t in table.dominant if len(t) > 1)
    profile = group_profile(table)
    for scale_id in table.scores.columns:
        values = [v for v in table.scores[scale_id] if not math.isnan(v)]
        assert profile.n[scale_id] == len(values)
        if values:
            assert profile.means[scale_id] == pytest.approx(sum(values) / len(values), rel=1e-12)


@pytest.mark.parametrize("instrument_id", FACTORS)
def test_factor_matrix_equals_counting_by_hand(instrument_id):
    inst = LIBRARY[instrument_id]
    people = _respondents(inst, n=120)
    matrix = factor_matrix(inst, answers_to_frame(inst, people))
    for item in inst.items:
        if item.format.type != "rating":
            continue
        given = [p[item.id] for p in people if item.id in p]
        row = matrix.loc[item.id]
        assert row["n"] == len(given) and row["sum"] == sum(given)
        for v in range(6):
            assert row[f"count_{v}"] == given.count(v)
        for name, (lo, hi) in FACTOR_CATEGORIES.items():
            count = sum(1 for g in given if lo <= g <= hi)
            assert row[f"{name}_count"] == count
            assert row[f"{name}_share"] == (count / len(given) if given else 0) or not given


def test_factor_matrix_off_scale_values_are_counted_by_comparison():
    # Not the methodology's 0..5 integers (a hand-edited table): the fast counting path must
    # not round 2.5 into "2" or lose a 7; the figures follow the values as they are.
    inst = LIBRARY["significance"]
    first = next(it.id for it in inst.items if it.format.type == "rating")
    frame = answers_to_frame(inst, [{first: 5}, {first: 3}])
    frame.loc[0, first] = 2.5
    frame.loc[1, first] = 7.0
    row = factor_matrix(inst, frame).loc[first]
    assert row["n"] == 2 and row["sum"] == 9.5
    assert [row[f"count_{v}"] for v in range(6)] == [0] * 6
    # 2.5 is neither low (0..2) nor medium (3), and 7 is above every category
    assert all(row[f"{name}_count"] == 0 for name in FACTOR_CATEGORIES)


def test_the_frame_is_never_written_to():
    inst = LIBRARY["gerchikov"]
    frame = answers_to_frame(inst, _respondents(inst, n=20))
    before = frame.copy()
    score(inst, frame)
    pd.testing.assert_frame_equal(frame, before)
    inst = LIBRARY["job_satisfaction"]
    frame = answers_to_frame(inst, _respondents(inst, n=20))
    before = frame.copy()
    score(inst, frame)
    assert np.array_equal(frame.to_numpy(), before.to_numpy(), equal_nan=True)


def test_factor_matrix_an_integer_above_the_scale_stays_in_its_own_column():
    inst = LIBRARY["significance"]
    first, second = [it.id for it in inst.items if it.format.type == "rating"][:2]
    frame = answers_to_frame(inst, [{first: 5, second: 1}, {first: 3, second: 1}])
    frame.loc[0, first] = 7.0  # past the 0..5 scale and its "other" bin
    matrix = factor_matrix(inst, frame)
    assert matrix.loc[first, "sum"] == 10 and matrix.loc[first, "n"] == 2
    assert [matrix.loc[first, f"count_{v}"] for v in range(6)] == [0, 0, 0, 1, 0, 0]
    assert [matrix.loc[second, f"count_{v}"] for v in range(6)] == [0, 2, 0, 0, 0, 0]


@pytest.mark.parametrize("instrument_id", sorted(i.id for i in LIBRARY.values() if i.active))
def test_frame_to_answers_is_frame_row_to_answers_for_every_row(instrument_id):
    from app.scoring.frame import frame_row_to_answers, frame_to_answers

    inst = LIBRARY[instrument_id]
    frame = answers_to_frame(inst, _respondents(inst, n=60))
    expected = [frame_row_to_answers(inst, row) for _idx, row in frame.iterrows()]
    assert frame_to_answers(inst, frame) == expected
    assert expected[-1] == {} and any(expected)


def test_table_by_group_equals_a_pandas_groupby():
    from app.scoring.group import table_by_group

    inst = LIBRARY["job_satisfaction"]
    people = _respondents(inst, n=200)
    table = score(inst, answers_to_frame(inst, people))
    rng = random.Random(3)
    groups = pd.Series([rng.choice(["lt1", "1_3", "gt20", None]) for _ in people])
    got = table_by_group(table, groups, ["lt1", "1_3", "3_5", "gt20"])
    keys = groups.where(groups.notna(), "not_given")
    expected = table.scores.groupby(keys.to_numpy()).mean().T
    assert list(got.columns) == ["lt1", "1_3", "gt20", "not_given", "all"]  # 3_5: nobody
    for key in ["lt1", "1_3", "gt20", "not_given"]:
        for scale in table.scores.columns:
            a, b = got.loc[scale, key], expected.loc[scale, key]
            assert (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b, rel=1e-12)
        assert got.loc["_n", key] == int((keys == key).sum())
    assert got.loc["_n", "all"] == len(people)
    for scale in table.scores.columns:
        assert got.loc[scale, "all"] == pytest.approx(table.scores[scale].mean(), rel=1e-12)

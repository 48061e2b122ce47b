"""The vectorised campaign loader builds exactly the tables of the reference answers_to_frame."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest

from app.scoring.frame import answers_to_frame
from app.scoring.frame_fast import long_to_frame
from app.scoring.instruments import default_library


def _random_answer(item, rng):
    fmt = item.format
    if fmt.type == "multi":
        k = len(fmt.options)
        return sorted(rng.sample(range(1, k + 1), rng.randint(1, min(2, k))))
    if fmt.type == "split":
        first = rng.randint(0, fmt.total)
        return [first, fmt.total - first] + [0] * (fmt.parts - 2)
    if fmt.type == "single":
        return rng.randint(1, len(fmt.options))
    values = [v for v in range(fmt.min, fmt.max + 1) if v not in fmt.exclude]
    return rng.choice(values)


@pytest.mark.parametrize(
    "inst_id", sorted(i for i, inst in default_library().items() if inst.active)
)
def test_fast_loader_equals_the_reference(inst_id):
    inst = default_library()[inst_id]
    rng = random.Random(inst_id)
    people = []
    for _ in range(25):
        # some respondents skip items; values arrive as JSON text, as from the database
        people.append(
            {item.id: _random_answer(item, rng) for item in inst.items if rng.random() > 0.2}
        )
    ids = [f"{n:032x}" for n in range(25)]
    long = pd.DataFrame(
        [
            (rid, item, json.dumps(value))
            for rid, answers in zip(ids, people, strict=True)
            for item, value in answers.items()
        ],
        columns=["respondent", "item", "value"],
    )
    expected = answers_to_frame(inst, people)
    expected.index = pd.Index(ids)
    got = long_to_frame(inst, long.sample(frac=1, random_state=1), ids)  # any row order
    assert list(got.columns) == list(expected.columns)
    np.testing.assert_array_equal(got.to_numpy(), expected.to_numpy())


@pytest.mark.parametrize(
    "inst_id", sorted(i for i, inst in default_library().items() if inst.active)
)
def test_packed_dicts_give_the_same_table(inst_id):
    from app.scoring.frame_fast import dicts_to_frame

    inst = default_library()[inst_id]
    rng = random.Random(inst_id + "packed")
    people = [
        {item.id: _random_answer(item, rng) for item in inst.items if rng.random() > 0.2}
        for _ in range(25)
    ]
    ids = [f"{n:032x}" for n in range(25)]
    expected = answers_to_frame(inst, people)
    expected.index = pd.Index(ids)
    # respondent 3 has no packed answers for this instrument at all
    packed = {
        rid: answers for n, (rid, answers) in enumerate(zip(ids, people, strict=True)) if n != 3
    }
    expected.iloc[3] = np.nan
    got = dicts_to_frame(inst, packed, ids)
    np.testing.assert_array_equal(got.to_numpy(), expected.to_numpy())


@pytest.mark.parametrize(
    "inst_id", sorted(i for i, inst in default_library().items() if inst.active)
)
def test_frame_rows_turn_back_into_the_stored_answers(inst_id):
    from app.scoring.frame import frame_row_to_answers

    inst = default_library()[inst_id]
    rng = random.Random(inst_id + "inverse")
    people = [
        {item.id: _random_answer(item, rng) for item in inst.items if rng.random() > 0.3}
        for _ in range(10)
    ]
    frame = answers_to_frame(inst, people)
    for n, answers in enumerate(people):
        assert frame_row_to_answers(inst, frame.iloc[n]) == answers

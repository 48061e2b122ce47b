"""The canonical answer table: `answers_to_frame` builds exactly what app/scoring/frame.py defines."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from app.scoring.frame import answers_to_frame, item_columns
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


def _reference(inst, people) -> np.ndarray:
    """The table by its definition (app/scoring/frame.py), one answer at a time."""
    rows = []
    for answers in people:
        row = []
        for item in inst.items:
            fmt, value = item.format, answers.get(item.id)
            if fmt.type == "multi":
                k = len(fmt.options)
                row += (
                    [np.nan] * k if value is None else [float(o in value) for o in range(1, k + 1)]
                )
            elif fmt.type == "split":
                row += [np.nan] * fmt.parts if value is None else [float(v) for v in value]
            else:
                row.append(np.nan if value is None else float(value))
        rows.append(row)
    return np.array(rows, dtype=float)


def _people(inst, seed: str, n: int = 25) -> list[dict]:
    rng = random.Random(seed)
    # some respondents skip items, one skips the whole instrument
    people = [
        {item.id: _random_answer(item, rng) for item in inst.items if rng.random() > 0.2}
        for _ in range(n)
    ]
    people[3] = {}
    return people


@pytest.mark.parametrize(
    "inst_id", sorted(i for i, inst in default_library().items() if inst.active)
)
def test_the_table_is_its_definition(inst_id):
    inst = default_library()[inst_id]
    people = _people(inst, inst_id)
    ids = [f"{n:032x}" for n in range(len(people))]
    got = answers_to_frame(inst, people, index=ids)
    assert list(got.index) == ids
    assert list(got.columns) == [c for it in inst.items for c in item_columns(it)]
    np.testing.assert_array_equal(got.to_numpy(), _reference(inst, people))
    assert np.isnan(got.iloc[3].to_numpy()).all()


@pytest.mark.parametrize(
    "inst_id", sorted(i for i, inst in default_library().items() if inst.active)
)
def test_json_text_from_a_driver_gives_the_same_table(inst_id):
    """Values as a database driver may hand them back (JSON text) read as the values."""
    inst = default_library()[inst_id]
    people = _people(inst, inst_id + "json")
    as_text = [{k: json.dumps(v) for k, v in answers.items()} for answers in people]
    np.testing.assert_array_equal(
        answers_to_frame(inst, as_text).to_numpy(), answers_to_frame(inst, people).to_numpy()
    )


def test_damaged_values_are_left_out_not_guessed():
    library = default_library()
    gerchikov = library["gerchikov"]  # multi-choice items
    first = gerchikov.items[0]
    k = len(first.format.options)
    table = answers_to_frame(gerchikov, [{first.id: [k + 5, "x", 2]}]).to_numpy()[0][:k]
    expected = np.zeros(k)
    expected[1] = 1.0  # only option 2 is an option of this item
    np.testing.assert_array_equal(table, expected)
    climate = library["climate"]
    q = climate.items[0].id
    got = answers_to_frame(climate, [{q: "not a number"}, {q: [1, 2]}, {q: 2}])[q].tolist()
    assert np.isnan(got[0]) and np.isnan(got[1]) and got[2] == 2.0


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

"""The disclosure rule: minimum group size and subtraction protection."""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.scoring.privacy import (
    Population,
    coarser,
    disclose,
    disclose_cells,
    disclose_counts,
    disclose_partition,
    effective_threshold,
)


def test_threshold_is_never_below_three():
    assert effective_threshold(1) == 3 and effective_threshold(None) == 5
    assert effective_threshold(7) == 7


def test_small_group_is_hidden_and_says_why():
    d = disclose(4, 5)
    assert not d.allowed and d.reason == "below_threshold" and d.n == 4
    assert disclose(5, 5).allowed


def test_filter_that_would_reveal_a_group_of_four_by_subtraction():
    # 120 respondents; a filter keeps 116: showing both "all" and "the filter" would reveal the
    # answers of the 4 others by subtraction.
    d = disclose(116, 5, n_parent=120)
    assert not d.allowed and d.reason == "complement_below_threshold"
    assert disclose(115, 5, n_parent=120).allowed  # rest of 5 is fine
    assert disclose(120, 5, n_parent=120).allowed  # no rest at all


def test_partition_hides_a_second_part_when_only_one_is_small():
    parts = {"a": 30, "b": 38, "c": 22, "it": 4}
    result = disclose_partition(parts, 5)
    assert not result["it"].allowed and result["it"].reason == "below_threshold"
    assert not result["c"].allowed and result["c"].reason == "complementary"
    assert result["a"].allowed and result["b"].allowed


def test_partition_with_two_small_parts_needs_no_extra_hiding():
    result = disclose_partition({"a": 30, "b": 3, "c": 4}, 5)
    assert [k for k, d in result.items() if d.allowed] == ["a"]


def test_two_small_parts_that_together_are_below_the_threshold_hide_a_third():
    # 2 + 2 hidden: the total minus the shown parts would give a group of 4
    result = disclose_partition({"a": 30, "b": 2, "c": 2, "d": 9}, 5)
    assert [k for k, d in result.items() if d.allowed] == ["a"]
    assert result["d"].reason == "complementary"


def test_every_coarser_view_is_checked_not_only_the_parents():
    full = frozenset({"department_id", "gender", "is_manager"})
    assert len(coarser(full)) == 7 and frozenset() in coarser(full)
    # equal to both one-condition-coarser parents, but one person fewer than a grandparent
    counts = {s: 10 for s in coarser(full)} | {full: 10, frozenset({"gender"}): 11}
    d = disclose_counts(counts, full, 5)
    assert not d.allowed and d.reason == "complement_below_threshold"
    counts[frozenset({"gender"})] = 15
    assert disclose_counts(counts, full, 5).allowed


def test_cells_compare_with_the_same_cell_in_every_coarser_view():
    full = frozenset({"gender"})
    counts = {full: np.array([8, 8, 4]), frozenset(): np.array([8, 10, 20])}
    assert disclose_cells(counts, full, 5) == ["", "complement_below_threshold", "below_threshold"]


def test_a_view_next_to_a_small_sibling_is_hidden_with_it():
    # department 1: five staff and one manager; "department 1, staff" is one person short of
    # "department 1"; and "department 1, managers" (1) is hidden, so is its only sibling
    meta = pd.DataFrame(
        {
            "department_id": [1] * 6 + [2] * 20,
            "tenure_band": [None] * 26,
            "gender": [None] * 26,
            "is_manager": [True] + [False] * 25,
        }
    )
    pop = Population(meta, 5)
    assert pop.view({"department_id": 1}).allowed
    staff = pop.view({"department_id": 1, "is_manager": False})
    assert not staff.allowed and staff.reason == "complement_below_threshold"
    # a department of 3 next to one of 6: the 6 is hidden too (campaign minus the rest)
    meta.loc[meta.index[6:9], "department_id"] = 3
    pop = Population(meta, 5)
    assert pop.view({"department_id": 3}).reason == "below_threshold"
    assert pop.view({"department_id": 1}).reason == "complementary"
    assert pop.view({"department_id": 2}).allowed

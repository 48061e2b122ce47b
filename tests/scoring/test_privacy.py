"""The disclosure rule: minimum group size and subtraction protection."""

from __future__ import annotations

from app.scoring.privacy import disclose, disclose_partition, effective_threshold


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
    assert not result["c"].allowed and result["c"].reason == "complement_below_threshold"
    assert result["a"].allowed and result["b"].allowed


def test_partition_with_two_small_parts_needs_no_extra_hiding():
    result = disclose_partition({"a": 30, "b": 3, "c": 4}, 5)
    assert [k for k, d in result.items() if d.allowed] == ["a"]

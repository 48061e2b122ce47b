"""Who counts as a respondent: the share of asked items answered."""

from __future__ import annotations

from app.scoring.completeness import answered_share, counts
from app.scoring.instruments import get_instrument


def test_share_over_items_asked_with_left_out_items_and_branching():
    sat = get_instrument("satisfaction")
    ger = get_instrument("gerchikov")
    asked_sat = [i for i in sat.items if not i.optional]
    answers = {"satisfaction": {i.id: 3 for i in asked_sat[:10]}}
    share = answered_share([sat], answers)
    assert share == 10 / len(asked_sat)
    # items the campaign left out are not asked
    excluded = {"satisfaction": [i.id for i in asked_sat[10:]]}
    assert answered_share([sat], answers, excluded=excluded) == 1.0
    # Gerchikov: Q22 (managers) or Q23 (specialists) by the manager answer; neither unknown
    branch = [i for i in ger.items if i.show_if]
    assert branch, "gerchikov has a branching item"
    plain = [i for i in ger.items if not i.show_if and not i.optional]
    for is_manager in (True, False, None):
        applicable = [i for i in branch if i.applies_to(is_manager)]
        n_asked = len(plain) + len(applicable)
        all_given = {i.id: 1 for i in plain + applicable}
        assert answered_share([ger], {"gerchikov": all_given}, is_manager) == 1.0
        assert answered_share([ger], {"gerchikov": {}}, is_manager) == 0.0
        assert n_asked == len(plain) + (1 if is_manager is not None else 0)


def test_blank_values_are_not_answers_and_nothing_asked_is_none():
    sat = get_instrument("satisfaction")
    first = next(i for i in sat.items if not i.optional)
    assert answered_share([sat], {"satisfaction": {first.id: None}}) == 0.0
    assert answered_share([sat], {"satisfaction": {first.id: 0}}) > 0  # 0 is a rating
    assert answered_share([], {}) is None


def test_threshold_in_whole_hundredths():
    assert counts(0.5, 50.0) and counts(65 / 130, 50.0)
    assert not counts(64 / 130, 50.0)
    assert counts(0.1 + 0.2 - 0.3 + 0.5, 50.0)  # float noise does not drop a respondent
    assert not counts(None, 0.0)
    assert counts(0.0, 0.0)

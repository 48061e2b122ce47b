"""One set of answer rules (app/scoring/answer_rules.py) for the kiosk, files, bundles, the save."""

from __future__ import annotations

import math

import pytest

from app.scoring import answer_rules as rules
from app.scoring.flow import answer_problem
from app.scoring.instruments import default_library
from app.scoring.matrix import encode

LIB = default_library()


def _code(inst, item, value, text=""):
    found = rules.check_value(LIB, inst, item, value, text)
    return None if found is None else found.problem


@pytest.mark.parametrize(
    "inst,item,value,expected",
    [
        ("significance", "q1", 0, None),
        ("significance", "q1", 5, None),
        ("significance", "q1", 5.0, None),
        ("significance", "q1", 99, "out_of_range"),
        ("significance", "q1", -1, "out_of_range"),
        ("significance", "q1", 2.5, "not_a_number"),
        ("significance", "q1", 1e30, "out_of_range"),
        ("significance", "q1", math.nan, "not_a_number"),
        ("significance", "q1", math.inf, "not_a_number"),
        ("significance", "q1", "3", "not_a_number"),
        ("significance", "q1", [3], "not_a_number"),
        ("significance", "q1", True, "not_a_number"),
        ("significance", "q1", {"v": 3}, "not_a_number"),
        ("hall_ei", "q1", 0, "out_of_range"),
        ("hall_ei", "q1", -3, None),  # 0 is excluded
        ("gerchikov", "q2", 5, None),
        ("gerchikov", "q2", 6, "bad_option"),
        ("gerchikov", "q2", 0, "bad_option"),
        ("gerchikov", "q1", [1, 2], None),
        ("gerchikov", "q1", [1, 2, 3], "too_many_choices"),
        ("gerchikov", "q1", [], "too_few_choices"),
        ("gerchikov", "q1", [2, 2], "repeated_choice"),
        ("gerchikov", "q1", [6], "bad_option"),
        ("gerchikov", "q1", 1, "not_a_number"),
        ("gerchikov", "q1", [[1]], "not_a_number"),
        ("herzberg", "q1", [2, 3], None),
        ("herzberg", "q1", [3, 3], "split_sum"),
        ("herzberg", "q1", [5], "split_parts"),
        ("herzberg", "q1", [6, -1], "not_a_number"),
        ("herzberg", "q1", [2.5, 2.5], "not_a_number"),
        ("significance", "q999", 3, "unknown_item"),
        ("nonsense", "q1", 3, "unknown_instrument"),
        ("significance", None, 3, "unknown_item"),
        (None, "q1", 3, "unknown_instrument"),
    ],
)
def test_values(inst, item, value, expected):
    assert _code(inst, item, value) == expected


def test_own_texts():
    own = next(i for i in LIB["significance"].items if i.own_variant)
    plain = LIB["significance"].items[0]
    assert _code("significance", own.id, 3, "x" * 200) is None
    assert _code("significance", own.id, 3, "x" * 201) == "text_too_long"
    assert _code("significance", own.id, 3, 5) == "not_text"
    assert _code("significance", plain.id, 3, "my own") == "no_own_variant"


def test_the_kiosk_the_vector_and_the_rules_agree():
    item = LIB["gerchikov"].item("q1")
    assert answer_problem(item, [1, 2, 3]).expected == 2  # the kiosk names the bound
    assert answer_problem(LIB["herzberg"].item("q1"), [1, 1]).expected == 5
    # a vector is made only of answers that meet the rules
    assert encode([LIB["significance"]], {"significance": {"q1": 3}}) is not None
    assert encode([LIB["significance"]], {"significance": {"q1": 99}}) is None


def test_the_save_refuses_what_the_rules_refuse(db):
    from sqlalchemy import func, select

    from app.data.sessions import InvalidAnswer, record_answer, start_session
    from app.models import Organisation
    from app.models.campaign import Answer

    with db.session() as s:
        s.add(Organisation(name_ru="О", name_kk="О"))
        s.commit()
        sid = start_session(s, None, "ru", [("climate", "1.0"), ("gerchikov", "1.0")])
        record_answer(s, sid, "climate", "q1", 8)
        record_answer(s, sid, "gerchikov", "q1", [1, 2])
        for inst, item, value, text in (
            ("climate", "q1", 99, ""),
            ("climate", "q1", 2.5, ""),
            ("climate", "q1", "3", ""),
            ("climate", "q99", 3, ""),
            ("nonsense", "q1", 3, ""),
            ("gerchikov", "q1", [1, 2, 3], ""),
            ("climate", "q2", 3, "own text on a plain item"),
        ):
            with pytest.raises(InvalidAnswer):
                record_answer(s, sid, inst, item, value, own_text=text)
        record_answer(s, sid, "climate", "q1", None)  # clearing is always fine
        assert s.scalar(select(func.count()).select_from(Answer)) == 1

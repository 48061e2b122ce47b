"""Partial answers (issue 18.5): one stated rule per test, applied, and shown in the notes."""

from __future__ import annotations

import math

import pytest

from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.instruments import default_library, get_instrument

from .test_instrument_keys import _schein_seed_answers


@pytest.mark.parametrize(
    "instrument_id", sorted(i.id for i in default_library().values() if i.active)
)
def test_every_active_instrument_states_its_rule_in_both_languages(instrument_id):
    notes = get_instrument(instrument_id).notes
    assert sum(n.ru.startswith("Неполные ответы") for n in notes) == 1
    assert sum(n.kk.startswith("Толық емес жауаптар") for n in notes) == 1


def test_schein_a_blank_statement_leaves_only_its_scale_unscored():
    inst = get_instrument("schein")
    answers = _schein_seed_answers()
    del answers["q1"]  # professional competence
    scores = score(inst, answers_to_frame(inst, [answers])).respondent(0)["scores"]
    assert scores["competence"] is None
    assert round(scores["autonomy"], 2) == 8.6 and round(scores["management"], 2) == 6.8


def test_herzberg_a_blank_pair_leaves_both_of_its_scales_unscored():
    inst = get_instrument("herzberg")
    answers = {f"q{n}": [3, 2] for n in range(1, 29)}
    del answers["q1"]
    scores = score(inst, answers_to_frame(inst, [answers])).scores.iloc[0]
    a, b = inst.scoring.key["q1"]
    assert math.isnan(scores[a]) and math.isnan(scores[b])
    assert scores.notna().sum() == len(scores) - len({a, b})


def test_hall_a_blank_item_leaves_its_scale_and_the_total_unscored():
    from .test_instrument_keys import HALL_SEED

    inst = get_instrument("hall_ei")
    answers = {f"q{k}": v for k, v in HALL_SEED.items() if k != 1}
    scores = score(inst, answers_to_frame(inst, [answers])).respondent(0)["scores"]
    blank_scale = next(s.id for s in inst.scales if "q1" in s.items)
    assert scores[blank_scale] is None and scores["total"] is None
    assert sum(v is not None for v in scores.values()) == len(inst.scales) - 1

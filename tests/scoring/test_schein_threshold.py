"""Schein's "pronounced anchor" threshold is an office setting (issue 18.1): stored in the
database, applied wherever pronounced anchors appear (scores' levels, the result sheet, the kiosk's
result page, `score` on the command line)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.scoring import office
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.instruments import get_instrument

from .test_instrument_keys import _schein_seed_answers

# The seed example's means: autonomy 8.60, lifestyle 7.80, job stability 7.67, management 6.80,
# entrepreneurship 6.40, the rest below 6.
AT_6 = {"autonomy", "lifestyle", "job_stability", "management", "entrepreneurship"}
AT_6_5 = {"autonomy", "lifestyle", "job_stability", "management"}
AT_7 = {"autonomy", "lifestyle", "job_stability"}


def _pronounced(**kwargs) -> set[str]:
    inst = get_instrument("schein")
    levels = score(inst, answers_to_frame(inst, [_schein_seed_answers()]), **kwargs).respondent(0)
    return {k for k, v in levels["levels"].items() if v == "pronounced"}


@pytest.fixture(autouse=True)
def _default_settings():
    office.set_current({})
    yield
    office.set_current({})


def test_default_is_above_six():
    assert _pronounced() == AT_6


def test_current_office_value_applies_to_every_score_call():
    office.set_current({office.SCHEIN_THRESHOLD: 6.5})
    assert _pronounced() == AT_6_5
    inst = get_instrument("schein")
    assert (
        _pronounced(level_overrides=office.level_overrides(inst, {"schein_threshold": 7})) == AT_7
    )
    # other instruments are untouched
    assert office.level_overrides(get_instrument("hall_ei")) == {}


@pytest.mark.parametrize(
    "value, problem",
    [
        ("11", "out_of_range"),
        ("0", "out_of_range"),
        ("six", "not_a_number"),
        ("nan", "out_of_range"),
    ],
)
def test_bad_values_are_refused(value, problem):
    with pytest.raises(office.SettingError) as info:
        office.validate(office.SCHEIN_THRESHOLD, value)
    assert info.value.problem == problem
    assert office.validate(office.SCHEIN_THRESHOLD, "6,5") == 6.5


def test_stored_value_survives_reopening_and_labels_the_result_sheet(db, tmp_path):
    from app.data.office_settings import effective, save
    from app.data.store import open_database
    from app.reports.result_sheet import ResultSheet, render_result_sheet
    from tests.reports.helpers import pdf_text

    with db.session() as session:
        assert effective(session)[office.SCHEIN_THRESHOLD] == 6.0
        save(session, office.SCHEIN_THRESHOLD, 7)
        session.commit()
    office.set_current({})  # as in a new process
    again = open_database(db.url)  # opening a database makes its settings current
    try:
        assert office.current(office.SCHEIN_THRESHOLD) == 7.0
        assert _pronounced() == AT_7
        inst = get_instrument("schein")
        result = score(inst, answers_to_frame(inst, [_schein_seed_answers()])).respondent(0)
        sheet = ResultSheet(inst, result, "Иванова Айгерим", "Министерство", date(2026, 3, 14))
        text = pdf_text(render_result_sheet(sheet, "ru"), tmp_path)
        # management 6.80 is no longer pronounced at 7
        # (a rank column may stand between the score and the level)
        assert re.search(r"Менеджмент 6,80 (\S+ )?не выражена", text), text[:900]
        assert re.search(r"Автономия \(независимость\) 8,60 (\S+ )?ярко", text)
    finally:
        again.dispose()


def test_kiosk_result_page_uses_the_office_threshold(qapp):
    from app.ui.kiosk.result_page import InstrumentResult

    office.set_current({office.SCHEIN_THRESHOLD: 7})
    block = InstrumentResult(get_instrument("schein"), _schein_seed_answers(), "ru")
    pronounced = {r.scale_id for r in block.result.rows if r.level == "ярко выражена"}
    assert pronounced == AT_7

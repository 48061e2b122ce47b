"""Campaign analysis on the demo database: figures equal a direct computation; privacy holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.data.answer_store import load_campaign_data
from app.data.store import open_database
from app.models import Campaign, Department, SurveySession
from app.scoring.analysis import Filter, analyse
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters


@pytest.fixture(scope="module")
def demo(demo_db_path):
    database = open_database(str(demo_db_path))
    with database.session() as s:
        campaign = s.scalars(select(Campaign).order_by(Campaign.period_start.desc())).first()
        data = load_campaign_data(s, campaign.id, default_library())
        depts = {d.name_ru: d.id for d in s.scalars(select(Department))}
        # the record of each finished session (app/data/answer_store.py), read directly
        documents = s.scalars(
            select(SurveySession.packed_answers).where(
                SurveySession.campaign_id == campaign.id,
                SurveySession.state == "finished",
                SurveySession.kind == "anonymous",
            )
        ).all()
        raw = [
            d["a"]["significance"]["q1"]
            for d in documents
            if d["a"].get("significance", {}).get("q1") is not None
        ]
    yield data, depts, raw
    database.dispose()


def test_only_finished_anonymous_sessions_are_analysed(demo):
    data, _, _ = demo
    assert len(data.meta) == 120  # the abandoned session and named sessions are left out
    assert list(data.meta.index) == sorted(data.meta.index)  # ordered by random id


def test_factor_figures_equal_a_direct_computation(demo):
    data, _, raw = demo
    result = analyse(data, default_library(), load_parameters())
    row = result.instruments["significance"].factors.loc["q1"]
    assert row["n"] == len(raw) and row["sum"] == sum(raw)
    assert row["mean"] == pytest.approx(sum(raw) / len(raw))
    assert row["strength_pct"] == pytest.approx(sum(raw) * 100 / (5 * len(raw)))
    assert result.level is not None and 0 < result.level.integral <= 1


def test_small_department_is_suppressed(demo):
    data, depts, _ = demo
    it = analyse(
        data,
        default_library(),
        load_parameters(),
        Filter(department_id=depts["Отдел информационных технологий"]),
    )
    assert it.n is None and it.disclosure.n == 4 and not it.disclosure.allowed
    assert it.disclosure.reason == "below_threshold"
    assert all(f.factors is None for f in it.instruments.values())


def test_filter_revealing_four_by_subtraction_is_refused(demo):
    # "Staff (non-managers)" keeps most respondents; if the managers were fewer than 5, showing
    # the filter next to the whole campaign would reveal them by subtraction.
    data, _, _ = demo
    managers = int((data.meta["is_manager"] == True).sum())  # noqa: E712 - pandas mask
    result = analyse(data, default_library(), load_parameters(), Filter(is_manager=False))
    if 0 < managers < 5:
        assert not result.disclosure.allowed
        assert result.disclosure.reason == "complement_below_threshold"
    else:
        assert result.disclosure.allowed
    # Constructed case: keep all but four respondents.
    trimmed = data.meta.copy()
    trimmed["gender"] = "female"
    trimmed.iloc[:4, trimmed.columns.get_loc("gender")] = "male"
    data4 = type(data)(data.campaign_id, data.threshold, trimmed, data.frames, data.own_texts)
    refused = analyse(data4, default_library(), load_parameters(), Filter(gender="female"))
    assert (
        not refused.disclosure.allowed and refused.disclosure.reason == "complement_below_threshold"
    )
    male = analyse(data4, default_library(), load_parameters(), Filter(gender="male"))
    assert male.n is None and male.disclosure.n == 4 and male.disclosure.reason == "below_threshold"


def test_own_variant_texts_are_collected_without_order(demo):
    data, _, _ = demo
    assert data.own_texts == sorted(data.own_texts)

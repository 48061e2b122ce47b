"""«Exclude flagged sessions» (issue 20.3) is one more view condition under the disclosure rule:
comparing the view with and without the flagged sessions must never single out a flagged
respondent. Runs on SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

from itertools import product

import pytest
from sqlalchemy import select, update

from app.models.campaign import AnswerVector, Campaign, SurveySession
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService, result_dict
from tests.privacy.attack import cells, key, small_differences
from tests.privacy.synthetic import THRESHOLD, build


def _flag(session, campaign_id: int, department_id: int | None, how_many: int) -> None:
    """Mark `how_many` finished sessions of a department as too fast (as the kiosk would)."""
    sids = session.scalars(
        select(SurveySession.id)
        .where(
            SurveySession.campaign_id == campaign_id, SurveySession.department_id == department_id
        )
        .order_by(SurveySession.id)
    ).all()
    for sid in sids[:how_many]:
        for table in (SurveySession, AnswerVector):
            column = table.id if table is SurveySession else table.session_id
            session.execute(update(table).where(column == sid).values(too_fast=True))
    session.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id)
        .values(vector_revision=Campaign.vector_revision + 1)
    )


def _quality_cells(data: dict) -> dict | None:
    """What a reader can count in a view, the answer-quality figures included."""
    out = cells(data)
    if out is None:
        return None
    quality = data["answer_quality"]
    if quality["flagged"] is not None:
        out[("flagged",)] = quality["flagged"]
    for inst_id, scales in quality["alpha"].items():
        for scale, row in scales.items():
            if row["n"] is not None:
                out[("alpha", inst_id, scale)] = row["n"]
    return out


@pytest.fixture
def flagged(db):
    """The planted campaign; one flagged respondent in department A (6 people) and six in
    department C (25)."""
    with db.session() as session:
        ids = build(session)
        _flag(session, ids["campaign"], ids["departments"]["A"], 1)
        _flag(session, ids["campaign"], ids["departments"]["C"], 6)
        session.commit()
    return db, ids


def test_with_and_without_flagged_never_single_out_a_flagged_respondent(flagged):
    database, ids = flagged
    service = AnalysisService(default_library())
    a, c = ids["departments"]["A"], ids["departments"]["C"]
    with database.session() as session:

        def view(flt):
            return result_dict(service.analyse(session, ids["campaign"], flt))

        # the attack: department A with and without its one flagged respondent
        with_a, without_a = view(Filter(a)), view(Filter(a, exclude_flagged=True))
        assert with_a["shown"] and with_a["n"] == 6
        assert not without_a["shown"]  # 6 − 5 = the flagged one: refused
        assert without_a["reason_key"] == "complement_below_threshold"
        assert without_a["filter"]["exclude_flagged"] is True
        assert without_a["answer_quality"]["exclude_flagged"] is True
        assert without_a["instruments"] == {} and without_a["answer_quality"]["alpha"] == {}
        # the whole campaign has 7 flagged: with and without differ by at least t
        whole, clean = view(Filter()), view(Filter(exclude_flagged=True))
        assert whole["shown"] and clean["shown"] and whole["n"] - clean["n"] == 7
        assert "left out" in clean["answer_quality"]["note"]
        assert whole["answer_quality"]["flagged"] == 7
        # department C: 6 flagged of 25, shown both ways
        assert view(Filter(c))["n"] - view(Filter(c, exclude_flagged=True))["n"] == 6
        # every pair of nested views, the exclusion among the conditions
        departments = [None, a, ids["departments"]["B"], c, ids["departments"]["D"]]
        views = {}
        for d, g, m, x in product(
            departments, (None, "female", "male"), (None, True, False), (False, True)
        ):
            flt = Filter(d, None, g, m, exclude_flagged=x)
            views[key(flt)] = _quality_cells(view(flt))
    assert small_differences(views, THRESHOLD) == []


def test_the_attack_finds_the_flagged_respondent_when_the_rule_is_bypassed(flagged):
    """The checker is not blind: leaving flagged sessions out of the data itself (not as a
    view condition) shows both views, and the pair gives away the one flagged person."""
    from app.data.answer_store import load_campaign_data
    from app.scoring.analysis import analyse
    from app.scoring.level import load_parameters
    from app.services.analysis import analysis_dict

    database, ids = flagged
    library = default_library()
    with database.session() as session:
        data = load_campaign_data(session, ids["campaign"], library)
    a = ids["departments"]["A"]
    bypass = data.__class__(
        data.campaign_id,
        data.threshold,
        data.meta[~data.meta["flagged"].astype(bool)],
        {k: f[~data.meta["flagged"].astype(bool).to_numpy()] for k, f in data.frames.items()},
    )
    with_a = analysis_dict(analyse(data, library, load_parameters(), Filter(a)))
    without_a = analysis_dict(analyse(bypass, library, load_parameters(), Filter(a)))
    views = {key(Filter(a)): cells(with_a), key(Filter(a, exclude_flagged=True)): cells(without_a)}
    assert small_differences(views, THRESHOLD)

"""Who counts as a respondent (issue 23.3): a finished anonymous session below the office's
minimum share of answered items is kept, shown apart, and left out of participation and
analysis; changing the setting judges every session again."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.data.office_settings import save
from app.data.queries import participation
from app.data.respondents import classify_sessions, insufficient_count
from app.data.sessions import (
    Demographics,
    finish_session,
    record_answer,
    set_demographics,
    start_session,
)
from app.models import Campaign, Department, Organisation, SurveySession
from app.models.campaign import AnswerVector, CampaignDepartment, CampaignInstrument
from app.scoring import office
from app.scoring.completeness import DEFAULT_MIN_ANSWERED_PCT
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService
from tests.conftest import SHIPPED_MIN_ANSWERED_PCT


def test_the_shipped_minimum_is_half_of_the_items_asked():
    assert SHIPPED_MIN_ANSWERED_PCT == DEFAULT_MIN_ANSWERED_PCT == 50.0


@pytest.fixture
def campaign(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=40)
        s.add(dept)
        s.flush()
        c = Campaign(
            organisation_id=org.id,
            name="К",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 20),
            status="open",
        )
        c.instruments = [CampaignInstrument(instrument_id="climate", instrument_version="1.0")]
        c.departments = [CampaignDepartment(department_id=dept.id, headcount=40)]
        s.add(c)
        s.commit()
        save(s, office.MIN_ANSWERED_PCT, 50)  # the shipped value, stored as an office would
        s.commit()
        return c.id, dept.id


def _respondent(db, campaign, answered: int) -> None:
    campaign_id, dept_id = campaign
    with db.session() as s:
        sid = start_session(s, campaign_id, "ru", [("climate", "1.0")])
        set_demographics(s, sid, Demographics(dept_id, None, False, None))
        for n in range(1, answered + 1):
            record_answer(s, sid, "climate", f"q{n}", 4)
        finish_session(s, sid)


def test_a_near_empty_session_is_kept_but_is_not_a_respondent(db, campaign):
    for answered in (10, 10, 10, 10, 10, 5, 4, 1):  # climate asks 10 pairs
        _respondent(db, campaign, answered)
    extra = (3, 0, 2)  # three more gave up: five in all, a count the threshold lets through
    campaign_id, dept_id = campaign
    with db.session() as s:
        states = sorted(s.scalars(select(SurveySession.state)))
        assert states.count("finished") == 6 and states.count("insufficient") == 2
        assert insufficient_count(s, campaign_id) == 2
        # no answer vector: the analysis cache holds respondents only
        assert (
            s.scalar(
                select(AnswerVector.session_id)
                .join(SurveySession, SurveySession.id == AnswerVector.session_id)
                .where(SurveySession.state == "insufficient")
            )
            is None
        )
        (row,) = participation(s, campaign_id)
        assert row.finished == 6  # 6 of 40, not 8
        s.get(Campaign, campaign_id).status = "closed"
        s.commit()
        service = AnalysisService(default_library())
        result = service.analyse(s, campaign_id)
        assert result.n == 6
        assert result.insufficient is None  # 2: a count under the threshold is not shown
        s.get(Campaign, campaign_id).status = "open"
        s.commit()
    for answered in extra:
        _respondent(db, campaign, answered)
    with db.session() as s:
        s.get(Campaign, campaign_id).status = "closed"
        s.commit()
        result = service.analyse(s, campaign_id)
        assert result.n == 6 and result.insufficient == 5


def test_changing_the_minimum_judges_every_session_again(db, campaign):
    for answered in (10, 4, 1):
        _respondent(db, campaign, answered)
    with db.session() as s:
        save(s, office.MIN_ANSWERED_PCT, 0)
        s.commit()
        assert sorted(s.scalars(select(SurveySession.state))) == ["finished"] * 3
        assert (
            s.scalar(
                select(AnswerVector.session_id)
                .where(AnswerVector.campaign_id == campaign[0])
                .limit(1)
            )
            is not None
        )
        assert len(s.scalars(select(AnswerVector.session_id)).all()) == 3  # vectors again
        save(s, office.MIN_ANSWERED_PCT, 40)  # 4 of 10 counts, 1 of 10 does not
        s.commit()
        assert sorted(s.scalars(select(SurveySession.state))) == [
            "finished",
            "finished",
            "insufficient",
        ]
        assert classify_sessions(s) == {"finished": 0, "insufficient": 0}  # idempotent


def test_named_test_sessions_always_count(db, campaign):
    from app.models import Employee

    with db.session() as s:
        emp = Employee(department_id=campaign[1], full_name="Иванов")
        s.add(emp)
        s.commit()
        sid = start_session(
            s, None, "ru", [("schein", "1.0")], employee_id=emp.id, consent_on=date(2026, 3, 5)
        )
        record_answer(s, sid, "schein", "q1", 5)
        finish_session(s, sid)
        assert s.get(SurveySession, sid).state == "finished"


def test_paper_rows_with_too_few_answers_are_kept_apart(db, campaign, tmp_path):
    from app.data.response_import import import_responses
    from app.scoring.instruments import get_instrument

    climate = get_instrument("climate")
    path = tmp_path / "paper.csv"
    header = ",".join(f"q{n}" for n in range(1, 11))
    full = ",".join(["4"] * 10)
    path.write_text(f"{header}\n{full}\n{full}\n4,,,,,,,,,\n", encoding="utf-8")
    with db.session() as s:
        result = import_responses(s, campaign[0], climate, path)
        s.commit()
        assert result.added == 3  # all kept
        states = sorted(s.scalars(select(SurveySession.state)))
        assert states == ["finished", "finished", "insufficient"]
        # respondents only in the analysis cache
        assert len(s.scalars(select(AnswerVector.session_id)).all()) == 2


def test_a_bundle_brings_its_near_empty_sessions_in_apart(db, campaign, tmp_path):
    from app.data.bundles import export_bundle, import_bundle

    for answered in (10, 10, 2):
        _respondent(db, campaign, answered)
    path = tmp_path / "kiosk.zip"
    with db.session() as s:
        save(s, office.MIN_ANSWERED_PCT, 0)  # exported as a kiosk PC with no minimum would
        s.commit()
        assert export_bundle(s, campaign[0], path) == 3
        for row in s.scalars(select(SurveySession)).all():
            s.delete(row)
        s.commit()
        save(s, office.MIN_ANSWERED_PCT, 50)
        s.commit()
        assert import_bundle(s, path, campaign[0]).added == 3
        s.commit()
        assert sorted(s.scalars(select(SurveySession.state))) == [
            "finished",
            "finished",
            "insufficient",
        ]

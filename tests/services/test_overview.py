"""The overview's "what needs doing" and headline, step by step from an empty database."""

from __future__ import annotations

from datetime import date, timedelta

from app.models.base import CampaignStatus
from app.models.cards import Card
from app.models.organisation import Department, Employee, Organisation
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService
from app.services.campaigns import CampaignSpec, save_campaign, set_status
from app.services.overview import build_overview

TODAY = date(2026, 6, 1)


def _kinds(overview) -> list[str]:
    return [t.kind for t in overview.todos]


def test_what_needs_doing_follows_the_set_up(db):
    service = AnalysisService(default_library())
    with db.session() as s:
        assert not build_overview(s, service, today=TODAY).has_organisation
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.commit()
        assert _kinds(build_overview(s, service, today=TODAY)) == ["no_departments"]
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=12)
        other = Department(organisation_id=org.id, name_ru="Другой", name_kk="Басқа", headcount=8)
        s.add_all([dept, other])
        s.commit()
        assert _kinds(build_overview(s, service, today=TODAY)) == ["no_employees", "no_campaign"]
        person = Employee(department_id=dept.id, full_name="Иванова А.")
        s.add(person)
        s.commit()
        overview = build_overview(s, service, today=TODAY)
        assert _kinds(overview) == ["no_campaign"] and overview.headline is None
        # a head is not asked to set up the organisation
        assert _kinds(build_overview(s, service, scope={dept.id}, today=TODAY, admin=False)) == []

        spec = CampaignSpec(
            name="Опрос",
            period_start=date(2026, 5, 1),
            period_end=date(2026, 6, 30),
            headcounts={dept.id: 12},
            instruments=["climate"],
            kiosk_pin="2468",
        )
        cid = save_campaign(s, org.id, spec, default_library())
        s.commit()
        # a draft is not yet "the latest campaign", and asks for nothing
        overview = build_overview(s, service, today=TODAY)
        assert overview.headline is None and _kinds(overview) == []
        set_status(s, cid, CampaignStatus.OPEN)
        s.commit()
        overview = build_overview(s, service, today=TODAY)
        h = overview.headline
        assert (h.campaign_id, h.status, h.shown, h.reason) == (cid, "open", False, "campaign_open")
        assert (h.headcount, h.respondents, h.level) == (12, 0, None)
        (todo,) = overview.todos
        assert (todo.kind, todo.campaign_id, todo.count, todo.share) == (
            "low_participation",
            cid,
            0,
            0.0,
        )
        # a head of a department the campaign does not cover sees neither
        outside = build_overview(s, service, scope={other.id}, today=TODAY, admin=False)
        assert outside.headline is None and outside.todos == []

        # cards in force due for their yearly review within 30 days
        def card(review: date, status: str = "active", department=dept) -> Card:
            return Card(
                kind="personal",
                organisation_id=org.id,
                employee_id=person.id,
                department_id=department.id,
                filled_on=date(2025, 6, 1),
                status=status,
                next_review_on=review,
            )

        s.add_all(
            [
                card(TODAY + timedelta(days=30)),
                card(TODAY - timedelta(days=3)),
                card(TODAY + timedelta(days=31)),
                card(TODAY, status="stopped"),
                card(TODAY, status="draft"),
                card(TODAY, department=other),
            ]
        )
        s.commit()
        reviews = {t.kind: t for t in build_overview(s, service, today=TODAY).todos}
        assert reviews["reviews_due"].count == 3  # +30, -3 days and the other department's
        scoped = {
            t.kind: t
            for t in build_overview(s, service, scope={dept.id}, today=TODAY, admin=False).todos
        }
        assert scoped["reviews_due"].count == 2

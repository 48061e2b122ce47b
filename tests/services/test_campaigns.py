"""Campaign management: validation names every problem; status moves draft -> open -> closed."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Campaign, Department, Organisation
from app.models.base import CampaignStatus
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignError, CampaignSpec, check_pin, save_campaign, set_status


@pytest.fixture
def setup(db):
    with db.session() as s:
        o = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(o)
        s.flush()
        d = Department(organisation_id=o.id, name_ru="Отдел", name_kk="Бөлім", headcount=20)
        s.add(d)
        s.commit()
        return o.id, d.id


def _spec(dept: int, **over) -> CampaignSpec:
    spec = CampaignSpec(
        name="Мониторинг 2026",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 20),
        headcounts={dept: 20},
        instruments=["significance", "satisfaction"],
        excluded_items={},
        kiosk_pin="2468",
    )
    for k, v in over.items():
        setattr(spec, k, v)
    return spec


def test_create_open_close(db, setup):
    org, dept = setup
    with db.session() as s:
        cid = save_campaign(s, org, _spec(dept), default_library())
        c = s.get(Campaign, cid)
        assert [i.instrument_id for i in c.instruments] == ["significance", "satisfaction"]
        assert c.departments[0].headcount == 20 and c.status == "draft"
        assert check_pin(c, "2468") and not check_pin(c, "0000")
        assert "2468" not in c.kiosk_pin_hash
        set_status(s, cid, CampaignStatus.OPEN)
        set_status(s, cid, CampaignStatus.CLOSED)
        assert s.get(Campaign, cid).status == "closed"
        with pytest.raises(CampaignError):
            set_status(s, cid, CampaignStatus.CLOSED)


def test_every_problem_is_named(db, setup):
    org, dept = setup
    bad = _spec(
        dept,
        name=" ",
        period_end=date(2026, 2, 1),
        instruments=["maslow", "nope"],
        anonymity_threshold=2,
        kiosk_pin="12a",
    )
    with db.session() as s, pytest.raises(CampaignError) as info:
        save_campaign(s, org, bad, default_library())
    fields = dict(info.value.problems)
    assert fields["name"] == "required" and fields["period_end"] == "before_start"
    assert fields["anonymity_threshold"] == "below_minimum" and fields["kiosk_pin"] == "format"
    assert ("instruments", "disabled:maslow") in info.value.problems
    assert ("instruments", "unknown:nope") in info.value.problems


def test_only_optional_items_can_be_left_out(db, setup):
    org, dept = setup
    library = default_library()
    optional = [i.id for i in library["significance"].items if i.optional]
    assert optional, "table 2.1 marks some factors with *"
    with db.session() as s:
        cid = save_campaign(s, org, _spec(dept, excluded_items={"significance": optional}), library)
        assert s.get(Campaign, cid).instruments[0].excluded_items == sorted(optional)
        with pytest.raises(CampaignError) as info:
            save_campaign(s, org, _spec(dept, excluded_items={"significance": ["q1"]}), library)
        assert ("excluded_items", "not_optional:significance") in info.value.problems


def test_job_satisfaction_always_asks_tenure(db, setup):
    # Batarshev's table 3.4 groups by tenure (its Q19), so the campaign asks the tenure band
    # even when the HR officer unticked it; other choices are kept in kiosk order.
    org, dept = setup
    with db.session() as s:
        cid = save_campaign(
            s,
            org,
            _spec(dept, instruments=["job_satisfaction"], demographics=["gender"]),
            default_library(),
        )
        assert s.get(Campaign, cid).demographics == ["tenure_band", "gender"]
        cid = save_campaign(
            s, org, _spec(dept, name="Другой", demographics=["gender"]), default_library()
        )
        assert s.get(Campaign, cid).demographics == ["gender"]

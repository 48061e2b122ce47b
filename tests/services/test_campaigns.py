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


def test_a_saved_campaign_reads_back_as_the_form_filled_it_without_its_pin(db, setup):
    from app.services.campaigns import active_departments, load_spec

    org, dept = setup
    spec = _spec(dept, excluded_items={"significance": ["q20"]}, anonymity_threshold=7)
    with db.session() as s:
        cid = save_campaign(s, org, spec, default_library())
        back = load_spec(s, cid)
        assert active_departments(s) == [(dept, "Отдел", "Бөлім", 20)]
    assert back.kiosk_pin == ""  # only the hash is kept: nothing to read back
    assert (back.name, back.period_start, back.period_end) == (
        spec.name,
        spec.period_start,
        spec.period_end,
    )
    assert back.headcounts == {dept: 20} and back.anonymity_threshold == 7
    assert back.instruments == ["significance", "satisfaction"]
    assert back.excluded_items == {"significance": ["q20"], "satisfaction": []}
    assert "department" in back.demographics


def test_the_kiosk_starts_only_for_an_open_campaign_with_a_pin(db, setup):
    from app.services.kiosk_setup import campaign_setup, kiosk_problem

    org, dept = setup
    with db.session() as s:
        assert kiosk_problem(s, 999) == "not_found"
        cid = save_campaign(s, org, _spec(dept), default_library())
        assert kiosk_problem(s, cid) == "not_open"
        set_status(s, cid, CampaignStatus.OPEN)
        assert kiosk_problem(s, cid) is None
        setup_ = campaign_setup(s, cid, default_library(), idle_seconds=60)
        s.get(Campaign, cid).kiosk_pin_hash = ""  # e.g. a campaign from an older version
        assert kiosk_problem(s, cid) == "no_pin"
    # the set-up outlives the database session: plain values and a PIN check of the hash
    assert [i.id for i in setup_.instruments] == ["significance", "satisfaction"]
    assert setup_.departments == [(dept, "Отдел", "Бөлім")] and setup_.idle_seconds == 60
    assert setup_.pin_check("2468") and not setup_.pin_check("0000")

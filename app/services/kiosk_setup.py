"""What a kiosk needs before its first respondent: whether the campaign can run one, and its
set-up (instruments, demographic questions, departments, the PIN check). Qt-free: the kiosk
window and `motivdesk kiosk` ask here instead of reading the database themselves."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.models.base import CampaignStatus
from app.models.campaign import Campaign
from app.models.organisation import Department
from app.scoring.definitions import Instrument
from app.services.campaigns import pin_matches
from app.services.kiosk_controller import KioskSetup


def kiosk_problem(session: Session, campaign_id: int) -> str | None:
    """Why the kiosk cannot start for this campaign ("not_found", "not_open", "no_pin"; the
    caller words it), or None."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        return "not_found"
    if campaign.status != CampaignStatus.OPEN.value:
        return "not_open"
    if not campaign.kiosk_pin_hash:
        return "no_pin"
    return None


def campaign_setup(
    session: Session,
    campaign_id: int,
    library: Mapping[str, Instrument],
    idle_seconds: int = 90,
) -> KioskSetup:
    """The kiosk set-up of a campaign: its active instruments in order, the items it leaves
    out, its demographic questions and departments, and a check of its PIN."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise KeyError(campaign_id)
    instruments = [
        library[ci.instrument_id]
        for ci in campaign.instruments
        if ci.instrument_id in library and library[ci.instrument_id].active
    ]
    excluded = {ci.instrument_id: set(ci.excluded_items) for ci in campaign.instruments}
    departments = [
        (d.id, d.name_ru, d.name_kk)
        for cd in campaign.departments
        for d in [session.get(Department, cd.department_id)]
    ]
    pin_hash = campaign.kiosk_pin_hash

    def pin_check(pin: str) -> bool:  # the hash only: no ORM object outlives the session
        return pin_matches(pin_hash, pin)

    return KioskSetup(
        campaign_id=campaign_id,
        instruments=instruments,
        excluded=excluded,
        demographics=tuple(campaign.demographics),
        departments=departments,
        pin_check=pin_check,
        idle_seconds=idle_seconds,
    )

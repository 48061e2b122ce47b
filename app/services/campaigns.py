"""Creating, opening and closing survey campaigns (journey 1 of PRODUCT.md §1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data import answer_store
from app.data.auth import hash_secret, verify_secret
from app.models.base import CampaignStatus, utcnow
from app.models.campaign import Campaign, CampaignDepartment, CampaignInstrument
from app.models.organisation import Department
from app.scoring.definitions import Instrument
from app.scoring.vocab import DEMOGRAPHIC_FIELDS

DEMOGRAPHICS = DEMOGRAPHIC_FIELDS
MIN_THRESHOLD = 3  # PRODUCT.md §8: the anonymity threshold is never below 3
PIN_LENGTH = (4, 8)


class CampaignError(Exception):
    """Carries a list of (field, problem code) pairs; the UI words them."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(", ".join(f"{f}: {p}" for f, p in problems))
        self.problems = problems


@dataclass
class CampaignSpec:
    name: str
    period_start: date
    period_end: date
    headcounts: dict[int, int]  # department id -> headcount covered
    instruments: list[str]
    excluded_items: dict[str, list[str]] = field(default_factory=dict)
    demographics: list[str] = field(default_factory=lambda: list(DEMOGRAPHICS))
    anonymity_threshold: int = 5
    kiosk_pin: str = ""


def validate_spec(
    spec: CampaignSpec, library: dict[str, Instrument], existing_pin: bool = False
) -> list[tuple[str, str]]:
    problems = []
    if not spec.name.strip():
        problems.append(("name", "required"))
    if spec.period_end < spec.period_start:
        problems.append(("period_end", "before_start"))
    if not spec.headcounts:
        problems.append(("departments", "required"))
    if any(h < 0 for h in spec.headcounts.values()):
        problems.append(("headcount", "negative"))
    if not spec.instruments:
        problems.append(("instruments", "required"))
    for inst_id in spec.instruments:
        inst = library.get(inst_id)
        if inst is None:
            problems.append(("instruments", f"unknown:{inst_id}"))
        elif not inst.active:
            problems.append(("instruments", f"disabled:{inst_id}"))
    for inst_id, items in spec.excluded_items.items():
        inst = library.get(inst_id)
        optional = {i.id for i in inst.items if i.optional} if inst else set()
        if any(item not in optional for item in items):
            problems.append(("excluded_items", f"not_optional:{inst_id}"))
    if any(d not in DEMOGRAPHICS for d in spec.demographics):
        problems.append(("demographics", "unknown"))
    if spec.anonymity_threshold < MIN_THRESHOLD:
        problems.append(("anonymity_threshold", "below_minimum"))
    if spec.kiosk_pin or not existing_pin:
        pin = spec.kiosk_pin
        if not (pin.isdigit() and PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]):
            problems.append(("kiosk_pin", "format"))
    return problems


def with_required_demographics(
    chosen: list[str], instrument_ids: list[str], library: dict[str, Instrument]
) -> list[str]:
    """The chosen demographic questions plus those the instruments' analyses need, in kiosk order."""
    needed = set(chosen)
    for inst_id in instrument_ids:
        needed.update(library[inst_id].requires_demographics)
    return [d for d in DEMOGRAPHICS if d in needed]


def load_spec(session: Session, campaign_id: int) -> CampaignSpec:
    """A campaign as the form edits it (its PIN is never read back: only its hash is kept)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignError([("campaign", "not_found")])
    return CampaignSpec(
        name=campaign.name,
        period_start=campaign.period_start,
        period_end=campaign.period_end,
        headcounts={cd.department_id: cd.headcount for cd in campaign.departments},
        instruments=[ci.instrument_id for ci in campaign.instruments],
        excluded_items={ci.instrument_id: list(ci.excluded_items) for ci in campaign.instruments},
        demographics=list(campaign.demographics),
        anonymity_threshold=campaign.anonymity_threshold,
    )


def active_departments(session: Session) -> list[tuple[int, str, str, int]]:
    """(id, Russian name, Kazakh name, headcount) of the departments a campaign can cover."""
    return [
        (d.id, d.name_ru, d.name_kk, d.headcount)
        for d in session.scalars(
            select(Department).where(Department.is_active.is_(True)).order_by(Department.name_ru)
        )
    ]


def save_campaign(
    session: Session,
    organisation_id: int,
    spec: CampaignSpec,
    library: dict[str, Instrument],
    campaign_id: int | None = None,
) -> int:
    """Create a campaign (or edit a draft one); raises CampaignError listing every problem."""
    campaign = session.get(Campaign, campaign_id) if campaign_id else None
    if campaign_id and campaign is None:
        raise CampaignError([("campaign", "not_found")])
    if campaign is not None and campaign.status != CampaignStatus.DRAFT.value:
        raise CampaignError([("campaign", "not_draft")])
    problems = validate_spec(spec, library, existing_pin=bool(campaign and campaign.kiosk_pin_hash))
    known = {d for (d,) in session.query(Department.id).filter(Department.id.in_(spec.headcounts))}
    if set(spec.headcounts) - known:
        problems.append(("departments", "unknown"))
    if problems:
        raise CampaignError(problems)
    if campaign is None:
        campaign = Campaign(organisation_id=organisation_id)
        session.add(campaign)
    campaign.name = spec.name.strip()
    campaign.period_start, campaign.period_end = spec.period_start, spec.period_end
    campaign.anonymity_threshold = spec.anonymity_threshold
    campaign.demographics = with_required_demographics(spec.demographics, spec.instruments, library)
    if spec.kiosk_pin:
        campaign.kiosk_pin_hash = hash_secret(spec.kiosk_pin)
    campaign.instruments = [
        CampaignInstrument(
            instrument_id=i,
            instrument_version=library[i].version,
            position=n,
            excluded_items=sorted(spec.excluded_items.get(i, [])),
        )
        for n, i in enumerate(spec.instruments)
    ]
    campaign.departments = [
        CampaignDepartment(department_id=d, headcount=h) for d, h in sorted(spec.headcounts.items())
    ]
    session.commit()
    return campaign.id


def set_status(session: Session, campaign_id: int, status: CampaignStatus) -> None:
    """draft -> open -> closed (a closed campaign may be reopened, e.g. for late paper forms)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignError([("campaign", "not_found")])
    allowed = {
        CampaignStatus.OPEN: {"draft", "closed"},
        CampaignStatus.CLOSED: {"open"},
        CampaignStatus.DRAFT: set(),
    }
    if campaign.status not in allowed[status]:
        raise CampaignError([("status", f"{campaign.status}->{status.value}")])
    campaign.status = status.value
    if status == CampaignStatus.OPEN:
        campaign.opened_at = utcnow()
    else:
        campaign.closed_at = utcnow()
        # its figures are read from now on: the answer cache is compacted once it commits
        answer_store.changed(session, campaign_id)
    session.commit()


def check_pin(campaign: Campaign, pin: str) -> bool:
    return pin_matches(campaign.kiosk_pin_hash, pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    """The kiosk PIN against its stored hash; a campaign without a PIN opens for none."""
    return bool(pin_hash) and verify_secret(pin_hash, pin)

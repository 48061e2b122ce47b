"""Read-only queries that return plain dataclasses for the UI, reports and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import SessionKind, SessionState
from app.models.campaign import Campaign, CampaignDepartment, SurveySession
from app.models.cards import Card, PlanItem
from app.models.organisation import Department, Employee, Organisation
from app.scoring.privacy import disclose_partition, effective_threshold

PARTICIPATION_TARGET = 0.35  # seed §3.1: at least 35 % of the headcount should answer


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    period_start: date
    period_end: date
    status: str
    instruments: tuple[str, ...]
    finished: int
    headcount: int

    @property
    def participation(self) -> float | None:
        return self.finished / self.headcount if self.headcount else None


@dataclass(frozen=True)
class ParticipationRow:
    department_id: int | None
    department_ru: str
    department_kk: str
    headcount: int
    finished: int
    threshold: int = 5  # the campaign's anonymity threshold
    reason: str = ""  # why the count is hidden (a key of app.scoring.privacy.REASONS)

    @property
    def hidden(self) -> bool:
        """PRODUCT.md §8: the count of a group under the threshold is not shown, nor that of
        the group hidden with it so that the total minus the shown rows reveals neither."""
        return bool(self.reason) or 0 < self.finished < self.threshold

    @property
    def share(self) -> float | None:
        if self.hidden:
            return None
        return self.finished / self.headcount if self.headcount else None

    @property
    def meets_target(self) -> bool:
        return self.share is not None and self.share >= PARTICIPATION_TARGET


@dataclass(frozen=True)
class EmployeeRow:
    id: int
    full_name: str
    position: str
    department_ru: str
    department_kk: str
    cards: int
    position_kk: str = ""
    department_id: int | None = None
    personnel_number: str = ""
    is_active: bool = True
    is_manager: bool = False
    sessions: int = 0  # named test sessions

    def position_in(self, lang: str) -> str:
        """The position as a Kazakh screen shows it: position_kk where filled."""
        return self.position_kk if lang == "kk" and self.position_kk else self.position


@dataclass(frozen=True)
class CardRow:
    id: int
    kind: str
    employee: str
    department_ru: str
    department_kk: str
    filled_on: date
    status: str
    overdue: int = 0  # plan rows past their deadline and not done
    department_id: int | None = None
    employee_id: int | None = None


def organisation(session: Session) -> Organisation | None:
    return session.scalars(select(Organisation).order_by(Organisation.id)).first()


def _finished_count():
    return (
        select(func.count())
        .select_from(SurveySession)
        .where(
            SurveySession.campaign_id == Campaign.id,
            SurveySession.kind == SessionKind.ANONYMOUS.value,
            SurveySession.state == SessionState.FINISHED.value,
        )
        .scalar_subquery()
    )


def list_campaigns(session: Session) -> list[CampaignRow]:
    headcount = (
        select(func.coalesce(func.sum(CampaignDepartment.headcount), 0))
        .where(CampaignDepartment.campaign_id == Campaign.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Campaign, _finished_count(), headcount).order_by(
            Campaign.period_start.desc(), Campaign.id
        )
    ).all()
    return [
        CampaignRow(
            c.id,
            c.name,
            c.period_start,
            c.period_end,
            c.status,
            tuple(ci.instrument_id for ci in c.instruments),
            int(n),
            int(h),
        )
        for c, n, h in rows
    ]


def participation(
    session: Session, campaign_id: int, departments: set[int] | frozenset[int] | None = None
) -> list[ParticipationRow]:
    """Finished anonymous respondents per covered department against its headcount.

    Respondents who did not name a department are counted in a row of their own.
    `departments` limits the rows to a department head's scope (no "not given" row then).
    The rows are a breakdown of their total, so the disclosure rule's partition step applies
    (app/scoring/privacy.py): rows of 1..t-1 are hidden, and more rows when the hidden ones
    together hold fewer than t respondents.
    """
    counts = dict(
        session.execute(
            select(SurveySession.department_id, func.count())
            .where(
                SurveySession.campaign_id == campaign_id,
                SurveySession.kind == SessionKind.ANONYMOUS.value,
                SurveySession.state == SessionState.FINISHED.value,
            )
            .group_by(SurveySession.department_id)
        ).all()
    )
    rows = []
    covered = session.execute(
        select(CampaignDepartment, Department)
        .join(Department, Department.id == CampaignDepartment.department_id)
        .where(CampaignDepartment.campaign_id == campaign_id)
        .order_by(Department.name_ru)
    ).all()
    threshold = effective_threshold(
        session.scalar(select(Campaign.anonymity_threshold).where(Campaign.id == campaign_id))
    )
    for cd, dept in covered:
        rows.append(
            ParticipationRow(
                dept.id,
                dept.name_ru,
                dept.name_kk,
                cd.headcount,
                int(counts.pop(dept.id, 0)),
                threshold,
            )
        )
    unknown = sum(int(v) for v in counts.values())
    if unknown:
        rows.append(ParticipationRow(None, "", "", 0, unknown, threshold))
    if departments is not None:
        rows = [r for r in rows if r.department_id in departments]
    decided = disclose_partition({k: r.finished for k, r in enumerate(rows)}, threshold)
    return [replace(r, reason=decided[k].reason) for k, r in enumerate(rows)]


def list_employees(
    session: Session,
    department_ids: set[int] | None = None,
    *,
    search: str = "",
    department_id: int | None = None,
    active: bool | None = True,
) -> list[EmployeeRow]:
    """The staff register: `department_ids` is the user's scope (None = all); `search` matches
    name, personnel number or position in any case; `active` None lists former staff too."""
    cards = (
        select(func.count())
        .select_from(Card)
        .where(Card.employee_id == Employee.id)
        .scalar_subquery()
    )
    sessions = (
        select(func.count())
        .select_from(SurveySession)
        .where(SurveySession.employee_id == Employee.id)
        .scalar_subquery()
    )
    query = (
        select(Employee, Department, cards, sessions)
        .join(Department)
        .order_by(Employee.full_name, Employee.id)
    )
    if active is not None:
        query = query.where(Employee.is_active.is_(active))
    if department_ids is not None:
        query = query.where(Employee.department_id.in_(department_ids))
    if department_id is not None:
        query = query.where(Employee.department_id == department_id)
    rows = [
        EmployeeRow(
            e.id,
            e.full_name,
            e.position,
            d.name_ru,
            d.name_kk,
            int(n),
            e.position_kk or "",
            e.department_id,
            e.personnel_number or "",
            bool(e.is_active),
            bool(e.is_manager),
            int(m),
        )
        for e, d, n, m in session.execute(query).all()
    ]
    # Matched here, not in SQL: SQLite's lower() leaves Cyrillic letters as they are.
    words = search.casefold().split()
    if words:
        rows = [
            r
            for r in rows
            if all(
                w
                in " ".join((r.full_name, r.personnel_number, r.position, r.position_kk)).casefold()
                for w in words
            )
        ]
    return rows


def list_cards(
    session: Session, department_ids: set[int] | None = None, today: date | None = None
) -> list[CardRow]:
    today = today or date.today()
    overdue = (
        select(func.count())
        .select_from(PlanItem)
        .where(
            PlanItem.card_id == Card.id,
            PlanItem.deadline < today,
            PlanItem.status.in_(("planned", "in_progress")),
        )
        .scalar_subquery()
    )
    query = (
        select(Card, Employee, Department, overdue)
        .outerjoin(Employee, Employee.id == Card.employee_id)
        .outerjoin(Department, Department.id == Card.department_id)
        .order_by(Card.filled_on.desc(), Card.id)
    )
    if department_ids is not None:
        query = query.where(Card.department_id.in_(department_ids))
    return [
        CardRow(
            c.id,
            c.kind,
            e.full_name if e else "",
            d.name_ru if d else "",
            d.name_kk if d else "",
            c.filled_on,
            c.status,
            int(n or 0),
            c.department_id,
            c.employee_id,
        )
        for c, e, d, n in session.execute(query).all()
    ]


def previous_campaign(session: Session, campaign_id: int) -> int | None:
    """The organisation's latest campaign that ended before this one started (for dynamics)."""
    current = session.get(Campaign, campaign_id)
    if current is None:
        return None
    return session.scalar(
        select(Campaign.id)
        .where(
            Campaign.organisation_id == current.organisation_id,
            Campaign.period_end < current.period_start,
        )
        .order_by(Campaign.period_end.desc())
        .limit(1)
    )

"""The overview (issue 22.3, 16.5): the latest campaign's headline figures and what needs doing.

Qt-free. Every figure comes from the analysis service (app/services/analysis.py), so the
overview shows what the analysis page and the campaign report's page 1 show, and nothing the
disclosure rule hides: a hidden view carries its reason, an open campaign shows participation
only. The same selection as the report's executive summary: the motivation level with its label
and its change since the previous campaign, participation against headcount and the 35 % rule,
the strongest motivators (highest significance), the key demotivators (most rated 0-2), the main
reasons to leave, job satisfaction with its high/medium/low shares, the Gerchikov types.

"What needs doing" lists, within the viewer's scope: open campaigns below 35 % participation,
cards with overdue plan items, cards due for their yearly review within 30 days, and for an
administrator an organisation without departments, without staff, or without a campaign.

    overview = build_overview(session, service, scope=None, lang="ru", today=date.today())
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.data.queries import PARTICIPATION_TARGET, list_cards, organisation, participation
from app.models.base import CampaignStatus, CardStatus
from app.models.campaign import Campaign, CampaignDepartment
from app.models.cards import Card
from app.models.organisation import Department, Employee
from app.reports.tables import item_name
from app.scoring.analysis import Filter
from app.scoring.roles import (
    JOB_SATISFACTION,
    LEAVING,
    MOTIVATION_TYPES,
    SATISFACTION,
    role_instrument,
)

REVIEW_AHEAD_DAYS = 30  # a card's yearly review shows up this many days before it is due
TOP = 3  # motivators, demotivators and reasons to leave named on the overview

__all__ = ["Headline", "Overview", "Todo", "build_overview", "headline_of", "REVIEW_AHEAD_DAYS"]


@dataclass(frozen=True)
class Headline:
    """The latest campaign in the viewer's scope, as the report's page 1 sums it up."""

    campaign_id: int
    name: str
    period_start: date
    period_end: date
    status: str
    threshold: int
    headcount: int
    respondents: int | None  # None: hidden (a head's group below the threshold)
    shown: bool  # figures shown (closed campaign, enough respondents, in scope)
    reason: str | None  # key of app.scoring.privacy.REASONS when not shown
    n: int | None = None  # respondents in the analysed view
    previous_name: str = ""
    level: float | None = None  # integral level as printed (3 decimals)
    level_label: str | None = None  # key of app.scoring.level.LEVEL_LABELS
    level_before: float | None = None
    level_before_hidden: bool = False  # the previous campaign's level is hidden
    # beyond noise (app/scoring/change.py): True / False, None = not assessed or no comparison
    level_significant: bool | None = None
    motivators: list[tuple[str, float, float]] = field(default_factory=list)  # name, sig., sat.
    reserves: list[tuple[str, float]] = field(default_factory=list)  # name, gap
    demotivators: list[tuple[str, float]] = field(default_factory=list)  # name, share 0-2
    leave_reasons: list[tuple[str, float]] = field(default_factory=list)  # name, strength %
    job_total: float | None = None  # Batarshev's total, % of maximum
    job_shares: dict[str, float] | None = None  # high / medium / low
    job_before: float | None = None
    job_significant: bool | None = None  # the total's change beyond noise
    types: list[tuple[str, int, float]] = field(default_factory=list)  # name, people, share
    types_mixed: int | None = None
    types_hidden: list[str] = field(default_factory=list)  # names of hidden types
    types_hidden_reasons: list[str] = field(default_factory=list)  # their reason keys
    hidden_parts: dict[str, str] = field(default_factory=dict)  # instrument id -> reason key
    # A head of several departments sees one department at a time (the disclosure rule knows
    # a department, not a union of some): the one shown and the others he may choose.
    department_id: int | None = None
    departments: list[tuple[int, str]] = field(default_factory=list)  # (id, name) to choose

    @property
    def share(self) -> float | None:
        if self.respondents is None or not self.headcount:
            return None
        return self.respondents / self.headcount

    @property
    def meets_target(self) -> bool:
        return self.share is not None and self.share >= PARTICIPATION_TARGET

    @property
    def level_change(self) -> float | None:
        if self.level is None or self.level_before is None:
            return None
        return round(self.level - self.level_before, 3)


@dataclass(frozen=True)
class Todo:
    """One thing to do. kind: low_participation, overdue_plans, reviews_due, no_departments,
    no_employees, no_campaign."""

    kind: str
    count: int = 0
    campaign_id: int | None = None
    name: str = ""  # the campaign's name
    share: float | None = None
    items: int = 0  # overdue plan items over the cards


@dataclass
class Overview:
    has_organisation: bool
    headline: Headline | None
    todos: list[Todo]


def _campaigns_in_scope(session: Session, scope: frozenset[int] | None) -> list[Campaign]:
    query = select(Campaign).order_by(Campaign.period_start.desc(), Campaign.id.desc())
    if scope is not None:
        query = query.where(
            Campaign.id.in_(
                select(CampaignDepartment.campaign_id).where(
                    CampaignDepartment.department_id.in_(scope)
                )
            )
        )
    return list(session.scalars(query).all())


def _participation_total(rows) -> tuple[int, int | None]:
    """(headcount, respondents) of the viewer's rows; respondents None when the hidden rows
    together hold 1..t-1 people (a total would give them away)."""
    head = sum(r.headcount for r in rows)
    hidden = sum(r.finished for r in rows if r.hidden)
    threshold = rows[0].threshold if rows else 5
    if 0 < hidden < threshold:
        return head, None
    return head, sum(r.finished for r in rows)


def headline(
    session: Session,
    service,
    campaign: Campaign,
    scope: frozenset[int] | None,
    lang: str,
    department_id: int | None = None,
) -> Headline:
    """The report's page-1 figures of one campaign, from the analysis service. A head of
    several of the campaign's departments gets `department_id` (else the first by name) and
    the list to choose from, instead of "choose a department"."""
    choices = _head_departments(session, campaign.id, scope, lang)
    flt = Filter()
    if len(choices) > 1:
        ids = [d for d, _name in choices]
        flt = Filter(department_id=department_id if department_id in ids else ids[0])
    result = service.analyse(session, campaign.id, flt, scope=scope)
    if len(choices) > 1:  # participation too of the department shown (its row as hidden)
        result = replace(
            result,
            participation=[r for r in result.participation if r.department_id == flt.department_id],
        )
    top = headline_of(result, service.library, service.parameters, lang)
    if len(choices) > 1:
        top = replace(top, department_id=flt.department_id, departments=choices)
    return top


def _head_departments(
    session: Session, campaign_id: int, scope: frozenset[int] | None, lang: str
) -> list[tuple[int, str]]:
    """(id, name) of a head's departments that took part in the campaign, by name."""
    if scope is None:
        return []
    rows = session.execute(
        select(Department.id, Department.name_ru, Department.name_kk)
        .join(CampaignDepartment, CampaignDepartment.department_id == Department.id)
        .where(CampaignDepartment.campaign_id == campaign_id, Department.id.in_(scope))
    ).all()
    named = [(i, kk if lang == "kk" and kk else ru) for i, ru, kk in rows]
    return sorted(named, key=lambda r: (r[1].casefold(), r[0]))


def headline_of(result, library, parameters, lang: str) -> Headline:
    """The report's page-1 figures of an `AnalysisResult` (any filter): what the overview
    and the analysis page's first section show."""
    head, answered = _participation_total(result.participation)
    base = dict(
        campaign_id=result.campaign_id,
        name=result.campaign_name,
        period_start=result.period_start,
        period_end=result.period_end,
        status=result.status,
        threshold=result.threshold,
        headcount=head,
        respondents=answered,
        shown=result.shown,
        reason=result.reason,
        previous_name=result.previous.name if result.previous else "",
    )
    if not result.shown:
        return Headline(**base)
    a = result.analysis
    names = {p.id: (p.name_kk if lang == "kk" and p.name_kk else p.name_ru) for p in parameters}
    extra: dict = {"n": result.n}
    hidden_parts = {
        k: f.disclosure.reason for k, f in a.instruments.items() if not f.disclosure.allowed
    }
    if a.level is not None:
        extra["level"], extra["level_label"] = a.level.shown, a.level.label
        before = a.previous
        if before is not None:
            if not before.disclosure.allowed:
                extra["level_before_hidden"] = True
            elif before.level is not None:
                extra["level_before"] = before.level.shown
                if a.changes is not None and a.changes.level is not None:
                    extra["level_significant"] = a.changes.level.significant
        extra["motivators"] = [
            (names.get(x.parameter, x.parameter), x.importance, x.perception)
            for x in sorted(a.level.parameters, key=lambda p: -p.importance)[:TOP]
        ]
    if a.balance is not None and a.balance.demotivators:
        extra["reserves"] = [
            (names.get(x.parameter, x.parameter), x.gap)
            for x in sorted(a.balance.demotivators, key=lambda x: -x.gap)[: TOP + 1]
        ]
    sat_inst = role_instrument(library, SATISFACTION)
    sat = None if sat_inst is None else a.instruments.get(sat_inst.id)
    if a.key_demotivators and sat is not None:
        extra["demotivators"] = [
            (item_name(sat_inst, item, lang), share) for item, share in a.key_demotivators[:TOP]
        ]
    inst = role_instrument(library, LEAVING)
    dismissal = None if inst is None else a.instruments.get(inst.id)
    if a.dismissal_ranking and dismissal is not None:
        extra["leave_reasons"] = [
            (item_name(inst, i, lang), v)
            for i, v in a.dismissal_ranking
            if not inst.item(i).own_variant
        ][:TOP]
    job = role_instrument(library, JOB_SATISFACTION)
    js = None if job is None else a.instruments.get(job.id)
    if js is not None and js.disclosure.allowed and js.profile.get("total") is not None:
        extra["job_total"] = float(js.profile["total"])
        extra["job_shares"] = dict(js.shares) if js.shares is not None else None
        prev = (
            a.previous.instruments.get(job.id)
            if a.previous is not None and a.previous.disclosure.allowed
            else None
        )
        if prev is not None and prev.disclosure.allowed and prev.profile.get("total") is not None:
            extra["job_before"] = float(prev.profile["total"])
            difference = None if a.changes is None else a.changes.profile(job.id, "total")
            extra["job_significant"] = None if difference is None else difference.significant
    inst = role_instrument(library, MOTIVATION_TYPES)
    types = None if inst is None else a.instruments.get(inst.id)
    if types is not None and types.types is not None:
        t = types.types
        extra["types"] = [
            (s.name.get(lang), int(t["counts"][s.id]), float(t["shares"][s.id]))
            for s in sorted(inst.scales, key=lambda s: -t["counts"].get(s.id, -1))
            if s.id in t["counts"]
        ]
        extra["types_mixed"] = t["mixed"]
        extra["types_hidden"] = [s.name.get(lang) for s in inst.scales if s.id not in t["counts"]]
        extra["types_hidden_reasons"] = list(dict.fromkeys(t.get("hidden", {}).values()))
    return Headline(**base, **extra, hidden_parts=hidden_parts)


def todos(
    session: Session,
    scope: frozenset[int] | None,
    today: date,
    campaigns: list[Campaign],
    admin: bool,
) -> list[Todo]:
    out: list[Todo] = []
    if admin:
        departments = session.scalar(
            select(func.count()).select_from(Department).where(Department.is_active.is_(True))
        )
        if not departments:
            out.append(Todo("no_departments"))
        elif not session.scalar(
            select(func.count()).select_from(Employee).where(Employee.is_active.is_(True))
        ):
            out.append(Todo("no_employees"))
        if not campaigns and departments:
            out.append(Todo("no_campaign"))
    for c in campaigns:
        if c.status != CampaignStatus.OPEN.value:
            continue
        rows = participation(session, c.id, departments=scope)
        head, answered = _participation_total(rows)
        if answered is None or not head:
            continue
        share = answered / head
        if share < PARTICIPATION_TARGET:
            out.append(Todo("low_participation", answered, c.id, c.name, share))
    cards = list_cards(session, set(scope) if scope is not None else None, today)
    late = [c for c in cards if c.overdue]
    if late:
        out.append(Todo("overdue_plans", len(late), items=sum(c.overdue for c in late)))
    query = (
        select(func.count())
        .select_from(Card)
        .where(
            Card.next_review_on.is_not(None),
            Card.next_review_on <= today + timedelta(days=REVIEW_AHEAD_DAYS),
            Card.status.in_((CardStatus.ACTIVE.value, CardStatus.APPROVED.value)),
        )
    )
    if scope is not None:  # as the cards page lists them (app/data/queries.list_cards)
        query = query.where(Card.department_id.in_(scope))
    due = int(session.scalar(query) or 0)
    if due:
        out.append(Todo("reviews_due", due))
    return out


def build_overview(
    session: Session,
    service,
    scope=None,
    lang: str = "ru",
    today: date | None = None,
    admin: bool = True,
    department_id: int | None = None,
) -> Overview:
    """The whole overview for one viewer: `scope` None for HR, a head's department ids;
    `department_id`: which of a head's several departments the headline shows."""
    today = today or date.today()
    scope = frozenset(scope) if scope is not None else None
    if organisation(session) is None:
        return Overview(False, None, [])
    campaigns = _campaigns_in_scope(session, scope)
    latest = next((c for c in campaigns if c.status != CampaignStatus.DRAFT.value), None)
    top = (
        headline(session, service, latest, scope, lang, department_id)
        if latest is not None
        else None
    )
    return Overview(True, top, todos(session, scope, today, campaigns, admin))

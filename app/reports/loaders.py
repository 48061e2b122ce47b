"""Load from the database what the PDF renderers print (renderers never open a session)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Campaign, Employee, Organisation
from app.models.base import SessionKind
from app.models.campaign import SessionInstrument, SurveySession
from app.models.cards import Card, MotivationTool, Motivator, MotivatorGroup
from app.models.sessions import load_answers
from app.models.analysis_data import load_campaign_data
from app.models.queries import participation
from app.reports.campaign_report import CampaignReport, ParticipationLine
from app.reports.cards import CardView, PlanRowView
from app.reports.motivator_map import MapGroup
from app.reports.result_sheet import ResultSheet
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.analysis import Filter, analyse
from app.scoring.level import Parameter
from app.scoring.model import Instrument


class ReportDataError(LookupError):
    """The requested campaign, employee or card does not exist."""

    def __init__(self, what: str, ident: object):
        super().__init__(f"{what} {ident} not found")
        self.what, self.ident = what, ident


def organisation_name(session: Session, organisation_id: int, lang: str) -> str:
    org = session.get(Organisation, organisation_id)
    if org is None:
        return ""
    return org.name_kk if lang == "kk" and org.name_kk else org.name_ru


def load_campaign_report(session: Session, campaign_id: int, library: dict[str, Instrument],
                         parameters: list[Parameter], lang: str,
                         flt: Filter = Filter(),
                         departments: set[int] | None = None) -> CampaignReport:
    """`departments` limits the participation table to a department head's scope."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ReportDataError("campaign", campaign_id)
    rows = participation(session, campaign_id)
    if departments is not None:
        rows = [r for r in rows if r.department_id in departments]
    lines = [ParticipationLine(r.department_kk if lang == "kk" and r.department_kk
                               else r.department_ru, r.headcount, r.finished, r.threshold)
             for r in rows]
    data = load_campaign_data(session, campaign_id, library)
    return CampaignReport(
        organisation=organisation_name(session, campaign.organisation_id, lang),
        campaign=campaign.name, period_start=campaign.period_start,
        period_end=campaign.period_end, participation=lines,
        analysis=analyse(data, library, parameters, flt), library=library,
        parameters=parameters)


def load_result_sheets(session: Session, employee_id: int,
                       library: dict[str, Instrument], lang: str) -> list[ResultSheet]:
    """The latest finished named-session result of each test the employee took."""
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise ReportDataError("employee", employee_id)
    rows = session.execute(
        select(SurveySession.id, SurveySession.held_on, SessionInstrument.instrument_id)
        .join(SessionInstrument, SessionInstrument.session_id == SurveySession.id)
        .where(SurveySession.employee_id == employee_id,
               SurveySession.kind == SessionKind.NAMED.value,
               SessionInstrument.finished.is_(True))
        .order_by(SurveySession.held_on)).all()
    latest = {inst_id: (sid, held_on) for sid, held_on, inst_id in rows if inst_id in library}
    organisation = organisation_name(session, employee.department.organisation_id, lang)
    sheets = []
    for inst_id, (sid, held_on) in latest.items():
        inst = library[inst_id]
        answers = load_answers(session, sid, inst_id)
        result = score(inst, answers_to_frame(inst, [answers])).respondent(0)
        sheets.append(ResultSheet(inst, result, employee.full_name, organisation, held_on))
    return sheets


def load_motivator_map(session: Session, lang: str) -> list[MapGroup]:
    """Active motivators by group; a group's characteristic and methods are its first motivator's."""
    groups = []
    for group in session.scalars(select(MotivatorGroup).order_by(MotivatorGroup.position)):
        active = [m for m in group.motivators if m.is_active]
        if not active:
            continue
        kk = lang == "kk"
        groups.append(MapGroup(
            name=group.name_kk if kk and group.name_kk else group.name_ru,
            characteristic=(active[0].characteristic_kk if kk and active[0].characteristic_kk
                            else active[0].characteristic_ru),
            methods=active[0].methods_kk if kk and active[0].methods_kk else active[0].methods_ru,
            motivators=[m.name_kk if kk and m.name_kk else m.name_ru for m in active]))
    return groups


def load_card_view(session: Session, card_id: int, lang: str) -> CardView:
    card = session.get(Card, card_id)
    if card is None:
        raise ReportDataError("card", card_id)
    kk = lang == "kk"

    def pick(ru: str, kz: str) -> str:
        return kz if kk and kz else ru

    view = CardView(
        id=card.id, kind=card.kind,
        organisation=organisation_name(session, card.organisation_id, lang),
        filled_on=card.filled_on, status=card.status, term=card.term,
        stop_reason=card.stop_reason, approved_by=card.approved_by,
        approved_on=card.approved_on, next_review_on=card.next_review_on,
        period_start=card.period_start, period_end=card.period_end,
        fields=dict(card.fields or {}))
    if card.employee_id is not None:
        employee = session.get(Employee, card.employee_id)
        view.employee, view.position = employee.full_name, employee.position
        view.department = pick(employee.department.name_ru, employee.department.name_kk)
    if card.campaign_id is not None:
        view.campaign = session.get(Campaign, card.campaign_id).name
    for choice in card.choices:
        if choice.motivator_id:
            m = session.get(Motivator, choice.motivator_id)
            name = pick(m.name_ru, m.name_kk)
        elif choice.tool_id:
            t = session.get(MotivationTool, choice.tool_id)
            name = pick(t.name_ru, t.name_kk)
        else:
            name = choice.own_text
        view.choices.setdefault(choice.kind, []).append(name)
    view.plan = [PlanRowView(i.section, i.measure, i.form, i.executor, i.deadline,
                             i.expected_result, i.confirming_document, i.status, i.result)
                 for i in card.plan_items]
    view.reviews = [(r.reviewed_on, r.reviewer, r.note) for r in card.reviews]
    view.strategic = {r.component: {"previous": r.previous, "actual": r.actual,
                                    "target": r.target, "measures": r.measures,
                                    "methods": r.methods,
                                    "deadline_executor": r.deadline_executor,
                                    "results": r.results} for r in card.strategic_rows}
    return view

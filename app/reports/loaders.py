"""Load from the database what the PDF renderers print (renderers never open a session)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Campaign, Employee, Organisation
from app.models.base import SessionKind
from app.models.campaign import SessionInstrument, SurveySession
from app.models.cards import MotivatorGroup
from app.models.sessions import load_answers
from app.models.analysis_data import load_campaign_data
from app.models.queries import participation
from app.reports.campaign_report import CampaignReport, ParticipationLine
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
                         flt: Filter = Filter()) -> CampaignReport:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ReportDataError("campaign", campaign_id)
    rows = participation(session, campaign_id)
    lines = [ParticipationLine(r.department_kk if lang == "kk" and r.department_kk
                               else r.department_ru, r.headcount, r.finished) for r in rows]
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

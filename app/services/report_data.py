"""Load from the database what the PDF renderers print (renderers never open a session)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data.answer_store import answers_of
from app.data.card_text import Wording
from app.models import Campaign, Employee, Organisation
from app.models.base import SessionKind
from app.models.campaign import SessionInstrument, SurveySession
from app.models.cards import Card, MotivationTool, Motivator, MotivatorGroup
from app.models.organisation import Department
from app.reports.campaign_report import CampaignReport, DepartmentView, ParticipationLine
from app.reports.cards import CardView, PlanRowView
from app.reports.motivator_map import MapGroup
from app.reports.pdf import identity
from app.reports.result_sheet import ResultSheet
from app.scoring.analysis import Filter
from app.scoring.definitions import Instrument
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.level import Parameter
from app.services.analysis import AnalysisResult, AnalysisService, CampaignNotFound
from app.services.diagnostic import STRATEGIC_AUTO, strategic_states
from app.services.measure_effects import measure_effects


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


def load_campaign_report(
    session: Session,
    campaign_id: int,
    library: dict[str, Instrument],
    parameters: list[Parameter],
    lang: str,
    flt: Filter = Filter(),
    departments: set[int] | None = None,
    service: AnalysisService | None = None,
) -> CampaignReport:
    """The report of one view, from the analysis service (the same figures and hidden cells
    as the screen). `departments`: a department head's scope (None = every department).

    A report of several departments also gets each department's own view under the same
    filter (the department x factor heatmap): each is a view of the service, so a department
    the rule hides prints only its reason."""
    service = service or AnalysisService(library, parameters)
    try:
        result = service.analyse(session, campaign_id, flt, scope=departments)
    except CampaignNotFound:
        raise ReportDataError("campaign", campaign_id) from None

    def name(row) -> str:
        return row.department_kk if lang == "kk" and row.department_kk else row.department_ru

    lines = [
        ParticipationLine(name(r), r.headcount, r.finished, r.threshold, r.reason)
        for r in result.participation
    ]
    views: list[DepartmentView] = []
    if result.shown and result.filter.department_id is None:
        for row in result.departments:
            view = service.analyse(
                session,
                campaign_id,
                replace(result.filter, department_id=row.department_id),
                scope=departments,
            )
            views.append(DepartmentView(name(row), view.analysis))
    return CampaignReport(
        organisation=organisation_name(session, result.organisation_id, lang),
        campaign=result.campaign_name,
        period_start=result.period_start,
        period_end=result.period_end,
        participation=lines,
        analysis=result.analysis,
        library=library,
        parameters=parameters,
        covers=_covers(session, result, lang),
        previous=result.previous.name if result.previous is not None else "",
        threshold=result.threshold,
        departments=views,
        measures=measure_effects(session, result, library, lang),
    )


def _covers(session: Session, result: AnalysisResult, lang: str) -> str:
    """The department the report covers ("" = every department of the viewer)."""
    from app.models.organisation import Department

    if result.filter.department_id is None:
        return ""
    dept = session.get(Department, result.filter.department_id)
    if dept is None:
        return ""
    return dept.name_kk if lang == "kk" and dept.name_kk else dept.name_ru


def load_result_sheets(
    session: Session, employee_id: int, library: dict[str, Instrument], lang: str
) -> list[ResultSheet]:
    """The latest finished named-session result of each test the employee took."""
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise ReportDataError("employee", employee_id)
    rows = session.execute(
        select(SurveySession.id, SurveySession.held_on, SessionInstrument.instrument_id)
        .join(SessionInstrument, SessionInstrument.session_id == SurveySession.id)
        .where(
            SurveySession.employee_id == employee_id,
            SurveySession.kind == SessionKind.NAMED.value,
            SessionInstrument.finished.is_(True),
        )
        .order_by(SurveySession.held_on)
    ).all()
    latest = {inst_id: (sid, held_on) for sid, held_on, inst_id in rows if inst_id in library}
    organisation = organisation_name(session, employee.department.organisation_id, lang)
    sheets = []
    for inst_id, (sid, held_on) in latest.items():
        inst = library[inst_id]
        answers = answers_of(session, sid, inst_id)
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
        groups.append(
            MapGroup(
                name=group.name_kk if kk and group.name_kk else group.name_ru,
                characteristic=(
                    active[0].characteristic_kk
                    if kk and active[0].characteristic_kk
                    else active[0].characteristic_ru
                ),
                methods=active[0].methods_kk
                if kk and active[0].methods_kk
                else active[0].methods_ru,
                motivators=[m.name_kk if kk and m.name_kk else m.name_ru for m in active],
            )
        )
    return groups


def card_wording(
    session: Session,
    lang: str,
    translate=None,
    library: dict[str, Instrument] | None = None,
    parameters: list[Parameter] | None = None,
) -> Wording:
    """How a card's auto-filled data is worded in `lang` (app/data/card_text.py)."""
    from app.scoring.instruments import default_library
    from app.scoring.level import load_parameters

    if translate is None:  # callers pass the document's translator (app.ui.i18n)
        translate = identity
    departments = {d.id: (d.name_ru, d.name_kk) for d in session.scalars(select(Department))}
    return Wording(
        lang,
        translate,
        library if library is not None else default_library(),
        parameters if parameters is not None else load_parameters(),
        departments,
    )


def load_card_view(
    session: Session, card_id: int, lang: str, translate=None, wording: Wording | None = None
) -> CardView:
    """A card as printed in `lang`: auto-filled data worded in it, typed text as typed."""
    card = session.get(Card, card_id)
    if card is None:
        raise ReportDataError("card", card_id)
    kk = lang == "kk"
    words = wording or card_wording(session, lang, translate)

    def pick(ru: str, kz: str) -> str:
        return kz if kk and kz else ru

    view = CardView(
        id=card.id,
        kind=card.kind,
        organisation=organisation_name(session, card.organisation_id, lang),
        filled_on=card.filled_on,
        status=card.status,
        term=card.term,
        stop_reason=card.stop_reason,
        approved_by=card.approved_by,
        approved_on=card.approved_on,
        next_review_on=card.next_review_on,
        period_start=card.period_start,
        period_end=card.period_end,
        fields={k: words.value(v) for k, v in (card.fields or {}).items() if k != STRATEGIC_AUTO},
    )
    if card.employee_id is not None:
        employee = session.get(Employee, card.employee_id)
        view.employee = employee.full_name
        view.position = pick(employee.position, getattr(employee, "position_kk", "") or "")
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
    view.plan = [
        PlanRowView(
            i.section,
            i.measure,
            i.form,
            i.executor,
            i.deadline,
            i.expected_result,
            i.confirming_document,
            i.status,
            i.result,
        )
        for i in card.plan_items
    ]
    view.reviews = [(r.reviewed_on, r.reviewer, r.note) for r in card.reviews]
    view.strategic = {}
    for r in card.strategic_rows:
        states = strategic_states(card.fields, r.component)
        view.strategic[r.component] = {
            # a state typed over the filled one wins; else the filled data, worded now
            "previous": r.previous or words.value(states.get("previous", "")) or "",
            "actual": r.actual or words.value(states.get("actual", "")) or "",
            "target": r.target,
            "measures": r.measures,
            "methods": r.methods,
            "deadline_executor": r.deadline_executor,
            "results": r.results,
        }
    return view


def load_personal_graphic(
    session: Session, card_id: int, library: dict[str, Instrument], lang: str, translate=None
):
    """The graphical personal card (figs 8.1/8.2): the card and the employee's latest tests."""
    from app.reports.personal_graphic import GraphicCard

    view = load_card_view(session, card_id, lang, translate)
    card = session.get(Card, card_id)
    tests = (
        load_result_sheets(session, card.employee_id, library, lang)
        if card.employee_id is not None
        else []
    )
    return GraphicCard(view, [t for t in tests if t.instrument.kind == "test"])

"""Group profiles of the tests taken in named sessions (Herzberg, Ritchie–Martin, Schein, Hall,
Gerchikov), for the radar charts of the analysis workspace (PRODUCT.md §5).

A group mean is disclosed only when enough employees are in it (the same rule as for anonymous
figures); an individual profile is personal data, shown only to those who may see the employee.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data.answer_store import answers_of
from app.models.base import SessionKind
from app.models.campaign import SessionInstrument, SurveySession
from app.models.organisation import Employee
from app.scoring.definitions import Instrument
from app.scoring.engine import score
from app.scoring.frame import answers_to_frame
from app.scoring.privacy import Disclosure, disclose


@dataclass(frozen=True)
class PersonResult:
    employee_id: int
    name: str
    department_id: int
    scores: dict[str, float | None]


@dataclass(frozen=True)
class NamedProfiles:
    instrument: Instrument
    people: list[PersonResult]
    disclosure: Disclosure
    means: dict[str, float | None]  # empty when not disclosed


def named_test_profiles(
    session: Session,
    instrument: Instrument,
    threshold: int,
    departments: set[int] | None = None,
    department_id: int | None = None,
) -> NamedProfiles:
    """Latest finished result of each employee (in the scope), and the group mean if allowed."""
    rows = session.execute(
        select(SurveySession.id, SurveySession.employee_id, SurveySession.held_on)
        .join(SessionInstrument, SessionInstrument.session_id == SurveySession.id)
        .where(
            SurveySession.kind == SessionKind.NAMED.value,
            SessionInstrument.instrument_id == instrument.id,
            SessionInstrument.finished.is_(True),
        )
        .order_by(SurveySession.held_on)
    ).all()
    latest = {emp: sid for sid, emp, _held in rows}
    employees = {e.id: e for e in session.scalars(select(Employee).where(Employee.id.in_(latest)))}
    people_answers = []
    for emp_id, sid in latest.items():
        emp = employees.get(emp_id)
        if emp is None:
            continue
        if departments is not None and emp.department_id not in departments:
            continue
        if department_id is not None and emp.department_id != department_id:
            continue
        people_answers.append((emp, answers_of(session, sid, instrument.id)))
    people_answers.sort(key=lambda pa: pa[0].full_name)
    people: list[PersonResult] = []
    means: dict[str, float | None] = {}
    if people_answers:
        table = score(instrument, answers_to_frame(instrument, [a for _e, a in people_answers]))
        for row, (emp, _a) in enumerate(people_answers):
            people.append(
                PersonResult(
                    emp.id, emp.full_name, emp.department_id, table.respondent(row)["scores"]
                )
            )
        mean = table.scores.mean()
        means = {k: (None if pd.isna(v) else float(v)) for k, v in mean.items()}
    parent = None
    if department_id is not None:
        parent = len(named_test_profiles(session, instrument, threshold, departments).people)
    disclosure = disclose(len(people), threshold, n_parent=parent)
    return NamedProfiles(instrument, people, disclosure, means if disclosure.allowed else {})

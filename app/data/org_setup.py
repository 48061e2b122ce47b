"""Setting up the organisation and its departments (HR, first thing on a new database)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.campaign import CampaignDepartment, SurveySession
from app.models.organisation import Department, Employee, Organisation


class SetupError(Exception):
    def __init__(self, problems: list[tuple[int, str]]):  # (row index, problem code)
        super().__init__(str(problems))
        self.problems = problems


@dataclass
class DepartmentRow:
    id: int | None
    name_ru: str
    name_kk: str
    headcount: int
    head_name: str = ""


def save_organisation(session: Session, name_ru: str, name_kk: str) -> int:
    if not name_ru.strip():
        raise SetupError([(-1, "name_required")])
    org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    if org is None:
        org = Organisation(name_ru=name_ru.strip(), name_kk=name_kk.strip())
        session.add(org)
    else:
        org.name_ru, org.name_kk = name_ru.strip(), name_kk.strip()
    session.commit()
    return org.id


def _in_use(session: Session, dept_id: int) -> bool:
    for model, column in (
        (SurveySession, SurveySession.department_id),
        (CampaignDepartment, CampaignDepartment.department_id),
        (Employee, Employee.department_id),
    ):
        if session.scalar(select(func.count()).select_from(model).where(column == dept_id)):
            return True
    return False


def save_departments(session: Session, organisation_id: int, rows: list[DepartmentRow]) -> None:
    """Replace the department list. A removed department that has data is deactivated, never
    deleted, so no answer or card loses its department."""
    problems = [(i, "name_required") for i, r in enumerate(rows) if not r.name_ru.strip()]
    problems += [(i, "negative_headcount") for i, r in enumerate(rows) if r.headcount < 0]
    names = [r.name_ru.strip().lower() for r in rows]
    problems += [(i, "duplicate_name") for i, n in enumerate(names) if n and names.index(n) != i]
    if problems:
        raise SetupError(problems)
    existing = {
        d.id: d
        for d in session.scalars(
            select(Department).where(Department.organisation_id == organisation_id)
        )
    }
    kept = set()
    for r in rows:
        dept = existing.get(r.id) if r.id is not None else None
        if dept is None:
            dept = Department(organisation_id=organisation_id)
            session.add(dept)
        dept.name_ru, dept.name_kk = r.name_ru.strip(), r.name_kk.strip()
        dept.headcount, dept.head_name, dept.is_active = r.headcount, r.head_name.strip(), True
        if r.id is not None:
            kept.add(r.id)
    for dept_id, dept in existing.items():
        if dept_id not in kept:
            if _in_use(session, dept_id):
                dept.is_active = False
            else:
                session.delete(dept)
    session.commit()


def load_departments(session: Session, organisation_id: int) -> list[DepartmentRow]:
    return [
        DepartmentRow(d.id, d.name_ru, d.name_kk, d.headcount, d.head_name)
        for d in session.scalars(
            select(Department)
            .where(Department.organisation_id == organisation_id, Department.is_active.is_(True))
            .order_by(Department.name_ru)
        )
    ]

"""The staff register: adding, editing, moving, deactivating and deleting employees (issue 23.1).

An employee is needed for named test sessions and personal, growth and career cards. People
are kept for history: an employee whom a card or a named session refers to is deactivated,
never deleted. A department head works on the staff of his own departments only. Every change
is written to the audit log in the same transaction; the caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.data import audit
from app.data.accounts import FULL_ACCESS, Principal
from app.markers import QT_TRANSLATE_NOOP
from app.models.campaign import SurveySession
from app.models.cards import Card
from app.models.organisation import Department, Employee
from app.scoring.vocab import GENDERS

NAME_MAX = 200
NUMBER_MAX = 50

# What the UI says for each problem code (translated in the "Staff" context).
PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Staff", "is required"),
    "too_long": QT_TRANSLATE_NOOP("Staff", "is too long"),
    "unknown_department": QT_TRANSLATE_NOOP("Staff", "is not a department of the organisation"),
    "inactive_department": QT_TRANSLATE_NOOP("Staff", "is a department no longer in use"),
    "out_of_scope": QT_TRANSLATE_NOOP("Staff", "is not one of your departments"),
    "number_taken": QT_TRANSLATE_NOOP("Staff", "is the personnel number of another employee"),
    "bad_gender": QT_TRANSLATE_NOOP("Staff", "is not a gender (male or female)"),
    "future_date": QT_TRANSLATE_NOOP("Staff", "is in the future"),
    "missing": QT_TRANSLATE_NOOP("Staff", "no such employee"),
    "referenced": QT_TRANSLATE_NOOP(
        "Staff", "cards or named test sessions refer to this employee: deactivate instead"
    ),
}


class StaffError(Exception):
    """A change refused; `problems` are (field, code) pairs, codes as in PROBLEMS."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(", ".join(f"{f}: {c}" for f, c in problems))
        self.problems = problems


@dataclass(frozen=True)
class EmployeeSpec:
    """What HR types in the employee dialog (or one row of an import)."""

    full_name: str
    department_id: int
    position: str = ""
    position_kk: str = ""
    is_manager: bool = False
    gender: str | None = None
    hired_on: date | None = None
    personnel_number: str = ""

    def cleaned(self) -> EmployeeSpec:
        return EmployeeSpec(
            " ".join(self.full_name.split()),
            self.department_id,
            self.position.strip(),
            self.position_kk.strip(),
            bool(self.is_manager),
            self.gender or None,
            self.hired_on,
            self.personnel_number.strip(),
        )


@dataclass(frozen=True)
class EmployeeDetail:
    id: int
    spec: EmployeeSpec
    is_active: bool
    references: int  # cards and named sessions
    department_ru: str = ""
    department_kk: str = ""


@dataclass(frozen=True)
class DepartmentChoice:
    id: int
    name_ru: str
    name_kk: str


SPEC_FIELDS = tuple(f.name for f in fields(EmployeeSpec))


def departments(session: Session, principal: Principal = FULL_ACCESS) -> list[DepartmentChoice]:
    """The active departments an employee may be put in by this user."""
    rows = session.scalars(
        select(Department).where(Department.is_active.is_(True)).order_by(Department.name_ru)
    )
    return [
        DepartmentChoice(d.id, d.name_ru, d.name_kk)
        for d in rows
        if principal.may_see_department(d.id)
    ]


def department_names(session: Session) -> dict[int, DepartmentChoice]:
    """Every department by id, closed ones included (old accounts and records name them)."""
    return {
        d.id: DepartmentChoice(d.id, d.name_ru, d.name_kk)
        for d in session.scalars(select(Department))
    }


def references(session: Session, employee_id: int) -> int:
    """How many cards and named test sessions name this employee."""
    cards = (
        session.scalar(
            select(func.count()).select_from(Card).where(Card.employee_id == employee_id)
        )
        or 0
    )
    sessions = (
        session.scalar(
            select(func.count())
            .select_from(SurveySession)
            .where(SurveySession.employee_id == employee_id)
        )
        or 0
    )
    return int(cards) + int(sessions)


def _spec_of(emp: Employee) -> EmployeeSpec:
    return EmployeeSpec(
        emp.full_name,
        emp.department_id,
        emp.position or "",
        emp.position_kk or "",
        bool(emp.is_manager),
        emp.gender,
        emp.hired_on,
        emp.personnel_number or "",
    )


def _load(session: Session, employee_id: int, principal: Principal) -> Employee:
    emp = session.get(Employee, employee_id)
    if emp is None or not principal.may_see_department(emp.department_id):
        raise StaffError([("employee", "missing")])  # a head is not told it exists
    return emp


def get_employee(
    session: Session, employee_id: int, principal: Principal = FULL_ACCESS
) -> EmployeeDetail:
    emp = _load(session, employee_id, principal)
    return EmployeeDetail(
        emp.id,
        _spec_of(emp),
        bool(emp.is_active),
        references(session, emp.id),
        emp.department.name_ru,
        emp.department.name_kk,
    )


def check_spec(
    session: Session,
    spec: EmployeeSpec,
    principal: Principal = FULL_ACCESS,
    employee_id: int | None = None,
    today: date | None = None,
) -> list[tuple[str, str]]:
    """Every problem of `spec` (field, code); empty when it may be saved."""
    problems = []
    if not spec.full_name:
        problems.append(("full_name", "required"))
    for name, limit in (
        ("full_name", NAME_MAX),
        ("position", NAME_MAX),
        ("position_kk", NAME_MAX),
        ("personnel_number", NUMBER_MAX),
    ):
        if len(getattr(spec, name)) > limit:
            problems.append((name, "too_long"))
    dept = session.get(Department, spec.department_id) if spec.department_id else None
    if dept is None:
        problems.append(
            ("department_id", "unknown_department" if spec.department_id else "required")
        )
    elif not principal.may_see_department(dept.id):
        problems.append(("department_id", "out_of_scope"))
    elif not dept.is_active and (
        employee_id is None
        or session.scalar(select(Employee.department_id).where(Employee.id == employee_id))
        != dept.id
    ):
        # nobody is put into a department no longer in use; those still in it can be edited
        problems.append(("department_id", "inactive_department"))
    if spec.gender is not None and spec.gender not in GENDERS:
        problems.append(("gender", "bad_gender"))
    if spec.hired_on is not None and spec.hired_on > (today or date.today()):
        problems.append(("hired_on", "future_date"))
    if spec.personnel_number:
        other = session.scalar(
            select(Employee.id).where(
                Employee.personnel_number == spec.personnel_number,
                Employee.id != (employee_id or -1),
            )
        )
        if other is not None:
            problems.append(("personnel_number", "number_taken"))
    return problems


def _apply(emp: Employee, spec: EmployeeSpec) -> None:
    for name in SPEC_FIELDS:
        setattr(emp, name, getattr(spec, name))


def _changes(before: EmployeeSpec, after: EmployeeSpec) -> str:
    """What the audit log keeps of an edit: the names of the fields changed, and the
    departments of a move (ids), never the values of personal fields."""
    changed = [n for n in SPEC_FIELDS if getattr(before, n) != getattr(after, n)]
    parts = []
    for name in changed:
        if name == "department_id":
            parts.append(f"department {before.department_id} -> {after.department_id}")
        else:
            parts.append(name)
    return ", ".join(parts)


def add_employee(
    session: Session,
    spec: EmployeeSpec,
    principal: Principal = FULL_ACCESS,
    today: date | None = None,
) -> int:
    spec = spec.cleaned()
    problems = check_spec(session, spec, principal, today=today)
    if problems:
        raise StaffError(problems)
    emp = Employee(is_active=True)
    _apply(emp, spec)
    session.add(emp)
    session.flush()
    audit.record(
        session,
        "employee_add",
        "employee",
        emp.id,
        f"{spec.full_name}, department {spec.department_id}",
        user_id=principal.user_id,
    )
    return emp.id


def update_employee(
    session: Session,
    employee_id: int,
    spec: EmployeeSpec,
    principal: Principal = FULL_ACCESS,
    today: date | None = None,
) -> bool:
    """Save an edit (a changed department is a move); returns whether anything changed."""
    emp = _load(session, employee_id, principal)
    spec = spec.cleaned()
    problems = check_spec(session, spec, principal, employee_id, today)
    if problems:
        raise StaffError(problems)
    before = _spec_of(emp)
    if before == spec:
        return False
    _apply(emp, spec)
    action = "employee_move" if before.department_id != spec.department_id else "edit"
    audit.record(
        session, action, "employee", emp.id, _changes(before, spec), user_id=principal.user_id
    )
    return True


def move_employee(
    session: Session, employee_id: int, department_id: int, principal: Principal = FULL_ACCESS
) -> bool:
    emp = _load(session, employee_id, principal)
    spec = _spec_of(emp)
    return update_employee(
        session,
        employee_id,
        EmployeeSpec(
            **{**{n: getattr(spec, n) for n in SPEC_FIELDS}, "department_id": department_id}
        ),
        principal,
    )


def set_active(
    session: Session, employee_id: int, active: bool, principal: Principal = FULL_ACCESS
) -> bool:
    """Deactivate (left the body; kept for his cards and results) or bring back."""
    emp = _load(session, employee_id, principal)
    if bool(emp.is_active) == active:
        return False
    emp.is_active = active
    audit.record(
        session,
        "employee_reactivate" if active else "employee_deactivate",
        "employee",
        emp.id,
        user_id=principal.user_id,
    )
    return True


def delete_employee(session: Session, employee_id: int, principal: Principal = FULL_ACCESS) -> None:
    """Delete an employee entered by mistake; refused while anything refers to him."""
    emp = _load(session, employee_id, principal)
    if references(session, emp.id):
        raise StaffError([("employee", "referenced")])
    name = emp.full_name
    session.delete(emp)
    session.flush()
    # The name is kept here: after the delete, nothing else says whom the entry was about.
    audit.record(
        session, "employee_delete", "employee", employee_id, name, user_id=principal.user_id
    )

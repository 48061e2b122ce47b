"""The yearly staff movements HR enters, and the personnel-management indicators from them.

Storage of the inputs only (StaffMovements); every figure is computed when asked
(app/scoring/indicators.py), so a corrected input corrects every output.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data import audit
from app.models.organisation import StaffMovements
from app.scoring.indicators import (
    OPTIONAL,
    IndicatorInputError,
    YearIndicators,
    YearMovements,
    compute_years,
    read_movements,
)


def _to_movements(row: StaffMovements) -> YearMovements:
    counts = {"left_civil_service": row.left_civil_service}
    counts.update({c: getattr(row, c) for c in OPTIONAL if getattr(row, c) is not None})
    return YearMovements(row.year, row.average_headcount, counts)


def list_movements(session: Session, organisation_id: int) -> list[YearMovements]:
    rows = session.scalars(
        select(StaffMovements)
        .where(StaffMovements.organisation_id == organisation_id)
        .order_by(StaffMovements.year)
    )
    return [_to_movements(r) for r in rows]


def indicators(session: Session, organisation_id: int) -> list[YearIndicators]:
    return compute_years(list_movements(session, organisation_id))


def latest_indicators(
    session: Session, organisation_id: int, up_to_year: int | None = None
) -> YearIndicators | None:
    """The last year entered (not after `up_to_year`), e.g. for a card or a report."""
    years = [
        y
        for y in indicators(session, organisation_id)
        if up_to_year is None or y.year <= up_to_year
    ]
    return years[-1] if years else None


def _check(movements: YearMovements) -> None:
    problems = []
    if not 1900 <= movements.year <= 2200:
        problems.append(f"year {movements.year} is not a year")
    if not movements.average_headcount > 0:
        problems.append("the average headcount must be more than 0")
    for column, value in movements.counts.items():
        if value is None or value < 0 or int(value) != value:
            problems.append(f"{column}: {value!r} is not a whole number of 0 or more")
    left, body = movements.counts.get("left_civil_service"), movements.counts.get("left_body")
    if left is None:
        problems.append("left_civil_service is required")
    elif body is not None and left > body:
        problems.append(f"left_civil_service ({left}) is more than left_body ({body})")
    if problems:
        raise IndicatorInputError(problems)


def save_year(
    session: Session, organisation_id: int, movements: YearMovements, user_id: int | None = None
) -> None:
    """Add or replace one year's movements (checked first); audited; the caller commits."""
    _check(movements)
    row = session.get(StaffMovements, (organisation_id, movements.year))
    action = "movements_update" if row is not None else "movements_add"
    if row is None:
        row = StaffMovements(organisation_id=organisation_id, year=movements.year)
        session.add(row)
    row.average_headcount = float(movements.average_headcount)
    row.left_civil_service = int(movements.counts["left_civil_service"])
    for column in OPTIONAL:
        value = movements.counts.get(column)
        setattr(row, column, None if value is None else int(value))
    audit.record(session, action, "staff_movements", movements.year, user_id=user_id)


def delete_year(
    session: Session, organisation_id: int, year: int, user_id: int | None = None
) -> bool:
    row = session.get(StaffMovements, (organisation_id, year))
    if row is None:
        return False
    session.delete(row)
    audit.record(session, "movements_delete", "staff_movements", year, user_id=user_id)
    return True


def import_movements(
    session: Session, organisation_id: int, path: Path, user_id: int | None = None
) -> int:
    """A CSV of yearly movements (the columns of `motivdesk indicators`): the whole file is
    checked first and refused as a whole; years already entered are replaced. Returns the
    number of years written; the caller commits."""
    rows = read_movements(path)
    for movements in rows:
        _check(movements)
    for movements in rows:
        save_year(session, organisation_id, movements, user_id)
    return len(rows)

"""Organisation set-up: validation, and departments with data are kept (deactivated)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.data.org_setup import (
    DepartmentRow,
    SetupError,
    load_departments,
    save_departments,
    save_organisation,
)
from app.models import Department, SurveySession


def test_organisation_and_departments_round_trip(db):
    with db.session() as s:
        org = save_organisation(s, "Акимат", "Әкімдік")
        save_departments(
            s,
            org,
            [
                DepartmentRow(None, "Отдел кадров", "Кадр бөлімі", 7, "Иванов"),
                DepartmentRow(None, "Финансовый отдел", "Қаржы бөлімі", 9),
            ],
        )
        rows = load_departments(s, org)
    assert [(r.name_ru, r.headcount) for r in rows] == [
        ("Отдел кадров", 7),
        ("Финансовый отдел", 9),
    ]
    assert rows[0].head_name == "Иванов"


def test_problems_are_named_per_row(db):
    with db.session() as s:
        org = save_organisation(s, "Акимат", "")
        with pytest.raises(SetupError) as info:
            save_departments(
                s,
                org,
                [
                    DepartmentRow(None, "", "", 1),
                    DepartmentRow(None, "Отдел", "", -1),
                    DepartmentRow(None, "отдел", "", 2),
                ],
            )
    assert set(info.value.problems) == {
        (0, "name_required"),
        (1, "negative_headcount"),
        (2, "duplicate_name"),
    }
    with db.session() as s, pytest.raises(SetupError):
        save_organisation(s, "  ", "")


def test_removing_a_department_with_answers_only_deactivates_it(db):
    with db.session() as s:
        org = save_organisation(s, "Акимат", "")
        save_departments(
            s,
            org,
            [DepartmentRow(None, "Используемый", "", 5), DepartmentRow(None, "Пустой", "", 5)],
        )
        used, empty = load_departments(s, org)
        s.add(SurveySession(id=uuid.uuid4(), held_on=date(2026, 1, 1), department_id=used.id))
        s.commit()
        save_departments(s, org, [])
        assert s.get(Department, used.id).is_active is False
        assert s.get(Department, empty.id) is None
        assert load_departments(s, org) == []

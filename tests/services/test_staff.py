"""The staff register (issue 23.1): add, edit, move, deactivate, delete, import; head scope;
audit."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from app.data.accounts import Principal
from app.data.audit import entries
from app.data.org_setup import DepartmentRow, save_departments, save_organisation
from app.data.queries import list_employees
from app.models import Card, Employee, SurveySession
from app.models.base import Role, SessionKind
from app.services import staff
from app.services.staff import EmployeeSpec, StaffError
from app.services.staff_import import StaffFileError, import_file, write_template

TODAY = date(2026, 12, 1)


@pytest.fixture
def office(db):
    """An organisation with three departments; returns (database, {name: id})."""
    with db.session() as s:
        org = save_organisation(s, "Акимат района", "Аудан әкімдігі")
        save_departments(
            s,
            org,
            [
                DepartmentRow(None, "Отдел кадров", "Кадр бөлімі", 4),
                DepartmentRow(None, "Финансовый отдел", "Қаржы бөлімі", 6),
                DepartmentRow(None, "Юридический отдел", "Заң бөлімі", 3),
            ],
        )
        ids = {d.name_ru: d.id for d in staff.departments(s)}
    return db, ids


def _head(user_id, *depts):
    return Principal(user_id, "head", Role.DEPARTMENT_HEAD.value, frozenset(depts))


def test_add_edit_move_deactivate_each_audited(office):
    db, ids = office
    hr, fin = ids["Отдел кадров"], ids["Финансовый отдел"]
    with db.session() as s:
        eid = staff.add_employee(
            s,
            EmployeeSpec(
                "  Ахметова   Дана ",
                hr,
                "Главный специалист",
                "Бас маман",
                False,
                "female",
                date(2019, 9, 1),
                "0042",
            ),
            today=TODAY,
        )
        s.commit()
        detail = staff.get_employee(s, eid)
        assert detail.spec.full_name == "Ахметова Дана"  # spaces tidied
        assert detail.spec.personnel_number == "0042" and detail.is_active
        # edit without a change records nothing
        assert not staff.update_employee(s, eid, detail.spec, today=TODAY)
        spec = EmployeeSpec(
            **{**detail.spec.__dict__, "position": "Руководитель отдела", "is_manager": True}
        )
        assert staff.update_employee(s, eid, spec, today=TODAY)
        assert staff.move_employee(s, eid, fin)
        assert staff.set_active(s, eid, False)
        assert not staff.set_active(s, eid, False)  # already inactive: nothing recorded
        s.commit()
        emp = s.get(Employee, eid)
        assert (emp.department_id, emp.position, emp.is_manager, emp.is_active) == (
            fin,
            "Руководитель отдела",
            True,
            False,
        )
        log = [
            (e.action, e.object_type, e.object_id, e.detail)
            for e in entries(s)
            if e.object_type == "employee"
        ]
    assert [a for a, *_ in log] == ["employee_add", "edit", "employee_move", "employee_deactivate"]
    assert all(o == str(eid) for _a, _t, o, _d in log)
    assert log[1][3] == "position, is_manager"
    assert log[2][3] == f"department {hr} -> {fin}"
    with db.session() as s:  # inactive staff leave the default list, stay in the full one
        assert [r.id for r in list_employees(s)] == []
        assert [r.id for r in list_employees(s, active=None)] == [eid]


def test_refusals_name_the_field(office):
    db, ids = office
    hr = ids["Отдел кадров"]
    with db.session() as s:
        staff.add_employee(s, EmployeeSpec("Первый", hr, personnel_number="7"))
        with pytest.raises(StaffError) as exc:
            staff.add_employee(
                s,
                EmployeeSpec(
                    " ", 9999, gender="x", hired_on=date(2027, 1, 1), personnel_number="7"
                ),
                today=TODAY,
            )
        assert set(exc.value.problems) == {
            ("full_name", "required"),
            ("department_id", "unknown_department"),
            ("gender", "bad_gender"),
            ("hired_on", "future_date"),
            ("personnel_number", "number_taken"),
        }


def test_delete_refused_while_a_card_or_named_session_refers(office):
    db, ids = office
    hr = ids["Отдел кадров"]
    with db.session() as s:
        with_card = staff.add_employee(s, EmployeeSpec("С карточкой", hr))
        with_session = staff.add_employee(s, EmployeeSpec("С тестом", hr))
        mistake = staff.add_employee(s, EmployeeSpec("Ошибка ввода", hr))
        org_id = s.get(Employee, with_card).department.organisation_id
        s.add(
            Card(
                kind="personal",
                organisation_id=org_id,
                employee_id=with_card,
                department_id=hr,
                filled_on=TODAY,
            )
        )
        s.add(SurveySession(kind=SessionKind.NAMED.value, employee_id=with_session, held_on=TODAY))
        s.commit()
        for eid in (with_card, with_session):
            with pytest.raises(StaffError) as exc:
                staff.delete_employee(s, eid)
            assert exc.value.problems == [("employee", "referenced")]
            assert staff.get_employee(s, eid).references == 1
        staff.delete_employee(s, mistake)
        s.commit()
        assert s.get(Employee, mistake) is None
        assert s.get(Employee, with_card) is not None
        deleted = [e for e in entries(s, "employee_delete")]
        assert [(e.object_id, e.detail) for e in deleted] == [(str(mistake), "Ошибка ввода")]


def test_department_head_sees_and_changes_own_departments_only(office):
    db, ids = office
    hr, fin = ids["Отдел кадров"], ids["Финансовый отдел"]
    head = _head(None, fin)
    with db.session() as s:
        other = staff.add_employee(s, EmployeeSpec("Чужой", hr))
        own = staff.add_employee(s, EmployeeSpec("Свой", fin), head)
        s.commit()
        assert [d.id for d in staff.departments(s, head)] == [fin]
        assert [r.id for r in list_employees(s, {fin})] == [own]
        for call in (
            lambda: staff.get_employee(s, other, head),
            lambda: staff.set_active(s, other, False, head),
            lambda: staff.delete_employee(s, other, head),
        ):
            with pytest.raises(StaffError) as exc:
                call()
            assert exc.value.problems == [("employee", "missing")]
        with pytest.raises(StaffError) as exc:  # nor move his own out of his scope
            staff.move_employee(s, own, hr, head)
        assert exc.value.problems == [("department_id", "out_of_scope")]


def test_search_and_filter(office):
    db, ids = office
    hr, fin = ids["Отдел кадров"], ids["Финансовый отдел"]
    with db.session() as s:
        a = staff.add_employee(
            s, EmployeeSpec("Ахметова Дана", hr, "Главный специалист", personnel_number="A-1")
        )
        b = staff.add_employee(s, EmployeeSpec("Бекова Алия", fin, "Бухгалтер", "Есепші"))
        s.commit()
        # Cyrillic in any case (SQLite's lower() would not do it)
        assert [r.id for r in list_employees(s, search="АХМЕТ")] == [a]
        assert [r.id for r in list_employees(s, search="есепші")] == [b]
        assert [r.id for r in list_employees(s, search="a-1")] == [a]
        assert [r.id for r in list_employees(s, department_id=fin)] == [b]
        row = list_employees(s, department_id=fin)[0]
        assert row.position_in("kk") == "Есепші" and row.position_in("ru") == "Бухгалтер"
        assert list_employees(s, department_id=hr)[0].position_in("kk") == "Главный специалист"


def _xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


HEAD_RU = [
    "Табельный номер",
    "Ф. И. О.",
    "Подразделение",
    "Должность",
    "Должность на казахском",
    "Руководитель",
    "Пол",
    "Дата приёма",
]


def test_import_refuses_the_whole_file_naming_row_column_and_value(office, tmp_path):
    db, _ids = office
    path = _xlsx(
        tmp_path / "staff.xlsx",
        [
            HEAD_RU + ["Отчество"],
            ["1", "Ахметова Дана", "Отдел кадров", "Специалист", "", "да", "ж", "01.09.2019"],
            ["2", "", "Отдел снабжения", "", "", "может быть", "x", "31.02.2020"],
            ["1", "Бекова Алия", "Финансовый отдел", "", "", "", "", date(2030, 1, 1)],
        ],
    )
    with db.session() as s:
        with pytest.raises(StaffFileError) as exc:
            import_file(s, path, today=TODAY)
        assert [(p.row, p.column, p.value, p.code) for p in exc.value.problems] == [
            (None, "Отчество", "", "unknown_column")
        ]
    path = _xlsx(
        tmp_path / "staff2.xlsx",
        [
            HEAD_RU,
            ["1", "Ахметова Дана", "Отдел кадров", "Специалист", "", "да", "ж", "01.09.2019"],
            ["2", "", "Отдел снабжения", "", "", "может быть", "x", "31.02.2020"],
            ["1", "Бекова Алия", "Финансовый отдел", "", "", "", "", date(2030, 1, 1)],
        ],
    )
    with db.session() as s:
        with pytest.raises(StaffFileError) as exc:
            import_file(s, path, today=TODAY)
        found = [(p.row, p.column, p.value, p.code) for p in exc.value.problems]
        assert found == [
            (3, "Ф. И. О.", "", "required"),
            (3, "Подразделение", "Отдел снабжения", "unknown_department"),
            (3, "Руководитель", "может быть", "bad_yes_no"),
            (3, "Пол", "x", "bad_gender"),
            (3, "Дата приёма", "31.02.2020", "bad_date"),
            (4, "Дата приёма", "2030-01-01", "future_date"),
            (4, "Табельный номер", "1", "repeated_row"),
        ]
        assert str(exc.value.problems[1]) == (
            "row 3, column Подразделение: value «Отдел снабжения» is not a department of the "
            "organisation"
        )
        assert list_employees(s, active=None) == []  # nothing was written
        assert entries(s, "import") == []


def test_import_missing_required_column(office, tmp_path):
    db, _ids = office
    path = tmp_path / "staff.csv"
    path.write_text("Табельный номер;ФИО\n1;Ахметова Дана\n", encoding="utf-8")
    with db.session() as s, pytest.raises(StaffFileError) as exc:
        import_file(s, path)
    assert [(p.row, p.column, p.code) for p in exc.value.problems] == [
        (None, "Подразделение", "missing_column")
    ]


def test_reimport_updates_instead_of_duplicating(office, tmp_path):
    db, ids = office
    hr, fin = ids["Отдел кадров"], ids["Финансовый отдел"]
    with db.session() as s:  # typed by hand before the list arrived, without a number
        typed = staff.add_employee(s, EmployeeSpec("Ахметова Дана", hr, "Специалист", "Бас маман"))
        s.commit()
    first = tmp_path / "staff.csv"
    first.write_text(
        "Табельный номер;ФИО;Подразделение;Должность;Должность на казахском;Руководитель;"
        "Пол;Дата приёма\n"
        "101;Ахметова  Дана;отдел кадров;Главный специалист;;нет;ж;01.09.2019\n"
        "102;Бекова Алия;Қаржы бөлімі;Бухгалтер;Есепші;да;ж;2020-03-15\n"
        ";Сапаров Ерлан;Юридический отдел;Юрист;;;м;\n",
        encoding="utf-8",
    )
    with db.session() as s:
        result = import_file(s, first, today=TODAY)
        s.commit()
        assert (result.added, result.updated, result.unchanged) == (2, 1, 0)
        emp = s.get(Employee, typed)
        # matched by name and department, got its number; the blank Kazakh cell kept the value
        assert (emp.personnel_number, emp.position, emp.position_kk, emp.gender) == (
            "101",
            "Главный специалист",
            "Бас маман",
            "female",
        )
        assert emp.hired_on == date(2019, 9, 1)
    # Bekova moves to HR (found by her number), Saparov is found by name + department
    second = tmp_path / "staff2.xlsx"
    _xlsx(
        second,
        [
            ["ФИО", "Подразделение", "Табельный номер", "Должность"],
            ["Бекова Алия", "Отдел кадров", "102", "Главный бухгалтер"],
            ["Сапаров Ерлан", "Юридический отдел", None, "Юрист"],
            ["Ахметова Дана", "Отдел кадров", 101, None],
        ],
    )
    with db.session() as s:
        result = import_file(s, second, today=TODAY)
        s.commit()
        assert (result.added, result.updated, result.unchanged) == (0, 1, 2)
        rows = {r.full_name: r for r in list_employees(s, active=None)}
        assert len(rows) == 3
        assert rows["Бекова Алия"].department_id == hr
        assert rows["Бекова Алия"].position == "Главный бухгалтер"
        assert rows["Бекова Алия"].position_kk == "Есепші"
        moves = entries(s, "employee_move")
        assert len(moves) == 1 and moves[0].detail.startswith(f"department {fin} -> {hr}")
        imports = [e.detail for e in entries(s, "import")]
        assert imports == [
            "staff.csv: 2 added, 1 updated, 0 unchanged",
            "staff2.xlsx: 0 added, 1 updated, 2 unchanged",
        ]


def test_import_by_a_department_head_stays_in_his_departments(office, tmp_path):
    db, ids = office
    hr, fin = ids["Отдел кадров"], ids["Финансовый отдел"]
    with db.session() as s:
        staff.add_employee(s, EmployeeSpec("Чужой", hr, personnel_number="9"))
        s.commit()
    path = tmp_path / "staff.csv"
    path.write_text(
        "ФИО,Подразделение,Табельный номер\n"
        "Свой,Финансовый отдел,\n"
        "Новый,Отдел кадров,\n"
        "Подмена,Финансовый отдел,9\n",
        encoding="utf-8",
    )
    with db.session() as s:
        with pytest.raises(StaffFileError) as exc:
            import_file(s, path, principal=_head(None, fin))
        assert [(p.row, p.column, p.value, p.code) for p in exc.value.problems] == [
            (3, "Подразделение", "Отдел кадров", "out_of_scope")
        ]
    path.write_text(
        "ФИО,Подразделение,Табельный номер\nПодмена,Финансовый отдел,9\n", encoding="utf-8"
    )
    with db.session() as s:
        with pytest.raises(StaffFileError) as exc:
            import_file(s, path, principal=_head(None, fin))
        assert [(p.row, p.code) for p in exc.value.problems] == [(2, "number_taken")]


def test_template_reads_back_and_lists_departments(office, tmp_path):
    db, ids = office
    with db.session() as s:
        names = [(d.name_ru, d.name_kk) for d in staff.departments(s)]
    for lang, heading, dept in (
        ("ru", "Ф. И. О.", "Отдел кадров"),
        ("kk", "Т. А. Ә.", "Кадр бөлімі"),
    ):
        path = write_template(tmp_path / f"staff_{lang}.xlsx", lang, names)
        wb = load_workbook(path)
        sheet = wb.worksheets[0]
        assert sheet.cell(1, 2).value == heading
        assert dept in [c.value for c in wb.worksheets[1]["A"]]
        assert sheet.data_validations.dataValidation  # drop-down lists
        # filled in by HR, the template imports as it is
        sheet.append(
            [
                "5",
                "Жанова Сая",
                dept,
                "Маман",
                "Маман",
                "жоқ" if lang == "kk" else "нет",
                "әйел" if lang == "kk" else "ж",
                date(2021, 5, 4),
            ]
        )
        wb.save(path)
        with db.session() as s:
            result = import_file(s, path, today=TODAY)
            s.commit()
        assert result.added == (1 if lang == "ru" else 0)
    with db.session() as s:
        [row] = list_employees(s)
        assert (row.full_name, row.department_id, row.personnel_number) == (
            "Жанова Сая",
            ids["Отдел кадров"],
            "5",
        )


def test_department_no_longer_in_use_keeps_its_staff_editable(office):
    db, ids = office
    hr, law = ids["Отдел кадров"], ids["Юридический отдел"]
    with db.session() as s:
        stays = staff.add_employee(s, EmployeeSpec("Остался", law))
        s.commit()
        org_id = s.get(Employee, stays).department.organisation_id
        # removed from the list while an employee is in it: deactivated, not deleted
        save_departments(s, org_id, [DepartmentRow(hr, "Отдел кадров", "Кадр бөлімі", 4)])
        detail = staff.get_employee(s, stays)
        assert detail.department_ru == "Юридический отдел"
        assert staff.update_employee(
            s, stays, EmployeeSpec(**{**detail.spec.__dict__, "position": "Юрист"})
        )
        with pytest.raises(StaffError) as exc:
            staff.add_employee(s, EmployeeSpec("Новый", law))
        assert exc.value.problems == [("department_id", "inactive_department")]
        assert [d.id for d in staff.departments(s)] == [hr]

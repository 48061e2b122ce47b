"""Did the measures work (issue 20.6): a measure names its factor; the next report shows it."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from app.data.cards_service import CardError, CardInput, PlanInput, card_input, save_card
from app.models.base import CardKind, CardStatus
from app.models.cards import Card, PlanItem
from app.models.organisation import Department, Employee, Organisation
from app.paths import resources_dir
from app.reports.campaign_report import render_campaign_report
from app.scoring.analysis import Filter
from app.scoring.instruments import InstrumentFileError, default_library, parse_instrument
from app.scoring.level import load_parameters
from app.services.analysis import AnalysisService
from app.services.measure_effects import factor_choices, measure_effects
from app.services.report_data import load_campaign_report

LIBRARY = default_library()


@pytest.fixture
def demo(tmp_path, demo_db_path):
    from app.data.store import open_database

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def test_the_factors_a_measure_may_name_come_from_the_instrument_files():
    keys = dict(factor_choices(LIBRARY, "kk"))
    assert "satisfaction:q1" in keys and keys["satisfaction:q1"].startswith("Еңбекақы (")
    assert {k.split(":")[0] for k in keys} == {"satisfaction", "dismissal"}  # measure_targets
    assert len([k for k in keys if k.startswith("satisfaction:")]) == len(
        LIBRARY["satisfaction"].items
    )
    assert "dismissal:q11" not in keys  # «own variants»: each respondent means another thing
    assert len([k for k in keys if k.startswith("dismissal:")]) == 10


def test_only_a_factor_questionnaire_may_declare_measure_targets():
    path = resources_dir() / "instruments" / "job_satisfaction.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["measure_targets"] = True
    with pytest.raises(InstrumentFileError) as err:
        parse_instrument(data, "job_satisfaction.json", expected_id="job_satisfaction")
    assert "measure_targets" in str(err.value)


def _org(session):
    org = Organisation(name_ru="Орган", name_kk="Орган")
    session.add(org)
    session.flush()
    dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=5)
    session.add(dept)
    session.flush()
    person = Employee(department_id=dept.id, full_name="Иванова А.")
    session.add(person)
    session.flush()
    return org, person


def test_a_card_keeps_the_factor_of_each_measure_and_refuses_a_made_up_one(db):
    with db.session() as s:
        org, person = _org(s)
        card = CardInput(
            kind=CardKind.PERSONAL.value,
            organisation_id=org.id,
            filled_on=date(2026, 1, 10),
            employee_id=person.id,
            plan=[PlanInput("Курсы", factor="satisfaction:q16"), PlanInput("Отпуск")],
        )
        card_id = save_card(s, card)
        s.commit()
        again = card_input(s, card_id)
        assert [p.factor for p in again.plan] == ["satisfaction:q16", ""]
        card.plan[1].factor = "satisfaction:q1; DROP TABLE cards"
        with pytest.raises(CardError) as err:
            save_card(s, card, card_id)
        assert ("plan.1", "factor") in err.value.problems


def _add_personal(s, employee_id: int, filled_on: date, factor: str, text: str) -> None:
    emp = s.get(Employee, employee_id)
    card = Card(
        kind=CardKind.PERSONAL.value,
        organisation_id=1,
        employee_id=emp.id,
        department_id=emp.department_id,
        filled_on=filled_on,
        status=CardStatus.ACTIVE.value,
    )
    card.plan_items.append(PlanItem(position=0, measure=text, factor=factor))
    s.add(card)


def test_the_next_report_shows_each_named_factor_then_and_now(demo):
    service = AnalysisService(LIBRARY, load_parameters())
    with demo.session() as s:
        employees = s.scalars(select(Employee).order_by(Employee.id)).all()
        first, other = (
            employees[0],
            next(e for e in employees if e.department_id != employees[0].department_id),
        )
        # between the two campaigns (2025-03-01 … 2026-03-01): counted, never quoted
        _add_personal(s, first.id, date(2025, 6, 1), "satisfaction:q12", "Секрет Иванова")
        _add_personal(s, other.id, date(2025, 9, 1), "satisfaction:q12", "Секрет Петрова")
        # after the second campaign started: belongs to the next one
        _add_personal(s, first.id, date(2026, 3, 21), "satisfaction:q1", "Позже")
        s.commit()
        result = service.analyse(s, 2, Filter())
        effects = measure_effects(s, result, LIBRARY, "ru")
    by_kind = {(e.kind, e.factor): e for e in effects}
    # the demo's 2025 diagnostic card named two factors
    assert set(by_kind) == {
        ("diagnostic", "satisfaction:q12"),
        ("diagnostic", "satisfaction:q16"),
        ("personal", "satisfaction:q12"),
    }
    assert by_kind[("personal", "satisfaction:q12")].count == 2
    assert all("Секрет" not in e.measure for e in effects)
    now = result.analysis.instruments["satisfaction"].factors
    then = result.analysis.previous.instruments["satisfaction"].factors
    for item in ("q12", "q16"):
        figures = by_kind[("diagnostic", f"satisfaction:{item}")].figures
        assert figures.before == pytest.approx(float(then.loc[item, "mean"]))
        assert figures.after == pytest.approx(float(now.loc[item, "mean"]))
        assert figures.change == pytest.approx(figures.after - figures.before)
        # beyond noise exactly as the analysis marks this comparison (Welch's interval)
        assert (
            figures.significant == result.analysis.changes.factor("satisfaction", item).significant
        )
    # the two campaigns really differ here, so a swapped before/after would be caught; the
    # demo's workload factor fell by more than a point: far beyond noise
    q12 = by_kind[("diagnostic", "satisfaction:q12")].figures
    assert q12.change < -1 and q12.significant is True
    assert by_kind[("diagnostic", "satisfaction:q12")].measure.startswith("Пересмотреть")

    # a department head: only the personal measures of his department are counted
    with demo.session() as s:
        head = service.analyse(s, 2, Filter(), scope={first.department_id})
        mine = {(e.kind, e.factor): e for e in measure_effects(s, head, LIBRARY, "ru")}
    assert mine[("personal", "satisfaction:q12")].count == 1


def test_a_view_the_rule_hides_shows_no_factor_figure(demo):
    service = AnalysisService(LIBRARY, load_parameters())
    with demo.session() as s:
        dept = s.scalar(select(Department.id).order_by(Department.id))
        result = service.analyse(s, 2, Filter(department_id=dept, gender="female", is_manager=True))
        assert not result.shown
        effects = measure_effects(s, result, LIBRARY, "ru")
    assert effects and all(
        e.figures.reason == "hidden" and e.figures.before is None and e.figures.after is None
        for e in effects
    )


def test_the_campaign_report_prints_the_section(demo, tmp_path):
    with demo.session() as s:
        report = load_campaign_report(s, 2, LIBRARY, load_parameters(), "ru")
    assert report.measures
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_campaign_report(report, "ru"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Did the measures work" in text
    assert "Пересмотреть" in text and "нагрузки в отделах" in text
    assert "Объем работы" in text  # the factor's name
    first = report.measures[0].figures
    assert f"{first.before:.2f}".replace(".", ",") in text
    assert "lower, beyond noise" in text  # the workload factor's fall

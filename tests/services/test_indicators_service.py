"""Yearly staff movements stored per organisation; indicators computed from them."""

from __future__ import annotations

import pytest

from app.models import AuditEntry, Organisation
from app.scoring.indicators import IndicatorInputError, YearMovements
from app.services import indicators as service


@pytest.fixture
def org_id(db):
    with db.session() as s:
        org = Organisation(name_ru="Акимат", name_kk="Әкімдік")
        s.add(org)
        s.commit()
        return org.id


def test_save_compute_replace_and_delete(db, org_id):
    with db.session() as s:
        service.save_year(
            s, org_id, YearMovements(2017, 721, {"left_civil_service": 45, "exit_interviews": 45})
        )
        service.save_year(s, org_id, YearMovements(2016, 700, {"left_civil_service": 55}))
        s.commit()
    with db.session() as s:
        years = service.indicators(s, org_id)
        assert [y.year for y in years] == [2016, 2017]
        assert years[1].printed("net_turnover") == "6.2"  # seed 002: 45 / 721
        assert years[1].printed("exit_interview_coverage") == "100.0"
        assert years[1].change["net_turnover"] == pytest.approx(4500 / 721 - 5500 / 700)
        # a correction replaces the year, and every figure follows it
        service.save_year(s, org_id, YearMovements(2017, 721, {"left_civil_service": 72}))
        s.commit()
        latest = service.latest_indicators(s, org_id)
        assert latest.printed("net_turnover") == "10.0" and latest.net_turnover_critical
        assert latest.values["exit_interview_coverage"] is None  # no longer entered
        assert service.latest_indicators(s, org_id, up_to_year=2016).year == 2016
        assert service.delete_year(s, org_id, 2016) and not service.delete_year(s, org_id, 1999)
        s.commit()
        actions = [e.action for e in s.query(AuditEntry).order_by(AuditEntry.id)]
        assert actions == ["movements_add", "movements_add", "movements_update", "movements_delete"]


@pytest.mark.parametrize(
    "movements, fragment",
    [
        (YearMovements(2017, 0, {"left_civil_service": 1}), "more than 0"),
        (YearMovements(2017, 10, {"left_civil_service": -1}), "left_civil_service: -1"),
        (YearMovements(2017, 10, {"left_civil_service": 5, "left_body": 4}), "more than left_body"),
        (YearMovements(17, 10, {"left_civil_service": 1}), "not a year"),
        (YearMovements(2017, 10, {}), "required"),
    ],
)
def test_impossible_movements_are_refused_and_nothing_is_written(db, org_id, movements, fragment):
    with db.session() as s:
        with pytest.raises(IndicatorInputError) as info:
            service.save_year(s, org_id, movements)
        assert fragment in str(info.value)
        s.rollback()
        assert service.list_movements(s, org_id) == []


def test_import_refuses_the_whole_file(db, org_id, tmp_path):
    good = tmp_path / "m.csv"
    good.write_text("year,average_headcount,left_civil_service\n2016,700,55\n2017,721,45\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("year,average_headcount,left_civil_service\n2018,700,5\n2019,721,-4\n")
    with db.session() as s:
        assert service.import_movements(s, org_id, good) == 2
        s.commit()
        with pytest.raises(IndicatorInputError):
            service.import_movements(s, org_id, bad)
        s.rollback()
        assert [m.year for m in service.list_movements(s, org_id)] == [2016, 2017]
        # Windows-1251 (Excel's "CSV" on a Russian Windows) is read too
        cp = tmp_path / "cp.csv"
        cp.write_bytes("year;average_headcount;left_civil_service\n2018;700,5;7\n".encode("cp1251"))
        assert service.import_movements(s, org_id, cp) == 1
        s.commit()
        assert service.list_movements(s, org_id)[-1].average_headcount == 700.5

"""Paper questionnaires into a campaign: validated whole, written once, analysed like kiosk ones."""

from __future__ import annotations

import csv
import shutil

import pytest
from sqlalchemy import func, select

from app.data.answer_store import load_campaign_data
from app.data.response_import import import_responses
from app.data.store import open_database
from app.models import Campaign
from app.models.campaign import SurveySession
from app.scoring.instruments import default_library, get_instrument
from app.scoring.responses import ResponseFileError


@pytest.fixture
def demo(tmp_path, demo_db_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    db = open_database(str(path))
    yield db
    db.dispose()


def _write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_paper_climate_answers_join_the_campaign_once(demo, tmp_path):
    inst = get_instrument("climate")
    header = ["respondent", "department", "tenure_band"] + [f"q{n}" for n in range(1, 11)]
    rows = [
        ["A1", "Юридическое управление", "1-3"] + [4, 8, 4, 3, 4, 4, 4, 4, 3, 2],
        ["A2", "", ""] + [1] * 10,
    ]
    path = _write(tmp_path / "paper.csv", header, rows)
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        before = load_campaign_data(s, cid, default_library()).frames["climate"]
        result = import_responses(s, cid, inst, path)
        s.commit()
        assert (result.added, result.already_present) == (2, 0)
        again = import_responses(s, cid, inst, path)
        s.commit()
        assert (again.added, again.already_present) == (0, 2)
        after = load_campaign_data(s, cid, default_library()).frames["climate"]
        new = after.loc[~after.index.isin(before.index)]
        assert sorted(new.sum(axis=1)) == [10.0, 40.0]  # seed employee 1's total is 40
        imported = s.scalars(select(SurveySession).where(SurveySession.origin.like("file:%"))).all()
        assert {x.tenure_band for x in imported} == {"1_3", None}
        # read from their answer vectors, and the same when read from the answers
        assert all(x.vector for x in imported)
        for x in imported:
            x.vector = None
        s.commit()
        slow = load_campaign_data(s, cid, default_library()).frames["climate"]
        assert slow.equals(after)


def test_a_bad_row_refuses_the_whole_file(demo, tmp_path):
    inst = get_instrument("climate")
    header = ["department"] + [f"q{n}" for n in range(1, 11)]
    path = _write(
        tmp_path / "bad.csv",
        header,
        [["Юридическое управление"] + [4] * 10, ["Нет такого отдела"] + [4] * 10],
    )
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        count = s.scalar(select(func.count()).select_from(SurveySession))
        with pytest.raises(ResponseFileError) as err:
            import_responses(s, cid, inst, path)
        assert [(p.row, p.column, p.problem) for p in err.value.problems] == [
            (3, "department", "unknown_department")
        ]
        s.rollback()
        assert s.scalar(select(func.count()).select_from(SurveySession)) == count
        with pytest.raises(ResponseFileError) as err:
            import_responses(s, cid, get_instrument("hall_ei"), path)
        assert err.value.problems[0].problem == "not_in_campaign"


def test_undoing_a_paper_import_removes_exactly_its_questionnaires(demo, tmp_path):
    from app.data.audit import entries
    from app.data.bundles import list_imports, undo_import

    inst = get_instrument("climate")
    header = [f"q{n}" for n in range(1, 11)]
    first = _write(tmp_path / "first.csv", header, [[4] * 10, [5] * 10, [6] * 10])
    second = _write(tmp_path / "second.csv", header, [[7] * 10])
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        count = s.scalar(select(func.count()).select_from(SurveySession))
        one = import_responses(s, cid, inst, first)
        two = import_responses(s, cid, inst, second)
        s.commit()
        assert one.origin.startswith("file:") and one.origin != two.origin
        assert [(i.origin, i.sessions) for i in list_imports(s, cid) if i.kind == "file"] == sorted(
            [(one.origin, 3), (two.origin, 1)]
        )
        assert undo_import(s, cid, one.origin) == 3
        s.commit()
        assert s.scalar(select(func.count()).select_from(SurveySession)) == count + 1
        assert entries(s, "import_undo")[-1].detail == f"{one.origin}: 3 removed"
        assert import_responses(s, cid, inst, first).added == 3  # can be imported again

"""`motivdesk analyse` and answer quality (issue 20.3): the JSON carries the flagged count and
Cronbach's alpha; --exclude-flagged is stated in the output and audited; a department whose
few flagged respondents would be singled out is not shown without them."""

from __future__ import annotations

import json

from app.cli import main
from app.data.audit import entries
from app.data.store import open_database
from tests.cli.test_analyse_drivers import _latest


def _run(path, capsys, *extra) -> dict:
    campaign_id = _latest(path)
    assert (
        main(["analyse", "--db", str(path), "--campaign", str(campaign_id), "--json", *extra]) == 0
    )
    return json.loads(capsys.readouterr().out)


def test_json_carries_answer_quality_and_the_exclusion_is_audited(demo_db_path, tmp_path, capsys):
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    whole = _run(path, capsys)
    quality = whole["answer_quality"]
    assert quality["exclude_flagged"] is False and whole["filter"]["exclude_flagged"] is False
    assert quality["flagged"] == 12  # the demo's «too fast» sessions
    climate = quality["alpha"]["climate"]["total"]
    assert climate["k"] == 10 and 0 < climate["alpha"] < 1 and climate["n"] >= 5
    assert "responsibility" not in quality["alpha"]["job_satisfaction"]  # one item
    clean = _run(path, capsys, "--exclude-flagged")
    assert clean["filter"]["exclude_flagged"] is True
    assert clean["answer_quality"]["exclude_flagged"] is True
    assert "left out" in clean["answer_quality"]["note"]
    assert clean["n"] == whole["n"] - 12 and clean["answer_quality"]["flagged"] == 0
    database = open_database(str(path))
    with database.session() as session:
        assert [e.detail for e in entries(session, "quality_exclude")] == ["cli analyse"]
    database.dispose()
    # departments: with and without their flagged respondents differ by 0 or at least t
    for row in whole["participation"]["rows"]:
        if row["department"] is None:
            continue
        dept = str(row["department"])
        a = _run(path, capsys, "--department", dept)
        b = _run(path, capsys, "--department", dept, "--exclude-flagged")
        if a["shown"] and b["shown"]:
            assert a["n"] - b["n"] == 0 or a["n"] - b["n"] >= a["threshold"]

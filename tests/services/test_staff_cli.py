"""`motivdesk staff template|import|list` as a user runs them (subprocess: exit codes, output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from app.data.org_setup import DepartmentRow, save_departments, save_organisation
from app.data.store import open_database

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_template_import_list(tmp_path):
    db_path = tmp_path / "office.db"
    db = open_database(str(db_path))
    with db.session() as s:
        org = save_organisation(s, "Акимат", "Әкімдік")
        save_departments(s, org, [DepartmentRow(None, "Отдел кадров", "Кадр бөлімі", 4)])
    db.dispose()
    template = tmp_path / "staff.xlsx"
    result = run("staff", "template", "--out", str(template), "--lang", "kk", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    wb = load_workbook(template)
    assert wb.worksheets[0].cell(1, 2).value == "Т. А. Ә."
    assert wb.worksheets[1].cell(2, 1).value == "Кадр бөлімі"
    wb.worksheets[0].append(["77", "Жанова Сая", "Кадр бөлімі", "Маман", "Маман", "иә", "әйел"])
    wb.worksheets[0].append(["78", "Омаров Нұрлан", "Жабдықтау бөлімі"])
    wb.save(template)

    refused = run("staff", "import", str(template), "--db", str(db_path))
    assert refused.returncode == 1
    assert (
        "row 3, column Бөлім: value «Жабдықтау бөлімі» is not a department of the organisation"
    ) in refused.stderr
    assert "nothing was changed" in refused.stderr

    wb = load_workbook(template)
    wb.worksheets[0].delete_rows(3)
    wb.save(template)
    for expected in ("1 added, 0 updated, 0 unchanged", "0 added, 0 updated, 1 unchanged"):
        done = run("staff", "import", str(template), "--db", str(db_path))
        assert done.returncode == 0, done.stderr
        assert expected in done.stdout
    listed = run("staff", "list", "--json", "--db", str(db_path))
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (
        row["personnel_number"],
        row["full_name"],
        row["department"],
        row["is_manager"],
        row["position_kk"],
    ) == ("77", "Жанова Сая", "Отдел кадров", True, "Маман")

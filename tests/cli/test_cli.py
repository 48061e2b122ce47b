"""The command line as a user runs it (subprocess: real exit codes and output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_self_check_passes():
    result = run("--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check passed" in result.stdout
    for name in ("database", "instruments", "pdf", "printing", "translations"):
        assert f"ok    {name}" in result.stdout


def test_demo_creates_a_database_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "demo.db"
    first = run("demo", "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert path.exists() and "admin" in first.stdout
    second = run("demo", "--db", str(path))
    assert second.returncode == 1 and "already exists" in second.stderr


def test_a_non_database_file_is_refused_with_a_clear_message(tmp_path):
    from app.cli.common import open_db_or_explain

    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database" * 100)
    message = open_db_or_explain(str(junk))
    assert isinstance(message, str)
    assert "cannot open" in message and "nothing was changed" in message
    assert junk.read_bytes() == b"this is not a database" * 100


def test_level_json_for_table_2_4(tmp_path):
    csv = tmp_path / "means.csv"
    rows = [
        ("climate", 4.35, 4.35),
        ("public_value", 4.28, 4.26),
        ("creativity", 4.11, 4.13),
        ("skills", 4.07, 3.77),
        ("self_realisation", 4.04, 4.02),
        ("growth", 4.0, 3.88),
        ("content", 3.8, 4.13),
        ("prestige", 3.8, 4.15),
        ("conditions", 3.6, 3.91),
        ("pay", 3.4, 3.64),
        ("autonomy", 3.15, 3.86),
        ("power", 1.2, 3.75),
    ]
    csv.write_text(
        "parameter,importance,perception\n" + "".join(f"{p},{i},{s}\n" for p, i, s in rows),
        encoding="utf-8",
    )
    result = run("level", "--means", str(csv), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["label"] == "good" and abs(doc["integral"] - 0.804) <= 0.002
    assert [p["parameter"] for p in doc["parameters"]][0] == "climate"
    assert set(doc["parameters"][0]) == {"parameter", "importance", "perception", "d", "level"}


def test_level_refuses_a_bad_file_naming_the_cell(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("parameter,importance,perception\nclimate,4.35,seven\n", encoding="utf-8")
    result = run("level", "--means", str(csv))
    assert result.returncode == 1
    assert "row 2, column perception: 'seven'" in result.stderr


def test_instruments_lists_every_instrument_with_status():
    result = run("instruments", "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    expected = {
        "significance",
        "satisfaction",
        "dismissal",
        "climate",
        "job_satisfaction",
        "gerchikov",
        "herzberg",
        "mcclelland",
        "ritchie_martin",
        "maslow",
        "schein",
        "hall_ei",
    }
    assert set(rows) == expected
    # the part each plays in the method (issue 19.3): the code finds them by it
    assert rows["significance"]["role"] == "factor_significance"
    assert rows["herzberg"]["role"] == ""
    assert rows["maslow"]["status"] == "disabled" and rows["maslow"]["reason"]
    assert rows["mcclelland"]["status"] == "disabled"
    assert rows["gerchikov"]["items"] == 23 and rows["schein"]["items"] == 41
    assert all(r["languages"] == ["ru", "kk"] for r in rows.values())


def test_template_then_score_xlsx_and_csv_agree(tmp_path):
    out = tmp_path / "schein.xlsx"
    result = run("template", "schein", "--out", str(out))
    assert result.returncode == 0 and out.exists(), result.stderr
    import pandas as pd

    frame = pd.read_excel(out, dtype=str).reindex(range(1))
    for n in range(1, 42):
        frame[f"q{n}"] = str(n % 10 + 1)
    xlsx, csv = tmp_path / "a.xlsx", tmp_path / "a.csv"
    frame.to_excel(xlsx, index=False)
    frame.to_csv(csv, index=False)
    a = json.loads(run("score", "schein", "--input", str(xlsx), "--json").stdout)
    b = json.loads(run("score", "schein", "--input", str(csv), "--json").stdout)
    assert a == b
    # competence items 1, 9, 17, 25, 33 -> answers 2, 10, 8, 6, 4 -> mean 6.0
    assert a["respondents"][0]["scores"]["competence"] == 6
    assert set(a) == {"instrument", "n", "respondents", "group"}


def test_score_refuses_a_bad_file_and_prints_nothing_on_stdout(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("q1,q2\n3,9\n", encoding="utf-8")
    result = run("score", "significance", "--input", str(csv), "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "row 2, column q2: value '9'" in result.stderr
    assert "nothing was scored" in result.stderr


def test_score_of_a_disabled_or_unknown_instrument_is_refused(tmp_path):
    csv = tmp_path / "x.csv"
    csv.write_text("q1\n1\n", encoding="utf-8")
    assert "disabled" in run("score", "maslow", "--input", str(csv)).stderr
    assert "unknown instrument" in run("score", "nope", "--input", str(csv)).stderr


def test_report_commands_write_pdfs_and_audit_personal_ones(tmp_path, demo_db_path):
    import shutil

    from app.data.audit import entries
    from app.data.store import open_database

    db_file = tmp_path / "demo.db"
    shutil.copy(demo_db_path, db_file)
    out = tmp_path / "campaigns"
    r = run("report", "campaign", "--db", str(db_file), "--all", "--lang", "kk", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["campaign-1-kk.pdf", "campaign-2-kk.pdf"]
    assert (out / "campaign-2-kk.pdf").read_bytes().startswith(b"%PDF")
    assert not list(out.glob(".motivdesk-*"))  # no temporary files left behind
    sheet = tmp_path / "result.pdf"
    r = run("report", "result", "--db", str(db_file), "--employee", "1", "--out", str(sheet))
    assert r.returncode == 0, r.stderr
    assert sheet.read_bytes().startswith(b"%PDF")
    db = open_database(str(db_file))
    with db.session() as s:
        printed = [(e.object_type, e.object_id) for e in entries(s, "print")]
    db.dispose()
    assert printed == [("employee_results", "1")]


def test_report_refuses_unknown_targets_and_missing_options(tmp_path, demo_db_path):
    r = run(
        "report",
        "result",
        "--db",
        str(demo_db_path),
        "--employee",
        "999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert r.returncode == 1 and "employee 999 not found" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r = run("report", "campaign", "--db", str(demo_db_path), "--out", str(tmp_path / "y.pdf"))
    assert r.returncode == 2 and "--campaign ID or --all" in r.stderr


def test_backup_then_restore_and_refusal_of_a_foreign_file(tmp_path, demo_db_path):
    import shutil

    db_file = tmp_path / "office.db"
    shutil.copy(demo_db_path, db_file)
    copy = tmp_path / "copy.db"
    r = run("--db", str(db_file), "backup", "--out", str(copy))
    assert r.returncode == 0, r.stderr
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    before = db_file.read_bytes()
    r = run("--db", str(db_file), "restore", str(foreign))
    assert r.returncode == 1 and "is not a database file; nothing was changed" in r.stderr
    assert db_file.read_bytes() == before
    r = run("--db", str(db_file), "restore", str(copy))
    assert r.returncode == 0 and "previous database was kept" in r.stdout


def test_export_and_import_bundle_from_the_command_line(tmp_path, demo_db_path):
    import shutil

    kiosk, hr = tmp_path / "kiosk.db", tmp_path / "hr.db"
    shutil.copy(demo_db_path, kiosk)
    shutil.copy(demo_db_path, hr)
    bundle = tmp_path / "campaign.zip"
    r = run("--db", str(kiosk), "export", "--campaign", "2", "--out", str(bundle))
    assert r.returncode == 0 and "120 finished anonymous sessions" in r.stdout, r.stderr
    r = run("--db", str(hr), "import", str(bundle), "--campaign", "2")
    assert r.returncode == 0 and "0 sessions added, 120 were already here" in r.stdout
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    r = run("--db", str(hr), "import", str(bad), "--campaign", "2")
    assert r.returncode == 1 and "not a Motivdesk bundle" in r.stderr
    assert "nothing was changed" in r.stderr


def test_import_of_paper_questionnaires_names_the_bad_cell(tmp_path, demo_db_path):
    import shutil

    db_file = tmp_path / "office.db"
    shutil.copy(demo_db_path, db_file)
    good = tmp_path / "paper.csv"
    good.write_text("q1;q2;q3;q4;q5;q6;q7;q8;q9;q10\n4;8;4;3;4;4;4;4;3;2\n", encoding="utf-8")
    r = run("--db", str(db_file), "import", str(good), "--campaign", "2", "--instrument", "climate")
    assert r.returncode == 0 and "1 questionnaires added, 0 were already here" in r.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("q1;q2;q3;q4;q5;q6;q7;q8;q9;q10\n4;9;4;3;4;4;4;4;3;2\n", encoding="utf-8")
    r = run("--db", str(db_file), "import", str(bad), "--campaign", "2", "--instrument", "climate")
    assert r.returncode == 1 and "row 2, column q2: value '9'" in r.stderr
    assert "nothing was changed" in r.stderr


def test_level_prints_the_label_of_the_printed_value(tmp_path):
    # integral 0.599: printed with three decimals, below table 2.5's 0.60 -> unsatisfactory
    csv = tmp_path / "means.csv"
    csv.write_text("parameter,importance,perception\na,3,2.995\nb,3,2.995\n", encoding="utf-8")
    result = run("level", "--means", str(csv))
    assert result.returncode == 0, result.stderr
    assert "integral motivation level: 0.599 (unsatisfactory)" in result.stdout
    doc = json.loads(run("level", "--means", str(csv), "--json").stdout)
    assert doc["shown"] == 0.599 and doc["label"] == "unsatisfactory"


def test_settings_command_stores_the_schein_threshold_and_score_uses_it(tmp_path):
    db = str(tmp_path / "office.db")
    assert "schein_threshold = 6 (default)" in run("--db", db, "settings", "list").stdout
    bad = run("--db", db, "settings", "set", "schein_threshold", "12")
    assert bad.returncode == 1 and "nothing was changed" in bad.stderr
    assert run("--db", db, "settings", "set", "schein_threshold", "7").returncode == 0
    assert json.loads(run("--db", db, "settings", "get", "schein_threshold", "--json").stdout) == {
        "schein_threshold": 7.0
    }
    # the seed example (App. 6 fig. 6.6): management 6.80 is pronounced above 6, not above 7
    from tests.scoring.test_instrument_keys import _schein_seed_answers

    answers = _schein_seed_answers()
    csv = tmp_path / "schein.csv"
    header = [f"q{n}" for n in range(1, 42)]
    csv.write_text(
        ",".join(header) + "\n" + ",".join(str(answers[h]) for h in header) + "\n", encoding="utf-8"
    )

    def management(before=(), after=()):
        doc = json.loads(
            run(*before, "score", "schein", "--input", str(csv), "--json", *after).stdout
        )
        return doc["respondents"][0]["levels"]["management"]

    assert management() == "pronounced"  # no database: the documented default
    assert management(("--db", db)) == "not_pronounced"  # the office's setting
    # the option wins over the office's setting
    assert management(("--db", db), ("--schein-threshold", "6.5")) == "pronounced"
    assert management(after=("--schein-threshold", "7")) == "not_pronounced"


def test_score_prints_table_3_4_in_the_six_bands_of_question_19(tmp_path):
    csv = tmp_path / "js.csv"
    header = ["respondent", "tenure_band"] + [f"q{n}" for n in range(1, 20)]
    rows = [
        ["A", ""] + ["а"] * 18 + ["д"],
        ["B", "15_20"] + ["б"] * 18 + [""],
        ["C", ""] + ["в"] * 18 + [""],
    ]
    csv.write_text("\n".join(",".join(r) for r in [header] + rows) + "\n", encoding="utf-8")
    out = run("score", "job_satisfaction", "--input", str(csv)).stdout
    lines = {line.split("  ")[0]: line.split() for line in out.splitlines()[-4:]}
    assert "table 3.4 (% of maximum) by tenure" in out
    # A (д = 10-20) and B (15-20) share the seed's band; C gave no tenure
    assert lines["10-20 years"][2] == "2" and lines["not given"][2] == "1"
    assert lines["all"][1] == "3"


def test_settings_command_switches_the_kiosk_to_high_contrast(tmp_path):
    db = str(tmp_path / "office.db")
    assert "kiosk_high_contrast = off (default)" in run("--db", db, "settings", "list").stdout
    bad = run("--db", db, "settings", "set", "kiosk_high_contrast", "0.5")
    assert bad.returncode == 1 and "allowed: on, off" in bad.stderr
    assert run("--db", db, "settings", "set", "kiosk_high_contrast", "on").returncode == 0
    assert (
        "kiosk_high_contrast = on"
        in run("--db", db, "settings", "get", "kiosk_high_contrast").stdout
    )
    assert json.loads(
        run("--db", db, "settings", "get", "kiosk_high_contrast", "--json").stdout
    ) == {"kiosk_high_contrast": True}

"""The campaign report's «Answer quality» section (issue 20.3): the flagged count and Cronbach's
α of the analysis, and whether flagged sessions are left out — from the PDF's own text."""

from __future__ import annotations

import shutil
import subprocess

from app.data.audit import entries
from app.data.store import open_database
from app.reports.campaign_report import render_campaign_report
from app.reports.pdf import fmt_number
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.services.report_data import load_campaign_report
from tests.cli.test_cli import run


def _text(pdf) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_report_prints_the_flagged_count_and_each_alpha(demo_db_path, tmp_path):
    database = open_database(str(demo_db_path))
    try:
        with database.session() as s:
            report = load_campaign_report(s, 2, default_library(), load_parameters(), "en")
    finally:
        database.dispose()
    analysis = report.analysis
    assert analysis.flagged is not None and analysis.flagged.allowed
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_campaign_report(report, "en"))
    text = " ".join(_text(pdf).split())
    assert "Answer quality" in text
    assert f"Flagged respondents in this group: {analysis.flagged.n}" in text
    assert "All finished sessions are included, flagged ones too." in text
    alphas = [row for scales in analysis.alphas.values() for row in scales.values()]
    assert alphas  # the demo's job satisfaction and climate scales
    for row in alphas:
        if not row["hidden"] and row["alpha"] is not None:
            assert fmt_number(row["alpha"], 2, "en") in text


def test_the_command_line_report_can_leave_flagged_sessions_out(demo_db_path, tmp_path):
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_path, copy)
    out = tmp_path / "without.pdf"
    result = run(
        "report",
        "campaign",
        "--db",
        str(copy),
        "--campaign",
        "2",
        "--lang",
        "ru",
        "--exclude-flagged",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(_text(out).split())
    from app.ui.i18n import report_translator

    tr = report_translator("ru")
    for source in (
        "sessions flagged for answer quality left out",  # the group covered
        "Sessions flagged for answer quality are left out of this report.",
    ):
        said = " ".join(tr("Reports", source).split())
        assert said != source and said in text
    database = open_database(str(copy))
    try:
        with database.session() as s:
            assert entries(s, "quality_exclude")  # the choice is audited
    finally:
        database.dispose()

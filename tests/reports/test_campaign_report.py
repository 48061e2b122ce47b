"""The campaign report prints the analysis figures, and nothing for groups under the threshold."""

from __future__ import annotations

from sqlalchemy import select

from app.data.store import open_database
from app.models import Campaign, Department
from app.reports.campaign_report import render_campaign_report
from app.reports.pdf import fmt_number
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.services.report_data import load_campaign_report
from tests.reports.helpers import pdf_fonts, pdf_text


def _report(demo_db_path, lang="ru", flt=Filter()):
    db = open_database(str(demo_db_path))
    try:
        with db.session() as s:
            cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
            it = s.scalar(select(Department.id).where(Department.name_ru.like("%информационных%")))
            report = load_campaign_report(
                s,
                cid,
                default_library(),
                load_parameters(),
                lang,
                flt if flt != "it" else Filter(department_id=it),
            )
    finally:
        db.dispose()
    return report


def test_report_prints_the_same_figures_as_the_analysis(demo_db_path, tmp_path):
    report = _report(demo_db_path)
    text = pdf_text(render_campaign_report(report, "ru"), tmp_path)
    assert report.campaign in text
    total = sum(x.finished for x in report.participation)
    head = sum(x.headcount for x in report.participation)
    assert f"Total {head} {total} {fmt_number(total / head * 100, 1)} %" in text
    level = report.analysis.level
    assert f"Integral motivation level: {fmt_number(level.shown, 3)}" in text
    # every parameter row: P_imp, P_perc, d, U_i as computed by the analysis (long parameter
    # names wrap, so the numbers are matched on their own)
    for p in level.parameters:
        row = " ".join(
            [
                fmt_number(p.importance, 2),
                fmt_number(p.perception, 2),
                fmt_number(p.d, 3),
                fmt_number(p.level, 3),
            ]
        )
        assert row in text, row
    gerchikov = report.analysis.instruments["gerchikov"].types
    assert f"Профессиональный тип {gerchikov['counts']['PR']} " in text
    assert all(
        embedded for _n, embedded in pdf_fonts(render_campaign_report(report, "kk"), tmp_path)
    )


def test_a_department_under_the_threshold_prints_only_the_reason(demo_db_path, tmp_path):
    report = _report(demo_db_path, flt="it")
    assert not report.analysis.disclosure.allowed
    text = pdf_text(render_campaign_report(report, "ru"), tmp_path)
    assert "Hidden: fewer than 5 respondents in this group." in text
    assert "Integral motivation level" not in text and "Профессиональный тип" not in text


def test_kazakh_report_uses_kazakh_content(demo_db_path, tmp_path):
    report = _report(demo_db_path, lang="kk")
    text = pdf_text(render_campaign_report(report, "kk"), tmp_path)
    assert "Кәсіби тип" in text or "Кәсіби" in text
    assert "Ахуалдың қорытынды көрсеткіші" in text

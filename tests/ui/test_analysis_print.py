"""The analysis page prints the campaign report for the chosen campaign and filter."""

from __future__ import annotations

from app.data.store import open_database
from app.ui.context import AppContext
from tests.reports.helpers import pdf_text


def test_print_report_writes_the_pdf_of_the_selected_campaign(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    from app.ui.pages.analysis_page import AnalysisPage

    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.analysis is not None, timeout=20000)
    target = tmp_path / "report.pdf"
    page.print_report(lang="kk", target=target)
    qtbot.waitUntil(target.exists, timeout=20000)
    text = pdf_text(target.read_bytes(), tmp_path)
    assert page.campaign_combo.currentText() in text
    assert "Ахуалдың қорытынды көрсеткіші" in text  # Kazakh content, whatever the UI language
    database.dispose()

"""The analysis page under the disclosure rule: superseded runs never land last; a department
head whose departments the campaign does not cover sees (and prints) nothing."""

from __future__ import annotations

import threading

from app.data.accounts import Principal
from app.data.store import open_database
from app.models.organisation import Department
from app.ui.context import AppContext
from tests.privacy.synthetic import build
from tests.reports.helpers import pdf_text


def _planted(tmp_path):
    database = open_database(str(tmp_path / "planted.db"))
    with database.session() as session:
        ids = build(session)
    return database, ids


def test_an_older_run_that_finishes_last_is_dropped(qtbot, settings, languages, tmp_path):
    from app.ui.pages.analysis_page import AnalysisPage

    database, ids = _planted(tmp_path)
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData(ids["campaign"]))
    qtbot.waitUntil(
        lambda: page.result is not None and page.result.filter.department_id is None, timeout=20000
    )
    A, C = ids["departments"]["A"], ids["departments"]["C"]
    release = threading.Event()
    analyse = page.service.analyse

    def slow_for_a(session, campaign_id, flt, scope=None):
        if flt.department_id == A:  # the older run: held until the newer one has landed
            release.wait(20)
        return analyse(session, campaign_id, flt, scope=scope)

    page.service.analyse = slow_for_a
    page.department_combo.setCurrentIndex(page.department_combo.findData(A))
    page.department_combo.setCurrentIndex(page.department_combo.findData(C))
    qtbot.waitUntil(lambda: page.result.filter.department_id == C, timeout=20000)
    release.set()
    qtbot.wait(500)  # the run for A finishes now, after the one for C
    assert page.result.filter.department_id == C and page.result.n == 25
    assert page.status_label.text().endswith("25")
    database.dispose()


def test_a_head_outside_the_campaign_sees_and_prints_nothing(qtbot, settings, languages, tmp_path):
    from app.ui.pages.analysis_page import AnalysisPage

    database, ids = _planted(tmp_path)
    with database.session() as session:
        other = Department(organisation_id=ids["org"], name_ru="Отдел E", headcount=9)
        session.add(other)
        session.commit()
        other_id = other.id
    context = AppContext(database, settings, languages)
    context.principal = Principal(None, "head", "department_head", frozenset({other_id}))
    page = AnalysisPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData(ids["campaign"]))
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    assert not page.result.shown and page.result.reason == "out_of_scope"
    assert page.model.rowCount() == 0 and page.department_combo.count() == 0
    assert "does not cover any of your departments" in page.status_label.text()
    assert page.significance_tab.model.rowCount() == 0
    target = tmp_path / "head.pdf"
    page.print_report("ru", target)
    qtbot.waitUntil(target.exists, timeout=20000)
    text = pdf_text(target.read_bytes(), tmp_path, "copy.pdf")
    assert "Этот опрос не охватывает ни одно из ваших подразделений" in text
    assert "Отдел" not in text and "Респонденты" not in text and "Итого" not in text
    database.dispose()

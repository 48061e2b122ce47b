"""Analysis page, «Answer quality» (issue 20.3): alpha per multi-item scale of the demo, the
«leave out flagged sessions» filter says so on screen and is audited."""

from __future__ import annotations

from app.data.audit import entries
from app.ui.context import AppContext


def _page(qtbot, database, settings, languages):
    from app.ui.pages.analysis_page import AnalysisPage

    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.refresh()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    page.select_section(page.tab_widget.indexOf(page.quality_tab))
    return page


def test_alpha_per_scale_and_the_exclusion_is_stated_and_audited(
    qtbot, demo_copy, settings, languages
):
    page = _page(qtbot, demo_copy, settings, languages)
    tab = page.quality_tab
    assert not page.exclude_flagged_check.isChecked()  # default: everyone included
    rows = tab.model.rows
    assert rows and {r["instrument"] for r in rows}
    alphas = page.result.analysis.alphas
    assert tab.model.rowCount() == sum(len(v) for v in alphas.values())
    assert "All finished sessions are included" in tab.note_label.text()
    page.exclude_flagged_check.setChecked(True)
    qtbot.waitUntil(lambda: page.result.filter.exclude_flagged, timeout=20000)
    assert "left out" in page.status_label.text() or not page.result.shown
    if page.result.shown:
        assert "left out of this view" in page.quality_tab.note_label.text()
    with demo_copy.session() as session:
        audited = entries(session, "quality_exclude")
        assert len(audited) == 1 and audited[0].detail == "analysis page"
    page.grab().save("/tmp/quality_tab.png")
    page.exclude_flagged_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.result.filter.exclude_flagged, timeout=20000)
    with demo_copy.session() as session:
        assert len(entries(session, "quality_include")) == 1


def test_the_report_printed_without_flagged_sessions_says_so(
    qtbot, demo_copy, settings, languages, tmp_path
):
    from tests.reports.helpers import pdf_text

    page = _page(qtbot, demo_copy, settings, languages)
    page.exclude_flagged_check.setChecked(True)
    qtbot.waitUntil(lambda: page.result.filter.exclude_flagged, timeout=20000)
    target = tmp_path / "report.pdf"
    page.print_report(lang="ru", target=target)
    qtbot.waitUntil(target.exists, timeout=20000)
    text = " ".join(pdf_text(target.read_bytes(), tmp_path).split())
    assert "анкеты, отмеченные по качеству ответов, исключены" in text
    import shutil

    shutil.copy(target, "/tmp/quality_report.pdf")


def test_kazakh_filter_row_fits_a_laptop(qtbot, demo_copy, settings, languages):
    languages.set_language("kk")
    try:
        page = _page(qtbot, demo_copy, settings, languages)
        page.exclude_flagged_check.setChecked(True)
        qtbot.waitUntil(lambda: page.result.filter.exclude_flagged, timeout=20000)
        assert page.exclude_flagged_check.text() == "Белгіленген сауалнамаларды алып тастау"
        assert page.minimumSizeHint().width() <= 1366
        page.grab().save("/tmp/quality_tab_kk.png")
    finally:
        languages.set_language("en")


def test_the_quality_settings_are_office_settings_on_the_settings_page(
    qtbot, demo_copy, settings, languages
):
    from app.data.office_settings import effective
    from app.scoring import office
    from app.ui.pages.settings_page import SettingsPage

    page = SettingsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    assert page.straight_lining_spin.value() == 10 and page.fast_seconds_spin.value() == 1.0
    try:
        page.straight_lining_spin.setValue(12)
        page.straight_lining_spin.editingFinished.emit()
        page.fast_seconds_spin.setValue(2.5)
        page.fast_seconds_spin.editingFinished.emit()
        with demo_copy.session() as session:
            stored = effective(session)
        assert stored[office.STRAIGHT_LINING_MIN_ITEMS] == 12
        assert stored[office.FAST_SECONDS_PER_ITEM] == 2.5
        assert office.current(office.FAST_SECONDS_PER_ITEM) == 2.5  # the kiosk reads this
        page.grab().save("/tmp/quality_settings.png")
    finally:
        office.set_current({})


def test_the_filter_lists_follow_a_language_switch_and_keep_their_choice(
    qtbot, demo_copy, settings, languages
):
    page = _page(qtbot, demo_copy, settings, languages)
    page.gender_combo.setCurrentIndex(page.gender_combo.findData("female"))
    qtbot.waitUntil(lambda: page.result.filter.gender == "female", timeout=20000)
    runs = page.result
    before = [page.tenure_combo.itemText(0), page.gender_combo.currentText()]
    languages.set_language("kk")
    try:
        qtbot.waitUntil(lambda: page.tenure_combo.itemText(0) != before[0], timeout=5000)
        assert page.gender_combo.currentData() == "female"  # the same view
        after = [page.tenure_combo.itemText(0), page.gender_combo.currentText()]
        assert after[0] != before[0] and after[1] != before[1]  # worded in Kazakh now
        assert page.department_combo.currentData() is None
        qtbot.wait(50)
        assert page.result is runs  # not analysed again for a change of words
    finally:
        languages.set_language("en")

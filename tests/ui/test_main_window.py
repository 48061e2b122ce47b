"""Smoke tests of the main window: demo content, empty states, live language switch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.data.store import open_database
from app.ui.context import AppContext
from app.ui.main_window import PAGE_IDS, MainWindow

CAMPAIGNS = PAGE_IDS.index("campaigns")  # the overview comes first (issue 22.3)


class _MarkingTranslator(QTranslator):
    """Pseudo-translation: proves every visible text goes through tr() and is retranslated."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"

    def isEmpty(self):  # Qt skips translators that report themselves empty
        return False


def _window(qtbot, database, settings, languages):
    window = MainWindow(AppContext(database=database, settings=settings, languages=languages))
    qtbot.addWidget(window)
    window.refresh()
    return window


def test_demo_database_fills_every_page(qtbot, demo_db_path, settings, languages):
    database = open_database(str(demo_db_path))
    window = _window(qtbot, database, settings, languages)
    campaigns = window.pages["campaigns"]
    assert not campaigns.is_empty_shown()
    assert campaigns.model.rowCount() == 2
    names = [campaigns.model.row_object(r).name for r in range(2)]
    assert all(n.startswith("Мониторинг мотивации") for n in names)
    current = campaigns.model.row_object(0)
    assert current.finished == 120 and current.headcount == 210
    assert window.pages["employees"].model.rowCount() == 12
    assert window.pages["cards"].model.rowCount() >= 8
    analysis = window.pages["analysis"]
    assert analysis.campaign_combo.count() == 2
    rows = [analysis.model.row_object(r) for r in range(analysis.model.rowCount())]
    assert rows[-1].total and rows[-1].finished == 120  # the total row of the table
    rows = [r.line for r in rows[:-1]]  # each department's own row, as the service gave it
    assert sum(r.finished for r in rows) == 120
    it_row = next(r for r in rows if r.department_ru == "Отдел информационных технологий")
    assert (it_row.finished, it_row.headcount) == (4, 12)
    database.dispose()


def test_empty_database_shows_what_to_do_next(qtbot, db, settings, languages):
    window = _window(qtbot, db, settings, languages)
    for page_id in ("campaigns", "analysis", "cards", "employees"):
        page = window.pages[page_id]
        assert page.is_empty_shown(), page_id
        # campaigns and employees lead to the departments first (issue 23.6)
        assert page.empty_state.action_button.text() == (
            "Set up departments…"
            if page_id in ("campaigns", "employees")
            else "Open the demo database"
        )
    with qtbot.waitSignal(window.demo_requested):
        window.pages["campaigns"].empty_demo_button.click()


def test_navigation_switches_pages(qtbot, db, settings, languages):
    window = _window(qtbot, db, settings, languages)
    for page_id in PAGE_IDS:
        window.show_page(page_id)
        assert window.page_stack.currentWidget() is window.pages[page_id]


def test_language_switch_retranslates_live(qtbot, qapp, db, settings, languages):
    window = _window(qtbot, db, settings, languages)
    assert window.nav_list.item(CAMPAIGNS).text() == "Campaigns"
    translator = _MarkingTranslator()
    qapp.installTranslator(translator)
    qapp.processEvents()  # QApplication posts LanguageChange to top-level widgets
    try:
        assert window.nav_list.item(CAMPAIGNS).text() == "«Campaigns»"
        assert window.file_menu.title() == "«&File»"
        assert window.pages["campaigns"].title_label.text() == "«Survey campaigns»"
        assert window.pages["campaigns"].empty_state.title_label.text().startswith("«")
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert window.nav_list.item(CAMPAIGNS).text() == "Campaigns"


def test_language_menu_loads_russian_and_kazakh(qtbot, qapp, db, settings, languages):
    window = _window(qtbot, db, settings, languages)
    window.switch_language("ru")
    qapp.processEvents()
    assert (
        languages.language == "ru"
        and settings.get(__import__("app.ui.settings", fromlist=["LANGUAGE"]).LANGUAGE) == "ru"
    )
    assert window.nav_list.item(CAMPAIGNS).text() == QCoreApplication.translate(
        "MainWindow", "Campaigns"
    )
    assert window.nav_list.item(CAMPAIGNS).text() != "Campaigns"
    window.switch_language("kk")
    qapp.processEvents()
    assert window.nav_list.item(CAMPAIGNS).text() != "Campaigns"
    window.switch_language("en")
    qapp.processEvents()
    assert window.nav_list.item(CAMPAIGNS).text() == "Campaigns"


def test_window_state_is_remembered_between_starts(qtbot, settings, languages, tmp_path):
    from PySide6.QtCore import Qt

    database = open_database(str(tmp_path / "office.db"))
    first = _window(qtbot, database, settings, languages)
    assert not first.windowState() & Qt.WindowState.WindowMaximized
    first.showMaximized()
    first.close()  # closing stores the geometry in the (test's own) QSettings
    second = _window(qtbot, database, settings, languages)
    assert second.windowState() & Qt.WindowState.WindowMaximized

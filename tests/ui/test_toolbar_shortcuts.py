"""Every toolbar button has a tooltip and a key, and the tooltip names that key (issue 22.5)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app.ui.shortcuts import TOOLBAR, key_text
from tests.ui.test_overview import _window

# pages with a row of action buttons: each of them is bound to a key
TOOLBAR_PAGES = ("campaigns", "cards", "employees", "indicators", "analysis")


def _visible_buttons(page) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if b.isVisible()]


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_every_button_has_a_tooltip_and_toolbar_keys_are_named(
    qtbot, demo_copy, settings, languages, lang
):
    languages.set_language(lang)
    window, _page = _window(qtbot, demo_copy, settings, languages)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    menu_keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(type(window.quit_action))
        if not a.shortcut().isEmpty()
    }
    assert "F1" in menu_keys  # the guide
    every_key: set[str] = set()
    for page_id, page in window.pages.items():
        window.show_page(page_id)
        if page_id == "analysis":
            qtbot.waitUntil(lambda p=page: p.analysis is not None, timeout=30000)
        qtbot.wait(20)
        buttons = _visible_buttons(page)
        assert buttons, page_id
        keys = []
        for button in buttons:
            name = f"{page_id}/{button.objectName() or button.text()}"
            assert button.toolTip().strip(), name
            if lang == "kk":  # translated, not the English source
                assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", button.toolTip()), name
            if button.property(TOOLBAR):
                key = key_text(button)
                assert key and button.toolTip().endswith(f"({key})"), name
                keys.append(key)
        if page_id in TOOLBAR_PAGES:
            bound = [b for b in buttons if b.property(TOOLBAR)]
            # every button of the page's action rows (not the empty state, which is hidden)
            assert len(bound) >= 1, page_id
            row_buttons = [
                b
                for b in buttons
                if b.objectName().split("_")[0]
                in {
                    "campaign",
                    "cards",
                    "employee",
                    "movements",
                    "analysis",
                    "figure",
                    "drivers",
                    "profiles",
                }
            ]
            assert row_buttons and all(b.property(TOOLBAR) for b in row_buttons), (
                page_id,
                [b.objectName() for b in row_buttons if not b.property(TOOLBAR)],
            )
        assert len(keys) == len(set(keys)), (page_id, keys)  # no key answers two buttons
        assert not set(keys) & menu_keys, page_id
        every_key |= set(keys)
    # the user guide's table of keys (F1) lists every key a toolbar answers to
    from app.ui.dialogs.help_dialog import guide_path

    guide = guide_path("kk" if lang == "kk" else "ru").read_text(encoding="utf-8")
    listed = set(re.findall(r"<td>([^<]*(?:Ctrl|F\d|Del)[^<]*)</td>", guide))
    listed = {k.strip() for cell in listed for k in cell.split(",")}
    assert every_key and every_key <= listed, every_key - listed


def test_a_key_clicks_only_the_button_on_screen(qtbot, demo_copy, settings, languages):
    """Sections and pages reuse keys: only the visible button answers (hidden ones never)."""
    window, _page = _window(qtbot, demo_copy, settings, languages)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("analysis")
    page = window.pages["analysis"]
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.significance_tab.model.rowCount() > 0,
        timeout=30000,
    )
    exports = [b for b in page.findChildren(QPushButton) if b.objectName() == "figure_export"]
    assert len(exports) > 3
    clicks = []
    for button in exports:
        button.clicked.disconnect()  # no file dialog in a test
        button.clicked.connect(lambda _c=False, b=button: clicks.append(b))
    page.select_section(page.tab_widget.indexOf(page.satisfaction_tab))
    qtbot.wait(20)
    QTest.keySequence(window, QKeySequence("Ctrl+E"))
    qtbot.waitUntil(lambda: len(clicks) == 1)
    qtbot.wait(50)
    assert clicks == [page.satisfaction_tab.export_button]
    # the employees page's Ctrl+N is the add button's, and it is not live on another page
    employees = window.pages["employees"]
    added = []
    employees.add_button.clicked.disconnect()
    employees.add_button.clicked.connect(lambda _c=False: added.append(1))
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    qtbot.wait(50)
    assert added == []  # the analysis page is on screen
    window.show_page("employees")
    qtbot.wait(20)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    qtbot.waitUntil(lambda: added == [1])

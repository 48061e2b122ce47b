"""F1 opens the user guide, in the interface language, at the current page's section."""

from __future__ import annotations

import re

import pytest

from app.ui.context import AppContext
from app.ui.dialogs.help_dialog import SECTIONS, guide_path
from app.ui.main_window import PAGE_IDS, MainWindow


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_guide_has_every_section_and_no_english(lang):
    html = guide_path(lang).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([a-z]+)">', html))
    assert set(SECTIONS) <= anchors
    assert set(PAGE_IDS) <= anchors  # F1 on any page finds its section
    text = re.sub(r"<[^>]+>", " ", html)
    words = set(re.findall(r"\b[a-zA-Z]{4,}\b", text)) - {
        "Motivdesk",
        "admin",
        "demo",
        "Excel",
        "PostgreSQL",
        "Ctrl",
        "Shift",
        "Enter",
    }
    assert words == set(), words  # nothing left untranslated


def test_f1_opens_the_section_of_the_current_page(qtbot, db, settings, languages):
    languages.set_language("kk")
    window = MainWindow(AppContext(database=db, settings=settings, languages=languages))
    qtbot.addWidget(window)
    window.refresh()
    window.show_page("indicators")
    window.guide_action.trigger()
    dialog = window._guide
    qtbot.addWidget(dialog)
    assert dialog.browser.source().toLocalFile().endswith("guide_kk.html")
    assert "Кадрлық көрсеткіштер" in dialog.browser.toPlainText()
    assert window.guide_action.shortcut().toString() == "F1"
    assert dialog.browser.verticalScrollBar().value() > 0  # scrolled down to the section

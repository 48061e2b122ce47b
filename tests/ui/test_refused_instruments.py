"""A broken instrument file in the office's folder is named on the Settings page (issue 19.3)."""

from __future__ import annotations

import pytest

from app.paths import user_instruments_dir
from app.scoring import instruments
from app.ui.context import AppContext
from app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def broken_file():
    folder = user_instruments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "office_broken.json"
    path.write_text('{"format": 1, "id": "office_broken", "items": [[[[[[]]]]]]}', encoding="utf-8")
    saved, saved_refused = instruments._CACHE, list(instruments._REFUSED)
    instruments._CACHE = None  # read the folder again, as a new start of the program would
    yield path
    path.unlink()
    instruments._CACHE = saved
    instruments._REFUSED[:] = saved_refused


def test_settings_page_lists_refused_files(qtbot, db, settings, languages, broken_file):
    assert any(e.file.endswith("office_broken.json") for e in instruments.refused_files())
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.refused_label.isHidden()
    assert "office_broken.json" in page.refused_label.text()

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


@pytest.fixture
def second_player():
    """An office's copy of Gerchikov's test under another id: its role is taken."""
    import json

    from app.paths import resources_dir

    folder = user_instruments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads((resources_dir() / "instruments" / "gerchikov.json").read_text("utf-8"))
    data["id"] = "office_types"
    path = folder / "office_types.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    saved, saved_refused = instruments._CACHE, list(instruments._REFUSED)
    instruments._CACHE = None
    yield path
    path.unlink()
    instruments._CACHE = saved
    instruments._REFUSED[:] = saved_refused


def test_a_second_instrument_in_a_role_is_listed_as_refused(
    qtbot, db, settings, languages, second_player
):
    assert "office_types" not in instruments.default_library()
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.refused_label.isHidden()
    text = page.refused_label.text()
    assert "office_types.json: role:" in text and "gerchikov.json" in text

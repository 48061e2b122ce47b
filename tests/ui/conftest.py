"""UI tests: mark them all, and give every test isolated QSettings."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp):
    from app.ui.i18n import LanguageManager

    manager = LanguageManager(qapp)
    yield manager
    manager.set_language("en")


@pytest.fixture
def demo_copy(tmp_path, demo_db_path):
    """A private copy of the demo database (tests may write to it)."""
    import shutil

    from app.data.store import open_database

    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()

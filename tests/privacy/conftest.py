"""The planted campaign, built once per module in a SQLite file (the rule does not depend on the
backend; the tests that write use the `db` fixture and run on both)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    from app.data.store import open_database
    from tests.privacy.synthetic import build

    path = tmp_path_factory.mktemp("planted") / "planted.db"
    database = open_database(str(path))
    with database.session() as session:
        ids = build(session)
    yield database, path, ids
    database.dispose()


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

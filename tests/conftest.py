"""Test set-up: headless Qt, English, and a private data folder — before anything imports Qt."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LANGUAGE"] = "en"
os.environ.pop("MOTIVDESK_DB_URL", None)
os.environ["MOTIVDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="motivdesk-tests-")

import pytest  # noqa: E402


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database in a temporary folder."""
    from app.models.store import open_database

    database = open_database(str(tmp_path / "test.db"))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory):
    """The demo database, built once per test run (it is deterministic)."""
    from app.cli.data_cmds import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    error = create_demo_database(path)
    assert error is None, error
    return path

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

# Most tests store sessions with a handful of answers to test something else; the office's
# minimum share of answered items that makes a respondent (50 % shipped,
# app/scoring/completeness.py) would turn those into "too few answers". It is 0 here unless a
# test stores the setting (tests/data/test_respondents.py does, and checks the shipped value).
from app.scoring import office as _office  # noqa: E402

SHIPPED_MIN_ANSWERED_PCT = _office.DEFAULTS[_office.MIN_ANSWERED_PCT]
_office.DEFAULTS[_office.MIN_ANSWERED_PCT] = 0.0
_office.set_current({})


PG_URL = os.environ.get("MOTIVDESK_TEST_PG_URL")


def pytest_generate_tests(metafunc):
    """With a PostgreSQL server (scripts/test.sh starts one in CI), every test that uses `db`
    runs on both backends, except those marked `sqlite_only` (file copies, WAL, rowid)."""
    if "db" in metafunc.fixturenames:
        backends = ["sqlite"]
        if PG_URL and not metafunc.definition.get_closest_marker("sqlite_only"):
            backends.append("postgresql")
        metafunc.parametrize("db", backends, indirect=True)


@pytest.fixture
def db(request, tmp_path):
    """A fresh, migrated database: SQLite in a temporary folder, or a clean PostgreSQL schema."""
    from app.data.store import open_database

    if getattr(request, "param", "sqlite") == "postgresql":
        from sqlalchemy import create_engine, text

        engine = create_engine(PG_URL)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        database = open_database(PG_URL)
    else:
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

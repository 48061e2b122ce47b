"""Engine and session factories. Nothing is created at import time."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_DB_URL = "MOTIVDESK_DB_URL"
# How long a SQLite statement waits for another connection's lock before "database is locked".
# Kiosk writes shorten it while they retry (app/data/retry.py) and restore it afterwards.
SQLITE_BUSY_TIMEOUT_MS = 5000


def resolve_database_url(db: str | os.PathLike[str] | None, default_path: Path) -> str:
    """Turn the `--db` argument (a path or a URL), `MOTIVDESK_DB_URL` or the default into a URL.

    Precedence: explicit argument, then the environment variable, then the default file.
    """
    value = os.fspath(db) if db else os.environ.get(ENV_DB_URL) or os.fspath(default_path)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL; None for other back ends or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL: a kiosk writing answers never blocks the HR screen reading them. Only on an empty or
    # Motivdesk database: switching the journal mode rewrites the file header, and a foreign
    # file must stay untouched. synchronous=FULL: each commit reaches the disk before it
    # returns, so a power cut loses at most the answer being given (with NORMAL, WAL commits
    # since the last checkpoint may roll back after a power loss; SQLite's documentation).
    tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables or "alembic_version" in tables:
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine; SQLite connections get foreign keys, WAL and a busy timeout."""
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def checkpoint_wal(engine: Engine, wait_ms: int = 2000) -> bool:
    """SQLite: copy the write-ahead log into the database file and empty it (TRUNCATE), so that
    a copy of the WAL does not show in which order recent sessions were written (PRODUCT.md §8).

    Waits at most `wait_ms` for readers and writers; returns False if they kept it from
    finishing (it is then done at a later session's end, or when the last connection closes),
    True when the log was emptied or the back end keeps no such log."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute(f"PRAGMA busy_timeout={wait_ms}")
        try:
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except Exception as exc:  # "database is locked": someone else is checkpointing or writing
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            busy = 1
        finally:
            raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    return busy == 0

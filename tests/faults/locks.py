"""Test helpers for faults: another program holding the database's write lock."""

from __future__ import annotations

import contextlib
import sqlite3

from sqlalchemy import create_engine, text


@contextlib.contextmanager
def write_lock_held(database):
    """While inside, another connection holds a write lock that blocks every kiosk write:
    SQLite `BEGIN IMMEDIATE` (the file's one write lock, as an import or another kiosk would
    hold it); PostgreSQL an EXCLUSIVE lock on the sessions and answers tables (reads go on)."""
    if database.engine.dialect.name == "sqlite":
        conn = sqlite3.connect(str(database.path), timeout=10, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield
            conn.execute("ROLLBACK")
        finally:
            conn.close()
        return
    engine = create_engine(database.url)
    try:
        with engine.connect() as conn:
            conn.execute(text("LOCK TABLE sessions, answers IN EXCLUSIVE MODE"))
            yield
            conn.rollback()
    finally:
        engine.dispose()

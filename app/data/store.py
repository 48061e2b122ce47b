"""Open the application database: resolve the URL, migrate, hand out sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.data.catalogues import seed_catalogues
from app.data.migrate import MigrationResult, upgrade_database
from app.data.office_settings import apply as apply_office_settings
from app.data.presence import GateBusy, Presence, hold_presence
from app.models.db import make_engine, make_session_factory, resolve_database_url, sqlite_path
from app.paths import default_database_path


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    migration: MigrationResult
    presence: Presence | None = None  # SQLite: this program's hold (app/data/presence.py)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.presence is not None:
            self.presence.release()
            self.presence = None


def _hold(url: str) -> Presence | None:
    """SQLite file: announce this program as a user of it (restore refuses while any is)."""
    path = sqlite_path(url)
    if path is None:
        return None
    try:
        return hold_presence(path)
    except GateBusy:
        raise
    except OSError:  # a read-only folder: the database can still be read
        return None


def open_database(db: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating or upgrading) the database named by `--db`, the env or the default."""
    url = resolve_database_url(db, default_database_path())
    held = _hold(url)  # waits while a restore replaces the file
    engine = make_engine(url)
    try:
        result = upgrade_database(engine)
    except Exception:
        engine.dispose()
        if held is not None:
            held.release()
        raise
    database = Database(
        url=url,
        engine=engine,
        session_factory=make_session_factory(engine),
        migration=result,
        presence=held,
    )
    if result.action == "created":
        # A new office starts with the methodology's catalogues (App. 7, table 8.2) to edit.
        with database.session() as session:
            seed_catalogues(session)
            session.commit()
    with database.session() as session:  # the office's label thresholds (e.g. Schein's)
        apply_office_settings(session)
    return database

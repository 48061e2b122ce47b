"""Bring a database to the current schema at start-up (Alembic, run in code).

A brand-new database gets `create_all()` and is stamped at head (Alembic cookbook, "Building an
up to date database from scratch"). An older one is copied aside first, then upgraded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.models.base import Base
from app.models.db import sqlite_path
from app.paths import migrations_dir


class DatabaseError(Exception):
    """The database cannot be used; `args[0]` is a code, the rest data for the message."""


@dataclass(frozen=True)
class MigrationResult:
    action: str  # "created", "upgraded" or "current"
    from_revision: str | None
    to_revision: str
    backup: Path | None = None


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}_v{revision}_{stamp}{path.suffix}")
    # The online backup API gives a consistent copy even with a WAL file beside the database.
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade_database(engine: Engine) -> MigrationResult:
    """Create or upgrade the schema; refuses a database from a newer version of the app."""
    head = head_revision()
    current = current_revision(engine)
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError("unknown_revision", current)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise DatabaseError("foreign_database", sorted(tables)[:5])
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            command.stamp(alembic_config(conn), "head")
        return MigrationResult("created", None, head)
    if current == head:
        return MigrationResult("current", current, head)
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists():
        backup = _backup_before_upgrade(path, current)
    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine)
    else:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    if current < "0007":  # sessions finished before answer-quality flags: judge them now
        _flag_old_sessions(engine)
    if current < "0008":  # one record per answer: finished sessions never packed get sealed
        _seal_old_sessions(engine)
    return MigrationResult("upgraded", current, head, backup)


def _flag_old_sessions(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from app.data import office_settings
    from app.data.quality import reflag_sessions
    from app.scoring import office

    with Session(engine) as session:
        items = office_settings.effective(session)[office.STRAIGHT_LINING_MIN_ITEMS]
        reflag_sessions(session, items=int(items))
        session.commit()


def _seal_old_sessions(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from app.data.sessions import pack_finished_sessions

    with Session(engine) as session:
        pack_finished_sessions(session)
        session.commit()


def _upgrade_sqlite(engine: Engine) -> None:
    """SQLite's procedure for schema changes it cannot ALTER: foreign keys off (only possible
    outside a transaction), rebuild tables in one transaction, check every reference, then
    VACUUM so that no page of a rebuilt table keeps erased data (migration 0004's dates)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:  # rolls the whole upgrade back
                    raise DatabaseError("broken_references", broken[:5])
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
        conn.exec_driver_sql("VACUUM")
        conn.commit()
        # the vacuumed pages reach the database file now, not at some later checkpoint
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()

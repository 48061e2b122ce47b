"""Backups of the SQLite database: on demand, daily (keeping the last N) and restore that checks
a file thoroughly before it replaces anything (PRODUCT.md §8)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from functools import cache
from pathlib import Path

from alembic.script import ScriptDirectory

from app.data.migrate import alembic_config
from app.data.presence import InUse, acquire_exclusive
from app.markers import QT_TRANSLATE_NOOP
from app.models.db import sqlite_path

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


class BackupError(ValueError):
    """`code` (a key of RESTORE_MESSAGES); `detail` names what was found."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


# One text per refusal, for the command line (English as written) and the app (translated in
# the "Backup" context); %1 is the file, %2 the detail.
RESTORE_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("Backup", "%1 does not exist; nothing was changed"),
    "not_sqlite": QT_TRANSLATE_NOOP("Backup", "%1 is not a database file; nothing was changed"),
    "damaged": QT_TRANSLATE_NOOP("Backup", "%1 is damaged (%2); nothing was changed"),
    "foreign": QT_TRANSLATE_NOOP(
        "Backup", "%1 is not a Motivdesk database (tables: %2); nothing was changed"
    ),
    "newer": QT_TRANSLATE_NOOP(
        "Backup", "%1 was written by a newer Motivdesk (schema %2); nothing was changed"
    ),
    "incomplete": QT_TRANSLATE_NOOP(
        "Backup", "%1 is not a complete Motivdesk database, it lacks: %2; nothing was changed"
    ),
    "unloadable": QT_TRANSLATE_NOOP("Backup", "%1 cannot be used: %2; nothing was changed"),
    "in_use": QT_TRANSLATE_NOOP(
        "Backup",
        "The database is in use by another Motivdesk "
        "program (%2). Close every kiosk and workspace that uses it, "
        "then restore again; nothing was changed",
    ),
    "server": QT_TRANSLATE_NOOP(
        "Backup",
        "Restore works on SQLite database files. This "
        "database is on a PostgreSQL server: restore it with the "
        "server's tools (pg_restore); nothing was changed",
    ),
}

RESTORE_DONE = QT_TRANSLATE_NOOP(
    "Backup", "Restored %1 from %2; the previous database was kept as %3"
)


def restore_message(
    error: BackupError, file: object, translate: Callable[[str, str], str] = lambda _c, text: text
) -> str:
    """The refusal as the command line prints it (or translated, given the app's translate)."""
    detail = "; ".join(_translate_lead(part, translate) for part in error.detail.split("; "))
    return (
        translate("Backup", RESTORE_MESSAGES[error.code])
        .replace("%1", str(file))
        .replace("%2", detail)
    )


_LEADS = ("tables", "columns", "campaign")  # the marked words _missing and the loader put first


def _translate_lead(part: str, translate: Callable[[str, str], str]) -> str:
    word, _sep, rest = part.partition(" ")
    return f"{translate('Backup', word)} {rest}" if word in _LEADS and rest else part


def backup_to(database_path: Path, target: Path) -> Path:
    """A consistent copy (SQLite online backup: safe while the app or a kiosk is writing)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".motivdesk-", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        with (
            closing(sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def daily_backup(
    database_path: Path, folder: Path, today: date | None = None, keep: int = KEEP_DAILY
) -> Path | None:
    """Once a day at start-up: copy into `folder`, keep the newest `keep` daily copies."""
    today = today or date.today()
    folder = Path(folder)
    target = folder / f"{DAILY_PREFIX}{today:%Y-%m-%d}.db"
    if target.exists():
        return None
    backup_to(database_path, target)
    daily = sorted(folder.glob(f"{DAILY_PREFIX}*.db"))
    for old in daily[:-keep]:
        old.unlink(missing_ok=True)
    return target


def check_backup(path: Path) -> str:
    """The schema revision of a valid Motivdesk backup; BackupError names what is wrong.

    Checked, in this order, before anything is replaced: a SQLite file, `integrity_check`,
    a Motivdesk database at a revision this program knows, every table and column the schema
    has at that revision, and — on a scratch copy migrated to the current schema — every table
    and column of the program's model and every campaign's data loading.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError("missing", str(path))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError("not_sqlite", str(path))
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise BackupError("damaged", result)
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise BackupError("foreign", ", ".join(sorted(tables))[:200] or "-")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in _known_revisions():
                raise BackupError("newer", revision[0] if revision else "-")
            revision = revision[0]
            found = {t: _columns(conn, t) for t in tables}
    except sqlite3.DatabaseError as exc:
        raise BackupError("damaged", str(exc)) from None
    missing = _missing(schema_at(revision), found)
    if missing:
        raise BackupError("incomplete", missing)
    _check_migrated_copy(path)
    return revision


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table.replace(chr(34), "")}")')}


def _missing(expected: dict[str, set[str]], found: dict[str, set[str]]) -> str:
    """What of `expected` is not in `found`: "tables a, b; columns t.c" (empty: nothing)."""
    tables = sorted(t for t in expected if t not in found)
    columns = sorted(
        f"{t}.{c}" for t, cols in expected.items() if t in found for c in cols - found[t]
    )
    parts = []
    if tables:
        parts.append(QT_TRANSLATE_NOOP("Backup", "tables") + " " + ", ".join(tables))
    if columns:
        parts.append(QT_TRANSLATE_NOOP("Backup", "columns") + " " + ", ".join(columns))
    return "; ".join(parts)


def _known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@cache
def schema_at(revision: str) -> dict[str, set[str]]:
    """Every table and its columns as the migrations build them up to `revision` (a scratch
    SQLite database, migrated from empty; the same migrations every office database went
    through)."""
    from alembic import command
    from sqlalchemy import create_engine, inspect

    with tempfile.TemporaryDirectory(prefix="motivdesk-schema-") as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'schema.db'}")
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), revision)
            inspector = inspect(engine)
            return {
                t: {c["name"] for c in inspector.get_columns(t)}
                for t in inspector.get_table_names()
            }
        finally:
            engine.dispose()


def _check_migrated_copy(path: Path) -> None:
    """Migrate a scratch copy to the current schema, compare it with the model's tables and
    columns, and load every campaign's data (answers included) from it."""
    from sqlalchemy import inspect, select

    from app.data.answer_store import load_campaign_data
    from app.data.migrate import DatabaseError, upgrade_database
    from app.models.base import Base
    from app.models.campaign import Campaign
    from app.models.db import make_engine, make_session_factory
    from app.scoring.instruments import default_library

    with tempfile.TemporaryDirectory(prefix="motivdesk-restore-check-") as folder:
        copy = Path(folder) / "candidate.db"
        try:
            with (
                closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as src,
                closing(sqlite3.connect(copy)) as dst,
            ):
                src.backup(dst)
        except sqlite3.DatabaseError as exc:
            raise BackupError("damaged", str(exc)) from None
        # Not open_database: that would make the candidate's office settings this program's
        # current ones (app/data/office_settings.py) even when the candidate is refused.
        engine = make_engine(f"sqlite:///{copy}")
        try:
            upgrade_database(engine)
        except DatabaseError as exc:
            engine.dispose()
            raise BackupError("unloadable", " ".join(map(str, exc.args))) from None
        except Exception as exc:  # a migration step failed on this file's content
            engine.dispose()
            raise BackupError("unloadable", f"{type(exc).__name__}: {exc}") from None
        try:
            inspector = inspect(engine)
            found = {
                t: {c["name"] for c in inspector.get_columns(t)}
                for t in inspector.get_table_names()
            }
            expected = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
            missing = _missing(expected, found)
            if missing:
                raise BackupError("incomplete", missing)
            library = default_library()
            with make_session_factory(engine)() as session:
                ids = session.scalars(select(Campaign.id).order_by(Campaign.id)).all()
                for campaign_id in ids:
                    try:
                        load_campaign_data(session, campaign_id, library)
                    except Exception as exc:  # noqa: BLE001 - named in the refusal
                        raise BackupError(
                            "unloadable",
                            QT_TRANSLATE_NOOP("Backup", "campaign")
                            + f" {campaign_id}: {type(exc).__name__}: {exc}"[:300],
                        ) from None
        finally:
            engine.dispose()


def restore_database(url: str, candidate: Path) -> Path:
    """`motivdesk restore` and File → Restore: the database at `url` is replaced by the
    checked `candidate`. Returns the copy of the replaced file kept beside it.

    Refused (BackupError) for a PostgreSQL database ("server"), a candidate that fails
    check_backup, or while another Motivdesk program has the file open ("in_use")."""
    path = sqlite_path(url)
    if path is None:
        raise BackupError("server", url.split("@")[-1])
    return restore_from(candidate, path)


def restore_from(backup: Path, database_path: Path) -> Path:
    """Replace the database with a checked backup; the current file is kept beside it first.

    Returns the safety copy of the replaced database. Nothing is touched if the check fails
    or if any other Motivdesk program has the database open (app/data/presence.py); the
    caller must have closed its own database (Database.dispose) before calling.
    """
    backup = Path(backup)
    database_path = Path(database_path)
    check_backup(backup)  # slow (a migrated scratch copy): before anybody is kept waiting
    try:
        exclusive = acquire_exclusive(database_path)
    except InUse as exc:
        raise BackupError("in_use", ", ".join(exc.where)) from None
    try:
        _refuse_if_writing(database_path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = database_path.with_name(f"{database_path.stem}_before_restore_{stamp}.db")
        if database_path.exists():
            backup_to(database_path, safety)
        tmp = database_path.with_name(f".{database_path.name}.restore")
        backup_to(backup, tmp)  # with its WAL, if the candidate has one beside it
        for suffix in ("-wal", "-shm"):
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, database_path)
    finally:
        exclusive.release()
    return safety


def _refuse_if_writing(database_path: Path) -> None:
    """Belt and braces for programs without a presence lock (an older Motivdesk, a database
    browser): a write transaction in progress refuses the restore too."""
    if not database_path.exists():
        return
    with closing(sqlite3.connect(database_path, timeout=0.2)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            raise BackupError("in_use", str(exc)) from None

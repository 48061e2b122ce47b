"""Backups of the SQLite database: on demand, daily (keeping the last N) and restore that checks
a file thoroughly before it replaces anything (PRODUCT.md §8)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path

from alembic.script import ScriptDirectory

from app.models.migrate import alembic_config, head_revision

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


class BackupError(ValueError):
    """`code`: not_sqlite, damaged, foreign, newer, missing; `detail` names what was found."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


def backup_to(database_path: Path, target: Path) -> Path:
    """A consistent copy (SQLite online backup: safe while the app or a kiosk is writing)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".motivdesk-", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        with sqlite3.connect(f"file:{database_path}?mode=ro", uri=True) as src, \
                sqlite3.connect(tmp) as dst:
            src.backup(dst)
        dst.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def daily_backup(database_path: Path, folder: Path, today: date | None = None,
                 keep: int = KEEP_DAILY) -> Path | None:
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
    """The schema revision of a valid Motivdesk backup; BackupError names what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("missing", str(path))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError("not_sqlite", str(path))
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise BackupError("damaged", result)
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "campaigns" not in tables:
                raise BackupError("foreign", ", ".join(sorted(tables))[:200])
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError("damaged", str(exc)) from None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is None or revision[0] not in known:
        raise BackupError("newer", revision[0] if revision else "")
    return revision[0]


def restore_from(backup: Path, database_path: Path) -> Path:
    """Replace the database with a checked backup; the current file is kept beside it first.

    Returns the safety copy of the replaced database. Nothing is touched if the check fails.
    The caller must have closed its connections (the engine) before calling.
    """
    check_backup(backup)
    database_path = Path(database_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = database_path.with_name(f"{database_path.stem}_before_restore_{stamp}.db")
    if database_path.exists():
        backup_to(database_path, safety)
    tmp = database_path.with_name(f".{database_path.name}.restore")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(f"{database_path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, database_path)
    return safety


def is_current(revision: str) -> bool:
    return revision == head_revision()

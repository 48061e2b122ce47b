"""Opening a database and making the demo one: shared by the command line and the desktop.

Messages name the problem and say that nothing was changed (STYLE.md: bad input gets a clear
message); both front ends print or show them as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import user_data_dir

if TYPE_CHECKING:  # imported when used: `motivdesk` must reach its first window fast
    from app.data.store import Database


def open_db_or_explain(db: str | None) -> Database | str:
    """Open the database, or return a message that names the problem."""
    from sqlalchemy.exc import DatabaseError as SQLDatabaseError
    from sqlalchemy.exc import OperationalError

    from app.data.migrate import DatabaseError
    from app.data.store import open_database

    try:
        return open_database(db)
    except DatabaseError as exc:
        code = exc.args[0]
        if code == "foreign_database":
            return (
                f"{db or 'the database'} is not a Motivdesk database (it has other tables: "
                f"{', '.join(exc.args[1])}); nothing was changed"
            )
        if code == "unknown_revision":
            return (
                f"the database was written by a newer version of Motivdesk (schema "
                f"{exc.args[1]}); update the program"
            )
        if code == "broken_references":
            return (
                f"upgrading {db or 'the database'} would leave rows pointing at missing "
                f"ones ({exc.args[1]}); nothing was changed, a copy was made beside it"
            )
        return str(exc)
    except (SQLDatabaseError, OperationalError) as exc:
        return f"cannot open {db or 'the database'}: {exc.orig}; nothing was changed"


def default_demo_path() -> Path:
    return user_data_dir() / "demo.db"


def create_demo_database(
    path: Path, force: bool = False, translate: Callable[[str, str], str] | None = None
) -> str | None:
    """Create the demo database at `path`; returns an error message or None.

    `translate(context, text)` gives the generated card texts their language (the front end
    passes Qt's translator; the services never import Qt)."""
    from app.services.demo import build_demo

    if path.exists():
        if not force:
            return f"{path} already exists; use --force to replace it"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db_or_explain(str(path))
    if isinstance(db, str):
        return db
    try:
        with db.session() as session:
            if translate is None:
                build_demo(session)
            else:
                build_demo(session, translate=translate)
            session.commit()
    finally:
        db.dispose()
    return None

"""Helpers shared by the command modules."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when used: `motivdesk` must reach its first window fast
    from app.models.store import Database


def fail(message: str, code: int = 1) -> int:
    print(f"motivdesk: {message}", file=sys.stderr)
    return code


def open_db_or_explain(db: str | None) -> Database | str:
    """Open the database, or return a message that names the problem."""
    from sqlalchemy.exc import DatabaseError as SQLDatabaseError
    from sqlalchemy.exc import OperationalError

    from app.models.migrate import DatabaseError
    from app.models.store import open_database

    try:
        return open_database(db)
    except DatabaseError as exc:
        code = exc.args[0]
        if code == "foreign_database":
            return (f"{db or 'the database'} is not a Motivdesk database (it has other tables: "
                    f"{', '.join(exc.args[1])}); nothing was changed")
        if code == "unknown_revision":
            return (f"the database was written by a newer version of Motivdesk (schema "
                    f"{exc.args[1]}); update the program")
        if code == "broken_references":
            return (f"upgrading {db or 'the database'} would leave rows pointing at missing "
                    f"ones ({exc.args[1]}); nothing was changed, a copy was made beside it")
        return str(exc)
    except (SQLDatabaseError, OperationalError) as exc:
        return f"cannot open {db or 'the database'}: {exc.orig}; nothing was changed"

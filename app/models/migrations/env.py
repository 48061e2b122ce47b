"""Alembic environment: always run in code with a connection handed in (see migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode does the copy-and-move for us.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` command line during development: MOTIVDESK_DB_URL or a scratch file
    import os

    url = os.environ.get("MOTIVDESK_DB_URL", "sqlite:///alembic_dev.db")
    with create_engine(url).begin() as conn:
        _run(conn)

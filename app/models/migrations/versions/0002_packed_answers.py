"""sessions.packed_answers: a finished session's answers in one row, for fast analysis

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): SQLite supports it for a nullable column, and copying
    # the table would lose its WITHOUT ROWID form. Older finished sessions stay unpacked; the
    # loader reads their per-answer rows.
    op.add_column("sessions", sa.Column("packed_answers", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("packed_answers")

"""sessions.straight_lining, sessions.too_fast (and their copies on answer_vectors): the
answer-quality flags of a finished session (issue 20.3, docs/answer_quality.md). Only the flags
are stored: the kiosk keeps its seconds per screen in memory. Sessions finished before this
revision get straight_lining from their answers when the database is opened after the upgrade
(app/data/quality.reflag_sessions); their speed stays unknown (NULL).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = ("straight_lining", "too_fast")


def upgrade() -> None:
    # nullable columns: SQLite adds them with ALTER TABLE ADD COLUMN, no table rebuild
    for table in ("sessions", "answer_vectors"):
        with op.batch_alter_table(table) as batch:
            for column in _COLUMNS:
                batch.add_column(sa.Column(column, sa.Boolean(), nullable=True))


def downgrade() -> None:
    for table in ("sessions", "answer_vectors"):
        with op.batch_alter_table(table) as batch:
            for column in _COLUMNS:
                batch.drop_column(column)

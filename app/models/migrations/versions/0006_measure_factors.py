"""plan_items.factor, strategic_rows.factor: the questionnaire factor a card's measure
addresses ("instrument:item"), so the next campaign's report can show whether it moved

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("plan_items", "strategic_rows"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("factor", sa.String(length=80), nullable=False, server_default="")
            )


def downgrade() -> None:
    for table in ("plan_items", "strategic_rows"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("factor")

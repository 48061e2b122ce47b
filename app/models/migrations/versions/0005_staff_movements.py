"""staff_movements: a body's yearly staff movements, for the Kazakhstan personnel-management
indicators (seed 002; app/scoring/indicators.py)

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_movements",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("average_headcount", sa.Float(), nullable=False),
        sa.Column("left_civil_service", sa.Integer(), nullable=False),
        sa.Column("left_body", sa.Integer(), nullable=True),
        sa.Column("first_year_leavers", sa.Integer(), nullable=True),
        sa.Column("appointed", sa.Integer(), nullable=True),
        sa.Column("dismissed", sa.Integer(), nullable=True),
        sa.Column("over_3_years", sa.Integer(), nullable=True),
        sa.Column("exit_interviews", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_staff_movements_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", "year", name=op.f("pk_staff_movements")),
        sa.CheckConstraint("average_headcount > 0", name=op.f("ck_staff_movements_headcount")),
    )


def downgrade() -> None:
    op.drop_table("staff_movements")

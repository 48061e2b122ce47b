"""answer_vectors: a finished session's answers as one int16 vector (app/scoring/matrix.py) and
its own-variant texts, so analysis loads a campaign without parsing JSON

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.triggers import trigger_statements

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Its own table, not a column of sessions: a column added after packed_answers would make
    # SQLite walk each row's JSON overflow pages to reach it. WITHOUT ROWID like sessions, so
    # no insertion counter orders the vectors. Sessions finished before this revision have
    # none; the loader reads their packed answers, and `pack_finished_sessions` adds them.
    # Keyed by (campaign, session), with copies of the session's kind and demographics: a
    # campaign's vectors are one range of the table, read in id order without a lookup per
    # session.
    op.create_table(
        "answer_vectors",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("tenure_band", sa.String(length=10), nullable=True),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("is_manager", sa.Boolean(), nullable=True),
        sa.Column("layout", sa.String(length=400), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_answer_vectors_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_answer_vectors_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "session_id", name=op.f("pk_answer_vectors")),
        sqlite_with_rowid=False,
    )
    # deleting a session finds its vector through this index (the foreign key's cascade)
    op.create_index("ix_answer_vectors_session_id", "answer_vectors", ["session_id"], unique=True)
    # The vector revision, raised by triggers, and the snapshots it validates
    # (app/data/snapshots.py).
    op.add_column(
        "campaigns", sa.Column("vector_revision", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_table(
        "campaign_snapshots",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("ids", sa.LargeBinary(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("layout", sa.String(length=400), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_snapshots_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", name=op.f("pk_campaign_snapshots")),
    )
    # The trigger DDL as of this revision (kept in app/models/triggers.py, which also
    # creates it for new databases).
    for statement in trigger_statements(op.get_bind().dialect.name):
        op.execute(statement)
    # Covering index of the analysis query: a campaign's sessions and their demographics are
    # read from the index alone, never from the rows that carry the packed JSON.
    op.create_index(
        "ix_sessions_analysis",
        "sessions",
        [
            "campaign_id",
            "kind",
            "state",
            "id",
            "department_id",
            "tenure_band",
            "gender",
            "is_manager",
        ],
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS answer_vectors_revision ON answer_vectors")
        op.execute("DROP FUNCTION IF EXISTS answer_vectors_revision()")
    op.drop_table("campaign_snapshots")
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("vector_revision")
    op.drop_index("ix_sessions_analysis", table_name="sessions")
    op.drop_table("answer_vectors")

"""One record per answer (issue 19.1, app/data/answer_store.py): an ended session's answers
live in its document (sessions.packed_answers) only, so the per-answer rows that were kept
beside it are deleted. No schema change. Finished sessions that were never packed (written
before schema 0002, or by bulk tools) are packed from their rows right after this revision
(app/data/migrate.py, `pack_finished_sessions`), which deletes their rows in turn.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "DELETE FROM answers WHERE session_id IN "
        "(SELECT id FROM sessions WHERE packed_answers IS NOT NULL)"
    )


def downgrade() -> None:
    """The rows come back from the documents (what schema 0007 kept beside them)."""
    import uuid

    import sqlalchemy as sa

    bind = op.get_bind()
    sessions = sa.table(
        "sessions", sa.column("id", sa.Uuid()), sa.column("packed_answers", sa.JSON())
    )
    answers = sa.table(
        "answers",
        sa.column("id", sa.Uuid()),
        sa.column("session_id", sa.Uuid()),
        sa.column("instrument_id", sa.String()),
        sa.column("item_id", sa.String()),
        sa.column("value", sa.JSON()),
        sa.column("own_text", sa.Text()),
    )
    rows = []
    for sid, doc in bind.execute(
        sa.select(sessions.c.id, sessions.c.packed_answers).where(
            sessions.c.packed_answers.is_not(None)
        )
    ):
        texts = {(i, q): t for i, q, t in (doc or {}).get("t", [])}
        rows += [
            {
                "id": uuid.uuid4(),
                "session_id": sid,
                "instrument_id": inst_id,
                "item_id": item_id,
                "value": value,
                "own_text": texts.get((inst_id, item_id), ""),
            }
            for inst_id, items in (doc or {}).get("a", {}).items()
            for item_id, value in items.items()
        ]
    if rows:
        bind.execute(sa.insert(answers), rows)

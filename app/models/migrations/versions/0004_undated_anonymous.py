"""Anonymous sessions keep no date; an in-progress heartbeat; Kazakh positions

- sessions.held_on becomes nullable and is erased for anonymous sessions: a date per anonymous
  session, with the department and demographics, singled out who sat at the kiosk on which day
  (PRODUCT.md §8: the campaign's period is enough).
- sessions.workstation / sessions.last_seen: which running program owns an in-progress session
  and when it last showed life. Start-up closes only sessions that are dead by that measure (not
  another PC's live kiosk session); both are erased when the session ends, so a finished
  anonymous session carries no time.
- employees.position_kk: the staff register keeps a position in both languages.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The sessions table at this revision. SQLite cannot drop a NOT NULL, so the table is rebuilt
# (sqlite.org/lang_altertable.html, "other kinds of table schema changes"); migrate.py runs
# SQLite migrations with foreign keys off, so dropping the old table cascades nothing. The new
# columns stand before packed_answers: SQLite would walk a row's JSON overflow pages to reach
# a column after it. WITHOUT ROWID as before: no insertion counter orders the sessions.
_SESSIONS_SQLITE = """
CREATE TABLE sessions_new (
    id CHAR(32) NOT NULL,
    campaign_id INTEGER,
    kind VARCHAR(20) NOT NULL,
    employee_id INTEGER,
    consent_on DATE,
    held_on DATE,
    state VARCHAR(20) NOT NULL,
    language VARCHAR(5) NOT NULL,
    department_id INTEGER,
    tenure_band VARCHAR(10),
    is_manager BOOLEAN,
    gender VARCHAR(10),
    origin VARCHAR(64) NOT NULL,
    workstation VARCHAR(64),
    last_seen DATETIME,
    packed_answers JSON,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT ck_sessions_anonymous_unlinked CHECK ((kind = 'anonymous' AND employee_id IS NULL)
        OR (kind = 'named' AND employee_id IS NOT NULL)),
    CONSTRAINT fk_sessions_campaign_id_campaigns FOREIGN KEY(campaign_id)
        REFERENCES campaigns (id),
    CONSTRAINT fk_sessions_employee_id_employees FOREIGN KEY(employee_id)
        REFERENCES employees (id),
    CONSTRAINT fk_sessions_department_id_departments FOREIGN KEY(department_id)
        REFERENCES departments (id)
) WITHOUT ROWID
"""
_COPIED = (
    "id, campaign_id, kind, employee_id, consent_on, held_on, state, language, "
    "department_id, tenure_band, is_manager, gender, origin, packed_answers"
)
_ANALYSIS_INDEX = [
    "campaign_id",
    "kind",
    "state",
    "id",
    "department_id",
    "tenure_band",
    "gender",
    "is_manager",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(_SESSIONS_SQLITE)
        # anonymous rows are copied without their date; ordered by id, like everything else
        op.execute(
            f"INSERT INTO sessions_new ({_COPIED}) SELECT "
            + _COPIED.replace("held_on", "CASE WHEN kind = 'anonymous' THEN NULL ELSE held_on END")
            + " FROM sessions ORDER BY id"
        )
        op.execute("DROP TABLE sessions")
        op.execute("ALTER TABLE sessions_new RENAME TO sessions")
        op.create_index("ix_sessions_analysis", "sessions", _ANALYSIS_INDEX)
        # The old table's pages still hold the dates until they are reused: VACUUM after the
        # migration (migrate.py) rewrites the file without them.
    else:
        op.alter_column("sessions", "held_on", existing_type=sa.Date(), nullable=True)
        op.execute("UPDATE sessions SET held_on = NULL WHERE kind = 'anonymous'")
        op.add_column("sessions", sa.Column("workstation", sa.String(length=64), nullable=True))
        op.add_column("sessions", sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("employees") as batch:
        batch.add_column(
            sa.Column("position_kk", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    raise NotImplementedError("the erased dates of anonymous sessions cannot be restored")

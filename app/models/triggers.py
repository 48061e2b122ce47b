"""The database triggers of the schema: `campaigns.vector_revision` is raised on every insert or
delete of one of the campaign's answer vectors, whoever writes it (several kiosks on PostgreSQL
included), so a campaign's snapshot (app/data/snapshots.py) is used only while exact. Part of
the schema, with the ORM classes: new databases get them from create_all(), older ones from
migration 0003."""

from __future__ import annotations

from sqlalchemy import DDL, event

from app.models.campaign import AnswerVector

_SQLITE_TRIGGERS = [
    "CREATE TRIGGER answer_vectors_revision_insert AFTER INSERT ON answer_vectors BEGIN "
    "UPDATE campaigns SET vector_revision = vector_revision + 1 WHERE id = NEW.campaign_id; "
    "END",
    "CREATE TRIGGER answer_vectors_revision_delete AFTER DELETE ON answer_vectors BEGIN "
    "UPDATE campaigns SET vector_revision = vector_revision + 1 WHERE id = OLD.campaign_id; "
    "END",
]
_POSTGRESQL_TRIGGERS = [
    "CREATE OR REPLACE FUNCTION answer_vectors_revision() RETURNS trigger AS $$ BEGIN "
    "IF TG_OP = 'DELETE' THEN "
    "UPDATE campaigns SET vector_revision = vector_revision + 1 WHERE id = OLD.campaign_id; "
    "RETURN OLD; END IF; "
    "UPDATE campaigns SET vector_revision = vector_revision + 1 WHERE id = NEW.campaign_id; "
    "RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER answer_vectors_revision AFTER INSERT OR DELETE ON answer_vectors "
    "FOR EACH ROW EXECUTE FUNCTION answer_vectors_revision()",
]


def trigger_statements(dialect: str) -> list[str]:
    """The revision triggers' DDL (used by migration 0003 and by new databases)."""
    return {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}.get(dialect, [])


def _create_triggers(target, connection, **_kw) -> None:
    for statement in trigger_statements(connection.dialect.name):
        connection.execute(DDL(statement))


# New databases are built with create_all(): the triggers come with the table.
event.listen(AnswerVector.__table__, "after_create", _create_triggers)

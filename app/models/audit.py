"""The audit log: who viewed, printed or exported which personal document (PRODUCT.md §6, §8)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.users import AuditEntry


def record(session: Session, action: str, object_type: str = "", object_id: object = "",
           detail: str = "", user_id: int | None = None) -> None:
    """Add an entry; the caller commits with the action it records (or right after)."""
    session.add(AuditEntry(user_id=user_id, action=action, object_type=object_type,
                           object_id=str(object_id), detail=detail))


def entries(session: Session, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))

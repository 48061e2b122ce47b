"""The audit log: who viewed, printed or exported which personal document (PRODUCT.md §6, §8)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.markers import QT_TRANSLATE_NOOP
from app.models.users import AuditEntry

# What the audit log shows for each action and object type (translated in the "Audit" context);
# an action without a label is shown as its code, so a new one is never hidden.
ACTION_LABELS = {
    "sign_in": QT_TRANSLATE_NOOP("Audit", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Audit", "Failed sign-in"),
    "password_change": QT_TRANSLATE_NOOP("Audit", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("Audit", "Password reset"),
    "user_create": QT_TRANSLATE_NOOP("Audit", "User created"),
    "user_enable": QT_TRANSLATE_NOOP("Audit", "User enabled"),
    "user_disable": QT_TRANSLATE_NOOP("Audit", "User disabled"),
    "view": QT_TRANSLATE_NOOP("Audit", "Viewed"),
    "edit": QT_TRANSLATE_NOOP("Audit", "Edited"),
    "print": QT_TRANSLATE_NOOP("Audit", "Printed"),
    "export": QT_TRANSLATE_NOOP("Audit", "Exported"),
    "import": QT_TRANSLATE_NOOP("Audit", "Imported"),
    "import_undo": QT_TRANSLATE_NOOP("Audit", "Import undone"),
    "backup": QT_TRANSLATE_NOOP("Audit", "Backed up"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored"),
    "movements_add": QT_TRANSLATE_NOOP("Audit", "Staff movements added"),
    "movements_update": QT_TRANSLATE_NOOP("Audit", "Staff movements changed"),
    "movements_delete": QT_TRANSLATE_NOOP("Audit", "Staff movements deleted"),
    "employee_add": QT_TRANSLATE_NOOP("Audit", "Employee added"),
    "employee_move": QT_TRANSLATE_NOOP("Audit", "Employee moved to another department"),
    "employee_deactivate": QT_TRANSLATE_NOOP("Audit", "Employee deactivated"),
    "employee_reactivate": QT_TRANSLATE_NOOP("Audit", "Employee made active again"),
    "employee_delete": QT_TRANSLATE_NOOP("Audit", "Employee deleted"),
    "quality_exclude": QT_TRANSLATE_NOOP("Audit", "Flagged sessions left out of the analysis"),
    "quality_include": QT_TRANSLATE_NOOP("Audit", "Flagged sessions taken back into the analysis"),
}
OBJECT_LABELS = {
    "card": QT_TRANSLATE_NOOP("Audit", "card"),
    "campaign": QT_TRANSLATE_NOOP("Audit", "campaign"),
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "employee": QT_TRANSLATE_NOOP("Audit", "employee"),
    "staff": QT_TRANSLATE_NOOP("Audit", "staff list"),
    "employee_results": QT_TRANSLATE_NOOP("Audit", "employee's test results"),
    "audit_log": QT_TRANSLATE_NOOP("Audit", "audit log"),
    "staff_movements": QT_TRANSLATE_NOOP("Audit", "staff movements of"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
}


def record(
    session: Session,
    action: str,
    object_type: str = "",
    object_id: object = "",
    detail: str = "",
    user_id: int | None = None,
) -> None:
    """Add an entry; the caller commits with the action it records (or right after)."""
    session.add(
        AuditEntry(
            user_id=user_id,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            detail=detail,
        )
    )


def entries(session: Session, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))

"""Declarative base, shared column types and enums for the whole schema."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase

from app.scoring.vocab import GENDERS, TENURE_BANDS  # noqa: F401 - re-exported for models

# Stable constraint names, so that Alembic batch migrations on SQLite can find and
# alter constraints by name (unnamed ones cannot be dropped there).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        dict: JSON(),
        list: JSON(),
        datetime: DateTime(timezone=True),
    }


class Role(enum.StrEnum):
    HR_ADMIN = "hr_admin"
    DEPARTMENT_HEAD = "department_head"


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class SessionKind(enum.StrEnum):
    ANONYMOUS = "anonymous"
    NAMED = "named"


class SessionState(enum.StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"
    # finished with fewer answers than the office's minimum share (app/scoring/completeness.py):
    # kept, shown apart, not a respondent in participation or analysis
    INSUFFICIENT = "insufficient"


class CardKind(enum.StrEnum):
    PERSONAL = "personal"
    GROWTH = "growth"
    CAREER = "career"
    DIAGNOSTIC = "diagnostic"
    STRATEGIC = "strategic"


class CardTerm(enum.StrEnum):
    SHORT = "short"  # 1-2 years (seed App. 9)
    MEDIUM = "medium"  # 3-5 years
    LONG = "long"  # more than 5 years


class CardStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    STOPPED = "stopped"  # career card: reasons of seed section 4.4
    APPROVED = "approved"  # strategic card approved by the head


class ChoiceKind(enum.StrEnum):
    MOTIVATOR = "motivator"
    DEMOTIVATOR = "demotivator"
    INSTRUMENT = "instrument"


class PlanStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

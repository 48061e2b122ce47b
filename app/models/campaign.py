"""Survey campaigns, kiosk sessions and answers.

Privacy by construction (PRODUCT.md §8): sessions and answers have random UUID keys and are
stored WITHOUT ROWID on SQLite, so no hidden insertion counter orders them; anonymous sessions
keep the date only (no time of day) and a CHECK forbids linking them to an employee.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CampaignStatus, SessionKind, SessionState, utcnow


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    name: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default=CampaignStatus.DRAFT.value)
    anonymity_threshold: Mapped[int] = mapped_column(default=5)
    kiosk_pin_hash: Mapped[str] = mapped_column(String(200), default="")
    # Demographic questions asked at the start: subset of department, tenure_band, is_manager, gender.
    demographics: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # Raised by a trigger on every insert or delete of the campaign's answer vectors
    # (app/data/snapshots.py): tells whether an analysis snapshot is still exact.
    vector_revision: Mapped[int] = mapped_column(default=0, server_default="0")

    instruments: Mapped[list[CampaignInstrument]] = relationship(
        back_populates="campaign",
        cascade="all, delete-orphan",
        order_by="CampaignInstrument.position",
    )
    departments: Mapped[list[CampaignDepartment]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("anonymity_threshold >= 3", name="threshold_min"),)


class CampaignInstrument(Base):
    __tablename__ = "campaign_instruments"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    instrument_id: Mapped[str] = mapped_column(String(50), primary_key=True)
    instrument_version: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(default=0)
    # Optional (*) items the campaign leaves out, as item ids.
    excluded_items: Mapped[list] = mapped_column(JSON, default=list)

    campaign: Mapped[Campaign] = relationship(back_populates="instruments")


class CampaignDepartment(Base):
    __tablename__ = "campaign_departments"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), primary_key=True)
    headcount: Mapped[int] = mapped_column(default=0)  # snapshot when the campaign is opened

    campaign: Mapped[Campaign] = relationship(back_populates="departments")


class SurveySession(Base):
    """One sitting at the kiosk: anonymous, or named with the employee's consent."""

    __tablename__ = "sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    kind: Mapped[str] = mapped_column(String(20), default=SessionKind.ANONYMOUS.value)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    consent_on: Mapped[date | None]
    # Named sessions only: the day of the test, never a time of day. Anonymous sessions keep no
    # date at all (PRODUCT.md §8; migration 0004 erased the ones stored before).
    held_on: Mapped[date | None]
    state: Mapped[str] = mapped_column(String(20), default=SessionState.IN_PROGRESS.value)
    language: Mapped[str] = mapped_column(String(5), default="ru")
    # Demographic answers (all optional for the respondent).
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    tenure_band: Mapped[str | None] = mapped_column(String(10))
    is_manager: Mapped[bool | None]
    gender: Mapped[str | None] = mapped_column(String(10))
    # Which bundle brought this session in (offline exchange); empty when collected here.
    origin: Mapped[str] = mapped_column(String(64), default="")
    # While in progress: the running program that owns the session and when it last showed life
    # (start-up closes only dead sessions, not another PC's live ones). Erased when the session
    # ends, so a finished session keeps no time. Before packed_answers: see migration 0004.
    workstation: Mapped[str | None] = mapped_column(String(64))
    last_seen: Mapped[datetime | None]
    # Answer quality (app/scoring/quality.py), set when the session finishes: the same answer
    # on a whole rating block; answered implausibly fast (the kiosk's seconds per screen stay
    # in memory, only this flag is kept; None = unknown: paper imports, bundles, old rows).
    straight_lining: Mapped[bool | None]
    too_fast: Mapped[bool | None]
    # A finished session's answers in one JSON document ({"a": {instrument: {item: value}},
    # "t": [[instrument, item, own text], ...]}), written when it finishes: analysis reads one
    # row per respondent instead of one per answer. The per-answer rows stay the record.
    packed_answers: Mapped[Any | None] = mapped_column(JSON(none_as_null=True))

    instruments: Mapped[list[SessionInstrument]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    answers: Mapped[list[Answer]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    vector: Mapped[AnswerVector | None] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint(
            "(kind = 'anonymous' AND employee_id IS NULL) OR (kind = 'named' AND employee_id IS NOT NULL)",
            name="anonymous_unlinked",
        ),
        # covering index of the analysis query (migration 0003)
        Index(
            "ix_sessions_analysis",
            "campaign_id",
            "kind",
            "state",
            "id",
            "department_id",
            "tenure_band",
            "gender",
            "is_manager",
        ),
        {"sqlite_with_rowid": False},
    )


class SessionInstrument(Base):
    """Progress of one instrument within a session, and the named respondent's agreement."""

    __tablename__ = "session_instruments"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    instrument_id: Mapped[str] = mapped_column(String(50), primary_key=True)
    instrument_version: Mapped[str] = mapped_column(String(20))
    finished: Mapped[bool] = mapped_column(default=False)
    agrees_with_result: Mapped[bool | None]
    disagreement_reason: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[SurveySession] = relationship(back_populates="instruments")

    __table_args__ = ({"sqlite_with_rowid": False},)


class Answer(Base):
    """One answer, written the moment it is given (a power cut loses at most the one being typed)."""

    __tablename__ = "answers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    instrument_id: Mapped[str] = mapped_column(String(50))
    item_id: Mapped[str] = mapped_column(String(20))
    # int for ratings and single choice, list[int] for multiple choice and point splits.
    value: Mapped[Any] = mapped_column(JSON)
    own_text: Mapped[str] = mapped_column(Text, default="")  # "own variant" wording

    session: Mapped[SurveySession] = relationship(back_populates="answers")

    __table_args__ = (
        UniqueConstraint("session_id", "instrument_id", "item_id", name="uq_answers_item"),
        {"sqlite_with_rowid": False},
    )


class AnswerVector(Base):
    """A finished session's answers as one int16 vector in the canonical table layout, with
    the instruments (and a digest of each) it holds (app/scoring/matrix.py): a campaign loads
    without parsing JSON. None when a value does not fit; the packed JSON is read instead.
    A cache of the answers, never the record. Written only when a session finishes (a
    finished session never changes), so a vector always belongs to a finished session of
    its campaign and kind: the loader relies on it."""

    __tablename__ = "answer_vectors"

    # keyed by campaign first: a campaign's vectors are one range of the table, in id order
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    # copies of the session's kind and demographics, fixed once it finished: the analysis
    # query reads this table alone
    kind: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None]
    tenure_band: Mapped[str | None] = mapped_column(String(10))
    gender: Mapped[str | None] = mapped_column(String(10))
    is_manager: Mapped[bool | None]
    straight_lining: Mapped[bool | None]
    too_fast: Mapped[bool | None]
    layout: Mapped[str] = mapped_column(String(400))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    # the session's own-variant texts ([[instrument, item, text], ...]), NULL when none
    texts: Mapped[list | None] = mapped_column(JSON(none_as_null=True))

    __table_args__ = (
        Index("ix_answer_vectors_session_id", "session_id", unique=True),
        {"sqlite_with_rowid": False},
    )


class CampaignSnapshot(Base):
    """The default analysis input of a campaign (its finished anonymous sessions' vectors,
    demographics and own-variant texts, in id order) in one row, built at a vector revision
    (app/data/snapshots.py). A cache: deleting it loses nothing."""

    __tablename__ = "campaign_snapshots"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int]
    respondents: Mapped[int]
    ids: Mapped[bytes] = mapped_column(LargeBinary)  # 32 hex digits per session, in order
    meta: Mapped[dict] = mapped_column(JSON)  # demographic column -> values in that order
    layout: Mapped[str] = mapped_column(String(400))
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the vectors, column-major
    texts: Mapped[list] = mapped_column(JSON)

"""The motivational cards of seed 004 (App. 8-12) and the catalogues they draw from (App. 7, 8.2).

All five card kinds share one table: they have the same life cycle (draft, active, stopped or
approved), the same plan rows and review log, and the registry counts them together for the
diagnostic card. Free-text blocks that differ per kind (the 12 blocks of the career card, SWOT,
conclusions) live in `fields`, validated by `app.data.card_forms`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CardStatus, PlanStatus, utcnow


class MotivatorGroup(Base):
    """One of the 5 groups of the motivator map (App. 7)."""

    __tablename__ = "motivator_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300))

    motivators: Mapped[list[Motivator]] = relationship(
        back_populates="group", order_by="Motivator.position", cascade="all, delete-orphan"
    )


class Motivator(Base):
    __tablename__ = "motivators"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("motivator_groups.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name_ru: Mapped[str] = mapped_column(Text)
    name_kk: Mapped[str] = mapped_column(Text)
    characteristic_ru: Mapped[str] = mapped_column(Text, default="")
    characteristic_kk: Mapped[str] = mapped_column(Text, default="")
    methods_ru: Mapped[str] = mapped_column(Text, default="")
    methods_kk: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(default=True)

    group: Mapped[MotivatorGroup] = relationship(back_populates="motivators")


class MotivationTool(Base):
    """A motivation instrument of the indicative list (table 8.2)."""

    __tablename__ = "motivation_tools"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    category_ru: Mapped[str] = mapped_column(String(300), default="")
    category_kk: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(Text)
    name_kk: Mapped[str] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(default=True)


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # CardKind
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    # personal, growth and career cards belong to an employee; diagnostic and strategic do not.
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    # career card created from a growth card takes over its plan (seed §4.4)
    source_card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))
    filled_on: Mapped[date]
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    term: Mapped[str | None] = mapped_column(String(10))  # CardTerm
    status: Mapped[str] = mapped_column(String(20), default=CardStatus.DRAFT.value)
    stop_reason: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None]
    next_review_on: Mapped[date | None]
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    choices: Mapped[list[CardChoice]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="CardChoice.rank"
    )
    plan_items: Mapped[list[PlanItem]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="PlanItem.position"
    )
    reviews: Mapped[list[CardReview]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="CardReview.reviewed_on"
    )
    strategic_rows: Mapped[list[StrategicRow]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="StrategicRow.position"
    )


class CardChoice(Base):
    """A ranked motivator, demotivator or motivation instrument of a personal card (2-6 each)."""

    __tablename__ = "card_choices"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # ChoiceKind
    rank: Mapped[int]
    motivator_id: Mapped[int | None] = mapped_column(ForeignKey("motivators.id"))
    tool_id: Mapped[int | None] = mapped_column(ForeignKey("motivation_tools.id"))
    own_text: Mapped[str] = mapped_column(Text, default="")

    card: Mapped[Card] = relationship(back_populates="choices")


class PlanItem(Base):
    """A row of a measures plan (personal, growth, career, diagnostic cards)."""

    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    section: Mapped[str] = mapped_column(String(50), default="")  # e.g. kind of activity (App. 9)
    measure: Mapped[str] = mapped_column(Text)
    form: Mapped[str] = mapped_column(Text, default="")
    executor: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None]
    expected_result: Mapped[str] = mapped_column(Text, default="")
    confirming_document: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=PlanStatus.PLANNED.value)
    result: Mapped[str] = mapped_column(Text, default="")
    # the questionnaire factor the measure addresses, "instrument:item" (e.g. a satisfaction
    # factor); the next campaign's report shows that factor's change (issue 20.6)
    factor: Mapped[str] = mapped_column(String(80), default="")

    card: Mapped[Card] = relationship(back_populates="plan_items")


class CardReview(Base):
    """Yearly review log of growth and career cards."""

    __tablename__ = "card_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    reviewed_on: Mapped[date]
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    card: Mapped[Card] = relationship(back_populates="reviews")


class StrategicRow(Base):
    """A component row of the strategic card (App. 12)."""

    __tablename__ = "strategic_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    component: Mapped[str] = mapped_column(String(50))
    previous: Mapped[str] = mapped_column(Text, default="")
    actual: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    methods: Mapped[str] = mapped_column(Text, default="")
    deadline_executor: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    factor: Mapped[str] = mapped_column(String(80), default="")  # as PlanItem.factor

    card: Mapped[Card] = relationship(back_populates="strategic_rows")

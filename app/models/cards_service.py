"""Creating, checking and changing motivational cards (PRODUCT.md §6, seed chapter 4)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import CardKind, CardStatus, ChoiceKind, PlanStatus
from app.models.card_forms import (
    CHOICES_PER_KIND, GROWTH_SECTION_IDS, STOP_REASONS, STRATEGIC_COLUMNS, STRATEGIC_COMPONENTS,
)
from app.models.cards import Card, CardChoice, CardReview, PlanItem, StrategicRow
from app.models.organisation import Employee


STRATEGIC_COLUMN_IDS = {c for c, _label in STRATEGIC_COLUMNS}


class CardError(ValueError):
    """The card cannot be saved; `problems` are (field, code) pairs for the UI to explain."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("; ".join(f"{f}: {c}" for f, c in problems))
        self.problems = problems


@dataclass
class ChoiceInput:
    kind: str  # ChoiceKind
    motivator_id: int | None = None
    tool_id: int | None = None
    own_text: str = ""


@dataclass
class PlanInput:
    measure: str
    section: str = ""
    form: str = ""
    executor: str = ""
    deadline: date | None = None
    expected_result: str = ""
    confirming_document: str = ""
    status: str = PlanStatus.PLANNED.value
    result: str = ""


@dataclass
class CardInput:
    kind: str
    organisation_id: int
    filled_on: date
    employee_id: int | None = None
    campaign_id: int | None = None
    status: str = CardStatus.DRAFT.value
    term: str | None = None
    fields: dict = field(default_factory=dict)
    choices: list[ChoiceInput] = field(default_factory=list)  # in rank order per kind
    plan: list[PlanInput] = field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None
    strategic: dict[str, dict[str, str]] = field(default_factory=dict)  # component -> column
    approved_by: str = ""
    approved_on: date | None = None


def validate(card: CardInput) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if card.kind not in {k.value for k in CardKind}:
        return [("kind", "unknown")]
    needs_employee = card.kind in (CardKind.PERSONAL, CardKind.GROWTH, CardKind.CAREER)
    if needs_employee and card.employee_id is None:
        problems.append(("employee", "required"))
    if card.kind == CardKind.DIAGNOSTIC and card.campaign_id is None:
        problems.append(("campaign", "required"))
    if card.kind in (CardKind.GROWTH, CardKind.CAREER, CardKind.STRATEGIC) and \
            card.status != CardStatus.DRAFT and card.term is None:
        problems.append(("term", "required"))
    if card.kind == CardKind.PERSONAL:
        low, high = CHOICES_PER_KIND
        for kind in ChoiceKind:
            chosen = [c for c in card.choices if c.kind == kind.value]
            filled = [c for c in chosen if c.motivator_id or c.tool_id or c.own_text.strip()]
            if len(filled) != len(chosen):
                problems.append((f"choices.{kind.value}", "empty"))
            # A draft may be incomplete; an active card needs 2-6 ranked answers of each kind.
            if len(chosen) > high or (card.status != CardStatus.DRAFT and len(chosen) < low):
                problems.append((f"choices.{kind.value}", "count"))
            keys = [(c.motivator_id, c.tool_id, c.own_text.strip().lower()) for c in filled]
            if len(set(keys)) != len(keys):
                problems.append((f"choices.{kind.value}", "duplicate"))
    for index, row in enumerate(card.plan):
        if not row.measure.strip():
            problems.append((f"plan.{index}", "measure_required"))
        if card.kind == CardKind.GROWTH and row.section not in GROWTH_SECTION_IDS:
            problems.append((f"plan.{index}", "section"))
        if row.status not in {s.value for s in PlanStatus}:
            problems.append((f"plan.{index}", "status"))
    if card.period_start and card.period_end and card.period_end < card.period_start:
        problems.append(("period", "order"))
    if card.kind == CardKind.STRATEGIC and card.status == CardStatus.APPROVED and \
            not (card.approved_by.strip() and card.approved_on):
        problems.append(("approval", "required"))
    return problems


def save_card(session: Session, card: CardInput, card_id: int | None = None) -> int:
    """Create or replace a card's content; raises CardError naming every problem."""
    problems = validate(card)
    if card.employee_id is not None and session.get(Employee, card.employee_id) is None:
        problems.append(("employee", "unknown"))
    existing = session.get(Card, card_id) if card_id else None
    if card_id and existing is None:
        problems.append(("card", "not_found"))
    if problems:
        raise CardError(problems)
    employee = session.get(Employee, card.employee_id) if card.employee_id else None
    row = existing or Card(kind=card.kind, organisation_id=card.organisation_id)
    row.employee_id = card.employee_id
    row.department_id = employee.department_id if employee else row.department_id
    row.campaign_id = card.campaign_id
    row.filled_on, row.status, row.term = card.filled_on, card.status, card.term
    row.period_start, row.period_end = card.period_start, card.period_end
    row.fields = dict(card.fields)
    row.choices.clear()
    ranks: dict[str, int] = {}
    for choice in card.choices:
        ranks[choice.kind] = ranks.get(choice.kind, 0) + 1
        row.choices.append(CardChoice(kind=choice.kind, rank=ranks[choice.kind],
                                      motivator_id=choice.motivator_id, tool_id=choice.tool_id,
                                      own_text=choice.own_text.strip()))
    row.plan_items.clear()
    for position, item in enumerate(card.plan):
        row.plan_items.append(PlanItem(position=position, **item.__dict__))
    if card.kind == CardKind.STRATEGIC:
        _save_strategic(row, card)
    if existing is None:
        session.add(row)  # only now: an earlier autoflush would insert a half-filled row
    session.flush()
    return row.id


def _save_strategic(row: Card, card: CardInput) -> None:
    row.approved_by, row.approved_on = card.approved_by.strip(), card.approved_on
    existing = {r.component: r for r in row.strategic_rows}
    for position, (component, _label) in enumerate(STRATEGIC_COMPONENTS):
        target = existing.get(component)
        if target is None:
            target = StrategicRow(component=component, position=position)
            row.strategic_rows.append(target)
        for column, value in card.strategic.get(component, {}).items():
            if column in STRATEGIC_COLUMN_IDS:
                setattr(target, column, value)


def create_career_card(session: Session, growth_card_id: int, filled_on: date) -> int:
    """Seed §4.4: a career card takes over the growth card's plan and stays in sync with it."""
    growth = session.get(Card, growth_card_id)
    if growth is None or growth.kind != CardKind.GROWTH:
        raise CardError([("source_card", "not_growth")])
    career = Card(kind=CardKind.CAREER.value, organisation_id=growth.organisation_id,
                  employee_id=growth.employee_id, department_id=growth.department_id,
                  filled_on=filled_on, term=growth.term, source_card_id=growth.id,
                  status=CardStatus.DRAFT.value, fields={})
    for item in growth.plan_items:
        career.plan_items.append(_copy_plan_item(item))
    session.add(career)
    session.flush()
    return career.id


def _copy_plan_item(item: PlanItem) -> PlanItem:
    return PlanItem(position=item.position, section=item.section, measure=item.measure,
                    form=item.form, executor=item.executor, deadline=item.deadline,
                    expected_result=item.expected_result,
                    confirming_document=item.confirming_document, status=item.status,
                    result=item.result)


def sync_career_plans(session: Session, growth_card_id: int) -> int:
    """Copy a changed growth plan into the active career cards created from it."""
    growth = session.get(Card, growth_card_id)
    careers = session.scalars(select(Card).where(Card.source_card_id == growth_card_id,
                                                 Card.status != CardStatus.STOPPED.value)).all()
    for career in careers:
        career.plan_items.clear()
        for item in growth.plan_items:
            career.plan_items.append(_copy_plan_item(item))
    session.flush()
    return len(careers)


def stop_card(session: Session, card_id: int, reason: str, detail: str = "") -> None:
    """Stop maintaining a career card for one of the reasons of seed §4.4."""
    card = session.get(Card, card_id)
    if card is None:
        raise CardError([("card", "not_found")])
    if reason not in STOP_REASONS:
        raise CardError([("stop_reason", "unknown")])
    card.status = CardStatus.STOPPED.value
    card.stop_reason = reason if not detail else f"{reason}: {detail}"


def card_input(session: Session, card_id: int) -> CardInput:
    """The editable content of a stored card (what the form shows)."""
    card = session.get(Card, card_id)
    if card is None:
        raise CardError([("card", "not_found")])
    return CardInput(
        kind=card.kind, organisation_id=card.organisation_id, filled_on=card.filled_on,
        employee_id=card.employee_id, campaign_id=card.campaign_id, status=card.status,
        term=card.term, fields=dict(card.fields or {}),
        choices=[ChoiceInput(c.kind, c.motivator_id, c.tool_id, c.own_text) for c in card.choices],
        plan=[PlanInput(p.measure, p.section, p.form, p.executor, p.deadline, p.expected_result,
                        p.confirming_document, p.status, p.result) for p in card.plan_items],
        period_start=card.period_start, period_end=card.period_end,
        strategic={r.component: {c: getattr(r, c) for c in STRATEGIC_COLUMN_IDS}
                   for r in card.strategic_rows},
        approved_by=card.approved_by, approved_on=card.approved_on)


def add_review(session: Session, card_id: int, reviewed_on: date, reviewer: str,
               note: str) -> None:
    """The yearly review log of growth and career cards."""
    card = session.get(Card, card_id)
    if card is None:
        raise CardError([("card", "not_found")])
    card.reviews.append(CardReview(reviewed_on=reviewed_on, reviewer=reviewer, note=note))
    session.flush()

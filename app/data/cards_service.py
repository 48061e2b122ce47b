"""Creating, checking and changing motivational cards (PRODUCT.md §6, seed chapter 4)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data.card_forms import (
    CHOICES_PER_KIND,
    GROWTH_SECTION_IDS,
    STOP_REASONS,
    STRATEGIC_COLUMNS,
    STRATEGIC_COMPONENTS,
)
from app.markers import QT_TRANSLATE_NOOP
from app.models.base import CardKind, CardStatus, ChoiceKind, PlanStatus
from app.models.cards import Card, CardChoice, CardReview, PlanItem, StrategicRow
from app.models.organisation import Employee

STRATEGIC_COLUMN_IDS = {c for c, _label in STRATEGIC_COLUMNS}
# a measure's factor: empty, or "instrument:item" as the instrument files name them
_FACTOR = re.compile(r"(|[a-z][a-z0-9_]*:[A-Za-z0-9_.]+)")


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
    factor: str = ""  # "instrument:item" the measure addresses, or "" (issue 20.6)


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
    if (
        card.kind in (CardKind.GROWTH, CardKind.CAREER, CardKind.STRATEGIC)
        and card.status != CardStatus.DRAFT
        and card.term is None
    ):
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
        if not _FACTOR.fullmatch(row.factor):
            problems.append((f"plan.{index}", "factor"))
    for component, columns in card.strategic.items():
        if not _FACTOR.fullmatch(columns.get("factor", "") or ""):
            problems.append((f"strategic.{component}", "factor"))
    if card.period_start and card.period_end and card.period_end < card.period_start:
        problems.append(("period", "order"))
    if (
        card.kind == CardKind.STRATEGIC
        and card.status == CardStatus.APPROVED
        and not (card.approved_by.strip() and card.approved_on)
    ):
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
        row.choices.append(
            CardChoice(
                kind=choice.kind,
                rank=ranks[choice.kind],
                motivator_id=choice.motivator_id,
                tool_id=choice.tool_id,
                own_text=choice.own_text.strip(),
            )
        )
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
            if column in STRATEGIC_COLUMN_IDS or column == "factor":
                setattr(target, column, value)


def create_career_card(session: Session, growth_card_id: int, filled_on: date) -> int:
    """Seed §4.4: a career card takes over the growth card's plan and stays in sync with it."""
    growth = session.get(Card, growth_card_id)
    if growth is None or growth.kind != CardKind.GROWTH:
        raise CardError([("source_card", "not_growth")])
    career = Card(
        kind=CardKind.CAREER.value,
        organisation_id=growth.organisation_id,
        employee_id=growth.employee_id,
        department_id=growth.department_id,
        filled_on=filled_on,
        term=growth.term,
        source_card_id=growth.id,
        status=CardStatus.DRAFT.value,
        fields=career_prefill(session, growth.employee_id, filled_on),
    )
    for item in growth.plan_items:
        career.plan_items.append(_copy_plan_item(item))
    session.add(career)
    session.flush()
    return career.id


def _copy_plan_item(item: PlanItem) -> PlanItem:
    return PlanItem(
        position=item.position,
        section=item.section,
        measure=item.measure,
        form=item.form,
        executor=item.executor,
        deadline=item.deadline,
        expected_result=item.expected_result,
        confirming_document=item.confirming_document,
        status=item.status,
        result=item.result,
        factor=item.factor,
    )


def sync_career_plans(session: Session, growth_card_id: int) -> int:
    """Copy a changed growth plan into the active career cards created from it."""
    growth = session.get(Card, growth_card_id)
    careers = session.scalars(
        select(Card).where(
            Card.source_card_id == growth_card_id, Card.status != CardStatus.STOPPED.value
        )
    ).all()
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
        kind=card.kind,
        organisation_id=card.organisation_id,
        filled_on=card.filled_on,
        employee_id=card.employee_id,
        campaign_id=card.campaign_id,
        status=card.status,
        term=card.term,
        fields=dict(card.fields or {}),
        choices=[ChoiceInput(c.kind, c.motivator_id, c.tool_id, c.own_text) for c in card.choices],
        plan=[
            PlanInput(
                p.measure,
                p.section,
                p.form,
                p.executor,
                p.deadline,
                p.expected_result,
                p.confirming_document,
                p.status,
                p.result,
                p.factor,
            )
            for p in card.plan_items
        ],
        period_start=card.period_start,
        period_end=card.period_end,
        strategic={
            r.component: {c: getattr(r, c) for c in STRATEGIC_COLUMN_IDS | {"factor"}}
            for r in card.strategic_rows
        },
        approved_by=card.approved_by,
        approved_on=card.approved_on,
    )


@dataclass(frozen=True)
class CardDetails:
    """What the card form shows beside the editable content."""

    kind: str
    employee_name: str
    source_card_id: int | None
    reviews: list[tuple[date, str, str]]


def card_details(
    session: Session, card_id: int | None, employee_id: int | None, kind: str
) -> CardDetails:
    """The employee's name, the card it was made from and its yearly reviews (none for a new
    card)."""
    employee = session.get(Employee, employee_id) if employee_id else None
    name = employee.full_name if employee else ""
    card = session.get(Card, card_id) if card_id else None
    if card is None:
        return CardDetails(kind, name, None, [])
    return CardDetails(
        card.kind,
        name,
        card.source_card_id,
        [(r.reviewed_on, r.reviewer, r.note) for r in card.reviews],
    )


def cards_of_kind(
    session: Session, kind: str, department_ids: set[int] | None = None
) -> list[tuple[int, str]]:
    """(card id, employee's name) of every card of a kind, in the user's departments."""
    rows = session.execute(
        select(Card.id, Card.department_id, Employee.full_name)
        .outerjoin(Employee, Employee.id == Card.employee_id)
        .where(Card.kind == kind)
        .order_by(Card.id)
    ).all()
    return [
        (card_id, name or "")
        for card_id, department_id, name in rows
        if department_ids is None or department_id in department_ids
    ]


def personal_draft(session: Session, employee_id: int, today: date) -> tuple[int | None, CardInput]:
    """The employee's latest draft personal card to add to, or a new one (the kiosk's card
    screen fills it; HR completes it)."""
    draft_id = session.scalar(
        select(Card.id)
        .where(
            Card.kind == CardKind.PERSONAL.value,
            Card.employee_id == employee_id,
            Card.status == CardStatus.DRAFT.value,
        )
        .order_by(Card.id.desc())
    )
    if draft_id:
        return draft_id, card_input(session, draft_id)
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise CardError([("employee_id", "not_found")])
    return None, CardInput(
        CardKind.PERSONAL.value, employee.department.organisation_id, today, employee_id=employee_id
    )


def add_review(session: Session, card_id: int, reviewed_on: date, reviewer: str, note: str) -> None:
    """The yearly review log of growth and career cards."""
    card = session.get(Card, card_id)
    if card is None:
        raise CardError([("card", "not_found")])
    card.reviews.append(CardReview(reviewed_on=reviewed_on, reviewer=reviewer, note=note))
    session.flush()


def career_prefill(
    session: Session, employee_id: int | None, on: date, library: dict | None = None
) -> dict:
    """Issue 17.3: what a new career card knows already, as data (app/data/card_text.py):
    the position and length of service from the employee record, the latest named test
    results in block 7 ("Testing")."""
    from app.data import card_text as ct

    employee = session.get(Employee, employee_id) if employee_id else None
    if employee is None:
        return {}
    fields: dict = {}
    if employee.position:
        fields["current_position"] = ct.auto(
            [ct.bilingual(employee.position, employee.position_kk or "")]
        )
    if employee.hired_on and employee.hired_on <= on:
        years = (
            on.year
            - employee.hired_on.year
            - ((on.month, on.day) < (employee.hired_on.month, employee.hired_on.day))
        )
        fields["service_length"] = ct.auto(
            [
                ct.msg(
                    QT_TRANSLATE_NOOP("Cards", "in the organisation since %1 (full years: %2)"),
                    ct.day(employee.hired_on),
                    str(years),
                )
            ]
        )
    lines = test_result_lines(session, employee.id, on, library)
    if lines:
        fields["testing"] = ct.auto(*lines)
    return fields


def test_result_lines(
    session: Session, employee_id: int, on: date | None = None, library: dict | None = None
) -> list[list]:
    """One line of tokens per test the employee took (latest finished named session):
    the leading type, or the pronounced / leading scales with their scores."""
    from app.data import card_text as ct
    from app.data.answer_store import answers_of
    from app.models.base import SessionKind
    from app.models.campaign import SessionInstrument, SurveySession
    from app.scoring.engine import score
    from app.scoring.frame import answers_to_frame

    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    query = (
        select(SurveySession.id, SurveySession.held_on, SessionInstrument.instrument_id)
        .join(SessionInstrument, SessionInstrument.session_id == SurveySession.id)
        .where(
            SurveySession.employee_id == employee_id,
            SurveySession.kind == SessionKind.NAMED.value,
            SessionInstrument.finished.is_(True),
        )
        .order_by(SurveySession.held_on)
    )
    if on is not None:
        query = query.where(SurveySession.held_on <= on)
    latest = {
        inst: (sid, held)
        for sid, held, inst in session.execute(query)
        if inst in library and library[inst].kind == "test"
    }
    lines = []
    for inst_id, (sid, held) in latest.items():
        inst = library[inst_id]
        result = score(
            inst, answers_to_frame(inst, [answers_of(session, sid, inst_id)])
        ).respondent(0)
        line: list = [ct.instrument(inst_id, short=True)]
        if held:
            line += [" (", ct.day(held), ")"]
        line.append(": ")
        if result.get("type"):
            parts = [[ct.scale(inst_id, t)] for t in result["type"]]
        else:
            scores = {k: v for k, v in result["scores"].items() if v is not None}
            if inst.scoring.total is not None and inst.scoring.total.id in scores:
                total = inst.scoring.total.id
                parts = [[ct.scale(inst_id, total), " ", ct.num(scores[total], 0)]]
            else:
                ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
                decimals = 2 if any(v % 1 for v in scores.values()) else 0  # one format
                parts = [[ct.scale(inst_id, k), " ", ct.num(v, decimals)] for k, v in ranked]
        for k, part in enumerate(parts):
            line += ([", "] if k else []) + part
        lines.append(line)
    return lines

"""The kiosk's card screen (named session, App. 8): the employee fills the employee block of
his personal card himself; HR completes the card later. Qt-free: the kiosk's card page only
shows what this gives and hands back what was chosen."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.data.cards_service import personal_draft, save_card
from app.data.catalogues import card_choices
from app.data.retry import run_with_retry


def card_options(
    session: Session, lang: str
) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """What the employee may choose from, in `lang`: (motivators, motivation tools)."""
    options = card_choices(session, lang)
    return options["motivator"], options["tool"]


def save_employee_block(
    session: Session,
    employee_id: int,
    fields: dict[str, Any],
    choices: list,
    agrees: bool | None = None,
    today: date | None = None,
) -> int:
    """Into the employee's draft personal card (a new one if he has none): his answers, his
    consent to testing (given before the tests) and, if he said, whether he agrees with his
    results. Retries a busy database, then raises StorageUnavailable (the kiosk says so).
    Returns the card's id."""

    def write() -> int:  # from the start again after a busy database's rollback
        draft_id, data = personal_draft(session, employee_id, today or date.today())
        data.fields.update(fields)
        data.fields["consent_testing"] = True
        if agrees is not None:
            data.fields["agrees_with_results"] = agrees
        data.choices = list(choices)
        return save_card(session, data, draft_id)

    return run_with_retry(session, write)

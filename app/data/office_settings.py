"""Office settings stored with the data (`settings` table): read, validated write, made current.

The values are those of `app.scoring.office` (e.g. `schein_threshold`); opening a database makes
its values current (`app.data.store.open_database`), so the desktop, the kiosk and every report
printed from the command line label results the same way.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.users import Setting
from app.scoring import office


def load(session: Session) -> dict[str, object]:
    """The stored office values (only keys the program knows)."""
    rows = session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(list(office.DEFAULTS)))
    ).all()
    return {key: value for key, value in rows}


def effective(session: Session) -> dict[str, float]:
    """Every known setting: the stored value, or the documented default."""
    values = dict(office.DEFAULTS)
    for key, value in load(session).items():
        try:
            values[key] = office.validate(key, value)
        except office.SettingError:
            pass
    return values


def save(session: Session, key: str, value: object) -> float:
    """Validate and store (the caller commits), and make it current; raises SettingError."""
    number = office.validate(key, value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=number))
    else:
        row.value = number
    session.flush()
    apply(session)
    if key == office.MIN_ANSWERED_PCT:  # who counts as a respondent changed: judge again
        from app.data.respondents import classify_sessions

        classify_sessions(session, min_pct=number)
    if key == office.STRAIGHT_LINING_MIN_ITEMS:  # the flags follow the office's definition
        from app.data.quality import reflag_sessions

        reflag_sessions(session, items=int(number))
    return number


def apply(session: Session) -> None:
    office.set_current(load(session))

"""Who counts as a respondent (app/scoring/completeness.py), applied to stored sessions.

A finished anonymous session below the office's minimum share of answered items is kept in the
state INSUFFICIENT: out of participation and analysis (every count and load reads FINISHED only),
shown apart as "finished with too few answers". It has no answer vector (the analysis cache holds
finished sessions only); moving back to FINISHED, when the office lowers the minimum, gives it one
again. Applied when a session finishes, after an import, and when the setting changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models.base import SessionKind, SessionState
from app.models.campaign import Campaign, SurveySession
from app.scoring import office
from app.scoring.completeness import answered_share, counts
from app.scoring.definitions import Instrument

_JUDGED = (SessionState.FINISHED.value, SessionState.INSUFFICIENT.value)


def _library(library: Mapping[str, Instrument] | None) -> Mapping[str, Instrument]:
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    return library


def _excluded(campaign: Campaign | None) -> dict[str, list[str]]:
    if campaign is None:
        return {}
    return {ci.instrument_id: list(ci.excluded_items or ()) for ci in campaign.instruments}


def share_of(
    row: SurveySession, packed: dict, library: Mapping[str, Instrument], campaign: Campaign | None
) -> float | None:
    instruments = [
        library[si.instrument_id] for si in row.instruments if si.instrument_id in library
    ]
    return answered_share(instruments, packed.get("a") or {}, row.is_manager, _excluded(campaign))


def judged_state(
    session: Session,
    row: SurveySession,
    packed: dict,
    library: Mapping[str, Instrument] | None = None,
    min_pct: float | None = None,
) -> str:
    """FINISHED or INSUFFICIENT for a finishing session (named sessions always FINISHED: an
    employee's own test result is his, whatever he skipped)."""
    if row.kind != SessionKind.ANONYMOUS.value or row.campaign_id is None:
        return SessionState.FINISHED.value
    min_pct = office.current(office.MIN_ANSWERED_PCT) if min_pct is None else min_pct
    campaign = session.get(Campaign, row.campaign_id)
    share = share_of(row, packed, _library(library), campaign)
    return (
        SessionState.FINISHED.value if counts(share, min_pct) else SessionState.INSUFFICIENT.value
    )


def classify_sessions(
    session: Session,
    campaign_id: int | None = None,
    min_pct: float | None = None,
    library: Mapping[str, Instrument] | None = None,
    session_ids: list | None = None,
) -> dict[str, int]:
    """Re-judge the finished anonymous sessions (of one campaign, or all; or only
    `session_ids`, e.g. those an import just wrote) against the minimum; returns how many moved
    each way. The caller commits."""
    from app.data.answer_store import changed, seal, session_document

    library = _library(library)
    min_pct = office.current(office.MIN_ANSWERED_PCT) if min_pct is None else min_pct
    moved = {SessionState.FINISHED.value: 0, SessionState.INSUFFICIENT.value: 0}
    if session_ids is not None and len(session_ids) > 500:  # bounded IN lists
        for start in range(0, len(session_ids), 500):
            part = classify_sessions(
                session, campaign_id, min_pct, library, session_ids[start : start + 500]
            )
            for key, value in part.items():
                moved[key] += value
        return moved
    query = (
        select(SurveySession)
        .options(selectinload(SurveySession.instruments))
        .where(SurveySession.kind == SessionKind.ANONYMOUS.value, SurveySession.state.in_(_JUDGED))
    )
    if campaign_id is not None:
        query = query.where(SurveySession.campaign_id == campaign_id)
    if session_ids is not None:
        if not session_ids:
            return moved
        query = query.where(SurveySession.id.in_(session_ids))
    campaigns: dict[int, Campaign | None] = {}
    for row in session.scalars(query).all():
        if row.campaign_id not in campaigns:
            campaigns[row.campaign_id] = session.get(Campaign, row.campaign_id)
        packed = row.packed_answers or session_document(session, row.id)
        share = share_of(row, packed, library, campaigns[row.campaign_id])
        wanted = (
            SessionState.FINISHED.value
            if counts(share, min_pct)
            else SessionState.INSUFFICIENT.value
        )
        if wanted == row.state:
            continue
        row.state = wanted
        if wanted == SessionState.INSUFFICIENT.value:
            row.vector = None  # the analysis cache holds respondents only
            if row.campaign_id is not None:
                changed(session, row.campaign_id)
        else:
            seal(session, row, packed, library)
        moved[wanted] += 1
    session.flush()
    return moved


def insufficient_count(
    session: Session, campaign_id: int, departments: set[int] | frozenset[int] | None = None
) -> int:
    """Finished with too few answers, in the campaign (or only these departments)."""
    query = (
        select(func.count())
        .select_from(SurveySession)
        .where(
            SurveySession.campaign_id == campaign_id,
            SurveySession.kind == SessionKind.ANONYMOUS.value,
            SurveySession.state == SessionState.INSUFFICIENT.value,
        )
    )
    if departments is not None:
        query = query.where(SurveySession.department_id.in_(list(departments)))
    return int(session.scalar(query) or 0)


def judge_new_rows(
    session: Session,
    campaign_id: int,
    rows: list[dict],
    links: list[dict],
    vectors: list[dict],
    library: Mapping[str, Instrument] | None = None,
    min_pct: float | None = None,
) -> list[dict]:
    """Before an import writes its plain rows (bundles, paper files): each anonymous session's
    state by the same rule as a kiosk session; returns the vectors to keep (respondents only).
    In memory, so the import's one short write transaction stays short."""
    library = _library(library)
    min_pct = office.current(office.MIN_ANSWERED_PCT) if min_pct is None else min_pct
    excluded = _excluded(session.get(Campaign, campaign_id))
    given: dict = {}
    for link in links:
        given.setdefault(link["session_id"], []).append(link["instrument_id"])
    dropped = set()
    for row in rows:
        if row.get("kind") != SessionKind.ANONYMOUS.value:
            continue
        instruments = [library[i] for i in given.get(row["id"], ()) if i in library]
        share = answered_share(
            instruments,
            (row.get("packed_answers") or {}).get("a") or {},
            row.get("is_manager"),
            excluded,
        )
        if not counts(share, min_pct):
            row["state"] = SessionState.INSUFFICIENT.value
            dropped.add(row["id"])
    return [v for v in vectors if v["session_id"] not in dropped]

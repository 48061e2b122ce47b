"""Answer-quality flags of finished sessions (app/scoring/quality.py, docs/answer_quality.md).

`straight_lining` is judged from a session's answers wherever they come from (kiosk, paper
import, bundle); `too_fast` only by the kiosk, which keeps its seconds per screen in memory
and passes the flag to `sessions.finish_session`. When the office changes the minimum number of
items, or a database is upgraded to schema 0007, `reflag_sessions` judges every finished
session again and raises the campaigns' vector revision, so no cached analysis keeps the old
flags.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models.base import SessionState
from app.models.campaign import AnswerVector, Campaign, SurveySession
from app.scoring import office
from app.scoring.definitions import Instrument
from app.scoring.quality import straight_lined


def min_items() -> int:
    return int(office.current(office.STRAIGHT_LINING_MIN_ITEMS))


def _library(library: Mapping[str, Instrument] | None) -> Mapping[str, Instrument]:
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    return library


def judge(
    packed: Mapping | None,
    library: Mapping[str, Instrument] | None = None,
    items: int | None = None,
) -> bool:
    """Straight-lining of one session's packed answers ({"a": {instrument: {item: value}}})."""
    answers = (packed or {}).get("a") or {}
    return straight_lined(answers, _library(library), min_items() if items is None else items)


def reflag_sessions(
    session: Session, library: Mapping[str, Instrument] | None = None, items: int | None = None
) -> int:
    """Judge straight-lining of every finished session again; returns how many changed.
    The caller commits."""
    from app.data.answer_store import changed as changed_answers
    from app.data.answer_store import session_document

    library = _library(library)
    items = min_items() if items is None else items
    changed, campaigns = 0, set()
    rows = session.execute(
        select(
            SurveySession.id,
            SurveySession.campaign_id,
            SurveySession.straight_lining,
            SurveySession.packed_answers,
        ).where(SurveySession.state == SessionState.FINISHED.value)
    ).all()
    for sid, campaign_id, old, packed in rows:
        flag = judge(packed or session_document(session, sid), library, items)
        if flag == old:
            continue
        session.execute(
            update(SurveySession).where(SurveySession.id == sid).values(straight_lining=flag)
        )
        session.execute(
            update(AnswerVector).where(AnswerVector.session_id == sid).values(straight_lining=flag)
        )
        changed += 1
        # unknown counts as not flagged in an analysis: only a flag that changes what an
        # analysis reads makes the cached ones stale
        if campaign_id is not None and bool(old) != flag:
            campaigns.add(campaign_id)
    for campaign_id in campaigns:  # snapshots and cached analyses hold the old flags
        session.execute(
            update(Campaign)
            .where(Campaign.id == campaign_id)
            .values(vector_revision=Campaign.vector_revision + 1)
        )
        changed_answers(session, campaign_id)
    session.flush()
    return changed

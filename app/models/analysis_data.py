"""Load a campaign's answers into the canonical answer tables (one per instrument).

Only finished sessions count by default (abandoned and unfinished answers are kept in the
database but excluded from analysis, PRODUCT.md §4). Rows are ordered by the sessions' random
ids, so nothing in the result reveals who answered when.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.models.base import SessionKind, SessionState
from app.models.campaign import Answer, Campaign, SurveySession
from app.scoring.frame_fast import dicts_to_frame, long_to_frame
from app.scoring.model import Instrument

META_COLUMNS = ("department_id", "tenure_band", "gender", "is_manager")


@dataclass(frozen=True)
class CampaignData:
    campaign_id: int
    threshold: int
    meta: pd.DataFrame  # index: session id (str); columns META_COLUMNS
    frames: dict[str, pd.DataFrame]  # instrument id -> answer table, index = session id
    own_texts: list[tuple[str, str, str]] = field(default_factory=list)  # instrument, item, text

    def respondents(self, instrument_id: str) -> pd.Index:
        """Sessions that answered at least one item of the instrument."""
        frame = self.frames.get(instrument_id)
        if frame is None:
            return pd.Index([])
        return frame.index[frame.notna().any(axis=1)]


def load_campaign_data(session: Session, campaign_id: int, library: dict[str, Instrument],
                       kinds: tuple[str, ...] = (SessionKind.ANONYMOUS.value,),
                       states: tuple[str, ...] = (SessionState.FINISHED.value,)) -> CampaignData:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise KeyError(campaign_id)
    rows = session.execute(
        select(SurveySession.id, SurveySession.department_id, SurveySession.tenure_band,
               SurveySession.gender, SurveySession.is_manager)
        .where(SurveySession.campaign_id == campaign_id, SurveySession.kind.in_(kinds),
               SurveySession.state.in_(states))
    ).all()
    rows.sort(key=lambda r: r[0].hex)
    ids = [r[0].hex for r in rows]
    meta = pd.DataFrame([r[1:] for r in rows], columns=list(META_COLUMNS), index=pd.Index(ids),
                        dtype=object)
    # Finished sessions carry their answers packed in one row; the rest (older or unfinished
    # sessions) are read answer by answer. Raw columns (type_coerce to String) skip the ORM's
    # per-row UUID and JSON conversions; values are parsed column-wise in long_to_frame.
    where = (SurveySession.campaign_id == campaign_id, SurveySession.kind.in_(kinds),
             SurveySession.state.in_(states))
    conn = session.connection()  # Core, not ORM: no per-row entity loading
    records = []
    packed_by_instrument: dict[str, dict[str, dict]] = {}
    for sid, packed in conn.execute(
            select(type_coerce(SurveySession.id, String),
                   type_coerce(SurveySession.packed_answers, String))
            .where(*where, SurveySession.packed_answers.is_not(None))):
        doc = json.loads(packed) if isinstance(packed, str) else packed
        if not isinstance(doc, dict):
            continue
        sid = _hex_id(sid)
        for inst_id, items in doc.get("a", {}).items():
            packed_by_instrument.setdefault(inst_id, {})[sid] = items
        records.extend((sid, i, q, None, t) for i, q, t in doc.get("t", []))
    records += [(_hex_id(sid), *rest) for sid, *rest in conn.execute(
        select(type_coerce(Answer.session_id, String), Answer.instrument_id, Answer.item_id,
               type_coerce(Answer.value, String), Answer.own_text)
        .join(SurveySession, SurveySession.id == Answer.session_id)
        .where(*where, SurveySession.packed_answers.is_(None)))]
    long = pd.DataFrame(records, columns=["respondent", "instrument", "item", "value",
                                          "own_text"])
    own_texts = [(i, q, t) for i, q, t in long.loc[long["own_text"].fillna("") != "",
                                                   ["instrument", "item", "own_text"]]
                 .itertuples(index=False)] if not long.empty else []
    frames = {}
    for ci in campaign.instruments:
        inst = library.get(ci.instrument_id)
        if inst is None:
            continue
        part = long[(long["instrument"] == inst.id) & long["value"].notna()] \
            if not long.empty else long
        frame = long_to_frame(inst, part, ids)
        packed_answers = packed_by_instrument.get(inst.id)
        if packed_answers:  # packed sessions fill their own rows (disjoint from `part`)
            packed_frame = dicts_to_frame(inst, packed_answers, ids)
            frame = frame.where(frame.notna(), packed_frame)
        frames[inst.id] = frame
    own_texts.sort()  # alphabetical: no order of entry survives
    return CampaignData(campaign_id, campaign.anonymity_threshold, meta, frames, own_texts)


def _hex_id(value) -> str:
    """A session id as 32 hex digits, whether the driver gives a UUID or text."""
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "").lower()


def session_uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)

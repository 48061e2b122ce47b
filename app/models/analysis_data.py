"""Load a campaign's answers into the canonical answer tables (one per instrument).

Only finished sessions count by default (abandoned and unfinished answers are kept in the
database but excluded from analysis, PRODUCT.md §4). Rows are ordered by the sessions' random
ids, so nothing in the result reveals who answered when.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import String, func, select, true, type_coerce
from sqlalchemy.orm import Session

from app.models import snapshots
from app.models.base import SessionKind, SessionState
from app.models.campaign import Answer, AnswerVector, Campaign, SurveySession
from app.scoring.definitions import Instrument
from app.scoring.frame import frame_columns
from app.scoring.frame_fast import dicts_to_frame, long_to_frame
from app.scoring.matrix import decode, decode_bytes

META_COLUMNS = ("department_id", "tenure_band", "gender", "is_manager", "flagged")
# "flagged": the session's answer-quality flags (straight-lining or too fast, app/models/
# quality.py) as one boolean, never None: the "exclude flagged" view condition
_BOOLEAN = {None: None, 0: False, 1: True}  # True == 1 and False == 0 as keys too


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


def load_campaign_data(
    session: Session,
    campaign_id: int,
    library: dict[str, Instrument],
    kinds: tuple[str, ...] = (SessionKind.ANONYMOUS.value,),
    states: tuple[str, ...] = (SessionState.FINISHED.value,),
) -> CampaignData:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise KeyError(campaign_id)
    where = (
        SurveySession.campaign_id == campaign_id,
        SurveySession.kind.in_(kinds),
        SurveySession.state.in_(states),
    )
    conn = session.connection()  # Core, not ORM: no per-row entity loading
    instruments = [
        library[ci.instrument_id] for ci in campaign.instruments if ci.instrument_id in library
    ]
    default = (tuple(kinds), tuple(states)) == (
        (SessionKind.ANONYMOUS.value,),
        (SessionState.FINISHED.value,),
    )
    # The revision is read before anything else: a snapshot built from what follows is
    # labelled no newer than what it holds (app/models/snapshots.py).
    at_revision = snapshots.revision(conn, campaign_id) if default else None
    matching = conn.execute(select(func.count()).select_from(SurveySession).where(*where)).scalar()
    if default:
        snap = snapshots.read(conn, campaign_id, at_revision)
        if (
            snap is not None
            and len(snap["ids"]) == matching
            and set(META_COLUMNS) <= set(snap["meta"])
        ):
            tables = decode_bytes(snap["layout"], snap["data"], matching, library)
            if tables is not None:
                return _assemble(
                    campaign, instruments, snap["ids"], snap["meta"], tables, snap["texts"]
                )
    # One row per session, in id order (random UUIDs: nothing reveals who answered when).
    # Finished sessions with an answer vector are one range of answer_vectors, demographics
    # included; the count (from ix_sessions_analysis alone) tells whether any other session
    # matches, and only then are sessions read from their own table.
    rows = (
        _raw_rows(
            conn,
            select(
                AnswerVector.session_id,
                AnswerVector.department_id,
                AnswerVector.tenure_band,
                AnswerVector.gender,
                AnswerVector.is_manager,
                AnswerVector.straight_lining,
                AnswerVector.too_fast,
                AnswerVector.layout,
                AnswerVector.data,
                AnswerVector.texts,
            )
            .where(AnswerVector.campaign_id == campaign_id, AnswerVector.kind.in_(kinds))
            .order_by(AnswerVector.session_id),
        )
        if SessionState.FINISHED.value in states
        else []
    )
    if matching != len(rows):
        rows += [
            (*r, None, None, None)
            for r in _raw_rows(
                conn,
                select(
                    SurveySession.id,
                    SurveySession.department_id,
                    SurveySession.tenure_band,
                    SurveySession.gender,
                    SurveySession.is_manager,
                    SurveySession.straight_lining,
                    SurveySession.too_fast,
                )
                .where(
                    *where,
                    SurveySession.id.not_in(
                        select(AnswerVector.session_id).where(
                            AnswerVector.campaign_id == campaign_id, AnswerVector.kind.in_(kinds)
                        )
                    ),
                )
                .order_by(SurveySession.id),
            )
        ]
        rows.sort(key=lambda r: _hex_id(r[0]))  # two parts, each in id order
    # Column-wise from here: a Python step per respondent costs ~10 ms per 100 000.
    columns = list(zip(*rows, strict=True)) if rows else [()] * 10
    # SQLite gives the ids as 32 hex digits already, PostgreSQL as UUIDs (same order)
    ids = [v if isinstance(v, str) and len(v) == 32 else _hex_id(v) for v in columns[0]]
    columns[4] = tuple(map(_BOOLEAN.get, columns[4]))  # SQLite: 0/1
    # flagged: straight-lining or too fast; an unknown flag (None) is not a flag
    flagged = tuple(bool(a) or bool(b) for a, b in zip(columns[5], columns[6], strict=True))
    layouts, blobs, texts_column = columns[7], columns[8], columns[9]
    frames: dict[str, np.ndarray] = {}

    def table(inst_id: str) -> np.ndarray:  # allocated only when sessions come in parts
        if inst_id not in frames:
            frames[inst_id] = np.full((len(ids), len(frame_columns(library[inst_id]))), np.nan)
        return frames[inst_id]

    # Sessions with an answer vector whose layout matches the library are read from it, all
    # of one layout at once; every other session (older, or an instrument changed since) from
    # its packed JSON or its answer rows.
    distinct = set(layouts)
    if len(distinct) == 1 and None not in distinct:  # the usual case: one layout for all
        by_layout = {layouts[0]: None}
    else:
        by_layout = {}
        for k, layout in enumerate(layouts):
            by_layout.setdefault(layout or "", []).append(k)
    slow: list[int] = by_layout.pop("", [])
    decoded_layouts: set[str] = set()
    wanted = {inst.id for inst in instruments}
    for layout, positions in by_layout.items():
        tables = decode(
            layout, list(blobs) if positions is None else [blobs[k] for k in positions], library
        )
        if tables is None:
            slow += range(len(ids)) if positions is None else positions
            continue
        decoded_layouts.add(layout)
        for inst_id, values in tables.items():
            if inst_id in wanted:
                if positions is None:
                    frames[inst_id] = values
                else:
                    table(inst_id)[positions] = values
    own_texts: list[tuple[str, str, str]] = []
    for k, texts in enumerate(texts_column):
        if texts and (layouts[k] in decoded_layouts):  # JSON text, or a list (driver)
            own_texts += [
                tuple(t) for t in (json.loads(texts) if isinstance(texts, str) else texts)
            ]
    if slow:
        _load_slowly(conn, where, sorted(slow), ids, instruments, table, own_texts, decoded_layouts)
    meta = {name: columns[k + 1] for k, name in enumerate(META_COLUMNS[:4])}
    meta["flagged"] = flagged
    if (
        default
        and not slow
        and len(decoded_layouts) == 1
        and len(by_layout) == 1
        and len(ids) >= snapshots.MIN_RESPONDENTS
    ):
        snapshots.write(
            conn.engine,
            campaign_id,
            at_revision,
            ids,
            {k: list(v) for k, v in meta.items()},
            next(iter(decoded_layouts)),
            blobs,
            sorted(own_texts),
        )
    return _assemble(
        campaign, instruments, ids, meta, {i.id: table(i.id) for i in instruments}, own_texts
    )


def _assemble(
    campaign: Campaign,
    instruments: list[Instrument],
    ids: list[str],
    meta: dict,
    tables: dict[str, np.ndarray],
    own_texts: list,
) -> CampaignData:
    index = pd.Index(ids)
    # object arrays made by numpy: pandas converting the lists itself takes twice as long
    frame_meta = pd.DataFrame({name: _objects(meta[name]) for name in META_COLUMNS}, index=index)
    empty = len(ids)
    frames = {
        inst.id: pd.DataFrame(
            tables[inst.id]
            if inst.id in tables
            else np.full((empty, len(frame_columns(inst))), np.nan),
            index=index,
            columns=frame_columns(inst),
        )
        for inst in instruments
    }
    return CampaignData(
        campaign.id, campaign.anonymity_threshold, frame_meta, frames, sorted(own_texts)
    )  # alphabetical: no order of entry survives


def _load_slowly(
    conn,
    where,
    positions: list[int],
    ids: list[str],
    instruments: list[Instrument],
    table,
    own_texts: list,
    decoded_layouts: set[str],
) -> None:
    """The sessions at `positions` (in id order): those without a usable answer vector, read
    from their packed JSON, else answer by answer. The queries select exactly these sessions:
    every matching one whose vector was not read (none, or a layout that did not decode)."""
    vector_ok = (
        SurveySession.id.not_in(
            select(AnswerVector.session_id).where(AnswerVector.layout.in_(decoded_layouts))
        )
        if decoded_layouts
        else true()
    )
    records = []
    packed_by_instrument: dict[str, dict[str, dict]] = {}
    for sid, packed in conn.execute(
        select(
            type_coerce(SurveySession.id, String), type_coerce(SurveySession.packed_answers, String)
        ).where(*where, vector_ok, SurveySession.packed_answers.is_not(None))
    ):
        sid = _hex_id(sid)
        doc = json.loads(packed) if isinstance(packed, str) else packed
        if not isinstance(doc, dict):
            continue
        for inst_id, items in doc.get("a", {}).items():
            packed_by_instrument.setdefault(inst_id, {})[sid] = items
        records.extend((sid, i, q, None, t) for i, q, t in doc.get("t", []))
    records += [
        (_hex_id(sid), *rest)
        for sid, *rest in conn.execute(
            select(
                type_coerce(Answer.session_id, String),
                Answer.instrument_id,
                Answer.item_id,
                type_coerce(Answer.value, String),
                Answer.own_text,
            )
            .join(SurveySession, SurveySession.id == Answer.session_id)
            .where(*where, vector_ok, SurveySession.packed_answers.is_(None))
        )
    ]
    long = pd.DataFrame(records, columns=["respondent", "instrument", "item", "value", "own_text"])
    if not long.empty:
        own_texts += [
            (i, q, t)
            for i, q, t in long.loc[
                long["own_text"].fillna("") != "", ["instrument", "item", "own_text"]
            ].itertuples(index=False)
        ]
    slow_ids = [ids[k] for k in positions]
    for inst in instruments:
        part = (
            long[(long["instrument"] == inst.id) & long["value"].notna()]
            if not long.empty
            else long
        )
        frame = long_to_frame(inst, part, slow_ids)
        packed_answers = packed_by_instrument.get(inst.id)
        if packed_answers:  # packed sessions fill their own rows (disjoint from `part`)
            packed_frame = dicts_to_frame(inst, packed_answers, slow_ids)
            frame = frame.where(frame.notna(), packed_frame)
        table(inst.id)[positions] = frame.to_numpy(dtype=float)


def _objects(values) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values  # never a 2-D array, whatever the values are
    return array


def _raw_rows(conn, statement) -> list[tuple]:
    """Rows straight from the driver's cursor, for the queries that return a row per
    respondent: SQLAlchemy's row objects and type conversions cost more than SQLite's reading
    (ids come as text or UUID, booleans as 0/1 on SQLite; the callers handle both)."""
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _hex_id(value) -> str:
    """A session id as 32 hex digits, whether the driver gives a UUID or text."""
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "").lower()

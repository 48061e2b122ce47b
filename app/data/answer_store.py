"""The answer store: where an answer lives, from the kiosk click to the analysis.

One record. While a session is in progress, each answer is one row of `answers`, committed
the moment it is given (a power cut loses at most the answer being typed). When the session
ends (finished, or too few answers to count), its answers become one document on the session
row (`sessions.packed_answers`: {"a": {instrument: {item: value}}, "t": [[instrument, item,
own text], ...]}) and the rows are deleted in the same transaction (`seal`). An import (paper
file, bundle) writes the document directly. So each answer is recorded exactly once:
`session_document` reads it wherever it is.

One cache. A finished session also gets its answers as one int16 vector in the canonical
table layout (`answer_vectors`, app/scoring/matrix.py), written with the document; a campaign
of `snapshots.MIN_RESPONDENTS` or more is also kept as one block of all its vectors
(app/data/snapshots.py): the same cache, compacted. Both are written by writes only: the
vector when a session is sealed or imported, the block after a commit that changed a closed
campaign's answers (`changed`, `refresh_snapshot`). A read never writes (a department head
looking at figures takes no write lock from a kiosk); what the cache cannot give exactly (an
instrument file changed since, an old session) is read from the record.

`load_campaign_data` is the one reader of a campaign's answers: the canonical answer tables
(app/scoring/frame.py), one per instrument. Only finished sessions count by default (abandoned
and unfinished answers are kept but excluded from analysis, PRODUCT.md §4). Rows are ordered
by the sessions' random ids, so nothing in the result reveals who answered when.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Engine,
    String,
    bindparam,
    delete,
    event,
    exists,
    func,
    select,
    text,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.data import snapshots
from app.models.base import CampaignStatus, SessionKind, SessionState
from app.models.campaign import Answer, AnswerVector, Campaign, SurveySession

if TYPE_CHECKING:  # numpy and pandas are imported when a campaign is read: not on the way
    from collections.abc import Mapping  # to the kiosk, which only records and seals

    import numpy as np
    import pandas as pd

    from app.scoring.definitions import Instrument

# The default analysis (finished anonymous sessions): the only one the snapshot covers.
_DEFAULT = ((SessionKind.ANONYMOUS.value,), (SessionState.FINISHED.value,))
META_COLUMNS = ("department_id", "tenure_band", "gender", "is_manager", "flagged")
# "flagged": the session's answer-quality flags (straight-lining or too fast, app/data/
# quality.py) as one boolean, never None: the "exclude flagged" view condition
log = logging.getLogger(__name__)
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
    import numpy as np

    from app.scoring.frame import frame_columns
    from app.scoring.matrix import decode, decode_bytes

    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise KeyError(campaign_id)
    where = _matching(campaign_id, kinds, states)
    conn = session.connection()  # Core, not ORM: no per-row entity loading
    instruments = [
        library[ci.instrument_id] for ci in campaign.instruments if ci.instrument_id in library
    ]
    default = (tuple(kinds), tuple(states)) == _DEFAULT
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
        _raw_rows(conn, _vector_query(campaign_id, kinds))
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
    ids, meta, layouts, blobs, texts_column = _vector_columns(rows)
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
        if texts and (layouts[k] in decoded_layouts):
            own_texts += _texts(texts)
    if slow:
        _load_slowly(conn, where, sorted(slow), ids, instruments, table, own_texts, decoded_layouts)
    return _assemble(
        campaign, instruments, ids, meta, {i.id: table(i.id) for i in instruments}, own_texts
    )


def _matching(campaign_id: int, kinds: tuple[str, ...], states: tuple[str, ...]) -> tuple:
    """The sessions an analysis reads: of the campaign, of these kinds and states."""
    return (
        SurveySession.campaign_id == campaign_id,
        SurveySession.kind.in_(kinds),
        SurveySession.state.in_(states),
    )


def _vector_columns(rows: list[tuple]) -> tuple[list[str], dict[str, tuple], tuple, tuple, tuple]:
    """Rows of `_vector_query` column by column (a Python step per respondent costs ~10 ms
    per 100 000): the ids as 32 hex digits, the META_COLUMNS, the layouts, the vectors and
    the own-variant texts."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * 10
    meta = {name: columns[k + 1] for k, name in enumerate(META_COLUMNS[:4])}
    meta["is_manager"] = tuple(map(_BOOLEAN.get, meta["is_manager"]))  # SQLite: 0/1
    # flagged: straight-lining or too fast; an unknown flag (None) is not a flag
    meta["flagged"] = tuple(bool(a) or bool(b) for a, b in zip(columns[5], columns[6], strict=True))
    # SQLite gives the ids as 32 hex digits already, PostgreSQL as UUIDs (same order)
    ids = [v if isinstance(v, str) and len(v) == 32 else _hex_id(v) for v in columns[0]]
    return ids, meta, columns[7], columns[8], columns[9]


def _texts(value: Any) -> list[tuple]:
    """A vector's own-variant texts: JSON text (SQLite) or a list (PostgreSQL's driver)."""
    return [tuple(t) for t in (json.loads(value) if isinstance(value, str) else value)]


def _vector_query(campaign_id: int, kinds: tuple[str, ...]):
    """The campaign's cached vectors with the demographics copied beside them, in id order."""
    return (
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
        .order_by(AnswerVector.session_id)
    )


def _assemble(
    campaign: Campaign,
    instruments: list[Instrument],
    ids: list[str],
    meta: dict,
    tables: dict[str, np.ndarray],
    own_texts: list,
) -> CampaignData:
    import numpy as np
    import pandas as pd

    from app.scoring.frame import frame_columns

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
    """The sessions at `positions` (in id order), read from their record: every matching
    session whose vector was not read (none, or a layout that no longer decodes)."""
    from app.scoring.frame import answers_to_frame

    vector_ok = (
        SurveySession.id.not_in(
            select(AnswerVector.session_id).where(AnswerVector.layout.in_(decoded_layouts))
        )
        if decoded_layouts
        else true()
    )
    documents = _documents(conn, where, vector_ok)
    slow_ids = [ids[k] for k in positions]
    for sid in slow_ids:
        own_texts += [tuple(t) for t in documents.get(sid, {}).get("t", [])]
    for inst in instruments:
        answers = [documents.get(sid, {}).get("a", {}).get(inst.id) or {} for sid in slow_ids]
        table(inst.id)[positions] = answers_to_frame(inst, answers).to_numpy(dtype=float)


def _documents(conn, where, extra) -> dict[str, dict]:
    """The record of the sessions matching `where`: {session id: document}, each ended
    session's document as stored, each other's put together from its answer rows."""
    documents: dict[str, dict] = {}
    for sid, packed in conn.execute(
        select(
            type_coerce(SurveySession.id, String), type_coerce(SurveySession.packed_answers, String)
        ).where(*where, extra, SurveySession.packed_answers.is_not(None))
    ):
        doc = json.loads(packed) if isinstance(packed, str) else packed
        if isinstance(doc, dict):  # a damaged document is left out, not guessed at
            documents[_hex_id(sid)] = doc
    for sid, inst_id, item_id, value, own_text in conn.execute(
        select(
            type_coerce(Answer.session_id, String),
            Answer.instrument_id,
            Answer.item_id,
            type_coerce(Answer.value, String),
            Answer.own_text,
        )
        .join(SurveySession, SurveySession.id == Answer.session_id)
        .where(*where, extra, SurveySession.packed_answers.is_(None))
    ):
        doc = documents.setdefault(_hex_id(sid), {"a": {}, "t": []})
        doc["a"].setdefault(inst_id, {})[item_id] = _json(value)
        if own_text:
            doc["t"].append([inst_id, item_id, own_text])
    return documents


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _objects(values) -> np.ndarray:
    import numpy as np

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


# What an answer vector copies from its session (fixed once it finished): the analysis query
# reads the vectors' table alone. Every writer of vectors (seal, the imports) copies these.
VECTOR_COPIES = (
    "campaign_id",
    "kind",
    "department_id",
    "tenure_band",
    "gender",
    "is_manager",
    "straight_lining",
    "too_fast",
)


# ---- the record ----------------------------------------------------------------------------


_answers, _sessions = Answer.__table__, SurveySession.__table__
# The kiosk writes one answer per click, so writing it is one statement that also checks the
# session: the answer goes in only while its session is in progress, replacing an earlier
# answer to the same item (no SELECT, no ORM object, no separate state query). Written as
# text because SQLAlchemy does not cache the compiled form of an ON CONFLICT insert, and
# compiling it took longer than running it; SQLite (3.24+) and PostgreSQL share the syntax.
# The WHERE also settles SQLite's INSERT ... SELECT ... ON CONFLICT parsing ambiguity.
_UPSERT_ANSWER = text(
    f"INSERT INTO {_answers.name} (id, session_id, instrument_id, item_id, value, own_text) "
    "SELECT :id, :sid, :instrument_id, :item_id, :value, :own_text "
    f"WHERE EXISTS (SELECT 1 FROM {_sessions.name} WHERE id = :sid AND state = :in_progress) "
    "ON CONFLICT (session_id, instrument_id, item_id) "
    "DO UPDATE SET value = excluded.value, own_text = excluded.own_text"
).bindparams(
    bindparam("id", type_=_answers.c.id.type),
    bindparam("sid", type_=_answers.c.session_id.type),
    bindparam("value", type_=_answers.c.value.type),
)
# On the tables, not the ORM classes: an ORM delete would first look for the rows among the
# Session's loaded objects.
_DELETE_ANSWER = delete(_answers).where(
    _answers.c.session_id == bindparam("sid"),
    _answers.c.instrument_id == bindparam("instrument_id"),
    _answers.c.item_id == bindparam("item_id"),
    exists().where(
        _sessions.c.id == bindparam("sid"), _sessions.c.state == SessionState.IN_PROGRESS.value
    ),
)


def write_answer(
    session: Session, sid: uuid.UUID, instrument_id: str, item_id: str, value: Any, own_text: str
) -> bool:
    """Insert or replace one answer row (`value=None`: remove it) while the session is in
    progress; False when it is not. The caller checked the answer and commits."""
    if value is None:  # nothing removed is fine: the item had no answer
        session.execute(
            _DELETE_ANSWER, {"sid": sid, "instrument_id": instrument_id, "item_id": item_id}
        )
        return True
    return (
        session.execute(
            _UPSERT_ANSWER,
            {
                "id": uuid.uuid4(),
                "sid": sid,
                "instrument_id": instrument_id,
                "item_id": item_id,
                "value": value,
                "own_text": own_text,
                "in_progress": SessionState.IN_PROGRESS.value,
            },
        ).rowcount
        == 1
    )


def session_document(session: Session, sid: uuid.UUID) -> dict:
    """A session's answers as one document ({"a": {instrument: {item: value}}, "t": [...]}),
    wherever the record holds them: on the ended session's row, else its answer rows."""
    documents = _documents(session.connection(), (SurveySession.id == sid,), true())
    return documents.get(sid.hex, {"a": {}, "t": []})


def recorded_answers(session: Session, *where) -> list[tuple[str, str, str, Any, str]]:
    """Every answer the record holds for the sessions matching `where` (all sessions when
    none), wherever it is (row or document): (session id as 32 hex digits, instrument, item,
    value, own text), in session id order. What an audit or a fault test checks."""
    documents = _documents(session.connection(), where or (true(),), true())
    out = []
    for sid in sorted(documents):
        doc = documents[sid]
        texts = {(i, q): t for i, q, t in doc.get("t", [])}
        out += [
            (sid, inst_id, item_id, value, texts.get((inst_id, item_id), ""))
            for inst_id, items in doc.get("a", {}).items()
            for item_id, value in items.items()
        ]
    return out


def answers_of(session: Session, sid: uuid.UUID, instrument_id: str) -> dict[str, Any]:
    """One instrument's answers of a session: {item: value}."""
    return dict(session_document(session, sid)["a"].get(instrument_id) or {})


def seal(
    session: Session,
    row: SurveySession,
    document: dict,
    library: Mapping[str, Instrument] | None = None,
) -> None:
    """An ending session's answers become its one document: put on its row with the
    answer-quality flag and the cached vector, and its answer rows deleted, in the caller's
    transaction (a power cut before the commit leaves the rows, after it the document)."""
    from app.data.quality import judge

    row.packed_answers = document
    row.straight_lining = judge(document, library)
    vector = _encode_session(row, document, library)
    row.vector = (
        AnswerVector(
            **{column: getattr(row, column) for column in VECTOR_COPIES},
            layout=vector[0],
            data=vector[1],
            texts=document.get("t") or None,
        )
        if vector and row.campaign_id is not None
        else None
    )  # analysis reads campaigns only
    session.flush()
    session.execute(delete(Answer.__table__).where(Answer.__table__.c.session_id == row.id))
    if row.campaign_id is not None:
        changed(session, row.campaign_id)


def _encode_session(
    row: SurveySession, document: dict, library: Mapping[str, Instrument] | None = None
) -> tuple[str, bytes] | None:
    """The session's answer vector (app/scoring/matrix.py), over the instruments it was given."""
    from app.scoring.matrix import encode  # numpy and pandas: not on the way to the kiosk

    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    ids = {si.instrument_id for si in row.instruments} | set(document["a"])
    if not ids or not ids <= set(library):
        return None
    return encode([library[i] for i in ids], document["a"])


# ---- the cache's compacted form ------------------------------------------------------------

_CHANGED = "motivdesk.answers_changed"


def changed(session: Session, campaign_id: int) -> None:
    """The campaign's answers change in this transaction: once it commits, its snapshot is
    brought up to date (if the campaign is closed and large enough to have one)."""
    session.info.setdefault(_CHANGED, set()).add(campaign_id)


@event.listens_for(Session, "after_commit")
def _refresh_after_commit(session: Session) -> None:
    campaigns = session.info.pop(_CHANGED, None)
    if not campaigns:
        return
    engine = session.get_bind()
    for campaign_id in sorted(campaigns):
        try:
            refresh_snapshot(engine, campaign_id)
        except Exception as exc:  # the commit stands: a cache that is not rebuilt costs speed
            log.warning("campaign %s: answer cache not compacted (%s)", campaign_id, exc)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_CHANGED, None)


def refresh_snapshot(engine: Engine, campaign_id: int, force: bool = False) -> bool:
    """Rebuild a closed campaign's snapshot from its vectors when it is missing or old
    (`force`: whatever the campaign's status). A write, in its own transaction; best effort (a
    busy or read-only database leaves the vectors to be read). Returns whether one was
    written."""
    with engine.connect() as conn:
        status = conn.execute(select(Campaign.status).where(Campaign.id == campaign_id)).scalar()
        if status is None or (status != CampaignStatus.CLOSED.value and not force):
            return False
        at_revision = snapshots.revision(conn, campaign_id)
        if snapshots.current(conn, campaign_id, at_revision):
            return False
        where = _matching(campaign_id, *_DEFAULT)
        matching = conn.execute(
            select(func.count()).select_from(SurveySession).where(*where)
        ).scalar()
        if matching < snapshots.MIN_RESPONDENTS:
            return False
        rows = _raw_rows(conn, _vector_query(campaign_id, _DEFAULT[0]))
    ids, meta, layouts, blobs, texts_column = _vector_columns(rows)
    if len(rows) != matching or len(set(layouts)) != 1:
        return False  # sessions without a vector, or several layouts: read row by row
    texts = sorted(t for value in texts_column if value for t in _texts(value))
    return snapshots.write(
        engine,
        campaign_id,
        at_revision,
        ids,
        {name: list(column) for name, column in meta.items()},
        layouts[0],
        list(blobs),
        texts,
    )


def refresh_snapshots(engine: Engine) -> int:
    """Every closed campaign's snapshot brought up to date (at start-up: databases upgraded or
    written by an older version); returns how many were written."""
    with engine.connect() as conn:
        closed = (
            conn.execute(select(Campaign.id).where(Campaign.status == CampaignStatus.CLOSED.value))
            .scalars()
            .all()
        )
    return sum(refresh_snapshot(engine, campaign_id) for campaign_id in closed)

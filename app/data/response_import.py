"""Import paper questionnaires (a response file in the template's layout) into a campaign as
anonymous finished sessions (PRODUCT.md §10 `import`).

The file is validated completely first (app/scoring/responses.py names row, column and value)
and written in one short transaction of bulk inserts. Each row remembers the file's checksum
and its row number as its origin ("file:<sha>:<row>"), so importing the same file twice adds
nothing twice and `app.data.bundles.undo_import(session, campaign, "file:<sha>")` removes
exactly what the file added.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data.answer_store import VECTOR_COPIES
from app.data.bundles import bulk_insert, driver_rows
from app.models.base import SessionKind, SessionState
from app.models.campaign import AnswerVector, Campaign, SessionInstrument, SurveySession
from app.models.organisation import Department
from app.scoring.definitions import Instrument
from app.scoring.frame import frame_to_answers
from app.scoring.matrix import encode_table
from app.scoring.responses import Problem, ResponseFileError, read_responses


@dataclass(frozen=True)
class ResponseImport:
    added: int
    already_present: int
    origin: str = ""  # "file:<sha>": what app/data/bundles.undo_import takes to remove them


def import_responses(
    session: Session,
    campaign_id: int,
    instrument: Instrument,
    path: Path,
    held_on: date | None = None,
) -> ResponseImport:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ResponseFileError(
            str(path), [Problem(None, "(campaign)", str(campaign_id), "unknown_campaign")]
        )
    version = {ci.instrument_id: ci.instrument_version for ci in campaign.instruments}
    if instrument.id not in version:
        raise ResponseFileError(
            str(path), [Problem(None, "(instrument)", instrument.id, "not_in_campaign")]
        )
    responses = read_responses(instrument, Path(path))  # refuses the whole file on any problem
    departments = {}
    for dept in session.scalars(
        select(Department).where(Department.organisation_id == campaign.organisation_id)
    ):
        for key in (str(dept.id), dept.name_ru.strip().lower(), dept.name_kk.strip().lower()):
            departments[key] = dept.id
    problems = []
    meta = responses.meta
    for idx, name in meta["department"].items():
        if name is not None and str(name).strip().lower() not in departments:
            problems.append(Problem(int(idx) + 2, "department", str(name), "unknown_department"))
    if problems:
        raise ResponseFileError(str(path), problems)
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:40]
    origins = [f"file:{digest}:{idx + 2}" for idx in range(len(meta))]
    present = set(
        session.scalars(select(SurveySession.origin).where(SurveySession.origin.in_(origins)))
    )
    texts_by_row: dict = {}
    for (r, item), text in responses.own_texts.items():
        texts_by_row.setdefault(r, []).append([instrument.id, item, text])
    from app.data.quality import judge

    sessions, links, vectors = [], [], []
    all_answers = frame_to_answers(instrument, responses.answers)
    coded = encode_table(
        {instrument.id: responses.answers.to_numpy(dtype=float)}, {instrument.id: instrument}
    )
    for position, idx in enumerate(responses.answers.index):
        answers = all_answers[position]
        if origins[position] in present:
            continue
        if not answers:
            continue  # an empty line of the sheet
        texts = texts_by_row.get(idx, [])
        m = meta.loc[idx]
        dept = m["department"]
        sid = uuid.uuid4()
        sessions.append(
            {
                "id": sid,
                "campaign_id": campaign_id,
                "kind": SessionKind.ANONYMOUS.value,
                "held_on": None,
                "state": SessionState.FINISHED.value,
                "language": "ru",
                "origin": origins[position],
                "department_id": departments.get(str(dept).strip().lower())
                if dept is not None
                else None,
                "tenure_band": m["tenure_band"],
                "gender": m["gender"],
                "is_manager": m["is_manager"],
                # answer quality: straight-lining from the answers; a sheet has no speed (None)
                "straight_lining": judge(
                    {"a": {instrument.id: answers}}, {instrument.id: instrument}
                ),
                "too_fast": None,
                "packed_answers": {"a": {instrument.id: answers}, "t": texts},
            }
        )
        if coded:
            vectors.append(
                {
                    **{k: sessions[-1][k] for k in VECTOR_COPIES},
                    "session_id": sid,
                    "layout": coded[0],
                    "data": coded[1][position],
                    "texts": texts or None,
                }
            )
        links.append(
            {
                "session_id": sid,
                "instrument_id": instrument.id,
                "instrument_version": version[instrument.id],
                "finished": True,
            }
        )
    # A file is imported in one transaction, so its sessions need no row per answer (those
    # make a kiosk lose nothing when the power goes mid-session): the packed answers are
    # their record, as for every finished session. Core bulk inserts (executemany) in the
    # caller's transaction; 400 000 answer rows made a 10 000-row file take 12 s.
    # who counts as a respondent: the kiosk's rule (app/data/respondents.py)
    from app.data.respondents import judge_new_rows

    vectors = judge_new_rows(session, campaign_id, sessions, links, vectors)
    tables = [
        (SurveySession.__table__, sessions),
        (SessionInstrument.__table__, links),
        (AnswerVector.__table__, vectors),
    ]
    dialect = session.get_bind().dialect  # encoded before the first insert takes the lock
    ready = [driver_rows(dialect, table, rows) for table, rows in tables]
    for (table, rows), encoded in zip(tables, ready, strict=True):
        bulk_insert(session, table, rows, encoded)
    if sessions:
        from app.data.answer_store import changed

        changed(session, campaign_id)
    return ResponseImport(len(sessions), len(present), f"file:{digest}")

"""Answer vectors (schema 0003, app/scoring/matrix.py): a campaign read from the vectors is the
campaign read from the answers, figure for figure; anything a vector cannot say exactly is read
the slow way."""

from __future__ import annotations

import dataclasses
import shutil
from contextlib import contextmanager

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import delete, func, select

from app.data.answer_store import load_campaign_data
from app.data.sessions import (
    finish_session,
    pack_finished_sessions,
    record_answer,
    start_session,
)
from app.data.store import open_database
from app.models import Campaign
from app.models.campaign import AnswerVector, CampaignInstrument, SurveySession
from app.scoring.instruments import default_library
from app.scoring.matrix import decode, encode, encode_table, layout_of

LIBRARY = default_library()


def _assert_same(a, b):
    assert list(a.meta.index) == list(b.meta.index)
    pd.testing.assert_frame_equal(a.meta, b.meta)
    assert a.own_texts == b.own_texts
    assert a.frames.keys() == b.frames.keys()
    for inst_id in a.frames:
        pd.testing.assert_frame_equal(a.frames[inst_id], b.frames[inst_id], check_exact=True)


def _campaign(s) -> int:
    """An open campaign with the significance questionnaire."""
    from datetime import date

    from app.models import Organisation

    org = Organisation(name_ru="О", name_kk="О")
    s.add(org)
    s.flush()
    campaign = Campaign(
        organisation_id=org.id,
        name="c",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 1, 31),
        status="open",
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id="significance", instrument_version="1.0")
    ]
    s.add(campaign)
    s.commit()
    return campaign.id


def _unvectorise(s, where=()):
    s.execute(
        delete(AnswerVector).where(
            AnswerVector.session_id.in_(select(SurveySession.id).where(*where))
        )
    )
    s.commit()


@pytest.fixture
def demo(tmp_path, demo_db_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def test_the_demo_campaigns_read_from_vectors_equal_the_json(demo):
    with demo.session() as s:
        for cid in s.scalars(select(Campaign.id)).all():
            assert s.scalar(
                select(AnswerVector.layout)
                .join(SurveySession)
                .where(SurveySession.campaign_id == cid)
                .limit(1)
            )  # the demo packs them
            fast = load_campaign_data(s, cid, LIBRARY)
            assert fast.own_texts and len(fast.meta) >= 100
            _unvectorise(s, (SurveySession.campaign_id == cid,))
            _assert_same(fast, load_campaign_data(s, cid, LIBRARY))


def test_half_vectorised_campaign_reads_the_same(demo):
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        fast = load_campaign_data(s, cid, LIBRARY)
        half = [bytes.fromhex(h) for h in list(fast.meta.index)[::2]]
        ids = s.scalars(select(SurveySession.id).where(SurveySession.campaign_id == cid)).all()
        chosen = [i for i in ids if i.bytes in set(half)]
        assert chosen
        _unvectorise(s, (SurveySession.id.in_(chosen),))
        _assert_same(fast, load_campaign_data(s, cid, LIBRARY))


def test_a_changed_instrument_is_read_from_the_answers(demo):
    # The office replaced an instrument file (new version): the stored vectors no longer match
    # it and must not be used, yet every answer is still there.
    changed = dict(LIBRARY)
    changed["significance"] = dataclasses.replace(LIBRARY["significance"], version="9.9")
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        reference = load_campaign_data(s, cid, LIBRARY)
        got = load_campaign_data(s, cid, changed)
    _assert_same(reference, got)


def test_finishing_a_session_writes_its_vector(db):
    with db.session() as s:
        campaign_id = _campaign(s)
        outside = start_session(s, None, "ru", [("significance", "1.0")])
        record_answer(s, outside, "significance", "q1", 4)
        finish_session(s, outside)
        assert s.get(SurveySession, outside).vector is None  # analysis reads campaigns only
        sid = start_session(s, campaign_id, "ru", [("significance", "1.0"), ("gerchikov", "1.0")])
        record_answer(s, sid, "significance", "q1", 4)
        record_answer(s, sid, "significance", "q3", 0)
        record_answer(s, sid, "gerchikov", "q2", 2)  # single choice
        finish_session(s, sid)
        vector = s.get(SurveySession, sid).vector
        assert vector.layout == layout_of([LIBRARY["gerchikov"], LIBRARY["significance"]])
        tables = decode(vector.layout, [vector.data], LIBRARY)
    sig = pd.DataFrame(tables["significance"], columns=None)
    assert sig.iloc[0, 0] == 4 and sig.iloc[0, 2] == 0 and np.isnan(sig.iloc[0, 1])
    assert np.nansum(tables["gerchikov"]) == 2  # q2 = option 2, nothing else answered


def test_codec_round_trip_and_refusals():
    gerchikov, herzberg = LIBRARY["gerchikov"], LIBRARY["herzberg"]
    answers = {"gerchikov": {"q2": 3, "q1": [1, 2]}, "herzberg": {"q1": [5, 0]}}
    layout, blob = encode([herzberg, gerchikov], answers)
    tables = decode(layout, [blob, blob], LIBRARY)
    assert tables["gerchikov"].shape[0] == 2 and tables["herzberg"][1, :2].tolist() == [5, 0]
    # what a vector cannot hold exactly is refused, never rounded or clipped
    assert encode([gerchikov], {"gerchikov": {"q2": 2.5}}) is None
    assert encode([gerchikov], {"gerchikov": {"q1": [99]}}) is None
    assert encode([gerchikov], {"gerchikov": {"q1": 2}}) is None  # a multi answer is a list
    assert encode([herzberg], {"herzberg": {"q1": [5]}}) is None  # one part of two
    assert encode([], answers) is None
    # a torn blob or a layout from another library is not read
    assert decode(layout, [blob[:-2]], LIBRARY) is None
    assert decode(layout.replace("herzberg.", "herzberg.0"), [blob], LIBRARY) is None
    assert decode("unknown.123", [blob], LIBRARY) is None


def test_sessions_of_schema_0002_gain_vectors_on_upgrade(tmp_path):
    """Opening a schema-0002 database seals its finished sessions (schema 0008): each gets
    its document and its vector, and the cache reads exactly what the record holds."""
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "models" / "fixtures" / "schema_0002.db"
    path = tmp_path / "old.db"
    path.write_bytes(fixture.read_bytes())
    database = open_database(str(path))
    with database.session() as s:
        cid = s.scalar(select(Campaign.id))
        assert s.scalar(select(func.count()).select_from(AnswerVector)) == 6
        assert s.get(Campaign, cid).vector_revision == 6  # the migration's triggers count
        assert pack_finished_sessions(s, cid) == 0  # nothing left to seal
        cached = load_campaign_data(s, cid, LIBRARY)
        s.execute(delete(AnswerVector))  # without the cache: read from the record
        recorded = load_campaign_data(s, cid, LIBRARY)
        s.rollback()
    database.dispose()
    assert len(cached.meta) == 6
    _assert_same(recorded, cached)


def test_bulk_encoding_equals_one_session_at_a_time():
    import random

    from app.scoring.frame import answers_to_frame
    from app.scoring.synthetic import AnswerModel, random_respondent

    ids = ("gerchikov", "herzberg", "significance")
    people = [
        {
            i: random_respondent(LIBRARY[i], AnswerModel(random.Random(k)), skip_probability=0.1)
            for i in ids
        }
        for k in range(30)
    ]
    frames = {i: answers_to_frame(LIBRARY[i], [p[i] for p in people]) for i in ids}
    layout, blobs = encode_table(frames, LIBRARY)
    for person, blob in zip(people, blobs, strict=True):
        assert encode([LIBRARY[i] for i in ids], person) == (layout, blob)


def test_vectors_and_unfinished_sessions_together(db):
    # An analysis that asks for abandoned sessions too: those have no vector and come from
    # their answer rows, merged with the vectorised ones in id order.
    from app.data.sessions import abandon_session

    with db.session() as s:
        campaign_id = _campaign(s)
        done, left = (
            start_session(s, campaign_id, "ru", [("significance", "1.0")]) for _ in range(2)
        )
        record_answer(s, done, "significance", "q1", 5)
        finish_session(s, done)
        record_answer(s, left, "significance", "q1", 1)
        abandon_session(s, left)
        finished = load_campaign_data(s, campaign_id, LIBRARY)
        both = load_campaign_data(s, campaign_id, LIBRARY, states=("finished", "abandoned"))
    assert list(finished.frames["significance"]["q1"]) == [5.0]
    assert list(both.meta.index) == sorted([done.hex, left.hex])
    assert both.frames["significance"].loc[left.hex, "q1"] == 1.0
    assert both.frames["significance"].loc[done.hex, "q1"] == 5.0


def _campaign_with_sessions(s, n=4):
    campaign_id = _campaign(s)
    for k in range(n):
        _finished(s, campaign_id, k % 6, own_text="Жильё" if k == 0 else "")
    return campaign_id


def _finished(s, cid, value, own_text=""):
    sid = start_session(s, cid, "ru", [("significance", "1.0")])
    record_answer(s, sid, "significance", "q1", value)
    if own_text:
        record_answer(s, sid, "significance", "q40", 4, own_text=own_text)
    finish_session(s, sid)
    return sid


@contextmanager
def _read_only(db):
    """A session whose transaction cannot write: a read that tried would fail."""
    from sqlalchemy.orm import Session

    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        conn.exec_driver_sql("PRAGMA query_only = ON" if sqlite else "SET TRANSACTION READ ONLY")
        try:
            with Session(bind=conn) as session:
                yield session
        finally:
            conn.rollback()
            if sqlite:
                conn.exec_driver_sql("PRAGMA query_only = OFF")


def _load_read_only(db, cid):
    with _read_only(db) as ro:
        return load_campaign_data(ro, cid, LIBRARY)


def test_the_snapshot_is_written_by_writes_and_used_only_while_exact(db, monkeypatch):
    from app.data import snapshots
    from app.data.sessions import delete_session
    from app.models.base import CampaignStatus
    from app.models.campaign import CampaignSnapshot
    from app.services.campaigns import set_status

    monkeypatch.setattr(snapshots, "MIN_RESPONDENTS", 0)
    used = []
    real_read = snapshots.read
    monkeypatch.setattr(snapshots, "read", lambda *a: used.append(real_read(*a)) or used[-1])
    with db.session() as s:
        cid = _campaign_with_sessions(s)
        s.commit()
        # a read never writes: it works in a read-only transaction, and leaves no snapshot
        first = _load_read_only(db, cid)
        assert used == [None] and len(first.meta) == 4
        assert s.get(CampaignSnapshot, cid) is None
        # closing the campaign (a write) compacts its answers once it commits
        set_status(s, cid, CampaignStatus.CLOSED)
        assert s.get(CampaignSnapshot, cid) is not None
        again = _load_read_only(db, cid)
        assert used[-1] is not None  # the snapshot: the same figures
        _assert_same(first, again)
        assert again.own_texts == [("significance", "q40", "Жильё")]
        # a late session (e.g. an import into the closed campaign) refreshes it on commit
        new = _finished(s, cid, 5)
        grown = load_campaign_data(s, cid, LIBRARY)
        assert used[-1] is not None and new.hex in grown.meta.index and len(grown.meta) == 5
        # a write that does not refresh it (a deleted session): the trigger raised the
        # revision, so the old snapshot is not used and the session is gone at once
        delete_session(s, new)
        s.commit()
        shrunk = load_campaign_data(s, cid, LIBRARY)
        assert used[-1] is None and new.hex not in shrunk.meta.index
        _assert_same(first, shrunk)
        # start-up brings every closed campaign's snapshot up to date
        from app.data.answer_store import refresh_snapshots

        assert refresh_snapshots(db.engine) == 1 and refresh_snapshots(db.engine) == 0
        load_campaign_data(s, cid, LIBRARY)
        assert used[-1] is not None


def test_no_snapshot_for_other_kinds_or_small_campaigns(db):
    from app.models.campaign import CampaignSnapshot

    with db.session() as s:
        cid = _campaign_with_sessions(s, n=3)
        load_campaign_data(s, cid, LIBRARY)  # below MIN_RESPONDENTS
        load_campaign_data(s, cid, LIBRARY, states=("finished", "abandoned"))
        assert s.get(CampaignSnapshot, cid) is None

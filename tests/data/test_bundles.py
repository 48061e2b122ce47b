"""Offline bundles: a kiosk PC's campaign reaches the HR PC; nothing twice, nothing damaged."""

from __future__ import annotations

import io
import json
import shutil
import zipfile

import pandas as pd
import pytest
from sqlalchemy import delete, func, select

from app.data.answer_store import load_campaign_data
from app.data.bundles import BundleError, export_bundle, import_bundle
from app.data.store import open_database
from app.models import Campaign
from app.models.campaign import Answer, AnswerVector, SessionInstrument, SurveySession
from app.scoring.instruments import default_library


@pytest.fixture
def two_pcs(tmp_path, demo_db_path):
    """The kiosk PC holds the demo campaign's answers; the HR PC has the same campaign, empty."""
    kiosk_path, hr_path = tmp_path / "kiosk.db", tmp_path / "hr.db"
    shutil.copy(demo_db_path, kiosk_path)
    shutil.copy(demo_db_path, hr_path)
    kiosk, hr = open_database(str(kiosk_path)), open_database(str(hr_path))
    with hr.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        ids = select(SurveySession.id).where(
            SurveySession.campaign_id == cid, SurveySession.kind == "anonymous"
        )
        s.execute(delete(Answer).where(Answer.session_id.in_(ids)))
        s.execute(delete(SessionInstrument).where(SessionInstrument.session_id.in_(ids)))
        s.execute(
            delete(SurveySession).where(
                SurveySession.campaign_id == cid, SurveySession.kind == "anonymous"
            )
        )
        s.commit()
    yield kiosk, hr, cid
    kiosk.dispose()
    hr.dispose()


def _count(db, cid):
    with db.session() as s:
        return s.scalar(
            select(func.count())
            .select_from(SurveySession)
            .where(
                SurveySession.campaign_id == cid,
                SurveySession.kind == "anonymous",
                SurveySession.state == "finished",
            )
        )


def test_bundle_carries_the_campaign_and_importing_twice_adds_nothing(two_pcs, tmp_path):
    kiosk, hr, cid = two_pcs
    bundle = tmp_path / "kiosk-1.zip"
    with kiosk.session() as s:
        assert export_bundle(s, cid, bundle) == 120
    with hr.session() as s:
        result = import_bundle(s, bundle, cid)
        s.commit()
    assert (result.added, result.already_present) == (120, 0)
    with hr.session() as s:
        again = import_bundle(s, bundle, cid)
        s.commit()
    assert (again.added, again.already_present) == (0, 120) and _count(hr, cid) == 120
    library = default_library()
    with kiosk.session() as s, hr.session() as h:
        a, b = load_campaign_data(s, cid, library), load_campaign_data(h, cid, library)
    assert a.own_texts == b.own_texts
    for inst_id, frame in a.frames.items():  # the HR PC analyses exactly the kiosk's answers
        pd.testing.assert_frame_equal(frame, b.frames[inst_id])
    # the same demographics; answer quality: a bundle carries no speed (issue 20.3), so only
    # straight-lining (judged again from the answers) can flag a session on the HR PC
    pd.testing.assert_frame_equal(a.meta.drop(columns="flagged"), b.meta.drop(columns="flagged"))
    with hr.session() as h:  # the imported sessions got their answer vectors too
        assert (
            h.scalar(
                select(func.count())
                .select_from(AnswerVector)
                .join(SurveySession)
                .where(SurveySession.campaign_id == cid, SurveySession.kind == "anonymous")
            )
            == 120
        )
        speeds = h.execute(
            select(SurveySession.too_fast, AnswerVector.too_fast)
            .join(AnswerVector, AnswerVector.session_id == SurveySession.id)
            .where(SurveySession.campaign_id == cid)
        ).all()
        assert set(speeds) == {(None, None)}  # unknown, never false
    with kiosk.session() as s, hr.session() as h:
        lines = [
            dict(
                db.execute(
                    select(SurveySession.id, SurveySession.straight_lining).where(
                        SurveySession.campaign_id == cid,
                        SurveySession.kind == "anonymous",
                        SurveySession.state == "finished",
                    )
                ).all()
            )
            for db in (s, h)
        ]
    assert lines[0] == lines[1]


def test_named_sessions_never_leave_the_pc(two_pcs, tmp_path):
    kiosk, _hr, cid = two_pcs
    bundle = tmp_path / "b.zip"
    with kiosk.session() as s:
        export_bundle(s, cid, bundle)
        named = {
            sid.hex
            for sid in s.scalars(select(SurveySession.id).where(SurveySession.kind == "named"))
        }
    data = json.loads(zipfile.ZipFile(bundle).read("data.json"))
    assert named and not named & {x["id"] for x in data["sessions"]}
    assert [x["id"] for x in data["sessions"]] == sorted(x["id"] for x in data["sessions"])


def _rewrite(bundle, path, **changes):
    with zipfile.ZipFile(bundle) as src:
        files = {n: src.read(n) for n in src.namelist()}
    files.update(changes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, content in files.items():
            out.writestr(name, content)
    path.write_bytes(buffer.getvalue())
    return path


def test_damaged_foreign_or_mismatched_bundles_are_refused_whole(two_pcs, tmp_path):
    kiosk, hr, cid = two_pcs
    bundle = tmp_path / "good.zip"
    with kiosk.session() as s:
        export_bundle(s, cid, bundle)
    data = zipfile.ZipFile(bundle).read("data.json")
    text = tmp_path / "text.zip"
    text.write_bytes(b"hello")
    cases = {
        "not_a_bundle": text,
        "damaged": _rewrite(
            bundle, tmp_path / "tampered.zip", **{"data.json": data.replace(b'"ru"', b'"kk"', 1)}
        ),
        "foreign": _rewrite(
            bundle, tmp_path / "foreign.zip", **{"manifest.json": b'{"format": "something else"}'}
        ),
    }
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(bundle.read_bytes()[: len(bundle.read_bytes()) // 2])
    cases["not_a_bundle_cut"] = truncated
    for expected, path in cases.items():
        with hr.session() as s:
            with pytest.raises(BundleError) as err:
                import_bundle(s, path, cid)
            assert err.value.code == expected.replace("_cut", "")
    with hr.session() as s:
        other = s.scalar(select(Campaign.id).order_by(Campaign.period_start))
        with pytest.raises(BundleError) as err:
            import_bundle(s, bundle, other)
        assert err.value.code == "campaign_mismatch"
    assert _count(hr, cid) == 0  # nothing was written by any refused import

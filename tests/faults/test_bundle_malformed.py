"""Malformed and invalid bundles (issue 15.5, 15.7), on SQLite and PostgreSQL: each is refused
whole with a BundleError that has a code and a message — never another exception — and the
database is exactly as before. A generator builds the bundles: a valid one, invalid values of
every kind inside it, and damaged or hostile zips (a zip bomb, encryption, unknown compression,
`..` and absolute names, duplicate entries and session ids, bad manifests, a corrupt stream)."""

from __future__ import annotations

import hashlib
import io
import json
import math
import struct
import tracemalloc
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.data.audit import entries
from app.data.bundles import (
    FORMAT,
    BundleError,
    import_bundle,
    list_imports,
    undo_import,
)
from app.models import Department, Organisation
from app.models.base import CampaignStatus
from app.models.campaign import AnswerVector, Campaign, SessionInstrument, SurveySession
from app.scoring import answer_rules
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignSpec, save_campaign, set_status

LIB = default_library()
INSTRUMENTS = ["climate", "significance", "gerchikov", "herzberg"]
CAMPAIGN = {"name": "Опрос", "period_start": "2026-03-01", "period_end": "2026-03-31"}


# --- the generator ---------------------------------------------------------------------------


def valid_answer(item):
    """The first allowed answer of an item, by the answer rules."""
    fmt = item.format
    if fmt.type == "multi":
        return list(range(1, answer_rules.choice_bounds(item)[0] + 1))
    if fmt.type == "split":
        return [fmt.total] + [0] * (fmt.parts - 1)
    return answer_rules.allowed_values(item)[-1]


def valid_session(k: int, manager: bool = False) -> dict:
    answers = {
        inst: {item.id: valid_answer(item) for item in LIB[inst].items if item.applies_to(manager)}
        for inst in INSTRUMENTS
    }
    own = next(i for i in LIB["significance"].items if i.own_variant)
    return {
        "id": f"{k + 1:032x}",
        "language": "ru",
        "department": "Отдел",
        "tenure_band": "1_3",
        "is_manager": manager,
        "gender": "female",
        "instruments": [[i, LIB[i].version] for i in INSTRUMENTS],
        "answers": {"a": answers, "t": [["significance", own.id, "свой фактор"]]},
    }


def manifest_for(data: bytes, **changes) -> dict:
    manifest = {
        "format": FORMAT,
        "version": 1,
        "app_version": "test",
        "campaign": CAMPAIGN,
        "instruments": [[i, LIB[i].version] for i in INSTRUMENTS],
        "sessions": 0,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    manifest.update(changes)
    return manifest


def bundle_bytes(sessions: list, manifest_changes: dict | None = None) -> bytes:
    data = json.dumps({"sessions": sessions}, ensure_ascii=False).encode()
    manifest = manifest_for(data, **(manifest_changes or {}))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        archive.writestr("data.json", data)
    return buffer.getvalue()


def raw_zip(entries: list[dict]) -> bytes:
    """A zip written by hand, so that it can lie: each entry {name, data (as stored), method,
    crc, size (declared uncompressed), flags}."""
    out, central = io.BytesIO(), io.BytesIO()
    for e in entries:
        name = e["name"].encode()
        offset = out.tell()
        fields = (
            20,
            e.get("flags", 0),
            e.get("method", 0),
            0,
            0,
            e.get("crc", 0),
            len(e["data"]),
            e["size"],
            len(name),
            0,
        )
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name + e["data"])
        central.write(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, offset) + name
        )
    cd = central.getvalue()
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), out.tell(), 0
    )
    return out.getvalue() + cd + end


def stored(name: str, data: bytes, **kw) -> dict:
    return {"name": name, "data": data, "crc": zlib.crc32(data), "size": len(data), **kw}


def deflated(name: str, data: bytes, **kw) -> dict:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = packer.compress(data) + packer.flush()
    return {
        "name": name,
        "data": body,
        "method": 8,
        "crc": zlib.crc32(data),
        "size": len(data),
        **kw,
    }


def zip_bomb(declared: int | None = None) -> bytes:
    """About 4 MB of deflate that expands to 4 000 MB of zeros: one compressed megabyte of
    zeros repeated (a full flush makes each copy independent), then an empty final block."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * (1 << 20)) + packer.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    body = block * 4000 + final
    good = bundle_bytes([valid_session(0)])
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        manifest = z.read("manifest.json")
    return raw_zip(
        [
            stored("manifest.json", manifest),
            {
                "name": "data.json",
                "data": body,
                "method": 8,
                "crc": 0,
                "size": declared if declared is not None else 4000 << 20,
            },
        ]
    )


def invalid_value_cases() -> dict[str, bytes]:
    """One valid session and one with a single thing wrong, by kind."""

    def with_session(change):
        bad = valid_session(1)
        change(bad)
        return bundle_bytes([valid_session(0), bad])

    def answer(inst, item, value):
        return lambda s: s["answers"]["a"][inst].__setitem__(item, value)

    own = next(i for i in LIB["significance"].items if i.own_variant).id
    cases = {
        "rating 99": answer("significance", "q1", 99),
        "rating -1": answer("significance", "q1", -1),
        "rating 2.5": answer("significance", "q1", 2.5),
        "rating 1e30": answer("significance", "q1", 1e30),
        "rating NaN": answer("significance", "q1", math.nan),
        "rating Infinity": answer("significance", "q1", math.inf),
        "rating a list": answer("significance", "q1", [3]),
        "rating text": answer("significance", "q1", "3"),
        "rating true": answer("significance", "q1", True),
        "rating an object": answer("significance", "q1", {"v": 3}),
        "bipolar 0": answer("climate", "q1", 0),
        "single option 6 of 5": answer("gerchikov", "q2", 6),
        "multi too many": answer("gerchikov", "q1", [1, 2, 3]),
        "multi repeated": answer("gerchikov", "q1", [2, 2]),
        "multi option 0": answer("gerchikov", "q1", [0]),
        "multi nested list": answer("gerchikov", "q1", [[1]]),
        "split sum": answer("herzberg", "q1", [3, 3]),
        "split parts": answer("herzberg", "q1", [5]),
        "split negative": answer("herzberg", "q1", [6, -1]),
        "unknown item": answer("significance", "q999", 3),
        "unknown instrument": lambda s: s["answers"]["a"].__setitem__("nonsense", {"q1": 1}),
        "instrument not in campaign": lambda s: s["answers"]["a"].__setitem__("schein", {"q1": 1}),
        "instrument of another version": lambda s: s.__setitem__(
            "instruments", [[i, "9.9"] for i in INSTRUMENTS]
        ),
        "answers not an object": lambda s: s["answers"]["a"].__setitem__("climate", [1, 2]),
        "own text too long": lambda s: s["answers"].__setitem__(
            "t", [["significance", own, "x" * 201]]
        ),
        "own text on a plain item": lambda s: s["answers"].__setitem__(
            "t", [["significance", "q1", "мой"]]
        ),
        "own text not text": lambda s: s["answers"].__setitem__("t", [["significance", own, 5]]),
        "unknown department": lambda s: s.__setitem__("department", "Нет такого"),
        "department a number": lambda s: s.__setitem__("department", 7),
        "unknown tenure band": lambda s: s.__setitem__("tenure_band", "99_100"),
        "unknown gender": lambda s: s.__setitem__("gender", "x"),
        "unknown language": lambda s: s.__setitem__("language", "en"),
        "is_manager text": lambda s: s.__setitem__("is_manager", "yes"),
        "branch question of managers": lambda s: s["answers"]["a"]["gerchikov"].update(
            {i.id: valid_answer(i) for i in LIB["gerchikov"].items if i.show_if}
        ),
        "session id not hex": lambda s: s.__setitem__("id", "../../etc"),
        "session not an object": None,
    }
    out = {name: with_session(change) for name, change in cases.items() if change}
    out["session not an object"] = bundle_bytes([valid_session(0), [1, 2]])
    out["duplicate session ids"] = bundle_bytes([valid_session(0), valid_session(0)])
    return out


def malformed_zip_cases() -> dict[str, bytes]:
    good = bundle_bytes([valid_session(0), valid_session(1)])
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        manifest, data = z.read("manifest.json"), z.read("data.json")
    m = json.loads(manifest)

    def with_manifest(**changes):
        return raw_zip(
            [
                stored("manifest.json", json.dumps({**m, **changes}).encode()),
                stored("data.json", data),
            ]
        )

    corrupt = bytearray(good)
    start = good.index(b"data.json") + 20  # inside data.json's deflate stream
    corrupt[start : start + 64] = bytes(64)
    nested = b"[" * 100000 + b"]" * 100000
    cases = {
        "not a zip": b"hello, this is text",
        "empty file": b"",
        "truncated zip": good[: len(good) // 2],
        "empty zip": raw_zip([]),
        "no data.json": raw_zip([stored("manifest.json", manifest)]),
        "corrupt deflate stream": bytes(corrupt),
        "bad crc": raw_zip(
            [stored("manifest.json", manifest), stored("data.json", data, crc=12345)]
        ),
        "zip bomb (declared)": zip_bomb(),
        "zip bomb (lying size)": zip_bomb(declared=len(data)),
        "encrypted entry": raw_zip(
            [stored("manifest.json", manifest), stored("data.json", data, flags=0x1)]
        ),
        "unknown compression method": raw_zip(
            [stored("manifest.json", manifest), stored("data.json", data, method=99)]
        ),
        "bzip2 compression": raw_zip(
            [
                stored("manifest.json", manifest),
                {
                    **stored("data.json", bz2_data(data)),
                    "method": 12,
                    "crc": zlib.crc32(data),
                    "size": len(data),
                },
            ]
        ),
        "dot-dot name": raw_zip(
            [
                stored("manifest.json", manifest),
                stored("data.json", data),
                stored("../evil.json", b"{}"),
            ]
        ),
        "absolute name": raw_zip(
            [
                stored("manifest.json", manifest),
                stored("data.json", data),
                stored("/etc/evil", b"{}"),
            ]
        ),
        "drive name": raw_zip(
            [stored("manifest.json", manifest), stored("data.json", data), stored("C:/evil", b"{}")]
        ),
        "duplicate entries": raw_zip(
            [
                stored("manifest.json", manifest),
                stored("data.json", data),
                stored("data.json", data),
            ]
        ),
        "too many entries": raw_zip(
            [stored("manifest.json", manifest), stored("data.json", data)]
            + [stored(f"x{k}", b"") for k in range(20)]
        ),
        "manifest not JSON": raw_zip(
            [stored("manifest.json", b"{not json"), stored("data.json", data)]
        ),
        "manifest a list": raw_zip([stored("manifest.json", b"[1, 2]"), stored("data.json", data)]),
        "manifest deeply nested": raw_zip(
            [stored("manifest.json", nested), stored("data.json", data)]
        ),
        "foreign manifest": with_manifest(format="something else"),
        "newer version": with_manifest(version=99),
        "version as text": with_manifest(version="1"),
        "no checksum": with_manifest(sha256=None),
        "checksum mismatch": with_manifest(sha256="0" * 64),
        "campaign not an object": with_manifest(campaign="Опрос"),
        "instruments malformed": with_manifest(instruments=[["climate"]]),
        "another campaign": with_manifest(campaign={**CAMPAIGN, "name": "Другой"}),
        "instrument version mismatch": with_manifest(instruments=[["climate", "0.1"]]),
        "data not JSON": bundle_raw(manifest_source=m, data=b"\xff\xfe not json"),
        "data deeply nested": bundle_raw(manifest_source=m, data=nested),
        "sessions not a list": bundle_raw(manifest_source=m, data=b'{"sessions": {"a": 1}}'),
    }
    return cases


def bz2_data(data: bytes) -> bytes:
    import bz2

    return bz2.compress(data)


def bundle_raw(manifest_source: dict, data: bytes) -> bytes:
    manifest = {**manifest_source, "sha256": hashlib.sha256(data).hexdigest()}
    return raw_zip(
        [stored("manifest.json", json.dumps(manifest).encode()), deflated("data.json", data)]
    )


# --- the tests -------------------------------------------------------------------------------


@pytest.fixture
def campaign(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=40)
        s.add(dept)
        s.commit()
        spec = CampaignSpec(
            name=CAMPAIGN["name"],
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
            headcounts={dept.id: 40},
            instruments=INSTRUMENTS,
            kiosk_pin="2468",
        )
        cid = save_campaign(s, org.id, spec, LIB)
        set_status(s, cid, CampaignStatus.OPEN)
        return cid


def _state(db, cid) -> tuple:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(SurveySession)),
            s.scalar(select(func.count()).select_from(SessionInstrument)),
            s.scalar(select(func.count()).select_from(AnswerVector)),
            s.scalar(select(Campaign.vector_revision).where(Campaign.id == cid)),
        )


def _refusals(db, cid, cases: dict[str, bytes], tmp_path: Path) -> dict[str, BundleError]:
    refused, accepted, crashed = {}, [], []
    for k, (name, content) in enumerate(cases.items()):
        path = tmp_path / f"case{k}.zip"
        path.write_bytes(content)
        with db.session() as s:
            try:
                import_bundle(s, path, cid)
            except BundleError as exc:
                refused[name] = exc
                s.rollback()
                continue
            except Exception as exc:  # a traceback for the user: the bug this test is for
                crashed.append(f"{name}: {type(exc).__name__}: {exc}")
                continue
            accepted.append(name)
    assert crashed == [] and accepted == []
    for name, exc in refused.items():  # a code the UI knows and words to show
        message = exc.message()
        assert exc.code in (
            "not_a_bundle",
            "foreign",
            "damaged",
            "newer",
            "too_large",
            "unsafe",
            "bad_manifest",
            "campaign_mismatch",
            "instrument_mismatch",
            "duplicate_session",
            "invalid_session",
            "invalid_answer",
        ), name
        assert message and "%1" not in message, name
    return refused


def test_the_generated_valid_bundle_imports_and_undo_removes_exactly_it(db, campaign, tmp_path):
    before = _state(db, campaign)
    with db.session() as s:  # a session collected here stays when the import is undone
        s.add(SurveySession(campaign_id=campaign, kind="anonymous", state="finished"))
        s.commit()
    kept = _state(db, campaign)
    path = tmp_path / "good.zip"
    path.write_bytes(bundle_bytes([valid_session(k, manager=k % 2 == 0) for k in range(30)]))
    with db.session() as s:
        result = import_bundle(s, path, campaign)
        s.commit()
    assert (result.added, result.already_present) == (30, 0)
    after = _state(db, campaign)
    assert after[:3] == (kept[0] + 30, kept[1] + 30 * 4, kept[2] + 30)
    with db.session() as s:
        again = import_bundle(s, path, campaign)
        s.commit()
        assert (again.added, again.already_present) == (0, 30)
        imports = list_imports(s, campaign)
        assert [(i.origin, i.kind, i.sessions) for i in imports] == [(result.origin, "bundle", 30)]
        stored = s.scalars(select(SurveySession).where(SurveySession.origin == result.origin)).all()
        assert all(r.held_on is None and r.state == "finished" for r in stored)
        assert undo_import(s, campaign, "bundle:unknown") == 0
        assert undo_import(s, campaign, result.origin, user_id=None) == 30
        s.commit()
        assert [e.detail for e in entries(s, "import_undo")] == [f"{result.origin}: 30 removed"]
    assert _state(db, campaign)[:3] == kept[:3] and kept[:3] != before[:3]


def test_invalid_values_are_refused_naming_session_instrument_item_and_value(
    db, campaign, tmp_path
):
    cases = invalid_value_cases()
    assert len(cases) >= 30
    before = _state(db, campaign)
    refused = _refusals(db, campaign, cases, tmp_path)
    assert len(refused) == len(cases)
    assert _state(db, campaign) == before
    detail = refused["rating 99"].detail
    assert (
        detail.startswith(f"session {2:032x}")
        and "instrument 'significance'" in detail
        and "item 'q1'" in detail
        and "value 99" in detail
        and "out_of_range" in detail
    )
    assert "1e+30" in refused["rating 1e30"].detail
    assert refused["unknown department"].code == "invalid_session"
    assert "Нет такого" in refused["unknown department"].detail
    assert refused["unknown tenure band"].code == "invalid_session"
    assert refused["duplicate session ids"].code == "duplicate_session"
    assert refused["instrument not in campaign"].code == "instrument_mismatch"
    assert "unknown_instrument" in refused["unknown instrument"].detail
    assert "unknown_item" in refused["unknown item"].detail


def test_malformed_zips_are_refused_quickly_and_without_growing_memory(db, campaign, tmp_path):
    cases = malformed_zip_cases()
    assert len(cases) >= 30
    before = _state(db, campaign)
    tracemalloc.start()
    try:
        refused = _refusals(db, campaign, cases, tmp_path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(refused) == len(cases)
    assert _state(db, campaign) == before
    assert peak < 100 * 1024 * 1024  # the 4 000 MB zip bomb never grows past its cap
    codes = {name: exc.code for name, exc in refused.items()}
    assert codes["zip bomb (declared)"] == "unsafe" and codes["encrypted entry"] == "unsafe"
    assert codes["unknown compression method"] == "unsafe"
    assert codes["dot-dot name"] == "unsafe" and codes["absolute name"] == "unsafe"
    assert codes["duplicate entries"] == "unsafe" and codes["too many entries"] == "unsafe"
    assert codes["zip bomb (lying size)"] in ("unsafe", "damaged")
    assert codes["another campaign"] == "campaign_mismatch"
    assert codes["not a zip"] == "not_a_bundle" and codes["newer version"] == "newer"
    assert codes["checksum mismatch"] == "damaged"


def test_an_old_bundle_with_a_date_imports_without_it(db, campaign, tmp_path):
    old = valid_session(0)
    old["held_on"] = "2026-03-05"
    path = tmp_path / "old.zip"
    path.write_bytes(bundle_bytes([old]))
    with db.session() as s:
        assert import_bundle(s, path, campaign).added == 1
        s.commit()
        assert s.scalar(select(SurveySession.held_on)) is None


def test_the_counts_the_readme_states():
    """N malformed files: the figure the README quotes comes from here."""
    assert len(invalid_value_cases()) + len(malformed_zip_cases()) >= 65

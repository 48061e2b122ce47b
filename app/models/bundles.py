"""Offline exchange (PRODUCT.md §1 journey 5): a kiosk PC exports a campaign bundle, the HR PC
imports it. Importing the same bundle twice, or overlapping bundles, adds nothing twice; a damaged
or foreign bundle is refused whole, before anything is written.

A bundle is a zip with `manifest.json` (format, version, campaign, instruments, the SHA-256 of the
data) and `data.json` (the finished anonymous sessions, ordered by their random ids, with their
packed answers). Named sessions never leave the PC: they are personal data.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.fileio import write_atomically
from app.models.base import SessionKind, SessionState
from app.models.campaign import Answer, Campaign, SessionInstrument, SurveySession
from app.models.organisation import Department
from app.models.sessions import pack_answers, store_packed

FORMAT = "motivdesk-campaign-bundle"
VERSION = 1
MAX_BYTES = 200 * 1024 * 1024  # a bundle larger than this is not one of ours


class BundleError(ValueError):
    """`code`: not_a_bundle, damaged, foreign, newer, campaign_mismatch, instrument_mismatch;
    `detail` names what was found."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_present: int


def export_bundle(session: Session, campaign_id: int, path: Path) -> int:
    """Write the campaign's finished anonymous sessions; returns how many."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise BundleError("campaign_mismatch", f"campaign {campaign_id} not found")
    departments = {d.id: d.name_ru for d in session.scalars(select(Department))}
    rows = session.scalars(select(SurveySession).where(
        SurveySession.campaign_id == campaign_id,
        SurveySession.kind == SessionKind.ANONYMOUS.value,
        SurveySession.state == SessionState.FINISHED.value)).all()
    sessions = []
    for row in sorted(rows, key=lambda r: r.id.hex):  # random-id order: no time order survives
        packed = row.packed_answers or pack_answers(session, row.id)
        sessions.append({
            "id": row.id.hex, "language": row.language,  # no date: PRODUCT.md §8
            "department": departments.get(row.department_id), "tenure_band": row.tenure_band,
            "is_manager": row.is_manager, "gender": row.gender,
            "instruments": [[si.instrument_id, si.instrument_version] for si in row.instruments],
            "answers": packed})
    data = json.dumps({"sessions": sessions}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest = {
        "format": FORMAT, "version": VERSION, "app_version": __version__,
        "campaign": {"name": campaign.name, "period_start": campaign.period_start.isoformat(),
                     "period_end": campaign.period_end.isoformat()},
        "instruments": [[ci.instrument_id, ci.instrument_version] for ci in campaign.instruments],
        "sessions": len(sessions), "sha256": hashlib.sha256(data).hexdigest()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", data)
    write_atomically(buffer.getvalue(), Path(path))
    return len(sessions)


def read_bundle(path: Path) -> tuple[dict, list[dict]]:
    """Open and check a bundle completely; BundleError names the first problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BundleError("not_a_bundle", f"{path.name} is too large")
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {"manifest.json", "data.json"} <= names:
                raise BundleError("foreign", ", ".join(sorted(names))[:200])
            manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
            data = archive.read("data.json")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleError("not_a_bundle", str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, zipfile.LargeZipFile) as exc:
        raise BundleError("damaged", str(exc)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("foreign", "no Motivdesk bundle manifest")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise BundleError("newer", str(manifest.get("version")))
    if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
        raise BundleError("damaged", "the data does not match its checksum")
    try:
        sessions = json.loads(data.decode("utf-8"))["sessions"]
        for s in sessions:
            uuid.UUID(hex=s["id"])
            if "held_on" in s:  # bundles made before schema 0004: the date is dropped
                date.fromisoformat(s["held_on"])
            if not isinstance(s["answers"].get("a"), dict):
                raise ValueError("answers")
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError) as exc:
        raise BundleError("damaged", f"{type(exc).__name__}: {exc}") from None
    return manifest, sessions


def import_bundle(session: Session, path: Path, campaign_id: int) -> ImportResult:
    """Add the bundle's sessions to the campaign; sessions already present are skipped."""
    manifest, sessions = read_bundle(path)
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise BundleError("campaign_mismatch", f"campaign {campaign_id} not found")
    expected = manifest["campaign"]
    if (expected.get("name"), expected.get("period_start")) != (
            campaign.name, campaign.period_start.isoformat()):
        raise BundleError("campaign_mismatch", f"{expected.get('name')} "
                                               f"({expected.get('period_start')})")
    ours = {ci.instrument_id: ci.instrument_version for ci in campaign.instruments}
    for inst_id, version in manifest.get("instruments", []):
        if ours.get(inst_id) != version:
            raise BundleError("instrument_mismatch", f"{inst_id} {version}")
    departments = {d.name_ru: d.id for d in session.scalars(select(Department).where(
        Department.organisation_id == campaign.organisation_id))}
    existing = {sid.hex for sid in session.scalars(select(SurveySession.id).where(
        SurveySession.id.in_([uuid.UUID(hex=s["id"]) for s in sessions])))}
    added = 0
    for s in sessions:
        if s["id"] in existing:
            continue
        sid = uuid.UUID(hex=s["id"])
        row = SurveySession(
            id=sid, campaign_id=campaign_id, kind=SessionKind.ANONYMOUS.value,
            held_on=None, state=SessionState.FINISHED.value,
            language=s.get("language") or "ru", department_id=departments.get(s.get("department")),
            tenure_band=s.get("tenure_band"), is_manager=s.get("is_manager"),
            gender=s.get("gender"), origin="bundle:" + manifest["sha256"][:40])
        row.instruments = [SessionInstrument(instrument_id=i, instrument_version=v, finished=True)
                           for i, v in s["instruments"]]
        store_packed(row, s["answers"])
        texts = {(i, q): t for i, q, t in s["answers"].get("t", [])}
        for inst_id, items in s["answers"]["a"].items():
            for item_id, value in items.items():
                row.answers.append(Answer(instrument_id=inst_id, item_id=item_id, value=value,
                                          own_text=texts.get((inst_id, item_id), "")))
        session.add(row)
        added += 1
    session.flush()
    return ImportResult(added, len(sessions) - added)

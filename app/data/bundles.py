"""Offline exchange (PRODUCT.md §1 journey 5): a kiosk PC exports a campaign bundle, the HR PC
imports it. Importing the same bundle twice, or overlapping bundles, adds nothing twice; a damaged,
foreign or invalid bundle is refused whole, before anything is written; an import can be undone.

A bundle is a zip with `manifest.json` (format, version, campaign, instruments, the SHA-256 of the
data) and `data.json` (the finished anonymous sessions, ordered by their random ids, with their
packed answers). Named sessions never leave the PC: they are personal data. Bundles carry no
date or time (an old bundle's `held_on` is ignored).

Import is in two steps (issue 15.3, 15.5):
1. `prepare_import` reads the zip within limits (size, entries, names, compression methods, no
   encryption, a streamed cap against zip bombs), then checks every session, instrument, item and
   value with the answer rules of app/scoring/answer_rules.py and every department, tenure band,
   gender and language against this PC's; the first problem refuses the bundle, naming session,
   instrument, item and value. Nothing is written, no lock is taken.
2. `write_import` adds the prepared rows with a few bulk inserts: the write transaction lasts a
   fraction of a second even for thousands of sessions, so kiosks writing meanwhile wait little.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app import __version__
from app.data import answer_store
from app.data.answer_store import session_document
from app.fileio import write_atomically
from app.markers import QT_TRANSLATE_NOOP
from app.models.base import SessionKind, SessionState
from app.models.campaign import (
    Answer,
    AnswerVector,
    Campaign,
    SessionInstrument,
    SurveySession,
)
from app.models.organisation import Department
from app.scoring import answer_rules
from app.scoring.vocab import GENDERS, SEED_TENURE_BANDS, TENURE_BANDS

FORMAT = "motivdesk-campaign-bundle"
VERSION = 1
MAX_BYTES = 200 * 1024 * 1024  # a bundle file larger than this is not one of ours
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # all entries together, as declared and as read
MAX_MANIFEST = 1024 * 1024
MAX_ENTRIES = 8  # ours has two
MAX_RATIO = 200  # JSON deflates ~10:1; a zip bomb 1000:1 and more
CHUNK = 1024 * 1024
ALLOWED_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
LANGUAGES = ("ru", "kk")
ALL_TENURE_BANDS = frozenset(TENURE_BANDS) | frozenset(SEED_TENURE_BANDS)
_HEX_ID = re.compile(r"^[0-9a-f]{32}$")

# What a refusal says, by code (translated in the "Bundles" context; %1 = the detail).
MESSAGES = {
    "not_a_bundle": QT_TRANSLATE_NOOP(
        "Bundles", "The file is not a Motivdesk bundle (not a readable zip file): %1"
    ),
    "foreign": QT_TRANSLATE_NOOP("Bundles", "The file is not a Motivdesk campaign bundle: %1"),
    "damaged": QT_TRANSLATE_NOOP("Bundles", "The file is damaged: %1"),
    "newer": QT_TRANSLATE_NOOP(
        "Bundles", "The file was written by a newer Motivdesk (bundle version %1)."
    ),
    "too_large": QT_TRANSLATE_NOOP("Bundles", "The file is too large for a bundle: %1"),
    "unsafe": QT_TRANSLATE_NOOP("Bundles", "The file's zip structure is not allowed: %1"),
    "bad_manifest": QT_TRANSLATE_NOOP(
        "Bundles", "The bundle's description (manifest) is invalid: %1"
    ),
    "campaign_mismatch": QT_TRANSLATE_NOOP("Bundles", "The file belongs to another campaign: %1"),
    "instrument_mismatch": QT_TRANSLATE_NOOP(
        "Bundles", "The file uses another version of a questionnaire: %1"
    ),
    "duplicate_session": QT_TRANSLATE_NOOP(
        "Bundles", "The file holds the same questionnaire twice: %1"
    ),
    "invalid_session": QT_TRANSLATE_NOOP(
        "Bundles", "The file holds a questionnaire with a value this PC does not accept: %1"
    ),
    "invalid_answer": QT_TRANSLATE_NOOP(
        "Bundles", "The file holds an answer that breaks the questionnaire's rules: %1"
    ),
}
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Bundles", "Nothing was changed.")


class BundleError(ValueError):
    """A refused bundle. `code`: a key of MESSAGES; `detail` names what was found (for an
    invalid session or answer: session, instrument, item and value)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail

    def message(self, translate=lambda context, text: text) -> str:
        """The refusal in words; `translate(context, text)` is Qt's (the UI) or English."""
        return translate("Bundles", MESSAGES.get(self.code, MESSAGES["damaged"])).replace(
            "%1", self.detail or self.code
        )


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_present: int
    origin: str = ""  # what `undo_import` takes to remove exactly these sessions


@dataclass
class PreparedImport:
    """A checked bundle, ready to be written: plain rows for bulk inserts."""

    campaign_id: int
    origin: str
    sessions: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    vectors: list[dict] = field(default_factory=list)
    already_present: int = 0
    ready: dict[str, tuple[str, list[tuple]]] = field(default_factory=dict)  # driver-ready

    def tables(self) -> list[tuple[Any, list[dict]]]:
        return [
            (SurveySession.__table__, self.sessions),
            (SessionInstrument.__table__, self.links),
            (AnswerVector.__table__, self.vectors),
        ]


def export_bundle(session: Session, campaign_id: int, path: Path) -> int:
    """Write the campaign's finished anonymous sessions; returns how many."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise BundleError("campaign_mismatch", f"campaign {campaign_id} not found")
    departments = {d.id: d.name_ru for d in session.scalars(select(Department))}
    rows = session.scalars(
        select(SurveySession).where(
            SurveySession.campaign_id == campaign_id,
            SurveySession.kind == SessionKind.ANONYMOUS.value,
            SurveySession.state == SessionState.FINISHED.value,
        )
    ).all()
    sessions = []
    for row in sorted(rows, key=lambda r: r.id.hex):  # random-id order: no time order survives
        packed = session_document(session, row.id)
        sessions.append(
            {
                "id": row.id.hex,
                "language": row.language,  # no date: PRODUCT.md §8
                "department": departments.get(row.department_id),
                "tenure_band": row.tenure_band,
                "is_manager": row.is_manager,
                "gender": row.gender,
                "instruments": [
                    [si.instrument_id, si.instrument_version] for si in row.instruments
                ],
                "answers": packed,
            }
        )
    data = json.dumps({"sessions": sessions}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "campaign": {
            "name": campaign.name,
            "period_start": campaign.period_start.isoformat(),
            "period_end": campaign.period_end.isoformat(),
        },
        "instruments": [[ci.instrument_id, ci.instrument_version] for ci in campaign.instruments],
        "sessions": len(sessions),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", data)
    write_atomically(buffer.getvalue(), Path(path))
    return len(sessions)


# --- reading the zip -------------------------------------------------------------------------


def _check_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError("unsafe", f"{len(infos)} entries (at most {MAX_ENTRIES})")
    entries: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if (
            name.startswith(("/", "\\"))
            or ".." in parts
            or re.match(r"^[A-Za-z]:", name)
            or "\x00" in name
        ):
            raise BundleError("unsafe", f"entry name '{name[:80]}'")
        if name in entries:
            raise BundleError("unsafe", f"entry '{name[:80]}' appears twice")
        if info.flag_bits & 0x1:
            raise BundleError("unsafe", f"entry '{name[:80]}' is encrypted")
        if info.compress_type not in ALLOWED_METHODS:
            raise BundleError(
                "unsafe",
                f"entry '{name[:80]}' uses compression method "
                f"{info.compress_type} (allowed: stored, deflated)",
            )
        declared += info.file_size
        if info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise BundleError(
                "unsafe",
                f"entry '{name[:80]}' expands {info.compress_size} "
                f"bytes to {info.file_size} (a zip bomb?)",
            )
        entries[name] = info
    if declared > MAX_UNCOMPRESSED:
        raise BundleError(
            "too_large", f"{declared} bytes uncompressed (at most {MAX_UNCOMPRESSED})"
        )
    return entries


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The entry's bytes, streamed: never more than `cap` nor than it declared."""
    limit = min(cap, info.file_size)
    chunks, total = [], 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(min(CHUNK, limit - total + 1))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise BundleError(
                    "unsafe",
                    f"entry '{info.filename}' holds more than it declares or than {cap} bytes",
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _loads(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError("damaged", f"{what}: {type(exc).__name__}: {str(exc)[:120]}") from None


def read_bundle(path: Path) -> tuple[dict, list]:
    """Open a bundle within the limits and check its manifest and checksum; returns the
    manifest and the list of sessions (not yet checked: see `prepare_import`)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BundleError("too_large", f"{path.stat().st_size} bytes")
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, EOFError) as exc:
            raise BundleError("not_a_bundle", str(exc)[:200]) from None
        with archive:
            entries = _check_entries(archive)
            if not {"manifest.json", "data.json"} <= set(entries):
                raise BundleError("foreign", ", ".join(sorted(entries))[:200] or "empty zip")
            manifest_bytes = _read_capped(archive, entries["manifest.json"], MAX_MANIFEST)
            data = _read_capped(archive, entries["data.json"], MAX_UNCOMPRESSED)
    except BundleError:
        raise
    except (zipfile.BadZipFile, EOFError) as exc:  # while reading: a bad CRC, a cut entry
        raise BundleError("damaged", str(exc)[:200]) from None
    except OSError as exc:
        raise BundleError("not_a_bundle", f"{exc.strerror or exc}"[:200]) from None
    except Exception as exc:  # zlib.error, NotImplementedError, RuntimeError (encryption), ...
        raise BundleError("damaged", f"{type(exc).__name__}: {str(exc)[:160]}") from None
    manifest = _loads(manifest_bytes, "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("foreign", "no Motivdesk bundle manifest")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("bad_manifest", f"version {str(version)[:40]}")
    if version > VERSION:
        raise BundleError("newer", str(version))
    campaign = manifest.get("campaign")
    if not isinstance(campaign, dict) or not all(
        isinstance(campaign.get(k), str) for k in ("name", "period_start")
    ):
        raise BundleError("bad_manifest", "campaign")
    instruments = manifest.get("instruments", [])
    if not isinstance(instruments, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
        for p in instruments
    ):
        raise BundleError("bad_manifest", "instruments")
    digest = manifest.get("sha256")
    if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise BundleError("bad_manifest", "sha256")
    if hashlib.sha256(data).hexdigest() != digest:
        raise BundleError("damaged", "the data does not match its checksum")
    body = _loads(data, "data.json")
    if not isinstance(body, dict) or not isinstance(body.get("sessions"), list):
        raise BundleError("damaged", "data.json has no list of sessions")
    return manifest, body["sessions"]


# --- checking the sessions -------------------------------------------------------------------


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _where(sid: str, instrument: Any = None, item: Any = None, value: Any = ...) -> str:
    parts = [f"session {str(sid)[:32]}"]
    if instrument is not None:
        parts.append(f"instrument {_show(instrument)}")
    if item is not None:
        parts.append(f"item {_show(item)}")
    if value is not ...:
        parts.append(f"value {_show(value)}")
    return ", ".join(parts)


def _check_session(
    s: Any, position: int, versions: Mapping[str, str], library, departments: Mapping[str, int]
) -> tuple[str, dict, list, dict]:
    """One session of a bundle: (id, demographics, instrument links, packed answers)."""
    if not isinstance(s, dict):
        raise BundleError("damaged", f"session #{position + 1} is not an object")
    sid = s.get("id")
    if not isinstance(sid, str) or not _HEX_ID.match(sid):
        raise BundleError("invalid_session", f"session #{position + 1}: id {_show(sid)}")
    language = s.get("language", "ru")
    if language not in LANGUAGES:
        raise BundleError("invalid_session", _where(sid) + f", language {_show(language)}")
    dept = s.get("department")
    if dept is not None and (not isinstance(dept, str) or dept not in departments):
        raise BundleError("invalid_session", _where(sid) + f", department {_show(dept)}")
    tenure = s.get("tenure_band")
    if tenure is not None and tenure not in ALL_TENURE_BANDS:
        raise BundleError("invalid_session", _where(sid) + f", tenure band {_show(tenure)}")
    gender = s.get("gender")
    if gender is not None and gender not in GENDERS:
        raise BundleError("invalid_session", _where(sid) + f", gender {_show(gender)}")
    manager = s.get("is_manager")
    if manager is not None and not isinstance(manager, bool):
        raise BundleError("invalid_session", _where(sid) + f", is_manager {_show(manager)}")
    links = s.get("instruments")
    if not isinstance(links, list) or not links:
        raise BundleError("invalid_session", _where(sid) + ", no instruments")
    taken: dict[str, str] = {}
    for link in links:
        if not (
            isinstance(link, list) and len(link) == 2 and all(isinstance(x, str) for x in link)
        ):
            raise BundleError("invalid_session", _where(sid, link))
        inst_id, version = link
        if inst_id not in library:
            raise BundleError("invalid_answer", _where(sid, inst_id) + ": unknown_instrument")
        if versions.get(inst_id) != version or inst_id in taken:
            raise BundleError("instrument_mismatch", _where(sid, inst_id) + f" {version}")
        taken[inst_id] = version
    packed = s.get("answers")
    if not isinstance(packed, dict) or not isinstance(packed.get("a"), dict):
        raise BundleError("damaged", _where(sid) + ": no answers")
    for inst_id, items in packed["a"].items():
        if inst_id not in library:
            raise BundleError("invalid_answer", _where(sid, inst_id) + ": unknown_instrument")
        if inst_id not in taken:
            raise BundleError(
                "instrument_mismatch",
                _where(sid, inst_id) + ": answers to a questionnaire the session was not given",
            )
        if not isinstance(items, dict):
            raise BundleError("invalid_answer", _where(sid, inst_id, value=items))
        found = answer_rules.first_problem(library[inst_id], items, manager)
        if found is not None:
            item_id, value, problem = found
            raise BundleError(
                "invalid_answer",
                _where(sid, inst_id, item_id, value)
                + f": {problem.problem}"
                + (f" ({problem.detail})" if problem.detail else ""),
            )
    texts = packed.get("t", [])
    if not isinstance(texts, list):
        raise BundleError("invalid_answer", _where(sid) + f", texts {_show(texts)}")
    for entry in texts:
        if not (isinstance(entry, list) and len(entry) == 3):
            raise BundleError("invalid_answer", _where(sid) + f", text {_show(entry)}")
        inst_id, item_id, text = entry
        answered = packed["a"].get(inst_id)
        if inst_id not in taken or not isinstance(answered, dict) or item_id not in answered:
            raise BundleError(
                "invalid_answer",
                _where(sid, inst_id, item_id, text) + ": a text without its answer",
            )
        problem = answer_rules.check_value(library, inst_id, item_id, answered[item_id], text)
        if problem is not None:
            raise BundleError(
                "invalid_answer", _where(sid, inst_id, item_id, text) + f": {problem.problem}"
            )
    demographics = {
        "language": language,
        "department_id": departments.get(dept) if dept is not None else None,
        "tenure_band": tenure,
        "is_manager": manager,
        "gender": gender,
    }
    return sid, demographics, list(taken.items()), {"a": packed["a"], "t": texts}


def prepare_import(
    session: Session, path: Path, campaign_id: int, library: Mapping | None = None
) -> PreparedImport:
    """Read and check the whole bundle and build the rows to insert; writes nothing.
    Raises BundleError (never anything else for a bad file) naming the first problem."""
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    manifest, raw_sessions = read_bundle(path)
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise BundleError("campaign_mismatch", f"campaign {campaign_id} not found")
    expected = manifest["campaign"]
    if (expected.get("name"), expected.get("period_start")) != (
        campaign.name,
        campaign.period_start.isoformat(),
    ):
        raise BundleError(
            "campaign_mismatch",
            f"{str(expected.get('name'))[:80]} ({str(expected.get('period_start'))[:20]})",
        )
    versions = {ci.instrument_id: ci.instrument_version for ci in campaign.instruments}
    for inst_id, version in manifest.get("instruments", []):
        if versions.get(inst_id) != version:
            raise BundleError("instrument_mismatch", f"{inst_id[:50]} {version[:20]}")
    departments = {
        d.name_ru: d.id
        for d in session.scalars(
            select(Department).where(Department.organisation_id == campaign.organisation_id)
        )
    }
    checked = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_sessions):
        sid, demographics, links, packed = _check_session(
            raw, position, versions, library, departments
        )
        if sid in seen:
            raise BundleError("duplicate_session", f"session {sid}")
        seen.add(sid)
        checked.append((uuid.UUID(hex=sid), demographics, links, packed))
    prepared = PreparedImport(campaign_id, "bundle:" + manifest["sha256"][:40])
    existing: dict[uuid.UUID, int | None] = {}
    ids = [c[0] for c in checked]
    for start in range(0, len(ids), 500):  # bounded IN lists
        existing.update(
            (sid, cid)
            for sid, cid in session.execute(
                select(SurveySession.id, SurveySession.campaign_id).where(
                    SurveySession.id.in_(ids[start : start + 500])
                )
            )
        )
    for sid, campaign_of in existing.items():
        if campaign_of != campaign_id:
            raise BundleError(
                "duplicate_session", f"session {sid.hex} belongs to another campaign on this PC"
            )
    from app.data.quality import judge

    fresh = [c for c in checked if c[0] not in existing]
    prepared.already_present = len(checked) - len(fresh)
    for sid, demographics, links, packed in fresh:
        prepared.sessions.append(
            {
                "id": sid,
                "campaign_id": campaign_id,
                "kind": SessionKind.ANONYMOUS.value,
                "held_on": None,
                "state": SessionState.FINISHED.value,
                "origin": prepared.origin,
                "packed_answers": packed,
                **demographics,
                # answer quality: straight-lining from the answers; a bundle carries no speed
                "straight_lining": judge(packed, library),
                "too_fast": None,
            }
        )
        prepared.links += [
            {"session_id": sid, "instrument_id": i, "instrument_version": v, "finished": True}
            for i, v in links
        ]
    prepared.vectors = _vectors(prepared.sessions, fresh, library)
    # who counts as a respondent: the kiosk's rule (app/data/respondents.py)
    from app.data.respondents import judge_new_rows

    prepared.vectors = judge_new_rows(
        session, campaign_id, prepared.sessions, prepared.links, prepared.vectors, library
    )
    dialect = session.get_bind().dialect
    for table, rows in prepared.tables():  # encoded now, outside the write transaction
        ready = driver_rows(dialect, table, rows)
        if ready is not None:
            prepared.ready[table.name] = ready
    return prepared


def _vectors(rows: list[dict], fresh: list, library: Mapping) -> list[dict]:
    """The answer vectors (app/scoring/matrix.py) of the new sessions, encoded a table per
    set of instruments rather than a session at a time."""
    from app.scoring.frame import answers_to_frame
    from app.scoring.matrix import encode_table

    groups: dict[tuple[str, ...], list[int]] = {}
    for k, (_sid, _demo, links, packed) in enumerate(fresh):
        ids = tuple(sorted({i for i, _v in links} | set(packed["a"])))
        groups.setdefault(ids, []).append(k)
    vectors = []
    for ids, members in groups.items():
        frames = {
            i: answers_to_frame(library[i], [fresh[k][3]["a"].get(i, {}) for k in members])
            for i in ids
        }
        coded = encode_table(frames, library)
        if coded is None:
            continue  # the loader reads these sessions' packed answers instead
        layout, blobs = coded
        for k, blob in zip(members, blobs, strict=True):
            row = rows[k]
            vectors.append(
                {
                    **{c: row[c] for c in answer_store.VECTOR_COPIES},
                    "session_id": row["id"],
                    "layout": layout,
                    "data": blob,
                    "texts": row["packed_answers"].get("t") or None,
                }
            )
    return vectors


def driver_rows(dialect, table, rows: list[dict]) -> tuple[str, list[tuple]] | None:
    """An INSERT of many rows (same keys) as SQL and driver-ready parameter tuples, converted by
    the columns' own bind processors (JSON encoded, UUIDs as the dialect stores them): done
    before the write transaction, so that writing is one executemany per table. SQLite only
    (positional parameters); None elsewhere or when a left-out column has no plain default."""
    if not rows or dialect.name != "sqlite":
        return None
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    constants = {}  # columns the rows leave out, filled with their scalar defaults
    for key in set(order) - set(keys):
        default = table.c[key].default if key in table.c else None
        if default is None or not default.is_scalar:
            return None
        constants[key] = default.arg
    processors = [table.c[k].type.bind_processor(dialect) for k in order]
    fixed = [
        None if k not in constants else constants[k] if p is None else p(constants[k])
        for k, p in zip(order, processors, strict=True)
    ]
    pairs = list(zip(order, processors, strict=True))
    return str(compiled), [
        tuple(
            fixed[i] if k in constants else row[k] if p is None or row[k] is None else p(row[k])
            for i, (k, p) in enumerate(pairs)
        )
        for row in rows
    ]


def bulk_insert(
    session: Session, table, rows: list[dict], ready: tuple[str, list[tuple]] | None = None
) -> None:
    """INSERT many rows (same keys) in the session's transaction: the driver-ready form
    (`driver_rows`, made beforehand or here) in one executemany, else a Core executemany."""
    if not rows:
        return
    conn = session.connection()
    ready = ready or driver_rows(conn.dialect, table, rows)
    if ready is None:
        session.execute(insert(table), rows)
    else:
        conn.exec_driver_sql(*ready)


def write_import(session: Session, prepared: PreparedImport) -> ImportResult:
    """Insert the prepared rows (bulk, in the caller's transaction; the caller commits). A
    finished session written in one transaction needs no row per answer: its packed answers are
    its record, as for paper questionnaires (app/data/response_import.py)."""
    if prepared.sessions:
        for table, rows in prepared.tables():
            bulk_insert(session, table, rows, prepared.ready.get(table.name))
        answer_store.changed(session, prepared.campaign_id)
    return ImportResult(len(prepared.sessions), prepared.already_present, prepared.origin)


def import_bundle(
    session: Session, path: Path, campaign_id: int, library: Mapping | None = None
) -> ImportResult:
    """Add the bundle's sessions to the campaign; sessions already present are skipped. The
    caller commits (one transaction: all of the bundle or nothing)."""
    return write_import(session, prepare_import(session, path, campaign_id, library))


# --- undoing an import -----------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRecord:
    origin: str  # "bundle:<sha>" or "file:<sha>" (a paper import; its rows add ":<row>")
    kind: str  # bundle | file
    sessions: int
    file_name: str = ""  # the imported file's name, when the audit log recorded it


def import_audit_detail(kind: str, file_name: str, added: int, origin: str) -> str:
    """The audit text of an import; `list_imports` finds the file's name in it."""
    return f"{kind} {file_name}: {added} added ({origin})"


def origin_key(origin: str) -> str:
    """The import an origin belongs to: a bundle's origin as is, a paper row's without its
    row number."""
    if origin.startswith("file:") and origin.count(":") >= 2:
        return origin.rsplit(":", 1)[0]
    return origin


def list_imports(session: Session, campaign_id: int) -> list[ImportRecord]:
    """The imports that added sessions to the campaign, with how many each added."""
    counts: dict[str, int] = {}
    for origin, n in session.execute(
        select(SurveySession.origin, func.count())
        .where(SurveySession.campaign_id == campaign_id, SurveySession.origin != "")
        .group_by(SurveySession.origin)
    ):
        key = origin_key(origin)
        counts[key] = counts.get(key, 0) + n
    from app.models.users import AuditEntry

    names: dict[str, str] = {}
    for detail in session.scalars(
        select(AuditEntry.detail)
        .where(AuditEntry.action == "import", AuditEntry.object_id == str(campaign_id))
        .order_by(AuditEntry.id)
    ):
        match = re.fullmatch(r"\w+ (.+): \d+ added \((\w+:[0-9a-f]+)\)", detail or "")
        if match:
            names[match.group(2)] = match.group(1)
    return [
        ImportRecord(k, k.split(":", 1)[0], n, names.get(k, "")) for k, n in sorted(counts.items())
    ]


def undo_import(session: Session, campaign_id: int, origin: str, user_id: int | None = None) -> int:
    """Remove exactly the sessions that the import `origin` (see `list_imports`) added to the
    campaign, with their answers and caches, and audit it; returns how many. The caller
    commits. An unknown origin removes nothing."""
    from app.data.audit import record

    origin = origin_key(origin.strip())
    if not origin or ":" not in origin:
        return 0
    match = SurveySession.origin == origin
    if origin.startswith("file:"):
        match = SurveySession.origin.like(
            origin.replace("%", "").replace("_", "\\_") + ":%", escape="\\"
        )
    ids = select(SurveySession.id).where(SurveySession.campaign_id == campaign_id, match)
    count = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
    if not count:
        return 0
    for table in (AnswerVector, Answer, SessionInstrument):
        session.execute(delete(table).where(table.session_id.in_(ids)))
    session.execute(delete(SurveySession).where(SurveySession.campaign_id == campaign_id, match))
    record(
        session,
        "import_undo",
        "campaign",
        campaign_id,
        f"{origin}: {count} removed",
        user_id=user_id,
    )
    return count

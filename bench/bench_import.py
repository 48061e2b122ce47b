"""Benchmark 4 (issue 10): a 10 000-row response XLSX, against pandas.read_excel of the same file;
and (issue 21.2) a 3 000-session bundle from a kiosk PC, against a process that reads the same
bundle and inserts one row per session into SQLite.

    python bench/bench_import.py [--rows 10000] [--sessions 3000] [--only bundle|xlsx]

Reports reading + validating the file (what refuses a bad file), and the whole import into a
campaign (validation, then one transaction writing the sessions, their packed answers and
answer vectors). The target (<= 2x) is for the whole import.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import app  # noqa: E402,F401 - first, as in the program: it sets the BLAS thread count
from app.scoring.instruments import get_instrument  # noqa: E402
from app.scoring.responses import read_responses  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--only", choices=("bundle", "xlsx"))
    args = parser.parse_args()
    if args.only != "xlsx":
        bench_bundle(args.sessions)
    if args.only != "bundle":
        bench_xlsx(args)


def bench_xlsx(args) -> None:
    inst = get_instrument("significance")  # 40 rating columns: the widest common questionnaire
    rng = np.random.default_rng(4)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "responses.xlsx"
        frame = pd.DataFrame(
            rng.integers(0, 6, size=(args.rows, len(inst.items))),
            columns=[item.id for item in inst.items],
        )
        frame.to_excel(path, index=False)
        start = time.perf_counter()
        pd.read_excel(path, dtype=str, engine="openpyxl")
        floor = time.perf_counter() - start
        start = time.perf_counter()
        read_responses(inst, path)
        ours = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "bench": "import_read_and_validate_xlsx",
                    "rows": args.rows,
                    "seconds": round(ours, 2),
                    "floor_seconds": round(floor, 2),
                    "ratio": round(ours / floor, 2),
                    "target_ratio": 2,
                }
            ),
            flush=True,
        )
        from app.data.response_import import import_responses
        from app.data.store import open_database
        from app.models import Campaign, Organisation
        from app.models.campaign import CampaignInstrument

        db = open_database(str(Path(tmp) / "bench.db"))
        with db.session() as s:
            org = Organisation(name_ru="Бенчмарк", name_kk="Бенчмарк")
            s.add(org)
            s.flush()
            campaign = Campaign(
                organisation_id=org.id,
                name="bench",
                status="closed",
                period_start=date(2026, 1, 1),
                period_end=date(2026, 1, 31),
            )
            campaign.instruments = [
                CampaignInstrument(instrument_id=inst.id, instrument_version=inst.version)
            ]
            s.add(campaign)
            s.commit()
            start = time.perf_counter()
            import_responses(s, campaign.id, inst, path)
            s.commit()
            whole = time.perf_counter() - start
        db.dispose()
        print(
            json.dumps(
                {
                    "bench": "import_into_campaign_xlsx",
                    "rows": args.rows,
                    "seconds": round(whole, 2),
                    "floor_seconds": round(floor, 2),
                    "ratio": round(whole / floor, 2),
                    "target_ratio": 2,
                }
            ),
            flush=True,
        )


BUNDLE_INSTRUMENTS = ("climate", "significance", "gerchikov")


def _campaign(path: Path, instruments) -> tuple:
    from app.data.store import open_database
    from app.models import Campaign, Department, Organisation
    from app.models.campaign import CampaignInstrument

    db = open_database(str(path))
    with db.session() as s:
        org = Organisation(name_ru="Бенчмарк", name_kk="Бенчмарк")
        s.add(org)
        s.flush()
        s.add_all(
            [
                Department(
                    organisation_id=org.id,
                    name_ru=f"Отдел {k}",
                    name_kk=f"Бөлім {k}",
                    headcount=500,
                )
                for k in range(6)
            ]
        )
        campaign = Campaign(
            organisation_id=org.id,
            name="bench",
            status="open",
            period_start=date(2026, 1, 1),
            period_end=date(2026, 1, 31),
        )
        campaign.instruments = [
            CampaignInstrument(instrument_id=i.id, instrument_version=i.version)
            for i in instruments
        ]
        s.add(campaign)
        s.commit()
        return db, campaign.id


def _bundle(path: Path, instruments, n: int) -> None:
    """A bundle as a kiosk PC exports it: n finished anonymous sessions with valid answers."""
    import hashlib
    import random
    import uuid
    import zipfile

    from app.data.bundles import FORMAT, VERSION
    from app.scoring.synthetic import AnswerModel, random_respondent

    rng = random.Random(21)
    models = {i.id: AnswerModel(rng) for i in instruments}
    sessions = []
    for _ in range(n):
        manager = rng.random() < 0.2
        answers = {
            i.id: random_respondent(i, models[i.id], is_manager=manager) for i in instruments
        }
        sessions.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "language": "ru",
                "department": f"Отдел {rng.randrange(6)}",
                "tenure_band": "1_3",
                "is_manager": manager,
                "gender": rng.choice(["female", "male"]),
                "instruments": [[i.id, i.version] for i in instruments],
                "answers": {"a": answers, "t": []},
            }
        )
    sessions.sort(key=lambda x: x["id"])
    data = json.dumps({"sessions": sessions}, ensure_ascii=False, sort_keys=True).encode()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "campaign": {"name": "bench", "period_start": "2026-01-01", "period_end": "2026-01-31"},
        "instruments": [[i.id, i.version] for i in instruments],
        "sessions": n,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data)


def _floor(bundle: Path, db_path: Path) -> float:
    """Read the bundle and insert one row per session into SQLite: the least an import does."""
    import sqlite3
    import zipfile

    start = time.perf_counter()
    with zipfile.ZipFile(bundle) as archive:
        sessions = json.loads(archive.read("data.json"))["sessions"]
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE s (id TEXT PRIMARY KEY, department TEXT, answers TEXT)")
    with conn:
        conn.executemany(
            "INSERT INTO s VALUES (?, ?, ?)",
            [(x["id"], x["department"], json.dumps(x["answers"])) for x in sessions],
        )
    conn.close()
    return time.perf_counter() - start


def bench_bundle(n: int) -> None:
    from app.data.bundles import prepare_import, write_import
    from app.scoring.instruments import default_library

    library = default_library()
    instruments = [library[i] for i in BUNDLE_INSTRUMENTS]
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "kiosk.zip"
        _bundle(bundle, instruments, n)
        floor = min(_floor(bundle, Path(tmp) / f"floor{k}.db") for k in range(3))
        times, writes = [], []
        for k in range(3):
            db, cid = _campaign(Path(tmp) / f"bench{k}.db", instruments)
            with db.session() as s:
                start = time.perf_counter()
                prepared = prepare_import(s, bundle, cid, library)
                written = time.perf_counter()
                result = write_import(s, prepared)
                s.commit()
                times.append(time.perf_counter() - start)
                writes.append(time.perf_counter() - written)
            assert result.added == n, result
            db.dispose()
        ours = min(times)
        latency = _kiosk_latency_during_import(Path(tmp), bundle, instruments, library)
        print(
            json.dumps(
                {
                    "bench": "import_bundle",
                    "sessions": n,
                    "instruments": list(BUNDLE_INSTRUMENTS),
                    "seconds": round(ours, 3),
                    "floor_seconds": round(floor, 3),
                    "ratio": round(ours / floor, 2),
                    "target_ratio": 5,
                    "write_transaction_seconds": round(min(writes), 3),
                }
            ),
            flush=True,
        )
        print(
            json.dumps(
                {
                    "bench": "kiosk_answer_during_bundle_import",
                    "sessions": n,
                    **latency,
                    "target_max_seconds": 0.5,
                }
            ),
            flush=True,
        )


_KIOSK = """
import sys, time
sys.path.insert(0, sys.argv[3])
from app.data.sessions import record_answer, start_session
from app.data.store import open_database
db = open_database(sys.argv[1])
with db.session() as s:
    sid = start_session(s, int(sys.argv[2]), "ru", [("climate", "1.0")])
print("ready", flush=True)
k = 0
while True:
    start = time.perf_counter()
    with db.session() as s:
        record_answer(s, sid, "climate", f"q{1 + k % 10}", 1 + k % 8)
    print(f"{time.time():.4f} {time.perf_counter() - start:.4f}", flush=True)
    k += 1
    time.sleep(0.01)
"""


def _kiosk_latency_during_import(tmp: Path, bundle: Path, instruments, library) -> dict:
    """A kiosk in a process of its own answers every 10 ms while the bundle is imported: the
    longest time one answer took to be committed, and how many were stored meanwhile."""
    import subprocess

    from app.data.bundles import import_bundle
    from app.data.store import open_database

    db, cid = _campaign(tmp / "latency.db", instruments)
    db.dispose()
    root = str(Path(__file__).resolve().parent.parent)
    kiosk = subprocess.Popen(
        [sys.executable, "-c", _KIOSK, str(tmp / "latency.db"), str(cid), root],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        hr = open_database(str(tmp / "latency.db"))
        with hr.session() as s:
            began = time.time()
            import_bundle(s, bundle, cid, library)
            s.commit()
            ended = time.time()
        hr.dispose()
        time.sleep(0.5)
    finally:
        kiosk.terminate()
        out, _ = kiosk.communicate(timeout=30)
    during = [
        float(lat)
        for at, lat in (line.split() for line in out.splitlines())
        if began <= float(at) <= ended + float(lat)
    ]
    return {
        "import_seconds": round(ended - began, 3),
        "answers_during_import": len(during),
        "max_answer_seconds": round(max(during or [0.0]), 3),
        "median_answer_seconds": round(sorted(during)[len(during) // 2], 4) if during else 0,
    }


if __name__ == "__main__":
    main()

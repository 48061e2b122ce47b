"""Benchmark 3 (issue 10): scoring a campaign, against a numpy floor.

    python bench/bench_scoring.py [--sizes 10000 100000] [--db-size 10000]

Prints one JSON line per measurement. The floor computes the same group figures with numpy on
arrays already in memory (means per item / scale, counts per answer value); "in_memory" runs our
scoring on the same answer tables; "from_db" also loads the answers from a SQLite campaign.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.scoring.analysis import analyse  # noqa: E402
from app.scoring.engine import score  # noqa: E402
from app.scoring.frame import frame_columns  # noqa: E402
from app.scoring.group import factor_matrix, group_profile  # noqa: E402
from app.scoring.instruments import default_library  # noqa: E402
from app.scoring.level import load_parameters  # noqa: E402

PACK = True
INSTRUMENTS = ("significance", "satisfaction", "job_satisfaction", "schein", "hall_ei", "gerchikov")


def synthetic_frame(inst, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """Valid random answers in the canonical column layout (see app/scoring/frame.py)."""
    columns = frame_columns(inst)
    data = {}
    for item in inst.items:
        fmt = item.format
        if fmt.type == "multi":
            k = len(fmt.options)
            chosen = rng.integers(0, k, size=n)
            for o in range(k):
                data[f"{item.id}_{o + 1}"] = (chosen == o).astype(float)
        elif fmt.type == "split":
            first = rng.integers(0, fmt.total + 1, size=n)
            parts = [first, fmt.total - first] + [np.zeros(n)] * (fmt.parts - 2)
            for letter, values in zip("abcd", parts):
                data[f"{item.id}{letter}"] = values.astype(float)
        elif fmt.type == "single":
            data[item.id] = rng.integers(1, len(fmt.options) + 1, size=n).astype(float)
        else:
            values = [v for v in range(fmt.min, fmt.max + 1) if v not in fmt.exclude]
            data[item.id] = rng.choice(values, size=n).astype(float)
    return pd.DataFrame(data, columns=columns)


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def ours(library, frames):
    for inst_id, frame in frames.items():
        inst = library[inst_id]
        if inst.scoring.method == "factor_matrix":
            factor_matrix(inst, frame)
        else:
            group_profile(score(inst, frame))


def floor(arrays):
    """Means per column and a 0..5 value histogram per column: the least any scorer must do."""
    for values in arrays.values():
        np.nanmean(values, axis=0)
        for v in range(6):
            (values == v).sum(axis=0)


def bench_memory(n: int, library, rng) -> dict:
    frames = {i: synthetic_frame(library[i], n, rng) for i in INSTRUMENTS}
    arrays = {i: f.to_numpy() for i, f in frames.items()}
    t_ours = timed(lambda: ours(library, frames))
    t_floor = timed(lambda: floor(arrays))
    return {"bench": "scoring_in_memory", "respondents": n, "seconds": round(t_ours, 4),
            "floor_seconds": round(t_floor, 4), "ratio": round(t_ours / t_floor, 2),
            "us_per_respondent": round(t_ours / n * 1e6, 2)}


def build_db(path: Path, n: int, library, rng):
    from sqlalchemy import insert

    from app.models import Campaign, Department, Organisation
    from app.models.campaign import Answer, CampaignInstrument, SessionInstrument, SurveySession
    from app.models.store import open_database

    db = open_database(str(path))
    with db.session() as s:
        org = Organisation(name_ru="Бенчмарк", name_kk="Бенчмарк")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=n)
        s.add(dept)
        campaign = Campaign(organisation_id=org.id, name="bench", period_start=date(2026, 1, 1),
                            period_end=date(2026, 1, 31), status="closed")
        campaign.instruments = [CampaignInstrument(instrument_id=i, instrument_version="1.0",
                                                   position=k) for k, i in enumerate(INSTRUMENTS)]
        s.add(campaign)
        s.flush()
        sessions, answers = [], []
        frames = {i: synthetic_frame(library[i], n, rng) for i in INSTRUMENTS}
        for r in range(n):
            sid = uuid.uuid4()
            sessions.append({"id": sid, "campaign_id": campaign.id, "kind": "anonymous",
                             "held_on": date(2026, 1, 15), "state": "finished",
                             "language": "ru", "department_id": dept.id})
            for inst_id in INSTRUMENTS:
                inst = library[inst_id]
                row = frames[inst_id].iloc[r]
                for item in inst.items:
                    fmt = item.format
                    if fmt.type == "multi":
                        value = [o + 1 for o in range(len(fmt.options))
                                 if row[f"{item.id}_{o + 1}"] == 1]
                    elif fmt.type == "split":
                        value = [int(row[f"{item.id}{x}"]) for x in "abcd"[:fmt.parts]]
                    else:
                        value = int(row[item.id])
                    answers.append({"id": uuid.uuid4(), "session_id": sid,
                                    "instrument_id": inst_id, "item_id": item.id,
                                    "value": value, "own_text": ""})
        s.execute(insert(SurveySession), sessions)
        s.execute(insert(SessionInstrument), [
            {"session_id": x["id"], "instrument_id": i, "instrument_version": "1.0",
             "finished": True} for x in sessions for i in INSTRUMENTS])
        s.execute(insert(Answer), answers)
        s.commit()
        if PACK:
            from app.models.sessions import pack_finished_sessions

            pack_finished_sessions(s, campaign.id)  # what finish_session does in the kiosk
            s.commit()
        return db, campaign.id, frames


def bench_db(n: int, library, rng) -> dict:
    from app.models.analysis_data import load_campaign_data

    with tempfile.TemporaryDirectory() as tmp:
        db, campaign_id, frames = build_db(Path(tmp) / "bench.db", n, library, rng)
        arrays = {i: f.to_numpy() for i, f in frames.items()}
        parameters = load_parameters()

        def run():
            with db.session() as s:
                data = load_campaign_data(s, campaign_id, library)
            analyse(data, library, parameters)

        t_ours = timed(run, repeat=1)
        t_floor = timed(lambda: floor(arrays))
        db.dispose()
    return {"bench": "scoring_from_db", "respondents": n, "seconds": round(t_ours, 3),
            "floor_seconds": round(t_floor, 4), "ratio": round(t_ours / t_floor, 1),
            "us_per_respondent": round(t_ours / n * 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000, 100000])
    parser.add_argument("--db-size", type=int, default=10000, help="0 skips the database run")
    parser.add_argument("--unpacked", action="store_true",
                        help="leave sessions unpacked (per-answer rows, as before 0002)")
    parser.add_argument("--default-malloc", action="store_true",
                        help="leave glibc's allocator as it is (the app tunes it, app/memory.py)")
    args = parser.parse_args()
    if not args.default_malloc:
        from app.memory import tune_allocator

        tune_allocator()  # as `motivdesk` does at start; the floor runs under it too
    global PACK
    PACK = not args.unpacked
    library = default_library()
    rng = np.random.default_rng(2026)
    results = [bench_memory(n, library, rng) for n in args.sizes]
    for r in results:
        print(json.dumps(r), flush=True)
    if len(results) >= 2:
        growth = results[-1]["us_per_respondent"] / results[0]["us_per_respondent"]
        print(json.dumps({"bench": "scoring_linearity", "per_respondent_ratio": round(growth, 2),
                          "target": 1.3}), flush=True)
    import resource

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"bench": "peak_rss_after_in_memory_runs", "largest": max(args.sizes),
                      "mib": round(peak_mib), "target_mib": 1024}), flush=True)
    if args.db_size:
        print(json.dumps(bench_db(args.db_size, library, rng)), flush=True)


if __name__ == "__main__":
    main()

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import app  # noqa: E402,F401 - first, as in the program: it sets the BLAS thread count
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
            for letter, values in zip("abcd", parts, strict=False):  # fewer parts than letters
                data[f"{item.id}{letter}"] = values.astype(float)
        elif fmt.type == "single":
            data[item.id] = rng.integers(1, len(fmt.options) + 1, size=n).astype(float)
        else:
            values = [v for v in range(fmt.min, fmt.max + 1) if v not in fmt.exclude]
            data[item.id] = rng.choice(values, size=n).astype(float)
    return pd.DataFrame(data, columns=columns)


def stored_values(inst, frame: pd.DataFrame) -> list[dict]:
    """Each row of a synthetic table as the answers the kiosk stores ({item: value})."""
    columns = {c: frame[c].to_numpy() for c in frame.columns}
    out: list[dict] = [{} for _ in range(len(frame))]
    for item in inst.items:
        fmt = item.format
        if fmt.type == "multi":
            ticks = np.column_stack(
                [columns[f"{item.id}_{o + 1}"] for o in range(len(fmt.options))]
            )
            for r, row in enumerate(ticks.tolist()):
                out[r][item.id] = [o + 1 for o, t in enumerate(row) if t == 1]
        elif fmt.type == "split":
            parts = np.column_stack([columns[f"{item.id}{x}"] for x in "abcd"[: fmt.parts]])
            for r, row in enumerate(parts.astype(int).tolist()):
                out[r][item.id] = row
        else:
            for r, value in enumerate(columns[item.id].astype(int).tolist()):
                out[r][item.id] = value
    return out


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
    return {
        "bench": "scoring_in_memory",
        "respondents": n,
        "seconds": round(t_ours, 4),
        "floor_seconds": round(t_floor, 4),
        "ratio": round(t_ours / t_floor, 2),
        "us_per_respondent": round(t_ours / n * 1e6, 2),
    }


def build_db(path: Path, n: int, library, rng, answer_rows: bool):
    """A closed campaign of `n` finished anonymous sessions, stored as the kiosk leaves them
    (app/data/answer_store.py): the record (one document per session) and the cache (its
    answer vector, and the campaign's snapshot written once the campaign is closed). With
    `--unpacked`, the record is one row per answer and there is no cache (a database as
    schema 0001 left it)."""
    from sqlalchemy import insert

    from app.data.store import open_database
    from app.models import Campaign, Department, Organisation
    from app.models.campaign import (
        Answer,
        AnswerVector,
        CampaignInstrument,
        SessionInstrument,
        SurveySession,
    )
    from app.scoring.matrix import encode_table

    db = open_database(str(path))
    frames = {i: synthetic_frame(library[i], n, rng) for i in INSTRUMENTS}
    layout, blobs = encode_table({i: f.to_numpy() for i, f in frames.items()}, library)
    with db.session() as s:
        org = Organisation(name_ru="Бенчмарк", name_kk="Бенчмарк")
        s.add(org)
        s.flush()
        depts = []
        for k in range(8):
            dept = Department(
                organisation_id=org.id, name_ru=f"Отдел {k}", name_kk=f"Бөлім {k}", headcount=n // 8
            )
            s.add(dept)
            depts.append(dept)
        campaign = Campaign(
            organisation_id=org.id,
            name="bench",
            period_start=date(2026, 1, 1),
            period_end=date(2026, 1, 31),
            status="closed",
        )
        campaign.instruments = [
            CampaignInstrument(instrument_id=i, instrument_version="1.0", position=k)
            for k, i in enumerate(INSTRUMENTS)
        ]
        s.add(campaign)
        s.flush()
        bands = ("lt1", "1_3", "3_5", "5_10", "gt10", None)
        stored = {i: stored_values(library[i], frames[i]) for i in INSTRUMENTS}
        for start in range(0, n, 10000):
            sessions, links, answers, vectors = [], [], [], []
            for r in range(start, min(n, start + 10000)):
                sid = uuid.uuid4()
                packed = {i: stored[i][r] for i in INSTRUMENTS}
                sessions.append(
                    {
                        "id": sid,
                        "campaign_id": campaign.id,
                        "kind": "anonymous",
                        "held_on": None,
                        "state": "finished",
                        "language": "ru",
                        "department_id": depts[r % 8].id,
                        "tenure_band": bands[r % 6],
                        "is_manager": r % 5 == 0,
                        "packed_answers": {"a": packed, "t": []} if PACK else None,
                    }
                )
                if PACK:
                    vectors.append(
                        {
                            **{
                                k: sessions[-1][k]
                                for k in (
                                    "campaign_id",
                                    "kind",
                                    "department_id",
                                    "tenure_band",
                                    "is_manager",
                                )
                            },
                            "session_id": sid,
                            "layout": layout,
                            "data": blobs[r],
                        }
                    )
                links += [
                    {
                        "session_id": sid,
                        "instrument_id": i,
                        "instrument_version": "1.0",
                        "finished": True,
                    }
                    for i in INSTRUMENTS
                ]
                if answer_rows and not PACK:
                    answers += [
                        {
                            "id": uuid.uuid4(),
                            "session_id": sid,
                            "instrument_id": i,
                            "item_id": item,
                            "value": value,
                            "own_text": "",
                        }
                        for i, items in packed.items()
                        for item, value in items.items()
                    ]
            s.execute(insert(SurveySession), sessions)
            s.execute(insert(SessionInstrument), links)
            if answers:
                s.execute(insert(Answer), answers)
            if vectors:
                s.execute(insert(AnswerVector), vectors)
        s.commit()
        campaign_id = campaign.id
    if PACK:  # what closing the campaign does once it commits (answer_store.changed)
        from app.data.answer_store import refresh_snapshot

        refresh_snapshot(db.engine, campaign_id)
    return db, campaign_id, frames


def bench_db(n: int, library, rng, pg_url: str | None = None) -> dict:
    """Build the campaign here, then time it in a fresh process (`--analyse`), so that its peak
    memory is that of analysing, not of generating 100 000 respondents. With `pg_url` the
    campaign is built on that PostgreSQL database (its public schema is emptied first)."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "bench.db")
        if pg_url:
            from sqlalchemy import create_engine, text

            engine = create_engine(pg_url)
            with engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            engine.dispose()
            target = pg_url
        db, campaign_id, _frames = build_db(
            target, n, library, rng, answer_rows=n <= 20000 or not PACK
        )
        db.dispose()
        del _frames
        if pg_url:  # the planner's statistics, as autovacuum would have them by then
            from sqlalchemy import create_engine

            engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
            engine.dispose()
        out = subprocess.run(
            [sys.executable, __file__, "--analyse", target, str(campaign_id)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["backend"] = "postgresql" if pg_url else "sqlite"
    return result


def _peak_rss_mib() -> float:
    """This process's peak resident memory since it started (VmHWM: unlike ru_maxrss, it is not
    inherited from the parent that forked it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def analyse_db(path: str, campaign_id: int) -> dict:
    """In the child: database -> all group figures, against the floor on the loaded arrays."""

    from app.data.answer_store import load_campaign_data
    from app.data.store import open_database

    library = default_library()
    db = open_database(path)
    parameters = load_parameters()

    def run():
        with db.session() as s:
            data = load_campaign_data(s, campaign_id, library)
        analyse(data, library, parameters)
        return data

    data = run()  # the first run also warms SQLite's page cache, as a second look at a campaign
    n = len(data.meta)
    # the floor's arrays in the layout the in-memory floor has (column-major, contiguous)
    arrays = {i: np.asfortranarray(f.to_numpy(dtype=float)) for i, f in data.frames.items()}
    del data
    # best of many at small sizes: tens of milliseconds are at the mercy of the machine
    repeat = max(3, min(15, 150_000 // max(n, 1)))
    t_ours = timed(run, repeat=repeat)
    t_floor = timed(lambda: floor(arrays), repeat=repeat)

    def load():
        with db.session() as s:
            return load_campaign_data(s, campaign_id, library)

    # the store alone (issue 19.1), and the store with the scoring the in-memory bench times:
    # what the database adds to the same work, apart from the analysis' other figures
    t_load = timed(load, repeat=repeat)
    t_load_score = timed(lambda: ours(library, load().frames), repeat=repeat)
    db.dispose()
    peak_mib = _peak_rss_mib()
    return {
        "bench": "scoring_from_db",
        "respondents": n,
        "seconds": round(t_ours, 4),
        "load_seconds": round(t_load, 4),
        "load_and_score_seconds": round(t_load_score, 4),
        "load_and_score_ratio": round(t_load_score / t_floor, 2),
        "floor_seconds": round(t_floor, 4),
        "ratio": round(t_ours / t_floor, 2),
        "us_per_respondent": round(t_ours / n * 1e6, 2),
        "target_ratio": 3,
        "peak_rss_mib": round(peak_mib),
        "target_mib": 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10000, 100000])
    parser.add_argument(
        "--db-sizes",
        type=int,
        nargs="*",
        default=[10000, 100000],
        help="campaign sizes read from a SQLite database (none: skip)",
    )
    parser.add_argument(
        "--unpacked",
        action="store_true",
        help="sessions without packed answers or vectors (per-answer rows, as before schema 0002)",
    )
    parser.add_argument(
        "--default-malloc",
        action="store_true",
        help="leave glibc's allocator as it is (the app tunes it, app/memory.py)",
    )
    parser.add_argument(
        "--pg-url",
        metavar="URL",
        help="also read the campaigns from this PostgreSQL database (its public "
        "schema is emptied): e.g. the server scripts/start_test_postgres.sh "
        "starts; target: within 3x the SQLite figure",
    )
    parser.add_argument("--analyse", nargs=2, metavar=("DB", "CAMPAIGN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.default_malloc:
        from app.memory import tune_allocator

        tune_allocator()  # as `motivdesk` does at start; the floor runs under it too
    if args.analyse:
        print(json.dumps(analyse_db(args.analyse[0], int(args.analyse[1]))), flush=True)
        return
    global PACK
    PACK = not args.unpacked
    library = default_library()
    rng = np.random.default_rng(2026)
    results = [bench_memory(n, library, rng) for n in args.sizes]
    for r in results:
        print(json.dumps(r), flush=True)
    if len(results) >= 2:
        growth = results[-1]["us_per_respondent"] / results[0]["us_per_respondent"]
        print(
            json.dumps(
                {
                    "bench": "scoring_linearity",
                    "per_respondent_ratio": round(growth, 2),
                    "target": 1.3,
                }
            ),
            flush=True,
        )
    peak_mib = _peak_rss_mib()
    print(
        json.dumps(
            {
                "bench": "peak_rss_after_in_memory_runs",
                "largest": max(args.sizes),
                "mib": round(peak_mib),
                "target_mib": 1024,
            }
        ),
        flush=True,
    )
    db_results = []
    for n in args.db_sizes:
        db_results.append(bench_db(n, library, rng))
        print(json.dumps(db_results[-1]), flush=True)
    if len(db_results) >= 2:
        growth = db_results[-1]["us_per_respondent"] / db_results[0]["us_per_respondent"]
        print(
            json.dumps(
                {
                    "bench": "from_db_linearity",
                    "per_respondent_ratio": round(growth, 2),
                    "target": 1.3,
                }
            ),
            flush=True,
        )
    if args.pg_url:
        for n, sqlite_result in zip(args.db_sizes, db_results, strict=True):
            result = bench_db(n, library, rng, pg_url=args.pg_url)
            result["vs_sqlite"] = round(result["seconds"] / sqlite_result["seconds"], 2)
            result["target_vs_sqlite"] = 3
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

"""Benchmark (issue 16.1): how long a filter change on the analysis screen takes.

    python bench/bench_filter.py [--respondents 10000] [--repeat 5]

Builds a closed campaign of N respondents in a temporary SQLite file (bench_scoring.build_db:
8 departments, 6 tenure bands, managers), then times what the analysis page asks of the one
analysis service (app/services/analysis.py) when an HR officer clicks through the filters:
the first look at the campaign (loads and caches the answers of this data revision), then each
filter change (department, tenure band, manager, gender, and back to everyone) on the warm
cache. Prints one JSON line per measurement; the target is about 100 ms per filter change at
10 000 respondents.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from bench_scoring import build_db  # noqa: E402

import app  # noqa: E402,F401 - first, as in the program: it sets the BLAS thread count
from app.scoring.analysis import Filter  # noqa: E402
from app.scoring.instruments import default_library  # noqa: E402
from app.scoring.level import load_parameters  # noqa: E402
from app.services.analysis import AnalysisService  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    library = default_library()
    rng = np.random.default_rng(20261204)
    with tempfile.TemporaryDirectory() as tmp:
        db, campaign_id, _frames = build_db(
            Path(tmp) / "bench.db", args.respondents, library, rng, answer_rows=False
        )
        del _frames
        service = AnalysisService(library, load_parameters())
        from sqlalchemy import select

        from app.models import Department

        with db.session() as s:
            departments = list(s.scalars(select(Department.id).order_by(Department.id)))
        start = time.perf_counter()
        with db.session() as s:
            service.analyse(s, campaign_id, Filter())
        first = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "bench": "analysis_first_look",
                    "respondents": args.respondents,
                    "seconds": round(first, 3),
                }
            ),
            flush=True,
        )
        filters = [
            Filter(department_id=departments[0]),
            Filter(department_id=departments[1]),
            Filter(tenure_band="3_5"),
            Filter(is_manager=True),
            Filter(gender="female"),
            Filter(department_id=departments[2], is_manager=False),
            Filter(),
        ]
        times, first_pass = [], []
        for round_ in range(args.repeat):
            for flt in filters:
                start = time.perf_counter()
                with db.session() as s:
                    result = service.analyse(s, campaign_id, flt)
                (first_pass if round_ == 0 else times).append(time.perf_counter() - start)
                assert result.analysis is not None
        db.dispose()
    # a view seen for the first time (computed on the cached answers) and one seen again
    # (the service keeps results per data revision)
    for name, sample in (
        ("analysis_filter_change_new_view", first_pass),
        ("analysis_filter_change_seen_view", times),
    ):
        if sample:
            print(
                json.dumps(
                    {
                        "bench": name,
                        "respondents": args.respondents,
                        "changes": len(sample),
                        "median_ms": round(statistics.median(sample) * 1000),
                        "max_ms": round(max(sample) * 1000),
                        "target_ms": 100,
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()

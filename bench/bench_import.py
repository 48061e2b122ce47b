"""Benchmark 4 (issue 10): a 10 000-row response XLSX, against pandas.read_excel of the same file.

    python bench/bench_import.py [--rows 10000]

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

import app  # noqa: E402,F401 - first, as in the program: it sets the BLAS thread count

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from app.scoring.instruments import get_instrument  # noqa: E402
from app.scoring.responses import read_responses  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    args = parser.parse_args()
    inst = get_instrument("significance")  # 40 rating columns: the widest common questionnaire
    rng = np.random.default_rng(4)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "responses.xlsx"
        frame = pd.DataFrame(rng.integers(0, 6, size=(args.rows, len(inst.items))),
                             columns=[item.id for item in inst.items])
        frame.to_excel(path, index=False)
        start = time.perf_counter()
        pd.read_excel(path, dtype=str, engine="openpyxl")
        floor = time.perf_counter() - start
        start = time.perf_counter()
        read_responses(inst, path)
        ours = time.perf_counter() - start
        print(json.dumps({"bench": "import_read_and_validate_xlsx", "rows": args.rows,
                          "seconds": round(ours, 2), "floor_seconds": round(floor, 2),
                          "ratio": round(ours / floor, 2), "target_ratio": 2}), flush=True)
        from app.models import Campaign, Organisation
        from app.models.campaign import CampaignInstrument
        from app.models.response_import import import_responses
        from app.models.store import open_database

        db = open_database(str(Path(tmp) / "bench.db"))
        with db.session() as s:
            org = Organisation(name_ru="Бенчмарк", name_kk="Бенчмарк")
            s.add(org)
            s.flush()
            campaign = Campaign(organisation_id=org.id, name="bench", status="closed",
                                period_start=date(2026, 1, 1), period_end=date(2026, 1, 31))
            campaign.instruments = [CampaignInstrument(instrument_id=inst.id,
                                                       instrument_version=inst.version)]
            s.add(campaign)
            s.commit()
            start = time.perf_counter()
            import_responses(s, campaign.id, inst, path)
            s.commit()
            whole = time.perf_counter() - start
        db.dispose()
        print(json.dumps({"bench": "import_into_campaign_xlsx", "rows": args.rows,
                          "seconds": round(whole, 2), "floor_seconds": round(floor, 2),
                          "ratio": round(whole / floor, 2), "target_ratio": 2}), flush=True)


if __name__ == "__main__":
    main()

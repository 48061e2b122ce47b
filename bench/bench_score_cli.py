"""Benchmark (issue 21.1): `motivdesk score significance --input FILE.csv --json` on a large file,
against a pandas process that reads the same file and computes the same per-factor figures.

    python bench/bench_score_cli.py [--rows 100000] [--repeat 3]

Both run as separate processes (start-up and imports included, as a user waits for them), output
to /dev/null; the best of `--repeat` runs of each. Prints one JSON line: ours, floor, ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What the floor computes: per answer column N (rated), Σ, strength % = Σ×100/(N×5), mean and the
# shares of §3 (high 4-5, medium 3, low 0-2, maximum 5, zero 0, positive 3-5, negative 0-2).
FLOOR = r"""
import json, sys
import pandas as pd
frame = pd.read_csv(sys.argv[1])
answers = frame[[c for c in frame.columns if c.startswith("q")]].astype(float)
n = answers.notna().sum()
total = answers.sum()
out = {}
for c in answers.columns:
    col = answers[c]
    out[c] = {"n": int(n[c]), "sum": float(total[c]), "strength_pct": float(total[c] * 100 / (n[c] * 5)),
              "mean": float(total[c] / n[c]),
              "high_share": float((col >= 4).sum() / n[c]), "medium_share": float((col == 3).sum() / n[c]),
              "low_share": float((col <= 2).sum() / n[c]), "max_share": float((col == 5).sum() / n[c]),
              "zero_share": float((col == 0).sum() / n[c]), "positive_share": float((col >= 3).sum() / n[c]),
              "negative_share": float((col <= 2).sum() / n[c])}
json.dump({"n": len(frame), "factors": out}, sys.stdout)
"""


def _best(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=39)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(21)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "responses.csv"
        frame = pd.DataFrame(
            rng.integers(0, 6, size=(args.rows, args.answers)),
            columns=[f"q{k}" for k in range(1, args.answers + 1)],
        )
        frame.insert(0, "respondent", [f"R{k}" for k in range(args.rows)])
        frame.to_csv(path, index=False)
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        floor = _best([sys.executable, str(floor_script), str(path)], args.repeat)
        ours = _best(
            [sys.executable, "-m", "app", "score", "significance", "--input", str(path), "--json"],
            args.repeat,
        )
    print(
        json.dumps(
            {
                "bench": "score_cli_json",
                "rows": args.rows,
                "answers": args.answers,
                "seconds": round(ours, 2),
                "floor_seconds": round(floor, 2),
                "ratio": round(ours / floor, 2),
                "target_ratio": 2,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()

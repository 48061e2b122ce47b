"""Group figures (PRODUCT.md §3): factor matrices, profiles, type distributions, tables.

Pure functions over the canonical answer table and `ScoreTable`s. Which of these figures may be
shown for a given group (anonymity threshold) is decided elsewhere, by one privacy function.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.scoring.definitions import Instrument
from app.scoring.engine import ScoreTable, winner_codes

# Answer categories of the factor matrices (tables 2.1, 2.2, 2.6), for 0-5 ratings.
FACTOR_CATEGORIES = {
    "high": (4, 5),
    "medium": (3, 3),
    "low": (0, 2),
    "maximum": (5, 5),
    "zero": (0, 0),
    "positive": (3, 5),
    "negative": (0, 2),
}
FACTOR_COLUMNS = (
    ["n", "sum", "max_possible", "strength_pct", "mean"]
    + [f"count_{v}" for v in range(6)]
    + [f"{c}_count" for c in FACTOR_CATEGORIES]
    + [f"{c}_share" for c in FACTOR_CATEGORIES]
)

# Job satisfaction: share of respondents by total (% of maximum), seed App. 3.
SATISFACTION_GROUPS = {"high": (60.0, None), "medium": (40.0, 60.0), "low": (None, 40.0)}


def _value_counts(values: np.ndarray, max_score: int) -> np.ndarray | None:
    """Respondents per value 0..max_score and column (columns x values) in one bincount over
    int8 codes, or None when some rating is not an integer in range (the caller then compares
    value by value). Small temporaries matter here: at 10 000 respondents, allocating a few
    float64 copies costs more than the counting itself."""
    width = max_score + 1
    k = values.shape[1]
    with np.errstate(invalid="ignore"):
        small = values.astype(np.int8)  # NaN and foreign values become junk, caught next
    small[~((small == values) & (small >= 0) & (small <= max_score))] = width  # "other" bin
    code_type = np.int16 if k * (width + 1) < 2**15 else np.int64
    cells = small.astype(code_type) + code_type(width + 1) * np.arange(k, dtype=code_type)
    counts = np.bincount(cells.ravel(), minlength=k * (width + 1)).reshape(k, width + 1)
    if int(counts[:, width].sum()) != int(np.count_nonzero(np.isnan(values))):
        return None
    return counts[:, :width]


def factor_matrix(instrument: Instrument, frame: pd.DataFrame, max_score: int = 5) -> pd.DataFrame:
    """One row per rated item: Σ, maximum = N × 5, strength %, mean, counts and shares.

    N is the number of respondents who rated that factor (blank = did not rate it).
    Shares are fractions 0..1 of N.
    """
    ids = [it.id for it in instrument.items if it.format.type == "rating"]
    values = frame[ids].to_numpy(dtype=float) if ids else np.empty((len(frame), 0))
    counts = _value_counts(values, max_score)
    if counts is not None:  # the methodology's 0..5 integers: everything from the counts
        n = counts.sum(axis=1)
        total = (counts @ np.arange(max_score + 1)).astype(float)
        in_range = {
            name: counts[:, lo : hi + 1].sum(axis=1) for name, (lo, hi) in FACTOR_CATEGORIES.items()
        }
    else:  # anything else: compare value by value
        rated = ~np.isnan(values)
        n = rated.sum(axis=0)
        total = np.where(rated, values, 0.0).sum(axis=0)
        counts = np.column_stack([(values == v).sum(axis=0) for v in range(max_score + 1)])
        in_range = {
            name: ((values >= lo) & (values <= hi)).sum(axis=0)
            for name, (lo, hi) in FACTOR_CATEGORIES.items()
        }
    columns: dict[str, np.ndarray] = {"n": n, "sum": total, "max_possible": n * max_score}
    with np.errstate(invalid="ignore", divide="ignore"):
        columns["strength_pct"] = np.where(n > 0, total * 100.0 / (n * max_score), np.nan)
        columns["mean"] = np.where(n > 0, total / n, np.nan)
        for v in range(max_score + 1):
            columns[f"count_{v}"] = counts[:, v]
        for name, count in in_range.items():
            columns[f"{name}_count"] = count
            columns[f"{name}_share"] = np.where(n > 0, count / np.maximum(n, 1), np.nan)
    return pd.DataFrame(columns, index=pd.Index(ids, name="item"))


@dataclass(frozen=True)
class Profile:
    """Mean score per scale over a group; `n` respondents scored on each scale."""

    means: dict[str, float | None]
    n: dict[str, int]


def group_profile(table: ScoreTable) -> Profile:
    values = table.scores.to_numpy(dtype=float)
    scored = ~np.isnan(values)
    counts = scored.sum(axis=0)
    sums = np.where(scored, values, 0.0).sum(axis=0)
    names = list(table.scores.columns)
    means = {c: (float(sums[k] / counts[k]) if counts[k] else None) for k, c in enumerate(names)}
    return Profile(means=means, n={c: int(counts[k]) for k, c in enumerate(names)})


@dataclass(frozen=True)
class TypeDistribution:
    """Respondents by leading type (App. 4 fig. 4.2); ties are counted as 'mixed'."""

    counts: dict[str, int]
    shares: dict[str, float]
    mixed: int
    scored: int  # respondents with a leading type (single or mixed)


def type_distribution(table: ScoreTable) -> TypeDistribution:
    scale_ids = list(table.scores.columns)
    codes = winner_codes(table.scores)
    counts = {k: int(np.count_nonzero(codes == 1 << b)) for b, k in enumerate(scale_ids)}
    mixed = int(np.count_nonzero((codes & (codes - 1)) != 0))
    scored = sum(counts.values()) + mixed
    shares = {k: (v / scored if scored else 0.0) for k, v in counts.items()}
    return TypeDistribution(counts, shares, mixed, scored)


def table_by_group(table: ScoreTable, groups: pd.Series, order: list) -> pd.DataFrame:
    """Mean scale score per group (columns) and overall ('all'); e.g. table 3.4 by tenure band.

    `groups` holds each respondent's group key (NaN/None = 'not given').
    """
    codes, uniques = pd.factorize(groups.to_numpy(dtype=object))  # not given: -1
    position = {key: k for k, key in enumerate(uniques)}
    position["not_given"] = -1
    values = table.scores.to_numpy(dtype=float)
    names = list(table.scores.columns)
    # Per group and scale at once: sums and counts of the scored values by bincount (group
    # code + 1, so "not given" is bin 0); a mean is NaN where nobody in the group was scored.
    scored = ~np.isnan(values)
    filled = np.where(scored, values, 0.0)
    bins = codes + 1
    width = len(uniques) + 1
    sums = (
        np.column_stack(
            [
                np.bincount(bins, weights=filled[:, k], minlength=width)
                for k in range(values.shape[1])
            ]
        )
        if names
        else np.zeros((width, 0))
    )
    counts = (
        np.column_stack(
            [
                np.bincount(bins, weights=scored[:, k], minlength=width)
                for k in range(values.shape[1])
            ]
        )
        if names
        else sums
    )
    sizes_by_bin = np.bincount(bins, minlength=width)
    out, sizes = {}, {}
    with np.errstate(invalid="ignore", divide="ignore"):
        for key in list(order) + ["not_given"]:
            if key not in position or not sizes_by_bin[position[key] + 1]:
                continue
            b = position[key] + 1
            out[key] = sums[b] / counts[b]
            sizes[key] = int(sizes_by_bin[b])
        out["all"] = filled.sum(axis=0) / scored.sum(axis=0)
    sizes["all"] = len(codes)
    result = pd.DataFrame(out, index=names)
    result.loc["_n"] = [sizes[k] for k in result.columns]
    return result


def satisfaction_shares(table: ScoreTable, scale_id: str = "total") -> dict[str, float]:
    """Shares (0..1) of scored respondents with high (≥ 60), medium (40-60), low (< 40) totals."""
    values = table.scores[scale_id].dropna().to_numpy()
    if not len(values):
        return dict.fromkeys(SATISFACTION_GROUPS, 0.0)
    result = {}
    for name, (lo, hi) in SATISFACTION_GROUPS.items():
        mask = np.ones(len(values), dtype=bool)
        if lo is not None:
            mask &= values >= lo
        if hi is not None:
            mask &= values < hi
        result[name] = float(mask.mean())
    return result


def value_counts(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    """Respondents per answer value for rating/bipolar items (table 2.7 layout)."""
    rows = {}
    for item in instrument.items:
        fmt = item.format
        if fmt.type not in ("rating", "bipolar"):
            continue
        col = frame[item.id]
        rows[item.id] = {v: int((col == v).sum()) for v in fmt.allowed_values()}
    return pd.DataFrame(rows).T

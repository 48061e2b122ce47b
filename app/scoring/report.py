"""Assemble the `score --json` document (PRODUCT.md §10) from scored data. Pure data, no I/O."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from app.scoring.definitions import Instrument
from app.scoring.engine import ScoreTable, score
from app.scoring.group import (
    FACTOR_CATEGORIES,
    factor_matrix,
    group_profile,
    satisfaction_shares,
    table_by_group,
    type_distribution,
)
from app.scoring.responses import ResponseFile
from app.scoring.roles import JOB_SATISFACTION
from app.scoring.vocab import SEED_TENURE_BANDS, SEED_TENURE_OF


def _num(value: Any) -> float | int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return float(value) if not isinstance(value, int) else value


def factor_group(instrument: Instrument, answers: pd.DataFrame) -> dict[str, dict]:
    matrix = factor_matrix(instrument, answers)
    result = {}
    for item_id, row in matrix.iterrows():
        entry = {
            "n": int(row["n"]),
            "sum": _num(row["sum"]),
            "strength_pct": _num(row["strength_pct"]),
            "mean": _num(row["mean"]),
        }
        for name in FACTOR_CATEGORIES:
            entry[f"{name}_share"] = _num(row[f"{name}_share"])
        result[item_id] = entry
    return result


def group_json(
    instrument: Instrument, table: ScoreTable, answers: pd.DataFrame, meta: pd.DataFrame
) -> dict[str, Any]:
    if instrument.scoring.method == "factor_matrix":
        return {"factors": factor_group(instrument, answers)}
    profile = group_profile(table)
    group: dict[str, Any] = {
        "means": {k: _num(v) for k, v in profile.means.items()},
        "n": profile.n,
    }
    if instrument.scoring.method == "choice_key":
        dist = type_distribution(table)
        group["types"] = {
            "counts": dist.counts,
            "shares": dist.shares,
            "mixed": dist.mixed,
            "scored": dist.scored,
        }
    if instrument.role == JOB_SATISFACTION:
        # table 3.4 in the seed's six bands of question 19, with «не указали стаж»
        by_band = table_by_group(
            table, meta["tenure_band"].map(SEED_TENURE_OF), list(SEED_TENURE_BANDS)
        )
        group["by_tenure"] = {
            band: {scale: _num(by_band.loc[scale, band]) for scale in table.scores.columns}
            | {"n": int(by_band.loc["_n", band])}
            for band in by_band.columns
        }
        group["satisfaction_shares"] = satisfaction_shares(table)
    return group


def _column_values(values: np.ndarray) -> list:
    """A float column as JSON-ready values: None for NaN, ints where every value is whole."""
    scored = ~np.isnan(values)
    if np.all(values[scored] == np.round(values[scored])):
        out = values.astype(np.int64, copy=False) if scored.all() else np.where(scored, values, 0)
        result = out.astype(np.int64).tolist()
    else:
        result = values.tolist()
    if not scored.all():
        for k in np.flatnonzero(~scored).tolist():
            result[k] = None
    return result


def _records(frame: pd.DataFrame, n: int) -> list[dict]:
    """Per respondent {column: value}, built column-wise (no per-row pandas access)."""
    names = list(frame.columns)
    if not names:
        return [{} for _ in range(n)]
    columns = [_column_values(frame[c].to_numpy(dtype=float)) for c in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def respondent_entries(instrument: Instrument, table: ScoreTable, ids: list) -> list[dict]:
    """The per-respondent part of the `score --json` document.

    Tests: {"respondent", "scores", "levels", "type"} and, for Gerchikov, "shares" (each type's
    share of the respondent's points in %, the figure the seed reports as «29 %»). Factor
    questionnaires (significance, satisfaction, dismissal) have no individual scores — the seed
    computes only group figures for them — so their entries hold the respondent id only.
    """
    n = len(ids)
    if instrument.scoring.method == "factor_matrix":
        return [{"respondent": rid} for rid in ids]
    scores = _records(table.scores, n)
    levels_frame = table.levels
    if levels_frame.empty:
        levels = [{} for _ in range(n)]
    else:
        names = list(levels_frame.columns)
        columns = [levels_frame[c].to_numpy(dtype=object).tolist() for c in names]
        levels = [
            {k: v for k, v in zip(names, row, strict=True) if isinstance(v, str)}
            for row in zip(*columns, strict=True)
        ]
    types = [list(t) for t in table.dominant] if table.dominant else [[] for _ in range(n)]
    entries = [
        {"respondent": rid, "scores": sc, "levels": lv, "type": ty}
        for rid, sc, lv, ty in zip(ids, scores, levels, types, strict=True)
    ]
    if table.shares is not None:
        for entry, shares in zip(entries, _records(table.shares, n), strict=True):
            entry["shares"] = shares
    return entries


def score_document(
    instrument: Instrument, responses: ResponseFile, table: ScoreTable | None = None
) -> dict[str, Any]:
    """The `score --json` document (PRODUCT.md §10); `table` when already scored (e.g. with an
    office's level settings)."""
    if table is None:
        table = score(instrument, responses.answers)
    raw_ids = responses.meta["respondent"].to_numpy(dtype=object).tolist()
    ids = [rid if rid is not None else str(k + 1) for k, rid in enumerate(raw_ids)]
    return {
        "instrument": instrument.id,
        "n": len(responses.answers),
        "respondents": respondent_entries(instrument, table, ids),
        "group": group_json(instrument, table, responses.answers, responses.meta),
    }

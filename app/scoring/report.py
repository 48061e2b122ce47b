"""Assemble the `score --json` document (PRODUCT.md §10) from scored data. Pure data, no I/O."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from app.scoring.engine import ScoreTable, score
from app.scoring.group import (
    FACTOR_CATEGORIES,
    factor_matrix,
    group_profile,
    satisfaction_shares,
    table_by_group,
    type_distribution,
)
from app.scoring.model import Instrument
from app.scoring.responses import ResponseFile
from app.scoring.vocab import TENURE_BANDS


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
        entry = {"n": int(row["n"]), "sum": _num(row["sum"]), "strength_pct": _num(row["strength_pct"]),
                 "mean": _num(row["mean"])}
        for name in FACTOR_CATEGORIES:
            entry[f"{name}_share"] = _num(row[f"{name}_share"])
        result[item_id] = entry
    return result


def group_json(instrument: Instrument, table: ScoreTable, answers: pd.DataFrame,
               meta: pd.DataFrame) -> dict[str, Any]:
    if instrument.scoring.method == "factor_matrix":
        return {"factors": factor_group(instrument, answers)}
    profile = group_profile(table)
    group: dict[str, Any] = {"means": {k: _num(v) for k, v in profile.means.items()},
                             "n": profile.n}
    if instrument.scoring.method == "choice_key":
        dist = type_distribution(table)
        group["types"] = {"counts": dist.counts, "shares": dist.shares, "mixed": dist.mixed,
                          "scored": dist.scored}
    if instrument.id == "job_satisfaction":
        by_band = table_by_group(table, meta["tenure_band"], list(TENURE_BANDS))
        group["by_tenure"] = {
            band: {scale: _num(by_band.loc[scale, band]) for scale in table.scores.columns}
            | {"n": int(by_band.loc["_n", band])}
            for band in by_band.columns
        }
        group["satisfaction_shares"] = satisfaction_shares(table)
    return group


def score_document(instrument: Instrument, responses: ResponseFile) -> dict[str, Any]:
    table = score(instrument, responses.answers)
    respondents = []
    ids = responses.meta["respondent"]
    for row in range(len(responses.answers)):
        entry = table.respondent(row)
        rid = ids.iloc[row]
        respondents.append({"respondent": rid if rid is not None else str(row + 1),
                            "scores": {k: _num(v) for k, v in entry["scores"].items()},
                            "levels": entry["levels"],
                            "type": entry.get("type", [])})
    return {"instrument": instrument.id, "n": len(responses.answers), "respondents": respondents,
            "group": group_json(instrument, table, responses.answers, responses.meta)}

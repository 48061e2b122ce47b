"""Score respondents: pure, vectorised functions over the canonical answer table.

A scale score is NaN ("cannot be scored") when the respondent left one of its items
unanswered — no guessing of missing answers. Choice-key tests (Gerchikov) are the exception:
every chosen option counts and unanswered questions add nothing, as in the paper key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from app.scoring.frame import item_columns
from app.scoring.model import Band, Instrument, Item, LevelSet


@dataclass(frozen=True)
class ScoreTable:
    """Per-respondent results. Row order is the order of the answer table."""

    instrument: Instrument
    scores: pd.DataFrame  # columns: scale ids (incl. total); NaN = cannot be scored
    levels: pd.DataFrame  # columns: scale ids with a level set; band id or None
    shares: pd.DataFrame | None = None  # choice_key: score × 100 / sum of scores
    dominant: list[tuple[str, ...]] = field(default_factory=list)  # choice_key: leading type(s)

    def respondent(self, row: int) -> dict:
        scores = {k: (None if pd.isna(v) else float(v)) for k, v in self.scores.iloc[row].items()}
        levels = {k: v for k, v in self.levels.iloc[row].items() if isinstance(v, str)}
        result = {"scores": scores, "levels": levels}
        if self.dominant:
            result["type"] = list(self.dominant[row])
        if self.shares is not None:
            result["shares"] = {k: (None if pd.isna(v) else float(v))
                                for k, v in self.shares.iloc[row].items()}
        return result


def item_points(item: Item, frame: pd.DataFrame) -> np.ndarray:
    """Points of a summable item per respondent (NaN when unanswered)."""
    values = frame[item.id].to_numpy(dtype=float)
    fmt = item.format
    if fmt.type == "single" and fmt.points:
        table = np.array((np.nan,) + tuple(float(p) for p in fmt.points))
        index = np.nan_to_num(values, nan=0).astype(int)
        return np.where(np.isnan(values), np.nan, table[index])
    return values


def _sum_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    aggregate = instrument.scoring.aggregate
    result = {}
    for scale in instrument.all_scales():
        items = [instrument.item(i) for i in scale.items]
        matrix = np.column_stack([item_points(it, frame) for it in items]) if items else \
            np.full((len(frame), 1), np.nan)
        total = matrix.sum(axis=1)  # NaN if any item is unanswered
        if aggregate == "mean":
            total = total / len(items)
        elif aggregate == "percent_of_max":
            total = total * 100.0 / sum(it.max_points() for it in items)
        result[scale.id] = total
    return pd.DataFrame(result, index=frame.index)


def _option_indicator(item: Item, frame: pd.DataFrame, option: int) -> np.ndarray:
    if item.format.type == "multi":
        return np.nan_to_num(frame[f"{item.id}_{option}"].to_numpy(dtype=float), nan=0.0)
    return (frame[item.id].to_numpy(dtype=float) == option).astype(float)


def _choice_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    scale_ids = [s.id for s in instrument.scales]
    scores = {s: np.zeros(len(frame)) for s in scale_ids}
    for item_id, options in instrument.scoring.key.items():
        item = instrument.item(item_id)
        for option, targets in options.items():
            indicator = _option_indicator(item, frame, int(option))
            for scale_id in targets:
                scores[scale_id] = scores[scale_id] + indicator
    answered = np.zeros(len(frame), dtype=bool)
    for item in instrument.items:
        answered |= frame[item_columns(item)[0]].notna().to_numpy()
    result = pd.DataFrame(scores, index=frame.index)
    result.loc[~answered, :] = np.nan
    return result


def _split_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    scale_ids = [s.id for s in instrument.scales]
    scores = {s: np.zeros(len(frame)) for s in scale_ids}
    for item_id, targets in instrument.scoring.key.items():
        item = instrument.item(item_id)
        for column, scale_id in zip(item_columns(item), targets, strict=True):
            scores[scale_id] = scores[scale_id] + frame[column].to_numpy(dtype=float)
    return pd.DataFrame(scores, index=frame.index)  # NaN propagates from unanswered items


def effective_level_sets(instrument: Instrument,
                         overrides: Mapping[str, tuple[Band, ...]] | None = None) -> list[LevelSet]:
    """The instrument's level sets with configurable ones replaced by office settings."""
    result = []
    for level_set in instrument.levels:
        bands = (overrides or {}).get(level_set.id)
        if bands and level_set.configurable:
            level_set = LevelSet(level_set.id, level_set.applies_to, tuple(bands),
                                 level_set.configurable, level_set.note)
        result.append(level_set)
    return result


def classify(scores: pd.DataFrame, level_sets: list[LevelSet]) -> pd.DataFrame:
    levels = {}
    for level_set in level_sets:
        for scale_id in level_set.applies_to:
            if scale_id not in scores:
                continue
            values = scores[scale_id].to_numpy(dtype=float)
            labels = np.full(len(values), None, dtype=object)
            assigned = np.zeros(len(values), dtype=bool)
            for band in level_set.bands:
                inside = np.ones(len(values), dtype=bool)
                if band.min is not None:
                    inside &= (values > band.min) | ((values == band.min) & band.min_inclusive)
                if band.max is not None:
                    inside &= (values < band.max) | ((values == band.max) & band.max_inclusive)
                take = inside & ~assigned & ~np.isnan(values)
                labels[take] = band.id
                assigned |= take
            levels[scale_id] = labels
    return pd.DataFrame(levels, index=scores.index)


def dominant_types(scores: pd.DataFrame) -> list[tuple[str, ...]]:
    """Leading type(s) per respondent: every scale with the highest score (ties = mixed type).

    Vectorised: the rows' maxima and tie patterns are computed in numpy, and each distinct
    pattern (at most 2^types) is turned into a tuple once.
    """
    values = scores.to_numpy(dtype=float)
    names = list(scores.columns)
    if values.size == 0:
        return [() for _ in range(len(values))]
    filled = np.where(np.isnan(values), -np.inf, values)
    top = filled.max(axis=1)
    scored = np.isfinite(top) & (top > 0)
    winners = (filled == top[:, None]) & scored[:, None]
    codes = winners.astype(np.int64) @ (1 << np.arange(len(names), dtype=np.int64))
    patterns = {code: tuple(n for k, n in enumerate(names) if code >> k & 1)
                for code in np.unique(codes).tolist()}
    return [patterns[code] for code in codes.tolist()]


def score(instrument: Instrument, frame: pd.DataFrame,
          level_overrides: Mapping[str, tuple[Band, ...]] | None = None) -> ScoreTable:
    """Score every respondent of `frame` (see `app.scoring.frame`)."""
    method = instrument.scoring.method
    if method == "sum":
        scores = _sum_scores(instrument, frame)
    elif method == "choice_key":
        scores = _choice_scores(instrument, frame)
    elif method == "split_key":
        scores = _split_scores(instrument, frame)
    else:  # factor_matrix instruments have no individual scores, only group figures
        scores = pd.DataFrame(index=frame.index)
    levels = classify(scores, effective_level_sets(instrument, level_overrides))
    shares = None
    dominant: list[tuple[str, ...]] = []
    if method == "choice_key":
        totals = scores.sum(axis=1, skipna=False).to_numpy()
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = scores.mul(100.0).div(np.where(totals > 0, totals, np.nan), axis=0)
        dominant = dominant_types(scores)
    return ScoreTable(instrument, scores, levels, shares, dominant)

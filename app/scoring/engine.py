"""Score respondents: pure, vectorised functions over the canonical answer table.

A scale score is NaN ("cannot be scored") when the respondent left one of its items
unanswered — no guessing of missing answers. Choice-key tests (Gerchikov) are scored as a whole:
only a respondent who answered every question asked of him gets types (`choice_scored`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from app.scoring import office
from app.scoring.definitions import Band, Instrument, Item, LevelSet
from app.scoring.frame import item_columns
from app.scoring.level import printed_array


@dataclass(frozen=True)
class ScoreTable:
    """Per-respondent results. Row order is the order of the answer table.

    Levels and leading types are worked out on first use: group figures need neither (they
    are per-respondent), and for a whole campaign they cost more than the scores.
    """

    instrument: Instrument
    scores: pd.DataFrame  # columns: scale ids (incl. total); NaN = cannot be scored
    level_sets: tuple[LevelSet, ...] = ()
    shares: pd.DataFrame | None = None  # choice_key: score × 100 / sum of scores

    @cached_property
    def levels(self) -> pd.DataFrame:
        """Columns: scale ids with a level set; band id or None."""
        return classify(self.scores, list(self.level_sets), self.instrument.value_decimals)

    @cached_property
    def dominant(self) -> list[tuple[str, ...]]:
        """choice_key: the leading type(s) of each respondent (empty for other methods)."""
        if self.instrument.scoring.method != "choice_key":
            return []
        return dominant_types(self.scores)

    def respondent(self, row: int) -> dict:
        scores = {k: (None if pd.isna(v) else float(v)) for k, v in self.scores.iloc[row].items()}
        levels = {k: v for k, v in self.levels.iloc[row].items() if isinstance(v, str)}
        result = {"scores": scores, "levels": levels}
        if self.dominant:
            result["type"] = list(self.dominant[row])
        if self.shares is not None:
            result["shares"] = {
                k: (None if pd.isna(v) else float(v)) for k, v in self.shares.iloc[row].items()
            }
        return result


def _array(frame: pd.DataFrame) -> tuple[np.ndarray, dict[str, int]]:
    """The table as one float array (a view when the frame is one float block, as loaded) and
    each column's position: numpy slicing instead of a pandas lookup per item."""
    return frame.to_numpy(dtype=float), {c: k for k, c in enumerate(frame.columns)}


def _item_points(item: Item, values: np.ndarray) -> np.ndarray:
    """Points of a summable item per respondent (NaN when unanswered)."""
    fmt = item.format
    if fmt.type == "single" and fmt.points:
        table = np.array((np.nan,) + tuple(float(p) for p in fmt.points))
        index = np.nan_to_num(values, nan=0).astype(int)
        return np.where(np.isnan(values), np.nan, table[index])
    return values


@dataclass(frozen=True)
class _SumPlan:
    """What `_sum_scores` needs of an instrument, worked out once per instrument."""

    item_ids: list[str]
    point_items: list[tuple[int, Item]]  # single-choice items with a points table
    incidence: np.ndarray  # items x scales: how often an item counts in a scale
    empty: np.ndarray  # scales with no items (NaN)
    times: np.ndarray  # per scale: sum x times / divide = the score (sum, mean, % of max)
    divide: np.ndarray
    scale_ids: list[str]


_SUM_PLANS: dict[int, tuple[Instrument, _SumPlan]] = {}


def _sum_plan(instrument: Instrument) -> _SumPlan:
    cached = _SUM_PLANS.get(id(instrument))
    if cached is not None and cached[0] is instrument:
        return cached[1]
    aggregate = instrument.scoring.aggregate
    scales = instrument.all_scales()
    used = list(dict.fromkeys(i for scale in scales for i in scale.items))
    position = {item_id: k for k, item_id in enumerate(used)}
    items = [instrument.item(i) for i in used]
    incidence = np.zeros((len(used), len(scales)))
    times, divide = np.ones(len(scales)), np.ones(len(scales))
    for s, scale in enumerate(scales):
        for item_id in scale.items:
            incidence[position[item_id], s] += 1.0
        if scale.items and aggregate == "mean":
            divide[s] = len(scale.items)
        elif scale.items and aggregate == "percent_of_max":
            times[s] = 100.0
            divide[s] = sum(items[position[i]].max_points() for i in scale.items)
    plan = _SumPlan(
        used,
        [(k, it) for k, it in enumerate(items) if it.format.type == "single" and it.format.points],
        incidence,
        np.array([not scale.items for scale in scales], dtype=bool),
        times,
        divide,
        [scale.id for scale in scales],
    )
    _SUM_PLANS[id(instrument)] = (instrument, plan)  # the instrument kept: its id stays its
    return plan


def _aggregates(plan: _SumPlan) -> bool:
    return not (np.all(plan.times == 1.0) and np.all(plan.divide == 1.0))


def _sum_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    """Every scale at once: points (respondents x items) @ incidence (items x scales).

    Sums of small integers are exact in float64, so the matrix product gives the same totals
    as adding item by item; a scale with any unanswered item is NaN.
    """
    plan = _sum_plan(instrument)
    array, column = _array(frame)
    points = array[:, [column[i] for i in plan.item_ids]]  # a copy: the frame stays as it is
    for k, item in plan.point_items:
        points[:, k] = _item_points(item, points[:, k])
    missing = np.isnan(points)
    points[missing] = 0.0
    totals = points @ plan.incidence
    if missing.any():
        totals[(missing.astype(float) @ plan.incidence) > 0] = np.nan
    totals[:, plan.empty] = np.nan
    if _aggregates(plan):  # in the order the key's formula has: sum x 100 / maximum
        totals = totals * plan.times / plan.divide
    return pd.DataFrame(totals, index=frame.index, columns=plan.scale_ids)


def _choice_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    """Key points per type, item by item: a single-choice answer looks its row up in the
    item's key table (options x types); multiple-choice ticks are multiplied by it."""
    scale_ids = [s.id for s in instrument.scales]
    column = {s: k for k, s in enumerate(scale_ids)}
    array, position = _array(frame)
    scores = np.zeros((len(frame), len(scale_ids)))
    for item_id, options in instrument.scoring.key.items():
        item = instrument.item(item_id)
        numbers = [int(option) for option in options]
        # one row per option number, and a last row of no points for anything else
        table = np.zeros((max(numbers, default=0) + 2, len(scale_ids)))
        for number, targets in zip(numbers, options.values(), strict=True):
            for scale_id in targets:
                table[number, column[scale_id]] += 1.0
        if item.format.type == "multi":
            ticks = array[:, [position[f"{item.id}_{o}"] for o in numbers]]
            ticks[np.isnan(ticks)] = 0.0
            scores += ticks @ table[numbers]
        else:
            values = array[:, position[item.id]]
            with np.errstate(invalid="ignore"):
                index = values.astype(np.intp)  # NaN becomes junk, sent to the last row
            index[~((index == values) & (index >= 0) & (index < len(table) - 1))] = len(table) - 1
            scores += table[index]
    scores[~choice_scored(instrument, array, position), :] = np.nan
    return pd.DataFrame(scores, index=frame.index, columns=scale_ids)


def choice_scored(
    instrument: Instrument, array: np.ndarray, position: dict[str, int]
) -> np.ndarray:
    """Partial answers of a choice-key test (Gerchikov; stated in gerchikov.json's notes).

    A respondent gets types and shares only when he answered every question asked of everybody
    (Q1-Q21): the shares are parts of all his answers, so a missing answer would shift them
    (one answered question would make a 100 % type). Of the branch questions (Q22 managers, Q23
    the others) the one asked counts; when both are answered, which one was asked cannot be
    told, and the respondent is not scored (a response file with `is_manager` blank and both
    answered is refused before that).
    """
    complete = np.ones(len(array), dtype=bool)
    branch_answers = np.zeros(len(array), dtype=int)
    for item in instrument.items:
        answered = ~np.isnan(array[:, position[item_columns(item)[0]]])
        if item.show_if:
            branch_answers += answered
        else:
            complete &= answered
    return complete & (branch_answers <= 1)


def _split_scores(instrument: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    scale_ids = [s.id for s in instrument.scales]
    scores = {s: np.zeros(len(frame)) for s in scale_ids}
    for item_id, targets in instrument.scoring.key.items():
        item = instrument.item(item_id)
        for column, scale_id in zip(item_columns(item), targets, strict=True):
            scores[scale_id] = scores[scale_id] + frame[column].to_numpy(dtype=float)
    return pd.DataFrame(scores, index=frame.index)  # NaN propagates from unanswered items


def effective_level_sets(
    instrument: Instrument, overrides: Mapping[str, tuple[Band, ...]] | None = None
) -> list[LevelSet]:
    """The instrument's level sets with configurable ones replaced by office settings."""
    result = []
    for level_set in instrument.levels:
        bands = (overrides or {}).get(level_set.id)
        if bands and level_set.configurable:
            level_set = LevelSet(
                level_set.id,
                level_set.applies_to,
                tuple(bands),
                level_set.configurable,
                level_set.note,
            )
        result.append(level_set)
    return result


def classify(
    scores: pd.DataFrame, level_sets: list[LevelSet], decimals: int | None = None
) -> pd.DataFrame:
    """Band id per respondent and scale (None outside every band or when not scored); the
    first band that contains the value wins, as in `LevelSet.classify`.

    With `decimals`, the value is classified as printed (rounded half-up to those decimals,
    `app.scoring.level.printed_array`): the label follows the printed number.
    """
    levels = {}
    for level_set in level_sets:
        scale_ids = [s for s in level_set.applies_to if s in scores]
        if not scale_ids:
            continue
        values = scores[scale_ids].to_numpy(dtype=float)
        if decimals is not None:
            values = printed_array(values, decimals)
        code = np.full(values.shape, len(level_set.bands))  # = "no band"
        open_ = ~np.isnan(values)
        for b, band in enumerate(level_set.bands):
            inside = open_.copy()
            if band.min is not None:
                inside &= (values > band.min) | ((values == band.min) & band.min_inclusive)
            if band.max is not None:
                inside &= (values < band.max) | ((values == band.max) & band.max_inclusive)
            code[inside] = b
            open_ &= ~inside
        names = np.array([band.id for band in level_set.bands] + [None], dtype=object)
        labels = names[code]
        for k, scale_id in enumerate(scale_ids):
            levels[scale_id] = labels[:, k]
    return pd.DataFrame(levels, index=scores.index)


def winner_codes(scores: pd.DataFrame) -> np.ndarray:
    """Per respondent, a bit mask of the scales with the highest score (0 = not scored, or
    every score 0): bit k is the k-th column. Ties set several bits (a mixed type)."""
    values = scores.to_numpy(dtype=float)
    if values.size == 0:
        return np.zeros(len(values), dtype=np.int64)
    filled = np.where(np.isnan(values), -np.inf, values)
    top = filled.max(axis=1)
    scored = np.isfinite(top) & (top > 0)
    winners = (filled == top[:, None]) & scored[:, None]
    return winners.astype(np.int64) @ (1 << np.arange(values.shape[1], dtype=np.int64))


def dominant_types(scores: pd.DataFrame) -> list[tuple[str, ...]]:
    """Leading type(s) per respondent: every scale with the highest score (ties = mixed type).

    Vectorised: each distinct tie pattern (at most 2^types) is turned into a tuple once.
    """
    codes = winner_codes(scores)
    names = list(scores.columns)
    patterns = {
        code: tuple(n for k, n in enumerate(names) if code >> k & 1)
        for code in np.unique(codes).tolist()
    }
    return [patterns[code] for code in codes.tolist()]


def score(
    instrument: Instrument,
    frame: pd.DataFrame,
    level_overrides: Mapping[str, tuple[Band, ...]] | None = None,
) -> ScoreTable:
    """Score every respondent of `frame` (see `app.scoring.frame`).

    Without `level_overrides`, the configurable level sets take the office's current settings
    (`app.scoring.office`, e.g. Schein's pronounced-anchor threshold).
    """
    if level_overrides is None:
        level_overrides = office.level_overrides(instrument)
    method = instrument.scoring.method
    if method == "sum":
        scores = _sum_scores(instrument, frame)
    elif method == "choice_key":
        scores = _choice_scores(instrument, frame)
    elif method == "split_key":
        scores = _split_scores(instrument, frame)
    else:  # factor_matrix instruments have no individual scores, only group figures
        scores = pd.DataFrame(index=frame.index)
    shares = None
    if method == "choice_key":  # score x 100 / sum of the respondent's scores (NaN if none)
        values = scores.to_numpy(dtype=float)
        totals = values.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = pd.DataFrame(
                values * 100.0 / np.where(totals > 0, totals, np.nan)[:, None],
                index=scores.index,
                columns=scores.columns,
            )
    return ScoreTable(
        instrument, scores, tuple(effective_level_sets(instrument, level_overrides)), shares
    )

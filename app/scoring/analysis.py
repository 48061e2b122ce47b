"""All figures of a campaign's analysis (PRODUCT.md §5), each passed through the privacy rule.

Pure: takes the loaded `CampaignData`, a filter and the instrument library; returns plain
dataclasses and DataFrames for the screen, the XLSX exports and the PDF report alike.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # scoring does not depend on the models at run time
    from app.data.answer_store import CampaignData
from app.scoring.change import Changes, Spread, level_spreads, spread_of
from app.scoring.definitions import Instrument
from app.scoring.drivers import Drivers, cached_inputs, key_drivers, minimum_respondents
from app.scoring.engine import score, winner_codes
from app.scoring.group import (
    factor_matrix,
    group_profile,
    satisfaction_shares,
    table_by_group,
)
from app.scoring.level import (
    Balance,
    MotivationLevel,
    Parameter,
    motivation_level,
    motivational_balance,
    parameter_means,
)
from app.scoring.privacy import Disclosure, Population, complementary
from app.scoring.quality import cronbach_alpha, item_points, multi_item_scales
from app.scoring.roles import (
    CLIMATE,
    JOB_SATISFACTION,
    LEAVING,
    SATISFACTION,
    SIGNIFICANCE,
    role_id,
)
from app.scoring.vocab import ALL_TENURE_BANDS


@dataclass(frozen=True)
class Filter:
    department_id: int | None = None
    tenure_band: str | None = None
    gender: str | None = None
    is_manager: bool | None = None
    # leave out the sessions with an answer-quality flag (app/scoring/quality.py): one more
    # view condition ("flagged" is False) under the same disclosure rule, so the view with and
    # the view without them are never both shown when they differ by 1..t-1 respondents
    exclude_flagged: bool = False

    def is_empty(self) -> bool:
        return (
            all(
                v is None
                for v in (self.department_id, self.tenure_band, self.gender, self.is_manager)
            )
            and not self.exclude_flagged
        )

    def conditions(self) -> dict[str, object]:
        """The view's conditions: column -> value, the conditions set only."""
        return {
            column: value
            for column, value in (
                ("department_id", self.department_id),
                ("tenure_band", self.tenure_band),
                ("gender", self.gender),
                ("is_manager", self.is_manager),
                ("flagged", False if self.exclude_flagged else None),
            )
            if value is not None
        }

    def mask(self, meta: pd.DataFrame) -> pd.Series:
        keep = pd.Series(True, index=meta.index)
        for column, value in self.conditions().items():
            keep &= meta[column] == value
        return keep


@dataclass
class InstrumentFigures:
    """One questionnaire's figures in a view, after the disclosure rule (app/scoring/privacy.py).

    Hidden cells are left out of the numbers and say why: a factor row with a non-empty
    `hidden` reason has no n, sum, mean or shares; a hidden Gerchikov type has no count or share
    (`types["hidden"]`); a hidden tenure column has no figures (`by_tenure_disclosure`).
    """

    instrument_id: str
    disclosure: Disclosure
    factors: pd.DataFrame | None = None  # factor questionnaires; column "hidden" = reason key
    profile: dict[str, float | None] = field(default_factory=dict)  # mean per scale
    types: dict | None = None  # Gerchikov distribution
    by_tenure: pd.DataFrame | None = None  # job satisfaction table 3.4
    by_tenure_disclosure: dict[str, Disclosure] = field(default_factory=dict)
    shares: dict[str, float] | None = None  # job satisfaction high/medium/low
    value_counts: pd.DataFrame | None = None  # climate table 2.7
    # mean, sd and n per scale of `profile`: what the comparison with the previous campaign
    # needs (app/scoring/change.py); never printed
    spreads: dict[str, Spread] = field(default_factory=dict)


@dataclass
class CampaignAnalysis:
    filter: Filter
    n: int | None  # respondents in the (filtered) group; None when the view is hidden
    disclosure: Disclosure
    instruments: dict[str, InstrumentFigures]
    level: MotivationLevel | None = None
    balance: Balance | None = None
    key_demotivators: list[tuple[str, float]] = field(default_factory=list)  # item, negative share
    dismissal_ranking: list[tuple[str, float]] = field(default_factory=list)  # item, strength %
    previous: CampaignAnalysis | None = None  # the previous campaign, same filter (dynamics)
    drivers: Drivers | None = None  # key drivers (app/scoring/drivers.py)
    # the motivation level's and each parameter's linearised spread (app/scoring/change.py)
    level_spreads: dict[str, Spread] = field(default_factory=dict)
    # every comparison with `previous`, with its interval (set by app/services/analysis.py)
    changes: Changes | None = None
    # answer quality of the view (app/scoring/quality.py): instrument -> scale -> {"k", "n",
    # "alpha"} for the shown questionnaires' multi-item scales, and the flagged sessions
    alphas: dict[str, dict[str, dict]] = field(default_factory=dict)
    flagged: Disclosure | None = None  # count of flagged respondents in the view, as a cell


class _View:
    """The view's respondents and those of every coarser view (the disclosure rule needs
    both)."""

    def __init__(self, population: Population, flt: Filter):
        self.population = population
        self.conditions = flt.conditions()
        self.full = frozenset(self.conditions)
        self.masks = population.masks(self.conditions)
        self.keep = self.masks[self.full]


def _hide_factor_rows(frame: pd.DataFrame, reasons: list[str]) -> pd.DataFrame:
    frame = frame.copy()
    hidden = np.array([bool(r) for r in reasons])
    if hidden.any():
        for column in frame.columns:
            frame[column] = frame[column].astype(float)
            frame.loc[hidden, column] = np.nan
    frame["hidden"] = reasons
    return frame


def _figures(
    inst: Instrument,
    frame: pd.DataFrame,
    meta: pd.DataFrame,
    disclosure: Disclosure,
    view: _View,
    all_frame: pd.DataFrame,
    answered_all: np.ndarray,
) -> InstrumentFigures:
    """`frame`/`meta`: the view's respondents who answered; `all_frame`: the whole campaign's
    answer table (for the same cells in coarser views)."""
    figures = InstrumentFigures(inst.id, disclosure)
    if not disclosure.allowed:
        return figures
    population = view.population
    if inst.scoring.method == "factor_matrix":
        matrix = factor_matrix(inst, frame)
        rated = ~np.isnan(all_frame[list(matrix.index)].to_numpy(dtype=float))
        reasons = population.cells(view.masks, view.full, rated)
        # items nobody in the view rated stay as rows with n = 0 (not shown, nothing to hide)
        reasons = ["" if n == 0 else r for n, r in zip(matrix["n"], reasons, strict=True)]
        figures.factors = _hide_factor_rows(matrix, reasons)
        return figures
    table = score(inst, frame)
    figures.profile = group_profile(table).means
    figures.spreads = {
        scale: spread
        for scale in table.scores.columns
        if (spread := spread_of(table.scores[scale].to_numpy(dtype=float)))
    }
    if inst.scoring.method == "choice_key":
        figures.types = _type_counts(inst, view, all_frame, answered_all)
    if inst.role == JOB_SATISFACTION:
        by_band = table_by_group(
            table, meta["tenure_band"].reset_index(drop=True), list(ALL_TENURE_BANDS)
        )
        figures.by_tenure_disclosure = _tenure_columns(by_band, view, answered_all, meta)
        figures.by_tenure = by_band
        figures.shares = satisfaction_shares(table)
    if inst.role == CLIMATE:
        figures.value_counts = _value_counts(inst, frame)
    return figures


def _value_counts(inst: Instrument, frame: pd.DataFrame) -> pd.DataFrame:
    """Respondents per answer value for rating/bipolar items (table 2.7 layout); as
    `group.value_counts`, on the array (a filter change should not wait for pandas)."""
    values = frame.to_numpy(dtype=float)
    position = {c: k for k, c in enumerate(frame.columns)}
    rows = {
        item.id: {
            v: int(np.count_nonzero(values[:, position[item.id]] == v))
            for v in item.format.allowed_values()
        }
        for item in inst.items
        if item.format.type in ("rating", "bipolar")
    }
    return pd.DataFrame(rows).T


# Leading-type codes of every respondent of a campaign, per answer table: the same for every
# filter of that campaign (the analysis service keeps the table while the data is unchanged).
_TYPE_CODES: dict[int, tuple[np.ndarray, list[str]]] = {}


def _codes(inst: Instrument, all_frame: pd.DataFrame, answered_all: np.ndarray):
    cached = _TYPE_CODES.get(id(all_frame))
    if cached is None:
        whole = score(inst, all_frame[answered_all])
        codes = np.zeros(len(all_frame), dtype=np.int64)
        codes[answered_all] = winner_codes(whole.scores)
        cached = (codes, list(whole.scores.columns))
        _TYPE_CODES[id(all_frame)] = cached
        weakref.finalize(all_frame, _TYPE_CODES.pop, id(all_frame), None)
    return cached


def _type_counts(
    inst: Instrument, view: _View, all_frame: pd.DataFrame, answered_all: np.ndarray
) -> dict:
    """Respondents per leading type (and mixed): each count is a cell under the rule, then
    complementary suppression within the distribution."""
    codes, scale_ids = _codes(inst, all_frame, answered_all)
    members = {k: codes == (1 << b) for b, k in enumerate(scale_ids)}
    members["mixed"] = (codes & (codes - 1)) != 0
    population, keep = view.population, view.keep
    sizes = {k: int((m & keep).sum()) for k, m in members.items()}
    first = {}
    for k, member in members.items():
        if sizes[k]:
            first[k] = population.count(view.masks, view.full, member).reason
        else:  # 0 is shown unless a coarser view has 1..t-1 of this type (0 would reveal them)
            first[k] = (
                "complement_below_threshold"
                if any(0 < int((m & member).sum()) < population.t for m in view.masks.values())
                else ""
            )
    reasons = complementary(sizes, first, population.t)
    scored = sum(sizes.values())
    # hidden types are left out of `counts` and `shares` (so no caller can print them by
    # mistake); their reasons are in `hidden`
    counts = {k: sizes[k] for k in scale_ids if not reasons[k]}
    shares = {k: (sizes[k] / scored if scored else 0.0) for k in counts}
    mixed = None if reasons["mixed"] else sizes["mixed"]
    if not counts and mixed is None:
        return None
    return {
        "counts": counts,
        "shares": shares,
        "mixed": mixed,
        "scored": scored,
        "mixed_share": (None if mixed is None else (mixed / scored if scored else 0.0)),
        "hidden": {k: r for k, r in reasons.items() if r},
    }


def _tenure_columns(
    by_band: pd.DataFrame, view: _View, answered_all: np.ndarray, meta: pd.DataFrame
) -> dict[str, Disclosure]:
    population = view.population
    bands = population._columns["tenure_band"]
    first, sizes = {}, {}
    for column in by_band.columns:
        if column == "all":
            continue
        member = answered_all & (pd.isna(bands) if column == "not_given" else bands == column)
        d = population.count(view.masks, view.full, member)
        sizes[column], first[column] = d.n, d.reason
    reasons = complementary(sizes, first, population.t)
    result = {k: Disclosure(not reasons[k], sizes[k], reasons[k], population.t) for k in sizes}
    result["all"] = Disclosure(True, int(by_band.loc["_n", "all"]), "", population.t)
    return result


def _level_spreads(
    result: CampaignAnalysis,
    parameters: list[Parameter],
    data: CampaignData,
    keep: np.ndarray,
    library: dict[str, Instrument],
) -> dict[str, Spread]:
    sig_id, sat_id = role_id(library, SIGNIFICANCE), role_id(library, SATISFACTION)
    sig, sat = result.instruments[sig_id], result.instruments[sat_id]
    blocks, shown = [], []
    for inst_id, figures in ((sig_id, sig), (sat_id, sat)):
        items = list(figures.factors.index)
        blocks.append(data.frames[inst_id][items].to_numpy(dtype=float)[np.asarray(keep, bool)])
        shown.append({str(i) for i, m in figures.factors["mean"].items() if m == m})
    return level_spreads(
        result.level,
        parameters,
        blocks[0],
        blocks[1],
        list(sig.factors.index),
        list(sat.factors.index),
        shown[0],
        shown[1],
    )


def _alphas(
    data: CampaignData, library: dict[str, Instrument], result: CampaignAnalysis, view: _View
) -> dict[str, dict[str, dict]]:
    """Cronbach's alpha of each shown questionnaire's multi-item scales in the view. The
    respondents who answered every item of a scale are a cell under rules 1-2: a scale whose
    cell is hidden gets no alpha and no n, only the reason."""
    out: dict[str, dict[str, dict]] = {}
    for inst_id, figures in result.instruments.items():
        inst = library[inst_id]
        scales = multi_item_scales(inst)
        if not figures.disclosure.allowed or not scales:
            continue
        frame = data.frames[inst_id]
        # the points of every item and which are missing, once per instrument; each scale
        # then picks its columns by position (a DataFrame selection per scale, and NaN checks
        # repeated per scale, cost more than the arithmetic: 23 scales)
        position = {column: k for k, column in enumerate(frame.columns)}
        wanted = list(dict.fromkeys(i for _s, items in scales for i in items))
        points = item_points(
            inst, frame.to_numpy(dtype=float)[:, [position[i] for i in wanted]], wanted
        )
        missing = np.isnan(points)
        column = {item_id: k for k, item_id in enumerate(wanted)}
        rows = {}
        for scale_id, items in scales:
            columns = [column[i] for i in items]
            complete = ~missing[:, columns].any(axis=1)
            cell = view.population.count(view.masks, view.full, complete)
            if not cell.allowed:
                rows[scale_id] = {"k": len(items), "n": None, "alpha": None, "hidden": cell.reason}
                continue
            chosen = np.flatnonzero(complete & view.keep)
            rows[scale_id] = {
                "k": len(items),
                "n": cell.n,
                "alpha": cronbach_alpha(points[np.ix_(chosen, columns)], complete=True),
                "hidden": "",
            }
        out[inst_id] = rows
    return out


def _flagged(view: _View, meta: pd.DataFrame) -> Disclosure:
    """How many of the view's respondents are flagged: a cell under rules 1-2 (0 is shown
    unless a coarser view holds 1..t-1 flagged respondents)."""
    population = view.population
    member = (
        np.asarray(
            meta["flagged"].to_numpy(dtype=object) == True,  # noqa: E712
            dtype=bool,
        )
        if "flagged" in meta
        else np.zeros(population.size, bool)
    )
    n = int((member & view.keep).sum())
    if n:
        return population.count(view.masks, view.full, member)
    small = any(0 < int((m & member).sum()) < population.t for m in view.masks.values())
    return Disclosure(not small, 0, "complement_below_threshold" if small else "", population.t)


def hidden_analysis(flt: Filter, disclosure: Disclosure) -> CampaignAnalysis:
    """A view that shows nothing: only the reason."""
    return CampaignAnalysis(flt, None, disclosure, {})


def analyse(
    data: CampaignData,
    library: dict[str, Instrument],
    parameters: list[Parameter],
    flt: Filter = Filter(),
) -> CampaignAnalysis:
    """The figures of one view of a closed campaign, under the disclosure rule. (Whether the
    campaign may be analysed at all — open campaigns, a head's scope — is decided by
    app/services/analysis.py, which every output goes through.)"""
    population = Population(data.meta, data.threshold)
    view = _View(population, flt)
    disclosure = population.view(view.conditions, view.masks)
    if not disclosure.allowed:
        return hidden_analysis(flt, disclosure)
    keep = view.keep
    result = CampaignAnalysis(flt, int(keep.sum()), disclosure, {})
    for inst_id, frame in data.frames.items():
        inst = library[inst_id]
        answered_all = ~np.isnan(frame.to_numpy(dtype=float)).all(axis=1)
        answered = answered_all & keep
        inst_disclosure = population.count(view.masks, view.full, answered_all)
        # copies only when someone is left out (a filter, or respondents who skipped the
        # instrument): for a whole campaign the tables are used as loaded
        whole = bool(answered.all())
        result.instruments[inst_id] = _figures(
            inst,
            frame if whole else frame[answered],
            data.meta if whole else data.meta[answered],
            inst_disclosure,
            view,
            frame,
            answered_all,
        )
    sig = result.instruments.get(role_id(library, SIGNIFICANCE))
    sat = result.instruments.get(role_id(library, SATISFACTION))
    if sig and sat and sig.factors is not None and sat.factors is not None:
        # hidden items have no mean: the level is computed from the shown items only, so no
        # hidden item can be worked back from a parameter's mean
        means = parameter_means(parameters, sig.factors, sat.factors)
        if means:
            result.level = motivation_level(means)
            result.balance = motivational_balance(result.level)
            result.level_spreads = _level_spreads(result, parameters, data, keep, library)
    if sat and sat.factors is not None:
        ranked = sat.factors[sat.factors["n"] > 0].sort_values("negative_share", ascending=False)
        result.key_demotivators = [
            (i, float(v)) for i, v in ranked["negative_share"].head(5).items()
        ]
    dismissal = result.instruments.get(role_id(library, LEAVING))
    if dismissal and dismissal.factors is not None:
        ranked = dismissal.factors[dismissal.factors["n"] > 0].sort_values(
            "strength_pct", ascending=False
        )
        result.dismissal_ranking = [(i, float(v)) for i, v in ranked["strength_pct"].items()]
    result.alphas = _alphas(data, library, result, view)
    result.flagged = _flagged(view, data.meta)
    result.drivers = key_drivers(
        cached_inputs(data.frames, library, parameters),
        population,
        view,
        minimum_respondents(population.t),
    )
    return result

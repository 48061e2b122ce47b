"""Key drivers (issue 20.1, docs/drivers.md): which satisfaction factors and motivation
parameters go together with the integral job satisfaction and with the pull to leave.

For every respondent of a view we have, per driver, his own satisfaction rating (a factor of
table 2.2, or the mean of a parameter's factors, table 2.4) and two outcomes: his Batarshev
total (% of maximum, App. 3) and his pull to leave (the mean of the reasons for leaving he rated,
table 2.6). Spearman's rank correlation rho of the driver with each outcome says how strongly
they go together; the driver's current level is its mean satisfaction 0-5. Nothing here says
what causes what.

Rules: a driver is computed on the respondents who gave both answers (pairwise); it is shown
only when they are at least the office's minimum (`drivers_min_respondents`, default 30, never
below the anonymity threshold) and the disclosure rule (app/scoring/privacy.py) allows each of
its counts in this view. Pure: arrays in, dataclasses out; called by app/scoring/analysis.py.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.markers import QT_TRANSLATE_NOOP
from app.scoring import office
from app.scoring.definitions import Instrument
from app.scoring.engine import score
from app.scoring.roles import JOB_SATISFACTION, LEAVING, SATISFACTION, role_instrument

# A relation is "strong" when rho is at least this (a medium correlation by the usual rule of
# thumb) and beyond chance for its n: rho * sqrt(n - 1) >= 1.96 (normal approximation, 5 %
# two-sided). At n = 30 that asks rho >= 0.364; from n = 44 on, the 0.30 floor decides.
STRONG_RHO = 0.30
CHANCE_Z = 1.96
# What a campaign's drivers are measured against (`Drivers.basis`, printed by `analyse --json`):
# names of the two outcomes, not instrument ids.
BASIS_SATISFACTION = "satisfaction"  # the Batarshev total
BASIS_LEAVING = "leaving"  # the pull to leave

# A level is "low" below 3 on the 0-5 scale: the seed counts 0-2 as negative, 3-5 as positive.
LOW_LEVEL = 3.0

PRIORITIES = {  # id -> words (context "Drivers"); the order is the order of urgency
    "act_first": QT_TRANSLATE_NOOP("Drivers", "act first"),
    "maintain": QT_TRANSLATE_NOOP("Drivers", "maintain"),
    "monitor": QT_TRANSLATE_NOOP("Drivers", "monitor"),
    "secondary": QT_TRANSLATE_NOOP("Drivers", "secondary"),
}

# Why no driver at all is shown (context "Drivers"; %1 = the minimum of respondents).
REASONS = {
    "no_outcome": QT_TRANSLATE_NOOP(
        "Drivers",
        "Key drivers need the job satisfaction questionnaire (Batarshev) or the "
        "reasons for leaving, and the satisfaction questionnaire, in the same "
        "campaign.",
    ),
    "too_few": QT_TRANSLATE_NOOP(
        "Drivers",
        "Key drivers are not shown: fewer than %1 respondents of this selection "
        "answered both the satisfaction questionnaire and the job satisfaction "
        "questionnaire. With fewer people a rank correlation swings too much to "
        "rely on. The minimum is an office setting (Settings).",
    ),
    "too_few_leaving": QT_TRANSLATE_NOOP(
        "Drivers",
        "Key drivers are not shown: fewer than %1 respondents of this selection "
        "answered both the satisfaction questionnaire and the reasons for leaving. "
        "With fewer people a rank correlation swings too much to rely on. The "
        "minimum is an office setting (Settings).",
    ),
    # one driver (its own row)
    "driver_too_few": QT_TRANSLATE_NOOP("Drivers", "fewer than %1 respondents rated it"),
    "no_variation": QT_TRANSLATE_NOOP(
        "Drivers", "everyone gave the same answer: no relation can be measured"
    ),
}


def minimum_respondents(threshold: int | None = None) -> int:
    """The office's minimum, never below the anonymity threshold of the campaign."""
    value = int(office.current(office.DRIVERS_MIN_RESPONDENTS))
    return max(value, int(threshold or 0))


@dataclass(frozen=True)
class Driver:
    kind: str  # "factor" (satisfaction item) or "parameter" (table 2.4)
    id: str  # item id or parameter id
    label: dict  # {"ru": ..., "kk": ...}: the item's wording or the parameter's name
    level: float | None  # mean satisfaction 0-5 of the view's respondents who rated it
    n_rated: int
    rho_satisfaction: float | None  # with the Batarshev total; None: not computed / not shown
    n_satisfaction: int  # respondents with both answers
    rho_leaving: float | None  # with the pull to leave
    n_leaving: int
    priority: str = ""  # key of PRIORITIES; "" when there is no relation to judge
    hidden: str = ""  # why the row is not shown: a key of privacy.REASONS or of REASONS

    @property
    def n(self) -> int:
        """The respondents the relation that places the driver rests on."""
        return self.n_satisfaction if self.rho_satisfaction is not None else self.n_leaving

    @property
    def strength(self) -> float | None:
        """How strongly the driver goes with staying satisfied: rho with satisfaction, or,
        without the Batarshev questionnaire, minus rho with the pull to leave."""
        if self.rho_satisfaction is not None:
            return self.rho_satisfaction
        return None if self.rho_leaving is None else -self.rho_leaving


def point_label(driver: Driver, lang: str) -> str:
    """The short label of a driver on a chart: a factor's number in the satisfaction table
    (q5 -> "5"), a parameter's name up to its first comma ("Престиж, признание" -> "Престиж"),
    cut at 22 characters (the table and the hover text give it in full)."""
    if driver.kind == "factor":
        return driver.id.lstrip("q")
    name = (driver.label.get(lang) or driver.id).split(",")[0].strip()
    return name if len(name) <= 22 else name[:20].rstrip() + "…"


def strong_line(drivers: Drivers) -> float:
    """Where "strong" starts on a chart of these drivers: 0.30, or higher when even the
    largest n needs more to be beyond chance (each point's own test decides its priority)."""
    counts = [d.n for d in drivers.visible()]
    n = max(counts) if counts else 0
    return max(STRONG_RHO, CHANCE_Z / math.sqrt(n - 1)) if n > 1 else STRONG_RHO


@dataclass(frozen=True)
class Drivers:
    min_respondents: int
    basis: str  # BASIS_SATISFACTION, BASIS_LEAVING (no Batarshev) or ""
    reason: str = ""  # key of REASONS when no driver is shown
    items: tuple[Driver, ...] = ()

    @property
    def shown(self) -> bool:
        return not self.reason

    def visible(self, kind: str | None = None) -> list[Driver]:
        """Shown drivers (of one kind), most urgent first."""
        return [d for d in self.items if not d.hidden and (kind is None or d.kind == kind)]


# --- rank correlation ------------------------------------------------------------------------
def average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n, tied values sharing the mean of their places (as pandas' rank(method=
    "average")), in one sort."""
    _uniq, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return ((ends - counts + 1 + ends) / 2.0)[inverse.ravel()]


def _centred(ranks: np.ndarray) -> np.ndarray:
    return ranks - ranks.mean()


def _pearson_centred(a: np.ndarray, b: np.ndarray) -> float | None:
    scale = math.sqrt(float(a @ a) * float(b @ b))
    if scale == 0:  # one side constant: no order to compare
        return None
    return max(-1.0, min(1.0, float(a @ b) / scale))


def spearman(x, y) -> float | None:
    """Spearman's rho of two sequences on the pairs where both are given (NaN = missing):
    Pearson's correlation of the average ranks, so ties are handled exactly. None when fewer
    than two pairs or one side does not vary."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    both = ~np.isnan(x) & ~np.isnan(y)
    if both.sum() < 2:
        return None
    return _pearson_centred(_centred(average_ranks(x[both])), _centred(average_ranks(y[both])))


def is_strong(rho: float | None, n: int) -> bool:
    return rho is not None and n > 1 and rho >= STRONG_RHO and rho * math.sqrt(n - 1) >= CHANCE_Z


def priority(strength: float | None, n: int, level: float | None) -> str:
    if strength is None or level is None:
        return ""
    strong, low = is_strong(strength, n), level < LOW_LEVEL
    if strong:
        return "act_first" if low else "maintain"
    return "monitor" if low else "secondary"


# --- per-respondent values -------------------------------------------------------------------
def _rating_ids(inst: Instrument) -> list[str]:
    return [i.id for i in inst.items if i.format.type == "rating" and not i.own_variant]


def _row_mean(values: np.ndarray) -> np.ndarray:
    """Per row, the mean of the given values (NaN when none is given)."""
    given = ~np.isnan(values)
    count = given.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, np.where(given, values, 0.0).sum(axis=1) / count, np.nan)


@dataclass(frozen=True)
class DriverInputs:
    """Whole-campaign, per-respondent values (rows in the order of the answer tables)."""

    kinds: list[tuple[str, str]]  # (kind, id) per column of `values`
    labels: list[dict]  # {"ru", "kk"} per column
    values: np.ndarray  # respondents x drivers, satisfaction 0-5, NaN = not rated
    satisfaction: np.ndarray | None  # Batarshev total, % of maximum
    leaving: np.ndarray | None  # mean rating of the reasons for leaving, 0-5

    def __post_init__(self) -> None:
        # the values as codes of their places (value_codes), worked out once per campaign
        columns = [value_codes(self.values[:, j]) for j in range(self.values.shape[1])]
        codes = (
            np.column_stack([c for c, _k in columns])
            if columns
            else np.empty(self.values.shape, dtype=np.int32)
        )
        object.__setattr__(self, "codes", codes)
        object.__setattr__(self, "ks", [k for _c, k in columns])
        object.__setattr__(
            self,
            "coded",
            {
                name: value_codes(v)
                for name, v in (
                    (BASIS_SATISFACTION, self.satisfaction),
                    (BASIS_LEAVING, self.leaving),
                )
                if v is not None
            },
        )


def driver_inputs(
    frames: dict[str, pd.DataFrame], library: dict[str, Instrument], parameters: list
) -> DriverInputs | None:
    texts = role_instrument(library, SATISFACTION)
    sat_frame = None if texts is None else frames.get(texts.id)
    if sat_frame is None:
        return None
    ids = [i for i in _rating_ids(texts) if i in sat_frame.columns]
    ratings = sat_frame[ids].to_numpy(dtype=float)
    position = {item: k for k, item in enumerate(ids)}
    columns, kinds = [ratings[:, k] for k in range(len(ids))], [("factor", i) for i in ids]
    labels = [{"ru": texts.item(i).text.get("ru"), "kk": texts.item(i).text.get("kk")} for i in ids]
    for p in parameters:
        mapped = [position[f] for f in p.satisfaction if f in position]
        if mapped:
            columns.append(_row_mean(ratings[:, mapped]))
            kinds.append(("parameter", p.id))
            labels.append({"ru": p.name_ru, "kk": p.name_kk})
    satisfaction = leaving = None
    job = role_instrument(library, JOB_SATISFACTION)
    if job is not None and job.id in frames:
        total = score(job, frames[job.id]).scores
        if "total" in total:
            satisfaction = total["total"].to_numpy(dtype=float)
    leave = role_instrument(library, LEAVING)
    if leave is not None and leave.id in frames:
        reasons = [i for i in _rating_ids(leave) if i in frames[leave.id]]
        if reasons:
            leaving = _row_mean(frames[leave.id][reasons].to_numpy(dtype=float))
    values = np.column_stack(columns) if columns else np.empty((len(sat_frame), 0))
    return DriverInputs(kinds, labels, values, satisfaction, leaving)


# The per-respondent values of a campaign are the same for every filter: kept while its answer
# table lives (the analysis service keeps the table while the data is unchanged).
_INPUTS: dict[tuple, DriverInputs | None] = {}


def cached_inputs(
    frames: dict[str, pd.DataFrame], library: dict[str, Instrument], parameters: list
) -> DriverInputs | None:
    sat = role_instrument(library, SATISFACTION)
    anchor = None if sat is None else frames.get(sat.id)
    if anchor is None:
        return None
    key = (id(anchor), tuple((p.id, tuple(p.satisfaction)) for p in parameters))
    if key not in _INPUTS:
        _INPUTS[key] = driver_inputs(frames, library, parameters)
        weakref.finalize(anchor, _INPUTS.pop, key, None)
    return _INPUTS[key]


# --- the drivers of one view -----------------------------------------------------------------
def value_codes(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Each value's place among the distinct given values (-1 = missing), and their number:
    ranks within any subset then come from counting, without sorting again (one filter change
    ranks 50 factors twice over up to 10 000 respondents)."""
    codes = np.full(values.shape, -1, dtype=np.int32)
    given = ~np.isnan(values)
    distinct, inverse = np.unique(values[given], return_inverse=True)
    codes[given] = inverse.ravel()
    return codes, len(distinct)


def ranks_of_codes(codes: np.ndarray, k: int) -> np.ndarray:
    """Average ranks (ties share the mean of their places) of coded values, all given."""
    counts = np.bincount(codes, minlength=k)
    ends = np.cumsum(counts)
    return ((2 * ends - counts + 1) / 2.0)[codes]


def _correlations(
    codes: np.ndarray, ks: list[int], outcome: np.ndarray, k_outcome: int
) -> tuple[list, np.ndarray]:
    """rho per driver column with the outcome (pairwise complete) and the pair counts, from
    the coded values of the view's respondents. The outcome's ranks are reused for every
    column answered by all who have an outcome."""
    has = outcome >= 0
    n_has = int(has.sum())
    full = _centred(ranks_of_codes(outcome[has], k_outcome)) if n_has else None
    rhos, counts = [], np.zeros(codes.shape[1], dtype=np.int64)
    for j in range(codes.shape[1]):
        column = codes[:, j]
        both = has & (column >= 0)
        counts[j] = n = int(both.sum())
        if n < 2:
            rhos.append(None)
            continue
        x = _centred(ranks_of_codes(column[both], ks[j]))
        y = full if n == n_has else _centred(ranks_of_codes(outcome[both], k_outcome))
        rhos.append(_pearson_centred(x, y))
    return rhos, counts


def key_drivers(inputs: DriverInputs | None, population, view, minimum: int) -> Drivers:
    """The drivers of one view. `population`/`view`: the disclosure rule's objects of
    app/scoring/analysis.py (every count of a driver is a cell under the rule)."""
    if (
        inputs is None
        or (inputs.satisfaction is None and inputs.leaving is None)
        or not inputs.kinds
    ):
        return Drivers(minimum, "", "no_outcome")
    keep = view.keep
    values = inputs.values[keep]
    rated_all = ~np.isnan(inputs.values)
    outcomes = {}
    for name, outcome in (
        (BASIS_SATISFACTION, inputs.satisfaction),
        (BASIS_LEAVING, inputs.leaving),
    ):
        if outcome is None:
            continue
        pairs_all = rated_all & ~np.isnan(outcome)[:, None]
        # too few in this view with this outcome and any rating: this outcome is left out
        if int((pairs_all[keep].any(axis=1)).sum()) < minimum:
            continue
        codes, k = inputs.coded[name]
        rhos, counts = _correlations(inputs.codes[keep], inputs.ks, codes[keep], k)
        reasons = population.cells(view.masks, view.full, pairs_all)
        outcomes[name] = (rhos, counts, reasons)
    # the chart's height means one thing for a campaign: the relation with job satisfaction
    # when the campaign asked it (else with the pull to leave), whatever the view's counts
    basis = BASIS_SATISFACTION if inputs.satisfaction is not None else BASIS_LEAVING
    if basis not in outcomes:
        return Drivers(
            minimum, basis, "too_few" if basis == BASIS_SATISFACTION else "too_few_leaving"
        )
    rated = rated_all[keep].sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(
            rated > 0, np.where(np.isnan(values), 0.0, values).sum(axis=0) / rated, np.nan
        )
    level_reasons = population.cells(view.masks, view.full, rated_all)
    items = []
    for j, (kind, driver_id) in enumerate(inputs.kinds):
        if rated[j] == 0:  # nobody here rated it (an optional factor not asked): no row
            continue
        relation, why = {}, {}
        for name, (rhos, counts, reasons) in outcomes.items():
            why[name] = reasons[j] or (
                "driver_too_few"
                if counts[j] < minimum
                else "no_variation"
                if rhos[j] is None
                else ""
            )
            # a relation not shown keeps no count either (a count is a figure too)
            relation[name] = (None, 0) if why[name] else (rhos[j], int(counts[j]))
        hidden = level_reasons[j] or why[basis]
        if hidden or math.isnan(means[j]):
            items.append(
                Driver(
                    kind,
                    driver_id,
                    inputs.labels[j],
                    None,
                    0,
                    None,
                    0,
                    None,
                    0,
                    "",
                    hidden or "driver_too_few",
                )
            )
            continue
        (rho_s, n_s), (rho_l, n_l) = (
            relation.get(BASIS_SATISFACTION, (None, 0)),
            relation.get(BASIS_LEAVING, (None, 0)),
        )
        level = float(means[j])
        strength = rho_s if basis == BASIS_SATISFACTION else -rho_l
        items.append(
            Driver(
                kind,
                driver_id,
                inputs.labels[j],
                level,
                int(rated[j]),
                rho_s,
                n_s,
                rho_l,
                n_l,
                priority(strength, n_s if basis == BASIS_SATISFACTION else n_l, level),
            )
        )
    order = list(PRIORITIES)
    items.sort(
        key=lambda d: (
            bool(d.hidden),
            order.index(d.priority) if d.priority else 9,
            -(d.strength or 0.0),
        )
    )
    return Drivers(minimum, basis, "", tuple(items))


def drivers_dict(drivers: Drivers | None, translate=None) -> dict | None:
    """The drivers as JSON-ready data (`motivdesk analyse --json`, key "drivers")."""
    if drivers is None:
        return None
    reason = None
    if drivers.reason:
        source = REASONS[drivers.reason]
        reason = ((translate("Drivers", source) if translate else "") or source).replace(
            "%1", str(drivers.min_respondents)
        )
    return {
        "shown": drivers.shown,
        "reason_key": drivers.reason or None,
        "reason": reason,
        "min_respondents": drivers.min_respondents,
        "basis": drivers.basis or None,
        "strong_rho": STRONG_RHO,
        "low_level": LOW_LEVEL,
        "items": [
            {
                "kind": d.kind,
                "id": d.id,
                "label": d.label.get("ru"),
                "label_kk": d.label.get("kk"),
                "hidden": d.hidden or None,
                **(
                    {}
                    if d.hidden
                    else {
                        "rho_satisfaction": d.rho_satisfaction,
                        "rho_leaving": d.rho_leaving,
                        "n": d.n,
                        "n_satisfaction": d.n_satisfaction,
                        "n_leaving": d.n_leaving,
                        "n_rated": d.n_rated,
                        "level": d.level,
                        "priority": d.priority or None,
                    }
                ),
            }
            for d in drivers.items
        ],
    }

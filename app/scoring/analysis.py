"""All figures of a campaign's analysis (PRODUCT.md §5), each passed through the privacy rule.

Pure: takes the loaded `CampaignData`, a filter and the instrument library; returns plain
dataclasses and DataFrames for the screen, the XLSX exports and the PDF report alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # scoring does not depend on the models at run time
    from app.models.analysis_data import CampaignData
from app.scoring.engine import score
from app.scoring.group import (
    factor_matrix,
    group_profile,
    satisfaction_shares,
    table_by_group,
    type_distribution,
)
from app.scoring.level import (
    Balance,
    MotivationLevel,
    Parameter,
    motivation_level,
    motivational_balance,
    parameter_means,
)
from app.scoring.model import Instrument
from app.scoring.privacy import Disclosure, disclose, disclose_partition
from app.scoring.vocab import TENURE_BANDS


@dataclass(frozen=True)
class Filter:
    department_id: int | None = None
    tenure_band: str | None = None
    gender: str | None = None
    is_manager: bool | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in (self.department_id, self.tenure_band, self.gender,
                                       self.is_manager))

    def mask(self, meta: pd.DataFrame) -> pd.Series:
        keep = pd.Series(True, index=meta.index)
        for column, value in (("department_id", self.department_id),
                              ("tenure_band", self.tenure_band), ("gender", self.gender),
                              ("is_manager", self.is_manager)):
            if value is not None:
                keep &= meta[column] == value
        return keep


@dataclass
class InstrumentFigures:
    instrument_id: str
    disclosure: Disclosure
    factors: pd.DataFrame | None = None  # factor questionnaires
    profile: dict[str, float | None] = field(default_factory=dict)  # mean per scale
    types: dict | None = None  # Gerchikov distribution
    by_tenure: pd.DataFrame | None = None  # job satisfaction table 3.4
    by_tenure_disclosure: dict[str, Disclosure] = field(default_factory=dict)
    shares: dict[str, float] | None = None  # job satisfaction high/medium/low
    value_counts: pd.DataFrame | None = None  # climate table 2.7


@dataclass
class CampaignAnalysis:
    filter: Filter
    n: int  # respondents in the (filtered) group
    disclosure: Disclosure
    instruments: dict[str, InstrumentFigures]
    level: MotivationLevel | None = None
    balance: Balance | None = None
    key_demotivators: list[tuple[str, float]] = field(default_factory=list)  # item, negative share
    dismissal_ranking: list[tuple[str, float]] = field(default_factory=list)  # item, strength %
    previous: CampaignAnalysis | None = None  # the previous campaign, same filter (dynamics)


def _figures(inst: Instrument, frame: pd.DataFrame, meta: pd.DataFrame, disclosure: Disclosure,
             threshold: int) -> InstrumentFigures:
    figures = InstrumentFigures(inst.id, disclosure)
    if not disclosure.allowed:
        return figures
    if inst.scoring.method == "factor_matrix":
        figures.factors = factor_matrix(inst, frame)
        return figures
    table = score(inst, frame)
    figures.profile = group_profile(table).means
    if inst.scoring.method == "choice_key":
        dist = type_distribution(table)
        figures.types = {"counts": dist.counts, "shares": dist.shares, "mixed": dist.mixed,
                         "scored": dist.scored}
    if inst.id == "job_satisfaction":
        by_band = table_by_group(table, meta["tenure_band"].reset_index(drop=True),
                                 list(TENURE_BANDS))
        sizes = {band: int(by_band.loc["_n", band]) for band in by_band.columns if band != "all"}
        figures.by_tenure_disclosure = disclose_partition(sizes, threshold)
        figures.by_tenure = by_band
        figures.shares = satisfaction_shares(table)
    if inst.id == "climate":
        from app.scoring.group import value_counts

        figures.value_counts = value_counts(inst, frame)
    return figures


def analyse(data: CampaignData, library: dict[str, Instrument], parameters: list[Parameter],
            flt: Filter = Filter()) -> CampaignAnalysis:
    mask = flt.mask(data.meta)
    meta = data.meta[mask]
    n_all = len(data.meta)
    disclosure = disclose(len(meta), data.threshold,
                          n_parent=None if flt.is_empty() else n_all)
    result = CampaignAnalysis(flt, len(meta), disclosure, {})
    keep = mask.to_numpy()
    everyone = bool(keep.all())
    for inst_id, frame in data.frames.items():
        inst = library[inst_id]
        answered_all = ~np.isnan(frame.to_numpy(dtype=float)).all(axis=1)
        answered = answered_all if everyone else answered_all & keep
        parent = None if flt.is_empty() else int(answered_all.sum())
        inst_disclosure = disclose(int(answered.sum()), data.threshold, n_parent=parent)
        # copies only when someone is left out (a filter, or respondents who skipped the
        # instrument): for a whole campaign the tables are used as loaded
        whole = bool(answered.all())
        result.instruments[inst_id] = _figures(
            inst, frame if whole else frame[answered], data.meta if whole else
            data.meta[answered], inst_disclosure, data.threshold)
    sig = result.instruments.get("significance")
    sat = result.instruments.get("satisfaction")
    if sig and sat and sig.factors is not None and sat.factors is not None:
        means = parameter_means(parameters, sig.factors, sat.factors)
        if means:
            result.level = motivation_level(means)
            result.balance = motivational_balance(result.level)
    if sat and sat.factors is not None:
        ranked = sat.factors[sat.factors["n"] > 0].sort_values("negative_share", ascending=False)
        result.key_demotivators = [(i, float(v)) for i, v in ranked["negative_share"].head(5).items()]
    dismissal = result.instruments.get("dismissal")
    if dismissal and dismissal.factors is not None:
        ranked = dismissal.factors[dismissal.factors["n"] > 0].sort_values("strength_pct",
                                                                           ascending=False)
        result.dismissal_ranking = [(i, float(v)) for i, v in ranked["strength_pct"].items()]
    return result

"""Motivation level (seed tables 2.3-2.5) and motivational balance.

For parameter i: P_imp = mean significance, P_perc = mean satisfaction (0-5);
partial level U_i = P_perc / 5; relative significance d_i = P_imp / Σ P_imp;
integral level = Σ d_i · U_i. Qualitative label from table 2.5.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pandas as pd

from app.markers import QT_TRANSLATE_NOOP
from app.paths import resources_dir

REFERENCE_SCORE = 5.0  # "эталонная оценка ожидания", table 2.3

# Table 2.5, lower edges. One rule for every band label in the program: the label follows the value
# as printed. The value is rounded half-up (decimal arithmetic, after float noise is removed) to
# the decimals it is printed with, and that printed number is classified: 0.599 printed as
# "0.599" is below 0.60 (unsatisfactory); printed as "0.60" it is satisfactory.
LEVEL_DECIMALS = 3  # the integral level is printed with three decimals everywhere (seed: 0.804)
LEVEL_LABELS = (
    ("excellent", 1.00, QT_TRANSLATE_NOOP("Levels", "excellent")),
    ("very_good", 0.95, QT_TRANSLATE_NOOP("Levels", "very good")),
    ("good", 0.80, QT_TRANSLATE_NOOP("Levels", "good")),
    ("acceptable", 0.70, QT_TRANSLATE_NOOP("Levels", "acceptable")),
    ("satisfactory", 0.60, QT_TRANSLATE_NOOP("Levels", "satisfactory")),
    ("unsatisfactory", 0.0, QT_TRANSLATE_NOOP("Levels", "unsatisfactory")),
)


class LevelInputError(ValueError):
    """Bad input for the motivation level; `problem` is a code, `detail` names the value."""

    def __init__(self, problem: str, detail: str = ""):
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class ParameterMeans:
    parameter: str
    importance: float  # P_imp, mean significance 0-5
    perception: float  # P_perc, mean satisfaction 0-5


@dataclass(frozen=True)
class ParameterLevel:
    parameter: str
    importance: float
    perception: float
    d: float  # relative significance
    level: float  # partial level U_i

    @property
    def gap(self) -> float:
        """Significance minus satisfaction: > 0 means the parameter falls short (a reserve)."""
        return self.importance - self.perception


@dataclass(frozen=True)
class MotivationLevel:
    parameters: tuple[ParameterLevel, ...]
    integral: float
    label: str

    def to_json(self) -> dict:
        return {
            "parameters": [
                {
                    "parameter": p.parameter,
                    "importance": p.importance,
                    "perception": p.perception,
                    "d": p.d,
                    "level": p.level,
                }
                for p in self.parameters
            ],
            "integral": self.integral,
            "shown": self.shown,
            "label": self.label,
        }

    @property
    def shown(self) -> float:
        """The integral level as printed (LEVEL_DECIMALS, half-up): print this, not `integral`,
        so that the number and its label agree."""
        return float(printed(self.integral, LEVEL_DECIMALS))


_NOISE = Decimal("1e-9")  # float sums such as 0.7949999999999999 mean 0.795


def printed(value: float, decimals: int) -> Decimal:
    """`value` as printed with `decimals` decimals: half-up (away from zero) in decimal arithmetic.

    Float noise is removed first (to 9 decimals), so 0.795 computed as 0.7949999999999999 prints
    and classifies as 0.80 at two decimals, as 0.795 written by hand does.
    """
    exact = Decimal(repr(float(value))).quantize(_NOISE, rounding=ROUND_HALF_UP)
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def printed_array(values: np.ndarray, decimals: int) -> np.ndarray:
    """`printed` for a float array (NaN stays NaN), vectorised: the same numbers as `printed`."""
    values = np.asarray(values, dtype=float)
    scale = 10.0**decimals
    with np.errstate(invalid="ignore"):
        magnitude = np.floor(np.round(np.abs(values) * scale, 9 - decimals) + 0.5)
    return np.sign(values) * magnitude / scale


def format_value(value: float | None, decimals: int) -> str:
    """The printed text of a value ('—' for none); the same rounding as the label uses."""
    if value is None or value != value:
        return "—"
    return f"{printed(value, decimals):.{decimals}f}"


def level_label(integral: float, decimals: int = LEVEL_DECIMALS) -> str:
    """Table 2.5 label of the integral level as printed with `decimals` decimals."""
    shown = printed(integral, decimals)
    for label_id, lower, _text in LEVEL_LABELS:
        if shown >= Decimal(repr(lower)):
            return label_id
    return "unsatisfactory"


def motivation_level(means: list[ParameterMeans]) -> MotivationLevel:
    if not means:
        raise LevelInputError("no_parameters")
    for p in means:
        for name, value in (("importance", p.importance), ("perception", p.perception)):
            if pd.isna(value) or not 0 <= value <= REFERENCE_SCORE:
                raise LevelInputError("out_of_range", f"{p.parameter} {name}={value}")
    total_importance = sum(p.importance for p in means)
    if total_importance <= 0:
        raise LevelInputError("zero_importance")
    levels = tuple(
        ParameterLevel(
            p.parameter,
            p.importance,
            p.perception,
            d=p.importance / total_importance,
            level=p.perception / REFERENCE_SCORE,
        )
        for p in means
    )
    integral = sum(p.d * p.level for p in levels)
    return MotivationLevel(levels, integral, level_label(integral))


@dataclass(frozen=True)
class Balance:
    """Motivators: satisfaction ≥ significance. Demotivators (= reserves): the rest, by gap."""

    motivators: tuple[ParameterLevel, ...]
    demotivators: tuple[ParameterLevel, ...]


def motivational_balance(result: MotivationLevel) -> Balance:
    # Gaps are rounded before ranking so that float noise cannot reorder equal gaps; equal gaps
    # put the more significant parameter first.
    motivators = tuple(
        sorted(
            (p for p in result.parameters if round(p.gap, 9) <= 0),
            key=lambda p: (round(p.gap, 9), -p.importance),
        )
    )
    demotivators = tuple(
        sorted(
            (p for p in result.parameters if round(p.gap, 9) > 0),
            key=lambda p: (-round(p.gap, 9), -p.importance),
        )
    )
    return Balance(motivators, demotivators)


@dataclass(frozen=True)
class Parameter:
    id: str
    name_ru: str
    name_kk: str
    significance: tuple[str, ...]
    satisfaction: tuple[str, ...]


def load_parameters(path: Path | None = None) -> list[Parameter]:
    """The documented default mapping of the 12 parameters of table 2.4.

    An office edits it by placing its own `motivation_parameters.json` in the data folder.
    """
    if path is None:
        from app.paths import user_data_dir

        office = user_data_dir() / "motivation_parameters.json"
        path = office if office.exists() else resources_dir() / "motivation_parameters.json"
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Parameter(
            p["id"],
            p["name"]["ru"],
            p["name"]["kk"],
            tuple(p["significance"]),
            tuple(p["satisfaction"]),
        )
        for p in data["parameters"]
    ]


def parameter_means(
    parameters: list[Parameter], significance: pd.DataFrame, satisfaction: pd.DataFrame
) -> list[ParameterMeans]:
    """P_imp and P_perc per parameter from the two factor matrices (`group.factor_matrix`).

    A parameter mapped to several factors takes the mean of those factors' means.
    """
    sig, sat = significance["mean"].to_dict(), satisfaction["mean"].to_dict()
    result = []
    for p in parameters:
        imp = _mean_of(sig, p.significance)
        perc = _mean_of(sat, p.satisfaction)
        if np.isnan(imp) or np.isnan(perc):
            continue  # nobody rated these factors (e.g. optional factors left out)
        result.append(ParameterMeans(p.id, float(imp), float(perc)))
    return result


def _mean_of(means: dict[str, float], factors: tuple[str, ...]) -> float:
    """Mean of the factors' means, skipping factors nobody rated (as pandas' mean does)."""
    values = np.array([means[f] for f in factors], dtype=float)  # KeyError: unknown factor
    given = ~np.isnan(values)
    return float(values[given].sum() / given.sum()) if given.any() else float("nan")


def read_means_csv(path: Path) -> list[ParameterMeans]:
    """`level --means FILE.csv`: columns parameter, importance, perception (means 0-5)."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise LevelInputError("unreadable", f"{path}: {exc}") from None
    missing = {"parameter", "importance", "perception"} - set(frame.columns)
    if missing:
        raise LevelInputError("missing_columns", ", ".join(sorted(missing)))
    result = []
    for row_no, row in enumerate(frame.itertuples(index=False), start=2):
        values = {}
        for column in ("importance", "perception"):
            raw = getattr(row, column).strip().replace(",", ".")
            try:
                values[column] = float(raw)
            except ValueError:
                raise LevelInputError(
                    "bad_value", f"row {row_no}, column {column}: '{getattr(row, column)}'"
                ) from None
            if not 0 <= values[column] <= REFERENCE_SCORE:
                raise LevelInputError(
                    "bad_value",
                    f"row {row_no}, column {column}: '{getattr(row, column)}' is not within 0-5",
                )
        result.append(
            ParameterMeans(row.parameter.strip(), values["importance"], values["perception"])
        )
    return result

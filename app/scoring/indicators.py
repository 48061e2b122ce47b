"""The Kazakhstan personnel-management indicators from a body's yearly staff movements.

Seed 002 (the agency's assessment of an akimat, "Персоналды басқару" block, criterion 1
"Мемлекеттік органның кадрлық әлеуеті") reports them from these inputs:

| indicator (seed 002 §)            | computed as                                          | seed example |
|-----------------------------------|------------------------------------------------------|--------------|
| net turnover (1.1)                | left the civil service / average headcount            | 45 / 721 = 6,2 % (critical level 9 %) |
| leavers from the body (1.1)       | left the body / average headcount                     | 154 / 721 (printed 21,7 %) |
| staff stability (1.2)             | over 3 years' continuous service / average headcount  | 323 / 721 (printed 44,4 %) |
| first-year turnover (1.3)         | left in their first year / average headcount          | 0 → 0 % |
| circulation (1.4)                 | (appointed + dismissed) / average headcount           | 168 and 158 (no % printed) |
| exit-interview coverage (1.6)     | exit interviews held / left the civil service         | 45 / 45 = 100 % |

The seed's printed figures do not all follow from its own inputs (154/721 is 21,4 %, not 21,7 %;
323/721 is 44,8 %, not 44,4 %; its criterion total is printed as both 21,06 and 21,76), so every
figure is computed from the raw inputs, never copied. Seed 002 names the circulation indicator
and its two inputs but gives no formula: ours is the standard statistical "general turnover
ratio" (hired plus separated over average headcount) and is marked as ours. The seed's points
(e.g. "2,3 of 5") come from a scoring table it does not print, so no points are computed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from app.markers import QT_TRANSLATE_NOOP

# Seed 002 §1.1: the critical level of net turnover set by the Presidential Administration.
NET_TURNOVER_CRITICAL_PCT = 9.0

REQUIRED = ("year", "average_headcount", "left_civil_service")
OPTIONAL = (
    "left_body",
    "first_year_leavers",
    "appointed",
    "dismissed",
    "over_3_years",
    "exit_interviews",
)
COLUMNS = REQUIRED + OPTIONAL


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str  # English; the UI translates it through the "Indicators" context
    numerator: tuple[str, ...]  # input columns added up
    denominator: str
    source: str  # "seed 002 §1.1" or "ours"


INDICATORS = (
    Indicator(
        "net_turnover",
        QT_TRANSLATE_NOOP("Indicators", "Net turnover"),
        ("left_civil_service",),
        "average_headcount",
        "seed 002 §1.1",
    ),
    Indicator(
        "leavers_from_body",
        QT_TRANSLATE_NOOP("Indicators", "Leavers from the body"),
        ("left_body",),
        "average_headcount",
        "seed 002 §1.1",
    ),
    Indicator(
        "stability",
        QT_TRANSLATE_NOOP("Indicators", "Staff stability"),
        ("over_3_years",),
        "average_headcount",
        "seed 002 §1.2",
    ),
    Indicator(
        "first_year_turnover",
        QT_TRANSLATE_NOOP("Indicators", "First-year turnover"),
        ("first_year_leavers",),
        "average_headcount",
        "seed 002 §1.3",
    ),
    Indicator(
        "circulation",
        QT_TRANSLATE_NOOP("Indicators", "Staff circulation"),
        ("appointed", "dismissed"),
        "average_headcount",
        "ours (seed 002 §1.4 names it)",
    ),
    Indicator(
        "exit_interview_coverage",
        QT_TRANSLATE_NOOP("Indicators", "Exit-interview coverage"),
        ("exit_interviews",),
        "left_civil_service",
        "seed 002 §1.6",
    ),
)


class IndicatorInputError(ValueError):
    """The movements file or a row is refused; `problems` name row, column and value."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class YearMovements:
    year: int
    average_headcount: float
    counts: dict[str, int]  # the other columns that were given


@dataclass
class YearIndicators:
    year: int
    values: dict[str, float | None]  # percent, exact (None: an input is missing)
    net_turnover_critical: bool | None  # above the 9 % critical level
    change: dict[str, float | None] = field(default_factory=dict)  # pp since the previous year

    def printed(self, indicator_id: str, decimals: int = 1) -> str | None:
        value = self.values.get(indicator_id)
        return None if value is None else f"{round_half_up(value, decimals):.{decimals}f}"


def round_half_up(value: float, decimals: int = 1) -> float:
    """As printed in the seed: 6,24 → 6,2; 6,25 → 6,3 (never banker's rounding)."""
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def compute(movements: YearMovements) -> YearIndicators:
    inputs = dict(movements.counts, average_headcount=movements.average_headcount)
    values: dict[str, float | None] = {}
    for ind in INDICATORS:
        parts = [inputs.get(col) for col in ind.numerator]
        denominator = inputs.get(ind.denominator)
        if any(p is None for p in parts) or not denominator:
            values[ind.id] = None
        else:
            values[ind.id] = 100.0 * sum(parts) / denominator
    net = values["net_turnover"]
    critical = None if net is None else round_half_up(net) > NET_TURNOVER_CRITICAL_PCT
    return YearIndicators(movements.year, values, critical)


def compute_years(rows: list[YearMovements]) -> list[YearIndicators]:
    """Indicators per year, oldest first, with the change since the year before (in points)."""
    result = [compute(r) for r in sorted(rows, key=lambda r: r.year)]
    for before, after in zip(result, result[1:], strict=False):
        if after.year != before.year + 1:
            continue  # a gap: no "since the previous year"
        for key, value in after.values.items():
            old = before.values.get(key)
            after.change[key] = None if value is None or old is None else value - old
    return result


def _number(text: str, column: str, row: int, integer: bool) -> float | int:
    value = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = Decimal(value)
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite() or number < 0:
        raise IndicatorInputError(
            [f"row {row}, column {column}: '{text}' is not a number of 0 or more"]
        )
    if integer:
        if number != number.to_integral_value():
            raise IndicatorInputError(
                [f"row {row}, column {column}: '{text}' is not a whole number of people"]
            )
        return int(number)
    return float(number)


def parse_movements(text: str) -> list[YearMovements]:
    """Rows of a CSV (comma or semicolon separated, header row with the column names)."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise IndicatorInputError(["the file is empty"]) from None
    problems = []
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        problems.append(f"unknown column(s) {', '.join(unknown)}; known: {', '.join(COLUMNS)}")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        problems.append(f"missing column(s) {', '.join(missing)}")
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        problems.append(f"column(s) {', '.join(duplicated)} given twice")
    if problems:
        raise IndicatorInputError(problems)
    rows, years = [], set()
    for lineno, fields in enumerate(reader, start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(f"row {lineno}: {len(fields)} fields, the header has {len(header)}")
            continue
        values = dict(zip(header, fields, strict=True))
        try:
            year = _number(values["year"], "year", lineno, integer=True)
            headcount = _number(
                values["average_headcount"], "average_headcount", lineno, integer=False
            )
            if headcount == 0:
                raise IndicatorInputError(
                    [f"row {lineno}, column average_headcount: must be more than 0"]
                )
            counts = {
                c: _number(values[c], c, lineno, integer=True)
                for c in header
                if c in COLUMNS[2:] and values[c].strip()
            }
        except IndicatorInputError as exc:
            problems.extend(exc.problems)
            continue
        if "left_civil_service" not in counts:
            problems.append(f"row {lineno}, column left_civil_service: empty")
            continue
        if (
            counts.get("left_body") is not None
            and counts["left_civil_service"] > counts["left_body"]
        ):
            # leaving the civil service is one way of leaving the body (seed 002 §1.1)
            problems.append(
                f"row {lineno}: left_civil_service ({counts['left_civil_service']})"
                f" is more than left_body ({counts['left_body']})"
            )
            continue
        if year in years:
            problems.append(f"row {lineno}, column year: {year} is given twice")
            continue
        years.add(year)
        rows.append(YearMovements(year, headcount, counts))
    if problems:
        raise IndicatorInputError(problems)
    if not rows:
        raise IndicatorInputError(["no data rows"])
    return rows


def read_movements(path: Path) -> list[YearMovements]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return parse_movements(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise IndicatorInputError([f"{path.name}: neither UTF-8 nor Windows-1251 text"])


def to_json(years: list[YearIndicators]) -> dict:
    return {
        "critical_net_turnover_pct": NET_TURNOVER_CRITICAL_PCT,
        "indicators": [
            {
                "id": i.id,
                "name": i.name,
                "source": i.source,
                "numerator": list(i.numerator),
                "denominator": i.denominator,
            }
            for i in INDICATORS
        ],
        "years": [
            {
                "year": y.year,
                "values": {
                    k: (None if v is None else round_half_up(v, 2)) for k, v in y.values.items()
                },
                "printed": {i.id: y.printed(i.id) for i in INDICATORS},
                "net_turnover_critical": y.net_turnover_critical,
                "change_pp": {
                    k: (None if v is None else round_half_up(v, 2)) for k, v in y.change.items()
                },
            }
            for y in years
        ],
    }

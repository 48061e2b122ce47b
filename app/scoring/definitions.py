"""Frozen dataclasses describing an instrument (see docs/instrument_format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

LANGUAGES = ("ru", "kk")


@dataclass(frozen=True)
class Text:
    ru: str
    kk: str

    def get(self, lang: str) -> str:
        return self.kk if lang == "kk" else self.ru


@dataclass(frozen=True)
class AnswerFormat:
    type: str  # rating | single | multi | split | bipolar
    min: int | None = None
    max: int | None = None
    exclude: tuple[int, ...] = ()
    labels: dict[int, Text] = field(default_factory=dict)
    left: Text | None = None
    right: Text | None = None
    options: tuple[Text, ...] = ()
    min_choices: int = 1
    max_choices: int | None = 1
    parts: int = 0
    total: int = 0
    points: tuple[float, ...] = ()

    def allowed_values(self) -> tuple[int, ...]:
        """Integer values a rating/bipolar answer may take."""
        assert self.min is not None and self.max is not None
        return tuple(v for v in range(self.min, self.max + 1) if v not in self.exclude)


@dataclass(frozen=True)
class Item:
    id: str
    index: int  # 0-based position
    text: Text | None
    format: AnswerFormat
    number: str = ""
    parts: tuple[Text, ...] = ()
    left: Text | None = None
    right: Text | None = None
    optional: bool = False
    own_variant: bool = False
    show_if: dict[str, Any] = field(default_factory=dict)
    group: Text | None = None

    def applies_to(self, is_manager: bool | None) -> bool:
        """Branching: False when the item is not applicable to this respondent."""
        wanted = self.show_if.get("is_manager")
        if wanted is None:
            return True
        return is_manager is not None and bool(is_manager) == bool(wanted)

    def max_points(self) -> float:
        fmt = self.format
        if fmt.type == "single":
            return max(fmt.points) if fmt.points else float(len(fmt.options))
        if fmt.max is not None:
            return float(fmt.max)
        return float(fmt.total)


@dataclass(frozen=True)
class Scale:
    id: str
    name: Text
    short_name: Text
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Band:
    id: str
    label: Text
    min: float | None
    max: float | None
    min_inclusive: bool = True
    max_inclusive: bool = False

    def contains(self, value: float) -> bool:
        if self.min is not None and (
            value < self.min or (value == self.min and not self.min_inclusive)
        ):
            return False
        if self.max is not None and (
            value > self.max or (value == self.max and not self.max_inclusive)
        ):
            return False
        return True


@dataclass(frozen=True)
class LevelSet:
    id: str
    applies_to: tuple[str, ...]
    bands: tuple[Band, ...]
    configurable: bool = False
    note: Text | None = None

    def classify(self, value: float) -> str | None:
        for band in self.bands:
            if band.contains(value):
                return band.id
        return None

    def band(self, band_id: str) -> Band:
        return next(b for b in self.bands if b.id == band_id)


@dataclass(frozen=True)
class Scoring:
    method: str  # factor_matrix | sum | choice_key | split_key
    aggregate: str = "sum"  # sum | mean | percent_of_max
    total: Scale | None = None
    key: dict[str, Any] = field(default_factory=dict)
    check_total: int | None = None


SOURCES = ("seed", "reference", "ours")  # where an interpretation text comes from


@dataclass(frozen=True)
class Interpretation:
    text: Text
    tools: Text | None = None
    source: str = ""  # of `text`: seed (the methodology) | reference | ours (written by us)
    tools_source: str = ""  # of `tools`, the same values
    source_detail: str = ""  # e.g. "seed App. 4, 6"


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    status: str
    kind: str
    title: Text
    short_title: Text
    source: Text
    instructions: Text
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    scoring: Scoring
    levels: tuple[LevelSet, ...] = ()
    interpretations: dict[str, Interpretation] = field(default_factory=dict)
    notes: tuple[Text, ...] = ()
    disabled_reason: Text | None = None
    # Demographic questions the instrument's analysis depends on (e.g. job_satisfaction's
    # tenure table 3.4): a campaign that includes the instrument always asks them.
    requires_demographics: tuple[str, ...] = ()
    # Its factors can be named by a card's measure; the next campaign's report then shows the
    # factor's change (factor_matrix questionnaires whose mean a measure can move).
    measure_targets: bool = False
    # The part it plays in the methodology (app/scoring/roles.py), "" for none: the code finds
    # the instrument of a fixed section by its role, never by its id.
    role: str = ""
    path: str = ""

    @property
    def active(self) -> bool:
        return self.status == "active"

    def item(self, item_id: str) -> Item:
        return self.items[self.item_index[item_id]]

    @cached_property  # looked up per item in scoring loops; the instrument never changes
    def item_index(self) -> dict[str, int]:
        return {item.id: item.index for item in self.items}

    def all_scales(self) -> tuple[Scale, ...]:
        """Scales including the total, in report order."""
        total = (self.scoring.total,) if self.scoring.total else ()
        return self.scales + total

    def scale_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.all_scales())

    def scale(self, scale_id: str) -> Scale:
        return next(s for s in self.all_scales() if s.id == scale_id)

    @property
    def value_decimals(self) -> int:
        """Decimals a scale score is printed with (means 2, sums and percentages 0); a band
        label is given to the score as printed (`app.scoring.level.printed`)."""
        return 2 if self.scoring.aggregate == "mean" else 0

    def level_set_for(self, scale_id: str) -> LevelSet | None:
        return next((ls for ls in self.levels if scale_id in ls.applies_to), None)

    def languages_complete(self) -> tuple[str, ...]:
        """Languages in which every text is present (the validator enforces both)."""
        return LANGUAGES

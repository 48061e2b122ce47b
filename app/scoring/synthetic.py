"""Valid random answers for any instrument: demo data, benchmarks and property tests.

Answers are drawn with per-item tendencies and a per-respondent offset, so that the demo's charts
show a believable profile rather than flat noise. Deterministic for a given `random.Random`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from app.scoring.definitions import Instrument, Item


@dataclass
class AnswerModel:
    """Per-item tendencies for one instrument, drawn once per data set."""

    rng: random.Random
    means: dict[str, float] = field(default_factory=dict)
    weights: dict[str, list[float]] = field(default_factory=dict)

    def _mean(self, item: Item) -> float:
        if item.id not in self.means:
            lo, hi = item.format.min, item.format.max
            # Skew towards the upper-middle of the scale, as real survey answers are.
            self.means[item.id] = lo + (hi - lo) * self.rng.uniform(0.35, 0.9)
        return self.means[item.id]

    def _weights(self, item: Item, n: int) -> list[float]:
        if item.id not in self.weights:
            self.weights[item.id] = [self.rng.random() ** 2 + 0.05 for _ in range(n)]
        return self.weights[item.id]

    def answer(self, item: Item, offset: float = 0.0) -> Any:
        fmt = item.format
        if fmt.type in ("rating", "bipolar"):
            spread = (fmt.max - fmt.min) / 4
            raw = self.rng.gauss(self._mean(item) + offset * spread, spread)
            value = int(min(fmt.max, max(fmt.min, round(raw))))
            while value in fmt.exclude:
                value += 1 if value < fmt.max else -1
            return value
        if fmt.type == "single":
            options = range(1, len(fmt.options) + 1)
            return self.rng.choices(options, self._weights(item, len(fmt.options)))[0]
        if fmt.type == "multi":
            n = len(fmt.options)
            hi = fmt.max_choices or n
            k = self.rng.randint(fmt.min_choices, min(hi, fmt.min_choices + 1))
            chosen: set[int] = set()
            weights = self._weights(item, n)
            while len(chosen) < k:
                chosen.add(self.rng.choices(range(1, n + 1), weights)[0])
            return sorted(chosen)
        if fmt.type == "split":
            weights = self._weights(item, fmt.parts)
            points = [0] * fmt.parts
            for _ in range(fmt.total):
                points[self.rng.choices(range(fmt.parts), weights)[0]] += 1
            return points
        raise ValueError(f"unknown format {fmt.type}")


def random_respondent(
    instrument: Instrument,
    model: AnswerModel,
    is_manager: bool | None = None,
    skip_probability: float = 0.0,
    excluded: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """One respondent's answers {item_id: value}; optional items may be skipped."""
    offset = model.rng.gauss(0, 0.6)
    answers = {}
    for item in instrument.items:
        if item.id in excluded or not item.applies_to(is_manager):
            continue
        if item.own_variant:
            continue  # the demo adds own-variant texts separately
        if skip_probability and model.rng.random() < skip_probability:
            continue
        answers[item.id] = model.answer(item, offset)
    return answers

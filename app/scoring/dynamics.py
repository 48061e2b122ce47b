"""Comparison with the previous campaign of the same scope (PRODUCT.md §5: arrows and deltas)."""

from __future__ import annotations

from dataclasses import dataclass

from app.scoring.level import MotivationLevel

STEADY = 0.005  # changes smaller than the last printed decimal are shown as steady


@dataclass(frozen=True)
class Change:
    previous: float
    delta: float

    @property
    def arrow(self) -> str:
        if abs(self.delta) < STEADY:
            return "→"
        return "↑" if self.delta > 0 else "↓"


def level_changes(current: MotivationLevel, previous: MotivationLevel | None
                  ) -> dict[str, Change]:
    """Per parameter (and '_integral') the previous partial level and the change."""
    if previous is None:
        return {}
    before = {p.parameter: p.level for p in previous.parameters}
    changes = {p.parameter: Change(before[p.parameter], p.level - before[p.parameter])
               for p in current.parameters if p.parameter in before}
    changes["_integral"] = Change(previous.integral, current.integral - previous.integral)
    return changes

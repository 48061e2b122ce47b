"""Answer quality (issue 20.3, docs/answer_quality.md): straight-lining, implausibly fast
answering, and Cronbach's alpha of multi-item scales. Pure: plain data in, numbers out.

Definitions (the settings are office settings, app/scoring/office.py):

- A **rating block** is the items of one questionnaire answered on a rating or bipolar scale
  (e.g. the 40 significance items, the 41 Schein items, the 10 climate pairs).
- **Straight-lining**: in at least one rating block the respondent answered at least
  `straight_lining_min_items` items (default 10) and gave every answered item of that block
  the same value. Blocks with fewer answered items are not judged.
- **Too fast**: the kiosk keeps, in memory only, the seconds each screen was on show and how
  many items it asked; per item that is the screen's seconds divided by its items. A session is
  too fast when the median of those per-item times is below `fast_seconds_per_item`
  (default 1.0 s; reading a short statement takes longer). Only the flag is stored; paper
  imports and bundles carry no time, so their flag is None (unknown), never False.
- **Flagged**: straight-lining or too fast (unknown speed counts as not too fast).
- **Cronbach's alpha** of a scale with k >= 2 items: k/(k-1) * (1 - sum var_i / var_total),
  sample variances (ddof 1) over the respondents who answered every item of the scale, items
  scored as the instrument's key scores them (points of single-choice items). None when fewer
  than 2 such respondents or the total does not vary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from statistics import median

import numpy as np

from app.scoring.definitions import Instrument

RATING_TYPES = ("rating", "bipolar")


def rating_block(instrument: Instrument) -> list[str]:
    """The instrument's items on a rating (or bipolar) scale, in order."""
    return [item.id for item in instrument.items if item.format.type in RATING_TYPES]


def straight_lined(
    answers: Mapping[str, Mapping[str, object]], library: Mapping[str, Instrument], min_items: int
) -> bool:
    """`answers`: instrument id -> {item id: value} (a session's packed answers)."""
    for inst_id, items in answers.items():
        instrument = library.get(inst_id)
        if instrument is None or not isinstance(items, Mapping):
            continue
        values = [
            items[i]
            for i in rating_block(instrument)
            if isinstance(items.get(i), (int, float)) and not isinstance(items[i], bool)
        ]
        if len(values) >= max(2, int(min_items)) and len(set(values)) == 1:
            return True
    return False


def too_fast(screens: Iterable[tuple[float, int]], seconds_per_item: float) -> bool | None:
    """`screens`: (seconds on show, items asked) per screen with items. None when there is
    nothing to judge."""
    per_item = [seconds / items for seconds, items in screens if items > 0]
    if not per_item:
        return None
    return median(per_item) < float(seconds_per_item)


def cronbach_alpha(points: np.ndarray, complete: bool = False) -> float | None:
    """Alpha of a respondents x items table (rows with a NaN are left out: listwise;
    `complete`: the caller already left them out)."""
    points = np.asarray(points, dtype=float)
    if points.ndim != 2 or points.shape[1] < 2:
        return None
    if not complete:
        points = points[~np.isnan(points).any(axis=1)]
    if len(points) < 2:
        return None
    k = points.shape[1]
    total_var = points.sum(axis=1).var(ddof=1)
    if not total_var > 0:
        return None
    return float(k / (k - 1) * (1.0 - points.var(axis=0, ddof=1).sum() / total_var))


def multi_item_scales(instrument: Instrument) -> list[tuple[str, list[str]]]:
    """(scale id, items) of every scale with at least two distinct items, the total included,
    for instruments scored by summing items — read from the instrument file, so an office's
    own questionnaire gets alpha too."""
    if instrument.scoring.method != "sum":
        return []
    result = []
    for scale in instrument.all_scales():
        items = list(dict.fromkeys(scale.items))
        if len(items) >= 2:
            result.append((scale.id, items))
    return result


def item_points(instrument: Instrument, answers: np.ndarray, items: list[str]) -> np.ndarray:
    """Respondents x items: the points each answer scores (NaN when unanswered); `answers`
    holds the answers to `items`, in that order."""
    from app.scoring.engine import _item_points

    values = np.array(answers, dtype=float)
    for k, item_id in enumerate(items):
        values[:, k] = _item_points(instrument.item(item_id), values[:, k])
    return values

"""The one rule that decides whether a group figure may be shown (PRODUCT.md §8, docs/privacy.md).

A *view* is a campaign plus a set of filter conditions (department, tenure band, gender,
manager flag, and "flagged sessions left out"). A group figure — a view, or one cell inside it
(an instrument's respondents, an item's raters, a Gerchikov type, a tenure column, a
participation row) — is shown only if

1. its respondent count n is at least the threshold t (the campaign's setting, default 5, never
   below 3), and
2. for EVERY coarser view, obtained by dropping any non-empty subset of the conditions (down to
   the whole campaign), the same cell's count differs from n by 0 or by at least t. Otherwise
   "coarser minus this one" would give the figures of fewer than t people. Every subset, not
   only one condition at a time: a view equal to its parents can still differ from a
   grandparent by one person.
3. complementary suppression: when parts of a breakdown that adds up to a shown total are
   hidden (departments in participation, tenure columns, types, or the views obtained by
   varying one condition of a parent view), the hidden parts together must hold 0 or at least
   t respondents; otherwise the next-smallest shown parts are hidden too, so that the total
   minus the shown parts never reveals a hidden one.

Everything hidden carries a reason key of REASONS (translated in the "Privacy" context).
Qt-free and pure: counts in, decisions out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

from app.markers import QT_TRANSLATE_NOOP

MIN_THRESHOLD = 3
DEFAULT_THRESHOLD = 5

REASONS = {
    "below_threshold": QT_TRANSLATE_NOOP(
        "Privacy", "Hidden: fewer than %1 respondents in this group."
    ),
    "complement_below_threshold": QT_TRANSLATE_NOOP(
        "Privacy",
        "Hidden: the rest of the group would be fewer than %1 respondents, and "
        "could be worked out by subtraction.",
    ),
    "complementary": QT_TRANSLATE_NOOP(
        "Privacy",
        "Hidden together with a smaller hidden group, so that it cannot be worked "
        "out from the total (fewer than %1 respondents).",
    ),
    "campaign_open": QT_TRANSLATE_NOOP(
        "Privacy",
        "The campaign is still open: only participation is shown. The figures "
        "appear when the campaign is closed, so that no figure changes with one "
        "more finished questionnaire.",
    ),
    "out_of_scope": QT_TRANSLATE_NOOP(
        "Privacy", "This campaign does not cover any of your departments: nothing can be shown."
    ),
    "department_required": QT_TRANSLATE_NOOP(
        "Privacy", "Choose one of your departments to see its figures."
    ),
}

# The filter conditions a view can have, in the order of the analysis data's columns.
# "flagged" (answer quality, app/scoring/quality.py) is set only as False: "exclude the flagged
# sessions" is one more condition, so its view is checked against the view without it.
CONDITIONS = ("department_id", "tenure_band", "gender", "is_manager", "flagged")


@dataclass(frozen=True)
class Disclosure:
    allowed: bool
    n: int
    reason: str = ""  # a key of REASONS when not allowed
    threshold: int = DEFAULT_THRESHOLD


def effective_threshold(setting: int | None) -> int:
    return max(MIN_THRESHOLD, setting if setting is not None else DEFAULT_THRESHOLD)


def reason_text(reason: str, threshold: int, translate=None) -> str:
    """The reason in the reader's language; `translate(context, source)` as Qt's."""
    source = REASONS[reason]
    text = (translate("Privacy", source) if translate is not None else "") or source
    return text.replace("%1", str(threshold))


def coarser(conditions: Iterable[str]) -> list[frozenset[str]]:
    """Every proper subset of the conditions: the views obtained by dropping any non-empty
    subset of them (the empty set is the whole campaign)."""
    keys = sorted(conditions)
    return [frozenset(c) for size in range(len(keys)) for c in combinations(keys, size)]


def disclose_counts(
    counts: Mapping[frozenset[str], int], full: frozenset[str], threshold: int | None
) -> Disclosure:
    """Rules 1 and 2 for one cell: `counts` holds the cell's count in the view (`full`) and in
    every coarser view (every proper subset of `full`)."""
    t = effective_threshold(threshold)
    n = int(counts[full])
    if n < t:
        return Disclosure(False, n, "below_threshold", t)
    for subset in coarser(full):
        if 0 < int(counts[subset]) - n < t:
            return Disclosure(False, n, "complement_below_threshold", t)
    return Disclosure(True, n, "", t)


def disclose_cells(
    counts: Mapping[frozenset[str], np.ndarray], full: frozenset[str], threshold: int | None
) -> list[str]:
    """Rules 1 and 2 for a row of cells at once (e.g. every item of a questionnaire): the
    reason key per cell, "" where the cell may be shown."""
    t = effective_threshold(threshold)
    n = np.asarray(counts[full], dtype=np.int64)
    small = n < t
    differs = np.zeros(len(n), dtype=bool)
    for subset in coarser(full):
        diff = np.asarray(counts[subset], dtype=np.int64) - n
        differs |= (diff > 0) & (diff < t)
    return [
        "below_threshold" if s else "complement_below_threshold" if d else ""
        for s, d in zip(small, differs, strict=True)
    ]


def complementary(sizes: Mapping, hidden: Mapping, threshold: int | None) -> dict:
    """Rule 3 on a breakdown: `sizes` of the parts, `hidden` the reason key of each part
    already hidden ("" = shown). Returns the reasons after complementary suppression: while
    the hidden parts hold between 1 and t-1 respondents together, the smallest shown part
    (with respondents) is hidden too."""
    t = effective_threshold(threshold)
    reasons = dict(hidden)
    while True:
        hidden_total = sum(int(sizes[k]) for k, r in reasons.items() if r)
        if not 0 < hidden_total < t:
            return reasons
        shown = sorted(
            (k for k, r in reasons.items() if not r and int(sizes[k]) > 0),
            key=lambda k: (int(sizes[k]), str(k)),
        )
        if not shown:
            return reasons
        reasons[shown[0]] = "complementary"


def disclose(n_group: int, threshold: int | None, n_parent: int | None = None) -> Disclosure:
    """One group against one parent group (a group not cut by the view filters, e.g. named
    test results): size at least t, and the rest of the parent 0 or at least t."""
    counts = {frozenset({"group"}): n_group}
    if n_parent is not None:
        counts[frozenset()] = n_parent
        return disclose_counts(counts, frozenset({"group"}), threshold)
    t = effective_threshold(threshold)
    return Disclosure(n_group >= t, n_group, "" if n_group >= t else "below_threshold", t)


def disclose_partition(sizes: Mapping[str, int], threshold: int | None) -> dict[str, Disclosure]:
    """A breakdown (e.g. by department) of one shown total into parts that add up to it: parts
    with 1..t-1 respondents are hidden, then complementary suppression (rule 3). A part
    with no respondents is shown as 0."""
    t = effective_threshold(threshold)
    first = {k: ("below_threshold" if 0 < int(n) < t else "") for k, n in sizes.items()}
    reasons = complementary(sizes, first, t)
    return {k: Disclosure(not reasons[k], int(sizes[k]), reasons[k], t) for k in sizes}


class Population:
    """The respondents of one campaign (their filterable demographics) and the threshold:
    decides views and the cells inside them."""

    def __init__(self, meta: pd.DataFrame, threshold: int | None):
        self.t = effective_threshold(threshold)
        self.size = len(meta)
        self._columns = {c: meta[c].to_numpy(dtype=object) for c in CONDITIONS if c in meta}

    def _equal(self, column: str, value) -> np.ndarray:
        values = self._columns[column]
        if value is None:
            return pd.isna(values)
        return values == value

    def mask(self, conditions: Mapping[str, object]) -> np.ndarray:
        keep = np.ones(self.size, dtype=bool)
        for column, value in conditions.items():
            keep &= self._equal(column, value)
        return keep

    def masks(self, conditions: Mapping[str, object]) -> dict[frozenset[str], np.ndarray]:
        """The respondents of the view and of every coarser view, by the set of conditions
        kept."""
        full = frozenset(conditions)
        return {
            subset: self.mask({c: conditions[c] for c in subset})
            for subset in [*coarser(full), full]
        }

    def view(
        self,
        conditions: Mapping[str, object],
        masks: Mapping[frozenset[str], np.ndarray] | None = None,
    ) -> Disclosure:
        """Rules 1-3 for a whole view."""
        masks = masks if masks is not None else self.masks(conditions)
        full = frozenset(conditions)
        first = disclose_counts({k: int(m.sum()) for k, m in masks.items()}, full, self.t)
        if not first.allowed:
            return first
        # Rule 3 on the views that differ from this one in one condition only: they add up
        # to the parent view (with the respondents who did not give that item, who cannot be
        # selected and so count as hidden).
        for column in sorted(full):
            parent = masks[full - {column}]
            values = pd.Series(self._columns[column][parent], dtype=object)
            sizes = values.value_counts(dropna=False)
            parts = {(None if pd.isna(k) else k): int(v) for k, v in sizes.items()}
            # the "not given" part cannot be selected, but it is a part like the others
            hidden = {k: ("below_threshold" if 0 < v < self.t else "") for k, v in parts.items()}
            reasons = complementary(parts, hidden, self.t)
            if reasons.get(conditions[column]):
                return Disclosure(False, first.n, "complementary", self.t)
        return first

    def cells(
        self, masks: Mapping[frozenset[str], np.ndarray], full: frozenset[str], answered: np.ndarray
    ) -> list[str]:
        """Rules 1-2 for cells: `answered` is a respondents × cells boolean matrix (e.g. who
        rated each item); a cell's count in a view is its respondents in that view."""
        counts = {k: answered[m].sum(axis=0) for k, m in masks.items()}
        return disclose_cells(counts, full, self.t)

    def count(
        self, masks: Mapping[frozenset[str], np.ndarray], full: frozenset[str], member: np.ndarray
    ) -> Disclosure:
        """Rules 1-2 for one cell whose respondents are `member` within each view."""
        return disclose_counts({k: int((m & member).sum()) for k, m in masks.items()}, full, self.t)

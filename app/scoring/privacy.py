"""The one rule that decides whether a group figure may be shown (PRODUCT.md §8).

Every table cell, chart, export row and PDF figure about a group goes through `disclose`:
- a group smaller than the threshold is suppressed;
- subtraction protection: a filtered group is also suppressed when the rest of its parent group
  is non-empty but smaller than the threshold — otherwise "all" minus "the filter" would reveal
  the answers of that small rest.
The threshold is the campaign's setting, never below MIN_THRESHOLD.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.markers import QT_TRANSLATE_NOOP

MIN_THRESHOLD = 3
DEFAULT_THRESHOLD = 5

REASONS = {
    "below_threshold": QT_TRANSLATE_NOOP(
        "Privacy", "Hidden: fewer than %1 respondents in this group."),
    "complement_below_threshold": QT_TRANSLATE_NOOP(
        "Privacy", "Hidden: the rest of the group would be fewer than %1 respondents, and "
                   "could be worked out by subtraction."),
}


@dataclass(frozen=True)
class Disclosure:
    allowed: bool
    n: int
    reason: str = ""  # a key of REASONS when not allowed
    threshold: int = DEFAULT_THRESHOLD


def effective_threshold(setting: int | None) -> int:
    return max(MIN_THRESHOLD, setting if setting is not None else DEFAULT_THRESHOLD)


def disclose(n_group: int, threshold: int | None, n_parent: int | None = None) -> Disclosure:
    """May figures about a group of `n_group` respondents be shown?

    `n_parent` is the size of the group it was cut from (e.g. the whole campaign for a
    department or a filter); None when the group is not a subset of anything shown.
    """
    t = effective_threshold(threshold)
    if n_group < t:
        return Disclosure(False, n_group, "below_threshold", t)
    if n_parent is not None:
        rest = n_parent - n_group
        if 0 < rest < t:
            return Disclosure(False, n_group, "complement_below_threshold", t)
    return Disclosure(True, n_group, "", t)


def disclose_partition(sizes: dict[str, int], threshold: int | None) -> dict[str, Disclosure]:
    """A breakdown (e.g. by department) of one parent group into parts that add up to it.

    Small parts are hidden; if exactly one part is hidden, its figures could be recovered from
    the total and the other parts, so the next-smallest shown part is hidden too.
    """
    t = effective_threshold(threshold)
    result = {k: disclose(n, t) for k, n in sizes.items()}
    hidden = [k for k, d in result.items() if not d.allowed and sizes[k] > 0]
    if len(hidden) == 1:
        shown = sorted((k for k, d in result.items() if d.allowed), key=lambda k: sizes[k])
        if shown:
            k = shown[0]
            result[k] = Disclosure(False, sizes[k], "complement_below_threshold", t)
    return result

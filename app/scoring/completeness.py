"""Who counts as a respondent (issue 23 item 3): a finished anonymous session counts only when it
answered at least a stated share of the items it was asked.

Otherwise a session finished with 128 of 131 questions blank counts as a respondent and inflates
participation against the 35 % target. Items asked: every item of the session's instruments
except those the campaign left out, optional items and the branch that does not apply (Gerchikov
Q22 or Q23 by the manager answer; neither when it was not given). The share is an office setting
(`min_answered_pct`, default 50 % — ours: the methodology sets none; half keeps a respondent who
skipped a whole questionnaire of a long campaign and drops one who clicked through).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.scoring.definitions import Instrument

DEFAULT_MIN_ANSWERED_PCT = 50.0


def _given(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def answered_share(
    instruments: Iterable[Instrument],
    answers: Mapping[str, Mapping[str, Any]],
    is_manager: bool | None = None,
    excluded: Mapping[str, Iterable[str]] | None = None,
) -> float | None:
    """Answered items / items asked, over the session's instruments; None when nothing was
    asked (no instrument, or every item left out)."""
    excluded = excluded or {}
    asked = answered = 0
    for inst in instruments:
        skip = set(excluded.get(inst.id, ()))
        given = answers.get(inst.id) or {}
        for item in inst.items:
            if item.id in skip or item.optional or not item.applies_to(is_manager):
                continue
            asked += 1
            answered += _given(given.get(item.id))
    return None if asked == 0 else answered / asked


def counts(share: float | None, min_pct: float) -> bool:
    """Does a session with this share count as a respondent? Compared in whole hundredths of a
    percent, so 0.5 and 50.0 % agree whatever the float noise."""
    if share is None:
        return False
    return round(share * 10000) >= round(min_pct * 100)

"""The parts an instrument plays in the methodology (its file's `role`), and how code finds them.

The code never names an instrument by its id (tests/test_instrument_ids.py checks it): a fixed
section of the method — table 2.1 of the significance of the factors, the motivation level of
table 2.4, Batarshev's table 3.4 by tenure, Gerchikov's types — asks the library for the
instrument that plays its part, and an office's copy of an instrument under another id plays the
same part. What a section shows is otherwise derived from the instrument's scoring method.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.scoring.definitions import Instrument

SIGNIFICANCE = "factor_significance"  # table 2.1; with SATISFACTION, the level of table 2.4
SATISFACTION = "factor_satisfaction"  # table 2.2; key demotivators, the drivers' factors
LEAVING = "leaving_reasons"  # table 2.6: reasons that could make one leave
CLIMATE = "team_climate"  # Fiedler's psychological climate: table 2.7 of answer counts
JOB_SATISFACTION = "job_satisfaction_index"  # Batarshev: total %, shares, table 3.4 by tenure
MOTIVATION_TYPES = "motivation_types"  # Gerchikov: the distribution of the leading types
CAREER_ANCHORS = "career_anchors"  # Schein: the office's «pronounced anchor» threshold

ROLES = (
    SIGNIFICANCE,
    SATISFACTION,
    LEAVING,
    CLIMATE,
    JOB_SATISFACTION,
    MOTIVATION_TYPES,
    CAREER_ANCHORS,
)


def role_instrument(library: Mapping[str, Instrument], role: str) -> Instrument | None:
    """The library's instrument that plays `role` (a library has at most one), or None."""
    assert role in ROLES, role
    return next((inst for inst in library.values() if inst.role == role), None)


def role_id(library: Mapping[str, Instrument], role: str) -> str | None:
    """The id of the instrument that plays `role`, or None when the library has none."""
    inst = role_instrument(library, role)
    return None if inst is None else inst.id

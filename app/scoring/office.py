"""Office settings that change how results are labelled (no Qt, no numpy: read at start-up).

PRODUCT.md §3: where a reference calls a threshold unsettled, it is a setting with the documented
default. Today that is Schein's "pronounced anchor" threshold (schein.md: > 6 by default). The
values live in the database (`settings` table, `app.data.office_settings`), so that the kiosk,
the desktop and reports printed from the command line all use the office's value; opening a
database makes its values current here, and `app.scoring.engine.score` applies them.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.scoring.definitions import Band, Instrument
from app.scoring.roles import CAREER_ANCHORS

SCHEIN_THRESHOLD = "schein_threshold"
# who counts as a respondent: percent of the items asked (app/scoring/completeness.py)
MIN_ANSWERED_PCT = "min_answered_pct"
# key drivers (app/scoring/drivers.py, docs/drivers.md): no driver on fewer respondents; 30 is
# the usual floor for a correlation (at 30 people rho must reach 0.36 to be beyond chance)
DRIVERS_MIN_RESPONDENTS = "drivers_min_respondents"
# answer quality (app/scoring/quality.py, docs/answer_quality.md): a rating block is judged for
# straight-lining from this many answered items; a kiosk session is too fast when its median
# seconds per item are below this
STRAIGHT_LINING_MIN_ITEMS = "straight_lining_min_items"
FAST_SECONDS_PER_ITEM = "fast_seconds_per_item"
# the kiosk in its high-contrast palette (app/ui/kiosk/kiosk_style.py): 1 = on, 0 = off
KIOSK_HIGH_CONTRAST = "kiosk_high_contrast"
# own-variant texts (app/scoring/own_variants.py): a group of similar wordings is shown only
# when at least this many respondents wrote it (10, the comment threshold survey vendors use);
# never below the campaign's anonymity threshold
OWN_TEXT_MIN_GROUP = "own_text_min_group"

# setting -> (role of the instrument, level set id): the first band of the set starts above the
# value
GOVERNS = {SCHEIN_THRESHOLD: (CAREER_ANCHORS, "pronounced")}
DEFAULTS = {
    SCHEIN_THRESHOLD: 6.0,
    MIN_ANSWERED_PCT: 50.0,
    DRIVERS_MIN_RESPONDENTS: 30.0,
    KIOSK_HIGH_CONTRAST: 0.0,
    OWN_TEXT_MIN_GROUP: 10.0,
    STRAIGHT_LINING_MIN_ITEMS: 10.0,
    FAST_SECONDS_PER_ITEM: 1.0,
}
LIMITS = {
    SCHEIN_THRESHOLD: (1.0, 9.9),  # Schein means are 1-10: "above 10" would name nobody
    MIN_ANSWERED_PCT: (0.0, 100.0),
    DRIVERS_MIN_RESPONDENTS: (10.0, 1000.0),  # below 10 a rank correlation means little
    KIOSK_HIGH_CONTRAST: (0.0, 1.0),
    OWN_TEXT_MIN_GROUP: (3.0, 100.0),
    STRAIGHT_LINING_MIN_ITEMS: (3.0, 100.0),  # fewer same answers say little
    FAST_SECONDS_PER_ITEM: (0.1, 30.0),
}
# on/off settings: stored as 1 or 0; `settings set` also takes on/off, yes/no, true/false
SWITCHES = {KIOSK_HIGH_CONTRAST}
_SWITCH_WORDS = {"on": 1.0, "yes": 1.0, "true": 1.0, "off": 0.0, "no": 0.0, "false": 0.0}

_current: dict[str, float] = dict(DEFAULTS)


class SettingError(ValueError):
    """`problem`: unknown_setting | not_a_number | out_of_range."""

    def __init__(self, problem: str, key: str, value: object = None):
        self.problem, self.key, self.value = problem, key, value
        detail = {
            "unknown_setting": f"known: {', '.join(sorted(DEFAULTS))}",
            "not_a_number": "a number is expected",
            "out_of_range": "allowed: on, off (1, 0)"
            if key in SWITCHES
            else "allowed: {:g}…{:g}".format(*LIMITS.get(key, (0, 0))),
        }[problem]
        super().__init__(f"{key}={value!r}: {detail}")


def validate(key: str, value: object) -> float:
    """The value as stored (a number within the limits, one decimal), or SettingError."""
    if key not in DEFAULTS:
        raise SettingError("unknown_setting", key, value)
    if key in SWITCHES:
        word = str(value).strip().lower()
        if isinstance(value, bool) or word in _SWITCH_WORDS:
            return float(value) if isinstance(value, bool) else _SWITCH_WORDS[word]
        if word not in ("0", "1", "0.0", "1.0"):
            raise SettingError("out_of_range", key, value)
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise SettingError("not_a_number", key, value) from None
    low, high = LIMITS[key]
    if not low <= number <= high or number != number:
        raise SettingError("out_of_range", key, value)
    # counts of people or items
    whole = key in (DRIVERS_MIN_RESPONDENTS, OWN_TEXT_MIN_GROUP, STRAIGHT_LINING_MIN_ITEMS)
    return float(round(number)) if whole else round(number, 1)


def set_current(values: Mapping[str, object]) -> None:
    """Make an office's values current (missing or unusable ones fall back to the default)."""
    _current.clear()
    _current.update(DEFAULTS)
    for key, value in values.items():
        try:
            _current[key] = validate(key, value)
        except SettingError:
            continue  # a hand-edited bad value: the documented default, never a crash


def current(key: str) -> float:
    return _current[key]


def shown(key: str, value: float) -> str:
    """A value as `settings list` prints it: on/off for a switch, else the number."""
    if key in SWITCHES:
        return "on" if value else "off"
    return f"{value:g}"


def level_overrides(
    instrument: Instrument, values: Mapping[str, float] | None = None
) -> dict[str, tuple[Band, ...]]:
    """Bands of the instrument's configurable level sets under the office's thresholds."""
    values = _current if values is None else {**DEFAULTS, **values}
    result = {}
    for key, (role, set_id) in GOVERNS.items():
        if instrument.role != role:
            continue
        level_set = next((ls for ls in instrument.levels if ls.id == set_id), None)
        if level_set is None or not level_set.configurable or len(level_set.bands) < 2:
            continue
        first, rest = level_set.bands[0], level_set.bands[1:]
        threshold = float(values[key])
        result[set_id] = (
            Band(
                first.id,
                first.label,
                threshold,
                first.max,
                min_inclusive=False,
                max_inclusive=first.max_inclusive,
            ),
        ) + rest
    return result

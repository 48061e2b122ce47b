"""What the campaign dialog says about each questionnaire: item count and typical duration.

The methodology gives no times, so the duration is an estimate from the items' formats (seconds
a respondent typically needs to read and answer one item at the kiosk), plus a minute for the
instructions, rounded up to whole minutes. It is shown as "about N min".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.scoring.definitions import Instrument

SECONDS_PER_ITEM = {"rating": 8, "bipolar": 8, "single": 12, "multi": 20, "split": 30}
DEFAULT_SECONDS = 15  # a format not listed above (e.g. a free text)
INSTRUCTIONS_SECONDS = 60


@dataclass(frozen=True)
class InstrumentSummary:
    id: str
    items: int
    minutes: int  # typical duration, rounded up


def summary(instrument: Instrument) -> InstrumentSummary:
    seconds = INSTRUCTIONS_SECONDS + sum(
        SECONDS_PER_ITEM.get(item.format.type, DEFAULT_SECONDS) for item in instrument.items
    )
    return InstrumentSummary(
        instrument.id, len(instrument.items), math.ceil(seconds / 60) if instrument.items else 0
    )

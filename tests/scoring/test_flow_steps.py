"""The kiosk's screen list is reused between clicks and rebuilt when what it depends on changes."""

from __future__ import annotations

from app.scoring.flow import KioskFlow
from app.scoring.instruments import default_library

LIBRARY = default_library()


def _items(flow, instrument_id="gerchikov"):
    return [i for s in flow.steps if s.instrument_id == instrument_id for i in s.item_ids]


def test_steps_follow_the_manager_answer_and_exclusions():
    flow = KioskFlow([LIBRARY["gerchikov"], LIBRARY["significance"]], demographics=("is_manager",))
    first = flow.steps
    assert flow.steps is first  # asked again, nothing changed: the same list
    branching = {i.id for i in LIBRARY["gerchikov"].items if i.show_if}
    assert branching and not branching & set(_items(flow))  # unknown: neither variant
    flow.is_manager = True
    managers = set(_items(flow)) & branching
    flow.is_manager = False
    others = set(_items(flow)) & branching
    assert managers and others and managers != others
    flow.excluded["significance"] = {"q1"}
    assert "q1" not in _items(flow, "significance")
    flow.excluded["significance"].add("q2")  # changed in place: still noticed
    assert "q2" not in _items(flow, "significance")

"""The kiosk's answer-quality flag (issue 20.3): seconds per screen stay in memory, only
«too fast» is stored at the finish; the same answer throughout the climate pairs is
straight-lining when the office counts 10 items as enough."""

from __future__ import annotations

import pytest

from app.services.kiosk_session import ScreenClock
from tests.ui.test_kiosk import FakeClock, _click, _sessions, campaign, kiosk  # noqa: F401


def test_screen_clock_keeps_times_in_memory_and_gives_only_a_flag():
    clock = ScreenClock()
    clock.enter(5, 0.0)
    clock.enter(0, 2.0)  # 5 items in 2 s; an intro screen is not timed
    clock.enter(5, 30.0)
    assert clock.too_fast(1.0, 33.0) is True  # 0.4 and 0.6 s per item
    clock.clear()
    assert clock.too_fast(1.0, 40.0) is None  # nothing timed: unknown


@pytest.mark.parametrize("seconds, expected", [(1.0, True), (30.0, False)])
def test_finish_stores_too_fast_and_straight_lining(qtbot, db, kiosk, seconds, expected):
    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    for n in range(1, 11):
        if n == 6:
            kiosk.clock_ref.now += seconds
            _click(qtbot, kiosk, "kiosk_next")
        _click(qtbot, kiosk, f"q{n}_option_4")  # the same answer on all ten pairs
    kiosk.clock_ref.now += seconds
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    kiosk.show_step()
    _click(qtbot, kiosk, "kiosk_finish")
    (session,) = _sessions(db)
    assert session.too_fast is expected
    assert session.straight_lining is True  # 10 climate pairs, all 4
    assert session.last_seen is None and session.held_on is None  # no time kept
    assert kiosk.screens.too_fast(1.0, kiosk.clock_ref.now) is None  # forgotten at the finish

"""Point splits on a touch screen (issue 23 item 5): a number per part in one tap, the points
left always shown, the same rule (the exact total) before the next question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import select

from app.models import Answer
from app.scoring.instruments import default_library
from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow
from tests.ui.test_kiosk import FakeClock


def _window(qtbot, db, languages, instrument: str, size=(1366, 768)) -> KioskWindow:
    lib = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(campaign_id=None, instruments=[lib[instrument]]),
        clock=FakeClock(),
        default_language="ru",
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.start("ru")
    window.flow.go_to_item(instrument, "q1")
    window.show_step()
    QApplication.processEvents()
    return window


def _tap(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisibleTo(window), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _stored(db, item_id: str):
    with db.session() as s:
        return s.scalars(select(Answer.value).where(Answer.item_id == item_id)).one_or_none()


def test_ritchie_martin_takes_four_taps_and_shows_the_points_left(qtbot, db, languages):
    window = _window(qtbot, db, languages, "ritchie_martin")
    remaining = window.findChild(QLabel, "q1_remaining")
    assert remaining.text() == "Осталось распределить баллов: 11"
    # Every part has a row of 0…11, nothing chosen before the first tap.
    for letter in "abcd":
        buttons = [window.findChild(QPushButton, f"q1_part_{letter}_{n}") for n in range(12)]
        assert all(b is not None and not b.isChecked() for b in buttons)
    assert window.findChild(QPushButton, "q1_part_a_12") is None
    _tap(qtbot, window, "q1_part_a_5")
    assert remaining.text() == "Осталось распределить баллов: 6"
    # The other parts now show their 0: the answer is [5, 0, 0, 0] until changed.
    assert window.findChild(QPushButton, "q1_part_b_0").isChecked()
    _tap(qtbot, window, "kiosk_next")  # 5 of 11: refused, stays, says why
    assert window.flow.current.item_ids == ("q1",) and "11" in window.message_label.text()
    _tap(qtbot, window, "q1_part_b_3")
    _tap(qtbot, window, "q1_part_c_2")
    _tap(qtbot, window, "q1_part_d_1")
    assert remaining.text() == "Все баллы распределены (11) ✓"
    assert remaining.property("state") == "done"
    assert window.findChild(QPushButton, "q1_part_a_5").isChecked()
    assert _stored(db, "q1") == [5, 3, 2, 1]
    _tap(qtbot, window, "kiosk_next")
    assert window.flow.current.item_ids == ("q2",)
    # Back: the stored answer is shown again on its buttons.
    _tap(qtbot, window, "kiosk_back")
    assert [
        b.isChecked()
        for b in (
            window.findChild(QPushButton, f"q1_part_{p}_{n}")
            for p, n in zip("abcd", (5, 3, 2, 1), strict=True)
        )
    ] == [True] * 4


def test_too_many_points_turn_the_count_red_and_a_tap_corrects_it(qtbot, db, languages):
    window = _window(qtbot, db, languages, "herzberg")
    remaining = window.findChild(QLabel, "q1_remaining")
    _tap(qtbot, window, "q1_part_a_4")
    _tap(qtbot, window, "q1_part_b_4")
    assert remaining.text() == "Лишних баллов: 3 — уберите их"
    assert remaining.property("state") == "over"
    _tap(qtbot, window, "kiosk_next")
    assert window.flow.current.item_ids == ("q1",)  # the rule is unchanged: 5 exactly
    _tap(qtbot, window, "q1_part_b_1")  # one tap, not three −
    assert remaining.property("state") == "done" and _stored(db, "q1") == [4, 1]
    _tap(qtbot, window, "kiosk_next")
    assert window.flow.current.item_ids == ("q2",)


def test_clear_takes_the_answer_back_so_the_question_can_be_skipped(qtbot, db, languages):
    window = _window(qtbot, db, languages, "herzberg")
    clear = window.findChild(QPushButton, "q1_clear")
    assert not clear.isVisibleTo(window)  # nothing to clear yet
    _tap(qtbot, window, "q1_part_a_2")
    assert _stored(db, "q1") is None  # 2 of 5 is not storable; it stays on screen only
    _tap(qtbot, window, "q1_clear")
    assert not any(
        window.findChild(QPushButton, f"q1_part_{p}_{n}").isChecked()
        for p in "ab"
        for n in range(6)
    )
    assert window.findChild(QLabel, "q1_remaining").text() == "Осталось распределить баллов: 5"
    _tap(qtbot, window, "kiosk_next")  # unanswered may be left, like any question
    assert window.flow.current.item_ids == ("q2",)
    assert ("herzberg", "q1") in window.flow.unanswered()


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_split_screen_fits_without_scrolling(qtbot, db, languages, lang, size):
    lib = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(campaign_id=None, instruments=[lib["ritchie_martin"], lib["herzberg"]]),
        clock=FakeClock(),
        default_language=lang,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start(lang)
    cut = []
    for position, step in enumerate(window.flow.steps):
        if step.kind != "items":
            continue
        window.flow.position = position
        window.show_step()
        QApplication.processEvents()
        page = window.current_page
        if page.scroll.verticalScrollBar().maximum() or page.scroll.horizontalScrollBar().maximum():
            cut.append((step.instrument_id, step.item_ids[0]))
    assert cut == []

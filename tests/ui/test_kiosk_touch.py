"""The kiosk on a touch screen (issues 22 item 4, 23 item 5): type and touch targets sized from
the window's height, the meaning of the scale ends, "question x of y", and the PIN keypad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.scoring.instruments import default_library
from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow, kiosk_scale, kiosk_style
from app.ui.kiosk.pin_dialog import PinDialog
from tests.ui.test_kiosk import FakeClock, campaign, kiosk  # noqa: F401 - fixtures


def _rating_window(qtbot, db, languages, instruments=("satisfaction",)) -> KioskWindow:
    library = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(campaign_id=None, instruments=[library[i] for i in instruments]),
        clock=FakeClock(),
        default_language="ru",
    )
    qtbot.addWidget(window)
    return window


def _show(window: KioskWindow, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    QApplication.processEvents()


def test_the_scale_follows_the_window_height():
    assert kiosk_scale(1080) == 1.0
    assert kiosk_scale(768) == 0.7  # 768 / 1080 = 0.711, in steps of 0.05
    assert kiosk_scale(2160) == 2.0 and kiosk_scale(300) == 0.6
    assert "font-size: 24px" in kiosk_style(1.0)  # body text at 1080 px
    assert "font-size: 17px" in kiosk_style(0.7)  # 24 × 0.7 = 16.8


@pytest.mark.parametrize("size, body, button", [((1920, 1080), 24, 64), ((1366, 768), 17, 45)])
def test_text_and_buttons_are_sized_from_the_screen(qtbot, db, languages, size, body, button):
    window = _rating_window(qtbot, db, languages)
    _show(window, *size)
    window.start("ru")
    window.flow.go_to_item("satisfaction", "q1")
    window.show_step()
    QApplication.processEvents()
    option = window.findChild(QPushButton, "q1_option_3")
    assert option.height() == button  # 64 px at 1080; 64 × 0.7 = 44.8 at 768
    assert window.findChild(QPushButton, "kiosk_next").height() == button
    text = window.current_page.findChildren(QLabel, "kiosk_scale_min")[0]
    assert text.fontInfo().pixelSize() <= body  # the smaller end labels
    assert window.message_label.fontInfo().pixelSize() == body
    # A full screen of five rating rows fits without scrolling inside the page.
    assert len(window.flow.current.item_ids) == 5
    assert window.current_page.scroll.verticalScrollBar().maximum() == 0
    # Back to the large screen: the style follows the resize.
    _show(window, 1920, 1080)
    assert window.findChild(QPushButton, "kiosk_next").height() == 64


def test_a_single_choice_screen_and_a_split_screen_fit_at_1366x768(qtbot, db, languages):
    window = _rating_window(qtbot, db, languages, ("gerchikov", "ritchie_martin"))
    _show(window, 1366, 768)
    window.start("kk")
    for inst in ("gerchikov", "ritchie_martin"):
        window.flow.go_to_item(inst, "q1")
        window.show_step()
        QApplication.processEvents()
        assert window.current_page.scroll.verticalScrollBar().maximum() == 0, inst
    number = window.findChild(QPushButton, "q1_part_a_11")
    assert number.height() == 45  # 64 × 0.7, like the other buttons


def test_a_rating_screen_says_what_its_ends_mean_and_which_question_it_is(qtbot, db, languages):
    window = _rating_window(qtbot, db, languages, ("satisfaction", "gerchikov"))
    _show(window, 1920, 1080)
    window.start("ru")
    window.flow.go_to_item("satisfaction", "q6")
    window.show_step()
    page = window.current_page
    assert [
        page.findChildren(QLabel, n)[0].text() for n in ("kiosk_scale_min", "kiosk_scale_max")
    ] == ["0 — минимальная оценка", "максимальная оценка — 5"]
    # Under the first row of the block only (the block is q6–q10 of the 38 questions).
    shown = [
        label for label in page.findChildren(QLabel, "kiosk_scale_max") if label.isVisibleTo(page)
    ]
    assert len(shown) == 1 and shown[0].text() == "максимальная оценка — 5"
    counter = page.findChild(QLabel, "kiosk_counter")
    assert counter.text() == "Вопросы 6–10 из 38"
    window.switch_language("kk")
    page = window.current_page
    assert page.findChildren(QLabel, "kiosk_scale_min")[0].text() == "0 — ең төмен баға"
    assert page.findChild(QLabel, "kiosk_counter").text() == "6–10 сұрақ, барлығы 38"
    # A one-question screen; y counts the questions this respondent sees (23 Gerchikov items,
    # less the two asked only of managers or only of others when he did not say).
    window.flow.go_to_item("gerchikov", "q2")
    window.show_step()
    assert window.current_page.findChild(QLabel, "kiosk_counter").text() == "2-сұрақ, барлығы 21"
    window.switch_language("ru")
    assert window.current_page.findChild(QLabel, "kiosk_counter").text() == "Вопрос 2 из 21"


def test_bipolar_rows_keep_their_poles_and_show_no_end_labels(qtbot, db, languages):
    window = _rating_window(qtbot, db, languages, ("climate",))
    _show(window, 1920, 1080)
    window.start("ru")
    window.flow.go_to_item("climate", "q1")
    window.show_step()
    page = window.current_page
    assert page.findChildren(QLabel, "pole_left")[0].isVisibleTo(page)
    assert not any(
        label.isVisibleTo(page) for label in page.findChildren(QLabel, "kiosk_scale_min")
    )


def test_the_pin_typed_on_the_keypad_leaves_the_kiosk(qtbot, kiosk, monkeypatch):
    left = []
    kiosk.exit_requested.connect(lambda: left.append(True))
    typed = {}

    def exec_by_taps(dialog):
        typed["dialog"] = dialog
        for name in (
            "kiosk_pin_digit_1",
            "kiosk_pin_erase",
            "kiosk_pin_digit_2",
            "kiosk_pin_digit_4",
            "kiosk_pin_digit_6",
            "kiosk_pin_digit_8",
        ):
            qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
        assert dialog.pin_edit.text() == "2468"  # "1" erased
        qtbot.mouseClick(dialog.findChild(QPushButton, "kiosk_pin_ok"), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", exec_by_taps)
    assert kiosk.ask_exit()
    assert left == [True]
    keys = typed["dialog"].findChildren(QPushButton)
    assert len(keys) == 13 and min(k.sizeHint().height() for k in keys) >= 56


def test_a_wrong_pin_on_the_keypad_stays_and_the_keyboard_still_works(qtbot, kiosk, monkeypatch):
    def exec_wrong_then_keyboard(dialog):
        for digit in "1111":
            qtbot.mouseClick(
                dialog.findChild(QPushButton, f"kiosk_pin_digit_{digit}"), Qt.MouseButton.LeftButton
            )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != PinDialog.DialogCode.Accepted
        assert dialog.pin_edit.text() == "" and dialog.message_label.text()
        qtbot.keyClicks(dialog.pin_edit, "2468")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", exec_wrong_then_keyboard)
    assert kiosk.ask_exit()


def test_hr_exit_is_a_small_corner_control_and_taps_leave_no_focus_frame(qtbot, db, kiosk):
    _show(kiosk, 1920, 1080)
    exit_button = kiosk.findChild(QPushButton, "kiosk_exit")
    assert exit_button.width() <= 48 and exit_button.height() <= 48
    assert exit_button.text() == "⋮" and exit_button.accessibleName() == "Выход (кадровая служба)"
    # Top right corner of the window.
    corner = exit_button.mapTo(kiosk, exit_button.rect().topRight())
    assert corner.x() >= kiosk.width() - 60 and corner.y() <= 60
    kiosk.activateWindow()
    qtbot.mouseClick(kiosk.findChild(QPushButton, "kiosk_start_ru"), Qt.MouseButton.LeftButton)
    assert kiosk.flow.current.kind == "demographics"
    first = kiosk.findChild(QPushButton, "kiosk_department_1")
    assert not first.hasFocus() and not first.isChecked()  # nothing looks chosen on arrival
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert first.isChecked() and not first.hasFocus()  # a tap chooses, it does not focus
    # The keyboard still moves a (dashed) focus frame, which is not the chosen look.
    assert first.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert "QPushButton:focus { border: 3px dashed" in kiosk.styleSheet()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_question_screen_fits_1366x768_without_inner_scrolling(qtbot, db, languages, lang):
    window = _rating_window(qtbot, db, languages, ("schein", "significance", "hall_ei", "herzberg"))
    _show(window, 1366, 768)
    window.start(lang)
    scrolling = []
    for position, step in enumerate(window.flow.steps):
        if step.kind == "items":
            window.flow.position = position
            window.show_step()
            QApplication.processEvents()
            if window.current_page.scroll.verticalScrollBar().maximum():
                scrolling.append((step.instrument_id, step.item_ids[0]))
    assert scrolling == []


def test_the_review_list_never_scrolls_sideways_at_1366x768(qtbot, db, languages):
    window = _rating_window(qtbot, db, languages, ("climate", "gerchikov", "schein"))
    _show(window, 1366, 768)
    window.start("kk")
    window.flow.position = len(window.flow.steps) - 1
    window.show_step()
    QApplication.processEvents()
    page = window.current_page
    assert page.list_scroll.horizontalScrollBar().maximum() == 0
    button = window.findChild(QPushButton, "kiosk_review_gerchikov_q1")
    assert button.mapTo(window, button.rect().topRight()).x() <= window.width()


def test_a_smaller_screen_mid_session_takes_the_smaller_scale(qtbot, db, kiosk):
    _show(kiosk, 1920, 1080)
    qtbot.mouseClick(kiosk.findChild(QPushButton, "kiosk_start_kk"), Qt.MouseButton.LeftButton)
    assert kiosk.flow.current.kind == "demographics"
    _show(kiosk, 1366, 768)  # the page built at 1080 px does not hold the window taller
    assert kiosk.height() == 768 and kiosk.scale == 0.7
    page = kiosk.current_page
    assert page.minimumSizeHint().height() <= page.height()  # and it fits


def _opened_pin_pads(monkeypatch) -> list:
    opened = []

    def exec_rejected(dialog):
        opened.append(dialog)
        return PinDialog.DialogCode.Rejected

    monkeypatch.setattr(PinDialog, "exec", exec_rejected)
    return opened


def test_a_short_tap_on_the_corner_control_does_nothing(qtbot, kiosk, monkeypatch):
    opened = _opened_pin_pads(monkeypatch)
    _show(kiosk, 1366, 768)
    exit_button = kiosk.findChild(QPushButton, "kiosk_exit")
    clicks = []
    exit_button.clicked.connect(lambda: clicks.append(True))
    QTest.mousePress(exit_button, Qt.MouseButton.LeftButton, pos=QPoint(24, 24))
    assert not exit_button.isDown()  # no pressed look
    QTest.mouseRelease(exit_button, Qt.MouseButton.LeftButton, pos=QPoint(24, 24))
    assert not exit_button.holding() and exit_button.progress == 0
    # Longer than a hold would take: still nothing (the hold was cancelled by the release).
    qtbot.wait(exit_button.hold_ms + 300)
    assert opened == [] and clicks == []
    assert kiosk.stack.currentWidget() is kiosk.start_page


def test_a_long_press_shows_its_progress_then_opens_the_pin_pad(qtbot, kiosk, monkeypatch):
    opened = _opened_pin_pads(monkeypatch)
    _show(kiosk, 1366, 768)
    exit_button = kiosk.findChild(QPushButton, "kiosk_exit")
    assert exit_button.hold_ms >= 1500
    QTest.mousePress(exit_button, Qt.MouseButton.LeftButton, pos=QPoint(24, 24))
    qtbot.waitUntil(lambda: exit_button.progress > 0, timeout=5000)  # the ring fills
    ring = exit_button.grab().toImage()
    assert opened == []  # not before the hold is complete
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    QTest.mouseRelease(exit_button, Qt.MouseButton.LeftButton, pos=QPoint(24, 24))
    assert exit_button.progress == 0 and not exit_button.holding()
    # The ring was drawn: the control looked different while held than at rest.
    assert ring != exit_button.grab().toImage()
    # The PIN pad was refused: the kiosk stays, and a second hold opens it again.
    assert not getattr(kiosk, "_unlocked", False)
    QTest.keyPress(exit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    QTest.keyRelease(exit_button, Qt.Key.Key_Space)


def test_negative_scale_points_have_a_true_minus(qtbot, db, languages):
    """Hall's −3…+3: the buttons and end labels print a signed point as the reports print
    signed numbers (U+2212), not with a hyphen."""
    from PySide6.QtWidgets import QPushButton

    window = _rating_window(qtbot, db, languages, ("hall_ei",))
    _show(window, 1920, 1080)
    window.start("ru")
    window.flow.go_to_item("hall_ei", "q1")
    window.show_step()
    page = window.current_page
    texts = {b.text() for b in page.findChildren(QPushButton)}
    assert {"\u22123", "\u22121", "+1", "+3"} <= texts
    assert not any(t.startswith("-") for t in texts)
    ends = [label.text() for label in page.findChildren(QLabel, "kiosk_scale_min")]
    assert ends and all(t.startswith("\u22123 — ") for t in ends if t)

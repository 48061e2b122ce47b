"""The kiosk's high-contrast option (issue 22 item 4) and a focus that never looks chosen
(issue 23 item 5): the office setting, its WCAG contrast, and the pixels of focused buttons."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from app.data.office_settings import effective, save
from app.scoring import office
from app.scoring.instruments import default_library
from app.ui.context import AppContext
from app.ui.kiosk.kiosk_style import HIGH_CONTRAST, kiosk_style
from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow
from app.ui.kiosk.pin_dialog import PinDialog
from app.ui.pages.settings_page import SettingsPage
from tests.ui.test_kiosk import FakeClock


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_contrast_formula_by_hand():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffff00", "#000000") == pytest.approx(19.56, abs=0.01)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # fails AA, for sure


def _rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        decls = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        rules.append((" ".join(selector.split()), decls))
    return rules


@pytest.mark.parametrize("scale", [0.7, 1.0])
def test_every_text_colour_of_the_high_contrast_sheet_meets_wcag_aaa(scale):
    sheet = kiosk_style(scale, high_contrast=True)
    window_bg = HIGH_CONTRAST["window"]
    checked = 0
    for selector, decls in _rules(sheet):
        colour = decls.get("color")
        background = decls.get("background", "").strip()
        if "::chunk" in selector or background == "transparent":
            background = ""
        if colour is None and not background:
            continue
        # A rule that sets one of the two is read against the other as it shows: the
        # window's black, or the white text every other label and button has.
        fg = colour or HIGH_CONTRAST["text"]
        if ":checked" in selector or "chosen" in selector:
            bg = background or HIGH_CONTRAST["chosen"]
        else:
            bg = background or window_bg
        if "QProgressBar" in selector:
            continue  # no text: the bar's border and chunk are white on black
        assert contrast(fg, bg) >= 7, (selector, fg, bg)
        checked += 1
    assert checked >= 15
    # Every colour in the sheet is one of the palette's (no stray grey slips in).
    assert set(re.findall(r"#[0-9a-f]{6}", sheet)) <= set(HIGH_CONTRAST.values())
    # Frames (WCAG 1.4.11, non-text 3:1): the focus on black and on a chosen (yellow) answer.
    assert contrast(HIGH_CONTRAST["focus"], HIGH_CONTRAST["window"]) >= 3
    assert contrast(HIGH_CONTRAST["focus_on_chosen"], HIGH_CONTRAST["chosen"]) >= 3
    assert contrast(HIGH_CONTRAST["button_border"], HIGH_CONTRAST["window"]) >= 3


def test_the_setting_is_stored_from_the_settings_page_and_taken_by_the_next_kiosk(
    qtbot, db, settings, languages
):
    office.set_current({})
    page = SettingsPage(AppContext(database=db, settings=settings, languages=languages))
    qtbot.addWidget(page)
    page.refresh()
    check = page.high_contrast_check
    assert check.isEnabled() and not check.isChecked()
    check.setChecked(True)
    with db.session() as session:
        assert effective(session)[office.KIOSK_HIGH_CONTRAST] == 1.0
    lib = default_library()
    window = KioskWindow(
        db, languages, KioskSetup(campaign_id=None, instruments=[lib["climate"]]), clock=FakeClock()
    )
    qtbot.addWidget(window)
    assert window.high_contrast and "background: #000000" in window.styleSheet()
    window.resize(1366, 768)  # re-styled on resize: still high contrast
    window.show()
    QApplication.processEvents()
    assert "#ffff00" in window.styleSheet()
    check.setChecked(False)
    assert office.current(office.KIOSK_HIGH_CONTRAST) == 0.0
    office.set_current({})


def test_the_switch_takes_words_and_refuses_anything_else(db):
    assert office.validate(office.KIOSK_HIGH_CONTRAST, "on") == 1.0
    assert office.validate(office.KIOSK_HIGH_CONTRAST, "OFF") == 0.0
    assert office.validate(office.KIOSK_HIGH_CONTRAST, True) == 1.0
    assert office.validate(office.KIOSK_HIGH_CONTRAST, "1") == 1.0
    for bad in ("0.5", "2", "maybe", ""):
        with pytest.raises(office.SettingError):
            office.validate(office.KIOSK_HIGH_CONTRAST, bad)
    with db.session() as session:
        save(session, office.KIOSK_HIGH_CONTRAST, "yes")
        session.commit()
        assert effective(session)[office.KIOSK_HIGH_CONTRAST] == 1.0
    office.set_current({})


def _pixel(button: QPushButton, x: int, y: int) -> QColor:
    return button.grab().toImage().pixelColor(x, y)


def _far(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_focused_answer_is_framed_never_filled_like_a_chosen_one(
    qtbot, db, languages, high_contrast
):
    lib = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(
            campaign_id=None, instruments=[lib["satisfaction"]], high_contrast=high_contrast
        ),
        clock=FakeClock(),
        default_language="ru",
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()
    window.start("ru")
    window.flow.go_to_item("satisfaction", "q1")
    window.show_step()
    QApplication.processEvents()
    plain = window.findChild(QPushButton, "q1_option_1")
    focused = window.findChild(QPushButton, "q1_option_2")
    chosen = window.findChild(QPushButton, "q1_option_3")
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert chosen.isChecked() and not chosen.hasFocus()  # a tap chooses, it does not focus
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert focused.hasFocus() and not focused.isChecked()
    inside = (10, focused.height() // 2)  # inside the frame, left of the digit
    # The focused answer keeps the unchosen fill; its frame is what changes.
    assert _far(_pixel(focused, *inside), _pixel(plain, *inside)) < 60
    assert _far(_pixel(focused, *inside), _pixel(chosen, *inside)) > 200
    # The frame: along the left edge, the dashes of the focus colour (none on the others).
    focus_colour = QColor(window_palette(window)["focus"])
    assert _frame_share(focused, focus_colour) > 0.3
    assert _frame_share(plain, focus_colour) < 0.05 and _frame_share(chosen, focus_colour) < 0.05
    # Focus on the chosen answer: still its fill, with a frame of its own.
    chosen.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert _far(_pixel(chosen, *inside), QColor(window_palette(window)["chosen"])) < 60


def _frame_share(button: QPushButton, colour: QColor) -> float:
    """Share of the pixels of the button's left edge (its outer 3 px) close to `colour`."""
    image = button.grab().toImage()
    hits = total = 0
    for y in range(4, image.height() - 4):
        for x in range(3):
            total += 1
            hits += _far(image.pixelColor(x, y), colour) < 60
    return hits / total


def window_palette(window):
    from app.ui.kiosk.kiosk_style import palette

    return palette(window.high_contrast)


def test_the_pin_pad_follows_the_high_contrast_option(qtbot):
    dialog = PinDialog(lambda pin: False, _NoThrottle(), lambda: 0.0, high_contrast=True)
    qtbot.addWidget(dialog)
    assert "background: #000000" in dialog.styleSheet()
    for colour in set(re.findall(r"#[0-9a-f]{6}", dialog.styleSheet())):
        assert colour in HIGH_CONTRAST.values()


class _NoThrottle:
    def wait_seconds(self, now):
        return 0

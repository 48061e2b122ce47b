"""A one-question screen uses the page (issue 22 item 4): its block is centred, at most 1400 px
(scaled) wide, with larger answers whose long texts wrap instead of being cut; every choice
screen still fits 1366×768 without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from app.scoring.instruments import default_library
from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow
from tests.ui.test_kiosk import FakeClock


def _window(qtbot, db, languages, instruments, size, lang="ru") -> KioskWindow:
    lib = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(campaign_id=None, instruments=[lib[i] for i in instruments]),
        clock=FakeClock(),
        default_language=lang,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.start(lang)
    return window


def _go(window, inst: str, item: str) -> None:
    window.flow.go_to_item(inst, item)
    window.show_step()
    QApplication.processEvents()


@pytest.mark.parametrize("size, button, widest", [((1920, 1080), 80, 1400), ((1366, 768), 56, 980)])
def test_a_single_choice_question_is_centred_with_larger_answers(
    qtbot, db, languages, size, button, widest
):
    window = _window(qtbot, db, languages, ("job_satisfaction", "satisfaction"), size)
    _go(window, "job_satisfaction", "q1")
    page = window.current_page
    frame = page.findChild(QFrame, "kiosk_item")
    assert frame.width() <= widest
    left = frame.mapTo(page, frame.rect().topLeft())
    # Centred across the page (a few px of margin either way) ...
    assert abs((left.x() + frame.width() / 2) - page.width() / 2) <= 4
    # ... and down it: as much room above the block (below the counter) as below it.
    counter = page.findChild(QLabel, "kiosk_counter")
    above = left.y() - counter.mapTo(page, counter.rect().bottomLeft()).y()
    below = page.height() - (left.y() + frame.height())
    assert above > 40 and abs(above - below) <= 0.25 * (above + below)
    option = window.findChild(QPushButton, "q1_option_1")
    assert option.height() >= button  # 64 px answers on rating rows; 80 here (at 1080)
    # A block of rating rows keeps the full width and starts at the top.
    _go(window, "satisfaction", "q1")
    page = window.current_page
    frames = [f for f in page.findChildren(QFrame, "kiosk_item") if f.isVisibleTo(page)]
    assert len(frames) == 5 and frames[0].width() > page.width() - 40
    assert window.findChild(QPushButton, "q1_option_1").height() == (64 if button == 80 else 45)


def test_a_long_answer_wraps_instead_of_being_cut(qtbot, db, languages):
    window = _window(qtbot, db, languages, ("gerchikov",), (1366, 768), lang="kk")
    _go(window, "gerchikov", "q15")  # options of over 200 characters
    for number in range(1, 5):
        option = window.findChild(QPushButton, f"q15_option_{number}")
        label = option.label
        assert label.text().startswith(f"{number}.  ") and option.accessibleName() == label.text()
        # The whole text is inside the button: as high as its wrapped lines need.
        assert label.heightForWidth(label.width()) <= label.height()
        assert label.geometry().bottom() < option.height()
        assert option.width() <= window.width()


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_choice_screen_fits_without_scrolling_and_shows_all_its_text(
    qtbot, db, languages, lang, size
):
    window = _window(qtbot, db, languages, ("gerchikov", "job_satisfaction"), size, lang)
    problems = []
    for position, step in enumerate(window.flow.steps):
        if step.kind != "items":
            continue
        window.flow.position = position
        window.show_step()
        QApplication.processEvents()
        page = window.current_page
        if page.scroll.verticalScrollBar().maximum() or page.scroll.horizontalScrollBar().maximum():
            problems.append(("scrolls", step.item_ids[0]))
        for option in page.findChildren(QPushButton):
            if option.isVisibleTo(page) and hasattr(option, "label"):
                label = option.label
                if label.heightForWidth(label.width()) > label.height():
                    problems.append(("cut", option.objectName()))
    assert problems == []


def test_chosen_option_text_takes_the_chosen_colours(qtbot, db, languages):
    window = _window(qtbot, db, languages, ("job_satisfaction",), (1366, 768))
    _go(window, "job_satisfaction", "q1")
    option = window.findChild(QPushButton, "q1_option_2")
    before = option.label.palette().color(option.label.foregroundRole()).name()
    option.click()
    assert option.isChecked() and option.label.property("chosen") is True
    assert option.label.palette().color(option.label.foregroundRole()).name() == "#ffffff"
    assert before != "#ffffff"

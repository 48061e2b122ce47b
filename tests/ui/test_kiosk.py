"""Kiosk mode end to end (offscreen, injected clock, no sleeps)."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import func, select

from app.data.answer_store import recorded_answers
from app.data.sessions import recover_interrupted
from app.data.store import open_database
from app.models import Answer, Department, Employee, Organisation, SurveySession
from app.models.base import CampaignStatus
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignSpec, save_campaign, set_status
from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow, campaign_setup
from app.ui.kiosk.pin_dialog import PinDialog


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def campaign(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(
            organisation_id=org.id, name_ru="Отдел кадров", name_kk="Кадр бөлімі", headcount=12
        )
        s.add(dept)
        s.commit()
        spec = CampaignSpec(
            name="Опрос",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
            headcounts={dept.id: 12},
            instruments=["climate", "gerchikov"],
            kiosk_pin="2468",
        )
        cid = save_campaign(s, org.id, spec, default_library())
        set_status(s, cid, CampaignStatus.OPEN)
        return cid, dept.id


@pytest.fixture
def kiosk(qtbot, db, languages, campaign):
    clock = FakeClock()
    window = KioskWindow(
        db,
        languages,
        campaign_setup(db, campaign[0], default_library()),
        clock=clock,
        default_language="ru",
    )
    qtbot.addWidget(window)
    window.clock_ref = clock
    return window


def _click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisibleTo(window) or True
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sessions(db):
    with db.session() as s:
        return s.scalars(select(SurveySession)).all()


def test_full_anonymous_session_is_stored(qtbot, db, kiosk, campaign):
    _click(qtbot, kiosk, "kiosk_start_ru")
    assert kiosk.flow.current.kind == "demographics"
    _click(qtbot, kiosk, "kiosk_department_1")
    _click(qtbot, kiosk, "kiosk_is_manager_2")  # "No": non-manager -> Gerchikov Q23, not Q22
    _click(qtbot, kiosk, "kiosk_next")
    assert kiosk.flow.current.kind == "intro"
    _click(qtbot, kiosk, "kiosk_next")
    # Climate: two blocks of five bipolar pairs.
    assert kiosk.flow.current.item_ids == ("q1", "q2", "q3", "q4", "q5")
    for n, value in zip(range(1, 11), [4, 8, 4, 3, 4, 4, 4, 4, 3, 2], strict=True):
        if n == 6:
            _click(qtbot, kiosk, "kiosk_next")
        _click(qtbot, kiosk, f"q{n}_option_{value}")
    _click(qtbot, kiosk, "kiosk_next")  # Gerchikov intro
    assert kiosk.flow.current.kind == "intro"
    _click(qtbot, kiosk, "kiosk_next")
    assert kiosk.flow.current.item_ids == ("q1",)
    qtbot.keyClick(kiosk, Qt.Key.Key_2)  # digits choose options
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)  # Enter = next
    assert kiosk.flow.current.item_ids == ("q2",)
    steps = [s.item_ids for s in kiosk.flow.steps if s.instrument_id == "gerchikov"]
    assert ("q23",) in steps and ("q22",) not in steps
    # Jump to the review screen and finish with unanswered questions listed.
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    kiosk.show_step()
    assert kiosk.findChild(QPushButton, "kiosk_review_gerchikov_q2") is not None
    _click(qtbot, kiosk, "kiosk_finish")
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    (session,) = _sessions(db)
    assert session.state == "finished" and session.kind == "anonymous"
    assert session.employee_id is None and session.department_id == campaign[1]
    assert session.is_manager is False
    with db.session() as s:  # the record: the finished session's one document
        answers = {(i, q): v for _sid, i, q, v, _t in recorded_answers(s)}
        assert s.scalar(select(func.count()).select_from(Answer)) == 0  # no second copy
    assert sum(v for (i, _), v in answers.items() if i == "climate") == 40
    assert answers[("gerchikov", "q1")] == [2]
    # The thank-you screen resets by itself; nothing of the respondent remains reachable.
    kiosk.clock_ref.now += 10
    kiosk.idle_tick()
    assert kiosk.stack.currentWidget() is kiosk.start_page
    assert kiosk.flow is None and kiosk.findChild(QPushButton, "q1_option_4") is None
    assert not kiosk.back_button.isVisibleTo(kiosk)


def test_answer_count_rule_is_enforced_with_a_message(qtbot, kiosk):
    _click(qtbot, kiosk, "kiosk_start_kk")
    kiosk.flow.go_to_item("gerchikov", "q1")
    kiosk.show_step()
    for n in (1, 2, 3):  # Q1 allows one or two answers: the third click is ignored
        _click(qtbot, kiosk, f"q1_option_{n}")
    assert kiosk.flow.answers[("gerchikov", "q1")] == [1, 2]


def test_language_switch_keeps_answers(qtbot, kiosk, languages):
    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_3")
    climate = default_library()["climate"]
    pole = kiosk.current_page.findChild(QLabel, "pole_left")
    assert pole.text() == climate.item("q1").left.ru
    _click(qtbot, kiosk, "kiosk_lang_kk")
    assert languages.language == "kk" and kiosk.lang == "kk"
    pole = kiosk.current_page.findChild(QLabel, "pole_left")
    assert pole.text() == climate.item("q1").left.kk  # content re-rendered in Kazakh
    assert kiosk.findChild(QPushButton, "q1_option_3").isChecked()
    assert kiosk.flow.answers[("climate", "q1")] == 3
    with kiosk.database.session() as s:
        assert s.scalars(select(SurveySession.language)).one() == "kk"


def test_idle_countdown_abandons_and_resets(qtbot, db, kiosk):
    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_2")
    kiosk.clock_ref.now += 89
    kiosk.idle_tick()
    assert not kiosk.idle_bar.isVisibleTo(kiosk)
    kiosk.clock_ref.now += 1
    kiosk.idle_tick()
    assert kiosk.idle_bar.isVisibleTo(kiosk) and kiosk.seconds_left() == 30
    _click(qtbot, kiosk, "kiosk_idle_continue")  # "I am still here" cancels the countdown
    assert not kiosk.idle_bar.isVisibleTo(kiosk)
    kiosk.clock_ref.now += 90
    kiosk.idle_tick()
    kiosk.clock_ref.now += 30
    kiosk.idle_tick()
    assert kiosk.stack.currentWidget() is kiosk.start_page and kiosk.flow is None
    (session,) = _sessions(db)
    assert session.state == "abandoned"


def test_interrupted_session_is_abandoned_after_restart(qtbot, db, languages, campaign):
    clock = FakeClock()
    first = KioskWindow(
        db, languages, campaign_setup(db, campaign[0], default_library()), clock=clock
    )
    qtbot.addWidget(first)
    _click(qtbot, first, "kiosk_start_ru")
    first.flow.go_to_item("climate", "q3")
    first.show_step()
    _click(qtbot, first, "q3_option_5")
    # Power cut: the window is gone without finishing; the app starts again.
    db.dispose()
    again = open_database(db.url)
    with again.session() as s:
        assert recover_interrupted(s) == 0  # seen a moment ago: it could be another PC's kiosk
        assert recover_interrupted(s, stale_after_seconds=0) == 1  # once it is stale: closed
        session = s.scalars(select(SurveySession)).one()
        assert session.state == "abandoned"
        assert s.scalars(select(Answer.value)).all() == [5]
    second = KioskWindow(
        again, languages, campaign_setup(again, campaign[0], default_library()), clock=clock
    )
    qtbot.addWidget(second)
    assert second.stack.currentWidget() is second.start_page and second.flow is None
    again.dispose()


def test_pin_exit_and_throttling(qtbot, kiosk, monkeypatch):
    dialog = PinDialog(kiosk.setup.pin_check, kiosk.throttle, kiosk.clock_ref, kiosk)
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.pin_edit.setText("0000")
        assert not dialog.try_pin()
    assert "30" in dialog.message_label.text()
    dialog.pin_edit.setText("2468")  # right PIN, but still locked out
    assert not dialog.try_pin()
    kiosk.clock_ref.now += 31
    dialog.pin_edit.setText("2468")
    assert dialog.try_pin()
    # Through the window: a wrong PIN keeps kiosk mode; Alt+F4 is ignored.
    monkeypatch.setattr(PinDialog, "exec", lambda self: PinDialog.DialogCode.Rejected)
    assert kiosk.ask_exit() is False
    kiosk.show()
    kiosk.close()
    assert kiosk.isVisible() and not getattr(kiosk, "_unlocked", False)


def test_split_item_needs_the_full_total(qtbot, db, languages):
    lib = default_library()
    setup = KioskSetup(campaign_id=None, instruments=[lib["herzberg"]])
    window = KioskWindow(db, languages, setup, clock=FakeClock())
    qtbot.addWidget(window)
    _click(qtbot, window, "kiosk_start_ru")
    _click(qtbot, window, "kiosk_next")  # intro -> pair 1
    _click(qtbot, window, "q1_part_a_3")
    _click(qtbot, window, "kiosk_next")
    assert window.flow.current.item_ids == ("q1",)
    assert "5" in window.message_label.text()
    _click(qtbot, window, "q1_part_b_2")
    _click(qtbot, window, "kiosk_next")
    assert window.flow.current.item_ids == ("q2",)


def test_named_session_ends_in_the_result_view(qtbot, db, languages):
    from app.ui.kiosk.result_page import ResultPage
    from tests.scoring.test_instrument_keys import HALL_SEED

    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім")
        s.add(dept)
        s.flush()
        emp = Employee(department_id=dept.id, full_name="Ахметова А. С.", is_manager=False)
        s.add(emp)
        s.commit()
        emp_id = emp.id
    lib = default_library()
    setup = KioskSetup(
        campaign_id=None,
        instruments=[lib["hall_ei"]],
        employee_id=emp_id,
        employee_name="Ахметова А. С.",
        employee_is_manager=False,
    )
    clock = FakeClock()
    window = KioskWindow(db, languages, setup, clock=clock, default_language="ru")
    qtbot.addWidget(window)
    exits = []
    window.exit_requested.connect(lambda: exits.append(True))
    assert "Ахметова" in window.start_page.title_label.text()
    _click(qtbot, window, "kiosk_start_ru")
    assert window.flow.current.kind == "intro"  # no demographic questions in a named session
    for n, value in HALL_SEED.items():
        window.flow.set_answer("hall_ei", f"q{n}", value)
    window.flow.position = len(window.flow.steps) - 1
    window.show_step()
    _click(qtbot, window, "kiosk_finish")
    page = window.current_page
    assert isinstance(page, ResultPage)
    block = page.results[0]
    assert block.chart.bar_values() == [17, 7, 11, 18, 16, 69]
    summary_ru, title_ru = block.summary_label.text(), block.title.text()
    assert summary_ru  # interpretation shown
    _click(qtbot, window, "result_hall_ei_disagree")  # said before the switch: kept
    _click(qtbot, window, "kiosk_lang_kk")  # the result page stays, in Kazakh
    assert window.current_page is page and window.stack.currentWidget() is page
    assert window.lang_kk_button.isChecked() and not window.lang_ru_button.isChecked()
    # its words too (they come from the instrument file, not Qt's translator)
    assert block.title.text() == lib["hall_ei"].title.get("kk") != title_ru
    assert block.summary_label.text() not in ("", summary_ru)
    assert block.chart.bar_values() == [17, 7, 11, 18, 16, 69]
    assert block.no_button.isChecked() and not block.reason_edit.isHidden()
    _click(qtbot, window, "kiosk_lang_ru")
    assert block.summary_label.text() == summary_ru
    block.reason_edit.setText("Я умею управлять эмоциями")
    block.reason_edit.editingFinished.emit()
    _click(qtbot, window, "kiosk_finish")  # "Done"
    assert window.stack.currentWidget() is window.thanks_page
    clock.now += 10
    window.idle_tick()
    assert exits == [True]
    with db.session() as s:
        session = s.scalars(select(SurveySession)).one()
        assert session.kind == "named" and session.employee_id == emp_id
        assert session.consent_on is not None and session.state == "finished"
        si = session.instruments[0]
        assert si.agrees_with_result is False and si.disagreement_reason.startswith("Я умею")


def test_named_session_can_end_with_the_employee_block_of_the_personal_card(qtbot, db, languages):
    from app.models.cards import Card
    from app.ui.kiosk.card_page import PersonalCardPage

    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім")
        s.add(dept)
        s.flush()
        emp = Employee(department_id=dept.id, full_name="Ким О. В.", is_manager=False)
        s.add(emp)
        s.commit()
        emp_id = emp.id
    lib = default_library()
    setup = KioskSetup(
        campaign_id=None,
        instruments=[lib["schein"]],
        employee_id=emp_id,
        employee_name="Ким О. В.",
        employee_is_manager=False,
        personal_card=True,
    )
    window = KioskWindow(db, languages, setup, clock=FakeClock(), default_language="kk")
    qtbot.addWidget(window)
    _click(qtbot, window, "kiosk_start_kk")
    for n in range(1, 42):
        window.flow.set_answer("schein", f"q{n}", 7)
    window.flow.position = len(window.flow.steps) - 1
    window.show_step()
    _click(qtbot, window, "kiosk_finish")  # to the result
    _click(qtbot, window, "result_schein_agree")
    _click(qtbot, window, "kiosk_finish")  # "Done" -> the card page
    page = window.current_page
    assert isinstance(page, PersonalCardPage)
    for kind in ("motivator", "demotivator", "instrument"):
        editor = page.editors[kind]
        for _ in range(2):
            editor.catalogue.setCurrentIndex(editor.catalogue.currentIndex() + 1)
            editor.add_button.click()
    page.editors["motivator"].own_edit.setText("Икемді кесте")
    page.editors["motivator"].add_own_button.click()
    page.form.editors["proposals"].setPlainText("Қашықтан жұмыс")
    _click(qtbot, window, "kiosk_finish")
    assert window.stack.currentWidget() is window.thanks_page
    with db.session() as s:
        card = s.scalars(select(Card)).one()
        assert (card.kind, card.employee_id, card.status) == ("personal", emp_id, "draft")
        assert card.fields["proposals"] == "Қашықтан жұмыс"
        assert card.fields["agrees_with_results"] is True
        motivators = [c for c in card.choices if c.kind == "motivator"]
        assert [c.rank for c in motivators] == [1, 2, 3]
        assert motivators[-1].own_text == "Икемді кесте"
        assert len([c for c in card.choices if c.kind == "instrument"]) == 2


def test_the_next_question_refills_the_page_and_leaves_nothing_behind(qtbot, db, languages):
    """From one question to the next the items page is refilled rather than rebuilt (kiosk
    latency, bench/bench_kiosk.py). The answer is still committed before the next question
    shows; controls answer only to the names of the question on screen; nothing looks answered
    that is not; going back shows the stored answer."""
    lib = default_library()
    setup = KioskSetup(campaign_id=None, instruments=[lib["gerchikov"]])
    window = KioskWindow(db, languages, setup, clock=FakeClock(), default_language="ru")
    qtbot.addWidget(window)
    _click(qtbot, window, "kiosk_start_ru")
    window.flow.go_to_item("gerchikov", "q5")  # five options, then q6 with three and a heading
    window.show_step()
    page = window.current_page
    _click(qtbot, window, "q5_option_5")
    other = open_database(db.url)  # another connection, as after a power cut
    with other.session() as s:
        assert s.scalars(select(Answer.value)).all() == [[5]]
    other.dispose()
    _click(qtbot, window, "kiosk_next")
    assert window.current_page is page and window.flow.current.item_ids == ("q6",)
    assert window.findChild(QPushButton, "q5_option_1") is None
    shown = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert [b.objectName() for b in shown] == ["q6_option_1", "q6_option_2", "q6_option_3"]
    assert not any(b.isChecked() for b in page.findChildren(QPushButton))
    assert all(not b.objectName() for b in page.findChildren(QPushButton) if b not in shown)
    assert page.group_label.isVisibleTo(page)
    assert page.group_label.text() == lib["gerchikov"].item("q6").group.ru
    _click(qtbot, window, "q6_option_3")
    _click(qtbot, window, "kiosk_back")
    assert window.current_page is page and window.findChild(QPushButton, "q5_option_5").isChecked()
    assert not page.group_label.isVisibleTo(page)
    with db.session() as s:
        assert sorted(map(str, s.scalars(select(Answer.value)))) == ["3", "[5]"]


def test_refilled_rating_rows_start_at_the_top_with_their_own_answers(
    qtbot, db, languages, monkeypatch
):
    """Significance: blocks of rating rows, then the "own variant" row. A refilled block starts
    scrolled to its top, shows the flow's answers only, and showing a stored own variant does
    not write it again."""
    lib = default_library()
    window = KioskWindow(
        db,
        languages,
        KioskSetup(campaign_id=None, instruments=[lib["significance"]]),
        clock=FakeClock(),
        default_language="ru",
    )
    qtbot.addWidget(window)
    window.resize(1280, 560)  # low enough for five rows not to fit (they do at 768 px and up)
    window.show()
    qtbot.waitExposed(window)
    _click(qtbot, window, "kiosk_start_ru")
    _click(qtbot, window, "kiosk_next")  # intro -> q1..q5
    page = window.current_page
    _click(qtbot, window, "q2_option_4")
    button = window.findChild(QPushButton, "q5_option_1")
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # five rows do not fit: the page scrolls
    bar.setValue(bar.maximum())
    qtbot.keyClick(button, Qt.Key.Key_Return)  # Enter on the focused option = next
    assert window.current_page is page and window.flow.current.item_ids[0] == "q6"
    assert bar.value() == 0
    assert not any(b.isChecked() for b in page.findChildren(QPushButton))
    assert not button.hasFocus()  # a reused control does not carry the focus frame on
    window.flow.go_to_item("significance", "q40")
    window.show_step()
    edit = window.findChild(QLineEdit, "q40_text")
    edit.setText("Служебное жилье")
    _click(qtbot, window, "q40_option_3")
    _click(qtbot, window, "kiosk_back")
    from app.data import sessions

    writes = []
    original = sessions.record_answer
    monkeypatch.setattr(
        sessions, "record_answer", lambda *a, **k: writes.append(a) or original(*a, **k)
    )
    _click(qtbot, window, "kiosk_next")  # back to q40: its stored answer is shown, not written
    assert writes == []
    assert window.findChild(QLineEdit, "q40_text").text() == "Служебное жилье"
    assert window.findChild(QPushButton, "q40_option_3").isChecked()
    assert window.findChild(QPushButton, "q2_option_4") is None
    with db.session() as s:
        assert s.execute(
            select(Answer.item_id, Answer.value, Answer.own_text).order_by(Answer.item_id)
        ).all() == [("q2", 4, ""), ("q40", 3, "Служебное жилье")]


# --- faults: a busy database, a session closed elsewhere, the heartbeat (issue 15) -------------


@pytest.fixture
def short_retry(monkeypatch):
    """Kiosk writes give up after 0.6 s instead of 3 s (the tests hold locks for longer)."""
    from app.data import retry

    monkeypatch.setattr(retry, "KIOSK_WRITE", retry.Retry(budget=0.6, first_wait=0.1))


def _stored_answers(db) -> dict:
    from app.data.store import open_database as open_again

    other = open_again(db.url)  # a connection of its own: what is really in the database
    try:
        with other.session() as s:
            return {(a.instrument_id, a.item_id): a.value for a in s.scalars(select(Answer))}
    finally:
        other.dispose()


def test_an_answer_the_database_does_not_take_stays_on_screen_marked_and_can_be_retried(
    qtbot, db, kiosk, short_retry
):
    from tests.faults.locks import write_lock_held

    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_2")
    with write_lock_held(db):
        _click(qtbot, kiosk, "q2_option_7")
        # said plainly, on screen, with a way to try again; the answer is still chosen ...
        assert kiosk.save_bar.isVisibleTo(kiosk) and kiosk._save_problem == "answer"
        assert kiosk.save_bar.label.text() and kiosk.save_bar.button.isVisibleTo(kiosk)
        assert kiosk.findChild(QPushButton, "q2_option_7").isChecked()
        frames = {row.item_id: row.frame for row in kiosk.current_page._rows}
        assert frames["q2"].property("unsaved") is True and not frames["q1"].property("unsaved")
        # ... but not stored, and the respondent cannot move on as if it were
        assert _stored_answers(db) == {("climate", "q1"): 2}
        _click(qtbot, kiosk, "kiosk_next")
        assert kiosk.flow.current.item_ids == ("q1", "q2", "q3", "q4", "q5")
        _click(qtbot, kiosk, "kiosk_save_retry")
        assert kiosk.save_bar.isVisibleTo(kiosk)
    _click(qtbot, kiosk, "kiosk_save_retry")  # the database is free again
    assert not kiosk.save_bar.isVisibleTo(kiosk) and not frames["q2"].property("unsaved")
    assert _stored_answers(db) == {("climate", "q1"): 2, ("climate", "q2"): 7}
    _click(qtbot, kiosk, "kiosk_next")
    assert kiosk.flow.current.item_ids == ("q6", "q7", "q8", "q9", "q10")


def test_finish_that_is_not_stored_says_so_and_can_be_retried(qtbot, db, kiosk, short_retry):
    from tests.faults.locks import write_lock_held

    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_5")
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    kiosk.show_step()
    with write_lock_held(db):
        _click(qtbot, kiosk, "kiosk_finish")
        assert kiosk.stack.currentWidget() is not kiosk.thanks_page  # no "Thank you" yet
        assert kiosk.save_bar.isVisibleTo(kiosk) and kiosk._save_problem == "finish"
        assert kiosk.save_bar.label.text()
    assert _sessions(db)[0].state == "in_progress"
    _click(qtbot, kiosk, "kiosk_save_retry")
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    (session,) = _sessions(db)
    assert session.state == "finished" and session.held_on is None
    assert session.last_seen is None and session.workstation is None  # no time is kept


def test_a_session_closed_elsewhere_is_told_and_the_kiosk_starts_again(qtbot, db, kiosk):
    from app.data.sessions import abandon_session

    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_3")
    other = open_database(db.url)  # HR, or another PC's start-up, closes it
    with other.session() as s:
        assert abandon_session(s, kiosk.session_id)
    other.dispose()
    _click(qtbot, kiosk, "q2_option_6")
    assert kiosk.stack.currentWidget() is kiosk.notice_page and kiosk.flow is None
    assert kiosk.notice_page.title_label.text() and kiosk.notice_page.text_label.text()
    assert _stored_answers(db) == {("climate", "q1"): 3}  # the click after it: not stored
    assert kiosk.findChild(QPushButton, "q1_option_3") is None  # nothing of the respondent
    _click(qtbot, kiosk, "kiosk_notice_restart")
    assert kiosk.stack.currentWidget() is kiosk.start_page


def test_heartbeat_keeps_a_reading_respondent_alive_and_notices_a_closed_session(qtbot, db, kiosk):
    from datetime import datetime, timedelta

    from app.data.sessions import abandon_session

    _click(qtbot, kiosk, "kiosk_start_ru")
    sid = kiosk.session_id
    long_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
    with db.session() as s:
        s.get(SurveySession, sid).last_seen = long_ago
        s.commit()

    def last_seen():  # PostgreSQL hands it back with its time zone, SQLite without
        return _sessions(db)[0].last_seen.replace(tzinfo=None)

    kiosk.clock_ref.now += 30  # reading, not clicking: no heartbeat yet
    kiosk.idle_tick()
    assert last_seen() == long_ago
    kiosk.clock_ref.now += 31
    kiosk.idle_tick()  # a minute: the heartbeat
    assert last_seen() > long_ago + timedelta(minutes=30)
    with db.session() as s:
        abandon_session(s, sid)
    kiosk.clock_ref.now += 61
    kiosk.idle_tick()  # the next heartbeat finds it closed: told at once, not at the next click
    assert kiosk.stack.currentWidget() is kiosk.notice_page
    kiosk.clock_ref.now += 3 * kiosk.setup.thanks_seconds
    kiosk.idle_tick()
    assert kiosk.stack.currentWidget() is kiosk.start_page


@pytest.mark.sqlite_only
def test_the_write_ahead_log_is_emptied_when_a_session_ends(qtbot, db, kiosk):
    wal = db.path.with_name(db.path.name + "-wal")
    _click(qtbot, kiosk, "kiosk_start_ru")
    kiosk.flow.go_to_item("climate", "q1")
    kiosk.show_step()
    _click(qtbot, kiosk, "q1_option_3")
    assert wal.stat().st_size > 0
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    kiosk.show_step()
    _click(qtbot, kiosk, "kiosk_finish")
    kiosk.checkpoint_thread.join(10)
    assert wal.stat().st_size == 0  # nothing left that orders the sessions in time
    # the same after an abandoned session
    kiosk.clock_ref.now += 10
    kiosk.idle_tick()
    _click(qtbot, kiosk, "kiosk_start_ru")
    assert wal.stat().st_size > 0
    kiosk.clock_ref.now += 200
    kiosk.idle_tick()
    kiosk.idle_tick()
    kiosk.clock_ref.now += 40
    kiosk.idle_tick()
    assert kiosk.stack.currentWidget() is kiosk.start_page
    kiosk.checkpoint_thread.join(10)
    assert wal.stat().st_size == 0
    assert [s.state for s in _sessions(db)].count("abandoned") == 1


def test_a_survey_that_cannot_start_says_so_on_the_start_screen(qtbot, db, kiosk, short_retry):
    from tests.faults.locks import write_lock_held

    with write_lock_held(db):
        _click(qtbot, kiosk, "kiosk_start_ru")
        assert kiosk.flow is None and kiosk.stack.currentWidget() is kiosk.start_page
        assert kiosk.start_page.problem_label.isVisibleTo(kiosk)
        assert kiosk.start_page.problem_label.text()
    assert _sessions(db) == []
    _click(qtbot, kiosk, "kiosk_start_ru")
    assert kiosk.flow is not None and not kiosk.start_page.problem_label.isVisibleTo(kiosk)
    assert len(_sessions(db)) == 1

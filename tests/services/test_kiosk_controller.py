"""The kiosk's decisions without Qt (app/services/kiosk_controller.py): whole sessions on the
database (SQLite, and PostgreSQL when MOTIVDESK_TEST_PG_URL is set), answers the rules refuse,
a busy database, the idle countdown with a fake clock, a session closed elsewhere."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from app.data.answer_store import recorded_answers
from app.data.sessions import abandon_session
from app.data.store import open_database
from app.models import Department, Organisation, SurveySession
from app.models.base import CampaignStatus
from app.scoring.instruments import default_library
from app.services.campaigns import CampaignSpec, save_campaign, set_status
from app.services.kiosk_controller import KioskController, KioskSetup, Reply, SaveProblem, Screen
from app.services.kiosk_session import Idle
from tests.faults.locks import write_lock_held


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def short_retry(monkeypatch):
    """Kiosk writes give up after 0.6 s instead of 3 s (the tests hold locks for longer)."""
    from app.data import retry

    monkeypatch.setattr(retry, "KIOSK_WRITE", retry.Retry(budget=0.6, first_wait=0.1))


def _controller(db, instruments, **setup) -> KioskController:
    lib = default_library()
    return KioskController(
        db,
        KioskSetup(
            campaign_id=setup.pop("campaign_id", None),
            instruments=[lib[i] for i in instruments],
            **setup,
        ),
        clock=FakeClock(),
        default_language="ru",
    )


def _stored(db) -> dict:
    other = open_database(db.url)  # a connection of its own: what is really in the database
    try:
        with other.session() as s:
            return {(i, q): v for _sid, i, q, v, _t in recorded_answers(s)}
    finally:
        other.dispose()


def _sessions(db):
    with db.session() as s:
        return s.scalars(select(SurveySession)).all()


def test_the_controller_needs_no_qt():
    code = (
        "import sys, app.services.kiosk_controller; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_whole_anonymous_session(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=9)
        s.add(dept)
        s.commit()
        spec = CampaignSpec(
            name="Опрос",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
            headcounts={dept.id: 9},
            instruments=["climate", "gerchikov"],
            kiosk_pin="2468",
        )
        cid = save_campaign(s, org.id, spec, default_library())
        set_status(s, cid, CampaignStatus.OPEN)
        dept_id = dept.id
    kiosk = _controller(
        db, ["climate", "gerchikov"], campaign_id=cid, demographics=("department", "is_manager")
    )
    finished = []
    assert kiosk.state is Screen.WELCOME and kiosk.flow is None
    assert kiosk.start("kk") == Reply(screen=Screen.STEP)
    assert kiosk.state is Screen.STEP and kiosk.step_shown().kind == "demographics"
    assert kiosk.set_demographic("department", dept_id) == Reply()
    assert kiosk.set_demographic("is_manager", False) == Reply()
    assert kiosk.next() == Reply(screen=Screen.STEP) and kiosk.step_shown().kind == "intro"
    kiosk.next()
    for n, value in enumerate([4, 8, 4, 3, 4, 4, 4, 4, 3, 2], start=1):
        if n == 6:
            assert kiosk.next() == Reply(screen=Screen.STEP)
            kiosk.step_shown()
        kiosk.clock.now += 3
        assert kiosk.answer("climate", f"q{n}", value) == Reply()
    kiosk.next()  # the Gerchikov introduction
    assert kiosk.back() == Reply(screen=Screen.STEP)
    assert kiosk.flow.current.item_ids == ("q6", "q7", "q8", "q9", "q10")
    kiosk.next()
    kiosk.next()
    assert kiosk.flow.current.item_ids == ("q1",)
    kiosk.answer("gerchikov", "q1", [2])
    assert kiosk.set_language("ru") == Reply(screen=Screen.STEP) and kiosk.lang == "ru"
    steps = [s.item_ids for s in kiosk.flow.steps if s.instrument_id == "gerchikov"]
    assert ("q23",) in steps and ("q22",) not in steps  # a non-manager's question
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    kiosk.step_shown()
    kiosk.clock.now += 5
    sid = kiosk.session_id
    assert kiosk.finish() == Reply(screen=Screen.THANKS)
    finished.append(kiosk.finished_session)
    assert kiosk.state is Screen.THANKS and kiosk.flow is None and kiosk.session_id is None
    kiosk.checkpoint_thread.join(10)
    (session,) = _sessions(db)
    assert session.id == sid == finished[0] and session.state == "finished"
    assert session.kind == "anonymous" and session.department_id == dept_id
    assert session.is_manager is False and session.language == "ru"
    assert session.too_fast is False  # 3 s a pair: not too fast, and no time is kept
    answers = _stored(db)
    assert sum(v for (i, _), v in answers.items() if i == "climate") == 40
    assert answers[("gerchikov", "q1")] == [2]
    kiosk.clock.now += 5
    assert kiosk.tick() == Reply()
    kiosk.clock.now += 1
    assert kiosk.tick() == Reply(screen=Screen.WELCOME)  # the thanks end by themselves
    assert kiosk.state is Screen.WELCOME and kiosk.lang == "ru" and kiosk.demographics == {}


def test_next_and_back_with_an_answer_the_rules_refuse(db):
    kiosk = _controller(db, ["herzberg"])
    kiosk.start("ru")
    kiosk.next()  # intro -> pair 1
    assert kiosk.answer("herzberg", "q1", [3, 0]) == Reply()  # 3 of 5 points: refused
    reply = kiosk.next()
    assert reply.refused and reply.screen is None and kiosk.flow.current.item_ids == ("q1",)
    assert (reply.problem.problem, reply.problem.expected) == ("split_sum", 5)
    assert kiosk.back() == Reply(screen=Screen.STEP)  # back is allowed: to the introduction
    assert kiosk.flow.current.kind == "intro"
    # Next from elsewhere leads back to the refused question, named
    reply = kiosk.next()
    assert reply.refused and reply.screen is Screen.STEP and reply.problem.expected == 5
    assert kiosk.flow.current.item_ids == ("q1",)
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    reply = kiosk.finish()  # nor may the session finish with it
    assert reply.refused and reply.screen is Screen.STEP and kiosk.state is Screen.STEP
    assert _stored(db) == {}
    kiosk.answer("herzberg", "q1", [3, 2])
    assert kiosk.next() == Reply(screen=Screen.STEP)
    assert kiosk.flow.current.item_ids == ("q2",) and _stored(db) == {("herzberg", "q1"): [3, 2]}


def test_a_busy_database_loses_no_answer(db, short_retry):
    kiosk = _controller(db, ["climate"])
    kiosk.start("ru")
    kiosk.next()
    kiosk.answer("climate", "q1", 2)
    with write_lock_held(db):
        reply = kiosk.answer("climate", "q2", 7)
        assert reply == Reply(save_problem=SaveProblem.ANSWER)
        assert kiosk.writes.unsaved_items("climate") == {"q2"}
        assert kiosk.flow.answers[("climate", "q2")] == 7  # still on screen
        # the respondent cannot move on as if it were stored
        assert kiosk.next() == Reply(save_problem=SaveProblem.ANSWER)
        assert kiosk.flow.current.item_ids == ("q1", "q2", "q3", "q4", "q5")
        assert kiosk.retry() == Reply(save_problem=SaveProblem.ANSWER)
        assert _stored(db) == {("climate", "q1"): 2}
    assert kiosk.retry() == Reply(save_problem=SaveProblem.NONE)  # free again: stored
    assert not kiosk.writes and kiosk.save_problem is SaveProblem.NONE
    assert _stored(db) == {("climate", "q1"): 2, ("climate", "q2"): 7}
    # a finish the database does not take stays on the review screen, then goes through
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    with write_lock_held(db):
        assert kiosk.finish() == Reply(save_problem=SaveProblem.FINISH)
        assert kiosk.state is Screen.STEP
    assert _sessions(db)[0].state == "in_progress"
    assert kiosk.retry() == Reply(screen=Screen.THANKS)
    kiosk.checkpoint_thread.join(10)
    assert _sessions(db)[0].state == "finished"


def test_idle_countdown_then_abandon_with_a_fake_clock(db):
    kiosk = _controller(db, ["climate"])
    clock = kiosk.clock
    kiosk.start("ru")
    kiosk.answer("climate", "q1", 3)
    clock.now += 89
    assert kiosk.tick() == Reply()
    clock.now += 1
    assert kiosk.tick() == Reply(countdown=Idle.COUNTDOWN_STARTED)
    clock.now += 10
    assert kiosk.tick() == Reply(countdown=Idle.COUNTING) and kiosk.seconds_left() == 20
    assert kiosk.touch() is True  # «I am still here»
    clock.now += 90
    assert kiosk.tick() == Reply(countdown=Idle.COUNTDOWN_STARTED)
    clock.now += 30
    assert kiosk.tick() == Reply(screen=Screen.WELCOME)
    assert kiosk.state is Screen.WELCOME and kiosk.flow is None and not kiosk.timer.counting
    kiosk.checkpoint_thread.join(10)
    (session,) = _sessions(db)
    assert session.state == "abandoned"
    assert _stored(db) == {("climate", "q1"): 3}  # kept apart, not lost


def test_a_session_closed_elsewhere(db):
    kiosk = _controller(db, ["climate"])
    clock = kiosk.clock
    kiosk.start("ru")
    kiosk.answer("climate", "q1", 3)
    other = open_database(db.url)  # HR, or another PC's start-up, closes it
    with other.session() as s:
        assert abandon_session(s, kiosk.session_id)
    other.dispose()
    assert kiosk.answer("climate", "q2", 6) == Reply(screen=Screen.NOTICE)
    assert kiosk.state is Screen.NOTICE and kiosk.flow is None and not kiosk.writes
    assert _stored(db) == {("climate", "q1"): 3}
    clock.now += 17
    assert kiosk.tick() == Reply()
    clock.now += 1
    assert kiosk.tick() == Reply(screen=Screen.WELCOME)
    # found by the heartbeat while the respondent reads
    kiosk.start("kk")
    with db.session() as s:
        abandon_session(s, kiosk.session_id)
    clock.now += 30
    assert kiosk.tick() == Reply()
    clock.now += 31
    assert kiosk.tick() == Reply(screen=Screen.NOTICE)


def test_a_named_session_shows_the_result_then_the_card(db):
    from app.models import Employee

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
    kiosk = _controller(
        db, ["schein"], employee_id=emp_id, employee_is_manager=False, personal_card=True
    )
    kiosk.start("ru")
    assert kiosk.flow.current.kind == "intro"  # no demographic questions
    for n in range(1, 42):
        kiosk.answer("schein", f"q{n}", 7)
    kiosk.flow.position = len(kiosk.flow.steps) - 1
    assert kiosk.finish() == Reply(screen=Screen.RESULT)
    assert kiosk.result_answers()["schein"]["q1"] == 7
    assert kiosk.agree("schein", None) == Reply() and kiosk.agrees is None
    assert kiosk.agree("schein", False, "нет") == Reply() and kiosk.agrees is False
    # a language switch on the result page stores nothing and leaves it (the session is
    # finished: it was taken for a session closed elsewhere before)
    assert kiosk.set_language("kk") == Reply() and kiosk.lang == "kk"
    assert kiosk.state is Screen.RESULT
    assert kiosk.finish() == Reply(screen=Screen.CARD)
    assert kiosk.set_language("ru") == Reply() and kiosk.state is Screen.CARD
    cards = []
    assert kiosk.finish(cards.append) == Reply(screen=Screen.THANKS) and cards == [False]
    kiosk.clock.now += 6
    assert kiosk.tick() == Reply(exit=True)  # one sitting: back to HR
    kiosk.checkpoint_thread.join(10)
    with db.session() as s:
        si = s.scalars(select(SurveySession)).one().instruments[0]
        assert si.agrees_with_result is False and si.disagreement_reason == "нет"

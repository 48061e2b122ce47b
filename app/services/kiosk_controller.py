"""The kiosk's use cases as a small state machine, without Qt (tested without a window).

One respondent's visit goes WELCOME → STEP (demographics, introductions, questions, review) →
THANKS, or for a named session STEP → RESULT (his own results, does he agree) → CARD (the
employee block of his personal card, if HR asked for it) → THANKS; any of them → NOTICE when
another program closed the session, and back to WELCOME after the thanks, the notice, an idle
countdown that ran out, or HR's exit.

`KioskController` makes every decision of the kiosk window (app/ui/kiosk/kiosk_window.py),
which only builds widgets, forwards the respondent's input here and renders the `Reply` it
gets back: which screen to show anew, what the red bar says, which rule an answer breaks.
Nothing is shown as saved that is not stored (`PendingWrites`); idle time, the countdown and the
heartbeat are `SessionTimer`'s; the seconds per screen stay in memory (`ScreenClock`) and only
the flag «too fast» is stored at the finish.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from app.data import sessions as store
from app.data.store import Database
from app.models.db import checkpoint_wal
from app.scoring import office
from app.scoring.answer_rules import AnswerProblem
from app.scoring.definitions import Instrument
from app.scoring.flow import KioskFlow, Step
from app.services.kiosk_session import Flush, Idle, PendingWrites, ScreenClock, SessionTimer


@dataclass
class KioskSetup:
    """What one kiosk run needs; built by the caller from the campaign or the named session."""

    campaign_id: int | None
    instruments: list[Instrument]
    excluded: dict[str, set[str]] = field(default_factory=dict)
    demographics: tuple[str, ...] = ()
    departments: list[tuple[int, str, str]] = field(default_factory=list)  # id, ru, kk
    employee_id: int | None = None
    employee_name: str = ""
    employee_is_manager: bool | None = None
    personal_card: bool = False  # named session: the employee also fills his card's block
    pin_check: Callable[[str], bool] | None = None
    # None: the office setting `kiosk_high_contrast` (app/scoring/office.py) at the start
    high_contrast: bool | None = None
    idle_seconds: int = 90
    countdown_seconds: int = 30
    thanks_seconds: int = 6


class Screen(Enum):
    WELCOME = "welcome"  # the start screen: choose a language
    STEP = "step"  # the flow's current step (demographics, intro, items, review)
    RESULT = "result"  # named session: his own results and whether he agrees
    CARD = "card"  # named session: the employee block of his personal card
    THANKS = "thanks"  # finished: thank you, then WELCOME (or back to HR after a named one)
    NOTICE = "notice"  # the session was closed by another program: start again


class SaveProblem(Enum):
    """What the red bar says; NONE hides it."""

    NONE = ""
    ANSWER = "answer"  # an answer (or the demographics, an agreement) is not stored yet
    FINISH = "finish"  # the finish (or the card) is not stored yet


@dataclass(frozen=True)
class Reply:
    """What the view must do after a call, in this order: the red bar, the screen, the rest."""

    # the red bar changed to this (NONE: hide it, and unmark the questions); None: unchanged
    save_problem: SaveProblem | None = None
    screen: Screen | None = None  # show this screen anew (STEP: the flow's current step)
    refused: bool = False  # stay: an answer on screen breaks a rule …
    problem: AnswerProblem | None = None  # … this one (None: a generic «cannot be accepted»)
    start_failed: bool = False  # the database was busy: nothing started, the start screen says so
    countdown: Idle | None = None  # COUNTDOWN_STARTED or COUNTING: «Are you still there?»
    exit: bool = False  # a named session is over: back to HR


NOTHING = Reply()


class KioskController:
    """One kiosk's respondent after respondent. `clock` is monotonic seconds (tests fake it)."""

    def __init__(
        self,
        database: Database,
        setup: KioskSetup,
        clock: Callable[[], float] = time.monotonic,
        default_language: str = "kk",
    ):
        self.database, self.setup, self.clock = database, setup, clock
        self.default_language = default_language
        # idle time, the "still there?" countdown and the heartbeat
        self.timer = SessionTimer(setup.idle_seconds, setup.countdown_seconds, clock)
        # seconds per screen, in memory only: the finish stores the flag «too fast», no time
        self.screens = ScreenClock()
        # writes the database has not taken yet, and answers the rules refused
        self.writes = PendingWrites(database.session)
        self.checkpoint_thread: threading.Thread | None = None
        self.finished_session: uuid.UUID | None = None  # the last one thanked for
        self.reset()

    # --- state ---------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to WELCOME with nothing of the previous respondent left."""
        self.state = Screen.WELCOME
        self.flow: KioskFlow | None = None
        self.session_id: uuid.UUID | None = None
        self.lang = self.default_language
        self.screens.clear()
        self.timer.stop_countdown()
        self.writes.clear()
        self.save_problem = SaveProblem.NONE
        self.demographics: dict[str, Any] = {}
        self.agrees: bool | None = None  # named: does he agree with all his results
        self._since: float | None = None  # when THANKS or NOTICE began

    @property
    def in_session(self) -> bool:
        """A respondent is at it: steps, his result or his card (the navigation shows)."""
        return self.flow is not None

    @property
    def result_shown(self) -> bool:
        return self.state in (Screen.RESULT, Screen.CARD)

    def step_shown(self) -> Step:
        """The view shows the flow's current step: its time on screen starts now."""
        step = self.flow.current
        self.screens.enter(len(step.item_ids) if step.kind == "items" else 0, self.clock())
        return step

    def touch(self) -> bool:
        """The respondent did something. True if that stopped the countdown."""
        return self.timer.touch()

    def seconds_left(self) -> int:
        return self.timer.seconds_left()

    # --- a session -----------------------------------------------------------------------------
    def start(self, lang: str) -> Reply:
        """A respondent chose a language on the start screen: open his session."""
        self.lang = lang
        s = self.setup
        self.flow = KioskFlow(
            instruments=s.instruments,
            excluded=s.excluded,
            demographics=s.demographics if s.employee_id is None else (),
            is_manager=s.employee_is_manager,
        )
        consent = date.today() if s.employee_id is not None else None
        try:
            with self.database.session() as session:
                sid = store.start_session(
                    session,
                    s.campaign_id,
                    lang,
                    [(i.id, i.version) for i in s.instruments],
                    employee_id=s.employee_id,
                    consent_on=consent,
                )
                if s.employee_id is not None:
                    store.set_demographics(
                        session, sid, store.Demographics(is_manager=s.employee_is_manager)
                    )
        except store.StorageUnavailable:  # nothing started: the start screen says so
            self.flow = None
            return Reply(start_failed=True)
        self.session_id = sid
        self.state = Screen.STEP
        self.timer.restart()
        self.demographics = {}
        self.timer.touch()
        return Reply(screen=Screen.STEP)

    def set_language(self, lang: str) -> Reply:
        """Switch at any moment: answers live in the flow and the database, nothing is lost."""
        self.lang = lang
        if self.flow is None:
            return NOTHING
        if self.result_shown:
            # the session is finished: nothing to store (setting its language would find it
            # closed and tell him so); the result and card pages translate their own texts
            return NOTHING
        try:
            with self.database.session() as session:
                store.set_language(session, self.session_id, lang)
        except store.SessionStateError:
            return self._closed_elsewhere()
        except store.StorageUnavailable:
            pass  # not an answer: the screen switches all the same
        return Reply(screen=Screen.STEP)

    def set_demographic(self, key: str, value: Any) -> Reply:
        """A demographic answer; the manager answer also changes which questions are asked
        (answers to questions it hides are deleted)."""
        self.demographics[key] = value
        reply = NOTHING
        if key == "is_manager":
            self.flow.is_manager = value
            for inst_id, item_id in self.flow.hidden_answers():
                reply = _later(reply, self.answer(inst_id, item_id, None, ""))
                if self.flow is None:  # closed elsewhere
                    return reply
        d = self.demographics
        demographics = store.Demographics(
            d.get("department"), d.get("tenure_band"), d.get("is_manager"), d.get("gender")
        )
        sid = self.session_id
        return _later(
            reply,
            self._store(
                ("demographics",),
                lambda session: store.set_demographics(session, sid, demographics),
            ),
        )

    def answer(self, inst_id: str, item_id: str, value: Any, own_text: str = "") -> Reply:
        """The answer goes on screen (the flow) and to the database; if the database does not
        take it, it stays on screen marked as not saved (the reply's save problem)."""
        self.flow.set_answer(inst_id, item_id, value, own_text)
        sid, stored = self.session_id, value if value not in (None, []) else None
        return self._store(
            ("answer", inst_id, item_id),
            lambda session: store.record_answer(session, sid, inst_id, item_id, stored, own_text),
        )

    def next(self) -> Reply:
        """The next screen, once everything is stored and no answer on screen breaks a rule."""
        if self.flow is None:
            return NOTHING
        ok, reply = self._flush()
        if not ok:
            return reply
        refused = self._refused()
        if refused is not None:
            return _later(reply, refused)
        if not self.flow.next():  # an answer on this screen breaks a rule: say which
            return _later(reply, Reply(refused=True, problem=self.flow.problems()[0]))
        return _later(reply, Reply(screen=Screen.STEP))

    def back(self) -> Reply:
        if self.flow is None or self.flow.position == 0:
            return NOTHING
        ok, reply = self._flush()
        if not ok:
            return reply
        self.flow.back()
        return _later(reply, Reply(screen=Screen.STEP))

    def go_to_item(self, inst_id: str, item_id: str) -> Reply:
        """From the review: the screen of an unanswered question."""
        self.flow.go_to_item(inst_id, item_id)
        return Reply(screen=Screen.STEP)

    def finish(self, save_card: Callable[[bool | None], Any] | None = None) -> Reply:
        """Finish on the review screen; on the result and card screens, «Done»
        (`save_card(agrees)` stores the card the view shows; it may raise StorageUnavailable)."""
        if self.result_shown:
            return self._leave_result(save_card)
        if self.flow is None:
            return NOTHING
        ok, reply = self._flush()
        if not ok:
            return reply
        refused = self._refused()
        if refused is not None:
            return _later(reply, refused)
        try:
            with self.database.session() as session:
                store.finish_session(
                    session,
                    self.session_id,
                    finish_instruments=True,
                    too_fast=self.screens.too_fast(
                        office.current(office.FAST_SECONDS_PER_ITEM), self.clock()
                    ),
                )
        except store.SessionStateError:
            return self._closed_elsewhere()
        except store.StorageUnavailable:  # still on the review screen: «Try again» or Finish
            return self._save_problem(SaveProblem.FINISH)
        self.save_problem = SaveProblem.NONE
        self.screens.clear()  # the flag is stored: the times are forgotten at once
        self._session_ended()
        if self.setup.employee_id is not None:
            self.state = Screen.RESULT  # named: he sees his own result and says if he agrees
            return Reply(screen=Screen.RESULT)
        return self._thank()

    def result_answers(self) -> dict[str, dict[str, Any]]:
        """The answers by instrument, for the result screen."""
        answers: dict[str, dict] = {}
        for (inst_id, item_id), value in self.flow.answers.items():
            answers.setdefault(inst_id, {})[item_id] = value
        return answers

    def agree(self, inst_id: str, agrees: bool | None, reason: str = "") -> Reply:
        """On the result screen: does he agree with this result (None: not said yet)."""
        if agrees is None:
            return NOTHING
        # the card records whether he agrees with all his results
        self.agrees = agrees if self.agrees is None else (self.agrees and agrees)
        sid = self.session_id
        return self._store(
            ("agreement", inst_id),
            lambda session: store.record_agreement(session, sid, inst_id, agrees, reason),
        )

    def retry(self, save_card: Callable[[bool | None], Any] | None = None) -> Reply:
        """«Try again» on the red bar: the writes still pending, or Finish again."""
        if self.save_problem is SaveProblem.FINISH:
            return self.finish(save_card)
        return self._flush()[1]

    def _leave_result(self, save_card: Callable[[bool | None], Any] | None) -> Reply:
        ok, reply = self._flush()
        if not ok:
            return reply
        if self.setup.personal_card and self.state is Screen.RESULT:
            self.state = Screen.CARD
            return _later(reply, Reply(screen=Screen.CARD))
        if self.state is Screen.CARD and save_card is not None:
            try:
                save_card(self.agrees)
            except store.StorageUnavailable:  # the card stays on screen: «Try again» or Done
                return _later(reply, self._save_problem(SaveProblem.FINISH))
        self.save_problem = SaveProblem.NONE
        return _later(reply, self._thank())

    def _thank(self) -> Reply:
        self.finished_session = self.session_id
        self.flow = None
        self.session_id = None
        self.state = Screen.THANKS
        self._since = self.clock()
        return Reply(screen=Screen.THANKS)

    def leave(self) -> None:
        """HR leaves kiosk mode: an unfinished session is closed as abandoned."""
        if self.session_id is not None and not self.result_shown:
            self._abandon()

    # --- the clock -----------------------------------------------------------------------------
    def tick(self, now: float | None = None) -> Reply:
        """Every second: the thanks and the notice end, the heartbeat, the idle countdown."""
        now = self.clock() if now is None else now
        if self.state is Screen.NOTICE:
            if now - self._since >= 3 * self.setup.thanks_seconds:
                self.reset()
                return Reply(screen=Screen.WELCOME)
            return NOTHING
        if self.state is Screen.THANKS:
            if now - self._since >= self.setup.thanks_seconds:
                if self.setup.employee_id is not None:
                    return Reply(exit=True)  # a named session is one sitting: back to HR
                self.reset()
                return Reply(screen=Screen.WELCOME)
            return NOTHING
        if self.flow is None:
            return NOTHING
        if self.timer.heartbeat_due(now) and self.session_id is not None and not self.result_shown:
            reply = self._heartbeat(now)
            if self.flow is None:  # closed elsewhere
                return reply
        idle = self.timer.idle(now)
        if idle is Idle.EXPIRED:
            self._abandon()
            self.reset()
            return Reply(screen=Screen.WELCOME)
        if idle in (Idle.COUNTDOWN_STARTED, Idle.COUNTING):
            return Reply(countdown=idle)
        return NOTHING

    def _heartbeat(self, now: float) -> Reply:
        """Tell other programs this session is alive (sessions.recover_interrupted)."""
        try:
            with self.database.session() as session:
                store.touch_session(session, self.session_id)
        except store.SessionStateError:
            return self._closed_elsewhere()
        except store.StorageUnavailable:  # busy: try again in a few seconds
            self.timer.beat_refused_busy(now)
            return NOTHING
        self.timer.beat_stored(now)
        return NOTHING

    def _abandon(self) -> None:
        """Close the open session as abandoned. If the database is busy it stays open and
        unrefreshed, and the next start-up anywhere closes it as stale."""
        if self.session_id is None:
            return
        try:
            with self.database.session() as session:
                store.abandon_session(session, self.session_id)
        except store.StorageUnavailable:
            return
        self._session_ended()

    # --- writing: nothing is shown as saved that is not stored ---------------------------------
    def _store(self, key: tuple, write: Callable[[Any], None]) -> Reply:
        """Queue `write(session)` under `key` (replacing an older write of the same thing) and
        write everything queued."""
        return self._shown(self.writes.put(key, write))[1]

    def _flush(self) -> tuple[bool, Reply]:
        """Write the queued writes; True when all are stored."""
        if not self.writes:
            return True, NOTHING  # nothing written: the heartbeat is not refreshed either
        return self._shown(self.writes.flush())

    def _shown(self, outcome: Flush) -> tuple[bool, Reply]:
        """On a busy database the rest stays queued and the red bar shows; on a session closed
        elsewhere the respondent is told."""
        if outcome is Flush.CLOSED:
            return False, self._closed_elsewhere()
        if outcome is Flush.BUSY:
            return False, self._save_problem(SaveProblem.ANSWER)
        self.timer.beat_stored()  # a stored write shows the session alive as well
        if self.save_problem is not SaveProblem.NONE:
            return True, self._save_problem(SaveProblem.NONE)
        return True, NOTHING

    def _save_problem(self, problem: SaveProblem) -> Reply:
        self.save_problem = problem
        return Reply(save_problem=problem)

    def _refused(self) -> Reply | None:
        """An answer on screen the rules did not let through: back to its question (if not on
        screen) with the flow's own message when it has one."""
        refused = self.writes.first_refused()
        if refused is None:
            return None
        _, inst_id, item_id = refused
        step = self.flow.current
        moved = (
            step.kind != "items" or step.instrument_id != inst_id or item_id not in step.item_ids
        )
        if moved:
            self.flow.go_to_item(inst_id, item_id)
        problems = self.flow.problems()
        return Reply(
            screen=Screen.STEP if moved else None,
            refused=True,
            problem=problems[0] if problems else None,
        )

    def _closed_elsewhere(self) -> Reply:
        """The session was closed by another program: say so, then back to the start."""
        self.flow = None
        self.session_id = None
        self.writes.clear()
        self.save_problem = SaveProblem.NONE
        self.timer.stop_countdown()
        self.state = Screen.NOTICE
        self._since = self.clock()
        return Reply(screen=Screen.NOTICE)

    def _session_ended(self) -> None:
        """Off the caller's thread: empty the SQLite write-ahead log, which would otherwise keep
        the order in which the last sessions were written (PRODUCT.md §8)."""
        database = self.database

        def run() -> None:
            try:
                checkpoint_wal(database.engine, wait_ms=1000)
            except Exception:  # a later session's end tries again
                pass

        # not a daemon: the program waits for it at exit (at most about a second) rather than
        # tear SQLite down under it
        self.checkpoint_thread = threading.Thread(target=run, name="wal-checkpoint")
        self.checkpoint_thread.start()


def _later(first: Reply, then: Reply) -> Reply:
    """Two replies in order as one: the later one's fields win where it sets them."""
    return Reply(
        save_problem=then.save_problem if then.save_problem is not None else first.save_problem,
        screen=then.screen if then.screen is not None else first.screen,
        refused=then.refused or first.refused,
        problem=then.problem if then.refused else first.problem,
        start_failed=then.start_failed or first.start_failed,
        countdown=then.countdown or first.countdown,
        exit=then.exit or first.exit,
    )

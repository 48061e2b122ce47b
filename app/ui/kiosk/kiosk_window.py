"""Kiosk mode: a full-screen survey station that respondents use one after another.

A thin view: every decision (which screen comes next, what an answer may be, what is stored
and when, the idle countdown, the heartbeat, a session closed elsewhere) is made by
`KioskController` (app/services/kiosk_controller.py, Qt-free and tested without a window).
This window builds the widgets, forwards clicks, keys and its one-second tick to the controller,
and renders the `Reply` it gets back: a screen to show anew, the red bar «not saved yet» (the
questions whose answers the database has not taken are framed in red, with «Try again»), the
rule an answer breaks, the «Are you still there?» countdown. After a reset nothing of the
previous respondent exists in the window: the flow and all question widgets are discarded.

Within a session, moving from one screen of questions to the next refills the same page instead
of building a new one (ItemsPage.show_step); the answer is still committed before that.
Buttons keep their rendered looks (kiosk_button.KioskButton), and the scroll areas of the
question screens do not fill their backgrounds (pages.transparent_scroll_area): under the style
sheet both were painted from scratch, at a cost, on every repaint.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.data.auth import Throttle
from app.data.store import Database
from app.scoring import office
from app.scoring.definitions import Instrument
from app.scoring.flow import KioskFlow, Step
from app.services.kiosk_controller import KioskController, KioskSetup, Reply, Screen
from app.services.kiosk_session import Idle, PendingWrites, ScreenClock, SessionTimer
from app.ui.i18n import LanguageManager
from app.ui.kiosk.bars import IdleBar, SaveProblemBar
from app.ui.kiosk.hold_button import HoldButton
from app.ui.kiosk.kiosk_button import KioskButton
from app.ui.kiosk.kiosk_style import BASE_HEIGHT, kiosk_scale, kiosk_style, palette
from app.ui.kiosk.pages import (
    DemographicsPage,
    IntroPage,
    ItemsPage,
    NoticePage,
    ReviewPage,
    StartPage,
    ThanksPage,
)
from app.ui.kiosk.pin_dialog import PinDialog
from app.ui.kiosk.result_page import ResultPage

__all__ = ["KioskSetup", "KioskWindow", "campaign_setup", "kiosk_scale", "kiosk_style"]


class KioskWindow(QWidget):
    session_finished = Signal(object)  # session id
    exit_requested = Signal()

    def __init__(
        self,
        database: Database,
        languages: LanguageManager,
        setup: KioskSetup,
        clock: Callable[[], float] = time.monotonic,
        default_language: str = "kk",
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk_window")
        self.scale = kiosk_scale(BASE_HEIGHT)
        self.high_contrast = (
            office.current(office.KIOSK_HIGH_CONTRAST) > 0
            if setup.high_contrast is None
            else setup.high_contrast
        )
        self.setStyleSheet(kiosk_style(self.scale, self.high_contrast))
        self.database = database
        self.languages = languages
        self.setup = setup
        self.clock = clock
        self.default_language = default_language
        self.throttle = Throttle()
        # every decision of the kiosk (Qt-free, tested without a window); this window renders
        # what it replies
        self.controller = KioskController(database, setup, clock, default_language)
        self.current_page: QWidget | None = None
        self.card_page = None
        self._build()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.idle_tick)
        self.tick_timer.start()
        self.installEventFilter(self)
        self.reset()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.lang_kk_button = KioskButton("Қазақша")
        self.lang_kk_button.setObjectName("kiosk_lang_kk")
        self.lang_ru_button = KioskButton("Русский")
        self.lang_ru_button.setObjectName("kiosk_lang_ru")
        for button in (self.lang_kk_button, self.lang_ru_button):
            button.setCheckable(True)
        self.lang_kk_button.clicked.connect(lambda: self.switch_language("kk"))
        self.lang_ru_button.clicked.connect(lambda: self.switch_language("ru"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("kiosk_progress")
        self.progress_bar.setTextVisible(False)
        # HR's way out: a small unlabelled control in the corner, not a wide button a
        # respondent reads on every screen; only a long press opens the PIN pad (hold_button).
        self.exit_button = HoldButton("⋮")
        self.exit_button.setObjectName("kiosk_exit")
        self.exit_button.setFixedSize(48, 48)
        colours = palette(self.high_contrast)
        self.exit_button.set_colors(colours["exit_glyph"], colours["title"], colours["focus"])
        # after the press handler has returned: the PIN pad runs an event loop of its own
        self.exit_button.held.connect(lambda: QTimer.singleShot(0, self.ask_exit))
        top = QHBoxLayout()
        top.addWidget(self.lang_kk_button)
        top.addWidget(self.lang_ru_button)
        top.addWidget(self.progress_bar, 1)
        top.addWidget(self.exit_button)
        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.start_page.setObjectName("kiosk_start_page")
        self.start_page.language_chosen.connect(self.start)
        self.thanks_page = ThanksPage()
        self.thanks_page.setObjectName("kiosk_thanks_page")
        self.notice_page = NoticePage()
        self.notice_page.setObjectName("kiosk_notice_page")
        self.notice_page.restart_requested.connect(self.reset)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.thanks_page)
        self.stack.addWidget(self.notice_page)
        self.message_label = QLabel()
        self.message_label.setObjectName("kiosk_message")
        self.message_label.setWordWrap(True)
        self.idle_bar = IdleBar(self.still_here)
        self.save_bar = SaveProblemBar(self.retry_saving)
        self.back_button = KioskButton()
        self.back_button.setObjectName("kiosk_back")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = KioskButton()
        self.next_button.setObjectName("kiosk_next")
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = KioskButton()
        self.finish_button.setObjectName("kiosk_finish")
        self.finish_button.clicked.connect(self.finish)
        for b in (self.back_button, self.next_button, self.finish_button):
            b.setMinimumWidth(200)  # heights: the style sheet (scaled)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        self._outer_layout = layout
        self._scale_margins()
        layout.addLayout(top)
        layout.addWidget(self.idle_bar)
        layout.addWidget(self.save_bar)
        # The screens take the height the window has; they never make the window taller than
        # the screen (which would also keep it at the scale of a larger one after a resize).
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.exit_button.setToolTip(self.tr("Exit (HR): press and hold"))
        self.exit_button.setAccessibleName(self.tr("Exit (HR)"))
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.finish_button.setText(self.tr("Finish"))
        self.idle_bar.retranslate_ui()
        self.save_bar.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Type and touch targets follow the screen: re-styled only when the scale changes."""
        scale = kiosk_scale(event.size().height())
        if scale != self.scale:
            self.scale = scale
            self.setStyleSheet(kiosk_style(scale, self.high_contrast))
            self._scale_margins()
            if isinstance(self.current_page, ItemsPage):
                self.current_page.set_scale(scale)
        super().resizeEvent(event)

    def _scale_margins(self) -> None:
        side, top = round(40 * self.scale), round(16 * self.scale)
        self._outer_layout.setContentsMargins(side, top, side, top)

    # --- what the controller holds, by the names the window has always had --------------------
    @property
    def flow(self) -> KioskFlow | None:
        return self.controller.flow

    @property
    def session_id(self) -> uuid.UUID | None:
        return self.controller.session_id

    @property
    def lang(self) -> str:
        return self.controller.lang

    @property
    def writes(self) -> PendingWrites:
        return self.controller.writes

    @property
    def timer(self) -> SessionTimer:
        return self.controller.timer

    @property
    def screens(self) -> ScreenClock:
        return self.controller.screens

    @property
    def checkpoint_thread(self) -> threading.Thread | None:
        return self.controller.checkpoint_thread

    @property
    def _save_problem(self) -> str:  # "", "answer" or "finish": what the red bar says
        return self.controller.save_problem.value

    @property
    def _result_shown(self) -> bool:
        return self.controller.result_shown

    # --- rendering what the controller replies ---------------------------------------------------
    def _render(self, reply: Reply) -> None:
        if reply.save_problem is not None:
            self._show_save_problem()
        if reply.screen is not None:
            self._show_screen(reply.screen)
        if reply.refused:
            self.message_label.setText(
                self._problem_text(reply.problem)
                if reply.problem is not None
                else self.tr("This answer cannot be accepted as it is. Please change it.")
            )
        if reply.start_failed:
            self.start_page.set_problem(
                self.tr(
                    "The survey could not be started: the database is busy. Please try again in a "
                    "moment."
                )
            )
        if reply.countdown is Idle.COUNTDOWN_STARTED:
            self._update_chrome()
        if reply.countdown is not None:
            self.idle_bar.show_seconds(self.seconds_left())
        if reply.exit:
            self._unlocked = True  # a named session is one sitting: back to HR
            self.exit_requested.emit()

    def _show_screen(self, screen: Screen) -> None:
        if screen is Screen.WELCOME:
            self._show_start()
        elif screen is Screen.STEP:
            self.show_step()
        elif screen is Screen.RESULT:
            self._show_result()
        elif screen is Screen.CARD:
            self._show_card_page()
        elif screen is Screen.THANKS:
            self._show_thanks()
        else:
            self._show_notice()

    # --- session life cycle -----------------------------------------------------------------
    def reset(self) -> None:
        """Back to the start screen with nothing of the previous respondent left."""
        self.controller.reset()
        self._show_start()

    def _show_start(self) -> None:
        self.save_bar.show_problem("")
        self.card_page = None
        self._drop_dynamic_pages()
        self.languages.set_language(self.lang)
        if self.setup.employee_name:
            self.start_page.set_named(self.setup.employee_name)
        self.stack.setCurrentWidget(self.start_page)
        self.message_label.clear()
        self._update_chrome()

    def _drop_dynamic_pages(self) -> None:
        self.current_page = None
        for index in reversed(range(self.stack.count())):
            page = self.stack.widget(index)
            if page not in (self.start_page, self.thanks_page, self.notice_page):
                self.stack.removeWidget(page)
                # Detach at once: a deferred delete alone would leave the previous respondent's
                # answers reachable as children of the window until the event loop runs.
                page.setParent(None)
                page.deleteLater()

    def start(self, lang: str) -> None:
        reply = self.controller.start(lang)
        self.languages.set_language(lang)
        if not reply.start_failed:
            self.start_page.set_problem("")
            self._touch()
        self._render(reply)

    def show_step(self) -> None:
        """Show the current screen of the flow, in the current language.

        From one screen of questions to the next the items page stays and is refilled; any
        other screen, and any screen after a language switch, is built anew."""
        step = self.controller.step_shown()
        page = self.current_page
        if (
            step.kind == "items"
            and isinstance(page, ItemsPage)
            and page.lang == self.lang
            and self.stack.currentWidget() is page
        ):
            focused = QApplication.focusWidget()
            if focused is not None and page.isAncestorOf(focused):
                # The control stays but shows another question: it must not keep the focus frame
                # (a fresh question would look answered). Keys then go to the window.
                focused.clearFocus()
            page.show_step(self.flow, step, self.lang)
            if self.writes or self._save_problem:
                self._mark_unsaved()
            self.message_label.clear()
            self._update_chrome(step)
            return
        self._drop_dynamic_pages()
        if step.kind == "demographics":
            names = [
                (d, kk if self.lang == "kk" and kk else ru) for d, ru, kk in self.setup.departments
            ]
            page = DemographicsPage(self.flow.demographics, names)
            for key, value in self.controller.demographics.items():
                page.rows[key].set_value(value)
            page.changed.connect(self._on_demographic_changed)
        elif step.kind == "intro":
            inst = self.flow.instrument(step.instrument_id)
            page = IntroPage(inst.title.get(self.lang), inst.instructions.get(self.lang))
        elif step.kind == "items":
            page = ItemsPage(self.flow, step, self.lang)
            page.set_scale(self.scale)
            page.answer_changed.connect(self._on_answer_changed)
        else:
            page = ReviewPage(self.flow, self.lang)
            page.item_requested.connect(self._on_review_item_requested)
        page.setObjectName(f"kiosk_{step.kind}_page")
        self.current_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        # A new screen starts with no control focused (the window takes the keys): Qt would
        # otherwise hand the focus to the first button, which then looks chosen.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.writes:
            self._mark_unsaved()
        self.message_label.clear()
        self._update_chrome(step)

    def _update_chrome(self, step: Step | None = None) -> None:
        """Buttons and progress bar for the screen shown; `step` is the flow's current one when
        the caller has it (the flow recomputes its steps on every question)."""
        self.lang_kk_button.setChecked(self.lang == "kk")
        self.lang_ru_button.setChecked(self.lang == "ru")
        active = self.controller.in_session
        if active and step is None:
            step = self.flow.current
        on_review = active and (self._result_shown or step.kind == "review")
        self.back_button.setVisible(active and self.flow.position > 0 and not self._result_shown)
        self.finish_button.setText(self.tr("Done") if self._result_shown else self.tr("Finish"))
        self.next_button.setVisible(active and not on_review)
        self.finish_button.setVisible(on_review)
        self.progress_bar.setVisible(active)
        if active:
            done, total = self.flow.progress()
            # QProgressBar.setValue() repaints the bar at once; with updates off for the moment
            # the change is painted with the rest of the screen instead of on its own first.
            self.progress_bar.setUpdatesEnabled(False)
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            self.progress_bar.setUpdatesEnabled(True)
        self.idle_bar.setVisible(self.timer.counting)
        self.save_bar.show_problem(self._save_problem)

    def _on_demographic_changed(self, key: str, value) -> None:
        self._touch()
        self._render(self.controller.set_demographic(key, value))

    def _on_answer_changed(self, item_id: str, value, own_text: str) -> None:
        self._touch()
        # The instrument of the questions on screen: the page knows it, the flow would
        # recompute all its steps to tell.
        self._render(
            self.controller.answer(self.current_page.instrument_id, item_id, value, own_text)
        )
        self.message_label.clear()

    # --- writing: nothing is shown as saved that is not stored ---------------------------------
    def retry_saving(self) -> None:
        """«Try again» on the red bar: the writes still pending, or Finish again."""
        self._touch()
        self._render(self.controller.retry(self._save_card))

    def _show_save_problem(self) -> None:
        self.save_bar.show_problem(self._save_problem)
        self._mark_unsaved()

    def _mark_unsaved(self) -> None:
        page = self.current_page
        if isinstance(page, ItemsPage):
            page.mark_unsaved(self.writes.unsaved_items(page.instrument_id))

    def _show_notice(self) -> None:
        """The session was closed by another program: say so, then back to the start."""
        self._drop_dynamic_pages()
        self.card_page = None
        self.stack.setCurrentWidget(self.notice_page)
        self.message_label.clear()
        self._update_chrome()

    def go_next(self) -> None:
        self._render(self.controller.next())

    def _problem_text(self, problem) -> str:
        n = problem.expected
        if problem.problem == "too_few_choices":
            return self.tr("Please choose at least %n option(s) here.", "", n)
        if problem.problem == "too_many_choices":
            return self.tr("Please choose no more than %n option(s) here.", "", n)
        return self.tr("The points must add up to %n.", "", n)

    def go_back(self) -> None:
        self._render(self.controller.back())

    def _on_review_item_requested(self, inst_id: str, item_id: str) -> None:
        self._render(self.controller.go_to_item(inst_id, item_id))

    def finish(self) -> None:
        self._render(self.controller.finish(self._save_card))

    def _save_card(self, agrees: bool | None) -> None:
        """Into the employee's draft personal card: the card page shown stores itself."""
        self.card_page.save(agrees)
        self.card_page = None

    def _show_result(self) -> None:
        """Named session: the employee sees his own result and says whether he agrees."""
        self._drop_dynamic_pages()
        page = ResultPage(
            self.flow.instruments,
            self.controller.result_answers(),
            self.lang,
            translate=QCoreApplication.translate,
        )
        page.setObjectName("kiosk_result_page")
        page.agreement_changed.connect(self._on_agreement_changed)
        self.current_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_chrome()

    def _on_agreement_changed(self, inst_id: str, agrees, reason: str) -> None:
        self._touch()
        self._render(self.controller.agree(inst_id, agrees, reason))

    def _show_card_page(self) -> None:
        from app.ui.kiosk.card_page import PersonalCardPage

        page = PersonalCardPage(self.database, self.setup.employee_id, self.lang)
        self._drop_dynamic_pages()
        self.card_page = page
        self.current_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_chrome()

    def _show_thanks(self) -> None:
        self._drop_dynamic_pages()
        self.card_page = None
        self.stack.setCurrentWidget(self.thanks_page)
        self._update_chrome()
        self.session_finished.emit(self.controller.finished_session)

    def switch_language(self, lang: str) -> None:
        """Switch at any moment: answers live in the flow and the database, nothing is lost."""
        self._touch()
        reply = self.controller.set_language(lang)
        self.languages.set_language(lang)
        self._render(reply)
        if self._result_shown:
            if isinstance(self.current_page, ResultPage):
                self.current_page.set_language(lang)  # its words come from the files
            self._update_chrome()  # the result or card page stays: its language buttons

    # --- idle handling, keyboard, exit ----------------------------------------------------------
    def _touch(self) -> None:
        if self.controller.touch():  # the countdown was showing
            self._update_chrome()

    def still_here(self) -> None:
        self._touch()

    def idle_tick(self) -> None:
        """Called every second by a timer (tests call it directly with a fake clock)."""
        self._render(self.controller.tick())

    def seconds_left(self) -> int:
        return self.controller.seconds_left()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            self._touch()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        self._touch()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.flow is not None and self.flow.current.kind == "review":
                self.finish()
            else:
                self.go_next()
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and self.flow is not None:
            page = getattr(self, "current_page", None)
            if isinstance(page, ItemsPage) and page.choose_by_number(key - Qt.Key.Key_0):
                return
        if key == Qt.Key.Key_Escape:
            return  # Escape must not leave kiosk mode
        super().keyPressEvent(event)

    def ask_exit(self) -> bool:
        """Leave kiosk mode with the PIN; an unfinished session is closed as abandoned."""
        if self.setup.pin_check is None:
            # A named session is supervised by HR at the desk: a confirmation is enough.
            answer = QMessageBox.question(
                self,
                self.tr("Leave"),
                self.tr(
                    "End this session? The answers given so far are kept apart and will not be "
                    "counted in the results."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        else:
            dialog = PinDialog(
                self.setup.pin_check,
                self.throttle,
                self.clock,
                self,
                scale=self.scale,
                high_contrast=self.high_contrast,
            )
            if dialog.exec() != PinDialog.DialogCode.Accepted:
                return False
        self.controller.leave()
        self._unlocked = True
        self.exit_requested.emit()
        return True

    def closeEvent(self, event) -> None:
        if getattr(self, "_unlocked", False):
            self.tick_timer.stop()
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4 and the like do not end kiosk mode


def campaign_setup(
    database: Database, campaign_id: int, library: dict[str, Instrument], idle_seconds: int = 90
) -> KioskSetup:
    """Build the kiosk set-up of an open campaign (app/services/kiosk_setup.py)."""
    from app.services import kiosk_setup

    with database.session() as session:
        return kiosk_setup.campaign_setup(session, campaign_id, library, idle_seconds)

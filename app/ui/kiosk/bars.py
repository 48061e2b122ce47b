"""The kiosk's two message bars above the questions: «Are you still there?» with its countdown,
and the red bar that says an answer is not stored yet. The window decides when each shows
(from the kiosk controller's replies); a bar only words its state and hands on its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.ui.kiosk.kiosk_button import KioskButton


class IdleBar(QWidget):
    """The countdown before an idle session is closed, and «I am still here»."""

    def __init__(self, on_continue: Callable[[], None], parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk_idle_overlay")
        self.seconds = 0
        self.label = QLabel()
        self.label.setObjectName("kiosk_idle_message")
        self.label.setWordWrap(True)
        self.button = KioskButton()
        self.button.setObjectName("kiosk_idle_continue")
        self.button.clicked.connect(on_continue)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def show_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.label.setText(
            self.tr(
                "Are you still there? This questionnaire will close in %1 s; the answers given so "
                "far will be kept apart and will not be counted in the results."
            ).replace("%1", str(seconds))
        )

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("I am still here"))
        self.show_seconds(self.seconds)


class SaveProblemBar(QWidget):
    """Red: the last answer (or the finish) is not stored yet; nothing is lost, «Try again»."""

    def __init__(self, on_retry: Callable[[], None], parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk_save_problem")
        self.problem = ""  # "", "answer" or "finish"
        self.label = QLabel()
        self.label.setObjectName("kiosk_save_message")
        self.label.setWordWrap(True)
        self.button = KioskButton()
        self.button.setObjectName("kiosk_save_retry")
        self.button.setMinimumWidth(200)
        self.button.clicked.connect(on_retry)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)
        self.retranslate_ui()

    def show_problem(self, problem: str) -> None:
        """Shown while there is a problem, worded by it; hidden when there is none."""
        self.problem = problem
        if problem == "finish":
            self.label.setText(
                self.tr(
                    "Your answers have not been submitted yet: the database is busy. Nothing is "
                    "lost. Please tap «Try again»; if this repeats, call the HR staff."
                )
            )
        elif problem:
            self.label.setText(
                self.tr(
                    "Your last answer has NOT been saved yet: the database is busy. It stays on "
                    "the screen (marked in red). Please tap «Try again»; if this repeats, call the "
                    "HR staff."
                )
            )
        self.setVisible(bool(problem))

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Try again"))
        if self.problem:
            self.show_problem(self.problem)

"""Leaving kiosk mode: the campaign's HR PIN, with throttling after wrong tries.

A kiosk may have a touch screen and no keyboard, so the dialog has its own keypad (digits,
erase, OK) with large buttons; a keyboard still types into the field and Enter confirms."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.data.auth import Throttle
from app.ui.kiosk.kiosk_style import palette

PIN_STYLE = """
QDialog#kiosk_pin_dialog {{ background: {window}; }}
QLabel, QLineEdit {{ font-size: {text}px; }}
QLineEdit#kiosk_pin_edit {{ font-size: {digits}px; min-height: {key}px; }}
QLabel#kiosk_pin_message {{ color: {error}; }}
QPushButton {{ font-size: {digits}px; min-width: {key}px; min-height: {key}px; }}
QPushButton:focus {{ border: 3px dashed {focus}; }}
"""
# the kiosk's high-contrast palette (kiosk_style.HIGH_CONTRAST): white on black
PIN_HIGH_CONTRAST = """
QLabel {{ color: {text}; }}
QLineEdit {{ color: {text}; background: {window}; border: 2px solid {text}; }}
QPushButton {{ color: {text}; background: {window}; border: 2px solid {text}; border-radius: 6px; }}
"""


class PinDialog(QDialog):
    def __init__(
        self,
        check: Callable[[str], bool],
        throttle: Throttle,
        clock: Callable[[], float],
        parent=None,
        scale: float = 1.0,
        high_contrast: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk_pin_dialog")
        colours = palette(high_contrast)
        style = PIN_STYLE.format(
            text=round(24 * scale),
            digits=round(30 * scale),
            key=max(56, round(80 * scale)),
            window=colours["window"],
            error=colours["error"],
            focus=colours["focus"],
        )
        if high_contrast:
            style = PIN_HIGH_CONTRAST.format(**colours) + style
        self.setStyleSheet(style)
        self._check = check
        self._throttle = throttle
        self._clock = clock
        self.prompt_label = QLabel()
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("kiosk_pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.returnPressed.connect(self.try_pin)
        self.message_label = QLabel()
        self.message_label.setObjectName("kiosk_pin_message")
        self.message_label.setWordWrap(True)
        keypad = QGridLayout()
        keypad.setSpacing(10)
        self.digit_buttons: list[QPushButton] = []
        for digit in range(10):
            button = QPushButton(str(digit))
            button.setObjectName(f"kiosk_pin_digit_{digit}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=digit: self._type(str(d)))
            self.digit_buttons.append(button)
            row, column = ((digit - 1) // 3, (digit - 1) % 3) if digit else (3, 1)
            keypad.addWidget(button, row, column)
        self.erase_button = QPushButton("⌫")
        self.erase_button.setObjectName("kiosk_pin_erase")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.pin_edit.backspace)
        keypad.addWidget(self.erase_button, 3, 0)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("kiosk_pin_ok")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.try_pin)
        keypad.addWidget(self.ok_button, 3, 2)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("kiosk_pin_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        keypad.addWidget(self.cancel_button, 4, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(keypad)
        self.retranslate_ui()
        self._show_wait()
        self.pin_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.prompt_label.setText(self.tr("HR officer's PIN:"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.erase_button.setToolTip(self.tr("Erase"))

    def _type(self, digit: str) -> None:
        self.pin_edit.insert(digit)  # the field's length limit applies

    def _show_wait(self) -> bool:
        wait = self._throttle.wait_seconds(self._clock())
        if wait > 0:
            self.message_label.setText(
                self.tr("Too many wrong PINs. Try again in %1 s.").replace(
                    "%1", str(math.ceil(wait))
                )
            )
            return True
        return False

    def try_pin(self) -> bool:
        if self._show_wait():
            self.pin_edit.clear()
            return False
        if self._check(self.pin_edit.text()):
            self._throttle.record_success()
            self.accept()
            return True
        self._throttle.record_failure(self._clock())
        self.pin_edit.clear()
        if not self._show_wait():
            self.message_label.setText(self.tr("Wrong PIN."))
        return False

"""Leaving kiosk mode: the campaign's HR PIN, with throttling after wrong tries."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from app.models.auth import Throttle


class PinDialog(QDialog):
    def __init__(self, check: Callable[[str], bool], throttle: Throttle,
                 clock: Callable[[], float], parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk_pin_dialog")
        self._check = check
        self._throttle = throttle
        self._clock = clock
        self.prompt_label = QLabel()
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("kiosk_pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.message_label = QLabel()
        self.message_label.setObjectName("kiosk_pin_message")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("kiosk_pin_ok")
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._show_wait()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.prompt_label.setText(self.tr("HR officer's PIN:"))

    def _show_wait(self) -> bool:
        wait = self._throttle.wait_seconds(self._clock())
        if wait > 0:
            self.message_label.setText(self.tr("Too many wrong PINs. Try again in %1 s.")
                                       .replace("%1", str(math.ceil(wait))))
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

"""HR's way out of the kiosk: a small unlabelled corner control that acts only on a long press.

A respondent who taps it by chance sees nothing happen: no pressed look, and the progress ring
appears only once the press has lasted `SHOW_AFTER_MS`. Held for `hold_ms` (1.5 s) it emits
`held` once (the window then opens the PIN pad); released earlier, nothing. The keyboard does
the same with Space held down (auto-repeat ignored), so the focus order still reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPushButton

HOLD_MS = 1500
SHOW_AFTER_MS = 250  # a tap is shorter: it shows nothing
TICK_MS = 30


class HoldButton(QPushButton):
    held = Signal()

    def __init__(self, text: str = "⋮", parent=None, hold_ms: int = HOLD_MS):
        super().__init__(text, parent)
        self.hold_ms = hold_ms
        self.glyph_color = QColor("#9aa8ba")
        self.ring_color = QColor("#1f3550")
        self.focus_color = QColor("#1f3550")
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.progress = 0.0  # 0..1 of the hold shown (0 until SHOW_AFTER_MS)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_colors(self, glyph: str, ring: str, focus: str) -> None:
        self.glyph_color, self.ring_color = QColor(glyph), QColor(ring)
        self.focus_color = QColor(focus)
        self.update()

    def holding(self) -> bool:
        return self._timer.isActive()

    # --- press and release: never QPushButton's, so no pressed look and no clicked() ------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._cancel()
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.rect().contains(event.position().toPoint()):
            self._cancel()  # slid off: not a deliberate hold
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._begin()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._cancel()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._cancel()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._cancel()
        super().hideEvent(event)

    def _begin(self) -> None:
        self._clock.start()
        self.progress = 0.0
        self._timer.start()

    def _cancel(self) -> None:
        self._timer.stop()
        if self.progress:
            self.progress = 0.0
            self.update()

    def _tick(self) -> None:
        elapsed = self._clock.elapsed()
        if elapsed >= self.hold_ms:
            self._cancel()  # before the PIN pad opens its own event loop
            self.held.emit()
            return
        shown = elapsed / self.hold_ms if elapsed >= SHOW_AFTER_MS else 0.0
        if shown != self.progress:
            self.progress = shown
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.glyph_color)
        font = painter.font()
        font.setPixelSize(max(12, round(self.height() * 0.55)))
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        inner = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self.progress > 0:
            painter.setPen(QPen(self.ring_color, 4))
            painter.drawArc(inner, 90 * 16, -round(360 * 16 * self.progress))
        if self.hasFocus():
            pen = QPen(self.focus_color, 3, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()

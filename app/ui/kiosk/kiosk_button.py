"""A push button that keeps its last few rendered looks.

Under a style sheet Qt draws a QPushButton from scratch on every paint (the pixmap cache that
Fusion keeps for plain buttons does not take effect): 0.1-0.3 ms a button, and a block of rating
rows shows some fifty. The kiosk repaints the same buttons again and again (a rating button
keeps its text from one question to the next), so each button renders its look once per state
into a pixmap, with the same style call as QPushButton.paintEvent, and afterwards only copies
it; the result is pixel for pixel the same. The pixmaps belong to the button and go with it;
they are dropped whenever a change reaches `changeEvent` (style, font, palette, activation...).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

# Looks kept per button: plain, checked, focused and pressed cover a kiosk button's life; an
# option button that shows another question's text renders afresh.
_KEPT = 4


class KioskButton(QPushButton):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._looks: dict[tuple, QPixmap] = {}
        # A tap does not take the focus: the focus frame shows only when moving with Tab, so a
        # button never looks chosen because it was the last one touched.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if not option.icon.isNull() or self.menu() is not None:
            super().paintEvent(event)  # not used in the kiosk: no need to key icons and menus
            return
        ratio = self.devicePixelRatio()
        key = (
            option.rect.width(),
            option.rect.height(),
            ratio,
            option.state.value,
            option.features.value,
            option.text,
        )
        look = self._looks.pop(key, None)  # popped and put back: the dict keeps recent last
        if look is None:
            look = QPixmap(option.rect.size() * ratio)
            look.setDevicePixelRatio(ratio)
            look.fill(Qt.GlobalColor.transparent)
            painter = QStylePainter(look, self)
            painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
            painter.end()
            if len(self._looks) >= _KEPT:
                del self._looks[next(iter(self._looks))]
        self._looks[key] = look
        painter = QPainter(self)
        painter.drawPixmap(0, 0, look)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Style, font, palette, activation, direction...: whatever it is, render anew.
        self._looks = {}
        super().changeEvent(event)

"""One application style: readable type, calm colours, clear focus (set once at start-up)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QListWidget#navigation { font-size: 15px; border: none; background: #eef2f6; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2f6db5; color: white; }
QLabel#page_title { font-size: 22px; font-weight: 600; padding: 4px 0 10px 0; }
QLabel#section_title { font-size: 15px; font-weight: 600; padding-top: 8px; }
QLabel#empty_state_title { font-size: 20px; font-weight: 600; color: #2b3a4a; }
QPushButton#empty_state_action { font-size: 14px; padding: 8px 18px; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)

"""Base of the main window's pages: a content view or an empty state that says what to do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext


class EmptyStateWidget(QWidget):
    action_clicked = Signal()
    demo_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.title_label = QLabel()
        self.title_label.setObjectName("empty_state_title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(560)
        self.action_button = QPushButton()
        self.action_button.setObjectName("empty_state_action")
        self.action_button.clicked.connect(self.action_clicked)
        # a second way out of an empty page (the demo database), hidden unless a page shows it
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("empty_state_demo")
        self.demo_button.clicked.connect(self.demo_clicked)
        self.demo_button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label)
        row.addStretch(1)
        layout.addLayout(row)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.action_button)
        button_row.addWidget(self.demo_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(2)

    def set_texts(self, title: str, text: str, action: str = "") -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))


class Page(QWidget):
    """Subclasses build `content`, fill it in `refresh()` and put texts in `retranslate_ui()`."""

    demo_requested = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.stack = QStackedWidget()
        self.empty_state = EmptyStateWidget()
        self.empty_state.action_clicked.connect(self._on_empty_action)
        self.empty_state.demo_clicked.connect(self.demo_requested)
        self.content = QWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.empty_state)
        self.title_label = QLabel()
        self.title_label.setObjectName("page_title")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)

    @property
    def empty_demo_button(self):
        """The empty state's "Open the demo database" button (hidden unless a page shows it)."""
        return self.empty_state.demo_button

    def show_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty_state if empty else self.content)

    def is_empty_shown(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def _on_empty_action(self) -> None:
        self.demo_requested.emit()

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

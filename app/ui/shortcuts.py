"""Keyboard shortcuts of the pages' toolbar buttons, and tooltips that name them (issue 22.5).

A page binds each toolbar button to a key once (`bind`) and sets its tooltip through `tip`, which
adds the key in the platform's own words ("Ctrl+N", "⌘N"), so a tooltip can never name a key the
button does not have. QAbstractButton.setText() replaces the shortcut with the text's mnemonic
(none for our texts), so `tip` — called after the text, on every language change — binds the key
again. A button's shortcut only fires while the button is visible and enabled, so
pages (and the analysis page's sections) may reuse a key: only the page on screen answers it.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton

TOOLBAR = "toolbar_action"  # property holding a bound button's key, so a test can find every one


def bind(button: QAbstractButton, key: QKeySequence.StandardKey | str) -> None:
    sequence = QKeySequence(key)
    button.setProperty(TOOLBAR, sequence.toString(QKeySequence.SequenceFormat.PortableText))
    button.setShortcut(sequence)


def key_text(button: QAbstractButton) -> str:
    return button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def tip(button: QAbstractButton, text: str) -> None:
    bound = button.property(TOOLBAR)
    if bound:
        button.setShortcut(QKeySequence(bound, QKeySequence.SequenceFormat.PortableText))
    key = key_text(button)
    button.setToolTip(f"{text} ({key})" if key else text)

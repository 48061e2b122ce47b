"""Qt-free translation markers for core strings.

`pyside6-lupdate` extracts `QT_TRANSLATE_NOOP("Context", "text")` by name, so core modules can
mark strings without importing Qt; the UI or a report's `translate` callable translates them later.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    return text

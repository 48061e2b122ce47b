"""Every user preference and remembered UI state, declared in one place (QSettings storage).

Office-wide settings that belong to the data (anonymity threshold, idle times) live in the
database (`app.models.users.Setting`, read through `app.data.office_settings`), not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any
    persist: bool = False  # remembered UI state rather than a user choice


LANGUAGE = Key("ui/language", str, "ru")
WINDOW_GEOMETRY = Key("state/main_window_geometry", bytes, b"", persist=True)

ALL_KEYS = (LANGUAGE, WINDOW_GEOMETRY)


class Settings:
    """Typed access to QSettings; pass an instance in, never reach for a global."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings()
        self._migrate()

    def _migrate(self) -> None:
        version = int(self._q.value("settings_version", 0))
        if version < SETTINGS_VERSION:
            # Version 1 is the first layout; later versions rename or convert keys here.
            self._q.setValue("settings_version", SETTINGS_VERSION)

    def get(self, key: Key) -> Any:
        value = self._q.value(key.name, key.default)
        if key.type is bool and isinstance(value, str):
            return value.lower() == "true"
        if key.type is bytes:
            return bytes(value) if value else b""
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value: Any) -> None:
        self._q.setValue(key.name, value)

    def sync(self) -> None:
        self._q.sync()

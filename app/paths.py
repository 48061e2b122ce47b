"""Where things are: resources in development and in the frozen build, and the user's data.

This is the only module that knows about PyInstaller (`sys.frozen`, `sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from app import APP_ID

IS_FROZEN = bool(getattr(sys, "frozen", False))


def _root() -> Path:
    if IS_FROZEN:
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The shipped `resources/` folder (fonts, icons, instruments)."""
    return _root() / "resources"


def translations_dir() -> Path:
    """Folder with the `.ts` sources and the built `.qm` files."""
    return _root() / "translations"


def migrations_dir() -> Path:
    """Alembic's script folder; it must exist as files, also in the frozen build."""
    return Path(__file__).resolve().parent / "models" / "migrations"


def user_data_dir() -> Path:
    """Per-user data folder; `MOTIVDESK_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("MOTIVDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "motivdesk.db"


def user_instruments_dir() -> Path:
    """Office-specific instrument files that add to or replace the shipped ones."""
    return user_data_dir() / "instruments"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path

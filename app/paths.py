"""Where things are: the shipped resources and translations, and the user's data.

The shipped files are found, in this order:
1. the installed package's copy, `app/_data/` (written by the package build, setup.py, into a
   `pip install .`, a wheel, and the PyInstaller bundle);
2. the source tree, `resources/` and `translations/` beside `app/` (a checkout or an editable
   install; the `.qm` files are compiled there by the editable build or
   scripts/build_translations.py);
3. the folder of a frozen build, `sys._MEIPASS` (a bundle laid out by an older build.spec).

This is the only module that knows about PyInstaller (`sys.frozen`, `sys._MEIPASS`).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from app import APP_ID

IS_FROZEN = bool(getattr(sys, "frozen", False))


_PACKAGE = Path(__file__).resolve().parent
INSTALLED_DATA = _PACKAGE / "_data"  # setup.py's DATA_PACKAGE_DIR


def data_roots() -> list[tuple[str, Path]]:
    """The places that may hold `resources/` and `translations/`, most specific first."""
    roots = [
        ("frozen bundle" if IS_FROZEN else "installed package", INSTALLED_DATA),
        ("source tree", _PACKAGE.parent),
    ]
    if IS_FROZEN:
        roots.append(("frozen bundle", Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))))
    return roots


@functools.cache
def data_root() -> tuple[str, Path]:
    """Which of `data_roots` this program reads its shipped files from (named for
    `--self-check`): the first that has the instruments."""
    roots = data_roots()
    for name, root in roots:
        if (root / "resources" / "instruments").is_dir():
            return name, root
    return roots[0]  # nothing found: errors then name the installed location


def _root() -> Path:
    return data_root()[1]


def resources_dir() -> Path:
    """The shipped `resources/` folder (fonts, guide, catalogues, instruments)."""
    return _root() / "resources"


def translations_dir() -> Path:
    """Folder with the compiled `.qm` translations (in a source tree also the `.ts` sources)."""
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

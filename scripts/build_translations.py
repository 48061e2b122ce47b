"""Update the .ts files from the source (lupdate) and compile them to .qm (lrelease).

    python scripts/build_translations.py           # compile only (set-up, CI, build.spec)
    python scripts/build_translations.py --update  # also re-extract strings from app/

Uses the pyside6-lupdate / pyside6-lrelease tools of the PySide6-Essentials wheel, so no
system Qt is needed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
APP_TS = ("app_ru.ts", "app_kk.ts")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    for ts in APP_TS:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(TRANSLATIONS / ts),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    release()

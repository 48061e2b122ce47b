"""Package build hook: the installed package carries its resources and compiled translations.

The repository keeps `resources/` (instruments, fonts, catalogues, guide) and `translations/*.ts`
beside `app/`, outside the package. A plain `pip install .` or a wheel would therefore lack
them, so the build copies `resources/` into the built package as `app/_data/resources/` and
compiles every `translations/*.ts` to `app/_data/translations/*.qm` (Qt's lrelease from the
PySide6-Essentials wheel, a build requirement in pyproject.toml). `app/paths.py` looks there
first. An editable install (`pip install -e .`) reads the source tree instead; for it the build
compiles the `.qm` files next to their `.ts` sources, so it needs no manual step either.

The PyInstaller spec (build.spec) stages the same files with `stage_data`.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_PACKAGE_DIR = ("app", "_data")  # app/paths.py knows this name


def _lrelease() -> list[str]:
    """The command that runs Qt's lrelease: the binary inside the PySide6 package of the
    build environment, else a `pyside6-lrelease` or `lrelease` on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (
            folder / "lrelease.exe",
            folder / "lrelease",
            folder / "Qt" / "libexec" / "lrelease",
        ):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return [found]
    raise SystemExit(
        "building Motivdesk needs Qt's lrelease to compile translations/*.ts: "
        "install PySide6-Essentials in the build environment"
    )


def compile_translations(target: Path, sources: Path = ROOT / "translations") -> list[Path]:
    """Compile every `sources/*.ts` to `target/*.qm`; returns the written files."""
    target.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise SystemExit(f"lrelease wrote no {qm}")
        written.append(qm)
    if not written:
        raise SystemExit(f"no translations (*.ts) in {sources}")
    return written


def stage_data(target: Path) -> None:
    """Write `target/resources/` (a copy) and `target/translations/*.qm` (compiled)."""
    if not (ROOT / "resources" / "instruments").is_dir():
        raise SystemExit(f"{ROOT / 'resources'} is missing: build from a complete source tree")
    shutil.rmtree(target / "resources", ignore_errors=True)
    shutil.copytree(
        ROOT / "resources",
        target / "resources",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"),
    )
    shutil.rmtree(target / "translations", ignore_errors=True)
    compile_translations(target / "translations")


class BuildPyWithData(build_py):
    """`build_py` that also stages the resources and the compiled translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # The editable install imports app/ from the source tree; paths.py then reads
            # resources/ and translations/ there, so only the .qm files need to exist.
            compile_translations(ROOT / "translations")
            return
        target = Path(self.build_lib).joinpath(*DATA_PACKAGE_DIR)
        stage_data(target)
        self.announce(f"staged resources and compiled translations in {target}", level=2)

    def get_outputs(self, include_bytecode=True):  # listed in the wheel's RECORD either way
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib).joinpath(*DATA_PACKAGE_DIR)
        if target.is_dir():
            outputs += [str(p) for p in target.rglob("*") if p.is_file()]
        return outputs


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithData})

"""A plain `pip install .` and an installed wheel are complete programs (issue 22.1): the package
build copies resources/ and compiles the translations into the package (setup.py), and the
installed `motivdesk --self-check` passes with the source tree gone.

For speed, each virtual environment sees the packages of the interpreter running the tests (a
.pth file, so the source tree's editable install is not picked up), and the build runs without
isolation when that interpreter has the build requirements (scripts/test.sh installs them). The
README's commands themselves, a fresh virtual environment and isolated builds, are what this
checks, done faster.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IGNORED = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    "*.qm",
    ".pytest_cache",
    ".hypothesis",
    "bench",
)


def _copy_source(target: Path) -> Path:
    """The working tree as it is (tracked and new files), without build products."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True
        )
        if shutil.which("git")
        else None
    )
    if listed is None or listed.returncode != 0:
        shutil.copytree(ROOT, target, ignore=IGNORED)
        return target
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file() and not name.startswith(("bench/", "build/", "dist/", ".venv")):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _can_build_without_isolation() -> bool:
    try:
        setuptools = tuple(int(p) for p in version("setuptools").split(".")[:2])
        version("wheel")
    except (PackageNotFoundError, ValueError):
        return False
    return setuptools >= (68, 0) and importlib.util.find_spec("PySide6") is not None


def _venv(folder: Path) -> Path:
    """A virtual environment whose Python also sees this interpreter's installed packages."""
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    parents = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib, "_parent_packages.pth").write_text("\n".join(parents) + "\n")
    return python


def _pip(python: Path, *args: str, cwd: Path) -> None:
    isolation = ["--no-build-isolation"] if _can_build_without_isolation() else []
    result = subprocess.run(
        [str(python), "-m", "pip", *args[:1], "--disable-pip-version-check", *isolation, *args[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _self_check(venv_dir: Path, cwd: Path) -> str:
    script = venv_dir / ("Scripts/motivdesk.exe" if sys.platform == "win32" else "bin/motivdesk")
    assert script.exists(), f"no console script {script}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOTIVDESK_DATA_DIR=str(cwd / "data"))
    for name in ("PYTHONPATH", "MOTIVDESK_DB_URL"):
        env.pop(name, None)
    result = subprocess.run(
        [str(script), "--self-check"], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
def test_pip_install_and_the_wheel_give_a_complete_program(tmp_path):
    source = _copy_source(tmp_path / "source")
    shipped = sorted(
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    )
    languages = sorted(p.stem for p in (ROOT / "translations").glob("*.ts"))

    # `pip install .` into a fresh virtual environment
    installed = tmp_path / "venv-install"
    _pip(_venv(installed), "install", str(source), cwd=source)
    # `pip wheel . -w dist`, then the wheel into another one
    dist = tmp_path / "dist"
    _pip(Path(sys.executable), "wheel", "--no-deps", str(source), "-w", str(dist), cwd=source)
    [wheel] = dist.glob("motivdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"app/_data/resources/{name}" for name in shipped} <= names
    assert {f"app/_data/translations/{stem}.qm" for stem in languages} <= names
    migrations = sorted(p.name for p in (ROOT / "app/models/migrations/versions").glob("*.py"))
    assert {f"app/models/migrations/versions/{name}" for name in migrations} <= names
    from_wheel = tmp_path / "venv-wheel"
    _pip(_venv(from_wheel), "install", str(wheel), cwd=tmp_path)

    shutil.rmtree(source)  # nothing may come from a source tree any more
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    for venv_dir in (installed, from_wheel):
        out = _self_check(venv_dir, empty)
        assert "self-check passed" in out
        assert "ok    resources: read from the installed package" in out
        assert str(venv_dir) in out  # the venv's own copy, not the repository's
        assert "ok    translations: ru and kk translations load" in out
        assert "ok    instruments:" in out and "ok    pdf:" in out
        assert "ok    printing:" in out


def test_setup_stages_resources_and_compiled_translations(tmp_path):
    """The build hook itself, fast: a copy of resources/ and one .qm per .ts."""
    spec = importlib.util.spec_from_file_location("motivdesk_setup", ROOT / "setup.py")
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)  # not as __main__: setup() is not called
    if importlib.util.find_spec("PySide6") is None:
        pytest.skip("needs PySide6-Essentials for lrelease")
    setup.stage_data(tmp_path)
    for name in (
        "instruments/gerchikov.json",
        "fonts/DejaVuSans.ttf",
        "guide/guide_kk.html",
        "motivation_parameters.json",
    ):
        assert (tmp_path / "resources" / name).read_bytes() == (
            ROOT / "resources" / name
        ).read_bytes()
    ts = sorted(p.stem for p in (ROOT / "translations").glob("*.ts"))
    qm = sorted(p.stem for p in (tmp_path / "translations").glob("*.qm"))
    assert qm == ts and len(ts) >= 3
    # a compiled Qt translation starts with Qt's magic number
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    for path in (tmp_path / "translations").glob("*.qm"):
        assert path.read_bytes()[:16] == magic, path

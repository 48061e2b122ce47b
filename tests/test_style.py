"""The code is lint-clean and formatted (issue 19.7): `ruff check` and `ruff format --check`
(settings in pyproject.toml) pass on the whole tree, so a change that breaks either fails the
test command like any other test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_check_finds_nothing():
    result = _ruff("check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_file_is_formatted():
    result = _ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_fails_on_a_finding(tmp_path):
    """The two checks above can fail: an unused import and a badly formatted line are found."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nx = {  'a':1}\n", encoding="utf-8")
    config = ["--config", str(ROOT / "pyproject.toml")]
    assert _ruff("check", *config, str(bad)).returncode == 1
    assert _ruff("format", "--check", *config, str(bad)).returncode == 1

"""The desktop bundle builds and passes its own self-check (PRODUCT.md §9, build.spec)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the script is for bash")
def test_bundle_builds_and_its_self_check_passes(tmp_path):
    # the interpreter running the tests builds the bundle (scripts/test.sh: the venv's)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON=sys.executable)
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh"), str(tmp_path / "dist")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "self-check passed" in result.stdout
    assert "translations: ru and kk translations load" in result.stdout
    assert "ok    printing: pdfium renders" in result.stdout  # its binary is in the bundle
    # the bundle's own copy (app/_data inside it), not this source tree
    bundle = tmp_path / "dist"
    assert f"resources: read from the frozen bundle ({bundle}" in result.stdout, result.stdout

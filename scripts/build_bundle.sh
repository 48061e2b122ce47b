#!/usr/bin/env bash
# Build the one-folder desktop bundle (PyInstaller, build.spec) and check it with --self-check.
#   bash scripts/build_bundle.sh [DIST_DIR]      (default: dist/)
# The result, dist/Motivdesk-<version>/, runs on a PC without Python: copy the folder, start
# `motivdesk` (motivdesk.exe on Windows). Build on the operating system you deploy to.
# Python: $PYTHON, else the active virtual environment, else ./.venv (README "Install and
# start"), else python3 (PEP 668 systems refuse pip outside a virtual environment).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
if [ -z "${PYTHON:-}" ]; then
  for candidate in "${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}" .venv/bin/python .venv/Scripts/python.exe; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then PYTHON=$candidate; break; fi
  done
  PYTHON=${PYTHON:-python3}
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
# build.spec stages resources/ and the compiled translations as app/_data (setup.py's
# stage_data), the layout of an installed wheel.
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK/build" \
  build.spec
VERSION=$("$PYTHON" -c 'from app import __version__; print(__version__)')
APP="$(cd "$DIST/Motivdesk-$VERSION" && pwd)/motivdesk"
# The self-check uses a temporary database, migrates it, loads both translations and renders one
# PDF per language: it proves the bundle carries its resources, fonts, translations and migrations.
# It runs from an empty folder so that nothing can come from this source tree.
(cd "$WORK" && QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} MOTIVDESK_DATA_DIR="$WORK/data" \
  "$APP" --self-check)
echo "bundle ready: $DIST/Motivdesk-$VERSION"

#!/usr/bin/env bash
# Build the one-folder desktop bundle (PyInstaller, build.spec) and check it with --self-check.
#   bash scripts/build_bundle.sh [DIST_DIR]      (default: dist/)
# The result, dist/Motivdesk-<version>/, runs on a PC without Python: copy the folder, start
# `motivdesk` (motivdesk.exe on Windows). Build on the operating system you deploy to.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
python3 -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK/build" \
  build.spec
VERSION=$(python3 -c 'from app import __version__; print(__version__)')
APP="$DIST/Motivdesk-$VERSION/motivdesk"
# The self-check uses a temporary database, migrates it, loads both translations and renders one
# PDF per language: it proves the bundle carries its resources, fonts, translations and migrations.
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} MOTIVDESK_DATA_DIR="$WORK/data" "$APP" --self-check
echo "bundle ready: $DIST/Motivdesk-$VERSION"

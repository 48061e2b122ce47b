#!/usr/bin/env bash
# Install everything the tests need and run the whole suite (README "Run the tests").
#   bash scripts/test.sh [PYTEST ARGS…]
# Runs in a virtual environment: the active one ($VIRTUAL_ENV), else .venv/ in this folder,
# made if missing (Debian 12 and Ubuntu 24.04 refuse pip on the system Python, PEP 668). A new
# .venv sees the packages already installed for that Python (--system-site-packages), so only
# what is missing is installed into it.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  # poppler-utils: the report tests render and read PDFs (pdftotext, pdftoppm).
  # postgresql: the suite also runs the application against a real server.
  # python3-venv: `python3 -m venv` on Debian/Ubuntu's own Python.
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils postgresql python3-venv \
    >/dev/null
  if [ -z "${MOTIVDESK_TEST_PG_URL:-}" ]; then
    read -r MOTIVDESK_TEST_PG_URL PG_DATA < <(bash scripts/start_test_postgres.sh)
    export MOTIVDESK_TEST_PG_URL
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    trap 'su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DATA -m fast stop" >/dev/null 2>&1 || true' EXIT
  fi
fi

venv_python() {  # the interpreter of the virtual environment in $1 (Linux or Windows layout)
  if [ -x "$1/bin/python" ]; then echo "$1/bin/python"; else echo "$1/Scripts/python.exe"; fi
}
if [ -n "${VIRTUAL_ENV:-}" ]; then
  PY=$(venv_python "$VIRTUAL_ENV")
else
  VENV=$PWD/.venv
  if [ ! -x "$(venv_python "$VENV")" ]; then
    BASE=$(command -v python3 || command -v python)
    echo "creating the virtual environment $VENV ($("$BASE" --version))"
    "$BASE" -m venv --system-site-packages "$VENV"
  fi
  PY=$(venv_python "$VENV")
  export VIRTUAL_ENV=$VENV
  export PATH="$(dirname "$PY"):$PATH"  # the tests' subprocesses (build_bundle.sh) use it too
fi

PIP=("$PY" -m pip install --quiet --disable-pip-version-check)
# The build requirements first (setuptools, wheel, PySide6-Essentials for lrelease), so the
# editable build and tests/test_packaging.py build without an isolated environment each time.
mapfile -t BUILD_REQUIRES < <("$PY" -c 'import tomllib; print("\n".join(
    tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
"${PIP[@]}" "${BUILD_REQUIRES[@]}"
# The editable build also compiles translations/*.ts to .qm (setup.py).
"${PIP[@]}" --no-build-isolation -e ".[test]"

export QT_QPA_PLATFORM=offscreen
set +e
"$PY" -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure, not a pass" >&2
  exit 1
fi
exit "$status"

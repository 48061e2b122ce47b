#!/usr/bin/env bash
# Install everything the tests need and run the whole suite (README "Run the tests").
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  # poppler-utils: the report tests render and read PDFs (pdftotext, pdftoppm).
  # postgresql: the suite also runs the application against a real server.
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils postgresql >/dev/null
  if [ -z "${MOTIVDESK_TEST_PG_URL:-}" ]; then
    read -r MOTIVDESK_TEST_PG_URL PG_DATA < <(bash scripts/start_test_postgres.sh)
    export MOTIVDESK_TEST_PG_URL
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    trap 'su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D $PG_DATA -m fast stop" >/dev/null 2>&1 || true' EXIT
  fi
fi
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
python3 scripts/build_translations.py

export QT_QPA_PLATFORM=offscreen
set +e
python3 -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure, not a pass" >&2
  exit 1
fi
exit "$status"

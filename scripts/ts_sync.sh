#!/usr/bin/env bash
# Re-extract the strings of app/ into translations/*.ts, fill translations from the given
# TSV files (context<TAB>source<TAB>ru<TAB>kk, see ts_fill.py) and compile the .qm files.
#   bash scripts/ts_sync.sh [FILE.tsv …]
# Used after merging a branch whose new strings were translated in a TSV file, so the .ts
# files are regenerated from the merged source rather than merged as XML.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" scripts/build_translations.py --update >/dev/null
for tsv in "$@"; do
  "$PY" scripts/ts_fill.py "$tsv"
done
"$PY" scripts/build_translations.py
"$PY" scripts/ts_fill.py --missing | tail -5 || true

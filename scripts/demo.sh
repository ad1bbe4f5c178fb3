#!/usr/bin/env bash
# Quick start: set up, extract the bundled sample articles into out/, export ACLED CSV and GeoJSON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
status=0
.venv/bin/tacitus extract samples --db out/tacitus.db || status=$?
.venv/bin/tacitus export --db out/tacitus.db --format acled-csv --out out/events.csv
.venv/bin/tacitus export --db out/tacitus.db --format geojson --out out/events.geojson
echo "database: out/tacitus.db   ACLED CSV: out/events.csv   GeoJSON: out/events.geojson"
exit "$status"

#!/usr/bin/env bash
# Build the web page's committed map asset, once, from npm packages (never a CDN at run time):
# world-atlas (Natural Earth 1:110m countries as TopoJSON) converted to GeoJSON with
# topojson-client, coordinates rounded to 0.01 degree. Output: src/tacitus/web/static/world.geojson
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/src/tacitus/web/static/world.geojson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0
cat > convert.cjs <<'JS'
const fs = require("fs");
const topojson = require("topojson-client");
const topology = require("world-atlas/countries-110m.json");
const round = (value) => Math.round(value * 100) / 100;
const roundAll = (coords) => (typeof coords[0] === "number" ? coords.map(round) : coords.map(roundAll));
const collection = topojson.feature(topology, topology.objects.countries);
const features = collection.features.map((f) => ({
  type: "Feature",
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: roundAll(f.geometry.coordinates) },
}));
fs.writeFileSync(process.argv[2], JSON.stringify({ type: "FeatureCollection", features }));
JS
node convert.cjs "$out"
echo "wrote $out ($(wc -c <"$out") bytes)"

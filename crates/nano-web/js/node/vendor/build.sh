#!/bin/sh
# Regenerates vendor/readable_stream.js (node:stream's engine) from the npm packages pinned in
# package-lock.json, and copies their licences into vendor/LICENSES/. Needs node and npm; run
# from anywhere: sh crates/nano-web/js/node/vendor/build.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cp "$here/package.json" "$here/package-lock.json" "$here/bundle.mjs" "$tmp/"
# Exactly the lockfile's packages; no install scripts run (esbuild finds its binary package).
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
(cd "$tmp" && node bundle.mjs "$here/readable_stream.js")
mkdir -p "$here/LICENSES"
cp "$tmp/node_modules/readable-stream/LICENSE" "$here/LICENSES/readable-stream.LICENSE"
cp "$tmp/node_modules/esbuild/LICENSE.md" "$here/LICENSES/esbuild.LICENSE.md"

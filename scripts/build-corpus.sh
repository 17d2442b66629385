#!/usr/bin/env bash
# Rebuilds tests/corpus/*.js: real npm packages (tools/corpus/package.json,
# exact versions, package-lock.json) bundled by esbuild into one ES module
# per worker in tools/corpus/workers/. The bundles are committed, so the
# tests need neither npm nor the network; run this after changing a worker
# or a version.
set -euo pipefail
cd "$(dirname "$0")/../tools/corpus"
npm ci --no-audit --no-fund
for worker in workers/*.js; do
  name=$(basename "$worker" .js)
  node_modules/.bin/esbuild "$worker" --bundle --format=esm --platform=browser --target=es2022 \
    --outfile="../../tests/corpus/$name.js" --log-level=warning
done
ls -l ../../tests/corpus

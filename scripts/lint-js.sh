#!/usr/bin/env bash
# Lints nano's bootstrap JS (crates/nano-web/js/{web,nano,node}, ES modules) with ESLint:
# a name that is neither an ECMAScript global nor imported fails, as do
# unused variables and redeclarations (tools/jslint/eslint.config.mjs). A
# missing export fails earlier still: V8 refuses to link the modules when
# build.rs makes the snapshot. ESLint comes from npm, pinned by
# tools/jslint/package-lock.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/require.sh"
require_lint_tools
cd "$root/tools/jslint"
if [ ! -x node_modules/.bin/eslint ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
cd "$root/crates/nano-web/js"
shopt -s nullglob
files=(./*/*.js ./node/internal/*.js)
"$root/tools/jslint/node_modules/.bin/eslint" --config "$root/tools/jslint/eslint.config.mjs" --max-warnings 0 "${files[@]}"
echo "lint-js: ${#files[@]} modules, no problems"

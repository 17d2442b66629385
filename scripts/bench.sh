#!/usr/bin/env bash
# Runs a benchmark (release build) and updates its section of BENCHMARKS.md:
#   scripts/bench.sh coldstart | pool | limits | isolation | modules | node | crypto | peers | streams
# (peers: nginx + nano against workerd and deno over HTTP, scripts/bench-peers.sh;
# streams: streamed bodies through nginx, scripts/bench-streams.sh)
# NANO_BENCH_SMOKE=1 makes a smoke run (scripts/test.sh runs each so): a
# handful of iterations, BENCHMARKS.md left as it is.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_build_tools
cd "$root"
name="${1:?usage: scripts/bench.sh coldstart|pool|limits|isolation|modules|node|crypto|peers|streams}"
if [ "$name" = peers ]; then
  exec "$root/scripts/bench-peers.sh"
fi
if [ "$name" = streams ]; then
  exec "$root/scripts/bench-streams.sh"
fi
cargo bench --quiet --bench "$name"

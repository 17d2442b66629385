#!/usr/bin/env bash
# Side-by-side HTTP benchmark, one run: the same Workers scripts served by
# nginx + nano (the dynamic module), workerd, `deno serve`, and nginx's own
# `return 200` as the ceiling, each driven by the same wrk settings on
# loopback. Prints a table and writes the "peers" section of BENCHMARKS.md.
#
#   scripts/bench-peers.sh            (scripts/bench.sh peers does the same)
#
# Settings (environment): NANO_BENCH_SECONDS (10), NANO_BENCH_CONNECTIONS (64),
# NANO_BENCH_THREADS (2, wrk's). workerd and deno come from npm
# (@cloudflare/workerd-linux-64, @deno/linux-x64-glibc), installed into
# target/peers on first use; a peer that cannot be installed is reported as
# missing, not skipped silently.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
source "$root/bindings/nginx/nginx.sh"
require_nginx_tools
seconds="${NANO_BENCH_SECONDS:-10}"
conns="${NANO_BENCH_CONNECTIONS:-64}"
wrk_threads="${NANO_BENCH_THREADS:-2}"
# NANO_BENCH_SMOKE=1 (CI): one short wrk run per row, peers only if already
# installed (no download), BENCHMARKS.md left as it is; the figures mean
# nothing.
smoke="${NANO_BENCH_SMOKE:-}"
[ "$smoke" = 0 ] && smoke=""
warmup=2
if [ -n "$smoke" ]; then
  seconds=1 warmup=1 conns=4
fi
cores="$(nproc)"

module="$("$root/bindings/nginx/build.sh" "$root/target/nginx")" || exit 1

peers="$root/target/peers"
workerd="$peers/node_modules/@cloudflare/workerd-linux-64/bin/workerd"
deno="$peers/node_modules/@deno/linux-x64-glibc/deno"
if [ -z "$smoke" ] && { [ ! -x "$workerd" ] || [ ! -x "$deno" ]; }; then
  if command -v npm >/dev/null 2>&1; then
    mkdir -p "$peers"
    (cd "$peers" && npm install --no-save --silent @cloudflare/workerd-linux-64 @deno/linux-x64-glibc >/dev/null 2>&1)
  else
    echo "nano: npm is missing (Debian package npm): workerd and deno will be reported missing" >&2
  fi
fi

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$work/nginx.pid" ] && nginx -p "$work" -c nginx.conf -s stop 2>/dev/null
  sleep 0.5
  rm -rf "$work"
}
trap cleanup EXIT

hello="$root/examples/workers/hello.js"
api="$root/examples/workers/api.js"
api_path="/api/users/2?fields=all"
hono="$root/tests/corpus/hono.js"
hono_path="/api/users/42?q=x"

# nginx: one worker per core. Servers: nano in each isolation mode (fresh,
# the default; reuse, what workerd and deno do; strict, a context per
# request), each on its own port with the three scripts, and `return 200`.
nano_server() { # PORT HONO_PORT MODE
  cat <<SERVER
server {
    listen 127.0.0.1:$1;
    location / { nano_pass hello_$3; }
    location /api/ { nano_pass api_$3; }
}
server {
    listen 127.0.0.1:$2;
    location / { nano_pass hono_$3; }
}
SERVER
}
write_nginx_conf() { # [INLINE: on (default) | off]
  nano_nginx_conf "$work" "$module" "$cores" warn <<HTTP
nano_inline ${1:-on};
$(for mode in fresh reuse strict; do
  echo "nano_script hello_$mode $hello $mode;"
  echo "nano_script api_$mode $api $mode;"
  echo "nano_script hono_$mode $hono $mode;"
done)
nano_pool_size 2;
nano_console off;
$(nano_server 18401 18405 fresh)
$(nano_server 18402 18406 reuse)
$(nano_server 18404 18407 strict)
server {
    listen 127.0.0.1:18403;
    location / { return 200 "Hello from nginx!\\n"; }
    location /api/ { default_type application/json; return 200 '{"id":2,"name":"grace","role":"user"}'; }
}
HTTP
}

write_workerd_conf() {
  cp "$hello" "$work/hello.js"
  cp "$api" "$work/api.js"
  cp "$hono" "$work/hono.js"
  cat >"$work/workerd.capnp" <<'CAPNP'
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "hello", worker = (modules = [(name = "hello.js", esModule = embed "hello.js")], compatibilityDate = "2024-09-23")),
    (name = "api", worker = (modules = [(name = "api.js", esModule = embed "api.js")], compatibilityDate = "2024-09-23")),
    (name = "hono", worker = (modules = [(name = "hono.js", esModule = embed "hono.js")], compatibilityDate = "2024-09-23")),
  ],
  sockets = [
    (name = "hello", address = "127.0.0.1:18411", http = (), service = "hello"),
    (name = "api", address = "127.0.0.1:18412", http = (), service = "api"),
    (name = "hono", address = "127.0.0.1:18413", http = (), service = "hono"),
  ]
);
CAPNP
}

# User and system CPU ticks of nginx's worker processes (all their threads).
nginx_ticks() {
  local pid master
  master="$(cat "$work/nginx.pid" 2>/dev/null)" || return
  for pid in $(pgrep -P "$master"); do
    awk '{ u += $14; s += $15 } END { print u, s }' "/proc/$pid/stat"
  done | awk '{ u += $1; s += $2 } END { print u + 0, s + 0 }'
}

results=()
# run LABEL WORKER URL [nginx]: with "nginx", the split of nginx's CPU time
# (nano runs inside its workers) between user and kernel is recorded.
run() {
  local label="$1" worker="$2" url="$3" measure="${4:-}" out rps p50 p99 bad errs before after split=""
  if ! nano_nginx_wait "$url"; then
    results+=("$label|$worker|not reachable|||||")
    return
  fi
  wrk -t"$wrk_threads" -c"$conns" -d"${warmup}s" "$url" >/dev/null 2>&1 # warm-up
  [ -n "$measure" ] && before="$(nginx_ticks)"
  out="$(wrk -t"$wrk_threads" -c"$conns" -d"${seconds}s" --latency "$url" 2>&1)"
  if [ -n "$measure" ]; then
    after="$(nginx_ticks)"
    split="$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " ");
      u = y[1] - x[1]; s = y[2] - x[2]; if (u + s > 0) printf "%d%% / %d%%", 100 * u / (u + s), 100 * s / (u + s) }')"
  fi
  rps="$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  bad="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
  errs="$(awk -F'Socket errors: ' '/Socket errors/ { print $2 }' <<<"$out")"
  echo "$label / $worker: $rps req/s, p50 $p50, p99 $p99${bad:+, non-2xx $bad}${errs:+, socket errors $errs}${split:+, nginx CPU user/sys $split}" >&2
  results+=("$label|$worker|$rps|$p50|$p99|${bad:-0}|$split")
}

write_nginx_conf
nginx -p "$work" -c nginx.conf || exit 1
for entry in fresh:18401:18405 reuse:18402:18406 strict:18404:18407; do
  IFS=: read -r mode port hono_port <<<"$entry"
  label="nginx + nano, $mode"
  [ "$mode" = fresh ] && label="$label (default)"
  run "$label" hello "http://127.0.0.1:$port/" nginx
  run "$label" api "http://127.0.0.1:$port$api_path" nginx
  run "$label" hono "http://127.0.0.1:$hono_port$hono_path" nginx
done
nginx -p "$work" -c nginx.conf -s stop
sleep 0.5
# The same requests handed off to nano's threads (the path before inline
# runs), for comparison.
write_nginx_conf off
nginx -p "$work" -c nginx.conf || exit 1
run "nginx + nano, fresh, handed off (nano_inline off)" hello "http://127.0.0.1:18401/" nginx
run "nginx + nano, fresh, handed off (nano_inline off)" api "http://127.0.0.1:18401$api_path" nginx
run "nginx + nano, reuse, handed off (nano_inline off)" hello "http://127.0.0.1:18402/" nginx
run "nginx return 200 (ceiling)" hello "http://127.0.0.1:18403/"
run "nginx return 200 (ceiling)" api "http://127.0.0.1:18403$api_path"
nginx -p "$work" -c nginx.conf -s stop
sleep 0.5

if [ -x "$workerd" ]; then
  write_workerd_conf
  (cd "$work" && exec "$workerd" serve workerd.capnp >"$work/workerd.log" 2>&1) &
  pids+=($!)
  run "workerd" hello "http://127.0.0.1:18411/"
  run "workerd" api "http://127.0.0.1:18412$api_path"
  run "workerd" hono "http://127.0.0.1:18413$hono_path"
  kill "${pids[-1]}" 2>/dev/null
  wait "${pids[-1]}" 2>/dev/null
else
  results+=("workerd|hello|missing (npm install failed)|||" "workerd|api|missing (npm install failed)|||" "workerd|hono|missing (npm install failed)|||")
fi

if [ -x "$deno" ]; then
  for entry in hello:18421:/:$hello api:18422:$api_path:$api hono:18423:$hono_path:$hono; do
    IFS=: read -r script port path file <<<"$entry"
    (cd "$work" && DENO_NO_UPDATE_CHECK=1 exec "$deno" serve --quiet --parallel --host 127.0.0.1 --port "$port" "$file" >"$work/deno-$script.log" 2>&1) &
    pids+=($!)
    run "deno serve --parallel" "$script" "http://127.0.0.1:$port$path"
    kill "${pids[-1]}" 2>/dev/null
    wait "${pids[-1]}" 2>/dev/null
  done
else
  results+=("deno serve|hello|missing (npm install failed)|||" "deno serve|api|missing (npm install failed)|||" "deno serve|hono|missing (npm install failed)|||")
fi

# The table, with each row's ratio to workerd on the same worker.
workerd_rps() { for r in "${results[@]}"; do IFS='|' read -r l w rps _ <<<"$r"; [ "$l" = workerd ] && [ "$w" = "$1" ] && echo "$rps"; done; }
deno_rps() { for r in "${results[@]}"; do IFS='|' read -r l w rps _ <<<"$r"; [ "$l" = "deno serve --parallel" ] && [ "$w" = "$1" ] && echo "$rps"; done; }
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
section="$(mktemp)"
{
  echo '<!-- peers:begin -->'
  echo '## nginx + nano against workerd and deno (`scripts/bench.sh peers`)'
  echo
  echo "Machine: $cores cores, $cpu. Every server on 127.0.0.1, driven one after another by"
  echo "\`wrk -t$wrk_threads -c$conns -d${seconds}s --latency\` after a 2 s warm-up (wrk shares the machine)."
  echo "nginx: $cores worker processes, \`nano_pool_size 2\` each; workerd: one process (its only mode);"
  echo "deno: \`deno serve --parallel\` ($cores workers). Scripts: examples/workers/hello.js,"
  echo "examples/workers/api.js (\`GET $api_path\`: URL parsing, a regex route, JSON out) and"
  echo "tests/corpus/hono.js (Hono 4 with cors, etag, secure-headers, basic-auth, jwt and more; 109 KB;"
  echo "\`GET $hono_path\`)."
  echo
  echo '| server | script | requests/s | p50 | p99 | non-2xx | × workerd | × deno | nginx CPU user / sys |'
  echo '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  for r in "${results[@]}"; do
    IFS='|' read -r label worker rps p50 p99 bad split <<<"$r"
    base="$(workerd_rps "$worker")"
    ratio=""
    if [[ "$rps" =~ ^[0-9]+$ ]] && [[ "${base:-}" =~ ^[0-9]+$ ]] && [ "$base" -gt 0 ]; then
      ratio="$(awk -v a="$rps" -v b="$base" 'BEGIN { printf "%.2f×", a / b }')"
    fi
    dbase="$(deno_rps "$worker")"
    dratio=""
    if [[ "$rps" =~ ^[0-9]+$ ]] && [[ "${dbase:-}" =~ ^[0-9]+$ ]] && [ "$dbase" -gt 0 ]; then
      dratio="$(awk -v a="$rps" -v b="$dbase" 'BEGIN { printf "%.2f×", a / b }')"
    fi
    echo "| $label | $worker | $rps | $p50 | $p99 | $bad | $ratio | $dratio | $split |"
  done
  echo
  echo "nginx + nano runs each request inline on the worker's own thread (\`nano_inline on\`, the"
  echo "default), except \`strict\` scripts, which are always handed off to nano's threads; the"
  echo "\`handed off\` rows send every request there (\`nano_inline off\`). The"
  echo "last column splits the nginx workers' CPU time (nano inside them) between user and kernel."
  echo
  echo "Reading it: \`fresh\` (the default) runs the script's top level again for every request on a"
  echo "hardened realm and resets it after; \`reuse\` keeps module state across requests, as workerd and"
  echo "deno do; \`strict\` makes a V8 context per request and is bound by V8's context cost (the"
  echo "isolation section has each mode's per-request steps)."
  echo
  echo "Versions: $(nginx -v 2>&1 | sed 's/^nginx version: //'), workerd $("$workerd" --version 2>/dev/null | awk '{print $2}'), $("$deno" --version 2>/dev/null | head -1)."
  echo
  echo '<!-- peers:end -->'
} >"$section"
cat "$section"
if [ -n "$smoke" ]; then
  rm -f "$section"
  for r in "${results[@]}"; do # nginx's rows must have measured something
    IFS='|' read -r label _ rps _ <<<"$r"
    if [[ "$label" == nginx* ]] && ! [[ "$rps" =~ ^[0-9]+$ ]]; then
      echo "nano: smoke run: no figure for $r" >&2
      exit 1
    fi
  done
  echo "smoke run (NANO_BENCH_SMOKE): the peers section of BENCHMARKS.md is left as it is"
  exit 0
fi

md="$root/BENCHMARKS.md"
if grep -q '<!-- peers:begin -->' "$md"; then
  awk -v f="$section" '
    /<!-- peers:begin -->/ { while ((getline l < f) > 0) print l; skip = 1; next }
    /<!-- peers:end -->/ { skip = 0; next }
    !skip' "$md" >"$md.new" && mv "$md.new" "$md"
else
  { echo; cat "$section"; } >>"$md"
fi
rm -f "$section"

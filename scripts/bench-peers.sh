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
cores="$(nproc)"

module="$("$root/bindings/nginx/build.sh" "$root/target/nginx")" || exit 1

peers="$root/target/peers"
workerd="$peers/node_modules/@cloudflare/workerd-linux-64/bin/workerd"
deno="$peers/node_modules/@deno/linux-x64-glibc/deno"
if [ ! -x "$workerd" ] || [ ! -x "$deno" ]; then
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

# nginx: one worker per core. Three servers: nano with a fresh context per
# request (the default), nano with reuse_context (opt-in, for reference:
# it is what workerd and deno do), and `return 200`.
write_nginx_conf() {
  nano_nginx_conf "$work" "$module" "$cores" warn <<HTTP
nano_script hello $hello;
nano_script api $api;
nano_script hello_reuse $hello reuse_context;
nano_script api_reuse $api reuse_context;
nano_pool_size 2;
nano_console off;
server {
    listen 127.0.0.1:18401;
    location / { nano_pass hello; }
    location /api/ { nano_pass api; }
}
server {
    listen 127.0.0.1:18402;
    location / { nano_pass hello_reuse; }
    location /api/ { nano_pass api_reuse; }
}
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
  cat >"$work/workerd.capnp" <<'CAPNP'
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "hello", worker = (modules = [(name = "hello.js", esModule = embed "hello.js")], compatibilityDate = "2024-09-23")),
    (name = "api", worker = (modules = [(name = "api.js", esModule = embed "api.js")], compatibilityDate = "2024-09-23")),
  ],
  sockets = [
    (name = "hello", address = "127.0.0.1:18411", http = (), service = "hello"),
    (name = "api", address = "127.0.0.1:18412", http = (), service = "api"),
  ]
);
CAPNP
}

results=()
# run LABEL WORKER URL
run() {
  local label="$1" worker="$2" url="$3" out rps p50 p99 bad errs
  if ! nano_nginx_wait "$url"; then
    results+=("$label|$worker|not reachable|||||")
    return
  fi
  wrk -t"$wrk_threads" -c"$conns" -d2s "$url" >/dev/null 2>&1 # warm-up
  out="$(wrk -t"$wrk_threads" -c"$conns" -d"${seconds}s" --latency "$url" 2>&1)"
  rps="$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  bad="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
  errs="$(awk -F'Socket errors: ' '/Socket errors/ { print $2 }' <<<"$out")"
  echo "$label / $worker: $rps req/s, p50 $p50, p99 $p99${bad:+, non-2xx $bad}${errs:+, socket errors $errs}" >&2
  results+=("$label|$worker|$rps|$p50|$p99|${bad:-0}")
}

write_nginx_conf
nginx -p "$work" -c nginx.conf || exit 1
run "nginx + nano (fresh context per request)" hello "http://127.0.0.1:18401/"
run "nginx + nano (fresh context per request)" api "http://127.0.0.1:18401$api_path"
run "nginx + nano, reuse_context (opt-in)" hello "http://127.0.0.1:18402/"
run "nginx + nano, reuse_context (opt-in)" api "http://127.0.0.1:18402$api_path"
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
  kill "${pids[-1]}" 2>/dev/null
  wait "${pids[-1]}" 2>/dev/null
else
  results+=("workerd|hello|missing (npm install failed)|||" "workerd|api|missing (npm install failed)|||")
fi

if [ -x "$deno" ]; then
  for script in hello api; do
    port=$([ "$script" = hello ] && echo 18421 || echo 18422)
    (cd "$work" && DENO_NO_UPDATE_CHECK=1 exec "$deno" serve --quiet --parallel --host 127.0.0.1 --port "$port" "$root/examples/workers/$script.js" >"$work/deno-$script.log" 2>&1) &
    pids+=($!)
    path=$([ "$script" = hello ] && echo / || echo "$api_path")
    run "deno serve --parallel" "$script" "http://127.0.0.1:$port$path"
    kill "${pids[-1]}" 2>/dev/null
    wait "${pids[-1]}" 2>/dev/null
  done
else
  results+=("deno serve|hello|missing (npm install failed)|||" "deno serve|api|missing (npm install failed)|||")
fi

# The table, with each row's ratio to workerd on the same worker.
workerd_rps() { for r in "${results[@]}"; do IFS='|' read -r l w rps _ <<<"$r"; [ "$l" = workerd ] && [ "$w" = "$1" ] && echo "$rps"; done; }
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
section="$(mktemp)"
{
  echo '<!-- peers:begin -->'
  echo '## nginx + nano against workerd and deno (`scripts/bench.sh peers`)'
  echo
  echo "Machine: $cores cores, $cpu. Every server on 127.0.0.1, driven one after another by"
  echo "\`wrk -t$wrk_threads -c$conns -d${seconds}s --latency\` after a 2 s warm-up (wrk shares the machine)."
  echo "nginx: $cores worker processes, \`nano_pool_size 2\` each; workerd: one process (its only mode);"
  echo "deno: \`deno serve --parallel\` ($cores workers). Scripts: examples/workers/hello.js and"
  echo "examples/workers/api.js (\`GET $api_path\`: URL parsing, a regex route, JSON out)."
  echo
  echo '| server | script | requests/s | p50 | p99 | non-2xx | × workerd |'
  echo '| --- | --- | ---: | ---: | ---: | ---: | ---: |'
  for r in "${results[@]}"; do
    IFS='|' read -r label worker rps p50 p99 bad <<<"$r"
    base="$(workerd_rps "$worker")"
    ratio=""
    if [[ "$rps" =~ ^[0-9]+$ ]] && [[ "${base:-}" =~ ^[0-9]+$ ]] && [ "$base" -gt 0 ]; then
      ratio="$(awk -v a="$rps" -v b="$base" 'BEGIN { printf "%.2f×", a / b }')"
    fi
    echo "| $label | $worker | $rps | $p50 | $p99 | $bad | $ratio |"
  done
  echo
  echo "Reading it: with a fresh context per request (nano's default), throughput is bound by making"
  echo "contexts. Each costs at least V8's empty-context floor (the \`floor:\` row of the cold-start"
  echo "section) and nano's, which holds the Workers API, more (the \`fresh context from the snapshot\`"
  echo "row); $cores cores cannot make more than $cores / (that cost) contexts a second, before any HTTP work."
  echo "workerd and deno keep one global scope per isolate across requests, which is what"
  echo "\`reuse_context\` opts in to."
  echo
  echo "Versions: $(nginx -v 2>&1 | sed 's/^nginx version: //'), workerd $("$workerd" --version 2>/dev/null | awk '{print $2}'), $("$deno" --version 2>/dev/null | head -1)."
  echo
  echo '<!-- peers:end -->'
} >"$section"
cat "$section"

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

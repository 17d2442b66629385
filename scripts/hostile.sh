#!/usr/bin/env bash
# The hostile-script figures of docs/reliability.md: tools/hostile/hostile.js
# behind nginx + nano (1 worker, pool 4, 50 ms CPU, 2 s wall, 64 MiB) and
# behind `nano serve` (same limits): each probe once, followed by 20 normal
# requests, with the RSS of the process running the scripts; then wrk on a
# normal route alone and with one hostile request a second. Prints Markdown.
#
#   scripts/hostile.sh [LOAD_SECONDS=15]
#
# NANO_INLINE=off runs nginx with `nano_inline off` (every request handed
# off to nano's threads); the default runs requests inline, as nginx does
# by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_build_tools
source "$root/bindings/nginx/nginx.sh"
seconds="${1:-15}"
inline="${NANO_INLINE:-on}"
case "$inline" in on|off) ;; *) echo "NANO_INLINE must be on or off, not '$inline'" >&2; exit 2 ;; esac
cd "$root"
cargo build --release --quiet --bin nano
module="$(bindings/nginx/build.sh "$root/target/nginx")"
drive=tools/hostile/drive.py
script=tools/hostile/hostile.js

prefix="$(mktemp -d)"
chmod 755 "$prefix"
port=$((20000 + RANDOM % 20000))
nano_nginx_conf "$prefix" "$module" 1 notice <<HTTP
nano_script hostile $root/$script;
nano_script hostile_strict $root/$script strict;
nano_pool_size 4;
nano_cpu_limit 50ms;
nano_wall_limit 2s;
nano_memory_limit 64m;
nano_inline $inline;
server {
    listen 127.0.0.1:$port;
    location / { nano_pass hostile; }
    location /strict/ { nano_pass hostile_strict; }
}
HTTP
nginx -p "$prefix" -c nginx.conf
trap 'nano_nginx_quit "$prefix" || true; kill "${serve_pid:-0}" 2>/dev/null || true' EXIT
nano_nginx_wait "http://127.0.0.1:$port/ok"
worker="$(pgrep -P "$(cat "$prefix/nginx.pid")" | head -1)"

echo "## nginx + nano (fresh mode, nano_inline $inline)"
python3 "$drive" probes "http://127.0.0.1:$port/" "$worker"
echo
echo "## nginx + nano (strict mode)"
python3 "$drive" probes "http://127.0.0.1:$port/strict/" "$worker"
echo
echo "## nginx + nano under load"
python3 "$drive" load "http://127.0.0.1:$port/" "$worker" "$seconds"
echo
deaths="$(grep -c 'exited on signal' "$prefix/error.log" || true)"
echo "nginx workers that died (\`exited on signal\` in the error log): $deaths"
echo

serve_port=$((port + 1))
target/release/nano serve "$script" --port "$serve_port" --threads 4 \
  --cpu-limit-ms 50 --wall-limit-ms 2000 --memory-limit-mb 64 2>"$prefix/serve.log" &
serve_pid=$!
nano_nginx_wait "http://127.0.0.1:$serve_port/ok"
echo "## nano serve"
python3 "$drive" probes "http://127.0.0.1:$serve_port/" "$serve_pid"
echo
echo "## nano serve under load"
python3 "$drive" load "http://127.0.0.1:$serve_port/" "$serve_pid" "$seconds"
echo
if kill -0 "$serve_pid" 2>/dev/null; then echo "nano serve: alive"; else echo "nano serve: DIED"; fi

#!/usr/bin/env bash
# Builds ngx_http_nano_module.so for the system's nginx and writes a ready
# nginx.conf next to it.
#
#   bindings/nginx/build.sh [OUT_DIR]      (default: target/nginx)
#
# Needs Debian's nginx and nginx-dev (installed when run as root, otherwise
# named): the module is configured with the exact flags the packaged nginx was
# built with (/usr/share/nginx/src/conf_flags), so its binary signature
# matches and `load_module` accepts it. libnano is built first (cargo build
# --release --lib); the module links it with an rpath to target/release.
#
# Prints the module's path. OUT_DIR/nginx.conf serves examples/workers/hello.js
# on 127.0.0.1:8080:  nginx -p OUT_DIR -c nginx.conf
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_nginx_tools
out="${1:-$root/target/nginx}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

src=/usr/share/nginx/src
if [ ! -f "$src/conf_flags" ]; then
  echo "nano: $src/conf_flags is missing: install the nginx-dev package" >&2
  exit 1
fi

(cd "$root" && cargo build --release --quiet --lib)

# configure writes its Makefile into the source tree: work on a copy.
build="$out/build"
rm -rf "$build"
mkdir -p "$build"
cp -r "$src/." "$build/src"
(
  cd "$build/src"
  # shellcheck disable=SC1091
  source ./conf_flags
  unset NANO_LIB_DIR NANO_INCLUDE_DIR
  ./configure "${NGX_CONF_FLAGS[@]}" --add-dynamic-module="$root/bindings/nginx" \
    --builddir="$build/objs" >"$build/configure.log" 2>&1 ||
    { tail -20 "$build/configure.log" >&2; exit 1; }
  make -f "$build/objs/Makefile" modules >"$build/make.log" 2>&1 ||
    { grep -E "error|warning" "$build/make.log" | head -20 >&2; exit 1; }
)
cp "$build/objs/ngx_http_nano_module.so" "$out/ngx_http_nano_module.so"

mkdir -p "$out/logs"
cat >"$out/nginx.conf" <<CONF
# Written by bindings/nginx/build.sh. Run: nginx -p $out -c nginx.conf
load_module $out/ngx_http_nano_module.so;

worker_processes auto;
error_log $out/logs/error.log notice;
pid $out/logs/nginx.pid;

events {
    worker_connections 1024;
}

http {
    access_log off;
    client_body_temp_path $out/logs/body;

    nano_script hello $root/examples/workers/hello.js;
    nano_pool_size 4;
    nano_cpu_limit 50ms;
    nano_console error_log;

    server {
        listen 127.0.0.1:8080;

        location / {
            nano_pass hello;
        }
    }
}
CONF
echo "$out/ngx_http_nano_module.so"

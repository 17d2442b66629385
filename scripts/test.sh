#!/usr/bin/env bash
# Runs every test suite: Rust (unit, header, C ABI through the real libnano),
# the install + pkg-config path, the `nano` command, the Go binding and the
# nginx module.
# Installs missing Debian packages when run as root; otherwise names them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_test_tools
require_nginx_tools
cd "$root"

passed=0
failed=0
step() { # step NAME COMMAND...
  echo "=== $1"
  if "${@:2}"; then
    passed=$((passed + 1))
  else
    echo "--- FAILED: $1"
    failed=$((failed + 1))
  fi
}

# The C tests link target/release/libnano.{so,a}, which `cargo test` alone
# does not produce (it builds the rlib); tests/serve.rs runs the `nano`
# example, built here too so that a filtered `cargo test` finds it current.
rust_and_c_tests() {
  cargo build --release --lib --bin nano && cargo test --release --workspace --no-fail-fast
}
step "cargo test (Rust unit tests, header, C API)" rust_and_c_tests

# The C test programs again, built with AddressSanitizer.
step "C tests under AddressSanitizer" env NANO_C_SANITIZE=address cargo test --release --test c_api --test js_api

# A test-only build (feature panic-inject) that makes each export and each
# native panic on demand: the panic must stay contained.
step "panic containment (--features panic-inject)" cargo test --release --features panic-inject --test panics

install_and_build_with_pkg_config() {
  local tmp rc=0
  tmp="$(mktemp -d)"
  (
    set -e
    bash scripts/install.sh "$tmp/prefix" >/dev/null
    export PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig"
    # A SONAME, and every export versioned by it.
    local soname
    soname="$(readelf -d "$tmp/prefix/lib/libnano.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')"
    [[ "$soname" =~ ^libnano\.so\.[0-9]+(\.[0-9]+)?$ ]] || exit 1
    [ -e "$tmp/prefix/lib/$soname" ] || exit 1
    objdump -T "$tmp/prefix/lib/libnano.so" | awk '/ DF .text/ && $NF ~ /^nano_/' >"$tmp/exports"
    [ -s "$tmp/exports" ] || exit 1
    if grep -v ' NANO_[0-9.]* ' "$tmp/exports"; then exit 1; fi
    # shellcheck disable=SC2046
    cc examples/c/hello.c -o "$tmp/hello" $(pkg-config --cflags --libs nano)
    # The program records the SONAME, not the unversioned name.
    readelf -d "$tmp/hello" | grep -q "NEEDED.*\[$soname\]" || exit 1
    # The nano command, installed beside the library.
    "$tmp/prefix/bin/nano" --version | grep -q "^nano " || exit 1
    "$tmp/prefix/bin/nano" check examples/project >/dev/null 2>&1 || exit 1
    "$tmp/hello" examples/workers/hello.js GET http://localhost/ 2>/dev/null |
      grep -q "^Hello from nano! You asked for GET http://localhost/$"
    # The Go binding against the installed library, through pkg-config.
    (cd bindings/go && go vet -tags nano_pkgconfig ./...)
  ) || rc=$?
  rm -rf "$tmp"
  return "$rc"
}
step "install + pkg-config build of examples/c/hello.c" install_and_build_with_pkg_config

nano_command_runs_hello() {
  local out
  out="$(scripts/nano run examples/workers/hello.js GET http://example.com/x)"
  [ "$(head -1 <<<"$out")" = 200 ] && grep -q "You asked for GET http://example.com/x" <<<"$out"
}
step "scripts/nano run examples/workers/hello.js" nano_command_runs_hello

nano_serve_answers_curl() {
  local port=$((20000 + RANDOM % 20000)) pid out rc=0
  # The README's main job: a project directory (TypeScript, wrangler.jsonc).
  target/release/nano serve examples/project --port "$port" 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do
    out="$(curl -s "http://127.0.0.1:$port/" 2>/dev/null)" && break
    sleep 0.1
  done
  [ "$out" = "Hello from a TypeScript project!" ] || rc=1
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  port=$((port + 1))
  target/release/nano serve examples/workers/hello.js --port "$port" 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do
    out="$(curl -s "http://127.0.0.1:$port/hello?x=1" 2>/dev/null)" && break
    sleep 0.1
  done
  grep -q "You asked for GET http://127.0.0.1:$port/hello?x=1" <<<"$out" || rc=1
  out="$(curl -s -X POST --data-binary 'abc' "http://127.0.0.1:$port/post")"
  grep -q "You asked for POST http://127.0.0.1:$port/post" <<<"$out" || rc=1
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return "$rc"
}
step "nano serve examples/project and a script file + curl" nano_serve_answers_curl

go_binding_tests() {
  (cd bindings/go && go vet ./... && go test -race -count=1 ./...) &&
    (cd examples/go && go vet . && go build -o /dev/null .)
}
step "Go binding: go test -race (bindings/go), examples/go builds" go_binding_tests

# The nginx module through a real nginx: curl checks, a 200 ms script next
# to a static file, wrk with 20 reloads.
step "nginx module: bindings/nginx/test.sh" bindings/nginx/test.sh

# Every benchmark once as a smoke run (a handful of iterations, short spans,
# BENCHMARKS.md untouched; no figure asserted): a benchmark that panics or no
# longer runs fails here. scripts/bench.sh MODE without NANO_BENCH_SMOKE
# measures for real.
bench_smoke_runs() {
  local mode rc=0 modes=(coldstart pool limits isolation modules node crypto streams peers) f
  for f in benches/*.rs; do # a new benches/ target joins this list
    [[ " ${modes[*]} " == *" $(basename "$f" .rs) "* ]] || { echo "--- $f has no smoke run"; rc=1; }
  done
  for mode in "${modes[@]}"; do
    echo "--- scripts/bench.sh $mode (smoke)"
    NANO_BENCH_SMOKE=1 bash scripts/bench.sh "$mode" >/dev/null || { echo "--- smoke run failed: $mode"; rc=1; }
  done
  return "$rc"
}
step "benchmarks, smoke runs (NANO_BENCH_SMOKE=1 scripts/bench.sh MODE)" bench_smoke_runs

echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Runs every test suite: Rust (unit, header, C ABI through the real libnano),
# the install + pkg-config path, and the `nano` command.
# Installs missing Debian packages when run as root; otherwise names them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_test_tools
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
# does not produce (it builds the rlib).
rust_and_c_tests() {
  cargo build --release --lib && cargo test --release
}
step "cargo test (Rust unit tests, header, C API)" rust_and_c_tests

install_and_build_with_pkg_config() {
  local tmp rc=0
  tmp="$(mktemp -d)"
  (
    set -e
    bash scripts/install.sh "$tmp/prefix" >/dev/null
    export PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig"
    # shellcheck disable=SC2046
    cc examples/c/hello.c -o "$tmp/hello" $(pkg-config --cflags --libs nano)
    "$tmp/hello" examples/workers/hello.js GET http://localhost/ 2>/dev/null |
      grep -q "^Hello from nano! You asked for GET http://localhost/$"
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

echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

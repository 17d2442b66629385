# Checks for the tools nano's scripts need; installs missing Debian packages
# when running as root with apt-get, otherwise fails naming what is missing.
# Source it, then call require_build_tools / require_test_tools.

_nano_need() { # _nano_need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  _nano_missing+=("$2")
}

_nano_install_missing() {
  [ ${#_nano_missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "nano: installing ${_nano_missing[*]}" >&2
    if [ -z "${_NANO_APT_UPDATED:-}" ]; then
      apt-get update -qq >/dev/null
      export _NANO_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${_nano_missing[@]}" >/dev/null
  else
    echo "nano: missing tools; install these packages: ${_nano_missing[*]}" >&2
    exit 1
  fi
  _nano_missing=()
}

require_build_tools() {
  _nano_missing=()
  if ! command -v cargo >/dev/null 2>&1; then
    echo "nano: cargo is missing: install Rust 1.85 or newer (https://rustup.rs)" >&2
    exit 1
  fi
  _nano_need cc gcc
  _nano_need mold mold
  _nano_install_missing
  # env.sh chose the linker before mold existed: choose again.
  if command -v mold >/dev/null 2>&1 && [ -z "${NANO_NO_MOLD:-}" ]; then
    export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C link-arg=-fuse-ld=mold"
  fi
}

require_test_tools() {
  require_build_tools
  _nano_need c++ g++
  _nano_need nm binutils
  _nano_need pkg-config pkg-config
  _nano_need curl curl
  _nano_need go golang-go
  _nano_install_missing
}

# nginx and its module headers (Debian's nginx-dev), and wrk for load tests.
require_nginx_tools() {
  require_build_tools
  _nano_need nginx nginx
  [ -f /usr/share/nginx/src/conf_flags ] || _nano_missing+=(nginx-dev)
  _nano_need make make
  _nano_need curl curl
  _nano_need wrk wrk
  _nano_install_missing
}

# Node.js and npm, for the JS lint (ESLint from npm).
require_lint_tools() {
  _nano_missing=()
  _nano_need node nodejs
  _nano_need npm npm
  _nano_install_missing
}

#!/usr/bin/env bash
# Builds nano in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/lib/libnano.so, PREFIX/lib/libnano.a, PREFIX/include/nano.h,
#   PREFIX/lib/pkgconfig/nano.pc
# so that a C program builds with: cc prog.c $(pkg-config --cflags --libs nano)
# (set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig for a prefix pkg-config doesn't search).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-/usr/local}"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_build_tools
cd "$root"
cargo build --release --quiet --lib
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
prefix="$(cd "$prefix" && pwd)"
install -m 0755 target/release/libnano.so "$prefix/lib/libnano.so"
install -m 0644 target/release/libnano.a "$prefix/lib/libnano.a"
install -m 0644 include/nano.h "$prefix/include/nano.h"
cat > "$prefix/lib/pkgconfig/nano.pc" <<PC
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: nano
Description: Embeddable runtime for Workers-style JavaScript on V8
Version: $version
Libs: -L\${libdir} -Wl,-rpath,\${libdir} -lnano
Libs.private: -lpthread -ldl -lm
Cflags: -I\${includedir}
PC
echo "installed nano $version under $prefix"

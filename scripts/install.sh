#!/usr/bin/env bash
# Builds nano in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/lib/libnano.so.VERSION with the links libnano.so.SONAME-VERSION
#   (what programs load: libnano.so.0.MINOR while the major version is 0)
#   and libnano.so (what the linker finds), PREFIX/lib/libnano.a,
#   PREFIX/include/nano.h, PREFIX/lib/pkgconfig/nano.pc, and the `nano`
#   command as PREFIX/bin/nano
# so that a C program builds with: cc prog.c $(pkg-config --cflags --libs nano)
# (set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig for a prefix pkg-config doesn't search).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-/usr/local}"
source "$root/scripts/env.sh"
source "$root/scripts/require.sh"
require_build_tools
cd "$root"
cargo build --release --quiet --lib --bin nano
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
mkdir -p "$prefix/lib/pkgconfig" "$prefix/include" "$prefix/bin"
prefix="$(cd "$prefix" && pwd)"
soname="$(readelf -d target/release/libnano.so | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')"
[ -n "$soname" ] || { echo "nano: target/release/libnano.so has no SONAME" >&2; exit 1; }
# The installed library is linked again from libnano.a with nano.map, which
# versions every export (nano_pool_acquire@@NANO_0.2): in cargo's own link,
# rustc's version script comes first and would shadow it.
tmp_so="$(mktemp)"
trap 'rm -f "$tmp_so"' EXIT
cc -shared -o "$tmp_so" -Wl,--whole-archive target/release/libnano.a -Wl,--no-whole-archive \
  -Wl,--version-script=nano.map -Wl,--gc-sections -Wl,-soname,"$soname" -Wl,-z,relro,-z,now \
  -lpthread -ldl -lm -lrt -lutil -lgcc_s
install -m 0755 "$tmp_so" "$prefix/lib/libnano.so.$version"
ln -sf "libnano.so.$version" "$prefix/lib/$soname"
ln -sf "$soname" "$prefix/lib/libnano.so"
install -m 0644 target/release/libnano.a "$prefix/lib/libnano.a"
install -m 0644 include/nano.h "$prefix/include/nano.h"
install -m 0755 target/release/nano "$prefix/bin/nano"
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

# Build environment shared by every project script; source it, don't run it.
# - Points the `v8` crate at the prebuilt static V8 in ../shared/v8 when that file
#   exists (machines without internet); elsewhere the crate downloads it as usual.
# - Links with mold when it is installed (linking V8 dominates build time).
_nano_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_nano_v8="$_nano_root/../shared/v8/librusty_v8_release_x86_64-unknown-linux-gnu.a.gz"
if [ -z "${RUSTY_V8_ARCHIVE:-}" ] && [ -f "$_nano_v8" ]; then
  RUSTY_V8_ARCHIVE="$(realpath "$_nano_v8")"
  export RUSTY_V8_ARCHIVE
fi
if command -v mold >/dev/null 2>&1 && [ -z "${NANO_NO_MOLD:-}" ]; then
  export CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="-C link-arg=-fuse-ld=mold"
fi
unset _nano_root _nano_v8

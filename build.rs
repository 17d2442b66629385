//! Builds the startup snapshot that every isolate starts from (a context
//! holding the whole Workers global scope), with the same crate, natives and
//! JS the library links (crates/nano-web), so the external-reference table
//! matches.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=nano.map");
    let map = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("nano.map");
    println!("cargo:rustc-cdylib-link-arg=-Wl,--version-script={}", map.display());
    println!("cargo:rustc-cdylib-link-arg=-Wl,--exclude-libs,ALL");

    let blob = nano_web::bootstrap::create_builtin_snapshot().unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("nano_snapshot.bin");
    std::fs::write(&out, blob).expect("cannot write the snapshot");
}

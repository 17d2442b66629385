//! Builds the startup snapshot that every isolate starts from (a context
//! holding the whole Workers global scope), with the same crate, natives and
//! JS the library links (crates/nano-web), so the external-reference table
//! matches.

use std::path::PathBuf;

/// The SONAME a program linked against libnano records: `libnano.so.0.MINOR`
/// while the major version is 0 (a minor release may change the ABI), then
/// `libnano.so.MAJOR`. scripts/install.sh installs the library under it.
fn soname() -> String {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap();
    let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap();
    if major == "0" { format!("libnano.so.0.{minor}") } else { format!("libnano.so.{major}") }
}

/// Programs linked against target/<profile>/libnano.so (the C tests, the Go
/// binding, the nginx module, built in the tree) record the SONAME and load
/// that name at run time, which cargo does not make: a link by that name to
/// libnano.so, beside it, made before the library is (a dangling link until
/// then). Installed copies get theirs from scripts/install.sh.
fn link_soname_in_target_dir() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    // OUT_DIR is target/<profile>/build/nano-<hash>/out.
    let Some(profile_dir) = out.ancestors().nth(3) else { return };
    if !profile_dir.join("build").is_dir() {
        return;
    }
    let link = profile_dir.join(soname());
    if std::fs::read_link(&link).is_ok_and(|t| t == std::path::Path::new("libnano.so")) {
        return;
    }
    let _ = std::fs::remove_file(&link);
    if let Err(e) = std::os::unix::fs::symlink("libnano.so", &link) {
        println!("cargo:warning=cannot link {} to libnano.so: {e}", link.display());
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=nano.map");
    println!("cargo:rustc-cdylib-link-arg=-Wl,--exclude-libs,ALL");
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{}", soname());
    link_soname_in_target_dir();

    let blob = nano_web::bootstrap::create_builtin_snapshot().unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("nano_snapshot.bin");
    std::fs::write(&out, blob).expect("cannot write the snapshot");
}

//! The C program that runs a JS test file through the C API
//! (tests/c/js_suite.c), compiled once per test process, for the Web API
//! suites (tests/js_api.rs) and the WPT files (tests/wpt.rs).

#[path = "sanitize.rs"]
pub mod sanitize;

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compiles the runner once per test process.
pub fn runner() -> PathBuf {
    static RUNNER: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    RUNNER.get_or_init(compile_runner).clone()
}

fn compile_runner() -> PathBuf {
    let lib = std::env::current_exe().unwrap().parent().unwrap().parent().unwrap().to_path_buf();
    assert!(lib.join("libnano.so").exists(), "libnano.so not built in {}", lib.display());
    let (sanitize, suffix) = sanitize::flags();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("js_suite{suffix}"));
    let mut cmd = Command::new("cc");
    cmd.args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-D_POSIX_C_SOURCE=200809L", "-pthread"])
        .args(sanitize)
        .arg("-I")
        .arg(root().join("include"))
        .arg(root().join("tests/c/js_suite.c"))
        .arg("-o")
        .arg(&out)
        .arg(format!("-L{}", lib.display()))
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-lnano");
    let status = cmd.output().unwrap();
    assert!(status.status.success(), "cc: {}", String::from_utf8_lossy(&status.stderr));
    out
}

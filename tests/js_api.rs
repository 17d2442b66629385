//! The Web API suites in tests/js/api, each run by tests/c/js_suite.c
//! through the C API against the real libnano, in isolates loaded from the
//! snapshot.

#[path = "common/sanitize.rs"]
mod sanitize;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compiles the runner once per test process.
fn runner() -> PathBuf {
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

fn suite(file: &str, extra: &[&str]) {
    let dir = root().join("tests/js/api");
    let mut cmd = Command::new(runner());
    sanitize::configure(&mut cmd);
    let out = cmd.args(extra).arg(dir.join("harness.js")).arg(dir.join(file)).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    assert!(out.status.success(), "{file}:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn encoding() {
    suite("encoding.js", &[]);
}

#[test]
fn url() {
    suite("url.js", &[]);
}

#[test]
fn crypto() {
    suite("crypto.js", &[]);
}

#[test]
fn fetch_standard() {
    suite("fetch_api.js", &[]);
}

#[test]
fn subrequests_through_the_host() {
    suite("subrequest.js", &[]);
}

#[test]
fn fetch_without_a_host_callback() {
    suite("nofetch.js", &["--no-fetch"]);
}

#[test]
fn readable_streams() {
    suite("streams.js", &[]);
}

#[test]
fn dom_timers_and_friends() {
    suite("dom.js", &[]);
}

#[test]
fn env_and_wait_until() {
    let expected = root().join("tests/js/api/context.expected");
    suite("context.js", &["--expect-log", expected.to_str().unwrap()]);
}

#[test]
fn console_output() {
    let expected = root().join("tests/js/api/console.expected");
    suite("console.js", &["--expect-log", expected.to_str().unwrap()]);
}

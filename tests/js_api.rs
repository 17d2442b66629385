//! The Web API suites in tests/js/api, each run by tests/c/js_suite.c
//! through the C API against the real libnano, in isolates loaded from the
//! snapshot.

#[path = "common/js_suite.rs"]
mod js_suite;

use js_suite::{root, runner, sanitize};
use std::process::Command;

fn suite(file: &str, extra: &[&str]) {
    let dir = root().join("tests/js/api");
    let mut cmd = Command::new(runner());
    sanitize::configure(&mut cmd);
    // A suite runs all its tests in one request: the default 50 ms of CPU
    // is for one request, not for a file of them (under AddressSanitizer,
    // whose allocator V8's buffers go through, byte_streams.js needs ~50).
    if !extra.contains(&"--cpu-limit-ms") {
        cmd.args(["--cpu-limit-ms", "2000"]);
    }
    let out = cmd.args(extra).arg(dir.join("harness.js")).arg(dir.join(file)).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    assert!(out.status.success(), "{file}:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}

/// The harness's own assertions (harness_self.js): assertEquals fails on
/// values that differ (two Maps, two Sets, a Map and an object) and passes on
/// equal ones.
#[test]
fn the_harness_itself() {
    suite("harness_self.js", &[]);
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
    // Seventeen cases in one request: more than the default 50 ms of CPU
    // under AddressSanitizer.
    suite("streams.js", &["--cpu-limit-ms", "5000"]);
}

#[test]
fn byte_streams() {
    suite("byte_streams.js", &[]);
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

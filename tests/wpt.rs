//! Web Platform Tests: the files vendored under tests/wpt/ (their sources and
//! commits in tests/wpt/SOURCES.md), each run through the C API by
//! tests/c/js_suite.c, with nano's testharness stand-in (tests/wpt/harness.js)
//! and the resources named in the file's `// META: script=` lines in front.
//!
//! tests/wpt/expectations.txt lists the tests known to fail, each with its
//! reason. A test fails here when a test not listed fails, when a listed one
//! passes (take it off the list), or when a file reports nothing. The counts
//! per suite are printed.

#[path = "common/js_suite.rs"]
mod js_suite;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use js_suite::{root, runner, sanitize};

/// The suites run, as directories under tests/wpt/.
const SUITES: &[&str] = &[
    "streams",
    "streams/readable-streams",
    "streams/readable-byte-streams",
    "streams/writable-streams",
    "streams/transform-streams",
    "streams/piping",
    "encoding/streams",
    "compression",
];

/// Files whose tests replace built-ins (`Object.prototype.then`, a
/// function's `apply`): run in the strict isolation mode.
const PATCHES_BUILT_INS: &[&str] = &[
    "streams/piping/then-interception.any.js",
    "streams/readable-streams/patched-global.any.js",
    "streams/writable-streams/general.any.js",
    "streams/transform-streams/general.any.js",
    "streams/transform-streams/patched-global.any.js",
];

fn wpt() -> PathBuf {
    root().join("tests/wpt")
}

/// (file relative to tests/wpt, test name) -> reason.
fn expectations() -> BTreeMap<(String, String), String> {
    let text = std::fs::read_to_string(wpt().join("expectations.txt")).unwrap();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(file), Some(name), Some(reason)) = (parts.next(), parts.next(), parts.next()) else {
            panic!("expectations.txt: a line is `file<TAB>test name<TAB>reason`: {line:?}");
        };
        out.insert((file.to_string(), name.to_string()), reason.to_string());
    }
    out
}

/// The file with its `// META: script=` resources in front of it.
fn assemble(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let mut source = String::new();
    for line in text.lines().take_while(|l| l.starts_with("// META:")) {
        if let Some(script) = line.strip_prefix("// META: script=") {
            let path = file.parent().unwrap().join(script.trim());
            let resource = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: resource {}: {e}", file.display(), path.display()));
            source.push_str(&resource);
            source.push('\n');
        }
    }
    source.push_str(&text);
    source
}

/// Runs one file: (test name, None when it passed or Some(message)).
fn run_file(file: &Path) -> Vec<(String, Option<String>)> {
    let assembled = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("wpt-{}", file.strip_prefix(wpt()).unwrap().to_string_lossy().replace('/', "-")));
    std::fs::write(&assembled, assemble(file)).unwrap();
    let mut cmd = Command::new(runner());
    sanitize::configure(&mut cmd);
    // A file that makes shared memory (to check that a stream refuses it)
    // runs with the lockdown's shared memory allowed, or it could not.
    if std::fs::read_to_string(file).unwrap().contains("SharedArrayBuffer") {
        cmd.arg("--allow-shared-memory");
    }
    // Files that replace built-ins (to check that nano's own code never
    // calls them) run in the strict isolation mode, where a script may; the
    // hardened realm of the other modes freezes them (the test could not
    // even set them up).
    let relative = file.strip_prefix(wpt()).unwrap().to_string_lossy().into_owned();
    if PATCHES_BUILT_INS.contains(&relative.as_str()) {
        cmd.arg("--strict");
    }
    let out = cmd
        .args(["--raw", "--cpu-limit-ms", "20000"])
        .arg(wpt().join("harness.js"))
        .arg(&assembled)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{}: {stdout}\n{}", file.display(), String::from_utf8_lossy(&out.stderr));
    let mut results = Vec::new();
    for line in stdout.lines() {
        let mut parts = line.splitn(3, '\t');
        match (parts.next(), parts.next()) {
            (Some("PASS"), Some(name)) => results.push((name.to_string(), None)),
            (Some("FAIL"), Some(name)) => {
                results.push((name.to_string(), Some(parts.next().unwrap_or("").to_string())))
            }
            _ => panic!("{}: not a result line: {line:?} (output: {stdout})", file.display()),
        }
    }
    assert!(!results.is_empty(), "{}: no test ran: {stdout}", file.display());
    results
}

#[test]
fn web_platform_tests() {
    let expected = expectations();
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for suite in SUITES {
        let mut files: Vec<PathBuf> = std::fs::read_dir(wpt().join(suite))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".any.js"))
            .collect();
        files.sort();
        let (mut passed, mut failed) = (0, 0);
        for file in &files {
            let rel = file.strip_prefix(wpt()).unwrap().to_string_lossy().into_owned();
            for (name, failure) in run_file(file) {
                let key = (rel.clone(), name.clone());
                seen.insert(key.clone());
                match (failure, expected.get(&key)) {
                    (None, None) => passed += 1,
                    (Some(_), Some(_)) => failed += 1,
                    (None, Some(reason)) => {
                        passed += 1;
                        problems.push(format!(
                            "{rel}: {name:?} passes now (listed as failing: {reason}): take it off"
                        ));
                    }
                    (Some(message), None) => {
                        failed += 1;
                        problems.push(format!("{rel}: {name:?} fails: {message}"));
                    }
                }
            }
        }
        let total = passed + failed;
        println!(
            "WPT {suite}: {passed}/{total} passed ({:.1}%), {failed} known failures, {} files",
            100.0 * passed as f64 / total.max(1) as f64,
            files.len()
        );
    }
    for (file, name) in expected.keys() {
        if !seen.contains(&(file.clone(), name.clone())) {
            problems.push(format!("expectations.txt names {file}: {name:?}, which did not run"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

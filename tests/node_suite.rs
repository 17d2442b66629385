//! Node's own tests for the modules nano offers (issue 30): the files of
//! Node's test/parallel in tests/node/suite (SOURCE.md says which commit),
//! each run as a Workers script through nano's harness (tests/node/suite/
//! README.md: `entry.mjs` runs the test in a request and answers how it
//! ended). tests/node/suite/expectations.txt lists the files that cannot run
//! in a sandbox (SKIP) and those known to fail (FAIL, with why); this test
//! fails on an unexpected failure and on a listed failure that now passes.
//! Prints, per module, the files passed beside the count Deno passes.
//!
//! NANO_NODE_SUITE_UPDATE=1 rewrites the FAIL lines from this run (a file
//! that fails gets one, with the first line of its error; one that passes
//! loses it). NANO_NODE_SUITE_FILTER=<substring> runs only matching files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine;
use nano::{Config, IsolationMode, Lockdown, ModuleSource, ModuleType, Request, Runtime, ScriptOptions};

fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node/suite")
}

struct Selected {
    file: String,
    module: String,
    in_deno: bool,
    fixtures: Vec<String>,
}

fn selection() -> Vec<Selected> {
    let text = std::fs::read_to_string(suite().join("selection.tsv")).unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            Selected {
                file: cols[0].to_string(),
                module: cols[1].to_string(),
                in_deno: cols[2] == "yes",
                fixtures: cols.get(7).map_or(Vec::new(), |f| {
                    f.split([',', ' ']).filter(|s| !s.is_empty()).map(String::from).collect()
                }),
            }
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
enum Expect {
    Pass,
    Fail(String),
    Skip(String),
    Flaky(String),
}

/// expectations.txt: file -> expectation, and its lines (kept for updates).
fn expectations() -> (BTreeMap<String, Expect>, String) {
    let text = std::fs::read_to_string(suite().join("expectations.txt")).unwrap();
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let file = parts.next().unwrap().to_string();
        let kind = parts.next().unwrap_or("PASS");
        let rest = parts.next().unwrap_or("").to_string();
        let e = match kind {
            "FAIL" => Expect::Fail(rest),
            "SKIP" => Expect::Skip(rest),
            "FLAKY" => Expect::Flaky(rest),
            _ => Expect::Pass,
        };
        map.insert(file, e);
    }
    (map, text)
}

/// A FAIL line's optional `/regex/`, as a plain substring test of each
/// alternative (the patterns used are literal alternatives).
fn fail_pattern_matches(rest: &str, error: &str) -> bool {
    let Some(body) = rest.strip_prefix('/') else { return true };
    let Some(end) = body.find("/ ").or_else(|| body.strip_suffix('/').map(|b| b.len())) else { return true };
    body[..end].split('|').any(|alt| error.contains(alt))
}

fn kind_of(name: &str) -> ModuleType {
    if name.ends_with(".mjs") { ModuleType::EsModule } else { ModuleType::CommonJs }
}

/// The module list one test is registered as (README.md, "What a runner does").
fn module_list(s: &Selected) -> Vec<ModuleSource> {
    let root = suite();
    let source = std::fs::read_to_string(root.join(&s.file)).unwrap();
    let source = source
        .replace("require('node:test')", "require('../common/node_test.js')")
        .replace("require(\"node:test\")", "require('../common/node_test.js')")
        .replace("from 'node:test'", "from '../common/node_test.js'")
        .replace("from \"node:test\"", "from '../common/node_test.js'");
    let name = format!("test/{}", s.file);
    let mut fixtures = serde_json::Map::new();
    for f in &s.fixtures {
        let Ok(bytes) = std::fs::read(root.join("fixtures").join(f)) else { continue };
        let value = match String::from_utf8(bytes.clone()) {
            Ok(text) if !text.contains('\0') => serde_json::Value::String(text),
            _ => serde_json::json!({ "base64": base64::engine::general_purpose::STANDARD.encode(&bytes) }),
        };
        fixtures.insert(f.clone(), value);
    }
    let quoted = serde_json::to_string(&format!("./{name}")).unwrap();
    let run = if name.ends_with(".mjs") {
        format!("() => import({quoted})")
    } else {
        format!("() => require({quoted})")
    };
    let shim = format!(
        "'use strict';\nmodule.exports = {{\n  file: {},\n  run: {run},\n  fixtures: {},\n}};\n",
        serde_json::to_string(&name).unwrap(),
        serde_json::Value::Object(fixtures)
    );
    let mut list = vec![
        ModuleSource::new("entry.mjs", ModuleType::EsModule, std::fs::read(root.join("entry.mjs")).unwrap()),
        ModuleSource::new("test.js", ModuleType::CommonJs, shim),
        ModuleSource::new(name.clone(), kind_of(&name), source),
    ];
    let mut common: Vec<_> =
        std::fs::read_dir(root.join("common")).unwrap().map(|e| e.unwrap().path()).collect();
    common.sort();
    for path in common {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let name = format!("test/common/{file}");
        list.push(ModuleSource::new(name.clone(), kind_of(&name), std::fs::read(&path).unwrap()));
    }
    list
}

#[derive(Debug)]
enum Outcome {
    Passed,
    Skipped,
    Failed(String),
}

fn run_one(rt: &Runtime, s: &Selected, index: usize) -> Outcome {
    let name = format!("t{index}");
    let options = ScriptOptions {
        isolation: IsolationMode::Strict,
        lockdown: Lockdown { allow_eval: true, allow_shared_memory: true },
        ..Default::default()
    };
    if let Err(e) = rt.add_modules(&name, module_list(s), options) {
        return Outcome::Failed(format!("registration: {e}"));
    }
    let req =
        Request { method: "GET".into(), url: "http://node-test/?timeout=5000".into(), ..Default::default() };
    let outcome = match rt.eval(&name, req) {
        Ok(res) => match serde_json::from_slice::<serde_json::Value>(&res.body) {
            Ok(json) => match json["status"].as_str() {
                Some("passed") => Outcome::Passed,
                Some("skipped") => Outcome::Skipped,
                _ => Outcome::Failed(json["error"].as_str().unwrap_or("failed").to_string()),
            },
            Err(_) => Outcome::Failed(format!("{}: {}", res.status, String::from_utf8_lossy(&res.body))),
        },
        Err(e) => Outcome::Failed(format!("request: {e}")),
    };
    let _ = rt.remove_script(&name);
    outcome
}

#[test]
fn nodes_own_tests() {
    let (expect, text) = expectations();
    let filter = std::env::var("NANO_NODE_SUITE_FILTER").ok();
    let selected: Vec<Selected> = selection()
        .into_iter()
        .filter(|s| filter.as_ref().is_none_or(|f| s.file.contains(f.as_str())))
        .collect();
    let rt = Runtime::new(Config {
        max_isolates: 2,
        cpu_time_limit: std::time::Duration::from_secs(10),
        wall_time_limit: std::time::Duration::from_secs(30),
        heap_limit: 256 << 20,
        log: Some(std::sync::Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let results: Mutex<BTreeMap<String, Outcome>> = Mutex::new(BTreeMap::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(s) = selected.get(i) else { break };
                    if matches!(expect.get(&s.file), Some(Expect::Skip(_))) {
                        continue;
                    }
                    let outcome = run_one(&rt, s, i);
                    results.lock().unwrap().insert(s.file.clone(), outcome);
                }
            });
        }
    });
    let results = results.into_inner().unwrap();

    // Per module: passed / run / selected, beside Deno's count.
    let mut per: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    let mut problems = Vec::new();
    for s in &selected {
        let row = per.entry(s.module.as_str()).or_default();
        row[0] += 1;
        if s.in_deno {
            row[4] += 1;
        }
        let e = expect.get(&s.file).cloned().unwrap_or(Expect::Pass);
        let Some(outcome) = results.get(&s.file) else { continue };
        row[1] += 1;
        match outcome {
            Outcome::Passed => row[2] += 1,
            Outcome::Skipped => row[3] += 1,
            Outcome::Failed(_) => {}
        }
        match (&e, outcome) {
            (Expect::Pass, Outcome::Failed(error)) => {
                problems.push(format!("{}: unexpected failure: {error}", s.file))
            }
            (Expect::Fail(why), Outcome::Passed) => {
                problems.push(format!("{}: listed as failing ({why}) but passes: drop its line", s.file))
            }
            (Expect::Fail(why), Outcome::Failed(error)) if !fail_pattern_matches(why, error) => {
                problems.push(format!("{}: fails differently than listed ({why}): {error}", s.file))
            }
            _ => {}
        }
    }
    println!(
        "\nNode's tests (tests/node/suite), per module: passed / run / selected (skipped by the test) — Deno's list"
    );
    let mut totals = [0usize; 5];
    for (module, row) in &per {
        println!(
            "  {module:<16} {:>3} / {:>3} / {:>3} ({} skipped) — Deno {}",
            row[2], row[1], row[0], row[3], row[4]
        );
        for k in 0..5 {
            totals[k] += row[k];
        }
    }
    println!(
        "  {:<16} {:>3} / {:>3} / {:>3} ({} skipped) — Deno {}",
        "all", totals[2], totals[1], totals[0], totals[3], totals[4]
    );

    if std::env::var_os("NANO_NODE_SUITE_UPDATE").is_some() {
        let mut out = String::new();
        for line in text.lines() {
            let file = line.split(' ').next().unwrap_or("");
            let generated = line.contains(" FAIL nano: ");
            let passes_now = matches!(results.get(file), Some(Outcome::Passed | Outcome::Skipped));
            if (generated || matches!(expect.get(file), Some(Expect::Fail(_)))) && passes_now {
                continue;
            }
            if generated && results.contains_key(file) {
                continue; // rewritten below with this run's error
            }
            out.push_str(line);
            out.push('\n');
        }
        for (file, outcome) in &results {
            if let Outcome::Failed(error) = outcome {
                let listed = matches!(expect.get(file), Some(Expect::Fail(r)) if !r.starts_with("nano: "));
                if !listed {
                    let first = error.lines().next().unwrap_or("").chars().take(160).collect::<String>();
                    out.push_str(&format!("{file} FAIL nano: {first}\n"));
                }
            }
        }
        std::fs::write(suite().join("expectations.txt"), out).unwrap();
        println!("expectations.txt rewritten");
        return;
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

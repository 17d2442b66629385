//! Cold start in every isolation mode, and the start-up paths it is made of.
//!
//!     scripts/bench.sh coldstart        (or: cargo bench --bench coldstart)
//!
//! Prints p50/p99/max of a new isolate's first request in each mode (fresh,
//! the default, and reuse: the built-in snapshot, the script's realm built,
//! the request; strict: the script's own snapshot, a context, the request),
//! the paths a snapshot saves (the script run per context; no snapshot at
//! all), per-request context costs on a warm strict isolate, snapshot sizes
//! and idle-isolate memory, and rewrites its section of BENCHMARKS.md.
//! NANO_BENCH_RUNS overrides the number of runs (default 1000);
//! NANO_BENCH_SMOKE=1 makes a smoke run.

mod support;

use std::sync::Arc;
use std::time::Instant;

use nano::ScriptFormat;
use nano::bench::{self, WarmIsolate};
use nano::snapshot::ScriptSpec;
use nano::{Config, IsolationMode, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD, fmt, mib};

const HELLO: &str = include_str!("../examples/workers/hello.js");

fn get() -> Request {
    Request { method: "GET".into(), url: "http://localhost/".into(), ..Default::default() }
}

fn main() {
    let runs = support::runs(1000);
    let rt =
        Runtime::new(Config { max_isolates: 100_000, max_idle_per_script: 100_000, ..Config::default() })
            .unwrap();
    let bundle = support::realistic_bundle();
    let mode = |isolation| ScriptOptions { isolation, ..ScriptOptions::default() };
    let mut registered = Vec::new(); // (label, mode, script, registration time)
    for (label, source) in [("hello", HELLO), ("200 KB bundle", bundle.as_str())] {
        for m in [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict] {
            let t = Instant::now();
            let script = rt.add_script(&format!("{label}-{}", m.name()), source, mode(m)).unwrap();
            registered.push((label, m, script, t.elapsed()));
        }
    }
    let cold: Vec<_> = registered.iter().map(|(label, m, s, _)| (*label, *m, s.clone())).collect();
    let (hello, big) =
        (find(&cold, "hello", IsolationMode::Strict), find(&cold, "200 KB bundle", IsolationMode::Strict));

    // Everything that runs JS runs on a thread created after V8 started.
    let bundle2 = bundle.clone();
    let report = std::thread::spawn(move || measure(runs, cold, &bundle2)).join().unwrap();

    // Through the pool: a new worker (thread + isolate) per request, per mode.
    let mut pool_rows = Vec::new();
    for m in [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict] {
        let name = format!("hello-{}", m.name());
        let mut leases = Vec::new();
        let s = Stats::measure(runs, || {
            let mut lease = rt.acquire(&name).unwrap();
            lease.eval(get()).unwrap();
            leases.push(lease); // held, so the next acquire must create one
        });
        drop(leases);
        pool_rows.push((m, s));
    }

    // Memory per idle isolate: RSS growth over 200 new idle workers (a fresh
    // runtime, so none are reused), in the default mode.
    let idle_n = support::count(200);
    let idle_rt = Runtime::new(Config {
        max_isolates: idle_n,
        max_idle_per_script: idle_n,
        min_idle_per_script: 0,
        ..Config::default()
    })
    .unwrap();
    idle_rt.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    let before = support::rss_bytes();
    {
        let leases: Vec<_> = (0..idle_n).map(|_| idle_rt.acquire("hello").unwrap()).collect();
        drop(leases); // back to the pool, idle
    }
    assert_eq!(idle_rt.stats().idle, idle_n);
    let per_isolate = (support::rss_bytes().saturating_sub(before)) / idle_n;

    let mut out = String::new();
    out.push_str(&format!(
        "## Cold start (`scripts/bench.sh coldstart`)\n\nMachine: {}. Runs per row: {runs}. Each row names \
         its isolation mode: **fresh** (the default) and **reuse** start an isolate from the built-in \
         snapshot and build the script's realm (top level run once, built-ins frozen); **strict** starts it \
         from the script's own snapshot (made at registration). The design's bound: a new isolate's first \
         request under 5 ms at p99.\n\n{TABLE_HEAD}\n",
        support::machine()
    ));
    for (name, stats) in &report.rows {
        out.push_str(&stats.row(name));
        out.push('\n');
    }
    for (m, stats) in &pool_rows {
        out.push_str(&stats.row(&format!(
            "{}: hello, cold start through the pool (new thread + isolate + request)",
            m.name()
        )));
        out.push('\n');
    }
    let p50 = |label: &str| {
        let row = report.rows.iter().find(|(name, _)| name == label).unwrap_or_else(|| panic!("row {label}"));
        row.1.p50().as_secs_f64()
    };
    out.push_str(&format!(
        "\nRatios (p50), hello / 200 KB bundle: fresh cold start / strict cold start = **{:.1}×** / {:.1}×; \
         no snapshot / strict cold start = {:.1}× / {:.1}×; built-in snapshot + script run per context / \
         strict cold start = {:.1}× / {:.1}×.\n",
        p50(&cold_label("hello", IsolationMode::Fresh)) / p50(&cold_label("hello", IsolationMode::Strict)),
        p50(&cold_label("200 KB bundle", IsolationMode::Fresh))
            / p50(&cold_label("200 KB bundle", IsolationMode::Strict)),
        p50(&no_snapshot_label("hello")) / p50(&cold_label("hello", IsolationMode::Strict)),
        p50(&no_snapshot_label("200 KB bundle")) / p50(&cold_label("200 KB bundle", IsolationMode::Strict)),
        p50(&builtin_label("hello")) / p50(&cold_label("hello", IsolationMode::Strict)),
        p50(&builtin_label("200 KB bundle")) / p50(&cold_label("200 KB bundle", IsolationMode::Strict)),
    ));
    out.push_str("\nRegistration:");
    for (label, m, _, took) in &registered {
        out.push_str(&format!(" {label} {} {};", m.name(), fmt(*took)));
    }
    out.push_str(&format!(
        "\n\nSizes: built-in snapshot {} bytes; strict-mode script snapshots: hello {} bytes, 200 KB bundle ({} \
         bytes of JS) {} bytes (fresh and reuse make none).\n",
        bench::builtin_snapshot_len(),
        hello.snapshot_len(),
        bundle.len(),
        big.snapshot_len(),
    ));
    out.push_str(&format!(
        "\nIdle isolate (hello, fresh): RSS {} per isolate (growth over {idle_n} idle pooled workers, thread \
         stacks included); V8 heap after GC: used {}, total {}, external {}.\n",
        mib(per_isolate),
        mib(report.heap.0),
        mib(report.heap.1),
        mib(report.heap.2),
    ));
    print!("{out}");
    support::write_section("coldstart", &out);
}

fn cold_label(label: &str, m: IsolationMode) -> String {
    match m {
        IsolationMode::Strict => {
            format!("strict: {label}, cold start from the script snapshot (new isolate + context + request)")
        }
        _ => format!("{}: {label}, cold start (new isolate + realm built + request)", m.name()),
    }
}

fn builtin_label(label: &str) -> String {
    format!("path a strict snapshot saves: {label}, built-in snapshot, script run per context")
}

fn no_snapshot_label(label: &str) -> String {
    format!("path the built-in snapshot saves: {label}, no snapshot (bootstrap JS + script at run time)")
}

struct Report {
    rows: Vec<(String, Stats)>,
    heap: (usize, usize, usize),
}

/// A registered script: (label, mode, script).
type Registered = (&'static str, IsolationMode, Arc<nano::Script>);

/// The script registered as `label` in mode `m`.
fn find(scripts: &[Registered], label: &str, m: IsolationMode) -> Arc<nano::Script> {
    scripts.iter().find(|r| r.0 == label && r.1 == m).map(|r| r.2.clone()).expect("registered")
}

fn measure(runs: usize, cold: Vec<Registered>, bundle: &str) -> Report {
    let mut rows = Vec::new();
    for (label, m, script) in &cold {
        let stats = match m {
            IsolationMode::Strict => Stats::measure(runs, || {
                bench::cold_start_script_snapshot(script, get()).unwrap();
            }),
            _ => Stats::measure(runs, || {
                bench::cold_start_realm(script, get()).unwrap();
            }),
        };
        rows.push((cold_label(label, *m), stats));
    }
    for (label, source) in [("hello", HELLO), ("200 KB bundle", bundle)] {
        let spec = ScriptSpec::module("bench", source, ScriptFormat::Module, &[]).unwrap();
        let builtin = Stats::measure(runs, || {
            bench::cold_start_builtin_snapshot(&spec, get()).unwrap();
        });
        let none = Stats::measure(runs, || {
            bench::cold_start_no_snapshot(&spec, get()).unwrap();
        });
        rows.push((builtin_label(label), builtin));
        rows.push((no_snapshot_label(label), none));
    }
    for label in ["hello", "200 KB bundle"] {
        let mut warm = WarmIsolate::new(find(&cold, label, IsolationMode::Strict));
        for _ in 0..support::count(50) {
            warm.request(get()).unwrap();
        }
        let ctx = Stats::measure(runs, || warm.new_context().unwrap());
        let req = Stats::measure(runs, || {
            warm.request(get()).unwrap();
        });
        let mut samples = Vec::with_capacity(runs);
        for _ in 0..runs {
            warm.prepare();
            let t = Instant::now();
            warm.request_prepared(get()).unwrap();
            samples.push(t.elapsed());
        }
        let prepared = Stats::new(samples);
        rows.push((format!("strict: {label}, fresh context from the snapshot on a warm isolate"), ctx));
        rows.push((format!("strict: {label}, request in a context made beforehand"), prepared));
        rows.push((format!("strict: {label}, fresh context + request on a warm isolate"), req));
    }
    let mut bare = bench::BareIsolate::new();
    for _ in 0..support::count(50) {
        bare.new_context();
    }
    let floor = Stats::measure(runs, || bare.new_context());
    rows.push((
        "floor: empty context from V8's own snapshot (no Workers API) on a warm isolate".into(),
        floor,
    ));
    let mut warm = bench::WarmRealm::new(find(&cold, "hello", IsolationMode::Fresh));
    warm.request(get()).unwrap();
    warm.collect_garbage();
    Report { rows, heap: warm.heap_statistics() }
}

//! Cold start and per-request reset costs (issue: snapshot path).
//!
//!     scripts/bench.sh coldstart        (or: cargo bench --bench coldstart)
//!
//! Prints p50/p99/max for each start-up path of `nano::bench`, the
//! no-snapshot / snapshot ratio, snapshot sizes and idle-isolate memory, and
//! rewrites its section of BENCHMARKS.md. NANO_BENCH_RUNS overrides the
//! number of runs (default 1000).

mod support;

use std::sync::Arc;
use std::time::Instant;

use nano::ScriptFormat;
use nano::bench::{self, WarmIsolate};
use nano::snapshot::ScriptSpec;
use nano::{Config, Request, Runtime, ScriptOptions};
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
    let t = Instant::now();
    let hello = rt.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    let hello_register = t.elapsed();
    let t = Instant::now();
    let big = rt.add_script("bundle", &bundle, ScriptOptions::default()).unwrap();
    let bundle_register = t.elapsed();

    // Everything that runs JS runs on a thread created after V8 started.
    let (hello2, big2, bundle2) = (hello.clone(), big.clone(), bundle.clone());
    let report = std::thread::spawn(move || measure(runs, hello2, big2, &bundle2)).join().unwrap();

    // Through the pool: a new worker (thread + isolate) per request.
    let pool_cold = {
        let mut leases = Vec::new();
        let s = Stats::measure(runs, || {
            let mut lease = rt.acquire("hello").unwrap();
            lease.eval(get()).unwrap();
            leases.push(lease); // held, so the next acquire must create one
        });
        drop(leases);
        s
    };

    // Memory per idle isolate: RSS growth over 200 new idle workers (a fresh
    // runtime, so none are reused).
    let idle_n = 200;
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
        "## Cold start (`scripts/bench.sh coldstart`)\n\nMachine: {}. Runs per row: {runs}.\n\n{TABLE_HEAD}\n",
        support::machine()
    ));
    for (name, stats) in &report.rows {
        out.push_str(&stats.row(name));
        out.push('\n');
    }
    out.push_str(&pool_cold.row("hello: cold start through the pool (new thread + isolate + request)"));
    out.push('\n');
    let ratio = |a: &Stats, b: &Stats| a.p50().as_secs_f64() / b.p50().as_secs_f64();
    let r = &report.rows;
    out.push_str(&format!(
        "\nRatios (p50): no snapshot / script snapshot = **{:.1}×** (hello), {:.1}× (200 KB bundle); \
         built-in snapshot + script run per context / script snapshot = {:.1}× (hello), {:.1}× (bundle).\n",
        ratio(&r[2].1, &r[0].1),
        ratio(&r[5].1, &r[3].1),
        ratio(&r[1].1, &r[0].1),
        ratio(&r[4].1, &r[3].1),
    ));
    out.push_str(&format!(
        "\nSizes: built-in snapshot {} bytes; hello script snapshot {} bytes; 200 KB bundle ({} bytes of JS) \
         script snapshot {} bytes. Registration (script snapshot made): hello {}, bundle {}.\n",
        bench::builtin_snapshot_len(),
        hello.snapshot_len(),
        bundle.len(),
        big.snapshot_len(),
        fmt(hello_register),
        fmt(bundle_register),
    ));
    out.push_str(&format!(
        "\nIdle isolate (hello): RSS {} per isolate (growth over {idle_n} idle pooled workers, thread stacks \
         included); V8 heap after GC: used {}, total {}, external {}.\n",
        mib(per_isolate),
        mib(report.heap.0),
        mib(report.heap.1),
        mib(report.heap.2),
    ));
    print!("{out}");
    support::write_section("coldstart", &out);
}

struct Report {
    rows: Vec<(String, Stats)>,
    heap: (usize, usize, usize),
}

fn measure(runs: usize, hello: Arc<nano::Script>, big: Arc<nano::Script>, bundle: &str) -> Report {
    let mut rows = Vec::new();
    for (label, script, source) in [("hello", &hello, HELLO), ("200 KB bundle", &big, bundle)] {
        let spec = ScriptSpec {
            name: "bench",
            source,
            format: ScriptFormat::Module,
            bindings: &[],
            log: None,
            lockdown: Default::default(),
            cpu_limit: Default::default(),
        };
        let path1 = Stats::measure(runs, || {
            bench::cold_start_script_snapshot(script, get()).unwrap();
        });
        let path2 = Stats::measure(runs, || {
            bench::cold_start_builtin_snapshot(&spec, get()).unwrap();
        });
        let path3 = Stats::measure(runs, || {
            bench::cold_start_no_snapshot(&spec, get()).unwrap();
        });
        rows.push((format!("{label}: cold start, script snapshot (new isolate + context + request)"), path1));
        rows.push((format!("{label}: cold start, built-in snapshot, script run per context"), path2));
        rows.push((format!("{label}: cold start, no snapshot (bootstrap JS + script at run time)"), path3));
    }
    for (label, script) in [("hello", &hello), ("200 KB bundle", &big)] {
        let mut warm = WarmIsolate::new(script.clone());
        for _ in 0..50 {
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
        rows.push((format!("{label}: fresh context from the snapshot on a warm isolate"), ctx));
        rows.push((format!("{label}: request in a context made beforehand"), prepared));
        rows.push((format!("{label}: fresh context + request on a warm isolate"), req));
    }
    let mut bare = bench::BareIsolate::new();
    for _ in 0..50 {
        bare.new_context();
    }
    let floor = Stats::measure(runs, || bare.new_context());
    rows.push((
        "floor: empty context from V8's own snapshot (no Workers API) on a warm isolate".into(),
        floor,
    ));
    // Reorder so that indexes 0..6 are the cold-start rows as used above.
    let mut warm = WarmIsolate::new(hello);
    warm.request(get()).unwrap();
    warm.collect_garbage();
    Report { rows, heap: warm.heap_statistics() }
}

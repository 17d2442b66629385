//! The isolation modes (issue: isolation without a fresh context).
//!
//!     scripts/bench.sh isolation        (or: cargo bench --bench isolation)
//!
//! Prints, for hello, the JSON router and a >= 100 KB Hono bundle in each
//! mode: registration time and what a registered script holds; per-request
//! cost p50/p99 with its steps (new module instance, serve, reset); cold
//! start through the pool with 100 other isolates alive; and the hot paths
//! frozen built-ins could slow (array spread, `then`, `new Error`) in the
//! fresh mode against the strict one (built-ins not frozen). Rewrites its
//! section of BENCHMARKS.md. NANO_BENCH_RUNS overrides the number of
//! requests per measurement (default 2000).

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use nano::bench::WarmRealm;
use nano::{Config, IsolationMode, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD, fmt};

const HELLO: &str = include_str!("../examples/workers/hello.js");
const API: &str = include_str!("../examples/workers/api.js");
const HONO: &str = include_str!("../tests/corpus/hono.js");
const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

fn request(path: &str) -> Request {
    Request { method: "GET".into(), url: format!("http://localhost{path}"), ..Default::default() }
}

const SCRIPTS: [(&str, &str, &str); 3] =
    [("hello", HELLO, "/"), ("api", API, "/api/users/2"), ("hono", HONO, "/api/users/42?q=x")];

// Each handler runs one hot path 2,000 times per request.
const HOT: [(&str, &str); 3] = [
    (
        "array spread",
        "const a = [1, 2, 3, 4, 5, 6, 7, 8]; for (let i = 0; i < 2000; i++) n += [...a].length;",
    ),
    (
        "promise then",
        "let p = Promise.resolve(0); for (let i = 0; i < 2000; i++) p = p.then((v) => v + 1); n = await p;",
    ),
    ("new Error", "for (let i = 0; i < 2000; i++) n += new Error('x').message.length;"),
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runs = support::runs(2000);
    let quiet = || Config { log: Some(Arc::new(|_, _| {})), ..Config::default() };
    let mut out = format!(
        "## Isolation modes (`scripts/bench.sh isolation`)\n\n{}; {runs} requests per row. Per-request cost: one warm \
         isolate serving requests as a worker does (no thread hop), each step timed. Steps: *instance* = the fresh \
         mode's new module instance (the script's top level run again, its handler installed); *serve* = dispatch, \
         the handler and reading the response; *reset* = the realm's reset (fresh, reuse) or making the next \
         context (strict).\n\n",
        support::machine()
    );

    // Registration and what a registered script holds.
    out.push_str("| script | mode | registration | held per script |\n| --- | --- | ---: | ---: |\n");
    let rt = Runtime::new(quiet()).unwrap();
    let mut scripts = Vec::new();
    for (name, src, path) in SCRIPTS {
        for mode in MODES {
            let t = Instant::now();
            let id = format!("{name}-{}", mode.name());
            let script =
                rt.add_script(&id, src, ScriptOptions { isolation: mode, ..Default::default() }).unwrap();
            let took = t.elapsed();
            out.push_str(&format!(
                "| {name} | {} | {} | {} KiB |\n",
                mode.name(),
                fmt(took),
                script.retained_bytes() / 1024
            ));
            scripts.push((name, mode, path, script));
        }
    }

    // Per-request cost. JavaScript runs only on threads created after V8
    // started: these measurements run on one.
    out.push_str(
        "\n| script | mode | p50 | p99 | instance (p50) | serve (p50) | reset (p50) |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let per_request = {
        let scripts: Vec<_> = scripts.iter().map(|(n, m, p, s)| (*n, *m, *p, s.clone())).collect();
        std::thread::spawn(move || {
            let mut rows = String::new();
            for (name, mode, path, script) in scripts {
                let mut warm = WarmRealm::new(script);
                for _ in 0..support::count(200) {
                    warm.request(request(path)).unwrap(); // warm-up
                }
                let (mut total, mut inst, mut serve, mut reset) = (vec![], vec![], vec![], vec![]);
                for _ in 0..runs {
                    let t = Instant::now();
                    let (response, steps) = warm.timed_request(request(path)).unwrap();
                    total.push(t.elapsed());
                    assert_eq!(response.status, 200, "{name} {mode:?}");
                    inst.push(steps.instance);
                    serve.push(steps.serve);
                    reset.push(steps.reset);
                }
                let s = Stats::new(total);
                rows.push_str(&format!(
                    "| {name} | {} | {} | {} | {} | {} | {} |\n",
                    mode.name(),
                    fmt(s.p50()),
                    fmt(s.p99()),
                    fmt(median(inst)),
                    fmt(median(serve)),
                    fmt(median(reset))
                ));
            }
            rows
        })
        .join()
        .unwrap()
    };
    out.push_str(&per_request);

    // Cold start through the pool: a request that finds no warm isolate for
    // its script (new worker thread, isolate, realm or context, response)
    // while 100 other isolates are alive.
    out.push_str(&format!("\n{TABLE_HEAD}\n"));
    let cold_runs = if support::smoke() { 3 } else { (runs / 10).clamp(20, 300) };
    let others_alive = support::count(100);
    for (name, src, path) in [SCRIPTS[0], SCRIPTS[2]] {
        for mode in [IsolationMode::Fresh, IsolationMode::Strict] {
            let rt = Runtime::new(Config {
                max_isolates: others_alive + cold_runs + 1,
                max_idle_per_script: others_alive + cold_runs + 1,
                ..quiet()
            })
            .unwrap();
            rt.add_script("other", HELLO, ScriptOptions::default()).unwrap();
            rt.add_script(name, src, ScriptOptions { isolation: mode, ..Default::default() }).unwrap();
            let others: Vec<_> = (0..others_alive).map(|_| rt.acquire("other").unwrap()).collect();
            let mut held = Vec::new();
            let s = Stats::measure(cold_runs, || {
                let mut lease = rt.acquire(name).unwrap();
                assert_eq!(lease.eval(request(path)).unwrap().status, 200);
                held.push(lease); // held, so the next acquire must create one
            });
            out.push_str(&s.row(&format!(
                "cold start through the pool, {others_alive} other isolates alive: {name}, {}",
                mode.name()
            )));
            out.push('\n');
            drop((held, others));
        }
    }

    // Hot paths on frozen built-ins: the same fresh-mode realm, built-ins
    // frozen or not (the unfrozen one exists only here, as the baseline).
    out.push_str("\n| hot path (2,000 per request, fresh mode) | built-ins not frozen p50 | frozen p50 | frozen / not |\n| --- | ---: | ---: | ---: |\n");
    let hot_rows = {
        let rt = Runtime::new(quiet()).unwrap();
        let mut list = Vec::new();
        for (i, (label, body)) in HOT.iter().enumerate() {
            let src = format!(
                "export default {{ async fetch() {{ let n = 0; {body} return new Response(String(n)); }} }}"
            );
            list.push((*label, rt.add_script(&format!("hot{i}"), &src, ScriptOptions::default()).unwrap()));
        }
        std::thread::spawn(move || {
            let mut rows = String::new();
            for (label, script) in list {
                let mut p50 = Vec::new();
                // One isolate at a time: an isolate is entered on its thread
                // from its creation to its drop.
                for harden in [false, true] {
                    let mut warm = if harden {
                        WarmRealm::new(script.clone())
                    } else {
                        WarmRealm::unhardened(script.clone())
                    };
                    for _ in 0..support::count(50) {
                        warm.request(request("/")).unwrap();
                    }
                    let serve: Vec<Duration> =
                        (0..runs / 4).map(|_| warm.timed_request(request("/")).unwrap().1.serve).collect();
                    p50.push(median(serve));
                }
                rows.push_str(&format!(
                    "| {label} | {} | {} | {:.2}× |\n",
                    fmt(p50[0]),
                    fmt(p50[1]),
                    p50[1].as_secs_f64() / p50[0].as_secs_f64()
                ));
            }
            rows
        })
        .join()
        .unwrap()
    };
    out.push_str(&hot_rows);

    // Memory over many requests that each leave state behind (globals,
    // listeners, timers, waitUntil work, console counters): RSS after a
    // warm-up, then after the soak. Each mode, one isolate.
    let soak = std::env::var("NANO_BENCH_SOAK").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000usize);
    let soak = support::count(soak);
    let settle = support::count(20_000).min(soak);
    out.push_str(&format!(
        "\n| {soak} requests leaving state behind | V8 heap after 20,000 (after a full GC) | after {soak} | growth | process RSS after 20,000 | after {soak} |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
    ));
    let litter = "let kept = []; export default { fetch(r, env, ctx) { \
                  globalThis['g' + Math.random()] = new Array(100).fill(1); \
                  addEventListener('x' + Math.random(), () => {}); \
                  setTimeout(() => {}, 1e6); console.count('c' + Math.random()); \
                  ctx.waitUntil(Promise.resolve()); kept.push(1); if (kept.length > 1000) kept = []; \
                  return new Response('ok'); } }";
    let soak_rows = {
        let rt = Runtime::new(quiet()).unwrap();
        let scripts: Vec<_> = [IsolationMode::Fresh, IsolationMode::Reuse]
            .into_iter()
            .map(|m| {
                rt.add_script(
                    &format!("litter-{}", m.name()),
                    litter,
                    ScriptOptions { isolation: m, ..Default::default() },
                )
                .unwrap()
            })
            .collect();
        std::thread::spawn(move || {
            let mut rows = String::new();
            for script in scripts {
                let mode = script.isolation();
                let mut warm = WarmRealm::new(script);
                for _ in 0..settle {
                    warm.request(request("/")).unwrap();
                }
                warm.collect_garbage();
                let (heap_before, _, _) = warm.heap_statistics();
                let before = support::rss_bytes();
                for _ in settle..soak {
                    warm.request(request("/")).unwrap();
                }
                warm.collect_garbage();
                let (heap_after, _, _) = warm.heap_statistics();
                let after = support::rss_bytes();
                rows.push_str(&format!(
                    "| {} | {} | {} | {:+.1}% | {} | {} |\n",
                    mode.name(),
                    support::mib(heap_before),
                    support::mib(heap_after),
                    (heap_after as f64 / heap_before as f64 - 1.0) * 100.0,
                    support::mib(before),
                    support::mib(after),
                ));
            }
            rows
        })
        .join()
        .unwrap()
    };
    out.push_str(&soak_rows);
    print!("{out}");
    support::write_section("isolation", &out);
}

//! The pool (issue: isolate pool). Prints, for the hello script:
//! acquire + evaluate + release latency on one thread, throughput with 1, 2,
//! 4 and 16 host threads, acquire/release alone, eviction cost, and memory
//! for 1,000 idle isolates; rewrites its section of BENCHMARKS.md.
//!
//!     scripts/bench.sh pool        (NANO_BENCH_RUNS overrides the run count)

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use nano::{Config, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD, fmt, mib};

const HELLO: &str = include_str!("../examples/workers/hello.js");

fn get() -> Request {
    Request { method: "GET".into(), url: "http://localhost/".into(), ..Default::default() }
}

/// Requests failed during the throughput runs (reported, not fatal: with
/// 16 host threads on 2 cores a run can meet a limit).
static FAILED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn throughput(rt: &Runtime, threads: usize, duration: Duration) -> f64 {
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let rt = rt.clone();
            std::thread::spawn(move || {
                let mut n = 0u64;
                while start.elapsed() < duration {
                    match rt.eval("hello", get()) {
                        Ok(_) => n += 1,
                        Err(e) => {
                            if FAILED.fetch_add(1, std::sync::atomic::Ordering::Relaxed) == 0 {
                                eprintln!("a throughput request failed: {e}");
                            }
                        }
                    }
                }
                n
            })
        })
        .collect();
    let total: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    total as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let runs = support::runs(5000);
    let mut out = format!(
        "## Pool (`scripts/bench.sh pool`)\n\nMachine: {}. Script: examples/workers/hello.js, in the fresh \
         isolation mode (the default: a new module instance per request, the realm reset after it) unless a row \
         says reuse (one instance kept, the realm reset after each request).\n\n{TABLE_HEAD}\n",
        support::machine()
    );

    // Latency on one host thread; two warm isolates, so one can make its next
    // context while the other serves.
    let rt = Runtime::new(Config { min_idle_per_script: 2, ..Config::default() }).unwrap();
    rt.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    for _ in 0..support::count(200) {
        rt.eval("hello", get()).unwrap();
    }
    let latency = Stats::measure(runs, || {
        rt.eval("hello", get()).unwrap();
    });
    out.push_str(&latency.row("fresh: acquire + evaluate + release, one thread, 2 warm isolates"));
    out.push('\n');
    let paced = {
        let mut samples = Vec::with_capacity(runs / 5);
        for _ in 0..runs / 5 {
            std::thread::sleep(Duration::from_micros(500));
            let t = Instant::now();
            rt.eval("hello", get()).unwrap();
            samples.push(t.elapsed());
        }
        Stats::new(samples)
    };
    out.push_str(&paced.row("fresh: acquire + evaluate + release, one request every 0.5 ms"));
    out.push('\n');
    let one = Runtime::new(Config { max_isolates: 1, min_idle_per_script: 1, ..Config::default() }).unwrap();
    one.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    let single = Stats::measure(runs, || {
        one.eval("hello", get()).unwrap();
    });
    out.push_str(&single.row("fresh: acquire + evaluate + release, one thread, 1 isolate"));
    out.push('\n');
    let kept = Runtime::new(Config { min_idle_per_script: 1, ..Config::default() }).unwrap();
    let reuse = ScriptOptions { isolation: nano::IsolationMode::Reuse, ..ScriptOptions::default() };
    kept.add_script("hello", HELLO, reuse).unwrap();
    for _ in 0..support::count(200) {
        kept.eval("hello", get()).unwrap();
    }
    let kept_latency = Stats::measure(runs, || {
        kept.eval("hello", get()).unwrap();
    });
    out.push_str(&kept_latency.row("reuse: acquire + evaluate + release, one thread"));
    out.push('\n');
    let acquire_release = Stats::measure(runs * 4, || {
        drop(rt.acquire("hello").unwrap());
    });
    out.push_str(&acquire_release.row("fresh: acquire + release alone (warm)"));
    out.push('\n');

    // Eviction: a full pool of two scripts alternating on one slot.
    let ev = Runtime::new(Config { max_isolates: 1, min_idle_per_script: 0, ..Config::default() }).unwrap();
    ev.add_script("a", HELLO, ScriptOptions::default()).unwrap();
    ev.add_script("b", HELLO, ScriptOptions::default()).unwrap();
    let mut flip = false;
    let eviction = Stats::measure(runs / 5, || {
        flip = !flip;
        drop(ev.acquire(if flip { "a" } else { "b" }).unwrap());
    });
    out.push_str(&eviction.row("fresh: acquire that evicts another script's isolate (drop + create)"));
    out.push('\n');
    assert!(ev.stats().acquired_evicted as usize >= runs / 5 - 1);

    // Throughput with 1, 2, 4, 16 host threads.
    let tp = Runtime::new(Config { max_isolates: 16, min_idle_per_script: 2, ..Config::default() }).unwrap();
    tp.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    throughput(&tp, 2, support::span(Duration::from_millis(500)));
    let secs = support::span(Duration::from_secs(3));
    let rates: Vec<(usize, f64)> = [1, 2, 4, 16].iter().map(|&t| (t, throughput(&tp, t, secs))).collect();
    let tk = Runtime::new(Config { max_isolates: 16, min_idle_per_script: 2, ..Config::default() }).unwrap();
    tk.add_script(
        "hello",
        HELLO,
        ScriptOptions { isolation: nano::IsolationMode::Reuse, ..ScriptOptions::default() },
    )
    .unwrap();
    throughput(&tk, 2, support::span(Duration::from_millis(500)));
    let kept_rates: Vec<f64> = [1, 2, 4, 16].iter().map(|&t| throughput(&tk, t, secs)).collect();
    out.push_str(
        "\n| host threads | requests/s, fresh mode | vs 1 thread | requests/s, reuse mode | vs 1 thread |\n\
         | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for ((t, r), k) in rates.iter().zip(&kept_rates) {
        out.push_str(&format!(
            "| {t} | {r:.0} | {:.2}× | {k:.0} | {:.2}× |\n",
            r / rates[0].1,
            k / kept_rates[0]
        ));
    }

    let failed = FAILED.load(std::sync::atomic::Ordering::Relaxed);
    if failed > 0 {
        out.push_str(&format!(
            "\nRequests that failed during the throughput runs (not counted above): {failed}.\n"
        ));
    }

    // Memory for 1,000 idle isolates.
    let n = support::count(1000);
    let mem = Runtime::new(Config {
        max_isolates: n,
        max_idle_per_script: n,
        min_idle_per_script: 0,
        idle_timeout: Duration::from_secs(3600),
        ..Config::default()
    })
    .unwrap();
    mem.add_script("hello", HELLO, ScriptOptions::default()).unwrap();
    let before = support::rss_bytes();
    let t = Instant::now();
    let leases: Vec<_> = (0..n).map(|_| mem.acquire("hello").unwrap()).collect();
    let created_in = t.elapsed();
    drop(leases);
    let after = support::rss_bytes();
    assert_eq!(mem.stats().idle, n);
    out.push_str(&format!(
        "\n{n} idle isolates (fresh mode): RSS grew by {} ({} each, thread stacks and one prepared realm \
         each included); created in {}.\n",
        mib(after - before),
        mib((after - before) / n),
        fmt(created_in)
    ));
    drop(Arc::new(()));
    print!("{out}");
    support::write_section("pool", &out);
}

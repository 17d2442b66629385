//! Limits under attack: how long a runaway runs past its CPU limit before it
//! is stopped (each of the 12 runaway shapes, NANO_BENCH_RUNS times, 100 by
//! default), and the process's RSS before and after the memory bombs.
//! `scripts/bench.sh limits` writes the "limits" section of BENCHMARKS.md.

#[path = "../tests/common/probes.rs"]
mod probes;
mod support;

use std::time::{Duration, Instant};

use nano::{Config, Error, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD, mib};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

fn main() {
    let runs = support::runs(100);
    let limit = Duration::from_millis(50);
    let quiet: nano::LogSink = std::sync::Arc::new(|_, _| {});
    let rt = Runtime::new(Config {
        max_isolates: 1,
        cpu_time_limit: limit,
        log: Some(quiet.clone()),
        ..Config::default()
    })
    .unwrap();
    rt.add_script("runaway", &probes::script(&probes::RUNAWAYS), ScriptOptions::default()).unwrap();
    let mut out = format!(
        "## Limits (`scripts/bench.sh limits`)\n\nMachine: {}. CPU limit {} ms; the time from the \
         request's start until it ended with the CPU-limit error, minus the limit \
         (the watchdog looks every 2 ms), {runs} runs per runaway shape.\n\n{TABLE_HEAD}\n",
        support::machine(),
        limit.as_millis()
    );
    let mut all = Vec::new();
    for (name, _) in probes::RUNAWAYS {
        let mut samples = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            let outcome = rt.eval("runaway", get(&format!("http://x/{name}")));
            let took = t.elapsed();
            assert!(matches!(outcome, Err(Error::CpuLimit(_))), "{name}: {outcome:?}");
            samples.push(took.saturating_sub(limit));
        }
        all.extend(samples.iter().copied());
        out.push_str(&Stats::new(samples).row(&format!("past the limit: {name}")));
        out.push('\n');
    }
    out.push_str(&Stats::new(all).row("past the limit: all shapes"));
    out.push('\n');

    // Memory bombs, each 10 times, on a 64 MiB heap limit.
    let rt = Runtime::new(Config {
        max_isolates: 1,
        heap_limit: 64 << 20,
        cpu_time_limit: Duration::from_secs(5),
        log: Some(quiet),
        ..Config::default()
    })
    .unwrap();
    let bodies: Vec<(&str, &str)> = probes::BOMBS.iter().map(|(n, b, _)| (*n, *b)).collect();
    rt.add_script("bombs", &probes::script(&bodies), ScriptOptions::default()).unwrap();
    for _ in 0..100 {
        rt.eval("bombs", get("http://x/fine")).unwrap();
    }
    let before = support::rss_bytes();
    let mut peak = before;
    let mut stopped = 0;
    for round in 0..10 {
        for (name, _, _) in probes::BOMBS {
            let outcome = rt.eval("bombs", get(&format!("http://x/{name}")));
            assert!(outcome.is_err(), "{name} round {round}");
            stopped += 1;
            peak = peak.max(support::rss_bytes());
        }
    }
    let after_bombs = support::rss_bytes();
    for _ in 0..1000 {
        rt.eval("bombs", get("http://x/fine")).unwrap();
    }
    let after = support::rss_bytes();
    out.push_str(&format!(
        "\nMemory bombs ({} shapes × 10 = {stopped} requests, 64 MiB heap limit, each ended with an error, \
         the process alive): RSS {} before, {} highest seen between bombs, {} after the last bomb, {} \
         after 1,000 more requests ({} isolates replaced).\n",
        probes::BOMBS.len(),
        mib(before),
        mib(peak),
        mib(after_bombs),
        mib(after),
        rt.stats().isolates_destroyed
    ));
    print!("{out}");
    support::write_section("limits", &out);
}

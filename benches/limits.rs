//! Limits under attack: how long a runaway runs past its CPU limit before it
//! is stopped (each of the 12 runaway shapes, NANO_BENCH_RUNS times, 100 by
//! default), and the process's RSS before and after the memory bombs.
//! `scripts/bench.sh limits` writes the "limits" section of BENCHMARKS.md.

#[path = "../tests/common/probes.rs"]
mod probes;
mod support;
#[path = "../tests/common/thread_cpu.rs"]
mod thread_cpu;

use std::time::{Duration, Instant};

use nano::{Config, Error, Request, Runtime, ScriptOptions};
use support::{Stats, TABLE_HEAD, mib};
use thread_cpu::thread_cpu;

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

/// CPU time of the whole process (all threads).
fn process_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
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
        "## Limits (`scripts/bench.sh limits`)\n\nMachine: {}. Scripts in the fresh isolation mode (the default). CPU limit {} ms, \
         {runs} runs per runaway shape. **CPU past the limit**: the process's CPU time during the request (the worker thread's, \
         plus any V8 helper threads') minus the limit; the watchdog looks every 2 ms. **Worker thread's CPU**: the same for the \
         worker thread alone (from /proc/self/task/*/schedstat), which is what the limit measures. Each measured request follows an unmeasured quick one, so that the \
         previous runaway's garbage collection is not counted. **Wall clock**: \
         from the request's start until it ended with the CPU-limit error (a runaway that sleeps between \
         bursts, like `interval`, takes longer in wall time to use its CPU allowance).\n\n{TABLE_HEAD}\n",
        support::machine(),
        limit.as_millis()
    );
    let (mut all_cpu, mut wall_rows, mut thread_rows) = (Vec::new(), String::new(), String::new());
    let mut all_thread = Vec::new();
    for (name, _) in probes::RUNAWAYS {
        let (mut cpu, mut wall) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
        let mut thread = Vec::with_capacity(runs);
        for _ in 0..runs {
            // The previous runaway's garbage is collected while the isolate
            // makes its next context: let that happen outside the measure.
            rt.eval("runaway", get("http://x/fine")).unwrap();
            let (t, c, w) = (Instant::now(), process_cpu(), thread_cpu("nano:runaway"));
            let outcome = rt.eval("runaway", get(&format!("http://x/{name}")));
            let (took, used) = (t.elapsed(), process_cpu() - c);
            thread.push((thread_cpu("nano:runaway") - w).saturating_sub(limit));
            assert!(matches!(outcome, Err(Error::CpuLimit(_))), "{name}: {outcome:?}");
            cpu.push(used.saturating_sub(limit));
            wall.push(took);
        }
        all_cpu.extend(cpu.iter().copied());
        out.push_str(&Stats::new(cpu).row(&format!("CPU past the limit: {name}")));
        out.push('\n');
        wall_rows.push_str(&Stats::new(wall).row(&format!("wall clock until stopped: {name}")));
        wall_rows.push('\n');
        all_thread.extend(thread.iter().copied());
        thread_rows.push_str(&Stats::new(thread).row(&format!("worker thread's CPU past the limit: {name}")));
        thread_rows.push('\n');
    }
    out.push_str(&Stats::new(all_cpu).row("CPU past the limit: all shapes"));
    out.push_str(&format!("\n\n{TABLE_HEAD}\n{thread_rows}"));
    out.push_str(&Stats::new(all_thread).row("worker thread's CPU past the limit: all shapes"));
    out.push_str(&format!("\n\n{TABLE_HEAD}\n{wall_rows}"));

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
    for _ in 0..support::count(100) {
        rt.eval("bombs", get("http://x/fine")).unwrap();
    }
    let before = support::rss_bytes();
    let mut peak = before;
    let mut stopped = 0;
    let rounds = if support::smoke() { 1 } else { 10 };
    for round in 0..rounds {
        for (name, _, _) in probes::BOMBS {
            let outcome = rt.eval("bombs", get(&format!("http://x/{name}")));
            assert!(outcome.is_err(), "{name} round {round}");
            stopped += 1;
            peak = peak.max(support::rss_bytes());
        }
    }
    let after_bombs = support::rss_bytes();
    let after_count = support::count(1000);
    for _ in 0..after_count {
        rt.eval("bombs", get("http://x/fine")).unwrap();
    }
    let after = support::rss_bytes();
    out.push_str(&format!(
        "\nMemory bombs ({} shapes × {rounds} = {stopped} requests, 64 MiB heap limit, each ended with an error, \
         the process alive): RSS {} before, {} highest seen between bombs, {} after the last bomb, {} \
         after {after_count} more requests ({} isolates replaced).\n",
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

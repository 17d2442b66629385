//! Inline leases: requests on the calling thread's own isolate, returning to
//! the caller whenever they would wait. The limits (CPU, wall, memory) and
//! cancellation hold there as on nano's threads, in every isolation mode.
//!
//! Each test runs on a thread it starts after the runtime (so after V8's
//! initialisation): the rule for CPUs with memory protection keys.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nano::{
    Config, Error, FetchHandler, FetchReply, InlineLease, IsolationMode, Progress, Request, Response,
    Runtime, ScriptOptions,
};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

const SCRIPT: &str = r#"
let served = 0;
export default {
  async fetch(req, env, ctx) {
    const path = new URL(req.url).pathname;
    served++;
    globalThis.leak = (globalThis.leak || 0) + 1;
    if (path === "/hello") return new Response(`hello ${served} ${globalThis.leak}`);
    if (path === "/timer") { await new Promise(r => setTimeout(r, 50)); return new Response("timer"); }
    if (path === "/forever") { await new Promise(r => setTimeout(r, 100000)); return new Response("no"); }
    if (path === "/fetch") { const r = await fetch("http://upstream/"); return new Response("got " + await r.text()); }
    if (path === "/spin") { for (;;) {} }
    if (path === "/spin-in-steps") {
      // 60 ms a step, a timer between: only the sum is over 150 ms (30
      // steps: over it even when a busy machine gives this thread a tenth
      // of a core; the test's wall limit leaves them the time).
      for (let i = 0; i < 30; i++) {
        const end = Date.now() + 60; while (Date.now() < end) {}
        await new Promise(r => setTimeout(r, 1));
      }
      return new Response("done");
    }
    if (path === "/bomb") { const a = []; for (;;) a.push(new Array(1e6).fill(1.5)); }
    if (path === "/later") {
      ctx.waitUntil(new Promise(r => setTimeout(r, 30)).then(() => console.log("waited")));
      return new Response("now");
    }
    return new Response("?", { status: 404 });
  }
};
"#;

fn runtime(mode: IsolationMode, fetch: Option<FetchHandler>) -> Runtime {
    let rt = Runtime::new(Config {
        cpu_time_limit: Duration::from_millis(150),
        wall_time_limit: Duration::from_millis(1500),
        heap_limit: 64 << 20,
        log: Some(Arc::new(|_, _| {})),
        fetch,
        ..Config::default()
    })
    .unwrap();
    rt.add_script("s", SCRIPT, ScriptOptions { isolation: mode, ..Default::default() }).unwrap();
    rt
}

/// Polls `lease` by its wake-up times until the request is over; returns
/// the response and the number of steps.
fn finish(lease: &mut InlineLease, mut progress: Progress) -> (nano::Result<Response>, usize) {
    let mut response = progress.response.take();
    let mut steps = 1;
    while let Some(at) = progress.wake_at {
        std::thread::sleep(at.saturating_duration_since(Instant::now()));
        progress = lease.poll().unwrap();
        steps += 1;
        if let Some(r) = progress.response.take() {
            assert!(response.is_none(), "answered twice");
            response = Some(r);
        }
    }
    (response.expect("answered"), steps)
}

fn run(lease: &mut InlineLease, path: &str) -> (nano::Result<Response>, usize) {
    let progress = lease.start(get(&format!("http://x{path}")), None).unwrap();
    finish(lease, progress)
}

fn on_new_thread(f: impl FnOnce() + Send + 'static) {
    std::thread::spawn(f).join().unwrap();
}

const MODES: [IsolationMode; 3] = [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict];

#[test]
fn a_request_that_does_not_wait_ends_in_one_step() {
    on_new_thread(|| {
        for mode in MODES {
            let rt = runtime(mode, None);
            let mut lease = rt.acquire_inline("s").unwrap();
            for _ in 0..3 {
                let progress = lease.start(get("http://x/hello"), None).unwrap();
                assert!(progress.wake_at.is_none(), "{mode:?}: done in one step");
                let body = progress.response.unwrap().unwrap().body;
                // Nothing one request does is visible to the next (the
                // reuse mode keeps the top level's state, as documented).
                let want: &[u8] = if mode == IsolationMode::Reuse { b"hello" } else { b"hello 1 1" };
                assert!(body.starts_with(want), "{mode:?}: {}", String::from_utf8_lossy(&body));
                assert!(String::from_utf8_lossy(&body).ends_with(" 1"), "{mode:?}: globals are reset");
            }
        }
    });
}

#[test]
fn timers_suspend_the_request_and_the_caller_polls_it() {
    on_new_thread(|| {
        for mode in MODES {
            let rt = runtime(mode, None);
            let mut lease = rt.acquire_inline("s").unwrap();
            let started = Instant::now();
            let progress = lease.start(get("http://x/timer"), None).unwrap();
            assert!(progress.response.is_none(), "{mode:?}: waits for its timer");
            let at = progress.wake_at.expect("a wake-up time");
            // The wake-up is the 50 ms timer's, not the 1.5 s wall limit's.
            // Only bounds a slow machine cannot break: the timer cannot be due
            // before it was set to be, and the wall limit is 30 times later.
            let wait = at.saturating_duration_since(started);
            assert!(wait >= Duration::from_millis(50), "{mode:?}: {wait:?}");
            assert!(at < started + Duration::from_millis(1500), "{mode:?}: {wait:?} is the wall limit's");
            assert!(lease.busy());
            assert!(matches!(lease.start(get("http://x/hello"), None), Err(Error::Busy(_))));
            let (response, steps) = finish(&mut lease, progress);
            assert_eq!(response.unwrap().body, b"timer");
            assert!(steps >= 2, "{mode:?}");
            // The lease serves the next request.
            assert!(run(&mut lease, "/hello").0.is_ok());
        }
    });
}

#[test]
fn subrequests_ring_the_host_when_answered() {
    let fetch: FetchHandler = Arc::new(|_, reply: FetchReply| {
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            reply.respond(Response { status: 200, body: b"upstream".to_vec(), ..Default::default() });
        });
    });
    on_new_thread(move || {
        let rt = runtime(IsolationMode::Fresh, Some(fetch));
        let mut lease = rt.acquire_inline("s").unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let ring: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
            let _ = tx.send(());
        });
        let mut progress = lease.start(get("http://x/fetch"), Some(ring)).unwrap();
        assert!(progress.response.is_none());
        // Rung (well before the wall limit the wake-up time says).
        rx.recv_timeout(Duration::from_millis(500)).expect("rung when the subrequest is answered");
        progress = lease.poll().unwrap();
        assert_eq!(progress.response.unwrap().unwrap().body, b"got upstream");
        assert!(progress.wake_at.is_none());
    });
}

#[test]
fn cpu_limit_stops_a_spinning_request_and_counts_every_step() {
    on_new_thread(|| {
        for mode in MODES {
            let rt = Runtime::new(Config {
                cpu_time_limit: Duration::from_millis(150),
                wall_time_limit: Duration::from_secs(20),
                log: Some(Arc::new(|_, _| {})),
                ..Config::default()
            })
            .unwrap();
            rt.add_script("s", SCRIPT, ScriptOptions { isolation: mode, ..Default::default() }).unwrap();
            let mut lease = rt.acquire_inline("s").unwrap();
            // Stopped by the CPU limit, before the wall limit could.
            let (response, _) = run(&mut lease, "/spin");
            assert!(matches!(response, Err(Error::CpuLimit(_))), "{mode:?}: {response:?}");
            // 30 × 60 ms in steps with timers between: the sum is over 150 ms.
            let (response, steps) = run(&mut lease, "/spin-in-steps");
            assert!(matches!(response, Err(Error::CpuLimit(_))), "{mode:?}: {response:?}");
            assert!(steps >= 2, "{mode:?}: it was suspended between steps");
            assert_eq!(run(&mut lease, "/hello").0.unwrap().status, 200, "{mode:?}: usable after");
        }
    });
}

#[test]
fn a_run_stuck_in_a_native_call_gets_its_script_refused_inline() {
    on_new_thread(|| {
        let rt = Runtime::new(Config {
            cpu_time_limit: Duration::from_millis(100),
            heap_limit: 256 << 20,
            log: Some(Arc::new(|_, _| {})),
            ..Config::default()
        })
        .unwrap();
        // A typed array's sort is one native call (std::sort: a second or
        // so for 8M doubles here), which no stop interrupts. The array is
        // filled by the top level (reuse mode keeps it), from a small
        // pseudo-random block copied natively, so that the request's whole
        // CPU budget falls inside the sort whatever the machine's load.
        let src = "const block = new Float64Array(1 << 16);\n\
            let x = 88172645;\n\
            for (let i = 0; i < block.length; i++) {\n\
              x ^= x << 13; x ^= x >>> 17; x ^= x << 5;\n\
              block[i] = x;\n\
            }\n\
            const a = new Float64Array(1 << 23);\n\
            for (let off = 0; off < a.length; off += block.length) a.set(block, off);\n\
            export default { fetch(r) {\n\
            if (r.url.endsWith('/sort')) a.sort();\n\
            return new Response('ok');\n\
        } }";
        let options = ScriptOptions { isolation: IsolationMode::Reuse, ..ScriptOptions::default() };
        rt.add_script("native", src, options).unwrap();
        let mut lease = rt.acquire_inline("native").unwrap();
        let (response, _) = run(&mut lease, "/sort");
        assert!(matches!(response, Err(Error::CpuLimit(_))), "{response:?}");
        drop(lease);
        match rt.acquire_inline("native") {
            Err(Error::Busy(m)) if m.contains("refused inline") => {}
            other => panic!("{:?}", other.map(|_| ())),
        }
        // Handed off, its requests are served as before.
        assert_eq!(rt.eval("native", get("http://x/ok")).unwrap().body, b"ok");
    });
}

#[test]
fn wall_limit_ends_a_request_that_waits_forever() {
    on_new_thread(|| {
        let rt = runtime(IsolationMode::Fresh, None);
        let mut lease = rt.acquire_inline("s").unwrap();
        let started = Instant::now();
        let (response, _) = run(&mut lease, "/forever");
        assert!(matches!(response, Err(Error::WallTimeLimit(_))), "{response:?}");
        // Not before the limit (a bound no slow machine breaks).
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(1500), "{took:?}");
        assert!(run(&mut lease, "/hello").0.is_ok());
    });
}

#[test]
fn memory_limit_discards_the_isolate_and_the_next_lease_gets_a_new_one() {
    on_new_thread(|| {
        for mode in MODES {
            let rt = runtime(mode, None);
            let mut lease = rt.acquire_inline("s").unwrap();
            let (response, _) = run(&mut lease, "/bomb");
            assert!(matches!(response, Err(Error::MemoryLimit(_))), "{mode:?}: {response:?}");
            assert!(matches!(run_start(&mut lease), Err(Error::MemoryLimit(_))), "{mode:?}: refused after");
            drop(lease);
            let mut lease = rt.acquire_inline("s").unwrap();
            for _ in 0..5 {
                assert_eq!(run(&mut lease, "/hello").0.unwrap().status, 200, "{mode:?}");
            }
        }
    });
}

fn run_start(lease: &mut InlineLease) -> nano::Result<Progress> {
    lease.start(get("http://x/hello"), None)
}

#[test]
fn cancel_from_another_thread_rings_and_stops_a_suspended_request() {
    on_new_thread(|| {
        let rt = runtime(IsolationMode::Fresh, None);
        let mut lease = rt.acquire_inline("s").unwrap();
        let rings = Arc::new(AtomicUsize::new(0));
        let counted = rings.clone();
        let ring: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
            counted.fetch_add(1, Ordering::AcqRel);
        });
        let progress = lease.start(get("http://x/forever"), Some(ring)).unwrap();
        assert!(progress.response.is_none());
        let canceller = lease.canceller();
        std::thread::spawn(move || assert!(canceller.cancel())).join().unwrap();
        assert!(rings.load(Ordering::Acquire) >= 1, "the cancel rang the host");
        let progress = lease.poll().unwrap();
        assert!(matches!(progress.response, Some(Err(Error::Terminated(_)))), "{:?}", progress.response);
        assert!(progress.wake_at.is_none());
        // The next request is not touched by that cancel.
        let (response, _) = run(&mut lease, "/timer");
        assert_eq!(response.unwrap().body, b"timer");
    });
}

#[test]
fn wait_until_work_goes_on_after_the_response() {
    on_new_thread(|| {
        let rt = runtime(IsolationMode::Fresh, None);
        let mut lease = rt.acquire_inline("s").unwrap();
        let progress = lease.start(get("http://x/later"), None).unwrap();
        assert_eq!(progress.response.as_ref().unwrap().as_ref().unwrap().body, b"now");
        assert!(progress.wake_at.is_some(), "the waitUntil work is not done yet");
        // A cancel after the answer does not stop the waitUntil work.
        assert!(!lease.canceller().cancel());
        let (_, steps) = finish_after_answer(&mut lease, progress);
        assert!(steps >= 2);
    });
}

fn finish_after_answer(lease: &mut InlineLease, mut progress: Progress) -> ((), usize) {
    let mut steps = 1;
    while let Some(at) = progress.wake_at {
        std::thread::sleep(at.saturating_duration_since(Instant::now()));
        progress = lease.poll().unwrap();
        assert!(progress.response.is_none());
        steps += 1;
    }
    ((), steps)
}

#[test]
fn one_inline_isolate_per_thread_and_script_and_dropped_requests_leave_nothing() {
    on_new_thread(|| {
        let rt = runtime(IsolationMode::Fresh, None);
        let mut lease = rt.acquire_inline("s").unwrap();
        assert!(matches!(rt.acquire_inline("s"), Err(Error::Busy(_))), "out on a lease");
        assert!(matches!(rt.acquire_inline("nope"), Err(Error::ScriptNotFound(_))));
        // Dropped while suspended on its timer.
        let progress = lease.start(get("http://x/forever"), None).unwrap();
        assert!(progress.wake_at.is_some());
        drop(lease);
        let mut lease = rt.acquire_inline("s").unwrap();
        let body = run(&mut lease, "/hello").0.unwrap().body;
        assert_eq!(body, b"hello 1 1", "the dropped request left nothing behind");
        // Another thread has its own.
        let other = rt.clone();
        std::thread::spawn(move || {
            let mut lease = other.acquire_inline("s").unwrap();
            assert!(run(&mut lease, "/hello").0.is_ok());
        })
        .join()
        .unwrap();
        // Shut down: later inline acquires are refused.
        drop(lease);
        rt.shutdown();
        assert!(matches!(rt.acquire_inline("s"), Err(Error::Shutdown(_))));
    });
}

#[test]
fn an_inline_lease_refuses_other_threads() {
    on_new_thread(|| {
        let rt = runtime(IsolationMode::Fresh, None);
        let lease = rt.acquire_inline("s").unwrap();
        let lease = SendAnyway(lease);
        std::thread::spawn(move || {
            let mut lease = lease;
            assert!(matches!(lease.0.start(get("http://x/hello"), None), Err(Error::UnsafeThread(_))));
            // Dropped here: its isolate is left alone (not touched off its
            // thread).
            std::mem::forget(lease);
        })
        .join()
        .unwrap();
    });
}

/// Moves a lease to another thread to check that it refuses to run there.
struct SendAnyway(InlineLease);
// SAFETY: the lease checks its thread before touching its isolate.
unsafe impl Send for SendAnyway {}

fn counted_runtime(max_isolates: usize, min_idle: usize) -> Runtime {
    let rt = Runtime::new(Config {
        max_isolates,
        min_idle_per_script: min_idle,
        max_idle_per_script: max_isolates,
        log: Some(Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    rt.add_script("s", SCRIPT, ScriptOptions::default()).unwrap();
    rt
}

#[test]
fn inline_isolates_count_in_the_pools_limit_and_statistics() {
    on_new_thread(|| {
        let rt = counted_runtime(2, 0);
        assert_eq!(rt.stats().isolates, 0);
        let mut lease = rt.acquire_inline("s").unwrap();
        let stats = rt.stats();
        assert_eq!((stats.isolates, stats.busy, stats.idle, stats.inline), (1, 1, 0, 1), "{stats:?}");
        assert_eq!(stats.scripts, vec![("s".to_string(), 0, 1)]);
        assert!(run(&mut lease, "/hello").0.is_ok());
        drop(lease);
        let stats = rt.stats();
        assert_eq!((stats.isolates, stats.busy, stats.idle, stats.inline), (1, 0, 1, 1), "{stats:?}");
        assert_eq!(stats.isolates_created, 1);
        // One pooled isolate fits beside it; a second acquire of the pool
        // (its first still held) takes the idle inline one's room.
        let first = rt.acquire("s").unwrap();
        assert_eq!(rt.stats().isolates, 2);
        let mut second = rt.acquire("s").unwrap();
        assert_eq!(second.eval(get("http://x/hello")).unwrap().status, 200);
        let stats = rt.stats();
        assert_eq!((stats.isolates, stats.inline, stats.acquired_evicted), (2, 0, 1), "{stats:?}");
        assert_eq!(stats.isolates_destroyed, 1, "the inline isolate was given up: {stats:?}");
        // Every isolate busy: an inline acquire is refused (handed off).
        let refused = rt.acquire_inline("s").err().expect("no room");
        assert!(matches!(&refused, Error::Busy(m) if m.contains("all 2 isolates")), "{refused:?}");
        drop((first, second));
        // Room again: an idle pooled worker is evicted for the inline one,
        // and the given-up inline worker is dropped on this thread.
        let mut lease = rt.acquire_inline("s").unwrap();
        assert!(run(&mut lease, "/hello").0.is_ok());
        let stats = rt.stats();
        assert_eq!((stats.isolates, stats.inline), (2, 1), "{stats:?}");
    });
}

#[test]
fn inline_isolates_on_other_threads_are_given_up_with_their_runtime() {
    let rt = counted_runtime(4, 0);
    let (parked_tx, parked_rx) = std::sync::mpsc::channel();
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    let held = rt.clone();
    let other = std::thread::spawn(move || {
        let mut lease = held.acquire_inline("s").unwrap();
        assert!(run(&mut lease, "/hello").0.is_ok());
        drop(lease); // idle in this thread's slot
        drop(held);
        parked_tx.send(()).unwrap();
        go_rx.recv().unwrap();
        // This thread's next inline acquire (of any runtime) drops the
        // given-up isolate; so does the thread's end.
        let rt2 = counted_runtime(1, 0);
        let mut lease = rt2.acquire_inline("s").unwrap();
        assert!(run(&mut lease, "/hello").0.is_ok());
    });
    parked_rx.recv().unwrap();
    let stats = rt.stats();
    assert_eq!((stats.isolates, stats.idle, stats.inline), (1, 1, 1), "{stats:?}");
    rt.shutdown();
    let stats = rt.stats();
    assert_eq!((stats.isolates, stats.inline), (0, 0), "given back with the runtime: {stats:?}");
    go_tx.send(()).unwrap();
    other.join().unwrap();
}

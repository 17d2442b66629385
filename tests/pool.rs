//! The pool: LRU eviction, growth and shrinking, acquire timeouts, the
//! asynchronous acquire's queue, many host threads, release from another thread, the thread rule, and state leaks.

#[path = "common/probes.rs"]
mod probes;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nano::{Config, Error, IsolationMode, LogLevel, Request, Runtime, ScriptOptions};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

fn echo_script(tag: &str) -> String {
    format!("export default {{ fetch(r) {{ return new Response('{tag} ' + r.url); }} }}")
}

fn runtime(config: Config) -> Runtime {
    Runtime::new(config).unwrap()
}

#[test]
fn evicts_the_least_recently_used_idle_isolate_of_another_script() {
    let rt = runtime(Config { max_isolates: 3, min_idle_per_script: 0, ..Config::default() });
    for s in ["a", "b", "c", "d"] {
        rt.add_script(s, &echo_script(s), ScriptOptions::default()).unwrap();
    }
    // a, b, c each get one isolate, used in that order: a is least recent.
    for s in ["a", "b", "c"] {
        rt.eval(s, get("http://x/")).unwrap();
    }
    rt.eval("b", get("http://x/")).unwrap(); // b is now most recent; a still oldest
    assert_eq!(rt.stats().isolates, 3);
    rt.eval("d", get("http://x/")).unwrap(); // full: evicts a
    let stats = rt.stats();
    assert_eq!(stats.acquired_evicted, 1);
    let idle: Vec<_> = stats.scripts.iter().map(|(n, i, _)| (n.as_str(), *i)).collect();
    assert_eq!(idle, vec![("a", 0), ("b", 1), ("c", 1), ("d", 1)]);
    rt.eval("a", get("http://x/")).unwrap(); // full again: evicts c (now the oldest)
    let idle: Vec<_> = rt.stats().scripts.iter().map(|(n, i, _)| (n.clone(), *i)).collect();
    assert_eq!(idle, vec![("a".into(), 1), ("b".into(), 1), ("c".into(), 0), ("d".into(), 1)]);
}

#[test]
fn grows_to_the_maximum_and_shrinks_after_idle_time() {
    let rt = runtime(Config {
        max_isolates: 6,
        max_idle_per_script: 6,
        min_idle_per_script: 1,
        idle_timeout: Duration::from_millis(200),
        ..Config::default()
    });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    assert_eq!(rt.stats().isolates, 1, "min_idle_per_script warms one at registration");
    let leases: Vec<_> = (0..6).map(|_| rt.acquire("s").unwrap()).collect();
    let stats = rt.stats();
    assert_eq!((stats.isolates, stats.busy, stats.idle), (6, 6, 0));
    drop(leases);
    assert_eq!(rt.stats().idle, 6);
    let deadline = Instant::now() + Duration::from_secs(5);
    while rt.stats().isolates > 1 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let stats = rt.stats();
    assert_eq!(stats.isolates, 1, "shrinks to the minimum: {stats:?}");
    assert_eq!(stats.isolates_destroyed, 5);
    rt.eval("s", get("http://x/")).unwrap();
}

#[test]
fn acquire_waits_then_times_out_with_its_own_error() {
    let rt =
        runtime(Config { max_isolates: 1, acquire_timeout: Duration::from_millis(100), ..Config::default() });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let held = rt.acquire("s").unwrap();
    let t = Instant::now();
    let err = rt.acquire("s").err().expect("the only isolate is leased");
    assert!(matches!(err, Error::PoolExhausted(_)), "{err:?}");
    assert!(t.elapsed() >= Duration::from_millis(90), "waited {:?}", t.elapsed());
    drop(held);
    let stats = rt.stats();
    assert!(stats.acquired_waited >= 1 && stats.acquire_timeouts >= 1, "{stats:?}");
}

#[test]
fn a_release_wakes_a_waiting_acquire() {
    let rt =
        runtime(Config { max_isolates: 1, acquire_timeout: Duration::from_secs(10), ..Config::default() });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let held = rt.acquire("s").unwrap();
    let rt2 = rt.clone();
    let waiter = std::thread::spawn(move || {
        let t = Instant::now();
        let mut lease = rt2.acquire("s").unwrap();
        lease.eval(get("http://x/")).unwrap();
        t.elapsed()
    });
    std::thread::sleep(Duration::from_millis(100));
    drop(held);
    let waited = waiter.join().unwrap();
    assert!(waited >= Duration::from_millis(90), "returned before the release: {waited:?}");
}

/// Queues an asynchronous acquire whose lease (or failure) goes to `tx`
/// tagged with `tag`: the lease runs one request and is dropped there, on
/// the thread that served it.
fn queue_acquire(
    rt: &Runtime,
    script: &str,
    tag: usize,
    tx: &std::sync::mpsc::Sender<(usize, Result<String, Error>)>,
) -> u64 {
    let tx = tx.clone();
    match rt
        .acquire_async(script, move |granted| {
            let outcome = granted
                .and_then(|mut lease| lease.eval(get("http://x/q")))
                .map(|res| String::from_utf8(res.body).unwrap());
            let _ = tx.send((tag, outcome));
        })
        .unwrap()
    {
        nano::Acquire::Queued(ticket) => ticket,
        nano::Acquire::Now(_) => panic!("acquire {tag} found a free isolate"),
    }
}

#[test]
fn asynchronous_acquires_queue_in_order_and_are_served_by_releases() {
    let rt = runtime(Config {
        max_isolates: 1,
        min_idle_per_script: 0,
        acquire_timeout: Duration::from_secs(10),
        ..Config::default()
    });
    rt.add_script("a", &echo_script("a"), ScriptOptions::default()).unwrap();
    rt.add_script("b", &echo_script("b"), ScriptOptions::default()).unwrap();
    // A free isolate is leased at once, and the callback is not used.
    let called = Arc::new(AtomicUsize::new(0));
    let seen = called.clone();
    let held = match rt
        .acquire_async("a", move |_| {
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap()
    {
        nano::Acquire::Now(lease) => lease,
        nano::Acquire::Queued(_) => panic!("the pool was empty"),
    };
    let (tx, rx) = std::sync::mpsc::channel();
    // Three wait behind it; the second is for another script, so its turn
    // evicts the first one's released isolate.
    let tickets: Vec<u64> =
        [(0, "a"), (1, "b"), (2, "a")].iter().map(|(i, s)| queue_acquire(&rt, s, *i, &tx)).collect();
    assert!(tickets.iter().all(|t| *t != 0), "{tickets:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert!(rx.try_recv().is_err(), "served while the only isolate is leased");
    assert_eq!(rt.stats().acquired_waited, 3);
    drop(held);
    let served: Vec<(usize, String)> = (0..3)
        .map(|_| rx.recv_timeout(Duration::from_secs(10)).map(|(i, r)| (i, r.unwrap())).unwrap())
        .collect();
    assert_eq!(
        served,
        vec![(0, "a http://x/q".into()), (1, "b http://x/q".into()), (2, "a http://x/q".into())],
        "first come, first served"
    );
    assert_eq!(called.load(Ordering::SeqCst), 0, "the callback of an acquire served at once is never called");
    let stats = rt.stats();
    assert!(stats.acquired_evicted >= 2, "{stats:?}");
    assert_eq!((rt.leases_outstanding(), stats.busy), (0, 0));
}

#[test]
fn a_queued_acquire_times_out_or_is_withdrawn() {
    let rt = runtime(Config {
        max_isolates: 1,
        min_idle_per_script: 0,
        acquire_timeout: Duration::from_millis(150),
        ..Config::default()
    });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let held = rt.acquire("s").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let t = Instant::now();
    let _late = queue_acquire(&rt, "s", 0, &tx);
    let withdrawn = queue_acquire(&rt, "s", 1, &tx);
    assert!(rt.cancel_acquire(withdrawn), "still queued");
    assert!(!rt.cancel_acquire(withdrawn), "withdrawn once");
    let (tag, outcome) = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let waited = t.elapsed();
    assert_eq!(tag, 0);
    assert!(matches!(outcome, Err(Error::PoolExhausted(_))), "{outcome:?}");
    assert!(waited >= Duration::from_millis(140), "failed after {waited:?}, before its deadline");
    drop(held);
    assert!(rx.recv_timeout(Duration::from_millis(300)).is_err(), "a withdrawn acquire is never called back");
    assert!(rt.stats().acquire_timeouts >= 1);

    // With no timeout at all, a busy pool fails at once instead of queueing.
    let rt = runtime(Config { max_isolates: 1, acquire_timeout: Duration::ZERO, ..Config::default() });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let _held = rt.acquire("s").unwrap();
    let err = rt.acquire_async("s", |_| panic!("not queued")).err().expect("busy");
    assert!(matches!(err, Error::PoolExhausted(_)), "{err:?}");
    assert!(matches!(rt.acquire_async("nope", |_| ()).err(), Some(Error::ScriptNotFound(_))));
}

#[test]
fn queued_acquires_fail_when_the_runtime_shuts_down() {
    let rt =
        runtime(Config { max_isolates: 1, acquire_timeout: Duration::from_secs(30), ..Config::default() });
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let held = rt.acquire("s").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    queue_acquire(&rt, "s", 0, &tx);
    rt.shutdown();
    let (_, outcome) = rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(matches!(outcome, Err(Error::Shutdown(_))), "{outcome:?}");
    drop(held);
    assert!(matches!(rt.acquire_async("s", |_| ()).err(), Some(Error::Shutdown(_))));
}

#[test]
fn release_from_another_thread() {
    let rt = runtime(Config::default());
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let mut lease = rt.acquire("s").unwrap();
    lease.eval(get("http://x/1")).unwrap();
    std::thread::spawn(move || {
        lease.eval(get("http://x/2")).unwrap();
        drop(lease);
    })
    .join()
    .unwrap();
    assert_eq!(rt.leases_outstanding(), 0);
    assert_eq!(rt.stats().busy, 0);
}

#[test]
fn async_evaluation_reports_through_its_callback() {
    let rt = runtime(Config::default());
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    let mut lease = rt.acquire("s").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    lease.eval_async(get("http://x/async"), move |r| tx.send(r).unwrap()).unwrap();
    let body = rx.recv_timeout(Duration::from_secs(5)).unwrap().unwrap().body;
    assert_eq!(body, b"s http://x/async");
    // Busy until the callback has returned; a second start is refused meanwhile.
    while lease.busy() {
        std::thread::yield_now();
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let gate = Arc::new(std::sync::Barrier::new(2));
    let in_callback = gate.clone();
    lease
        .eval_async(get("http://x/held"), move |r| {
            in_callback.wait(); // hold the callback until the test has checked
            tx.send(r).unwrap();
        })
        .unwrap();
    assert!(matches!(lease.eval_async(get("http://x/again"), |_| {}), Err(Error::Busy(_))));
    assert!(matches!(lease.eval(get("http://x/again")), Err(Error::Busy(_))));
    gate.wait();
    rx.recv_timeout(Duration::from_secs(5)).unwrap().unwrap();
    while lease.busy() {
        std::thread::yield_now();
    }
    assert_eq!(lease.eval(get("http://x/sync")).unwrap().body, b"s http://x/sync");
}

#[test]
fn javascript_runs_only_on_threads_nano_created() {
    let seen = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let sink = seen.clone();
    let rt = runtime(Config {
        log: Some(Arc::new(move |_: LogLevel, _: &str| {
            let name = std::thread::current().name().unwrap_or("<unnamed>").to_string();
            sink.lock().unwrap().push(name);
        })),
        ..Config::default()
    });
    let src = "console.log('top level'); export default { fetch() { console.log('request'); return new Response('ok'); } }";
    rt.add_script("threads", src, ScriptOptions::default()).unwrap();
    rt.eval("threads", get("http://x/")).unwrap();
    let me = std::thread::current().name().unwrap_or("").to_string();
    let seen = seen.lock().unwrap();
    assert!(seen.len() >= 2, "{seen:?}");
    for name in seen.iter() {
        assert!(name.starts_with("nano"), "JS ran on {name:?}, not a nano thread");
        assert_ne!(*name, me);
    }
}

/// 16 host threads × 20,000 requests over 8 scripts: every response carries
/// its own request's id. NANO_QUICK_TESTS=1 runs 1,250 per thread instead.
#[test]
fn many_host_threads_get_their_own_responses() {
    let per_thread = if std::env::var_os("NANO_QUICK_TESTS").is_some() { 1_250 } else { 20_000 };
    let rt = runtime(Config { max_isolates: 32, max_idle_per_script: 4, ..Config::default() });
    for s in 0..8 {
        let src = format!(
            "export default {{ async fetch(r) {{ await null; const id = new Request(r.url).url.split('id=')[1]; \
             return new Response('script{s} ' + id, {{ headers: {{ 'x-id': id }} }}); }} }}"
        );
        rt.add_script(&format!("s{s}"), &src, ScriptOptions::default()).unwrap();
    }
    let done = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = (0..16)
        .map(|t| {
            let (rt, done) = (rt.clone(), done.clone());
            std::thread::spawn(move || {
                for i in 0..per_thread {
                    let s = (t + i) % 8;
                    let id = format!("{t}-{i}");
                    let res = rt.eval(&format!("s{s}"), get(&format!("http://x/?id={id}"))).unwrap();
                    assert_eq!(String::from_utf8_lossy(&res.body), format!("script{s} {id}"));
                    assert_eq!(res.header("x-id"), Some(id.as_bytes()));
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(done.load(Ordering::Relaxed), 16 * per_thread);
    assert!(rt.stats().isolates <= 32);
}

#[test]
fn error_cases() {
    let rt = runtime(Config::default());
    assert!(matches!(rt.acquire("nope"), Err(Error::ScriptNotFound(_))));
    rt.add_script("s", &echo_script("s"), ScriptOptions::default()).unwrap();
    assert!(matches!(
        rt.add_script("s", &echo_script("s"), ScriptOptions::default()),
        Err(Error::ScriptExists(_))
    ));
    assert!(Runtime::new(Config { max_isolates: 0, ..Config::default() }).is_err());
    assert!(
        Runtime::new(Config { min_idle_per_script: 5, max_idle_per_script: 1, ..Config::default() }).is_err()
    );
}

#[test]
fn isolation_modes_are_per_script() {
    let rt = runtime(Config {
        max_isolates: 4,
        min_idle_per_script: 1,
        max_idle_per_script: 1,
        ..Config::default()
    });
    let counter = "let n = 0; export default { fetch() { n++; globalThis.g = (globalThis.g || 0) + 1; \
                   return new Response(`${n} ${g}`); } }";
    rt.add_script("fresh", counter, ScriptOptions::default()).unwrap();
    let strict = ScriptOptions { isolation: IsolationMode::Strict, ..ScriptOptions::default() };
    rt.add_script("strict", counter, strict).unwrap();
    let reuse = ScriptOptions { isolation: IsolationMode::Reuse, ..ScriptOptions::default() };
    rt.add_script("kept", counter, reuse.clone()).unwrap();
    rt.add_script("kept2", counter, reuse).unwrap();
    let body = |s: &str| String::from_utf8(rt.eval(s, get("http://x/")).unwrap().body).unwrap();
    assert_eq!([body("fresh"), body("fresh"), body("fresh")], ["1 1", "1 1", "1 1"]);
    assert_eq!([body("strict"), body("strict"), body("strict")], ["1 1", "1 1", "1 1"]);
    // Reuse: module state persists, globals are still reset.
    assert_eq!([body("kept"), body("kept"), body("kept")], ["1 1", "2 1", "3 1"]);
    assert_eq!(body("kept2"), "1 1", "another script never sees this one's state");
}

#[test]
fn cancel_stops_a_runaway_and_the_isolate_keeps_working() {
    let held: Arc<std::sync::Mutex<Vec<nano::FetchReply>>> = Arc::default();
    let keep = held.clone();
    let rt = runtime(Config {
        max_isolates: 1,
        fetch: Some(Arc::new(move |_, reply| keep.lock().unwrap().push(reply))),
        cpu_time_limit: Duration::ZERO, // only the host stops these runaways
        ..Config::default()
    });
    let src = "export default { async fetch(r) { \
               if (r.url.endsWith('/spin')) { while (true) {} } \
               if (r.url.endsWith('/hang')) { await fetch('https://never.test/'); } \
               return new Response('fine'); } }";
    rt.add_script("s", src, ScriptOptions::default()).unwrap();
    for path in ["spin", "hang"] {
        let mut lease = rt.acquire("s").unwrap();
        let canceller = lease.canceller();
        let stopper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            canceller.cancel()
        });
        let err = lease.eval(get(&format!("http://x/{path}"))).unwrap_err();
        assert!(matches!(err, Error::Terminated(_)), "{path}: {err:?}");
        assert!(stopper.join().unwrap());
        // A late cancel (the run may still be finishing its tail) never
        // reaches the next request.
        lease.canceller().cancel();
        for _ in 0..3 {
            assert_eq!(lease.eval(get("http://x/ok")).unwrap().body, b"fine");
        }
    }
}

/// Runaways of many shapes end with the CPU limit, and the pool keeps serving.
#[test]
fn cpu_limit_stops_runaways_of_every_shape() {
    let rt =
        runtime(Config { max_isolates: 1, cpu_time_limit: Duration::from_millis(50), ..Config::default() });
    let src = probes::script(&probes::RUNAWAYS);
    rt.add_script("runaway", &src, ScriptOptions::default()).unwrap();
    for (name, _) in probes::RUNAWAYS {
        let err = rt.eval("runaway", get(&format!("http://x/{name}"))).unwrap_err();
        assert!(matches!(err, Error::CpuLimit(_)), "{name}: {err:?}");
        for _ in 0..100 {
            assert_eq!(rt.eval("runaway", get("http://x/fine")).unwrap().body, b"ok", "after {name}");
        }
    }
    // waitUntil work after the response is limited too: the response is out,
    // the runaway is stopped, the next request is fine.
    rt.add_script(
        "late",
        "export default { fetch(r, env, ctx) { ctx.waitUntil(new Promise(() => setTimeout(() => { while (true) {} }, 1))); return new Response('sent'); } }",
        ScriptOptions::default(),
    )
    .unwrap();
    assert_eq!(rt.eval("late", get("http://x/")).unwrap().body, b"sent");
    assert_eq!(rt.eval("runaway", get("http://x/fine")).unwrap().body, b"ok");
}

/// A removed script: later acquires fail, a lease taken before finishes its
/// request, its isolates go (idle now, busy when released), and its name can
/// be registered again.
#[test]
fn a_removed_script_finishes_its_requests_and_frees_its_isolates() {
    let rt = runtime(Config { max_isolates: 2, min_idle_per_script: 1, ..Config::default() });
    rt.add_script("old", &echo_script("old"), ScriptOptions::default()).unwrap();
    let mut lease = rt.acquire("old").unwrap();
    rt.remove_script("old").unwrap();
    assert!(matches!(rt.acquire("old"), Err(Error::ScriptNotFound(_))));
    assert!(matches!(rt.remove_script("old"), Err(Error::ScriptNotFound(_))));
    let res = lease.eval(get("http://x/")).unwrap();
    assert_eq!(res.status, 200, "the request in flight finishes");
    drop(lease);
    let deadline = Instant::now() + Duration::from_secs(5);
    while rt.stats().isolates > 0 {
        assert!(Instant::now() < deadline, "the removed script's isolates stay: {:?}", rt.stats());
        std::thread::sleep(Duration::from_millis(10));
    }
    rt.add_script("old", &echo_script("new"), ScriptOptions::default()).unwrap();
    let body = String::from_utf8(rt.eval("old", get("http://x/")).unwrap().body).unwrap();
    assert!(body.contains("new"), "{body}");
}

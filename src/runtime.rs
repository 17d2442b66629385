//! The runtime: V8 set-up (once per process), the registry of scripts, and
//! leases on warm isolates from its pool.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::event_loop::{Canceller, FetchHandler};
use crate::http::{Request, Response};
use crate::pool::{Pool, PoolStats, ScriptPool};
use crate::snapshot::{ScriptFormat, ScriptSpec, build_script_snapshot};
use crate::worker::Worker;

/// Receives each `console` line: (level, message). Called from nano's
/// threads, so it must be thread-safe.
pub type LogSink = Arc<dyn Fn(LogLevel, &str) + Send + Sync>;

/// Severity of a console line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Debug = 0,
    Info = 1,
    Warn = 2,
    Error = 3,
}

impl LogLevel {
    pub(crate) fn from_u32(level: u32) -> LogLevel {
        match level {
            0 => LogLevel::Debug,
            1 => LogLevel::Info,
            2 => LogLevel::Warn,
            _ => LogLevel::Error,
        }
    }
}

/// Runtime settings. `Config::default()` is what the C API's
/// `nano_config_init` gives.
#[derive(Clone)]
pub struct Config {
    /// Most isolates alive at once, over all scripts.
    pub max_isolates: usize,
    /// Most idle isolates kept per script; more are dropped on release.
    pub max_idle_per_script: usize,
    /// Isolates kept warm per script, created at registration and kept
    /// through idle periods.
    pub min_idle_per_script: usize,
    /// An idle isolate above the minimum is dropped after this long.
    pub idle_timeout: Duration,
    /// How long an acquire waits when every isolate is busy.
    pub acquire_timeout: Duration,
    /// Longest a request may take, from dispatch until its response and its
    /// `ctx.waitUntil()` work settle, waits on subrequests included.
    pub wall_time_limit: Duration,
    /// Most CPU time a request's thread may use (zero: no limit), measured
    /// by a watchdog thread; a request over it ends with [`Error::CpuLimit`].
    pub cpu_time_limit: Duration,
    /// Heap limit per isolate, in bytes; a request reaching it ends with
    /// [`Error::MemoryLimit`] and its isolate is discarded.
    pub heap_limit: usize,
    /// Sizes of requests, responses and subrequests.
    pub sizes: crate::http::SizeLimits,
    /// Where console output goes; stderr when `None`.
    pub log: Option<LogSink>,
    /// Answers the scripts' `fetch()`; without one, `fetch()` rejects.
    pub fetch: Option<FetchHandler>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_isolates: 64,
            max_idle_per_script: 16,
            min_idle_per_script: 1,
            idle_timeout: Duration::from_secs(60),
            acquire_timeout: Duration::from_secs(1),
            wall_time_limit: Duration::from_secs(30),
            cpu_time_limit: Duration::from_millis(50),
            heap_limit: 128 << 20,
            sizes: crate::http::SizeLimits::default(),
            log: None,
            fetch: None,
        }
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("max_isolates", &self.max_isolates)
            .field("max_idle_per_script", &self.max_idle_per_script)
            .field("min_idle_per_script", &self.min_idle_per_script)
            .field("idle_timeout", &self.idle_timeout)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("wall_time_limit", &self.wall_time_limit)
            .field("cpu_time_limit", &self.cpu_time_limit)
            .field("heap_limit", &self.heap_limit)
            .field("sizes", &self.sizes)
            .field("log", &self.log.as_ref().map(|_| "<callback>"))
            .field("fetch", &self.fetch.as_ref().map(|_| "<callback>"))
            .finish()
    }
}

/// Options for [`Runtime::add_script`].
#[derive(Debug, Clone, Default)]
pub struct ScriptOptions {
    pub format: ScriptFormat,
    /// `env` bindings: variables and secrets, as strings.
    pub bindings: Vec<(String, String)>,
    /// Opt-in: keep one context per isolate for all of this script's
    /// requests instead of a fresh one each (faster; state such as globals
    /// then carries from one request to the next on the same isolate).
    pub reuse_context: bool,
    /// What the lockdown allows; by default neither eval nor shared memory.
    pub lockdown: crate::snapshot::Lockdown,
}

/// A registered script: its snapshot, from which its isolates start.
pub struct Script {
    pub(crate) name: String,
    pub(crate) snapshot: Box<[u8]>,
    pub(crate) reuse_context: bool,
    pub(crate) lockdown: crate::snapshot::Lockdown,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script")
            .field("name", &self.name)
            .field("snapshot_len", &self.snapshot.len())
            .field("reuse_context", &self.reuse_context)
            .finish()
    }
}

impl Script {
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Size in bytes of the script's startup snapshot.
    pub fn snapshot_len(&self) -> usize {
        self.snapshot.len()
    }
}

pub(crate) struct Shared {
    pool: Arc<Pool>,
    leases: AtomicUsize,
    closed: AtomicBool,
    /// The canceller of each lease not yet dropped, by lease id: shutdown
    /// stops what they run.
    leased: parking_lot::Mutex<HashMap<u64, Arc<Canceller>>>,
    next_lease: AtomicU64,
    /// Evaluations started and not yet answered (blocking or asynchronous).
    running: parking_lot::Mutex<usize>,
    idle: parking_lot::Condvar,
}

impl Shared {
    fn run_started(&self) {
        *self.running.lock() += 1;
    }
    fn run_ended(&self) {
        let mut running = self.running.lock();
        *running -= 1;
        if *running == 0 {
            self.idle.notify_all();
        }
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        self.pool.shutdown();
    }
}

/// Runs scripts. Cheap to clone (a reference); safe to use from any thread.
#[derive(Clone)]
pub struct Runtime {
    shared: Arc<Shared>,
}

static V8_INIT: Once = Once::new();

/// Initialises V8 once per process: ICU data, platform, engine.
pub(crate) fn init_v8() {
    V8_INIT.call_once(|| {
        // The data is 16-byte aligned and V8 copies nothing: a failure here
        // means the ICU version does not match, which Intl would report.
        let _ = v8::icu::set_common_data_78(deno_core_icudata::ICU_DATA);
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
        anchor_read_only_heap();
    });
}

/// Keeps one isolate from the built-in snapshot alive for the life of the
/// process. Isolates share V8's read-only heap, which is built from the blob
/// of whichever isolate finds none alive; script snapshots carry their own
/// copy of it. Without an anchor, once every isolate had gone the next one
/// could rebuild it from a script's blob, and isolates from other blobs then
/// failed property lookups (`env` bindings and event listeners vanished in
/// parallel tests) or crashed (a libc++ bounds assertion in V8 when a script
/// was registered while other threads served). The anchor pins it to the
/// built-in blob; tests/concurrency.rs registers while serving.
fn anchor_read_only_heap() {
    let spawned = std::thread::Builder::new().name("nano-anchor".into()).spawn(|| {
        // Never disposed: forgetting it leaves it entered on this thread,
        // which ends here and runs no JavaScript.
        std::mem::forget(crate::worker::new_isolate(Some(crate::snapshot::BUILTIN), false));
    });
    if let Ok(thread) = spawned {
        let _ = thread.join();
    }
}

/// Runs `f` on a new thread and waits for it: nano runs JavaScript only on
/// threads it created after V8 was initialised (see the pool's docs).
fn on_nano_thread<T: Send + 'static>(name: &str, f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    std::thread::Builder::new()
        .name(name.to_string())
        .stack_size(crate::worker::STACK_SIZE)
        .spawn(f)
        .map_err(|e| Error::Internal(format!("cannot start a thread: {e}")))?
        .join()
        .map_err(|_| Error::Internal("a nano thread panicked".into()))
}

impl Runtime {
    pub fn new(config: Config) -> Result<Runtime> {
        if config.max_isolates == 0 {
            return Err(Error::InvalidArgument("max_isolates must be at least 1".into()));
        }
        if config.heap_limit < (8 << 20) {
            return Err(Error::InvalidArgument("heap_limit must be at least 8 MiB".into()));
        }
        if config.min_idle_per_script > config.max_idle_per_script {
            return Err(Error::InvalidArgument("min_idle_per_script is above max_idle_per_script".into()));
        }
        init_v8();
        Ok(Runtime {
            shared: Arc::new(Shared {
                pool: Pool::new(config),
                leases: AtomicUsize::new(0),
                closed: AtomicBool::new(false),
                leased: Default::default(),
                next_lease: AtomicU64::new(0),
                running: parking_lot::Mutex::new(0),
                idle: parking_lot::Condvar::new(),
            }),
        })
    }

    /// Compiles and runs `source` (its top level runs here) and keeps a
    /// snapshot of the result under `name`. Fails with the line, column and
    /// message when it does not compile or throws, or has no fetch handler.
    pub fn add_script(&self, name: &str, source: &str, options: ScriptOptions) -> Result<Arc<Script>> {
        if name.is_empty() || name.len() > 256 || name.chars().any(char::is_control) {
            return Err(Error::InvalidArgument(
                "a script name must be 1 to 256 bytes without control characters (NUL, CR, LF, ...)".into(),
            ));
        }
        if self.script(name).is_some() {
            return Err(Error::ScriptExists(name.to_string()));
        }
        let (reuse_context, lockdown) = (options.reuse_context, options.lockdown);
        let (owned_name, owned_source) = (name.to_string(), source.to_string());
        let log = self.shared.pool.config().log.clone();
        // Top levels do more than requests (they build the script's state):
        // ten times a request's CPU limit, and at least a second.
        let request_cpu = self.shared.pool.config().cpu_time_limit;
        let cpu_limit =
            if request_cpu.is_zero() { request_cpu } else { (request_cpu * 10).max(Duration::from_secs(1)) };
        let snapshot = on_nano_thread("nano-register", move || {
            build_script_snapshot(&ScriptSpec {
                name: &owned_name,
                source: &owned_source,
                format: options.format,
                bindings: &options.bindings,
                log,
                lockdown: options.lockdown,
                cpu_limit,
            })
        })??;
        let script = Arc::new(Script {
            name: name.to_string(),
            snapshot: snapshot.into_boxed_slice(),
            reuse_context,
            lockdown,
        });
        self.shared.pool.add_script(script.clone())?;
        Ok(script)
    }

    /// The script registered under `name`.
    pub fn script(&self, name: &str) -> Option<Arc<Script>> {
        self.shared.pool.script(name)
    }

    /// A lease on a warm isolate for `script`; it returns to the pool when
    /// dropped. Waits up to `acquire_timeout` when every isolate is busy.
    pub fn acquire(&self, script: &str) -> Result<Lease> {
        let (pool, worker) = self.shared.pool.acquire(script)?;
        self.shared.leases.fetch_add(1, Ordering::AcqRel);
        let id = self.shared.next_lease.fetch_add(1, Ordering::Relaxed);
        self.shared.leased.lock().insert(id, worker.canceller().clone());
        if self.shared.closed.load(Ordering::Acquire) {
            // Shut down while this acquire ran: its runs stop like the others.
            worker.canceller().close();
        }
        Ok(Lease {
            id,
            worker: Some(worker),
            script_pool: pool,
            shared: self.shared.clone(),
            in_flight: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Shuts the runtime down: later acquires fail with [`Error::Shutdown`],
    /// idle isolates are dropped, and every evaluation running on an
    /// outstanding lease (or started on one later) ends with
    /// [`Error::Shutdown`]. Waits until those evaluations have answered,
    /// unless called from one of nano's own threads (an async callback),
    /// which could be the one answering. Leases stay valid to drop.
    pub fn shutdown(&self) {
        let shared = &self.shared;
        shared.closed.store(true, Ordering::Release);
        shared.pool.shutdown();
        let cancellers: Vec<Arc<Canceller>> = shared.leased.lock().values().cloned().collect();
        for canceller in cancellers {
            canceller.close();
        }
        let on_nano_thread = std::thread::current().name().is_some_and(|n| n.starts_with("nano"));
        if !on_nano_thread {
            let mut running = shared.running.lock();
            while *running > 0 {
                shared.idle.wait(&mut running);
            }
        }
    }

    /// Leases not yet dropped.
    pub fn leases_outstanding(&self) -> usize {
        self.shared.leases.load(Ordering::Acquire)
    }

    /// The pool's counters and gauges.
    pub fn stats(&self) -> PoolStats {
        self.shared.pool.stats()
    }

    /// One request, start to finish: acquire, evaluate, release.
    pub fn eval(&self, script: &str, request: Request) -> Result<Response> {
        self.acquire(script)?.eval(request)
    }
}

/// Exclusive use of one warm isolate for one script. Dropping it gives the
/// isolate back to the pool.
pub struct Lease {
    id: u64,
    worker: Option<Worker>,
    script_pool: Arc<ScriptPool>,
    shared: Arc<Shared>,
    in_flight: Arc<AtomicBool>,
}

impl Lease {
    fn worker(&self) -> &Worker {
        self.worker.as_ref().expect("a lease holds its worker until dropped")
    }

    /// Runs the script's fetch handler on `request` in a fresh context.
    pub fn eval(&mut self, request: Request) -> Result<Response> {
        if self.in_flight.load(Ordering::Acquire) {
            return Err(Error::Busy("an asynchronous evaluation is still running on this lease".into()));
        }
        self.shared.run_started();
        let outcome = self.worker().eval(request);
        self.shared.run_ended();
        outcome
    }

    /// Starts `request` and returns at once; `done` is called with the
    /// outcome on nano's worker thread. The lease must not be dropped, nor
    /// used again, until `done` has run (`Lease::busy` tells).
    pub fn eval_async(
        &mut self,
        request: Request,
        done: impl FnOnce(Result<Response>) + Send + 'static,
    ) -> Result<()> {
        if self.in_flight.swap(true, Ordering::AcqRel) {
            return Err(Error::Busy("an asynchronous evaluation is already running on this lease".into()));
        }
        let flag = self.in_flight.clone();
        let shared = self.shared.clone();
        shared.run_started();
        self.worker().eval_async(
            request,
            Box::new(move |outcome| {
                flag.store(false, Ordering::Release);
                done(outcome);
                shared.run_ended();
            }),
        );
        Ok(())
    }

    /// Stops the evaluation running on this lease, from any thread: it ends
    /// with [`Error::Terminated`]; the isolate stays usable. False when
    /// nothing was running.
    pub fn canceller(&self) -> LeaseCanceller {
        LeaseCanceller(self.worker().canceller().clone())
    }

    /// Whether an asynchronous evaluation is still running.
    pub fn busy(&self) -> bool {
        self.in_flight.load(Ordering::Acquire)
    }

    pub fn script(&self) -> &Arc<Script> {
        self.worker().script()
    }

    /// The size limits of the runtime this lease comes from.
    pub fn sizes(&self) -> &crate::http::SizeLimits {
        &self.shared.pool.config().sizes
    }
}

/// Cancels evaluations on one lease's isolate; `Send + Sync`, usable from
/// any thread while the lease evaluates.
#[derive(Clone)]
pub struct LeaseCanceller(Arc<crate::event_loop::Canceller>);

impl LeaseCanceller {
    /// Stops the running evaluation, if any; true if one was running.
    pub fn cancel(&self) -> bool {
        self.0.cancel(crate::event_loop::StopReason::Cancelled)
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.shared.leased.lock().remove(&self.id);
        if let Some(worker) = self.worker.take() {
            // A lease dropped mid-evaluation: the worker finishes the job on
            // its own thread; later jobs queue behind it, so it stays usable.
            // One whose isolate hit its heap limit is discarded.
            let discard = worker.is_poisoned();
            self.shared.pool.release(&self.script_pool, worker, discard);
        }
        self.shared.leases.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime() -> Runtime {
        Runtime::new(Config::default()).unwrap()
    }

    fn get(url: &str) -> Request {
        Request { method: "GET".into(), url: url.into(), ..Default::default() }
    }

    #[test]
    fn module_handler_answers() {
        let rt = runtime();
        rt.add_script(
            "hello",
            "export default { async fetch(req, env) { return new Response(`hi ${new URL(req.url).pathname} ${env.WHO}`, { headers: { 'x-a': '1' } }); } }"
                .replace("new URL(req.url).pathname", "req.url")
                .as_str(),
            ScriptOptions { bindings: vec![("WHO".into(), "you".into())], ..Default::default() },
        )
        .unwrap();
        let res = rt.eval("hello", get("http://example.com/p")).unwrap();
        assert_eq!(res.status, 200);
        assert_eq!(String::from_utf8(res.body).unwrap(), "hi http://example.com/p you");
        assert_eq!(res.headers[0], (b"x-a".to_vec(), b"1".to_vec()));
    }

    #[test]
    fn service_worker_form_answers() {
        let rt = runtime();
        let src = "addEventListener('fetch', e => e.respondWith(new Response('sw ' + GREETING)));";
        let opts = ScriptOptions {
            format: ScriptFormat::ServiceWorker,
            bindings: vec![("GREETING".into(), "hey".into())],
            ..ScriptOptions::default()
        };
        rt.add_script("sw", src, opts).unwrap();
        let res = rt.eval("sw", get("http://x/")).unwrap();
        assert_eq!(res.body, b"sw hey");
    }

    #[test]
    fn compile_errors_name_line_and_column() {
        let rt = runtime();
        let err = rt.add_script(
            "bad.js",
            "export default {\n  fetch() { return 1 +; }\n}",
            ScriptOptions::default(),
        );
        match err {
            Err(Error::ScriptCompile(msg)) => {
                assert!(msg.starts_with("bad.js:2:"), "{msg}");
                assert!(msg.contains("SyntaxError"), "{msg}");
            }
            other => panic!("expected a compile error, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn handler_errors_carry_message_and_stack() {
        let rt = runtime();
        rt.add_script(
            "throws.js",
            "export default {\n fetch() {\n throw new Error('boom'); } }",
            ScriptOptions::default(),
        )
        .unwrap();
        let err = rt.eval("throws.js", get("http://x/")).unwrap_err();
        let Error::Script(msg) = err else { panic!("{err:?}") };
        assert!(msg.contains("Error: boom"), "{msg}");
        assert!(msg.contains("throws.js:3"), "{msg}");

        rt.add_script("notresp.js", "export default { fetch() { return 42; } }", ScriptOptions::default())
            .unwrap();
        let err = rt.eval("notresp.js", get("http://x/")).unwrap_err();
        assert!(err.to_string().contains("must return a Response"), "{err}");
    }

    #[test]
    fn each_request_gets_a_fresh_context() {
        let rt = Runtime::new(Config { max_isolates: 1, ..Config::default() }).unwrap();
        rt.add_script(
            "leak.js",
            "let n = 0; export default { fetch() { globalThis.x = (globalThis.x || 0) + 1; n++; return new Response(`${x} ${n}`); } }",
            ScriptOptions::default(),
        )
        .unwrap();
        for _ in 0..3 {
            let res = rt.eval("leak.js", get("http://x/")).unwrap();
            assert_eq!(res.body, b"1 1");
        }
    }
}

//! The runtime: the registry of scripts, and leases on warm isolates from
//! its pool.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use crate::body::{BodyPart, Delivery};
use crate::config::Config;
use crate::engine::cancel::{Canceller, StopReason};
use crate::engine::threads::{on_a_nano_thread, on_nano_thread};
use crate::error::{Error, Result};
use crate::http::{Request, Response, SizeLimits};
use crate::modules::{ModuleGraph, ModuleRule, ModuleSource};
use crate::pool::{Pool, PoolStats, ScriptPool};
use crate::script::{Script, ScriptFormat, ScriptOptions, check_name};
use crate::worker::Worker;
use std::path::Path;

pub(crate) struct Shared {
    /// This runtime's inline workers, on whatever thread.
    inline: Arc<crate::inline::InlineSet>,
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
    /// Makes a lease of a worker acquired from the pool.
    fn lease(shared: &Arc<Shared>, script_pool: Arc<ScriptPool>, worker: Worker) -> Lease {
        shared.leases.fetch_add(1, Ordering::AcqRel);
        let id = shared.next_lease.fetch_add(1, Ordering::Relaxed);
        shared.leased.lock().insert(id, worker.canceller().clone());
        if shared.closed.load(Ordering::Acquire) {
            // Shut down while this acquire ran: its runs stop like the others.
            worker.canceller().close();
        }
        Lease {
            id,
            worker: Some(worker),
            script_pool,
            shared: shared.clone(),
            in_flight: Arc::new(AtomicBool::new(false)),
            job: Arc::new(AtomicU64::new(0)),
        }
    }

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
        crate::inline::forget(&self.inline);
    }
}

/// Runs scripts. Cheap to clone (a reference); safe to use from any thread.
#[derive(Clone)]
pub struct Runtime {
    shared: Arc<Shared>,
}

impl Runtime {
    pub fn new(config: Config) -> Result<Runtime> {
        config.validate()?;
        crate::snapshot::builtin::init_with(config.heap_limit);
        // One room for isolates, pooled and inline.
        let rooms = Arc::new(crate::engine::isolate::Rooms::new(config.max_isolates));
        let inline = crate::inline::InlineSet::new(rooms.clone());
        Ok(Runtime {
            shared: Arc::new(Shared {
                inline: inline.clone(),
                pool: Pool::new(config, rooms, inline),
                leases: AtomicUsize::new(0),
                closed: AtomicBool::new(false),
                leased: Default::default(),
                next_lease: AtomicU64::new(0),
                running: parking_lot::Mutex::new(0),
                idle: parking_lot::Condvar::new(),
            }),
        })
    }

    /// Compiles and runs `source` (its top level runs here once) and keeps
    /// it under `name`: in the strict mode as a snapshot of the result, in
    /// the others as the source and the function its top level runs as. Fails with the line, column and
    /// message when it does not compile or throws, or has no fetch handler.
    /// The script is one module (named `name`): it imports only built-in
    /// modules; see [`Runtime::add_modules`] for a script of several.
    pub fn add_script(&self, name: &str, source: &str, options: ScriptOptions) -> Result<Arc<Script>> {
        check_name(name)?;
        let graph = if options.format == ScriptFormat::Module {
            ModuleGraph::from_source(name, source, options.node_compat)?
        } else {
            ModuleGraph::single(name, source, options.node_compat)
        };
        self.register(name, graph, options)
    }

    /// [`Runtime::add_script`] for a script of several modules: `modules`
    /// holds the entry first, then the modules it imports (by relative
    /// path, `./lib.js` from `src/index.js` naming `src/lib.js`; see
    /// README, "Module graphs"). Only what the entry reaches is kept. A
    /// static import that does not resolve fails registration with the
    /// importing module, line, column and specifier.
    pub fn add_modules(
        &self,
        name: &str,
        modules: Vec<ModuleSource>,
        options: ScriptOptions,
    ) -> Result<Arc<Script>> {
        check_name(name)?;
        if options.format == ScriptFormat::ServiceWorker && modules.len() != 1 {
            return Err(Error::InvalidArgument(
                "a service-worker script is one classic script, not modules".into(),
            ));
        }
        self.register(name, ModuleGraph::from_list(modules, options.node_compat)?, options)
    }

    /// [`Runtime::add_script`] from the file `entry` on disk: the modules it
    /// imports are read from disk now, resolved as wrangler's build
    /// resolves a project (README, "Module graphs").
    pub fn add_script_path(&self, name: &str, entry: &Path, options: ScriptOptions) -> Result<Arc<Script>> {
        self.add_project(name, entry, &[], options)
    }

    /// [`Runtime::add_script_path`] with a project's module rules
    /// (wrangler's `rules`: `**/*.sql` as text, say), which give module
    /// types before file names do.
    pub fn add_project(
        &self,
        name: &str,
        entry: &Path,
        rules: &[ModuleRule],
        options: ScriptOptions,
    ) -> Result<Arc<Script>> {
        check_name(name)?;
        self.register(name, ModuleGraph::from_path(entry, rules, options.node_compat)?, options)
    }

    fn register(&self, name: &str, graph: ModuleGraph, options: ScriptOptions) -> Result<Arc<Script>> {
        if self.script(name).is_some() {
            return Err(Error::ScriptExists(name.to_string()));
        }
        let log = self.shared.pool.config().log.clone();
        // Top levels do more than requests (they build the script's state):
        // ten times a request's CPU limit, and at least a second.
        let request_cpu = self.shared.pool.config().cpu_time_limit;
        let cpu_limit =
            if request_cpu.is_zero() { request_cpu } else { (request_cpu * 10).max(Duration::from_secs(1)) };
        let script = Script::new(name, graph, options);
        let script =
            on_nano_thread("nano-register", move || crate::isolation::register(script, log, cpu_limit))??;
        self.shared.pool.add_script(script.clone())?;
        Ok(script)
    }

    /// Removes the script `name`: later acquires fail with
    /// [`Error::ScriptNotFound`] (its name may be registered again), requests
    /// in flight finish, and its isolates are dropped (idle ones now, busy
    /// ones when released; an idle inline isolate when it is evicted or its
    /// thread next acquires or exits).
    pub fn remove_script(&self, name: &str) -> Result<()> {
        self.shared.pool.remove_script(name)
    }

    /// The script registered under `name`.
    pub fn script(&self, name: &str) -> Option<Arc<Script>> {
        self.shared.pool.script(name)
    }

    /// A lease on a warm isolate for `script`; it returns to the pool when
    /// dropped. Waits up to `acquire_timeout` when every isolate is busy.
    pub fn acquire(&self, script: &str) -> Result<Lease> {
        let (pool, worker) = self.shared.pool.acquire(script)?;
        Ok(Shared::lease(&self.shared, pool, worker))
    }

    /// A lease for `script` without waiting for one, for event-loop hosts:
    /// [`Acquire::Now`] when an isolate is free (`done` is dropped unused),
    /// else [`Acquire::Queued`]: the request waits in the pool's queue,
    /// first come first served, and `done` is called once on a nano thread
    /// with the lease when an isolate is released, or with
    /// [`Error::PoolExhausted`] after `acquire_timeout` (or
    /// [`Error::Shutdown`], on the thread shutting the runtime down).
    /// [`Runtime::cancel_acquire`] withdraws it. Fails at once with
    /// [`Error::PoolExhausted`] when `acquire_timeout` is zero.
    pub fn acquire_async(
        &self,
        script: &str,
        done: impl FnOnce(Result<Lease>) + Send + 'static,
    ) -> Result<Acquire> {
        // Weak: a queued acquire must not keep the runtime alive (dropping
        // it fails the queue).
        let shared = Arc::downgrade(&self.shared);
        let granted = Box::new(move |granted: crate::pool::Granted| {
            done(granted.and_then(|(pool, worker)| match shared.upgrade() {
                Some(shared) => Ok(Shared::lease(&shared, pool, worker)),
                None => Err(Error::Shutdown("the runtime was dropped".into())),
            }))
        });
        Ok(match self.shared.pool.acquire_async(script, granted)? {
            crate::pool::Acquired::Now(pool, worker) => {
                Acquire::Now(Shared::lease(&self.shared, pool, worker))
            }
            crate::pool::Acquired::Queued(ticket) => Acquire::Queued(ticket),
        })
    }

    /// Withdraws an acquire queued by [`Runtime::acquire_async`]: true if
    /// it was still waiting (its callback will never run), false if its
    /// callback has run or is running.
    pub fn cancel_acquire(&self, ticket: u64) -> bool {
        self.shared.pool.cancel_async(ticket)
    }

    /// A lease on the calling thread's own isolate for `script` (made the
    /// first time): its requests run on this thread, with no hand-off, and
    /// return to the caller whenever they would wait ([`InlineLease`]).
    /// For hosts whose event loop runs on a thread created after V8 was
    /// initialised (an nginx worker's): fails with [`Error::UnsafeThread`]
    /// elsewhere on CPUs with memory protection keys, and with
    /// [`Error::Busy`] while this thread's isolate for `script` is out on
    /// another lease (hand that request to [`Runtime::acquire`] instead).
    pub fn acquire_inline(&self, script: &str) -> Result<InlineLease> {
        if self.shared.closed.load(Ordering::Acquire) {
            return Err(Error::Shutdown("the runtime is shut down".into()));
        }
        let found = self.script(script).ok_or_else(|| Error::ScriptNotFound(script.to_string()))?;
        let pool = &self.shared.pool;
        let worker =
            crate::inline::take(&self.shared.inline, &found, pool.config(), &|| pool.room_for_inline())?;
        self.shared.leases.fetch_add(1, Ordering::AcqRel);
        let id = self.shared.next_lease.fetch_add(1, Ordering::Relaxed);
        self.shared.leased.lock().insert(id, worker.canceller().clone());
        Ok(InlineLease {
            id,
            worker: Some(Box::new(worker)),
            shared: self.shared.clone(),
            thread: std::thread::current().id(),
            job: Arc::new(AtomicU64::new(0)),
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
        if !on_a_nano_thread() {
            let mut running = shared.running.lock();
            while *running > 0 {
                shared.idle.wait(&mut running);
            }
        }
    }

    /// The size limits this runtime checks requests and responses against.
    pub fn sizes(&self) -> &SizeLimits {
        &self.shared.pool.config().sizes
    }

    /// Leases not yet dropped.
    pub fn leases_outstanding(&self) -> usize {
        self.shared.leases.load(Ordering::Acquire)
    }

    /// The pool's counters and gauges.
    pub fn stats(&self) -> PoolStats {
        self.shared.pool.stats()
    }

    /// One request, start to finish: acquire, evaluate, release. A request
    /// refused before it ran (its isolate reached its heap limit while the
    /// last request's context was reset) goes once to another isolate.
    pub fn eval(&self, script: &str, request: Request) -> Result<Response> {
        let mut lease = self.acquire(script)?;
        // Only an isolate still resetting can turn out discarded: the copy
        // is made for those alone.
        let retry = (!lease.worker().is_ready()).then(|| request.clone());
        match (lease.eval(request), retry) {
            (Err(e), Some(retry)) if crate::worker::never_ran(&e) => {
                drop(lease);
                self.acquire(script)?.eval(retry)
            }
            (outcome, _) => outcome,
        }
    }
}

/// The outcome of [`Runtime::acquire_async`].
pub enum Acquire {
    /// An isolate was free.
    Now(Lease),
    /// Queued under this ticket (never 0); the callback brings the lease.
    Queued(u64),
}

/// Exclusive use of one warm isolate for one script. Dropping it gives the
/// isolate back to the pool.
pub struct Lease {
    id: u64,
    worker: Option<Worker>,
    script_pool: Arc<ScriptPool>,
    shared: Arc<Shared>,
    in_flight: Arc<AtomicBool>,
    /// The id of the lease's latest job, which its canceller may stop.
    job: Arc<AtomicU64>,
}

impl Lease {
    fn worker(&self) -> &Worker {
        self.worker.as_ref().expect("a lease holds its worker until dropped")
    }

    /// Runs the script's fetch handler on `request`, isolated as the script's mode says.
    pub fn eval(&mut self, request: Request) -> Result<Response> {
        if self.in_flight.load(Ordering::Acquire) {
            return Err(Error::Busy("an asynchronous evaluation is still running on this lease".into()));
        }
        self.shared.run_started();
        let job = self.next_job();
        let outcome = self.worker().eval(request, job);
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
        let job = self.next_job();
        self.worker().eval_async(
            request,
            job,
            Box::new(move |outcome, _| {
                flag.store(false, Ordering::Release);
                done(outcome);
                shared.run_ended();
            }),
        );
        Ok(())
    }

    /// Starts `request` with streamed delivery and returns at once, for
    /// hosts that send a response as the script produces it. `head` is
    /// called once, on nano's worker thread, with the response as soon as
    /// the script returns it, and true when its body follows in parts
    /// (its `body` is empty then; any other body comes whole, with it).
    /// `parts` then hears the body's chunks, then its end or failure; after
    /// each chunk the script's stream is read again only after
    /// [`Lease::body_more`] (the host's backpressure), and
    /// [`Lease::body_stop`] ends it early. The lease is busy until the head
    /// came without a body, or the body's last part.
    pub fn eval_streamed(
        &mut self,
        request: Request,
        head: impl FnOnce(Result<Response>, bool) + Send + 'static,
        mut parts: impl FnMut(BodyPart) + Send + 'static,
    ) -> Result<()> {
        if self.in_flight.swap(true, Ordering::AcqRel) {
            return Err(Error::Busy("an asynchronous evaluation is already running on this lease".into()));
        }
        self.shared.run_started();
        let job = self.next_job();
        let (flag, shared) = (self.in_flight.clone(), self.shared.clone());
        let end = move || {
            flag.store(false, Ordering::Release);
            shared.run_ended();
        };
        let end_body = end.clone();
        self.worker().eval_streamed(
            request,
            job,
            Box::new(move |outcome, body_follows| {
                if !body_follows {
                    end();
                }
                head(outcome, body_follows);
            }),
            Box::new(move |part| {
                if part.is_last() {
                    end_body();
                }
                parts(part);
            }),
        );
        Ok(())
    }

    /// The streaming host took the last chunk of [`Lease::eval_streamed`]'s
    /// body and wants the next (from any thread). False when no body is
    /// streaming.
    pub fn body_more(&self) -> bool {
        self.in_flight.load(Ordering::Acquire) && self.canceller().ask_body(true)
    }

    /// The streaming host takes no more of the body (its client went
    /// away): the script's stream is cancelled, and the body's last part
    /// is [`BodyPart::Failed`] with [`Error::Terminated`]. False when no
    /// body is streaming.
    pub fn body_stop(&self) -> bool {
        self.in_flight.load(Ordering::Acquire) && self.canceller().ask_body(false)
    }

    /// The id of this lease's next job, kept for its canceller.
    fn next_job(&self) -> u64 {
        let job = self.worker().next_job();
        self.job.store(job, Ordering::Release);
        job
    }

    /// Stops the evaluation running on this lease, from any thread: it ends
    /// with [`Error::Terminated`]; the isolate stays usable. Only this
    /// lease's latest evaluation, and only until it has answered: never
    /// another lease's, nor the `waitUntil` work after the answer.
    pub fn canceller(&self) -> LeaseCanceller {
        LeaseCanceller(self.worker().canceller().clone(), self.job.clone())
    }

    /// Whether an asynchronous evaluation is still running.
    pub fn busy(&self) -> bool {
        self.in_flight.load(Ordering::Acquire)
    }

    pub fn script(&self) -> &Arc<Script> {
        self.worker().script()
    }

    /// The size limits of the runtime this lease comes from.
    pub fn sizes(&self) -> &SizeLimits {
        &self.shared.pool.config().sizes
    }
}

/// Exclusive use of the calling thread's isolate for one script, from
/// [`Runtime::acquire_inline`]. Not `Send`: its requests run on this
/// thread. Dropping it gives the isolate back to the thread's slot (a
/// request still suspended on it is dropped, as if stopped).
pub struct InlineLease {
    id: u64,
    /// Boxed: the worker is large, the lease moves.
    worker: Option<Box<crate::inline::InlineWorker>>,
    shared: Arc<Shared>,
    thread: std::thread::ThreadId,
    job: Arc<AtomicU64>,
}

pub use crate::inline::Progress;

impl InlineLease {
    fn worker(&mut self) -> Result<&mut crate::inline::InlineWorker> {
        if std::thread::current().id() != self.thread {
            return Err(Error::UnsafeThread(
                "an inline lease runs its requests on the thread that acquired it".into(),
            ));
        }
        Ok(self.worker.as_mut().expect("an inline lease holds its worker until dropped"))
    }

    /// Starts `request` on this thread and runs it as far as it goes
    /// without waiting. If it must wait (a timer, a subrequest), the
    /// [`Progress`] says until when, and `ring` is called (from any thread)
    /// when something arrives sooner: call [`InlineLease::poll`] then, on
    /// this thread. `ring` must return quickly and must not call nano.
    pub fn start(&mut self, request: Request, ring: Option<Arc<dyn Fn() + Send + Sync>>) -> Result<Progress> {
        let job = self.job.clone();
        self.worker()?.start(request, ring, Delivery::Whole, crate::exec::event_loop::Wait::Return, &job)
    }

    /// As [`InlineLease::start`], with streamed delivery: the step on
    /// which the script returns its `Response` brings it (its head, with
    /// [`Progress::body_follows`] when its body is a stream), and steps
    /// bring the body's parts ([`Progress::part`]). After a chunk, the next
    /// is read only once the host calls [`InlineLease::more`]; a host that
    /// takes no more calls [`InlineLease::stop_body`].
    pub fn start_streamed(
        &mut self,
        request: Request,
        ring: Option<Arc<dyn Fn() + Send + Sync>>,
    ) -> Result<Progress> {
        let job = self.job.clone();
        self.worker()?.start(request, ring, Delivery::Streamed, crate::exec::event_loop::Wait::Return, &job)
    }

    /// The host took the last chunk of a streamed body and wants the next:
    /// goes on with the request, as [`InlineLease::poll`] does.
    pub fn more(&mut self) -> Result<Progress> {
        self.worker()?.body_word(true, crate::exec::event_loop::Wait::Return)
    }

    /// The host takes no more of a streamed body (its client went away):
    /// the script's stream is cancelled, the body's last part is
    /// [`BodyPart::Failed`] with [`Error::Terminated`], and the request goes
    /// on to its `waitUntil` work, as [`InlineLease::poll`] does.
    pub fn stop_body(&mut self) -> Result<Progress> {
        self.worker()?.body_word(false, crate::exec::event_loop::Wait::Return)
    }

    /// Goes on with the suspended request (see [`Progress`]).
    pub fn poll(&mut self) -> Result<Progress> {
        self.worker()?.poll(crate::exec::event_loop::Wait::Return)
    }

    /// Runs `request` on this thread to its end, `waitUntil` work included,
    /// waiting where it must (for hosts without an event loop).
    pub fn eval(&mut self, request: Request) -> Result<Response> {
        let job = self.job.clone();
        let progress = self.worker()?.start(
            request,
            None,
            Delivery::Whole,
            crate::exec::event_loop::Wait::Block,
            &job,
        )?;
        progress
            .response
            .unwrap_or_else(|| Err(Error::Internal("the request ended without a response".into())))
    }

    /// Whether the calling thread is the one this lease runs on.
    pub fn on_its_thread(&self) -> bool {
        std::thread::current().id() == self.thread
    }

    /// Whether a request is suspended on this lease.
    pub fn busy(&self) -> bool {
        self.worker.as_ref().is_some_and(|w| w.is_running())
    }

    /// Stops the running request, from any thread (see
    /// [`Lease::canceller`]). A suspended request is rung, and ends with
    /// [`Error::Terminated`] at its next poll.
    pub fn canceller(&self) -> LeaseCanceller {
        let worker = self.worker.as_ref().expect("an inline lease holds its worker until dropped");
        LeaseCanceller(worker.canceller().clone(), self.job.clone())
    }

    pub fn script(&self) -> &Arc<Script> {
        self.worker.as_ref().expect("an inline lease holds its worker until dropped").script()
    }

    /// The size limits of the runtime this lease comes from.
    pub fn sizes(&self) -> &SizeLimits {
        &self.shared.pool.config().sizes
    }
}

impl Drop for InlineLease {
    fn drop(&mut self) {
        self.shared.leased.lock().remove(&self.id);
        if let Some(worker) = self.worker.take() {
            if std::thread::current().id() == self.thread {
                let keep = !self.shared.closed.load(Ordering::Acquire);
                crate::inline::give_back(&self.shared.inline, *worker, keep);
            } else {
                // Its isolate belongs to another thread, and may not be
                // touched here: leaked, its room given back.
                worker.give_up_room();
                std::mem::forget(worker);
            }
        }
        self.shared.leases.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Cancels evaluations on one lease's isolate; `Send + Sync`, usable from
/// any thread while the lease evaluates.
#[derive(Clone)]
pub struct LeaseCanceller(Arc<Canceller>, Arc<AtomicU64>);

impl LeaseCanceller {
    /// Stops the lease's evaluation if it is running and has not answered;
    /// true if it was stopped.
    pub fn cancel(&self) -> bool {
        self.0.cancel_job(self.1.load(Ordering::Acquire), StopReason::Cancelled)
    }

    /// A streaming host's word on the lease's streamed body
    /// ([`Lease::body_more`], [`Lease::body_stop`]), from any thread; true
    /// when the lease's job runs to hear it.
    pub fn ask_body(&self, more: bool) -> bool {
        self.0.body_word(self.1.load(Ordering::Acquire), more)
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
    use crate::script::ScriptFormat;

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

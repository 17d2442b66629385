//! A worker: one isolate on a thread of its own, started from its script's
//! snapshot (strict) or the built-in one (fresh, reuse), running one request at a time (each with the clean state
//! [`crate::isolation`] gives it).
//!
//! Why a thread per isolate: V8 isolates are not `Send`, an `OwnedIsolate`
//! must be dropped in reverse creation order on its thread (which one isolate
//! per thread makes trivially true, whatever order the pool evicts in), and
//! host threads (Go's, nginx's) may predate V8's initialisation, so pooled
//! isolates run only on threads nano started itself (inline leases, in
//! `inline.rs`, are the checked exception).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::body::{BodyPart, Delivery};
use crate::config::Config;
use crate::engine::cancel::Canceller;
use crate::engine::threads::{self, STACK_SIZE};
use crate::engine::watchdog::Overdue;
use crate::error::{Error, Result};
use crate::exec::event_loop::{Answer, Next, serve};
use crate::exec::host::stopped_error;
use crate::http::{Request, Response};
use crate::isolation::Isolation;
use crate::log::{LogLevel, LogSink};
use crate::sandbox::Sandbox;
use crate::script::Script;
use crate::snapshot::context::in_context;

/// Hears a job's outcome; true when (streamed delivery) its body follows
/// in parts.
pub(crate) type Reply = Box<dyn FnOnce(Result<Response>, bool) + Send>;

/// Hears each part of a streamed response body, on the worker's thread (or,
/// for an overdue run, the failure from another).
pub(crate) type Parts = Box<dyn FnMut(BodyPart) + Send>;

/// Called when a worker that was draining (running `waitUntil` work after
/// its reply) is ready for the next request.
pub(crate) type OnReady = Arc<dyn Fn() + Send + Sync>;

/// What a worker and its thread share about the run in progress.
#[derive(Default)]
struct RunSlot {
    /// Set from a reply to the end of its job when `waitUntil` work goes on
    /// after it: a request queued behind would wait for that work.
    draining: AtomicBool,
    /// Ids of jobs (for [`Canceller::cancel_job`]).
    next_job: std::sync::atomic::AtomicU64,
    /// The worker thread's kernel id (0 until it runs).
    tid: std::sync::atomic::AtomicI32,
    /// The job running and its reply: taken by whoever answers first, the
    /// thread or (for an overdue run) the watchdog.
    reply: parking_lot::Mutex<Option<(u64, Reply)>>,
    /// A streaming job's body parts, taken like `reply`.
    parts: parking_lot::Mutex<Option<(u64, Parts)>>,
    /// Set when a run did not end after it was stopped: the thread is stuck
    /// in a native call (or parked by the heap guard). The worker takes no
    /// more jobs and is never joined; its thread ends, and frees the
    /// isolate, whenever that call returns.
    quarantined: AtomicBool,
}

impl RunSlot {
    /// The reply of `job`, if it is the job running and nobody answered it.
    fn take(&self, job: u64) -> Option<Reply> {
        let mut slot = self.reply.lock();
        if slot.as_ref().is_some_and(|(j, _)| *j == job) { slot.take().map(|(_, r)| r) } else { None }
    }

    /// Gives `part` to job `job`'s body, if it streams and nobody ended it;
    /// the last part (end or failure) ends it.
    fn part(&self, job: u64, part: BodyPart) {
        let mut slot = self.parts.lock();
        let last = part.is_last();
        if let Some((j, parts)) = slot.as_mut()
            && *j == job
        {
            parts(part);
            if last {
                *slot = None;
            }
        }
    }
}

struct Job {
    request: Request,
    reply: Reply,
    /// Set for a streamed delivery.
    parts: Option<Parts>,
    id: u64,
}

/// Handle to a worker thread. Dropping it stops the thread and frees the
/// isolate.
pub struct Worker {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
    script: Arc<Script>,
    /// Set when the thread is idle with the next request's context made.
    ready: Arc<AtomicBool>,
    canceller: Arc<Canceller>,
    /// Set when the isolate reached its heap limit: it is not reused.
    poisoned: Arc<AtomicBool>,
    run: Arc<RunSlot>,
}

impl Worker {
    /// Starts a thread with a new isolate from `script`'s snapshot.
    /// `on_ready` hears when it is ready again after draining.
    pub(crate) fn spawn(script: Arc<Script>, config: &Config, on_ready: Option<OnReady>) -> Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::sync_channel::<Arc<Canceller>>(1);
        let thread_script = script.clone();
        let thread_config = config.clone();
        let poisoned = Arc::new(AtomicBool::new(false));
        let thread_poisoned = poisoned.clone();
        let ready = Arc::new(AtomicBool::new(false));
        let thread_ready = ready.clone();
        let run = Arc::new(RunSlot::default());
        let thread_run = run.clone();
        let builder =
            std::thread::Builder::new().name(format!("nano:{}", script.name)).stack_size(STACK_SIZE);
        let thread = threads::spawn(builder, move || {
            let thread = Thread { inbox, started: ready_tx, ready: thread_ready, run: thread_run, on_ready };
            run_thread(thread_script, thread_config, thread_poisoned, thread)
        })
        .map_err(|e| Error::Internal(format!("cannot start a worker thread: {e}")))?;
        let canceller = ready_rx
            .recv()
            .map_err(|_| Error::Internal("the worker thread died while creating its isolate".into()))?;
        Ok(Worker { jobs: Some(jobs), thread: Some(thread), script, ready, canceller, poisoned, run })
    }

    /// Whether the worker is idle with its realm reset (or its next strict context made), so a
    /// request would start at once.
    pub(crate) fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// Whether the isolate reached its heap limit or was quarantined (it
    /// must be discarded).
    pub(crate) fn is_poisoned(&self) -> bool {
        self.poisoned.load(Ordering::Acquire) || self.is_quarantined()
    }

    /// Whether the worker has answered its request and still runs the
    /// request's `waitUntil` work (a request sent now would wait for it).
    pub(crate) fn is_draining(&self) -> bool {
        self.run.draining.load(Ordering::Acquire)
    }

    /// A new job id, for [`Worker::eval_async`] and the lease's canceller.
    pub(crate) fn next_job(&self) -> u64 {
        self.run.next_job.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Whether a run on this worker did not end after being stopped.
    pub(crate) fn is_quarantined(&self) -> bool {
        self.run.quarantined.load(Ordering::Acquire)
    }

    /// Stops the request running on this worker, if any (from any thread).
    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        &self.canceller
    }

    pub fn script(&self) -> &Arc<Script> {
        &self.script
    }

    /// Runs `request` as job `id` (from [`Worker::next_job`]) and calls
    /// `reply` with the outcome on the worker's thread; returns at once.
    pub(crate) fn eval_async(&self, request: Request, id: u64, reply: Reply) {
        self.send(Job { request, reply, parts: None, id });
    }

    /// Runs `request` as job `id` with streamed delivery: `reply` hears the
    /// response's head as soon as the script returns it, and, when its body
    /// is a stream, `parts` each part of it, on the worker's thread; the
    /// first chunk is read at once, each later one after the host's word
    /// (`Canceller::body_word`).
    pub(crate) fn eval_streamed(&self, request: Request, id: u64, reply: Reply, parts: Parts) {
        self.send(Job { request, reply, parts: Some(parts), id });
    }

    fn send(&self, job: Job) {
        if self.is_quarantined() {
            return (job.reply)(Err(quarantined_error()), false);
        }
        if let Err(mpsc::SendError(job)) = self.jobs.as_ref().expect("jobs open until drop").send(job) {
            (job.reply)(Err(Error::Internal("the worker thread has stopped".into())), false);
        }
    }

    /// Runs `request` as job `id` and waits for the response.
    pub(crate) fn eval(&self, request: Request, id: u64) -> Result<Response> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.eval_async(request, id, Box::new(move |r, _| drop(tx.send(r))));
        rx.recv().map_err(|_| Error::Internal("the worker thread stopped mid-request".into()))?
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        drop(self.jobs.take()); // closes the inbox: the thread's loop ends
        if let Some(thread) = self.thread.take() {
            // Dropped from its own thread (a lease released inside its async
            // callback): the loop ends once the callback returns; joining
            // itself would fail. A quarantined thread ends on its own time.
            if thread.thread().id() != std::thread::current().id() && !self.is_quarantined() {
                let _ = thread.join();
            }
        }
    }
}

/// Why a request was refused before it ran: its isolate reached its heap
/// limit after it was leased (while its last request's context was reset).
const DISCARDED: &str =
    "this isolate reached its heap limit and is discarded: release the lease and acquire another";

pub(crate) fn discarded_error() -> Error {
    Error::MemoryLimit(DISCARDED.into())
}

/// Whether `e` refused a request that never ran, for a discarded isolate:
/// the request may go to another one.
pub(crate) fn never_ran(e: &Error) -> bool {
    matches!(e, Error::MemoryLimit(m) if m == DISCARDED)
}

fn quarantined_error() -> Error {
    Error::Internal("this isolate is quarantined (a native call did not return): acquire another".into())
}

/// What the watchdog does with a run that did not end after being stopped:
/// answers its client now, with the error of the limit that stopped it, and
/// quarantines the worker.
fn on_overdue(run: Arc<RunSlot>, poisoned: Arc<AtomicBool>, log: Option<LogSink>, name: String) -> Overdue {
    Box::new(move |reason, job| {
        run.quarantined.store(true, Ordering::Release);
        poisoned.store(true, Ordering::Release);
        // Its native call may run for seconds more: only on idle CPU, so
        // that it does not slow the requests served meanwhile.
        let tid = run.tid.load(Ordering::Acquire);
        if tid > 0 {
            let param = libc::sched_param { sched_priority: 0 };
            // SAFETY: a thread of this process (it cannot have ended: it is
            // the one overdue); a valid parameter block.
            unsafe { libc::sched_setscheduler(tid, libc::SCHED_IDLE, &param) };
        }
        let message = format!(
            "a run of {name:?} kept running after it was stopped ({reason:?}), inside a native call: its isolate is quarantined"
        );
        match &log {
            Some(sink) => sink(LogLevel::Error, &message),
            None => eprintln!("nano: {message}"),
        }
        // The host's reply callback runs off the watchdog's thread, which
        // must keep its tick.
        let reply = run.take(job);
        let parts = run.parts.lock().take().filter(|(j, _)| *j == job).map(|(_, p)| p);
        if reply.is_some() || parts.is_some() {
            let _ =
                threads::spawn(
                    std::thread::Builder::new().name("nano-overdue".into()),
                    move || match reply {
                        Some(reply) => reply(Err(stopped_error(Some(reason))), false),
                        // The head went out: the body fails.
                        None => parts.expect("one of them")(BodyPart::Failed(stopped_error(Some(reason)))),
                    },
                );
        }
    })
}

/// The worker thread's ends of what it shares with its [`Worker`].
struct Thread {
    inbox: mpsc::Receiver<Job>,
    started: mpsc::SyncSender<Arc<Canceller>>,
    ready: Arc<AtomicBool>,
    run: Arc<RunSlot>,
    on_ready: Option<OnReady>,
}

fn run_thread(script: Arc<Script>, config: Config, poisoned: Arc<AtomicBool>, thread: Thread) {
    let Thread { inbox, started, ready, run, on_ready } = thread;
    // SAFETY: gettid has no preconditions.
    run.tid.store(unsafe { libc::gettid() }, Ordering::Release);
    let overdue = on_overdue(run.clone(), poisoned.clone(), config.log.clone(), script.name.clone());
    let mut sandbox = Sandbox::build(&script, &config, poisoned.clone(), overdue);
    let canceller = sandbox.canceller().clone();
    let _ = started.send(canceller.clone());
    // Declared after the sandbox: dropped first, while the isolate lives.
    let mut isolation = Isolation::new(&mut sandbox.isolate, &script);
    ready.store(true, Ordering::Release);
    while let Ok(job) = inbox.recv() {
        ready.store(false, Ordering::Release);
        let Job { request, reply, parts, id } = job;
        if run.quarantined.load(Ordering::Acquire) {
            // Queued before the quarantine: refused like the later ones.
            reply(Err(quarantined_error()), false);
            continue;
        }
        let delivery = if parts.is_some() { Delivery::Streamed } else { Delivery::Whole };
        *run.reply.lock() = Some((id, reply));
        *run.parts.lock() = parts.map(|p| (id, p));
        let mut reply = |outcome, next: Next| {
            // Before the host hears (it may release the lease at once). A
            // streamed body's host may still cancel until its last part.
            if next != Next::Body {
                canceller.replied();
            }
            run.draining.store(next != Next::Nothing, Ordering::Release);
            if let Some(reply) = run.take(id) {
                reply(outcome, next == Next::Body);
            }
        };
        let mut part = |part: BodyPart| {
            if part.is_last() {
                canceller.replied();
            }
            run.part(id, part);
        };
        if poisoned.load(Ordering::Acquire) {
            reply(Err(discarded_error()), Next::Nothing);
            continue;
        }
        canceller.begin_job(id);
        if let Some(w) = &sandbox.watch {
            w.begin();
        }
        let clean = match isolation.context() {
            Ok(p) => in_context(&mut sandbox.isolate, p, |scope, _, internal| {
                let mut answer = Answer { reply: &mut reply, part: &mut part };
                let served =
                    serve(scope, internal, &sandbox.host, request, &isolation, delivery, &mut answer);
                // Still under the CPU limit: a reset that never ends (a
                // microtask queueing another) is stopped like a request.
                Ok(served && isolation.reset(scope, internal))
            })
            .unwrap_or(false),
            Err(e) => {
                reply(Err(e), Next::Nothing);
                false
            }
        };
        *run.parts.lock() = None;
        if let Some(w) = &sandbox.watch {
            w.end();
        }
        sandbox.heap_guard.end_run();
        let terminated = sandbox.isolate.is_execution_terminating();
        canceller.end(&mut sandbox.isolate);
        isolation.after_request(&mut sandbox.isolate, clean && !terminated);
        ready.store(true, Ordering::Release);
        if run.draining.swap(false, Ordering::AcqRel)
            && let Some(notify) = &on_ready
        {
            notify();
        }
    }
}

//! Inline workers: an isolate on the host's own thread, for hosts with an
//! event loop that V8 was initialised on (an nginx worker). A request runs
//! there with no thread hand-off: as far as it can go without waiting, then
//! back to the host, which polls it again when its next timer is due or
//! when nano rings it (a subrequest answered, a cancel). Most requests
//! finish in their first step.
//!
//! The limits hold as on a worker thread: the watchdog reads the host
//! thread's CPU clock while a step runs (a run's CPU time adds up over its
//! steps), the wall limit runs from the request's start, and the heap guard
//! is the isolate's own. What an inline run cannot do is leave its thread:
//! a native call that ignores its stop holds the host's loop until it
//! returns (a worker thread would be quarantined and its client answered
//! from elsewhere); the isolate is then discarded.
//!
//! Each host thread keeps at most one inline worker per script and runtime,
//! idle in a thread-local slot between leases. Isolates on one thread are
//! entered only while they run, so they may be created and dropped in any
//! order.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::body::{BodyPart, Delivery};
use crate::config::Config;
use crate::engine::cancel::Canceller;
use crate::engine::heap::HeapGuard;
use crate::engine::isolate::new_isolate_with;
use crate::engine::threads::check_may_run_javascript_here;
use crate::engine::watchdog::{Overdue, RunClock, Sampler, Watch};
use crate::error::{Error, Result};
use crate::exec::event_loop::{Answer, Next, Served, Serving, Wait};
use crate::exec::host::WorkerHost;
use crate::fetch::Ring;
use crate::http::{Request, Response};
use crate::isolation::Isolation;
use crate::log::LogLevel;
use crate::script::{IsolationMode, Script};
use crate::snapshot::builtin::BUILTIN;
use crate::snapshot::context::in_context;

/// Where an inline request stands after a step.
pub struct Progress {
    /// The response (or why there is none), on the step that produced it:
    /// once per request.
    pub response: Option<Result<Response>>,
    /// (streamed delivery) true on the step whose response's body follows
    /// in parts: its `body` is empty.
    pub body_follows: bool,
    /// (streamed delivery) the body's next part, when this step made one.
    /// After a chunk, the next is read only after [`InlineLease::more`].
    ///
    /// [`InlineLease::more`]: crate::InlineLease::more
    pub part: Option<BodyPart>,
    /// None: the request is over and the lease is free for the next one.
    /// Otherwise poll again by this time, or sooner when rung.
    pub wake_at: Option<Instant>,
}

/// A request suspended between steps.
struct Suspended {
    serving: Serving,
    clock: Option<RunClock>,
}

/// The parts of an inline worker that hold V8 handles: dropped, with the
/// isolate entered, before the isolate.
struct Handles {
    isolation: Isolation,
    suspended: Option<Suspended>,
}

/// An isolate on the calling thread, serving one request at a time.
pub(crate) struct InlineWorker {
    /// Declared before the isolate: fields drop in order.
    handles: Option<Handles>,
    host: Rc<WorkerHost>,
    watch: Option<Arc<Watch>>,
    isolate: Option<v8::OwnedIsolate>,
    heap_guard: Arc<HeapGuard>,
    script: Arc<Script>,
    poisoned: Arc<AtomicBool>,
    /// Set by the watchdog when a stopped run did not end (a native call):
    /// the worker is discarded once it returns.
    overdue: Arc<AtomicBool>,
    next_job: u64,
}

impl InlineWorker {
    /// A new isolate for `script` on the calling thread; fails when the
    /// thread may not run JavaScript.
    fn new(script: Arc<Script>, config: &Config) -> Result<InlineWorker> {
        check_may_run_javascript_here()?;
        let blob: &'static [u8] = match script.isolation {
            // SAFETY: V8 reads the snapshot while the isolate lives; the
            // worker holds `script` and drops the isolate first.
            IsolationMode::Strict => unsafe { std::mem::transmute::<&[u8], &'static [u8]>(&script.snapshot) },
            IsolationMode::Fresh | IsolationMode::Reuse => BUILTIN,
        };
        let poisoned = Arc::new(AtomicBool::new(false));
        let heap_guard = HeapGuard::new(config.heap_limit, poisoned.clone());
        let mut isolate = new_isolate_with(
            Some(blob),
            script.lockdown.allow_shared_memory,
            config.heap_limit,
            Some(heap_guard.allocator()),
        );
        let host = WorkerHost::install(&mut isolate, &script.name, config.log.clone(), config.fetch.clone());
        host.set_sizes(config.sizes);
        host.wall_time.set(config.wall_time_limit);
        let canceller = host.canceller().clone();
        heap_guard.watch(&mut isolate, canceller.clone());
        let sampled = heap_guard.clone();
        let sampler: Sampler = Box::new(move || sampled.sample());
        let overdue = Arc::new(AtomicBool::new(false));
        let watch = Watch::current_thread(
            config.cpu_time_limit,
            config.wall_time_limit,
            canceller,
            Some(on_overdue(overdue.clone(), config, &script)),
            Some(sampler),
        );
        let isolation = Isolation::new(&mut isolate, &script);
        // Entered only while it runs (see the module's docs).
        // SAFETY: it was entered when created, and nothing entered since.
        unsafe { isolate.exit() };
        Ok(InlineWorker {
            handles: Some(Handles { isolation, suspended: None }),
            host,
            watch,
            isolate: Some(isolate),
            heap_guard,
            script,
            poisoned,
            overdue,
            next_job: 0,
        })
    }

    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        self.host.canceller()
    }

    /// Whether a request is suspended on it.
    pub(crate) fn is_running(&self) -> bool {
        self.handles.as_ref().is_some_and(|h| h.suspended.is_some())
    }

    /// Whether it must be discarded (its heap limit reached, or a run that
    /// ignored its stop).
    pub(crate) fn is_poisoned(&self) -> bool {
        self.poisoned.load(Ordering::Acquire) || self.overdue.load(Ordering::Acquire)
    }

    /// Starts `request` and runs it as far as it goes without waiting
    /// (`Wait::Return`), or to its end (`Wait::Block`). `ring` is called,
    /// from any thread, when a suspended run has something to do.
    /// The request's job id (for the lease's canceller) is stored in `job`.
    pub(crate) fn start(
        &mut self,
        request: Request,
        ring: Option<Ring>,
        delivery: Delivery,
        wait: Wait,
        job: &std::sync::atomic::AtomicU64,
    ) -> Result<Progress> {
        if self.is_running() {
            return Err(Error::Busy("a request is still running on this lease: poll it to its end".into()));
        }
        if self.poisoned.load(Ordering::Acquire) {
            return Err(crate::worker::discarded_error());
        }
        if self.overdue.load(Ordering::Acquire) {
            return Err(Error::Internal(
                "a run on this isolate ignored its stop inside a native call: release the lease and acquire another"
                    .into(),
            ));
        }
        // Job ids are the worker's, across its leases: a canceller kept
        // from an earlier lease never reaches a later one's request.
        self.next_job += 1;
        job.store(self.next_job, Ordering::Release);
        self.canceller().begin_job(self.next_job);
        self.host.completions.set_ring(ring);
        self.step(Some((request, delivery)), wait)
    }

    /// Goes on with the suspended request (see [`Progress`]).
    pub(crate) fn poll(&mut self, wait: Wait) -> Result<Progress> {
        if !self.is_running() {
            return Err(Error::InvalidArgument("no request is running on this lease".into()));
        }
        self.step(None, wait)
    }

    /// A streaming host's word on the running request's body (`more`: it
    /// took the last chunk; otherwise it takes no more), then a step.
    pub(crate) fn body_word(&mut self, more: bool, wait: Wait) -> Result<Progress> {
        if !self.is_running() {
            return Err(Error::InvalidArgument("no request is running on this lease".into()));
        }
        self.host.body_word(more);
        self.step(None, wait)
    }

    /// One step: enters the isolate, starts or resumes the request under
    /// the watchdog, and ends the run when the request is over.
    fn step(&mut self, request: Option<(Request, Delivery)>, wait: Wait) -> Result<Progress> {
        let handles = self.handles.as_mut().expect("handles live until drop");
        let isolate = self.isolate.as_mut().expect("the isolate lives until drop");
        let (host, canceller) = (&self.host, self.host.canceller().clone());
        let (mut response, mut body_follows, mut body_part) = (None, false, None);
        let mut reply = |outcome: Result<Response>, next: Next| {
            // A client's cancel stops a run only until it is answered (a
            // streamed body's, until its last part).
            if next != Next::Body {
                canceller.replied();
            }
            body_follows = next == Next::Body;
            response = Some(outcome);
        };
        let mut part = |part: BodyPart| {
            if part.is_last() {
                canceller.replied();
            }
            body_part = Some(part);
        };
        let mut answer = Answer { reply: &mut reply, part: &mut part };
        // SAFETY: paired with the exit below; nothing else is entered on
        // this thread in between (a step runs to its end).
        unsafe { isolate.enter() };
        let clock = handles.suspended.as_mut().and_then(|s| s.clock.take());
        if let Some(w) = &self.watch {
            match clock {
                Some(clock) => w.resume(clock),
                None => w.begin(),
            }
        }
        let stepped = match handles.isolation.context() {
            Ok(prepared) => in_context(isolate, prepared, |scope, _, internal| {
                Ok(match (request, handles.suspended.as_mut()) {
                    (Some((request, delivery)), _) => {
                        let (serving, served) = Serving::start(
                            scope,
                            internal,
                            host,
                            request,
                            &handles.isolation,
                            delivery,
                            wait,
                            &mut answer,
                        );
                        (Some(serving), served)
                    }
                    (None, Some(suspended)) => {
                        (None, suspended.serving.resume(scope, internal, host, wait, &mut answer))
                    }
                    (None, None) => unreachable!("poll checks that a request runs"),
                })
            }),
            Err(e) => {
                (answer.reply)(Err(e), Next::Nothing);
                Ok((None, Served::Finished(false)))
            }
        };
        let (serving, served) = stepped.unwrap_or((None, Served::Finished(false)));
        let finished = match served {
            Served::Waiting(_) => {
                let clock = self.watch.as_ref().map(|w| w.pause());
                if let Some(serving) = serving {
                    handles.suspended = Some(Suspended { serving, clock });
                } else if let Some(s) = handles.suspended.as_mut() {
                    s.clock = clock;
                }
                None
            }
            Served::Finished(clean) => {
                // Still under the CPU limit: a reset that never ends is
                // stopped like a request.
                let reset = clean
                    && handles.isolation.context().is_ok_and(|prepared| {
                        in_context(isolate, prepared, |scope, _, internal| {
                            Ok(handles.isolation.reset(scope, internal))
                        })
                        .unwrap_or(false)
                    });
                if let Some(w) = &self.watch {
                    w.end();
                }
                handles.suspended = None;
                Some(reset)
            }
        };
        if let Some(clean) = finished {
            self.end_run(clean);
        }
        let isolate = self.isolate.as_mut().expect("the isolate lives until drop");
        // SAFETY: entered above.
        unsafe { isolate.exit() };
        let wake_at = match served {
            Served::Waiting(at) => Some(at),
            Served::Finished(_) => None,
        };
        Ok(Progress { response, body_follows, part: body_part, wake_at })
    }

    /// After a request (the isolate entered): the run's marks are cleared
    /// and the realm reset or rebuilt.
    fn end_run(&mut self, clean: bool) {
        self.host.completions.set_ring(None);
        self.heap_guard.end_run();
        let isolate = self.isolate.as_mut().expect("the isolate lives until drop");
        let terminated = isolate.is_execution_terminating();
        self.host.canceller().end(isolate);
        let handles = self.handles.as_mut().expect("handles live until drop");
        handles.isolation.after_request(isolate, clean && !terminated);
    }

    /// Drops a suspended request (its lease released before its end): it
    /// counts as stopped, so the realm is rebuilt.
    pub(crate) fn abandon(&mut self) {
        let Some(handles) = self.handles.as_mut() else { return };
        let Some(suspended) = handles.suspended.take() else { return };
        let isolate = self.isolate.as_mut().expect("the isolate lives until drop");
        // SAFETY: paired with the exit below.
        unsafe { isolate.enter() };
        drop(suspended);
        self.host.end();
        if let Some(w) = &self.watch {
            w.end();
        }
        self.end_run(false);
        let isolate = self.isolate.as_mut().expect("the isolate lives until drop");
        // SAFETY: entered above.
        unsafe { isolate.exit() };
    }

    pub(crate) fn script(&self) -> &Arc<Script> {
        &self.script
    }
}

impl Drop for InlineWorker {
    fn drop(&mut self) {
        self.abandon();
        if let Some(isolate) = self.isolate.as_mut() {
            // SAFETY: entered for the handles' drop and for the isolate's
            // own, which exits it (it asserts it is the current one).
            unsafe { isolate.enter() };
        }
        drop(self.handles.take());
        drop(self.watch.take());
        drop(self.isolate.take());
    }
}

/// What the watchdog does with an inline run that did not end after being
/// stopped: it cannot answer the client from another thread (the host's
/// thread is the one stuck), so it logs, and the worker is discarded when
/// the call returns.
fn on_overdue(overdue: Arc<AtomicBool>, config: &Config, script: &Arc<Script>) -> Overdue {
    // Weak: the watchdog's callback must not keep the script alive.
    let (log, script) = (config.log.clone(), Arc::downgrade(script));
    Box::new(move |reason, _job| {
        overdue.store(true, Ordering::Release);
        let Some(script) = script.upgrade() else { return };
        script.inline_refused.store(true, Ordering::Release);
        let message = format!(
            "an inline run of {:?} kept running after it was stopped ({reason:?}), inside a native call: \
             it holds its host's thread until that call returns, then its isolate is discarded; \
             the script's later requests are refused inline (they go to nano's threads)",
            script.name
        );
        match &log {
            Some(sink) => sink(LogLevel::Error, &message),
            None => eprintln!("nano: {message}"),
        }
    })
}

/// An idle inline worker, kept on its thread between leases.
struct Idle {
    runtime: u64,
    worker: InlineWorker,
}

/// What a thread keeps for its inline runs.
#[derive(Default)]
struct ThreadSlots {
    idle: Vec<Idle>,
    /// (runtime, script) pairs whose worker is out on a lease.
    leased: Vec<(u64, *const Script)>,
}

thread_local! {
    static SLOTS: RefCell<ThreadSlots> = RefCell::default();
}

/// This thread's inline worker for `script` of runtime `runtime`: the idle
/// one, or a new one. Fails with [`Error::Busy`] when it is out on another
/// lease (the host hands that request off to a worker thread instead).
pub(crate) fn take(runtime: u64, script: &Arc<Script>, config: &Config) -> Result<InlineWorker> {
    if script.inline_refused.load(Ordering::Acquire) {
        return Err(Error::Busy(format!(
            "{:?} is refused inline: an earlier inline run of it held its thread inside a native call; \
             hand its requests to nano's threads",
            script.name
        )));
    }
    let key = (runtime, Arc::as_ptr(script));
    let idle = SLOTS.with(|slots| {
        let mut slots = slots.borrow_mut();
        if slots.leased.contains(&key) {
            return Err(Error::Busy(format!(
                "this thread's inline isolate for {:?} serves another request",
                script.name
            )));
        }
        let found =
            slots.idle.iter().position(|i| i.runtime == runtime && Arc::ptr_eq(&i.worker.script, script));
        Ok(found.map(|at| slots.idle.swap_remove(at).worker))
    })?;
    let worker = match idle {
        Some(worker) => worker,
        None => InlineWorker::new(script.clone(), config)?,
    };
    SLOTS.with(|slots| slots.borrow_mut().leased.push(key));
    Ok(worker)
}

/// Gives `worker` back to this thread's slot (it must be the thread that
/// took it); a poisoned one is dropped, as is one whose runtime is gone.
pub(crate) fn give_back(runtime: u64, mut worker: InlineWorker, keep: bool) {
    worker.abandon();
    let key = (runtime, Arc::as_ptr(&worker.script));
    let keep = keep && !worker.is_poisoned();
    SLOTS.with(|slots| {
        let mut slots = slots.borrow_mut();
        slots.leased.retain(|k| *k != key);
        if keep {
            slots.idle.push(Idle { runtime, worker });
            return None;
        }
        Some(worker)
    });
}

/// Drops this thread's idle inline workers of `runtime` (it is shutting
/// down); those of other threads go when their threads end.
pub(crate) fn forget(runtime: u64) {
    // A thread already tearing its locals down drops its workers itself.
    let gone: Vec<Idle> = SLOTS
        .try_with(|slots| {
            let mut slots = slots.borrow_mut();
            let (gone, kept) =
                std::mem::take(&mut slots.idle).into_iter().partition(|i| i.runtime == runtime);
            slots.idle = kept;
            gone
        })
        .unwrap_or_default();
    drop(gone);
}

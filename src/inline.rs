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
//! order. Inline isolates count in their runtime's `max_isolates` and
//! statistics ([`InlineSet`]): a new one takes free room, or evicts the
//! least recently used idle isolate, pooled or inline. V8 lets only its own
//! thread drop an isolate, so one evicted, or whose runtime shut down, is
//! given up at once (its room and count go back) and dropped by its thread
//! at that thread's next inline acquire, or when the thread ends.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Instant;

use parking_lot::Mutex;

use crate::body::{BodyPart, Delivery};
use crate::config::Config;
use crate::engine::cancel::Canceller;
use crate::engine::isolate::Rooms;
use crate::engine::threads::check_may_run_javascript_here;
use crate::engine::watchdog::{Overdue, RunClock};
use crate::error::{Error, Result};
use crate::exec::event_loop::{Answer, Next, Served, Serving, Wait};
use crate::exec::inbox::Ring;
use crate::http::{Request, Response};
use crate::isolation::Isolation;
use crate::log::LogLevel;
use crate::sandbox::Sandbox;
use crate::script::Script;
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
    /// Declared before the sandbox: fields drop in order.
    handles: Option<Handles>,
    sandbox: Sandbox,
    script: Arc<Script>,
    poisoned: Arc<AtomicBool>,
    /// Set by the watchdog when a stopped run did not end (a native call):
    /// the worker is discarded once it returns.
    overdue: Arc<AtomicBool>,
    next_job: u64,
    /// Its place in the runtime's room for isolates: the last field, given
    /// back after the isolate's teardown.
    room: Room,
}

impl InlineWorker {
    /// A new isolate for `script` on the calling thread; fails when the
    /// thread may not run JavaScript.
    /// A new isolate for `script` on the calling thread (one checked to
    /// run JavaScript), in room already reserved for it.
    fn new(script: Arc<Script>, config: &Config, set: &Arc<InlineSet>) -> InlineWorker {
        let poisoned = Arc::new(AtomicBool::new(false));
        let overdue = Arc::new(AtomicBool::new(false));
        let on_overdue = on_overdue(overdue.clone(), config, set, &script.name);
        let mut sandbox = Sandbox::build(&script, config, poisoned.clone(), on_overdue);
        let isolation = Isolation::new(&mut sandbox.isolate, &script);
        // Entered only while it runs (see the module's docs).
        // SAFETY: it was entered when created, and nothing entered since.
        unsafe { sandbox.isolate.exit() };
        InlineWorker {
            handles: Some(Handles { isolation, suspended: None }),
            sandbox,
            room: set.register(&script.name),
            script,
            poisoned,
            overdue,
            next_job: 0,
        }
    }

    /// Gives the worker's room up now: its lease ends on another thread,
    /// which may not touch the isolate (it is leaked).
    pub(crate) fn give_up_room(&self) {
        self.room.give_up();
    }

    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        self.sandbox.canceller()
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
        self.sandbox.host.completions.set_ring(ring);
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
        self.sandbox.host.body_word(more);
        self.step(None, wait)
    }

    /// One step: enters the isolate, starts or resumes the request under
    /// the watchdog, and ends the run when the request is over.
    fn step(&mut self, request: Option<(Request, Delivery)>, wait: Wait) -> Result<Progress> {
        let handles = self.handles.as_mut().expect("handles live until drop");
        let isolate = &mut self.sandbox.isolate;
        let (host, canceller) = (&self.sandbox.host, self.sandbox.host.canceller().clone());
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
        if let Some(w) = &self.sandbox.watch {
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
                let clock = self.sandbox.watch.as_ref().map(|w| w.pause());
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
                if let Some(w) = &self.sandbox.watch {
                    w.end();
                }
                handles.suspended = None;
                Some(reset)
            }
        };
        if let Some(clean) = finished {
            self.end_run(clean);
        }
        // SAFETY: entered above.
        unsafe { self.sandbox.isolate.exit() };
        let wake_at = match served {
            Served::Waiting(at) => Some(at),
            Served::Finished(_) => None,
        };
        Ok(Progress { response, body_follows, part: body_part, wake_at })
    }

    /// After a request (the isolate entered): the run's marks are cleared
    /// and the realm reset or rebuilt.
    fn end_run(&mut self, clean: bool) {
        self.sandbox.host.completions.set_ring(None);
        self.sandbox.heap_guard.end_run();
        let isolate = &mut self.sandbox.isolate;
        let terminated = isolate.is_execution_terminating();
        self.sandbox.host.canceller().end(isolate);
        let handles = self.handles.as_mut().expect("handles live until drop");
        handles.isolation.after_request(isolate, clean && !terminated);
    }

    /// Drops a suspended request (its lease released before its end): it
    /// counts as stopped, so the realm is rebuilt.
    pub(crate) fn abandon(&mut self) {
        let Some(handles) = self.handles.as_mut() else { return };
        let Some(suspended) = handles.suspended.take() else { return };
        // SAFETY: paired with the exit below.
        unsafe { self.sandbox.isolate.enter() };
        drop(suspended);
        self.sandbox.host.end();
        if let Some(w) = &self.sandbox.watch {
            w.end();
        }
        self.end_run(false);
        // SAFETY: entered above.
        unsafe { self.sandbox.isolate.exit() };
    }

    pub(crate) fn script(&self) -> &Arc<Script> {
        &self.script
    }
}

impl Drop for InlineWorker {
    fn drop(&mut self) {
        self.abandon();
        // SAFETY: entered for the handles' drop and for the isolate's own
        // (the sandbox's fields, after this), which exits it: it asserts it
        // is the current one.
        unsafe { self.sandbox.isolate.enter() };
        drop(self.handles.take());
    }
}

/// What the watchdog does with an inline run that did not end after being
/// stopped: it cannot answer the client from another thread (the host's
/// thread is the one stuck), so it logs, and the worker is discarded when
/// the call returns.
fn on_overdue(overdue: Arc<AtomicBool>, config: &Config, set: &Arc<InlineSet>, name: &str) -> Overdue {
    // Weak: the watchdog's callback must not keep the runtime's set alive.
    let (log, set, name) = (config.log.clone(), Arc::downgrade(set), name.to_string());
    Box::new(move |reason, _job| {
        overdue.store(true, Ordering::Release);
        let Some(set) = set.upgrade() else { return };
        set.refuse(&name);
        let message = format!(
            "an inline run of {name:?} kept running after it was stopped ({reason:?}), inside a native call: \
             it holds its host's thread until that call returns, then its isolate is discarded; \
             the script's later requests are refused inline (they go to nano's threads)"
        );
        match &log {
            Some(sink) => sink(LogLevel::Error, &message),
            None => eprintln!("nano: {message}"),
        }
    })
}

/// A runtime's inline workers, on whatever thread: the name their threads'
/// slots know the runtime by, the scripts refused inline, and each worker's
/// place in the runtime's room for isolates (so that inline isolates count
/// in `max_isolates` and the pool's statistics, and are given up with
/// their runtime).
pub(crate) struct InlineSet {
    id: u64,
    /// Scripts an inline run of which kept running inside a native call
    /// after it was stopped (it held its host's thread until the call
    /// returned): their requests go to nano's threads from then on, where
    /// such a run is quarantined.
    refused: Mutex<HashSet<String>>,
    rooms: Arc<Rooms>,
    /// Every inline worker not given up, on any thread.
    entries: Mutex<Vec<Arc<Entry>>>,
    created: AtomicU64,
    destroyed: AtomicU64,
}

/// One inline worker's place in its runtime's count. Its own thread takes
/// and returns it ([`Entry::claim`], [`Entry::set_idle`]); any thread may
/// give it up (eviction, shutdown), after which its thread drops the worker.
struct Entry {
    script: String,
    state: Mutex<EntryState>,
}

struct EntryState {
    leased: bool,
    idle_since: Instant,
    /// Given up: its room is no longer counted, and the worker must not
    /// serve again.
    gone: bool,
}

impl Entry {
    /// Takes the worker for a lease; false when it was given up.
    fn claim(&self) -> bool {
        let mut st = self.state.lock();
        st.leased = !st.gone;
        !st.gone
    }

    /// The worker is idle again; false when it was given up.
    fn set_idle(&self) -> bool {
        let mut st = self.state.lock();
        st.leased = false;
        st.idle_since = Instant::now();
        !st.gone
    }

    fn is_gone(&self) -> bool {
        self.state.lock().gone
    }
}

/// An inline worker's room, given back when the worker is dropped (on its
/// thread) unless it was given up before.
struct Room {
    set: Weak<InlineSet>,
    entry: Arc<Entry>,
}

impl Room {
    fn give_up(&self) {
        if let Some(set) = self.set.upgrade() {
            set.retire(&self.entry);
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.give_up();
    }
}

/// Inline workers counted per script: (idle, busy), and the totals made
/// and given up.
#[derive(Default)]
pub(crate) struct InlineCounts {
    pub(crate) per_script: HashMap<String, (usize, usize)>,
    pub(crate) created: u64,
    pub(crate) destroyed: u64,
}

impl InlineSet {
    pub(crate) fn new(rooms: Arc<Rooms>) -> Arc<InlineSet> {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Arc::new(InlineSet {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            refused: Default::default(),
            rooms,
            entries: Default::default(),
            created: AtomicU64::new(0),
            destroyed: AtomicU64::new(0),
        })
    }

    fn refuse(&self, name: &str) {
        self.refused.lock().insert(name.to_string());
    }

    fn is_refused(&self, name: &str) -> bool {
        self.refused.lock().contains(name)
    }

    /// A new worker's place (its room already reserved), leased.
    fn register(self: &Arc<Self>, script: &str) -> Room {
        let entry = Arc::new(Entry {
            script: script.to_string(),
            state: Mutex::new(EntryState { leased: true, idle_since: Instant::now(), gone: false }),
        });
        self.entries.lock().push(entry.clone());
        self.created.fetch_add(1, Ordering::Relaxed);
        Room { set: Arc::downgrade(self), entry }
    }

    /// Gives `entry`'s room back, once.
    fn retire(&self, entry: &Arc<Entry>) {
        let was_gone = std::mem::replace(&mut entry.state.lock().gone, true);
        if !was_gone {
            self.rooms.free(1);
            self.destroyed.fetch_add(1, Ordering::Relaxed);
        }
        self.entries.lock().retain(|e| !Arc::ptr_eq(e, entry));
    }

    /// Gives up the least recently used idle inline worker, on any thread,
    /// and passes its room to the caller (the count unchanged); its own
    /// thread drops it at its next inline acquire, or when it ends. False
    /// when none is idle.
    pub(crate) fn evict_idle(&self) -> bool {
        let mut entries = self.entries.lock();
        loop {
            let oldest = entries
                .iter()
                .enumerate()
                .filter_map(|(i, e)| {
                    let st = e.state.lock();
                    (!st.leased && !st.gone).then_some((i, st.idle_since))
                })
                .min_by_key(|(_, since)| *since);
            let Some((i, since)) = oldest else { return false };
            let mut st = entries[i].state.lock();
            // Its thread may have claimed it since the look above.
            if st.leased || st.gone || st.idle_since != since {
                continue;
            }
            st.gone = true;
            drop(st);
            entries.swap_remove(i);
            self.destroyed.fetch_add(1, Ordering::Relaxed);
            return true;
        }
    }

    /// The runtime shuts down: every inline worker's room is given back; an
    /// idle one is dropped by its thread at its next inline acquire (of any
    /// runtime) or when it ends, a leased one when its lease ends.
    pub(crate) fn shutdown(&self) {
        let entries = std::mem::take(&mut *self.entries.lock());
        for entry in entries {
            self.retire(&entry);
        }
    }

    pub(crate) fn counts(&self) -> InlineCounts {
        let mut counts = InlineCounts {
            created: self.created.load(Ordering::Relaxed),
            destroyed: self.destroyed.load(Ordering::Relaxed),
            ..Default::default()
        };
        for entry in self.entries.lock().iter() {
            let st = entry.state.lock();
            if st.gone {
                continue;
            }
            let slot = counts.per_script.entry(entry.script.clone()).or_default();
            if st.leased {
                slot.1 += 1;
            } else {
                slot.0 += 1;
            }
        }
        counts
    }
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

/// This thread's inline worker for `script` of the runtime of `set`: the
/// idle one, or a new one in the room `room` finds (free, or evicted).
/// Fails with [`Error::Busy`] when it is out on another lease or every
/// isolate of the runtime is busy (the host hands that request off to a
/// worker thread instead).
pub(crate) fn take(
    set: &Arc<InlineSet>,
    script: &Arc<Script>,
    config: &Config,
    room: &dyn Fn() -> bool,
) -> Result<InlineWorker> {
    let runtime = set.id;
    if set.is_refused(&script.name) {
        return Err(Error::Busy(format!(
            "{:?} is refused inline: an earlier inline run of it held its thread inside a native call; \
             hand its requests to nano's threads",
            script.name
        )));
    }
    sweep();
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
        Some(worker) if worker.room.entry.claim() => worker,
        gone => {
            // Given up (evicted) after the sweep: dropped here.
            drop(gone);
            check_may_run_javascript_here()?;
            if !room() {
                return Err(Error::Busy(format!(
                    "all {} isolates of the runtime are busy: hand this request to nano's threads",
                    set.rooms.max()
                )));
            }
            // The room may be this thread's own idle inline isolate's,
            // given up just now: dropped before the new one is made.
            sweep();
            InlineWorker::new(script.clone(), config, set)
        }
    };
    SLOTS.with(|slots| slots.borrow_mut().leased.push(key));
    Ok(worker)
}

/// Drops this thread's idle inline workers that were given up (evicted, or
/// their runtime shut down).
fn sweep() {
    drop_idle(|idle| idle.worker.room.entry.is_gone());
}

/// Drops this thread's idle inline workers that `which` picks, outside the
/// slots' borrow (a worker's teardown may reach nano again). A thread
/// already tearing its locals down drops its workers itself.
fn drop_idle(which: impl FnMut(&mut Idle) -> bool) {
    let picked: Vec<Idle> =
        SLOTS.try_with(|slots| slots.borrow_mut().idle.extract_if(.., which).collect()).unwrap_or_default();
    drop(picked);
}

/// Gives `worker` back to this thread's slot (it must be the thread that
/// took it); a poisoned one is dropped, as is one whose runtime is gone or
/// that was given up.
pub(crate) fn give_back(set: &InlineSet, mut worker: InlineWorker, keep: bool) {
    let runtime = set.id;
    worker.abandon();
    let key = (runtime, Arc::as_ptr(&worker.script));
    let keep = keep && !worker.is_poisoned() && worker.room.entry.set_idle();
    let dropped = SLOTS.with(|slots| {
        let mut slots = slots.borrow_mut();
        slots.leased.retain(|k| *k != key);
        if keep {
            slots.idle.push(Idle { runtime, worker });
            return None;
        }
        Some(worker)
    });
    drop(dropped);
}

/// Drops this thread's idle inline workers of `set`'s runtime (it is
/// shutting down); other threads drop theirs at their next inline acquire
/// ([`sweep`]) or when they end.
pub(crate) fn forget(set: &InlineSet) {
    drop_idle(|idle| idle.runtime == set.id);
}

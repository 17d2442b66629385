//! Stopping a run on an isolate from any thread (the host's cancel, the CPU
//! watchdog, the heap guard, shutdown) without ever touching a later run.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Why a run was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum StopReason {
    Cancelled = 1,
    CpuLimit = 2,
    MemoryLimit = 3,
    Shutdown = 4,
    WallTimeLimit = 5,
}

impl StopReason {
    fn from_u8(v: u8) -> Option<StopReason> {
        Some(match v {
            1 => StopReason::Cancelled,
            2 => StopReason::CpuLimit,
            3 => StopReason::MemoryLimit,
            4 => StopReason::Shutdown,
            5 => StopReason::WallTimeLimit,
            _ => return None,
        })
    }
}

/// A run stopped and still going, from [`Canceller::stopped_for`].
pub(crate) struct Stopped {
    pub(crate) reason: StopReason,
    /// How long ago it was stopped.
    pub(crate) since: Duration,
    /// Its thread will not come back ([`Canceller::mark_stuck`]).
    pub(crate) stuck: bool,
    /// The job it serves.
    pub(crate) job: u64,
}

/// Wakes a run's event loop (its inbox, in the execution layer) when it
/// waits with no JavaScript running.
pub(crate) trait LoopWake: Send + Sync {
    /// The run was stopped.
    fn stopped(&self);
    /// A streaming host's word on the response body; false when the loop
    /// is gone.
    fn body_word(&self, more: bool) -> bool;
}

/// A run with no event loop (a registration's top level).
pub(crate) struct NoLoop;

impl LoopWake for NoLoop {
    fn stopped(&self) {}
    fn body_word(&self, _: bool) -> bool {
        false
    }
}

/// Stops the evaluation running on an isolate: the owner marks each run
/// under `state`, and clears a pending termination under the same lock when
/// the run ends.
pub(crate) struct Canceller {
    isolate: v8::IsolateHandle,
    /// Wakes the run's event loop when it waits with no JS running.
    wake: Box<dyn LoopWake>,
    state: parking_lot::Mutex<RunState>,
    /// The first reason the current run was stopped for (0: not stopped).
    reason: AtomicU8,
    /// When it was stopped, in ns after `EPOCH` (0: not stopped).
    stopped_at: AtomicU64,
    /// Set when the run's thread is known never to come back (the heap
    /// guard parked it).
    stuck: std::sync::atomic::AtomicBool,
}

/// The origin of the monotonic times kept in atomics.
fn mono_ns() -> u64 {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    (EPOCH.get_or_init(Instant::now).elapsed().as_nanos() as u64).max(1)
}

#[derive(Default)]
struct RunState {
    /// True while a run is in progress.
    running: bool,
    /// The job the run serves (0: none named), and whether it has replied:
    /// a job's own cancel reaches it only until then (its `waitUntil` work
    /// after the reply ends by its own limits, never by a client gone).
    job: u64,
    replied: bool,
    /// Set by [`Canceller::close`]: every run from then on is stopped.
    closed: bool,
}

impl Canceller {
    pub(crate) fn new(isolate: v8::IsolateHandle, wake: Box<dyn LoopWake>) -> Canceller {
        Canceller {
            isolate,
            wake,
            state: Default::default(),
            reason: AtomicU8::new(0),
            stopped_at: AtomicU64::new(0),
            stuck: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Terminates the running evaluation, if any; true if there was one.
    pub(crate) fn cancel(&self, reason: StopReason) -> bool {
        self.cancel_if(reason, || true)
    }

    /// Like `cancel`, when `still` holds, checked under the run lock (so a
    /// watcher can make sure the run it measured is the one it stops).
    pub(crate) fn cancel_if(&self, reason: StopReason, still: impl FnOnce() -> bool) -> bool {
        let state = self.state.lock();
        if !state.running || !still() {
            return false;
        }
        self.stop(reason);
        true
    }

    /// Stops the run of `job` if that job is running and has not replied
    /// yet; true if it was stopped.
    pub(crate) fn cancel_job(&self, job: u64, reason: StopReason) -> bool {
        let state = self.state.lock();
        if !state.running || state.job != job || state.replied {
            return false;
        }
        self.stop(reason);
        true
    }

    /// Passes a streaming host's word on the response body to the run of
    /// `job` (`more`: it wants the next chunk; otherwise it takes no more).
    /// False when that job is not running: the word is dropped.
    pub(crate) fn body_word(&self, job: u64, more: bool) -> bool {
        let state = self.state.lock();
        if !state.running || state.job != job {
            return false;
        }
        self.wake.body_word(more)
    }

    /// The current run's job has replied (see [`Canceller::cancel_job`]).
    pub(crate) fn replied(&self) {
        self.state.lock().replied = true;
    }

    /// Stops the current run and every later one with [`StopReason::Shutdown`]
    /// (the runtime is going away).
    pub(crate) fn close(&self) {
        let mut state = self.state.lock();
        state.closed = true;
        if state.running {
            self.stop(StopReason::Shutdown);
        }
    }

    /// Called under the run lock.
    fn stop(&self, reason: StopReason) {
        if self.reason.compare_exchange(0, reason as u8, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            self.stopped_at.store(mono_ns(), Ordering::Release);
        }
        self.isolate.terminate_execution();
        self.wake.stopped();
    }

    /// Why the current (or last) run was stopped, if it was.
    pub(crate) fn stop_reason(&self) -> Option<StopReason> {
        StopReason::from_u8(self.reason.load(Ordering::Acquire))
    }

    /// Why the current run was stopped, and how long ago, if it was and
    /// has not ended: V8 only sees a termination between JavaScript steps,
    /// and a long native call (a builtin over a huge array, a GC) takes
    /// none. The watchdog decides when that is overdue.
    pub(crate) fn stopped_for(&self) -> Option<Stopped> {
        let state = self.state.lock();
        let at = self.stopped_at.load(Ordering::Acquire);
        if !state.running || at == 0 {
            return None;
        }
        Some(Stopped {
            reason: self.stop_reason()?,
            since: Duration::from_nanos(mono_ns().saturating_sub(at)),
            stuck: self.stuck.load(Ordering::Acquire),
            job: state.job,
        })
    }

    /// The current run's thread will not come back (called on it, before it
    /// parks for good).
    pub(crate) fn mark_stuck(&self) {
        self.stuck.store(true, Ordering::Release);
    }

    pub(crate) fn begin(&self) {
        self.begin_job(0);
    }

    /// Marks the start of a run serving `job` (see [`Canceller::cancel_job`]).
    pub(crate) fn begin_job(&self, job: u64) {
        let mut state = self.state.lock();
        self.reason.store(0, Ordering::Release);
        self.stopped_at.store(0, Ordering::Release);
        state.running = true;
        state.job = job;
        state.replied = false;
        if state.closed {
            // Closed before this run began: it ends at its first instruction.
            self.stop(StopReason::Shutdown);
        }
    }

    /// Ends a run: a termination requested too late to hit it is dropped.
    pub(crate) fn end(&self, isolate: &mut v8::Isolate) {
        let mut state = self.state.lock();
        state.running = false;
        isolate.cancel_terminate_execution();
    }
}

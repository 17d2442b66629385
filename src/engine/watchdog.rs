//! The watchdog: one thread for the process that stops requests whose
//! thread has used more CPU time than their limit, or that passed their
//! wall-clock limit without coming back to their event loop. It measures
//! each worker thread's own CPU clock (without signals, which Go and nginx
//! own), and stops a run through its [`Canceller`], which never reaches a
//! later run. A run still going [`GRACE`] after it was stopped, and having
//! used 200 ms of CPU since (inside a long native call, which V8 does not
//! interrupt) or parked by the heap guard, is reported to the worker's
//! `overdue` callback once: the worker answers the client and is
//! quarantined.
//!
//! Each worker registers one [`Watch`] when it starts; a run only stores its
//! starting CPU time in it (an atomic), so the request path takes no lock.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use parking_lot::Mutex;

use super::cancel::{Canceller, StopReason};

/// How often the watchdog looks: a runaway overshoots its limit by at most
/// about this much.
const TICK: Duration = Duration::from_millis(2);

/// How long a stopped run may take to unwind before it is overdue.
pub(crate) const GRACE: Duration = Duration::from_millis(50);

/// How much CPU a stopped run may use ignoring its stop before it is
/// overdue: far more than unwinding takes (a 25 ms rule once caught a run
/// that was not in a native call, under load in CI).
const OVERDUE_CPU: Duration = Duration::from_millis(200);

/// Called once per overdue run, on the watchdog's thread, with the reason
/// the run was stopped for and the job it serves.
pub(crate) type Overdue = Box<dyn Fn(StopReason, u64) + Send + Sync>;

/// Called on the watchdog's thread at each look at a run that goes on and
/// is not stopped (the heap guard's [`sample`](super::heap::HeapGuard::sample)).
pub(crate) type Sampler = Box<dyn Fn() + Send + Sync>;

/// A paused run's clocks, from [`Watch::pause`].
#[derive(Clone, Copy)]
pub(crate) struct RunClock {
    cpu_used: u64,
    wall_started: u64,
}

/// One worker thread under watch.
pub(crate) struct Watch {
    clock: libc::clockid_t,
    /// CPU time (ns) of the thread when the current run began; 0 when idle.
    run_started: AtomicU64,
    /// When the current run began on the monotonic clock (ns).
    wall_started: AtomicU64,
    /// The CPU limit (0: none).
    limit_ns: u64,
    /// The wall-clock limit (0: none).
    wall_ns: u64,
    canceller: Arc<Canceller>,
    overdue: Option<Overdue>,
    sampler: Option<Sampler>,
    /// Set once the current run was reported overdue.
    reported: AtomicBool,
    /// The thread's CPU time when the watchdog first saw the run stopped
    /// (0: not seen yet).
    cpu_at_stop: AtomicU64,
}

fn mono_ns() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a valid out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64).max(1)
}

fn thread_cpu_ns(clock: libc::clockid_t) -> Option<u64> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a valid out-pointer.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

impl Watch {
    /// Watches the calling thread's runs with a CPU `limit` and a `wall`
    /// limit (zero: none); `overdue` hears of runs that do not end after
    /// being stopped, `sampler` is called at each look at a run. None when
    /// the thread's CPU clock is unavailable.
    pub(crate) fn current_thread(
        limit: Duration,
        wall: Duration,
        canceller: Arc<Canceller>,
        overdue: Option<Overdue>,
        sampler: Option<Sampler>,
    ) -> Option<Arc<Watch>> {
        let mut clock: libc::clockid_t = 0;
        // SAFETY: pthread_self() is the calling thread; `clock` is a valid out-pointer.
        if unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) } != 0 {
            return None;
        }
        let watch = Arc::new(Watch {
            clock,
            run_started: AtomicU64::new(0),
            wall_started: AtomicU64::new(0),
            limit_ns: limit.as_nanos() as u64,
            wall_ns: wall.as_nanos() as u64,
            canceller,
            overdue,
            sampler,
            reported: AtomicBool::new(false),
            cpu_at_stop: AtomicU64::new(0),
        });
        watchdog().add(&watch);
        Some(watch)
    }

    /// Marks the start of a run (on the watched thread).
    pub(crate) fn begin(&self) {
        let now = thread_cpu_ns(self.clock).unwrap_or(0).max(1);
        self.reported.store(false, Ordering::Release);
        self.cpu_at_stop.store(0, Ordering::Release);
        self.wall_started.store(mono_ns(), Ordering::Release);
        self.run_started.store(now, Ordering::Release);
    }

    /// Marks the end of a run (on the watched thread).
    pub(crate) fn end(&self) {
        self.run_started.store(0, Ordering::Release);
    }

    /// Suspends the current run (an inline run returning to its host's
    /// loop): what it used so far is kept for [`Watch::resume`], and the
    /// thread's CPU time until then is not the run's.
    pub(crate) fn pause(&self) -> RunClock {
        let started = self.run_started.swap(0, Ordering::AcqRel);
        let now = thread_cpu_ns(self.clock).unwrap_or(started);
        RunClock {
            cpu_used: now.saturating_sub(started),
            wall_started: self.wall_started.load(Ordering::Acquire),
        }
    }

    /// Goes on with a run paused by [`Watch::pause`]: its CPU limit counts
    /// what it used before, its wall limit runs from its first start.
    pub(crate) fn resume(&self, clock: RunClock) {
        let now = thread_cpu_ns(self.clock).unwrap_or(0);
        self.reported.store(false, Ordering::Release);
        self.cpu_at_stop.store(0, Ordering::Release);
        self.wall_started.store(clock.wall_started, Ordering::Release);
        self.run_started.store(now.saturating_sub(clock.cpu_used).max(1), Ordering::Release);
    }

    fn check(&self) {
        let started = self.run_started.load(Ordering::Acquire);
        if started == 0 {
            return;
        }
        // Only if the run measured is still the one running (start times
        // of a thread never repeat): a later run is never touched.
        let same_run = || self.run_started.load(Ordering::Acquire) == started;
        if self.limit_ns > 0
            && let Some(now) = thread_cpu_ns(self.clock)
            && now.saturating_sub(started) >= self.limit_ns
        {
            self.canceller.cancel_if(StopReason::CpuLimit, same_run);
        }
        // The event loop ends a run at its wall limit when it waits; this
        // ends one that never gets back to it.
        let wall_started = self.wall_started.load(Ordering::Acquire);
        if self.wall_ns > 0 && mono_ns().saturating_sub(wall_started) >= self.wall_ns {
            self.canceller.cancel_if(StopReason::WallTimeLimit, same_run);
        }
        if let Some(sample) = &self.sampler
            && self.canceller.stop_reason().is_none()
            && same_run()
        {
            sample();
        }
        if let Some(overdue) = &self.overdue
            && let Some(stopped) = self.canceller.stopped_for()
            && let Some(cpu) = thread_cpu_ns(self.clock)
            && same_run()
        {
            // Overdue: stopped GRACE ago and since then either working on
            // (OVERDUE_CPU ignoring the stop: inside a native call, not
            // merely waiting for a core on a busy machine) or parked.
            let at_stop = match self.cpu_at_stop.compare_exchange(0, cpu, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => cpu,
                Err(seen) => seen,
            };
            let working = cpu.saturating_sub(at_stop) >= OVERDUE_CPU.as_nanos() as u64;
            if stopped.since >= GRACE
                && (working || stopped.stuck)
                && !self.reported.swap(true, Ordering::AcqRel)
            {
                overdue(stopped.reason, stopped.job);
            }
        }
    }
}

struct Watchdog {
    watches: Mutex<Vec<Weak<Watch>>>,
}

impl Watchdog {
    fn add(&self, watch: &Arc<Watch>) {
        let mut w = self.watches.lock();
        w.retain(|x| x.strong_count() > 0);
        w.push(Arc::downgrade(watch));
    }
}

fn watchdog() -> &'static Watchdog {
    static DOG: OnceLock<&'static Watchdog> = OnceLock::new();
    DOG.get_or_init(|| {
        let dog: &'static Watchdog = Box::leak(Box::new(Watchdog { watches: Mutex::new(Vec::new()) }));
        let _ = super::threads::spawn(std::thread::Builder::new().name("nano-watchdog".into()), move || {
            loop {
                std::thread::sleep(TICK);
                let live: Vec<Arc<Watch>> = dog.watches.lock().iter().filter_map(Weak::upgrade).collect();
                for watch in live {
                    watch.check();
                }
            }
        });
        dog
    })
}

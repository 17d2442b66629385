//! The CPU-time watchdog: one thread for the process that stops requests
//! whose thread has used more CPU time than their limit. It measures each
//! worker thread's own CPU clock (not wall time, and without signals, which
//! Go and nginx own), and stops a run through its [`Canceller`], which never
//! reaches a later run.
//!
//! Each worker registers one [`Watch`] when it starts; a run only stores its
//! starting CPU time in it (an atomic), so the request path takes no lock.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use parking_lot::Mutex;

use super::cancel::{Canceller, StopReason};

/// How often the watchdog looks: a runaway overshoots its limit by at most
/// about this much.
const TICK: Duration = Duration::from_millis(2);

/// One worker thread under watch.
pub(crate) struct Watch {
    clock: libc::clockid_t,
    /// CPU time (ns) of the thread when the current run began; 0 when idle.
    run_started: AtomicU64,
    limit_ns: u64,
    canceller: Arc<Canceller>,
}

fn thread_cpu_ns(clock: libc::clockid_t) -> Option<u64> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a valid out-pointer.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

impl Watch {
    /// Watches the calling thread with `limit`; None when the limit is zero
    /// (no limit) or the thread's CPU clock is unavailable.
    pub(crate) fn current_thread(limit: Duration, canceller: Arc<Canceller>) -> Option<Arc<Watch>> {
        if limit.is_zero() {
            return None;
        }
        let mut clock: libc::clockid_t = 0;
        // SAFETY: pthread_self() is the calling thread; `clock` is a valid out-pointer.
        if unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) } != 0 {
            return None;
        }
        let watch = Arc::new(Watch {
            clock,
            run_started: AtomicU64::new(0),
            limit_ns: limit.as_nanos() as u64,
            canceller,
        });
        watchdog().add(&watch);
        Some(watch)
    }

    /// Marks the start of a run (on the watched thread).
    pub(crate) fn begin(&self) {
        let now = thread_cpu_ns(self.clock).unwrap_or(0).max(1);
        self.run_started.store(now, Ordering::Release);
    }

    /// Marks the end of a run (on the watched thread).
    pub(crate) fn end(&self) {
        self.run_started.store(0, Ordering::Release);
    }

    fn check(&self) {
        let started = self.run_started.load(Ordering::Acquire);
        if started == 0 {
            return;
        }
        let Some(now) = thread_cpu_ns(self.clock) else { return };
        if now.saturating_sub(started) >= self.limit_ns {
            // Only if the run measured is still the one running (start times
            // of a thread never repeat): a later run is never touched.
            self.canceller
                .cancel_if(StopReason::CpuLimit, || self.run_started.load(Ordering::Acquire) == started);
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

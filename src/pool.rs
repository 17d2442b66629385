//! The pool of warm workers, shared by all of a runtime's scripts.
//!
//! - Each script has its own idle list and lock, so acquiring and releasing a
//!   warm worker touches only that script's lock (plus a read of the script
//!   map): no lock is shared by all requests.
//! - Workers are created on demand up to `max_isolates` in total. When the
//!   pool is full and a script has no idle worker, the least recently used
//!   idle worker of another script is evicted and replaced. When every worker
//!   is busy, acquire waits up to `acquire_timeout`: blocked on a condition
//!   variable, or (the asynchronous acquire, for event-loop hosts) queued in
//!   the pool, first come first served, and called back when served.
//! - A reaper thread drops workers idle longer than `idle_timeout` (keeping
//!   `min_idle_per_script`), tops scripts up to that minimum, and serves the
//!   queued acquires: releases ring it, and it fails each at its deadline.
//!   Serving there, never on the thread that released a worker, keeps
//!   isolate creation (milliseconds) off a host's event loop and off the
//!   worker threads, one of which could otherwise be asked to evict itself.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, RwLock};

use crate::config::Config;
use crate::engine::isolate::Rooms;
use crate::error::{Error, Result};
use crate::inline::InlineSet;
use crate::script::Script;
use crate::worker::Worker;

/// Counters and gauges of a runtime's pool.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoolStats {
    /// Isolates alive (idle + busy; inline ones included). An inline
    /// isolate given up (evicted, or its runtime shut down) no longer
    /// counts; its thread drops it at its next inline acquire or when it
    /// ends.
    pub isolates: usize,
    pub idle: usize,
    pub busy: usize,
    /// Acquires served by a warm idle isolate.
    pub acquired_warm: u64,
    /// Acquires that created an isolate (below the maximum).
    pub acquired_created: u64,
    /// Acquires that evicted another script's idle isolate to make room.
    pub acquired_evicted: u64,
    /// Acquires that had to wait for a busy isolate to be released.
    pub acquired_waited: u64,
    /// Acquires that gave up after `acquire_timeout`.
    pub acquire_timeouts: u64,
    pub isolates_created: u64,
    pub isolates_destroyed: u64,
    /// Isolates given up on because a run did not end after it was stopped
    /// (a long native call): their clients were answered, their threads
    /// left to finish on their own (counted in `isolates_destroyed` too).
    pub isolates_quarantined: u64,
    /// Of `idle` + `busy`: isolates on their hosts' own threads (inline
    /// leases).
    pub inline: usize,
    /// Per script: (name, idle, busy), inline isolates included.
    pub scripts: Vec<(String, usize, usize)>,
}

struct Idle {
    worker: Worker,
    since: Instant,
}

#[derive(Default)]
struct ScriptState {
    /// Front: released longest ago. Back: most recently released.
    idle: VecDeque<Idle>,
    busy: usize,
    /// Idle workers being made by `top_up` (counted so that two top-ups at
    /// once, the registration's and the reaper's, make the minimum once).
    starting: usize,
    /// The script was removed: its workers are dropped as they come back.
    removed: bool,
}

pub(crate) struct ScriptPool {
    script: Arc<Script>,
    state: Mutex<ScriptState>,
}

#[derive(Default)]
struct Counters {
    warm: AtomicU64,
    created: AtomicU64,
    evicted: AtomicU64,
    waited: AtomicU64,
    timeouts: AtomicU64,
    isolates_created: AtomicU64,
    isolates_destroyed: AtomicU64,
    isolates_quarantined: AtomicU64,
}

/// Where acquires wait for an isolate to be released (or to finish its
/// `waitUntil` work): shared with the workers, which ring it then.
#[derive(Default)]
struct Wakeup {
    /// Bumped on every release; waiters sleep on `freed` until it moves.
    releases: AtomicU64,
    waiters: AtomicUsize,
    wait_lock: Mutex<()>,
    freed: Condvar,
    /// Asynchronous acquires queued (`Pool::queue`'s length, or more while
    /// one is being queued): while any, releases wake the reaper.
    queued: AtomicUsize,
    reaper: Mutex<ReaperState>,
    reaper_wake: Condvar,
}

#[derive(Default)]
struct ReaperState {
    stop: bool,
    /// Something was released (or queued): serve the queue.
    rescan: bool,
}

impl Wakeup {
    /// One isolate is free: wake one waiter (the longest waiting;
    /// parking_lot queues are FIFO), which can take it or evict it for its
    /// own script. Waking all would stampede. Queued acquires are served
    /// by the reaper.
    fn ring(&self) {
        self.releases.fetch_add(1, Ordering::AcqRel);
        if self.waiters.load(Ordering::Acquire) > 0 {
            let _guard = self.wait_lock.lock();
            self.freed.notify_one();
        }
        if self.queued.load(Ordering::Acquire) > 0 {
            self.kick_reaper();
        }
    }

    fn kick_reaper(&self) {
        let mut state = self.reaper.lock();
        state.rescan = true;
        self.reaper_wake.notify_one();
    }
}

/// What an asynchronous acquire is called back with: the worker and its
/// script's pool, or why there is none.
pub(crate) type Granted = Result<(Arc<ScriptPool>, Worker)>;

/// Where a queued acquire's outcome goes.
pub(crate) type GrantedCallback = Box<dyn FnOnce(Granted) + Send>;

/// An asynchronous acquire waiting in the pool's queue.
struct Waiter {
    ticket: u64,
    sp: Arc<ScriptPool>,
    deadline: Instant,
    done: GrantedCallback,
}

/// The outcome of [`Pool::acquire_async`].
pub(crate) enum Acquired {
    /// A worker was free: the callback is dropped unused.
    Now(Arc<ScriptPool>, Worker),
    /// Queued under this ticket (never 0): the callback runs once, on the
    /// reaper's thread (or on the thread shutting the pool down), unless
    /// [`Pool::cancel_async`] withdraws it first.
    Queued(u64),
}

pub(crate) struct Pool {
    config: Config,
    scripts: RwLock<HashMap<String, Arc<ScriptPool>>>,
    /// Room for isolates, shared with the runtime's inline workers.
    rooms: Arc<Rooms>,
    /// The runtime's inline workers: counted in the same room, their idle
    /// ones evicted like idle workers when a request needs the room.
    inline: Arc<InlineSet>,
    wake: Arc<Wakeup>,
    counters: Counters,
    shutdown: AtomicBool,
    /// Asynchronous acquires, first come first served (all share one
    /// timeout, so the front has the earliest deadline).
    queue: Mutex<VecDeque<Waiter>>,
    next_ticket: AtomicU64,
    /// Workers released to be discarded go here, so that tearing their
    /// isolates down (a thread join, V8 freeing the heap: milliseconds)
    /// never runs on the host's thread that released them.
    graveyard: std::sync::mpsc::Sender<Vec<Worker>>,
    /// Workers sent to the graveyard and not yet torn down.
    buried: Arc<AtomicUsize>,
}

/// The most workers waiting in the graveyard at once.
const GRAVEYARD_MAX: usize = 4;

impl Pool {
    pub(crate) fn new(config: Config, rooms: Arc<Rooms>, inline: Arc<InlineSet>) -> Arc<Pool> {
        let (graveyard, receiver) = std::sync::mpsc::channel::<Vec<Worker>>();
        let pool = Arc::new(Pool {
            config,
            scripts: RwLock::new(HashMap::new()),
            rooms,
            inline,
            wake: Arc::default(),
            counters: Counters::default(),
            shutdown: AtomicBool::new(false),
            queue: Mutex::new(VecDeque::new()),
            next_ticket: AtomicU64::new(1),
            graveyard,
            buried: Arc::default(),
        });
        let weak = Arc::downgrade(&pool);
        let _ = crate::engine::threads::spawn(
            std::thread::Builder::new().name("nano-reaper".into()),
            move || reap_loop(weak),
        );
        let waiting = pool.buried.clone();
        let _ = crate::engine::threads::spawn(
            std::thread::Builder::new().name("nano-graveyard".into()),
            // Ends when the pool (the only sender) is dropped.
            move || {
                for workers in receiver {
                    let n = workers.len();
                    drop(workers);
                    waiting.fetch_sub(n, Ordering::AcqRel);
                }
            },
        );
        pool
    }

    /// Makes `script` known to the pool and warms its minimum of isolates.
    pub(crate) fn add_script(&self, script: Arc<Script>) -> Result<()> {
        let sp = Arc::new(ScriptPool { script: script.clone(), state: Mutex::new(ScriptState::default()) });
        {
            let mut scripts = self.scripts.write();
            if scripts.contains_key(&script.name) {
                return Err(Error::ScriptExists(script.name.clone()));
            }
            scripts.insert(script.name.clone(), sp.clone());
        }
        self.top_up(&sp);
        Ok(())
    }

    /// Removes the script `name`: later acquires do not find it, its idle
    /// workers are dropped now and its busy ones when they are released
    /// (requests in flight finish on them).
    pub(crate) fn remove_script(&self, name: &str) -> Result<()> {
        let sp = self.scripts.write().remove(name).ok_or_else(|| Error::ScriptNotFound(name.to_string()))?;
        let idle: Vec<Worker> = {
            let mut st = sp.state.lock();
            st.removed = true;
            st.idle.drain(..).map(|i| i.worker).collect()
        };
        self.bury(idle);
        Ok(())
    }

    pub(crate) fn config(&self) -> &Config {
        &self.config
    }

    fn script_pool(&self, name: &str) -> Option<Arc<ScriptPool>> {
        self.scripts.read().get(name).cloned()
    }

    pub(crate) fn script(&self, name: &str) -> Option<Arc<Script>> {
        self.scripts.read().get(name).map(|sp| sp.script.clone())
    }

    /// Reserves room for one more isolate, if under the maximum.
    fn reserve(&self) -> bool {
        self.rooms.reserve()
    }

    /// Room for an inline worker (the caller's own, on its thread): free
    /// room, or that of the least recently used idle worker (dropped) or
    /// idle inline worker (given up: its thread drops it). False when every
    /// isolate is busy.
    pub(crate) fn room_for_inline(&self) -> bool {
        if self.shutdown.load(Ordering::Acquire) {
            return false;
        }
        if self.reserve() {
            return true;
        }
        if let Some(victim) = self.take_lru_idle("") {
            // The victim's room passes to the inline worker; its teardown
            // leaves the caller's thread (an event loop).
            self.tear_down(vec![victim]);
            self.counters.evicted.fetch_add(1, Ordering::Relaxed);
            return true;
        }
        if self.inline.evict_idle() {
            self.counters.evicted.fetch_add(1, Ordering::Relaxed);
            return true;
        }
        false
    }

    fn spawn(&self, sp: &ScriptPool) -> Result<Worker> {
        let wake = self.wake.clone();
        match Worker::spawn(sp.script.clone(), &self.config, Some(Arc::new(move || wake.ring()))) {
            Ok(w) => {
                self.counters.isolates_created.fetch_add(1, Ordering::Relaxed);
                Ok(w)
            }
            Err(e) => {
                self.rooms.free(1);
                Err(e)
            }
        }
    }

    fn destroy(&self, workers: Vec<Worker>) {
        let n = self.count_out(&workers);
        drop(workers); // joins the threads (not the quarantined), outside every lock
        self.rooms.free(n);
    }

    /// Like [`Pool::destroy`], with the teardown on the graveyard's thread:
    /// the room comes back at once (the pool may briefly hold more isolates
    /// than its maximum while they go).
    fn bury(&self, workers: Vec<Worker>) {
        let n = self.tear_down(workers);
        self.rooms.free(n);
    }

    /// Counts `workers` out and tears them down on the graveyard's thread,
    /// or here past `GRAVEYARD_MAX` (a pool churning faster than one thread
    /// tears down); their room is the caller's to free or pass on.
    fn tear_down(&self, workers: Vec<Worker>) -> usize {
        let n = workers.len();
        if n == 0 {
            return 0;
        }
        self.count_out(&workers);
        let queued = self.buried.fetch_add(n, Ordering::AcqRel) + n;
        if queued > GRAVEYARD_MAX {
            self.buried.fetch_sub(n, Ordering::AcqRel);
            drop(workers);
        } else if let Err(std::sync::mpsc::SendError(workers)) = self.graveyard.send(workers) {
            self.buried.fetch_sub(workers.len(), Ordering::AcqRel);
            drop(workers);
        }
        n
    }

    /// Counts `workers` as destroyed (and those quarantined); their number.
    fn count_out(&self, workers: &[Worker]) -> usize {
        let quarantined = workers.iter().filter(|w| w.is_quarantined()).count();
        self.counters.isolates_quarantined.fetch_add(quarantined as u64, Ordering::Relaxed);
        self.counters.isolates_destroyed.fetch_add(workers.len() as u64, Ordering::Relaxed);
        workers.len()
    }

    /// Takes the least recently used idle worker of any script but `except`
    /// (never one draining: its `waitUntil` work ends by its own limits).
    fn take_lru_idle(&self, except: &str) -> Option<Worker> {
        loop {
            let mut oldest: Option<(Instant, Arc<ScriptPool>)> = None;
            for (name, sp) in self.scripts.read().iter() {
                if name == except {
                    continue;
                }
                if let Some(first) = sp.state.lock().idle.iter().find(|i| !i.worker.is_draining())
                    && oldest.as_ref().is_none_or(|(t, _)| first.since < *t)
                {
                    oldest = Some((first.since, sp.clone()));
                }
            }
            let (since, sp) = oldest?;
            let mut st = sp.state.lock();
            // Still there? (another thread may have taken it)
            if let Some(i) = st.idle.iter().position(|i| i.since == since && !i.worker.is_draining()) {
                return st.idle.remove(i).map(|i| i.worker);
            }
        }
    }

    /// A worker for `sp` if one can be had without waiting: warm if one is
    /// idle, else new, else by evicting another script's least recently
    /// used idle worker.
    fn try_take(&self, sp: &Arc<ScriptPool>) -> Result<Option<Worker>> {
        if self.shutdown.load(Ordering::Acquire) {
            return Err(Error::Shutdown("the runtime was shut down".into()));
        }
        {
            let mut st = sp.state.lock();
            // An idle worker can turn unusable (its waitUntil work was
            // stopped and did not end): it goes, and its room with it.
            if st.idle.iter().any(|i| i.worker.is_poisoned()) {
                let (dead, live): (VecDeque<Idle>, VecDeque<Idle>) =
                    st.idle.drain(..).partition(|i| i.worker.is_poisoned());
                st.idle = live;
                drop(st);
                self.destroy(dead.into_iter().map(|i| i.worker).collect());
                st = sp.state.lock();
            }
            // Prefer a worker whose next context is already made, then
            // one finishing its reset; never one still running its last
            // request's waitUntil work (seconds, perhaps).
            let pick = st
                .idle
                .iter()
                .rposition(|i| i.worker.is_ready())
                .or_else(|| st.idle.iter().rposition(|i| !i.worker.is_draining()));
            if let Some(i) = pick {
                let idle = st.idle.remove(i).expect("index in range");
                st.busy += 1;
                drop(st);
                self.counters.warm.fetch_add(1, Ordering::Relaxed);
                return Ok(Some(idle.worker));
            }
        }
        if self.reserve() {
            let worker = self.spawn(sp)?;
            sp.state.lock().busy += 1;
            self.counters.created.fetch_add(1, Ordering::Relaxed);
            return Ok(Some(worker));
        }
        // The victim's room goes to the new worker: nothing freed.
        let evicted = match self.take_lru_idle(&sp.script.name) {
            Some(victim) => {
                drop(victim);
                self.counters.isolates_destroyed.fetch_add(1, Ordering::Relaxed);
                true
            }
            // An idle inline worker's: its own thread drops it.
            None => self.inline.evict_idle(),
        };
        if evicted {
            let worker = self.spawn(sp)?;
            sp.state.lock().busy += 1;
            self.counters.evicted.fetch_add(1, Ordering::Relaxed);
            return Ok(Some(worker));
        }
        Ok(None)
    }

    fn exhausted(&self) -> Error {
        self.counters.timeouts.fetch_add(1, Ordering::Relaxed);
        Error::PoolExhausted(format!(
            "all {} isolates are busy and none was released within {} ms",
            self.config.max_isolates,
            self.config.acquire_timeout.as_millis()
        ))
    }

    /// A worker for `script`: one to be had at once ([`Pool::try_take`]),
    /// else the first released within `acquire_timeout`.
    pub(crate) fn acquire(&self, name: &str) -> Result<(Arc<ScriptPool>, Worker)> {
        let sp = self.script_pool(name).ok_or_else(|| Error::ScriptNotFound(name.to_string()))?;
        let deadline = Instant::now() + self.config.acquire_timeout;
        let mut waited = false;
        loop {
            let seen = self.wake.releases.load(Ordering::Acquire);
            if let Some(worker) = self.try_take(&sp)? {
                return Ok((sp, worker));
            }
            // Everything is busy: wait for a release.
            let now = Instant::now();
            if now >= deadline {
                // A release may have woken this waiter just as it gave up:
                // pass the wake-up on rather than lose it.
                if waited {
                    let _guard = self.wake.wait_lock.lock();
                    self.wake.freed.notify_one();
                }
                return Err(self.exhausted());
            }
            if !waited {
                waited = true;
                self.counters.waited.fetch_add(1, Ordering::Relaxed);
            }
            let wake = &self.wake;
            wake.waiters.fetch_add(1, Ordering::AcqRel);
            let mut guard = wake.wait_lock.lock();
            if wake.releases.load(Ordering::Acquire) == seen && !self.shutdown.load(Ordering::Acquire) {
                wake.freed.wait_for(&mut guard, deadline - now);
            }
            drop(guard);
            wake.waiters.fetch_sub(1, Ordering::AcqRel);
        }
    }

    /// A worker for `script` without waiting for one: at once if one can be
    /// had, else queued behind the acquires already waiting, and `done` is
    /// called when one is released (or with [`Error::PoolExhausted`] after
    /// `acquire_timeout`, or [`Error::Shutdown`]). A zero `acquire_timeout`
    /// fails at once instead of queueing.
    pub(crate) fn acquire_async(&self, name: &str, done: GrantedCallback) -> Result<Acquired> {
        let sp = self.script_pool(name).ok_or_else(|| Error::ScriptNotFound(name.to_string()))?;
        // While others wait, a newcomer queues behind them.
        if self.wake.queued.load(Ordering::Acquire) == 0
            && let Some(worker) = self.try_take(&sp)?
        {
            return Ok(Acquired::Now(sp, worker));
        }
        let mut queue = self.queue.lock();
        // From here on a release wakes the reaper, so none is missed
        // between the look below and the queueing.
        self.wake.queued.fetch_add(1, Ordering::AcqRel);
        let taken = if queue.is_empty() { self.try_take(&sp) } else { Ok(None) };
        if !matches!(taken, Ok(None)) || self.config.acquire_timeout.is_zero() {
            // Not queued after all: a worker, a failure, or no wait allowed.
            self.wake.queued.fetch_sub(1, Ordering::AcqRel);
            return match taken? {
                Some(worker) => Ok(Acquired::Now(sp, worker)),
                None => Err(self.exhausted()),
            };
        }
        let ticket = self.next_ticket.fetch_add(1, Ordering::Relaxed);
        let deadline = Instant::now() + self.config.acquire_timeout;
        queue.push_back(Waiter { ticket, sp, deadline, done });
        drop(queue);
        self.counters.waited.fetch_add(1, Ordering::Relaxed);
        // The reaper learns of the new deadline.
        self.wake.kick_reaper();
        Ok(Acquired::Queued(ticket))
    }

    /// Withdraws a queued acquire: true if it was still queued (its
    /// callback is dropped, never called); false if it was served, failed
    /// or withdrawn already (its callback has run, or is running).
    pub(crate) fn cancel_async(&self, ticket: u64) -> bool {
        let mut queue = self.queue.lock();
        let Some(i) = queue.iter().position(|w| w.ticket == ticket) else { return false };
        let waiter = queue.remove(i);
        self.wake.queued.fetch_sub(1, Ordering::AcqRel);
        drop(queue);
        drop(waiter);
        true
    }

    /// On the reaper's thread: hands released workers to the queued
    /// acquires, in order, and fails those past their deadline.
    fn serve_queue(&self) {
        let mut served: Vec<(GrantedCallback, Granted)> = Vec::new();
        {
            let mut queue = self.queue.lock();
            while let Some(front) = queue.front() {
                let granted = match self.try_take(&front.sp) {
                    Ok(None) => break,
                    Ok(Some(worker)) => Ok(worker),
                    Err(e) => Err(e),
                };
                let waiter = queue.pop_front().expect("the front was there");
                served.push((waiter.done, granted.map(|worker| (waiter.sp, worker))));
            }
            let now = Instant::now();
            while queue.front().is_some_and(|w| w.deadline <= now) {
                let waiter = queue.pop_front().expect("the front was there");
                served.push((waiter.done, Err(self.exhausted())));
            }
            self.wake.queued.fetch_sub(served.len(), Ordering::AcqRel);
        }
        // Outside the lock: a callback may acquire or cancel.
        for (done, granted) in served {
            done(granted);
        }
    }

    /// The deadline of the longest-waiting queued acquire.
    fn first_deadline(&self) -> Option<Instant> {
        self.queue.lock().front().map(|w| w.deadline)
    }

    /// Returns a worker to its script's idle list (most recently used end);
    /// `discard` drops it instead (its isolate is not reusable).
    pub(crate) fn release(&self, sp: &ScriptPool, worker: Worker, discard: bool) {
        let mut surplus = Vec::new();
        {
            let mut st = sp.state.lock();
            st.busy -= 1;
            if discard || st.removed || self.shutdown.load(Ordering::Acquire) {
                surplus.push(worker);
            } else {
                st.idle.push_back(Idle { worker, since: Instant::now() });
                // Dropping a draining worker would wait for its work.
                while st.idle.len() > self.config.max_idle_per_script {
                    let Some(i) = st.idle.iter().position(|i| !i.worker.is_draining()) else { break };
                    surplus.extend(st.idle.remove(i).map(|i| i.worker));
                }
            }
        }
        self.bury(surplus);
        // A worker released while draining rings again when it is ready.
        self.wake.ring();
    }

    /// Creates idle workers until `sp` has its minimum (room permitting).
    fn top_up(&self, sp: &ScriptPool) {
        loop {
            {
                let mut st = sp.state.lock();
                let missing = st.idle.len() + st.busy + st.starting < self.config.min_idle_per_script;
                if !missing || st.removed || self.shutdown.load(Ordering::Acquire) || !self.reserve() {
                    return;
                }
                st.starting += 1;
            }
            let spawned = self.spawn(sp);
            let mut st = sp.state.lock();
            st.starting -= 1;
            match spawned {
                Ok(worker) if st.removed => {
                    drop(st);
                    self.bury(vec![worker]);
                    return;
                }
                Ok(worker) => st.idle.push_front(Idle { worker, since: Instant::now() }),
                Err(_) => return,
            }
        }
    }

    /// Drops workers idle for longer than `idle_timeout`, above the minimum.
    fn reap(&self) {
        let scripts: Vec<Arc<ScriptPool>> = self.scripts.read().values().cloned().collect();
        let now = Instant::now();
        for sp in scripts {
            let expired = {
                let mut st = sp.state.lock();
                let mut out = Vec::new();
                while st.idle.len() + st.busy > self.config.min_idle_per_script
                    && st.idle.front().is_some_and(|f| {
                        now.duration_since(f.since) >= self.config.idle_timeout && !f.worker.is_draining()
                    })
                {
                    out.extend(st.idle.pop_front().map(|i| i.worker));
                }
                out
            };
            if !expired.is_empty() {
                self.destroy(expired);
            }
            self.top_up(&sp);
        }
    }

    pub(crate) fn stats(&self) -> PoolStats {
        let c = &self.counters;
        let mut stats = PoolStats {
            isolates: self.rooms.alive(),
            acquired_warm: c.warm.load(Ordering::Relaxed),
            acquired_created: c.created.load(Ordering::Relaxed),
            acquired_evicted: c.evicted.load(Ordering::Relaxed),
            acquired_waited: c.waited.load(Ordering::Relaxed),
            acquire_timeouts: c.timeouts.load(Ordering::Relaxed),
            isolates_created: c.isolates_created.load(Ordering::Relaxed),
            isolates_destroyed: c.isolates_destroyed.load(Ordering::Relaxed),
            isolates_quarantined: c.isolates_quarantined.load(Ordering::Relaxed),
            ..Default::default()
        };
        let mut names: Vec<_> = self.scripts.read().iter().map(|(n, sp)| (n.clone(), sp.clone())).collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        let inline = self.inline.counts();
        stats.isolates_created += inline.created;
        stats.isolates_destroyed += inline.destroyed;
        for (name, sp) in names {
            let st = sp.state.lock();
            let (inline_idle, inline_busy) = inline.per_script.get(&name).copied().unwrap_or_default();
            let (idle, busy) = (st.idle.len() + inline_idle, st.busy + inline_busy);
            stats.idle += idle;
            stats.busy += busy;
            stats.inline += inline_idle + inline_busy;
            stats.scripts.push((name, idle, busy));
        }
        stats
    }

    /// Stops the reaper, drops every idle worker, refuses later acquires and
    /// drops workers as they are released.
    pub(crate) fn shutdown(&self) {
        self.shutdown.store(true, Ordering::Release);
        {
            let mut state = self.wake.reaper.lock();
            state.stop = true;
            self.wake.reaper_wake.notify_all();
        }
        // Queued acquires fail here, on this thread: the reaper is gone.
        let queued: Vec<Waiter> = {
            let mut queue = self.queue.lock();
            self.wake.queued.fetch_sub(queue.len(), Ordering::AcqRel);
            queue.drain(..).collect()
        };
        for waiter in queued {
            (waiter.done)(Err(Error::Shutdown("the runtime was shut down".into())));
        }
        {
            // Waiting acquires see the flag and give up.
            let _guard = self.wake.wait_lock.lock();
            self.wake.freed.notify_all();
        }
        let scripts: Vec<Arc<ScriptPool>> = self.scripts.read().values().cloned().collect();
        for sp in scripts {
            let idle: Vec<Worker> = sp.state.lock().idle.drain(..).map(|i| i.worker).collect();
            self.destroy(idle);
        }
        self.inline.shutdown();
    }
}

fn reap_loop(pool: Weak<Pool>) {
    let Some(period) = pool
        .upgrade()
        .map(|p| (p.config.idle_timeout / 4).clamp(Duration::from_millis(5), Duration::from_secs(1)))
    else {
        return;
    };
    let mut next_reap = Instant::now() + period;
    loop {
        let Some(p) = pool.upgrade() else { return };
        let until = p.first_deadline().map_or(next_reap, |d| d.min(next_reap));
        {
            let mut state = p.wake.reaper.lock();
            if !state.stop && !state.rescan {
                p.wake.reaper_wake.wait_until(&mut state, until);
            }
            if state.stop {
                return;
            }
            state.rescan = false;
        }
        p.serve_queue();
        let now = Instant::now();
        if now >= next_reap {
            p.reap();
            next_reap = now + period;
        }
    }
}

//! The event loop of one request: timers and host subrequests (`fetch()`)
//! the script starts, run on the worker's thread until the response settles,
//! then until `ctx.waitUntil()` work settles. Whatever is still pending then
//! (timers, unanswered fetches) is dropped: nothing outlives its request.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use crate::bindings::{FetchRequest, Host, HostSlot, uint8_array_from_vec};
use crate::bootstrap::describe_value;
use crate::error::{Error, Result};
use crate::http::{Request, Response, SizeLimits};
use crate::runtime::{LogLevel, LogSink};
use crate::snapshot::internal_function;

/// Answers a script's `fetch()`: called on the worker's thread with the
/// subrequest and a [`FetchReply`] to complete, now or later, from any
/// thread. It should return quickly and do its I/O elsewhere.
pub type FetchHandler = Arc<dyn Fn(Request, FetchReply) + Send + Sync>;

/// Completes one subrequest. Dropping it unanswered fails the `fetch()`.
pub struct FetchReply {
    tx: Option<mpsc::Sender<Completion>>,
    generation: u64,
    id: u32,
}

impl FetchReply {
    /// Resolves the script's `fetch()` with `response`.
    pub fn respond(mut self, response: Response) {
        self.send(Ok(response));
    }

    /// Rejects the script's `fetch()` with a TypeError carrying `message`.
    pub fn fail(mut self, message: impl Into<String>) {
        self.send(Err(message.into()));
    }

    fn send(&mut self, result: std::result::Result<Response, String>) {
        if let Some(tx) = self.tx.take() {
            // The request may be over (the receiver gone): nothing to do then.
            let _ = tx.send(Completion { generation: self.generation, id: self.id, result });
        }
    }
}

impl Drop for FetchReply {
    fn drop(&mut self) {
        self.send(Err("the host dropped the subrequest without answering it".into()));
    }
}

pub(crate) struct Completion {
    generation: u64,
    id: u32,
    result: std::result::Result<Response, String>,
}

/// The `id` of the completion that asks the loop to stop (see [`Canceller`]).
const CANCEL_ID: u32 = u32::MAX;

/// Why a run was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum StopReason {
    Cancelled = 1,
    CpuLimit = 2,
    MemoryLimit = 3,
    Shutdown = 4,
}

/// Stops the evaluation running on a worker, from any thread, without ever
/// touching a later one: the worker marks each run under `state`, and
/// clears a pending termination under the same lock when the run ends.
pub(crate) struct Canceller {
    isolate: v8::IsolateHandle,
    wake: mpsc::Sender<Completion>,
    state: parking_lot::Mutex<RunState>,
    /// The first reason the current run was stopped for (0: not stopped).
    reason: Arc<AtomicU8>,
}

#[derive(Default)]
struct RunState {
    /// True while a request runs.
    running: bool,
    /// Set by [`Canceller::close`]: every run from then on is stopped.
    closed: bool,
}

impl Canceller {
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
        let _ = self.reason.compare_exchange(0, reason as u8, Ordering::AcqRel, Ordering::Acquire);
        self.isolate.terminate_execution();
        // Wakes a loop that waits on timers or subrequests (no JS running).
        let _ =
            self.wake.send(Completion { generation: u64::MAX, id: CANCEL_ID, result: Err(String::new()) });
    }

    /// Whether the current (or last) run was stopped.
    pub(crate) fn was_stopped(&self) -> bool {
        self.reason.load(Ordering::Acquire) != 0
    }

    pub(crate) fn begin(&self) {
        let mut state = self.state.lock();
        self.reason.store(0, Ordering::Release);
        state.running = true;
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

#[derive(Default)]
struct LoopState {
    /// Bumped at the end of every request: completions of older ones are stale.
    generation: u64,
    started: Option<Instant>,
    /// (deadline, sequence, timer id), earliest first.
    timers: BinaryHeap<Reverse<(Instant, u64, u32)>>,
    live_timers: HashSet<u32>,
    sequence: u64,
    fetches_pending: usize,
    /// Subrequests started by the current request.
    subrequests: usize,
}

/// The host side of a worker's isolate: console sink, timers, fetch.
pub(crate) struct WorkerHost {
    script_name: String,
    log: Option<LogSink>,
    fetch: Option<FetchHandler>,
    state: RefCell<LoopState>,
    completions: mpsc::Sender<Completion>,
    inbox: mpsc::Receiver<Completion>,
    /// Promises rejected with no handler (yet) during the current request.
    unhandled: RefCell<Vec<(v8::Global<v8::Promise>, String)>>,
    /// Shared with the canceller: why the current run was stopped.
    stop_reason: Arc<AtomicU8>,
    sizes: std::cell::Cell<SizeLimits>,
}

/// Longest timer delay (as browsers: 2^31 - 1 ms).
const MAX_DELAY_MS: f64 = 2_147_483_647.0;

impl WorkerHost {
    /// Installs a host in `isolate`'s slot and returns it.
    pub(crate) fn install(
        isolate: &mut v8::Isolate,
        script_name: &str,
        log: Option<LogSink>,
        fetch: Option<FetchHandler>,
    ) -> Rc<WorkerHost> {
        let (completions, inbox) = mpsc::channel();
        let host = Rc::new(WorkerHost {
            script_name: script_name.to_string(),
            log,
            fetch,
            state: RefCell::new(LoopState::default()),
            completions,
            inbox,
            unhandled: RefCell::new(Vec::new()),
            stop_reason: Arc::new(AtomicU8::new(0)),
            sizes: std::cell::Cell::new(SizeLimits::default()),
        });
        isolate.set_slot(HostSlot(Box::new(SharedHost(host.clone()))));
        isolate.set_slot(host.clone());
        isolate.set_promise_reject_callback(on_promise_reject);
        host
    }

    /// The size limits requests, responses and subrequests are held to.
    pub(crate) fn set_sizes(&self, sizes: SizeLimits) {
        self.sizes.set(sizes);
    }

    /// A canceller for runs on `isolate` (the one this host is installed in).
    pub(crate) fn canceller(&self, isolate: &mut v8::Isolate) -> Canceller {
        Canceller {
            isolate: isolate.thread_safe_handle(),
            wake: self.completions.clone(),
            state: parking_lot::Mutex::new(RunState::default()),
            reason: self.stop_reason.clone(),
        }
    }

    /// The error for a run that was terminated, by the reason it was stopped.
    fn stopped(&self) -> Error {
        match self.stop_reason.load(Ordering::Acquire) {
            r if r == StopReason::CpuLimit as u8 => {
                Error::CpuLimit("the request exceeded its CPU time limit".into())
            }
            r if r == StopReason::MemoryLimit as u8 => Error::MemoryLimit(
                "the request exceeded its isolate's heap limit; the isolate is discarded".into(),
            ),
            r if r == StopReason::Shutdown as u8 => {
                Error::Shutdown("the runtime was shut down while the request ran".into())
            }
            _ => Error::Terminated("the evaluation was cancelled".into()),
        }
    }

    /// Logs every promise still rejected without a handler, except `handled`
    /// (the response's own promise, reported as the request's error).
    fn report_unhandled(&self, scope: &mut v8::PinScope, handled: Option<v8::Local<v8::Promise>>) {
        let pending = std::mem::take(&mut *self.unhandled.borrow_mut());
        for (promise, description) in pending {
            let promise = v8::Local::new(scope, &promise);
            if handled.is_some_and(|h| h == promise) {
                continue;
            }
            self.log(LogLevel::Error as u32, &format!("Uncaught (in promise) {description}"));
        }
    }

    fn begin(&self) {
        self.state.borrow_mut().started = Some(Instant::now());
    }

    /// Drops everything the request left pending.
    fn end(&self) {
        let mut st = self.state.borrow_mut();
        st.generation += 1;
        st.started = None;
        st.timers.clear();
        st.live_timers.clear();
        st.fetches_pending = 0;
        st.subrequests = 0;
        drop(st);
        self.unhandled.borrow_mut().clear();
        while self.inbox.try_recv().is_ok() {}
    }
}

struct SharedHost(Rc<WorkerHost>);

impl Host for SharedHost {
    fn log(&self, level: u32, message: &str) {
        self.0.log(level, message);
    }

    fn timer_start(&self, id: u32, delay_ms: f64) -> std::result::Result<(), String> {
        let delay = if delay_ms.is_finite() { delay_ms.clamp(0.0, MAX_DELAY_MS) } else { 0.0 };
        let mut st = self.0.state.borrow_mut();
        st.sequence += 1;
        let seq = st.sequence;
        st.timers.push(Reverse((Instant::now() + Duration::from_secs_f64(delay / 1000.0), seq, id)));
        st.live_timers.insert(id);
        Ok(())
    }

    fn timer_cancel(&self, id: u32) {
        self.0.state.borrow_mut().live_timers.remove(&id);
    }

    fn fetch_start(&self, id: u32, request: FetchRequest) -> std::result::Result<(), String> {
        let Some(handler) = &self.0.fetch else {
            return Err("fetch() is not available: the host runs this script without a fetch callback".into());
        };
        let generation = {
            let mut st = self.0.state.borrow_mut();
            let limit = self.0.sizes.get().max_subrequests;
            if crate::http::over(st.subrequests + 1, limit) {
                return Err(format!("too many subrequests: a request may make at most {limit}"));
            }
            st.subrequests += 1;
            st.fetches_pending += 1;
            st.generation
        };
        let reply = FetchReply { tx: Some(self.0.completions.clone()), generation, id };
        let FetchRequest { method, url, headers, body } = request;
        handler(Request { method, url, headers, body }, reply);
        Ok(())
    }

    fn now_ms(&self) -> f64 {
        self.0.state.borrow().started.map(|t| t.elapsed().as_secs_f64() * 1000.0).unwrap_or(0.0)
    }
}

/// Tracks promises rejected without a handler, for unhandled-rejection
/// reports at the end of the request.
extern "C" fn on_promise_reject(message: v8::PromiseRejectMessage) {
    v8::callback_scope!(unsafe scope, &message);
    v8::scope!(let scope, scope);
    let Some(host) = scope.get_slot::<Rc<WorkerHost>>().cloned() else { return };
    let promise = message.get_promise();
    match message.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => {
            let description = message.get_value().map(|v| describe_value(scope, v)).unwrap_or_default();
            host.unhandled.borrow_mut().push((v8::Global::new(scope, promise), description));
        }
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => {
            host.unhandled.borrow_mut().retain(|(p, _)| v8::Local::new(scope, p) != promise);
        }
        _ => {}
    }
}

/// Runs microtasks, timers and fetch completions until `promise` settles
/// (true), nothing is left that could settle it (false), or `deadline`
/// passes (an error).
fn drive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    promise: v8::Local<'s, v8::Promise>,
    deadline: Instant,
) -> Result<bool> {
    let fire_timer = internal_function(scope, internal, "fireTimer")?;
    let fetch_done = internal_function(scope, internal, "fetchDone")?;
    loop {
        scope.perform_microtask_checkpoint();
        if scope.is_execution_terminating() {
            return Err(host.stopped());
        }
        if promise.state() != v8::PromiseState::Pending {
            return Ok(true);
        }
        let (next_timer, fetches) = {
            let mut st = host.state.borrow_mut();
            // Skip cancelled timers at the head.
            while let Some(Reverse((_, _, id))) = st.timers.peek() {
                if st.live_timers.contains(id) {
                    break;
                }
                st.timers.pop();
            }
            (st.timers.peek().map(|Reverse((t, _, _))| *t), st.fetches_pending)
        };
        if next_timer.is_none() && fetches == 0 {
            return Ok(false); // nothing left that could settle it
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Error::WallTimeLimit("the request exceeded its wall-clock time limit".into()));
        }
        let wake = next_timer.map_or(deadline, |t| t.min(deadline));
        if next_timer.is_some_and(|t| t <= now) {
            let id = {
                let mut st = host.state.borrow_mut();
                let Reverse((_, _, id)) = st.timers.pop().expect("peeked");
                st.live_timers.remove(&id);
                id
            };
            let id = v8::Integer::new_from_unsigned(scope, id);
            v8::tc_scope!(let tc, scope);
            if fire_timer.call(tc, internal.into(), &[id.into()]).is_none() && tc.has_terminated() {
                return Err(host.stopped());
            }
            continue;
        }
        match host.inbox.recv_timeout(wake.saturating_duration_since(now)) {
            Ok(done) if done.id == CANCEL_ID => return Err(host.stopped()),
            Ok(done) => {
                let current = host.state.borrow().generation;
                if done.generation != current {
                    continue;
                }
                host.state.borrow_mut().fetches_pending -= 1;
                let id = v8::Integer::new_from_unsigned(scope, done.id);
                let (ok, value): (bool, v8::Local<v8::Value>) = match done.result {
                    Ok(response) => (true, response_to_js(scope, response)?),
                    Err(message) => (false, v8::String::new(scope, &message).unwrap().into()),
                };
                let ok = v8::Boolean::new(scope, ok);
                v8::tc_scope!(let tc, scope);
                if fetch_done.call(tc, internal.into(), &[id.into(), ok.into(), value]).is_none()
                    && tc.has_terminated()
                {
                    return Err(host.stopped());
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(false),
        }
    }
}

/// `[status, [name, value, ...], body]` for internal.fetchDone.
fn response_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    response: Response,
) -> Result<v8::Local<'s, v8::Value>> {
    let headers = crate::worker::headers_to_js(scope, &response.headers)?;
    let status = v8::Integer::new_from_unsigned(scope, response.status.into());
    let body = uint8_array_from_vec(scope, response.body)
        .ok_or_else(|| Error::InvalidArgument("a subrequest body is too large".into()))?;
    Ok(v8::Array::new_with_elements(scope, &[status.into(), headers.into(), body.into()]).into())
}

/// Serves one request in the current context: dispatches it, drives the loop
/// until the response settles, hands it to `reply`, then keeps driving until
/// the `ctx.waitUntil()` work settles (within `wall_time`).
pub(crate) fn serve<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    request: Request,
    wall_time: Duration,
    reply: impl FnOnce(Result<Response>),
) {
    host.begin();
    let deadline = Instant::now() + wall_time;
    let mut response_promise = None;
    let outcome = (|| {
        let promise = crate::worker::start_dispatch(scope, internal, request, &host.sizes.get())?;
        response_promise = Some(promise);
        if !drive(scope, internal, host, promise, deadline)? {
            return Err(Error::Script(
                "the fetch handler's promise never settled (nothing left that could settle it)".into(),
            ));
        }
        match promise.state() {
            v8::PromiseState::Rejected => {
                let reason = promise.result(scope);
                Err(Error::Script(format!("Uncaught (in response) {}", describe_value(scope, reason))))
            }
            _ => {
                let result = promise.result(scope);
                let response = crate::worker::read_response(scope, result)?;
                host.sizes
                    .get()
                    .check("response", 0, &response.headers, response.body.len())
                    .map_err(Error::Script)?;
                Ok(response)
            }
        }
    })();
    // A termination says "cancelled" where it happens; the reason is known here.
    let outcome = outcome.map_err(|e| if matches!(e, Error::Terminated(_)) { host.stopped() } else { e });
    host.report_unhandled(scope, response_promise);
    let responded = outcome.is_ok();
    reply(outcome);
    if responded {
        // ctx.waitUntil(): keep going after the response, within the limit.
        if let Ok(pending) = internal_function(scope, internal, "pendingWork") {
            v8::tc_scope!(let tc, scope);
            let settled = pending
                .call(tc, internal.into(), &[])
                .and_then(|p| v8::Local::<v8::Promise>::try_from(p).ok());
            if let Some(p) = settled {
                if let Err(e) = drive(tc, internal, host, p, deadline) {
                    host.log(LogLevel::Error as u32, &format!("waitUntil: {e}"));
                }
            }
        }
    }
    host.report_unhandled(scope, response_promise);
    host.end();
}

impl WorkerHost {
    fn log(&self, level: u32, message: &str) {
        match &self.log {
            Some(sink) => sink(LogLevel::from_u32(level), message),
            None => eprintln!("[{}] {message}", self.script_name),
        }
    }
}

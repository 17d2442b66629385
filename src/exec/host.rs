//! The host side of a worker's isolate: what its natives call (console,
//! timers, subrequests, the request's clock) and the per-request state the
//! event loop drives.

use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};
use std::rc::Rc;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant, SystemTime};

use nano_web::bootstrap::describe_value;

use crate::snapshot::registration::refused;
use nano_web::host::{Host, HostSlot, epoch_ms};

use super::inbox::{Inbox, Outbox};
use crate::engine::cancel::{Canceller, StopReason};
use crate::error::Error;
use crate::fetch::{FetchHandler, FetchReply};
use crate::http::{Request, SizeLimits};
use crate::log::{LogLevel, LogSink};
use nano_web::request_body::{BodyWriter, RequestBody};

/// A body streaming in from its host, and how much of it the script has.
pub(super) struct BodyIn {
    pub(super) id: u32,
    pub(super) body: RequestBody,
    pub(super) bytes: usize,
}

/// A subrequest's body streaming out of the script to its host, and how
/// much of it went (against the body limit).
pub(super) struct BodyOut {
    pub(super) id: u32,
    pub(super) writer: BodyWriter,
    pub(super) bytes: usize,
}

/// The id of the request's own body among [`LoopState::bodies_in`].
pub(super) const REQUEST_BODY: u32 = 0;

#[derive(Default)]
pub(super) struct LoopState {
    /// Bumped at the end of every request: completions of older ones are stale.
    pub(super) generation: u64,
    pub(super) started: Option<Instant>,
    /// (deadline, sequence, timer id), earliest first.
    pub(super) timers: BinaryHeap<Reverse<(Instant, u64, u32)>>,
    pub(super) live_timers: HashSet<u32>,
    pub(super) sequence: u64,
    pub(super) fetches_pending: usize,
    /// Subrequests started by the current request.
    pub(super) subrequests: usize,
    /// A streaming host asked for the response body's next chunk.
    pub(super) body_credit: bool,
    /// A streaming host takes no more of the response body.
    pub(super) body_stopped: bool,
    /// Bodies their hosts are still streaming in, by id (0 the request's
    /// own, else the subrequest's whose response it is), with the bytes
    /// taken so far (each against the body limit).
    pub(super) bodies_in: Vec<BodyIn>,
    /// Subrequests' bodies streaming out to their hosts, by fetch id.
    pub(super) bodies_out: Vec<BodyOut>,
}

/// The host side of a worker's isolate: console sink, timers, fetch.
pub(crate) struct WorkerHost {
    script_name: String,
    log: Option<LogSink>,
    fetch: Option<FetchHandler>,
    pub(super) state: RefCell<LoopState>,
    pub(crate) completions: Outbox,
    pub(super) inbox: mpsc::Receiver<Inbox>,
    /// Promises rejected with no handler (yet) during the current request.
    unhandled: RefCell<Vec<(v8::Global<v8::Promise>, String)>>,
    /// Stops this isolate's runs; knows why the current one was stopped.
    canceller: Arc<Canceller>,
    pub(super) sizes: Cell<SizeLimits>,
    /// The wall-clock limit of a request.
    pub(crate) wall_time: Cell<Duration>,
    /// When the current request started, since the Unix epoch.
    time_origin: Cell<SystemTime>,
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
        let (tx, inbox) = mpsc::channel();
        let completions = Outbox::new(tx);
        let canceller = Arc::new(Canceller::new(isolate.thread_safe_handle(), Box::new(completions.clone())));
        let host = Rc::new(WorkerHost {
            script_name: script_name.to_string(),
            log,
            fetch,
            state: RefCell::new(LoopState::default()),
            completions,
            inbox,
            unhandled: RefCell::new(Vec::new()),
            canceller,
            sizes: Cell::new(SizeLimits::default()),
            wall_time: Cell::new(Duration::from_secs(30)),
            time_origin: Cell::new(SystemTime::UNIX_EPOCH),
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

    /// Stops runs on the isolate this host is installed in, from any thread.
    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        &self.canceller
    }

    /// The error for a run that was terminated, by the reason it was stopped.
    pub(super) fn stopped(&self) -> Error {
        stopped_error(self.canceller.stop_reason())
    }

    /// Logs every promise still rejected without a handler, except `handled`
    /// (the response's own promise, reported as the request's error).
    pub(super) fn report_unhandled(&self, scope: &mut v8::PinScope, handled: Option<v8::Local<v8::Promise>>) {
        let pending = std::mem::take(&mut *self.unhandled.borrow_mut());
        for (promise, description) in pending {
            let promise = v8::Local::new(scope, &promise);
            if handled.is_some_and(|h| h == promise) {
                continue;
            }
            self.log(LogLevel::Error, &format!("Uncaught (in promise) {description}"));
        }
    }

    /// A streaming host's word on the response body, on the run's own
    /// thread (an inline host's call, or the loop reading a word from its
    /// inbox): `more`, it wants the next chunk; otherwise no more.
    pub(crate) fn body_word(&self, more: bool) {
        let mut st = self.state.borrow_mut();
        if more {
            st.body_credit = true;
        } else {
            st.body_stopped = true;
        }
    }

    /// A body streams in from its host (`id` [`REQUEST_BODY`] the
    /// request's, else that subrequest's response's): each write wakes the
    /// loop (through its inbox), which hands the chunks to the script.
    pub(super) fn open_body_in(&self, id: u32, body: RequestBody) {
        let outbox = self.completions.clone();
        body.attach(Arc::new(move || {
            outbox.send(Inbox::BodyIn);
        }));
        self.state.borrow_mut().bodies_in.push(BodyIn { id, body, bytes: 0 });
    }

    pub(crate) fn begin(&self) {
        let mut st = self.state.borrow_mut();
        st.started = Some(Instant::now());
        st.body_credit = false;
        st.body_stopped = false;
        drop(st);
        self.time_origin.set(SystemTime::now());
    }

    /// Drops everything the request left pending.
    pub(crate) fn end(&self) {
        let mut st = self.state.borrow_mut();
        st.generation += 1;
        st.started = None;
        st.timers.clear();
        st.live_timers.clear();
        st.fetches_pending = 0;
        st.subrequests = 0;
        for open in st.bodies_in.drain(..) {
            open.body.close();
        }
        for out in st.bodies_out.drain(..) {
            let _ = out.writer.fail("the script's request ended before its subrequest's body did");
        }
        drop(st);
        self.unhandled.borrow_mut().clear();
        while self.inbox.try_recv().is_ok() {}
    }
}

struct SharedHost(Rc<WorkerHost>);

impl SharedHost {
    /// Outside a request the realm is being built: the script's top level
    /// runs as at registration (where its console output was shown once).
    fn in_request(&self) -> bool {
        self.0.state.borrow().started.is_some()
    }
}

impl Host for SharedHost {
    fn log(&self, level: LogLevel, message: &str) {
        if self.in_request() {
            self.0.log(level, message);
        }
    }

    fn timer_start(&self, id: u32, delay_ms: f64) -> std::result::Result<(), String> {
        if !self.in_request() {
            return Err(refused("setTimeout() and setInterval()"));
        }
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

    fn fetch_start(
        &self,
        id: u32,
        request: Request,
        body: Option<BodyWriter>,
    ) -> std::result::Result<(), String> {
        if !self.in_request() {
            return Err(refused("fetch()"));
        }
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
        if let Some(writer) = body {
            self.0.state.borrow_mut().bodies_out.push(BodyOut { id, writer, bytes: 0 });
        }
        handler(request, FetchReply::new(Box::new(self.0.completions.clone()), generation, id));
        Ok(())
    }

    fn fetch_body_write(&self, id: u32, bytes: &[u8]) -> bool {
        let limit = self.0.sizes.get().max_body_bytes;
        let mut st = self.0.state.borrow_mut();
        let Some(i) = st.bodies_out.iter().position(|b| b.id == id) else { return false };
        let out = &mut st.bodies_out[i];
        out.bytes = out.bytes.saturating_add(bytes.len());
        if crate::http::over(out.bytes, limit) {
            let out = st.bodies_out.remove(i);
            let _ = out.writer.fail(&format!("the subrequest's body is over the limit of {limit} bytes"));
            return false;
        }
        if out.writer.write(bytes).is_err() {
            st.bodies_out.remove(i);
            return false;
        }
        true
    }

    fn body_in_cancel(&self, id: u32) {
        let mut st = self.0.state.borrow_mut();
        if let Some(i) = st.bodies_in.iter().position(|b| b.id == id) {
            st.bodies_in.remove(i).body.close();
        }
    }

    fn fetch_body_end(&self, id: u32, failure: Option<&str>) {
        let mut st = self.0.state.borrow_mut();
        let Some(i) = st.bodies_out.iter().position(|b| b.id == id) else { return };
        let out = st.bodies_out.remove(i);
        let _ = match failure {
            None => out.writer.end(),
            Some(m) => out.writer.fail(m),
        };
    }

    fn now_ms(&self) -> f64 {
        self.0.state.borrow().started.map(|t| t.elapsed().as_secs_f64() * 1000.0).unwrap_or(0.0)
    }

    fn time_origin_ms(&self) -> f64 {
        epoch_ms(self.0.time_origin.get())
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

impl WorkerHost {
    pub(super) fn log(&self, level: LogLevel, message: &str) {
        crate::log::emit(self.log.as_ref(), &self.script_name, level, message);
    }
}

/// The error a run stopped for `reason` ends with.
pub(crate) fn stopped_error(reason: Option<StopReason>) -> Error {
    match reason {
        Some(StopReason::CpuLimit) => Error::CpuLimit("the request exceeded its CPU time limit".into()),
        Some(StopReason::MemoryLimit) => Error::MemoryLimit(
            "the request exceeded its isolate's heap limit; the isolate is discarded".into(),
        ),
        Some(StopReason::Shutdown) => {
            Error::Shutdown("the runtime was shut down while the request ran".into())
        }
        Some(StopReason::WallTimeLimit) => {
            Error::WallTimeLimit("the request exceeded its wall-clock time limit".into())
        }
        Some(StopReason::Cancelled) | None => Error::Terminated("the evaluation was cancelled".into()),
    }
}

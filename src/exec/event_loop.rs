//! The event loop of one request: timers and host subrequests (`fetch()`)
//! the script starts, run on the worker's thread until the response settles,
//! then until `ctx.waitUntil()` work settles. Whatever is still pending then
//! (timers, unanswered fetches) is dropped: nothing outlives its request.

use std::cmp::Reverse;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nano_web::bootstrap::describe_value;

use super::host::WorkerHost;
use super::marshal::{read_response, response_to_js, start_dispatch};
use crate::error::{Error, Result};
use crate::fetch::Completion;
use crate::http::{Request, Response};
use crate::log::LogLevel;
use crate::snapshot::context::request_function;

/// How often a loop waiting on V8's background work looks for its result.
const BACKGROUND_POLL: Duration = Duration::from_millis(1);

/// How a loop with nothing to run waits: on its inbox (a worker's own
/// thread), or by returning to its host (an inline run on the host's
/// thread, polled again when its ring or its next timer says so).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    Block,
    Return,
}

/// Where driving a promise got to.
enum Driven {
    /// It settled.
    Settled,
    /// Nothing is left that could settle it.
    Dead,
    /// (`Wait::Return` only) it waits on a timer, a subrequest or V8's
    /// background work: poll again by this time, or when rung.
    Waiting(Instant),
}

/// Runs microtasks, V8's foreground tasks, timers and fetch completions
/// until `promise` settles, nothing is left that could settle it, the loop
/// would wait (with `Wait::Return`), or `deadline` passes (an error).
fn drive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    promise: v8::Local<'s, v8::Promise>,
    deadline: Instant,
    wait: Wait,
) -> Result<Driven> {
    let fire_timer = request_function(scope, internal, "fireTimer")?;
    let fetch_done = request_function(scope, internal, "fetchDone")?;
    loop {
        scope.perform_microtask_checkpoint();
        if scope.is_execution_terminating() {
            return Err(host.stopped());
        }
        if promise.state() != v8::PromiseState::Pending {
            return Ok(Driven::Settled);
        }
        if nano_web::platform::run_foreground_tasks(scope) {
            continue; // they may have settled promises
        }
        // Work V8 does on its own threads (an asynchronous WebAssembly
        // compilation) ends with a foreground task: poll for it.
        let background = scope.has_pending_background_tasks();
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
        if next_timer.is_none() && fetches == 0 && !background {
            return Ok(Driven::Dead);
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Error::WallTimeLimit("the request exceeded its wall-clock time limit".into()));
        }
        let mut wake = next_timer.map_or(deadline, |t| t.min(deadline));
        if background {
            wake = wake.min(now + BACKGROUND_POLL);
        }
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
        let received = match wait {
            Wait::Block => host.inbox.recv_timeout(wake.saturating_duration_since(now)),
            Wait::Return => match host.inbox.try_recv() {
                Ok(done) => Ok(done),
                Err(mpsc::TryRecvError::Empty) => return Ok(Driven::Waiting(wake)),
                Err(mpsc::TryRecvError::Disconnected) => Err(mpsc::RecvTimeoutError::Disconnected),
            },
        };
        match received {
            // A stop of this run sets its reason before waking the loop; a
            // wake-up without one is left from an earlier run (stopped after
            // its loop had ended).
            Ok(done) if done.id == Completion::CANCEL_ID => {
                if host.canceller().stop_reason().is_some() {
                    return Err(host.stopped());
                }
            }
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
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(Driven::Dead),
        }
    }
}

/// What an isolation mode does in the request's context before its
/// dispatch (the fresh mode runs the script's top level again).
pub(crate) trait BeginRequest {
    fn begin_request<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> Result<()>;
}

/// Nothing to do before dispatch.
pub(crate) struct NoBegin;

impl BeginRequest for NoBegin {
    fn begin_request<'s>(&self, _: &mut v8::PinScope<'s, '_>, _: v8::Local<'s, v8::Object>) -> Result<()> {
        Ok(())
    }
}

/// Whether an error means the run was stopped (a limit, a cancellation):
/// what it left half done must not serve another request.
fn stopped_run(e: &Error) -> bool {
    matches!(
        e,
        Error::WallTimeLimit(_)
            | Error::CpuLimit(_)
            | Error::MemoryLimit(_)
            | Error::Terminated(_)
            | Error::Shutdown(_)
    )
}

/// What the host hears once per request: the response (or why there is
/// none), and whether `ctx.waitUntil()` work goes on after it.
pub(crate) type ReplyFn<'r> = &'r mut dyn FnMut(Result<Response>, bool);

/// Where a request being served stands.
enum Stage {
    /// Waiting for the fetch handler's promise.
    Response(v8::Global<v8::Promise>),
    /// Answered; waiting for the `ctx.waitUntil()` work.
    WaitUntil(v8::Global<v8::Promise>),
    Done,
}

/// What a step of [`Serving`] ended with.
pub(crate) enum Served {
    /// (`Wait::Return` only) the run waits: resume it by this time, or when
    /// its host is rung.
    Waiting(Instant),
    /// The request is over; false when the run was stopped by a limit or
    /// cancelled (what it left half done must not serve another request).
    Finished(bool),
}

/// One request in the current context, from its dispatch to the end of its
/// `ctx.waitUntil()` work. A worker runs it to the end at once
/// ([`serve`]); an inline run on the host's thread returns whenever it
/// would wait and is resumed later, in the same context.
pub(crate) struct Serving {
    deadline: Instant,
    response_promise: Option<v8::Global<v8::Promise>>,
    stage: Stage,
    clean: bool,
}

impl Serving {
    /// Runs `begin` (the isolation mode's start of a request), dispatches
    /// `request`, and drives the loop as far as `wait` allows; `reply` hears
    /// the response when it is ready.
    pub(crate) fn start<'s>(
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        request: Request,
        begin: &impl BeginRequest,
        wait: Wait,
        reply: ReplyFn,
    ) -> (Serving, Served) {
        host.begin();
        let deadline = Instant::now() + host.wall_time.get();
        let dispatched = begin
            .begin_request(scope, internal)
            .and_then(|()| start_dispatch(scope, internal, request, &host.sizes.get()));
        let mut serving = Serving { deadline, response_promise: None, stage: Stage::Done, clean: true };
        let served = match dispatched {
            Ok(promise) => {
                serving.response_promise = Some(v8::Global::new(scope, promise));
                serving.stage = Stage::Response(v8::Global::new(scope, promise));
                serving.resume(scope, internal, host, wait, reply)
            }
            Err(e) => {
                serving.respond(scope, internal, host, Err(e), reply);
                serving.resume(scope, internal, host, wait, reply)
            }
        };
        (serving, served)
    }

    /// Goes on from where the last step stopped, as far as `wait` allows.
    pub(crate) fn resume<'s>(
        &mut self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        wait: Wait,
        reply: ReplyFn,
    ) -> Served {
        loop {
            match &self.stage {
                Stage::Response(promise) => {
                    let promise = v8::Local::new(scope, promise);
                    let outcome = match drive(scope, internal, host, promise, self.deadline, wait) {
                        Ok(Driven::Waiting(at)) => return Served::Waiting(at),
                        Ok(Driven::Dead) => Err(Error::Script(
                            "the fetch handler's promise never settled (nothing left that could settle it)"
                                .into(),
                        )),
                        Ok(Driven::Settled) => settled_response(scope, host, promise),
                        Err(e) => Err(e),
                    };
                    self.respond(scope, internal, host, outcome, reply);
                }
                Stage::WaitUntil(work) => {
                    let work = v8::Local::new(scope, work);
                    v8::tc_scope!(let tc, scope);
                    match drive(tc, internal, host, work, self.deadline, wait) {
                        Ok(Driven::Waiting(at)) => return Served::Waiting(at),
                        Ok(_) => {}
                        Err(e) => {
                            host.log(LogLevel::Error, &format!("waitUntil: {e}"));
                            self.clean = false;
                        }
                    }
                    self.stage = Stage::Done;
                }
                Stage::Done => {
                    let handled = self.response_promise.take().map(|p| v8::Local::new(scope, p));
                    host.report_unhandled(scope, handled);
                    host.end();
                    return Served::Finished(self.clean && !scope.is_execution_terminating());
                }
            }
        }
    }

    /// The response is known (or why there is none): checks it, tells the
    /// host, and moves on to the `waitUntil` work, if any.
    fn respond<'s>(
        &mut self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        outcome: Result<Response>,
        reply: ReplyFn,
    ) {
        // WebAssembly memories grow outside the allocator: measured here, so
        // that a response made while over the limit is not sent.
        nano_web::memory::settle(scope);
        // A termination says "cancelled" where it happens; the reason is
        // known here. A run stopped (its memory refused, say) whose script
        // caught the error before V8 raised the termination ends the same way.
        let outcome = match outcome {
            Err(Error::Terminated(_)) => Err(host.stopped()),
            _ if host.canceller().stop_reason().is_some() => Err(host.stopped()),
            other => other,
        };
        let handled = self.response_promise.as_ref().map(|p| v8::Local::new(scope, p));
        host.report_unhandled(scope, handled);
        let responded = outcome.is_ok();
        self.clean = !outcome.as_ref().is_err_and(stopped_run);
        // ctx.waitUntil(): the work goes on after the response, within the
        // limit; the host hears whether it does.
        let work = if responded { pending_work(scope, internal) } else { None };
        reply(outcome, work.is_some());
        self.stage = match work {
            Some(work) => Stage::WaitUntil(work),
            None => Stage::Done,
        };
    }
}

/// The fetch handler's settled promise, as a checked response.
fn settled_response<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    host: &WorkerHost,
    promise: v8::Local<'s, v8::Promise>,
) -> Result<Response> {
    let result = promise.result(scope);
    if promise.state() == v8::PromiseState::Rejected {
        return Err(Error::Script(format!("Uncaught (in response) {}", describe_value(scope, result))));
    }
    let response = read_response(scope, result)?;
    host.sizes.get().check("response", 0, &response.headers, response.body.len()).map_err(Error::Script)?;
    Ok(response)
}

/// Serves one request in the current context, start to finish, waiting on
/// the worker's inbox: `reply` hears the response (and whether `waitUntil`
/// work goes on after it). Returns false when the run was stopped by a
/// limit or cancelled.
pub(crate) fn serve<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    request: Request,
    wall_time: Duration,
    begin: &impl BeginRequest,
    reply: impl FnOnce(Result<Response>, bool),
) -> bool {
    let mut reply = Some(reply);
    let mut once = |outcome, continues| {
        if let Some(reply) = reply.take() {
            reply(outcome, continues);
        }
    };
    host.wall_time.set(wall_time);
    match Serving::start(scope, internal, host, request, begin, Wait::Block, &mut once).1 {
        Served::Finished(clean) => clean,
        // A blocking loop never returns to wait.
        Served::Waiting(_) => false,
    }
}

/// The promise of the request's `ctx.waitUntil()` work, if it has any.
fn pending_work<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
) -> Option<v8::Global<v8::Promise>> {
    let pending = request_function(scope, internal, "pendingWork").ok()?;
    v8::tc_scope!(let tc, scope);
    let promise =
        pending.call(tc, internal.into(), &[]).and_then(|p| v8::Local::<v8::Promise>::try_from(p).ok())?;
    Some(v8::Global::new(tc, promise))
}

/// One request, start to finish, in the current context (the worker's path
/// without a thread hop; for benchmarks and tests).
pub(crate) fn dispatch<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    request: Request,
) -> Result<Response> {
    let mut out = None;
    serve(scope, internal, host, request, Duration::from_secs(30), &NoBegin, |r, _| out = Some(r));
    out.unwrap_or_else(|| Err(Error::Internal("no response".into())))
}

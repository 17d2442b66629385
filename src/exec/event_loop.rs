//! The event loop of one request: timers and host subrequests (`fetch()`)
//! the script starts, run on the worker's thread until the response settles,
//! then until `ctx.waitUntil()` work settles. Whatever is still pending then
//! (timers, unanswered fetches) is dropped: nothing outlives its request.

use std::cmp::Reverse;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nano_web::bootstrap::{describe_exception, describe_value};

use super::host::{REQUEST_BODY, WorkerHost};
use super::inbox::Inbox;
use super::marshal::{read_chunk, read_response, response_to_js, start_dispatch};
use crate::body::{BodyPart, Delivery, declared_length};
use crate::error::{Error, Result};
use crate::http::{Request, Response, over};
use crate::log::LogLevel;
use crate::snapshot::context::request_function;
use nano_web::request_body::{BodyEnd, RequestBody};

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

/// What a loop runs until.
#[derive(Clone, Copy)]
enum Until<'s> {
    /// The promise settles.
    Settled(v8::Local<'s, v8::Promise>),
    /// A streaming host asks for the response body's next chunk, or stops
    /// taking it (the script's timers and subrequests run meanwhile).
    Asked,
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
/// until `until` happens, nothing is left that could make it happen, the
/// loop would wait (with `Wait::Return`), or `deadline` passes (an error).
fn drive<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    until: Until<'s>,
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
        let happened = match until {
            Until::Settled(promise) => promise.state() != v8::PromiseState::Pending,
            Until::Asked => {
                let st = host.state.borrow();
                st.body_credit || st.body_stopped
            }
        };
        if happened {
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
            (st.timers.peek().map(|Reverse((t, _, _))| *t), st.fetches_pending + st.bodies_in.len())
        };
        // Waiting on a host that takes the body is never dead: its word
        // comes through the inbox (or the wall limit ends the wait).
        if next_timer.is_none() && fetches == 0 && !background && matches!(until, Until::Settled(_)) {
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
            Ok(Inbox::Cancel) => {
                if host.canceller().stop_reason().is_some() {
                    return Err(host.stopped());
                }
            }
            Ok(Inbox::BodyMore) => host.body_word(true),
            Ok(Inbox::BodyStop) => host.body_word(false),
            Ok(Inbox::BodyIn) => push_bodies_in(scope, internal, host)?,
            Ok(Inbox::Fetch(done)) => {
                let current = host.state.borrow().generation;
                if done.generation != current {
                    continue;
                }
                host.state.borrow_mut().fetches_pending -= 1;
                let fetch_id = done.id;
                let id = v8::Integer::new_from_unsigned(scope, done.id);
                let streamed = done.stream.is_some();
                let (ok, value): (bool, v8::Local<v8::Value>) = match done.result {
                    Ok(response) => (true, response_to_js(scope, response, streamed)?),
                    Err(message) => (false, v8::String::new(scope, &message).unwrap().into()),
                };
                if let Some(body) = done.stream {
                    host.open_body_in(fetch_id, body);
                }
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

/// Hands the script what the hosts wrote to the bodies streaming in since
/// the last time (`internal.bodyInPush(id, value)` with each chunk,
/// then `null` at a body's end or a message when it failed or went over the
/// body limit). A stop of the run while JS runs is the only error.
fn push_bodies_in<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
) -> Result<()> {
    let open: Vec<(u32, RequestBody)> =
        host.state.borrow().bodies_in.iter().map(|b| (b.id, b.body.clone())).collect();
    if open.is_empty() {
        return Ok(());
    }
    let push = request_function(scope, internal, "bodyInPush")?;
    let limit = host.sizes.get().max_body_bytes;
    for (id, body) in open {
        let (chunks, end) = body.take();
        if chunks.is_empty() && end.is_none() {
            continue;
        }
        let what = if id == REQUEST_BODY { "the request body" } else { "the subrequest's response body" };
        let mut last: Option<String> = None;
        let mut values: Vec<v8::Local<v8::Value>> = Vec::with_capacity(chunks.len() + 1);
        for chunk in chunks {
            let total = {
                let mut st = host.state.borrow_mut();
                let Some(open) = st.bodies_in.iter_mut().find(|b| b.id == id) else { break };
                open.bytes = open.bytes.saturating_add(chunk.len());
                open.bytes
            };
            if over(total, limit) {
                last = Some(format!("{what} is over the limit of {limit} bytes"));
                break;
            }
            let Some(array) = nano_web::natives::uint8_array_from_vec(scope, chunk) else {
                return Err(Error::MemoryLimit(format!("{what} does not fit in the memory limit")));
            };
            values.push(array.into());
        }
        let finished = match (&last, end) {
            (Some(m), _) => Some(v8::String::new(scope, m).unwrap().into()),
            (None, Some(BodyEnd::Complete)) => Some(v8::null(scope).into()),
            (None, Some(BodyEnd::Failed(m))) => {
                Some(v8::String::new(scope, &format!("{what} broke off: {m}")).unwrap().into())
            }
            (None, None) => None,
        };
        if let Some(value) = finished {
            values.push(value);
            body.close();
            host.state.borrow_mut().bodies_in.retain(|b| b.id != id);
        }
        let id = v8::Integer::new_from_unsigned(scope, id);
        for value in values {
            v8::tc_scope!(let tc, scope);
            if push.call(tc, internal.into(), &[id.into(), value]).is_none() && tc.has_terminated() {
                return Err(host.stopped());
            }
        }
    }
    Ok(())
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

/// What comes after the response a host hears.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Next {
    /// Nothing: the request is over.
    Nothing,
    /// `ctx.waitUntil()` work goes on.
    WaitUntil,
    /// (streamed delivery) the body follows in parts, then any `waitUntil`
    /// work.
    Body,
}

/// Where the host hears a request's outcome: `reply` once, with the
/// response (or why there is none), and (streamed delivery) `part` with
/// each step of a streamed body after it.
pub(crate) struct Answer<'r> {
    pub(crate) reply: &'r mut dyn FnMut(Result<Response>, Next),
    pub(crate) part: &'r mut dyn FnMut(BodyPart),
}

/// A response body being read from the script's stream.
struct Body {
    /// The response: its head, and (whole delivery) the body so far.
    response: Response,
    /// The pending promise of `internal.pullBody`, if a chunk was asked for.
    pull: Option<v8::Global<v8::Promise>>,
    /// Bytes read so far, against the body size limit.
    read: usize,
    /// The length the response's content-length declares: the stream must
    /// give exactly that many bytes.
    declared: Option<u64>,
}

/// Where a request being served stands.
enum Stage {
    /// Waiting for the fetch handler's promise.
    Response(v8::Global<v8::Promise>),
    /// Reading a body that is a stream.
    Body(Body),
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
    delivery: Delivery,
    response_promise: Option<v8::Global<v8::Promise>>,
    stage: Stage,
    clean: bool,
}

impl Serving {
    /// Runs `begin` (the isolation mode's start of a request), dispatches
    /// `request`, and drives the loop as far as `wait` allows; `answer`
    /// hears the response when it is ready, as `delivery` says.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn start<'s>(
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        request: Request,
        begin: &impl BeginRequest,
        delivery: Delivery,
        wait: Wait,
        answer: &mut Answer,
    ) -> (Serving, Served) {
        host.begin();
        let deadline = Instant::now() + host.wall_time.get();
        let body_stream = request.body_stream.clone();
        let dispatched = begin
            .begin_request(scope, internal)
            .and_then(|()| start_dispatch(scope, internal, request, &host.sizes.get()));
        let mut serving =
            Serving { deadline, delivery, response_promise: None, stage: Stage::Done, clean: true };
        let served = match dispatched {
            Ok(promise) => {
                serving.response_promise = Some(v8::Global::new(scope, promise));
                serving.stage = Stage::Response(v8::Global::new(scope, promise));
                if let Some(body) = body_stream {
                    host.open_body_in(REQUEST_BODY, body);
                }
                serving.resume(scope, internal, host, wait, answer)
            }
            Err(e) => {
                if let Some(body) = body_stream {
                    body.close();
                }
                serving.finish(scope, internal, host, Err(e), answer);
                serving.resume(scope, internal, host, wait, answer)
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
        answer: &mut Answer,
    ) -> Served {
        loop {
            match &self.stage {
                Stage::Response(promise) => {
                    let promise = v8::Local::new(scope, promise);
                    let until = Until::Settled(promise);
                    let outcome = match drive(scope, internal, host, until, self.deadline, wait) {
                        Ok(Driven::Waiting(at)) => return Served::Waiting(at),
                        Ok(Driven::Dead) => Err(Error::Script(
                            "the fetch handler's promise never settled (nothing left that could settle it)"
                                .into(),
                        )),
                        Ok(Driven::Settled) => settled_response(scope, host, promise),
                        Err(e) => Err(e),
                    };
                    // A stream body is held to the length its head declares.
                    let outcome = outcome.and_then(|(mut response, streamed)| {
                        let declared = if streamed {
                            declared_length(&response.headers).map_err(|e| {
                                Error::Script(format!("the handler's response is malformed: {e}"))
                            })?
                        } else {
                            None
                        };
                        if let Some(n) = declared {
                            // One canonical header for the host to frame with.
                            response.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(b"content-length"));
                            response.headers.push((b"content-length".to_vec(), n.to_string().into_bytes()));
                        }
                        Ok((response, streamed, declared))
                    });
                    match outcome {
                        Ok((response, true, declared)) => self.start_body(host, response, declared, answer),
                        Ok((response, false, _)) => self.finish(scope, internal, host, Ok(response), answer),
                        Err(e) => self.finish(scope, internal, host, Err(e), answer),
                    }
                }
                Stage::Body(_) => {
                    if let Some(at) = self.step_body(scope, internal, host, wait, answer) {
                        return Served::Waiting(at);
                    }
                }
                Stage::WaitUntil(work) => {
                    let work = v8::Local::new(scope, work);
                    v8::tc_scope!(let tc, scope);
                    match drive(tc, internal, host, Until::Settled(work), self.deadline, wait) {
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

    /// The handler's response has a stream body: a streaming host hears
    /// the head now; the body is read next.
    fn start_body(
        &mut self,
        host: &WorkerHost,
        response: Response,
        declared: Option<u64>,
        answer: &mut Answer,
    ) {
        let mut response = response;
        if self.delivery == Delivery::Streamed {
            // The head goes now (the collected body is only whole
            // delivery's); the first chunk is read without an ask, so that
            // it follows the head at once when the script has it ready.
            (answer.reply)(Ok(std::mem::take(&mut response)), Next::Body);
            host.state.borrow_mut().body_credit = true;
        }
        self.stage = Stage::Body(Body { response, pull: None, read: 0, declared });
    }

    /// Reads the response body's stream as far as the host's asks and
    /// `wait` allow; returns when the run waits.
    fn step_body<'s>(
        &mut self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        wait: Wait,
        answer: &mut Answer,
    ) -> Option<Instant> {
        let Stage::Body(mut body) = std::mem::replace(&mut self.stage, Stage::Done) else {
            unreachable!("step_body runs in the body stage")
        };
        let streamed = self.delivery == Delivery::Streamed;
        if body.pull.is_none() {
            if streamed {
                match drive(scope, internal, host, Until::Asked, self.deadline, wait) {
                    Ok(Driven::Waiting(at)) => {
                        self.stage = Stage::Body(body);
                        return Some(at);
                    }
                    Ok(_) => {}
                    Err(e) => {
                        self.body_failed(scope, internal, host, e, answer);
                        return None;
                    }
                }
                let stopped = {
                    let mut st = host.state.borrow_mut();
                    st.body_credit = false;
                    st.body_stopped
                };
                if stopped {
                    cancel_body(scope, internal);
                    let e = Error::Terminated("the host stopped taking the response body".into());
                    (answer.part)(BodyPart::Failed(e));
                    self.after_body(scope, internal);
                    return None;
                }
            }
            match call_internal(scope, internal, "pullBody") {
                Ok(promise) => body.pull = Some(v8::Global::new(scope, promise)),
                Err(e) => {
                    self.body_failed(scope, internal, host, e, answer);
                    return None;
                }
            }
        }
        let pull = v8::Local::new(scope, body.pull.as_ref().expect("asked for above"));
        let settled = match drive(scope, internal, host, Until::Settled(pull), self.deadline, wait) {
            Ok(Driven::Waiting(at)) => {
                self.stage = Stage::Body(body);
                return Some(at);
            }
            Ok(Driven::Dead) => Err(Error::Script(
                "the response body stream stalled: nothing left could give its next chunk or close it".into(),
            )),
            Ok(Driven::Settled) if pull.state() == v8::PromiseState::Rejected => {
                let reason = pull.result(scope);
                Err(Error::Script(format!("Uncaught (in response body) {}", describe_value(scope, reason))))
            }
            Ok(Driven::Settled) => {
                let value = pull.result(scope);
                read_chunk(scope, value)
            }
            Err(e) => Err(e),
        };
        body.pull = None;
        let limit = host.sizes.get().max_body_bytes;
        let declared = body.declared;
        match settled {
            Ok(None) if declared.is_some_and(|d| d != body.read as u64) => {
                let e = Error::Script(format!(
                    "the response body ended after {} bytes, not the {} its content-length declares",
                    body.read,
                    declared.unwrap_or(0)
                ));
                self.body_failed(scope, internal, host, e, answer);
            }
            Ok(Some(chunk)) if declared.is_some_and(|d| (body.read + chunk.len()) as u64 > d) => {
                let e = Error::Script(format!(
                    "the response body is longer than the {} bytes its content-length declares",
                    declared.unwrap_or(0)
                ));
                self.body_failed(scope, internal, host, e, answer);
            }
            Ok(None) if streamed => {
                (answer.part)(BodyPart::End);
                self.after_body(scope, internal);
            }
            Ok(None) => self.finish(scope, internal, host, Ok(body.response), answer),
            Ok(Some(chunk)) if over(body.read + chunk.len(), limit) => {
                let e = Error::Script(format!("the response body is larger than the limit of {limit} bytes"));
                self.body_failed(scope, internal, host, e, answer);
            }
            Ok(Some(chunk)) => {
                body.read += chunk.len();
                if chunk.is_empty() {
                    // Nothing for the host: the next chunk is still owed.
                    host.state.borrow_mut().body_credit = streamed;
                } else if streamed {
                    (answer.part)(BodyPart::Chunk(chunk));
                } else {
                    body.response.body.extend_from_slice(&chunk);
                }
                self.stage = Stage::Body(body);
            }
            Err(e) => self.body_failed(scope, internal, host, e, answer),
        }
        None
    }

    /// The body broke off: the script's stream is cancelled (unless the run
    /// was stopped: no JavaScript runs then); a whole delivery fails the
    /// request, and a streaming host, which has the head, hears the failure
    /// as the body's last part.
    fn body_failed<'s>(
        &mut self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        e: Error,
        answer: &mut Answer,
    ) {
        if !stopped_run(&e) {
            cancel_body(scope, internal);
        }
        if self.delivery == Delivery::Whole {
            return self.finish(scope, internal, host, Err(e), answer);
        }
        let e = self.stop_reason_of(host, e);
        self.clean = !stopped_run(&e);
        (answer.part)(BodyPart::Failed(e));
        self.after_body(scope, internal);
    }

    /// After a streamed body: the `waitUntil` work, unless the run was
    /// stopped.
    fn after_body<'s>(&mut self, scope: &mut v8::PinScope<'s, '_>, internal: v8::Local<'s, v8::Object>) {
        let work = if self.clean { pending_work(scope, internal) } else { None };
        self.stage = match work {
            Some(work) => Stage::WaitUntil(work),
            None => Stage::Done,
        };
    }

    /// A termination says "cancelled" where it happens; the reason is known
    /// here. A run stopped (its memory refused, say) whose script caught the
    /// error before V8 raised the termination ends the same way.
    fn stop_reason_of(&self, host: &WorkerHost, e: Error) -> Error {
        match e {
            Error::Terminated(_) => host.stopped(),
            _ if host.canceller().stop_reason().is_some() => host.stopped(),
            other => other,
        }
    }

    /// The whole response is known (or why there is none): checks it, tells
    /// the host, and moves on to the `waitUntil` work, if any.
    fn finish<'s>(
        &mut self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
        host: &WorkerHost,
        outcome: Result<Response>,
        answer: &mut Answer,
    ) {
        // WebAssembly memories grow outside the allocator: measured here, so
        // that a response made while over the limit is not sent.
        nano_web::memory::settle(scope);
        let outcome = match outcome {
            Ok(_) if host.canceller().stop_reason().is_some() => Err(host.stopped()),
            Ok(response) => Ok(response),
            Err(e) => Err(self.stop_reason_of(host, e)),
        };
        let handled = self.response_promise.as_ref().map(|p| v8::Local::new(scope, p));
        host.report_unhandled(scope, handled);
        let responded = outcome.is_ok();
        self.clean = !outcome.as_ref().is_err_and(stopped_run);
        // ctx.waitUntil(): the work goes on after the response, within the
        // limit; the host hears whether it does.
        let work = if responded { pending_work(scope, internal) } else { None };
        (answer.reply)(outcome, if work.is_some() { Next::WaitUntil } else { Next::Nothing });
        self.stage = match work {
            Some(work) => Stage::WaitUntil(work),
            None => Stage::Done,
        };
    }
}

/// Calls the `internal` function `name` with no arguments; returns the
/// promise it gives.
fn call_internal<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &'static str,
) -> Result<v8::Local<'s, v8::Promise>> {
    let function = request_function(scope, internal, name)?;
    v8::tc_scope!(let tc, scope);
    match function.call(tc, internal.into(), &[]) {
        Some(value) => v8::Local::<v8::Promise>::try_from(value)
            .map_err(|_| Error::Internal(format!("internal.{name} did not return a promise"))),
        None if tc.has_terminated() => Err(Error::Terminated("the evaluation was cancelled".into())),
        None => Err(Error::Script(describe_exception(tc))),
    }
}

/// Cancels the response body's stream: nobody reads the rest (its
/// `cancel` algorithm runs, so the script's source hears).
fn cancel_body<'s>(scope: &mut v8::PinScope<'s, '_>, internal: v8::Local<'s, v8::Object>) {
    let Ok(cancel) = request_function(scope, internal, "cancelBody") else { return };
    v8::tc_scope!(let tc, scope);
    let _ = cancel.call(tc, internal.into(), &[]);
}

/// The fetch handler's settled promise, as a checked response (its body
/// empty and `true` when the body is a stream, read next).
fn settled_response<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    host: &WorkerHost,
    promise: v8::Local<'s, v8::Promise>,
) -> Result<(Response, bool)> {
    let result = promise.result(scope);
    if promise.state() == v8::PromiseState::Rejected {
        return Err(Error::Script(format!("Uncaught (in response) {}", describe_value(scope, result))));
    }
    let (response, streamed) = read_response(scope, result)?;
    host.sizes.get().check("response", 0, &response.headers, response.body.len()).map_err(Error::Script)?;
    Ok((response, streamed))
}

/// Serves one request in the current context, start to finish, waiting on
/// the worker's inbox: `answer` hears the response (and, streamed, its
/// body's parts). Returns false when the run was stopped by a limit or
/// cancelled.
pub(crate) fn serve<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    request: Request,
    begin: &impl BeginRequest,
    delivery: Delivery,
    answer: &mut Answer,
) -> bool {
    match Serving::start(scope, internal, host, request, begin, delivery, Wait::Block, answer).1 {
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
    let mut answer = Answer { reply: &mut |r, _| out = Some(r), part: &mut |_| {} };
    host.wall_time.set(Duration::from_secs(30));
    serve(scope, internal, host, request, &NoBegin, Delivery::Whole, &mut answer);
    out.unwrap_or_else(|| Err(Error::Internal("no response".into())))
}

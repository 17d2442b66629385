//! `nano_lease`: exclusive use of one warm isolate for one script, and the
//! evaluations run on it.

use std::ffi::{CString, c_char, c_void};

use super::body_part::LastPart;
use super::callbacks::{CCallback, CRing, nano_eval_callback, nano_ring_callback};
use super::guard::{Failure, Outcome, Registry, c_text, guard, guard_value, live, non_null, to_cstring};
use super::http::{nano_request, read_request, with_streamed_body};
use super::response::{c_outcome, nano_response, new_response};
use super::result::nano_result::{self, *};
use super::runtime::{nano_runtime, with_runtime};
use crate::runtime::{Acquire, InlineLease, Lease, LeaseCanceller, Progress};

/// A lease on one warm isolate for one script, from `nano_pool_acquire` (an
/// isolate on nano's threads: use the lease from one thread at a time, any
/// thread) or `nano_pool_acquire_inline` (the calling thread's own isolate:
/// use the lease on that thread only). Give it back with `nano_pool_release`,
/// which frees the handle.
pub struct nano_lease {
    pub(super) lease: Leased,
    pub(super) last_error: CString,
    /// The latest step's part of a streamed body.
    pub(super) last_part: LastPart,
    /// The body of the next request, when the host streams it in
    /// (`nano_eval_stream_body`).
    pub(super) pending_body: Option<crate::RequestBody>,
    /// Read by nano_eval_cancel from another thread while the owner
    /// evaluates: the owner borrows only the other fields meanwhile.
    pub(super) canceller: LeaseCanceller,
}

pub(super) enum Leased {
    Pool(Lease),
    Inline(InlineLease),
}

impl Leased {
    fn canceller(&self) -> LeaseCanceller {
        match self {
            Leased::Pool(lease) => lease.canceller(),
            Leased::Inline(lease) => lease.canceller(),
        }
    }

    pub(super) fn sizes(&self) -> &crate::http::SizeLimits {
        match self {
            Leased::Pool(lease) => lease.sizes(),
            Leased::Inline(lease) => lease.sizes(),
        }
    }

    pub(super) fn inline(&mut self, call: &str) -> Result<&mut InlineLease, Failure> {
        match self {
            Leased::Inline(lease) => Ok(lease),
            Leased::Pool(_) => Err(Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("{call} needs a lease from nano_pool_acquire_inline"),
            )),
        }
    }
}

/// Where a request on an inline lease stands after `nano_eval_start` or
/// `nano_eval_poll`.
#[repr(C)]
#[derive(Debug)]
pub struct nano_progress {
    /// True on the one step that settled the request's outcome; `outcome`
    /// and `response` are set then.
    pub answered: bool,
    /// When answered: `NANO_OK` with `response`, or why there is none (the
    /// message is in `nano_eval_last_error`).
    pub outcome: nano_result,
    /// When answered with `NANO_OK`: the response, owned by the caller (free
    /// it with `nano_response_free`); NULL otherwise.
    pub response: *mut nano_response,
    /// True when the request is over (`waitUntil` work included): the lease
    /// may serve another request, or be freed.
    pub done: bool,
    /// When not done: call `nano_eval_poll` after at most this many
    /// milliseconds (its next timer, or its wall-clock limit), or sooner
    /// when the ring callback is called. 0 means at once; -1 when done.
    pub wake_in_ms: i64,
}

/// Receives the lease that a queued `nano_pool_acquire_async` waited for,
/// once, on a thread nano owns (or, when the runtime shuts down, on the
/// thread shutting it down): it must be thread-safe and should return
/// quickly. On `NANO_OK`, `lease` is owned by the callee, a lease like one
/// from `nano_pool_acquire` (give it back with `nano_pool_release`); otherwise it
/// is NULL and `error` explains (`NANO_ERR_POOL_EXHAUSTED` when no isolate
/// was released within `acquire_timeout_ms`, `NANO_ERR_SHUTDOWN`), valid
/// only during the call.
pub type nano_acquire_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        result: nano_result,
        lease: *mut nano_lease,
        error: *const c_char,
    ),
>;

/// The caller's acquire callback, carried to the thread that serves it.
struct CAcquire {
    callback: unsafe extern "C" fn(*mut c_void, nano_result, *mut nano_lease, *const c_char),
    user_data: *mut c_void,
}
// SAFETY: nano_acquire_callback documents that it is called from nano's
// threads.

unsafe impl Send for CAcquire {}

pub(super) static LEASES: Registry = Registry::new();

/// Makes `lease` a live handle and writes it to `out` (checked non-NULL by
/// the caller), which owns it from then on.
unsafe fn hand_out(lease: Leased, out: *mut *mut nano_lease) {
    let canceller = lease.canceller();
    let handle = Box::into_raw(Box::new(nano_lease {
        lease,
        last_error: CString::default(),
        last_part: LastPart::default(),
        pending_body: None,
        canceller,
    }));
    LEASES.insert(handle);
    unsafe { out.write(handle) };
}

/// Leases a warm isolate for the script registered as `script`
/// (NUL-terminated). On success `*out` owns the lease: give it back with
/// `nano_pool_release`. Fails with `NANO_ERR_SCRIPT_NOT_FOUND` or
/// `NANO_ERR_POOL_EXHAUSTED`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_acquire(
    runtime: *const nano_runtime,
    script: *const c_char,
    out: *mut *mut nano_lease,
) -> nano_result {
    with_runtime("nano_pool_acquire", runtime, |rt| {
        non_null(out, "out")?;
        let script = unsafe { c_text(script, "script")? };
        let lease = rt.runtime.acquire(script)?;
        unsafe { hand_out(Leased::Pool(lease), out) };
        Ok(())
    })
}

/// Leases a warm isolate for the script registered as `script`
/// (NUL-terminated) without waiting for one, for event-loop hosts. On
/// success, either an isolate was free: `*out` owns its lease (as from
/// `nano_pool_acquire`), `*ticket` is 0 and `callback` is never called; or
/// every isolate is busy: `*out` is NULL, the request waits in the pool's
/// queue (first come first served) under `*ticket`, and `callback` is
/// called exactly once with `user_data` and the lease when an isolate is
/// released, or with `NANO_ERR_POOL_EXHAUSTED` after the runtime's
/// `acquire_timeout_ms`, or `NANO_ERR_SHUTDOWN` — unless
/// `nano_pool_acquire_cancel` withdraws it first. Fails with
/// `NANO_ERR_SCRIPT_NOT_FOUND`, `NANO_ERR_SHUTDOWN`, or (when
/// `acquire_timeout_ms` is 0 and every isolate is busy)
/// `NANO_ERR_POOL_EXHAUSTED`; `callback` is not called then.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_acquire_async(
    runtime: *const nano_runtime,
    script: *const c_char,
    callback: nano_acquire_callback,
    user_data: *mut c_void,
    out: *mut *mut nano_lease,
    ticket: *mut u64,
) -> nano_result {
    with_runtime("nano_pool_acquire_async", runtime, |rt| {
        non_null(out, "out")?;
        non_null(ticket, "ticket")?;
        let script = unsafe { c_text(script, "script")? };
        let Some(callback) = callback else {
            return Err(Failure::new(NANO_ERR_NULL_POINTER, "callback is NULL"));
        };
        let target = CAcquire { callback, user_data };
        let acquired = rt.runtime.acquire_async(script, move |granted| {
            let target = target;
            let mut handle = std::ptr::null_mut();
            let (code, message) = match granted {
                Ok(lease) => {
                    unsafe { hand_out(Leased::Pool(lease), &mut handle) };
                    (NANO_OK, CString::default())
                }
                Err(e) => {
                    let f = Failure::from(e);
                    (f.code, to_cstring(&f.message))
                }
            };
            unsafe { (target.callback)(target.user_data, code, handle, message.as_ptr()) };
        })?;
        match acquired {
            Acquire::Now(lease) => {
                unsafe { hand_out(Leased::Pool(lease), out) };
                unsafe { ticket.write(0) };
            }
            Acquire::Queued(queued) => unsafe {
                out.write(std::ptr::null_mut());
                ticket.write(queued);
            },
        }
        Ok(())
    })
}

/// Withdraws a request queued by `nano_pool_acquire_async` under `ticket`
/// (from any thread). `*withdrawn` is true when it was still waiting: its
/// callback will never be called. It is false when the callback has been
/// called or is being called (it brings the lease, or the failure, as
/// usual), and for a ticket never queued.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_acquire_cancel(
    runtime: *const nano_runtime,
    ticket: u64,
    withdrawn: *mut bool,
) -> nano_result {
    with_runtime("nano_pool_acquire_cancel", runtime, |rt| {
        non_null(withdrawn, "withdrawn")?;
        let done = rt.runtime.cancel_acquire(ticket);
        unsafe { withdrawn.write(done) };
        Ok(())
    })
}

/// Leases the calling thread's own isolate for the script registered as
/// `script` (NUL-terminated; the isolate is made on the first call, and
/// kept on this thread between leases). Its requests run on this thread,
/// with no thread hand-off: `nano_eval_start` runs one as far as it can go
/// without waiting, `nano_eval_poll` goes on with it. For event-loop hosts
/// whose loop thread initialised V8 (created the first runtime) or was
/// created after that. On success `*out` owns the lease: use it on this
/// thread only and give it back with `nano_pool_release`, on this thread.
///
/// The isolate counts in the runtime's `max_isolates` and statistics like a
/// pooled one: a new one takes free room or evicts the least recently used
/// idle isolate (pooled or inline).
///
/// Fails with `NANO_ERR_BUSY` while this thread's isolate for the script is
/// out on another lease, or when every isolate of the runtime is busy (hand
/// that request to `nano_pool_acquire_async` and `nano_eval_request_streamed`
/// or `_async` instead), `NANO_ERR_UNSAFE_THREAD` on a thread
/// created before V8 was initialised on a CPU with memory protection keys,
/// `NANO_ERR_SCRIPT_NOT_FOUND`, or `NANO_ERR_SHUTDOWN`.
///
/// The limits hold as on nano's threads, with one difference: a native call
/// that ignores its stop (rare: a very large synchronous computation inside
/// V8) holds this thread until it returns, where a nano thread would be
/// quarantined and its client answered from another thread. After that the
/// script is refused inline (`NANO_ERR_BUSY`): its requests go to nano's
/// threads.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_acquire_inline(
    runtime: *const nano_runtime,
    script: *const c_char,
    out: *mut *mut nano_lease,
) -> nano_result {
    with_runtime("nano_pool_acquire_inline", runtime, |rt| {
        non_null(out, "out")?;
        let script = unsafe { c_text(script, "script")? };
        let lease = rt.runtime.acquire_inline(script)?;
        unsafe { hand_out(Leased::Inline(lease), out) };
        Ok(())
    })
}

/// Starts the script's fetch handler on `request` on the calling thread
/// (an inline lease, from `nano_pool_acquire_inline`) and runs it as far as it
/// goes without waiting; `*out` says where it stands (see `nano_progress`).
/// `request` is read during the call only. When it is not done, `ring` is
/// called with `user_data`, from any thread, when the request has something
/// to do before `wake_in_ms`; call `nano_eval_poll` then (on this thread).
/// `ring` may be NULL when the host polls by `wake_in_ms` alone. Fails with
/// `NANO_ERR_BUSY` while an earlier request on the lease is not done, and
/// `NANO_ERR_UNSAFE_THREAD` off the lease's thread; a failing request is
/// not a failing call: it is reported in `*out`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_start(
    worker: *mut nano_lease,
    request: *const nano_request,
    ring: nano_ring_callback,
    user_data: *mut c_void,
    out: *mut nano_progress,
) -> nano_result {
    start_inline("nano_eval_start", worker, request, ring, user_data, out, false)
}

/// `nano_eval_start` and `nano_eval_start_streamed`.
pub(super) fn start_inline(
    call: &'static str,
    worker: *mut nano_lease,
    request: *const nano_request,
    ring: nano_ring_callback,
    user_data: *mut c_void,
    out: *mut nano_progress,
    streamed: bool,
) -> nano_result {
    guard(call, || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire_inline, not released, used by its
        // thread; field borrows only, as in nano_eval_request.
        let (lease, last_error, last_part) =
            unsafe { (&mut (*worker).lease, &mut (*worker).last_error, &mut (*worker).last_part) };
        non_null(request, "request")?;
        non_null(out, "out")?;
        let request = unsafe { read_request(&*request, lease.sizes())? };
        let request = with_streamed_body(request, unsafe { &mut (*worker).pending_body })?;
        let lease = lease.inline(call)?;
        let ring = ring.map(|callback| {
            let target = CRing { callback, user_data };
            std::sync::Arc::new(move || target.call()) as std::sync::Arc<dyn Fn() + Send + Sync>
        });
        let progress =
            if streamed { lease.start_streamed(request, ring)? } else { lease.start(request, ring)? };
        unsafe { out.write(record(progress, last_error, last_part)) };
        Ok(())
    })
}

/// Goes on with the request running on an inline lease, on the lease's
/// thread, as far as it goes without waiting; `*out` says where it stands.
/// Fails with `NANO_ERR_INVALID_ARGUMENT` when no request is running.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_poll(worker: *mut nano_lease, out: *mut nano_progress) -> nano_result {
    guard("nano_eval_poll", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: as in nano_eval_start.
        let (lease, last_error, last_part) =
            unsafe { (&mut (*worker).lease, &mut (*worker).last_error, &mut (*worker).last_part) };
        non_null(out, "out")?;
        let progress = lease.inline("nano_eval_poll")?.poll()?;
        unsafe { out.write(record(progress, last_error, last_part)) };
        Ok(())
    })
}

/// A step's progress for C, its body part kept for `nano_eval_body_part`;
/// failures' messages go to the lease's `last_error`.
pub(super) fn record(
    mut progress: Progress,
    last_error: &mut CString,
    last_part: &mut LastPart,
) -> nano_progress {
    let part = progress.part.take();
    let follows = progress.body_follows;
    let out = c_progress(progress, last_error);
    last_part.update(follows, part, last_error);
    out
}

/// A step's progress for C; a failed outcome's message goes to the lease.
fn c_progress(progress: Progress, last_error: &mut CString) -> nano_progress {
    let (answered, outcome, response) = match progress.response {
        None => (false, NANO_OK, std::ptr::null_mut()),
        Some(Ok(response)) => (true, NANO_OK, new_response(response)),
        Some(Err(e)) => {
            let f = Failure::from(e);
            *last_error = to_cstring(&f.message);
            (true, f.code, std::ptr::null_mut())
        }
    };
    let wake_in_ms = match progress.wake_at {
        None => -1,
        Some(at) => {
            // Rounded up: a poll before the timer is due would find nothing.
            let wait = at.saturating_duration_since(std::time::Instant::now());
            wait.as_micros().div_ceil(1000).min(i64::MAX as u128) as i64
        }
    };
    nano_progress { answered, outcome, response, done: progress.wake_at.is_none(), wake_in_ms }
}

/// Gives a lease back to the pool and frees the handle (the `_free` of
/// `nano_pool_acquire`); `worker` must not be used afterwards. NULL is
/// accepted and does nothing (`NANO_OK`). Responses it produced stay valid.
/// Refused with
/// `NANO_ERR_BUSY` (nothing freed) while an asynchronous evaluation runs.
/// An inline lease is freed on its own thread (`NANO_ERR_UNSAFE_THREAD`
/// elsewhere, nothing freed); a request not done on it is dropped, as if
/// stopped.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_release(worker: *mut nano_lease) -> nano_result {
    guard("nano_pool_release", || {
        if worker.is_null() {
            return Ok(());
        }
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire and not yet released (caller's promise).
        match unsafe { &(*worker).lease } {
            Leased::Pool(lease) if lease.busy() => {
                return Err(Failure::new(
                    NANO_ERR_BUSY,
                    "an asynchronous evaluation is still running: release after its callback",
                ));
            }
            Leased::Inline(lease) if !lease.on_its_thread() => {
                return Err(Failure::new(
                    NANO_ERR_UNSAFE_THREAD,
                    "an inline lease is released on the thread that acquired it",
                ));
            }
            _ => {}
        }
        LEASES.remove(worker);
        drop(unsafe { Box::from_raw(worker) });
        Ok(())
    })
}

/// Runs the script's fetch handler on `request`, isolated as the script's
/// mode says (`nano_script_options.isolation`), and waits
/// for its response (async handlers are awaited). On an inline lease it
/// runs on the calling thread and returns after the request's `waitUntil`
/// work too. `request` is read during
/// the call only. On success `*out` owns the response: free it with
/// `nano_response_free`. A handler that throws or returns a non-Response gives
/// `NANO_ERR_SCRIPT_ERROR` with the JS message and stack in
/// `nano_eval_last_error` and `nano_last_error`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_request(
    worker: *mut nano_lease,
    request: *const nano_request,
    out: *mut *mut nano_response,
) -> nano_result {
    guard("nano_eval_request", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released, used by one thread;
        // only `lease` and `last_error` are borrowed (nano_eval_cancel may
        // read `canceller` meanwhile).
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            non_null(out, "out")?;
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let request = with_streamed_body(request, unsafe { &mut (*worker).pending_body })?;
            let response = match lease {
                Leased::Pool(lease) => lease.eval(request)?,
                Leased::Inline(lease) => lease.eval(request)?,
            };
            unsafe { out.write(new_response(response)) };
            Ok(())
        })();
        if let Err(f) = &outcome {
            unsafe { (*worker).last_error = to_cstring(&f.message) };
        }
        outcome
    })
}

/// Starts the script's fetch handler on `request` and returns at once; the
/// outcome goes to `callback`, with `user_data`, on a nano thread. `request`
/// is copied during this call. The lease must not be used or released until
/// the callback has run (`nano_pool_release` refuses with `NANO_ERR_BUSY`).
/// For event-loop hosts: the loop never waits on JavaScript.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_request_async(
    worker: *mut nano_lease,
    request: *const nano_request,
    callback: nano_eval_callback,
    user_data: *mut c_void,
) -> nano_result {
    guard("nano_eval_request_async", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released, used by one thread;
        // field borrows only, as in nano_eval_request.
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            let Some(callback) = callback else {
                return Err(Failure::new(NANO_ERR_NULL_POINTER, "callback is NULL"));
            };
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let request = with_streamed_body(request, unsafe { &mut (*worker).pending_body })?;
            let Leased::Pool(lease) = lease else {
                return Err(Failure::new(
                    NANO_ERR_INVALID_ARGUMENT,
                    "an inline lease runs its requests with nano_eval_start and nano_eval_poll",
                ));
            };
            let target = CCallback { callback, user_data };
            lease.eval_async(request, move |result| {
                let target = target;
                let (code, response, message) = c_outcome(result);
                unsafe { (target.callback)(target.user_data, code, response, message.as_ptr()) };
            })?;
            Ok(())
        })();
        if let Err(f) = &outcome {
            unsafe { (*worker).last_error = to_cstring(&f.message) };
        }
        outcome
    })
}

/// Stops the evaluation running on `worker` (blocking or asynchronous):
/// it ends with `NANO_ERR_TERMINATED`, and the isolate stays usable. May be
/// called from any thread while another thread evaluates on `worker` (the
/// one exception to single-threaded use of a lease), e.g. when a caller's
/// deadline passes. Stopping nothing is not an error; a later evaluation is
/// never affected.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_cancel(worker: *const nano_lease) -> nano_result {
    guard("nano_eval_cancel", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released; `canceller` is only
        // ever read after acquisition.
        unsafe { (*worker).canceller.cancel() };
        Ok(())
    })
}

/// The message of the last failure of `nano_eval_request` on this worker,
/// with the JS message and stack for script errors; empty if none. Valid
/// until the next call on this worker. A NULL or released `worker` gives "".
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_last_error(worker: *const nano_lease) -> *const c_char {
    guard_value("nano_eval_last_error", c"".as_ptr(), || {
        if worker.is_null() || !LEASES.contains(worker) {
            return c"".as_ptr();
        }
        // SAFETY: from nano_pool_acquire, not released.
        unsafe { (*worker).last_error.as_ptr() }
    })
}

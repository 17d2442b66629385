//! `nano_lease`: exclusive use of one warm isolate for one script, and the
//! evaluations run on it.

use std::ffi::{CString, c_char, c_void};

use super::callbacks::{CCallback, nano_eval_callback};
use super::guard::{Failure, Outcome, Registry, c_text, guard, guard_value, live, non_null, to_cstring};
use super::http::{nano_request, read_request};
use super::response::{nano_response, new_response};
use super::result::nano_result::{self, *};
use super::runtime::{nano_runtime, with_runtime};
use crate::runtime::{Lease, LeaseCanceller};

/// A lease on one warm isolate for one script, from `nano_lease_new`.
/// Use it from one thread at a time (any thread); give it back with
/// `nano_lease_free`, which frees the handle.
pub struct nano_lease {
    lease: Lease,
    last_error: CString,
    /// Read by nano_lease_cancel from another thread while the owner
    /// evaluates: the owner borrows only the other fields meanwhile.
    canceller: LeaseCanceller,
}

static LEASES: Registry = Registry::new();

/// Leases a warm isolate for the script registered as `script`
/// (NUL-terminated). On success `*out` owns the lease: give it back with
/// `nano_lease_free`. Fails with `NANO_ERR_SCRIPT_NOT_FOUND` or
/// `NANO_ERR_POOL_EXHAUSTED`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_lease_new(
    runtime: *const nano_runtime,
    script: *const c_char,
    out: *mut *mut nano_lease,
) -> nano_result {
    with_runtime("nano_lease_new", runtime, |rt| {
        non_null(out, "out")?;
        let script = unsafe { c_text(script, "script")? };
        let lease = rt.runtime.acquire(script)?;
        let canceller = lease.canceller();
        let handle = Box::into_raw(Box::new(nano_lease { lease, last_error: CString::default(), canceller }));
        LEASES.insert(handle);
        unsafe { out.write(handle) };
        Ok(())
    })
}

/// Gives a lease back to the pool and frees the handle; `worker` must not be
/// used afterwards. Responses it produced stay valid. Refused with
/// `NANO_ERR_BUSY` (nothing freed) while an asynchronous evaluation runs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_lease_free(worker: *mut nano_lease) -> nano_result {
    guard("nano_lease_free", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_lease_new and not yet released (caller's promise).
        if unsafe { (*worker).lease.busy() } {
            return Err(Failure::new(
                NANO_ERR_BUSY,
                "an asynchronous evaluation is still running: release after its callback",
            ));
        }
        LEASES.remove(worker);
        drop(unsafe { Box::from_raw(worker) });
        Ok(())
    })
}

/// Runs the script's fetch handler on `request` in a fresh context and waits
/// for its response (async handlers are awaited). `request` is read during
/// the call only. On success `*out` owns the response: free it with
/// `nano_response_free`. A handler that throws or returns a non-Response gives
/// `NANO_ERR_SCRIPT_ERROR` with the JS message and stack in
/// `nano_lease_last_error` and `nano_last_error`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_lease_eval(
    worker: *mut nano_lease,
    request: *const nano_request,
    out: *mut *mut nano_response,
) -> nano_result {
    guard("nano_lease_eval", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_lease_new, not released, used by one thread;
        // only `lease` and `last_error` are borrowed (nano_lease_cancel may
        // read `canceller` meanwhile).
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            non_null(out, "out")?;
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let response = lease.eval(request)?;
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
/// the callback has run (`nano_lease_free` refuses with `NANO_ERR_BUSY`).
/// For event-loop hosts: the loop never waits on JavaScript.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_lease_eval_async(
    worker: *mut nano_lease,
    request: *const nano_request,
    callback: nano_eval_callback,
    user_data: *mut c_void,
) -> nano_result {
    guard("nano_lease_eval_async", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_lease_new, not released, used by one thread;
        // field borrows only, as in nano_lease_eval.
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            let Some(callback) = callback else {
                return Err(Failure::new(NANO_ERR_NULL_POINTER, "callback is NULL"));
            };
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let target = CCallback { callback, user_data };
            lease.eval_async(request, move |result| {
                let target = target;
                let (code, response, message) = match result {
                    Ok(response) => (NANO_OK, new_response(response), CString::default()),
                    Err(e) => {
                        let f = Failure::from(e);
                        (f.code, std::ptr::null_mut(), to_cstring(&f.message))
                    }
                };
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
pub unsafe extern "C" fn nano_lease_cancel(worker: *const nano_lease) -> nano_result {
    guard("nano_lease_cancel", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_lease_new, not released; `canceller` is only
        // ever read after acquisition.
        unsafe { (*worker).canceller.cancel() };
        Ok(())
    })
}

/// The message of the last failure of `nano_lease_eval` on this worker,
/// with the JS message and stack for script errors; empty if none. Valid
/// until the next call on this worker. A NULL or released `worker` gives "".
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_lease_last_error(worker: *const nano_lease) -> *const c_char {
    guard_value("nano_lease_last_error", c"".as_ptr(), || {
        if worker.is_null() || !LEASES.contains(worker) {
            return c"".as_ptr();
        }
        // SAFETY: from nano_lease_new, not released.
        unsafe { (*worker).last_error.as_ptr() }
    })
}

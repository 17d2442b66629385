//! Streamed response bodies on inline leases: `nano_eval_start_streamed`
//! runs a request whose response comes as its head first, then its body in
//! parts (`nano_eval_body_part`), each one read from the script's stream
//! only once the host has taken the last (`nano_eval_body_more`).

use std::ffi::{CString, c_void};

use super::body_part::{LastPart, nano_body_part};
use super::callbacks::{CStreamed, nano_head_callback, nano_part_callback, nano_ring_callback};
use super::guard::{Failure, guard, live, non_null};
use super::http::{nano_request, read_request, with_streamed_body};
use super::lease::{LEASES, Leased, nano_lease, nano_progress, record, start_inline};

use super::request_body::{nano_body_writer, new_body_writer};
use super::response::c_outcome;
use super::result::nano_result::{self, *};
use crate::body::BodyPart;

/// As `nano_eval_start`, with the response streamed: the step on which
/// the script returns its `Response` answers with its head (a
/// `nano_response` whose body is empty when the body follows in parts:
/// `nano_eval_body_part` says so) and may bring the body's first part;
/// later steps (`nano_eval_poll` when rung or due, `nano_eval_body_more`)
/// bring the next parts, one each, until `NANO_BODY_END` or
/// `NANO_BODY_FAILED`. After a chunk, the script's stream is read again
/// only once `nano_eval_body_more` says the host took it: a slow client
/// holds the script back. A body that is not a stream comes whole, in the
/// response. The body's size limit counts the streamed bytes; the
/// request's wall-clock limit covers its whole body.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_start_streamed(
    worker: *mut nano_lease,
    request: *const nano_request,
    ring: nano_ring_callback,
    user_data: *mut c_void,
    out: *mut nano_progress,
) -> nano_result {
    start_inline("nano_eval_start_streamed", worker, request, ring, user_data, out, true)
}

/// The host took the last chunk of a streamed body and wants the next:
/// goes on with the request as `nano_eval_poll` does (the next part, if
/// the script has it ready, comes in this step). Fails with
/// `NANO_ERR_INVALID_ARGUMENT` when no request is running.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_body_more(
    worker: *mut nano_lease,
    out: *mut nano_progress,
) -> nano_result {
    body_step("nano_eval_body_more", worker, out, true)
}

/// The host takes no more of a streamed body (its client went away): the
/// script's stream is cancelled, the body's last part is
/// `NANO_BODY_FAILED` with `NANO_ERR_TERMINATED`, and the request goes on
/// to its `waitUntil` work, as `nano_eval_poll` does.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_body_stop(
    worker: *mut nano_lease,
    out: *mut nano_progress,
) -> nano_result {
    body_step("nano_eval_body_stop", worker, out, false)
}

fn body_step(
    call: &'static str,
    worker: *mut nano_lease,
    out: *mut nano_progress,
    more: bool,
) -> nano_result {
    guard(call, || {
        live(&LEASES, worker, "worker")?;
        non_null(out, "out")?;
        // SAFETY: as in nano_eval_start_streamed.
        let (lease, last_error, last_part) =
            unsafe { (&mut (*worker).lease, &mut (*worker).last_error, &mut (*worker).last_part) };
        let lease = lease.inline(call)?;
        let progress = if more { lease.more()? } else { lease.stop_body()? };
        unsafe { out.write(record(progress, last_error, last_part)) };
        Ok(())
    })
}

/// Writes to `*out` the body part that the latest step on `worker` brought
/// (`kind` is `NANO_BODY_NONE` when it brought none, and after any
/// request that is not streamed).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_body_part(
    worker: *mut nano_lease,
    out: *mut nano_body_part,
) -> nano_result {
    guard("nano_eval_body_part", || {
        live(&LEASES, worker, "worker")?;
        non_null(out, "out")?;
        // SAFETY: as in nano_eval_start_streamed.
        let last_part = unsafe { &(*worker).last_part };
        unsafe { out.write(last_part.to_c()) };
        Ok(())
    })
}

/// Starts the script's fetch handler on `request` on nano's threads (a lease
/// from `nano_pool_acquire`) and returns at once, with the response streamed:
/// `head` is called once, on a nano thread, as soon as the script returns
/// its `Response`; when its body is a stream, `part` then hears each part
/// of it (the first chunk at once, each later one after
/// `nano_eval_body_ask` with `more`), ending with `NANO_BODY_END` or
/// `NANO_BODY_FAILED`. `request` is copied during this call. The lease is
/// busy (`nano_pool_release` refuses) until the head came without a body, or
/// the body's last part. Limits as for `nano_eval_start_streamed`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_request_streamed(
    worker: *mut nano_lease,
    request: *const nano_request,
    head: nano_head_callback,
    part: nano_part_callback,
    user_data: *mut c_void,
) -> nano_result {
    guard("nano_eval_request_streamed", || {
        live(&LEASES, worker, "worker")?;
        non_null(request, "request")?;
        let (Some(head), Some(part)) = (head, part) else {
            return Err(Failure::new(NANO_ERR_NULL_POINTER, "head or part is NULL"));
        };
        // SAFETY: from nano_pool_acquire, not released, used by one thread;
        // field borrows only, as in nano_eval_request.
        let lease = unsafe { &mut (*worker).lease };
        let request = unsafe { read_request(&*request, lease.sizes())? };
        let request = with_streamed_body(request, unsafe { &mut (*worker).pending_body })?;
        let Leased::Pool(lease) = lease else {
            return Err(Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                "an inline lease streams with nano_eval_start_streamed and nano_eval_body_more",
            ));
        };
        let target = CStreamed { head, part, user_data };
        let on_head = move |result: crate::Result<crate::Response>, follows: bool| {
            let target = target;
            let (code, response, message) = c_outcome(result);
            unsafe { (target.head)(target.user_data, code, response, follows, message.as_ptr()) };
        };
        let on_part = move |body_part: BodyPart| {
            let target = target;
            let (mut kept, mut message) = (LastPart::default(), CString::default());
            kept.update(false, Some(body_part), &mut message);
            let c_part = kept.to_c();
            unsafe { (target.part)(target.user_data, &c_part, message.as_ptr()) };
        };
        lease.eval_streamed(request, on_head, on_part)?;
        Ok(())
    })
}

/// A streaming host's word on the body of `nano_eval_request_streamed`, from
/// any thread (like `nano_eval_cancel`): `more`, it took the last chunk
/// and wants the next; otherwise it takes no more (the script's stream is
/// cancelled, and the last part is `NANO_BODY_FAILED` with
/// `NANO_ERR_TERMINATED`). A word when no body streams is dropped, not an
/// error. Inline leases use `nano_eval_body_more`/`_stop` instead.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_body_ask(worker: *const nano_lease, more: bool) -> nano_result {
    guard("nano_eval_body_ask", || {
        live(&LEASES, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released; `canceller` is only
        // ever read after acquisition (as in nano_eval_cancel).
        unsafe { (*worker).canceller.ask_body(more) };
        Ok(())
    })
}

/// Makes the body of the lease's next request (started by any of
/// `nano_eval_request*` or `nano_eval_start*`, whose `request.body` must then
/// be NULL) stream in: the host writes it to `*out` as it arrives, before
/// or after the request starts, and the script reads it from
/// `request.body` as it comes. Writes never block; the request's body size
/// limit counts the streamed bytes. A request that fails takes its body
/// with it (the writer then gets `NANO_ERR_BODY_CLOSED`), except when it is
/// refused for having a `request.body` too. On `NANO_OK`, `*out` is owned by the
/// caller until `nano_body_writer_end` or `nano_body_writer_fail` frees it.
/// Calling this again before a request replaces the earlier body (whose
/// writer then gets `NANO_ERR_BODY_CLOSED`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_stream_body(
    worker: *mut nano_lease,
    out: *mut *mut nano_body_writer,
) -> nano_result {
    guard("nano_eval_stream_body", || {
        live(&LEASES, worker, "worker")?;
        non_null(out, "out")?;
        let (writer, body) = crate::request_body();
        // SAFETY: a live lease, used by one thread at a time; a field borrow
        // only, as in nano_eval_request.
        let pending = unsafe { &mut (*worker).pending_body };
        if let Some(earlier) = pending.replace(body) {
            earlier.close();
        }
        unsafe { out.write(new_body_writer(writer)) };
        Ok(())
    })
}

//! `nano_body_writer`: a request body the host streams in as it arrives.

use super::guard::{Failure, Registry, bytes, guard, live, non_null, text};
use super::lease::{LEASES, nano_lease};
use super::result::nano_result::{self, *};
use crate::{BodyClosed, BodyWriter};

/// The host's end of a request body it streams in, from
/// `nano_lease_stream_body`. Written with `nano_body_writer_write` (from any
/// thread, one thread at a time), then completed, which frees it, with
/// `nano_body_writer_end` or `nano_body_writer_fail`.
pub struct nano_body_writer {
    writer: BodyWriter,
}

static WRITERS: Registry = Registry::new();

fn closed(_: BodyClosed) -> Failure {
    Failure::new(NANO_ERR_BODY_CLOSED, BodyClosed.to_string())
}

/// Makes the body of the lease's next request (started by any of
/// `nano_lease_eval*` or `nano_lease_start*`, whose `request.body` must then
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
pub unsafe extern "C" fn nano_lease_stream_body(
    worker: *mut nano_lease,
    out: *mut *mut nano_body_writer,
) -> nano_result {
    guard("nano_lease_stream_body", || {
        live(&LEASES, worker, "worker")?;
        non_null(out, "out")?;
        let (writer, body) = crate::request_body();
        // SAFETY: a live lease, used by one thread at a time; a field borrow
        // only, as in nano_lease_eval.
        let pending = unsafe { &mut (*worker).pending_body };
        if let Some(earlier) = pending.replace(body) {
            earlier.close();
        }
        let handle = Box::into_raw(Box::new(nano_body_writer { writer }));
        WRITERS.insert(handle);
        unsafe { out.write(handle) };
        Ok(())
    })
}

/// Writes the next `len` bytes of the body (copied during the call; none
/// when `len` is 0). `NANO_ERR_BODY_CLOSED` when the request takes no more
/// of it (it is over, or the body went over its limit): stop reading, and
/// complete the writer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_body_writer_write(
    writer: *mut nano_body_writer,
    data: *const u8,
    len: usize,
) -> nano_result {
    guard("nano_body_writer_write", || {
        live(&WRITERS, writer, "writer")?;
        let data = unsafe { bytes(data, len, "data")? };
        // SAFETY: live, and used by one thread at a time.
        unsafe { &(*writer).writer }.write(data).map_err(closed)
    })
}

/// Takes a live writer out of the registry: completing one twice is refused.
fn take_writer(writer: *mut nano_body_writer) -> Result<Box<nano_body_writer>, Failure> {
    if !WRITERS.remove(writer) {
        return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, "writer was already completed"));
    }
    // SAFETY: from nano_lease_stream_body, now out of the registry: owned here.
    Ok(unsafe { Box::from_raw(writer) })
}

/// The body is complete; frees `writer` (whatever the result).
/// `NANO_ERR_BODY_CLOSED` when the request no longer took it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_body_writer_end(writer: *mut nano_body_writer) -> nano_result {
    guard("nano_body_writer_end", || {
        live(&WRITERS, writer, "writer")?;
        take_writer(writer)?.writer.end().map_err(closed)
    })
}

/// The body broke off (the client went away, a read failed): the script's
/// stream errors with a TypeError carrying `message` (`len` bytes of
/// UTF-8; NULL and 0 for nano's own). Frees `writer` (whatever the
/// result); this is also how a host abandons a body.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_body_writer_fail(
    writer: *mut nano_body_writer,
    message: *const std::ffi::c_char,
    len: usize,
) -> nano_result {
    guard("nano_body_writer_fail", || {
        live(&WRITERS, writer, "writer")?;
        let message = if message.is_null() && len == 0 {
            "the host failed the request body"
        } else {
            unsafe { text(message, len, "message")? }
        };
        take_writer(writer)?.writer.fail(message).map_err(closed)
    })
}

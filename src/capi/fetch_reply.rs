//! `nano_fetch_reply`: a pending subrequest the host completes.

use std::ffi::c_char;

use super::guard::{Failure, Registry, bytes, c_text, guard, live, non_null};
use super::http::{nano_header, read_headers};
use super::request_body::{nano_body_reader, nano_body_writer, new_body_reader, new_body_writer};
use super::result::nano_result::{self, *};
use crate::RequestBody;
use crate::fetch::FetchReply;
use crate::http::{HeaderList, Response, is_header_value, is_token};

/// A pending subrequest, handed to a `nano_fetch_callback`. Owned by the host
/// until it is completed (which frees it); may be completed from any thread.
pub struct nano_fetch_reply {
    reply: FetchReply,
    /// The subrequest's body, when it streams out of the script (taken by
    /// `nano_fetch_reply_take_body`).
    body: Option<RequestBody>,
}

static REPLIES: Registry = Registry::new();

/// A new reply handle for the host, owning `reply` until completed.
pub(super) fn new_reply(reply: FetchReply, body: Option<RequestBody>) -> *mut nano_fetch_reply {
    let handle = Box::into_raw(Box::new(nano_fetch_reply { reply, body }));
    REPLIES.insert(handle);
    handle
}

/// Takes the subrequest's body when it streams out of the script (its
/// `nano_request.body` is NULL then): on `NANO_OK`, `*out` is a reader the
/// caller owns (free it with `nano_body_reader_free`), or NULL when the body
/// does not stream (it came whole, or was taken already). Call it before
/// completing `reply` (which frees it), from the thread using `reply`. The
/// reader may outlive the reply.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_take_body(
    reply: *mut nano_fetch_reply,
    out: *mut *mut nano_body_reader,
) -> nano_result {
    guard("nano_fetch_reply_take_body", || {
        live(&REPLIES, reply, "reply")?;
        non_null(out, "out")?;
        // SAFETY: live, and used by one thread at a time (documented).
        let body = unsafe { (*reply).body.take() };
        let reader = body.map_or(std::ptr::null_mut(), new_body_reader);
        unsafe { out.write(reader) };
        Ok(())
    })
}

/// Takes a live reply out of the registry: completing one twice is refused.
fn take_reply(reply: *mut nano_fetch_reply) -> Result<Box<nano_fetch_reply>, Failure> {
    if !REPLIES.remove(reply) {
        return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, "reply was already completed"));
    }
    // SAFETY: from a nano_fetch_callback, and now out of the registry: owned here.
    Ok(unsafe { Box::from_raw(reply) })
}

/// The reply's headers, copied and checked.
unsafe fn checked_headers(headers: *const nano_header, headers_len: usize) -> Result<HeaderList, Failure> {
    let copied = unsafe { read_headers(headers, headers_len, "headers")? };
    for (i, (name, value)) in copied.iter().enumerate() {
        if !is_token(name) || !is_header_value(value) {
            return Err(Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("headers[{i}] is not a valid header"),
            ));
        }
    }
    Ok(copied)
}

/// Completes a subrequest with a response and frees `reply`. The headers and
/// body are copied during the call. `reply` must not be used afterwards; a
/// reply already completed (or any other pointer) is refused with
/// `NANO_ERR_INVALID_ARGUMENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_respond(
    reply: *mut nano_fetch_reply,
    status: u16,
    headers: *const nano_header,
    headers_len: usize,
    body: *const u8,
    body_len: usize,
) -> nano_result {
    guard("nano_fetch_reply_respond", || {
        live(&REPLIES, reply, "reply")?;
        let copied = unsafe { checked_headers(headers, headers_len)? };
        let body = unsafe { bytes(body, body_len, "body")? }.to_vec();
        let handle = take_reply(reply)?;
        handle.reply.respond(Response { status, headers: copied, body });
        Ok(())
    })
}

/// Completes a subrequest with a response whose body streams in: the
/// script's `fetch()` resolves at once with `status` and `headers` (copied
/// during the call), and its `body` reads what the host writes to `*out` as
/// it arrives (`nano_body_writer_write`, from any thread), until
/// `nano_body_writer_end` or `_fail`. Frees `reply`. On `NANO_OK`, `*out` is
/// owned by the caller until it is completed; writes after the script's
/// request is over get `NANO_ERR_BODY_CLOSED`. The body limit counts the
/// streamed bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_respond_streamed(
    reply: *mut nano_fetch_reply,
    status: u16,
    headers: *const nano_header,
    headers_len: usize,
    out: *mut *mut nano_body_writer,
) -> nano_result {
    guard("nano_fetch_reply_respond_streamed", || {
        live(&REPLIES, reply, "reply")?;
        non_null(out, "out")?;
        let copied = unsafe { checked_headers(headers, headers_len)? };
        let handle = take_reply(reply)?;
        let writer = handle.reply.respond_streamed(Response { status, headers: copied, body: Vec::new() });
        unsafe { out.write(new_body_writer(writer)) };
        Ok(())
    })
}

/// Fails a subrequest (the script's `fetch()` rejects with a TypeError
/// carrying `message`, NUL-terminated UTF-8 or NULL) and frees `reply`. A
/// reply already completed is refused with `NANO_ERR_INVALID_ARGUMENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_fail(
    reply: *mut nano_fetch_reply,
    message: *const c_char,
) -> nano_result {
    guard("nano_fetch_reply_fail", || {
        live(&REPLIES, reply, "reply")?;
        let message = if message.is_null() {
            "the host failed the subrequest"
        } else {
            unsafe { c_text(message, "message")? }
        };
        let handle = take_reply(reply)?;
        handle.reply.fail(message);
        Ok(())
    })
}

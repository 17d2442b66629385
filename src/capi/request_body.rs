//! `nano_body_writer`: a body the host streams in as it arrives (a
//! request's, or the response to a script's `fetch()`).

use super::guard::{Failure, Registry, bytes, guard, guard_value, live, non_null, text};
use super::result::nano_result::{self, *};
use crate::{BodyClosed, BodyRead, BodyWriter, RequestBody};

/// The host's end of a body it streams in: a request's, from
/// `nano_eval_stream_body`, or a subrequest's response's, from
/// `nano_fetch_reply_respond_streamed`. Written with `nano_body_writer_write` (from any
/// thread, one thread at a time), then completed, which frees it, with
/// `nano_body_writer_end` or `nano_body_writer_fail`.
pub struct nano_body_writer {
    writer: BodyWriter,
}

static WRITERS: Registry = Registry::new();

/// A new writer handle for the host, owning `writer` until completed.
pub(super) fn new_body_writer(writer: BodyWriter) -> *mut nano_body_writer {
    let handle = Box::into_raw(Box::new(nano_body_writer { writer }));
    WRITERS.insert(handle);
    handle
}

fn closed(_: BodyClosed) -> Failure {
    Failure::new(NANO_ERR_BODY_CLOSED, BodyClosed.to_string())
}

/// Writes the next `len` bytes of the body (copied during the call; none
/// when `len` is 0). `NANO_ERR_BODY_CLOSED` when the script takes no more
/// of it (its request is over, it cancelled the body, or the body went over
/// its limit): stop reading, and complete the writer.
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
    // SAFETY: from nano_eval_stream_body, now out of the registry: owned here.
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

/// A body the host reads as a script sends it (a `fetch()` request body that
/// streams out of the script), from `nano_fetch_reply_take_body`. Read it
/// with `nano_body_reader_read` from any thread, one at a time; free it
/// with `nano_body_reader_free`.
pub struct nano_body_reader {
    body: RequestBody,
    /// What is left of the last chunk, when the caller's buffer was smaller.
    pending: Vec<u8>,
    offset: usize,
}

static READERS: Registry = Registry::new();

pub(super) fn new_body_reader(body: RequestBody) -> *mut nano_body_reader {
    let handle = Box::into_raw(Box::new(nano_body_reader { body, pending: Vec::new(), offset: 0 }));
    READERS.insert(handle);
    handle
}

/// Reads the body's next bytes into `buf` (`cap` bytes of room), waiting
/// until the script has sent some, or the body's end: on `NANO_OK`,
/// `*out_len` bytes were written and `*out_end` says whether the body is
/// complete (then `*out_len` is 0). The script's stream failing (or its
/// request ending first) is `NANO_ERR_SCRIPT_ERROR`, with the message in
/// `nano_last_error`. It blocks: call it off the thread of an event loop.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_body_reader_read(
    reader: *mut nano_body_reader,
    buf: *mut u8,
    cap: usize,
    out_len: *mut usize,
    out_end: *mut bool,
) -> nano_result {
    guard("nano_body_reader_read", || {
        live(&READERS, reader, "reader")?;
        non_null(out_len, "out_len")?;
        non_null(out_end, "out_end")?;
        if cap == 0 || buf.is_null() {
            return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, "buf must be non-NULL with cap > 0"));
        }
        // SAFETY: live, used by one thread at a time (documented).
        let r = unsafe { &mut *reader };
        if r.offset == r.pending.len() {
            match r.body.read() {
                BodyRead::Chunk(chunk) => {
                    r.pending = chunk;
                    r.offset = 0;
                }
                BodyRead::End => {
                    unsafe {
                        out_len.write(0);
                        out_end.write(true);
                    }
                    return Ok(());
                }
                BodyRead::Failed(message) => return Err(Failure::new(NANO_ERR_SCRIPT_ERROR, message)),
                BodyRead::Closed => return Err(Failure::new(NANO_ERR_BODY_CLOSED, BodyClosed.to_string())),
            }
        }
        let n = cap.min(r.pending.len() - r.offset);
        // SAFETY: the caller gives `cap` writable bytes at `buf`.
        unsafe {
            std::ptr::copy_nonoverlapping(r.pending.as_ptr().add(r.offset), buf, n);
            out_len.write(n);
            out_end.write(false);
        }
        r.offset += n;
        Ok(())
    })
}

/// Frees `reader` (NULL is accepted); the script's stream is read no more
/// after its next chunk (its `fetch()` body sending stops).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_body_reader_free(reader: *mut nano_body_reader) {
    guard_value("nano_body_reader_free", (), || {
        if !reader.is_null() && READERS.remove(reader) {
            // SAFETY: from new_body_reader, now out of the registry.
            let r = unsafe { Box::from_raw(reader) };
            r.body.close();
        }
    })
}

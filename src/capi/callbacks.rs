//! The host's callbacks (console lines, subrequests, async outcomes) and the
//! adapters that make them callable from nano's threads.

use std::ffi::{c_char, c_void};

use super::fetch_reply::{nano_fetch_reply, new_reply};
use super::http::{nano_header, nano_request};
use super::response::nano_response;
use super::result::nano_result;
use crate::fetch::FetchReply;
use crate::http::Request;
use crate::log::LogLevel;

/// Severity of a console line passed to a `nano_log_callback`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum nano_log_level {
    /// console.debug, console.trace
    NANO_LOG_DEBUG = 0,
    /// console.log, console.info, console.table, ...
    NANO_LOG_INFO = 1,
    /// console.warn
    NANO_LOG_WARN = 2,
    /// console.error, failed console.assert
    NANO_LOG_ERROR = 3,
}

/// Receives console output: one call per line, from a thread nano owns (or,
/// for a request on an inline lease, the thread running it), so
/// it must be thread-safe. `message` is `message_len` bytes of UTF-8 followed
/// by a NUL, valid only during the call.
pub type nano_log_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        level: nano_log_level,
        message: *const c_char,
        message_len: usize,
    ),
>;

/// Answers one `fetch()` of a script: called on the thread running the
/// request (a nano thread, or the host's own for an inline lease) with the
/// subrequest (valid during the call only) and a reply handle that the host
/// completes exactly once, now or later, from any thread, with
/// `nano_fetch_reply_respond` or `nano_fetch_reply_fail`. It should return
/// quickly and do its I/O elsewhere. Must be thread-safe.
pub type nano_fetch_callback = Option<
    unsafe extern "C" fn(user_data: *mut c_void, request: *const nano_request, reply: *mut nano_fetch_reply),
>;

/// Receives the outcome of `nano_eval_request_async`, once, on a thread nano
/// owns (so it must be thread-safe and should return quickly: hand the work
/// to the host's own loop). On `NANO_OK`, `response` is owned by the callee
/// (free it with `nano_response_free`); otherwise it is NULL and `error`
/// explains, valid only during the call.
pub type nano_eval_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        result: nano_result,
        response: *mut nano_response,
        error: *const c_char,
    ),
>;

/// Receives the head of a `nano_eval_request_streamed` response, once, on a
/// thread nano owns (thread-safe, quick). On `NANO_OK`, `response` is owned
/// by the callee (free it with `nano_response_free`); `body_follows` says
/// whether its body comes in parts (its own body is empty then). Otherwise
/// `response` is NULL and `error` explains, valid only during the call.
pub type nano_head_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        result: nano_result,
        response: *mut nano_response,
        body_follows: bool,
        error: *const c_char,
    ),
>;

/// Receives each part of a `nano_eval_request_streamed` body, in order, on a
/// thread nano owns (thread-safe, quick): chunks, then `NANO_BODY_END` or
/// `NANO_BODY_FAILED` (with `error` explaining; "" otherwise). `part`, its
/// bytes and `error` are valid only during the call: copy what is kept.
/// After a chunk the next is read only after `nano_eval_body_ask`.
pub type nano_part_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        part: *const super::body_part::nano_body_part,
        error: *const c_char,
    ),
>;

/// The caller's head and part callbacks, carried to the worker's thread.
#[derive(Clone, Copy)]
pub(super) struct CStreamed {
    pub(super) head: unsafe extern "C" fn(*mut c_void, nano_result, *mut nano_response, bool, *const c_char),
    pub(super) part:
        unsafe extern "C" fn(*mut c_void, *const super::body_part::nano_body_part, *const c_char),
    pub(super) user_data: *mut c_void,
}
// SAFETY: both callbacks are documented as called from nano's threads.

unsafe impl Send for CStreamed {}

/// The caller-supplied log callback, made shareable with nano's threads.
pub(super) struct CLog {
    pub(super) callback: unsafe extern "C" fn(*mut c_void, nano_log_level, *const c_char, usize),
    pub(super) user_data: *mut c_void,
}
// SAFETY: nano_config documents that the callback and its user data must be
// usable from any thread.

unsafe impl Send for CLog {}

unsafe impl Sync for CLog {}

impl CLog {
    pub(super) fn call(&self, level: LogLevel, message: &str) {
        let level = match level {
            LogLevel::Debug => nano_log_level::NANO_LOG_DEBUG,
            LogLevel::Info => nano_log_level::NANO_LOG_INFO,
            LogLevel::Warn => nano_log_level::NANO_LOG_WARN,
            LogLevel::Error => nano_log_level::NANO_LOG_ERROR,
        };
        let mut buf = Vec::with_capacity(message.len() + 1);
        buf.extend_from_slice(message.as_bytes());
        buf.push(0);
        // A panic must not unwind into C, nor a C longjmp into Rust: nothing
        // more can be done than calling it plainly.
        unsafe { (self.callback)(self.user_data, level, buf.as_ptr().cast(), message.len()) };
    }
}

/// The caller's fetch callback, shareable with nano's threads.
pub(super) struct CFetch {
    pub(super) callback: unsafe extern "C" fn(*mut c_void, *const nano_request, *mut nano_fetch_reply),
    pub(super) user_data: *mut c_void,
}
// SAFETY: nano_fetch_callback documents that it must be thread-safe.

unsafe impl Send for CFetch {}

unsafe impl Sync for CFetch {}

impl CFetch {
    pub(super) fn call(&self, request: Request, reply: FetchReply) {
        let headers: Vec<nano_header> = request
            .headers
            .iter()
            .map(|(n, v)| nano_header {
                name: n.as_ptr(),
                name_len: n.len(),
                value: v.as_ptr(),
                value_len: v.len(),
            })
            .collect();
        let c_request = nano_request {
            method: request.method.as_ptr().cast(),
            method_len: request.method.len(),
            url: request.url.as_ptr().cast(),
            url_len: request.url.len(),
            headers: headers.as_ptr(),
            headers_len: headers.len(),
            body: request.body.as_ref().map_or(std::ptr::null(), |b| b.as_ptr()),
            body_len: request.body.as_ref().map_or(0, Vec::len),
        };
        let handle = new_reply(reply, request.body_stream.clone());
        unsafe { (self.callback)(self.user_data, &c_request, handle) };
    }
}

pub(super) struct CCallback {
    pub(super) callback: unsafe extern "C" fn(*mut c_void, nano_result, *mut nano_response, *const c_char),
    pub(super) user_data: *mut c_void,
}
// SAFETY: nano_eval_callback documents that it is called from nano's threads.

unsafe impl Send for CCallback {}

/// Rings the host of an inline lease (`nano_eval_start`) when its
/// suspended request has something to do: a subrequest was answered, or the
/// request was cancelled. Called from any thread, possibly more than once
/// per poll: it must be thread-safe, return quickly and call no nano
/// function (wake the host's loop, which then calls `nano_eval_poll` on the
/// lease's thread).
pub type nano_ring_callback = Option<unsafe extern "C" fn(user_data: *mut c_void)>;

/// The caller's ring callback, shareable with the threads that ring it.
pub(super) struct CRing {
    pub(super) callback: unsafe extern "C" fn(*mut c_void),
    pub(super) user_data: *mut c_void,
}
// SAFETY: nano_ring_callback documents that it must be thread-safe.

unsafe impl Send for CRing {}

unsafe impl Sync for CRing {}

impl CRing {
    pub(super) fn call(&self) {
        unsafe { (self.callback)(self.user_data) };
    }
}

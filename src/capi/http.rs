//! Requests and headers as C hands them to nano, and their readers (every
//! length checked against the size limits before the memory is read).

use std::ffi::c_char;

use super::guard::{Failure, array, bytes, text};
use super::result::nano_result::*;
use crate::http::{HeaderList, Request, SizeLimits};

/// One HTTP header: bytes, not necessarily NUL-terminated. Names must be
/// HTTP tokens; values must not contain NUL, CR or LF.
#[repr(C)]
pub struct nano_header {
    pub name: *const u8,
    pub name_len: usize,
    pub value: *const u8,
    pub value_len: usize,
}

/// A request for a script's fetch handler. Everything is borrowed for the
/// duration of the call only.
#[repr(C)]
pub struct nano_request {
    /// An HTTP method token, UTF-8.
    pub method: *const c_char,
    pub method_len: usize,
    /// An absolute URL, UTF-8.
    pub url: *const c_char,
    pub url_len: usize,
    /// Headers in order; names may repeat. NULL when `headers_len` is 0.
    pub headers: *const nano_header,
    pub headers_len: usize,
    /// The body; NULL means no body (as for GET), non-NULL with length 0 an
    /// empty one.
    pub body: *const u8,
    pub body_len: usize,
}

/// Copies a C header array.
pub(super) unsafe fn read_headers(
    ptr: *const nano_header,
    len: usize,
    what: &str,
) -> Result<HeaderList, Failure> {
    let list = unsafe { array(ptr, len, what)? };
    let mut headers = Vec::with_capacity(list.len());
    for (i, h) in list.iter().enumerate() {
        let name = unsafe { bytes(h.name, h.name_len, &format!("{what}[{i}].name"))? };
        let value = unsafe { bytes(h.value, h.value_len, &format!("{what}[{i}].value"))? };
        headers.push((name.to_vec(), value.to_vec()));
    }
    Ok(headers)
}

/// Longest HTTP method accepted (methods are short tokens).
pub(super) const MAX_METHOD_BYTES: usize = 64;

/// Copies a C request, checking `limits` on its lengths before reading the
/// memory they describe (a length over a limit is refused, never read).
pub(super) unsafe fn read_request(request: &nano_request, limits: &SizeLimits) -> Result<Request, Failure> {
    let too_big = |message: String| Failure::new(NANO_ERR_INVALID_ARGUMENT, message);
    if request.method_len > MAX_METHOD_BYTES {
        return Err(too_big(format!(
            "request.method_len is {}, over {MAX_METHOD_BYTES}",
            request.method_len
        )));
    }
    // The header array is read (to sum its lengths) only once its count is
    // known to be within the limit.
    limits.check_header_count("request", request.headers_len).map_err(too_big)?;
    let list = unsafe { array(request.headers, request.headers_len, "request.headers")? };
    let header_bytes =
        list.iter().fold(0usize, |sum, h| sum.saturating_add(h.name_len).saturating_add(h.value_len));
    limits
        .check_lengths("request", request.url_len, list.len(), header_bytes, request.body_len)
        .map_err(too_big)?;
    let method = unsafe { text(request.method, request.method_len, "request.method")? };
    let url = unsafe { text(request.url, request.url_len, "request.url")? };
    let headers = unsafe { read_headers(request.headers, request.headers_len, "request.headers")? };
    let body = if request.body.is_null() {
        if request.body_len != 0 {
            return Err(Failure::new(NANO_ERR_NULL_POINTER, "request.body is NULL but body_len is not 0"));
        }
        None
    } else {
        Some(unsafe { bytes(request.body, request.body_len, "request.body")? }.to_vec())
    };
    Ok(Request { method: method.to_string(), url: url.to_string(), headers, body, body_stream: None })
}

/// The lease's next request (whichever call starts it) takes its body from
/// the body writer a `nano_eval_stream_body` made for it: `request.body` must
/// be NULL then.
pub(super) fn with_streamed_body(
    mut request: Request,
    pending: &mut Option<crate::RequestBody>,
) -> Result<Request, Failure> {
    if pending.is_some() && request.body.is_some() {
        // Refused before the body is taken: the next request still gets it.
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            "request.body must be NULL: this lease's next request streams its body (nano_eval_stream_body)",
        ));
    }
    request.body_stream = pending.take();
    Ok(request)
}

//! `nano_response`: a script's response, owned by the host.

use super::guard::{Failure, Outcome, Registry, guard, guard_value, live, non_null};
use super::result::nano_result::{self, *};
use crate::http::Response;

/// A script's response, from `nano_eval_request`. Owned by the caller and
/// freed by `nano_response_free`; independent of the worker that made it.
/// Read-only, so it may be read from several threads at once.
pub struct nano_response {
    response: Response,
}

static RESPONSES: Registry = Registry::new();

pub(super) fn new_response(response: Response) -> *mut nano_response {
    let p = Box::into_raw(Box::new(nano_response { response }));
    RESPONSES.insert(p);
    p
}

/// An outcome for a C callback: the status, the response handed over (or
/// NULL), and the failure's message ("" on success).
pub(super) fn c_outcome(
    outcome: crate::Result<Response>,
) -> (nano_result, *mut nano_response, std::ffi::CString) {
    match outcome {
        Ok(response) => (NANO_OK, new_response(response), std::ffi::CString::default()),
        Err(e) => {
            let f = Failure::from(e);
            (f.code, std::ptr::null_mut(), super::guard::to_cstring(&f.message))
        }
    }
}

fn with_response(
    what: &str,
    response: *const nano_response,
    body: impl FnOnce(&Response) -> Outcome,
) -> nano_result {
    guard(what, || {
        live(&RESPONSES, response, "response")?;
        // SAFETY: from nano_eval_request and not freed.
        body(unsafe { &(*response).response })
    })
}

/// The response's HTTP status code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_status(response: *const nano_response, out: *mut u16) -> nano_result {
    with_response("nano_response_status", response, |r| {
        non_null(out, "out")?;
        unsafe { out.write(r.status) };
        Ok(())
    })
}

/// The number of response headers (repeated names counted each time).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_header_count(
    response: *const nano_response,
    out: *mut usize,
) -> nano_result {
    with_response("nano_response_header_count", response, |r| {
        non_null(out, "out")?;
        unsafe { out.write(r.headers.len()) };
        Ok(())
    })
}

/// Header `index` (from 0, in the order the script set them; names are
/// lower-case). The pointers stay valid until `nano_response_free`; the bytes
/// are not NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_header(
    response: *const nano_response,
    index: usize,
    name: *mut *const u8,
    name_len: *mut usize,
    value: *mut *const u8,
    value_len: *mut usize,
) -> nano_result {
    with_response("nano_response_header", response, |r| {
        for (p, what) in [(name as *const (), "name"), (value as *const (), "value")] {
            non_null(p, what)?;
        }
        non_null(name_len, "name_len")?;
        non_null(value_len, "value_len")?;
        let (n, v) = r.headers.get(index).ok_or_else(|| {
            Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("header index {index} is out of range (the response has {})", r.headers.len()),
            )
        })?;
        unsafe {
            name.write(n.as_ptr());
            name_len.write(n.len());
            value.write(v.as_ptr());
            value_len.write(v.len());
        }
        Ok(())
    })
}

/// The response body. The pointer stays valid until `nano_response_free`;
/// the bytes are not NUL-terminated. An empty body gives length 0.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_body(
    response: *const nano_response,
    body: *mut *const u8,
    body_len: *mut usize,
) -> nano_result {
    with_response("nano_response_body", response, |r| {
        non_null(body, "body")?;
        non_null(body_len, "body_len")?;
        unsafe {
            body.write(r.body.as_ptr());
            body_len.write(r.body.len());
        }
        Ok(())
    })
}

/// Frees a response. NULL, and a response already freed, are accepted and
/// do nothing.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_free(response: *mut nano_response) {
    guard_value("nano_response_free", (), || {
        // NULL, or a response already freed (a double free): nothing to do.
        if response.is_null() || !RESPONSES.remove(response) {
            return;
        }
        // SAFETY: from nano_eval_request, freed once (caller's promise).
        drop(unsafe { Box::from_raw(response) });
    })
}

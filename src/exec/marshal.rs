//! Moving requests and responses between Rust and JS. What comes back from
//! JS is checked here before any host sees it.

use nano_web::bootstrap::describe_exception;
use nano_web::natives::{byte_string_of, uint8_array_from_vec, with_view_bytes};

use crate::error::{Error, Result};
use crate::http::{Request, Response, SizeLimits};
use crate::snapshot::context::internal_function;

/// Calls `internal.dispatch` with `request`; returns the handler's promise.
pub(super) fn start_dispatch<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    request: Request,
    sizes: &SizeLimits,
) -> Result<v8::Local<'s, v8::Promise>> {
    let url = request.validate(sizes)?;
    let dispatch = internal_function(scope, internal, "dispatch")?;
    v8::tc_scope!(let tc, scope);

    let method = v8::String::new(tc, &request.method).unwrap();
    let url =
        v8::String::new(tc, &url).ok_or_else(|| Error::InvalidArgument("the URL is too long".into()))?;
    let headers = headers_to_js(tc, &request.headers)?;
    let body: v8::Local<v8::Value> = match request.body {
        Some(bytes) => uint8_array_from_vec(tc, bytes)
            .ok_or_else(|| Error::InvalidArgument("the body is too large".into()))?
            .into(),
        None => v8::null(tc).into(),
    };
    let args = [method.into(), url.into(), headers.into(), body];
    let Some(promise) = dispatch.call(tc, internal.into(), &args) else {
        if tc.has_terminated() {
            return Err(Error::Terminated("the evaluation was cancelled".into()));
        }
        return Err(Error::Script(describe_exception(tc)));
    };
    v8::Local::<v8::Promise>::try_from(promise)
        .map_err(|_| Error::Internal("internal.dispatch did not return a promise".into()))
}

/// Headers as JS's flat `[name, value, ...]` array; header bytes are
/// Latin-1 (WebIDL ByteString).
pub(crate) fn headers_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    headers: &[(Vec<u8>, Vec<u8>)],
) -> Result<v8::Local<'s, v8::Array>> {
    let mut flat = Vec::with_capacity(headers.len() * 2);
    for (name, value) in headers {
        for bytes in [name, value] {
            let s = v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
                .ok_or_else(|| Error::InvalidArgument("a header is too long".into()))?;
            flat.push(s.into());
        }
    }
    Ok(v8::Array::new_with_elements(scope, &flat))
}

/// Reads `[status, [name, value, ...], body]` from internal.serializeResponse.
pub(super) fn read_response(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Result<Response> {
    let bad = || Error::Internal("internal.dispatch returned a malformed response".into());
    let array = v8::Local::<v8::Array>::try_from(value).map_err(|_| bad())?;
    let status = array.get_index(scope, 0).and_then(|s| s.uint32_value(scope)).ok_or_else(bad)?;
    let flat =
        array.get_index(scope, 1).and_then(|h| v8::Local::<v8::Array>::try_from(h).ok()).ok_or_else(bad)?;
    let mut headers = Vec::with_capacity(flat.length() as usize / 2);
    for i in (0..flat.length()).step_by(2) {
        let name = flat.get_index(scope, i).ok_or_else(bad)?;
        let value = flat.get_index(scope, i + 1).ok_or_else(bad)?;
        headers.push((byte_string_of(scope, name), byte_string_of(scope, value)));
    }
    let body_value = array.get_index(scope, 2).ok_or_else(bad)?;
    let body = if body_value.is_null_or_undefined() {
        Vec::new()
    } else if body_value.is_string() {
        body_value.to_rust_string_lossy(scope).into_bytes()
    } else {
        let view = v8::Local::<v8::ArrayBufferView>::try_from(body_value).map_err(|_| bad())?;
        with_view_bytes(view, |b| b.to_vec())
    };
    Ok(Response { status: u16::try_from(status).map_err(|_| bad())?, headers, body })
}

/// `[status, [name, value, ...], body]` for internal.fetchDone.
pub(super) fn response_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    response: Response,
) -> Result<v8::Local<'s, v8::Value>> {
    let headers = headers_to_js(scope, &response.headers)?;
    let status = v8::Integer::new_from_unsigned(scope, response.status.into());
    let body = uint8_array_from_vec(scope, response.body)
        .ok_or_else(|| Error::InvalidArgument("a subrequest body is too large".into()))?;
    Ok(v8::Array::new_with_elements(scope, &[status.into(), headers.into(), body.into()]).into())
}

//! Moving requests and responses between Rust and JS. What comes back from
//! JS is checked here before any host sees it.

use nano_web::bootstrap::describe_exception;
use nano_web::natives::{byte_string_of, uint8_array_from_vec, with_view_bytes};

use crate::error::{Error, Result};
use crate::http::{Request, Response, SizeLimits, is_header_value, is_token};
use crate::snapshot::context::{random_seed, request_function};

/// Calls `internal.dispatch` with `request`; returns the handler's promise.
pub(super) fn start_dispatch<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    request: Request,
    sizes: &SizeLimits,
) -> Result<v8::Local<'s, v8::Promise>> {
    let url = request.validate(sizes)?;
    let dispatch = request_function(scope, internal, "dispatch")?;
    // No async context (AsyncLocalStorage's stores) from an earlier request.
    let undefined = v8::undefined(scope);
    scope.set_continuation_preserved_embedder_data(undefined.into());
    v8::tc_scope!(let tc, scope);

    let method = v8::String::new(tc, &request.method).unwrap();
    let url =
        v8::String::new(tc, &url).ok_or_else(|| Error::InvalidArgument("the URL is too long".into()))?;
    let headers = headers_to_js(tc, &request.headers)?;
    // `true`: the body streams in (internal.bodyInPush).
    let body: v8::Local<v8::Value> = match request.body {
        Some(bytes) => uint8_array_from_vec(tc, bytes)
            .ok_or_else(|| Error::MemoryLimit("the request body does not fit in the memory limit".into()))?
            .into(),
        None if request.body_stream.is_some() => v8::Boolean::new(tc, true).into(),
        None => v8::null(tc).into(),
    };
    let [r0, r1, r2, r3] = random_seed(tc);
    let args = [method.into(), url.into(), headers.into(), body, r0, r1, r2, r3];
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

/// Reads the `[status, [name, value, ...], body]` record that the promise of
/// `internal.dispatch` settles with. The body is `true` when it is a stream
/// (read afterwards with `internal.pullBody`, [`read_chunk`]): the
/// response comes back with an empty body and `true`.
///
/// Nothing here trusts the JS: a script can replace the built-ins nano's own
/// JS uses, so the array may hold anything. Values must already be of the
/// right type (no conversion runs script code), the status must be one a
/// Response can have (200 to 599), and every header must be one that cannot
/// split or end a header line on the wire (a token name; no CR, LF or NUL in
/// the value): otherwise the request fails, and no host sees the response.
pub(super) fn read_response(
    scope: &mut v8::PinScope,
    value: v8::Local<v8::Value>,
) -> Result<(Response, bool)> {
    let bad = |what: &str| Error::Script(format!("the handler's response is malformed: {what}"));
    let array = v8::Local::<v8::Array>::try_from(value).map_err(|_| bad("not a response record"))?;
    let status = array
        .get_index(scope, 0)
        .filter(|s| s.is_uint32())
        .and_then(|s| s.uint32_value(scope))
        .ok_or_else(|| bad("the status is not a number"))?;
    let status = u16::try_from(status)
        .ok()
        .filter(|s| (200..=599).contains(s))
        .ok_or_else(|| bad(&format!("status {status} is outside 200 to 599")))?;
    let flat = array
        .get_index(scope, 1)
        .and_then(|h| v8::Local::<v8::Array>::try_from(h).ok())
        .ok_or_else(|| bad("the headers are not a list"))?;
    let mut headers = Vec::with_capacity(flat.length() as usize / 2);
    for i in (0..flat.length()).step_by(2) {
        let name = flat.get_index(scope, i).filter(|v| v.is_string());
        let value = flat.get_index(scope, i + 1).filter(|v| v.is_string());
        let (Some(name), Some(value)) = (name, value) else {
            return Err(bad("a header name or value is not a string"));
        };
        let (name, value) = (byte_string_of(scope, name), byte_string_of(scope, value));
        if !is_token(&name) {
            return Err(bad(&format!(
                "header name {:?} is not an HTTP token",
                String::from_utf8_lossy(&name)
            )));
        }
        if !is_header_value(&value) {
            return Err(bad(&format!(
                "header {:?} has a value containing CR, LF or NUL",
                String::from_utf8_lossy(&name)
            )));
        }
        headers.push((name, value));
    }
    let body_value = array.get_index(scope, 2).ok_or_else(|| bad("no body"))?;
    if body_value.is_true() {
        return Ok((Response { status, headers, body: Vec::new() }, true));
    }
    let body = if body_value.is_null_or_undefined() {
        Vec::new()
    } else if body_value.is_string() {
        body_value.to_rust_string_lossy(scope).into_bytes()
    } else {
        let view = v8::Local::<v8::ArrayBufferView>::try_from(body_value)
            .map_err(|_| bad("the body is neither a string nor bytes"))?;
        with_view_bytes(view, |b| b.to_vec())
    };
    Ok((Response { status, headers, body }, false))
}

/// Reads what a promise of `internal.pullBody` settled with: the next chunk
/// of a streamed response body, or `None` at its end. Anything but a
/// `Uint8Array` (or null) is refused, as the Fetch standard refuses it.
pub(super) fn read_chunk(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Result<Option<Vec<u8>>> {
    if value.is_null() {
        return Ok(None);
    }
    let array = v8::Local::<v8::Uint8Array>::try_from(value).map_err(|_| {
        Error::Script(format!(
            "TypeError: a response body stream must yield Uint8Array chunks, got {}",
            if value.is_array_buffer_view() {
                "another kind of view".into()
            } else {
                value.type_of(scope).to_rust_string_lossy(scope)
            }
        ))
    })?;
    let view: v8::Local<v8::ArrayBufferView> = array.into();
    Ok(Some(with_view_bytes(view, |b| b.to_vec())))
}

/// `[status, [name, value, ...], body]` for internal.fetchDone.
pub(super) fn response_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    response: Response,
    streamed: bool,
) -> Result<v8::Local<'s, v8::Value>> {
    let headers = headers_to_js(scope, &response.headers)?;
    let status = v8::Integer::new_from_unsigned(scope, response.status.into());
    // `true`: the body streams in (internal.bodyInPush with the id).
    let body: v8::Local<v8::Value> = if streamed {
        v8::Boolean::new(scope, true).into()
    } else {
        uint8_array_from_vec(scope, response.body)
            .ok_or_else(|| {
                Error::MemoryLimit("a subrequest's response body does not fit in the memory limit".into())
            })?
            .into()
    };
    Ok(v8::Array::new_with_elements(scope, &[status.into(), headers.into(), body]).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// read_response on the record `js` evaluates to, in a bare context.
    fn read(js: &str) -> Result<Response> {
        read_record(js).map(|(response, _)| response)
    }

    fn read_record(js: &str) -> Result<(Response, bool)> {
        crate::snapshot::builtin::init();
        let mut isolate = crate::engine::isolate::new_isolate(None, false);
        v8::scope!(let scope, &mut isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let code = v8::String::new(scope, js).unwrap();
        let value = v8::Script::compile(scope, code, None).unwrap().run(scope).unwrap();
        read_response(scope, value)
    }

    fn refusal(js: &str) -> String {
        match read(js) {
            Err(Error::Script(m)) => m,
            other => panic!("{js}: {other:?}"),
        }
    }

    #[test]
    fn forged_records_are_refused() {
        // What JS could hand back if nano's own JS were subverted.
        assert!(refusal(r#"[1000, ["x-a", "b"], "hi"]"#).contains("status 1000 is outside 200 to 599"));
        assert!(refusal(r#"[99, [], "hi"]"#).contains("status 99"));
        assert!(refusal(r#"[{ valueOf() { return 200; } }, [], "hi"]"#).contains("status is not a number"));
        assert!(refusal(r#"[200, ["bad name", "v"], "hi"]"#).contains("\"bad name\" is not an HTTP token"));
        assert!(refusal(r#"[200, ["x-a"], "hi"]"#).contains("not a string"));
        assert!(
            refusal(r#"[200, ["x-a", "b\r\nx-injected: yes"], "hi"]"#).contains("containing CR, LF or NUL")
        );
        assert!(refusal(r#"[200, ["x-a", "b\0"], "hi"]"#).contains("containing CR, LF or NUL"));
        assert!(refusal(r#"({ 0: 200 })"#).contains("not a response record"));
    }

    #[test]
    fn a_well_formed_record_is_read() {
        let response = read(r#"[201, ["x-a", "b"], "hi"]"#).unwrap();
        assert_eq!(response.status, 201);
        assert_eq!(response.headers, vec![(b"x-a".to_vec(), b"b".to_vec())]);
        assert_eq!(response.body, b"hi");
        let (head, streamed) = read_record(r#"[200, [], true]"#).unwrap();
        assert!(streamed && head.body.is_empty());
    }
}

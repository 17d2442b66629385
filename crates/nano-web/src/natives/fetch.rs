//! Subrequests: `fetch()` hands them to the host.

use super::args::{Bytes, FlatHeaders, NativeResult, Throw, arg};
use super::{Native, native_list};
use crate::http::Request;

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "fetchStart" => fetch_start,
        "fetchBodyWrite" => fetch_body_write,
        "fetchBodyEnd" => fetch_body_end,
        "bodyInCancel" => body_in_cancel,
    ]
}

/// fetchStart(id, method, url, [name, value, ...], body: Uint8Array | null
/// | true): `true`, the body streams out (fetchBodyWrite, fetchBodyEnd).
fn fetch_start<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let method: String = arg(scope, &args, 1)?;
    let url: String = arg(scope, &args, 2)?;
    let FlatHeaders(headers) = arg(scope, &args, 3)?;
    let streamed = args.get(4).is_true();
    let body: Option<Bytes> = if streamed { None } else { arg(scope, &args, 4)? };
    let host = crate::host::of(scope).ok_or_else(|| super::timers::no_host("fetch()"))?;
    let (writer, body_stream) = if streamed {
        let (writer, reader) = crate::request_body::request_body();
        (Some(writer), Some(reader))
    } else {
        (None, None)
    };
    let request = Request { method, url, headers, body: body.map(|b| b.0), body_stream };
    host.fetch_start(id, request, writer).map_err(Throw::Type)
}

/// fetchBodyWrite(id, Uint8Array) -> whether the host takes more.
fn fetch_body_write<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let view: v8::Local<v8::ArrayBufferView> = arg(scope, &args, 1)?;
    let host = crate::host::of(scope).ok_or_else(|| super::timers::no_host("fetch()"))?;
    let more = super::args::with_view_bytes(view, |bytes| host.fetch_body_write(id, bytes));
    rv.set_bool(more);
    Ok(())
}

/// fetchBodyEnd(id, failure: string | undefined)
fn fetch_body_end<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let failure: Option<String> = arg(scope, &args, 1)?;
    let host = crate::host::of(scope).ok_or_else(|| super::timers::no_host("fetch()"))?;
    host.fetch_body_end(id, failure.as_deref());
    Ok(())
}

/// bodyInCancel(id): the script cancelled a body that streams in (0 the
/// request's, else that subrequest's response's): its host takes no more.
fn body_in_cancel<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    if let Some(host) = crate::host::of(scope) {
        host.body_in_cancel(id);
    }
    Ok(())
}

//! Subrequests: `fetch()` hands them to the host.

use super::args::{Bytes, FlatHeaders, NativeResult, Throw, arg};
use super::{Native, native_list};
use crate::http::Request;

pub(super) fn natives() -> Vec<Native> {
    native_list!["fetchStart" => fetch_start]
}

/// fetchStart(id, method, url, [name, value, ...], body: Uint8Array | null)
fn fetch_start<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let method: String = arg(scope, &args, 1)?;
    let url: String = arg(scope, &args, 2)?;
    let FlatHeaders(headers) = arg(scope, &args, 3)?;
    let body: Option<Bytes> = arg(scope, &args, 4)?;
    let host = crate::host::of(scope).ok_or_else(|| super::timers::no_host("fetch()"))?;
    let request = Request { method, url, headers, body: body.map(|b| b.0), body_stream: None };
    host.fetch_start(id, request).map_err(Throw::Type)
}

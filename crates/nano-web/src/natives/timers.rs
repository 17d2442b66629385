//! Timers and the request's clock, kept by the host's event loop.

use super::args::{NativeResult, Throw, arg};
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "timerStart" => timer_start,
        "timerCancel" => timer_cancel,
        "now" => now,
        "timeOrigin" => time_origin,
    ]
}

pub(super) fn no_host(what: &str) -> Throw {
    Throw::Type(format!("{what} is not available here (no host)"))
}

/// timerStart(id, delayMs)
fn timer_start<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    let delay: f64 = arg(scope, &args, 1)?;
    let host = crate::host::of(scope).ok_or_else(|| no_host("setTimeout"))?;
    host.timer_start(id, delay).map_err(Throw::Range)
}

/// timerCancel(id)
fn timer_cancel<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let id: u32 = arg(scope, &args, 0)?;
    if let Some(h) = crate::host::of(scope) {
        h.timer_cancel(id);
    }
    Ok(())
}

/// now() -> milliseconds since the request started.
fn now<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let ms = crate::host::of(scope).map(|h| h.now_ms()).unwrap_or(0.0);
    rv.set(v8::Number::new(scope, ms).into());
    Ok(())
}

/// timeOrigin() -> when the request started, in ms since the Unix epoch
/// (read when asked, so never the time the snapshot was built).
fn time_origin<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let ms = match crate::host::of(scope) {
        Some(h) => h.time_origin_ms(),
        None => crate::host::epoch_ms(std::time::SystemTime::now()),
    };
    rv.set(v8::Number::new(scope, ms).into());
    Ok(())
}

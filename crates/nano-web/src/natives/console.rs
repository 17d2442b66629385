//! Console output: one line to the host (positions in code nano generated
//! mapped to the original's, as in error descriptions).

use super::args::{NativeResult, arg};
use super::{Native, native_list};
use crate::log::LogLevel;

pub(super) fn natives() -> Vec<Native> {
    native_list!["log" => log]
}

/// log(level, message): one console line to the host.
fn log<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    let level: LogLevel = arg(scope, &args, 0)?;
    let message: String = arg(scope, &args, 1)?;
    // A logged stack names the script's original files and lines.
    let message = crate::host::original_positions(scope, message);
    match crate::host::of(scope) {
        Some(h) => h.log(level, &message),
        None => eprintln!("{message}"),
    }
    Ok(())
}

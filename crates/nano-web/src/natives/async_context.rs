//! The async context AsyncLocalStorage keeps: V8's continuation-preserved
//! embedder data, which V8 carries into every promise reaction (`await`,
//! `then`) it schedules. nano's own task sources (timers, the fetch
//! settling, event listeners) capture it where the task is made and put it
//! back around the task (`js/node/async_hooks.js`, `js/web/timers.js`).

use super::args::NativeResult;
use super::{Native, native_list};

pub(super) fn natives() -> Vec<Native> {
    native_list![
        "asyncContextGet" => async_context_get,
        "asyncContextSet" => async_context_set,
    ]
}

/// asyncContextGet() -> the current frame (undefined when none).
fn async_context_get<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _args: v8::FunctionCallbackArguments<'s>,
    mut rv: v8::ReturnValue<'s>,
) -> NativeResult {
    rv.set(scope.get_continuation_preserved_embedder_data());
    Ok(())
}

/// asyncContextSet(frame): the frame for what runs (and is scheduled) next.
fn async_context_set<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    args: v8::FunctionCallbackArguments<'s>,
    _rv: v8::ReturnValue<'s>,
) -> NativeResult {
    scope.set_continuation_preserved_embedder_data(args.get(0));
    Ok(())
}

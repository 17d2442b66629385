//! Contexts made from one of nano's snapshots, with their `internal` object
//! (exported by the bootstrap's entry module: `dispatch`, `fireTimer`, ...).

use nano_web::bootstrap::{HARDENED_CONTEXT_INDEX, INTERNAL_DATA_INDEX, PLAIN_CONTEXT_INDEX};

use crate::error::{Error, Result};

fn get_function<'s>(
    scope: &v8::PinScope<'s, '_>,
    obj: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Function>> {
    let key = v8::String::new(scope, name)?;
    obj.get(scope, key.into())?.try_into().ok()
}

/// Four random words as JS numbers: `Math.random`'s next seed, passed to
/// `internal.dispatch`, `reset` and `beforeTopLevel` (random.js).
pub(crate) fn random_seed<'s>(scope: &v8::PinScope<'s, '_>) -> [v8::Local<'s, v8::Value>; 4] {
    nano_web::natives::os_random_words().map(|w| v8::Integer::new_from_unsigned(scope, w).into())
}

/// Looks up `internal.<name>` in a context made from one of nano's snapshots.
pub(crate) fn internal_function<'s>(
    scope: &v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &str,
) -> Result<v8::Local<'s, v8::Function>> {
    get_function(scope, internal, name)
        .ok_or_else(|| Error::Internal(format!("the snapshot has no internal.{name}")))
}

/// [`internal_function`] for the request path, which calls a few of them
/// per request: they are kept per isolate for the last `internal` object
/// seen (one per realm or context; `internal` is module-private, so its
/// functions never change). Not on an isolate making a snapshot, which must
/// hold no global handles.
pub(crate) fn request_function<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &'static str,
) -> Result<v8::Local<'s, v8::Function>> {
    let mut cache = scope.remove_slot::<InternalFunctions>().unwrap_or_default();
    let same = cache.internal.as_ref().is_some_and(|g| v8::Local::new(scope, g) == internal);
    if !same {
        cache = InternalFunctions { internal: Some(v8::Global::new(scope, internal)), functions: Vec::new() };
    }
    let found = match cache.functions.iter().find(|(n, _)| *n == name) {
        Some((_, f)) => Ok(v8::Local::new(scope, f)),
        None => internal_function(scope, internal, name).inspect(|f| {
            cache.functions.push((name, v8::Global::new(scope, *f)));
        }),
    };
    scope.set_slot(cache);
    found
}

/// The isolate slot of [`request_function`]'s lookups.
#[derive(Default)]
struct InternalFunctions {
    internal: Option<v8::Global<v8::Object>>,
    functions: Vec<(&'static str, v8::Global<v8::Function>)>,
}

/// A context made from the snapshot ahead of use, with its `internal` object.
pub(crate) struct Prepared {
    context: v8::Global<v8::Context>,
    internal: v8::Global<v8::Object>,
}

/// Makes a fresh context now, for [`in_context`] later: from a built-in
/// snapshot's Workers context (`builtin`), or the default context of a
/// script's own snapshot.
pub(crate) fn prepare_context(isolate: &mut v8::Isolate, builtin: bool) -> Result<Prepared> {
    v8::scope!(let scope, isolate);
    let context = if builtin {
        v8::Context::from_snapshot(scope, PLAIN_CONTEXT_INDEX, Default::default())
            .ok_or_else(|| Error::Internal("the built-in snapshot has no Workers context".into()))?
    } else {
        v8::Context::new(scope, Default::default())
    };
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = scope
        .get_context_data_from_snapshot_once::<v8::Object>(INTERNAL_DATA_INDEX)
        .map_err(|e| Error::Internal(format!("the snapshot has no internal object: {e:?}")))?;
    Ok(Prepared { context: v8::Global::new(scope, context), internal: v8::Global::new(scope, internal) })
}

/// Makes a context from a built-in snapshot's hardened context (the
/// isolate must start from one).
pub(crate) fn prepare_hardened_context(isolate: &mut v8::Isolate) -> Result<Prepared> {
    v8::scope!(let scope, isolate);
    let context = v8::Context::from_snapshot(scope, HARDENED_CONTEXT_INDEX, Default::default())
        .ok_or_else(|| Error::Internal("the built-in snapshot has no hardened context".into()))?;
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = scope
        .get_context_data_from_snapshot_once::<v8::Object>(INTERNAL_DATA_INDEX)
        .map_err(|e| Error::Internal(format!("the hardened context has no internal object: {e:?}")))?;
    Ok(Prepared { context: v8::Global::new(scope, context), internal: v8::Global::new(scope, internal) })
}

/// Runs `f` in a fresh context of `isolate` (made from one of nano's
/// snapshots; `builtin` as for [`prepare_context`]) with the context's
/// `internal` object.
pub(crate) fn in_new_context<T>(
    isolate: &mut v8::Isolate,
    builtin: bool,
    f: impl for<'s, 'i> FnOnce(
        &mut v8::PinScope<'s, 'i>,
        v8::Local<'s, v8::Context>,
        v8::Local<'s, v8::Object>,
    ) -> Result<T>,
) -> Result<T> {
    let prepared = prepare_context(isolate, builtin)?;
    in_context(isolate, &prepared, f)
}

/// Runs `f` in the context of `prepared`.
pub(crate) fn in_context<T>(
    isolate: &mut v8::Isolate,
    prepared: &Prepared,
    f: impl for<'s, 'i> FnOnce(
        &mut v8::PinScope<'s, 'i>,
        v8::Local<'s, v8::Context>,
        v8::Local<'s, v8::Object>,
    ) -> Result<T>,
) -> Result<T> {
    v8::scope!(let scope, isolate);
    let context = v8::Local::new(scope, &prepared.context);
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = v8::Local::new(scope, &prepared.internal);
    f(scope, context, internal)
}

//! Startup snapshots: the built-in one (every Workers global, made by
//! `build.rs`) and one per script, made at registration by running the
//! script on top of the built-in one, so that neither a new isolate nor a new
//! context compiles or re-runs the script's top level.

use std::sync::Arc;

use crate::bootstrap::{INTERNAL_DATA_INDEX, describe_exception, describe_value};
use crate::error::{Error, Result};

/// The built-in snapshot, embedded at build time.
pub static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nano_snapshot.bin"));

/// How a script's source is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScriptFormat {
    /// An ES module: `export default { fetch(request, env, ctx) { ... } }`.
    /// Scripts in the service-worker form also run as modules.
    #[default]
    Module,
    /// A classic script: `addEventListener("fetch", e => e.respondWith(...))`;
    /// bindings become globals.
    ServiceWorker,
}

/// What a script snapshot is made from.
pub struct ScriptSpec<'a> {
    pub name: &'a str,
    pub source: &'a str,
    pub format: ScriptFormat,
    /// String bindings exposed as `env` (and as globals for service workers).
    pub bindings: &'a [(String, String)],
    /// Where console output of the script's top level goes (stderr if None).
    pub log: Option<crate::runtime::LogSink>,
    /// What the lockdown allows (see [`Lockdown`]).
    pub lockdown: Lockdown,
    /// CPU time the top level may use at registration (zero: no limit).
    pub cpu_limit: std::time::Duration,
}

/// The Workers lockdown, per script: by default no code generation from
/// strings (`eval`, `new Function`) and no shared memory
/// (`SharedArrayBuffer`, so no `Atomics.wait`). Each can be allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockdown {
    pub allow_eval: bool,
    pub allow_shared_memory: bool,
}

fn get_function<'s>(
    scope: &v8::PinScope<'s, '_>,
    obj: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Function>> {
    let key = v8::String::new(scope, name)?;
    obj.get(scope, key.into())?.try_into().ok()
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

fn refuse_imports<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
    _referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let spec = specifier.to_rust_string_lossy(scope);
    let msg = format!("import of {spec:?} is not supported: bundle the script into one module");
    let msg = v8::String::new(scope, &msg).unwrap();
    let exc = v8::Exception::type_error(scope, msg);
    scope.throw_exception(exc);
    None
}

/// Runs the script in `scope`'s context and installs its fetch handler.
pub(crate) fn evaluate_script<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    spec: &ScriptSpec,
) -> Result<()> {
    let compile_err =
        |tc: &v8::PinnedRef<v8::TryCatch<v8::HandleScope>>| Error::ScriptCompile(describe_exception(tc));
    // Kept in the context, so in the snapshot and every request's context.
    scope.get_current_context().set_allow_generation_from_strings(spec.lockdown.allow_eval);
    v8::tc_scope!(let tc, scope);
    if !spec.lockdown.allow_shared_memory {
        let lockdown = internal_function(tc, internal, "removeSharedMemory")?;
        if lockdown.call(tc, internal.into(), &[]).is_none() {
            return Err(compile_err(tc));
        }
    }

    let flat: Vec<v8::Local<v8::Value>> = spec
        .bindings
        .iter()
        .flat_map(|(k, v)| [k, v])
        .map(|s| v8::String::new(tc, s).map(Into::into))
        .collect::<Option<_>>()
        .ok_or_else(|| Error::InvalidArgument("a binding is too long".into()))?;
    let flat = v8::Array::new_with_elements(tc, &flat);
    let classic = v8::Boolean::new(tc, spec.format == ScriptFormat::ServiceWorker);
    let set_env = internal_function(tc, internal, "setEnv")?;
    if set_env.call(tc, internal.into(), &[flat.into(), classic.into()]).is_none() {
        return Err(compile_err(tc));
    }

    let source = v8::String::new(tc, spec.source)
        .ok_or_else(|| Error::InvalidArgument("the script source is too long".into()))?;
    let name = v8::String::new(tc, spec.name).unwrap();
    let is_module = spec.format == ScriptFormat::Module;
    let origin = v8::ScriptOrigin::new(tc, name.into(), 0, 0, false, 0, None, false, false, is_module, None);
    let namespace: v8::Local<v8::Value> = if is_module {
        let mut src = v8::script_compiler::Source::new(source, Some(&origin));
        let Some(module) = v8::script_compiler::compile_module(tc, &mut src) else {
            return Err(compile_err(tc));
        };
        if module.instantiate_module(tc, refuse_imports) != Some(true) {
            return Err(compile_err(tc));
        }
        let Some(evaluation) = module.evaluate(tc) else {
            return Err(compile_err(tc));
        };
        tc.perform_microtask_checkpoint();
        if let Ok(promise) = v8::Local::<v8::Promise>::try_from(evaluation) {
            match promise.state() {
                v8::PromiseState::Fulfilled => {}
                v8::PromiseState::Rejected => {
                    let reason = promise.result(tc);
                    return Err(Error::ScriptCompile(format!(
                        "{}: top level threw: {}",
                        spec.name,
                        describe_value(tc, reason)
                    )));
                }
                v8::PromiseState::Pending => {
                    return Err(Error::ScriptCompile(format!(
                        "{}: top-level await never settled",
                        spec.name
                    )));
                }
            }
        }
        module.get_module_namespace()
    } else {
        let Some(script) = v8::Script::compile(tc, source, Some(&origin)) else {
            return Err(compile_err(tc));
        };
        if script.run(tc).is_none() {
            return Err(compile_err(tc));
        }
        tc.perform_microtask_checkpoint();
        v8::null(tc).into()
    };
    let install = internal_function(tc, internal, "installHandler")?;
    if install.call(tc, internal.into(), &[namespace]).is_none() {
        let exc = tc.exception().map(|e| describe_value(tc, e)).unwrap_or_default();
        return Err(Error::ScriptCompile(format!("{}: {exc}", spec.name)));
    }
    Ok(())
}

/// A context made from the snapshot ahead of use, with its `internal` object.
pub(crate) struct Prepared {
    context: v8::Global<v8::Context>,
    internal: v8::Global<v8::Object>,
}

/// Makes a fresh context now, for [`in_context`] later.
pub(crate) fn prepare_context(isolate: &mut v8::Isolate) -> Result<Prepared> {
    v8::scope!(let scope, isolate);
    let context = v8::Context::new(scope, Default::default());
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = scope
        .get_context_data_from_snapshot_once::<v8::Object>(INTERNAL_DATA_INDEX)
        .map_err(|e| Error::Internal(format!("the snapshot has no internal object: {e:?}")))?;
    Ok(Prepared { context: v8::Global::new(scope, context), internal: v8::Global::new(scope, internal) })
}

/// Runs `f` in a fresh context of `isolate` (made from one of nano's
/// snapshots) with the context's `internal` object.
pub(crate) fn in_new_context<T>(
    isolate: &mut v8::Isolate,
    f: impl for<'s, 'i> FnOnce(
        &mut v8::PinScope<'s, 'i>,
        v8::Local<'s, v8::Context>,
        v8::Local<'s, v8::Object>,
    ) -> Result<T>,
) -> Result<T> {
    let prepared = prepare_context(isolate)?;
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

/// Makes a snapshot holding the built-in globals plus `spec`'s script, run
/// and with its handler installed. Runs JavaScript: call it only on a thread
/// nano created.
///
/// The script is first run in an ordinary isolate: a snapshot creator whose
/// script failed cannot be thrown away safely (V8 requires a blob from it,
/// and serialising a heap holding a module that threw aborts the process).
/// So failures are found there, and only a script that ran cleanly is run
/// again inside the creator. Console output of the first run is dropped.
pub fn build_script_snapshot(spec: &ScriptSpec) -> Result<Vec<u8>> {
    crate::runtime::init_v8();
    {
        let mut isolate = crate::worker::new_isolate(Some(BUILTIN), false);
        let quiet: crate::runtime::LogSink = Arc::new(|_, _| {});
        let host = crate::event_loop::WorkerHost::install(&mut isolate, spec.name, Some(quiet), None);
        // A top level that never ends must not hang registration: the first
        // run is under the CPU watchdog.
        let canceller = Arc::new(host.canceller(&mut isolate));
        let watch = crate::watchdog::Watch::current_thread(spec.cpu_limit, canceller.clone());
        canceller.begin();
        if let Some(w) = &watch {
            w.begin();
        }
        let outcome =
            in_new_context(&mut isolate, |scope, _, internal| evaluate_script(scope, internal, spec));
        if let Some(w) = &watch {
            w.end();
        }
        let stopped = canceller.was_stopped();
        canceller.end(&mut isolate);
        if stopped {
            return Err(Error::ScriptCompile(format!(
                "{}: the script's top level used more than {} ms of CPU time at registration",
                spec.name,
                spec.cpu_limit.as_millis()
            )));
        }
        outcome?;
    }

    let mut creator = v8::Isolate::snapshot_creator_from_existing_snapshot(
        BUILTIN.into(),
        Some(crate::bindings::external_references()),
        None,
    );
    creator.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    let _host = crate::event_loop::WorkerHost::install(&mut creator, spec.name, spec.log.clone(), None);
    let outcome = in_new_context(&mut creator, |scope, context, internal| {
        evaluate_script(scope, internal, spec)?;
        scope.add_context_data(context, internal);
        scope.set_default_context(context);
        Ok(())
    });
    if let Err(e) = outcome {
        // The script behaved differently on its second run. The creator
        // cannot be serialised safely now, nor dropped without a blob: leak
        // it (this thread ends right after) rather than risk the process.
        std::mem::forget(creator);
        return Err(Error::ScriptCompile(format!(
            "{}: the script failed when run a second time (its top level must be deterministic): {e}",
            spec.name
        )));
    }
    let blob = creator
        .create_blob(v8::FunctionCodeHandling::Keep)
        .ok_or_else(|| Error::Internal(format!("V8 could not snapshot the script {}", spec.name)))?;
    Ok(blob.to_vec())
}

//! Per-script snapshots: the built-in snapshot plus a script, its top level
//! run and its handler installed.

use std::sync::Arc;

use nano_web::bootstrap::{describe_exception, describe_value};
use nano_web::host::HostSlot;

use super::builtin;
use super::context::{in_new_context, internal_function};
use super::modules::Instance;
use super::registration::RegistrationHost;
use crate::engine::cancel::{Canceller, NoLoop};
use crate::engine::watchdog::Watch;
use crate::error::{Error, Result};
use crate::log::LogSink;
use crate::modules::ModuleGraph;
use crate::script::{Lockdown, ScriptFormat};

/// What a script snapshot is made from.
pub struct ScriptSpec<'a> {
    pub name: &'a str,
    /// The script's modules, the entry first ([`ScriptSpec::module`] makes
    /// one of a single source).
    pub(crate) graph: Arc<ModuleGraph>,
    pub format: ScriptFormat,
    /// String bindings exposed as `env` (and as globals for service workers).
    pub bindings: &'a [(String, String)],
    /// Where console output of the script's top level goes (stderr if None).
    pub log: Option<LogSink>,
    /// What the lockdown allows (see [`Lockdown`]).
    pub lockdown: Lockdown,
    /// CPU time the top level may use at registration (zero: no limit).
    pub cpu_limit: std::time::Duration,
}

impl<'a> ScriptSpec<'a> {
    /// The script of one module, `source` (or a classic script, for the
    /// service-worker format), named `name`; no log, no CPU limit, the
    /// default lockdown.
    pub fn module(
        name: &'a str,
        source: &str,
        format: ScriptFormat,
        bindings: &'a [(String, String)],
    ) -> Result<ScriptSpec<'a>> {
        let graph = if format == ScriptFormat::Module {
            ModuleGraph::from_source(name, source, true)?
        } else {
            ModuleGraph::single(name, source, true)
        };
        Ok(ScriptSpec {
            name,
            graph: Arc::new(graph),
            format,
            bindings,
            log: None,
            lockdown: Lockdown::default(),
            cpu_limit: std::time::Duration::ZERO,
        })
    }
}

/// Calls `internal.<name>(args)`; a throw is described as the
/// script's error at registration.
pub(crate) fn call_internal<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &str,
    args: &[v8::Local<'s, v8::Value>],
) -> Result<v8::Local<'s, v8::Value>> {
    let function = internal_function(scope, internal, name)?;
    v8::tc_scope!(let tc, scope);
    match function.call(tc, internal.into(), args) {
        Some(v) => Ok(v),
        None if tc.has_terminated() => Err(Error::Terminated("the evaluation was cancelled".into())),
        None => Err(Error::ScriptCompile(describe_exception(tc))),
    }
}

/// The lockdown, the bindings and (`node`) Node.js compatibility's globals,
/// set in `scope`'s context before the script first runs.
pub(crate) fn set_up_globals<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    lockdown: Lockdown,
    bindings: &[(String, String)],
    format: ScriptFormat,
    node: bool,
) -> Result<()> {
    // Kept in the context, so in the snapshot and every request's context.
    scope.get_current_context().set_allow_generation_from_strings(lockdown.allow_eval);
    if !lockdown.allow_shared_memory {
        call_internal(scope, internal, "removeSharedMemory", &[])?;
    }
    let flat: Vec<v8::Local<v8::Value>> = bindings
        .iter()
        .flat_map(|(k, v)| [k, v])
        .map(|s| v8::String::new(scope, s).map(Into::into))
        .collect::<Option<_>>()
        .ok_or_else(|| Error::InvalidArgument("a binding is too long".into()))?;
    let flat = v8::Array::new_with_elements(scope, &flat);
    let classic = v8::Boolean::new(scope, format == ScriptFormat::ServiceWorker);
    let node = v8::Boolean::new(scope, node);
    call_internal(scope, internal, "setEnv", &[flat.into(), classic.into(), node.into()])?;
    Ok(())
}

/// What running a script's top level ended in.
pub(crate) enum TopLevel<'s> {
    Done(v8::Local<'s, v8::Value>),
    /// It did not compile or link: the exception, described with its place.
    Failed(String),
    /// It threw or its promise was rejected or never settled.
    Threw(String),
    Terminated,
}

/// The top level's value once its promise (a top-level await) settles in
/// one microtask checkpoint.
pub(crate) fn settle<'s>(scope: &mut v8::PinScope<'s, '_>, value: v8::Local<'s, v8::Value>) -> TopLevel<'s> {
    scope.perform_microtask_checkpoint();
    if scope.is_execution_terminating() {
        return TopLevel::Terminated;
    }
    match v8::Local::<v8::Promise>::try_from(value) {
        Ok(promise) => match promise.state() {
            v8::PromiseState::Fulfilled => TopLevel::Done(promise.result(scope)),
            v8::PromiseState::Rejected => {
                let reason = promise.result(scope);
                TopLevel::Threw(format!("top level threw: {}", describe_value(scope, reason)))
            }
            v8::PromiseState::Pending => TopLevel::Threw("top-level await never settled".into()),
        },
        Err(_) => TopLevel::Done(value),
    }
}

/// Compiles, links and evaluates `instance`'s entry module and what it
/// imports; returns the entry's namespace.
pub(crate) fn run_graph<'s>(scope: &mut v8::PinScope<'s, '_>, instance: &Instance) -> TopLevel<'s> {
    v8::tc_scope!(let tc, scope);
    let Some((evaluation, namespace)) = instance.evaluate_entry(tc) else {
        return if tc.has_terminated() {
            TopLevel::Terminated
        } else {
            TopLevel::Failed(describe_exception(tc))
        };
    };
    match settle(tc, evaluation) {
        TopLevel::Done(_) => TopLevel::Done(namespace),
        other => other,
    }
}

/// Runs the script in `scope`'s context and installs its fetch handler;
/// the module graph's instance, for a module script.
pub(crate) fn evaluate_script<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    spec: &ScriptSpec,
) -> Result<Option<Instance>> {
    let compile_err =
        |tc: &v8::PinnedRef<v8::TryCatch<v8::HandleScope>>| Error::ScriptCompile(describe_exception(tc));
    set_up_globals(scope, internal, spec.lockdown, spec.bindings, spec.format, spec.graph.node())?;
    v8::tc_scope!(let tc, scope);
    let (namespace, instance): (v8::Local<v8::Value>, _) = if spec.format == ScriptFormat::Module {
        let instance = Instance::new(tc, spec.graph.clone(), internal);
        match run_graph(tc, &instance) {
            TopLevel::Done(namespace) => (namespace, Some(instance)),
            TopLevel::Failed(e) => return Err(Error::ScriptCompile(e)),
            TopLevel::Threw(e) => return Err(Error::ScriptCompile(format!("{}: {e}", spec.name))),
            TopLevel::Terminated => return Err(Error::Terminated("the evaluation was cancelled".into())),
        }
    } else {
        let source = v8::String::new(tc, spec.graph.entry().text())
            .ok_or_else(|| Error::InvalidArgument("the script source is too long".into()))?;
        let name = v8::String::new(tc, spec.name).unwrap();
        let origin = v8::ScriptOrigin::new(tc, name.into(), 0, 0, false, 0, None, false, false, false, None);
        let Some(script) = v8::Script::compile(tc, source, Some(&origin)) else {
            return Err(compile_err(tc));
        };
        if script.run(tc).is_none() {
            return Err(compile_err(tc));
        }
        tc.perform_microtask_checkpoint();
        (v8::null(tc).into(), None)
    };
    let install = internal_function(tc, internal, "installHandler")?;
    if install.call(tc, internal.into(), &[namespace]).is_none() {
        let exc = tc.exception().map(|e| describe_value(tc, e)).unwrap_or_default();
        return Err(Error::ScriptCompile(format!("{}: {exc}", spec.name)));
    }
    Ok(instance)
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
    super::builtin::init();
    {
        let mut isolate =
            crate::engine::isolate::new_isolate(Some(builtin::blob(spec.graph.uses_node())), false);
        install_quiet_host(&mut isolate, spec.name);
        run_under_cpu_limit(&mut isolate, spec.name, spec.cpu_limit, |isolate| {
            in_new_context(isolate, true, |scope, _, internal| {
                let instance = evaluate_script(scope, internal, spec)?;
                if let Some(wasm) = instance.and_then(|i| i.made_wasm(scope)) {
                    return Err(Error::ScriptCompile(format!(
                        "{wasm}: in the strict isolation mode a WebAssembly module cannot be imported by the top \
                         level (V8 cannot keep a compiled module in the script's snapshot): import it with import() \
                         when a request needs it, or register the script in the fresh or reuse mode"
                    )));
                }
                Ok(())
            })
        })?;
        Instance::forget(&mut isolate);
    }

    let mut creator = v8::Isolate::snapshot_creator_from_existing_snapshot(
        builtin::blob(spec.graph.uses_node()).into(),
        Some(nano_web::natives::external_references()),
        None,
    );
    creator.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    install_host(&mut creator, spec.name, spec.log.clone());
    let outcome = in_new_context(&mut creator, true, |scope, context, internal| {
        let instance = evaluate_script(scope, internal, spec)?;
        scope.add_context_data(context, internal);
        if let Some(instance) = instance {
            // Every module, for import() in the contexts made from the
            // snapshot.
            v8::tc_scope!(let tc, scope);
            if instance.link_all(tc).is_none() {
                return Err(Error::ScriptCompile(describe_exception(tc)));
            }
            instance.save(tc, context);
        }
        scope.set_default_context(context);
        Ok(())
    });
    // A snapshot creator must hold no global handles when it makes the blob.
    Instance::forget(&mut creator);
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

/// Installs the registration host (console only) in `isolate`.
pub(crate) fn install_host(isolate: &mut v8::Isolate, name: &str, log: Option<LogSink>) {
    let host = RegistrationHost { script_name: name.to_string(), log };
    isolate.set_slot(HostSlot(Box::new(host)));
}

/// [`install_host`] with console output dropped: for a registration's runs
/// of the top level other than the one whose output is shown (a
/// registration shows it once).
pub(crate) fn install_quiet_host(isolate: &mut v8::Isolate, name: &str) {
    install_host(isolate, name, Some(Arc::new(|_, _| {})));
}

/// Runs `f` under the CPU watchdog: a top level that never ends must not
/// hang registration.
pub(crate) fn run_under_cpu_limit<T>(
    isolate: &mut v8::OwnedIsolate,
    name: &str,
    cpu_limit: std::time::Duration,
    f: impl FnOnce(&mut v8::OwnedIsolate) -> Result<T>,
) -> Result<T> {
    let canceller = Arc::new(Canceller::new(isolate.thread_safe_handle(), Box::new(NoLoop)));
    let watch = Watch::current_thread(cpu_limit, std::time::Duration::ZERO, canceller.clone(), None, None);
    canceller.begin();
    if let Some(w) = &watch {
        w.begin();
    }
    let outcome = f(isolate);
    if let Some(w) = &watch {
        w.end();
    }
    let stopped = canceller.stop_reason().is_some();
    canceller.end(isolate);
    if stopped {
        return Err(Error::ScriptCompile(format!(
            "{name}: the script's top level used more than {} ms of CPU time at registration",
            cpu_limit.as_millis()
        )));
    }
    outcome
}

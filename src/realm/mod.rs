//! The hardened realm of the fresh and reuse isolation modes: one context per
//! isolate serves every request, kept clean without a new context each time.
//!
//! Built once per isolate: a context from the built-in snapshot, the
//! lockdown and bindings, the script's top level run once (so guarded
//! polyfills install), then every intrinsic frozen (`realm.js`, `harden`).
//! Per request, the fresh mode runs the script's top level again — one call
//! of a function compiled once ([`rewrite`]), or a new instance of its
//! module graph — and installs the new instance's handler; after the
//! request, `internal.reset` puts the global object, console, Error's stack
//! settings, listeners and nano's own per-request state back. A reset that
//! cannot undo a change, or a request stopped by a limit, discards the realm
//! (the caller builds a new one).

pub(crate) mod rewrite;
mod walk;

use nano_web::bootstrap::{describe_exception, describe_value};

use crate::engine::isolate::new_isolate;
use crate::error::{Error, Result};
use crate::log::LogSink;
use crate::script::{IsolationMode, Script, ScriptFormat};
use crate::snapshot::builtin;
use crate::snapshot::context::{
    Prepared, in_context, in_new_context, internal_function, prepare_context, prepare_hardened_context,
    random_seed, request_function,
};
use crate::snapshot::modules::Instance;
use crate::snapshot::script::{
    TopLevel, call_internal, install_host, install_quiet_host, run_graph, run_under_cpu_limit,
    set_up_globals, settle,
};

/// How a script's top level is run again in its realm, decided once at
/// registration.
#[derive(Debug)]
pub(crate) enum InstanceCode {
    /// Source of a function expression whose body is the script's top level
    /// (modules rewritten by [`rewrite`]; an async function when the module
    /// awaits at its top level).
    Function { wrapper: String, origin: String },
    /// The module graph is compiled, linked and evaluated again, a new
    /// instance of it (a script of several modules, or a module the
    /// rewrite cannot express).
    Graph,
}

/// What registration made of a fresh- or reuse-mode script, for each of its
/// isolates to build a realm from.
#[derive(Debug)]
pub(crate) struct RealmCode {
    pub(crate) instance: InstanceCode,
    /// The top level changes built-ins (a polyfill installed), so each
    /// isolate runs it on an unfrozen realm and freezes after (slower);
    /// otherwise realms start from the hardened context of the built-in
    /// snapshot.
    pub(crate) harden_per_isolate: bool,
}

impl RealmCode {
    /// Bytes kept beyond the script's source.
    pub(crate) fn retained_bytes(&self) -> usize {
        match &self.instance {
            InstanceCode::Function { wrapper, .. } => wrapper.len(),
            InstanceCode::Graph => 0,
        }
    }
}

/// The script's top level, ready to run again.
enum Rerun {
    Function(v8::Global<v8::Function>),
    Graph,
}

impl Rerun {
    /// Compiled in `scope`'s context; the function form makes the script's
    /// module instance (its single module, for `import()`) the current one.
    fn compile(
        scope: &mut v8::PinScope,
        script: &Script,
        code: &InstanceCode,
        internal: v8::Local<v8::Object>,
    ) -> Result<Rerun> {
        match code {
            InstanceCode::Function { wrapper, origin } => {
                let function = compile_wrapper(scope, origin, wrapper)
                    .map_err(|e| Error::ScriptCompile(format!("{}: {e}", script.name)))?;
                Instance::new(scope, script.graph.clone(), internal);
                Ok(Rerun::Function(v8::Global::new(scope, function)))
            }
            InstanceCode::Graph => Ok(Rerun::Graph),
        }
    }

    /// Runs the top level once more; the value is what `installHandler`
    /// takes (the namespace, `{ default }`, or null for service workers).
    fn run<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        graph: &std::sync::Arc<crate::modules::ModuleGraph>,
        internal: v8::Local<'s, v8::Object>,
    ) -> TopLevel<'s> {
        match self {
            Rerun::Function(function) => {
                let function = v8::Local::new(scope, function);
                let undefined = v8::undefined(scope);
                // The hoisted graph reads its built-in modules through this.
                let Ok(builtin) = internal_function(scope, internal, "nodeModule") else {
                    return TopLevel::Failed("nano's bootstrap has no nodeModule".into());
                };
                v8::tc_scope!(let tc, scope);
                match function.call(tc, undefined.into(), &[builtin.into()]) {
                    Some(value) => match settle(tc, value) {
                        TopLevel::Done(v) if v.is_undefined() => TopLevel::Done(v8::null(tc).into()),
                        other => other,
                    },
                    None if tc.has_terminated() => TopLevel::Terminated,
                    None => {
                        let exception = tc.exception().map(|e| describe_value(tc, e)).unwrap_or_default();
                        TopLevel::Threw(format!("top level threw: {exception}"))
                    }
                }
            }
            Rerun::Graph => {
                // A new instance of the graph, current until the next.
                let instance = Instance::new(scope, graph.clone(), internal);
                run_graph(scope, &instance)
            }
        }
    }
}

/// Compiles `wrapper` (a function expression on the line before the
/// script's first) and returns the function.
fn compile_wrapper<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    name: &str,
    wrapper: &str,
) -> std::result::Result<v8::Local<'s, v8::Function>, String> {
    let source = v8::String::new(scope, wrapper).ok_or("the script source is too long")?;
    let name = v8::String::new(scope, name).unwrap();
    // Line -1: the wrapper's own first line, so the script's lines keep
    // their numbers in stack traces.
    let origin = v8::ScriptOrigin::new(scope, name.into(), -1, 0, false, 0, None, false, false, false, None);
    v8::tc_scope!(let tc, scope);
    let function = v8::Script::compile(tc, source, Some(&origin))
        .and_then(|s| s.run(tc))
        .and_then(|f| v8::Local::<v8::Function>::try_from(f).ok());
    function.ok_or_else(|| describe_exception(tc))
}

pub(crate) struct Realm {
    prepared: Prepared,
    rerun: Rerun,
    graph: std::sync::Arc<crate::modules::ModuleGraph>,
    name: String,
    /// The reuse mode: the instance the realm was built with serves every
    /// request (its module state persists).
    reuse: bool,
}

impl Realm {
    /// Builds `script`'s realm in a new context of `isolate` (which must
    /// start from the built-in snapshot) from what its registration made of
    /// it. Runs the script's top level once.
    pub(crate) fn new(isolate: &mut v8::Isolate, script: &Script, code: &RealmCode) -> Result<Realm> {
        Realm::new_with(isolate, script, code, true)
    }

    /// [`Realm::new`]; `harden` false leaves the built-ins unfrozen (only
    /// benchmarks do, to measure what freezing costs).
    pub(crate) fn new_with(
        isolate: &mut v8::Isolate,
        script: &Script,
        code: &RealmCode,
        harden: bool,
    ) -> Result<Realm> {
        let prepared = if code.harden_per_isolate || !harden {
            prepare_context(isolate, true)?
        } else {
            prepare_hardened_context(isolate)?
        };
        let reuse = script.isolation == IsolationMode::Reuse;
        let rerun = in_context(isolate, &prepared, |scope, _, internal| {
            set_up_globals(
                scope,
                internal,
                script.lockdown,
                &script.bindings,
                script.format,
                script.graph.node(),
            )?;
            let allow_eval = v8::Boolean::new(scope, script.lockdown.allow_eval);
            let [r0, r1, r2, r3] = random_seed(scope);
            call_internal(scope, internal, "beforeTopLevel", &[allow_eval.into(), r0, r1, r2, r3])?;
            let rerun = Rerun::compile(scope, script, &code.instance, internal)?;
            let namespace = match rerun.run(scope, &script.graph, internal) {
                TopLevel::Done(v) => v,
                TopLevel::Failed(e) => return Err(Error::ScriptCompile(e)),
                TopLevel::Threw(e) => return Err(Error::ScriptCompile(format!("{}: {e}", script.name))),
                TopLevel::Terminated => return Err(Error::Terminated("the evaluation was cancelled".into())),
            };
            install_handler(scope, internal, namespace, &script.name).map_err(Error::ScriptCompile)?;
            if harden {
                call_internal(scope, internal, "harden", &[])?;
                if code.harden_per_isolate {
                    // The top level ran on an unfrozen realm: freezing it
                    // must not run JavaScript it could have changed.
                    walk::freeze_intrinsics(scope, internal)?;
                }
            }
            if reuse {
                call_internal(scope, internal, "keepTopLevel", &[])?;
            } else if !reset(scope, internal, false) {
                return Err(Error::Internal(format!(
                    "{}: the realm could not be reset after the script's top level",
                    script.name
                )));
            }
            Ok(rerun)
        })?;
        Ok(Realm { prepared, rerun, graph: script.graph.clone(), name: script.name.clone(), reuse })
    }

    pub(crate) fn prepared(&self) -> &Prepared {
        &self.prepared
    }

    /// Before each request's dispatch: in the fresh mode, a new instance of
    /// the script (its top level run again) and its handler.
    pub(crate) fn begin_request<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> Result<()> {
        if self.reuse {
            return Ok(());
        }
        let name = &self.name;
        let namespace = match self.rerun.run(scope, &self.graph, internal) {
            TopLevel::Done(v) => v,
            TopLevel::Failed(e) => return Err(Error::Script(e)),
            TopLevel::Threw(e) => return Err(Error::Script(format!("{name}: {e}"))),
            TopLevel::Terminated => return Err(Error::Terminated("the evaluation was cancelled".into())),
        };
        install_handler(scope, internal, namespace, name).map_err(Error::Script)
    }

    /// After each request: drains microtasks and resets the realm. False
    /// when the realm must be discarded.
    pub(crate) fn reset<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> bool {
        reset(scope, internal, self.reuse)
    }
}

fn reset<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    keep_handler: bool,
) -> bool {
    scope.perform_microtask_checkpoint();
    if scope.is_execution_terminating() {
        return false;
    }
    // No async context (AsyncLocalStorage's stores) left for the next request.
    let undefined = v8::undefined(scope);
    scope.set_continuation_preserved_embedder_data(undefined.into());
    let keep = v8::Boolean::new(scope, keep_handler);
    let [r0, r1, r2, r3] = random_seed(scope);
    let Ok(reset) = request_function(scope, internal, "reset") else { return false };
    v8::tc_scope!(let tc, scope);
    matches!(reset.call(tc, internal.into(), &[keep.into(), r0, r1, r2, r3]), Some(v) if v.is_true())
}

fn install_handler<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    namespace: v8::Local<'s, v8::Value>,
    name: &str,
) -> std::result::Result<(), String> {
    let install = internal_function(scope, internal, "installHandler").map_err(|e| e.to_string())?;
    v8::tc_scope!(let tc, scope);
    if install.call(tc, internal.into(), &[namespace]).is_none() {
        let exc = tc.exception().map(|e| describe_value(tc, e)).unwrap_or_default();
        return Err(format!("{name}: {exc}"));
    }
    Ok(())
}

/// Registration of a fresh- or reuse-mode script: decides how its top level
/// runs again and builds its realm once in a throwaway isolate, so the
/// errors a script can have are reported now. Runs JavaScript: call it only
/// on a thread nano created.
pub(crate) fn register(
    script: &Script,
    log: Option<LogSink>,
    cpu_limit: std::time::Duration,
) -> Result<RealmCode> {
    builtin::init();
    let mut isolate =
        new_isolate(Some(builtin::blob(script.graph.uses_node())), script.lockdown.allow_shared_memory);
    install_host(&mut isolate, &script.name, log);
    let instance = instance_code(&mut isolate, script)?;
    let name = script.name.clone();
    run_under_cpu_limit(&mut isolate, &name, cpu_limit, |isolate| {
        let harden_per_isolate = top_level_changes_intrinsics(isolate, script, &instance)?;
        let code = RealmCode { instance, harden_per_isolate };
        // The top level's console output is shown once, from that first
        // run; the realm's build and the trial re-run below are quiet.
        install_quiet_host(isolate, &name);
        let realm = Realm::new(isolate, script, &code)?;
        // The fresh mode runs the top level again for every request, on the
        // frozen realm: one such run now, so a top level that only works
        // once (an unguarded change to a built-in) is refused here.
        in_context(isolate, realm.prepared(), |scope, _, internal| {
            let outcome = realm.begin_request(scope, internal);
            let clean = realm.reset(scope, internal);
            match outcome {
                Err(Error::Script(e)) => Err(Error::ScriptCompile(format!(
                    "{e}\n(in the fresh isolation mode the top level runs again for every request, with the \
                     built-ins frozen: guard changes to built-ins, or register the script in the reuse or strict mode)"
                ))),
                Err(e) => Err(e),
                Ok(()) if !clean => Err(Error::ScriptCompile(format!(
                    "{}: the realm could not be reset after the script's top level ran again",
                    script.name
                ))),
                Ok(()) => Ok(()),
            }
        })?;
        Ok(code)
    })
}

/// Runs the top level once on an unfrozen realm and compares every
/// intrinsic before and after: true when it changed one (it must then run
/// before each isolate's realm is frozen).
fn top_level_changes_intrinsics(
    isolate: &mut v8::Isolate,
    script: &Script,
    code: &InstanceCode,
) -> Result<bool> {
    in_new_context(isolate, true, |scope, _, internal| {
        set_up_globals(
            scope,
            internal,
            script.lockdown,
            &script.bindings,
            script.format,
            script.graph.node(),
        )?;
        let allow_eval = v8::Boolean::new(scope, script.lockdown.allow_eval);
        let [r0, r1, r2, r3] = random_seed(scope);
        call_internal(scope, internal, "beforeTopLevel", &[allow_eval.into(), r0, r1, r2, r3])?;
        let before = walk::fingerprint(scope, internal)?;
        let rerun = Rerun::compile(scope, script, code, internal)?;
        match rerun.run(scope, &script.graph, internal) {
            TopLevel::Done(_) => {}
            TopLevel::Failed(e) => return Err(Error::ScriptCompile(e)),
            TopLevel::Threw(e) => return Err(Error::ScriptCompile(format!("{}: {e}", script.name))),
            TopLevel::Terminated => return Err(Error::Terminated("the evaluation was cancelled".into())),
        }
        let after = walk::fingerprint(scope, internal)?;
        Ok(!before.same(&after))
    })
}

/// A function whose body is the script's top level, where one expresses it
/// (always for service workers; for a module script of one ES module, see
/// [`rewrite`]).
fn instance_code(isolate: &mut v8::Isolate, script: &Script) -> Result<InstanceCode> {
    if script.format == ScriptFormat::ServiceWorker {
        let wrapper = format!("(function () {{\n{}\n}})", script.source());
        return Ok(InstanceCode::Function { wrapper, origin: script.name.clone() });
    }
    let single =
        script.graph.modules.len() == 1 && script.graph.entry().kind == crate::modules::ModuleType::EsModule;
    // An entry that imports only built-in modules is a graph too (hoisted).
    // One module: its body. A graph: hoisted into one body, for the fresh
    // mode (which runs it per request; reuse instantiates the graph once).
    let (body, origin) = if single {
        (rewrite::module_as_function_body(script.source()), script.graph.entry().name.clone())
    } else if script.isolation == IsolationMode::Fresh {
        let hoisted = script.graph.hoisted().map(|h| h.body.clone());
        (hoisted, crate::modules::hoist::HOISTED_NAME.to_string())
    } else {
        (None, String::new())
    };
    in_new_context(isolate, true, |scope, _, internal| {
        // Linked as the modules they are first: their syntax errors are
        // reported as such, and V8 says whether the graph awaits at its top
        // level.
        v8::tc_scope!(let tc, scope);
        let instance = Instance::new(tc, script.graph.clone(), internal);
        let Some(module) = instance.link_entry(tc) else {
            return Err(Error::ScriptCompile(describe_exception(tc)));
        };
        let is_async = module.is_graph_async();
        let Some(body) = body else { return Ok(InstanceCode::Graph) };
        let wrapper = format!(
            "({}function (__nano_builtin) {{\"use strict\";\n{body}\n}})",
            if is_async { "async " } else { "" }
        );
        Ok(match compile_wrapper(tc, &origin, &wrapper) {
            Ok(_) => InstanceCode::Function { wrapper, origin },
            Err(_) => InstanceCode::Graph,
        })
    })
}

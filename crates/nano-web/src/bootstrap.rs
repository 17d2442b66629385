//! Builds the Workers global scope inside a context by running the bootstrap
//! JS (`js/*.js`, ES modules) with the natives of [`crate::natives`].
//!
//! The modules live in folders that say what they are: `js/web/` the Web
//! platform's APIs (streams, fetch, URL, ...), `js/nano/` nano's own request
//! machinery (the entry, dispatch, the realm's reset, captured built-ins),
//! `js/node/` Node's modules. They import each other by relative specifier
//! (`./dom.js`, `../nano/util.js`, resolved against the importing module's
//! path) and the natives by name from `nano:natives`, a module generated
//! here with one export per native: an import of a name that no module
//! exports (a native included) fails the link, so the snapshot build fails.
//! `nano/main.js` is the entry; it exports `internal`, the object through
//! which Rust calls the JS (`dispatch`, `fireTimer`, ...), kept as context
//! data.
//!
//! `build.rs` runs this once to make the startup snapshot; the library runs it
//! again only where a snapshot is deliberately not used (benchmarks).

use std::cell::RefCell;
use std::collections::HashMap;

/// The bootstrap modules: (path under `js/`, source). [`ENTRY`] is the entry.
pub const JS_FILES: &[(&str, &str)] = &[
    ("nano/main.js", include_str!("../js/nano/main.js")),
    ("nano/primordials.js", include_str!("../js/nano/primordials.js")),
    ("nano/util.js", include_str!("../js/nano/util.js")),
    ("web/console.js", include_str!("../js/web/console.js")),
    ("web/dom.js", include_str!("../js/web/dom.js")),
    ("web/abort.js", include_str!("../js/web/abort.js")),
    ("web/encoding.js", include_str!("../js/web/encoding.js")),
    ("web/url.js", include_str!("../js/web/url.js")),
    ("web/blob.js", include_str!("../js/web/blob.js")),
    ("web/streams.js", include_str!("../js/web/streams.js")),
    ("web/encoding_streams.js", include_str!("../js/web/encoding_streams.js")),
    ("web/compression.js", include_str!("../js/web/compression.js")),
    ("web/headers.js", include_str!("../js/web/headers.js")),
    ("web/fetch.js", include_str!("../js/web/fetch.js")),
    ("web/crypto.js", include_str!("../js/web/crypto.js")),
    ("web/timers.js", include_str!("../js/web/timers.js")),
    ("web/events.js", include_str!("../js/web/events.js")),
    ("web/wasm.js", include_str!("../js/web/wasm.js")),
    ("nano/dispatch.js", include_str!("../js/nano/dispatch.js")),
    ("nano/realm.js", include_str!("../js/nano/realm.js")),
    ("nano/random.js", include_str!("../js/nano/random.js")),
    ("nano/modules.js", include_str!("../js/nano/modules.js")),
    ("nano/node_hooks.js", include_str!("../js/nano/node_hooks.js")),
    ("nano/main_node.js", include_str!("../js/nano/main_node.js")),
    ("node/index.js", include_str!("../js/node/index.js")),
    ("node/assert.js", include_str!("../js/node/assert.js")),
    ("node/assert_strict.js", include_str!("../js/node/assert_strict.js")),
    ("node/async_hooks.js", include_str!("../js/node/async_hooks.js")),
    ("node/buffer.js", include_str!("../js/node/buffer.js")),
    ("node/console.js", include_str!("../js/node/console.js")),
    ("node/crypto.js", include_str!("../js/node/crypto.js")),
    ("node/diagnostics_channel.js", include_str!("../js/node/diagnostics_channel.js")),
    ("node/events.js", include_str!("../js/node/events.js")),
    ("node/http.js", include_str!("../js/node/http.js")),
    ("node/https.js", include_str!("../js/node/https.js")),
    ("node/internal/abort_reaction.js", include_str!("../js/node/internal/abort_reaction.js")),
    ("node/internal/assertion_error.js", include_str!("../js/node/internal/assertion_error.js")),
    ("node/internal/channel_registry.js", include_str!("../js/node/internal/channel_registry.js")),
    ("node/internal/comparisons.js", include_str!("../js/node/internal/comparisons.js")),
    ("node/internal/crypto_cipher.js", include_str!("../js/node/internal/crypto_cipher.js")),
    ("node/internal/crypto_keys.js", include_str!("../js/node/internal/crypto_keys.js")),
    ("node/internal/crypto_util.js", include_str!("../js/node/internal/crypto_util.js")),
    ("node/internal/errors.js", include_str!("../js/node/internal/errors.js")),
    ("node/internal/inspect.js", include_str!("../js/node/internal/inspect.js")),
    ("node/internal/timers.js", include_str!("../js/node/internal/timers.js")),
    ("node/os.js", include_str!("../js/node/os.js")),
    ("node/path.js", include_str!("../js/node/path.js")),
    ("node/path_posix.js", include_str!("../js/node/path_posix.js")),
    ("node/path_win32.js", include_str!("../js/node/path_win32.js")),
    ("node/pending.js", include_str!("../js/node/pending.js")),
    ("node/process.js", include_str!("../js/node/process.js")),
    ("node/punycode.js", include_str!("../js/node/punycode.js")),
    ("node/querystring.js", include_str!("../js/node/querystring.js")),
    ("node/stream.js", include_str!("../js/node/stream.js")),
    ("node/stream_consumers.js", include_str!("../js/node/stream_consumers.js")),
    ("node/stream_promises.js", include_str!("../js/node/stream_promises.js")),
    ("node/stream_web.js", include_str!("../js/node/stream_web.js")),
    ("node/string_decoder.js", include_str!("../js/node/string_decoder.js")),
    ("node/timers.js", include_str!("../js/node/timers.js")),
    ("node/timers_promises.js", include_str!("../js/node/timers_promises.js")),
    ("node/unsupported.js", include_str!("../js/node/unsupported.js")),
    ("node/url.js", include_str!("../js/node/url.js")),
    ("node/util.js", include_str!("../js/node/util.js")),
    ("node/util_types.js", include_str!("../js/node/util_types.js")),
    ("node/zlib.js", include_str!("../js/node/zlib.js")),
    ("node/vendor/readable_stream.js", include_str!("../js/node/vendor/readable_stream.js")),
];

/// The entry module, which exports `internal`.
const ENTRY: &str = "nano/main.js";

/// The entry of the contexts with Node's modules (it runs `js/node/` first,
/// then re-exports main.js's `internal`).
const NODE_ENTRY: &str = "nano/main_node.js";

/// Whether a bootstrap file belongs only to the Node snapshot's contexts.
fn node_only(name: &str) -> bool {
    name.starts_with("node/") || name == NODE_ENTRY
}

/// Index of the `internal` object (exported by main.js) among the context's
/// snapshot data.
pub const INTERNAL_DATA_INDEX: usize = 0;

/// The specifier of the generated natives module.
const NATIVES_MODULE: &str = "nano:natives";

/// Where the natives wait for the natives module, which deletes the property
/// as its first statement (before any other bootstrap code runs, and long
/// before any script).
const NATIVES_HANDOFF: &str = "__nano_natives__";

/// "name:line:column: message\nstack" for an exception caught by `tc`.
pub fn describe_exception(tc: &v8::PinnedRef<v8::TryCatch<v8::HandleScope>>) -> String {
    let Some(exception) = tc.exception() else {
        return "execution was terminated".to_string();
    };
    let mut out = String::new();
    // The location only where V8 has one: an exception thrown from a
    // callback (an import refused while linking) has no script, line 0 and
    // column -1; its message says where itself.
    if let Some(message) = tc.message() {
        let name = message.get_script_resource_name(tc).filter(|n| n.is_string());
        let line = message.get_line_number(tc).unwrap_or(0);
        if let Some(name) = name
            && line > 0
        {
            let name = name.to_rust_string_lossy(tc);
            match message.get_start_column().checked_add(1).filter(|c| *c <= i32::MAX as usize) {
                Some(column) => out.push_str(&format!("{name}:{line}:{column}: ")),
                None => out.push_str(&format!("{name}:{line}: ")),
            }
        }
    }
    out.push_str(&value_text(tc, exception));
    crate::host::original_positions(tc, out)
}

/// An error's stack (which starts with its message), or the value as a
/// string; positions in generated code (TypeScript) name the original's.
pub fn describe_value(scope: &v8::PinScope, value: v8::Local<v8::Value>) -> String {
    let text = value_text(scope, value);
    crate::host::original_positions(scope, text)
}

fn value_text(scope: &v8::PinScope, value: v8::Local<v8::Value>) -> String {
    if let Ok(obj) = v8::Local::<v8::Object>::try_from(value) {
        let key = v8::String::new(scope, "stack").unwrap();
        if let Some(stack) = obj.get(scope, key.into()) {
            if stack.is_string() {
                return stack.to_rust_string_lossy(scope);
            }
        }
    }
    value.to_rust_string_lossy(scope)
}

/// The source of `nano:natives`: one named export per native.
fn natives_module_source() -> String {
    let mut source =
        format!("const natives = globalThis.{NATIVES_HANDOFF};\ndelete globalThis.{NATIVES_HANDOFF};\n");
    for (name, _) in crate::natives::natives() {
        source.push_str(&format!("export const {name} = natives.{name};\n"));
    }
    source
}

thread_local! {
    /// The modules being linked, by path, for [`resolve`] (a plain function
    /// V8 calls back). Filled and emptied within one [`run`].
    static MODULES: RefCell<HashMap<String, v8::Global<v8::Module>>> = RefCell::new(HashMap::new());
}

/// `path` (a bootstrap module's, under `js/`) joined with a relative
/// specifier: `web/fetch.js` + `../nano/util.js` is `nano/util.js`. None
/// for a specifier that is not relative or climbs out of `js/`.
fn join(path: &str, specifier: &str) -> Option<String> {
    if !specifier.starts_with("./") && !specifier.starts_with("../") {
        return None;
    }
    let mut parts: Vec<&str> = path.split('/').collect();
    parts.pop(); // the file's own name
    for part in specifier.split('/') {
        match part {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join("/"))
}

/// `nano:natives`, and a relative specifier naming a bootstrap module from
/// the importing one; nothing else.
fn resolve<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let spec = specifier.to_rust_string_lossy(scope);
    // The importing module's path: whom the specifier is relative to.
    let from = MODULES.with(|m| {
        m.borrow().iter().find(|(_, g)| v8::Local::new(scope, *g) == referrer).map(|(path, _)| path.clone())
    });
    let from = from.unwrap_or_default();
    let key = if spec == NATIVES_MODULE { Some(spec.clone()) } else { join(&from, &spec) };
    let found = key.and_then(|key| MODULES.with(|m| m.borrow().get(&key).map(|g| v8::Local::new(scope, g))));
    if found.is_none() {
        let msg = v8::String::new(scope, &format!("bootstrap: no module {spec:?}")).unwrap();
        let exc = v8::Exception::type_error(scope, msg);
        scope.throw_exception(exc);
    }
    found
}

/// Runs the bootstrap modules in the current context and returns `internal`
/// (the object main.js exports under that name); `node`: with Node's
/// modules (`js/node/`).
pub fn run<'s>(scope: &mut v8::PinScope<'s, '_>, node: bool) -> Result<v8::Local<'s, v8::Object>, String> {
    if node {
        return run_modules(scope, JS_FILES, NODE_ENTRY);
    }
    let web: Vec<(&str, &str)> = JS_FILES.iter().copied().filter(|(name, _)| !node_only(name)).collect();
    run_modules(scope, &web, ENTRY)
}

/// [`run`] with another set of modules (the tests' broken ones).
fn run_modules<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    files: &[(&str, &str)],
    entry: &str,
) -> Result<v8::Local<'s, v8::Object>, String> {
    let outcome = link_and_evaluate(scope, files, entry);
    MODULES.with(|m| m.borrow_mut().clear());
    outcome
}

fn link_and_evaluate<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    files: &[(&str, &str)],
    entry_name: &str,
) -> Result<v8::Local<'s, v8::Object>, String> {
    let natives = v8::Object::new(scope);
    for (name, callback) in crate::natives::natives() {
        let template = v8::FunctionTemplate::new_raw(scope, *callback);
        let function = template.get_function(scope).ok_or("cannot create a native function")?;
        let key = v8::String::new(scope, name).unwrap();
        function.set_name(key);
        natives.set(scope, key.into(), function.into());
    }
    let global = scope.get_current_context().global(scope);
    let handoff = v8::String::new(scope, NATIVES_HANDOFF).unwrap();
    global.define_own_property(scope, handoff.into(), natives.into(), v8::PropertyAttribute::DONT_ENUM);

    v8::tc_scope!(let tc, scope);
    let natives_source = natives_module_source();
    let mut entry = None;
    for (name, source) in
        std::iter::once((NATIVES_MODULE, natives_source.as_str())).chain(files.iter().copied())
    {
        let code = v8::String::new(tc, source).ok_or("bootstrap source too long")?;
        let resource = v8::String::new(tc, &format!("nano:internal/{name}")).unwrap();
        let origin =
            v8::ScriptOrigin::new(tc, resource.into(), 0, 0, false, 0, None, false, false, true, None);
        let mut source = v8::script_compiler::Source::new(code, Some(&origin));
        let Some(module) = v8::script_compiler::compile_module(tc, &mut source) else {
            return Err(format!("bootstrap {name} does not compile: {}", describe_exception(tc)));
        };
        MODULES.with(|m| m.borrow_mut().insert(name.to_string(), v8::Global::new(tc, module)));
        if name == entry_name {
            entry = Some(module);
        }
    }
    let entry = entry.ok_or_else(|| format!("bootstrap: no {entry_name}"))?;
    if entry.instantiate_module(tc, resolve) != Some(true) {
        return Err(format!("bootstrap modules do not link: {}", describe_exception(tc)));
    }
    let evaluated =
        entry.evaluate(tc).ok_or_else(|| format!("bootstrap failed: {}", describe_exception(tc)))?;
    tc.perform_microtask_checkpoint();
    let promise =
        v8::Local::<v8::Promise>::try_from(evaluated).map_err(|_| "bootstrap: no evaluation promise")?;
    match promise.state() {
        v8::PromiseState::Fulfilled => {}
        v8::PromiseState::Rejected => {
            let reason = promise.result(tc);
            return Err(format!("bootstrap failed: {}", describe_value(tc, reason)));
        }
        v8::PromiseState::Pending => return Err("bootstrap: a module awaits at its top level".into()),
    }
    if global.has_own_property(tc, handoff.into()) == Some(true) {
        return Err("bootstrap: the natives module did not run".into());
    }
    // Unused modules would be a file listed here that nothing imports.
    let unused: Vec<&str> = files
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| {
            MODULES.with(|m| {
                m.borrow()
                    .get(*name)
                    .is_some_and(|g| v8::Local::new(tc, g).get_status() != v8::ModuleStatus::Evaluated)
            })
        })
        .collect();
    if !unused.is_empty() {
        return Err(format!("bootstrap: modules listed but never imported: {unused:?}"));
    }
    let namespace = v8::Local::<v8::Object>::try_from(entry.get_module_namespace())
        .map_err(|_| "bootstrap: main.js has no namespace object")?;
    let key = v8::String::new(tc, "internal").unwrap();
    namespace
        .get(tc, key.into())
        .and_then(|v| v8::Local::<v8::Object>::try_from(v).ok())
        .ok_or_else(|| "bootstrap: main.js exports no internal object".to_string())
}

/// Where the Workers global scope is among a built-in snapshot's added
/// contexts (its default context is V8's empty one): `internal` as its
/// context data. Both built-in snapshots (with and without Node's modules)
/// have it at this index.
pub const PLAIN_CONTEXT_INDEX: usize = 0;

/// Where the hardened context is among a built-in snapshot's added
/// contexts: the same global scope with `internal.beforeTopLevel()` and
/// `internal.lock()` already run (every intrinsic property read-only;
/// `internal.harden()` finishes).
pub const HARDENED_CONTEXT_INDEX: usize = 1;

/// The built-in startup snapshot: the Workers global scope (plain and
/// hardened contexts). `build.rs` embeds it in the library; isolates
/// restore its natives through [`crate::natives::external_references`].
pub fn create_builtin_snapshot() -> Result<Vec<u8>, String> {
    crate::platform::init_v8();
    // Made twice: see realm.js (`lock`). The first blob only serves to ask
    // a context made from it which intrinsics V8 extends.
    made_twice(None, false)
}

/// The same snapshot with Node's modules (`js/node/`), made from `base` (the
/// built-in one) in the process that uses it, as a script's snapshot is:
/// its isolates then share the read-only heap of `base`'s (a blob made at
/// build time would carry a read-only heap of another layout). A script
/// that uses nothing of Node starts from `base` and pays nothing for Node's
/// modules (V8 deserialises a blob's code and strings for every isolate).
/// Runs JavaScript.
pub fn create_node_snapshot(base: &'static [u8]) -> Result<Vec<u8>, String> {
    made_twice(Some(base), true)
}

fn made_twice(base: Option<&'static [u8]>, node: bool) -> Result<Vec<u8>, String> {
    let first = snapshot_with(base, node, None)?;
    let extended = extended_after_deserialising(&first)?;
    snapshot_with(base, node, Some(&extended))
}

fn call<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &str,
    args: &[v8::Local<'s, v8::Value>],
) -> Result<v8::Local<'s, v8::Value>, String> {
    let key = v8::String::new(scope, name).unwrap();
    let function = internal
        .get(scope, key.into())
        .and_then(|f| v8::Local::<v8::Function>::try_from(f).ok())
        .ok_or_else(|| format!("bootstrap: internal.{name} is missing"))?;
    v8::tc_scope!(let tc, scope);
    function
        .call(tc, internal.into(), args)
        .ok_or_else(|| format!("bootstrap: internal.{name}() threw: {}", describe_exception(tc)))
}

/// A built-in snapshot (from `base` when given): V8's empty default context,
/// then the Workers global scope (with Node's modules when `node`), plain
/// and hardened, the hardened one with the intrinsics at `extensible` (walk
/// indices; None: all) left extensible.
fn snapshot_with(
    base: Option<&'static [u8]>,
    node: bool,
    extensible: Option<&[u32]>,
) -> Result<Vec<u8>, String> {
    let refs = Some(crate::natives::external_references());
    let mut creator = match base {
        Some(blob) => v8::Isolate::snapshot_creator_from_existing_snapshot(blob.into(), refs, None),
        None => v8::Isolate::snapshot_creator(refs, None),
    };
    if let Err(e) = add_contexts(&mut creator, node, extensible) {
        // Dropping a creator that made no blob panics (over this error),
        // and making one without a default context aborts: at build time,
        // leaking it is what lets the error be read.
        std::mem::forget(creator);
        return Err(e);
    }
    let blob =
        creator.create_blob(v8::FunctionCodeHandling::Keep).ok_or("V8 could not create the snapshot")?;
    Ok(blob.to_vec())
}

fn add_contexts(
    creator: &mut v8::OwnedIsolate,
    node: bool,
    extensible: Option<&[u32]>,
) -> Result<(), String> {
    {
        // From a base blob, Context::new would be the base's default
        // context, which is V8's empty one too.
        v8::scope!(let scope, &mut *creator);
        let context = v8::Context::new(scope, Default::default());
        scope.set_default_context(context);
    }
    {
        v8::scope!(let scope, &mut *creator);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        let internal = run(scope, node)?;
        call(scope, internal, "makeValueChecks", &[])?;
        let data = scope.add_context_data(context, internal);
        if data != INTERNAL_DATA_INDEX {
            return Err(format!("internal landed at context data index {data}"));
        }
        let index = scope.add_context(context);
        if index != PLAIN_CONTEXT_INDEX {
            return Err(format!("the plain context landed at index {index}"));
        }
    }
    // The same global scope, its intrinsics frozen (realm.js, `lock`): the
    // fresh and reuse isolation modes start each isolate's realm from it,
    // so hardening it at run time is cheap.
    v8::scope!(let scope, &mut *creator);
    let context = v8::Context::new(scope, Default::default());
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = run(scope, node)?;
    // Generated while code generation is allowed: before any script.
    call(scope, internal, "makeValueChecks", &[])?;
    call(scope, internal, "beforeTopLevel", &[])?;
    let arg: v8::Local<v8::Value> = match extensible {
        None => v8::null(scope).into(),
        Some(list) => {
            let items: Vec<v8::Local<v8::Value>> =
                list.iter().map(|i| v8::Integer::new_from_unsigned(scope, *i).into()).collect();
            v8::Array::new_with_elements(scope, &items).into()
        }
    };
    call(scope, internal, "lock", &[arg])?;
    let data = scope.add_context_data(context, internal);
    if data != INTERNAL_DATA_INDEX {
        return Err(format!("internal landed at context data index {data}"));
    }
    let index = scope.add_context(context);
    if index != HARDENED_CONTEXT_INDEX {
        return Err(format!("the hardened context landed at index {index}"));
    }
    Ok(())
}

/// Which locked intrinsics a context made from `blob` has more properties
/// on than when it was snapshotted.
fn extended_after_deserialising(blob: &[u8]) -> Result<Vec<u32>, String> {
    // Build time only: the blob must outlive the isolate, which V8 wants
    // as 'static.
    let blob: &'static [u8] = Box::leak(blob.to_vec().into_boxed_slice());
    let params = v8::CreateParams::default()
        .external_references(crate::natives::external_references())
        .snapshot_blob(blob.into());
    let isolate = &mut v8::Isolate::new(params);
    v8::scope!(let scope, isolate);
    let context = v8::Context::from_snapshot(scope, HARDENED_CONTEXT_INDEX, Default::default())
        .ok_or("the first snapshot has no hardened context")?;
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = scope
        .get_context_data_from_snapshot_once::<v8::Object>(INTERNAL_DATA_INDEX)
        .map_err(|e| format!("the first snapshot's hardened context has no internal object: {e:?}"))?;
    let list = call(scope, internal, "extendedIntrinsics", &[])?;
    let list = v8::Local::<v8::Array>::try_from(list).map_err(|_| "extendedIntrinsics: not an array")?;
    (0..list.length())
        .map(|i| {
            list.get_index(scope, i)
                .and_then(|v| v.uint32_value(scope))
                .ok_or_else(|| "extendedIntrinsics: not an index".to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bootstrap(files: &[(&str, &str)]) -> Result<(), String> {
        crate::platform::init_v8();
        let params = v8::CreateParams::default().external_references(crate::natives::external_references());
        let isolate = &mut v8::Isolate::new(params);
        v8::scope!(let scope, isolate);
        let context = v8::Context::new(scope, Default::default());
        let scope = &mut v8::ContextScope::new(scope, context);
        run_modules(scope, files, ENTRY).map(|_| ())
    }

    #[test]
    fn the_bootstrap_runs_and_leaves_no_handoff() {
        for node in [false, true] {
            crate::platform::init_v8();
            let params =
                v8::CreateParams::default().external_references(crate::natives::external_references());
            let isolate = &mut v8::Isolate::new(params);
            v8::scope!(let scope, isolate);
            let context = v8::Context::new(scope, Default::default());
            let scope = &mut v8::ContextScope::new(scope, context);
            run(scope, node).unwrap();
        }
    }

    #[test]
    fn importing_a_name_nothing_exports_fails() {
        let err = bootstrap(&[("nano/main.js", "import { noSuchNative } from 'nano:natives';")]).unwrap_err();
        assert!(err.contains("noSuchNative"), "{err}");
        let err = bootstrap(&[
            ("nano/main.js", "import { missing } from './util.js';"),
            ("nano/util.js", "export const present = 1;"),
        ])
        .unwrap_err();
        assert!(err.contains("missing"), "{err}");
        let err = bootstrap(&[("nano/main.js", "import './nowhere.js';")]).unwrap_err();
        assert!(err.contains("nowhere.js"), "{err}");
        // Relative to the importing module: ./util.js from web/ is not nano/util.js.
        let err = bootstrap(&[
            ("nano/main.js", "import { x } from '../web/a.js'; export const internal = x;"),
            ("web/a.js", "export { present as x } from './util.js';"),
            ("nano/util.js", "export const present = 1;"),
        ])
        .unwrap_err();
        assert!(err.contains("./util.js"), "{err}");
    }

    #[test]
    fn specifiers_join_the_importing_path() {
        assert_eq!(join("web/fetch.js", "../nano/util.js").as_deref(), Some("nano/util.js"));
        assert_eq!(join("web/fetch.js", "./streams.js").as_deref(), Some("web/streams.js"));
        assert_eq!(join("nano/main.js", "../../out.js"), None);
        assert_eq!(join("nano/main.js", "util.js"), None);
    }

    #[test]
    fn a_module_nothing_imports_is_refused() {
        let err = bootstrap(&[("nano/main.js", "import { log } from 'nano:natives';"), ("web/stray.js", "")])
            .unwrap_err();
        assert!(err.contains("stray.js"), "{err}");
    }
}

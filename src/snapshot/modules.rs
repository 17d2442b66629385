//! One instance of a script's module graph in one context: its V8 modules,
//! compiled on demand and linked through the graph's resolved links, and the
//! values of its other modules (CommonJS `module` objects, text, data, JSON,
//! WebAssembly), made once per instance.
//!
//! A module of a type other than ES module is linked as a stand-in ES module
//! ([`crate::modules::Module::stand_in_source`]) that takes its value from
//! `import.meta`; CommonJS modules run as functions through `internal`
//! (`commonJsModule`, `runCommonJs`), their `require` coming back here
//! through the `moduleRequire` native. `import()` is served from the same
//! instance. The instance of the context running is the isolate's
//! [`Current`] (one context runs at a time).
//!
//! The strict mode keeps an instance in its snapshot ([`Instance::save`],
//! [`Instance::restore`]): every module compiled and linked, the entry's
//! graph evaluated.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use nano_web::host::{ModuleLoader, ModuleLoaderSlot};

use super::context::internal_function;
use crate::modules::resolve::Link;
use crate::modules::{ModuleGraph, ModuleType};

/// A graph's modules in one context.
pub(crate) struct Instance(Rc<State>);

struct State {
    graph: Arc<ModuleGraph>,
    modules: std::cell::RefCell<Vec<Option<v8::Global<v8::Module>>>>,
    /// The compiled modules by V8's identity hash, for the callbacks that
    /// name a module (linking, `import.meta`): hash -> indexes.
    by_hash: std::cell::RefCell<HashMap<i32, Vec<usize>>>,
    /// Per module: its value once made (a CommonJS module's `module`).
    values: v8::Global<v8::Array>,
    internal: v8::Global<v8::Object>,
}

/// The isolate slot naming the instance of the context running.
struct Current(Rc<State>);

impl Instance {
    /// A new instance of `graph` in `scope`'s context, made the isolate's
    /// current one.
    pub(crate) fn new(
        scope: &mut v8::PinScope<'_, '_>,
        graph: Arc<ModuleGraph>,
        internal: v8::Local<'_, v8::Object>,
    ) -> Instance {
        let n = graph.modules.len();
        let values = v8::Array::new(scope, n as i32);
        let state = State {
            modules: std::cell::RefCell::new(vec![None; n]),
            by_hash: Default::default(),
            values: v8::Global::new(scope, values),
            internal: v8::Global::new(scope, internal),
            graph,
        };
        let instance = Instance(Rc::new(state));
        instance.make_current(scope);
        instance
    }

    /// Makes this the isolate's current instance (`import()`, `require`,
    /// `import.meta` and linking go to it).
    pub(crate) fn make_current(&self, isolate: &mut v8::Isolate) {
        isolate.set_slot(Current(self.0.clone()));
        isolate.set_slot(ModuleLoaderSlot(self.0.clone()));
        isolate.set_host_import_module_dynamically_callback(dynamic_import);
        isolate.set_host_initialize_import_meta_object_callback(import_meta);
    }

    /// A WebAssembly module whose value this instance made (V8 cannot keep
    /// a compiled module in a snapshot).
    pub(crate) fn made_wasm(&self, scope: &mut v8::PinScope<'_, '_>) -> Option<String> {
        let values = v8::Local::new(scope, &self.0.values);
        self.0.graph.modules.iter().enumerate().find_map(|(i, m)| {
            let made = values.get_index(scope, i as u32).is_some_and(|v| !v.is_undefined());
            (m.kind == ModuleType::Wasm && made).then(|| m.name.clone())
        })
    }

    /// Drops the isolate's current instance, if any.
    pub(crate) fn forget(isolate: &mut v8::Isolate) {
        isolate.remove_slot::<Current>();
        isolate.remove_slot::<ModuleLoaderSlot>();
    }

    /// Compiles, links and evaluates the entry's graph; the value is the
    /// evaluation's (a promise) and the entry's namespace.
    pub(crate) fn evaluate_entry<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
    ) -> Option<(v8::Local<'s, v8::Value>, v8::Local<'s, v8::Value>)> {
        let module = self.link_entry(scope)?;
        let evaluation = module.evaluate(scope)?;
        Some((evaluation, module.get_module_namespace()))
    }

    /// Compiles and links the entry's graph (throws on a syntax error or a
    /// link that fails); the entry module.
    pub(crate) fn link_entry<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
    ) -> Option<v8::Local<'s, v8::Module>> {
        let module = module(scope, &self.0, 0)?;
        if module.get_status() == v8::ModuleStatus::Uninstantiated {
            module.instantiate_module(scope, resolve_static)?;
        }
        Some(module)
    }

    /// Compiles and links every module (the strict mode's snapshot holds
    /// them all, for `import()` after it is restored).
    pub(crate) fn link_all(&self, scope: &mut v8::PinScope<'_, '_>) -> Option<()> {
        for i in 0..self.0.graph.modules.len() {
            let m = module(scope, &self.0, i)?;
            if m.get_status() == v8::ModuleStatus::Uninstantiated {
                m.instantiate_module(scope, resolve_static)?;
            }
        }
        Some(())
    }

    /// Adds the instance to the snapshot `scope`'s isolate is making, as
    /// `context`'s data after `internal` (every module must be compiled:
    /// [`Instance::link_all`]).
    pub(crate) fn save(&self, scope: &mut v8::PinScope<'_, '_>, context: v8::Local<'_, v8::Context>) {
        let values = v8::Local::new(scope, &self.0.values);
        scope.add_context_data(context, values);
        for m in self.0.modules.borrow().iter() {
            let m = v8::Local::new(scope, m.as_ref().expect("link_all compiled every module"));
            scope.add_context_data(context, m);
        }
    }

    /// The instance [`Instance::save`] kept in the snapshot `scope`'s
    /// context was made from, made the isolate's current one.
    pub(crate) fn restore(
        scope: &mut v8::PinScope<'_, '_>,
        graph: Arc<ModuleGraph>,
        internal: v8::Local<'_, v8::Object>,
    ) -> crate::Result<Instance> {
        let missing =
            |e| crate::Error::Internal(format!("the script's snapshot has no module instance: {e:?}"));
        let base = nano_web::bootstrap::INTERNAL_DATA_INDEX + 1;
        let values = scope.get_context_data_from_snapshot_once::<v8::Array>(base).map_err(missing)?;
        let mut modules = Vec::with_capacity(graph.modules.len());
        let mut by_hash: HashMap<i32, Vec<usize>> = HashMap::new();
        for i in 0..graph.modules.len() {
            let m = scope.get_context_data_from_snapshot_once::<v8::Module>(base + 1 + i).map_err(missing)?;
            by_hash.entry(m.get_identity_hash().get()).or_default().push(i);
            modules.push(Some(v8::Global::new(scope, m)));
        }
        let state = State {
            modules: std::cell::RefCell::new(modules),
            by_hash: std::cell::RefCell::new(by_hash),
            values: v8::Global::new(scope, values),
            internal: v8::Global::new(scope, internal),
            graph,
        };
        let instance = Instance(Rc::new(state));
        instance.make_current(scope);
        Ok(instance)
    }
}

/// The isolate's current instance.
fn current(scope: &v8::PinScope) -> Option<Rc<State>> {
    scope.get_slot::<Current>().map(|c| c.0.clone())
}

fn throw(scope: &mut v8::PinScope, message: &str, code: Option<&str>) {
    let msg = v8::String::new(scope, message).unwrap_or_else(|| v8::String::empty(scope));
    let exc = v8::Exception::error(scope, msg);
    if let (Some(code), Ok(obj)) = (code, v8::Local::<v8::Object>::try_from(exc)) {
        let key = v8::String::new(scope, "code").unwrap();
        let value = v8::String::new(scope, code).unwrap();
        obj.set(scope, key.into(), value.into());
    }
    scope.throw_exception(exc);
}

/// Module `i`, compiled now if it was not (throws on a syntax error).
fn module<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &State,
    i: usize,
) -> Option<v8::Local<'s, v8::Module>> {
    if let Some(m) = &state.modules.borrow()[i] {
        return Some(v8::Local::new(scope, m));
    }
    let m = &state.graph.modules[i];
    let source = match m.kind {
        ModuleType::EsModule => v8::String::new(scope, m.text())?,
        ModuleType::Builtin => {
            let namespace = value(scope, state, i)?;
            let source = builtin_stand_in(scope, namespace)?;
            v8::String::new(scope, &source)?
        }
        _ => v8::String::new(scope, &m.stand_in_source())?,
    };
    let name = v8::String::new(scope, &m.name)?;
    let origin = v8::ScriptOrigin::new(scope, name.into(), 0, 0, false, 0, None, false, false, true, None);
    let mut src = v8::script_compiler::Source::new(source, Some(&origin));
    let compiled = v8::script_compiler::compile_module(scope, &mut src)?;
    state.modules.borrow_mut()[i] = Some(v8::Global::new(scope, compiled));
    state.by_hash.borrow_mut().entry(compiled.get_identity_hash().get()).or_default().push(i);
    Some(compiled)
}

/// The stand-in ES module of a built-in module: the bootstrap's module
/// namespace (`namespace`, its value) re-exported name by name.
fn builtin_stand_in(scope: &mut v8::PinScope, namespace: v8::Local<v8::Value>) -> Option<String> {
    let namespace = v8::Local::<v8::Object>::try_from(namespace).ok()?;
    let keys = namespace.get_own_property_names(scope, Default::default())?;
    let mut s = String::from("const value = import.meta.nanoValue;\n");
    let mut names = Vec::new();
    for k in 0..keys.length() {
        let name = keys.get_index(scope, k)?.to_rust_string_lossy(scope);
        let quoted = serde_json::to_string(&name).ok()?;
        s.push_str(&format!("const e{k} = value[{quoted}];\n"));
        names.push(format!("e{k} as {quoted}"));
    }
    s.push_str(&format!("export {{ {} }};\n", names.join(", ")));
    Some(s)
}

/// Built-in module `name`'s namespace, from the bootstrap (`internal.nodeModule`).
fn builtin_namespace<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    name: &str,
) -> Option<v8::Local<'s, v8::Value>> {
    let find = internal_function(scope, internal, "nodeModule").ok()?;
    let name = v8::String::new(scope, name)?;
    let namespace = find.call(scope, internal.into(), &[name.into()])?;
    if namespace.is_undefined() {
        let message = format!("nano's bootstrap has no module {}", name.to_rust_string_lossy(scope));
        throw(scope, &message, Some("ERR_UNKNOWN_BUILTIN_MODULE"));
        return None;
    }
    Some(namespace)
}

/// A built-in module's value for `require()`: its default export (Node's
/// `module.exports`).
fn builtin_exports<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    namespace: v8::Local<'s, v8::Value>,
) -> Option<v8::Local<'s, v8::Value>> {
    let namespace = v8::Local::<v8::Object>::try_from(namespace).ok()?;
    let key = v8::String::new(scope, "default")?;
    namespace.get(scope, key.into())
}

/// The index of `module` in the instance.
fn index_of(scope: &v8::PinScope, state: &State, module: v8::Local<v8::Module>) -> Option<usize> {
    let by_hash = state.by_hash.borrow();
    let modules = state.modules.borrow();
    let candidates = by_hash.get(&module.get_identity_hash().get())?;
    // Identity hashes may collide: the module itself decides.
    candidates
        .iter()
        .copied()
        .find(|&i| modules[i].as_ref().is_some_and(|g| v8::Local::new(scope, g) == module))
}

/// The module `from`'s `specifier` leads to, or an exception thrown.
fn target(scope: &mut v8::PinScope, state: &State, from: usize, specifier: &str) -> Option<usize> {
    let importer = &state.graph.modules[from].name;
    let (message, code) = match state.graph.link(from, specifier) {
        Link::Module(name) => return state.graph.index_of(&name),
        builtin @ Link::Builtin(_) => {
            (format!("{importer}: {}", builtin.failure()), "ERR_UNKNOWN_BUILTIN_MODULE")
        }
        missing @ Link::Missing(_) => (
            format!("Cannot find module {specifier:?} from {importer}: {}", missing.failure()),
            "MODULE_NOT_FOUND",
        ),
    };
    throw(scope, &message, Some(code));
    None
}

/// V8's static-import resolution: the graph's link.
fn resolve_static<'s>(
    context: v8::Local<'s, v8::Context>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
    referrer: v8::Local<'s, v8::Module>,
) -> Option<v8::Local<'s, v8::Module>> {
    v8::callback_scope!(unsafe scope, context);
    let state = current(scope)?;
    let specifier = specifier.to_rust_string_lossy(scope);
    let from = index_of(scope, &state, referrer)?;
    let to = target(scope, &state, from, &specifier)?;
    module(scope, &state, to)
}

/// Module `i`'s value (made once per instance): a string, an ArrayBuffer,
/// the parsed JSON, a `WebAssembly.Module`, or a CommonJS module's exports.
fn value<'s>(scope: &mut v8::PinScope<'s, '_>, state: &State, i: usize) -> Option<v8::Local<'s, v8::Value>> {
    let m = &state.graph.modules[i];
    if m.kind == ModuleType::CommonJs {
        let module = commonjs(scope, state, i)?;
        let key = v8::String::new(scope, "exports")?;
        return module.get(scope, key.into());
    }
    let values = v8::Local::new(scope, &state.values);
    let cached = values.get_index(scope, i as u32)?;
    if !cached.is_undefined() {
        return Some(cached);
    }
    let made: v8::Local<v8::Value> = match m.kind {
        ModuleType::Text => v8::String::new(scope, m.text())?.into(),
        ModuleType::Json => {
            let text = v8::String::new(scope, m.text())?;
            v8::json::parse(scope, text)?
        }
        ModuleType::Data => {
            let store = v8::ArrayBuffer::new_backing_store_from_vec(m.bytes.clone()).make_shared();
            v8::ArrayBuffer::with_backing_store(scope, &store).into()
        }
        ModuleType::Builtin => {
            let internal = v8::Local::new(scope, &state.internal);
            builtin_namespace(scope, internal, &m.name)?
        }
        ModuleType::Wasm => {
            // Through nano's WebAssembly wrappers, which count what the
            // module may allocate.
            let store = v8::ArrayBuffer::new_backing_store_from_vec(m.bytes.clone()).make_shared();
            let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
            let internal = v8::Local::new(scope, &state.internal);
            let compile = internal_function(scope, internal, "wasmModuleOf").ok()?;
            compile.call(scope, internal.into(), &[buffer.into()])?
        }
        ModuleType::EsModule | ModuleType::CommonJs => unreachable!(),
    };
    values.set_index(scope, i as u32, made)?;
    Some(made)
}

/// CommonJS module `i`'s `module` object, run on first use (cached before
/// it runs, so a cycle sees its partial exports, as in Node).
fn commonjs<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    state: &State,
    i: usize,
) -> Option<v8::Local<'s, v8::Object>> {
    let values = v8::Local::new(scope, &state.values);
    let cached = values.get_index(scope, i as u32)?;
    if let Ok(module) = v8::Local::<v8::Object>::try_from(cached) {
        return Some(module);
    }
    let m = &state.graph.modules[i];
    let internal = v8::Local::new(scope, &state.internal);
    let make = internal_function(scope, internal, "commonJsModule").ok()?;
    let run = internal_function(scope, internal, "runCommonJs").ok()?;
    let dir = m.name.rsplit_once('/').map_or("", |(d, _)| d);
    let args = [
        v8::Integer::new_from_unsigned(scope, i as u32).into(),
        v8::String::new(scope, &format!("/{}", m.name))?.into(),
        v8::String::new(scope, &format!("/{dir}"))?.into(),
    ];
    let module = make.call(scope, internal.into(), &args)?;
    values.set_index(scope, i as u32, module)?;
    // Line -1: the wrapper's own line, so the module's lines keep their numbers.
    let wrapper =
        format!("(function (exports, require, module, __filename, __dirname) {{\n{}\n}})", m.text());
    let source = v8::String::new(scope, &wrapper)?;
    let name = v8::String::new(scope, &m.name)?;
    let origin = v8::ScriptOrigin::new(scope, name.into(), -1, 0, false, 0, None, false, false, false, None);
    let function = v8::Script::compile(scope, source, Some(&origin))?.run(scope)?;
    run.call(scope, internal.into(), &[function, module])?;
    module.try_into().ok()
}

impl ModuleLoader for State {
    fn require<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        from: u32,
        specifier: &str,
    ) -> Option<v8::Local<'s, v8::Value>> {
        // A Node module named by a computed specifier (not in the graph).
        if self.graph.node()
            && let Link::Builtin(name) = self.graph.link(from as usize, specifier)
            && crate::modules::resolve::node_builtin(&name)
        {
            let internal = v8::Local::new(scope, &self.internal);
            let namespace = builtin_namespace(scope, internal, &name)?;
            return builtin_exports(scope, namespace);
        }
        let to = target(scope, self, from as usize, specifier)?;
        if self.graph.modules[to].kind == ModuleType::Builtin {
            let namespace = value(scope, self, to)?;
            return builtin_exports(scope, namespace);
        }
        if self.graph.modules[to].kind != ModuleType::EsModule {
            return value(scope, self, to);
        }
        // require() of an ES module, as Node 22 allows: evaluated now, and
        // refused when it awaits at its top level.
        let m = module(scope, self, to)?;
        if m.get_status() == v8::ModuleStatus::Uninstantiated {
            m.instantiate_module(scope, resolve_static)?;
        }
        let evaluation = m.evaluate(scope)?;
        if let Ok(promise) = v8::Local::<v8::Promise>::try_from(evaluation) {
            match promise.state() {
                v8::PromiseState::Rejected => {
                    let reason = promise.result(scope);
                    scope.throw_exception(reason);
                    return None;
                }
                v8::PromiseState::Pending => {
                    let name = &self.graph.modules[to].name;
                    throw(
                        scope,
                        &format!(
                            "require() of {name}, an ES module that awaits at its top level: use import()"
                        ),
                        Some("ERR_REQUIRE_ASYNC_MODULE"),
                    );
                    return None;
                }
                v8::PromiseState::Fulfilled => {}
            }
        }
        Some(m.get_module_namespace())
    }

    fn original_positions(&self, text: &str) -> Option<String> {
        self.graph.original_positions(text)
    }
}

/// `import.meta`: `url` for modules; a stand-in's value for it.
unsafe extern "C" fn import_meta(
    context: v8::Local<v8::Context>,
    module: v8::Local<v8::Module>,
    meta: v8::Local<v8::Object>,
) {
    v8::callback_scope!(unsafe scope, context);
    let Some(state) = current(scope) else { return };
    let Some(i) = index_of(scope, &state, module) else { return };
    let m = &state.graph.modules[i];
    if m.kind == ModuleType::EsModule {
        let (Some(key), Some(url)) =
            (v8::String::new(scope, "url"), v8::String::new(scope, &format!("file:///{}", m.name)))
        else {
            return;
        };
        meta.create_data_property(scope, key.into(), url.into());
        let key = v8::String::new(scope, "main").unwrap();
        let main = v8::Boolean::new(scope, i == 0);
        meta.create_data_property(scope, key.into(), main.into());
        return;
    }
    if let Some(v) = value(scope, &state, i) {
        let key = v8::String::new(scope, "nanoValue").unwrap();
        meta.create_data_property(scope, key.into(), v);
    }
}

/// `import()`: a module of the graph, linked and evaluated in this instance.
fn dynamic_import<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    _options: v8::Local<'s, v8::Data>,
    resource_name: v8::Local<'s, v8::Value>,
    specifier: v8::Local<'s, v8::String>,
    _attributes: v8::Local<'s, v8::FixedArray>,
) -> Option<v8::Local<'s, v8::Promise>> {
    let resolver = v8::PromiseResolver::new(scope)?;
    let promise = resolver.get_promise(scope);
    let specifier = specifier.to_rust_string_lossy(scope);
    let importer = resource_name.to_rust_string_lossy(scope);
    v8::tc_scope!(let tc, scope);
    let outcome = (|| {
        let Some(state) = current(tc) else {
            throw(tc, "import() is not available here", None);
            return None;
        };
        let Some(from) = state.graph.index_of(&importer) else {
            throw(tc, &format!("import() from {importer:?}, which is not a module of this script"), None);
            return None;
        };
        let to = target(tc, &state, from, &specifier)?;
        let m = module(tc, &state, to)?;
        if m.get_status() == v8::ModuleStatus::Uninstantiated {
            m.instantiate_module(tc, resolve_static)?;
        }
        let evaluation = m.evaluate(tc)?;
        let namespace = m.get_module_namespace();
        let internal = v8::Local::new(tc, &state.internal);
        let after = internal_function(tc, internal, "afterEvaluation").ok()?;
        after.call(tc, internal.into(), &[evaluation, namespace])
    })();
    match outcome {
        Some(v) => {
            resolver.resolve(tc, v);
        }
        None if tc.has_terminated() => return None,
        None => {
            let exc = tc.exception().unwrap_or_else(|| v8::undefined(tc).into());
            tc.reset();
            resolver.reject(tc, exc);
        }
    }
    Some(promise)
}

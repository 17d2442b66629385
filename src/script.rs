//! What a host registers: a script's source form, its options, and the
//! registered result.

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

/// The Workers lockdown, per script: by default no code generation from
/// strings (`eval`, `new Function`) and no shared memory
/// (`SharedArrayBuffer`, so no `Atomics.wait`). Each can be allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockdown {
    pub allow_eval: bool,
    pub allow_shared_memory: bool,
}

/// How each request of a script gets clean state; see README.md
/// ("Isolation modes") for each mode's exact guarantee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IsolationMode {
    /// The default: one hardened context per isolate (built-ins frozen),
    /// the script's top level run again for every request (a fresh module
    /// instance), and the realm reset after it. Nothing a request does is
    /// seen by the next.
    #[default]
    Fresh,
    /// A fresh V8 context per request, from a per-script snapshot: the
    /// strongest separation, at the cost of a context per request.
    Strict,
    /// Workers' own semantics: the module instance (its top-level state)
    /// persists across the requests one isolate serves. Still on the
    /// hardened realm and still reset after each request, except for that
    /// module state.
    Reuse,
}

impl IsolationMode {
    /// The name used by every host (C constants, Go, nginx, `nano serve`).
    pub fn name(self) -> &'static str {
        match self {
            IsolationMode::Fresh => "fresh",
            IsolationMode::Strict => "strict",
            IsolationMode::Reuse => "reuse",
        }
    }

    /// The mode named `name` (see [`IsolationMode::name`]).
    pub fn from_name(name: &str) -> Option<IsolationMode> {
        [IsolationMode::Fresh, IsolationMode::Strict, IsolationMode::Reuse]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// Options for [`crate::Runtime::add_script`].
#[derive(Debug, Clone)]
pub struct ScriptOptions {
    pub format: ScriptFormat,
    /// `env` bindings: variables and secrets, as strings.
    pub bindings: Vec<(String, String)>,
    /// How requests are kept apart (by default: a fresh module instance on
    /// a hardened, reset realm).
    pub isolation: IsolationMode,
    /// What the lockdown allows; by default neither eval nor shared memory.
    pub lockdown: Lockdown,
    /// Node.js compatibility (Workers' `nodejs_compat`), on by default as
    /// on Workers: `node:*` modules (also by their bare names) link, and
    /// the globals `Buffer`, `process`, `global`, `setImmediate`,
    /// `clearImmediate` and `AsyncLocalStorage` are defined. Off, a
    /// `node:*` import fails registration.
    pub node_compat: bool,
}

impl Default for ScriptOptions {
    fn default() -> ScriptOptions {
        ScriptOptions {
            format: ScriptFormat::default(),
            bindings: Vec::new(),
            isolation: IsolationMode::default(),
            lockdown: Lockdown::default(),
            node_compat: true,
        }
    }
}

/// What a script's isolation mode made of it at registration: the mode's
/// own state (a snapshot, compiled instance code), in a type of the
/// isolation layer (`isolation::register` makes it, `isolation::mode_of`
/// reads it back), so that [`Script`] holds only what a script is.
pub(crate) trait Registered: std::any::Any + std::fmt::Debug + Send + Sync {
    /// Bytes the mode keeps for the script.
    fn retained_bytes(&self) -> usize;
    /// Size of the script's own startup snapshot (0 when none is made).
    fn snapshot_len(&self) -> usize {
        0
    }
}

/// A script not registered yet.
#[derive(Debug)]
pub(crate) struct Unregistered;

impl Registered for Unregistered {
    fn retained_bytes(&self) -> usize {
        0
    }
}

/// A registered script: what it is (name, source, format, bindings, how
/// its requests are kept apart, what the lockdown allows) and what its
/// mode made of it.
pub struct Script {
    pub(crate) name: String,
    pub(crate) isolation: IsolationMode,
    /// Its modules (one, for a script registered from one source).
    pub(crate) graph: std::sync::Arc<crate::modules::ModuleGraph>,
    pub(crate) format: ScriptFormat,
    pub(crate) bindings: Vec<(String, String)>,
    pub(crate) lockdown: Lockdown,
    pub(crate) registered: Box<dyn Registered>,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script")
            .field("name", &self.name)
            .field("isolation", &self.isolation)
            .field("registered", &self.registered)
            .finish()
    }
}

impl Script {
    /// What `options` make of `graph`, not registered yet.
    pub(crate) fn new(name: &str, graph: crate::modules::ModuleGraph, options: ScriptOptions) -> Script {
        Script {
            name: name.to_string(),
            isolation: options.isolation,
            graph: std::sync::Arc::new(graph),
            format: options.format,
            bindings: options.bindings,
            lockdown: options.lockdown,
            registered: Box::new(Unregistered),
        }
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Size in bytes of the script's startup snapshot (strict mode only;
    /// 0 in the other modes).
    pub fn snapshot_len(&self) -> usize {
        self.registered.snapshot_len()
    }
    pub fn isolation(&self) -> IsolationMode {
        self.isolation
    }
    /// The source of the script's entry module.
    pub(crate) fn source(&self) -> &str {
        self.graph.entry().text()
    }
    /// Bytes the registered script holds: its modules, bindings and what
    /// its mode keeps (the strict mode's snapshot, the realm's compiled
    /// instance code).
    pub fn retained_bytes(&self) -> usize {
        self.registered.retained_bytes()
            + self.graph.retained_bytes()
            + self.bindings.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>()
    }
}

/// Checks a script name: 1 to 256 bytes, no control characters (names go
/// into log lines and C strings).
pub(crate) fn check_name(name: &str) -> crate::Result<()> {
    if name.is_empty() || name.len() > 256 || name.chars().any(char::is_control) {
        return Err(crate::Error::InvalidArgument(
            "a script name must be 1 to 256 bytes without control characters (NUL, CR, LF, ...)".into(),
        ));
    }
    Ok(())
}

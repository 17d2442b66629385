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
#[derive(Debug, Clone, Default)]
pub struct ScriptOptions {
    pub format: ScriptFormat,
    /// `env` bindings: variables and secrets, as strings.
    pub bindings: Vec<(String, String)>,
    /// How requests are kept apart (by default: a fresh module instance on
    /// a hardened, reset realm).
    pub isolation: IsolationMode,
    /// What the lockdown allows; by default neither eval nor shared memory.
    pub lockdown: Lockdown,
}

/// How a script's top level is run again in its realm (the fresh and reuse
/// modes), decided once at registration.
#[derive(Debug)]
pub(crate) enum InstanceCode {
    /// Source of a function expression whose body is the script's top level
    /// (modules rewritten by `realm::rewrite`; an async function when the
    /// module awaits at its top level).
    Function { wrapper: String },
    /// The module is compiled and instantiated again from its source.
    Module,
}

/// A registered script: what its isolates start from.
pub struct Script {
    pub(crate) name: String,
    pub(crate) isolation: IsolationMode,
    /// The strict mode's per-script snapshot (empty otherwise: those modes
    /// start from the built-in snapshot and build the realm per isolate).
    pub(crate) snapshot: Box<[u8]>,
    pub(crate) source: String,
    pub(crate) format: ScriptFormat,
    pub(crate) bindings: Vec<(String, String)>,
    pub(crate) instance: InstanceCode,
    /// The fresh and reuse modes: the top level changes built-ins (a
    /// polyfill installed), so each isolate runs it on an unfrozen realm and
    /// freezes after (slower); otherwise realms start from the hardened
    /// context of the built-in snapshot.
    pub(crate) harden_per_isolate: bool,
    pub(crate) lockdown: Lockdown,
    /// Set when an inline run of this script kept running inside a native
    /// call after it was stopped (it held its host's thread until the call
    /// returned): from then on the script is refused inline, and its
    /// requests go to nano's threads, where such a run is quarantined.
    pub(crate) inline_refused: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script")
            .field("name", &self.name)
            .field("snapshot_len", &self.snapshot.len())
            .field("isolation", &self.isolation)
            .field("harden_per_isolate", &self.harden_per_isolate)
            .finish()
    }
}

impl Script {
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Size in bytes of the script's startup snapshot (strict mode only;
    /// 0 in the other modes).
    pub fn snapshot_len(&self) -> usize {
        self.snapshot.len()
    }
    pub fn isolation(&self) -> IsolationMode {
        self.isolation
    }
    /// Bytes the registered script holds: its snapshot, source and bindings.
    pub fn retained_bytes(&self) -> usize {
        let code = match &self.instance {
            InstanceCode::Function { wrapper, .. } => wrapper.len(),
            InstanceCode::Module => 0,
        };
        self.snapshot.len()
            + self.source.len()
            + code
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

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

/// Options for [`crate::Runtime::add_script`].
#[derive(Debug, Clone, Default)]
pub struct ScriptOptions {
    pub format: ScriptFormat,
    /// `env` bindings: variables and secrets, as strings.
    pub bindings: Vec<(String, String)>,
    /// Opt-in: keep one context per isolate for all of this script's
    /// requests instead of a fresh one each (faster; state such as globals
    /// then carries from one request to the next on the same isolate).
    pub reuse_context: bool,
    /// What the lockdown allows; by default neither eval nor shared memory.
    pub lockdown: Lockdown,
}

/// A registered script: its snapshot, from which its isolates start.
pub struct Script {
    pub(crate) name: String,
    pub(crate) snapshot: Box<[u8]>,
    pub(crate) reuse_context: bool,
    pub(crate) lockdown: Lockdown,
}

impl std::fmt::Debug for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Script")
            .field("name", &self.name)
            .field("snapshot_len", &self.snapshot.len())
            .field("reuse_context", &self.reuse_context)
            .finish()
    }
}

impl Script {
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Size in bytes of the script's startup snapshot.
    pub fn snapshot_len(&self) -> usize {
        self.snapshot.len()
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

//! `nano_script_options`: how a script is registered.

use std::ffi::c_char;

use super::guard::{Failure, array, guard, non_null, read_versioned, text};
use super::result::nano_result::{self, *};
use crate::script::{IsolationMode, Lockdown, ScriptFormat, ScriptOptions};

/// An ES module: `export default { fetch(request, env, ctx) { ... } }`.
/// Scripts that call `addEventListener("fetch", ...)` also run as modules.
pub const NANO_SCRIPT_MODULE: u32 = 0;

/// A classic service-worker script: `addEventListener("fetch", ...)`; its
/// bindings are globals.
pub const NANO_SCRIPT_SERVICE_WORKER: u32 = 1;

/// The default isolation mode: one hardened realm per isolate, the script's
/// top level run again for every request and the realm reset after it, so
/// nothing one request does is seen by the next.
pub const NANO_ISOLATION_FRESH: u32 = 0;

/// Workers' semantics: the script's module state (its top-level variables)
/// persists across the requests an isolate serves; everything else is reset
/// as in `NANO_ISOLATION_FRESH`. (Was `reuse_context = 1`.)
pub const NANO_ISOLATION_REUSE: u32 = 1;

/// A fresh V8 context per request, from a snapshot of the script: the
/// strongest separation, and the slowest.
pub const NANO_ISOLATION_STRICT: u32 = 2;

/// One string binding of a script's `env` (a variable or secret).
#[repr(C)]
pub struct nano_binding {
    /// UTF-8, `name_len` bytes; need not be NUL-terminated.
    pub name: *const c_char,
    pub name_len: usize,
    /// UTF-8, `value_len` bytes; need not be NUL-terminated.
    pub value: *const c_char,
    pub value_len: usize,
}

/// Options for `nano_runtime_add_script`. Initialise with
/// `nano_script_options_init`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct nano_script_options {
    /// `sizeof(nano_script_options)`; set by `nano_script_options_init`.
    pub struct_size: usize,
    /// `NANO_SCRIPT_MODULE` (default) or `NANO_SCRIPT_SERVICE_WORKER`.
    pub format: u32,
    /// `bindings_len` bindings, copied during the call; may be NULL when
    /// `bindings_len` is 0.
    pub bindings: *const nano_binding,
    pub bindings_len: usize,
    /// `NANO_ISOLATION_FRESH` (default), `NANO_ISOLATION_REUSE` or
    /// `NANO_ISOLATION_STRICT`: how requests are kept apart (README.md,
    /// "Isolation modes", states each mode's guarantee).
    pub isolation: u32,
    /// 1 allows code generation from strings (`eval`, `new Function`);
    /// 0 (default), as on Workers, makes them throw an EvalError.
    pub allow_eval: u32,
    /// 1 keeps `SharedArrayBuffer` (and so `Atomics.wait`); 0 (default)
    /// removes it, as on Workers.
    pub allow_shared_memory: u32,
    /// 1 (default, as on Workers today) turns on Node.js compatibility
    /// (`nodejs_compat`): `node:*` modules link and the globals `Buffer`,
    /// `process`, `global`, `setImmediate`, `clearImmediate` and
    /// `AsyncLocalStorage` exist. 0: a `node:*` import fails registration.
    pub node_compat: u32,
    /// Must be 0 (keeps this layout's size apart from the one before it,
    /// whose padding ended where `node_compat` ends).
    pub reserved: u32,
}

/// Fills `*options` with the defaults: a module, no bindings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_script_options_init(options: *mut nano_script_options) -> nano_result {
    guard("nano_script_options_init", || {
        non_null(options, "options")?;
        // SAFETY: checked non-NULL.
        unsafe { options.write(default_options()) };
        Ok(())
    })
}

/// Where the fields of each `nano_script_options` layout end, oldest first
/// (see `read_versioned`): the header of f17c223^ (before the lockdown
/// options), that of 78cb0ad (before `node_compat`), then this one.
const OPTIONS_LAYOUTS: &[usize] = &[
    std::mem::offset_of!(nano_script_options, isolation) + size_of::<u32>(),
    std::mem::offset_of!(nano_script_options, allow_shared_memory) + size_of::<u32>(),
    std::mem::offset_of!(nano_script_options, reserved) + size_of::<u32>(),
];

fn default_options() -> nano_script_options {
    nano_script_options {
        struct_size: size_of::<nano_script_options>(),
        format: NANO_SCRIPT_MODULE,
        bindings: std::ptr::null(),
        bindings_len: 0,
        isolation: NANO_ISOLATION_FRESH,
        allow_eval: 0,
        allow_shared_memory: 0,
        node_compat: 1,
        reserved: 0,
    }
}

pub(super) unsafe fn read_script_options(
    options: *const nano_script_options,
) -> Result<ScriptOptions, Failure> {
    if options.is_null() {
        return Ok(ScriptOptions::default());
    }
    let o = unsafe { read_versioned(options, default_options(), OPTIONS_LAYOUTS, "nano_script_options")? };
    let format = match o.format {
        NANO_SCRIPT_MODULE => ScriptFormat::Module,
        NANO_SCRIPT_SERVICE_WORKER => ScriptFormat::ServiceWorker,
        other => {
            return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, format!("unknown script format {other}")));
        }
    };
    let list = unsafe { array(o.bindings, o.bindings_len, "options.bindings")? };
    let mut bindings = Vec::with_capacity(list.len());
    for (i, b) in list.iter().enumerate() {
        let name = unsafe { text(b.name, b.name_len, &format!("bindings[{i}].name"))? };
        let value = unsafe { text(b.value, b.value_len, &format!("bindings[{i}].value"))? };
        if name.is_empty() {
            return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, format!("bindings[{i}].name is empty")));
        }
        bindings.push((name.to_string(), value.to_string()));
    }
    let flag = |v: u32, what: &str| match v {
        0 => Ok(false),
        1 => Ok(true),
        other => Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, format!("{what} is {other}, not 0 or 1"))),
    };
    let isolation = match o.isolation {
        NANO_ISOLATION_FRESH => IsolationMode::Fresh,
        NANO_ISOLATION_REUSE => IsolationMode::Reuse,
        NANO_ISOLATION_STRICT => IsolationMode::Strict,
        other => {
            return Err(Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("unknown isolation mode {other}: use NANO_ISOLATION_FRESH, _REUSE or _STRICT"),
            ));
        }
    };
    let lockdown = Lockdown {
        allow_eval: flag(o.allow_eval, "allow_eval")?,
        allow_shared_memory: flag(o.allow_shared_memory, "allow_shared_memory")?,
    };
    let node_compat = flag(o.node_compat, "node_compat")?;
    if o.reserved != 0 {
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            "nano_script_options.reserved must be 0".to_string(),
        ));
    }
    Ok(ScriptOptions { format, bindings, isolation, lockdown, node_compat })
}

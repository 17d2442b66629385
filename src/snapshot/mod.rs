//! Startup snapshots: the built-in one (every Workers global, with a default
//! and a hardened context, made by `build.rs`) and, for strict-mode scripts
//! only, one per script, made at registration by running the script on top
//! of the built-in one, so that a strict request's new context neither
//! compiles nor re-runs its top level. Also the contexts made from them, with
//! the `internal` object through which Rust calls the JS.

pub(crate) mod builtin;
pub(crate) mod context;
pub(crate) mod modules;
pub(crate) mod registration;
pub(crate) mod script;

pub use builtin::BUILTIN;
pub use script::{ScriptSpec, build_script_snapshot};

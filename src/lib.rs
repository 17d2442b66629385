//! nano: an embeddable runtime for Workers-style JavaScript
//! (`export default { fetch(request, env, ctx) { ... } }`) on V8.
//!
//! The safe Rust core is [`Runtime`]; C, Go and nginx use it through the
//! `extern "C"` layer in [`capi`], declared in `include/nano.h`.
//!
//! Layers, each using only those above it in this list (ARCHITECTURE.md has
//! the map; `scripts/check-layers.py` fails CI on a cycle):
//! - leaf types: [`error`], [`http`], [`log`] (from the `nano-web` crate),
//!   [`config`], [`modules`] (a script's module graph), [`script`], [`fetch`];
//! - the Web platform: the `nano-web` crate (natives and their JS);
//! - `engine`: isolates and the controls on them;
//! - [`snapshot`]: the built-in and per-script snapshots, and contexts;
//! - `exec`: one request on one isolate (host, marshalling, event loop);
//! - `isolation`: how each request gets clean state;
//! - `worker` (thread and queue) → [`pool`] → [`runtime`] → [`capi`].

pub use nano_web::{error, http, log};

pub mod body;
pub mod config;
pub mod fetch;
pub mod modules;
pub mod script;

mod engine;
mod realm;
pub mod snapshot;

mod exec;
mod inline;
mod isolation;
mod sandbox;
mod worker;

pub mod pool;
pub mod runtime;

pub mod capi;

pub mod bench;

pub use body::{BodyPart, Delivery};
pub use config::Config;
pub use error::{Error, Result};
pub use fetch::{FetchHandler, FetchReply};
pub use http::{Request, Response};
pub use log::{LogLevel, LogSink};
pub use modules::{ModuleRule, ModuleSource, ModuleType};
pub use nano_web::panic_inject;
pub use nano_web::request_body::{BodyClosed, BodyEnd, BodyRead, BodyWriter, RequestBody, request_body};
pub use pool::PoolStats;
pub use runtime::{Acquire, InlineLease, Lease, LeaseCanceller, Progress, Runtime};
pub use script::{IsolationMode, Lockdown, Script, ScriptFormat, ScriptOptions};

/// The version of the V8 nano runs on ("15.2...").
pub fn v8_version() -> &'static str {
    v8::V8::get_version()
}

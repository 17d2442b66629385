//! nano: an embeddable runtime for Workers-style JavaScript
//! (`export default { fetch(request, env, ctx) { ... } }`) on V8.
//!
//! The safe Rust core is [`Runtime`]; C, Go and nginx use it through the
//! `extern "C"` layer in [`ffi`], declared in `include/nano.h`.

pub mod bench;
mod bindings;
mod bootstrap;
pub mod error;
pub mod event_loop;
pub mod ffi;
pub mod http;
#[cfg_attr(not(feature = "panic-inject"), allow(dead_code))]
pub mod panic_inject;
pub mod pool;
pub mod runtime;
pub mod snapshot;
mod watchdog;
pub mod worker;

pub use error::{Error, Result};
pub use event_loop::{FetchHandler, FetchReply};
pub use http::{Request, Response};
pub use pool::PoolStats;
pub use runtime::{Config, Lease, LeaseCanceller, LogLevel, LogSink, Runtime, Script, ScriptOptions};
pub use snapshot::ScriptFormat;

//! nano's Web platform, the bottom layers of nano, shared by the library and
//! by its `build.rs` (which runs them to make the built-in startup snapshot):
//!
//! - leaf types: [`error`], [`http`], [`log`], [`request_body`];
//! - V8's process-wide start-up: [`platform`];
//! - the Workers API: the natives in [`natives`] (one extension list that
//!   yields both the functions and the snapshot's external-reference table)
//!   and the JS modules of `js/`, run by [`bootstrap`];
//! - [`host`]: what the natives ask of the embedder that runs them;
//!   [`memory`]: the budget their off-heap results are counted in.
//!
//! Nothing here knows about pools, workers or the C API.

pub mod bootstrap;
pub mod error;
pub mod host;
pub mod http;
pub mod log;
pub mod memory;
pub mod natives;
#[cfg_attr(not(feature = "panic-inject"), allow(dead_code))]
pub mod panic_inject;
pub mod platform;
pub mod request_body;

pub use error::{Error, Result};

//! The library's version, status messages, and the thread's last error.

use std::ffi::{c_char, c_int};

use super::guard::{LAST_ERROR, guard_value};
use super::result::{nano_result, result_message};

/// The library's version, for checks at compile time (`nano_version()` gives
/// it at run time). Checked against Cargo.toml by tests/header.rs.
pub const NANO_VERSION_MAJOR: u32 = 0;
pub const NANO_VERSION_MINOR: u32 = 2;
pub const NANO_VERSION_PATCH: u32 = 0;

/// The library's version, e.g. "0.2.0". Static; never NULL.
#[unsafe(no_mangle)]
pub extern "C" fn nano_version() -> *const c_char {
    guard_value("nano_version", c"".as_ptr(), || concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast())
}

/// A short, static description of a status code; never NULL. Unknown codes
/// give "unknown nano_result".
#[unsafe(no_mangle)]
pub extern "C" fn nano_result_message(code: c_int) -> *const c_char {
    guard_value("nano_result_message", c"".as_ptr(), || result_message(code).as_ptr().cast())
}

/// The HTTP status a host answers with when a request ends in `code`
/// instead of a response: 400 for the request's own fault
/// (`NANO_ERR_INVALID_ARGUMENT`, `NANO_ERR_INVALID_UTF8`); 503 when nano
/// could not serve it now (`NANO_ERR_POOL_EXHAUSTED`, `NANO_ERR_BUSY`,
/// `NANO_ERR_TERMINATED`, `NANO_ERR_CPU_LIMIT`, `NANO_ERR_WALL_TIME_LIMIT`,
/// `NANO_ERR_MEMORY_LIMIT`, `NANO_ERR_SHUTDOWN`); 500 for every other error
/// and for unknown codes; 200 for `NANO_OK`. The Go binding, the nginx
/// module and `nano serve` all answer by this table.
#[unsafe(no_mangle)]
pub extern "C" fn nano_result_http_status(code: c_int) -> u16 {
    guard_value("nano_result_http_status", 500, || {
        nano_result::from_code(code).map_or(500, nano_result::http_status)
    })
}

/// The HTTP status for a request that ended in `error`: the same table as
/// `nano_result_http_status`, for hosts written in Rust.
pub fn error_http_status(error: &crate::Error) -> u16 {
    super::guard::Failure::from(error.clone()).code.http_status()
}

/// The detail of the last failed nano call on the calling thread: the
/// function, what went wrong, and for script errors the JS message and
/// stack. Empty if no call failed yet on this thread. The pointer stays
/// valid until the next nano call on this thread; copy it to keep it.
#[unsafe(no_mangle)]
pub extern "C" fn nano_last_error() -> *const c_char {
    guard_value("nano_last_error", c"".as_ptr(), || LAST_ERROR.with(|e| e.borrow().as_ptr()))
}

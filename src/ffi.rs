//! The C ABI, declared in `include/nano.h` (generated from this file by
//! cbindgen: these doc comments are the C API reference).
//!
//! Conventions, for every function:
//! - It returns a `nano_result`; `NANO_OK` is success. On failure,
//!   `nano_last_error()` on the same thread explains it, and the object the
//!   call was about keeps the detail too (`nano_runtime_last_error`,
//!   `nano_worker_last_error`).
//! - Pointers are checked: a NULL where an object is required gives
//!   `NANO_ERR_NULL_POINTER`. A (pointer, length) pair may be (NULL, 0).
//!   Text must be UTF-8 (`NANO_ERR_INVALID_UTF8` otherwise).
//! - Out-parameters are written only on success.
//! - Panics never cross the boundary: they give `NANO_ERR_PANIC`.
//! - `_free` functions accept NULL.
//! - Handles are checked against the live ones: a double release, a use
//!   after release or free, or a double free gives an error (or, for the
//!   `void` frees, does nothing) rather than touching freed memory.
#![allow(non_camel_case_types)]
// The safety contract (valid pointers, handles not yet freed) is the one in
// the module docs above, which the header carries for C readers.
#![allow(clippy::missing_safety_doc)]

use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;

use crate::config::Config;
use crate::error::Error;
use crate::http::{Request, Response, SizeLimits};
use crate::log::LogLevel;
use crate::runtime::{Lease, Runtime};
use crate::script::{ScriptFormat, ScriptOptions};

/// Status of a nano call. The values are stable across versions.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum nano_result {
    /// Success.
    NANO_OK = 0,
    /// A required pointer argument was NULL.
    NANO_ERR_NULL_POINTER = 1,
    /// An argument was out of range or malformed (a length, a struct_size, a
    /// header, a URL, a method).
    NANO_ERR_INVALID_ARGUMENT = 2,
    /// Text that must be UTF-8 was not.
    NANO_ERR_INVALID_UTF8 = 3,
    /// The script did not compile, threw at its top level, or has no fetch
    /// handler. The error message gives file:line:column and the JS message.
    NANO_ERR_SCRIPT_COMPILE = 4,
    /// No script is registered under that name.
    NANO_ERR_SCRIPT_NOT_FOUND = 5,
    /// A script is already registered under that name.
    NANO_ERR_SCRIPT_EXISTS = 6,
    /// The fetch handler threw, rejected, never settled, or returned something
    /// that is not a Response. The error message has the JS message and stack.
    NANO_ERR_SCRIPT_ERROR = 7,
    /// Every isolate is busy and none was released within the acquire
    /// timeout.
    NANO_ERR_POOL_EXHAUSTED = 8,
    /// The object is still in use (a lease with an asynchronous evaluation
    /// running).
    NANO_ERR_BUSY = 9,
    /// nano panicked; the call had no effect that can be relied on.
    NANO_ERR_PANIC = 10,
    /// V8 or the operating system failed.
    NANO_ERR_INTERNAL = 11,
    /// The evaluation was stopped: cancelled with `nano_worker_cancel`. The
    /// isolate is reset and stays usable.
    NANO_ERR_TERMINATED = 12,
    /// The request used more CPU time than `cpu_time_limit_ms`; it was
    /// stopped and its isolate reset.
    NANO_ERR_CPU_LIMIT = 13,
    /// The request took longer than `wall_time_limit_ms`.
    NANO_ERR_WALL_TIME_LIMIT = 14,
    /// The isolate's heap reached `heap_limit_mb`: the request was stopped
    /// and the isolate is discarded (the process is unharmed). Release the
    /// lease; a new acquire gets a fresh isolate.
    NANO_ERR_MEMORY_LIMIT = 15,
    /// The runtime was freed while the request ran or waited for an isolate:
    /// it was stopped. Release the lease; the runtime is gone.
    NANO_ERR_SHUTDOWN = 16,
}

use nano_result::*;

/// Severity of a console line passed to a `nano_log_callback`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum nano_log_level {
    /// console.debug, console.trace
    NANO_LOG_DEBUG = 0,
    /// console.log, console.info, console.table, ...
    NANO_LOG_INFO = 1,
    /// console.warn
    NANO_LOG_WARN = 2,
    /// console.error, failed console.assert
    NANO_LOG_ERROR = 3,
}

/// An ES module: `export default { fetch(request, env, ctx) { ... } }`.
/// Scripts that call `addEventListener("fetch", ...)` also run as modules.
pub const NANO_SCRIPT_MODULE: u32 = 0;
/// A classic service-worker script: `addEventListener("fetch", ...)`; its
/// bindings are globals.
pub const NANO_SCRIPT_SERVICE_WORKER: u32 = 1;

/// Receives console output: one call per line, from a thread nano owns, so
/// it must be thread-safe. `message` is `message_len` bytes of UTF-8 followed
/// by a NUL, valid only during the call.
pub type nano_log_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        level: nano_log_level,
        message: *const c_char,
        message_len: usize,
    ),
>;

/// Runtime settings. Initialise with `nano_config_init`, then change fields.
#[repr(C)]
pub struct nano_config {
    /// `sizeof(nano_config)` as the caller compiled it; set by
    /// `nano_config_init`. Lets later versions add fields at the end.
    pub struct_size: usize,
    /// Most isolates alive at once, over all scripts (default 64, at least 1).
    pub max_isolates: u32,
    /// Most idle isolates kept per script (default 16).
    pub max_idle_per_script: u32,
    /// Isolates kept warm per script, from registration on (default 1; at
    /// most max_idle_per_script).
    pub min_idle_per_script: u32,
    /// Idle isolates above the minimum are dropped after this many
    /// milliseconds (default 60000).
    pub idle_timeout_ms: u32,
    /// How long `nano_pool_acquire` waits when every isolate is busy, in
    /// milliseconds (default 1000; 0 = fail at once).
    pub acquire_timeout_ms: u32,
    /// Longest a request may take, waits on subrequests and `ctx.waitUntil()`
    /// work included, in milliseconds (default 30000).
    pub wall_time_limit_ms: u32,
    /// Most CPU time a request may use, in milliseconds (default 50; 0 = no
    /// limit). Measured on the thread's CPU clock by a watchdog thread (no
    /// signals); a request over it ends with `NANO_ERR_CPU_LIMIT`.
    pub cpu_time_limit_ms: u32,
    /// Heap limit per isolate, in MiB (default 128). A request that reaches
    /// it ends with `NANO_ERR_MEMORY_LIMIT` and its isolate is replaced.
    pub heap_limit_mb: u32,
    /// Where console output goes; NULL (the default) writes it to stderr.
    pub log_callback: nano_log_callback,
    /// Passed to `log_callback` unchanged.
    pub log_user_data: *mut c_void,
    /// Answers the scripts' `fetch()` subrequests; NULL (the default) makes
    /// `fetch()` reject with a TypeError that says so.
    pub fetch_callback: nano_fetch_callback,
    /// Passed to `fetch_callback` unchanged.
    pub fetch_user_data: *mut c_void,
    /// Longest request URL in bytes (default 16384; 0 = no limit). Size
    /// limits are checked before nano reads the caller's memory: a request
    /// over one is refused with `NANO_ERR_INVALID_ARGUMENT`.
    pub max_url_bytes: usize,
    /// Most headers on a request or a response (default 256; 0 = no limit).
    pub max_header_count: usize,
    /// Most bytes of header names and values, per request or response
    /// (default 131072; 0 = no limit).
    pub max_header_bytes: usize,
    /// Largest request or response body in bytes (default 104857600, 100
    /// MiB; 0 = no limit). A response over a limit fails its request with
    /// `NANO_ERR_SCRIPT_ERROR`.
    pub max_body_bytes: usize,
    /// Most `fetch()` subrequests per request (default 50; 0 = no limit);
    /// the one over it rejects in the script.
    pub max_subrequests: usize,
}

/// Answers one `fetch()` of a script: called on a nano thread with the
/// subrequest (valid during the call only) and a reply handle that the host
/// completes exactly once, now or later, from any thread, with
/// `nano_fetch_reply_respond` or `nano_fetch_reply_fail`. It should return
/// quickly and do its I/O elsewhere. Must be thread-safe.
pub type nano_fetch_callback = Option<
    unsafe extern "C" fn(user_data: *mut c_void, request: *const nano_request, reply: *mut nano_fetch_reply),
>;

/// A pending subrequest, handed to a `nano_fetch_callback`. Owned by the host
/// until it is completed (which frees it); may be completed from any thread.
pub struct nano_fetch_reply {
    reply: crate::fetch::FetchReply,
}

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
pub struct nano_script_options {
    /// `sizeof(nano_script_options)`; set by `nano_script_options_init`.
    pub struct_size: usize,
    /// `NANO_SCRIPT_MODULE` (default) or `NANO_SCRIPT_SERVICE_WORKER`.
    pub format: u32,
    /// `bindings_len` bindings, copied during the call; may be NULL when
    /// `bindings_len` is 0.
    pub bindings: *const nano_binding,
    pub bindings_len: usize,
    /// 0 (default): every request runs in a fresh context, so nothing one
    /// request does is seen by the next. 1: opt in to keeping one context
    /// per isolate across this script's requests: faster, but globals and
    /// other state carry over between requests served by the same isolate
    /// (never between scripts).
    pub reuse_context: u32,
    /// 1 allows code generation from strings (`eval`, `new Function`);
    /// 0 (default), as on Workers, makes them throw an EvalError.
    pub allow_eval: u32,
    /// 1 keeps `SharedArrayBuffer` (and so `Atomics.wait`); 0 (default)
    /// removes it, as on Workers.
    pub allow_shared_memory: u32,
}

/// One HTTP header: bytes, not necessarily NUL-terminated. Names must be
/// HTTP tokens; values must not contain NUL, CR or LF.
#[repr(C)]
pub struct nano_header {
    pub name: *const u8,
    pub name_len: usize,
    pub value: *const u8,
    pub value_len: usize,
}

/// A request for a script's fetch handler. Everything is borrowed for the
/// duration of the call only.
#[repr(C)]
pub struct nano_request {
    /// An HTTP method token, UTF-8.
    pub method: *const c_char,
    pub method_len: usize,
    /// An absolute URL, UTF-8.
    pub url: *const c_char,
    pub url_len: usize,
    /// Headers in order; names may repeat. NULL when `headers_len` is 0.
    pub headers: *const nano_header,
    pub headers_len: usize,
    /// The body; NULL means no body (as for GET), non-NULL with length 0 an
    /// empty one.
    pub body: *const u8,
    pub body_len: usize,
}

/// A runtime: V8 set up, scripts registered, a pool of warm isolates.
/// Thread-safe: every function taking a `const nano_runtime *` may be called
/// from any thread at once. Created by `nano_runtime_new`, owned by the
/// caller, freed by `nano_runtime_free`.
pub struct nano_runtime {
    runtime: Runtime,
    last_error: Mutex<CString>,
}

/// A lease on one warm isolate for one script, from `nano_pool_acquire`.
/// Use it from one thread at a time (any thread); give it back with
/// `nano_pool_release`, which frees the handle.
pub struct nano_worker {
    lease: Lease,
    last_error: CString,
    /// Read by nano_worker_cancel from another thread while the owner
    /// evaluates: the owner borrows only the other fields meanwhile.
    canceller: crate::runtime::LeaseCanceller,
}

/// A script's response, from `nano_eval_request`. Owned by the caller and
/// freed by `nano_response_free`; independent of the worker that made it.
/// Read-only, so it may be read from several threads at once.
pub struct nano_response {
    response: Response,
}

/// The handles nano has given out and not yet taken back, so that a double
/// release, a use after release or a double free is refused with an error
/// instead of touching freed memory. Sharded, so that threads working on
/// different handles rarely share a lock. (An address reused by a newer
/// handle of the same type cannot be told apart from the old one.)
struct Registry {
    shards: [Mutex<std::collections::BTreeSet<usize>>; 64],
}

impl Registry {
    const fn new() -> Registry {
        Registry { shards: [const { Mutex::new(std::collections::BTreeSet::new()) }; 64] }
    }
    fn shard<T>(&self, p: *const T) -> &Mutex<std::collections::BTreeSet<usize>> {
        &self.shards[(p as usize >> 4) % 64]
    }
    fn insert<T>(&self, p: *const T) {
        self.shard(p).lock().insert(p as usize);
    }
    fn remove<T>(&self, p: *const T) -> bool {
        self.shard(p).lock().remove(&(p as usize))
    }
    fn contains<T>(&self, p: *const T) -> bool {
        self.shard(p).lock().contains(&(p as usize))
    }
}

static RUNTIMES: Registry = Registry::new();
static WORKERS: Registry = Registry::new();
static RESPONSES: Registry = Registry::new();
static REPLIES: Registry = Registry::new();

/// `p` must be non-NULL and a live handle of `registry`.
fn live<T>(registry: &Registry, p: *const T, what: &str) -> Result<(), Failure> {
    non_null(p, what)?;
    if !registry.contains(p) {
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            format!("{what} is not a live handle: already freed or released, or never created by nano"),
        ));
    }
    Ok(())
}

fn new_response(response: Response) -> *mut nano_response {
    let p = Box::into_raw(Box::new(nano_response { response }));
    RESPONSES.insert(p);
    p
}

struct Failure {
    code: nano_result,
    message: String,
}

impl Failure {
    fn new(code: nano_result, message: impl Into<String>) -> Failure {
        Failure { code, message: message.into() }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        let code = match &e {
            Error::InvalidArgument(_) => NANO_ERR_INVALID_ARGUMENT,
            Error::ScriptCompile(_) => NANO_ERR_SCRIPT_COMPILE,
            Error::ScriptNotFound(_) => NANO_ERR_SCRIPT_NOT_FOUND,
            Error::ScriptExists(_) => NANO_ERR_SCRIPT_EXISTS,
            Error::Script(_) => NANO_ERR_SCRIPT_ERROR,
            Error::PoolExhausted(_) => NANO_ERR_POOL_EXHAUSTED,
            Error::Busy(_) => NANO_ERR_BUSY,
            Error::Terminated(_) => NANO_ERR_TERMINATED,
            Error::CpuLimit(_) => NANO_ERR_CPU_LIMIT,
            Error::WallTimeLimit(_) => NANO_ERR_WALL_TIME_LIMIT,
            Error::MemoryLimit(_) => NANO_ERR_MEMORY_LIMIT,
            Error::Shutdown(_) => NANO_ERR_SHUTDOWN,
            Error::Internal(_) => NANO_ERR_INTERNAL,
        };
        Failure::new(code, e.to_string())
    }
}

type Outcome = Result<(), Failure>;

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

fn to_cstring(message: &str) -> CString {
    CString::new(message.replace('\0', "\\0")).unwrap_or_default()
}

/// Runs an export's body: catches panics, records failures for
/// `nano_last_error`, and turns the outcome into a status code.
fn guard(what: &str, body: impl FnOnce() -> Outcome) -> nano_result {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        crate::panic_inject::point(what);
        body()
    }))
    .unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(Failure::new(NANO_ERR_PANIC, format!("panic in {what}: {detail}")))
    });
    match outcome {
        Ok(()) => NANO_OK,
        Err(failure) => {
            let message = to_cstring(&format!("{what}: {}", failure.message));
            LAST_ERROR.with(|e| *e.borrow_mut() = message);
            failure.code
        }
    }
}

/// `guard` for the exports that return a value rather than a status: a
/// panic gives `fallback` (and is recorded for `nano_last_error`).
fn guard_value<T>(what: &str, fallback: T, body: impl FnOnce() -> T) -> T {
    let mut value = None;
    guard(what, || {
        value = Some(body());
        Ok(())
    });
    value.unwrap_or(fallback)
}

#[cfg(test)]
fn last_error_here() -> CString {
    LAST_ERROR.with(|e| e.borrow().clone())
}

/// `len` bytes at `ptr`; (NULL, 0) is the empty slice.
unsafe fn bytes<'a>(ptr: *const u8, len: usize, what: &str) -> Result<&'a [u8], Failure> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(Failure::new(NANO_ERR_NULL_POINTER, format!("{what} is NULL but its length is {len}")));
    }
    if len > isize::MAX as usize {
        return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, format!("{what} length {len} is too large")));
    }
    // SAFETY: the caller promises `len` readable bytes at `ptr`.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// `len` items at `ptr`; (NULL, 0) is the empty slice.
unsafe fn array<'a, T>(ptr: *const T, len: usize, what: &str) -> Result<&'a [T], Failure> {
    if len == 0 {
        return Ok(&[]);
    }
    non_null(ptr, what)?;
    if len > (isize::MAX as usize) / size_of::<T>().max(1) {
        return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, format!("{what} length {len} is too large")));
    }
    // SAFETY: the caller promises `len` readable items at `ptr`.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Copies a C header array.
unsafe fn read_headers(
    ptr: *const nano_header,
    len: usize,
    what: &str,
) -> Result<crate::http::HeaderList, Failure> {
    let list = unsafe { array(ptr, len, what)? };
    let mut headers = Vec::with_capacity(list.len());
    for (i, h) in list.iter().enumerate() {
        let name = unsafe { bytes(h.name, h.name_len, &format!("{what}[{i}].name"))? };
        let value = unsafe { bytes(h.value, h.value_len, &format!("{what}[{i}].value"))? };
        headers.push((name.to_vec(), value.to_vec()));
    }
    Ok(headers)
}

unsafe fn text<'a>(ptr: *const c_char, len: usize, what: &str) -> Result<&'a str, Failure> {
    let b = unsafe { bytes(ptr.cast(), len, what)? };
    std::str::from_utf8(b)
        .map_err(|e| Failure::new(NANO_ERR_INVALID_UTF8, format!("{what} is not UTF-8: {e}")))
}

unsafe fn c_text<'a>(ptr: *const c_char, what: &str) -> Result<&'a str, Failure> {
    if ptr.is_null() {
        return Err(Failure::new(NANO_ERR_NULL_POINTER, format!("{what} is NULL")));
    }
    // SAFETY: the caller promises a NUL-terminated string.
    let s = unsafe { CStr::from_ptr(ptr) };
    s.to_str().map_err(|e| Failure::new(NANO_ERR_INVALID_UTF8, format!("{what} is not UTF-8: {e}")))
}

fn non_null<T>(ptr: *const T, what: &str) -> Result<(), Failure> {
    if ptr.is_null() {
        return Err(Failure::new(NANO_ERR_NULL_POINTER, format!("{what} is NULL")));
    }
    Ok(())
}

/// A versioned struct must be at least as large as this version's.
fn check_struct_size(size: usize, ours: usize, what: &str) -> Outcome {
    if size < ours {
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            format!("{what}.struct_size is {size}, expected at least {ours}: initialise it with {what}_init"),
        ));
    }
    Ok(())
}

/// The caller-supplied log callback, made shareable with nano's threads.
struct CLog {
    callback: unsafe extern "C" fn(*mut c_void, nano_log_level, *const c_char, usize),
    user_data: *mut c_void,
}
// SAFETY: nano_config documents that the callback and its user data must be
// usable from any thread.
unsafe impl Send for CLog {}
unsafe impl Sync for CLog {}

impl CLog {
    fn call(&self, level: LogLevel, message: &str) {
        let level = match level {
            LogLevel::Debug => nano_log_level::NANO_LOG_DEBUG,
            LogLevel::Info => nano_log_level::NANO_LOG_INFO,
            LogLevel::Warn => nano_log_level::NANO_LOG_WARN,
            LogLevel::Error => nano_log_level::NANO_LOG_ERROR,
        };
        let mut buf = Vec::with_capacity(message.len() + 1);
        buf.extend_from_slice(message.as_bytes());
        buf.push(0);
        // A panic must not unwind into C, nor a C longjmp into Rust: nothing
        // more can be done than calling it plainly.
        unsafe { (self.callback)(self.user_data, level, buf.as_ptr().cast(), message.len()) };
    }
}

/// The caller's fetch callback, shareable with nano's threads.
struct CFetch {
    callback: unsafe extern "C" fn(*mut c_void, *const nano_request, *mut nano_fetch_reply),
    user_data: *mut c_void,
}
// SAFETY: nano_fetch_callback documents that it must be thread-safe.
unsafe impl Send for CFetch {}
unsafe impl Sync for CFetch {}

impl CFetch {
    fn call(&self, request: Request, reply: crate::fetch::FetchReply) {
        let headers: Vec<nano_header> = request
            .headers
            .iter()
            .map(|(n, v)| nano_header {
                name: n.as_ptr(),
                name_len: n.len(),
                value: v.as_ptr(),
                value_len: v.len(),
            })
            .collect();
        let c_request = nano_request {
            method: request.method.as_ptr().cast(),
            method_len: request.method.len(),
            url: request.url.as_ptr().cast(),
            url_len: request.url.len(),
            headers: headers.as_ptr(),
            headers_len: headers.len(),
            body: request.body.as_ref().map_or(std::ptr::null(), |b| b.as_ptr()),
            body_len: request.body.as_ref().map_or(0, Vec::len),
        };
        let handle = Box::into_raw(Box::new(nano_fetch_reply { reply }));
        REPLIES.insert(handle);
        unsafe { (self.callback)(self.user_data, &c_request, handle) };
    }
}

/// Takes a live reply out of the registry: completing one twice is refused.
fn take_reply(reply: *mut nano_fetch_reply) -> Result<Box<nano_fetch_reply>, Failure> {
    if !REPLIES.remove(reply) {
        return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, "reply was already completed"));
    }
    // SAFETY: from a nano_fetch_callback, and now out of the registry: owned here.
    Ok(unsafe { Box::from_raw(reply) })
}

/// Completes a subrequest with a response and frees `reply`. The headers and
/// body are copied during the call. `reply` must not be used afterwards; a
/// reply already completed (or any other pointer) is refused with
/// `NANO_ERR_INVALID_ARGUMENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_respond(
    reply: *mut nano_fetch_reply,
    status: u16,
    headers: *const nano_header,
    headers_len: usize,
    body: *const u8,
    body_len: usize,
) -> nano_result {
    guard("nano_fetch_reply_respond", || {
        live(&REPLIES, reply, "reply")?;
        let copied = unsafe { read_headers(headers, headers_len, "headers")? };
        for (i, (name, value)) in copied.iter().enumerate() {
            if !crate::http::is_token(name) || value.iter().any(|&b| b == 0 || b == b'\r' || b == b'\n') {
                return Err(Failure::new(
                    NANO_ERR_INVALID_ARGUMENT,
                    format!("headers[{i}] is not a valid header"),
                ));
            }
        }
        let body = unsafe { bytes(body, body_len, "body")? }.to_vec();
        let handle = take_reply(reply)?;
        handle.reply.respond(Response { status, headers: copied, body });
        Ok(())
    })
}

/// Fails a subrequest (the script's `fetch()` rejects with a TypeError
/// carrying `message`, NUL-terminated UTF-8 or NULL) and frees `reply`. A
/// reply already completed is refused with `NANO_ERR_INVALID_ARGUMENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_fetch_reply_fail(
    reply: *mut nano_fetch_reply,
    message: *const c_char,
) -> nano_result {
    guard("nano_fetch_reply_fail", || {
        live(&REPLIES, reply, "reply")?;
        let message = if message.is_null() {
            "the host failed the subrequest"
        } else {
            unsafe { c_text(message, "message")? }
        };
        let handle = take_reply(reply)?;
        handle.reply.fail(message);
        Ok(())
    })
}

/// The library's version, e.g. "0.1.0". Static; never NULL.
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

fn result_message(code: c_int) -> &'static str {
    match code {
        0 => "success\0",
        1 => "a required pointer was NULL\0",
        2 => "invalid argument\0",
        3 => "text is not valid UTF-8\0",
        4 => "the script failed to compile or to run its top level\0",
        5 => "no script is registered under that name\0",
        6 => "a script is already registered under that name\0",
        7 => "the script's fetch handler failed\0",
        8 => "every isolate is busy and none was released in time\0",
        9 => "the object is still in use\0",
        10 => "nano panicked\0",
        11 => "internal error in V8 or the operating system\0",
        12 => "the evaluation was stopped\0",
        13 => "the request exceeded its CPU time limit\0",
        14 => "the request exceeded its wall-clock time limit\0",
        15 => "the isolate reached its heap limit and is discarded\0",
        16 => "the runtime was shut down\0",
        _ => "unknown nano_result\0",
    }
}

/// The detail of the last failed nano call on the calling thread: the
/// function, what went wrong, and for script errors the JS message and
/// stack. Empty if no call failed yet on this thread. The pointer stays
/// valid until the next nano call on this thread; copy it to keep it.
#[unsafe(no_mangle)]
pub extern "C" fn nano_last_error() -> *const c_char {
    guard_value("nano_last_error", c"".as_ptr(), || LAST_ERROR.with(|e| e.borrow().as_ptr()))
}

/// Fills `*config` with the defaults of this version, struct_size included.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_config_init(config: *mut nano_config) -> nano_result {
    guard("nano_config_init", || {
        non_null(config, "config")?;
        let defaults = Config::default();
        // SAFETY: checked non-NULL; the caller provides a nano_config.
        unsafe {
            config.write(nano_config {
                struct_size: size_of::<nano_config>(),
                max_isolates: defaults.max_isolates as u32,
                max_idle_per_script: defaults.max_idle_per_script as u32,
                min_idle_per_script: defaults.min_idle_per_script as u32,
                idle_timeout_ms: defaults.idle_timeout.as_millis() as u32,
                acquire_timeout_ms: defaults.acquire_timeout.as_millis() as u32,
                wall_time_limit_ms: defaults.wall_time_limit.as_millis() as u32,
                cpu_time_limit_ms: defaults.cpu_time_limit.as_millis() as u32,
                heap_limit_mb: (defaults.heap_limit >> 20) as u32,
                log_callback: None,
                log_user_data: std::ptr::null_mut(),
                fetch_callback: None,
                fetch_user_data: std::ptr::null_mut(),
                max_url_bytes: defaults.sizes.max_url_bytes,
                max_header_count: defaults.sizes.max_header_count,
                max_header_bytes: defaults.sizes.max_header_bytes,
                max_body_bytes: defaults.sizes.max_body_bytes,
                max_subrequests: defaults.sizes.max_subrequests,
            })
        };
        Ok(())
    })
}

/// Creates a runtime. `config` may be NULL for the defaults; it is read
/// during the call only. V8 is initialised on the first call in the process.
/// On success `*out` owns the new runtime: free it with `nano_runtime_free`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_new(
    config: *const nano_config,
    out: *mut *mut nano_runtime,
) -> nano_result {
    guard("nano_runtime_new", || {
        non_null(out, "out")?;
        let mut rust_config = Config::default();
        if !config.is_null() {
            // SAFETY: non-NULL; struct_size is the first field of every version.
            let size = unsafe { (*config).struct_size };
            check_struct_size(size, size_of::<nano_config>(), "nano_config")?;
            let c = unsafe { &*config };
            rust_config.max_isolates = c.max_isolates as usize;
            rust_config.max_idle_per_script = c.max_idle_per_script as usize;
            rust_config.min_idle_per_script = c.min_idle_per_script as usize;
            rust_config.idle_timeout = Duration::from_millis(c.idle_timeout_ms.into());
            rust_config.acquire_timeout = Duration::from_millis(c.acquire_timeout_ms.into());
            rust_config.wall_time_limit = Duration::from_millis(c.wall_time_limit_ms.into());
            rust_config.cpu_time_limit = Duration::from_millis(c.cpu_time_limit_ms.into());
            rust_config.heap_limit = (c.heap_limit_mb as usize) << 20;
            rust_config.sizes = crate::http::SizeLimits {
                max_url_bytes: c.max_url_bytes,
                max_header_count: c.max_header_count,
                max_header_bytes: c.max_header_bytes,
                max_body_bytes: c.max_body_bytes,
                max_subrequests: c.max_subrequests,
            };
            if let Some(callback) = c.fetch_callback {
                let target = CFetch { callback, user_data: c.fetch_user_data };
                rust_config.fetch = Some(Arc::new(move |request, reply| target.call(request, reply)));
            }
            if let Some(callback) = c.log_callback {
                let log = Arc::new(CLog { callback, user_data: c.log_user_data });
                rust_config.log = Some(Arc::new(move |level, msg: &str| log.call(level, msg)));
            }
        }
        let runtime = Runtime::new(rust_config)?;
        let handle =
            Box::into_raw(Box::new(nano_runtime { runtime, last_error: Mutex::new(CString::default()) }));
        RUNTIMES.insert(handle);
        // SAFETY: checked non-NULL.
        unsafe { out.write(handle) };
        Ok(())
    })
}

/// Shuts a runtime down and frees it: its scripts, its idle isolates and
/// the handle. Requests running on outstanding leases (blocking or
/// asynchronous) are stopped and end with `NANO_ERR_SHUTDOWN`; this call
/// waits until each has answered (its callback returned), unless it is made
/// from inside an async callback. Outstanding leases stay valid only to be
/// released with `nano_pool_release` (evaluating on them gives
/// `NANO_ERR_SHUTDOWN`); the last release frees what they hold. `runtime`
/// must not be used afterwards. NULL is accepted and does nothing.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_free(runtime: *mut nano_runtime) -> nano_result {
    guard("nano_runtime_free", || {
        if runtime.is_null() {
            return Ok(());
        }
        live(&RUNTIMES, runtime, "runtime")?;
        if !RUNTIMES.remove(runtime) {
            // Another thread freed it between the check and here.
            return Err(Failure::new(NANO_ERR_INVALID_ARGUMENT, "runtime was freed by another thread"));
        }
        // SAFETY: from nano_runtime_new and now out of the registry: this
        // call owns it.
        let handle = unsafe { Box::from_raw(runtime) };
        handle.runtime.shutdown();
        drop(handle);
        Ok(())
    })
}

fn record(runtime: &nano_runtime, failure: &Failure) {
    *runtime.last_error.lock() = to_cstring(&failure.message);
}

/// Runs `body` against a runtime handle, keeping its failure on the runtime.
fn with_runtime(
    what: &str,
    runtime: *const nano_runtime,
    body: impl FnOnce(&nano_runtime) -> Outcome,
) -> nano_result {
    guard(what, || {
        live(&RUNTIMES, runtime, "runtime")?;
        // SAFETY: a live handle from nano_runtime_new.
        let rt = unsafe { &*runtime };
        body(rt).inspect_err(|f| record(rt, f))
    })
}

/// Copies the runtime's last failure message (from any thread) into `buf`,
/// NUL-terminated and truncated to `buf_len - 1` bytes. `*out_len` (if not
/// NULL) gets the full message length without the NUL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_last_error(
    runtime: *const nano_runtime,
    buf: *mut c_char,
    buf_len: usize,
    out_len: *mut usize,
) -> nano_result {
    guard("nano_runtime_last_error", || {
        live(&RUNTIMES, runtime, "runtime")?;
        if buf.is_null() && buf_len > 0 {
            return Err(Failure::new(NANO_ERR_NULL_POINTER, "buf is NULL but buf_len is not 0"));
        }
        // SAFETY: checked; the caller provides buf_len writable bytes.
        let message = unsafe { (*runtime).last_error.lock().clone() };
        let bytes = message.as_bytes();
        if buf_len > 0 {
            let n = bytes.len().min(buf_len - 1);
            unsafe {
                std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), n);
                *buf.add(n) = 0;
            }
        }
        if !out_len.is_null() {
            unsafe { out_len.write(bytes.len()) };
        }
        Ok(())
    })
}

/// Fills `*options` with the defaults: a module, no bindings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_script_options_init(options: *mut nano_script_options) -> nano_result {
    guard("nano_script_options_init", || {
        non_null(options, "options")?;
        // SAFETY: checked non-NULL.
        unsafe {
            options.write(nano_script_options {
                struct_size: size_of::<nano_script_options>(),
                format: NANO_SCRIPT_MODULE,
                bindings: std::ptr::null(),
                bindings_len: 0,
                reuse_context: 0,
                allow_eval: 0,
                allow_shared_memory: 0,
            })
        };
        Ok(())
    })
}

unsafe fn read_script_options(options: *const nano_script_options) -> Result<ScriptOptions, Failure> {
    if options.is_null() {
        return Ok(ScriptOptions::default());
    }
    // SAFETY: non-NULL; struct_size is the first field.
    let size = unsafe { (*options).struct_size };
    check_struct_size(size, size_of::<nano_script_options>(), "nano_script_options")?;
    let o = unsafe { &*options };
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
    let reuse_context = flag(o.reuse_context, "reuse_context")?;
    let lockdown = crate::script::Lockdown {
        allow_eval: flag(o.allow_eval, "allow_eval")?,
        allow_shared_memory: flag(o.allow_shared_memory, "allow_shared_memory")?,
    };
    Ok(ScriptOptions { format, bindings, reuse_context, lockdown })
}

/// Registers a script under `name` (NUL-terminated UTF-8, 1 to 256 bytes,
/// no control characters).
/// Its top level runs once, here, and the result is kept as a snapshot that
/// every isolate for it starts from. `source` is `source_len` bytes of UTF-8;
/// `options` may be NULL for the defaults. Both are read during the call only.
/// A script that does not compile, throws at its top level, or has no fetch
/// handler is refused with `NANO_ERR_SCRIPT_COMPILE`; the error message gives
/// name:line:column and the JS message.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_add_script(
    runtime: *const nano_runtime,
    name: *const c_char,
    source: *const c_char,
    source_len: usize,
    options: *const nano_script_options,
) -> nano_result {
    with_runtime("nano_runtime_add_script", runtime, |rt| {
        let name = unsafe { c_text(name, "name")? };
        let source = unsafe { text(source, source_len, "source")? };
        let options = unsafe { read_script_options(options)? };
        rt.runtime.add_script(name, source, options)?;
        Ok(())
    })
}

/// Leases a warm isolate for the script registered as `script`
/// (NUL-terminated). On success `*out` owns the lease: give it back with
/// `nano_pool_release`. Fails with `NANO_ERR_SCRIPT_NOT_FOUND` or
/// `NANO_ERR_POOL_EXHAUSTED`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_acquire(
    runtime: *const nano_runtime,
    script: *const c_char,
    out: *mut *mut nano_worker,
) -> nano_result {
    with_runtime("nano_pool_acquire", runtime, |rt| {
        non_null(out, "out")?;
        let script = unsafe { c_text(script, "script")? };
        let lease = rt.runtime.acquire(script)?;
        let canceller = lease.canceller();
        let handle =
            Box::into_raw(Box::new(nano_worker { lease, last_error: CString::default(), canceller }));
        WORKERS.insert(handle);
        unsafe { out.write(handle) };
        Ok(())
    })
}

/// Gives a lease back to the pool and frees the handle; `worker` must not be
/// used afterwards. Responses it produced stay valid. Refused with
/// `NANO_ERR_BUSY` (nothing freed) while an asynchronous evaluation runs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_pool_release(worker: *mut nano_worker) -> nano_result {
    guard("nano_pool_release", || {
        live(&WORKERS, worker, "worker")?;
        // SAFETY: from nano_pool_acquire and not yet released (caller's promise).
        if unsafe { (*worker).lease.busy() } {
            return Err(Failure::new(
                NANO_ERR_BUSY,
                "an asynchronous evaluation is still running: release after its callback",
            ));
        }
        WORKERS.remove(worker);
        drop(unsafe { Box::from_raw(worker) });
        Ok(())
    })
}

/// Longest HTTP method accepted (methods are short tokens).
const MAX_METHOD_BYTES: usize = 64;

/// Copies a C request, checking `limits` on its lengths before reading the
/// memory they describe (a length over a limit is refused, never read).
unsafe fn read_request(request: &nano_request, limits: &SizeLimits) -> Result<Request, Failure> {
    let too_big = |message: String| Failure::new(NANO_ERR_INVALID_ARGUMENT, message);
    if request.method_len > MAX_METHOD_BYTES {
        return Err(too_big(format!(
            "request.method_len is {}, over {MAX_METHOD_BYTES}",
            request.method_len
        )));
    }
    // The header array is read (to sum its lengths) only once its count is
    // known to be within the limit.
    limits.check_header_count("request", request.headers_len).map_err(too_big)?;
    let list = unsafe { array(request.headers, request.headers_len, "request.headers")? };
    let header_bytes =
        list.iter().fold(0usize, |sum, h| sum.saturating_add(h.name_len).saturating_add(h.value_len));
    limits
        .check_lengths("request", request.url_len, list.len(), header_bytes, request.body_len)
        .map_err(too_big)?;
    let method = unsafe { text(request.method, request.method_len, "request.method")? };
    let url = unsafe { text(request.url, request.url_len, "request.url")? };
    let headers = unsafe { read_headers(request.headers, request.headers_len, "request.headers")? };
    let body = if request.body.is_null() {
        if request.body_len != 0 {
            return Err(Failure::new(NANO_ERR_NULL_POINTER, "request.body is NULL but body_len is not 0"));
        }
        None
    } else {
        Some(unsafe { bytes(request.body, request.body_len, "request.body")? }.to_vec())
    };
    Ok(Request { method: method.to_string(), url: url.to_string(), headers, body })
}

/// Runs the script's fetch handler on `request` in a fresh context and waits
/// for its response (async handlers are awaited). `request` is read during
/// the call only. On success `*out` owns the response: free it with
/// `nano_response_free`. A handler that throws or returns a non-Response gives
/// `NANO_ERR_SCRIPT_ERROR` with the JS message and stack in
/// `nano_worker_last_error` and `nano_last_error`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_request(
    worker: *mut nano_worker,
    request: *const nano_request,
    out: *mut *mut nano_response,
) -> nano_result {
    guard("nano_eval_request", || {
        live(&WORKERS, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released, used by one thread;
        // only `lease` and `last_error` are borrowed (nano_worker_cancel may
        // read `canceller` meanwhile).
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            non_null(out, "out")?;
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let response = lease.eval(request)?;
            unsafe { out.write(new_response(response)) };
            Ok(())
        })();
        if let Err(f) = &outcome {
            unsafe { (*worker).last_error = to_cstring(&f.message) };
        }
        outcome
    })
}

/// Receives the outcome of `nano_eval_request_async`, once, on a thread nano
/// owns (so it must be thread-safe and should return quickly: hand the work
/// to the host's own loop). On `NANO_OK`, `response` is owned by the callee
/// (free it with `nano_response_free`); otherwise it is NULL and `error`
/// explains, valid only during the call.
pub type nano_eval_callback = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        result: nano_result,
        response: *mut nano_response,
        error: *const c_char,
    ),
>;

struct CCallback {
    callback: unsafe extern "C" fn(*mut c_void, nano_result, *mut nano_response, *const c_char),
    user_data: *mut c_void,
}
// SAFETY: nano_eval_callback documents that it is called from nano's threads.
unsafe impl Send for CCallback {}

/// Starts the script's fetch handler on `request` and returns at once; the
/// outcome goes to `callback`, with `user_data`, on a nano thread. `request`
/// is copied during this call. The lease must not be used or released until
/// the callback has run (`nano_pool_release` refuses with `NANO_ERR_BUSY`).
/// For event-loop hosts: the loop never waits on JavaScript.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_eval_request_async(
    worker: *mut nano_worker,
    request: *const nano_request,
    callback: nano_eval_callback,
    user_data: *mut c_void,
) -> nano_result {
    guard("nano_eval_request_async", || {
        live(&WORKERS, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released, used by one thread;
        // field borrows only, as in nano_eval_request.
        let lease = unsafe { &mut (*worker).lease };
        let outcome: Outcome = (|| {
            non_null(request, "request")?;
            let Some(callback) = callback else {
                return Err(Failure::new(NANO_ERR_NULL_POINTER, "callback is NULL"));
            };
            let request = unsafe { read_request(&*request, lease.sizes())? };
            let target = CCallback { callback, user_data };
            lease.eval_async(request, move |result| {
                let target = target;
                let (code, response, message) = match result {
                    Ok(response) => (NANO_OK, new_response(response), CString::default()),
                    Err(e) => {
                        let f = Failure::from(e);
                        (f.code, std::ptr::null_mut(), to_cstring(&f.message))
                    }
                };
                unsafe { (target.callback)(target.user_data, code, response, message.as_ptr()) };
            })?;
            Ok(())
        })();
        if let Err(f) = &outcome {
            unsafe { (*worker).last_error = to_cstring(&f.message) };
        }
        outcome
    })
}

/// Stops the evaluation running on `worker` (blocking or asynchronous):
/// it ends with `NANO_ERR_TERMINATED`, and the isolate stays usable. May be
/// called from any thread while another thread evaluates on `worker` (the
/// one exception to single-threaded use of a lease), e.g. when a caller's
/// deadline passes. Stopping nothing is not an error; a later evaluation is
/// never affected.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_worker_cancel(worker: *const nano_worker) -> nano_result {
    guard("nano_worker_cancel", || {
        live(&WORKERS, worker, "worker")?;
        // SAFETY: from nano_pool_acquire, not released; `canceller` is only
        // ever read after acquisition.
        unsafe { (*worker).canceller.cancel() };
        Ok(())
    })
}

/// Pool statistics of a runtime, from `nano_runtime_stats`.
#[repr(C)]
#[derive(Default)]
pub struct nano_pool_stats {
    /// Isolates alive (idle + busy).
    pub isolates: u64,
    pub idle: u64,
    pub busy: u64,
    /// Acquires served by a warm idle isolate.
    pub acquired_warm: u64,
    /// Acquires that created an isolate.
    pub acquired_created: u64,
    /// Acquires that evicted another script's least recently used idle isolate.
    pub acquired_evicted: u64,
    /// Acquires that waited for a release.
    pub acquired_waited: u64,
    /// Acquires that gave up after the acquire timeout.
    pub acquire_timeouts: u64,
    pub isolates_created: u64,
    pub isolates_destroyed: u64,
}

/// Fills `*out` with the runtime's pool statistics.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_stats(
    runtime: *const nano_runtime,
    out: *mut nano_pool_stats,
) -> nano_result {
    with_runtime("nano_runtime_stats", runtime, |rt| {
        non_null(out, "out")?;
        let s = rt.runtime.stats();
        let stats = nano_pool_stats {
            isolates: s.isolates as u64,
            idle: s.idle as u64,
            busy: s.busy as u64,
            acquired_warm: s.acquired_warm,
            acquired_created: s.acquired_created,
            acquired_evicted: s.acquired_evicted,
            acquired_waited: s.acquired_waited,
            acquire_timeouts: s.acquire_timeouts,
            isolates_created: s.isolates_created,
            isolates_destroyed: s.isolates_destroyed,
        };
        unsafe { out.write(stats) };
        Ok(())
    })
}

/// The idle and busy isolates of one script (NUL-terminated name).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_script_stats(
    runtime: *const nano_runtime,
    script: *const c_char,
    idle: *mut usize,
    busy: *mut usize,
) -> nano_result {
    with_runtime("nano_runtime_script_stats", runtime, |rt| {
        non_null(idle, "idle")?;
        non_null(busy, "busy")?;
        let name = unsafe { c_text(script, "script")? };
        let stats = rt.runtime.stats();
        let (_, i, b) = stats
            .scripts
            .iter()
            .find(|(n, _, _)| n == name)
            .ok_or_else(|| Failure::from(Error::ScriptNotFound(name.to_string())))?;
        unsafe {
            idle.write(*i);
            busy.write(*b);
        }
        Ok(())
    })
}

/// The message of the last failure of `nano_eval_request` on this worker,
/// with the JS message and stack for script errors; empty if none. Valid
/// until the next call on this worker. A NULL or released `worker` gives "".
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_worker_last_error(worker: *const nano_worker) -> *const c_char {
    guard_value("nano_worker_last_error", c"".as_ptr(), || {
        if worker.is_null() || !WORKERS.contains(worker) {
            return c"".as_ptr();
        }
        // SAFETY: from nano_pool_acquire, not released.
        unsafe { (*worker).last_error.as_ptr() }
    })
}

fn with_response(
    what: &str,
    response: *const nano_response,
    body: impl FnOnce(&Response) -> Outcome,
) -> nano_result {
    guard(what, || {
        live(&RESPONSES, response, "response")?;
        // SAFETY: from nano_eval_request and not freed.
        body(unsafe { &(*response).response })
    })
}

/// The response's HTTP status code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_status(response: *const nano_response, out: *mut u16) -> nano_result {
    with_response("nano_response_status", response, |r| {
        non_null(out, "out")?;
        unsafe { out.write(r.status) };
        Ok(())
    })
}

/// The number of response headers (repeated names counted each time).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_header_count(
    response: *const nano_response,
    out: *mut usize,
) -> nano_result {
    with_response("nano_response_header_count", response, |r| {
        non_null(out, "out")?;
        unsafe { out.write(r.headers.len()) };
        Ok(())
    })
}

/// Header `index` (from 0, in the order the script set them; names are
/// lower-case). The pointers stay valid until `nano_response_free`; the bytes
/// are not NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_header(
    response: *const nano_response,
    index: usize,
    name: *mut *const u8,
    name_len: *mut usize,
    value: *mut *const u8,
    value_len: *mut usize,
) -> nano_result {
    with_response("nano_response_header", response, |r| {
        for (p, what) in [(name as *const (), "name"), (value as *const (), "value")] {
            non_null(p, what)?;
        }
        non_null(name_len, "name_len")?;
        non_null(value_len, "value_len")?;
        let (n, v) = r.headers.get(index).ok_or_else(|| {
            Failure::new(
                NANO_ERR_INVALID_ARGUMENT,
                format!("header index {index} is out of range (the response has {})", r.headers.len()),
            )
        })?;
        unsafe {
            name.write(n.as_ptr());
            name_len.write(n.len());
            value.write(v.as_ptr());
            value_len.write(v.len());
        }
        Ok(())
    })
}

/// The response body. The pointer stays valid until `nano_response_free`;
/// the bytes are not NUL-terminated. An empty body gives length 0.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_body(
    response: *const nano_response,
    body: *mut *const u8,
    body_len: *mut usize,
) -> nano_result {
    with_response("nano_response_body", response, |r| {
        non_null(body, "body")?;
        non_null(body_len, "body_len")?;
        unsafe {
            body.write(r.body.as_ptr());
            body_len.write(r.body.len());
        }
        Ok(())
    })
}

/// Frees a response. NULL, and a response already freed, are accepted and
/// do nothing.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_response_free(response: *mut nano_response) {
    guard_value("nano_response_free", (), || {
        // NULL, or a response already freed (a double free): nothing to do.
        if response.is_null() || !RESPONSES.remove(response) {
            return;
        }
        // SAFETY: from nano_eval_request, freed once (caller's promise).
        drop(unsafe { Box::from_raw(response) });
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message() {
        for code in 0..=16 {
            let msg = unsafe { CStr::from_ptr(nano_result_message(code)) };
            assert_ne!(msg.to_str().unwrap(), "unknown nano_result", "code {code}");
        }
        let msg = unsafe { CStr::from_ptr(nano_result_message(99)) };
        assert_eq!(msg.to_str().unwrap(), "unknown nano_result");
    }

    #[test]
    fn null_pointers_are_refused() {
        unsafe {
            assert_eq!(nano_runtime_new(std::ptr::null(), std::ptr::null_mut()), NANO_ERR_NULL_POINTER);
            assert!(last_error_here().to_str().unwrap().contains("out is NULL"));
            assert_eq!(nano_config_init(std::ptr::null_mut()), NANO_ERR_NULL_POINTER);
            assert_eq!(nano_runtime_free(std::ptr::null_mut()), NANO_OK);
            nano_response_free(std::ptr::null_mut());
            assert_eq!(nano_pool_release(std::ptr::null_mut()), NANO_ERR_NULL_POINTER);
        }
    }

    #[test]
    fn short_struct_size_is_refused() {
        let mut config = std::mem::MaybeUninit::<nano_config>::uninit();
        unsafe {
            assert_eq!(nano_config_init(config.as_mut_ptr()), NANO_OK);
            let mut config = config.assume_init();
            config.struct_size = 8;
            let mut rt = std::ptr::null_mut();
            assert_eq!(nano_runtime_new(&config, &mut rt), NANO_ERR_INVALID_ARGUMENT);
            assert!(rt.is_null(), "out-parameters are written only on success");
        }
    }

    #[test]
    fn panics_become_status_codes() {
        let code = guard("test", || panic!("injected"));
        assert_eq!(code, NANO_ERR_PANIC);
        assert!(last_error_here().to_str().unwrap().contains("injected"));
    }
}

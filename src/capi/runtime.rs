//! `nano_config` and `nano_runtime`: creating, using and freeing a runtime.

use std::ffi::{CString, c_char, c_void};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;

use super::callbacks::{CFetch, CLog, nano_fetch_callback, nano_log_callback};
use super::guard::{
    Failure, Outcome, Registry, c_text, guard, live, non_null, read_versioned, text, to_cstring,
};
use super::modules::{nano_module, read_modules};
use super::result::nano_result::{self, *};
use super::script_options::{nano_script_options, read_script_options};
use crate::config::Config;
use crate::error::Error;
use crate::runtime::Runtime;

/// Runtime settings. Initialise with `nano_config_init`, then change fields.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct nano_config {
    /// `sizeof(nano_config)` as the caller compiled it; set by
    /// `nano_config_init`. Lets later versions add fields at the end: a
    /// program built against an older nano.h keeps working, the fields it
    /// does not know taking their defaults.
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

/// Fills `*config` with the defaults of this version, struct_size included.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_config_init(config: *mut nano_config) -> nano_result {
    guard("nano_config_init", || {
        non_null(config, "config")?;
        // SAFETY: checked non-NULL; the caller provides a nano_config.
        unsafe { config.write(default_config()) };
        Ok(())
    })
}

/// A runtime: V8 set up, scripts registered, a pool of warm isolates.
/// Thread-safe: every function taking a `const nano_runtime *` may be called
/// from any thread at once. Created by `nano_runtime_new`, owned by the
/// caller, freed by `nano_runtime_free`.
pub struct nano_runtime {
    pub(super) runtime: Runtime,
    last_error: Mutex<CString>,
}

static RUNTIMES: Registry = Registry::new();

/// Where the fields of each `nano_config` layout end, oldest first (see
/// `read_versioned`): the header of 8308076^ (without the size limits), then
/// this one.
const CONFIG_LAYOUTS: &[usize] = &[
    std::mem::offset_of!(nano_config, fetch_user_data) + size_of::<*mut std::ffi::c_void>(),
    std::mem::offset_of!(nano_config, max_subrequests) + size_of::<usize>(),
];

/// This version's defaults, as `nano_config_init` writes them.
fn default_config() -> nano_config {
    let defaults = Config::default();
    nano_config {
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
    }
}

/// Creates a runtime. `config` may be NULL for the defaults; it is read
/// during the call only. V8 is initialised on the first call in the process.
/// Every thread nano starts (V8's included) has the asynchronous signals
/// blocked: the process's signals go to the host's threads.
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
            let c = unsafe { read_versioned(config, default_config(), CONFIG_LAYOUTS, "nano_config")? };
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
/// `NANO_ERR_SHUTDOWN`); the last release frees what they hold. Inline
/// isolates are given up with the runtime (no longer counted); V8 lets only
/// their own thread drop them, so this thread's are freed here and another
/// thread's at its next `nano_pool_acquire_inline` (of any runtime) or when
/// it ends. `runtime` must not be used afterwards. NULL is accepted and does
/// nothing.
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
pub(super) fn with_runtime(
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

/// Registers a script under `name` (NUL-terminated UTF-8, 1 to 256 bytes,
/// no control characters).
/// Its top level runs here, so its errors are reported now. In the strict
/// mode the result is kept as a snapshot each request's context starts
/// from; in the fresh and reuse modes each isolate runs the top level when
/// it builds its realm, and the fresh mode runs it again for every request. `source` is `source_len` bytes of UTF-8;
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

/// Registers a script of several modules under `name` (as
/// `nano_runtime_add_script`): `modules` holds `modules_len` modules, the
/// entry first, then those it imports by relative path (`./lib.js` from
/// `src/index.js` names `src/lib.js`; extensionless and `index` names are
/// tried as wrangler's build tries them); only what the entry reaches is
/// kept. Everything is copied during the call. A static import that does
/// not resolve, or names a built-in module nano does not have, is refused
/// with `NANO_ERR_SCRIPT_COMPILE` and a message giving the importing module,
/// line, column and specifier; a bad module list (no entry, two modules of
/// one name, a name that leaves the root, an unknown type) with
/// `NANO_ERR_INVALID_ARGUMENT`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_add_modules(
    runtime: *const nano_runtime,
    name: *const c_char,
    modules: *const nano_module,
    modules_len: usize,
    options: *const nano_script_options,
) -> nano_result {
    with_runtime("nano_runtime_add_modules", runtime, |rt| {
        let name = unsafe { c_text(name, "name")? };
        let modules = unsafe { read_modules(modules, modules_len)? };
        let options = unsafe { read_script_options(options)? };
        rt.runtime.add_modules(name, modules, options)?;
        Ok(())
    })
}

/// Registers the script whose entry module is the file at `path`
/// (NUL-terminated UTF-8) under `name` (as `nano_runtime_add_script`): the
/// modules it imports are read from disk during the call, resolved as
/// wrangler's build resolves a project (relative paths, `index` files,
/// packages under `node_modules` by their `exports`), within the nearest
/// directory above the entry holding `package.json`, a wrangler
/// configuration or `node_modules`. Module types follow file names
/// (README, "Module graphs"). A file that cannot be read gives
/// `NANO_ERR_INVALID_ARGUMENT`; a missing import, `NANO_ERR_SCRIPT_COMPILE`
/// naming the importer, line, column and specifier.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_add_script_file(
    runtime: *const nano_runtime,
    name: *const c_char,
    path: *const c_char,
    options: *const nano_script_options,
) -> nano_result {
    with_runtime("nano_runtime_add_script_file", runtime, |rt| {
        let name = unsafe { c_text(name, "name")? };
        let path = unsafe { c_text(path, "path")? };
        let options = unsafe { read_script_options(options)? };
        rt.runtime.add_script_path(name, std::path::Path::new(path), options)?;
        Ok(())
    })
}

/// Removes the script `name` (NUL-terminated UTF-8): later acquires fail
/// with `NANO_ERR_SCRIPT_NOT_FOUND` and the name may be registered again
/// (a new version of a script: register it under another name, switch your
/// requests to it, then remove the old one). Leases taken before finish
/// their requests; the script's isolates are dropped (idle ones now, busy
/// ones when released). `NANO_ERR_SCRIPT_NOT_FOUND` when no script has the
/// name.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn nano_runtime_remove_script(
    runtime: *const nano_runtime,
    name: *const c_char,
) -> nano_result {
    with_runtime("nano_runtime_remove_script", runtime, |rt| {
        let name = unsafe { c_text(name, "name")? };
        rt.runtime.remove_script(name)?;
        Ok(())
    })
}

/// Pool statistics of a runtime, from `nano_runtime_stats`.
#[repr(C)]
#[derive(Default)]
pub struct nano_pool_stats {
    /// Isolates alive (idle + busy), those of inline leases included.
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
    /// Isolates given up on because a run did not end after it was stopped
    /// (a long native call); counted in `isolates_destroyed` too.
    pub isolates_quarantined: u64,
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
            isolates_quarantined: s.isolates_quarantined,
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

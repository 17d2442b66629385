//! The machinery every export shares: the guard that catches panics and
//! records failures, the registries of live handles, and the readers that
//! check C pointers, lengths, text and versioned structs.

use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

use parking_lot::Mutex;

use super::result::nano_result::{self, *};
use crate::error::Error;

/// The handles nano has given out and not yet taken back, so that a double
/// release, a use after release or a double free is refused with an error
/// instead of touching freed memory. Sharded, so that threads working on
/// different handles rarely share a lock. (An address reused by a newer
/// handle of the same type cannot be told apart from the old one.)
pub(super) struct Registry {
    shards: [Mutex<std::collections::BTreeSet<usize>>; 64],
}

impl Registry {
    pub(super) const fn new() -> Registry {
        Registry { shards: [const { Mutex::new(std::collections::BTreeSet::new()) }; 64] }
    }
    pub(super) fn shard<T>(&self, p: *const T) -> &Mutex<std::collections::BTreeSet<usize>> {
        &self.shards[(p as usize >> 4) % 64]
    }
    pub(super) fn insert<T>(&self, p: *const T) {
        self.shard(p).lock().insert(p as usize);
    }
    pub(super) fn remove<T>(&self, p: *const T) -> bool {
        self.shard(p).lock().remove(&(p as usize))
    }
    pub(super) fn contains<T>(&self, p: *const T) -> bool {
        self.shard(p).lock().contains(&(p as usize))
    }
}

/// `p` must be non-NULL and a live handle of `registry`.
pub(super) fn live<T>(registry: &Registry, p: *const T, what: &str) -> Result<(), Failure> {
    non_null(p, what)?;
    if !registry.contains(p) {
        return Err(Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            format!("{what} is not a live handle: already freed or released, or never created by nano"),
        ));
    }
    Ok(())
}

pub(super) struct Failure {
    pub(super) code: nano_result,
    pub(super) message: String,
}

impl Failure {
    pub(super) fn new(code: nano_result, message: impl Into<String>) -> Failure {
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
            Error::UnsafeThread(_) => NANO_ERR_UNSAFE_THREAD,
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

pub(super) type Outcome = Result<(), Failure>;

thread_local! {
    pub(super) static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

pub(super) fn to_cstring(message: &str) -> CString {
    CString::new(message.replace('\0', "\\0")).unwrap_or_default()
}

/// Runs an export's body: catches panics, records failures for
/// `nano_last_error`, and turns the outcome into a status code.
pub(super) fn guard(what: &str, body: impl FnOnce() -> Outcome) -> nano_result {
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
pub(super) fn guard_value<T>(what: &str, fallback: T, body: impl FnOnce() -> T) -> T {
    let mut value = None;
    guard(what, || {
        value = Some(body());
        Ok(())
    });
    value.unwrap_or(fallback)
}

#[cfg(test)]
pub(super) fn last_error_here() -> CString {
    LAST_ERROR.with(|e| e.borrow().clone())
}

/// `len` bytes at `ptr`; (NULL, 0) is the empty slice.
pub(super) unsafe fn bytes<'a>(ptr: *const u8, len: usize, what: &str) -> Result<&'a [u8], Failure> {
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
pub(super) unsafe fn array<'a, T>(ptr: *const T, len: usize, what: &str) -> Result<&'a [T], Failure> {
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

pub(super) unsafe fn text<'a>(ptr: *const c_char, len: usize, what: &str) -> Result<&'a str, Failure> {
    let b = unsafe { bytes(ptr.cast(), len, what)? };
    std::str::from_utf8(b)
        .map_err(|e| Failure::new(NANO_ERR_INVALID_UTF8, format!("{what} is not UTF-8: {e}")))
}

pub(super) unsafe fn c_text<'a>(ptr: *const c_char, what: &str) -> Result<&'a str, Failure> {
    if ptr.is_null() {
        return Err(Failure::new(NANO_ERR_NULL_POINTER, format!("{what} is NULL")));
    }
    // SAFETY: the caller promises a NUL-terminated string.
    let s = unsafe { CStr::from_ptr(ptr) };
    s.to_str().map_err(|e| Failure::new(NANO_ERR_INVALID_UTF8, format!("{what} is not UTF-8: {e}")))
}

pub(super) fn non_null<T>(ptr: *const T, what: &str) -> Result<(), Failure> {
    if ptr.is_null() {
        return Err(Failure::new(NANO_ERR_NULL_POINTER, format!("{what} is NULL")));
    }
    Ok(())
}

/// The largest `struct_size` looked at: anything bigger is not a nano struct.
const MAX_STRUCT_SIZE: usize = 4096;

/// Reads a versioned struct whose first field is `struct_size`.
///
/// `layouts` lists, oldest first, where the fields of each layout a header
/// declared end (`offset_of!(T, last) + size_of(last)`); the last is this
/// version's. A caller compiled against an older header passes that
/// header's `sizeof` (the layout's end rounded up to the struct's
/// alignment): its fields are read, later ones take their values from
/// `defaults` (never from the old struct's trailing padding, which later
/// fields may occupy). A caller compiled against a newer header passes a
/// larger size: accepted when every byte nano does not know is zero (fields
/// left at their zero defaults), refused otherwise, since nano cannot honour
/// them.
pub(super) unsafe fn read_versioned<T: Copy>(
    ptr: *const T,
    defaults: T,
    layouts: &[usize],
    what: &str,
) -> Result<T, Failure> {
    non_null(ptr, what)?;
    // SAFETY: non-NULL; every layout starts with struct_size (a size_t).
    let size = unsafe { ptr.cast::<usize>().read_unaligned() };
    let align = align_of::<T>();
    let ours = size_of::<T>();
    let invalid = |detail: String| {
        Failure::new(
            NANO_ERR_INVALID_ARGUMENT,
            format!("{what}.struct_size is {size}: {detail}; initialise it with {what}_init"),
        )
    };
    let copy = if size > ours {
        if size > MAX_STRUCT_SIZE {
            return Err(invalid(format!("no {what} is larger than {MAX_STRUCT_SIZE} bytes")));
        }
        // SAFETY: the caller's struct is `size` bytes long (its promise).
        let tail = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>().add(ours), size - ours) };
        if tail.iter().any(|&b| b != 0) {
            return Err(invalid(format!(
                "fields past byte {ours} are set, and this nano ({}) does not know them (built against a newer nano.h?)",
                env!("CARGO_PKG_VERSION")
            )));
        }
        ours
    } else {
        match layouts.iter().find(|&&end| end.next_multiple_of(align) == size) {
            Some(&end) => end,
            None => {
                let sizes: Vec<String> =
                    layouts.iter().map(|end| end.next_multiple_of(align).to_string()).collect();
                return Err(invalid(format!(
                    "not the size of any {what} layout (accepted: {})",
                    sizes.join(", ")
                )));
            }
        }
    };
    let mut out = defaults;
    // SAFETY: `copy` bytes are readable at `ptr` (at most the caller's size)
    // and fit in `out` (at most ours); T is plain data (Copy, repr(C)).
    unsafe { std::ptr::copy_nonoverlapping(ptr.cast::<u8>(), (&mut out as *mut T).cast::<u8>(), copy) };
    Ok(out)
}

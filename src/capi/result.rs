//! `nano_result`: the status every call returns, and what each means.

use std::ffi::c_int;

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
    /// The evaluation was stopped: cancelled with `nano_eval_cancel`. The
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
    /// The calling thread may not run JavaScript inline
    /// (`nano_pool_acquire_inline`): on a CPU with memory protection keys it
    /// was created before V8 was initialised. Use `nano_pool_acquire`.
    NANO_ERR_UNSAFE_THREAD = 17,
    /// A body streaming into a script was written to after the script
    /// stopped taking it (its request is over, it cancelled the body, or the
    /// body went over its limit): stop reading it.
    NANO_ERR_BODY_CLOSED = 18,
}

use nano_result::*;

impl nano_result {
    /// Every code, in order: `ALL[n]` is the code whose value is `n`.
    pub(crate) const ALL: [nano_result; 19] = [
        NANO_OK,
        NANO_ERR_NULL_POINTER,
        NANO_ERR_INVALID_ARGUMENT,
        NANO_ERR_INVALID_UTF8,
        NANO_ERR_SCRIPT_COMPILE,
        NANO_ERR_SCRIPT_NOT_FOUND,
        NANO_ERR_SCRIPT_EXISTS,
        NANO_ERR_SCRIPT_ERROR,
        NANO_ERR_POOL_EXHAUSTED,
        NANO_ERR_BUSY,
        NANO_ERR_PANIC,
        NANO_ERR_INTERNAL,
        NANO_ERR_TERMINATED,
        NANO_ERR_CPU_LIMIT,
        NANO_ERR_WALL_TIME_LIMIT,
        NANO_ERR_MEMORY_LIMIT,
        NANO_ERR_SHUTDOWN,
        NANO_ERR_UNSAFE_THREAD,
        NANO_ERR_BODY_CLOSED,
    ];

    pub(crate) fn from_code(code: c_int) -> Option<nano_result> {
        usize::try_from(code).ok().and_then(|i| Self::ALL.get(i)).copied()
    }

    /// A short, static, NUL-terminated description.
    pub(super) fn message(self) -> &'static str {
        match self {
            NANO_OK => "success\0",
            NANO_ERR_NULL_POINTER => "a required pointer was NULL\0",
            NANO_ERR_INVALID_ARGUMENT => "invalid argument\0",
            NANO_ERR_INVALID_UTF8 => "text is not valid UTF-8\0",
            NANO_ERR_SCRIPT_COMPILE => "the script failed to compile or to run its top level\0",
            NANO_ERR_SCRIPT_NOT_FOUND => "no script is registered under that name\0",
            NANO_ERR_SCRIPT_EXISTS => "a script is already registered under that name\0",
            NANO_ERR_SCRIPT_ERROR => "the script's fetch handler failed\0",
            NANO_ERR_POOL_EXHAUSTED => "every isolate is busy and none was released in time\0",
            NANO_ERR_BUSY => "the object is still in use\0",
            NANO_ERR_PANIC => "nano panicked\0",
            NANO_ERR_INTERNAL => "internal error in V8 or the operating system\0",
            NANO_ERR_TERMINATED => "the evaluation was stopped\0",
            NANO_ERR_CPU_LIMIT => "the request exceeded its CPU time limit\0",
            NANO_ERR_WALL_TIME_LIMIT => "the request exceeded its wall-clock time limit\0",
            NANO_ERR_MEMORY_LIMIT => "the isolate reached its heap limit and is discarded\0",
            NANO_ERR_SHUTDOWN => "the runtime was shut down\0",
            NANO_ERR_UNSAFE_THREAD => "this thread may not run JavaScript inline\0",
            NANO_ERR_BODY_CLOSED => "the script takes no more of this body\0",
        }
    }

    /// The HTTP status every host answers a client with when a request
    /// ends in this outcome (the one table: C, Go, nginx and `nano serve`
    /// all use it). The request's own fault is 400; a request nano could
    /// not serve now (a busy pool, a limit the script hit, a stop, a
    /// shutdown) is 503, which a client may retry; anything else (the
    /// script failed, a host or internal error) is 500. `NANO_OK` is 200:
    /// the script's response carries its own status.
    pub(crate) fn http_status(self) -> u16 {
        match self {
            NANO_OK => 200,
            NANO_ERR_INVALID_ARGUMENT | NANO_ERR_INVALID_UTF8 => 400,
            NANO_ERR_POOL_EXHAUSTED
            | NANO_ERR_BUSY
            | NANO_ERR_TERMINATED
            | NANO_ERR_CPU_LIMIT
            | NANO_ERR_WALL_TIME_LIMIT
            | NANO_ERR_MEMORY_LIMIT
            | NANO_ERR_SHUTDOWN => 503,
            NANO_ERR_NULL_POINTER
            | NANO_ERR_SCRIPT_COMPILE
            | NANO_ERR_SCRIPT_NOT_FOUND
            | NANO_ERR_SCRIPT_EXISTS
            | NANO_ERR_SCRIPT_ERROR
            | NANO_ERR_PANIC
            | NANO_ERR_INTERNAL
            | NANO_ERR_UNSAFE_THREAD
            | NANO_ERR_BODY_CLOSED => 500,
        }
    }
}

pub(super) fn result_message(code: c_int) -> &'static str {
    nano_result::from_code(code).map_or("unknown nano_result\0", nano_result::message)
}

//! The error type of the safe core; the C layer maps each variant to a
//! `nano_result` code.

/// Everything that can go wrong in nano, with a message meant for a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// An argument was out of range or malformed (lengths, header bytes, URLs).
    #[error("{0}")]
    InvalidArgument(String),
    /// The script did not compile, or failed while its top level ran.
    #[error("{0}")]
    ScriptCompile(String),
    /// No script is registered under this name.
    #[error("no script is registered under the name {0:?}")]
    ScriptNotFound(String),
    /// A script is already registered under this name.
    #[error("a script is already registered under the name {0:?}")]
    ScriptExists(String),
    /// The handler threw, rejected, never settled, or returned a non-Response.
    #[error("{0}")]
    Script(String),
    /// The evaluation was stopped (cancelled by the host, or a limit).
    #[error("{0}")]
    Terminated(String),
    /// The request used more CPU time than its limit; its isolate was reset.
    #[error("{0}")]
    CpuLimit(String),
    /// The isolate's heap reached its limit; the isolate is discarded.
    #[error("{0}")]
    MemoryLimit(String),
    /// The request took longer than its wall-clock limit.
    #[error("{0}")]
    WallTimeLimit(String),
    /// Every isolate is busy and none was released within the acquire timeout.
    #[error("the pool is exhausted: {0}")]
    PoolExhausted(String),
    /// The object still has work outstanding (leases on a runtime).
    #[error("{0}")]
    Busy(String),
    /// The runtime was shut down (freed) while the request ran or waited.
    #[error("{0}")]
    Shutdown(String),
    /// The calling thread may not run JavaScript (an inline run on a thread
    /// created before V8 was initialised, on a CPU with protection keys).
    #[error("{0}")]
    UnsafeThread(String),
    /// V8 or the operating system failed (thread creation, snapshot creation).
    #[error("{0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

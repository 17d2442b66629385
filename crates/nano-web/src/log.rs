//! Console output as the embedder receives it.

use std::sync::Arc;

/// Receives each `console` line: (level, message). Called from nano's
/// threads, so it must be thread-safe.
pub type LogSink = Arc<dyn Fn(LogLevel, &str) + Send + Sync>;

/// Severity of a console line. The values are the C API's `NANO_LOG_*`
/// and what the bootstrap JS passes to the `log` native.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Debug = 0,
    Info = 1,
    Warn = 2,
    Error = 3,
}

impl LogLevel {
    /// The level for a number from JS; anything unknown is an error line.
    pub fn from_u32(level: u32) -> LogLevel {
        match level {
            0 => LogLevel::Debug,
            1 => LogLevel::Info,
            2 => LogLevel::Warn,
            _ => LogLevel::Error,
        }
    }
}

/// One console line of `script_name`'s: to `sink`, or to stderr (prefixed
/// with the script's name) when the embedder gave none.
pub fn emit(sink: Option<&LogSink>, script_name: &str, level: LogLevel, message: &str) {
    match sink {
        Some(sink) => sink(level, message),
        None => eprintln!("[{script_name}] {message}"),
    }
}

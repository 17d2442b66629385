//! Runtime settings.

use std::time::Duration;

use crate::fetch::FetchHandler;
use crate::http::SizeLimits;
use crate::log::LogSink;

/// Runtime settings. `Config::default()` is what the C API's
/// `nano_config_init` gives.
#[derive(Clone)]
pub struct Config {
    /// Most isolates alive at once, over all scripts.
    pub max_isolates: usize,
    /// Most idle isolates kept per script; more are dropped on release.
    pub max_idle_per_script: usize,
    /// Isolates kept warm per script, created at registration and kept
    /// through idle periods.
    pub min_idle_per_script: usize,
    /// An idle isolate above the minimum is dropped after this long.
    pub idle_timeout: Duration,
    /// How long an acquire waits when every isolate is busy.
    pub acquire_timeout: Duration,
    /// Longest a request may take, from dispatch until its response and its
    /// `ctx.waitUntil()` work settle, waits on subrequests included.
    pub wall_time_limit: Duration,
    /// Most CPU time a request's thread may use (zero: no limit), measured
    /// by a watchdog thread; a request over it ends with [`crate::Error::CpuLimit`].
    pub cpu_time_limit: Duration,
    /// Heap limit per isolate, in bytes; a request reaching it ends with
    /// [`crate::Error::MemoryLimit`] and its isolate is discarded.
    pub heap_limit: usize,
    /// Sizes of requests, responses and subrequests.
    pub sizes: SizeLimits,
    /// Where console output goes; stderr when `None`.
    pub log: Option<LogSink>,
    /// Answers the scripts' `fetch()`; without one, `fetch()` rejects.
    pub fetch: Option<FetchHandler>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_isolates: 64,
            max_idle_per_script: 16,
            min_idle_per_script: 1,
            idle_timeout: Duration::from_secs(60),
            acquire_timeout: Duration::from_secs(1),
            wall_time_limit: Duration::from_secs(30),
            cpu_time_limit: Duration::from_millis(50),
            heap_limit: 128 << 20,
            sizes: SizeLimits::default(),
            log: None,
            fetch: None,
        }
    }
}

impl Config {
    /// Refuses settings the pool cannot work with.
    pub(crate) fn validate(&self) -> crate::Result<()> {
        use crate::Error::InvalidArgument;
        if self.max_isolates == 0 {
            return Err(InvalidArgument("max_isolates must be at least 1".into()));
        }
        if self.heap_limit < (8 << 20) {
            return Err(InvalidArgument("heap_limit must be at least 8 MiB".into()));
        }
        if self.min_idle_per_script > self.max_idle_per_script {
            return Err(InvalidArgument("min_idle_per_script is above max_idle_per_script".into()));
        }
        Ok(())
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("max_isolates", &self.max_isolates)
            .field("max_idle_per_script", &self.max_idle_per_script)
            .field("min_idle_per_script", &self.min_idle_per_script)
            .field("idle_timeout", &self.idle_timeout)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("wall_time_limit", &self.wall_time_limit)
            .field("cpu_time_limit", &self.cpu_time_limit)
            .field("heap_limit", &self.heap_limit)
            .field("sizes", &self.sizes)
            .field("log", &self.log.as_ref().map(|_| "<callback>"))
            .field("fetch", &self.fetch.as_ref().map(|_| "<callback>"))
            .finish()
    }
}

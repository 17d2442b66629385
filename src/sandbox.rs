//! The sandbox a script's requests run in, on one thread: its isolate (from
//! the snapshot the script's mode names), the heap guard that counts its
//! memory, the host its natives call, and the watchdog's clock for its CPU
//! and wall limits. Built the same way for a worker's own thread and for an
//! inline worker on its host's thread.

use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::config::Config;
use crate::engine::cancel::Canceller;
use crate::engine::heap::HeapGuard;
use crate::engine::isolate::{NanoIsolate, new_isolate_from};
use crate::engine::watchdog::{Overdue, Sampler, Watch};
use crate::exec::host::WorkerHost;
use crate::isolation::mode_of;
use crate::script::Script;

/// An isolate with its guards. Fields drop in order: the watch, the host,
/// the isolate (with its snapshot), then the heap guard its allocator
/// counts into.
pub(crate) struct Sandbox {
    pub(crate) watch: Option<Arc<Watch>>,
    pub(crate) host: Rc<WorkerHost>,
    pub(crate) isolate: NanoIsolate,
    pub(crate) heap_guard: Arc<HeapGuard>,
}

impl Sandbox {
    /// A new isolate for `script` on the calling thread (which it enters),
    /// under `config`'s limits; `poisoned` is set when it reaches its heap
    /// limit, and `overdue` hears of a run that ignored its stop.
    pub(crate) fn build(
        script: &Script,
        config: &Config,
        poisoned: Arc<AtomicBool>,
        overdue: Overdue,
    ) -> Sandbox {
        let heap_guard = HeapGuard::new(config.heap_limit, poisoned);
        let mut isolate = new_isolate_from(
            mode_of(script).blob(),
            script.lockdown.allow_shared_memory,
            config.heap_limit,
            Some(heap_guard.allocator()),
        );
        let host = WorkerHost::install(&mut isolate, &script.name, config.log.clone(), config.fetch.clone());
        host.set_sizes(config.sizes);
        host.wall_time.set(config.wall_time_limit);
        let canceller = host.canceller().clone();
        heap_guard.watch(&mut isolate, canceller.clone());
        let sampled = heap_guard.clone();
        let sampler: Sampler = Box::new(move || sampled.sample());
        let watch = Watch::current_thread(
            config.cpu_time_limit,
            config.wall_time_limit,
            canceller,
            Some(overdue),
            Some(sampler),
        );
        Sandbox { watch, host, isolate, heap_guard }
    }

    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        self.host.canceller()
    }
}

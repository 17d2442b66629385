//! V8 isolates and the controls on them: nano's threads, the isolate
//! factory, the heap guard with its counting array-buffer allocator, cancellation of a run,
//! and the CPU watchdog. Knows nothing of snapshots' contents or requests.

pub(crate) mod cancel;
pub(crate) mod heap;
pub(crate) mod isolate;
pub(crate) mod threads;
pub(crate) mod watchdog;

/// Initialises V8 once per process, with the host's signals blocked: V8's
/// platform threads inherit the mask (see [`threads`]).
pub(crate) fn init_v8() {
    threads::with_signals_blocked(nano_web::platform::init_v8);
}

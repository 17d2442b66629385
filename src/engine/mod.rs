//! V8 isolates and the controls on them: nano's threads, the isolate
//! factory, the heap guard with its counting array-buffer allocator, cancellation of a run,
//! and the CPU watchdog. Knows nothing of snapshots' contents or requests.

pub(crate) mod cancel;
pub(crate) mod heap;
pub(crate) mod isolate;
pub(crate) mod threads;
pub(crate) mod watchdog;

/// Initialises V8 once per process, with the host's signals blocked: V8's
/// platform threads inherit the mask (see [`threads`]). If this call starts
/// V8, every WebAssembly memory of the process is capped at `wasm_memory_limit` bytes (a V8 flag, so one value
/// for the process: the first runtime's heap limit).
pub(crate) fn init_v8_with(wasm_memory_limit: usize) {
    threads::with_signals_blocked(|| nano_web::platform::init_v8_with(wasm_memory_limit));
}

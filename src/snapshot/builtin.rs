//! The built-in snapshot, and V8's start-up with it.

use std::sync::Once;

/// The built-in snapshot, embedded at build time.
pub static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nano_snapshot.bin"));

static ANCHOR: Once = Once::new();

/// Initialises V8 (once per process) and anchors its read-only heap to the
/// built-in snapshot: call before making any isolate.
pub(crate) fn init() {
    init_with(0);
}

/// Like [`init`]; `wasm_memory_limit` caps WebAssembly memories if this
/// call starts V8 (see [`crate::engine::init_v8_with`]).
pub(crate) fn init_with(wasm_memory_limit: usize) {
    crate::engine::init_v8_with(wasm_memory_limit);
    ANCHOR.call_once(anchor_read_only_heap);
}

/// Keeps one isolate from the built-in snapshot alive for the life of the
/// process. Isolates share V8's read-only heap, which is built from the blob
/// of whichever isolate finds none alive; script snapshots carry their own
/// copy of it. Without an anchor, once every isolate had gone the next one
/// could rebuild it from a script's blob, and isolates from other blobs then
/// failed property lookups (`env` bindings and event listeners vanished in
/// parallel tests) or crashed (a libc++ bounds assertion in V8 when a script
/// was registered while other threads served). The anchor pins it to the
/// built-in blob; tests/concurrency.rs registers while serving.
fn anchor_read_only_heap() {
    let spawned =
        crate::engine::threads::spawn(std::thread::Builder::new().name("nano-anchor".into()), || {
            // Never disposed: forgetting it leaves it entered on this thread,
            // which ends here and runs no JavaScript.
            std::mem::forget(crate::engine::isolate::new_isolate(Some(BUILTIN), false));
        });
    if let Ok(thread) = spawned {
        let _ = thread.join();
    }
}

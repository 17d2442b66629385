//! The built-in snapshot, and V8's start-up with it.

use std::sync::Once;

/// The built-in snapshot, embedded at build time.
pub static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nano_snapshot.bin"));

/// The built-in snapshot with Node's modules, made from [`BUILTIN`] in this
/// process the first time a script that uses them registers (about a
/// quarter of a second, once): see `nano_web::bootstrap::create_node_snapshot`.
static BUILTIN_NODE: std::sync::OnceLock<Result<&'static [u8], String>> = std::sync::OnceLock::new();

/// Makes the Node snapshot if it is not made yet (registration does, on a
/// thread nano made: it runs JavaScript).
pub(crate) fn make_node_blob() -> crate::Result<()> {
    init();
    let made = BUILTIN_NODE.get_or_init(|| {
        nano_web::bootstrap::create_node_snapshot(BUILTIN).map(|blob| &*Box::leak(blob.into_boxed_slice()))
    });
    made.as_ref().map(drop).map_err(|e| crate::Error::Internal(format!("the Node snapshot: {e}")))
}

/// The built-in snapshot a script starts from: with Node's modules when it
/// uses them ([`crate::modules::ModuleGraph::uses_node`]; made at its
/// registration).
pub(crate) fn blob(node: bool) -> &'static [u8] {
    match BUILTIN_NODE.get() {
        Some(Ok(blob)) if node => blob,
        _ => BUILTIN,
    }
}

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

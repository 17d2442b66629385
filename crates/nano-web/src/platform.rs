//! V8's process-wide start-up: ICU data, the platform, the engine. Once per
//! process, whoever calls first (the library, or `build.rs`).

use std::sync::{Once, OnceLock};

static V8_INIT: Once = Once::new();

/// The platform V8 runs on: its foreground tasks (the end of an
/// asynchronous WebAssembly compilation, some of the collector's work) run
/// only when the isolate's thread pumps them ([`run_foreground_tasks`]).
static PLATFORM: OnceLock<v8::SharedRef<v8::Platform>> = OnceLock::new();

/// The cap on each WebAssembly memory set at start-up (0: V8's own).
static WASM_MEMORY_LIMIT: OnceLock<usize> = OnceLock::new();

/// Initialises V8 once per process.
pub fn init_v8() {
    init_v8_with(0);
}

/// Initialises V8 once per process; the first call that does it caps every
/// WebAssembly memory at `wasm_memory_limit` bytes (0: V8's own maximum).
/// V8 allocates those memories itself, outside the array-buffer allocator,
/// and takes this cap only as a process-wide flag set before it starts.
pub fn init_v8_with(wasm_memory_limit: usize) {
    V8_INIT.call_once(|| {
        let _ = WASM_MEMORY_LIMIT.set(wasm_memory_limit);
        if wasm_memory_limit > 0 {
            // One page is 64 KiB; at least one page, so that memories work.
            let pages = (wasm_memory_limit >> 16).max(1);
            v8::V8::set_flags_from_string(&format!("--wasm-max-mem-pages={pages}"));
        }
        // The data is 16-byte aligned and V8 copies nothing: a failure here
        // means the ICU version does not match, which Intl would report.
        let _ = v8::icu::set_common_data_78(deno_core_icudata::ICU_DATA);
        let platform = PLATFORM.get_or_init(|| v8::new_default_platform(0, false).make_shared());
        v8::V8::initialize_platform(platform.clone());
        v8::V8::initialize();
    });
}

/// The most bytes one WebAssembly memory may hold (the cap set at
/// start-up, or V8's own maximum for a memory of that kind).
pub fn wasm_memory_cap(memory64: bool) -> u64 {
    // V8's maxima: 65536 pages for a 32-bit memory, 262144 for a 64-bit one.
    let own: u64 = if memory64 { 16 << 30 } else { 4 << 30 };
    match WASM_MEMORY_LIMIT.get().copied().unwrap_or(0) {
        0 => own,
        cap => own.min(((cap >> 16).max(1) as u64) << 16),
    }
}

/// Runs the foreground tasks V8 has posted for `isolate` (on its thread);
/// true if any ran.
pub fn run_foreground_tasks(isolate: &v8::Isolate) -> bool {
    let Some(platform) = PLATFORM.get() else { return false };
    let mut ran = false;
    while v8::Platform::pump_message_loop(platform, isolate, false) {
        ran = true;
    }
    ran
}

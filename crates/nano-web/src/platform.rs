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

/// The protection-key rights (PKRU) of the thread that initialised V8; None
/// inside when the CPU or the kernel has no memory protection keys.
static V8_THREAD_KEYS: OnceLock<Option<u32>> = OnceLock::new();

/// The calling thread's memory-protection-key rights register (PKRU), or
/// None where the CPU or the kernel has no protection keys (then every
/// thread may touch every page V8 maps).
pub fn thread_protection_keys() -> Option<u32> {
    #[cfg(target_arch = "x86_64")]
    {
        // CPUID.(EAX=7,ECX=0):ECX bit 4 (OSPKE): the kernel enabled the
        // keys, so RDPKRU is defined (it faults otherwise).
        let leaf = std::arch::x86_64::__cpuid_count(7, 0);
        if leaf.ecx & (1 << 4) == 0 {
            return None;
        }
        let pkru: u32;
        // SAFETY: RDPKRU (with ECX = 0) only reads the thread's own PKRU,
        // available because OSPKE is set.
        unsafe {
            std::arch::asm!("rdpkru", in("ecx") 0u32, out("eax") pkru, out("edx") _,
                options(nomem, nostack, preserves_flags));
        }
        Some(pkru)
    }
    #[cfg(not(target_arch = "x86_64"))]
    None
}

/// The protection-key rights of the thread that initialised V8 (None: no
/// keys on this machine, or V8 not initialised yet). V8 guards some of its
/// memory with a key that only the initialising thread, and threads it
/// starts later, may access.
pub fn v8_thread_protection_keys() -> Option<u32> {
    V8_THREAD_KEYS.get().copied().flatten()
}

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
        let _ = V8_THREAD_KEYS.set(thread_protection_keys());
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

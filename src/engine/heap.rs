//! The heap guard of an isolate: V8's near-heap-limit callback and a
//! counting array-buffer allocator (which the natives' results and the
//! WebAssembly memories count in too, through [`nano_web::memory`]), both
//! stopping the run and marking the isolate for discarding when the limit is
//! reached. Wasm memories are measured when one is made, before a response
//! is sent, and at the watchdog's samples while a run goes on.
//!
//! V8 aborts the process when an allocation cannot be satisfied, so the
//! heap limit is not where V8 fails: when the heap reaches it, the run is
//! stopped and V8 is granted room for one more object of the largest size
//! it makes (a string or an array's backing store of 1 GiB), so that the
//! allocation under way completes and the termination unwinds. A native call
//! that ignores the termination (V8's builtins check it only between
//! JavaScript steps) gets more room up to [`CEILING_ABOVE_LIMIT`] over the
//! limit; past that, its thread is parked for good instead of aborting the
//! process (the worker is quarantined, see `worker.rs`).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::cancel::{Canceller, StopReason};

/// Room granted over the current heap when the limit is reached: the size
/// of the largest object V8 allocates at once (String::kMaxLength two-byte
/// characters, FixedArray::kMaxSize), plus some for unwinding.
const ONE_OBJECT: usize = (1 << 30) + (32 << 20);

/// The most a stopped run's heap may grow over its limit.
const CEILING_ABOVE_LIMIT: usize = 2 << 30;

/// What the near-heap-limit callback and the array-buffer allocator need;
/// lives as long as the isolate (and its allocator).
pub(crate) struct HeapGuard {
    canceller: OnceLock<Arc<Canceller>>,
    isolate: OnceLock<v8::IsolateHandle>,
    /// The isolate itself, for its heap size inside the callback (which
    /// runs on the isolate's thread).
    raw: std::sync::atomic::AtomicPtr<v8::RealIsolate>,
    poisoned: Arc<AtomicBool>,
    /// Bytes of array buffers allocated and not yet freed.
    buffers: AtomicUsize,
    /// Most bytes of array buffers at once (the heap limit).
    buffer_limit: usize,
    /// The last buffer reservation was refused (V8 collects garbage and
    /// retries; an interrupt afterwards finds out whether a retry worked).
    refused: AtomicBool,
    /// Bytes V8 counts outside its heap that the allocator never sees, as
    /// last measured: WebAssembly memories, which V8 maps itself.
    outside: AtomicUsize,
    /// A measurement is requested from the isolate's thread and not run yet.
    sampling: AtomicBool,
}

impl HeapGuard {
    /// A guard for an isolate with `limit` bytes of heap (and as many of
    /// array buffers); `poisoned` is set once either is reached.
    pub(crate) fn new(limit: usize, poisoned: Arc<AtomicBool>) -> Arc<HeapGuard> {
        Arc::new(HeapGuard {
            canceller: OnceLock::new(),
            isolate: OnceLock::new(),
            raw: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
            poisoned,
            buffers: AtomicUsize::new(0),
            buffer_limit: limit,
            refused: AtomicBool::new(false),
            outside: AtomicUsize::new(0),
            sampling: AtomicBool::new(false),
        })
    }

    /// Makes `isolate` report to this guard: call once, on an isolate
    /// created with [`HeapGuard::allocator`]; `canceller` stops its runs.
    pub(crate) fn watch(self: &Arc<HeapGuard>, isolate: &mut v8::Isolate, canceller: Arc<Canceller>) {
        let _ = self.canceller.set(canceller);
        let _ = self.isolate.set(isolate.thread_safe_handle());
        // SAFETY: UnsafeRawIsolatePtr is a transparent wrapper of the pointer.
        let raw: *mut v8::RealIsolate = unsafe { std::mem::transmute(isolate.as_raw_isolate_ptr()) };
        self.raw.store(raw, Ordering::Release);
        let data = Arc::as_ptr(self) as *mut std::ffi::c_void;
        isolate.add_near_heap_limit_callback(near_heap_limit, data);
        isolate.add_gc_epilogue_callback(after_collection, data, v8::GCType::kGCTypeAll);
        isolate.set_slot(nano_web::memory::ExternalMemorySlot(self.clone()));
    }

    /// An allocator that counts against this guard (and keeps it alive).
    pub(crate) fn allocator(self: &Arc<HeapGuard>) -> v8::UniqueRef<v8::Allocator> {
        buffer_allocator::new(self)
    }

    /// The limit is reached: stop the request, discard the isolate.
    fn exceeded(&self) {
        self.poisoned.store(true, Ordering::Release);
        if let Some(c) = self.canceller.get() {
            c.cancel(StopReason::MemoryLimit);
        }
    }

    /// Counts `len` more bytes of buffers if they fit under the limit
    /// beside the WebAssembly memories last measured.
    fn count(&self, len: usize) -> bool {
        let outside = self.outside.load(Ordering::Acquire);
        self.buffers
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
                used.checked_add(len)
                    .and_then(|n| n.checked_add(outside))
                    .filter(|&total| total <= self.buffer_limit)
                    .map(|_| used + len)
            })
            .is_ok()
    }

    /// Measures the isolate's WebAssembly memories (on its thread); true
    /// when they and the buffers together are over the limit.
    fn measure(&self, isolate: &mut v8::Isolate) -> bool {
        let outside = nano_web::memory::wasm_memory_bytes(isolate);
        self.outside.store(outside, Ordering::Release);
        self.buffers.load(Ordering::Acquire).saturating_add(outside) > self.buffer_limit
    }

    /// Checks the WebAssembly memories against the limit (on the isolate's
    /// thread): over it even after a full collection (dead memories stay
    /// counted until one), the run is stopped and the isolate discarded.
    fn settle(&self, isolate: &mut v8::Isolate) {
        if self.measure(isolate) && self.collect_and_measure(isolate) {
            self.exceeded();
        }
    }

    /// A full collection (dead buffers and memories stay counted until
    /// one), then [`measure`](Self::measure).
    fn collect_and_measure(&self, isolate: &mut v8::Isolate) -> bool {
        isolate.low_memory_notification();
        self.measure(isolate)
    }

    /// Asks the isolate's thread (from any thread, while a run goes on) to
    /// [`settle`](Self::settle) at its next interrupt check: WebAssembly code
    /// grows its memories without calling out, so the watchdog samples.
    pub(crate) fn sample(&self) {
        if !self.sampling.swap(true, Ordering::AcqRel)
            && let Some(isolate) = self.isolate.get()
        {
            isolate.request_interrupt(sample_now, self as *const HeapGuard as *mut std::ffi::c_void);
        }
    }

    /// The allocator's reservation: a refusal is settled later (see below).
    fn reserve(&self, len: usize) -> bool {
        let reserved = self.count(len);
        if reserved {
            self.refused.store(false, Ordering::Release);
        } else {
            // Dead buffers stay counted until a collection, so this is
            // not yet a failure: V8 collects garbage and retries. Once
            // it is done (at the next interrupt check) a refusal that
            // still stands stops the request.
            if !self.refused.swap(true, Ordering::AcqRel)
                && let Some(isolate) = self.isolate.get()
            {
                isolate.request_interrupt(refusal_stands, self as *const HeapGuard as *mut std::ffi::c_void);
            }
        }
        reserved
    }

    /// At the end of a run: a buffer refusal still standing (V8 threw, and
    /// the interrupt that would stop the run has not come yet) is this run's,
    /// and marks the isolate over its limit now rather than stop the next run.
    pub(crate) fn end_run(&self) {
        if self.refused.swap(false, Ordering::AcqRel) {
            self.exceeded();
        }
    }

    fn unreserve(&self, len: usize) {
        self.buffers.fetch_sub(len, Ordering::AcqRel);
    }
}

impl nano_web::memory::ExternalMemory for HeapGuard {
    fn reserve(&self, len: usize) -> bool {
        // The caller collects garbage and asks again before giving up.
        self.count(len)
    }

    fn collect(&self, isolate: &mut v8::Isolate) {
        self.collect_and_measure(isolate);
    }

    fn settle(&self, isolate: &mut v8::Isolate) {
        HeapGuard::settle(self, isolate);
    }

    fn release(&self, len: usize) {
        self.unreserve(len);
    }

    fn exhausted(&self) {
        self.exceeded();
    }
}

/// Runs on the isolate's thread after a refused buffer allocation: if no
/// allocation succeeded since (V8's retries after collecting failed too),
/// the request is over its memory limit.
unsafe extern "C" fn refusal_stands(_isolate: v8::UnsafeRawIsolatePtr, data: *mut std::ffi::c_void) {
    // SAFETY: the guard outlives its isolate, which runs this callback.
    let guard = unsafe { &*(data as *const HeapGuard) };
    guard.end_run();
}

/// The interrupt [`HeapGuard::sample`] requests.
unsafe extern "C" fn sample_now(isolate: v8::UnsafeRawIsolatePtr, data: *mut std::ffi::c_void) {
    // SAFETY: the guard outlives its isolate, which runs this callback.
    let guard = unsafe { &*(data as *const HeapGuard) };
    guard.sampling.store(false, Ordering::Release);
    // SAFETY: the isolate running this callback, on its thread.
    guard.settle(&mut unsafe { calling(isolate) });
}

/// After each collection: what it freed no longer counts.
unsafe extern "C" fn after_collection(
    isolate: v8::UnsafeRawIsolatePtr,
    _type: v8::GCType,
    _flags: v8::GCCallbackFlags,
    data: *mut std::ffi::c_void,
) {
    // SAFETY: as in `sample_now`.
    let guard = unsafe { &*(data as *const HeapGuard) };
    // SAFETY: the isolate running this callback, on its thread.
    guard.measure(&mut unsafe { calling(isolate) });
}

/// The isolate a V8 callback was called with, as a (non-owning) `Isolate`.
///
/// # Safety
/// Only inside that callback, on the isolate's thread.
unsafe fn calling(isolate: v8::UnsafeRawIsolatePtr) -> v8::Isolate {
    // SAFETY: UnsafeRawIsolatePtr is a transparent wrapper of the pointer,
    // which V8 passes non-null.
    unsafe {
        v8::Isolate::from_raw_ptr(std::mem::transmute::<v8::UnsafeRawIsolatePtr, *mut v8::RealIsolate>(
            isolate,
        ))
    }
}

/// Array buffers live outside V8's heap, so the heap limit alone would let a
/// script hold any amount of them: this allocator counts them against the
/// same limit. An allocation over it fails (V8 throws a RangeError) and the
/// request ends as over its memory limit.
mod buffer_allocator {
    use std::ffi::c_void;
    use std::sync::Arc;

    use super::HeapGuard;

    unsafe extern "C" fn allocate(guard: &HeapGuard, len: usize) -> *mut c_void {
        if !guard.reserve(len) {
            return std::ptr::null_mut();
        }
        // SAFETY: plain calloc; at least one byte so that success is non-NULL.
        let p = unsafe { libc::calloc(1, len.max(1)) };
        if p.is_null() {
            guard.unreserve(len);
        }
        p
    }

    unsafe extern "C" fn allocate_uninitialized(guard: &HeapGuard, len: usize) -> *mut c_void {
        if !guard.reserve(len) {
            return std::ptr::null_mut();
        }
        // SAFETY: plain malloc, as above.
        let p = unsafe { libc::malloc(len.max(1)) };
        if p.is_null() {
            guard.unreserve(len);
        }
        p
    }

    unsafe extern "C" fn free(guard: &HeapGuard, data: *mut c_void, len: usize) {
        guard.unreserve(len);
        // SAFETY: `data` came from allocate or allocate_uninitialized.
        unsafe { libc::free(data) };
    }

    unsafe extern "C" fn drop(guard: *const HeapGuard) {
        // SAFETY: the reference `new` gave the allocator, released once.
        std::mem::drop(unsafe { Arc::from_raw(guard) });
    }

    static VTABLE: v8::RustAllocatorVtable<HeapGuard> =
        v8::RustAllocatorVtable { allocate, allocate_uninitialized, free, drop };

    /// An allocator that counts against `guard` (and keeps it alive).
    pub(super) fn new(guard: &Arc<HeapGuard>) -> v8::UniqueRef<v8::Allocator> {
        // SAFETY: the handle is a strong reference, given back in `drop`.
        unsafe { v8::new_rust_allocator(Arc::into_raw(guard.clone()), &VTABLE) }
    }
}

/// Called by V8 when the heap nears its limit (`current`): stops the
/// request, marks the isolate for discarding, and grants room for the
/// allocation under way (see the module comment); V8 aborts the process if
/// the limit it gets back is still below the heap's size.
unsafe extern "C" fn near_heap_limit(data: *mut std::ffi::c_void, current: usize, initial: usize) -> usize {
    // SAFETY: `data` is the worker's HeapGuard, alive as long as the isolate.
    let guard = unsafe { &*(data as *const HeapGuard) };
    let raw = guard.raw.load(Ordering::Acquire);
    let used = if raw.is_null() {
        current
    } else {
        // SAFETY: the guard's isolate, alive and on this thread (V8 calls
        // this from its heap); `Isolate` is a non-owning pointer.
        let mut isolate = unsafe { v8::Isolate::from_raw_ptr(raw) };
        isolate.get_heap_statistics().total_heap_size()
    };
    if guard.refused.load(Ordering::Acquire) && used < current {
        // V8's last-resort collection before retrying a refused array
        // buffer also calls here: the heap itself is not at its limit.
        return current;
    }
    guard.exceeded();
    let ceiling = initial.saturating_add(CEILING_ABOVE_LIMIT);
    if current >= ceiling {
        // A native call kept allocating after its run was stopped and used
        // all its room: returning would abort the process. The worker sees
        // its run overdue and is quarantined; this thread stays here.
        if let Some(c) = guard.canceller.get() {
            c.mark_stuck();
        }
        loop {
            std::thread::park();
        }
    }
    used.max(current).saturating_add(ONE_OBJECT).min(ceiling)
}

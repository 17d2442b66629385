//! The heap guard of an isolate: V8's near-heap-limit callback and a
//! counting array-buffer allocator, both stopping the run and marking the
//! isolate for discarding when the limit is reached.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::cancel::{Canceller, StopReason};

/// What the near-heap-limit callback and the array-buffer allocator need;
/// lives as long as the isolate (and its allocator).
pub(crate) struct HeapGuard {
    canceller: OnceLock<Arc<Canceller>>,
    poisoned: Arc<AtomicBool>,
    /// Bytes of array buffers allocated and not yet freed.
    buffers: AtomicUsize,
    /// Most bytes of array buffers at once (the heap limit).
    buffer_limit: usize,
}

impl HeapGuard {
    /// A guard for an isolate with `limit` bytes of heap (and as many of
    /// array buffers); `poisoned` is set once either is reached.
    pub(crate) fn new(limit: usize, poisoned: Arc<AtomicBool>) -> Arc<HeapGuard> {
        Arc::new(HeapGuard {
            canceller: OnceLock::new(),
            poisoned,
            buffers: AtomicUsize::new(0),
            buffer_limit: limit,
        })
    }

    /// Makes `isolate` report to this guard: call once, on an isolate
    /// created with [`HeapGuard::allocator`]; `canceller` stops its runs.
    pub(crate) fn watch(self: &Arc<HeapGuard>, isolate: &mut v8::Isolate, canceller: Arc<Canceller>) {
        let _ = self.canceller.set(canceller);
        isolate.add_near_heap_limit_callback(near_heap_limit, Arc::as_ptr(self) as *mut std::ffi::c_void);
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
}

/// Array buffers live outside V8's heap, so the heap limit alone would let a
/// script hold any amount of them: this allocator counts them against the
/// same limit. An allocation over it fails (V8 throws a RangeError) and the
/// request ends as over its memory limit.
mod buffer_allocator {
    use std::ffi::c_void;
    use std::sync::Arc;
    use std::sync::atomic::Ordering;

    use super::HeapGuard;

    fn reserve(guard: &HeapGuard, len: usize) -> bool {
        let reserved = guard.buffers.fetch_update(Ordering::AcqRel, Ordering::Acquire, |used| {
            used.checked_add(len).filter(|&total| total <= guard.buffer_limit)
        });
        if reserved.is_err() {
            guard.exceeded();
        }
        reserved.is_ok()
    }

    unsafe extern "C" fn allocate(guard: &HeapGuard, len: usize) -> *mut c_void {
        if !reserve(guard, len) {
            return std::ptr::null_mut();
        }
        // SAFETY: plain calloc; at least one byte so that success is non-NULL.
        let p = unsafe { libc::calloc(1, len.max(1)) };
        if p.is_null() {
            guard.buffers.fetch_sub(len, Ordering::AcqRel);
        }
        p
    }

    unsafe extern "C" fn allocate_uninitialized(guard: &HeapGuard, len: usize) -> *mut c_void {
        if !reserve(guard, len) {
            return std::ptr::null_mut();
        }
        // SAFETY: plain malloc, as above.
        let p = unsafe { libc::malloc(len.max(1)) };
        if p.is_null() {
            guard.buffers.fetch_sub(len, Ordering::AcqRel);
        }
        p
    }

    unsafe extern "C" fn free(guard: &HeapGuard, data: *mut c_void, len: usize) {
        guard.buffers.fetch_sub(len, Ordering::AcqRel);
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

/// Called by V8 when the heap nears its limit: stops the request and marks
/// the isolate for discarding, and grants headroom so that V8 can unwind the
/// termination instead of aborting the process.
unsafe extern "C" fn near_heap_limit(data: *mut std::ffi::c_void, current: usize, _initial: usize) -> usize {
    // SAFETY: `data` is the worker's HeapGuard, alive as long as the isolate.
    let guard = unsafe { &*(data as *const HeapGuard) };
    guard.exceeded();
    current + (current / 2).max(32 << 20)
}

//! Off-heap memory the natives make (the bytes of a `TextEncoder.encode`,
//! a digest, a body): counted against the isolate's array-buffer budget like
//! the buffers V8 allocates itself, so a script cannot keep more of it than
//! its memory limit by asking a native to make it.

use std::sync::Arc;

/// The budget of an isolate's array buffers; the runtime installs one per
/// isolate (in an [`ExternalMemorySlot`]).
pub trait ExternalMemory: Send + Sync {
    /// Counts `len` more bytes; false (nothing counted) when over the limit.
    fn reserve(&self, len: usize) -> bool;
    /// Uncounts `len` bytes reserved earlier (called on any thread: V8 frees
    /// backing stores on its own threads).
    fn release(&self, len: usize);
    /// A reservation failed even after a full collection: the isolate is out
    /// of memory (the runtime stops the request).
    fn exhausted(&self);
}

/// The isolate slot holding the budget.
pub struct ExternalMemorySlot(pub Arc<dyn ExternalMemory>);

/// A Vec owned by a backing store, with the budget it is counted in.
struct Counted {
    bytes: Vec<u8>,
    budget: Option<Arc<dyn ExternalMemory>>,
}

impl Drop for Counted {
    fn drop(&mut self) {
        if let Some(b) = &self.budget {
            b.release(self.bytes.len());
        }
    }
}

unsafe extern "C" fn drop_counted(_data: *mut std::ffi::c_void, _len: usize, owner: *mut std::ffi::c_void) {
    // SAFETY: `owner` is the Box made in `array_buffer`, released once.
    drop(unsafe { Box::from_raw(owner as *mut Counted) });
}

/// A new ArrayBuffer that owns `bytes` without copying them, counted in the
/// isolate's budget; None (nothing made) when the budget refuses them even
/// after a full collection.
pub fn array_buffer<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    bytes: Vec<u8>,
) -> Option<v8::Local<'s, v8::ArrayBuffer>> {
    let budget = scope.get_slot::<ExternalMemorySlot>().map(|s| s.0.clone());
    if let Some(b) = &budget
        && !b.reserve(bytes.len())
    {
        // Dead buffers stay counted until a collection frees them.
        scope.low_memory_notification();
        if !b.reserve(bytes.len()) {
            b.exhausted();
            return None;
        }
    }
    let len = bytes.len();
    let mut owner = Box::new(Counted { bytes, budget });
    let data = owner.bytes.as_mut_ptr();
    // SAFETY: `data` points at `len` bytes owned by `owner`, which stays
    // alive (and unmoved: the Vec's buffer is on the heap) until V8 calls
    // `drop_counted` with it.
    let store = unsafe {
        v8::ArrayBuffer::new_backing_store_from_ptr(
            data as *mut std::ffi::c_void,
            len,
            drop_counted,
            Box::into_raw(owner) as *mut std::ffi::c_void,
        )
    }
    .make_shared();
    Some(v8::ArrayBuffer::with_backing_store(scope, &store))
}

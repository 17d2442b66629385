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
    /// Collects garbage before a refused reservation is asked again (dead
    /// buffers stay counted until a collection frees them).
    fn collect(&self, isolate: &mut v8::Isolate);
    /// The isolate's WebAssembly memories changed (on its thread): checks
    /// them and the buffers against the limit, and when they are over it
    /// even after a full collection, stops the run.
    fn settle(&self, isolate: &mut v8::Isolate);
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

/// Checks the isolate's WebAssembly memories and buffers against its budget
/// (on its thread: after a memory is made, and before a response is sent),
/// which stops the run when they are over it.
pub fn settle(isolate: &mut v8::Isolate) {
    if let Some(budget) = isolate.get_slot::<ExternalMemorySlot>().map(|s| s.0.clone()) {
        budget.settle(isolate);
    }
}

/// Reserves `len` bytes, after a full collection if the first try is
/// refused (dead buffers stay counted until one); false, the isolate out of
/// memory, when that does not make room either.
pub(crate) fn reserve_or_collect(budget: &dyn ExternalMemory, isolate: &mut v8::Isolate, len: usize) -> bool {
    if budget.reserve(len) {
        return true;
    }
    budget.collect(isolate);
    if budget.reserve(len) {
        return true;
    }
    budget.exhausted();
    false
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
        && !reserve_or_collect(b.as_ref(), scope, bytes.len())
    {
        return None;
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

/// The isolate's WebAssembly memories, which V8 maps itself outside the
/// array-buffer allocator (and counts nowhere an embedder can read): those
/// JavaScript can reach are tracked here and measured at their current
/// size; those a module keeps to itself are charged to the budget at the
/// most they can grow to, until their instance is collected.
#[derive(Default)]
struct WasmMemories {
    /// Memories made by `WebAssembly.Memory` or exported by an instance.
    reachable: Vec<v8::Weak<v8::WasmMemoryObject>>,
    /// Instances charged for the memories they keep to themselves: each
    /// releases its charge when collected.
    charged: Vec<v8::Weak<v8::Object>>,
}

/// Tracks `memory` (once, however often it is seen) among the isolate's
/// WebAssembly memories.
pub fn track_wasm_memory(scope: &mut v8::PinScope<'_, '_>, memory: v8::Local<v8::WasmMemoryObject>) {
    let mut memories = take_memories(scope);
    memories.reachable.retain(|m| !m.is_empty());
    if !memories.reachable.iter().any(|m| m.to_local(scope) == Some(memory)) {
        memories.reachable.push(v8::Weak::new(scope, memory));
    }
    scope.set_slot(memories);
}

/// Charges `bytes` (memories `instance` keeps to itself) to the budget until
/// `instance` is collected; false (nothing charged) when the budget refuses
/// them even after a full collection, as [`array_buffer`] does.
pub fn charge_wasm_instance(
    scope: &mut v8::PinScope<'_, '_>,
    instance: v8::Local<v8::Object>,
    bytes: usize,
) -> bool {
    let Some(budget) = scope.get_slot::<ExternalMemorySlot>().map(|s| s.0.clone()) else { return true };
    if !reserve_or_collect(budget.as_ref(), scope, bytes) {
        return false;
    }
    let release = budget.clone();
    let weak = v8::Weak::with_finalizer(scope, instance, Box::new(move |_| release.release(bytes)));
    let mut memories = take_memories(scope);
    memories.charged.retain(|w| !w.is_empty());
    memories.charged.push(weak);
    scope.set_slot(memories);
    true
}

/// The current size in bytes of the isolate's reachable WebAssembly
/// memories that are still alive (0 when it never made one).
pub fn wasm_memory_bytes(isolate: &mut v8::Isolate) -> usize {
    if isolate.get_slot::<WasmMemories>().is_none_or(|m| m.reachable.is_empty()) {
        return 0;
    }
    let mut memories = take_memories(isolate);
    memories.reachable.retain(|m| !m.is_empty());
    let total = {
        v8::scope!(let scope, isolate);
        memories
            .reachable
            .iter()
            .filter_map(|m| m.to_local(scope))
            .map(|m| m.buffer().byte_length())
            .fold(0usize, usize::saturating_add)
    };
    isolate.set_slot(memories);
    total
}

fn take_memories(isolate: &mut v8::Isolate) -> WasmMemories {
    isolate.remove_slot::<WasmMemories>().unwrap_or_default()
}

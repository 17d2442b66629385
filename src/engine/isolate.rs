//! The isolate factory: every nano isolate has the same settings and the
//! natives' external references.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// The snapshot an isolate starts from: the library's own (static), or a
/// script's (the strict mode's), shared by the script's isolates.
#[derive(Clone)]
pub(crate) enum Blob {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

/// An isolate and the snapshot V8 reads while it lives, kept together so
/// that the snapshot cannot go first.
pub(crate) struct NanoIsolate {
    /// Declared before the blob: fields drop in order.
    isolate: v8::OwnedIsolate,
    _blob: Blob,
}

impl Deref for NanoIsolate {
    type Target = v8::OwnedIsolate;
    fn deref(&self) -> &v8::OwnedIsolate {
        &self.isolate
    }
}

impl DerefMut for NanoIsolate {
    fn deref_mut(&mut self) -> &mut v8::OwnedIsolate {
        &mut self.isolate
    }
}

/// Like [`new_isolate_with`], from `blob`, which the isolate keeps.
pub(crate) fn new_isolate_from(
    blob: Blob,
    atomics_wait: bool,
    heap_limit: usize,
    allocator: Option<v8::UniqueRef<v8::Allocator>>,
) -> NanoIsolate {
    let bytes: &'static [u8] = match &blob {
        Blob::Static(bytes) => bytes,
        // SAFETY: V8 reads the bytes while the isolate lives; they never
        // move (an Arc's allocation) and are held by the NanoIsolate, whose
        // `_blob` field drops after its `isolate` field.
        Blob::Shared(bytes) => unsafe { std::mem::transmute::<&[u8], &'static [u8]>(bytes) },
    };
    NanoIsolate { isolate: new_isolate_with(Some(bytes), atomics_wait, heap_limit, allocator), _blob: blob }
}

/// A new isolate from `snapshot` (or none, for benchmarks), with the
/// settings every nano isolate has.
pub(crate) fn new_isolate(snapshot: Option<&'static [u8]>, atomics_wait: bool) -> v8::OwnedIsolate {
    new_isolate_with(snapshot, atomics_wait, 0, None)
}

/// Like [`new_isolate`], with a heap limit in bytes (0: V8's default) and an
/// array-buffer allocator (None: V8's default).
pub(crate) fn new_isolate_with(
    snapshot: Option<&'static [u8]>,
    atomics_wait: bool,
    heap_limit: usize,
    allocator: Option<v8::UniqueRef<v8::Allocator>>,
) -> v8::OwnedIsolate {
    let mut params = v8::CreateParams::default()
        .external_references(nano_web::natives::external_references())
        .allow_atomics_wait(atomics_wait);
    if let Some(allocator) = allocator {
        params = params.array_buffer_allocator(allocator);
    }
    if heap_limit > 0 {
        params = params.heap_limits(0, heap_limit);
    }
    if let Some(blob) = snapshot {
        params = params.snapshot_blob(blob.into());
    }
    let mut isolate = v8::Isolate::new(params);
    isolate.set_microtasks_policy(v8::MicrotasksPolicy::Explicit);
    isolate
}

/// The room for isolates a runtime has (its `max_isolates`), shared by its
/// pooled workers and its inline workers: one count of those alive or
/// being created.
pub(crate) struct Rooms {
    alive: std::sync::atomic::AtomicUsize,
    max: usize,
}

impl Rooms {
    pub(crate) fn new(max: usize) -> Rooms {
        Rooms { alive: std::sync::atomic::AtomicUsize::new(0), max }
    }

    /// Takes room for one more isolate, if under the maximum.
    pub(crate) fn reserve(&self) -> bool {
        use std::sync::atomic::Ordering;
        self.alive
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < self.max).then_some(n + 1))
            .is_ok()
    }

    /// Gives back the room of `n` isolates.
    pub(crate) fn free(&self, n: usize) {
        self.alive.fetch_sub(n, std::sync::atomic::Ordering::AcqRel);
    }

    pub(crate) fn alive(&self) -> usize {
        self.alive.load(std::sync::atomic::Ordering::Acquire)
    }

    pub(crate) fn max(&self) -> usize {
        self.max
    }
}

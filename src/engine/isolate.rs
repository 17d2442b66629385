//! The isolate factory: every nano isolate has the same settings and the
//! natives' external references.

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

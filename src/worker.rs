//! A worker: one isolate on a thread of its own, started from its script's
//! snapshot, running one request at a time in a fresh context.
//!
//! Why a thread per isolate: V8 isolates are not `Send`, an `OwnedIsolate`
//! must be dropped in reverse creation order on its thread (which one isolate
//! per thread makes trivially true, whatever order the pool evicts in), and
//! host threads (Go's, nginx's) may predate V8's initialisation, so nano runs
//! JavaScript only on threads it started itself.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::bindings::{byte_string_of, uint8_array_from_vec, with_view_bytes};
use crate::bootstrap::describe_exception;
use crate::error::{Error, Result};
use crate::event_loop::{Canceller, FetchHandler, WorkerHost, serve};
use crate::http::{Request, Response};
use crate::runtime::{Config, Script};
use crate::snapshot::{in_context, internal_function, prepare_context};
use crate::watchdog::Watch;

/// A worker's per-request limits.
struct Limits {
    wall_time: std::time::Duration,
    cpu: std::time::Duration,
    heap: usize,
    sizes: crate::http::SizeLimits,
    /// Set once the heap limit is reached.
    poisoned: Arc<AtomicBool>,
}

/// What the near-heap-limit callback and the array-buffer allocator need;
/// lives as long as the isolate (and its allocator).
struct HeapGuard {
    canceller: std::sync::OnceLock<Arc<Canceller>>,
    poisoned: Arc<AtomicBool>,
    /// Bytes of array buffers allocated and not yet freed.
    buffers: std::sync::atomic::AtomicUsize,
    /// Most bytes of array buffers at once (the heap limit).
    buffer_limit: usize,
}

impl HeapGuard {
    /// The limit is reached: stop the request, discard the isolate.
    fn exceeded(&self) {
        self.poisoned.store(true, Ordering::Release);
        if let Some(c) = self.canceller.get() {
            c.cancel(crate::event_loop::StopReason::MemoryLimit);
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

/// Stack for threads that run JavaScript; V8 limits its own use below this.
pub(crate) const STACK_SIZE: usize = 8 << 20;

type Reply = Box<dyn FnOnce(Result<Response>) + Send>;

struct Job {
    request: Request,
    reply: Reply,
}

/// Handle to a worker thread. Dropping it stops the thread and frees the
/// isolate.
pub struct Worker {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
    script: Arc<Script>,
    /// Set when the thread is idle with the next request's context made.
    ready: Arc<AtomicBool>,
    canceller: Arc<Canceller>,
    /// Set when the isolate reached its heap limit: it is not reused.
    poisoned: Arc<AtomicBool>,
}

impl Worker {
    /// Starts a thread with a new isolate from `script`'s snapshot.
    pub(crate) fn spawn(script: Arc<Script>, config: &Config) -> Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::sync_channel::<Arc<Canceller>>(1);
        let thread_script = script.clone();
        let (log, fetch, wall_time) = (config.log.clone(), config.fetch.clone(), config.wall_time_limit);
        let cpu_limit = config.cpu_time_limit;
        let (heap, sizes) = (config.heap_limit, config.sizes);
        let poisoned = Arc::new(AtomicBool::new(false));
        let thread_poisoned = poisoned.clone();
        let ready = Arc::new(AtomicBool::new(false));
        let thread_ready = ready.clone();
        let thread = std::thread::Builder::new()
            .name(format!("nano:{}", script.name))
            .stack_size(STACK_SIZE)
            .spawn(move || {
                let limits = Limits { wall_time, cpu: cpu_limit, heap, sizes, poisoned: thread_poisoned };
                run_thread(thread_script, log, fetch, limits, inbox, ready_tx, thread_ready)
            })
            .map_err(|e| Error::Internal(format!("cannot start a worker thread: {e}")))?;
        let canceller = ready_rx
            .recv()
            .map_err(|_| Error::Internal("the worker thread died while creating its isolate".into()))?;
        Ok(Worker { jobs: Some(jobs), thread: Some(thread), script, ready, canceller, poisoned })
    }

    /// Whether the worker is idle with a fresh context already made, so a
    /// request would start at once.
    pub(crate) fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// Whether the isolate reached its heap limit (it must be discarded).
    pub(crate) fn is_poisoned(&self) -> bool {
        self.poisoned.load(Ordering::Acquire)
    }

    /// Stops the request running on this worker, if any (from any thread).
    pub(crate) fn canceller(&self) -> &Arc<Canceller> {
        &self.canceller
    }

    pub fn script(&self) -> &Arc<Script> {
        &self.script
    }

    /// Runs `request` and calls `reply` with the outcome on the worker's
    /// thread; returns at once.
    pub(crate) fn eval_async(&self, request: Request, reply: Reply) {
        let job = Job { request, reply };
        if let Err(mpsc::SendError(job)) = self.jobs.as_ref().expect("jobs open until drop").send(job) {
            (job.reply)(Err(Error::Internal("the worker thread has stopped".into())));
        }
    }

    /// Runs `request` and waits for the response.
    pub fn eval(&self, request: Request) -> Result<Response> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.eval_async(request, Box::new(move |r| drop(tx.send(r))));
        rx.recv().map_err(|_| Error::Internal("the worker thread stopped mid-request".into()))?
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        drop(self.jobs.take()); // closes the inbox: the thread's loop ends
        if let Some(thread) = self.thread.take() {
            // Dropped from its own thread (a lease released inside its async
            // callback): the loop ends once the callback returns; joining
            // itself would fail.
            if thread.thread().id() != std::thread::current().id() {
                let _ = thread.join();
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn run_thread(
    script: Arc<Script>,
    log: Option<crate::runtime::LogSink>,
    fetch: Option<FetchHandler>,
    limits: Limits,
    inbox: mpsc::Receiver<Job>,
    started: mpsc::SyncSender<Arc<Canceller>>,
    ready: Arc<AtomicBool>,
) {
    // SAFETY: V8 reads the snapshot while the isolate lives. `script` is
    // owned by this function and outlives `isolate`, a local declared later
    // (locals drop first, in reverse order).
    let blob: &'static [u8] = unsafe { std::mem::transmute::<&[u8], &'static [u8]>(&script.snapshot) };
    // Declared before the isolate, so it outlives it (locals drop in reverse).
    let heap_guard = Arc::new(HeapGuard {
        canceller: std::sync::OnceLock::new(),
        poisoned: limits.poisoned.clone(),
        buffers: std::sync::atomic::AtomicUsize::new(0),
        buffer_limit: limits.heap,
    });
    let mut isolate = new_isolate_with(
        Some(blob),
        script.lockdown.allow_shared_memory,
        limits.heap,
        Some(buffer_allocator::new(&heap_guard)),
    );
    isolate.add_near_heap_limit_callback(near_heap_limit, Arc::as_ptr(&heap_guard) as *mut std::ffi::c_void);
    let host = WorkerHost::install(&mut isolate, &script.name, log, fetch);
    host.set_sizes(limits.sizes);
    let canceller = Arc::new(host.canceller(&mut isolate));
    let _ = heap_guard.canceller.set(canceller.clone());
    let watch = Watch::current_thread(limits.cpu, canceller.clone());
    let _ = started.send(canceller.clone());
    // Each request gets a context made from the snapshot before it arrived:
    // making it (the per-request reset) happens after the previous reply,
    // off the request's path. Scripts that opted into context reuse keep
    // one context for every request.
    let mut prepared = prepare_context(&mut isolate);
    ready.store(true, Ordering::Release);
    while let Ok(job) = inbox.recv() {
        ready.store(false, Ordering::Release);
        let Job { request, reply } = job;
        if limits.poisoned.load(Ordering::Acquire) {
            reply(Err(Error::MemoryLimit(
                "this isolate reached its heap limit and is discarded: release the lease and acquire another"
                    .into(),
            )));
            continue;
        }
        canceller.begin();
        if let Some(w) = &watch {
            w.begin();
        }
        match &prepared {
            Ok(p) => {
                let _ = in_context(&mut isolate, p, |scope, _, internal| {
                    serve(scope, internal, &host, request, limits.wall_time, reply);
                    Ok(())
                });
            }
            Err(e) => reply(Err(e.clone())),
        }
        if let Some(w) = &watch {
            w.end();
        }
        let was_terminated = isolate.is_execution_terminating();
        canceller.end(&mut isolate);
        // A kept context is dropped too after a termination: the run may
        // have stopped half-way through changing it.
        if !script.reuse_context || prepared.is_err() || was_terminated {
            prepared = prepare_context(&mut isolate);
        }
        ready.store(true, Ordering::Release);
    }
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
        .external_references(crate::bindings::external_references())
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

/// One request, start to finish, in the current context (the worker's path
/// without a thread hop; for benchmarks and tests).
pub(crate) fn dispatch<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    host: &WorkerHost,
    request: Request,
) -> Result<Response> {
    let mut out = None;
    serve(scope, internal, host, request, std::time::Duration::from_secs(30), |r| out = Some(r));
    out.unwrap_or_else(|| Err(Error::Internal("no response".into())))
}

/// Calls `internal.dispatch` with `request`; returns the handler's promise.
pub(crate) fn start_dispatch<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    internal: v8::Local<'s, v8::Object>,
    request: Request,
    sizes: &crate::http::SizeLimits,
) -> Result<v8::Local<'s, v8::Promise>> {
    let url = request.validate(sizes)?;
    let dispatch = internal_function(scope, internal, "dispatch")?;
    v8::tc_scope!(let tc, scope);

    let method = v8::String::new(tc, &request.method).unwrap();
    let url =
        v8::String::new(tc, &url).ok_or_else(|| Error::InvalidArgument("the URL is too long".into()))?;
    let headers = headers_to_js(tc, &request.headers)?;
    let body: v8::Local<v8::Value> = match request.body {
        Some(bytes) => uint8_array_from_vec(tc, bytes)
            .ok_or_else(|| Error::InvalidArgument("the body is too large".into()))?
            .into(),
        None => v8::null(tc).into(),
    };
    let args = [method.into(), url.into(), headers.into(), body];
    let Some(promise) = dispatch.call(tc, internal.into(), &args) else {
        if tc.has_terminated() {
            return Err(Error::Terminated("the evaluation was cancelled".into()));
        }
        return Err(Error::Script(describe_exception(tc)));
    };
    v8::Local::<v8::Promise>::try_from(promise)
        .map_err(|_| Error::Internal("internal.dispatch did not return a promise".into()))
}

/// Headers as JS's flat `[name, value, ...]` array; header bytes are
/// Latin-1 (WebIDL ByteString).
pub(crate) fn headers_to_js<'s>(
    scope: &mut v8::PinScope<'s, '_>,
    headers: &[(Vec<u8>, Vec<u8>)],
) -> Result<v8::Local<'s, v8::Array>> {
    let mut flat = Vec::with_capacity(headers.len() * 2);
    for (name, value) in headers {
        for bytes in [name, value] {
            let s = v8::String::new_from_one_byte(scope, bytes, v8::NewStringType::Normal)
                .ok_or_else(|| Error::InvalidArgument("a header is too long".into()))?;
            flat.push(s.into());
        }
    }
    Ok(v8::Array::new_with_elements(scope, &flat))
}

/// Reads `[status, [name, value, ...], body]` from internal.serializeResponse.
pub(crate) fn read_response(scope: &mut v8::PinScope, value: v8::Local<v8::Value>) -> Result<Response> {
    let bad = || Error::Internal("internal.dispatch returned a malformed response".into());
    let array = v8::Local::<v8::Array>::try_from(value).map_err(|_| bad())?;
    let status = array.get_index(scope, 0).and_then(|s| s.uint32_value(scope)).ok_or_else(bad)?;
    let flat =
        array.get_index(scope, 1).and_then(|h| v8::Local::<v8::Array>::try_from(h).ok()).ok_or_else(bad)?;
    let mut headers = Vec::with_capacity(flat.length() as usize / 2);
    for i in (0..flat.length()).step_by(2) {
        let name = flat.get_index(scope, i).ok_or_else(bad)?;
        let value = flat.get_index(scope, i + 1).ok_or_else(bad)?;
        headers.push((byte_string_of(scope, name), byte_string_of(scope, value)));
    }
    let body_value = array.get_index(scope, 2).ok_or_else(bad)?;
    let body = if body_value.is_null_or_undefined() {
        Vec::new()
    } else if body_value.is_string() {
        body_value.to_rust_string_lossy(scope).into_bytes()
    } else {
        let view = v8::Local::<v8::ArrayBufferView>::try_from(body_value).map_err(|_| bad())?;
        with_view_bytes(view, |b| b.to_vec())
    };
    Ok(Response { status: u16::try_from(status).map_err(|_| bad())?, headers, body })
}

//! V8 isolates and the controls on them: the isolate factory, the heap
//! guard with its counting array-buffer allocator, cancellation of a run,
//! and the CPU watchdog. Knows nothing of snapshots' contents or requests.

pub(crate) mod cancel;
pub(crate) mod heap;
pub(crate) mod isolate;
pub(crate) mod watchdog;

pub(crate) use nano_web::platform::init_v8;

//! nano's own threads. JavaScript runs only on threads nano created after V8
//! was initialised (host threads, such as Go's, may predate it), and none of
//! nano's threads takes the host's signals: each starts with the
//! asynchronous signals blocked, so that a signal sent to the process reaches
//! a host thread (nginx's event loop, Go's runtime) and never interrupts an
//! isolate. Hosts need not block signals around nano's calls.

use std::thread::{Builder, JoinHandle};

use crate::error::{Error, Result};

/// Stack for threads that run JavaScript; V8 limits its own use below this.
pub(crate) const STACK_SIZE: usize = 8 << 20;

/// Signals a thread receives because of what it executes itself (a fault, a
/// trap): blocking them is undefined behaviour, and V8 may handle them.
const SYNCHRONOUS: [libc::c_int; 6] =
    [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGTRAP, libc::SIGSYS];

/// Runs `f` with every asynchronous signal blocked on the calling thread,
/// then restores its mask: threads `f` starts inherit the blocked mask.
pub(crate) fn with_signals_blocked<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: sigset_t is plain data, initialised by sigfillset before use;
    // pthread_sigmask only changes the calling thread's mask.
    unsafe {
        let mut blocked: libc::sigset_t = std::mem::zeroed();
        let mut saved: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut blocked);
        for signal in SYNCHRONOUS {
            libc::sigdelset(&mut blocked, signal);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &blocked, &mut saved);
        let out = f();
        libc::pthread_sigmask(libc::SIG_SETMASK, &saved, std::ptr::null_mut());
        out
    }
}

/// Starts one of nano's threads (named "nano...") with the asynchronous
/// signals blocked.
pub(crate) fn spawn<T: Send + 'static>(
    builder: Builder,
    f: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<JoinHandle<T>> {
    with_signals_blocked(|| builder.spawn(f))
}

/// Runs `f` on a new thread and waits for it: nano runs JavaScript only on
/// threads it created after V8 was initialised (see the pool's docs).
pub(crate) fn on_nano_thread<T: Send + 'static>(
    name: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    spawn(Builder::new().name(name.to_string()).stack_size(STACK_SIZE), f)
        .map_err(|e| Error::Internal(format!("cannot start a thread: {e}")))?
        .join()
        .map_err(|_| Error::Internal("a nano thread panicked".into()))
}

/// Whether the calling thread is one of nano's own (they are all named
/// "nano...").
pub(crate) fn on_a_nano_thread() -> bool {
    std::thread::current().name().is_some_and(|n| n.starts_with("nano"))
}

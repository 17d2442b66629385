//! nano's own threads. JavaScript runs on threads nano created after V8 was
//! initialised, or on a host thread through an inline lease when
//! [`check_may_run_javascript_here`] allows it (host threads, such as Go's,
//! may predate V8), and none of
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

/// Whether a thread whose protection-key rights are `here` may run
/// JavaScript, given those of the thread that initialised V8. Without
/// protection keys (None) every thread may. With them, V8 keeps its pointer
/// tables under a key that only the initialising thread was given; a
/// thread inherits its rights when it is created, so one created before V8
/// started (Go's threads, a C host's pool) lacks that key and would fault
/// on its first JavaScript. Same rights as the initialising thread: safe.
fn keys_allow_javascript(initialiser: Option<u32>, here: Option<u32>) -> bool {
    match (initialiser, here) {
        (None, None) => true,
        (Some(v8), Some(here)) => v8 == here,
        // Keys on one thread and not the other cannot happen on one CPU:
        // refuse rather than guess.
        _ => false,
    }
}

/// Refuses to run JavaScript on the calling thread (an inline run on a
/// host's thread) when its memory-protection-key rights differ from those
/// of the thread that initialised V8.
pub(crate) fn check_may_run_javascript_here() -> Result<()> {
    let initialiser = nano_web::platform::v8_thread_protection_keys();
    let here = nano_web::platform::thread_protection_keys();
    if keys_allow_javascript(initialiser, here) {
        return Ok(());
    }
    Err(Error::UnsafeThread(format!(
        "this thread may not run JavaScript: its memory protection keys ({here:#x?}) differ from those of the thread \
         that initialised V8 ({initialiser:#x?}), so it was created before V8 started; run requests on nano's threads \
         (nano_pool_acquire) instead"
    )))
}

#[cfg(test)]
mod tests {
    use super::keys_allow_javascript;

    #[test]
    fn protection_keys_decide_which_threads_may_run_javascript() {
        // No keys on this CPU (or kernel): any thread.
        assert!(keys_allow_javascript(None, None));
        // V8 allocated key 1 and its thread was granted it (access and
        // write bits of key 1 cleared from Linux's default 0x55555554).
        let v8_thread = 0x5555_5550;
        assert!(keys_allow_javascript(Some(v8_thread), Some(v8_thread)), "a thread started after V8");
        assert!(!keys_allow_javascript(Some(v8_thread), Some(0x5555_5554)), "a thread from before V8");
        // V8 allocated no key: every thread has the default rights.
        assert!(keys_allow_javascript(Some(0x5555_5554), Some(0x5555_5554)));
        assert!(!keys_allow_javascript(Some(v8_thread), None));
        assert!(!keys_allow_javascript(None, Some(v8_thread)));
    }

    #[test]
    fn this_thread_may_run_javascript_after_initialising_v8() {
        nano_web::platform::init_v8();
        super::check_may_run_javascript_here().expect("same rights on this machine");
    }
}

//! A request body its host supplies as it arrives (from a socket, an
//! `io.Reader`): the host writes chunks into a [`BodyWriter`], from any
//! thread, then ends it or fails it; the request carries the other end, a
//! [`RequestBody`], which the runtime drains into the script's
//! `request.body` stream whenever a write wakes it.
//!
//! Writes never block: chunks wait in the runtime until the request's loop
//! takes them (each write wakes it), and the request body limit bounds what
//! a request takes in all. A write after the request is over, or after the
//! runtime refused the body (over its limit), fails: the host stops reading.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Wakes the loop of the request the body belongs to.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// How a body ended, as its writer said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyEnd {
    /// All of it arrived.
    Complete,
    /// It broke off (the client went away, a read failed): the message the
    /// script's stream errors with.
    Failed(String),
}

#[derive(Default)]
struct Shared {
    chunks: VecDeque<Vec<u8>>,
    end: Option<BodyEnd>,
    /// The request is over, or the runtime refused the body: writes fail.
    closed: bool,
    wake: Option<Wake>,
}

fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    // A panic while holding the lock leaves plain data behind: still usable.
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// Why a write or an end was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyClosed;

impl std::fmt::Display for BodyClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the request no longer takes its body (it is over, or the body went over its limit)")
    }
}

impl std::error::Error for BodyClosed {}

/// The host's end of a streamed request body. Dropping it before
/// [`end`](BodyWriter::end) fails the body ("the host dropped it").
pub struct BodyWriter {
    shared: Arc<Mutex<Shared>>,
    done: bool,
}

/// The runtime's end of a streamed request body, carried by the
/// [`Request`](crate::http::Request). Clones share one body, which one
/// request reads; when the last clone is dropped (the request never ran,
/// or is over) the body is closed and the writer's writes fail.
#[derive(Clone)]
pub struct RequestBody {
    shared: Arc<Mutex<Shared>>,
    _reader: Arc<Reader>,
}

/// Closes the body when the last [`RequestBody`] goes.
struct Reader(Arc<Mutex<Shared>>);

impl Drop for Reader {
    fn drop(&mut self) {
        close(&self.0);
    }
}

fn close(shared: &Mutex<Shared>) {
    let mut s = lock(shared);
    s.closed = true;
    s.chunks.clear();
    s.wake = None;
}

/// A new streamed request body: the host keeps the writer and puts the
/// [`RequestBody`] in its request's `body_stream`.
pub fn request_body() -> (BodyWriter, RequestBody) {
    let shared = Arc::new(Mutex::new(Shared::default()));
    let reader = Arc::new(Reader(shared.clone()));
    (BodyWriter { shared: shared.clone(), done: false }, RequestBody { shared, _reader: reader })
}

impl BodyWriter {
    /// Queues `bytes` (nothing for an empty slice) and wakes the request.
    pub fn write(&self, bytes: &[u8]) -> Result<(), BodyClosed> {
        self.finish_with(|s| {
            if !bytes.is_empty() {
                s.chunks.push_back(bytes.to_vec());
            }
        })
    }

    /// The body is complete.
    pub fn end(mut self) -> Result<(), BodyClosed> {
        self.done = true;
        self.finish_with(|s| s.end = Some(BodyEnd::Complete))
    }

    /// The body broke off: the script's stream errors with a TypeError
    /// carrying `message`.
    pub fn fail(mut self, message: &str) -> Result<(), BodyClosed> {
        self.done = true;
        self.finish_with(|s| s.end = Some(BodyEnd::Failed(message.to_string())))
    }

    /// Whether the request still takes the body.
    pub fn is_open(&self) -> bool {
        !lock(&self.shared).closed
    }

    fn finish_with(&self, f: impl FnOnce(&mut Shared)) -> Result<(), BodyClosed> {
        let wake = {
            let mut s = lock(&self.shared);
            if s.closed || s.end.is_some() {
                return Err(BodyClosed);
            }
            f(&mut s);
            s.wake.clone()
        };
        // Outside the lock: the wake-up may run the host's own ring.
        if let Some(wake) = wake {
            wake();
        }
        Ok(())
    }
}

impl Drop for BodyWriter {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.finish_with(|s| {
                s.end = Some(BodyEnd::Failed("the host dropped the request body before its end".into()))
            });
        }
    }
}

impl RequestBody {
    /// (The runtime) wakes `wake` after each write from now on.
    pub fn attach(&self, wake: Wake) {
        lock(&self.shared).wake = Some(wake);
    }

    /// (The runtime) the chunks written since the last take, and the end
    /// once the writer gave it (after its last chunk).
    pub fn take(&self) -> (Vec<Vec<u8>>, Option<BodyEnd>) {
        let mut s = lock(&self.shared);
        let chunks = s.chunks.drain(..).collect();
        let end = if s.closed { None } else { s.end.clone() };
        (chunks, end)
    }

    /// (The runtime) the request takes no more of the body (it is over, or
    /// refused it): queued chunks are dropped and later writes fail.
    pub fn close(&self) {
        close(&self.shared);
    }
}

impl std::fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RequestBody(streamed)")
    }
}

/// Two handles are equal when they share one body.
impl PartialEq for RequestBody {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }
}

impl Eq for RequestBody {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn chunks_then_the_end_reach_the_reader_with_a_wake_each() {
        let (w, r) = request_body();
        w.write(b"before").unwrap(); // before the request attached: kept
        let woken = Arc::new(AtomicUsize::new(0));
        let count = woken.clone();
        r.attach(Arc::new(move || {
            count.fetch_add(1, Ordering::SeqCst);
        }));
        w.write(b"").unwrap();
        w.write(b"after").unwrap();
        assert_eq!(r.take(), (vec![b"before".to_vec(), b"after".to_vec()], None));
        w.end().unwrap();
        assert_eq!(woken.load(Ordering::SeqCst), 3);
        assert_eq!(r.take(), (vec![], Some(BodyEnd::Complete)));
    }

    #[test]
    fn a_dropped_writer_fails_the_body_and_a_closed_body_refuses_writes() {
        let (w, r) = request_body();
        drop(w);
        assert!(matches!(r.take().1, Some(BodyEnd::Failed(m)) if m.contains("dropped")));
        let (w, r) = request_body();
        w.write(b"x").unwrap();
        r.close();
        assert!(!w.is_open());
        assert_eq!(w.write(b"y"), Err(BodyClosed));
        assert_eq!(r.take(), (vec![], None));
        assert_eq!(w.fail("late"), Err(BodyClosed));
        // The last reader gone (a request that never ran): closed too.
        let (w, r) = request_body();
        let copy = r.clone();
        drop(r);
        assert!(w.is_open());
        drop(copy);
        assert_eq!(w.write(b"z"), Err(BodyClosed));
    }
}

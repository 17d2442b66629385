//! A body that streams from one side to the other as it is produced: the
//! writer puts chunks into a [`BodyWriter`], from any thread, then ends it
//! or fails it; the reader holds the [`RequestBody`]. A host writes the
//! bodies that stream into a script (the request's, a `fetch()` response's)
//! and the runtime drains them whenever a write wakes it; the runtime
//! writes a `fetch()` request body that streams out of a script, and the
//! host reads it ([`RequestBody::read`]).
//!
//! Writes never block: chunks wait in the runtime until the request's loop
//! takes them (each write wakes it), and the request body limit bounds what
//! a request takes in all. A write after the request is over, or after the
//! runtime refused the body (over its limit), fails: the host stops reading.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

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

/// The shared state, and the condition a blocking reader waits on.
#[derive(Default)]
struct Channel {
    state: Mutex<Shared>,
    changed: Condvar,
}

fn lock(shared: &Channel) -> std::sync::MutexGuard<'_, Shared> {
    // A panic while holding the lock leaves plain data behind: still usable.
    shared.state.lock().unwrap_or_else(|e| e.into_inner())
}

/// What [`RequestBody::read`] gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyRead {
    Chunk(Vec<u8>),
    End,
    /// The writer failed the body (or dropped it unfinished).
    Failed(String),
    /// This side closed the body.
    Closed,
}

/// Why a write or an end was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyClosed;

impl std::fmt::Display for BodyClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the script takes no more of this body (its request is over, it cancelled the body, or the body went over its limit)")
    }
}

impl std::error::Error for BodyClosed {}

/// The host's end of a streamed request body. Dropping it before
/// [`end`](BodyWriter::end) fails the body ("the host dropped it").
pub struct BodyWriter {
    shared: Arc<Channel>,
    done: bool,
}

/// The runtime's end of a streamed request body, carried by the
/// [`Request`](crate::http::Request). Clones share one body, which one
/// request reads; when the last clone is dropped (the request never ran,
/// or is over) the body is closed and the writer's writes fail.
#[derive(Clone)]
pub struct RequestBody {
    shared: Arc<Channel>,
    _reader: Arc<Reader>,
}

/// Closes the body when the last [`RequestBody`] goes.
struct Reader(Arc<Channel>);

impl Drop for Reader {
    fn drop(&mut self) {
        close(&self.0);
    }
}

fn close(shared: &Channel) {
    let mut s = lock(shared);
    s.closed = true;
    s.chunks.clear();
    s.wake = None;
    drop(s);
    shared.changed.notify_all();
}

/// A new streamed request body: the host keeps the writer and puts the
/// [`RequestBody`] in its request's `body_stream`.
pub fn request_body() -> (BodyWriter, RequestBody) {
    let shared = Arc::new(Channel::default());
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
        self.shared.changed.notify_all();
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
    /// (The runtime) wakes `wake` after each write from now on, and at once
    /// when something was written (or the end given) before: no write is
    /// left waiting for a wake-up that came before anyone listened.
    pub fn attach(&self, wake: Wake) {
        let pending = {
            let mut s = lock(&self.shared);
            s.wake = Some(wake.clone());
            !s.closed && (!s.chunks.is_empty() || s.end.is_some())
        };
        if pending {
            wake();
        }
    }

    /// (The runtime) the chunks written since the last take, and the end
    /// once the writer gave it (after its last chunk).
    pub fn take(&self) -> (Vec<Vec<u8>>, Option<BodyEnd>) {
        let mut s = lock(&self.shared);
        let chunks = s.chunks.drain(..).collect();
        let end = if s.closed { None } else { s.end.clone() };
        (chunks, end)
    }

    /// The next part, waiting for the writer when there is none yet: a
    /// chunk, the end, the writer's failure, or `Closed` when this side
    /// closed the body. For a host reading a body that streams out of a
    /// script (a `fetch()` request's): call it off the thread that runs the
    /// script.
    pub fn read(&self) -> BodyRead {
        let mut s = lock(&self.shared);
        loop {
            if let Some(chunk) = s.chunks.pop_front() {
                return BodyRead::Chunk(chunk);
            }
            if s.closed {
                return BodyRead::Closed;
            }
            match &s.end {
                Some(BodyEnd::Complete) => return BodyRead::End,
                Some(BodyEnd::Failed(m)) => return BodyRead::Failed(m.clone()),
                None => {}
            }
            s = self.shared.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
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
        // What was written before wakes the reader as it attaches.
        assert_eq!(woken.load(Ordering::SeqCst), 1);
        w.write(b"").unwrap();
        w.write(b"after").unwrap();
        assert_eq!(r.take(), (vec![b"before".to_vec(), b"after".to_vec()], None));
        w.end().unwrap();
        assert_eq!(woken.load(Ordering::SeqCst), 4);
        // A body with nothing pending does not wake at attach.
        let (_w, quiet) = request_body();
        let wakes = Arc::new(AtomicUsize::new(0));
        let count = wakes.clone();
        quiet.attach(Arc::new(move || {
            count.fetch_add(1, Ordering::SeqCst);
        }));
        assert_eq!(wakes.load(Ordering::SeqCst), 0);
        assert_eq!(r.take(), (vec![], Some(BodyEnd::Complete)));
    }

    #[test]
    fn a_blocking_reader_gets_each_chunk_then_the_end() {
        let (w, r) = request_body();
        let reader = std::thread::spawn(move || {
            let mut got = Vec::new();
            loop {
                match r.read() {
                    BodyRead::Chunk(c) => got.extend(c),
                    BodyRead::End => return Ok(got),
                    other => return Err(other),
                }
            }
        });
        for part in [&b"ab"[..], b"cd", b"e"] {
            std::thread::sleep(std::time::Duration::from_millis(5));
            w.write(part).unwrap();
        }
        w.end().unwrap();
        assert_eq!(reader.join().unwrap(), Ok(b"abcde".to_vec()));
        let (w, r) = request_body();
        w.fail("broke").unwrap();
        assert_eq!(r.read(), BodyRead::Failed("broke".into()));
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

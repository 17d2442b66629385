//! How a host answers the scripts' `fetch()`: the handler it registers and
//! the reply handle it completes, from any thread.

use std::sync::{Arc, mpsc};

use crate::http::{Request, Response};
use nano_web::request_body::{BodyWriter, RequestBody};

/// Answers a script's `fetch()`: called on the worker's thread with the
/// subrequest and a [`FetchReply`] to complete, now or later, from any
/// thread. It should return quickly and do its I/O elsewhere.
pub type FetchHandler = Arc<dyn Fn(Request, FetchReply) + Send + Sync>;

/// What arrives on a worker's event loop from other threads: a subrequest's
/// outcome, or (with the reserved ids below) a request to stop, a streaming
/// host's word, a write to a body streaming in.
pub(crate) struct Completion {
    /// The request generation the subrequest belongs to; older ones are stale.
    pub(crate) generation: u64,
    pub(crate) id: u32,
    pub(crate) result: std::result::Result<Response, String>,
    /// A subrequest's response body that its host streams in (the
    /// response's own body is empty then).
    pub(crate) stream: Option<RequestBody>,
}

impl Completion {
    /// The `id` of the completion that asks the loop to stop.
    pub(crate) const CANCEL_ID: u32 = u32::MAX;

    /// The wake-up a canceller sends to a loop waiting on timers or
    /// subrequests (no JS running, so termination alone would not reach it).
    pub(crate) fn cancel() -> Completion {
        Completion { generation: u64::MAX, id: Self::CANCEL_ID, result: Err(String::new()), stream: None }
    }

    /// The `id` of a streaming host's word on the response body: `Ok`, it
    /// took the last chunk and wants the next; `Err`, it takes no more.
    pub(crate) const BODY_ID: u32 = u32::MAX - 1;

    /// The host wants the response body's next chunk.
    pub(crate) fn body_more() -> Completion {
        Completion { generation: u64::MAX, id: Self::BODY_ID, result: Ok(Response::default()), stream: None }
    }

    /// The `id` of the wake-up a body streaming in (the request's, or a
    /// subrequest's response's) sends when its host wrote to it (the chunks
    /// themselves wait in the body).
    pub(crate) const REQUEST_BODY_ID: u32 = u32::MAX - 2;

    pub(crate) fn request_body() -> Completion {
        Completion {
            generation: u64::MAX,
            id: Self::REQUEST_BODY_ID,
            result: Err(String::new()),
            stream: None,
        }
    }

    /// The host takes no more of the response body (its client went away).
    pub(crate) fn body_stop() -> Completion {
        Completion { generation: u64::MAX, id: Self::BODY_ID, result: Err(String::new()), stream: None }
    }
}

/// A wake-up a loop's host asks for when a completion arrives (an inline
/// run suspended on the host's thread: the host polls it again).
pub(crate) type Ring = Arc<dyn Fn() + Send + Sync>;

/// The sending end of a loop's inbox, from any thread: each completion is
/// queued, then the host's ring (if one is set) is called.
#[derive(Clone)]
pub(crate) struct Outbox {
    tx: mpsc::Sender<Completion>,
    ring: Arc<parking_lot::Mutex<Option<Ring>>>,
}

impl Outbox {
    pub(crate) fn new(tx: mpsc::Sender<Completion>) -> Outbox {
        Outbox { tx, ring: Arc::default() }
    }

    /// Queues `completion` and rings the host; false when the loop is gone.
    pub(crate) fn send(&self, completion: Completion) -> bool {
        let sent = self.tx.send(completion).is_ok();
        let ring = self.ring.lock().clone();
        if let Some(ring) = ring {
            ring();
        }
        sent
    }

    /// Sets (or clears) what is called after each completion.
    pub(crate) fn set_ring(&self, ring: Option<Ring>) {
        *self.ring.lock() = ring;
    }
}

/// Completes one subrequest. Dropping it unanswered fails the `fetch()`.
pub struct FetchReply {
    tx: Option<Outbox>,
    generation: u64,
    id: u32,
}

impl FetchReply {
    pub(crate) fn new(tx: Outbox, generation: u64, id: u32) -> FetchReply {
        FetchReply { tx: Some(tx), generation, id }
    }

    /// Resolves the script's `fetch()` with `response`.
    pub fn respond(mut self, response: Response) {
        self.send(Ok(response));
    }

    /// Rejects the script's `fetch()` with a TypeError carrying `message`.
    pub fn fail(mut self, message: impl Into<String>) {
        self.send(Err(message.into()));
    }

    /// Resolves the script's `fetch()` with `head` (its body ignored) and a
    /// body that streams in: written to the returned writer as it arrives
    /// (from any thread), ended or failed by it. The script reads it from
    /// the response's `body` as it comes; the body limit counts it.
    pub fn respond_streamed(mut self, head: Response) -> BodyWriter {
        let (writer, body) = crate::request_body();
        self.send_with(Ok(Response { body: Vec::new(), ..head }), Some(body));
        writer
    }

    fn send(&mut self, result: std::result::Result<Response, String>) {
        self.send_with(result, None);
    }

    fn send_with(&mut self, result: std::result::Result<Response, String>, stream: Option<RequestBody>) {
        if let Some(tx) = self.tx.take() {
            // The request may be over (the receiver gone): nothing to do then.
            let _ = tx.send(Completion { generation: self.generation, id: self.id, result, stream });
        }
    }
}

impl Drop for FetchReply {
    fn drop(&mut self) {
        self.send(Err("the host dropped the subrequest without answering it".into()));
    }
}

//! How a host answers the scripts' `fetch()`: the handler it registers and
//! the reply handle it completes, from any thread.

use std::sync::Arc;

use crate::http::{Request, Response};
use nano_web::request_body::{BodyWriter, RequestBody};

/// Answers a script's `fetch()`: called on the worker's thread with the
/// subrequest and a [`FetchReply`] to complete, now or later, from any
/// thread. It should return quickly and do its I/O elsewhere.
pub type FetchHandler = Arc<dyn Fn(Request, FetchReply) + Send + Sync>;

/// A subrequest's outcome, as its request's loop receives it.
pub(crate) struct FetchDone {
    /// The request generation the subrequest belongs to; older ones are stale.
    pub(crate) generation: u64,
    pub(crate) id: u32,
    pub(crate) result: std::result::Result<Response, String>,
    /// A subrequest's response body that its host streams in (the
    /// response's own body is empty then).
    pub(crate) stream: Option<RequestBody>,
}

/// Where a [`FetchReply`] sends its outcome: the loop's inbox (in the
/// execution layer).
pub(crate) trait FetchSink: Send + Sync {
    /// False when the loop is gone.
    fn fetch_done(&self, done: FetchDone) -> bool;
}

/// Completes one subrequest. Dropping it unanswered fails the `fetch()`.
pub struct FetchReply {
    tx: Option<Box<dyn FetchSink>>,
    generation: u64,
    id: u32,
}

impl FetchReply {
    pub(crate) fn new(tx: Box<dyn FetchSink>, generation: u64, id: u32) -> FetchReply {
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
            let _ = tx.fetch_done(FetchDone { generation: self.generation, id: self.id, result, stream });
        }
    }
}

impl Drop for FetchReply {
    fn drop(&mut self) {
        self.send(Err("the host dropped the subrequest without answering it".into()));
    }
}

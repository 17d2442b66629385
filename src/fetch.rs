//! How a host answers the scripts' `fetch()`: the handler it registers and
//! the reply handle it completes, from any thread.

use std::sync::{Arc, mpsc};

use crate::http::{Request, Response};

/// Answers a script's `fetch()`: called on the worker's thread with the
/// subrequest and a [`FetchReply`] to complete, now or later, from any
/// thread. It should return quickly and do its I/O elsewhere.
pub type FetchHandler = Arc<dyn Fn(Request, FetchReply) + Send + Sync>;

/// What arrives on a worker's event loop from other threads: a subrequest's
/// outcome, or (with [`Completion::CANCEL_ID`]) a request to stop.
pub(crate) struct Completion {
    /// The request generation the subrequest belongs to; older ones are stale.
    pub(crate) generation: u64,
    pub(crate) id: u32,
    pub(crate) result: std::result::Result<Response, String>,
}

impl Completion {
    /// The `id` of the completion that asks the loop to stop.
    pub(crate) const CANCEL_ID: u32 = u32::MAX;

    /// The wake-up a canceller sends to a loop waiting on timers or
    /// subrequests (no JS running, so termination alone would not reach it).
    pub(crate) fn cancel() -> Completion {
        Completion { generation: u64::MAX, id: Self::CANCEL_ID, result: Err(String::new()) }
    }
}

/// Completes one subrequest. Dropping it unanswered fails the `fetch()`.
pub struct FetchReply {
    tx: Option<mpsc::Sender<Completion>>,
    generation: u64,
    id: u32,
}

impl FetchReply {
    pub(crate) fn new(tx: mpsc::Sender<Completion>, generation: u64, id: u32) -> FetchReply {
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

    fn send(&mut self, result: std::result::Result<Response, String>) {
        if let Some(tx) = self.tx.take() {
            // The request may be over (the receiver gone): nothing to do then.
            let _ = tx.send(Completion { generation: self.generation, id: self.id, result });
        }
    }
}

impl Drop for FetchReply {
    fn drop(&mut self) {
        self.send(Err("the host dropped the subrequest without answering it".into()));
    }
}

//! A request loop's inbox: what reaches it from other threads while it runs
//! or waits (a subrequest's outcome, a stop, a streaming host's word, a
//! write to a body streaming in), each kind a variant. The senders below it
//! in the layers reach it through the engine's [`LoopWake`] and the leaf's
//! [`FetchSink`], which [`Outbox`] implements.

use std::sync::{Arc, mpsc};

use crate::engine::cancel::LoopWake;
use crate::fetch::{FetchDone, FetchSink};

pub(crate) enum Inbox {
    /// A subrequest's outcome.
    Fetch(FetchDone),
    /// The run was stopped: a loop waiting on timers or subrequests (no
    /// JavaScript running, so termination alone would not reach it) ends.
    Cancel,
    /// The streaming host took the last chunk of the response body and
    /// wants the next.
    BodyMore,
    /// The streaming host takes no more of the response body (its client
    /// went away).
    BodyStop,
    /// A body streaming in (the request's, or a subrequest's response's)
    /// was written to; the chunks wait in the body.
    BodyIn,
}

/// A wake-up a loop's host asks for when something arrives (an inline run
/// suspended on the host's thread: the host polls it again).
pub(crate) type Ring = Arc<dyn Fn() + Send + Sync>;

/// The sending end of a loop's inbox, from any thread: each message is
/// queued, then the host's ring (if one is set) is called.
#[derive(Clone)]
pub(crate) struct Outbox {
    tx: mpsc::Sender<Inbox>,
    ring: Arc<parking_lot::Mutex<Option<Ring>>>,
}

impl Outbox {
    pub(crate) fn new(tx: mpsc::Sender<Inbox>) -> Outbox {
        Outbox { tx, ring: Arc::default() }
    }

    /// Queues `message` and rings the host; false when the loop is gone.
    pub(crate) fn send(&self, message: Inbox) -> bool {
        let sent = self.tx.send(message).is_ok();
        let ring = self.ring.lock().clone();
        if let Some(ring) = ring {
            ring();
        }
        sent
    }

    /// Sets (or clears) what is called after each message.
    pub(crate) fn set_ring(&self, ring: Option<Ring>) {
        *self.ring.lock() = ring;
    }
}

impl LoopWake for Outbox {
    fn stopped(&self) {
        let _ = self.send(Inbox::Cancel);
    }

    fn body_word(&self, more: bool) -> bool {
        self.send(if more { Inbox::BodyMore } else { Inbox::BodyStop })
    }
}

impl FetchSink for Outbox {
    fn fetch_done(&self, done: FetchDone) -> bool {
        self.send(Inbox::Fetch(done))
    }
}

//! Request execution on one isolate: the host the natives talk to, moving
//! requests and responses across, and the event loop that drives a request
//! to its response and its `waitUntil` work.

pub(crate) mod event_loop;
pub(crate) mod host;
pub(crate) mod inbox;
mod marshal;

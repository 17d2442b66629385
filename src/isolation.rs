//! How each request gets clean state on a reused isolate. Today: a fresh
//! context from the script's snapshot per request, made after the previous
//! reply (off the next request's path); or, for scripts that opted into
//! `reuse_context`, one context kept across requests, replaced only after a
//! run that was terminated (it may have stopped half-way through a change).

use crate::error::Result;
use crate::snapshot::context::{Prepared, prepare_context};

pub(crate) struct Isolation {
    reuse_context: bool,
    /// The context the next request runs in.
    next: Result<Prepared>,
}

impl Isolation {
    /// Makes the first request's context now.
    pub(crate) fn new(isolate: &mut v8::Isolate, reuse_context: bool) -> Isolation {
        Isolation { reuse_context, next: prepare_context(isolate) }
    }

    /// The context the next request runs in, or why there is none.
    pub(crate) fn context(&self) -> &Result<Prepared> {
        &self.next
    }

    /// After a request: makes the next one's context unless this one may be
    /// kept.
    pub(crate) fn after_request(&mut self, isolate: &mut v8::Isolate, terminated: bool) {
        if !self.reuse_context || self.next.is_err() || terminated {
            self.next = prepare_context(isolate);
        }
    }
}

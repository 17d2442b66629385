//! How each request gets clean state on a reused isolate, by the script's
//! [`IsolationMode`]: strict, a fresh context per request from the script's
//! snapshot (made after the previous reply, off the next request's path);
//! fresh and reuse, one hardened realm per isolate ([`crate::realm`]), reset
//! after each request and rebuilt when a reset cannot undo a change or a
//! request was stopped by a limit.

use std::sync::Arc;

use crate::error::Result;
use crate::exec::event_loop::BeginRequest;
use crate::realm::Realm;
use crate::script::{IsolationMode, Script};
use crate::snapshot::context::{Prepared, prepare_context};

pub(crate) enum Isolation {
    /// The context the next request runs in.
    Strict(Result<Prepared>),
    Realm {
        script: Arc<Script>,
        realm: Result<Realm>,
    },
}

impl Isolation {
    /// Makes the first request's context (or realm) now.
    pub(crate) fn new(isolate: &mut v8::Isolate, script: &Arc<Script>) -> Isolation {
        match script.isolation {
            IsolationMode::Strict => Isolation::Strict(prepare_context(isolate)),
            IsolationMode::Fresh | IsolationMode::Reuse => {
                Isolation::Realm { script: script.clone(), realm: Realm::new(isolate, script) }
            }
        }
    }

    /// A realm whose built-ins are not frozen (benchmarks' baseline).
    pub(crate) fn new_unhardened(isolate: &mut v8::Isolate, script: &Arc<Script>) -> Isolation {
        Isolation::Realm { script: script.clone(), realm: Realm::new_with(isolate, script, false) }
    }

    /// The context the next request runs in, or why there is none.
    pub(crate) fn context(&self) -> Result<&Prepared> {
        match self {
            Isolation::Strict(next) => next.as_ref().map_err(Clone::clone),
            Isolation::Realm { realm, .. } => realm.as_ref().map(Realm::prepared).map_err(Clone::clone),
        }
    }

    /// In the request's context, after it: resets the realm. False when
    /// the context must not serve another request.
    pub(crate) fn reset<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> bool {
        match self {
            Isolation::Strict(_) => true,
            Isolation::Realm { realm: Ok(realm), .. } => realm.reset(scope, internal),
            Isolation::Realm { .. } => false,
        }
    }

    /// After a request: the strict mode makes the next one's context; the
    /// realm is rebuilt unless it is `clean` (reset, and not stopped).
    pub(crate) fn after_request(&mut self, isolate: &mut v8::Isolate, clean: bool) {
        match self {
            Isolation::Strict(next) => *next = prepare_context(isolate),
            Isolation::Realm { script, realm } => {
                if !clean || realm.is_err() {
                    *realm = Realm::new(isolate, script);
                }
            }
        }
    }
}

impl BeginRequest for Isolation {
    /// In the request's context, before its dispatch (the fresh mode runs
    /// the script's top level again here).
    fn begin_request<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> Result<()> {
        match self {
            Isolation::Realm { realm: Ok(realm), .. } => realm.begin_request(scope, internal),
            _ => Ok(()),
        }
    }
}

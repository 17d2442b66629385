//! The isolation modes, one object each behind one interface ([`Mode`]):
//! what registration makes of a script, the snapshot its isolates start
//! from, what each isolate prepares, what each request gets, and how it is
//! reset after it.
//!
//! - strict: registration makes a snapshot of the script; each request runs
//!   in a fresh context from it (made after the previous reply, off the next
//!   request's path).
//! - fresh and reuse: registration compiles how the top level runs again
//!   ([`RealmCode`]); each isolate builds one hardened realm
//!   ([`crate::realm`]) from the built-in snapshot, reset after each request
//!   and rebuilt when a reset cannot undo a change or a request was stopped
//!   by a limit. Fresh runs the top level again per request; reuse keeps the
//!   instance the realm was built with.
//!
//! [`register`] is the one place a mode is chosen; everything after it goes
//! through [`mode_of`].

use std::sync::Arc;
use std::time::Duration;

use crate::engine::isolate::Blob;
use crate::error::Result;
use crate::exec::event_loop::BeginRequest;
use crate::log::LogSink;
use crate::realm::{Realm, RealmCode};
use crate::script::{IsolationMode, Registered, Script, ScriptFormat};
use crate::snapshot::builtin;
use crate::snapshot::context::{Prepared, in_context, prepare_context};
use crate::snapshot::modules::Instance;
use crate::snapshot::{ScriptSpec, build_script_snapshot};

/// One isolation mode, as registration left it for one script.
pub(crate) trait Mode: Registered {
    /// The snapshot every isolate of the script starts from.
    fn blob(&self) -> Blob;
    /// On a new isolate (started from [`Mode::blob`]): what its first
    /// request needs. `harden` false leaves a realm's built-ins unfrozen
    /// (benchmarks' baseline; the strict mode has nothing to freeze).
    fn prepare(&self, isolate: &mut v8::Isolate, script: &Arc<Script>, harden: bool) -> Box<dyn PerIsolate>;
}

/// A mode's state on one isolate, between and during its requests.
pub(crate) trait PerIsolate {
    /// The context the next request runs in, or why there is none.
    fn context(&self) -> Result<&Prepared>;
    /// In the request's context, before its dispatch.
    fn begin_request<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> Result<()>;
    /// In the request's context, after it. False when the context must not
    /// serve another request.
    fn reset<'s>(&self, scope: &mut v8::PinScope<'s, '_>, internal: v8::Local<'s, v8::Object>) -> bool;
    /// After the request, out of its context; `clean` when it was reset and
    /// not stopped.
    fn after_request(&mut self, isolate: &mut v8::Isolate, clean: bool);
}

/// Registers `script` in its mode (runs its top level: call it on a thread
/// nano created).
pub(crate) fn register(mut script: Script, log: Option<LogSink>, cpu_limit: Duration) -> Result<Arc<Script>> {
    if script.graph.uses_node() {
        builtin::make_node_blob()?;
    }
    script.registered = match script.isolation {
        IsolationMode::Strict => {
            let snapshot = build_script_snapshot(&ScriptSpec {
                name: &script.name,
                graph: script.graph.clone(),
                format: script.format,
                bindings: &script.bindings,
                log,
                lockdown: script.lockdown,
                cpu_limit,
            })?;
            Box::new(Strict { snapshot: snapshot.into() })
        }
        IsolationMode::Fresh | IsolationMode::Reuse => Box::new(RealmMode {
            code: Arc::new(crate::realm::register(&script, log, cpu_limit)?),
            node: script.graph.uses_node(),
        }),
    };
    Ok(Arc::new(script))
}

/// The mode a registered script's isolates follow.
pub(crate) fn mode_of(script: &Script) -> &dyn Mode {
    let registered: &dyn std::any::Any = &*script.registered;
    if let Some(strict) = registered.downcast_ref::<Strict>() {
        return strict;
    }
    if let Some(realm) = registered.downcast_ref::<RealmMode>() {
        return realm;
    }
    unreachable!("{:?} was not registered through isolation::register", script.name)
}

/// The strict mode: the script's own snapshot.
struct Strict {
    snapshot: Arc<[u8]>,
}

impl std::fmt::Debug for Strict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strict").field("snapshot_len", &self.snapshot.len()).finish()
    }
}

impl Registered for Strict {
    fn retained_bytes(&self) -> usize {
        self.snapshot.len()
    }
    fn snapshot_len(&self) -> usize {
        self.snapshot.len()
    }
}

impl Mode for Strict {
    fn blob(&self) -> Blob {
        Blob::Shared(self.snapshot.clone())
    }
    fn prepare(&self, isolate: &mut v8::Isolate, script: &Arc<Script>, _: bool) -> Box<dyn PerIsolate> {
        let script = script.clone();
        Box::new(StrictIsolate { next: prepare_strict_context(isolate, &script), script })
    }
}

/// The context the next request runs in.
struct StrictIsolate {
    next: Result<Prepared>,
    script: Arc<Script>,
}

/// A context from the script's snapshot, its module instance restored.
fn prepare_strict_context(isolate: &mut v8::Isolate, script: &Script) -> Result<Prepared> {
    // The script's own snapshot: its default context is the script's.
    let prepared = prepare_context(isolate, false)?;
    if script.format == ScriptFormat::Module {
        in_context(isolate, &prepared, |scope, _, internal| {
            Instance::restore(scope, script.graph.clone(), internal).map(drop)
        })?;
    }
    Ok(prepared)
}

impl PerIsolate for StrictIsolate {
    fn context(&self) -> Result<&Prepared> {
        self.next.as_ref().map_err(Clone::clone)
    }
    fn begin_request<'s>(&self, _: &mut v8::PinScope<'s, '_>, _: v8::Local<'s, v8::Object>) -> Result<()> {
        Ok(())
    }
    fn reset<'s>(&self, _: &mut v8::PinScope<'s, '_>, _: v8::Local<'s, v8::Object>) -> bool {
        true
    }
    fn after_request(&mut self, isolate: &mut v8::Isolate, _clean: bool) {
        self.next = prepare_strict_context(isolate, &self.script);
    }
}

/// The fresh and reuse modes: a realm per isolate, from the built-in
/// snapshot (the realm reads the script's mode for what it keeps).
struct RealmMode {
    code: Arc<RealmCode>,
    /// Whether the script uses Node's modules (its isolates start from the
    /// built-in snapshot that has them).
    node: bool,
}

impl std::fmt::Debug for RealmMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealmMode")
            .field("instance_bytes", &self.code.retained_bytes())
            .field("harden_per_isolate", &self.code.harden_per_isolate)
            .finish()
    }
}

impl Registered for RealmMode {
    fn retained_bytes(&self) -> usize {
        self.code.retained_bytes()
    }
}

impl Mode for RealmMode {
    fn blob(&self) -> Blob {
        Blob::Static(builtin::blob(self.node))
    }
    fn prepare(&self, isolate: &mut v8::Isolate, script: &Arc<Script>, harden: bool) -> Box<dyn PerIsolate> {
        let realm = Realm::new_with(isolate, script, &self.code, harden);
        Box::new(RealmIsolate { script: script.clone(), code: self.code.clone(), realm })
    }
}

struct RealmIsolate {
    script: Arc<Script>,
    code: Arc<RealmCode>,
    realm: Result<Realm>,
}

impl PerIsolate for RealmIsolate {
    fn context(&self) -> Result<&Prepared> {
        self.realm.as_ref().map(Realm::prepared).map_err(Clone::clone)
    }
    fn begin_request<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> Result<()> {
        match &self.realm {
            Ok(realm) => realm.begin_request(scope, internal),
            Err(_) => Ok(()),
        }
    }
    fn reset<'s>(&self, scope: &mut v8::PinScope<'s, '_>, internal: v8::Local<'s, v8::Object>) -> bool {
        match &self.realm {
            Ok(realm) => realm.reset(scope, internal),
            Err(_) => false,
        }
    }
    fn after_request(&mut self, isolate: &mut v8::Isolate, clean: bool) {
        if !clean || self.realm.is_err() {
            self.realm = Realm::new(isolate, &self.script, &self.code);
        }
    }
}

/// How each request on one isolate gets clean state: the script's mode's
/// [`PerIsolate`].
pub(crate) struct Isolation(Box<dyn PerIsolate>);

impl Isolation {
    /// Makes the first request's context (or realm) now.
    pub(crate) fn new(isolate: &mut v8::Isolate, script: &Arc<Script>) -> Isolation {
        Isolation(mode_of(script).prepare(isolate, script, true))
    }

    /// A realm whose built-ins are not frozen (benchmarks' baseline).
    pub(crate) fn new_unhardened(isolate: &mut v8::Isolate, script: &Arc<Script>) -> Isolation {
        Isolation(mode_of(script).prepare(isolate, script, false))
    }

    pub(crate) fn context(&self) -> Result<&Prepared> {
        self.0.context()
    }

    pub(crate) fn reset<'s>(
        &self,
        scope: &mut v8::PinScope<'s, '_>,
        internal: v8::Local<'s, v8::Object>,
    ) -> bool {
        self.0.reset(scope, internal)
    }

    pub(crate) fn after_request(&mut self, isolate: &mut v8::Isolate, clean: bool) {
        self.0.after_request(isolate, clean)
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
        self.0.begin_request(scope, internal)
    }
}

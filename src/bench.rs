//! The start-up paths nano chooses between, exposed for the benchmarks in
//! `benches/` (and their tests). The runtime uses the first for strict-mode
//! scripts and the path of [`cold_start_realm`] for fresh and reuse:
//!
//! 1. an isolate from the script's snapshot (strict mode only: built-in
//!    globals + the script, already run): nothing is compiled or run but the
//!    request;
//! 2. an isolate from the built-in snapshot, then the script compiled and
//!    run in each new context (what a script snapshot saves);
//! 3. an isolate with no snapshot at all, the globals built by running the
//!    bootstrap JS, then the script (what the built-in snapshot saves).
//!
//! Each function runs JavaScript on the calling thread: call them from a
//! thread created after V8 was initialised (`nano::Runtime::new` does that).

use std::rc::Rc;
use std::sync::Arc;

use crate::engine::isolate::{NanoIsolate, new_isolate, new_isolate_from};
use crate::error::{Error, Result};
use crate::exec::event_loop::{BeginRequest, dispatch};
use crate::exec::host::WorkerHost;
use crate::http::{Request, Response};
use crate::isolation::{Isolation, mode_of};
use crate::script::Script;
use crate::snapshot::context::{Prepared, in_context, in_new_context, prepare_context};
use crate::snapshot::script::evaluate_script;
use crate::snapshot::{BUILTIN, ScriptSpec};

fn quiet(isolate: &mut v8::OwnedIsolate) -> Rc<WorkerHost> {
    WorkerHost::install(isolate, "bench", Some(Arc::new(|_, _| {})), None)
}

/// Size in bytes of the built-in snapshot embedded in the library.
pub fn builtin_snapshot_len() -> usize {
    BUILTIN.len()
}

/// Size of the Node snapshot (made on first use: 0 before a script that
/// uses Node registers).
pub fn node_snapshot_len() -> usize {
    let node = crate::snapshot::builtin::blob(true);
    if std::ptr::eq(node, BUILTIN) { 0 } else { node.len() }
}

/// Path 1: new isolate from `script`'s snapshot, new context, one request.
/// `script` must be a strict-mode one (the others have no snapshot).
pub fn cold_start_script_snapshot(script: &Arc<Script>, request: Request) -> Result<Response> {
    let mut isolate = strict_isolate(script);
    let host = quiet(&mut isolate);
    in_new_context(&mut isolate, false, |scope, _, internal| dispatch(scope, internal, &host, request))
}

/// Path 2: new isolate from the built-in snapshot; the script is compiled
/// and run in the new context before the request.
pub fn cold_start_builtin_snapshot(spec: &ScriptSpec, request: Request) -> Result<Response> {
    if spec.graph.uses_node() {
        crate::snapshot::builtin::make_node_blob()?;
    }
    let mut isolate = new_isolate(Some(crate::snapshot::builtin::blob(spec.graph.uses_node())), false);
    let host = quiet(&mut isolate);
    in_new_context(&mut isolate, true, |scope, _, internal| {
        evaluate_script(scope, internal, spec)?;
        dispatch(scope, internal, &host, request)
    })
}

/// Path 3: new isolate without any snapshot; the Workers globals are built
/// by running the same bootstrap JS that `build.rs` runs, then the script.
pub fn cold_start_no_snapshot(spec: &ScriptSpec, request: Request) -> Result<Response> {
    let mut isolate = new_isolate(None, false);
    let host = quiet(&mut isolate);
    v8::scope!(let scope, &mut isolate);
    let context = v8::Context::new(scope, Default::default());
    let scope = &mut v8::ContextScope::new(scope, context);
    let internal = nano_web::bootstrap::run(scope, spec.graph.uses_node()).map_err(Error::Internal)?;
    evaluate_script(scope, internal, spec)?;
    dispatch(scope, internal, &host, request)
}

fn strict_isolate(script: &Script) -> NanoIsolate {
    assert!(script.snapshot_len() > 0, "only strict-mode scripts have a snapshot");
    new_isolate_from(mode_of(script).blob(), false, 0, None)
}

/// An isolate from V8's own snapshot, without the Workers API: what a fresh
/// context costs at the least, whatever the embedder puts in it.
pub struct BareIsolate(v8::OwnedIsolate);

impl BareIsolate {
    pub fn new() -> BareIsolate {
        BareIsolate(new_isolate(None, false))
    }

    /// A fresh, empty context, discarded.
    pub fn new_context(&mut self) {
        v8::scope!(let scope, &mut self.0);
        let _context = v8::Context::new(scope, Default::default());
    }
}

impl Default for BareIsolate {
    fn default() -> Self {
        Self::new()
    }
}

/// A warm isolate from a script's snapshot, for per-request costs.
pub struct WarmIsolate {
    host: Rc<WorkerHost>,
    prepared: Option<Prepared>,
    isolate: NanoIsolate,
}

impl WarmIsolate {
    pub fn new(script: Arc<Script>) -> WarmIsolate {
        let mut isolate = strict_isolate(&script);
        let host = quiet(&mut isolate);
        WarmIsolate { host, prepared: None, isolate }
    }

    /// A fresh context from the snapshot (the per-request reset), discarded.
    pub fn new_context(&mut self) -> Result<()> {
        in_new_context(&mut self.isolate, false, |_, _, _| Ok(()))
    }

    /// Makes the next request's context now (as a worker does between requests).
    pub fn prepare(&mut self) {
        self.prepared = prepare_context(&mut self.isolate, false).ok();
    }

    /// One request in the context made by `prepare` (or a new one).
    pub fn request_prepared(&mut self, request: Request) -> Result<Response> {
        let prepared = match self.prepared.take() {
            Some(p) => p,
            None => prepare_context(&mut self.isolate, false)?,
        };
        let host = self.host.clone();
        in_context(&mut self.isolate, &prepared, |scope, _, internal| {
            dispatch(scope, internal, &host, request)
        })
    }

    /// One request in a fresh context.
    pub fn request(&mut self, request: Request) -> Result<Response> {
        let host = self.host.clone();
        in_new_context(&mut self.isolate, false, |scope, _, internal| {
            dispatch(scope, internal, &host, request)
        })
    }

    /// V8 heap statistics: (used heap bytes, total heap bytes, external bytes).
    pub fn heap_statistics(&mut self) -> (usize, usize, usize) {
        let s = self.isolate.get_heap_statistics();
        (s.used_heap_size(), s.total_heap_size(), s.external_memory())
    }

    /// Runs a full garbage collection (before measuring an idle isolate).
    pub fn collect_garbage(&mut self) {
        self.isolate.low_memory_notification();
    }
}

/// Path 4 (the fresh and reuse modes): new isolate from the built-in
/// snapshot, the script's realm built (top level run, built-ins frozen),
/// one request as a worker serves it.
pub fn cold_start_realm(script: &Arc<Script>, request: Request) -> Result<Response> {
    let mut warm = WarmRealm::new(script.clone());
    warm.request(request)
}

/// One isolate serving requests as a worker does, in the script's
/// isolation mode, with each step timed.
pub struct WarmRealm {
    host: Rc<WorkerHost>,
    isolation: Option<Isolation>,
    isolate: NanoIsolate,
}

/// Where one request's time went.
#[derive(Debug, Default, Clone, Copy)]
pub struct RequestSteps {
    /// The fresh mode's new module instance (top level + handler).
    pub instance: std::time::Duration,
    /// Dispatch, the handler, the loop and reading the response.
    pub serve: std::time::Duration,
    /// The realm's reset (fresh, reuse) or the next context (strict).
    pub reset: std::time::Duration,
}

impl WarmRealm {
    pub fn new(script: Arc<Script>) -> WarmRealm {
        WarmRealm::with(script, true)
    }

    /// A fresh- or reuse-mode realm with its built-ins left unfrozen: the
    /// baseline that shows what freezing costs on hot paths.
    pub fn unhardened(script: Arc<Script>) -> WarmRealm {
        WarmRealm::with(script, false)
    }

    fn with(script: Arc<Script>, harden: bool) -> WarmRealm {
        let mut isolate = new_isolate_from(mode_of(&script).blob(), false, 0, None);
        let host = quiet(&mut isolate);
        let isolation = if harden {
            Isolation::new(&mut isolate, &script)
        } else {
            Isolation::new_unhardened(&mut isolate, &script)
        };
        WarmRealm { host, isolation: Some(isolation), isolate }
    }

    /// One request, timed step by step.
    pub fn timed_request(&mut self, request: Request) -> Result<(Response, RequestSteps)> {
        use std::time::Instant;
        let host = self.host.clone();
        let mut isolation = self.isolation.take().expect("an isolation");
        let mut steps = RequestSteps::default();
        let outcome = match isolation.context() {
            Ok(prepared) => in_context(&mut self.isolate, prepared, |scope, _, internal| {
                let t0 = Instant::now();
                isolation.begin_request(scope, internal)?;
                let t1 = Instant::now();
                let response = dispatch(scope, internal, &host, request);
                let t2 = Instant::now();
                let clean = isolation.reset(scope, internal);
                steps.instance = t1 - t0;
                steps.serve = t2 - t1;
                steps.reset = t2.elapsed();
                Ok((response?, clean))
            }),
            Err(e) => Err(e),
        };
        let t3 = std::time::Instant::now();
        let clean = outcome.as_ref().is_ok_and(|(_, clean)| *clean);
        isolation.after_request(&mut self.isolate, clean);
        steps.reset += t3.elapsed();
        self.isolation = Some(isolation);
        outcome.map(|(r, _)| (r, steps))
    }

    /// One request as a worker serves it.
    pub fn request(&mut self, request: Request) -> Result<Response> {
        self.timed_request(request).map(|(r, _)| r)
    }

    /// V8 heap statistics: (used heap bytes, total heap bytes, external bytes).
    pub fn heap_statistics(&mut self) -> (usize, usize, usize) {
        let s = self.isolate.get_heap_statistics();
        (s.used_heap_size(), s.total_heap_size(), s.external_memory())
    }

    /// Runs a full garbage collection (before measuring what stays alive).
    pub fn collect_garbage(&mut self) {
        self.isolate.low_memory_notification();
    }
}

/// TypeScript made JavaScript as registration makes it (`name` ends in
/// `.ts`): the length of the JavaScript.
pub fn typescript_to_javascript(name: &str, source: &str) -> Result<usize> {
    crate::modules::typescript::to_javascript(name, source)
        .map(|(code, _)| code.len())
        .map_err(Error::ScriptCompile)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Runtime;
    use crate::{Config, IsolationMode, ScriptFormat, ScriptOptions};

    const HELLO: &str = "export default { fetch(r, env) { return new Response('hi ' + env.WHO); } }";

    fn get() -> Request {
        Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() }
    }

    /// The three paths give the same answer (so the benchmark compares like with like).
    #[test]
    fn every_path_answers_the_same() {
        let rt = Runtime::new(Config::default()).unwrap();
        let bindings = vec![("WHO".to_string(), "there".to_string())];
        let strict = ScriptOptions {
            bindings: bindings.clone(),
            isolation: IsolationMode::Strict,
            ..Default::default()
        };
        let script = rt.add_script("hello", HELLO, strict).unwrap();
        let fresh = ScriptOptions { bindings: bindings.clone(), ..Default::default() };
        let fresh = rt.add_script("hello-fresh", HELLO, fresh).unwrap();
        let outcome = std::thread::spawn(move || {
            let spec = ScriptSpec::module("hello", HELLO, ScriptFormat::Module, &bindings).unwrap();
            let a = cold_start_script_snapshot(&script, get()).unwrap();
            let b = cold_start_builtin_snapshot(&spec, get()).unwrap();
            let c = cold_start_no_snapshot(&spec, get()).unwrap();
            let mut warm = WarmIsolate::new(script);
            warm.new_context().unwrap();
            let d = warm.request(get()).unwrap();
            let (used, total, _) = warm.heap_statistics();
            assert!(used > 0 && total >= used);
            let e = cold_start_realm(&fresh, get()).unwrap();
            assert_eq!(e.body, b"hi there");
            let mut realm = WarmRealm::new(fresh);
            for _ in 0..3 {
                assert_eq!(realm.request(get()).unwrap().body, b"hi there");
            }
            (a.body, b.body, c.body, d.body)
        })
        .join()
        .unwrap();
        assert_eq!(outcome.0, b"hi there");
        assert_eq!(outcome.1, b"hi there");
        assert_eq!(outcome.2, b"hi there");
        assert_eq!(outcome.3, b"hi there");
    }
}

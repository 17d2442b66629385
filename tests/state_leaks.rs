//! Nothing one request does is visible to the next: writer-then-reader
//! probes (tests/js/state_leaks.js) on a pool of one isolate, in every
//! isolation mode. Each probe: a control read (clean before anything was
//! written), the write (which must report that it wrote, or, where built-ins
//! are frozen, that a frozen built-in refused it), then the read. The reuse
//! mode keeps module state by design, so there the module-state probes must
//! leak and no other may.

use std::sync::{Arc, Mutex};

use nano::{Config, IsolationMode, ModuleSource, ModuleType, Request, Runtime, ScriptOptions};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

fn body(rt: &Runtime, url: &str) -> String {
    String::from_utf8(rt.eval("leaks", get(url)).unwrap().body).unwrap()
}

/// How the probes are registered.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// One module.
    One,
    /// A module the entry imports, beside another ES module (the fresh
    /// mode runs such a graph as one hoisted function).
    EsGraph,
    /// The same with a CommonJS and a JSON module (the fresh mode makes a
    /// new instance of the graph per request).
    MixedGraph,
}

fn probe_all(mode: IsolationMode) {
    probe_in(mode, Shape::One)
}

/// Each mode's guarantee holds for the whole graph.
fn probe_in(mode: IsolationMode, shape: Shape) {
    let lines: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = lines.clone();
    let rt = Runtime::new(Config {
        max_isolates: 1,
        log: Some(Arc::new(move |_, line| sink.lock().unwrap().push(line.to_string()))),
        ..Config::default()
    })
    .unwrap();
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/js/state_leaks.js")).unwrap();
    let options = ScriptOptions { isolation: mode, ..ScriptOptions::default() };
    match shape {
        Shape::One => {
            rt.add_script("leaks", &src, options).unwrap();
        }
        Shape::EsGraph => {
            let entry = "import probes from './probes.js';\nimport { tag } from './tag.js';\n\
                         if (tag('leaks') !== '<leaks>') throw new Error('graph');\nexport default probes;";
            let modules = vec![
                ModuleSource::new("main.js", ModuleType::EsModule, entry),
                ModuleSource::new("probes.js", ModuleType::EsModule, src.as_str()),
                ModuleSource::new("tag.js", ModuleType::EsModule, "export const tag = (s) => `<${s}>`;"),
            ];
            rt.add_modules("leaks", modules, options).unwrap();
        }
        Shape::MixedGraph => {
            let entry = "import probes from './probes.js';\nimport config from './config.json';\n\
                         import { tag } from './tag.cjs';\nif (tag(config.name) !== '<leaks>') throw new Error('graph');\n\
                         export default probes;";
            let modules = vec![
                ModuleSource::new("main.js", ModuleType::EsModule, entry),
                ModuleSource::new("probes.js", ModuleType::EsModule, src.as_str()),
                ModuleSource::new("config.json", ModuleType::Json, r#"{"name": "leaks"}"#),
                ModuleSource::new("tag.cjs", ModuleType::CommonJs, "exports.tag = (s) => `<${s}>`;"),
            ];
            rt.add_modules("leaks", modules, options).unwrap();
        }
    }
    let names: Vec<String> = body(&rt, "http://x/list").split(',').map(String::from).collect();
    let module_state: Vec<String> = body(&rt, "http://x/module-state").split(',').map(String::from).collect();
    assert!(names.len() >= 60, "only {} probes", names.len());
    let (mut leaks, mut kept, mut broken) = (Vec::new(), Vec::new(), Vec::new());
    let read = |name: &str| match rt.eval("leaks", get(&format!("http://x/read/{name}"))) {
        Ok(r) if r.status == 200 => Ok(String::from_utf8_lossy(&r.body).into_owned()),
        Ok(r) => Err(String::from_utf8_lossy(&r.body).into_owned()),
        Err(e) => Err(format!("reader failed: {e}")),
    };
    for name in &names {
        let control = read(name).unwrap_or_else(|e| panic!("{mode:?}: control read of {name}: {e}"));
        // The writer's own outcome: "written", or "refused: ..." where a
        // frozen built-in refused the write (the fresh and reuse modes freeze
        // them; the strict mode does not, so there every writer must write).
        // A writer that throws anything else, or whose request fails, tests
        // nothing: its probe would pass whatever the reset does.
        let wrote = match rt.eval("leaks", get(&format!("http://x/write/{name}"))) {
            Ok(r) if r.status == 200 => Ok(String::from_utf8_lossy(&r.body).into_owned()),
            Ok(r) => Err(String::from_utf8_lossy(&r.body).into_owned()),
            Err(e) => Err(format!("writer failed: {e}")),
        };
        match wrote {
            Ok(w) if w == "written" || (mode != IsolationMode::Strict && w.starts_with("refused: ")) => {}
            other => broken.push(format!("{name}: {other:?}")),
        }
        let after = read(name);
        let expected_to_persist = mode == IsolationMode::Reuse && module_state.contains(name);
        match (after.as_ref() == Ok(&control), expected_to_persist) {
            (true, false) => {}
            (false, true) => kept.push(name.clone()),
            (true, true) => leaks.push(format!("{name}: module state was not kept by the reuse mode")),
            (false, false) => {
                leaks.push(format!("{name}: read {control:?} before the write, {after:?} after"))
            }
        }
    }
    assert!(broken.is_empty(), "{mode:?}: writers that did not write:\n{}", broken.join("\n"));
    let stats = rt.stats();
    assert_eq!(stats.isolates_created, 1, "{mode:?}: every probe ran on the same isolate: {stats:?}");
    let log = lines.lock().unwrap();
    for line in log.iter() {
        if line.contains("probe-count: 2") || line.contains("probe-count: 3") {
            leaks.push(format!("console.count carried over: {line}"));
        }
        if line.contains("probe-group") && line.trim_start() != line {
            leaks.push(format!("console.group carried over: {line:?}"));
        }
        if line.contains("probe-time: ") && line.contains("ms") {
            leaks.push(format!("console.time carried over: {line}"));
        }
    }
    assert!(leaks.is_empty(), "{mode:?}: state leaked between requests:\n{}", leaks.join("\n"));
    if mode == IsolationMode::Reuse {
        assert_eq!(kept.len(), module_state.len(), "reuse keeps module state: {kept:?}");
    }
    println!("{mode:?}: {} probes, all clean (module state kept: {kept:?})", names.len());
    let readme = include_str!("../README.md");
    let quoted = format!("{} probes in every mode", names.len());
    assert!(readme.contains(&quoted), "README.md should say {quoted:?} (the probe count changed)");
}

#[test]
fn no_probe_sees_the_previous_request_in_the_fresh_mode() {
    probe_all(IsolationMode::Fresh);
}

#[test]
fn no_probe_sees_the_previous_request_in_the_strict_mode() {
    probe_all(IsolationMode::Strict);
}

#[test]
fn only_module_state_persists_in_the_reuse_mode() {
    probe_all(IsolationMode::Reuse);
}

#[test]
fn a_graph_of_modules_keeps_each_modes_guarantee() {
    for mode in [IsolationMode::Fresh, IsolationMode::Strict, IsolationMode::Reuse] {
        probe_in(mode, Shape::EsGraph);
        probe_in(mode, Shape::MixedGraph);
    }
}

/// A top level that installs a polyfill on a built-in (guarded, so it runs
/// once per realm) gets it, and a realm frozen after it: the polyfill and
/// every built-in are frozen, and nothing a request does to them is seen by
/// the next one. (Its top level replaces `Array.prototype.push` too, which
/// nano's own freezing must not rely on.)
#[test]
fn a_polyfilling_top_level_gets_a_frozen_realm() {
    let src = r#"
        if (!Array.prototype.nanoLast) {
          Object.defineProperty(Array.prototype, "nanoLast", { value: function () { return this[this.length - 1]; }, writable: true, configurable: true });
        }
        if (Array.prototype.push.name !== "wrappedPush") {
          const push = Array.prototype.push;
          Array.prototype.push = function wrappedPush(...a) { return push.apply(this, a); };
        }
        export default { fetch(r) {
          if (r.url.endsWith("/write")) {
            try { Array.prototype.nanoLast.leak = 1; } catch {}
            try { Array.prototype.extra = 1; } catch {}
          }
          const state = [[1, 2, 3].nanoLast(), Object.isFrozen(Array.prototype), Object.isFrozen(Array.prototype.nanoLast),
            Object.isFrozen(Object.prototype), Array.prototype.nanoLast.leak, [].extra];
          return new Response(state.join(","));
        } };
    "#;
    for mode in [IsolationMode::Fresh, IsolationMode::Reuse] {
        let rt = Runtime::new(Config { max_isolates: 1, ..Config::default() }).unwrap();
        let script =
            rt.add_script("p", src, ScriptOptions { isolation: mode, ..ScriptOptions::default() }).unwrap();
        assert!(format!("{script:?}").contains("harden_per_isolate: true"), "{script:?}");
        for path in ["/read", "/write", "/read"] {
            assert_eq!(body_of(&rt, "p", path), "3,true,true,true,,", "{mode:?} {path}");
        }
    }
}

fn body_of(rt: &Runtime, script: &str, path: &str) -> String {
    let r = rt.eval(script, get(&format!("http://x{path}"))).unwrap();
    String::from_utf8(r.body).unwrap()
}

/// A request whose microtasks never settle (each queues the next) is
/// stopped by the CPU limit and its realm discarded: the next request on
/// the same isolate is clean and fast.
#[test]
fn a_microtask_storm_is_stopped_and_its_realm_discarded() {
    let src = r#"
        export default { fetch(r) {
          if (r.url.endsWith("/storm")) {
            globalThis.stormed = true;
            queueMicrotask(function again() { queueMicrotask(again); });
          }
          return new Response(String(globalThis.stormed ?? "clean"));
        } };
    "#;
    for mode in [IsolationMode::Fresh, IsolationMode::Reuse] {
        let rt = Runtime::new(Config {
            max_isolates: 1,
            cpu_time_limit: std::time::Duration::from_millis(100),
            ..Config::default()
        })
        .unwrap();
        rt.add_script("m", src, ScriptOptions { isolation: mode, ..ScriptOptions::default() }).unwrap();
        let stormed = rt.eval("m", get("http://x/storm"));
        assert!(matches!(stormed, Err(nano::Error::CpuLimit(_))), "{mode:?}: {stormed:?}");
        assert_eq!(body_of(&rt, "m", "/next"), "clean", "{mode:?}");
        assert_eq!(rt.stats().isolates_created, 1, "{mode:?}: the isolate stays, its realm is new");
    }
}

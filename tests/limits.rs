//! Memory bombs: the process survives, the isolate that hit its heap limit is
//! replaced, and the next requests are fine.

#[path = "common/probes.rs"]
mod probes;

use std::time::Duration;

use nano::{Config, Error, IsolationMode, Request, Runtime, ScriptOptions};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

#[test]
fn memory_bombs_cost_one_request() {
    let rt = Runtime::new(Config {
        max_isolates: 1,
        heap_limit: 64 << 20,
        cpu_time_limit: Duration::from_secs(5),
        log: Some(std::sync::Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let bodies: Vec<(&str, &str)> = probes::BOMBS.iter().map(|(n, b, _)| (*n, *b)).collect();
    let src = probes::script(&bodies);
    rt.add_script("bombs", &src, ScriptOptions::default()).unwrap();
    for (name, _, must_hit_heap_limit) in probes::BOMBS {
        let outcome = rt.eval("bombs", get(&format!("http://x/{name}")));
        match &outcome {
            Err(Error::MemoryLimit(_)) => {}
            // Bombs that V8 refuses up front (lengths over its maximums)
            // throw a RangeError inside the script instead.
            Err(Error::Script(msg)) if !must_hit_heap_limit => {
                assert!(msg.contains("RangeError"), "{name}: {msg}")
            }
            other => panic!("{name}: {other:?}"),
        }
        for i in 0..20 {
            let res = rt
                .eval("bombs", get("http://x/fine"))
                .unwrap_or_else(|e| panic!("{name}, request {i} after: {e}"));
            assert_eq!(res.body, b"ok");
        }
    }
    for i in 0..1000 {
        let res = rt
            .eval("bombs", get("http://x/fine"))
            .unwrap_or_else(|e| panic!("request {i} after the bombs: {e}"));
        assert_eq!(res.body, b"ok");
    }
    let stats = rt.stats();
    assert!(stats.isolates_destroyed >= 4, "isolates that hit the limit are replaced: {stats:?}");
    assert_eq!(stats.isolates, 1);
}

#[test]
fn size_limits_hold_requests_responses_and_subrequests() {
    let fetch: nano::FetchHandler = std::sync::Arc::new(|_, reply: nano::FetchReply| {
        reply.respond(nano::Response { status: 200, ..Default::default() })
    });
    let sizes = nano::http::SizeLimits {
        max_url_bytes: 100,
        max_header_count: 4,
        max_header_bytes: 200,
        max_body_bytes: 1000,
        max_subrequests: 2,
    };
    let rt = Runtime::new(Config { sizes, fetch: Some(fetch), ..Config::default() }).unwrap();
    let src = "export default { async fetch(r) {\n\
        const what = r.url.split('/').pop();\n\
        if (what === 'big') return new Response('x'.repeat(1001));\n\
        if (what === 'headers') { const h = new Headers(); for (let i = 0; i < 5; i++) h.append('x-' + i, '1'); return new Response('', { headers: h }); }\n\
        if (what === 'fetches') { const out = []; for (let i = 0; i < 3; i++) { try { await fetch('http://up/'); out.push('ok'); } catch (e) { out.push(e.message); } } return new Response(out.join('|')); }\n\
        return new Response('fine');\n\
    } }";
    rt.add_script("sizes", src, ScriptOptions::default()).unwrap();
    let long = format!("http://x/{}", "a".repeat(100));
    assert!(
        matches!(rt.eval("sizes", get(&long)), Err(Error::InvalidArgument(m)) if m.contains("over the limit of 100"))
    );
    let post = Request {
        method: "POST".into(),
        url: "http://x/".into(),
        body: Some(vec![0; 1001]),
        ..Default::default()
    };
    assert!(
        matches!(rt.eval("sizes", post), Err(Error::InvalidArgument(m)) if m.contains("body is 1001 bytes"))
    );
    let many = Request { headers: vec![(b"a".to_vec(), b"b".to_vec()); 5], ..get("http://x/") };
    assert!(matches!(rt.eval("sizes", many), Err(Error::InvalidArgument(m)) if m.contains("5 headers")));
    let big = rt.eval("sizes", get("http://x/big"));
    assert!(matches!(&big, Err(Error::Script(m)) if m.contains("response body is 1001 bytes")), "{big:?}");
    let headers = rt.eval("sizes", get("http://x/headers"));
    assert!(
        matches!(&headers, Err(Error::Script(m)) if m.contains("headers, over the limit of 4")),
        "{headers:?}"
    );
    let res = rt.eval("sizes", get("http://x/fetches")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&res.body),
        "ok|ok|too many subrequests: a request may make at most 2"
    );
    // The count is per request.
    let res = rt.eval("sizes", get("http://x/fetches")).unwrap();
    assert!(String::from_utf8_lossy(&res.body).starts_with("ok|ok|"));
    assert_eq!(rt.eval("sizes", get("http://x/")).unwrap().body, b"fine");
}

fn quiet() -> Option<nano::LogSink> {
    Some(std::sync::Arc::new(|_, _| {}))
}

/// A runtime of one isolate with a 64 MiB heap and `cpu` of CPU time, and
/// `probes` as its script `name`.
fn one_isolate(name: &str, probes: &[(&str, &str)], cpu: Duration, wall: Duration) -> Runtime {
    let rt = Runtime::new(Config {
        max_isolates: 1,
        heap_limit: 64 << 20,
        cpu_time_limit: cpu,
        wall_time_limit: wall,
        log: quiet(),
        ..Config::default()
    })
    .unwrap();
    rt.add_script(name, &probes::script(probes), ScriptOptions::default()).unwrap();
    rt
}

/// The next 20 requests are answered (by a replacement isolate, if need be).
fn next_requests_fine(rt: &Runtime, script: &str, after: &str) {
    for i in 0..20 {
        let res = rt
            .eval(script, get("http://x/fine"))
            .unwrap_or_else(|e| panic!("{after}, request {i} after: {e}"));
        assert_eq!(res.body, b"ok");
    }
}

#[test]
fn one_allocation_over_the_heap_ends_only_its_request() {
    let rt = one_isolate("huge", &probes::HUGE, Duration::from_secs(2), Duration::from_secs(30));
    for (name, _) in probes::HUGE {
        match rt.eval("huge", get(&format!("http://x/{name}"))) {
            Err(Error::MemoryLimit(_) | Error::CpuLimit(_)) => {}
            Err(Error::Script(m)) if m.contains("RangeError") => {}
            other => panic!("{name}: {other:?}"),
        }
        next_requests_fine(&rt, "huge", name);
    }
}

#[test]
fn long_native_calls_are_answered_and_their_isolates_quarantined() {
    // One isolate: the requests after each probe prove that the stuck one
    // gave its room back (they would wait past the acquire timeout for it).
    let rt = one_isolate("native", &probes::NATIVE, Duration::from_millis(50), Duration::from_secs(30));
    for (name, _) in probes::NATIVE {
        match rt.eval("native", get(&format!("http://x/{name}"))) {
            Err(Error::CpuLimit(_) | Error::MemoryLimit(_)) => {}
            other => panic!("{name}: {other:?}"),
        }
        next_requests_fine(&rt, "native", name);
    }
    let stats = rt.stats();
    assert!(stats.isolates_quarantined >= 1, "{stats:?}");
    assert_eq!(stats.isolates, 1, "{stats:?}");
}

#[test]
fn the_wall_limit_answers_a_run_stuck_in_a_native_call() {
    let rt = one_isolate("native", &probes::NATIVE[..1], Duration::ZERO, Duration::from_millis(200));
    match rt.eval("native", get("http://x/fill")) {
        Err(Error::WallTimeLimit(_)) => {}
        other => panic!("{other:?}"),
    }
    next_requests_fine(&rt, "native", "fill");
    assert_eq!(rt.stats().isolates_quarantined, 1);
}

#[test]
fn dead_buffers_are_collected_before_a_request_fails_for_memory() {
    let rt = Runtime::new(Config {
        max_isolates: 1,
        heap_limit: 64 << 20,
        cpu_time_limit: Duration::from_secs(2),
        log: quiet(),
        ..Config::default()
    })
    .unwrap();
    let src = "export default { fetch(r) {\n\
        const kind = r.url.split('/').pop();\n\
        const n = 40 << 20;\n\
        const b = kind === 'encode' ? new TextEncoder().encode('x'.repeat(n)) : new Uint8Array(n);\n\
        return new Response(String(b.length));\n\
    } }";
    rt.add_script("buffers", src, ScriptOptions::default()).unwrap();
    for kind in ["typed", "encode"] {
        for i in 0..10 {
            let res = rt
                .eval("buffers", get(&format!("http://x/{kind}")))
                .unwrap_or_else(|e| panic!("{kind} {i}: {e}"));
            assert_eq!(res.body, (40u32 << 20).to_string().as_bytes());
        }
    }
    assert_eq!(rt.stats().isolates_destroyed, 0);
}

/// (module (func (export "add") (param i32 i32) (result i32) ...) (func (export "spin") (loop (br 0))))
const WASM: &str = "new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 10, 2, 96, 2, 127, 127, 1, 127, 96, 0, 0, \
    3, 3, 2, 0, 1, 7, 14, 2, 3, 97, 100, 100, 0, 0, 4, 115, 112, 105, 110, 0, 1, \
    10, 17, 2, 7, 0, 32, 0, 32, 1, 106, 11, 7, 0, 3, 64, 12, 0, 11, 11])";

/// A module with one memory (`limits`: its memory section's limits), and
/// `grow(pages)`, which grows it from inside Wasm code (`memory.grow`);
/// the memory is exported as `m` when `export` is set.
fn grow_module(limits: &[u8], export: bool) -> String {
    let mut m: Vec<u8> = vec![0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0];
    m.extend([5, 1 + limits.len() as u8, 1]);
    m.extend(limits);
    let mut exports: Vec<u8> = vec![4, 103, 114, 111, 119, 0, 0];
    if export {
        exports.extend([1, 109, 2, 0]);
    }
    m.extend([7, 1 + exports.len() as u8, if export { 2 } else { 1 }]);
    m.extend(exports);
    m.extend([10, 8, 1, 6, 0, 32, 0, 64, 0, 11]);
    format!("new Uint8Array({m:?})")
}

#[test]
fn webassembly_compiles_asynchronously_and_stays_within_the_limits() {
    let probes = [
        (
            "compile",
            "const m = await WebAssembly.compile(WASM); const i = await WebAssembly.instantiate(m); return new Response(String(i.exports.add(2, 3)));",
        ),
        (
            "instantiate",
            "const { instance } = await WebAssembly.instantiate(WASM); return new Response(String(instance.exports.add(4, 5)));",
        ),
        // 256 MiB: over every heap limit these tests use.
        (
            "memory",
            "try { new WebAssembly.Memory({ initial: 4096 }); return new Response('made'); } catch (e) { return new Response(e.name); }",
        ),
        ("spin", "new WebAssembly.Instance(new WebAssembly.Module(WASM)).exports.spin();"),
        // Every BufferSource is read as it is compiled.
        (
            "sources",
            "const add = (m) => new WebAssembly.Instance(m).exports.add(1, 2); return new Response([new WebAssembly.Module(WASM.buffer), new WebAssembly.Module(new DataView(WASM.buffer)), new WebAssembly.Module(new Uint8Array(WASM))].map(add).join());",
        ),
        // Memories each under the cap (8 MiB at least: the first runtime's
        // heap limit), together over the limit: made from
        // JavaScript; exported by instances and grown inside Wasm code while
        // the script goes on (the watchdog's samples find them).
        (
            "memories",
            "const kept = []; for (let i = 0; i < 32; i++) kept.push(new WebAssembly.Memory({ initial: 128 })); return new Response(String(kept.length));",
        ),
        (
            "grown",
            "const m = new WebAssembly.Module(EXPORTED); const kept = []; for (let i = 0; i < 32; i++) kept.push(new WebAssembly.Instance(m)); for (const x of kept) x.exports.grow(127); for (;;) {}",
        ),
        // A memory the module keeps to itself counts at its maximum: small
        // ones fit, those that may grow to the cap do not.
        (
            "kept-small",
            "const m = new WebAssembly.Module(SMALL); const kept = []; for (let i = 0; i < 10; i++) kept.push(new WebAssembly.Instance(m)); return new Response(String(kept[9].exports.grow(1)));",
        ),
        (
            "kept",
            "const kept = []; for (let i = 0; i < 32; i++) kept.push((await WebAssembly.instantiate(KEPT)).instance); return new Response(String(kept.length));",
        ),
    ];
    let source = format!(
        "const WASM = {WASM};\nconst EXPORTED = {};\nconst SMALL = {};\nconst KEPT = {};\n{}",
        grow_module(&[0, 1], true),
        grow_module(&[1, 1, 2], false),
        grow_module(&[0, 1], false),
        probes::script(&probes)
    );
    for isolation in [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict] {
        let rt = Runtime::new(Config {
            max_isolates: 1,
            // Room for the compilations when other tests load the machine.
            cpu_time_limit: Duration::from_millis(1000),
            log: quiet(),
            ..Config::default()
        })
        .unwrap();
        rt.add_script("wasm", &source, ScriptOptions { isolation, ..ScriptOptions::default() }).unwrap();
        let body = |name: &str| rt.eval("wasm", get(&format!("http://x/{name}"))).map(|r| r.body);
        let ok = |name: &str| body(name).unwrap_or_else(|e| panic!("{isolation:?} {name}: {e}"));
        assert_eq!(ok("compile"), b"5", "{isolation:?}");
        assert_eq!(ok("instantiate"), b"9", "{isolation:?}");
        assert_eq!(ok("sources"), b"3,3,3", "{isolation:?}");
        assert_eq!(ok("memory"), b"RangeError", "{isolation:?}");
        assert!(matches!(body("spin"), Err(Error::CpuLimit(_))), "{isolation:?}");
        next_requests_fine(&rt, "wasm", "spin");
        assert_eq!(ok("kept-small"), b"1", "{isolation:?}");
        for probe in ["memories", "grown", "kept"] {
            let outcome = body(probe);
            assert!(matches!(outcome, Err(Error::MemoryLimit(_))), "{isolation:?} {probe}: {outcome:?}");
            next_requests_fine(&rt, "wasm", probe);
        }
    }
}

//! Memory bombs: the process survives, the isolate that hit its heap limit is
//! replaced, and the next requests are fine.

use std::time::Duration;

use nano::{Config, Error, Request, Runtime, ScriptOptions};

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
    let bombs = [
        ("push", "const a = []; while (true) a.push({ n: a.length });", true),
        ("map", "const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });", true),
        ("objects", "let o = {}; for (let i = 0; ; i++) o = { next: o, pad: [i, i, i, i] };", true),
        ("strings", "const keep = []; for (let i = 0; ; i++) keep.push('x'.repeat(1000) + i);", true),
        ("doubling", "let s = 'x'; while (true) s += s;", false),
        ("fill", "new Array(2 ** 30).fill(0);", false),
        ("array_buffer", "new ArrayBuffer(2 ** 40);", false),
        ("repeat", "'x'.repeat(2 ** 31);", false),
        ("recursion", "const f = (n) => f(n + 1) + 1; f(0);", false),
    ];
    let mut cases = String::new();
    for (name, body, _) in bombs {
        cases.push_str(&format!("    case '{name}': {{ {body} }}\n"));
    }
    let src = format!(
        "export default {{ fetch(r) {{\n  switch (r.url.split('/').pop()) {{\n{cases}    default: return new Response('ok');\n  }}\n  return new Response('survived');\n}} }}"
    );
    rt.add_script("bombs", &src, ScriptOptions::default()).unwrap();
    for (name, _, must_hit_heap_limit) in bombs {
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
    let stats = rt.stats();
    assert!(stats.isolates_destroyed >= 4, "isolates that hit the limit are replaced: {stats:?}");
    assert_eq!(stats.isolates, 1);
}

//! The hostile scripts the limits are proven on, shared by the tests
//! (tests/pool.rs, tests/limits.rs) and the benchmark (benches/limits.rs).
#![allow(dead_code)]

/// Runaways: each must end with the CPU limit. (name, handler body)
pub const RUNAWAYS: [(&str, &str); 12] = [
    ("while", "while (true) {}"),
    ("for", "for (;;) {}"),
    ("try_finally", "try { while (true) {} } finally { }"),
    ("catch", "try { throw 1; } catch { while (true) {} }"),
    ("finally_loop", "try { } finally { while (true) {} }"),
    ("after_await", "await null; while (true) {}"),
    (
        "microtask_chain",
        "await new Promise(() => { const spin = () => Promise.resolve().then(spin); spin(); });",
    ),
    ("regex", "/^(a+)+$/.test('a'.repeat(40) + 'b');"),
    ("sort", "[3, 2, 1, 4, 5, 6].sort(() => { while (true) {} });"),
    ("timer", "await new Promise(() => setTimeout(() => { while (true) {} }, 1));"),
    ("interval", "await new Promise(() => setInterval(() => { for (let i = 0; i < 1e6; i++) {} }, 0));"),
    (
        "recursion_loop",
        "const f = (n) => { while (true) { f(n); } }; try { f(0); } catch { while (true) {} }",
    ),
];

/// Memory bombs: (name, handler body, whether it must reach the heap limit
/// rather than be refused up front by V8 with a RangeError).
pub const BOMBS: [(&str, &str, bool); 10] = [
    ("push", "const a = []; while (true) a.push({ n: a.length });", true),
    ("map", "const m = new Map(); for (let i = 0; ; i++) m.set(i, { i });", true),
    ("objects", "let o = {}; for (let i = 0; ; i++) o = { next: o, pad: [i, i, i, i] };", true),
    ("strings", "const keep = []; for (let i = 0; ; i++) keep.push('x'.repeat(1000) + i);", true),
    ("typed_arrays", "const keep = []; while (true) keep.push(new Uint8Array(1 << 20));", true),
    ("doubling", "let s = 'x'; while (true) s += s;", false),
    ("fill", "new Array(2 ** 30).fill(0);", false),
    ("array_buffer", "new ArrayBuffer(2 ** 40);", false),
    ("repeat", "'x'.repeat(2 ** 31);", false),
    ("recursion", "const f = (n) => f(n + 1) + 1; f(0);", false),
];

/// A module whose fetch handler runs the probe named by the URL's last path
/// segment (any other name answers "ok").
pub fn script(probes: &[(&str, &str)]) -> String {
    let mut cases = String::new();
    for (name, body) in probes {
        cases.push_str(&format!("    case '{name}': {{ {body} }}\n"));
    }
    format!(
        "export default {{ async fetch(r) {{\n  switch (r.url.split('/').pop()) {{\n{cases}    default: return new Response('ok');\n  }}\n  return new Response('escaped');\n}} }}"
    )
}

/// One allocation larger than the whole heap: each must end its request
/// (memory limit, CPU limit or a RangeError) without ending the process.
pub const HUGE: [(&str, &str); 5] = [
    ("upper", "'a'.repeat(2 ** 29 - 24).toUpperCase();"),
    ("stringify", "JSON.stringify(Array(5e7).fill(1.5));"),
    ("atob", "atob('QUFB'.repeat(2 ** 26));"),
    ("clone", "structuredClone(Array(2e7).fill(1));"),
    ("encode", "const keep = []; for (;;) keep.push(new TextEncoder().encode('x'.repeat(8 << 20)));"),
];

/// Long native calls: V8 does not see a termination inside them, so each
/// must be answered at its limit while its isolate is quarantined.
pub const NATIVE: [(&str, &str); 4] = [
    ("fill", "new Array(1e9).fill(0);"),
    ("replace", "'x'.repeat(2 ** 26).replace(/x/g, 'yy');"),
    ("join", "new Array(2 ** 25).join('ab');"),
    ("index_of", "new Array(3e8).indexOf(1);"),
];

//! The Workers lockdown: no code generation from strings, no shared memory,
//! deep recursion is a RangeError; each can be allowed per script.

use nano::Lockdown;
use nano::{Config, Request, Runtime, ScriptOptions};

const PROBE: &str = r#"
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name; }
}
// (module (memory (export "m") 1 1 shared))
const SHARED_EXPORT = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 4, 1, 3, 1, 1, 7, 5, 1, 1, 109, 2, 0]);
const bufferKind = (m) => Object.prototype.toString.call(m.buffer);
export default {
  fetch() {
    const deep = () => deep();
    return Response.json({
      eval: attempt(() => eval("1 + 1")),
      fn: attempt(() => new Function("return 2")()),
      sab: typeof SharedArrayBuffer,
      wasmMemory: attempt(() => bufferKind(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }))),
      wasmExport: attempt(() => bufferKind(new WebAssembly.Instance(new WebAssembly.Module(SHARED_EXPORT)).exports.m)),
      recursion: attempt(deep),
    });
  },
};
"#;

fn probe(lockdown: Lockdown) -> String {
    let rt = Runtime::new(Config::default()).unwrap();
    rt.add_script("probe", PROBE, ScriptOptions { lockdown, ..Default::default() }).unwrap();
    let req = Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() };
    String::from_utf8(rt.eval("probe", req).unwrap().body).unwrap()
}

#[test]
fn locked_down_by_default() {
    assert_eq!(
        probe(Lockdown::default()),
        r#"{"eval":"EvalError","fn":"EvalError","sab":"undefined","wasmMemory":"TypeError","wasmExport":"TypeError","recursion":"RangeError"}"#
    );
}

#[test]
fn each_can_be_allowed() {
    let open = Lockdown { allow_eval: true, allow_shared_memory: true };
    assert_eq!(
        probe(open),
        r#"{"eval":"2","fn":"2","sab":"function","wasmMemory":"[object SharedArrayBuffer]","wasmExport":"[object SharedArrayBuffer]","recursion":"RangeError"}"#
    );
}

#[test]
fn top_level_eval_is_refused_at_registration() {
    let rt = Runtime::new(Config::default()).unwrap();
    let err = rt
        .add_script("top", "eval('1'); export default { fetch() {} }", ScriptOptions::default())
        .unwrap_err();
    assert!(err.to_string().contains("EvalError"), "{err}");
}

#[test]
fn a_top_level_that_never_ends_is_refused_at_registration() {
    let rt =
        Runtime::new(Config { cpu_time_limit: std::time::Duration::from_millis(20), ..Config::default() })
            .unwrap();
    let err = rt
        .add_script("spin", "while (true) {}\nexport default { fetch() {} }", ScriptOptions::default())
        .unwrap_err();
    assert!(err.to_string().contains("CPU time at registration"), "{err}");
    // The runtime still registers and serves.
    rt.add_script(
        "ok",
        "export default { fetch() { return new Response('ok'); } }",
        ScriptOptions::default(),
    )
    .unwrap();
    let req = Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() };
    assert_eq!(rt.eval("ok", req).unwrap().body, b"ok");
}

//! Whatever a script does to built-ins, the response a host receives is the
//! one the script's Response holds: nano's JS on that path uses built-ins
//! captured before any script ran (crates/nano-web/js/nano/primordials.js), and
//! the Rust side checks the status and headers again whatever JS produced
//! (src/exec/marshal.rs, its unit tests forge records). Built-ins can be
//! replaced at request time only in the strict mode (the others freeze
//! them), so these run there; the first test shows the fresh mode refusing
//! the pollution.

use nano::{Config, Error, IsolationMode, Request, Runtime, ScriptOptions};

fn eval_in(source: &str, isolation: IsolationMode) -> nano::Result<nano::Response> {
    let rt = Runtime::new(Config::default()).unwrap();
    rt.add_script("s", source, ScriptOptions { isolation, ..ScriptOptions::default() })?;
    rt.eval("s", Request { method: "GET".into(), url: "http://x/".into(), ..Default::default() })
}

fn eval(source: &str) -> nano::Result<nano::Response> {
    eval_in(source, IsolationMode::Strict)
}

#[test]
fn the_fresh_and_reuse_modes_refuse_the_pollution_itself() {
    // At request time the built-ins are frozen in both modes.
    let in_handler =
        "export default { fetch() { Array.prototype.push = () => 0; return new Response('x'); } };";
    for mode in [IsolationMode::Fresh, IsolationMode::Reuse] {
        match eval_in(in_handler, mode) {
            Err(Error::Script(message)) => {
                assert!(message.contains("Cannot assign to read only property 'push'"), "{mode:?}: {message}")
            }
            other => panic!("{mode:?}: {other:?}"),
        }
    }
    // The fresh mode runs the top level again for every request, on the
    // frozen realm: an unguarded change to a built-in there is refused at
    // registration, with the reason.
    let at_top = "Array.prototype.push = () => 0;\nexport default { fetch() { return new Response('x'); } };";
    match eval_in(at_top, IsolationMode::Fresh) {
        Err(Error::ScriptCompile(message)) => {
            assert!(message.contains("Cannot assign to read only property 'push'"), "{message}");
            assert!(message.contains("runs again for every request"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

/// The one response a polluted script gets: exactly what it asked for.
fn genuine(source: &str) -> nano::Response {
    let response = eval(source).unwrap_or_else(|e| panic!("{e}"));
    for (name, value) in &response.headers {
        let (name, value) = (String::from_utf8_lossy(name), String::from_utf8_lossy(value));
        assert!(
            !name.contains("injected") && !value.contains('\n') && !value.contains("evil"),
            "{name}: {value}"
        );
    }
    response
}

fn header<'a>(response: &'a nano::Response, name: &str) -> Option<&'a [u8]> {
    response.headers.iter().find(|(n, _)| n == name.as_bytes()).map(|(_, v)| v.as_slice())
}

#[test]
fn a_polluted_push_does_not_reach_nanos_header_list() {
    // nano's header list once appended with push; a replaced push rewrote
    // the value with CR LF and more headers.
    let response = genuine(
        r#"
        const push = Array.prototype.push;
        Array.prototype.push = function (...items) {
          return push.apply(this, items.map((v) => (v === "b" ? "b\r\nx-injected: yes\r\nset-cookie: evil=1" : v)));
        };
        export default { fetch() { return new Response("x", { headers: { "x-a": "b" } }); } };
        "#,
    );
    assert_eq!(header(&response, "x-a"), Some(b"b".as_slice()));
    assert_eq!(response.headers.len(), 2, "{:?}", response.headers);
}

#[test]
fn index_setters_on_array_prototype_do_not_reach_it_either() {
    // A setter on Array.prototype sees every store into a missing index of
    // any array, whichever push stores it; nano's lists are defined, not set.
    let response = genuine(
        r#"
        for (const i of [0, 1, 2, 3]) {
          Object.defineProperty(Array.prototype, i, {
            configurable: true,
            set(v) { Object.defineProperty(this, i, { value: "x-injected", writable: true, enumerable: true, configurable: true }); },
          });
        }
        export default { fetch() { return new Response("x", { headers: { "x-a": "b" } }); } };
        "#,
    );
    assert_eq!(header(&response, "x-a"), Some(b"b".as_slice()));
}

#[test]
fn index_setters_frozen_into_a_reused_realm_do_not_reach_it() {
    // The reuse mode keeps what its top level did to built-ins, then freezes
    // them: nano's appends, plain stores on a clean frozen realm, must see
    // that this one is not clean.
    let source = r#"
        for (const i of [0, 1, 2, 3]) {
          Object.defineProperty(Array.prototype, i, {
            set(v) { Object.defineProperty(this, i, { value: "x-injected", writable: true, enumerable: true, configurable: true }); },
          });
        }
        export default { fetch() { return new Response("x", { headers: { "x-a": "b" } }); } };
        "#;
    for _ in 0..3 {
        let response = eval_in(source, IsolationMode::Reuse).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(header(&response, "x-a"), Some(b"b".as_slice()), "{:?}", response.headers);
    }
}

#[test]
fn a_polluted_then_or_string_method_cannot_forge_the_response() {
    // A replaced Promise.prototype.then once handed Rust a forged record
    // instead of the Response's own; replaced string methods once changed
    // the header checks.
    let response = genuine(
        r#"
        const then = Promise.prototype.then;
        Promise.prototype.then = function (ok, fail) {
          return then.call(this, (v) => (v instanceof Response ? [1000, ["x-a"], "hi"] : ok ? ok(v) : v), fail);
        };
        String.prototype.toLowerCase = function () { return "bad name"; };
        String.prototype.charCodeAt = function () { return 65; };
        export default { fetch() { return new Response("x", { status: 201, headers: { "X-A": "b" } }); } };
        "#,
    );
    assert_eq!((response.status, response.body.as_slice()), (201, b"x".as_slice()));
    assert_eq!(header(&response, "x-a"), Some(b"b".as_slice()));
    // The header checks still refuse what they must.
    let refused = eval(
        r#"
        String.prototype.charCodeAt = function () { return 65; };
        export default { fetch() { return new Response("x", { headers: { "x-a": "b\r\nx-injected: yes" } }); } };
        "#,
    );
    assert!(matches!(&refused, Err(Error::Script(m)) if m.contains("Invalid header value")), "{refused:?}");
}

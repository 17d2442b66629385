//! Whatever a script does to the built-ins nano's own JS uses, the response
//! a host receives has a real status and headers that cannot split a header
//! line: the Rust side checks them (src/exec/marshal.rs). Built-ins can be
//! replaced only in the strict mode (the others freeze them), so these run
//! there; the last test shows the fresh mode refusing the pollution.

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

fn script_error(source: &str) -> String {
    match eval(source) {
        Err(Error::Script(message)) => message,
        other => panic!("expected a script error, got {other:?}"),
    }
}

#[test]
fn a_polluted_push_cannot_inject_header_lines() {
    // nano's headers-to-list code pushes name and value; a replaced push
    // rewrites the value with CR LF and more headers.
    let message = script_error(
        r#"
        const push = Array.prototype.push;
        Array.prototype.push = function (...items) {
          return push.apply(this, items.map((v) => (v === "b" ? "b\r\nx-injected: yes\r\nset-cookie: evil=1" : v)));
        };
        export default { fetch() { return new Response("x", { headers: { "x-a": "b" } }); } };
        "#,
    );
    assert!(message.contains("header \"x-a\" has a value containing CR, LF or NUL"), "{message}");
}

#[test]
fn a_polluted_then_cannot_forge_status_or_header_names() {
    // A replaced Promise.prototype.then hands Rust a forged record instead of
    // the Response's own.
    let forge = |record: &str| {
        format!(
            r#"
            const then = Promise.prototype.then;
            Promise.prototype.then = function (ok, fail) {{
              return then.call(this, (v) => (v instanceof Response ? {record} : ok ? ok(v) : v), fail);
            }};
            export default {{ fetch() {{ return new Response("x"); }} }};
            "#
        )
    };
    let message = script_error(&forge(r#"[1000, ["x-a", "b"], "hi"]"#));
    assert!(message.contains("status 1000 is outside 200 to 599"), "{message}");
    let message = script_error(&forge(r#"[99, [], "hi"]"#));
    assert!(message.contains("status 99"), "{message}");
    let message = script_error(&forge(r#"[200, ["bad name", "v"], "hi"]"#));
    assert!(message.contains("\"bad name\" is not an HTTP token"), "{message}");
    let message = script_error(&forge(r#"[200, ["x-a"], "hi"]"#));
    assert!(message.contains("not a string"), "{message}");
    let message = script_error(&forge(r#"[{ valueOf() { return 200; } }, [], "hi"]"#));
    assert!(message.contains("status is not a number"), "{message}");
    // A well-formed forged record is still a valid response (nothing to refuse).
    let response = eval(&forge(r#"[201, ["x-a", "b"], "hi"]"#)).unwrap();
    assert_eq!((response.status, response.body.as_slice()), (201, b"hi".as_slice()));
}

//! Real npm packages (tools/corpus: Hono with its middleware, itty-router,
//! zod, jose, date-fns, lodash-es, uuid, nanoid, @noble/hashes, marked and a
//! top-level polyfill), bundled by esbuild into tests/corpus/*.js
//! (scripts/build-corpus.sh), each served with real requests in every
//! isolation mode, each request twice on one isolate (the second one runs
//! on the reset realm, or the fresh module instance).

use nano::{Config, IsolationMode, Request, Response, Runtime, ScriptOptions};

struct Call {
    method: &'static str,
    path: &'static str,
    headers: &'static [(&'static str, &'static str)],
    body: &'static str,
    status: u16,
    /// Substrings the body must contain.
    contains: &'static [&'static str],
    /// Headers (lower-case names) the response must have.
    has_headers: &'static [&'static str],
}

const fn get(path: &'static str, status: u16, contains: &'static [&'static str]) -> Call {
    Call { method: "GET", path, headers: &[], body: "", status, contains, has_headers: &[] }
}

fn corpus() -> Vec<(&'static str, Vec<Call>)> {
    vec![
        (
            "hono",
            vec![
                get("/", 200, &["hono home"]),
                Call {
                    headers: &[("origin", "https://example.com")],
                    has_headers: &["access-control-allow-origin"],
                    ..get("/api/users/42?q=x", 200, &[r#""id":"42""#, r#""q":"x""#])
                },
                Call {
                    has_headers: &["x-frame-options", "strict-transport-security", "x-content-type-options"],
                    ..get("/secure/page", 200, &["<p>secure</p>"])
                },
                Call { has_headers: &["etag"], ..get("/etag/doc", 200, &["etagged body"]) },
                Call {
                    has_headers: &["etag", "x-frame-options", "x-content-type-options"],
                    ..get("/etag/stream", 200, &["streamed etagged body"])
                },
                get("/auth/me", 401, &[]),
                Call {
                    headers: &[("authorization", "Basic YW5uOnB3")],
                    ..get("/auth/me", 200, &["hello ann"])
                },
                get("/token", 200, &["eyJ"]),
                get("/jwt/me", 401, &[]),
                Call {
                    headers: &[(
                        "authorization",
                        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm4iLCJleHAiOjQxMDI0NDQ4MDB9.9fqYlfX4piXznrIqcmYJVlqMd5gLGXx7ydOYOSg7Qt4",
                    )],
                    ..get("/jwt/me", 200, &[r#"{"sub":"ann"}"#])
                },
                Call {
                    method: "POST",
                    headers: &[("content-type", "application/json")],
                    body: r#"{"a":[1,2]}"#,
                    ..get("/api/echo", 200, &[r#"{"got":{"a":[1,2]}}"#])
                },
                Call {
                    has_headers: &["set-cookie", "x-request-id"],
                    ..get("/misc/cookie", 200, &["before"])
                },
                Call {
                    method: "POST",
                    headers: &[("content-type", "application/json")],
                    body: r#"{"name":"ann"}"#,
                    ..get("/misc/validated", 200, &[r#"{"name":"ann"}"#])
                },
                get("/nowhere", 404, &["no route"]),
            ],
        ),
        (
            "itty",
            vec![
                get("/", 200, &["itty home"]),
                get("/items/7?sort=asc", 200, &[r#""id":"7""#, r#""sort":"asc""#]),
                Call {
                    method: "POST",
                    body: r#"{"x":1}"#,
                    ..get("/items", 200, &[r#"{"created":{"x":1}}"#])
                },
                get("/missing", 404, &[]),
            ],
        ),
        (
            "zod",
            vec![
                Call {
                    method: "POST",
                    body: r#"{"name":"ann","age":30,"email":"ann@example.com"}"#,
                    ..get("/", 200, &[r#""ok":true"#])
                },
                Call {
                    method: "POST",
                    body: r#"{"name":"a","age":-1,"email":"x"}"#,
                    ..get("/", 422, &["name", "age", "email"])
                },
            ],
        ),
        (
            "jose",
            vec![
                get(
                    "/sign",
                    200,
                    &[
                        "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4iLCJzdWIiOiJhbm4iLCJpYXQiOjE3MDAwMDAwMDB9.Sa2-pJKfU-tXK5DKDYbwIHvAs1XSRyngbSNqBHUJer4",
                    ],
                ),
                get(
                    "/verify?t=eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4iLCJzdWIiOiJhbm4iLCJpYXQiOjE3MDAwMDAwMDB9.Sa2-pJKfU-tXK5DKDYbwIHvAs1XSRyngbSNqBHUJer4",
                    200,
                    &[r#"{"sub":"ann","role":"admin"}"#],
                ),
            ],
        ),
        ("datefns", vec![get("/", 200, &[r#"["2024-03-01",359,"1970-01-01"]"#])]),
        (
            "lodash",
            vec![get(
                "/",
                200,
                &[
                    r#""chunk":[[1,2],[3,4],[5]]"#,
                    r#""sorted":["a","b","c"]"#,
                    r#""camel":"helloBigWorld""#,
                    r#""merged":{"a":{"b":1,"c":2}}"#,
                ],
            )],
        ),
        ("uuid", vec![get("/", 200, &[r#""valid":true"#, r#""version":4"#, r#""v5":""#])]),
        ("nanoid", vec![get("/", 200, &[r#"{"length":21,"urlSafe":true,"digits":true}"#])]),
        ("noble", vec![get("/", 200, &["ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"])]),
        (
            "marked",
            vec![get("/", 200, &["<h1>Title</h1>", "<em>emphasis</em>", "<code>code</code>", "<li>a</li>"])],
        ),
        ("polyfill", vec![get("/users/99", 200, &[r#"{"id":"99","global":"function"}"#])]),
    ]
}

fn request(call: &Call) -> Request {
    Request {
        method: call.method.into(),
        url: format!("http://corpus.test{}", call.path),
        headers: call.headers.iter().map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec())).collect(),
        body: (!call.body.is_empty()).then(|| call.body.as_bytes().to_vec()),
        body_stream: None,
    }
}

fn check(
    name: &str,
    mode: IsolationMode,
    call: &Call,
    response: nano::Result<Response>,
) -> Result<(), String> {
    let what = format!("{name} {mode:?} {} {}", call.method, call.path);
    let response = response.map_err(|e| format!("{what}: {e}"))?;
    let body = String::from_utf8_lossy(&response.body);
    if response.status != call.status {
        return Err(format!("{what}: status {} (wanted {}): {body}", response.status, call.status));
    }
    for needle in call.contains {
        if !body.contains(needle) {
            return Err(format!("{what}: body lacks {needle:?}: {body}"));
        }
    }
    for header in call.has_headers {
        if !response.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(header.as_bytes())) {
            return Err(format!("{what}: no {header} header: {:?}", response.headers));
        }
    }
    Ok(())
}

fn serve_corpus(mode: IsolationMode) {
    let rt = Runtime::new(Config {
        max_isolates: 1,
        log: Some(std::sync::Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let mut failures = Vec::new();
    for (name, calls) in corpus() {
        let path = format!("{}/tests/corpus/{name}.js", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap();
        if let Err(e) =
            rt.add_script(name, &source, ScriptOptions { isolation: mode, ..ScriptOptions::default() })
        {
            failures.push(format!("{name} {mode:?}: registration failed: {e}"));
            continue;
        }
        for _round in 0..2 {
            for call in &calls {
                if let Err(e) = check(name, mode, call, rt.eval(name, request(call))) {
                    failures.push(e);
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_corpus_works_in_the_fresh_mode() {
    serve_corpus(IsolationMode::Fresh);
}

#[test]
fn the_corpus_works_in_the_strict_mode() {
    serve_corpus(IsolationMode::Strict);
}

#[test]
fn the_corpus_works_in_the_reuse_mode() {
    serve_corpus(IsolationMode::Reuse);
}

#[test]
fn hono_etag_revalidates_whole_and_stream_bodies() {
    // Hono's etag middleware hashes `res.clone().body` (a tee of the
    // response's stream) and answers a matching If-None-Match with 304.
    let rt = Runtime::new(Config { log: Some(std::sync::Arc::new(|_, _| {})), ..Config::default() }).unwrap();
    let source =
        std::fs::read_to_string(format!("{}/tests/corpus/hono.js", env!("CARGO_MANIFEST_DIR"))).unwrap();
    rt.add_script("hono", &source, ScriptOptions::default()).unwrap();
    for path in ["/etag/doc", "/etag/stream"] {
        let first = rt.eval("hono", request(&get(path, 200, &[]))).unwrap();
        let etag = first.header("etag").expect("an etag").to_vec();
        assert!(etag.starts_with(b"\"") && etag.len() > 10, "{path}: {:?}", String::from_utf8_lossy(&etag));
        let again = Request {
            headers: vec![(b"if-none-match".to_vec(), etag.clone())],
            ..request(&get(path, 200, &[]))
        };
        let revalidated = rt.eval("hono", again).unwrap();
        assert_eq!(revalidated.status, 304, "{path}");
        assert!(revalidated.body.is_empty(), "{path}");
        // The same body gives the same tag; another tag gets the body.
        assert_eq!(
            rt.eval("hono", request(&get(path, 200, &[]))).unwrap().header("etag").unwrap(),
            &etag[..]
        );
        let other = Request {
            headers: vec![(b"if-none-match".to_vec(), b"\"nope\"".to_vec())],
            ..request(&get(path, 200, &[]))
        };
        assert_eq!(rt.eval("hono", other).unwrap().status, 200, "{path}");
    }
}

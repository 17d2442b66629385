//! Real npm packages that need Node.js compatibility (issue 30), bundled as
//! `wrangler deploy` bundles them (tests/node/packages/README.md): each
//! bundle served the requests its `expected.txt` lists, recorded from the
//! real workerd, in every isolation mode. `<random>`-style placeholders in
//! a recorded body match any text; a section whose request needs an earlier
//! response (a cookie) is sent in the reuse mode only, in order, on one
//! isolate (better-auth's sign-up, sign-in and session keep an in-memory
//! database in module state).

use nano::{Config, IsolationMode, Request, Runtime, ScriptOptions};

/// Requests that fail for a known reason, and must keep failing until it is
/// fixed (then this list shrinks): (app, path, why).
const KNOWN_FAILURES: &[(&str, &str, &str)] = &[];

const APPS: [&str; 8] = [
    "bcryptjs",
    "better-auth",
    "events",
    "hono-context-storage",
    "jose",
    "jsonwebtoken",
    "logger",
    "react-ssr",
];

struct Section {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
    status: u16,
    response_headers: Vec<(String, String)>,
    expected: String,
}

/// The sections of an expected.txt (see check.mjs, which wrote them).
fn sections(text: &str) -> Vec<Section> {
    let mut out = Vec::new();
    for chunk in text.split("\n### ").skip(1) {
        let mut lines = chunk.lines();
        let head = lines.next().unwrap();
        let (method, path) = head.split_once(' ').unwrap();
        let mut headers = Vec::new();
        let mut body = None;
        let mut status = 0;
        let mut response_headers = Vec::new();
        let mut expected = Vec::new();
        let mut in_body = false;
        for line in lines.by_ref() {
            if let Some(rest) = line.strip_prefix("=> ") {
                if status == 0 {
                    let (code, header) = rest.split_once("; ").unwrap_or((rest, ""));
                    status = code.parse().unwrap();
                    if let Some((n, v)) = header.split_once(": ") {
                        response_headers.push((n.to_string(), v.to_string()));
                    }
                } else if let Some((n, v)) = rest.split_once(": ") {
                    response_headers.push((n.to_string(), v.to_string()));
                }
                continue;
            }
            if status != 0 {
                if line.starts_with("## ") {
                    break;
                }
                expected.push(line);
                continue;
            }
            if line.is_empty() {
                in_body = true;
            } else if in_body {
                body = Some(line.as_bytes().to_vec());
            } else if let Some((n, v)) = line.split_once(": ") {
                headers.push((n.to_string(), v.to_string()));
            }
        }
        let expected = expected.join("\n").trim_end().to_string();
        out.push(Section {
            method: method.into(),
            path: path.into(),
            headers,
            body,
            status,
            response_headers,
            expected,
        });
    }
    out
}

/// Whether `actual` is `expected` with each `<placeholder>` standing for any text.
fn matches(expected: &str, actual: &str) -> bool {
    let mut pieces = Vec::new();
    let mut rest = expected;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else { break };
        let name = &rest[start + 1..start + len];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-') {
            pieces.push(&rest[..start + len + 1]);
            rest = &rest[start + len + 1..];
            continue;
        }
        pieces.push(&rest[..start]);
        pieces.push("\u{0}");
        rest = &rest[start + len + 1..];
    }
    pieces.push(rest);
    // Literal runs, in order, with anything between the wildcards.
    let literal: String = pieces.concat();
    let parts: Vec<&str> = literal.split('\u{0}').collect();
    let mut at = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !actual.starts_with(part) {
                return false;
            }
            at = part.len();
        } else if i == parts.len() - 1 {
            return actual.len() >= at + part.len() && actual[at..].ends_with(part);
        } else {
            match actual[at..].find(part) {
                Some(p) => at += p + part.len(),
                None => return false,
            }
        }
    }
    at == actual.len()
}

fn send(rt: &Runtime, script: &str, s: &Section) -> (u16, Vec<(String, String)>, String) {
    let req = Request {
        method: s.method.clone(),
        url: format!("http://localhost{}", s.path),
        headers: s.headers.iter().map(|(n, v)| (n.clone().into_bytes(), v.clone().into_bytes())).collect(),
        body: s.body.clone(),
        ..Default::default()
    };
    let res = rt.eval(script, req).unwrap_or_else(|e| panic!("{script} {} {}: {e}", s.method, s.path));
    let headers = res
        .headers
        .iter()
        .map(|(n, v)| (String::from_utf8_lossy(n).into_owned(), String::from_utf8_lossy(v).into_owned()))
        .collect();
    (res.status, headers, String::from_utf8_lossy(&res.body).into_owned())
}

fn check(app: &str, mode: IsolationMode, s: &Section, got: (u16, Vec<(String, String)>, String)) {
    let (status, headers, body) = got;
    let what = format!("{app} ({}) {} {}", mode.name(), s.method, s.path);
    assert_eq!(status, s.status, "{what}: {body}");
    for (name, value) in &s.response_headers {
        let found = headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
        assert!(
            found.is_some_and(|v| matches(value, v)),
            "{what}: header {name}: {found:?}, recorded {value:?}"
        );
    }
    assert!(matches(&s.expected, body.trim_end()), "{what}:\n got {body}\nrecorded {}", s.expected);
}

#[test]
fn wrangler_bundles_of_real_packages_serve_as_under_workerd() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node/packages");
    for mode in [IsolationMode::Fresh, IsolationMode::Reuse, IsolationMode::Strict] {
        // better-auth's password hashing (scrypt) takes more than the
        // default 50 ms of CPU per request.
        let rt = Runtime::new(Config {
            max_isolates: 1,
            cpu_time_limit: std::time::Duration::from_secs(5),
            log: Some(std::sync::Arc::new(|_, _| {})),
            ..Config::default()
        })
        .unwrap();
        for app in APPS {
            let bundle = std::fs::read_to_string(dir.join(app).join("bundle.js")).unwrap();
            let expected = std::fs::read_to_string(dir.join(app).join("expected.txt")).unwrap();
            let name = format!("{app}-{}", mode.name());
            rt.add_script(&name, &bundle, ScriptOptions { isolation: mode, ..Default::default() })
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            for s in sections(&expected) {
                let needs_state = s.headers.iter().any(|(_, v)| v.starts_with('<'))
                    || (app == "better-auth" && s.path.starts_with("/api/"));
                if needs_state && mode != IsolationMode::Reuse {
                    continue;
                }
                if s.headers.iter().any(|(_, v)| v.starts_with('<')) {
                    continue; // a cookie from an earlier response: not replayed here
                }
                let known = KNOWN_FAILURES.iter().find(|(a, p, _)| *a == app && *p == s.path);
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let got = send(&rt, &name, &s);
                    check(app, mode, &s, got);
                }));
                match (outcome, known) {
                    (Ok(()), Some((_, path, why))) => {
                        panic!("{app} {path} now passes: drop it from KNOWN_FAILURES ({why})")
                    }
                    (Err(e), None) => std::panic::resume_unwind(e),
                    _ => {}
                }
            }
        }
    }
}

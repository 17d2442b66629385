//! `nano serve` as a server, through real sockets: what it refuses and with
//! which status, one URL rule for Host and absolute-form targets, limits
//! and a full pool answered 503, clients that never read do not block it,
//! and normal requests keep working after every probe.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    port: u16,
    /// What it logged.
    log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `nano serve tests/serve/echo.js` on a free port with `isolates`.
fn start(isolates: usize) -> Server {
    start_serving(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/serve/echo.js"), isolates)
}

/// `nano serve PATH` on a free port with `isolates`.
fn start_serving(script: &str, isolates: usize) -> Server {
    start_serving_with(script, isolates, &[])
}

/// `nano serve PATH EXTRA...` on a free port with `isolates`.
fn start_serving_with(script: &str, isolates: usize, extra: &[&str]) -> Server {
    let nano = std::path::Path::new(env!("CARGO_BIN_EXE_nano"));
    let mut child = Command::new(nano)
        .args(["serve", script, "--port", "0", "--threads", &isolates.to_string()])
        .args(extra)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e} (cargo test builds it)", nano.display()));
    let mut stderr = child.stderr.take().unwrap();
    // The line naming the address (notes about the project may come first).
    let mut line = String::new();
    let mut before = String::new();
    while !line.contains("http://127.0.0.1:") {
        before.push_str(&line);
        let mut bytes = Vec::new();
        let mut byte = [0u8];
        while stderr.read(&mut byte).unwrap() == 1 && byte[0] != b'\n' {
            bytes.push(byte[0]);
        }
        assert!(!bytes.is_empty(), "nano serve {script} printed no address");
        line = String::from_utf8(bytes).unwrap();
    }
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    // Keep reading its log so that it never blocks on a full pipe.
    let log = std::sync::Arc::new(std::sync::Mutex::new(before));
    let sink = log.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n @ 1..) = stderr.read(&mut buf) {
            sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    Server { child, port, log }
}

/// Sends `raw` and reads the answer: (status, body).
fn exchange(port: u16, raw: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(raw);
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
        if let Some(end) = out.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&out[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length: "))
                .and_then(|v| v.trim().parse::<usize>().ok());
            if length.is_some_and(|n| out.len() >= end + 4 + n) {
                break;
            }
        }
    }
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map_or(String::new(), |(_, b)| b.to_string());
    (status, body)
}

fn get(port: u16, path: &str) -> (u16, String) {
    exchange(
        port,
        format!("GET {path} HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

fn twenty_normal_requests(port: u16, after: &str) {
    for i in 0..20 {
        let (status, body) = get(port, "/ok");
        assert_eq!(
            (status, body.as_str()),
            (200, "GET http://example.com/ok host=example.com body=0"),
            "{after}, request {i}"
        );
    }
}

#[test]
fn refuses_malformed_requests_with_the_right_status() {
    let server = start(2);
    let port = server.port;
    let headers: String = (0..300).map(|i| format!("x-h{i}: v\r\n")).collect();
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "a 20 KB URL",
            format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(20_000)).into_bytes(),
            414,
            "over the limit",
        ),
        (
            "a 1 MB cookie",
            format!("GET / HTTP/1.1\r\nHost: x\r\nCookie: {}\r\n\r\n", "c".repeat(1 << 20)).into_bytes(),
            431,
            "",
        ),
        ("300 headers", format!("GET / HTTP/1.1\r\nHost: x\r\n{headers}\r\n").into_bytes(), 431, ""),
        ("NUL in a header", b"GET / HTTP/1.1\r\nHost: x\r\nx-a: a\x00b\r\n\r\n".to_vec(), 400, ""),
        ("a bad method", b"G(T / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(), 400, ""),
        (
            "a Host with a path",
            b"GET /x HTTP/1.1\r\nHost: evil.example/../x\r\n\r\n".to_vec(),
            400,
            "not a host and port",
        ),
        ("a negative length", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n".to_vec(), 400, ""),
        ("a signed length", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc".to_vec(), 400, ""),
        (
            "differing lengths",
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd".to_vec(),
            400,
            "",
        ),
        (
            "a 20-digit length",
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 00000000000000000003\r\n\r\nabc".to_vec(),
            400,
            "not a length",
        ),
        ("gzip framing", b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n".to_vec(), 400, ""),
        ("two Hosts", b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n".to_vec(), 400, "more than one Host"),
        ("HTTP/1.1 without Host", b"GET / HTTP/1.1\r\n\r\n".to_vec(), 400, "needs a Host"),
        ("bytes that are not UTF-8 in the path", b"GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(), 400, ""),
        (
            "a script over its CPU limit",
            b"GET /spin HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
            503,
            "CPU time limit",
        ),
        (
            "a script that throws",
            b"GET /throw HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
            500,
            "see the server's log",
        ),
        (
            "a body over the limit",
            format!("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n", 200 << 20).into_bytes(),
            413,
            "over the limit",
        ),
    ];
    for (what, raw, status, reason) in cases {
        let (got, body) = exchange(port, &raw);
        assert_eq!(got, status, "{what}: {body}");
        assert!(body.contains(reason), "{what}: {body}");
        twenty_normal_requests(port, what);
    }
}

#[test]
fn one_url_rule_for_host_and_absolute_form() {
    let server = start(2);
    let port = server.port;
    let (status, body) = exchange(port, b"GET http://evil.example/e?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assert_eq!((status, body.as_str()), (200, "GET http://evil.example/e?q=1 host=evil.example body=0"));
    let (status, body) = exchange(port, b"GET /p?q HTTP/1.1\r\nHost: Example.COM:8080\r\n\r\n");
    assert_eq!(
        (status, body.as_str()),
        (200, "GET http://example.com:8080/p?q host=example.com:8080 body=0")
    );
    // Not a URL the script could be fooled by: refused.
    assert_eq!(exchange(port, b"GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n").0, 400);
    assert_eq!(exchange(port, b"GET http://user@x/ HTTP/1.1\r\nHost: x\r\n\r\n").0, 400);
    // Non-UTF-8 header bytes reach the script as bytes; the request is served.
    assert_eq!(exchange(port, b"GET /ok HTTP/1.1\r\nHost: x\r\nx-a: \xff\xfe\r\n\r\n").0, 200);
    // A body, by length and chunked; Transfer-Encoding overrides a
    // Content-Length and the connection closes after: nothing smuggled.
    let (status, body) = exchange(port, b"POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    assert_eq!((status, body.as_str()), (200, "POST http://x/p host=x body=3"));
    let (status, body) = exchange(
        port,
        b"POST /p HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    );
    assert_eq!((status, body.as_str()), (200, "POST http://x/p host=x body=3"));
    let (status, body) = exchange(
        port,
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 40\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    assert_eq!(status, 200);
    assert!(!body.contains("smuggled"), "{body}");
}

#[test]
fn slow_readers_and_a_full_pool_do_not_block_it() {
    let server = start(2);
    let port = server.port;
    // 16 clients ask for 40 MiB each and never read.
    let stalled: Vec<TcpStream> = (0..16)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    twenty_normal_requests(port, "16 stalled readers");
    // Both isolates busy for 3 s: the others are answered 503 at the
    // acquire timeout, not queued.
    let slow: Vec<_> = (0..6).map(|_| std::thread::spawn(move || get(port, "/slow"))).collect();
    let mut statuses: Vec<u16> = slow.into_iter().map(|t| t.join().unwrap().0).collect();
    statuses.sort();
    assert_eq!(statuses, [200, 200, 503, 503, 503, 503], "{}", server.log.lock().unwrap());
    drop(stalled);
    twenty_normal_requests(port, "the full pool");
}

/// A project directory shaped like the official templates (TypeScript,
/// wrangler.jsonc with vars) is served as it is; `nano check` reports a
/// broken one as `nginx -t` does.
#[test]
fn serves_a_wrangler_project_directory_and_checks_one() {
    let project = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/project");
    let server = start_serving(project, 2);
    let (status, body) = get(server.port, "/");
    assert_eq!((status, body.as_str()), (200, "Hello from a TypeScript project!\n"));
    let (status, body) = get(server.port, "/items");
    assert_eq!(status, 200);
    assert_eq!(
        body,
        r#"[{"name":"apple","kind":"fruit"},{"name":"hammer","kind":"tool"},{"name":"pear","kind":"fruit"}]"#
    );
    let (status, body) = get(server.port, "/schema");
    assert_eq!(
        (status, body.as_str()),
        (200, "CREATE TABLE items (name TEXT NOT NULL, kind TEXT NOT NULL);\n")
    );
    let (status, _) = get(server.port, "/throw");
    assert_eq!(status, 500);
    let log = server.log.lock().unwrap().clone();
    assert!(log.contains("ignoring observability"), "{log}");
    drop(server);
    let log = wait_for_log(project);
    assert!(log.contains("at /throw (src/index.ts:18:11)"), "the TypeScript's line: {log}");

    let nano = env!("CARGO_BIN_EXE_nano");
    let ok = Command::new(nano).args(["check", project]).output().unwrap();
    assert!(ok.status.success(), "{ok:?}");
    assert!(String::from_utf8_lossy(&ok.stdout).contains("main src/index.ts, 2 vars"), "{ok:?}");
    let dir = std::env::temp_dir().join(format!("nano-check-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("wrangler.toml"), "name = \"x\"\nmain = \"src/index.ts\"\n").unwrap();
    std::fs::write(
        dir.join("src/index.ts"),
        "import { gone } from './gone';\nexport default { fetch() { return new Response(gone); } };",
    )
    .unwrap();
    let bad = Command::new(nano).arg("check").arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(bad.status.code(), Some(1), "{bad:?}");
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("src/index.ts:1:22: import of \"./gone\": no such module"), "{stderr}");
}

/// What `nano run PROJECT GET /throw` logs (the error with its stack).
fn wait_for_log(project: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_nano"))
        .args(["run", project, "GET", "http://localhost/throw"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `nano serve --watch`: an edit is served from the next request on, while
/// a slow request that started before it finishes on the old version.
#[test]
fn watch_serves_an_edit_without_dropping_a_request_in_flight() {
    let dir = std::env::temp_dir().join(format!("nano-watch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("package.json"), "{}").unwrap();
    let version = |v: &str| {
        format!(
            "export default {{ async fetch(r) {{\n  if (new URL(r.url).pathname === '/slow') await new Promise((d) => setTimeout(d, 1500));\n  return new Response('{v}');\n}} }};\n"
        )
    };
    std::fs::write(dir.join("index.js"), version("v1")).unwrap();
    let server = start_serving_with(dir.to_str().unwrap(), 4, &["--watch"]);
    assert_eq!(get(server.port, "/"), (200, "v1".to_string()));
    let port = server.port;
    let slow = std::thread::spawn(move || get(port, "/slow"));
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(dir.join("index.js"), version("v2")).unwrap();
    // The reload is logged; from then on the edit answers.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !server.log.lock().unwrap().contains("serving version 2") {
        assert!(std::time::Instant::now() < deadline, "no reload: {}", server.log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(get(server.port, "/"), (200, "v2".to_string()));
    assert_eq!(
        slow.join().unwrap(),
        (200, "v1".to_string()),
        "the request in flight finished on its version"
    );
    // An edit that does not load keeps the last version.
    std::fs::write(dir.join("index.js"), "export default {").unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !server.log.lock().unwrap().contains("does not load") {
        assert!(std::time::Instant::now() < deadline, "no report: {}", server.log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(get(server.port, "/"), (200, "v2".to_string()));
    drop(server);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Reads from `s` until `want` has arrived (10 s at most).
fn read_until(s: &mut TcpStream, want: &str) -> String {
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(want) {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
            Err(e) => panic!("waiting for {want:?}: {e}; got {:?}", String::from_utf8_lossy(&seen)),
        }
    }
    String::from_utf8_lossy(&seen).into_owned()
}

/// Bodies stream both ways: the echo of a chunk arrives before the client
/// sends the next (no side buffers a whole body); a client that goes away
/// mid-body stops the request, so a pool of one isolate serves the next.
#[test]
fn bodies_stream_both_ways_and_a_client_gone_stops_its_request() {
    let server = start_serving(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/serve/stream.js"), 1);
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
    for part in ["first-part", "second-part", "third-part"] {
        s.write_all(format!("{:x}\r\n{part}\r\n", part.len()).as_bytes()).unwrap();
        let seen = read_until(&mut s, part);
        assert!(seen.contains(part), "{seen}");
    }
    s.write_all(b"0\r\n\r\n").unwrap();
    let end = read_until(&mut s, "0\r\n\r\n");
    assert!(end.ends_with("0\r\n\r\n"), "the response ends when the request body does: {end:?}");
    drop(s);

    for _ in 0..3 {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        s.write_all(b"GET /forever HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let seen = read_until(&mut s, "xxxxxxxx");
        assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
        drop(s); // gone mid-body
        // The one isolate is free again: its never-ending body was stopped.
        assert_eq!(get(server.port, "/"), (200, "plain".to_string()));
    }
}

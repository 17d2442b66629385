//! examples/workers/realistic.js end to end: routing, JSON, an HMAC-signed
//! webhook, forms, a subrequest through the host's fetch handler, waitUntil.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use nano::{Config, FetchReply, Request, Response, Runtime, ScriptOptions};

fn request(method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> Request {
    Request {
        method: method.into(),
        url: format!("https://shop.example{path}"),
        headers: headers.iter().map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec())).collect(),
        body: body.map(<[u8]>::to_vec),
        body_stream: None,
    }
}

fn text(r: &Response) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

fn hmac_hex(secret: &str, body: &str) -> String {
    // An independent HMAC-SHA256 for the test, by the definition (RFC 2104).
    use sha2::{Digest, Sha256};
    let mut key = secret.as_bytes().to_vec();
    key.resize(64, 0);
    let ipad: Vec<u8> = key.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = key.iter().map(|b| b ^ 0x5c).collect();
    let inner = Sha256::new().chain_update(&ipad).chain_update(body.as_bytes()).finalize();
    let outer = Sha256::new().chain_update(&opad).chain_update(inner).finalize();
    outer.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn realistic_worker() {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = seen.clone();
    let fetch = Arc::new(move |req: Request, reply: FetchReply| {
        log.lock().unwrap().push(format!(
            "{} {} {}",
            req.method,
            req.url,
            String::from_utf8_lossy(req.body.as_deref().unwrap_or_default())
        ));
        // Answer from another thread, as a real host's HTTP client would.
        std::thread::spawn(move || {
            if req.url.ends_with("/data") {
                reply.respond(Response {
                    status: 200,
                    headers: vec![(b"content-type".to_vec(), b"application/json".to_vec())],
                    body: br#"{"values":[1,2,3]}"#.to_vec(),
                });
            } else {
                reply.respond(Response { status: 204, ..Default::default() });
            }
        });
    });
    let rt = Runtime::new(Config { fetch: Some(fetch), ..Config::default() }).unwrap();
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/workers/realistic.js"))
            .unwrap();
    let bindings = vec![
        ("WEBHOOK_SECRET".into(), "s3cret".into()),
        ("UPSTREAM".into(), "https://api.upstream.test".into()),
    ];
    rt.add_script("shop", &source, ScriptOptions { bindings, ..Default::default() }).unwrap();
    let eval = |r: Request| rt.eval("shop", r).unwrap();

    let home = eval(request("GET", "/", &[], None));
    assert_eq!((home.status, text(&home).as_str()), (200, "<h1>nano</h1>"));
    assert_eq!(home.header("content-type"), Some(&b"text/html;charset=UTF-8"[..]));

    let list = eval(request("GET", "/api/items?max=30", &[], None));
    assert_eq!(text(&list), r#"[{"id":1,"name":"kettle","price":25}]"#);
    assert_eq!(list.header("content-type"), Some(&b"application/json"[..]));

    let created = eval(request(
        "POST",
        "/api/items",
        &[("content-type", "application/json")],
        Some(br#"{"name":"cup","price":5}"#),
    ));
    assert_eq!((created.status, text(&created).as_str()), (201, r#"{"id":3,"name":"cup","price":5}"#));
    assert_eq!(eval(request("POST", "/api/items", &[], Some(b"{oops"))).status, 400);
    assert_eq!(eval(request("POST", "/api/items", &[], Some(br#"{"name":1}"#))).status, 422);

    let payload = r#"{"event":"order.paid"}"#;
    let good = hmac_hex("s3cret", payload);
    let ok = eval(request("POST", "/webhook", &[("x-signature", &good)], Some(payload.as_bytes())));
    assert_eq!((ok.status, text(&ok).as_str()), (200, r#"{"accepted":"order.paid"}"#));
    let bad = eval(request(
        "POST",
        "/webhook",
        &[("x-signature", &hmac_hex("wrong", payload))],
        Some(payload.as_bytes()),
    ));
    assert_eq!(bad.status, 401);

    let form = eval(request(
        "POST",
        "/form",
        &[("content-type", "application/x-www-form-urlencoded")],
        Some(b"name=Ada&tag=a&tag=b"),
    ));
    assert_eq!(text(&form), r#"{"name":"Ada","tags":["a","b"],"avatar":null}"#);
    let multipart = "--XX\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAda\r\n--XX\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x7fPNG\r\n--XX--\r\n";
    let form = eval(request(
        "POST",
        "/form",
        &[("content-type", "multipart/form-data; boundary=XX")],
        Some(multipart.as_bytes()),
    ));
    assert_eq!(
        text(&form),
        r#"{"name":"Ada","tags":[],"avatar":{"name":"a.png","size":4,"type":"image/png"}}"#
    );

    let proxied = eval(request("GET", "/proxy", &[], None));
    assert_eq!(text(&proxied), r#"{"upstream":{"values":[1,2,3]},"total":6}"#);
    // The waitUntil subrequest is made after the response went out.
    let mut waited = 0;
    while seen.lock().unwrap().len() < 2 && waited < 100 {
        std::thread::sleep(Duration::from_millis(20));
        waited += 1;
    }
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        vec![
            "GET https://api.upstream.test/data ".to_string(),
            r#"POST https://api.upstream.test/analytics {"route":"/proxy"}"#.to_string(),
        ]
    );
    assert_eq!(eval(request("GET", "/nowhere", &[], None)).status, 404);
}

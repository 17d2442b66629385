//! Nothing one request does is visible to the next: writer-then-reader
//! probes (tests/js/state_leaks.js) on a pool of one isolate.

use nano::{Config, Request, Runtime, ScriptOptions};

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

#[test]
fn no_probe_sees_the_previous_request() {
    let rt = Runtime::new(Config {
        max_isolates: 1,
        log: Some(std::sync::Arc::new(|_, _| {})),
        ..Config::default()
    })
    .unwrap();
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/js/state_leaks.js")).unwrap();
    rt.add_script("leaks", &src, ScriptOptions::default()).unwrap();
    let list = rt.eval("leaks", get("http://x/list")).unwrap();
    let names: Vec<String> = String::from_utf8(list.body).unwrap().split(',').map(String::from).collect();
    assert!(names.len() >= 30, "only {} probes", names.len());
    let mut leaks = Vec::new();
    for name in &names {
        // The writer may break its own request (it replaces built-ins the
        // handler relies on); only what the next request sees matters.
        let _ = rt.eval("leaks", get(&format!("http://x/write/{name}")));
        let read = rt.eval("leaks", get(&format!("http://x/read/{name}")));
        match read {
            Ok(r) if r.body == b"clean" => {}
            Ok(r) => leaks.push(format!("{name}: {}", String::from_utf8_lossy(&r.body))),
            Err(e) => leaks.push(format!("{name}: reader failed: {e}")),
        }
    }
    let stats = rt.stats();
    assert_eq!(stats.isolates_created, 1, "every probe ran on the same isolate: {stats:?}");
    assert!(leaks.is_empty(), "state leaked between requests:\n{}", leaks.join("\n"));
    println!("{} probes, all clean", names.len());
}

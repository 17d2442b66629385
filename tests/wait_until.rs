//! `ctx.waitUntil()` work goes on after the response without holding new
//! requests behind it, within its own request's limits, and is cancelled
//! by nothing but those limits.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use nano::{Config, Error, Request, Runtime, ScriptOptions};

const SCRIPT: &str = r#"
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const ms = Number(url.searchParams.get("wait") ?? 0);
    if (ms > 0) {
      const name = url.searchParams.get("name");
      ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, ms)).then(() => console.log(`${name} done`)));
    }
    const hold = Number(url.searchParams.get("hold") ?? 0);
    if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
    return new Response("ok");
  },
};
"#;

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

/// A runtime of `isolates` with the script, and the console lines it logs.
fn runtime(isolates: usize, wall: Duration) -> (Runtime, Arc<Mutex<Vec<String>>>) {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    let rt = Runtime::new(Config {
        max_isolates: isolates,
        wall_time_limit: wall,
        acquire_timeout: Duration::from_millis(500),
        log: Some(Arc::new(move |_, line: &str| sink.lock().unwrap().push(line.to_string()))),
        ..Config::default()
    })
    .unwrap();
    rt.add_script("w", SCRIPT, ScriptOptions::default()).unwrap();
    (rt, lines)
}

fn wait_for(lines: &Mutex<Vec<String>>, line: &str) {
    while !lines.lock().unwrap().iter().any(|l| l.contains(line)) {
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn requests_never_queue_behind_wait_until_work() {
    let (rt, lines) = runtime(2, Duration::from_secs(10));
    assert_eq!(rt.eval("w", get("http://x/?wait=1500&name=first")).unwrap().body, b"ok");
    // The first isolate drains; these are served by the other one, all
    // before the first one's work is done.
    for i in 0..10 {
        rt.eval("w", get("http://x/")).unwrap_or_else(|e| panic!("request {i}: {e}"));
    }
    assert!(lines.lock().unwrap().is_empty(), "{:?}", lines.lock().unwrap());
    // Both isolates draining: a request is refused at the acquire timeout
    // instead of waiting seconds for that work.
    assert_eq!(rt.eval("w", get("http://x/?wait=1500&name=second")).unwrap().body, b"ok");
    match rt.eval("w", get("http://x/")) {
        Err(Error::PoolExhausted(_)) => {}
        other => panic!("{other:?}"),
    }
    wait_for(&lines, "first done");
    wait_for(&lines, "second done");
    // Ready again: the workers rang the pool when their work ended.
    rt.eval("w", get("http://x/")).unwrap();
}

#[test]
fn only_its_own_request_before_its_answer_can_cancel_a_run() {
    let (rt, lines) = runtime(1, Duration::from_secs(10));
    let mut first = rt.acquire("w").unwrap();
    assert_eq!(first.eval(get("http://x/?wait=300&name=first")).unwrap().body, b"ok");
    // Answered: its client going away now does not end its waitUntil work.
    let stale = first.canceller();
    assert!(!stale.cancel());
    drop(first);
    wait_for(&lines, "first done");
    // The same isolate, a later lease: the first lease's canceller cannot
    // reach it.
    let mut second = rt.acquire("w").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    second.eval_async(get("http://x/?hold=300"), move |r| drop(tx.send(r))).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    assert!(!stale.cancel());
    assert_eq!(rx.recv().unwrap().unwrap().body, b"ok");
    // Its own canceller does, before the answer.
    let (tx, rx) = std::sync::mpsc::channel();
    second.eval_async(get("http://x/?hold=2000"), move |r| drop(tx.send(r))).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    assert!(second.canceller().cancel());
    assert!(matches!(rx.recv().unwrap(), Err(Error::Terminated(_))));
}

#[test]
fn wait_until_work_ends_at_its_own_requests_wall_limit() {
    let (rt, lines) = runtime(1, Duration::from_millis(400));
    assert_eq!(rt.eval("w", get("http://x/?wait=5000&name=late")).unwrap().body, b"ok");
    wait_for(&lines, "waitUntil: the request exceeded its wall-clock time limit");
    assert_eq!(rt.eval("w", get("http://x/")).unwrap().body, b"ok");
    assert!(!lines.lock().unwrap().iter().any(|l| l.contains("late done")));
}

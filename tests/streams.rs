//! Stream bodies through the host: a handler's Response whose body is a
//! ReadableStream reaches the host whole (read to its end, chunks joined), in
//! every isolation mode, on nano's threads and inline; the incoming request's
//! body reads as a stream (piped through a TransformStream, or into a
//! WritableStream); a stream that yields something other than bytes fails
//! its request with a clear error.

use std::time::Duration;

use nano::{Config, Error, IsolationMode, Request, Runtime, ScriptOptions};

const SCRIPT: &str = r#"
const utf8 = (s) => new TextEncoder().encode(s);
export default {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    if (path === "/chunks") return new Response(ReadableStream.from(["a", "b", "c"].map(utf8)));
    if (path === "/slow") {
      // Chunks produced across timers: the request waits for the stream.
      let n = 0;
      return new Response(new ReadableStream({
        async pull(c) {
          await new Promise((r) => setTimeout(r, 5));
          if (++n > 3) c.close(); else c.enqueue(utf8(`${n};`));
        },
      }, { highWaterMark: 0 }));
    }
    if (path === "/rewrap") {
      const inner = new Response("inner body", { headers: { "x-inner": "1" } });
      return new Response(inner.body, inner);
    }
    if (path === "/echo") {
      const reader = req.body.getReader();
      let total = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        total += new TextDecoder().decode(value);
      }
      return new Response(`echo ${total} ${req.bodyUsed}`);
    }
    if (path === "/upper") {
      // The request body through a TransformStream into the response.
      const upper = new TransformStream({
        transform(chunk, c) { c.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())); },
      });
      return new Response(req.body.pipeThrough(upper));
    }
    if (path === "/sink") {
      const seen = [];
      await req.body.pipeTo(new WritableStream({ write(chunk) { seen.push(chunk.length); } }));
      return new Response(`wrote ${seen.reduce((a, b) => a + b, 0)} bytes`);
    }
    if (path === "/bad") return new Response(ReadableStream.from(["text, not bytes"]));
    if (path === "/errored") return new Response(new ReadableStream({ pull() { throw new Error("source broke"); } }));
    return new Response("?", { status: 404 });
  },
};
"#;

fn get(url: &str) -> Request {
    Request { method: "GET".into(), url: url.into(), ..Default::default() }
}

fn runtime() -> Runtime {
    let rt = Runtime::new(Config { wall_time_limit: Duration::from_secs(5), ..Config::default() }).unwrap();
    for (name, isolation) in
        [("fresh", IsolationMode::Fresh), ("reuse", IsolationMode::Reuse), ("strict", IsolationMode::Strict)]
    {
        rt.add_script(name, SCRIPT, ScriptOptions { isolation, ..Default::default() }).unwrap();
    }
    rt
}

fn check(rt: &Runtime, script: &str, eval: &dyn Fn(Request) -> nano::Result<nano::Response>) {
    let body = |path: &str| String::from_utf8(eval(get(&format!("http://x{path}"))).unwrap().body).unwrap();
    assert_eq!(body("/chunks"), "abc", "{script}");
    assert_eq!(body("/slow"), "1;2;3;", "{script}");
    let rewrap = eval(get("http://x/rewrap")).unwrap();
    assert_eq!(rewrap.body, b"inner body", "{script}");
    assert!(rewrap.headers.iter().any(|(n, v)| n == b"x-inner" && v == b"1"), "{script}");
    let post = Request { method: "POST".into(), body: Some(b"sent body".to_vec()), ..get("http://x/echo") };
    assert_eq!(String::from_utf8(eval(post).unwrap().body).unwrap(), "echo sent body true", "{script}");
    let upper =
        Request { method: "POST".into(), body: Some(b"shout this".to_vec()), ..get("http://x/upper") };
    assert_eq!(eval(upper).unwrap().body, b"SHOUT THIS", "{script}");
    let sink = Request { method: "POST".into(), body: Some(vec![7; 100_000]), ..get("http://x/sink") };
    assert_eq!(String::from_utf8(eval(sink).unwrap().body).unwrap(), "wrote 100000 bytes", "{script}");
    match eval(get("http://x/bad")) {
        Err(Error::Script(m)) if m.contains("chunks must be Uint8Arrays") => {}
        other => panic!("{script}: {other:?}"),
    }
    match eval(get("http://x/errored")) {
        Err(Error::Script(m)) if m.contains("source broke") => {}
        other => panic!("{script}: {other:?}"),
    }
    // The isolate is fine afterwards.
    assert_eq!(body("/chunks"), "abc", "{script}");
    let _ = rt;
}

#[test]
fn stream_bodies_reach_the_host_whole_on_nanos_threads() {
    let rt = runtime();
    for script in ["fresh", "reuse", "strict"] {
        check(&rt, script, &|req| rt.eval(script, req));
    }
}

#[test]
fn stream_bodies_reach_the_host_whole_inline() {
    let rt = runtime();
    // A thread started after V8's initialisation may run JavaScript inline.
    std::thread::spawn(move || {
        for script in ["fresh", "reuse"] {
            check(&rt, script, &|req| rt.acquire_inline(script)?.eval(req));
        }
    })
    .join()
    .unwrap();
}

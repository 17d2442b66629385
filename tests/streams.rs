//! Stream bodies through the host: a handler's Response whose body is a
//! ReadableStream reaches the host whole (read to its end, chunks joined), in
//! every isolation mode, on nano's threads and inline; the incoming request's
//! body reads as a stream (piped through a TransformStream, or into a
//! WritableStream); a stream that yields something other than bytes fails
//! its request with a clear error.

use std::time::Duration;

use nano::{BodyPart, Config, Error, IsolationMode, Request, Runtime, ScriptOptions};

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
    if (path === "/endless") {
      // A chunk each pull, for ever; counts its pulls in a header-free way:
      // each chunk says how many pulls came before it.
      let pulls = 0;
      return new Response(new ReadableStream({
        pull(c) { c.enqueue(utf8(`${pulls++},`)); },
        cancel(reason) { console.log(`cancelled after ${pulls} pulls: ${reason}`); },
      }, { highWaterMark: 0 }));
    }
    if (path === "/big") {
      let sent = 0;
      return new Response(new ReadableStream({
        pull(c) { if (sent++ < 40) c.enqueue(new Uint8Array(64 << 10)); else c.close(); },
      }, { highWaterMark: 0 }));
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
        Err(Error::Script(m)) if m.contains("must yield Uint8Array chunks, got string") => {}
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

/// A runtime whose log lines are kept, with a small body limit.
fn logged_runtime(max_body_bytes: usize) -> (Runtime, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = lines.clone();
    let mut config = Config { wall_time_limit: Duration::from_secs(2), ..Config::default() };
    config.sizes.max_body_bytes = max_body_bytes;
    config.log = Some(std::sync::Arc::new(move |_, line: &str| kept.lock().unwrap().push(line.to_string())));
    let rt = Runtime::new(config).unwrap();
    rt.add_script("s", SCRIPT, ScriptOptions::default()).unwrap();
    (rt, lines)
}

fn chunk_text(part: &Option<BodyPart>) -> String {
    match part {
        Some(BodyPart::Chunk(bytes)) => String::from_utf8(bytes.clone()).unwrap(),
        other => panic!("not a chunk: {other:?}"),
    }
}

#[test]
fn inline_streamed_bodies_come_in_parts_as_the_host_asks() {
    let (rt, lines) = logged_runtime(1 << 20);
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("s").unwrap();
        // The head comes with the first chunk; the stream is pulled again
        // only when the host asks.
        let first = lease.start_streamed(get("http://x/endless"), None).unwrap();
        let head = first.response.expect("the head").unwrap();
        assert!(first.body_follows && head.body.is_empty() && head.status == 200);
        assert_eq!(chunk_text(&first.part), "0,");
        for _ in 0..3 {
            // Polls without an ask bring nothing, however often.
            let idle = lease.poll().unwrap();
            assert!(idle.part.is_none() && idle.wake_at.is_some());
        }
        for n in 1..50 {
            assert_eq!(chunk_text(&lease.more().unwrap().part), format!("{n},"));
        }
        // The host stops: the script's stream is cancelled, the body fails
        // with Terminated, and the request ends.
        let stopped = lease.stop_body().unwrap();
        assert!(matches!(stopped.part, Some(BodyPart::Failed(Error::Terminated(_)))), "{:?}", stopped.part);
        assert!(stopped.wake_at.is_none());
        // A body that is not a stream comes whole with its head.
        let whole = lease.start_streamed(get("http://x/nothing"), None).unwrap();
        assert!(!whole.body_follows && whole.part.is_none());
        assert_eq!(whole.response.unwrap().unwrap().body, b"?");
        // Timers between chunks: polls bring each chunk once it is made.
        let slow = lease.start_streamed(get("http://x/slow"), None).unwrap();
        assert!(slow.body_follows && slow.part.is_none());
        let mut body = String::new();
        let mut step = slow;
        loop {
            match step.part {
                Some(BodyPart::Chunk(bytes)) => {
                    body.push_str(std::str::from_utf8(&bytes).unwrap());
                    step = lease.more().unwrap();
                }
                Some(BodyPart::End) => break,
                Some(other) => panic!("{other:?}"),
                None => {
                    if let Some(at) = step.wake_at {
                        std::thread::sleep(at.saturating_duration_since(std::time::Instant::now()));
                    }
                    step = lease.poll().unwrap();
                }
            }
        }
        assert_eq!(body, "1;2;3;");
    })
    .join()
    .unwrap();
    assert!(
        lines.lock().unwrap().iter().any(|l| l.contains("cancelled after 50 pulls")),
        "{:?}",
        lines.lock()
    );
}

#[test]
fn streamed_bytes_count_against_the_body_limit() {
    let (rt, _) = logged_runtime(1 << 20);
    // Whole delivery: 40 × 64 KiB is over 1 MiB, and refused.
    match rt.eval("s", get("http://x/big")) {
        Err(Error::Script(m)) if m.contains("larger than the limit of 1048576 bytes") => {}
        other => panic!("{:?}", other.map(|r| r.body.len())),
    }
    // Streamed: the chunks under the limit go out, then the body fails.
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("s").unwrap();
        let mut step = lease.start_streamed(get("http://x/big"), None).unwrap();
        let mut sent = 0;
        loop {
            match step.part.take() {
                Some(BodyPart::Chunk(bytes)) => sent += bytes.len(),
                Some(BodyPart::Failed(Error::Script(m))) if m.contains("larger than the limit") => break,
                other => panic!("{other:?}"),
            }
            step = lease.more().unwrap();
        }
        assert_eq!(sent, 16 * (64 << 10));
        // The isolate serves the next request.
        assert_eq!(lease.eval(get("http://x/chunks")).unwrap().body, b"abc");
    })
    .join()
    .unwrap();
}

#[test]
fn the_wall_limit_ends_a_body_the_host_stops_asking_for() {
    let (rt, _) = logged_runtime(1 << 20);
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("s").unwrap();
        let first = lease.start_streamed(get("http://x/endless"), None).unwrap();
        assert!(first.body_follows);
        let started = std::time::Instant::now();
        let mut step = lease.poll().unwrap();
        while step.part.is_none() {
            std::thread::sleep(
                step.wake_at.expect("still running").saturating_duration_since(std::time::Instant::now()),
            );
            step = lease.poll().unwrap();
        }
        assert!(matches!(step.part, Some(BodyPart::Failed(Error::WallTimeLimit(_)))), "{:?}", step.part);
        // Its own 2 s limit, not one a slow machine could reach: not before.
        assert!(started.elapsed() >= Duration::from_millis(1500), "{:?}", started.elapsed());
    })
    .join()
    .unwrap();
}

#[test]
fn handed_off_streamed_bodies_wait_for_the_host() {
    use std::sync::mpsc;
    let (rt, lines) = logged_runtime(1 << 20);
    let mut lease = rt.acquire("s").unwrap();
    let (heads, head_rx) = mpsc::channel();
    let (parts, part_rx) = mpsc::channel();
    lease
        .eval_streamed(
            get("http://x/endless"),
            move |head, follows| heads.send((head.map(|r| r.status), follows)).unwrap(),
            move |part| parts.send(part).unwrap(),
        )
        .unwrap();
    assert_eq!(head_rx.recv().unwrap(), (Ok(200), true));
    assert_eq!(chunk_text(&Some(part_rx.recv().unwrap())), "0,");
    // Nothing more until the host asks.
    assert!(part_rx.recv_timeout(Duration::from_millis(100)).is_err());
    for n in 1..20 {
        assert!(lease.body_more());
        assert_eq!(chunk_text(&Some(part_rx.recv().unwrap())), format!("{n},"));
    }
    assert!(lease.busy());
    assert!(lease.body_stop());
    assert!(matches!(part_rx.recv().unwrap(), BodyPart::Failed(Error::Terminated(_))));
    while lease.busy() {
        std::thread::sleep(Duration::from_millis(1));
    }
    assert!(!lease.body_more(), "no body streams now");
    assert_eq!(lease.eval(get("http://x/chunks")).unwrap().body, b"abc");
    drop(lease);
    assert!(
        lines.lock().unwrap().iter().any(|l| l.contains("cancelled after 20 pulls")),
        "{:?}",
        lines.lock()
    );
}

#[test]
fn a_script_that_enqueues_without_bound_meets_the_memory_limit() {
    // A stream whose source enqueues 1 MiB chunks nobody reads: the queue
    // grows until the heap limit stops the run, and the isolate is replaced.
    let src = r#"export default { fetch(req) {
      if (new URL(req.url).pathname === "/ok") return new Response("ok");
      return new Response(new ReadableStream({
        start(c) { for (;;) c.enqueue(new Uint8Array(1 << 20)); },
      }));
    } }"#;
    let config = Config { heap_limit: 64 << 20, cpu_time_limit: Duration::from_secs(2), ..Config::default() };
    let rt = Runtime::new(config).unwrap();
    rt.add_script("flood", src, ScriptOptions::default()).unwrap();
    match rt.eval("flood", get("http://x/flood")) {
        Err(Error::MemoryLimit(_)) => {}
        other => panic!("{:?}", other.map(|r| r.body.len())),
    }
    assert_eq!(rt.eval("flood", get("http://x/ok")).unwrap().body, b"ok");
    // Streamed delivery: the same, before any head goes out.
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("flood").unwrap();
        let step = lease.start_streamed(get("http://x/flood"), None).unwrap();
        assert!(
            matches!(step.response, Some(Err(Error::MemoryLimit(_)))),
            "{:?}",
            step.response.map(|r| r.map(|_| ()))
        );
        drop(lease);
        assert_eq!(rt.acquire_inline("flood").unwrap().eval(get("http://x/ok")).unwrap().body, b"ok");
    })
    .join()
    .unwrap();
}

#[test]
fn compression_streams_work_and_meet_the_memory_limit() {
    let src = r#"export default { async fetch(req) {
      const path = new URL(req.url).pathname;
      if (path === "/gzip") return new Response(req.body.pipeThrough(new CompressionStream("gzip")));
      if (path === "/gunzip") return new Response(req.body.pipeThrough(new DecompressionStream("gzip")));
      if (path === "/many") {
        // Codecs kept open without end: each is charged to the isolate.
        const kept = [];
        for (;;) kept.push(new CompressionStream("deflate"));
      }
      if (path === "/bomb") {
        // 256 MiB of zeros packs into ~256 KiB; unpacking it and keeping
        // every chunk goes over the memory limit.
        const cs = new CompressionStream("deflate");
        const w = cs.writable.getWriter();
        const zeros = new Uint8Array(1 << 20);
        (async () => { for (let i = 0; i < 256; i++) await w.write(zeros); await w.close(); })();
        const packed = new Uint8Array(await new Response(cs.readable).arrayBuffer());
        const kept = [];
        const out = ReadableStream.from([packed]).pipeThrough(new DecompressionStream("deflate"));
        for await (const chunk of out) kept.push(chunk);
        return new Response(`kept ${kept.length}`);
      }
      return new Response("ok");
    } }"#;
    let config = Config { heap_limit: 64 << 20, cpu_time_limit: Duration::from_secs(5), ..Config::default() };
    let rt = Runtime::new(config).unwrap();
    rt.add_script("codecs", src, ScriptOptions::default()).unwrap();
    let text: Vec<u8> = (0..200_000u32).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
    let post = |path: &str, body: Vec<u8>| Request {
        method: "POST".into(),
        body: Some(body),
        ..get(&format!("http://x{path}"))
    };
    // What the script packed, another inflater unpacks; and back.
    let packed = rt.eval("codecs", post("/gzip", text.clone())).unwrap().body;
    assert!(packed.len() < text.len() / 4, "{} of {}", packed.len(), text.len());
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&packed[..]), &mut unpacked).unwrap();
    assert_eq!(unpacked, text);
    assert_eq!(rt.eval("codecs", post("/gunzip", packed)).unwrap().body, text);
    // Bad compressed data fails the request with the codec's TypeError.
    match rt.eval("codecs", post("/gunzip", b"not gzip".to_vec())) {
        Err(Error::Script(m)) if m.contains("TypeError") && m.contains("DecompressionStream") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    for path in ["/many", "/bomb"] {
        match rt.eval("codecs", get(&format!("http://x{path}"))) {
            Err(Error::MemoryLimit(_)) => {}
            other => panic!("{path}: {:?}", other.map(|r| String::from_utf8_lossy(&r.body).into_owned())),
        }
        assert_eq!(rt.eval("codecs", get("http://x/ok")).unwrap().body, b"ok", "after {path}");
    }
}

/// A request whose body its host streams in (`body_stream`), and the writer.
fn streamed_post(path: &str) -> (nano::BodyWriter, Request) {
    let (writer, body) = nano::request_body();
    (writer, Request { method: "POST".into(), body_stream: Some(body), ..get(&format!("http://x{path}")) })
}

#[test]
fn request_bodies_stream_in_as_the_host_writes_them() {
    let (rt, _) = logged_runtime(1 << 20);
    let rt = std::sync::Arc::new(rt);
    // On nano's threads: the script reads each chunk as it is written, from
    // another thread, with pauses between (/echo reads chunk by chunk).
    let (writer, request) = streamed_post("/echo");
    let feeder = std::thread::spawn(move || {
        for word in ["one ", "two ", "three"] {
            std::thread::sleep(Duration::from_millis(20));
            writer.write(word.as_bytes()).unwrap();
        }
        writer.end().unwrap();
    });
    let started = std::time::Instant::now();
    let body = rt.eval("s", request).unwrap().body;
    feeder.join().unwrap();
    assert_eq!(String::from_utf8(body).unwrap(), "echo one two three true");
    assert!(started.elapsed() >= Duration::from_millis(60), "the request waited for the body");
    // Piped through a TransformStream into a streamed response.
    let (writer, request) = streamed_post("/upper");
    writer.write(b"shout ").unwrap();
    let feeder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(10));
        writer.write(b"this").unwrap();
        writer.end().unwrap();
    });
    assert_eq!(rt.eval("s", request).unwrap().body, b"SHOUT THIS");
    feeder.join().unwrap();
    // A body that breaks off fails the script's read with the host's reason.
    let (writer, request) = streamed_post("/sink");
    writer.write(b"part").unwrap();
    writer.fail("the client went away").unwrap();
    match rt.eval("s", request) {
        Err(Error::Script(m)) if m.contains("the client went away") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    // A writer dropped before its end: the same, with nano's reason.
    let (writer, request) = streamed_post("/sink");
    drop(writer);
    match rt.eval("s", request) {
        Err(Error::Script(m)) if m.contains("dropped the request body") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    // Over the body limit: the stream errors, and later writes are refused.
    let (writer, request) = streamed_post("/sink");
    writer.write(&vec![1; 700 << 10]).unwrap();
    writer.write(&vec![1; 700 << 10]).unwrap();
    match rt.eval("s", request) {
        Err(Error::Script(m)) if m.contains("over the limit of 1048576 bytes") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    assert_eq!(writer.write(b"late"), Err(nano::BodyClosed));
    // GET with a streamed body is refused before the script runs.
    let (_writer, mut request) = streamed_post("/echo");
    request.method = "GET".into();
    assert!(matches!(rt.eval("s", request), Err(Error::InvalidArgument(_))));

    // Inline: the host writes between polls; each write rings it.
    let rings = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = rings.clone();
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("s").unwrap();
        let (writer, request) = streamed_post("/echo");
        let ring: std::sync::Arc<dyn Fn() + Send + Sync> = std::sync::Arc::new(move || {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut step = lease.start(request, Some(ring)).unwrap();
        for word in ["in", "line"] {
            assert!(step.response.is_none(), "waits for the body");
            writer.write(word.as_bytes()).unwrap();
            step = lease.poll().unwrap();
        }
        assert!(step.response.is_none());
        writer.end().unwrap();
        step = lease.poll().unwrap();
        assert_eq!(step.response.unwrap().unwrap().body, b"echo inline true");
    })
    .join()
    .unwrap();
    assert!(rings.load(std::sync::atomic::Ordering::SeqCst) >= 3);
}

#[test]
fn fetch_responses_stream_in_from_the_host() {
    // The host answers each fetch() with its head at once and the body in
    // parts from another thread; /big sends more than the body limit.
    let fetch: nano::FetchHandler = std::sync::Arc::new(|req: Request, reply: nano::FetchReply| {
        let big = req.url.ends_with("/big");
        let head =
            nano::Response { status: 203, headers: vec![(b"x-up".to_vec(), b"1".to_vec())], body: vec![] };
        let writer = reply.respond_streamed(head);
        if req.url.ends_with("/early") {
            // All of it written before the loop opens the body.
            writer.write(b"all at once").unwrap();
            writer.end().unwrap();
            return;
        }
        std::thread::spawn(move || {
            if big {
                for _ in 0..3 {
                    if writer.write(&vec![0; 600 << 10]).is_err() {
                        return;
                    }
                }
            } else {
                for part in ["up", "stream", "ed"] {
                    std::thread::sleep(Duration::from_millis(10));
                    writer.write(part.as_bytes()).unwrap();
                }
            }
            let _ = writer.end();
        });
    });
    let mut config =
        Config { fetch: Some(fetch), wall_time_limit: Duration::from_secs(5), ..Config::default() };
    config.sizes.max_body_bytes = 1 << 20;
    let rt = Runtime::new(config).unwrap();
    let src = r#"export default { async fetch(req) {
      const r = await fetch("http://upstream" + new URL(req.url).pathname);
      const parts = [];
      for await (const chunk of r.body) parts.push(chunk.length > 100 ? "big" : new TextDecoder().decode(chunk));
      return new Response(`${r.status} ${r.headers.get("x-up")} ${parts.join("|")}`);
    } }"#;
    rt.add_script("proxy", src, ScriptOptions::default()).unwrap();
    assert_eq!(rt.eval("proxy", get("http://x/small")).unwrap().body, b"203 1 up|stream|ed");
    assert_eq!(rt.eval("proxy", get("http://x/early")).unwrap().body, b"203 1 all at once");
    match rt.eval("proxy", get("http://x/big")) {
        Err(Error::Script(m)) if m.contains("response body is over the limit of 1048576 bytes") => {}
        other => panic!("{:?}", other.map(|r| String::from_utf8_lossy(&r.body).into_owned())),
    }
    // Inline too: each write rings the host.
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("proxy").unwrap();
        let mut step = lease.start(get("http://x/small"), Some(std::sync::Arc::new(|| {}))).unwrap();
        while step.response.is_none() {
            std::thread::sleep(Duration::from_millis(2));
            step = lease.poll().unwrap();
        }
        assert_eq!(step.response.unwrap().unwrap().body, b"203 1 up|stream|ed");
    })
    .join()
    .unwrap();
}

#[test]
fn a_declared_length_frames_a_streamed_body_and_holds_it() {
    // A FixedLengthStream declares its length; a script's own
    // content-length on a stream body counts the same; a stream that gives
    // more or fewer bytes than declared fails its body.
    let src = r#"export default { fetch(req) {
      const path = new URL(req.url).pathname;
      const utf8 = (s) => new TextEncoder().encode(s);
      if (path === "/fixed") {
        const { readable, writable } = new FixedLengthStream(10);
        const w = writable.getWriter();
        w.write(utf8("01234")); w.write(utf8("56789")); w.close();
        return new Response(readable);
      }
      const declared = path === "/bad" ? "ten" : path === "/short" ? "9" : "6";
      return new Response(ReadableStream.from([utf8("abc"), utf8("def")]), { headers: { "content-length": declared } });
    } }"#;
    let rt = Runtime::new(Config::default()).unwrap();
    rt.add_script("len", src, ScriptOptions::default()).unwrap();
    // Whole delivery: the body as read, with its one content-length.
    let fixed = rt.eval("len", get("http://x/fixed")).unwrap();
    assert_eq!(fixed.body, b"0123456789");
    assert_eq!(fixed.header("content-length"), Some(&b"10"[..]));
    match rt.eval("len", get("http://x/bad")) {
        Err(Error::Script(m)) if m.contains("not a number of bytes") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    match rt.eval("len", get("http://x/short")) {
        Err(Error::Script(m)) if m.contains("not the 9 its content-length declares") => {}
        other => panic!("{:?}", other.map(|r| r.body)),
    }
    std::thread::spawn(move || {
        let mut lease = rt.acquire_inline("len").unwrap();
        // Streamed: the head carries the length before the body.
        let step = lease.start_streamed(get("http://x/exact"), None).unwrap();
        let head = step.response.unwrap().unwrap();
        assert!(step.body_follows);
        assert_eq!(head.header("content-length"), Some(&b"6"[..]));
        let mut body = chunk_text(&step.part);
        loop {
            match lease.more().unwrap().part {
                Some(BodyPart::Chunk(c)) => body.push_str(std::str::from_utf8(&c).unwrap()),
                Some(BodyPart::End) => break,
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(body, "abcdef");
        // Declared 9, given 6: the body fails at its end.
        let step = lease.start_streamed(get("http://x/short"), None).unwrap();
        assert_eq!(step.response.unwrap().unwrap().header("content-length"), Some(&b"9"[..]));
        let last = loop {
            match lease.more().unwrap().part {
                Some(BodyPart::Chunk(_)) => continue,
                other => break other,
            }
        };
        assert!(
            matches!(&last, Some(BodyPart::Failed(Error::Script(m))) if m.contains("ended after 6 bytes")),
            "{last:?}"
        );
    })
    .join()
    .unwrap();
}

#[test]
fn fetch_request_bodies_stream_out_to_the_host() {
    // The host reads a subrequest's stream body as the script makes it
    // (blocking reads on its own thread), and answers with what it got.
    let fetch: nano::FetchHandler = std::sync::Arc::new(|req: Request, reply: nano::FetchReply| {
        let body = req.body_stream.clone().expect("a streamed body");
        assert!(req.body.is_none());
        std::thread::spawn(move || {
            let mut got = Vec::new();
            let mut reads = 0;
            let outcome = loop {
                match body.read() {
                    nano::BodyRead::Chunk(c) => {
                        reads += 1;
                        got.extend(c);
                    }
                    nano::BodyRead::End => break "end".to_string(),
                    other => break format!("{other:?}"),
                }
            };
            let text =
                format!("{reads} reads, {} bytes, {outcome}: {}", got.len(), String::from_utf8_lossy(&got));
            reply.respond(nano::Response { status: 200, headers: vec![], body: text.into_bytes() });
        });
    });
    let mut config =
        Config { fetch: Some(fetch), wall_time_limit: Duration::from_secs(5), ..Config::default() };
    config.sizes.max_body_bytes = 1 << 20;
    let rt = Runtime::new(config).unwrap();
    let src = r#"export default { async fetch(req) {
      const path = new URL(req.url).pathname;
      let n = 0;
      const body = new ReadableStream({
        async pull(c) {
          await new Promise((r) => setTimeout(r, 2));
          if (path === "/broken" && n === 2) return c.error(new Error("source broke"));
          if (path === "/big") return c.enqueue(new Uint8Array(300 << 10));
          if (n++ === 3) return c.close();
          c.enqueue(new TextEncoder().encode(`part${n};`));
        },
      }, { highWaterMark: 0 });
      const r = await fetch("http://upstream/", { method: "POST", body, duplex: "half" });
      return new Response(await r.text());
    } }"#;
    rt.add_script("up", src, ScriptOptions::default()).unwrap();
    assert_eq!(
        String::from_utf8(rt.eval("up", get("http://x/ok")).unwrap().body).unwrap(),
        "3 reads, 18 bytes, end: part1;part2;part3;"
    );
    let broken = String::from_utf8(rt.eval("up", get("http://x/broken")).unwrap().body).unwrap();
    assert!(broken.starts_with("2 reads, 12 bytes, Failed(") && broken.contains("source broke"), "{broken}");
    // Over the body limit: the host's read fails with nano's reason.
    let big = String::from_utf8(rt.eval("up", get("http://x/big")).unwrap().body).unwrap();
    assert!(big.contains("over the limit of 1048576 bytes"), "{big}");
}

#[test]
fn a_script_that_cancels_a_body_streaming_in_stops_its_writer() {
    // The request's body and a fetch() response body: the script cancels
    // each after its first chunk, then asks the host (/probe) whether their
    // writers still take bytes, while its request still runs.
    type Slot = std::sync::Arc<std::sync::Mutex<Option<nano::BodyWriter>>>;
    let (req_slot, up_slot): (Slot, Slot) = (Default::default(), Default::default());
    let (req_w, up_w) = (req_slot.clone(), up_slot.clone());
    let fetch: nano::FetchHandler = std::sync::Arc::new(move |req: Request, reply: nano::FetchReply| {
        if req.url.ends_with("/probe") {
            let state = |slot: &Slot| match slot.lock().unwrap().as_ref() {
                Some(w) if w.is_open() => "open",
                Some(_) => "closed",
                None => "none",
            };
            let body = format!("req:{} up:{}", state(&req_w), state(&up_w)).into_bytes();
            reply.respond(nano::Response { status: 200, headers: vec![], body });
            return;
        }
        let writer = reply.respond_streamed(nano::Response { status: 200, ..Default::default() });
        writer.write(b"first").unwrap();
        *up_w.lock().unwrap() = Some(writer);
    });
    let rt = Runtime::new(Config { fetch: Some(fetch), ..Config::default() }).unwrap();
    let src = r#"export default { async fetch(req) {
      const reader = req.body.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      await reader.cancel("enough");
      const r = await fetch("http://upstream/up");
      const up = r.body.getReader();
      const upFirst = new TextDecoder().decode((await up.read()).value);
      await up.cancel("enough");
      const probe = await (await fetch("http://upstream/probe")).text();
      return new Response(`${first} ${upFirst} ${probe}`);
    } }"#;
    rt.add_script("cancel", src, ScriptOptions::default()).unwrap();
    let (writer, request) = streamed_post("/cancel");
    writer.write(b"hello").unwrap();
    *req_slot.lock().unwrap() = Some(writer);
    let body = rt.eval("cancel", request).unwrap().body;
    assert_eq!(String::from_utf8(body).unwrap(), "hello first req:closed up:closed");
}

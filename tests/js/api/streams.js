// ReadableStream (default streams), its reader and controller, tee, from,
// async iteration, the queuing strategies, and Request and Response bodies
// as streams.

const error1 = new Error("error1");

// Reads `stream` to its end: its chunks.
async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}
const tick = () => new Promise((r) => setTimeout(r, 0));

test("the constructor checks its arguments, the strategy first", () => {
  assertThrows(() => new ReadableStream(1), TypeError);
  assertThrows(() => new ReadableStream({ start: 1 }), TypeError, "start");
  assertThrows(() => new ReadableStream({ pull: "x" }), TypeError, "pull");
  assertThrows(() => new ReadableStream({ cancel: {} }), TypeError, "cancel");
  assertThrows(() => new ReadableStream({ type: "other" }), TypeError, "not a valid stream type");
  assertThrows(() => new ReadableStream({ type: "bytes" }, { size: () => 1 }), RangeError, "size");
  assertThrows(() => new ReadableStream({ type: "bytes", autoAllocateChunkSize: 0 }), TypeError, "autoAllocateChunkSize");
  assertThrows(() => new ReadableStream({}, { highWaterMark: -1 }), RangeError);
  assertThrows(() => new ReadableStream({}, { highWaterMark: NaN }), RangeError);
  assertThrows(() => new ReadableStream({}, { size: 1 }), TypeError);
  const order = [];
  const source = { get start() { order.push("source"); throw error1; } };
  const strategy = { get highWaterMark() { order.push("hwm"); return 1; }, get size() { order.push("size"); return undefined; } };
  assertThrows(() => new ReadableStream(source, strategy), Error, "error1");
  assertEquals(order, ["hwm", "size", "source"]);
  // WebIDL lengths and the async iterator's identity.
  assertEquals([ReadableStream.length, ReadableStreamDefaultReader.length, ReadableStream.from.length], [0, 1, 1]);
  assert(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  assertEquals(Object.prototype.toString.call(new ReadableStream()), "[object ReadableStream]");
  assertThrows(() => new ReadableStreamDefaultController(), TypeError);
  assertThrows(() => ReadableStream.prototype.getReader.call({}), TypeError);
  assertThrows(() => new ReadableStream(null), TypeError);
  new ReadableStream(undefined, undefined);
});

test("chunks are read in order, then done; start runs once with the controller", async () => {
  let controller;
  let starts = 0;
  const rs = new ReadableStream({
    start(c) {
      starts++;
      controller = c;
      c.enqueue("a");
      c.enqueue("b");
    },
  });
  assert(controller instanceof ReadableStreamDefaultController);
  const reader = rs.getReader();
  assert(rs.locked);
  assertEquals(await reader.read(), { value: "a", done: false });
  assertEquals(await reader.read(), { value: "b", done: false });
  const pending = reader.read();
  controller.enqueue("c");
  assertEquals(await pending, { value: "c", done: false });
  controller.close();
  assertThrows(() => controller.enqueue("d"), TypeError);
  assertThrows(() => controller.close(), TypeError);
  const end = await reader.read();
  assert(end.done && end.value === undefined);
  assertEquals(await reader.closed, undefined);
  assertEquals(starts, 1);
});

test("desiredSize follows the high-water mark and the strategy's sizes; pull fills to it", async () => {
  let controller;
  let pulls = 0;
  const rs = new ReadableStream(
    {
      start(c) {
        controller = c;
      },
      pull(c) {
        pulls++;
        c.enqueue("xx");
      },
    },
    { highWaterMark: 5, size: (chunk) => chunk.length },
  );
  assertEquals(controller.desiredSize, 5);
  await tick();
  // Pulls until 6 units are queued (5 - 6 = -1 is no longer > 0).
  assertEquals([pulls, controller.desiredSize], [3, -1]);
  const reader = rs.getReader();
  await reader.read();
  await tick();
  assertEquals(controller.desiredSize, -1, "one read makes room for one pull");
  controller.close();
  assertEquals(controller.desiredSize, -1, "closing with chunks queued keeps them");
  for (let i = 0; i < 3; i++) assertEquals((await reader.read()).value, "xx");
  assertEquals((await reader.read()).done, true);
  assertEquals(controller.desiredSize, 0);
  // A size that throws or is invalid errors the stream.
  const bad = new ReadableStream({ start(c) { controller = c; } }, { size: () => -1 });
  assertThrows(() => controller.enqueue("x"), RangeError);
  await assertRejects(() => bad.getReader().read(), RangeError);
});

test("pull waits for start and is never called twice at once", async () => {
  const log = [];
  let resolveStart;
  let resolvePull;
  const rs = new ReadableStream(
    {
      start() {
        log.push("start");
        return new Promise((r) => (resolveStart = r));
      },
      pull(c) {
        log.push("pull");
        return new Promise((r) => (resolvePull = () => { c.enqueue(1); r(); }));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = rs.getReader();
  const r1 = reader.read();
  const r2 = reader.read();
  await tick();
  assertEquals(log, ["start"]);
  resolveStart();
  await tick();
  assertEquals(log, ["start", "pull"]);
  resolvePull();
  assertEquals(await r1, { value: 1, done: false });
  await tick();
  assertEquals(log, ["start", "pull", "pull"], "the second read pulls again");
  resolvePull();
  assertEquals(await r2, { value: 1, done: false });
});

test("errors: controller.error, a throwing start, a rejecting pull", async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; c.enqueue("lost"); } });
  const reader = rs.getReader();
  controller.error(error1);
  assertEquals(controller.desiredSize, null);
  assertEquals(await reader.read().catch((e) => e), error1, "queued chunks are dropped");
  assertEquals(await reader.closed.catch((e) => e), error1);
  controller.error(new Error("ignored"));
  assertEquals(await reader.cancel().catch((e) => e), error1);

  const started = new ReadableStream({ start() { return Promise.reject(error1); } });
  assertEquals(await started.getReader().read().catch((e) => e), error1);
  assertThrows(() => new ReadableStream({ start() { throw error1; } }), Error, "error1");
  const pulled = new ReadableStream({ pull() { throw error1; } });
  assertEquals(await pulled.getReader().closed.catch((e) => e), error1);
});

test("cancel reaches the source with its reason, drops the queue, and ends pending reads", async () => {
  const reasons = [];
  let controller;
  const rs = new ReadableStream({
    start(c) {
      controller = c;
      c.enqueue("dropped");
    },
    cancel(reason) {
      reasons.push(reason);
      return new Promise((r) => setTimeout(() => r("ignored value"), 1));
    },
  });
  const reader = rs.getReader();
  await assertRejects(() => rs.cancel(), TypeError, "locked");
  const cancelled = await reader.cancel("why");
  assertEquals([cancelled, reasons], [undefined, ["why"]]);
  assertEquals((await reader.read()).done, true);
  assertThrows(() => controller.enqueue("late"), TypeError);
  // A throwing cancel rejects the cancel; cancelling a closed stream is a no-op.
  const throwing = new ReadableStream({ cancel() { throw error1; } });
  assertEquals(await throwing.cancel().catch((e) => e), error1);
  const closed = new ReadableStream({ start(c) { c.close(); } });
  assertEquals(await closed.cancel("x"), undefined);
});

test("releaseLock rejects pending reads and the closed promise; the stream can be read again", async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  assertThrows(() => rs.getReader(), TypeError, "locked");
  assertThrows(() => new ReadableStreamDefaultReader(rs), TypeError);
  const pending = reader.read();
  const closed = reader.closed;
  reader.releaseLock();
  reader.releaseLock(); // a second release does nothing
  await assertRejects(() => pending, TypeError);
  await assertRejects(() => closed, TypeError);
  await assertRejects(() => reader.read(), TypeError, "released");
  assert(!rs.locked);
  const second = rs.getReader();
  controller.enqueue("after");
  assertEquals(await second.read(), { value: "after", done: false });
  assertThrows(() => rs.getReader({ mode: "byob" }), TypeError, "locked");
  assertThrows(() => rs.getReader({ mode: "other" }), TypeError);
});

test("tee gives both branches every chunk; the source is cancelled once both branches are", async () => {
  const reasons = [];
  const rs = new ReadableStream({
    start(c) {
      c.enqueue("a");
      c.enqueue("b");
      c.close();
    },
    cancel(reason) {
      reasons.push(reason);
    },
  });
  const [b1, b2] = rs.tee();
  assert(rs.locked && b1 instanceof ReadableStream && b2 instanceof ReadableStream);
  assertEquals(await readAll(b1), ["a", "b"]);
  assertEquals(await readAll(b2), ["a", "b"]);
  assertEquals(reasons, [], "a closed source is not cancelled");

  const infinite = new ReadableStream({
    pull(c) {
      c.enqueue(1);
    },
    cancel(reason) {
      reasons.push(reason);
    },
  });
  const [c1, c2] = infinite.tee();
  const first = c1.cancel("r1");
  await tick();
  assertEquals(reasons, [], "one branch cancelled: the source goes on");
  const reader2 = c2.getReader();
  assertEquals((await reader2.read()).value, 1);
  await Promise.all([first, reader2.cancel("r2")]);
  assertEquals(reasons, [["r1", "r2"]], "both cancelled: the source gets both reasons");

  // An error reaches both branches.
  let controller;
  const failing = new ReadableStream({ start(c) { controller = c; } });
  const [e1, e2] = failing.tee();
  controller.error(error1);
  assertEquals(await e1.getReader().closed.catch((e) => e), error1);
  assertEquals(await e2.getReader().closed.catch((e) => e), error1);
});

test("ReadableStream.from: async and sync iterables, promises in them, cancel calls return", async () => {
  async function* gen() {
    yield 1;
    yield 2;
  }
  assertEquals(await readAll(ReadableStream.from(gen())), [1, 2]);
  assertEquals(await readAll(ReadableStream.from([Promise.resolve("p"), "q"])), ["p", "q"]);
  assertEquals(await readAll(ReadableStream.from(new Set(["h", "i"]))), ["h", "i"]);
  assertThrows(() => ReadableStream.from("hi"), TypeError, "not an iterable object");
  assertThrows(() => ReadableStream.from({}), TypeError, "not iterable");
  assertThrows(() => ReadableStream.from({ [Symbol.iterator]: () => 1 }), TypeError);
  let returned = null;
  const iterable = {
    [Symbol.asyncIterator]() {
      return {
        next: () => Promise.resolve({ value: "v", done: false }),
        return(reason) {
          returned = reason;
          return Promise.resolve({ done: true });
        },
      };
    },
  };
  const rs = ReadableStream.from(iterable);
  const reader = rs.getReader();
  assertEquals((await reader.read()).value, "v");
  await reader.cancel("stop");
  assertEquals(returned, "stop");
  // A next() that rejects errors the stream.
  const broken = ReadableStream.from({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error1) }) });
  assertEquals(await broken.getReader().read().catch((e) => e), error1);
  // highWaterMark 0: nothing is pulled before a read.
  let nexts = 0;
  ReadableStream.from({ [Symbol.iterator]: () => ({ next: () => (nexts++, { done: true }) }) });
  await tick();
  assertEquals(nexts, 0);
});

test("async iteration: for await, break cancels, preventCancel keeps the stream", async () => {
  const make = (log) =>
    new ReadableStream({
      start(c) {
        c.enqueue(1);
        c.enqueue(2);
        c.enqueue(3);
        c.close();
      },
      cancel(reason) {
        log.push(["cancel", reason]);
      },
    });
  const log = [];
  const seen = [];
  for await (const v of make(log)) seen.push(v);
  assertEquals([seen, log], [[1, 2, 3], []]);
  const broken = make(log);
  for await (const v of broken) if (v === 1) break;
  assertEquals(log, [["cancel", undefined]]);
  assert(!broken.locked, "the iterator releases its reader");
  const kept = make(log);
  for await (const v of kept.values({ preventCancel: true })) if (v === 1) break;
  assertEquals(log.length, 1, "preventCancel: no cancel");
  assertEquals(await readAll(kept), [2, 3], "the rest is still there");
  const it = make([])[Symbol.asyncIterator]();
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert(Object.getPrototypeOf(Object.getPrototypeOf(it)) === AsyncIteratorPrototype);
  assertEquals([it.next.length, it.return.length], [0, 1]);
  const [a, b, c] = [it.next(), it.next(), it.return("r")];
  assertEquals([(await a).value, (await b).value, await c], [1, 2, { value: "r", done: true }]);
  assertEquals(await it.next(), { value: undefined, done: true });
  // An errored stream rejects the iteration.
  const failing = new ReadableStream({ start(c) { c.error(error1); } });
  await assertRejects(async () => {
    for await (const v of failing) void v;
  }, Error, "error1");
});

test("queuing strategies", () => {
  const count = new CountQueuingStrategy({ highWaterMark: 4 });
  const bytes = new ByteLengthQueuingStrategy({ highWaterMark: "16" });
  assertEquals([count.highWaterMark, bytes.highWaterMark], [4, 16]);
  assertEquals([count.size(), bytes.size(new Uint8Array(7))], [1, 7]);
  assert(count.size === new CountQueuingStrategy({ highWaterMark: 1 }).size, "one size function for all");
  assertEquals([count.size.name, bytes.size.name, count.size.length, bytes.size.length], ["size", "size", 0, 1]);
  assertThrows(() => new CountQueuingStrategy(), TypeError);
  assertThrows(() => new ByteLengthQueuingStrategy({}), TypeError, "highWaterMark");
  assertThrows(() => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, "highWaterMark").get.call({}), TypeError);
  assertEquals(Object.prototype.toString.call(count), "[object CountQueuingStrategy]");
  // A stream with a byte strategy counts bytes.
  let controller;
  new ReadableStream({ start(c) { controller = c; } }, bytes);
  controller.enqueue(new Uint8Array(10));
  assertEquals(controller.desiredSize, 6);
});

test("a script's replaced Promise does not reach a stream's bookkeeping", async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue("kept"); c.close(); } });
  const saved = globalThis.Promise;
  globalThis.Promise = function NotAPromise() {
    throw new Error("nano's streams used the script's Promise");
  };
  let result;
  try {
    result = rs.getReader().read();
  } finally {
    globalThis.Promise = saved;
  }
  assertEquals(await result, { value: "kept", done: false });
});

const utf8 = (s) => new TextEncoder().encode(s);

test("a Response's body is a stream of its bytes; reading it uses the body", async () => {
  assertEquals(new Response(null).body, null);
  assertEquals(new Response().body, null);
  const res = new Response("héllo");
  const body = res.body;
  assert(body instanceof ReadableStream && res.body === body, "one stream, made on first access");
  assert(!res.bodyUsed);
  const chunks = await readAll(body);
  assert(chunks.every((c) => c instanceof Uint8Array));
  assertEquals(new TextDecoder().decode(chunks[0]), "héllo");
  assert(res.bodyUsed, "a read stream is a used body");
  await assertRejects(() => res.text(), TypeError, "already been used");
  assertThrows(() => res.clone(), TypeError);
  // Consumed first: the stream shows it.
  const read = new Response("x");
  await read.text();
  assert(read.bodyUsed && read.body.locked);
  // A locked body cannot be read by text().
  const locked = new Response("y");
  locked.body.getReader();
  await assertRejects(() => locked.text(), TypeError);
});

test("new Response(res.body, res) keeps the body and the headers (Hono's re-wrap)", async () => {
  const original = new Response("kept body", { status: 201, headers: { "x-a": "1" } });
  const wrapped = new Response(original.body, original);
  assertEquals([wrapped.status, wrapped.headers.get("x-a")], [201, "1"]);
  assertEquals(await wrapped.text(), "kept body");
  assert(original.bodyUsed);
  assertThrows(() => new Response(original.body), TypeError, "locked or has already been read");
});

test("bodies from streams: chunks joined, a non-byte chunk rejected, clone tees", async () => {
  const stream = () => ReadableStream.from([utf8("ab"), utf8("c")]);
  assertEquals(await new Response(stream()).text(), "abc");
  assertEquals(await new Response(stream()).json().catch((e) => e.name), "SyntaxError");
  assertEquals([...(await new Response(stream()).bytes())], [97, 98, 99]);
  assertEquals((await new Response(stream()).arrayBuffer()).byteLength, 3);
  assertEquals(await (await new Response(stream()).blob()).text(), "abc");
  await assertRejects(() => new Response(ReadableStream.from(["not bytes"])).text(), TypeError, "Uint8Array");
  const res = new Response(stream(), { headers: { "content-type": "text/plain" } });
  assertEquals(res.headers.get("content-type"), "text/plain");
  const copy = res.clone();
  assertEquals(await Promise.all([res.text(), copy.text()]), ["abc", "abc"]);
  // A clone of a whole body made a stream: both halves read it.
  const whole = new Response("w");
  void whole.body;
  const twin = whole.clone();
  assertEquals([await whole.text(), await twin.text()], ["w", "w"]);
});

test("a Request's body is a stream too; new Request(request) takes it", async () => {
  assertEquals(new Request("http://x/").body, null);
  const req = new Request("http://x/", { method: "POST", body: ReadableStream.from([utf8("posted")]) });
  const moved = new Request(req);
  assert(req.bodyUsed, "the original gave its body away");
  assertEquals(await moved.text(), "posted");
  const post = new Request("http://x/", { method: "POST", body: "form=1" });
  const copy = post.clone();
  assertEquals(await readAll(post.body).then((c) => new TextDecoder().decode(c[0])), "form=1");
  assertEquals(await copy.text(), "form=1");
});

test("the incoming request's body reads as a stream", async ({ request }) => {
  // The harness's requests carry no body: a null body, as for a GET.
  assertEquals(request.body, null);
  assert(!request.bodyUsed);
});

test("IdentityTransformStream passes bytes; FixedLengthStream holds its length", async () => {
  const identity = new IdentityTransformStream();
  assert(identity instanceof TransformStream);
  const piped = ReadableStream.from([utf8("ab"), utf8("cd").buffer]).pipeThrough(identity);
  assertEquals(await new Response(piped).text(), "abcd");
  const strings = ReadableStream.from(["not bytes"]).pipeThrough(new IdentityTransformStream());
  await assertRejects(() => readAll(strings), TypeError, "ArrayBuffers or ArrayBuffer views");

  const exact = ReadableStream.from([utf8("12345")]).pipeThrough(new FixedLengthStream(5));
  assertEquals(await new Response(exact).text(), "12345");
  const long = ReadableStream.from([utf8("123456")]).pipeThrough(new FixedLengthStream(5));
  await assertRejects(() => readAll(long), TypeError, "more than the 5 bytes");
  const short = ReadableStream.from([utf8("12")]).pipeThrough(new FixedLengthStream(5));
  await assertRejects(() => readAll(short), TypeError, "closed after 2 of its 5 bytes");
  assertThrows(() => new FixedLengthStream(-1), TypeError);
  assertThrows(() => new FixedLengthStream("5"), TypeError);
  assertEquals(await new Response(ReadableStream.from([utf8("z")]).pipeThrough(new FixedLengthStream(1n))).text(), "z");
});

test("TextEncoderStream and TextDecoderStream round-trip text split anywhere", async () => {
  const text = "héllo 💙 wörld";
  const bytes = utf8(text);
  // Bytes split one by one: the decoder joins the sequences across chunks.
  const oneByOne = ReadableStream.from([...bytes].map((b) => new Uint8Array([b])));
  const decoded = await readAll(oneByOne.pipeThrough(new TextDecoderStream()));
  assertEquals(decoded.join(""), text);
  const encoded = await readAll(ReadableStream.from([text.slice(0, 7), text.slice(7)]).pipeThrough(new TextEncoderStream()));
  assertEquals(new TextDecoder().decode(await new Blob(encoded).arrayBuffer()), text);
  const fatal = new TextDecoderStream("utf-8", { fatal: true });
  assertEquals([fatal.encoding, fatal.fatal, fatal.ignoreBOM, new TextEncoderStream().encoding], ["utf-8", true, false, "utf-8"]);
  await assertRejects(() => readAll(ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(fatal)), TypeError);
});

test("a body of many queued chunks is read without deep recursion", async () => {
  const rs = new ReadableStream({
    start(c) {
      for (let i = 0; i < 10000; i++) c.enqueue(utf8("x"));
      c.close();
    },
  });
  assertEquals((await new Response(rs).text()).length, 10000);
});

// Byte streams (type: "bytes"): the byte controller, BYOB readers and
// requests (respond, respondWithNewView, min), transfers, auto-allocation,
// tee, and byte streams as bodies.

const bytes = (...values) => new Uint8Array(values);
const text = (view) => new TextDecoder().decode(view);

test("a default reader gets each enqueued chunk, its buffer transferred", async () => {
  let controller;
  const rs = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  assert(controller instanceof ReadableByteStreamController);
  assertEquals(controller.desiredSize, 0);
  const chunk = bytes(1, 2, 3);
  controller.enqueue(chunk);
  assertEquals(chunk.byteLength, 0, "the enqueued buffer is detached");
  assertEquals(controller.desiredSize, -3);
  const reader = rs.getReader();
  const { value, done } = await reader.read();
  assert(!done && value instanceof Uint8Array);
  assertEquals([...value], [1, 2, 3]);
  controller.close();
  assertEquals(await reader.read(), { value: undefined, done: true });
  assertThrows(() => controller.enqueue(bytes(1)), TypeError);
  assertThrows(() => controller.enqueue(new Uint8Array(0)), TypeError);
});

test("enqueue refuses what is not a view, an empty view, a detached buffer", () => {
  const rs = new ReadableStream({
    type: "bytes",
    start(c) {
      assertThrows(() => c.enqueue("str"), TypeError, "ArrayBufferView");
      assertThrows(() => c.enqueue(new Uint8Array(0)), TypeError, "empty");
      const view = bytes(1);
      view.buffer.transfer();
      assertThrows(() => c.enqueue(view), TypeError);
    },
  });
  assert(rs instanceof ReadableStream);
});

test("a BYOB read fills the reader's own buffer, through the request's view", async () => {
  const seen = [];
  const rs = new ReadableStream({
    type: "bytes",
    pull(c) {
      const req = c.byobRequest;
      assert(req instanceof ReadableStreamBYOBRequest);
      seen.push(req.view.byteLength);
      req.view[0] = 7;
      req.view[1] = 8;
      req.respond(2);
      assertEquals(c.byobRequest, null, "answered");
    },
  });
  const reader = rs.getReader({ mode: "byob" });
  assert(reader instanceof ReadableStreamBYOBReader);
  const mine = new Uint8Array(16);
  const { value, done } = await reader.read(mine);
  assert(!done);
  assertEquals(mine.byteLength, 0, "the reader's buffer is transferred");
  assertEquals(value.byteLength, 2);
  assertEquals(value.buffer.byteLength, 16, "into the same memory");
  assertEquals([...value], [7, 8]);
  assertEquals(seen, [16]);
});

test("respondWithNewView, and respond's checks", async () => {
  const rs = new ReadableStream({
    type: "bytes",
    pull(c) {
      const view = c.byobRequest.view;
      assertThrows(() => c.byobRequest.respond(0), TypeError);
      assertThrows(() => c.byobRequest.respond(view.byteLength + 1), RangeError);
      const filled = new Uint8Array(view.buffer, view.byteOffset, 3);
      filled.set([4, 5, 6]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  const { value } = await rs.getReader({ mode: "byob" }).read(new Uint8Array(8));
  assertEquals([...value], [4, 5, 6]);
});

test("min waits for that many elements; typed arrays get whole elements", async () => {
  let controller;
  const rs = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  const reader = rs.getReader({ mode: "byob" });
  const pending = reader.read(new Uint8Array(8), { min: 4 });
  controller.enqueue(bytes(1, 2));
  controller.enqueue(bytes(3, 4, 5));
  const { value } = await pending;
  assertEquals([...value], [1, 2, 3, 4, 5]);
  // Two bytes of a 16-bit element wait for each other.
  const wide = reader.read(new Uint16Array(2));
  controller.enqueue(bytes(1));
  controller.enqueue(bytes(0, 2, 0));
  const r16 = await wide;
  assert(r16.value instanceof Uint16Array);
  assertEquals([...r16.value], [1, 2]);
  await assertRejects(() => reader.read(new Uint8Array(4), { min: 0 }), TypeError, "min");
  await assertRejects(() => reader.read(new Uint8Array(4), { min: 5 }), RangeError, "min");
  await assertRejects(() => reader.read(new Uint8Array(0)), TypeError, "empty");
  await assertRejects(() => reader.read("x"), TypeError);
});

test("closing: a pending BYOB read ends with an empty view; a partial element errors", async () => {
  let controller;
  const rs = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  const reader = rs.getReader({ mode: "byob" });
  const pending = reader.read(new Uint8Array(4));
  controller.close();
  controller.byobRequest.respond(0);
  const { value, done } = await pending;
  assert(done && value instanceof Uint8Array && value.byteLength === 0);
  const rs2 = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  const reader2 = rs2.getReader({ mode: "byob" });
  const half = reader2.read(new Uint16Array(1));
  controller.enqueue(bytes(1));
  assertThrows(() => controller.close(), TypeError, "partial");
  await assertRejects(() => half, TypeError);
});

test("autoAllocateChunkSize gives a default reader's pull a BYOB request", async () => {
  const rs = new ReadableStream({
    type: "bytes",
    autoAllocateChunkSize: 10,
    pull(c) {
      const view = c.byobRequest.view;
      assertEquals(view.byteLength, 10);
      view.set([9, 9, 9]);
      c.byobRequest.respond(3);
    },
  });
  const { value } = await rs.getReader().read();
  assertEquals([...value], [9, 9, 9]);
  assertEquals(value.buffer.byteLength, 10);
});

test("cancel and error reach the source and the readers", async () => {
  const reasons = [];
  let controller;
  const rs = new ReadableStream({ type: "bytes", start(c) { controller = c; }, cancel(r) { reasons.push(r); } });
  const reader = rs.getReader({ mode: "byob" });
  const pending = reader.read(new Uint8Array(4));
  await reader.cancel("enough");
  assertEquals(reasons, ["enough"]);
  assertEquals((await pending).done, true);
  const rs2 = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  const reader2 = rs2.getReader({ mode: "byob" });
  const read2 = reader2.read(new Uint8Array(4));
  controller.error(new Error("broke"));
  await assertRejects(() => read2, Error, "broke");
  await assertRejects(() => reader2.closed, Error, "broke");
});

test("releaseLock rejects pending BYOB reads; a new reader reads on", async () => {
  let controller;
  const rs = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
  const reader = rs.getReader({ mode: "byob" });
  const pending = reader.read(new Uint8Array(4));
  reader.releaseLock();
  await assertRejects(() => pending, TypeError, "released");
  const next = rs.getReader();
  controller.enqueue(bytes(1, 2));
  assertEquals([...(await next.read()).value], [1, 2]);
});

test("tee of a byte stream gives byte branches each the bytes, BYOB on one", async () => {
  const rs = new ReadableStream({
    type: "bytes",
    start(c) {
      c.enqueue(new TextEncoder().encode("abc"));
      c.enqueue(new TextEncoder().encode("def"));
      c.close();
    },
  });
  const [a, b] = rs.tee();
  const byob = a.getReader({ mode: "byob" });
  let got = "";
  for (;;) {
    const { value, done } = await byob.read(new Uint8Array(2));
    if (done) break;
    got += text(value);
  }
  assertEquals(got, "abcdef");
  assertEquals(await new Response(b).text(), "abcdef");
});

test("a byte stream is a body, and pipes through a TransformStream", async () => {
  const source = () =>
    new ReadableStream({
      type: "bytes",
      start(c) {
        c.enqueue(new TextEncoder().encode("byte "));
        c.enqueue(new TextEncoder().encode("body"));
        c.close();
      },
    });
  assertEquals(await new Response(source()).text(), "byte body");
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(text(chunk).toUpperCase()); } });
  const out = [];
  for await (const s of source().pipeThrough(upper)) out.push(s);
  assertEquals(out.join(""), "BYTE BODY");
});

test("a WebAssembly memory's buffer cannot be enqueued (it cannot be transferred)", () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  new ReadableStream({
    type: "bytes",
    start(c) {
      assertThrows(() => c.enqueue(new Uint8Array(memory.buffer, 0, 4)), TypeError);
    },
  });
});

test("Event and EventTarget", () => {
  const t = new EventTarget();
  const seen = [];
  const listener = (e) => seen.push(e.type + ":" + (e.target === t));
  t.addEventListener("ping", listener);
  t.addEventListener("ping", listener); // duplicates are ignored
  t.addEventListener("ping", () => seen.push("once"), { once: true });
  t.addEventListener("ping", { handleEvent: () => seen.push("object") });
  assert(t.dispatchEvent(new Event("ping")));
  t.dispatchEvent(new Event("ping"));
  assertEquals(seen, ["ping:true", "once", "object", "ping:true", "object"]);
  t.removeEventListener("ping", listener);
  const e = new Event("x", { cancelable: true });
  t.addEventListener("x", (ev) => {
    ev.preventDefault();
    ev.stopImmediatePropagation();
  });
  t.addEventListener("x", () => seen.push("never"));
  assert(!t.dispatchEvent(e) && e.defaultPrevented && !seen.includes("never"));
  assertThrows(() => new Event(), TypeError);
  assertThrows(() => t.dispatchEvent({}), TypeError);
});
test("CustomEvent", () => {
  const e = new CustomEvent("c", { detail: { a: 1 } });
  assertEquals([e.type, e.detail.a, e instanceof Event], ["c", 1, true]);
});
test("AbortController and AbortSignal", () => {
  const c = new AbortController();
  let fired = 0;
  c.signal.onabort = () => fired++;
  c.signal.addEventListener("abort", () => fired++);
  assert(!c.signal.aborted);
  c.abort("why");
  c.abort("again");
  assertEquals([c.signal.aborted, c.signal.reason, fired], [true, "why", 2]);
  assertThrows(() => c.signal.throwIfAborted());
  const d = AbortSignal.abort();
  assertEquals(d.reason.name, "AbortError");
  const a = new AbortController();
  const any = AbortSignal.any([a.signal, new AbortController().signal]);
  a.abort(7);
  assertEquals([any.aborted, any.reason], [true, 7]);
  assertThrows(() => new AbortSignal(), TypeError);
});
test("AbortSignal.timeout fires through a timer", async () => {
  const s = AbortSignal.timeout(5);
  await new Promise((r) => s.addEventListener("abort", r));
  assertEquals(s.reason.name, "TimeoutError");
});
test("DOMException", () => {
  const e = new DOMException("msg", "NotFoundError");
  assertEquals([e.name, e.message, e.code, e instanceof Error], ["NotFoundError", "msg", 8, true]);
  assertEquals(DOMException.ABORT_ERR, 20);
  assertEquals(new DOMException("x").name, "Error");
  assert(String(e.stack).includes("msg"));
});
test("structuredClone", () => {
  const src = { a: [1, { b: new Date(5) }], m: new Map([[1, new Set([2])]]), u: new Uint8Array([1, 2]), r: /x/g };
  src.self = src;
  const c = structuredClone(src);
  assert(c !== src && c.self === c);
  assertEquals(c.a[1].b.getTime(), 5);
  assert(c.m.get(1).has(2) && c.u[1] === 2 && c.r.flags === "g");
  const err = structuredClone(new RangeError("bad"));
  assert(err instanceof RangeError && err.message === "bad");
  assertEquals(assertThrows(() => structuredClone(() => 1), DOMException).name, "DataCloneError");
  assertThrows(() => structuredClone(Symbol("s")), DOMException);
  assertThrows(() => structuredClone(new (class X {})()), DOMException);
  // Transferred buffers: the clone has the bytes, the originals are detached.
  const buffer = new Uint8Array([1, 2, 3]).buffer;
  const moved = structuredClone({ view: new Uint8Array(buffer, 1) }, { transfer: [buffer] });
  assertEquals([...moved.view], [2, 3]);
  assertEquals(buffer.byteLength, 0);
  assert(buffer.detached);
  assertThrows(() => structuredClone(buffer, { transfer: [buffer] }), DOMException, "detached");
  assertThrows(() => structuredClone(1, { transfer: [{}] }), DOMException, "only ArrayBuffers");
  const twice = new ArrayBuffer(1);
  assertThrows(() => structuredClone(1, { transfer: [twice, twice] }), DOMException, "twice");
});
test("timers run within the request", async () => {
  const order = [];
  await new Promise((resolve) => {
    setTimeout((x) => order.push("timeout " + x), 5, "arg");
    const cancelled = setTimeout(() => order.push("cancelled"), 1);
    clearTimeout(cancelled);
    let n = 0;
    const id = setInterval(() => {
      order.push("tick");
      if (++n === 3) {
        clearInterval(id);
        setTimeout(resolve, 10);
      }
    }, 1);
  });
  assertEquals(order.filter((x) => x === "tick").length, 3);
  assert(order.includes("timeout arg") && !order.includes("cancelled"));
  assertThrows(() => setTimeout("code string"), TypeError);
});
test("queueMicrotask runs before timers", async () => {
  const order = [];
  await new Promise((resolve) => {
    setTimeout(() => {
      order.push("timer");
      resolve();
    }, 0);
    queueMicrotask(() => order.push("micro"));
  });
  assertEquals(order, ["micro", "timer"]);
  assertThrows(() => queueMicrotask(1), TypeError);
});
test("performance, navigator, self", async () => {
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, 3));
  assert(performance.now() >= t0 + 2, "performance.now advances");
  assert(typeof performance.timeOrigin === "number");
  // The request's start, not when the snapshot was built (it used to be
  // frozen at build time): within a few seconds of the clock, and stable.
  assert(Math.abs(performance.timeOrigin - Date.now()) < 10_000, `timeOrigin ${performance.timeOrigin} vs now ${Date.now()}`);
  assertEquals(performance.timeOrigin, performance.timeOrigin);
  assert(navigator.userAgent.startsWith("nano/"));
  assert(self === globalThis);
});
test("reportError dispatches an error event", () => {
  let got = null;
  const handler = (e) => {
    got = e.error;
    e.preventDefault();
  };
  addEventListener("error", handler);
  reportError(new Error("reported"));
  removeEventListener("error", handler);
  assertEquals(got.message, "reported");
});
test("FetchEvent.respondWith twice is an InvalidStateError", () => {
  const event = new FetchEvent("fetch", { request: new Request("http://x/") });
  event.respondWith(new Response("one"));
  let caught = null;
  try {
    event.respondWith(new Response("two"));
  } catch (e) {
    caught = e;
  }
  assert(caught instanceof DOMException, `got ${caught}`);
  assertEquals(caught.name, "InvalidStateError");
});
test("AbortSignal.timeout aborts with a TimeoutError", async () => {
  const signal = AbortSignal.timeout(1);
  await new Promise((resolve) => signal.addEventListener("abort", resolve));
  assert(signal.aborted);
  assertEquals(signal.reason.name, "TimeoutError");
});

// The hostile requests of docs/reliability.md (scripts/hostile.sh), one per
// path; any other path is a normal request ("ok"). Each probe is what a
// hostile script would do; none is expected to succeed.
const ADD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97,
  100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);

// One memory of one page, exported as `m`, and grow(pages) (memory.grow).
const GROW = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7,
  12, 2, 4, 103, 114, 111, 119, 0, 0, 1, 109, 2, 0, 10, 8, 1, 6, 0, 32, 0, 64, 0, 11]);
const probes = {
  // One allocation larger than the heap.
  "huge-upper": () => "a".repeat(2 ** 29 - 24).toUpperCase(),
  "huge-stringify": () => JSON.stringify(Array(5e7).fill(1.5)),
  "huge-atob": () => atob("QUFB".repeat(2 ** 26)),
  "huge-clone": () => structuredClone(Array(2e7).fill(1)),
  "huge-encode": () => {
    const keep = [];
    for (;;) keep.push(new TextEncoder().encode("x".repeat(8 << 20)));
  },
  // Long native calls.
  "native-fill": () => new Array(1e9).fill(0),
  "native-replace": () => "x".repeat(2 ** 26).replace(/x/g, "yy"),
  "native-join": () => new Array(2 ** 25).join("ab"),
  // JavaScript runaways and bombs.
  "runaway": () => {
    for (;;);
  },
  "bomb": () => {
    const a = [];
    for (;;) a.push({ n: a.length });
  },
  // Response splitting through a polluted built-in (refused in the fresh
  // and reuse modes, where built-ins are frozen; checked by Rust in strict).
  "split-push": () => {
    const push = Array.prototype.push;
    Array.prototype.push = function (...items) {
      return push.apply(this, items.map((v) => (v === "b" ? "b\r\nx-injected: yes\r\nset-cookie: evil=1" : v)));
    };
    return new Response("x", { headers: { "x-a": "b" } });
  },
  "split-then": () => {
    const then = Promise.prototype.then;
    Promise.prototype.then = function (ok, fail) {
      return then.call(this, (v) => (v instanceof Response ? [1000, ["x-a"], "hi"] : ok ? ok(v) : v), fail);
    };
    return new Response("x");
  },
  // waitUntil that outlives the answer.
  "wait-until": (ctx) => {
    ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, 60_000)));
    return new Response("answered");
  },
  // 40 MiB per request: dead buffers must be collected, not fail requests.
  "dead-buffer": () => new Response(String(new Uint8Array(40 << 20).length)),
  // WebAssembly: 2 GiB of memory, a shared memory, asynchronous compilation.
  "wasm-memory": () => {
    const m = new WebAssembly.Memory({ initial: 32768 });
    new Uint8Array(m.buffer).fill(1);
  },
  // 16 memories of 60 MiB, each under the cap, each written: 960 MiB.
  "wasm-memories": () => {
    const kept = [];
    for (let i = 0; i < 16; i++) {
      const m = new WebAssembly.Memory({ initial: 960 });
      new Uint8Array(m.buffer).fill(1);
      kept.push(m);
    }
  },
  // The same grown from inside Wasm code, then written.
  "wasm-grown": () => {
    const module = new WebAssembly.Module(GROW);
    const kept = [];
    for (let i = 0; i < 16; i++) kept.push(new WebAssembly.Instance(module));
    for (const x of kept) {
      x.exports.grow(959);
      new Uint8Array(x.exports.m.buffer).fill(1);
    }
  },
  "wasm-shared": () => new Response(String(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer)),
  "wasm-compile": async () => {
    const { instance } = await WebAssembly.instantiate(ADD);
    return new Response(String(instance.exports.add(2, 3)));
  },
};

export default {
  async fetch(request, env, ctx) {
    const name = new URL(request.url).pathname.split("/").pop();
    const probe = probes[name];
    if (probe === undefined) return new Response("ok");
    const result = await probe(ctx);
    return result instanceof Response ? result : new Response("escaped");
  },
};

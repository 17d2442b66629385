// Exercised by tests/c/api_test.c through the C ABI, in isolates loaded from
// the snapshot. Each route checks one part of the Workers surface.

function check(failures, name, cond) {
  if (!cond) failures.push(name);
}

async function globals() {
  const f = [];
  // console: every method exists and formats without throwing.
  for (const m of ["log", "info", "warn", "error", "debug", "trace", "assert", "table", "time", "timeEnd", "count", "group", "groupEnd"]) {
    check(f, `console.${m}`, typeof console[m] === "function");
  }
  // TextEncoder / TextDecoder
  const enc = new TextEncoder();
  const bytes = enc.encode("héllo €");
  check(f, "TextEncoder.encode length", bytes.length === 10);
  check(f, "TextEncoder.encode bytes", bytes[1] === 0xc3 && bytes[2] === 0xa9);
  check(f, "TextEncoder lone surrogate", enc.encode("\ud800").join() === "239,191,189");
  const into = new Uint8Array(4);
  const r = enc.encodeInto("a€", into);
  check(f, "TextEncoder.encodeInto", r.read === 2 && r.written === 4);
  const short = enc.encodeInto("a€", new Uint8Array(3));
  check(f, "encodeInto keeps whole characters", short.read === 1 && short.written === 1);
  const dec = new TextDecoder();
  check(f, "TextDecoder.decode", dec.decode(bytes) === "héllo €");
  check(f, "TextDecoder BOM", dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) === "A");
  check(f, "TextDecoder ignoreBOM", new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) === "\ufeffA");
  check(f, "TextDecoder replacement", dec.decode(new Uint8Array([0x41, 0xff, 0x42])) === "A\ufffdB");
  let threw = false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]));
  } catch (e) {
    threw = e instanceof TypeError;
  }
  check(f, "TextDecoder fatal", threw);
  const s = new TextDecoder();
  const euro = enc.encode("€");
  check(f, "TextDecoder stream", s.decode(euro.subarray(0, 1), { stream: true }) === "" && s.decode(euro.subarray(1)) === "€");
  // Headers
  const h = new Headers({ "Content-Type": "text/plain" });
  h.append("Set-Cookie", "a=1");
  h.append("set-cookie", "b=2");
  h.append("X-B", "1");
  h.append("x-b", "2");
  check(f, "Headers.get case-insensitive", h.get("content-type") === "text/plain");
  check(f, "Headers.get combines", h.get("x-b") === "1, 2");
  check(f, "Headers.getSetCookie", h.getSetCookie().join("|") === "a=1|b=2");
  check(f, "Headers iteration sorted", [...h.keys()].join() === "content-type,set-cookie,set-cookie,x-b");
  h.delete("X-B");
  check(f, "Headers.delete", !h.has("x-b"));
  threw = false;
  try {
    h.set("bad name", "x");
  } catch (e) {
    threw = e instanceof TypeError;
  }
  check(f, "Headers invalid name", threw);
  // Request
  const req = new Request("https://example.com/a?b=1", { method: "post", body: "hi", headers: { "x-y": "z" } });
  check(f, "Request.method normalised", req.method === "POST");
  check(f, "Request.url", req.url === "https://example.com/a?b=1");
  check(f, "Request default content-type", req.headers.get("content-type") === "text/plain;charset=UTF-8");
  check(f, "Request.text", (await req.clone().text()) === "hi");
  check(f, "Request.bodyUsed", !req.bodyUsed && (await req.text()) === "hi" && req.bodyUsed);
  threw = false;
  try {
    new Request("https://x/", { method: "GET", body: "no" });
  } catch (e) {
    threw = e instanceof TypeError;
  }
  check(f, "Request GET with body", threw);
  threw = false;
  try {
    new Request("not a url");
  } catch (e) {
    threw = e instanceof TypeError;
  }
  check(f, "Request invalid URL", threw);
  // Response: text, JSON and bytes bodies
  const t = new Response("text body", { status: 201, statusText: "Created" });
  check(f, "Response status", t.status === 201 && t.statusText === "Created" && t.ok);
  check(f, "Response.text", (await t.text()) === "text body");
  const j = Response.json({ a: [1, 2] });
  check(f, "Response.json content-type", j.headers.get("content-type") === "application/json");
  check(f, "Response.json body", (await j.json()).a[1] === 2);
  const b = new Response(new Uint8Array([1, 2, 3]));
  const ab = await b.arrayBuffer();
  check(f, "Response.arrayBuffer", ab instanceof ArrayBuffer && ab.byteLength === 3);
  check(f, "Response.bytes", (await new Response(new Uint8Array([9])).bytes())[0] === 9);
  threw = false;
  try {
    new Response("x", { status: 99 });
  } catch (e) {
    threw = e instanceof RangeError;
  }
  check(f, "Response status range", threw);
  const redirect = Response.redirect("https://example.com/next", 301);
  check(f, "Response.redirect", redirect.status === 301 && redirect.headers.get("location") === "https://example.com/next");
  check(f, "Response.error", Response.error().type === "error" && Response.error().status === 0);
  let usedTwice = false;
  const once = new Response("once");
  await once.text();
  try {
    await once.text();
  } catch (e) {
    usedTwice = e instanceof TypeError;
  }
  check(f, "body used twice", usedTwice);
  // Globals are WebIDL-shaped.
  check(f, "globals not enumerable", !Object.keys(globalThis).includes("Response"));
  check(f, "toStringTag", Object.prototype.toString.call(new Headers()) === "[object Headers]");
  return f;
}

export default {
  async fetch(request, env, ctx) {
    const url = new Request(request.url).url;
    const path = url.slice(url.indexOf("/", 8));
    switch (path) {
      case "/globals": {
        const failures = await globals();
        return Response.json({ failures });
      }
      case "/echo": {
        const body = new Uint8Array(await request.arrayBuffer());
        const headers = new Headers();
        headers.append("x-method", request.method);
        headers.append("x-url", request.url);
        // Request headers in the order the host sent them: via internal
        // order-preserving copy through a Response.
        headers.append("x-header-names", [...request.headers.keys()].join(","));
        headers.append("x-accept", request.headers.get("accept") ?? "");
        headers.append("set-cookie", "a=1");
        headers.append("set-cookie", "b=2");
        headers.append("x-env", env.GREETING ?? "");
        return new Response(body, { status: 200, headers });
      }
      case "/json": {
        const data = await request.json();
        return Response.json({ sum: data.values.reduce((a, b) => a + b, 0), name: data.name });
      }
      case "/log": {
        console.log("hello %s, %d items %o", "world", 3, { a: [1, { b: 2 }] });
        console.warn("careful");
        console.error(new Error("shown with stack"));
        return new Response("logged");
      }
      case "/binary": {
        const out = new Uint8Array(256);
        for (let i = 0; i < 256; i++) out[i] = i;
        return new Response(out, { headers: { "content-type": "application/octet-stream" } });
      }
      case "/throw":
        throw new Error("thrown on purpose");
      case "/reject":
        await null;
        throw new TypeError("rejected on purpose");
      case "/not-a-response":
        return { status: 200 };
      case "/never":
        return new Promise(() => {});
      case "/status":
        return new Response(null, { status: 204 });
      default:
        return new Response("not found", { status: 404 });
    }
  },
};

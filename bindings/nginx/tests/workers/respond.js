// Responses shaped by the path after its mount point: /status/NNN, /redirect, /cookies, /throw,
// /reject, /spin (forever), /busy (200 ms of CPU), /wait (a 200 ms timer), /big/N (N bytes), /sleep (a minute's timer),
// /hog (memory until the limit), /log, /stream (a ReadableStream body; POST: the body piped through a
// TransformStream), /drip (two chunks 1.5 s apart), /endless[/slow] (64 KiB chunks for ever), /sized/N (N streamed
// bytes), /pieces (POST: how many chunks the body came in, and their bytes), /fixed/N (N bytes through a
// FixedLengthStream: a declared length).
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const [, , route, arg] = url.pathname.split("/"); // mounted at /PREFIX/
    switch (route) {
      case "status":
        return new Response(`status ${arg}\n`, { status: Number(arg), headers: { "x-status": arg } });
      case "redirect":
        return Response.redirect(`${url.origin}/status/200`, 302);
      case "cookies": {
        const headers = new Headers({ "content-type": "text/plain" });
        headers.append("set-cookie", "a=1; Path=/");
        headers.append("x-order", "first");
        headers.append("set-cookie", "b=2; HttpOnly");
        headers.append("x-order", "second");
        headers.append("set-cookie", "c=3");
        return new Response("cookies\n", { headers });
      }
      case "throw":
        throw new Error("thrown on purpose in respond.js");
      case "reject":
        return Promise.reject(new TypeError("rejected on purpose"));
      case "spin":
        for (;;) {}
      case "busy": {
        console.log("started /busy"); // tests order their steps by these lines
        const end = Date.now() + 200;
        while (Date.now() < end) {}
        return new Response("busy done\n");
      }
      case "wait":
        console.log("started /wait");
        await new Promise((resolve) => setTimeout(resolve, 200));
        return new Response("waited\n");
      case "stream": {
        // A body made across timers, and one piped through a TransformStream
        // from the request's own body: both arrive whole.
        if (request.method === "POST") {
          const upper = new TransformStream({
            transform(chunk, c) { c.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())); },
          });
          return new Response(request.body.pipeThrough(upper));
        }
        let n = 0;
        return new Response(new ReadableStream({
          async pull(c) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (++n > 3) c.close();
            else c.enqueue(new TextEncoder().encode(`part ${n}\n`));
          },
        }, { highWaterMark: 0 }));
      }
      case "fixed": {
        // A stream of a declared length: sent with Content-Length.
        const total = Number(arg);
        const { readable, writable } = new FixedLengthStream(total);
        (async () => {
          const w = writable.getWriter();
          for (let sent = 0; sent < total; sent += 1000) await w.write(new Uint8Array(Math.min(1000, total - sent)).fill(102));
          await w.close();
        })();
        return new Response(readable);
      }
      case "pieces": {
        // The request body read as it arrives: a slow upload comes in many
        // chunks (a body read whole first would be one).
        console.log("started /pieces");
        let chunks = 0;
        let bytes = 0;
        for await (const chunk of request.body) {
          chunks++;
          bytes += chunk.length;
        }
        return new Response(`chunks ${chunks} bytes ${bytes}\n`);
      }
      case "drip": {
        // A first chunk at once, the last 1.5 s later: the client has the
        // first long before the body ends.
        let n = 0;
        return new Response(new ReadableStream({
          async pull(c) {
            if (n > 0) await new Promise((resolve) => setTimeout(resolve, 1500));
            if (++n > 2) c.close();
            else c.enqueue(new TextEncoder().encode(`drip ${n}\n`));
          },
        }, { highWaterMark: 0 }));
      }
      case "endless": {
        // 64 KiB chunks for ever (arg: "slow" waits 1 ms between them); its
        // cancel says how far the client read.
        const chunk = new Uint8Array(64 << 10).fill(120);
        let sent = 0;
        return new Response(new ReadableStream({
          async pull(c) {
            if (arg === "slow") await new Promise((resolve) => setTimeout(resolve, 1));
            sent++;
            c.enqueue(chunk);
          },
          cancel() { console.warn(`endless stream cancelled after ${sent} chunks`); },
        }, { highWaterMark: 0 }));
      }
      case "sized": {
        // arg bytes in 64 KiB chunks, then the end.
        let left = Number(arg);
        return new Response(new ReadableStream({
          pull(c) {
            if (left <= 0) return c.close();
            const n = Math.min(left, 64 << 10);
            left -= n;
            c.enqueue(new Uint8Array(n).fill(97 + (left % 26)));
          },
        }, { highWaterMark: 0 }));
      }
      case "big":
        return new Response("0123456789".repeat(Math.ceil(Number(arg) / 10)).slice(0, Number(arg)));
      case "sleep":
        console.log("started /sleep");
        await new Promise((resolve) => setTimeout(resolve, 60_000));
        return new Response("woke up\n");
      case "hog": {
        const kept = [];
        for (;;) kept.push(new Array(100_000).fill(kept.length));
      }
      case "log":
        console.log("console line from respond.js", arg);
        console.error("console error from respond.js", arg);
        return new Response("logged\n");
      case "empty":
        return new Response(null, { status: 204 });
      default:
        return new Response("no such route\n", { status: 404 });
    }
  },
};

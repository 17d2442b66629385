// Responses shaped by the path after its mount point: /status/NNN, /redirect, /cookies, /throw,
// /reject, /spin (forever), /busy (200 ms of CPU), /wait (a 200 ms timer), /big/N (N bytes), /sleep (a minute's timer),
// /hog (memory until the limit), /log, /stream (a ReadableStream body; POST: the body piped through a
// TransformStream).
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
        const end = Date.now() + 200;
        while (Date.now() < end) {}
        return new Response("busy done\n");
      }
      case "wait":
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
      case "big":
        return new Response("0123456789".repeat(Math.ceil(Number(arg) / 10)).slice(0, Number(arg)));
      case "sleep":
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

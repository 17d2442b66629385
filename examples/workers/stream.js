// Streams a generated body: /gen/N sends N bytes made 64 KiB at a time as
// the client takes them; /pipe/N sends the same bytes through a
// TransformStream (each chunk passes through the script's transform()).
// The bytes cycle through "a".."z", one letter per chunk. POST /count reads
// the request body as it streams in and answers with its length.
const CHUNK = 64 << 10;
const letters = Array.from({ length: 26 }, (_, i) => new Uint8Array(CHUNK).fill(97 + i));

function source(total) {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(CHUNK, total - sent);
      const letter = letters[(sent / CHUNK) % 26];
      controller.enqueue(n === CHUNK ? letter : letter.subarray(0, n));
      sent += n;
    },
  }, { highWaterMark: 0 });
}

export default {
  async fetch(request) {
    const [, route, size] = new URL(request.url).pathname.split("/");
    if (route === "count" && request.body !== null) {
      let bytes = 0;
      for await (const chunk of request.body) bytes += chunk.byteLength;
      return new Response(`${bytes}\n`);
    }
    const total = Number(size);
    if (!Number.isSafeInteger(total) || total < 0) return new Response("size?\n", { status: 400 });
    const headers = { "content-type": "application/octet-stream" };
    if (route === "gen") return new Response(source(total), { headers });
    if (route === "pipe") {
      const through = new TransformStream({ transform(chunk, controller) { controller.enqueue(chunk); } });
      return new Response(source(total).pipeThrough(through), { headers });
    }
    return new Response("routes: /gen/N, /pipe/N, POST /count\n", { status: 404 });
  },
};

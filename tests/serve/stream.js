// The streaming worker tests/serve.rs runs under `nano serve`.
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/echo") {
      // Each chunk of the request body back as it arrives.
      return new Response(request.body);
    }
    if (url.pathname === "/forever") {
      // A body that never ends: stopped when the client goes.
      const x = new TextEncoder().encode("x".repeat(1024));
      return new Response(
        new ReadableStream({
          async pull(c) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            c.enqueue(x);
          },
        }),
      );
    }
    return new Response("plain");
  },
};

// The smallest Workers script: answers every request with a greeting.
export default {
  async fetch(request, env, ctx) {
    return new Response(`Hello from nano! You asked for ${request.method} ${request.url}\n`, {
      headers: { "content-type": "text/plain;charset=UTF-8", "x-powered-by": "nano" },
    });
  },
};

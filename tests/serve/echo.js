// The worker tests/serve.rs runs under `nano serve`.
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/big") return new Response(new Uint8Array(40 << 20));
    if (url.pathname === "/spin") for (;;);
    if (url.pathname === "/throw") throw new Error("thrown on purpose");
    if (url.pathname === "/slow") await new Promise((resolve) => setTimeout(resolve, 3000));
    const body = (await request.text()).length;
    return new Response(`${request.method} ${request.url} host=${request.headers.get("host")} body=${body}`);
  },
};

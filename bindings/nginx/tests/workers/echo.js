// Echoes the request as the script sees it: method, URL, headers in order,
// the body's length, a SHA-256 of it and (when short) its text.
export default {
  async fetch(request, env) {
    const body = new Uint8Array(await request.arrayBuffer());
    const digest = await crypto.subtle.digest("SHA-256", body);
    return Response.json({
      method: request.method,
      url: request.url,
      headers: [...request.headers],
      bodyLength: body.length,
      bodySha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join(""),
      body: body.length <= 256 ? new TextDecoder().decode(body) : null,
      greeting: env.GREETING ?? null,
    });
  },
};

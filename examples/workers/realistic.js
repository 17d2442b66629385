// A Worker of realistic shape: a router, JSON in and out, an HMAC-signed
// webhook, form parsing, a subrequest through the host, and ctx.waitUntil.
// Bindings: WEBHOOK_SECRET (string), UPSTREAM (base URL of the upstream API).

const items = [
  { id: 1, name: "kettle", price: 25 },
  { id: 2, name: "teapot", price: 40 },
];

function json(data, status = 200) {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

async function hmacHex(secret, body) {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", key, enc.encode(body));
  return Array.from(new Uint8Array(sig), (b) => b.toString(16).padStart(2, "0")).join("");
}

const routes = {
  "GET /": () => new Response("<h1>nano</h1>", { headers: { "content-type": "text/html;charset=UTF-8" } }),

  "GET /api/items": ({ url }) => {
    const max = Number(url.searchParams.get("max") ?? Infinity);
    return json(items.filter((i) => i.price <= max));
  },

  "POST /api/items": async ({ request }) => {
    let body;
    try {
      body = await request.json();
    } catch {
      return json({ error: "body must be JSON" }, 400);
    }
    if (typeof body.name !== "string" || typeof body.price !== "number") {
      return json({ error: "name (string) and price (number) are required" }, 422);
    }
    return json({ id: items.length + 1, name: body.name, price: body.price }, 201);
  },

  "POST /webhook": async ({ request, env }) => {
    const body = await request.text();
    const given = request.headers.get("x-signature") ?? "";
    const expected = await hmacHex(env.WEBHOOK_SECRET, body);
    const enc = new TextEncoder();
    const ok = given.length === expected.length && crypto.subtle.timingSafeEqual(enc.encode(given), enc.encode(expected));
    if (!ok) return json({ error: "bad signature" }, 401);
    return json({ accepted: JSON.parse(body).event });
  },

  "POST /form": async ({ request }) => {
    const form = await request.formData();
    const file = form.get("avatar");
    return json({
      name: form.get("name"),
      tags: form.getAll("tag"),
      avatar: file instanceof File ? { name: file.name, size: file.size, type: file.type } : null,
    });
  },

  "GET /proxy": async ({ env, ctx }) => {
    const upstream = await fetch(new URL("/data", env.UPSTREAM), { headers: { accept: "application/json" } });
    if (!upstream.ok) return json({ error: `upstream answered ${upstream.status}` }, 502);
    const data = await upstream.json();
    ctx.waitUntil(
      fetch(new URL("/analytics", env.UPSTREAM), { method: "POST", body: JSON.stringify({ route: "/proxy" }) }),
    );
    return json({ upstream: data, total: data.values.reduce((a, b) => a + b, 0) });
  },
};

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return json({ error: `no route for ${request.method} ${url.pathname}` }, 404);
    return route({ request, env, ctx, url });
  },
};

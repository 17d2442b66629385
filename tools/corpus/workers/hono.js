import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { jwt, sign } from "hono/jwt";
import { secureHeaders } from "hono/secure-headers";
import { getCookie, setCookie } from "hono/cookie";
import { prettyJSON } from "hono/pretty-json";
import { requestId } from "hono/request-id";
import { timing } from "hono/timing";
import { validator } from "hono/validator";

const SECRET = "corpus-secret";
const app = new Hono();
app.use("/api/*", cors({ origin: "https://example.com" }));
app.use("/secure/*", secureHeaders());
app.use("/etag/*", etag());
app.use("/auth/*", basicAuth({ username: "ann", password: "pw" }));
app.use("/jwt/*", jwt({ secret: SECRET, alg: "HS256" }));
app.use("/misc/*", timing(), prettyJSON(), requestId());
app.get("/", (c) => c.text("hono home"));
app.get("/misc/cookie", (c) => {
  setCookie(c, "seen", "yes", { path: "/", httpOnly: true });
  return c.json({ before: getCookie(c, "seen") ?? null });
});
app.post(
  "/misc/validated",
  validator("json", (value, c) => (typeof value.name === "string" ? value : c.text("name required", 400))),
  (c) => c.json({ name: c.req.valid("json").name }),
);
app.get("/api/users/:id", (c) => c.json({ id: c.req.param("id"), q: c.req.query("q") ?? null }));
app.get("/secure/page", (c) => c.html("<p>secure</p>"));
app.get("/etag/doc", (c) => c.text("etagged body"));
// A stream body: etag hashes a clone of it (a tee), secureHeaders re-wraps
// the response with new Response(c.res.body, c.res).
app.use("/etag/stream", secureHeaders());
app.get("/etag/stream", (c) => {
  const parts = ["streamed ", "etagged ", "body"];
  return c.body(new ReadableStream({
    async pull(ctl) {
      await new Promise((r) => setTimeout(r, 1));
      if (parts.length === 0) ctl.close();
      else ctl.enqueue(new TextEncoder().encode(parts.shift()));
    },
  }));
});
app.get("/auth/me", (c) => c.text("hello ann"));
app.get("/token", async (c) => c.text(await sign({ sub: "ann", exp: 4102444800 }, SECRET, "HS256")));
app.get("/jwt/me", (c) => c.json({ sub: c.get("jwtPayload").sub }));
app.post("/api/echo", async (c) => c.json({ got: await c.req.json() }));
app.notFound((c) => c.text("no route", 404));
export default app;

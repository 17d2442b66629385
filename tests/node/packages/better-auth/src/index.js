// better-auth fixture: email/password sign-up then sign-in against better-auth's memoryAdapter.
// POST /api/auth/* goes to better-auth's own handler (users kept in a module-level in-memory db, so sign-in
// works in a later request of the same isolate). GET /flow runs sign-up -> sign-in -> get-session inside one
// request on a fresh db and returns a deterministic summary (usable where module state resets per request).
import { betterAuth } from "better-auth";
// Not "better-auth/adapters/memory": that file is only `export * from "@better-auth/memory-adapter"`, and with
// "sideEffects": false plus better-auth's own dynamic import of the adapter, esbuild (0.28.2, as wrangler 4.164
// bundles) lazily wraps the adapter module and never calls its init from the re-export -> "memoryAdapter is not
// a function" at run time (esbuild issues #1490/#3357 family). Importing the adapter package directly avoids it.
import { memoryAdapter } from "@better-auth/memory-adapter";

const BASE_URL = "http://localhost";

function makeAuth(db) {
  return betterAuth({
    baseURL: BASE_URL,
    secret: "nano-fixture-secret-0123456789abcdef0123456789abcdef",
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    rateLimit: { enabled: false },
  });
}

const emptyDb = () => ({ user: [], session: [], account: [], verification: [] });

// Built lazily: nothing random or timer-related at module top level.
let shared;
function sharedAuth() {
  shared ??= makeAuth(emptyDb());
  return shared;
}

function post(path, body, headers = {}) {
  return new Request(BASE_URL + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function flow() {
  const db = emptyDb();
  const auth = makeAuth(db);
  const creds = { email: "ada@example.com", password: "correct-horse-battery", name: "Ada" };
  const signUp = await auth.handler(post("/api/auth/sign-up/email", creds));
  const signUpBody = await signUp.json();
  const dup = await auth.handler(post("/api/auth/sign-up/email", creds));
  const signIn = await auth.handler(post("/api/auth/sign-in/email", { email: creds.email, password: creds.password }));
  const signInBody = await signIn.json();
  const cookie = signIn.headers.get("set-cookie") ?? "";
  const bad = await auth.handler(post("/api/auth/sign-in/email", { email: creds.email, password: "wrong-password" }));
  const badBody = await bad.json();
  const session = await auth.handler(
    new Request(BASE_URL + "/api/auth/get-session", { headers: { cookie: cookie.split(";")[0] } }),
  );
  const sessionBody = await session.json();
  return {
    signUp: { status: signUp.status, email: signUpBody.user?.email, name: signUpBody.user?.name, hasToken: !!signUpBody.token },
    duplicate: { status: dup.status, code: (await dup.json()).code },
    signIn: {
      status: signIn.status,
      email: signInBody.user?.email,
      hasToken: typeof signInBody.token === "string" && signInBody.token.length > 0,
      cookieName: cookie.split("=")[0],
    },
    wrongPassword: { status: bad.status, code: badBody.code },
    session: { status: session.status, email: sessionBody?.user?.email, sameUser: sessionBody?.user?.id === signInBody.user?.id },
    db: { users: db.user.length, accounts: db.account.length, sessions: db.session.length, passwordHashed: !db.account[0]?.password?.includes(creds.password) },
  };
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/flow") return Response.json(await flow());
    if (url.pathname.startsWith("/api/auth/")) {
      // Re-root the request on BASE_URL so the handler matches whatever host/port the test server uses.
      return sharedAuth().handler(new Request(BASE_URL + url.pathname + url.search, request));
    }
    return new Response("not found\n", { status: 404 });
  },
};

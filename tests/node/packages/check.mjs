// Serves each app's dist/index.js under the pinned real workerd (tools/node_modules/@cloudflare/workerd-linux-64),
// sends the fixed requests below, and compares the responses with <app>/expected.txt.
//   node check.mjs [--update] [app ...]     --update rewrites expected.txt from what workerd answers
// Responses are normalized only where values are random or time-based (better-auth ids/tokens/dates).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const WORKERD = path.join(ROOT, "tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd");

// Node's fetch sends sec-fetch-mode: cors, so better-auth's CSRF check wants an Origin (its baseURL's, as a browser would).
// A fixed user-agent: better-auth stores it in the session that get-session returns.
const json = { "content-type": "application/json", origin: "http://localhost", "user-agent": "nano-fixture-check" };
const authNormalize = (text) =>
  text
    .replace(/"(token|id|userId)":"[^"]+"/g, '"$1":"<random>"')
    .replace(/"(createdAt|updatedAt|expiresAt)":"[^"]+"/g, '"$1":"<date>"')
    .replace(/better-auth\.session_token=[^;]+/g, "better-auth.session_token=<token>.<signature>");

export const REQUESTS = {
  "better-auth": [
    { path: "/flow" },
    { method: "POST", path: "/api/auth/sign-up/email", headers: json, body: '{"email":"bob@example.com","password":"hunter2hunter2","name":"Bob"}', show: ["set-cookie"], normalize: authNormalize },
    { method: "POST", path: "/api/auth/sign-up/email", headers: json, body: '{"email":"bob@example.com","password":"hunter2hunter2","name":"Bob"}' },
    { method: "POST", path: "/api/auth/sign-in/email", headers: json, body: '{"email":"bob@example.com","password":"hunter2hunter2"}', show: ["set-cookie"], normalize: authNormalize, saveCookie: true },
    { method: "POST", path: "/api/auth/sign-in/email", headers: json, body: '{"email":"bob@example.com","password":"wrong-password"}' },
    { path: "/api/auth/get-session", headers: { "user-agent": "nano-fixture-check" }, useCookie: true, normalize: authNormalize },
  ],
  "hono-context-storage": [
    { path: "/ctx", headers: { "x-request-id": "r1" } },
    { path: "/ctx" },
    { path: "/outside" },
    // Overlapping requests: A sleeps longer than B, so their continuations interleave.
    { parallel: [{ path: "/slow?ms=60", headers: { "x-request-id": "A" } }, { path: "/slow?ms=20", headers: { "x-request-id": "B" } }] },
  ],
  jsonwebtoken: [{ path: "/hs256" }, { path: "/rs256" }, { path: "/errors" }],
  jose: [{ path: "/rs256" }, { path: "/ps256" }, { path: "/es256" }, { path: "/eddsa" }, { path: "/jwe-rsa" }, { path: "/jwe-ecdh" }],
  bcryptjs: [
    { path: "/hash" },
    { path: "/hash?pw=hunter2" },
    { path: "/compare?pw=hunter2&hash=%242b%2404%24abcdefghijklmnopqrstuuV3duMsC0HpUex6N9qapiuOHHWkwRXVm" },
    { path: "/compare?pw=nope&hash=%242b%2404%24abcdefghijklmnopqrstuuV3duMsC0HpUex6N9qapiuOHHWkwRXVm" },
  ],
  logger: [{ path: "/log", headers: { "x-request-id": "abc" } }, { path: "/pipe" }],
  events: [{ path: "/cache" }],
  "react-ssr": [
    { path: "/", show: ["x-als"] },
    { path: "/stream", show: ["x-als"] },
    { path: "/string" },
  ],
};

function describe(req, status, headers, body) {
  let out = `### ${req.method ?? "GET"} ${req.path}\n`;
  for (const [k, v] of Object.entries(req.headers ?? {})) out += `${k}: ${v}\n`;
  if (req.useCookie) out += "cookie: <better-auth.session_token from the sign-in above>\n";
  if (req.body) out += `\n${req.body}\n`;
  out += `=> ${status}; content-type: ${headers.get("content-type") ?? "(none)"}\n`;
  for (const h of req.show ?? []) out += `=> ${h}: ${req.normalize ? req.normalize(headers.get(h) ?? "(none)") : headers.get(h) ?? "(none)"}\n`;
  out += (req.normalize ? req.normalize(body) : body).replace(/\n?$/, "\n");
  return out;
}

async function send(base, req, state) {
  const headers = { ...(req.headers ?? {}) };
  if (req.useCookie) headers.cookie = state.cookie;
  const res = await fetch(base + req.path, { method: req.method ?? "GET", headers, body: req.body });
  const body = await res.text();
  if (req.saveCookie) state.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  return describe(req, res.status, res.headers, body);
}

async function waitListening(proc, log) {
  for (let i = 0; i < 100; i++) {
    if (log.text.includes("Listening on")) return;
    if (proc.exitCode !== null) throw new Error(`workerd exited: ${log.text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`workerd did not start: ${log.text}`);
}

export async function runApp(app, port) {
  const log = { text: "" };
  const proc = spawn(WORKERD, ["serve", "workerd.capnp", "--socket-addr", `http=127.0.0.1:${port}`], { cwd: path.join(ROOT, app) });
  proc.stdout.on("data", (d) => (log.text += d));
  proc.stderr.on("data", (d) => (log.text += d));
  try {
    await waitListening(proc, log);
    const base = `http://127.0.0.1:${port}`;
    const state = {};
    let out = `# ${app}: responses of dist/index.js under workerd (compat 2026-11-01, nodejs_compat); see ../check.mjs\n\n`;
    for (const req of REQUESTS[app]) {
      if (req.parallel) {
        out += "## sent in parallel:\n";
        for (const r of await Promise.all(req.parallel.map((r) => send(base, r, state)))) out += r + "\n";
      } else {
        out += (await send(base, req, state)) + "\n";
      }
    }
    return { out, log: log.text };
  } finally {
    proc.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes("--update");
  const apps = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  let port = 18800;
  let failed = 0;
  const selected = apps.length ? apps : Object.keys(REQUESTS);
  for (const app of selected) {
    const { out, log } = await runApp(app, port++);
    const file = path.join(ROOT, app, "expected.txt");
    const errors = log.split("\n").filter((l) => /error|exception/i.test(l));
    if (update) {
      fs.writeFileSync(file, out);
      console.log(`${app}: wrote expected.txt${errors.length ? `; workerd log errors:\n  ${errors.join("\n  ")}` : ""}`);
    } else if (fs.readFileSync(file, "utf8") === out && !errors.length) {
      console.log(`${app}: ok`);
    } else {
      failed++;
      console.log(`${app}: MISMATCH${errors.length ? ` (workerd errors: ${errors.join(" | ")})` : ""}`);
      fs.writeFileSync(path.join(ROOT, app, "actual.txt"), out);
    }
  }
  if (!update) console.log(`${selected.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

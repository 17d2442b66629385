// hono + hono/context-storage fixture: a middleware stores c in an AsyncLocalStorage (node:async_hooks);
// helpers deep in the call stack read getContext() after awaits, a setTimeout, and in parallel requests.
import { Hono } from "hono";
import { contextStorage, getContext, tryGetContext } from "hono/context-storage";

const app = new Hono();
app.use(contextStorage());
app.use(async (c, next) => {
  c.set("requestId", c.req.header("x-request-id") ?? "anon");
  await next();
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Three levels deep, no context passed in.
async function level3() {
  await sleep(5);
  const c = getContext();
  return `${c.var.requestId}@${c.req.path}`;
}
async function level2() {
  await Promise.resolve();
  return level3();
}
async function level1() {
  const before = getContext().var.requestId;
  const deep = await level2();
  return { before, deep };
}
function viaTimeout(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(getContext().var.requestId), ms));
}

app.get("/ctx", async (c) => {
  const { before, deep } = await level1();
  const timeout = await viaTimeout(10);
  const microtask = await new Promise((resolve) => queueMicrotask(() => resolve(getContext().var.requestId)));
  return c.json({ before, deep, timeout, microtask, after: getContext().var.requestId });
});

// Slow route: two overlapping requests with different ids must each see their own context.
app.get("/slow", async (c) => {
  const ms = Number(c.req.query("ms") ?? "50");
  await sleep(ms);
  const id = await viaTimeout(ms);
  return c.json({ id, deep: await level3() });
});

app.get("/outside", (c) => c.json({ outside: outsideResult }));

// Outside any request the store is empty.
const outsideResult = tryGetContext() === undefined ? "no-context" : "leaked";

export default app;

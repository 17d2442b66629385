// The functions the host calls: install the script's handler at
// registration, then `dispatch` one request per fresh context (main.js
// re-exports them for Rust).
import { console } from "../web/console.js";
import { eventState, globalTarget, listenerCount } from "../web/dom.js";
import { FetchEvent, fetchEventResponse } from "../web/events.js";
import { incomingRequest, isResponse, serializeResponse } from "../web/fetch.js";
import { PromisePrototypeCatch, PromisePrototypeThen, safePush } from "./primordials.js";
import { seedRandom } from "./random.js";
import { defineGlobal, finishClass } from "./util.js";
import { wrapWebAssembly } from "../web/wasm.js";
import { nodeHooks } from "./node_hooks.js";

// Captured before any script runs: a request may replace the globals.
const { apply } = Reflect;
const SafePromise = Promise;
const { all: PromiseAll, reject: PromiseReject, resolve: PromiseResolve } = Promise;
const promiseResolve = (v) => apply(PromiseResolve, SafePromise, [v]);
const promiseReject = (e) => apply(PromiseReject, SafePromise, [e]);

let handler = null; // { fetch, thisArg } for modules, or "listeners"
let bindingList = []; // [name, value, ...]: each request gets its own env

class ExecutionContext {
  #waitUntil;
  constructor(waitUntil) {
    this.#waitUntil = waitUntil;
  }
  waitUntil(promise) {
    this.#waitUntil(promise);
  }
  passThroughOnException() {}
}
finishClass(ExecutionContext, "ExecutionContext");

// `bindings`: a flat [name, value, ...] list of the script's string bindings;
// `node`: the script has Node.js compatibility.
let node = false;
export const setEnv = (bindings, classic, nodeCompat = false) => {
  // Before the script first runs: its top level may use WebAssembly.
  wrapWebAssembly(!sharedMemory);
  bindingList = [...bindings];
  node = nodeCompat === true && nodeHooks() !== null;
  if (node) nodeHooks().installNodeGlobals(bindingList);
  // Service-worker scripts see their bindings as globals, as on Workers.
  if (classic) for (let i = 0; i < bindings.length; i += 2) defineGlobal(bindings[i], bindings[i + 1]);
};

const newEnv = () => {
  const env = Object.create(null);
  for (let i = 0; i < bindingList.length; i += 2) env[bindingList[i]] = bindingList[i + 1];
  return Object.freeze(env);
};

// RegExp's legacy statics (RegExp.$1, lastMatch) live in the context, so the
// snapshot would carry the last match made while building it into every
// request's context: clear them once the bootstrap and the script have run.
const clearRegExpStatics = () => /(?:)/.exec("");

// Lockdown, as on Workers: no shared memory (and so no Atomics.wait). V8
// installs SharedArrayBuffer again in every new context, so dispatch removes
// it each time too.
let sharedMemory = true;
export const removeSharedMemory = () => {
  sharedMemory = false;
  delete globalThis.SharedArrayBuffer;
};

// Called once after the script has run: finds its fetch handler.
export const installHandler = (namespace) => {
  clearRegExpStatics();
  const dflt = namespace === null ? undefined : namespace.default;
  if (dflt !== undefined && dflt !== null) {
    if (typeof dflt.fetch !== "function") {
      throw new TypeError("The script's default export has no fetch() method");
    }
    handler = { fetch: dflt.fetch, thisArg: dflt };
    return;
  }
  if (listenerCount(globalTarget, "fetch") > 0) {
    handler = "listeners";
    return;
  }
  throw new TypeError(
    "The script has no fetch handler: export default { fetch(request, env, ctx) { ... } } " +
      "or call addEventListener('fetch', ...)",
  );
};

const waitUntilPromises = [];

// After each request: its waitUntil work is over (ended by the host), and in
// the default mode its module instance is gone with its handler.
export const resetDispatch = (keepHandler) => {
  waitUntilPromises.length = 0;
  if (!keepHandler) handler = null;
};
function waitUntil(promise) {
  safePush(
    waitUntilPromises,
    PromisePrototypeCatch(promiseResolve(promise), (err) => console.error("Uncaught (in waitUntil)", err)),
  );
}

function toResult(response) {
  if (!isResponse(response)) {
    const what = response === null ? "null" : typeof response === "object" ? Object.prototype.toString.call(response) : typeof response;
    throw new TypeError(`The fetch handler must return a Response (or a promise of one), got ${what}`);
  }
  return serializeResponse(response);
}

// (method, url, [name, value, ...], body: Uint8Array | null) -> Promise of
// [status, [name, value, ...], body: null | string | Uint8Array].
// r0..r3: random words for Math.random's new seed.
export const dispatch = (method, url, flatHeaders, body, r0, r1, r2, r3) => {
  seedRandom(r0, r1, r2, r3);
  if (!sharedMemory) delete globalThis.SharedArrayBuffer;
  wrapWebAssembly(!sharedMemory);
  if (node) nodeHooks().beginNodeRequest(bindingList);
  const request = incomingRequest(method, url, flatHeaders, body);
  if (handler === null) return promiseReject(new TypeError("No fetch handler is installed"));
  if (handler === "listeners") {
    const event = new FetchEvent("fetch", { request, waitUntil });
    eventState.markTrusted(event);
    globalTarget.dispatchEvent(event);
    const response = fetchEventResponse(event);
    if (response === null) return promiseReject(new TypeError("No fetch listener called respondWith()"));
    return PromisePrototypeThen(response, toResult);
  }
  try {
    const ctx = new ExecutionContext(waitUntil);
    return PromisePrototypeThen(promiseResolve(apply(handler.fetch, handler.thisArg, [request, newEnv(), ctx])), toResult);
  } catch (err) {
    return promiseReject(err);
  }
};

// Promise settled once every ctx.waitUntil() promise of this request has,
// or null when there is none.
export const pendingWork = () =>
  waitUntilPromises.length === 0 ? null : apply(PromiseAll, SafePromise, [waitUntilPromises]);

clearRegExpStatics();

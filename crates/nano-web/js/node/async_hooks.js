// node:async_hooks: AsyncLocalStorage and AsyncResource over V8's
// continuation-preserved embedder data (one value per execution context,
// carried by V8 into every promise reaction; nano's timers, microtasks and
// events capture and restore it). That value is a *frame*: a Map from each
// AsyncLocalStorage to its store, never changed once published (a change
// makes a new Map), so a continuation holding a frame sees it as it was.
// `undefined` is the empty frame. The hooks API (createHook, async ids) is
// what workerd offers: inert stand-ins, since nano tracks no async resources.
import { asyncContextGet, asyncContextSet } from "nano:natives";
import {
  ERR_INVALID_ASYNC_ID,
  validateFunction,
  validateObject,
  validateString,
} from "./internal/errors.js";

const { apply } = Reflect;
const { defineProperty } = Object;
const SafeMap = Map;
const MapGet = Map.prototype.get;
const MapHas = Map.prototype.has;
const MapSet = Map.prototype.set;
const MapDelete = Map.prototype.delete;
const MapSize = Object.getOwnPropertyDescriptor(Map.prototype, "size").get;

// ---- Frames (also for nano's other node modules: capture here, run there later) ----

export const captureContext = () => asyncContextGet();

export const runInContext = (frame, fn, thisArg, args) => {
  const prev = asyncContextGet();
  asyncContextSet(frame);
  try {
    return apply(fn, thisArg, args);
  } finally {
    asyncContextSet(prev);
  }
};

// The current frame with `storage` mapped to `store` (a copy).
const frameWith = (storage, store) => {
  const current = asyncContextGet();
  const next = current === undefined ? new SafeMap() : new SafeMap(current);
  apply(MapSet, next, [storage, store]);
  return next;
};

// The current frame without `storage` (a copy; the same frame if absent).
const frameWithout = (storage) => {
  const current = asyncContextGet();
  if (current === undefined || !apply(MapHas, current, [storage])) return current;
  const next = new SafeMap(current);
  apply(MapDelete, next, [storage]);
  return apply(MapSize, next, []) === 0 ? undefined : next;
};

// ---- Async ids: nano tracks no async resources; an AsyncResource gets a
// number of its own, which executionAsyncId() answers while its
// runInAsyncScope() runs (synchronously), else 0 (as workerd) ----

let nextAsyncId = 1;
// The AsyncResources whose runInAsyncScope() is on the stack, innermost last.
let scopes = [];

// After each request: the ids a request saw do not tell the next how many
// resources it made.
export const resetNodeState = () => {
  nextAsyncId = 1;
  if (scopes.length !== 0) scopes = [];
};

export const executionAsyncId = () => (scopes.length === 0 ? 0 : scopes[scopes.length - 1].asyncId());
export const triggerAsyncId = () => (scopes.length === 0 ? 0 : scopes[scopes.length - 1].triggerAsyncId());
export const executionAsyncResource = () => (scopes.length === 0 ? { __proto__: null } : scopes[scopes.length - 1]);

class AsyncHook {
  enable() {
    return this;
  }
  disable() {
    return this;
  }
}

// No callback is ever called: nano has no async resources to report (as
// workerd, which returns such an object for packages that create hooks at
// load time).
export function createHook(callbacks = undefined) {
  if (callbacks !== undefined) validateObject(callbacks, "callbacks");
  for (const name of ["init", "before", "after", "destroy", "promiseResolve"]) {
    if (callbacks?.[name] !== undefined && typeof callbacks[name] !== "function") {
      validateFunction(callbacks[name], `hook.${name}`);
    }
  }
  return new AsyncHook();
}

// Node's provider names; all 0 here, as in workerd (none is ever used).
export const asyncWrapProviders = Object.freeze(
  Object.fromEntries(
    [
      "NONE", "DIRHANDLE", "DNSCHANNEL", "ELDHISTOGRAM", "FILEHANDLE", "FILEHANDLECLOSEREQ", "BLOBREADER",
      "FSEVENTWRAP", "FSREQCALLBACK", "FSREQPROMISE", "GETADDRINFOREQWRAP", "GETNAMEINFOREQWRAP", "HEAPSNAPSHOT",
      "HTTP2SESSION", "HTTP2STREAM", "HTTP2PING", "HTTP2SETTINGS", "HTTPINCOMINGMESSAGE", "HTTPCLIENTREQUEST",
      "JSSTREAM", "JSUDPWRAP", "MESSAGEPORT", "PIPECONNECTWRAP", "PIPESERVERWRAP", "PIPEWRAP", "PROCESSWRAP",
      "PROMISE", "QUERYWRAP", "SHUTDOWNWRAP", "SIGNALWRAP", "STATWATCHER", "STREAMPIPE", "TCPCONNECTWRAP",
      "TCPSERVERWRAP", "TCPWRAP", "TTYWRAP", "UDPSENDWRAP", "UDPWRAP", "SIGINTWATCHDOG", "WORKER",
      "WORKERHEAPSNAPSHOT", "WRITEWRAP", "ZLIB",
    ].map((name) => [name, 0]),
  ),
);

// ---- AsyncResource ----

export class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;

  constructor(type, opts = {}) {
    // Node checks for an empty type only while an init hook is enabled:
    // here none ever is.
    validateString(type, "type");
    // A number is the old form of { triggerAsyncId }.
    let trigger = typeof opts === "number" ? opts : opts?.triggerAsyncId;
    if (trigger === undefined) trigger = executionAsyncId();
    if (!Number.isSafeInteger(trigger) || trigger < -1) throw new ERR_INVALID_ASYNC_ID("triggerAsyncId", trigger);
    this.#frame = asyncContextGet();
    this.#asyncId = nextAsyncId++;
    this.#triggerAsyncId = trigger;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const depth = scopes.length;
    scopes.push(this);
    try {
      return runInContext(this.#frame, fn, thisArg, args);
    } finally {
      scopes.length = depth;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  // `fn` run in this resource's context; `thisArg` fixed if given, else the
  // caller's `this` passes through.
  bind(fn, thisArg = undefined) {
    validateFunction(fn, "fn");
    let resource = this;
    const bound =
      thisArg === undefined
        ? function (...args) {
            return resource.runInAsyncScope(fn, this, ...args);
          }
        : (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    defineProperty(bound, "length", { value: fn.length, writable: false, enumerable: false, configurable: true });
    defineProperty(bound, "asyncResource", {
      get() {
        return resource;
      },
      set(value) {
        resource = value;
      },
      enumerable: true,
      configurable: true,
    });
    return bound;
  }

  static bind(fn, type = undefined, thisArg = undefined) {
    type = type || fn?.name;
    return new AsyncResource(type || "bound-anonymous-fn").bind(fn, thisArg);
  }
}

// ---- AsyncLocalStorage ----

export class AsyncLocalStorage {
  #enabled = false;
  #name;
  #defaultValue;

  constructor(options = {}) {
    validateObject(options, "options");
    this.#name = options.name === undefined ? "" : String(options.name);
    this.#defaultValue = options.defaultValue;
  }

  get name() {
    return this.#name;
  }

  // `fn` to be called later in the context current now.
  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  // A function that calls what it is given in the context current now.
  static snapshot() {
    const frame = asyncContextGet();
    return (fn, ...args) => runInContext(frame, fn, undefined, args);
  }

  // Node's disable(): getStore() answers undefined until the next run() or
  // enterWith(), here or in any context.
  disable() {
    this.#enabled = false;
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const frame = asyncContextGet();
    if (frame === undefined || !apply(MapHas, frame, [this])) return this.#defaultValue;
    return apply(MapGet, frame, [this]);
  }

  // The rest of this synchronous execution, and what it schedules, sees `store`.
  enterWith(store) {
    this.#enabled = true;
    asyncContextSet(frameWith(this, store));
  }

  // `callback` (and what it schedules) sees `store`. Afterwards only this
  // storage is put back, as Node does: another's enterWith() inside stays.
  run(store, callback, ...args) {
    this.#enabled = true;
    return this.#within(frameWith(this, store), callback, args);
  }

  // `callback` (and what it schedules) runs outside of this storage.
  exit(callback, ...args) {
    if (!this.#enabled) return apply(callback, null, args);
    return this.#within(frameWithout(this), callback, args);
  }

  #within(frame, callback, args) {
    const before = asyncContextGet();
    const had = before !== undefined && apply(MapHas, before, [this]);
    const prior = had ? apply(MapGet, before, [this]) : undefined;
    asyncContextSet(frame);
    try {
      return apply(callback, null, args);
    } finally {
      // Unchanged inside: the frame from before, without a copy.
      if (asyncContextGet() === frame) asyncContextSet(before);
      else asyncContextSet(had ? frameWith(this, prior) : frameWithout(this));
    }
  }
}

export default {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};

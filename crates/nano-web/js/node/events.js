// node:events: EventEmitter as Node has it, plus the module's functions
// (once, on, getEventListeners, ...). EventEmitter is a plain function, not
// a class: packages still write `EventEmitter.call(this)` with
// util.inherits, which a class constructor would refuse. Its state lives in
// the own properties Node uses (`_events`, `_eventsCount`, `_maxListeners`),
// which packages read directly.
import { AsyncResource } from "./async_hooks.js";
import {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_UNHANDLED_ERROR,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} from "./internal/errors.js";
import { onAbort } from "./internal/abort_reaction.js";
import { isAbortSignal } from "../web/abort.js";
import { console } from "../web/console.js";
import { EventTarget, listenerCount as targetListenerCount, listenersSave, reportError } from "../web/dom.js";

const { apply, getPrototypeOf, ownKeys } = Reflect;
const { defineProperty, setPrototypeOf } = Object;
const SafeError = Error;
const SafePromise = Promise;
const SafeWeakMap = WeakMap;
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const AsyncIteratorPrototype = getPrototypeOf(getPrototypeOf(async function* () {}).prototype);
const warnOut = console.warn;

const kCapture = Symbol("kCapture");
export const errorMonitor = Symbol("events.errorMonitor");
export const captureRejectionSymbol = Symbol.for("nodejs.rejection");
const kInspectCustom = Symbol.for("nodejs.util.inspect.custom");
const DEFAULT_MAX_LISTENERS = 10;

// ---- Settings a script may change (accessors over these; resetNodeState puts them back) ----
// (Exported: `import { defaultMaxListeners } from "node:events"` is a live binding.)
export let defaultMaxListeners = DEFAULT_MAX_LISTENERS;
export let captureRejections = false;
// EventTarget -> its max listeners (Node keeps it on the target; nano's
// EventTarget has no such slot). Replaced, not cleared, by the reset.
let targetMaxListeners = new SafeWeakMap();
let targetMaxListenersSet = false; // whether the map holds anything

export const resetNodeState = () => {
  defaultMaxListeners = DEFAULT_MAX_LISTENERS;
  captureRejections = false;
  if (targetMaxListenersSet) {
    targetMaxListenersSet = false;
    targetMaxListeners = new SafeWeakMap();
  }
};

// ---- Hooks wired once at bootstrap (a second call throws: a script that
// imports this module must not redirect what later requests do) ----
const setOnce = (current, name) => {
  if (current !== null) throw new SafeError(`events: ${name}() was already called`);
};
// process.emitWarning (node:process imports this module, not the reverse).
let warningSink = null;
export const setWarningSink = (fn) => {
  setOnce(warningSink, "setWarningSink");
  validateFunction(fn, "fn");
  warningSink = fn;
};
// A warning (an Error whose `name` is its type), for other node modules too.
export const emitNodeWarning = (warning) => {
  if (warningSink !== null) {
    warningSink(warning);
    return;
  }
  warnOut(`(node) ${warning.name}: ${warning.message}`);
};
// util.inspect, once node:util exists; until then a small stand-in.
let inspector = null;
export const setInspect = (fn) => {
  setOnce(inspector, "setInspect");
  validateFunction(fn, "fn");
  inspector = fn;
};

// Enough of util.inspect for the messages of ERR_UNHANDLED_ERROR.
const quote = (s) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/'/g, "\\'")}'`);
const inspectValue = (value, depth = 2) => {
  if (inspector !== null) return inspector(value);
  switch (typeof value) {
    case "string":
      return quote(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return `[Function: ${value.name || "(anonymous)"}]`;
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "object":
      break;
    default:
      return String(value);
  }
  if (value === null) return "null";
  if (typeof value[kInspectCustom] === "function") {
    const shown = value[kInspectCustom](depth, {}, inspectValue);
    return typeof shown === "string" ? shown : inspectValue(shown, depth);
  }
  if (depth < 0) return Array.isArray(value) ? "[Array]" : "[Object]";
  if (Array.isArray(value)) {
    return value.length === 0 ? "[]" : `[ ${value.map((v) => inspectValue(v, depth - 1)).join(", ")} ]`;
  }
  const keys = Object.keys(value);
  const proto = getPrototypeOf(value);
  const name = proto === null ? "[Object: null prototype]" : proto === Object.prototype ? "" : (proto.constructor?.name ?? "");
  const body = keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k)}: ${inspectValue(value[k], depth - 1)}`);
  const inner = body.length === 0 ? "{}" : `{ ${body.join(", ")} }`;
  return name ? `${name} ${inner}` : inner;
};

// ---- EventEmitter ----

const checkListener = (listener) => validateFunction(listener, "listener");

const validateMaxListeners = (n, name) => validateNumber(n, name, 0);

export function EventEmitter(opts) {
  apply(initEmitter, this, [opts]);
}

function initEmitter(opts) {
  const proto = getPrototypeOf(this);
  if (this._events === undefined || (proto !== null && this._events === proto._events)) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, "options.captureRejections");
    this[kCapture] = true;
  } else {
    this[kCapture] = captureRejections;
  }
}

const maxListenersOf = (emitter) => (emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners);

// A rejection of a promise a listener returned, with captureRejections on:
// to the emitter's [Symbol.for('nodejs.rejection')] method, else an 'error'
// event (which, unhandled, is an uncaught exception).
// (An emitter never initialised, as util.inherits without the constructor
// call makes, follows EventEmitter.captureRejections.)
const addCatch = (emitter, result, type, args) => {
  if (!(emitter[kCapture] ?? captureRejections)) return;
  try {
    const then = result.then;
    if (typeof then !== "function") return;
    apply(then, result, [
      undefined,
      (err) => {
        try {
          if (typeof emitter[captureRejectionSymbol] === "function") {
            apply(emitter[captureRejectionSymbol], emitter, [err, type, ...args]);
            return;
          }
          const prev = emitter[kCapture];
          try {
            emitter[kCapture] = false;
            emitter.emit("error", err);
          } finally {
            emitter[kCapture] = prev;
          }
        } catch (thrown) {
          reportError(thrown);
        }
      },
    ]);
  } catch (err) {
    emitter.emit("error", err);
  }
};

const unhandledError = (er) => {
  if (er instanceof SafeError) return er;
  let shown;
  try {
    shown = inspectValue(er);
  } catch {
    shown = String(er);
  }
  // errors.js quotes a string argument; anything else is shown as String()
  // gives it, so the text made here goes in as an object.
  const err = new ERR_UNHANDLED_ERROR({ toString: () => shown });
  err.context = er;
  return err;
};

function emit(type, ...args) {
  let doError = type === "error";
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throw unhandledError(args[0]);
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === "function") {
    const result = apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // A copy: listeners added or removed meanwhile do not change this emit.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = apply(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
}

const leakWarning = (emitter, type, count, max) => {
  const name = emitter?.constructor?.name || "Object";
  const w = new SafeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to [${name}]. ` +
      `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
  );
  w.name = "MaxListenersExceededWarning";
  w.emitter = emitter;
  w.type = type;
  w.count = count;
  emitNodeWarning(w);
};

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit("newListener", type, listener.listener ?? listener);
      events = target._events; // a newListener listener may have replaced it
    }
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list;
  if (typeof existing === "function") {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }
  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    leakWarning(target, type, list.length, max);
  }
  return target;
}

// once(): a wrapper that removes itself before calling the listener;
// `.listener` leads back to it (listeners(), removeListener()).
const onceWrap = (target, type, listener) => {
  let fired = false;
  function wrapped(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapped);
    return apply(listener, target, args);
  }
  wrapped.listener = listener;
  return wrapped;
};

const listenersOf = (target, type, unwrap) => {
  const events = target._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === "function") return unwrap ? [found.listener ?? found] : [found];
  return unwrap ? found.map((l) => l.listener ?? l) : found.slice();
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const found = events[type];
  if (typeof found === "function") {
    if (listener != null) return listener === found || listener === found.listener ? 1 : 0;
    return 1;
  }
  if (found === undefined) return 0;
  if (listener == null) return found.length;
  let n = 0;
  for (let i = 0; i < found.length; i++) if (found[i] === listener || found[i].listener === listener) n++;
  return n;
}

const methods = {
  setMaxListeners(n) {
    validateMaxListeners(n, "setMaxListeners");
    this._maxListeners = n;
    return this;
  },
  getMaxListeners() {
    return maxListenersOf(this);
  },
  emit,
  addListener(type, listener) {
    return addListener(this, type, listener, false);
  },
  prependListener(type, listener) {
    return addListener(this, type, listener, true);
  },
  once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
  },
  prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  },
  removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener !== undefined) this.emit("removeListener", type, list.listener ?? listener);
      }
      return this;
    }
    if (typeof list === "function") return this;
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
    return this;
  },
  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    const all = arguments.length === 0;
    // Nobody listens for removals: drop the lists at once.
    if (events.removeListener === undefined) {
      if (all) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
      }
      return this;
    }
    if (all) {
      for (const key of ownKeys(events)) {
        if (key !== "removeListener") this.removeAllListeners(key);
      }
      this.removeAllListeners("removeListener");
      this._events = { __proto__: null };
      this._eventsCount = 0;
      return this;
    }
    const listeners = events[type];
    if (typeof listeners === "function") {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // Last first, as Node does (the removeListener events come in that order).
      for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  },
  listeners(type) {
    return listenersOf(this, type, true);
  },
  rawListeners(type) {
    return listenersOf(this, type, false);
  },
  listenerCount,
  eventNames() {
    return this._eventsCount > 0 ? ownKeys(this._events) : [];
  },
};
// In Node's order; the aliases are the same functions, as in Node.
const order = ["setMaxListeners", "getMaxListeners", "emit", "addListener", "on", "prependListener", "once",
  "prependOnceListener", "removeListener", "off", "removeAllListeners", "listeners", "rawListeners", "listenerCount",
  "eventNames"];
methods.on = methods.addListener;
methods.off = methods.removeListener;
// Enumerable, as Node's (assigned one by one to the prototype) are. (Once
// the realm freezes the prototype, it turns these into accessors that an
// assignment on an emitter or a subclass prototype can still shadow.)
for (const key of order) {
  defineProperty(EventEmitter.prototype, key, { value: methods[key], writable: true, enumerable: true, configurable: true });
}

// ---- Static functions ----

const isEventTarget = (obj) => obj instanceof EventTarget;

// Listening on an EventEmitter or an EventTarget alike.
const addAgnosticListener = (emitter, name, listener, once) => {
  if (typeof emitter.on === "function") {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === "function") {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw new ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
  }
};
const removeAgnosticListener = (emitter, name, listener) => {
  if (typeof emitter.removeListener === "function") emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === "function") emitter.removeEventListener(name, listener);
  else throw new ERR_INVALID_ARG_TYPE("emitter", "EventEmitter", emitter);
};

// An async function as Node's: bad arguments reject, never throw.
export async function once(emitter, name, options = {}) {
  validateObject(options, "options");
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new SafePromise((resolve, reject) => {
    let cancelAbort = null;
    const errorListener = (err) => {
      removeAgnosticListener(emitter, name, resolver);
      cancelAbort?.();
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
      cancelAbort?.();
      resolve(args);
    };
    addAgnosticListener(emitter, name, resolver, true);
    // An 'error' event rejects, unless 'error' is the event awaited
    // (EventTargets have no such convention).
    if (name !== "error" && typeof emitter.once === "function") emitter.once("error", errorListener);
    if (signal !== undefined) {
      cancelAbort = onAbort(signal, () => {
        removeAgnosticListener(emitter, name, resolver);
        if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
        reject(new AbortError(undefined, { cause: signal.reason }));
      });
    }
  });
}

export function on(emitter, event, options = {}) {
  validateObject(options, "options");
  const signal = options.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, "options.highWaterMark", 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, "options.lowWaterMark", 1);
  const closeEvents = options.close ?? [];

  const events = []; // argument lists not yet taken
  const waiting = []; // { resolve, reject } of next() calls not yet answered
  let error = null;
  let finished = false;
  let paused = false;
  const removers = [];
  const listen = (name, fn) => {
    addAgnosticListener(emitter, name, fn, false);
    removers.push(() => removeAgnosticListener(emitter, name, fn));
  };

  const done = () => ({ value: undefined, done: true });
  const closeHandler = () => {
    for (const remove of removers.splice(0)) remove();
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(done());
    return PromiseResolve(done());
  };
  const errorHandler = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    closeHandler();
  };
  const eventHandler = (...args) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    events.push(args);
    if (events.length > highWaterMark && !paused && typeof emitter.pause === "function") {
      paused = true;
      emitter.pause();
    }
  };

  const iterator = setPrototypeOf(
    {
      next() {
        if (events.length > 0) {
          const value = events.shift();
          if (paused && events.length < lowWaterMark && typeof emitter.resume === "function") {
            emitter.resume();
            paused = false;
          }
          return PromiseResolve({ value, done: false });
        }
        if (error !== null) {
          const p = PromiseReject(error);
          error = null;
          return p;
        }
        if (finished) return closeHandler();
        return new SafePromise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return() {
        return closeHandler();
      },
      throw(err) {
        if (!err || !(err instanceof SafeError)) throw new ERR_INVALID_ARG_TYPE("EventEmitter.AsyncIterator", "Error", err);
        errorHandler(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    },
    AsyncIteratorPrototype,
  );

  listen(event, eventHandler);
  if (event !== "error" && typeof emitter.on === "function") listen("error", errorHandler);
  for (const name of closeEvents) listen(name, closeHandler);
  if (signal !== undefined) {
    removers.push(onAbort(signal, () => errorHandler(new AbortError(undefined, { cause: signal.reason }))));
  }
  return iterator;
}

export function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === "function") return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const list = listenersSave(emitterOrTarget).lists.get(String(type));
    return list === undefined ? [] : list.map((l) => l.callback);
  }
  throw new ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

export function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === "function") return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    // An AbortSignal is expected to have many listeners: no limit, as in Node.
    const set = apply(WeakMapGet, targetMaxListeners, [emitterOrTarget]);
    return set ?? (isAbortSignal(emitterOrTarget) ? 0 : DEFAULT_MAX_LISTENERS);
  }
  throw new ERR_INVALID_ARG_TYPE("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

export function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateMaxListeners(n, "setMaxListeners");
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      apply(WeakMapSet, targetMaxListeners, [target, n]);
      targetMaxListenersSet = true;
    }
    else if (typeof target?.setMaxListeners === "function") target.setMaxListeners(n);
    else throw new ERR_INVALID_ARG_TYPE("eventTargets", ["EventEmitter", "EventTarget"], target);
  }
}

// Deprecated in Node (DEP0033): emitter.listenerCount(type) instead.
function listenerCountStatic(emitter, type) {
  if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
  if (isEventTarget(emitter)) return targetListenerCount(emitter, String(type));
  return apply(listenerCount, emitter, [type]);
}

// `listener` runs once when `signal` aborts (at once, in a microtask, if it
// has), even if an abort listener stops the event's propagation.
export function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateFunction(listener, "listener");
  let remove = null;
  if (signal.aborted) PromiseResolve().then(() => listener());
  else remove = onAbort(signal, listener);
  return {
    __proto__: null,
    [Symbol.dispose]() {
      remove?.();
    },
  };
}

// ---- EventEmitterAsyncResource: events emitted in the scope of an AsyncResource ----

const asyncResources = new SafeWeakMap(); // emitter -> its AsyncResource

class EventEmitterReferencingAsyncResource extends AsyncResource {
  #emitter;
  constructor(emitter, type, options) {
    super(type, options);
    this.#emitter = emitter;
  }
  get eventEmitter() {
    return this.#emitter;
  }
}

export class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === "string") {
      name = options;
      options = undefined;
    } else {
      // The base class itself needs a name; a subclass defaults to its own.
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, "options.name");
      name = options?.name || new.target.name;
    }
    super(options);
    apply(WeakMapSet, asyncResources, [this, new EventEmitterReferencingAsyncResource(this, name, options)]);
  }
  emit(event, ...args) {
    const resource = this.asyncResource;
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }
  emitDestroy() {
    this.asyncResource.emitDestroy();
  }
  get asyncId() {
    return this.asyncResource.asyncId();
  }
  get triggerAsyncId() {
    return this.asyncResource.triggerAsyncId();
  }
  get asyncResource() {
    const resource = apply(WeakMapGet, asyncResources, [this]);
    if (resource === undefined) throw new ERR_INVALID_THIS("EventEmitterAsyncResource");
    return resource;
  }
}

// ---- EventEmitter's static properties (Node's module.exports) ----

export const usingDomains = false;

// In Node's order, the settings as accessors over the module's variables.
const accessors = {
  captureRejections: {
    get() {
      return captureRejections;
    },
    set(value) {
      validateBoolean(value, "EventEmitter.captureRejections");
      captureRejections = value;
    },
  },
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateMaxListeners(value, "defaultMaxListeners");
      defaultMaxListeners = value;
    },
  },
};
const statics = {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  EventEmitter,
  usingDomains,
  captureRejectionSymbol,
  captureRejections: accessors.captureRejections,
  EventEmitterAsyncResource,
  errorMonitor,
  defaultMaxListeners: accessors.defaultMaxListeners,
  setMaxListeners,
  init: initEmitter,
  listenerCount: listenerCountStatic,
};
for (const key of ownKeys(statics)) {
  if (key in accessors) defineProperty(EventEmitter, key, { ...accessors[key], enumerable: true, configurable: true });
  else defineProperty(EventEmitter, key, { value: statics[key], writable: true, enumerable: true, configurable: true });
}

export { listenerCountStatic as listenerCount, initEmitter as init };
export default EventEmitter;

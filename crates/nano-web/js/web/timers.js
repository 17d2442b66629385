// Timers (living within the request that made them), queueMicrotask,
// performance, navigator and structuredClone.
import { asyncContextGet, asyncContextSet, now, timeOrigin, timerCancel, timerStart } from "nano:natives";
import { Blob } from "./blob.js";
import { DOMException, reportError } from "./dom.js";
import { defineGlobal, isDetachedBuffer, transferBuffer } from "../nano/util.js";

const timers = new Map(); // id -> { callback, args, repeat, delay }
let nextTimerId = 1;

// After each request (the host has dropped its side): ids restart, so a
// request cannot count the timers an earlier one made.
export const resetTimers = () => {
  timers.clear();
  nextTimerId = 1;
};

// Each timer keeps the async context it was made in (AsyncLocalStorage's
// store follows it into the callback).
export const setTimer = (callback, delay, repeat, args = []) => {
  const id = nextTimerId++;
  const ms = Math.max(0, Number(delay) || 0);
  timers.set(id, { callback, args, repeat, delay: ms, context: asyncContextGet() });
  timerStart(id, ms);
  return id;
};

function setTimeout(callback, delay = 0, ...args) {
  if (typeof callback !== "function") throw new TypeError("setTimeout: the callback must be a function (strings are not evaluated)");
  return setTimer(callback, delay, false, args);
}
function setInterval(callback, delay = 0, ...args) {
  if (typeof callback !== "function") throw new TypeError("setInterval: the callback must be a function (strings are not evaluated)");
  return setTimer(callback, delay, true, args);
}
export function clearTimer(id) {
  id = Number(id);
  if (timers.delete(id)) timerCancel(id);
}

export const fireTimer = (id) => {
  const t = timers.get(id);
  if (t === undefined) return;
  if (t.repeat) timerStart(id, Math.max(t.delay, 1));
  else timers.delete(id);
  asyncContextSet(t.context);
  try {
    t.callback(...t.args);
  } catch (err) {
    reportError(err);
  } finally {
    asyncContextSet(undefined);
  }
};

function queueMicrotask(callback) {
  if (typeof callback !== "function") throw new TypeError("queueMicrotask: the callback must be a function");
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      reportError(err);
    }
  });
}


export const performance = {
  // When the current request started (asked of the host each time: a value
  // kept here would be the time the snapshot was built).
  get timeOrigin() {
    return timeOrigin();
  },
  now: () => now(),
  toJSON() {
    return { timeOrigin: this.timeOrigin };
  },
};

const navigator = { userAgent: "nano/0.1", language: "en", languages: ["en"], hardwareConcurrency: 1 };

// The structured clone algorithm for the types a worker handles.
function cloneValue(value, memory) {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    if (typeof value === "symbol") throw new DOMException("Symbol values cannot be cloned", "DataCloneError");
    return value;
  }
  if (typeof value === "function") throw new DOMException(`${value.name || "function"} could not be cloned`, "DataCloneError");
  if (memory.has(value)) return memory.get(value);
  let out;
  const save = (v) => {
    memory.set(value, v);
    return v;
  };
  if (value instanceof Boolean) return save(new Boolean(value.valueOf()));
  if (value instanceof Number) return save(new Number(value.valueOf()));
  if (value instanceof String) return save(new String(value.valueOf()));
  if (value instanceof Date) return save(new Date(value.getTime()));
  if (value instanceof RegExp) return save(new RegExp(value.source, value.flags));
  if (value instanceof ArrayBuffer) return save(value.slice(0));
  if (ArrayBuffer.isView(value)) {
    const buffer = cloneValue(value.buffer, memory);
    const Ctor = value.constructor;
    if (value instanceof DataView) return save(new DataView(buffer, value.byteOffset, value.byteLength));
    return save(new Ctor(buffer, value.byteOffset, value.length));
  }
  if (value instanceof Map) {
    out = save(new Map());
    for (const [k, v] of value) out.set(cloneValue(k, memory), cloneValue(v, memory));
    return out;
  }
  if (value instanceof Set) {
    out = save(new Set());
    for (const v of value) out.add(cloneValue(v, memory));
    return out;
  }
  if (value instanceof Error) {
    const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[value.name] ?? Error;
    out = save(new Ctor(value.message));
    if (value.stack !== undefined) out.stack = String(value.stack);
    if ("cause" in value) out.cause = cloneValue(value.cause, memory);
    return out;
  }
  if (value instanceof Blob) return save(value.slice(0, value.size, value.type));
  if (Array.isArray(value)) {
    out = save(new Array(value.length));
    for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new DOMException(`${Object.prototype.toString.call(value)} could not be cloned`, "DataCloneError");
  }
  out = save({});
  for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memory);
  return out;
}


// `transfer`: ArrayBuffers only (the one transferable a worker has). The
// clone gets their bytes (copied: observably the same as a move) and they
// are detached afterwards, as the standard's transfer does.
function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw new TypeError("structuredClone: 1 argument required");
  const transfer = options === undefined || options === null ? [] : [...(options.transfer ?? [])];
  const seen = new Set();
  for (const buffer of transfer) {
    if (!(buffer instanceof ArrayBuffer)) {
      throw new DOMException("structuredClone: only ArrayBuffers can be transferred", "DataCloneError");
    }
    if (seen.has(buffer)) throw new DOMException("structuredClone: an ArrayBuffer is transferred twice", "DataCloneError");
    if (isDetachedBuffer(buffer)) throw new DOMException("structuredClone: an ArrayBuffer is detached", "DataCloneError");
    seen.add(buffer);
  }
  const out = cloneValue(value, new Map());
  for (const buffer of transfer) {
    try {
      transferBuffer(buffer);
    } catch {
      throw new DOMException("structuredClone: an ArrayBuffer cannot be transferred", "DataCloneError");
    }
  }
  return out;
}

defineGlobal("setTimeout", setTimeout);
defineGlobal("setInterval", setInterval);
defineGlobal("clearTimeout", clearTimer);
defineGlobal("clearInterval", clearTimer);
defineGlobal("queueMicrotask", queueMicrotask);
defineGlobal("performance", performance);
defineGlobal("navigator", navigator);
defineGlobal("structuredClone", structuredClone);

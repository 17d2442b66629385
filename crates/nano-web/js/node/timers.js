// node:timers: Node's Timeout and Immediate objects over nano's timers
// (../web/timers.js, which live within the request that made them).
// A Timeout arms one one-shot host timer at a time and re-arms it itself
// (intervals, refresh()), so it behaves as Node's: the callback's `this` is
// the Timeout, an interval's next run is counted from the end of the last,
// and setting `_repeat` in a callback makes a timeout an interval. Its
// primitive value (`+timeout`) is the id of the first host timer it armed,
// which clearTimeout() takes too. ref()/unref() only keep a flag: a
// request's timers are all awaited or all cancelled with it, as in workerd.
// setImmediate is a host timer of delay 0: a task after the current one,
// in the order they were set.
import { captureContext, runInContext } from "./async_hooks.js";
import { validateFunction, validateNumber, ERR_OUT_OF_RANGE } from "./internal/errors.js";
import { TIMEOUT_MAX, timerDelay } from "./internal/timers.js";
import promises from "./timers_promises.js";
import { clearTimer, setTimer } from "../web/timers.js";

const { defineProperty } = Object;
const SafeMap = Map;
const kPromisifyCustom = Symbol.for("nodejs.util.promisify.custom");

// Pending Timeouts by primitive id; enroll()'d objects -> their host timer id.
let knownTimers = new SafeMap();
let enrolled = new SafeMap();

export const resetNodeState = () => {
  if (knownTimers.size !== 0) knownTimers = new SafeMap();
  if (enrolled.size !== 0) enrolled = new SafeMap();
};

// Set in the class bodies (they reach private fields).
let cancelTimeout, cancelImmediate;

export class Timeout {
  #hostId = 0; // the host timer armed now, 0 when none
  #primitive = 0;
  #frame; // the async context it was made in
  #refed;

  // Node's signature; not exported by node:timers (setTimeout makes them).
  constructor(callback, after, args, isRepeat, isRefed) {
    after = timerDelay(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this.#refed = Boolean(isRefed);
    this.#frame = captureContext();
    this.#arm();
    this.#primitive = this.#hostId;
    knownTimers.set(this.#primitive, this);
  }

  // Whole milliseconds, as Node's timer lists: timers of 1, 1.1 and 1.8 ms
  // run in the order they were set.
  #arm() {
    this.#hostId = setTimer(() => this.#fire(), Math.trunc(this._idleTimeout), false, []);
  }

  #fire() {
    this.#hostId = 0;
    try {
      if (typeof this._onTimeout === "function") runInContext(this.#frame, this._onTimeout, this, this._timerArgs ?? []);
    } finally {
      // Unless cleared or refreshed by the callback: again if an interval,
      // else done.
      if (this.#hostId === 0) {
        if (this._repeat && this._idleTimeout !== -1) {
          this._idleTimeout = this._repeat;
          this.#arm();
        } else if (!this._destroyed) {
          this._destroyed = true;
          knownTimers.delete(this.#primitive);
        }
      }
    }
  }

  #cancel() {
    if (this.#hostId !== 0) clearTimer(this.#hostId);
    this.#hostId = 0;
    this._idleTimeout = -1;
    this._destroyed = true;
    knownTimers.delete(this.#primitive);
  }

  // Starts the timer again from now with its duration; a timer that has
  // fired runs again, a cleared one stays cleared.
  refresh() {
    if (this._idleTimeout < 0) return this;
    if (this.#hostId !== 0) clearTimer(this.#hostId);
    if (this._destroyed) {
      this._destroyed = false;
      knownTimers.set(this.#primitive, this);
    }
    this.#arm();
    return this;
  }

  // (On another object these do nothing, as Node's: `t.unref.bind({})`.)
  unref() {
    if (#refed in this) this.#refed = false;
    return this;
  }

  ref() {
    if (#refed in this) this.#refed = true;
    return this;
  }

  hasRef() {
    return #refed in this && this.#refed;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.#primitive;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  static {
    cancelTimeout = (timer) => timer.#cancel();
  }
}

export class Immediate {
  #hostId;
  #frame;
  #refed = true;

  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this.#frame = captureContext();
    this.#hostId = setTimer(() => this.#run(), 0, false, []);
  }

  #run() {
    if (this._destroyed) return;
    this._destroyed = true;
    const callback = this._onImmediate;
    this._onImmediate = null;
    runInContext(this.#frame, callback, this, this._argv ?? []);
  }

  ref() {
    if (#refed in this) this.#refed = true;
    return this;
  }

  unref() {
    if (#refed in this) this.#refed = false;
    return this;
  }

  hasRef() {
    return #refed in this && this.#refed;
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }

  static {
    cancelImmediate = (immediate) => {
      clearTimer(immediate.#hostId);
      immediate._destroyed = true;
      immediate._onImmediate = null;
    };
  }
}

export function setTimeout(callback, after, ...args) {
  validateFunction(callback, "callback");
  return new Timeout(callback, after, args.length > 0 ? args : undefined, false, true);
}

export function setInterval(callback, repeat, ...args) {
  validateFunction(callback, "callback");
  return new Timeout(callback, repeat, args.length > 0 ? args : undefined, true, true);
}

export function setImmediate(callback, ...args) {
  validateFunction(callback, "callback");
  return new Immediate(callback, args.length > 0 ? args : undefined);
}

// A Timeout, its primitive id, or (nano) the id of a timer the global
// setTimeout made; anything else is ignored.
export function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    timer._onTimeout = null;
    cancelTimeout(timer);
    return;
  }
  if (typeof timer === "number" || typeof timer === "string") {
    const known = knownTimers.get(Number(timer));
    if (known !== undefined) cancelTimeout(known);
    else clearTimer(Number(timer));
    return;
  }
  if (timer && timer._onTimeout) unenroll(timer);
}

export function clearInterval(timer) {
  clearTimeout(timer);
}

export function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  cancelImmediate(immediate);
}

// ---- The deprecated object timers: enroll(item, ms), then active(item) calls item._onTimeout() ----

export function active(item) {
  if (item instanceof Timeout) {
    item.refresh();
    return;
  }
  if (item == null || !(item._idleTimeout >= 0)) return;
  const old = enrolled.get(item);
  if (old !== undefined) clearTimer(old);
  const frame = captureContext();
  const id = setTimer(
    () => {
      enrolled.delete(item);
      if (typeof item._onTimeout === "function") runInContext(frame, item._onTimeout, item, []);
    },
    Math.trunc(timerDelay(item._idleTimeout)),
    false,
    [],
  );
  enrolled.set(item, id);
}

export function unenroll(item) {
  if (item instanceof Timeout) {
    cancelTimeout(item);
    return;
  }
  if (item == null) return;
  const id = enrolled.get(item);
  if (id !== undefined) {
    clearTimer(id);
    enrolled.delete(item);
  }
  item._idleTimeout = -1;
}

export function enroll(item, msecs) {
  validateNumber(msecs, "msecs");
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE("msecs", "a non-negative finite number", msecs);
  if (msecs > TIMEOUT_MAX) msecs = TIMEOUT_MAX;
  if (item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs;
}

export { active as _unrefActive };

// util.promisify(setTimeout) / (setImmediate) are the promise versions.
defineProperty(setTimeout, kPromisifyCustom, { get: () => promises.setTimeout, enumerable: true, configurable: true });
defineProperty(setImmediate, kPromisifyCustom, { get: () => promises.setImmediate, enumerable: true, configurable: true });

export { promises };

export default {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: active,
  active,
  unenroll,
  enroll,
  promises,
};

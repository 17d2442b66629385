// node:timers/promises: promise and async-iterator timers, cancellable by
// an AbortSignal. Over nano's host timers directly (not node:timers, which
// imports this module for its `promises`). The `ref` option is checked and
// otherwise without effect, as ref()/unref() (see timers.js).
import {
  AbortError,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_THIS,
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} from "./internal/errors.js";
import { onAbort } from "./internal/abort_reaction.js";
import { timerDelay } from "./internal/timers.js";
import { clearTimer, setTimer } from "../web/timers.js";

const SafePromise = Promise;
const PromiseReject = Promise.reject.bind(Promise);

const abortError = (signal) => new AbortError(undefined, { cause: signal.reason });

const validateOptions = (options) => {
  validateObject(options, "options");
  if (options.signal !== undefined) validateAbortSignal(options.signal, "options.signal");
  if (options.ref !== undefined) validateBoolean(options.ref, "options.ref");
};

// One host timer of `delay` resolving `value`; an abort clears it and rejects.
const timerPromise = (delay, value, signal) => {
  if (signal?.aborted) return PromiseReject(abortError(signal));
  return new SafePromise((resolve, reject) => {
    let cancelAbort = null;
    const id = setTimer(
      () => {
        cancelAbort?.();
        resolve(value);
      },
      delay,
      false,
      [],
    );
    if (signal !== undefined) {
      cancelAbort = onAbort(signal, () => {
        clearTimer(id);
        reject(abortError(signal));
      });
    }
  });
};

export function setTimeout(after, value = undefined, options = {}) {
  try {
    if (after !== undefined) validateNumber(after, "delay");
    validateOptions(options);
  } catch (err) {
    return PromiseReject(err);
  }
  return timerPromise(Math.trunc(timerDelay(after)), value, options.signal);
}

export function setImmediate(value = undefined, options = {}) {
  try {
    validateOptions(options);
  } catch (err) {
    return PromiseReject(err);
  }
  return timerPromise(0, value, options.signal);
}

// Yields `value` once per `after` ms; ticks that came while the consumer was
// away are each yielded (none is dropped), as in Node.
export async function* setInterval(after, value = undefined, options = {}) {
  if (after !== undefined) validateNumber(after, "delay");
  validateOptions(options);
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const delay = Math.trunc(timerDelay(after));
  let pending = 0; // ticks not yet yielded
  let wake = null; // resolves the wait for the next tick
  let id = 0;
  const tick = () => {
    id = setTimer(tick, delay, false, []);
    pending++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  };
  id = setTimer(tick, delay, false, []);
  let cancelAbort = null;
  try {
    if (signal !== undefined) {
      cancelAbort = onAbort(signal, () => {
        clearTimer(id);
        if (wake !== null) {
          wake();
          wake = null;
        }
      });
    }
    while (!signal?.aborted) {
      if (pending === 0) await new SafePromise((resolve) => (wake = resolve));
      // Ticks that came before an abort are still yielded (Node does).
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimer(id);
    cancelAbort?.();
  }
}

const kScheduler = Symbol("kScheduler");

// The Scheduler API's `scheduler` (wait and yield); not constructible.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS("Scheduler");
    return setImmediate();
  }
  wait(delay, options = undefined) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS("Scheduler");
    return setTimeout(delay, undefined, options);
  }
}

export const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

export default {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};

// node:diagnostics_channel: named channels that code publishes to and
// tools subscribe to. Node keeps channels in a process-wide registry; here
// the registry (internal/channel_registry.js) is put back after each request
// to a baseline (a request must not see another's channels or subscriptions).
import { channelAccess, channelsRestore, lookup, register, setActive } from "./internal/channel_registry.js";
import { ERR_INVALID_ARG_TYPE, validateFunction } from "./internal/errors.js";
import { reportError } from "../web/dom.js";

const { apply } = Reflect;
const { getPrototypeOf } = Object; // (primitives allowed; null and undefined throw)
const SafeMap = Map;
const SafePromise = Promise;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const PromisePrototypeThen = Promise.prototype.then;

export const resetNodeState = () => channelsRestore();

// An error thrown by a subscriber or a store transform does not reach the
// publisher: it is reported as uncaught, after the publisher's code.
const reportLater = (err) => {
  apply(PromisePrototypeThen, PromiseResolve(), [() => reportError(err)]);
};

const validateName = (name) => {
  if (typeof name !== "string" && typeof name !== "symbol") throw new ERR_INVALID_ARG_TYPE("channel", ["string", "symbol"], name);
};

export class Channel {
  // Both replaced, never changed in place: a publish in progress keeps the
  // list it started with.
  #subscribers = [];
  #stores = new SafeMap(); // AsyncLocalStorage -> transform

  constructor(name) {
    validateName(name);
    this.name = name;
    register(name, this);
  }

  // Held strongly while anything listens.
  #activity() {
    setActive(this, this.#subscribers.length > 0 || this.#stores.size > 0);
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, "subscription");
    this.#subscribers = [...this.#subscribers, subscription];
    this.#activity();
  }

  unsubscribe(subscription) {
    const i = this.#subscribers.indexOf(subscription);
    if (i === -1) return false;
    this.#subscribers = [...this.#subscribers.slice(0, i), ...this.#subscribers.slice(i + 1)];
    this.#activity();
    return true;
  }

  bindStore(store, transform = undefined) {
    const stores = new SafeMap(this.#stores);
    stores.set(store, transform);
    this.#stores = stores;
    this.#activity();
  }

  unbindStore(store) {
    if (!this.#stores.has(store)) return false;
    const stores = new SafeMap(this.#stores);
    stores.delete(store);
    this.#stores = stores;
    this.#activity();
    return true;
  }

  publish(data) {
    const subscribers = this.#subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        apply(subscribers[i], undefined, [data, this.name]);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  // `fn` with every bound store entered (each given its transform of
  // `data`), publishing `data` inside them first.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      const next = run;
      run = () => {
        let value;
        try {
          value = transform === undefined ? data : transform(data);
        } catch (err) {
          reportLater(err);
          return next();
        }
        return store.run(value, next);
      };
    }
    return run();
  }

  static {
    channelAccess.save = (ch) => ({ subscribers: ch.#subscribers, stores: ch.#stores });
    channelAccess.reset = (ch, state) => {
      ch.#subscribers = state?.subscribers ?? [];
      ch.#stores = state?.stores ?? new SafeMap();
      ch.#activity();
    };
  }
}

export function channel(name) {
  const found = lookup(name);
  if (found !== undefined) return found;
  validateName(name);
  return new Channel(name);
}

export function hasSubscribers(name) {
  const found = lookup(name);
  return found !== undefined && found.hasSubscribers;
}

export function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

export function unsubscribe(name, subscription) {
  const found = lookup(name);
  return found === undefined ? false : found.unsubscribe(subscription);
}

// ---- TracingChannel: start/end/asyncStart/asyncEnd/error around a call ----

const TRACE_EVENTS = ["start", "end", "asyncStart", "asyncEnd", "error"];

export class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === "string") {
      for (const event of TRACE_EVENTS) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (typeof nameOrChannels === "object" && nameOrChannels !== null) {
      for (const event of TRACE_EVENTS) {
        const ch = nameOrChannels[event];
        // (A missing one is a TypeError from getPrototypeOf, as in Node.)
        if (getPrototypeOf(ch) !== Channel.prototype) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, "Channel", ch);
        this[event] = ch;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE("nameOrChannels", ["string", "object", "TracingChannel"], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return TRACE_EVENTS.some((event) => this[event]?.hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of TRACE_EVENTS) {
      if (handlers[event]) this[event]?.subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of TRACE_EVENTS) {
      if (handlers[event] && !this[event]?.unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  // A synchronous call: start (stores entered), then end; error if it throws.
  traceSync(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // A call returning a promise (a thenable is made one): asyncStart and
  // asyncEnd when it settles, error first if it rejects.
  tracePromise(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const failed = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return PromiseReject(err);
    };
    return start.runStores(context, () => {
      try {
        let promise = apply(fn, thisArg, args);
        if (!(promise instanceof SafePromise)) promise = PromiseResolve(promise);
        return apply(PromisePrototypeThen, promise, [settled, failed]);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  // A call taking a Node-style callback at `position` (from the end when
  // negative): asyncStart (stores entered) and asyncEnd around the callback.
  traceCallback(fn, position = -1, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, "callback");
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      const callbackThis = this;
      const callbackArgs = arguments;
      return asyncStart.runStores(context, () => {
        try {
          return apply(callback, callbackThis, callbackArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

export function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

export default {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};

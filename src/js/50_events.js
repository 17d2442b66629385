// Event and EventTarget (DOM Standard, the parts a worker can observe), plus
// FetchEvent and the global addEventListener of the service-worker form.
"use strict";
const { internal } = nano;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #stop = false;
  #stopImmediate = false;
  #target = null;
  #currentTarget = null;
  #phase = 0;
  #timeStamp = Date.now();
  #isTrusted = false;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new TypeError("Event: the type argument is required");
    this.#type = String(type);
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
  }
  get type() {
    return this.#type;
  }
  get target() {
    return this.#target;
  }
  get srcElement() {
    return this.#target;
  }
  get currentTarget() {
    return this.#currentTarget;
  }
  get eventPhase() {
    return this.#phase;
  }
  get bubbles() {
    return this.#bubbles;
  }
  get cancelable() {
    return this.#cancelable;
  }
  get composed() {
    return this.#composed;
  }
  get defaultPrevented() {
    return this.#defaultPrevented;
  }
  get returnValue() {
    return !this.#defaultPrevented;
  }
  get cancelBubble() {
    return this.#stop;
  }
  set cancelBubble(v) {
    if (v) this.#stop = true;
  }
  get timeStamp() {
    return this.#timeStamp;
  }
  get isTrusted() {
    return this.#isTrusted;
  }
  composedPath() {
    return this.#currentTarget ? [this.#currentTarget] : [];
  }
  preventDefault() {
    if (this.#cancelable) this.#defaultPrevented = true;
  }
  stopPropagation() {
    this.#stop = true;
  }
  stopImmediatePropagation() {
    this.#stop = true;
    this.#stopImmediate = true;
  }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;

  static {
    internal.eventState = {
      begin(e, target) {
        if (e.#phase !== 0) throw new DOMExceptionLike("The event is already being dispatched.", "InvalidStateError");
        e.#target = target;
        e.#currentTarget = target;
        e.#phase = 2;
      },
      stoppedImmediate: (e) => e.#stopImmediate,
      end(e) {
        e.#currentTarget = null;
        e.#phase = 0;
        e.#stop = false;
        e.#stopImmediate = false;
      },
      markTrusted(e) {
        e.#isTrusted = true;
      },
    };
  }
}
internal.finishClass(Event, "Event");

// DOMException proper arrives with the rest of the Web APIs; until then an
// Error with the right name keeps messages readable.
function DOMExceptionLike(message, name) {
  const e = new Error(message);
  e.name = name;
  return e;
}

class EventTarget {
  #listeners = new Map(); // type -> [{ callback, once, capture }]

  addEventListener(type, callback, options = {}) {
    if (callback === null || callback === undefined) return;
    if (typeof callback !== "function" && typeof callback?.handleEvent !== "function" && typeof callback !== "object") {
      throw new TypeError("addEventListener: the listener must be a function or an object");
    }
    const opts = typeof options === "boolean" ? { capture: options } : options ?? {};
    const capture = Boolean(opts.capture);
    if (opts.signal?.aborted) return;
    type = String(type);
    let list = this.#listeners.get(type);
    if (!list) this.#listeners.set(type, (list = []));
    if (list.some((l) => l.callback === callback && l.capture === capture)) return;
    const entry = { callback, once: Boolean(opts.once), capture, removed: false };
    list.push(entry);
    if (opts.signal && typeof opts.signal.addEventListener === "function") {
      opts.signal.addEventListener("abort", () => this.removeEventListener(type, callback, { capture }));
    }
  }
  removeEventListener(type, callback, options = {}) {
    const capture = typeof options === "boolean" ? options : Boolean(options?.capture);
    const list = this.#listeners.get(String(type));
    if (!list) return;
    const i = list.findIndex((l) => l.callback === callback && l.capture === capture);
    if (i !== -1) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new TypeError("dispatchEvent: the argument must be an Event");
    const state = internal.eventState;
    state.begin(event, this);
    try {
      const list = this.#listeners.get(event.type);
      if (list) {
        for (const l of [...list]) {
          if (l.removed) continue;
          if (l.once) this.removeEventListener(event.type, l.callback, { capture: l.capture });
          try {
            if (typeof l.callback === "function") l.callback.call(this, event);
            else l.callback.handleEvent(event);
          } catch (err) {
            internal.reportListenerError(err);
          }
          if (state.stoppedImmediate(event)) break;
        }
      }
    } finally {
      state.end(event);
    }
    return !event.defaultPrevented;
  }
  static {
    internal.listenerCount = (target, type) => target.#listeners.get(type)?.length ?? 0;
  }
}
internal.finishClass(EventTarget, "EventTarget");

// Default: log it, as browsers do; the web APIs file replaces this with
// reportError once that exists.
internal.reportListenerError = (err) => console.error("Uncaught (in event listener)", err);

class FetchEvent extends Event {
  #request;
  #response = null;
  #waitUntil;

  constructor(type, init = {}) {
    super(type, init);
    if (!(init?.request instanceof Request)) throw new TypeError("FetchEvent: init.request must be a Request");
    this.#request = init.request;
    this.#waitUntil = init.waitUntil ?? (() => {});
  }
  get request() {
    return this.#request;
  }
  respondWith(response) {
    if (this.#response !== null) throw new DOMExceptionLike("respondWith() was already called.", "InvalidStateError");
    this.#response = Promise.resolve(response);
  }
  waitUntil(promise) {
    this.#waitUntil(promise);
  }
  passThroughOnException() {}
  static {
    internal.fetchEventResponse = (e) => e.#response;
  }
}
internal.finishClass(FetchEvent, "FetchEvent");

// The global scope is an EventTarget (self.addEventListener('fetch', ...)).
const globalTarget = new EventTarget();
internal.globalTarget = globalTarget;
for (const name of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
  internal.defineGlobal(name, EventTarget.prototype[name].bind(globalTarget));
}
internal.defineGlobal("Event", Event);
internal.defineGlobal("EventTarget", EventTarget);
internal.defineGlobal("FetchEvent", FetchEvent);
internal.defineGlobal("self", globalThis);

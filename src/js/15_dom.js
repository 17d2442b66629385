// DOMException, Event, EventTarget, CustomEvent, AbortController and
// AbortSignal (DOM Standard, the parts a worker can observe).
"use strict";
const { internal } = nano;

const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  #name;
  #message;
  constructor(message = "", options = "Error") {
    super();
    this.#message = String(message);
    if (options !== null && typeof options === "object") {
      this.#name = "name" in options ? String(options.name) : "Error";
      if ("cause" in options) {
        Object.defineProperty(this, "cause", { value: options.cause, writable: true, configurable: true });
      }
    } else {
      this.#name = String(options);
    }
    // The stack reads "<name>: <message>" and starts at the caller.
    const holder = {};
    Error.captureStackTrace(holder, DOMException);
    const frames = String(holder.stack);
    const at = frames.indexOf("\n");
    const head = this.#message ? `${this.#name}: ${this.#message}` : this.#name;
    Object.defineProperty(this, "stack", {
      value: head + (at === -1 ? "" : frames.slice(at)),
      writable: true,
      configurable: true,
    });
  }
  get name() {
    return this.#name;
  }
  get message() {
    return this.#message;
  }
  get code() {
    return DOM_CODES[this.#name] ?? 0;
  }
}
for (const [name, code] of Object.entries(DOM_CODES)) {
  const constant = name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase().replace(/_ERROR$/, "_ERR");
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
}
internal.finishClass(DOMException, "DOMException");
internal.DOMException = DOMException;

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
        if (e.#phase !== 0) throw new DOMException("The event is already being dispatched.", "InvalidStateError");
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


class CustomEvent extends Event {
  #detail;
  constructor(type, options = {}) {
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() {
    return this.#detail;
  }
}
internal.finishClass(CustomEvent, "CustomEvent");

const kAbort = Symbol("abort");
class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  constructor(key) {
    super();
    if (key !== kAbort) throw new TypeError("Illegal constructor");
  }
  get aborted() {
    return this.#aborted;
  }
  get reason() {
    return this.#reason;
  }
  get onabort() {
    return this.#onabort;
  }
  set onabort(fn) {
    if (this.#onabort) this.removeEventListener("abort", this.#onabort);
    this.#onabort = typeof fn === "function" ? fn : null;
    if (this.#onabort) this.addEventListener("abort", this.#onabort);
  }
  throwIfAborted() {
    if (this.#aborted) throw this.#reason;
  }
  static abort(reason) {
    const s = new AbortSignal(kAbort);
    s.#signalAbort(reason);
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal(kAbort);
    internal.setTimer(() => s.#signalAbort(new DOMException("The operation timed out.", "TimeoutError")), ms, false);
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kAbort);
    for (const other of signals) {
      if (!(other instanceof AbortSignal)) throw new TypeError("AbortSignal.any: every item must be an AbortSignal");
      if (other.aborted) {
        s.#signalAbort(other.reason);
        return s;
      }
    }
    for (const other of signals) other.addEventListener("abort", () => s.#signalAbort(other.reason), { once: true });
    return s;
  }
  #signalAbort(reason) {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    this.dispatchEvent(new Event("abort"));
  }
  static {
    internal.signalAbort = (signal, reason) => signal.#signalAbort(reason);
    internal.newAbortSignal = () => new AbortSignal(kAbort);
  }
}
internal.finishClass(AbortSignal, "AbortSignal");

class AbortController {
  #signal = internal.newAbortSignal();
  get signal() {
    return this.#signal;
  }
  abort(reason) {
    internal.signalAbort(this.#signal, reason);
  }
}
internal.finishClass(AbortController, "AbortController");

internal.defineGlobal("DOMException", DOMException);
internal.defineGlobal("Event", Event);
internal.defineGlobal("EventTarget", EventTarget);
internal.defineGlobal("CustomEvent", CustomEvent);
internal.defineGlobal("AbortSignal", AbortSignal);
internal.defineGlobal("AbortController", AbortController);

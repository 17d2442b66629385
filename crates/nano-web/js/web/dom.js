// DOMException, Event, EventTarget, CustomEvent (DOM Standard, the parts a worker can observe),
// the global scope's event target and reportError.
import { console } from "./console.js";
import { defineGlobal, finishClass } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let eventState, listenerCount, listenersSave, listenersRestore;

const DOM_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

export class DOMException extends Error {
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
finishClass(DOMException, "DOMException");

export class Event {
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
    eventState = {
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
finishClass(Event, "Event");

export class EventTarget {
  #listeners = new Map(); // type -> [{ callback, once, capture }]
  #version = 0; // bumped by every change to #listeners

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
    this.#version++;
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
      this.#version++;
    }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new TypeError("dispatchEvent: the argument must be an Event");
    const state = eventState;
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
            reportError(err);
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
    listenerCount = (target, type) => target.#listeners.get(type)?.length ?? 0;
    // A copy of a target's listeners, and putting one back (the realm's
    // reset between requests).
    listenersSave = (target) => ({
      version: target.#version,
      lists: new Map([...target.#listeners].map(([type, list]) => [type, [...list]])),
    });
    listenersRestore = (target, saved) => {
      if (target.#version === saved.version) return;
      for (const list of target.#listeners.values()) for (const l of list) l.removed = true;
      target.#listeners = new Map([...saved.lists].map(([type, list]) => [type, [...list]]));
      for (const list of target.#listeners.values()) for (const l of list) l.removed = false;
      target.#version = saved.version;
    };
  }
}
finishClass(EventTarget, "EventTarget");

// The global scope is an EventTarget (self.addEventListener(...)).
export const globalTarget = new EventTarget();

// reportError(): an "error" event on the global scope, logged unless a
// listener cancels it. Errors thrown by event listeners and by timer and
// microtask callbacks are reported the same way.
export function reportError(error) {
  const event = new Event("error", { cancelable: true });
  Object.defineProperty(event, "error", { value: error, enumerable: true });
  Object.defineProperty(event, "message", { value: error instanceof Error ? error.message : String(error), enumerable: true });
  if (globalTarget.dispatchEvent(event)) {
    console.error("Uncaught", error);
  }
}


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
finishClass(CustomEvent, "CustomEvent");

defineGlobal("DOMException", DOMException);
defineGlobal("Event", Event);
defineGlobal("EventTarget", EventTarget);
defineGlobal("CustomEvent", CustomEvent);
defineGlobal("reportError", reportError);

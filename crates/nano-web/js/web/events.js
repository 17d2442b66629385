// FetchEvent and the global addEventListener of the service-worker form.
import { DOMException, Event, EventTarget, globalTarget } from "./dom.js";
import { Request } from "./fetch.js";
import { defineGlobal, finishClass } from "../nano/util.js";

// Set inside class bodies (they reach private fields).
export let fetchEventResponse;

export class FetchEvent extends Event {
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
    if (this.#response !== null) throw new DOMException("respondWith() was already called.", "InvalidStateError");
    this.#response = Promise.resolve(response);
  }
  waitUntil(promise) {
    this.#waitUntil(promise);
  }
  passThroughOnException() {}
  static {
    fetchEventResponse = (e) => e.#response;
  }
}
finishClass(FetchEvent, "FetchEvent");

// The global scope's listeners (self.addEventListener('fetch', ...)).
for (const name of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
  defineGlobal(name, EventTarget.prototype[name].bind(globalTarget));
}
defineGlobal("FetchEvent", FetchEvent);
defineGlobal("self", globalThis);

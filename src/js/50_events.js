// FetchEvent and the global addEventListener of the service-worker form.
"use strict";
const { internal } = nano;

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
internal.defineGlobal("FetchEvent", FetchEvent);
internal.defineGlobal("self", globalThis);

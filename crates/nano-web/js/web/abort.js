// AbortController and AbortSignal (DOM Standard).
import { DOMException, Event, EventTarget } from "./dom.js";
import { setTimer } from "./timers.js";
import { defineGlobal, finishClass } from "../nano/util.js";

// Set inside the class body (it reaches private fields).
export let newAbortSignal, signalAbort, isAbortSignal, addAbortAlgorithm, removeAbortAlgorithm;

const kAbort = Symbol("abort");
export class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  // The standard's abort algorithms: nano's own reactions (pipeTo), run
  // before the event, unseen by listeners.
  #algorithms = new Set();
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
    setTimer(() => s.#signalAbort(new DOMException("The operation timed out.", "TimeoutError")), ms, false);
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
    const algorithms = [...this.#algorithms];
    this.#algorithms.clear();
    for (const algorithm of algorithms) algorithm();
    this.dispatchEvent(new Event("abort"));
  }
  static {
    signalAbort = (signal, reason) => signal.#signalAbort(reason);
    newAbortSignal = () => new AbortSignal(kAbort);
    isAbortSignal = (v) => v !== null && typeof v === "object" && #aborted in v;
    addAbortAlgorithm = (signal, algorithm) => signal.#algorithms.add(algorithm);
    removeAbortAlgorithm = (signal, algorithm) => signal.#algorithms.delete(algorithm);
  }
}
finishClass(AbortSignal, "AbortSignal");

class AbortController {
  #signal = newAbortSignal();
  get signal() {
    return this.#signal;
  }
  abort(reason) {
    signalAbort(this.#signal, reason);
  }
}
finishClass(AbortController, "AbortController");

defineGlobal("AbortSignal", AbortSignal);
defineGlobal("AbortController", AbortController);

// The hardened realm of the default and reuse isolation modes: one context
// serves many requests, so nothing a request does may reach the next one.
// Built-ins are frozen once (harden); the few objects scripts commonly
// change (the global object, console, Error's stack-trace settings) are put
// back after each request instead (reset). Rust calls these through
// `internal` (main.js); see ARCHITECTURE.md for the order.
//
// Everything used here is captured when this module runs, before any script
// does: a request may replace globals, and the reset must not run its code.
import { resetConsole } from "./console.js";
import { globalTarget, listenersRestore, listenersSave } from "./dom.js";
import { resetDispatch } from "./dispatch.js";
import { resetFetches } from "./fetch.js";
import { resetTimers } from "./timers.js";

const { apply, defineProperty, deleteProperty, getOwnPropertyDescriptor, getPrototypeOf, isExtensible, ownKeys, setPrototypeOf } =
  Reflect;
const { freeze, hasOwn } = Object;
const SafeMap = Map;
const SafeSet = Set;
const SafeWeakMap = WeakMap;
const SafeTypeError = TypeError;
const NativeFinalizationRegistry = FinalizationRegistry;
const registryRegister = FinalizationRegistry.prototype.register;
const registryUnregister = FinalizationRegistry.prototype.unregister;
const clearRegExpStatics = () => /(?:)/.exec("");

// ---- FinalizationRegistry: a request's cleanups never run in a later one ----

// Registrations made since the last reset: [registry, our token].
let registrations = [];

// Same behaviour as the built-in, but each registration also carries a
// token of nano's, so the reset can unregister it (a cleanup callback runs
// whenever the collector decides: after the request that registered it, it
// would run inside another).
class SafeFinalizationRegistry extends NativeFinalizationRegistry {
  #byToken = new SafeWeakMap(); // the script's unregister token -> our tokens
  register(target, heldValue, unregisterToken = undefined) {
    const ours = freeze({ __proto__: null });
    apply(registryRegister, this, [target, heldValue, ours]);
    if (unregisterToken !== undefined) {
      // Checks the token as the built-in does (an object or unregistered symbol).
      apply(registryUnregister, this, [unregisterToken]);
      const list = this.#byToken.get(unregisterToken);
      if (list === undefined) this.#byToken.set(unregisterToken, [ours]);
      else list[list.length] = ours;
    }
    registrations[registrations.length] = [this, ours];
  }
  unregister(unregisterToken) {
    apply(registryUnregister, this, [unregisterToken]);
    const list = this.#byToken.get(unregisterToken);
    if (list === undefined) return false;
    this.#byToken.delete(unregisterToken);
    for (let i = 0; i < list.length; i++) apply(registryUnregister, this, [list[i]]);
    return true;
  }
}
defineProperty(SafeFinalizationRegistry, "name", { value: "FinalizationRegistry" });
defineProperty(globalThis, "FinalizationRegistry", {
  value: SafeFinalizationRegistry,
  writable: true,
  configurable: true,
  enumerable: false,
});

const unregisterAll = () => {
  const list = registrations;
  registrations = [];
  for (let i = 0; i < list.length; i++) apply(registryUnregister, list[i][0], [list[i][1]]);
};

// ---- What is reset rather than frozen ----

// Objects scripts commonly change: restored to their saved own properties
// and prototype after each request.
const RESET_OBJECTS = [globalThis, console, Error];

const snapshotOf = (obj) => {
  const props = new SafeMap();
  const keys = ownKeys(obj);
  for (let i = 0; i < keys.length; i++) props.set(keys[i], getOwnPropertyDescriptor(obj, keys[i]));
  return { obj, proto: getPrototypeOf(obj), props, count: keys.length };
};

const sameDescriptor = (a, b) =>
  a.value === b.value &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

// Puts `snap.obj` back as it was; false when a change cannot be undone (a
// non-configurable property, a non-extensible object).
const restore = (snap) => {
  const { obj, props } = snap;
  if (!isExtensible(obj)) return false;
  if (getPrototypeOf(obj) !== snap.proto && !setPrototypeOf(obj, snap.proto)) return false;
  const keys = ownKeys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const saved = props.get(key);
    if (saved === undefined) {
      if (!deleteProperty(obj, key)) return false;
      continue;
    }
    const now = getOwnPropertyDescriptor(obj, key);
    if (!sameDescriptor(now, saved) && !defineProperty(obj, key, saved)) return false;
  }
  if (keys.length !== snap.count) {
    // Some saved property was deleted: define it again.
    for (const [key, saved] of props) {
      if (!hasOwn(obj, key) && !defineProperty(obj, key, saved)) return false;
    }
  }
  return true;
};

let baseline = null; // { snaps, listeners }

const saveBaseline = () => {
  baseline = { snaps: RESET_OBJECTS.map(snapshotOf), listeners: listenersSave(globalTarget) };
};

// The intrinsics: what the global object held before the script first ran
// (saved by beforeTopLevel), plus those only syntax reaches.
let roots = null;

// Called once per context, after the bootstrap and before the script's top
// level first runs: remembers what is built in.
export const beforeTopLevel = () => {
  lockErrorConstructor();
  const keys = ownKeys(globalThis);
  roots = [];
  for (let i = 0; i < keys.length; i++) {
    const desc = getOwnPropertyDescriptor(globalThis, keys[i]);
    roots[roots.length] = "value" in desc ? desc.value : desc.get;
    if (desc.set) roots[roots.length] = desc.set;
  }
  saveBaseline();
};

// ---- Freezing the built-ins ----

// The "override mistake": assigning to a property that a frozen prototype
// holds fails, so `obj.toString = f`, `Child.prototype.constructor = Child`
// or `err.name = "X"` would throw. As SES does, these properties become
// accessors whose setter defines the property on the object assigned to.
// Only these: an accessor on a hot property (Array.prototype[Symbol.iterator],
// Promise.prototype.then, Array.prototype.constructor) would turn off V8's
// fast paths for it.
const ERROR_KEYS = ["constructor", "name", "message", "toString"];
const overridable = () => {
  const list = [
    [Object.prototype, ownKeys(Object.prototype).filter((k) => k !== "__proto__")],
    [Function.prototype, ["constructor", "toString"]],
    [Array.prototype, ["toString"]],
    [Error.prototype, ERROR_KEYS],
  ];
  const errors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError];
  if (typeof SuppressedError === "function") errors.push(SuppressedError);
  if (typeof WebAssembly === "object") errors.push(WebAssembly.CompileError, WebAssembly.LinkError, WebAssembly.RuntimeError);
  for (const E of errors) list.push([E.prototype, ERROR_KEYS]);
  list.push([DOMException.prototype, ["constructor"]]);
  return list;
};

const makeOverridable = (proto, key) => {
  const desc = getOwnPropertyDescriptor(proto, key);
  if (desc === undefined || !("value" in desc) || !desc.configurable) return;
  const value = desc.value;
  const name = typeof key === "symbol" ? `[${key.description}]` : key;
  defineProperty(proto, key, {
    get: { [name]() { return value; } }[name],
    set: {
      [name](v) {
        if (this === proto) throw new SafeTypeError(`Cannot assign to read only property '${name}' of a frozen built-in prototype`);
        if (hasOwn(this, key)) this[key] = v;
        else defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
      },
    }[name],
    enumerable: desc.enumerable,
    configurable: false,
  });
};

// Intrinsics no global property leads to.
const hiddenIntrinsics = () => {
  const list = [
    getPrototypeOf(function* () {}),
    getPrototypeOf(async function () {}),
    getPrototypeOf(async function* () {}),
    getPrototypeOf([][Symbol.iterator]()),
    getPrototypeOf(""[Symbol.iterator]()),
    getPrototypeOf(new SafeMap()[Symbol.iterator]()),
    getPrototypeOf(new SafeSet()[Symbol.iterator]()),
    getPrototypeOf(/a/[Symbol.matchAll]("")),
    getPrototypeOf(Uint8Array),
    (function () {
      "use strict";
      return getOwnPropertyDescriptor(arguments, "callee").get;
    })(),
  ];
  if (typeof Iterator === "function") {
    list.push(getPrototypeOf([].values().map((x) => x)));
    list.push(getPrototypeOf(Iterator.from({ next: () => ({ done: true }) })));
  }
  if (typeof Intl === "object" && typeof Intl.Segmenter === "function") {
    const segments = new Intl.Segmenter().segment("");
    list.push(getPrototypeOf(segments), getPrototypeOf(segments[Symbol.iterator]()));
  }
  return list;
};

// Objects reset instead of frozen; their property values are still frozen.
// Error stays extensible (V8 reads Error.stackTraceLimit and
// Error.prepareStackTrace from it) with its other properties locked.
const lockErrorConstructor = () => {
  for (const key of ownKeys(Error)) {
    if (key === "stackTraceLimit") continue;
    const desc = getOwnPropertyDescriptor(Error, key);
    if ("value" in desc) desc.writable = false;
    desc.configurable = false;
    defineProperty(Error, key, desc);
  }
};

// Freezes every object reachable from the intrinsics, through prototypes
// and own properties (values, getters, setters). Returns how many objects
// it froze. Getters are never called.
export const harden = () => {
  if (roots === null) throw new SafeTypeError("harden() before beforeTopLevel()");
  for (const [proto, keys] of overridable()) for (const key of keys) makeOverridable(proto, key);
  const notFrozen = new SafeSet(RESET_OBJECTS);
  const seen = new SafeSet();
  const stack = [...roots, ...hiddenIntrinsics(), ...RESET_OBJECTS];
  let frozen = 0;
  while (stack.length > 0) {
    const obj = stack.pop();
    if ((typeof obj !== "object" && typeof obj !== "function") || obj === null || seen.has(obj)) continue;
    seen.add(obj);
    stack.push(getPrototypeOf(obj));
    const keys = ownKeys(obj);
    for (let i = 0; i < keys.length; i++) {
      const desc = getOwnPropertyDescriptor(obj, keys[i]);
      if ("value" in desc) stack.push(desc.value);
      else stack.push(desc.get, desc.set);
    }
    if (!notFrozen.has(obj)) {
      freeze(obj);
      frozen++;
    }
  }
  return frozen;
};

// ---- After each request ----

// The reuse mode keeps what the script's top level made: the baseline moves
// to after it.
export const keepTopLevel = () => {
  saveBaseline();
  registrations = [];
};

// Undoes what the request did to the realm. `keepHandler`: the reuse mode
// (module state persists). Returns false when the context must be thrown
// away because a change cannot be undone.
export const reset = (keepHandler) => {
  resetTimers();
  resetFetches();
  resetDispatch(keepHandler);
  resetConsole();
  unregisterAll();
  clearRegExpStatics();
  listenersRestore(globalTarget, baseline.listeners);
  const snaps = baseline.snaps;
  for (let i = 0; i < snaps.length; i++) if (!restore(snaps[i])) return false;
  return true;
};

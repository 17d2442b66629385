// The hardened realm of the default and reuse isolation modes: one context
// serves many requests, so nothing a request does may reach the next one.
// Built-ins are frozen once (harden); the few objects scripts commonly
// change (the global object, console, Error's stack-trace settings) are put
// back after each request instead (reset). Rust calls these through
// `internal` (main.js); see ARCHITECTURE.md for the order.
//
// Everything used here is captured when this module runs, before any script
// does: a request may replace globals, and the reset must not run its code.
import { console, resetConsole } from "../web/console.js";
import { DOMException, globalTarget, listenersRestore, listenersSave } from "../web/dom.js";
import { resetDispatch } from "./dispatch.js";
import { resetFetches } from "../web/fetch.js";
import { seedRandom } from "./random.js";
import { resetTimers } from "../web/timers.js";
import { nodeHooks } from "./node_hooks.js";

// Node's modules, in a context that has them (node_hooks.js).
const node = nodeHooks();
const nodeModuleRoots = () => (node === null ? [] : node.nodeModuleRoots());

const {
  apply,
  defineProperty,
  deleteProperty,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  isExtensible,
  ownKeys,
  set: reflectSet,
  setPrototypeOf,
} = Reflect;
const SafeProxy = Proxy;
const { freeze, hasOwn, isFrozen } = Object;
const objectIs = Object.is;
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
// Node's objects (process, ...) last; only the Node snapshot has them.
const RESET_OBJECTS = [globalThis, console, Error, ...(node === null ? [] : node.nodeResetObjects())];
// Rebuilt in every context (beforeTopLevel): a Set of objects made before a
// snapshot does not find them in a context deserialised from it (the global
// object, for one, is new there).
let RESET_SET = new SafeSet(RESET_OBJECTS);

// Fast value checks, one per reset object, generated when the built-in
// snapshot is made (code generation is off once scripts run): each reads
// the object's changeable data properties by name, so every read has its
// own monomorphic inline cache, where a loop over the keys would go
// through a megamorphic keyed load per property (about 0.2 µs each).
// Indexed like RESET_OBJECTS; null where none was made (strict contexts).
let valueChecks = null;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const makeValueCheck = (obj) => {
  const keys = ownKeys(obj).filter((k) => {
    if (typeof k !== "string" || !IDENTIFIER.test(k)) return false;
    const d = getOwnPropertyDescriptor(obj, k);
    return "value" in d && (d.writable || d.configurable);
  });
  const reads = keys.map((k) => `o.${k}`);
  return {
    keys,
    read: new Function("o", `return [${reads.join(", ")}];`),
    same: new Function("o", "v", `return ${reads.map((r, i) => `${r} === v[${i}]`).join(" && ") || "true"};`),
  };
};
export const makeValueChecks = () => {
  valueChecks = RESET_OBJECTS.map(makeValueCheck);
};

const snapshotOf = (obj, index) => {
  const props = new SafeMap();
  const keys = ownKeys(obj);
  const values = [];
  for (let i = 0; i < keys.length; i++) {
    const desc = getOwnPropertyDescriptor(obj, keys[i]);
    props.set(keys[i], desc);
    values[i] = "value" in desc ? desc.value : desc.get;
  }
  const snap = { obj, proto: getPrototypeOf(obj), props, keys, values, check: null, checked: null, rest: null };
  // Only a property that can be deleted (configurable) can vanish unseen:
  // `globalThis.undefined` cannot, and must not make every reset list keys.
  snap.hasUndefined = keys.some((k, i) => {
    const d = props.get(k);
    return values[i] === undefined && "value" in d && d.configurable;
  });
  const check = valueChecks?.[index];
  if (check) {
    // What the generated check covers, and the data properties it does not
    // (added to the context after the snapshot: bindings, V8's own).
    const covered = new SafeSet(check.keys);
    snap.check = check;
    snap.checked = apply(check.read, undefined, [obj]);
    snap.rest = [];
    for (let i = 0; i < keys.length; i++) {
      if (!covered.has(keys[i]) && "value" in props.get(keys[i])) snap.rest.push(i);
    }
  }
  return snap;
};

const sameDescriptor = (a, b) =>
  a.value === b.value &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

// Set when a property of a reset object may have been redefined (its
// attributes or accessors changed): only the wrapped define functions below
// can do that, so without it the cheap check (same keys in the same order,
// same values) is exact.
let redefined = false;
const watchDefines = (holder, name, targetArg) => {
  const native = holder[name];
  const wrapped = {
    [name](...args) {
      if (RESET_SET.has(args[targetArg])) redefined = true;
      return apply(native, this, args);
    },
  }[name];
  defineProperty(wrapped, "length", { value: native.length });
  defineProperty(holder, name, { value: wrapped, writable: true, enumerable: false, configurable: true });
};
watchDefines(Object, "defineProperty", 0);
watchDefines(Object, "defineProperties", 0);
watchDefines(Reflect, "defineProperty", 0);
// __defineGetter__ and __defineSetter__ define on `this`.
for (const name of ["__defineGetter__", "__defineSetter__"]) {
  const native = Object.prototype[name];
  const wrapped = {
    [name](...args) {
      if (RESET_SET.has(this)) redefined = true;
      return apply(native, this, args);
    },
  }[name];
  defineProperty(wrapped, "length", { value: native.length });
  defineProperty(Object.prototype, name, { value: wrapped, writable: true, enumerable: false, configurable: true });
}

// True when `snap.obj` has the saved keys, in order, with the saved values.
const unchanged = (snap) => {
  const { obj, keys, values } = snap;
  if (obj !== globalThis || globalAdded || evalAllowed || snap.hasUndefined) {
    const now = ownKeys(obj);
    if (now.length !== keys.length) return false;
    for (let i = 0; i < now.length; i++) if (now[i] !== keys[i]) return false;
  }
  // Without additions, a deleted property shows as a changed value (unless
  // its value was undefined: hasUndefined), and one deleted and added again
  // went through the proxy.
  // Data properties: reads (no getter runs). Accessors cannot change
  // without a watched define.
  if (snap.check !== null) {
    if (!apply(snap.check.same, undefined, [obj, snap.checked])) return false;
    const rest = snap.rest;
    for (let j = 0; j < rest.length; j++) if (!objectIs(obj[keys[rest[j]]], values[rest[j]])) return false;
    return true;
  }
  for (let i = 0; i < keys.length; i++) {
    if ("value" in snap.props.get(keys[i]) && !objectIs(obj[keys[i]], values[i])) return false;
  }
  return true;
};

// Puts `snap.obj` back as it was; false when a change cannot be undone (a
// non-configurable property, a non-extensible object).
const restore = (snap, full) => {
  const { obj, props } = snap;
  if (!isExtensible(obj)) return false;
  if (getPrototypeOf(obj) !== snap.proto && !setPrototypeOf(obj, snap.proto)) return false;
  if (!full && unchanged(snap)) return true;
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
  // Saved properties deleted, or deleted and added again (their place in
  // the key order changed): define them again.
  for (const [key, saved] of props) {
    if (!hasOwn(obj, key) && !defineProperty(obj, key, saved)) return false;
  }
  // Added again in another place: the next reset's cheap check must see the
  // saved order, so take the current one as the saved one.
  const order = ownKeys(obj);
  if (order.length === snap.keys.length && order.some((k, i) => k !== snap.keys[i])) {
    const fresh = snapshotOf(obj, RESET_OBJECTS.indexOf(obj));
    snap.keys = fresh.keys;
    snap.values = fresh.values;
    snap.rest = fresh.rest;
  }
  return true;
};

let baseline = null; // { snaps, listeners }

const saveBaseline = () => {
  globalAdded = false;
  baseline = { snaps: RESET_OBJECTS.map((obj, i) => snapshotOf(obj, i)), listeners: listenersSave(globalTarget) };
};

// The intrinsics: what the global object held before the script first ran
// (saved by beforeTopLevel), plus those only syntax reaches.
let roots = null;

// Called once per context, after the bootstrap and before the script's top
// level first runs: remembers what is built in.
// The global object's prototype in the fresh and reuse modes: a proxy that
// notes every assignment reaching it. An assignment that adds a global walks the prototype chain
// before defining it, so with this the reset knows when a global may have
// been added without listing the global object's keys (12 µs for its ~100
// keys here). Definitions are watched above; `var` in an indirect eval
// (only with allow_eval) adds without either, so a realm that allows eval
// always lists them. Only lookups of missing globals reach the proxy.
let globalAdded = true;
// Its target is an empty object over the old prototype, so the chain still
// reaches Object.prototype (`globalThis instanceof Object` holds).
const globalProto = new SafeProxy(Object.create(getPrototypeOf(globalThis)), {
  set(target, key, value, receiver) {
    if (receiver === globalThis) globalAdded = true;
    return apply(reflectSet, undefined, [target, key, value, receiver]);
  },
});
let evalAllowed = true;

export const beforeTopLevel = (allowEval = true, r0, r1, r2, r3) => {
  evalAllowed = allowEval;
  if (getPrototypeOf(globalThis) !== globalProto) setPrototypeOf(globalThis, globalProto);
  RESET_SET = new SafeSet(RESET_OBJECTS);
  seedRandom(r0, r1, r2, r3);
  lockErrorConstructor();
  const keys = ownKeys(globalThis);
  roots = [];
  for (let i = 0; i < keys.length; i++) {
    const desc = getOwnPropertyDescriptor(globalThis, keys[i]);
    roots[roots.length] = "value" in desc ? desc.value : desc.get;
    if (desc.set) roots[roots.length] = desc.set;
  }
  const hidden = hiddenIntrinsics();
  intrinsicRoots = [];
  for (let i = 0; i < roots.length; i++) intrinsicRoots[intrinsicRoots.length] = roots[i];
  for (let i = 0; i < hidden.length; i++) intrinsicRoots[intrinsicRoots.length] = hidden[i];
  const nodeRoots = nodeModuleRoots();
  for (let i = 0; i < nodeRoots.length; i++) intrinsicRoots[intrinsicRoots.length] = nodeRoots[i];
  for (let i = 0; i < RESET_OBJECTS.length; i++) {
    const obj = RESET_OBJECTS[i];
    intrinsicRoots[intrinsicRoots.length] = obj;
    // What console and Error hold (V8 adds Error.isError after
    // deserialising): frozen though the objects themselves are reset.
    if (obj === globalThis) continue;
    const keys = ownKeys(obj);
    for (let k = 0; k < keys.length; k++) {
      const d = getOwnPropertyDescriptor(obj, keys[k]);
      if (hasOwn(d, "value")) intrinsicRoots[intrinsicRoots.length] = d.value;
      else intrinsicRoots[intrinsicRoots.length] = d.get;
    }
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
// [prototype, key] pairs, listed when the bootstrap runs: before any script,
// whose top level may replace what a later listing would use.
const OVERRIDABLE = [];
{
  const add = (proto, keys) => {
    for (let i = 0; i < keys.length; i++) if (keys[i] !== "__proto__") OVERRIDABLE[OVERRIDABLE.length] = [proto, keys[i]];
  };
  add(Object.prototype, ownKeys(Object.prototype));
  add(Function.prototype, ["constructor", "toString"]);
  add(Array.prototype, ["toString"]);
  const errors = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError];
  if (typeof globalThis.SuppressedError === "function") errors.push(globalThis.SuppressedError);
  if (typeof WebAssembly === "object") errors.push(WebAssembly.CompileError, WebAssembly.LinkError, WebAssembly.RuntimeError);
  for (const E of errors) add(E.prototype, ERROR_KEYS);
  add(DOMException.prototype, ["constructor"]);
  // Node's classes are subclassed the old way too (`Child.prototype.constructor
  // = Child`, `this._read = options.read` over Readable.prototype._read):
  // every property of their prototypes.
  const seen = new SafeSet();
  const stack = nodeModuleRoots();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "function" || seen.has(value)) continue;
    seen.add(value);
    const proto = value.prototype;
    if (typeof proto !== "object" || proto === null || seen.has(proto)) continue;
    if (getOwnPropertyDescriptor(proto, "constructor")?.value !== value) continue;
    seen.add(proto);
    add(proto, ownKeys(proto));
    // Classes reached through static properties (EventEmitter.EventEmitter).
    for (const key of ownKeys(value)) {
      const d = getOwnPropertyDescriptor(value, key);
      if ("value" in d) stack.push(d.value);
    }
  }
}

// Only captured functions and own-property reads: in the slow path this
// runs after the script's top level.
const makeOverridable = (proto, key) => {
  const desc = getOwnPropertyDescriptor(proto, key);
  if (desc === undefined || !hasOwn(desc, "value") || !desc.configurable) return;
  const value = desc.value;
  const name = key;
  defineProperty(proto, key, {
    __proto__: null,
    get: { [name]() { return value; } }[name],
    set: {
      [name](v) {
        if (this === proto) throw new SafeTypeError(`Cannot assign to read only property '${name}' of a frozen built-in prototype`);
        if (hasOwn(this, key)) this[key] = v;
        else defineProperty(this, key, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
      },
    }[name],
    enumerable: desc.enumerable,
    configurable: false,
  });
};
const makeAllOverridable = () => {
  for (let i = 0; i < OVERRIDABLE.length; i++) makeOverridable(OVERRIDABLE[i][0], OVERRIDABLE[i][1]);
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

// Calls visit(obj, keys, descriptors) once for every object reachable from
// `start`, through prototypes and own properties (values, getters,
// setters), in a deterministic order, skipping those in `seen` (which it
// fills). Getters are never called.
const walk = (start, seen, visit) => {
  const stack = start;
  while (stack.length > 0) {
    const obj = stack.pop();
    if ((typeof obj !== "object" && typeof obj !== "function") || obj === null || seen.has(obj)) continue;
    seen.add(obj);
    stack.push(getPrototypeOf(obj));
    const keys = ownKeys(obj);
    const descs = [];
    for (let i = 0; i < keys.length; i++) {
      const desc = getOwnPropertyDescriptor(obj, keys[i]);
      descs[i] = desc;
      if ("value" in desc) stack.push(desc.value);
      else stack.push(desc.get, desc.set);
    }
    visit(obj, keys, descs);
  }
};

// How far the realm is hardened: "no", "locked" (the built-in snapshot's
// hardened context: every intrinsic frozen but those V8 extends after
// deserialising, which are only locked), "frozen".
let hardened = "no";
// For "locked": the locked intrinsics, their own key counts when locked and
// their walk indices.
let locked = null;

// Snapshot time. V8 adds its flag-enabled built-ins (Float16Array,
// Iterator.concat, ...) to a context after deserialising it, never into a
// snapshot, and adding to a frozen object aborts V8. So the snapshot is
// made twice (bootstrap.rs): the first time `extensible` is null and every
// intrinsic is only locked (properties read-only and non-configurable,
// objects extensible); a context from that snapshot tells which ones V8
// extends (`extendedIntrinsics`); the second time those are locked and all
// others frozen. `harden` finishes the locked ones per context.
export const lock = (extensible) => {
  makeAllOverridable();
  const keep = new SafeSet(extensible ?? []);
  const list = [];
  const counts = [];
  let index = 0;
  walk([...roots, ...hiddenIntrinsics(), ...RESET_OBJECTS, ...nodeModuleRoots()], new SafeSet(), (obj, keys, descs) => {
    if (RESET_SET.has(obj)) return;
    const i = index++;
    if (extensible === null || keep.has(i)) {
      for (let k = 0; k < keys.length; k++) {
        const d = descs[k];
        if (!d.configurable && (!("value" in d) || !d.writable)) continue;
        defineProperty(obj, keys[k], "value" in d ? { writable: false, configurable: false } : { configurable: false });
      }
      list.push(obj);
      counts.push(keys.length);
      indices.push(i);
    } else {
      freeze(obj);
    }
  });
  locked = { list, counts, indices };
  hardened = "locked";
};
const indices = [];

// In a context from the first snapshot: the walk indices of the locked
// intrinsics V8 added properties to.
export const extendedIntrinsics = () => {
  const out = [];
  for (let i = 0; i < locked.list.length; i++) {
    if (ownKeys(locked.list[i]).length !== locked.counts[i]) out.push(locked.indices[i]);
  }
  return out;
};

// An object already frozen is an intrinsic (or was walked): the walk of
// what is new stops there.
const walkNew = (start, visit) => {
  const stack = start;
  while (stack.length > 0) {
    const obj = stack.pop();
    if ((typeof obj !== "object" && typeof obj !== "function") || obj === null) continue;
    if (RESET_SET.has(obj) || isFrozen(obj)) continue;
    stack.push(getPrototypeOf(obj));
    const keys = ownKeys(obj);
    for (let i = 0; i < keys.length; i++) {
      const d = getOwnPropertyDescriptor(obj, keys[i]);
      if ("value" in d) stack.push(d.value);
      else stack.push(d.get, d.set);
    }
    visit(obj);
  }
};

// Freezes every intrinsic (the objects reset instead excepted). On a locked
// realm only the objects remain to be made non-extensible, and what was
// added since (by V8 after deserialisation, or a polyfill adding what is
// missing) to be frozen. Returns how many objects it froze.
export const harden = () => {
  if (roots === null) throw new SafeTypeError("harden() before beforeTopLevel()");
  const notFrozen = new SafeSet(RESET_OBJECTS);
  let frozen = 0;
  const freezeNew = (obj) => {
    if (!notFrozen.has(obj)) {
      freeze(obj);
      frozen++;
    }
  };
  if (hardened === "frozen") return 0;
  if (hardened === "locked") {
    const { list, counts } = locked;
    // What is new hangs off a locked intrinsic V8 extended, or off a reset
    // object (new globals).
    const added = [];
    for (let i = 0; i < list.length; i++) {
      const obj = list[i];
      const keys = ownKeys(obj);
      if (keys.length !== counts[i]) {
        for (let k = 0; k < keys.length; k++) {
          const d = getOwnPropertyDescriptor(obj, keys[k]);
          if ("value" in d) added.push(d.value);
          else added.push(d.get, d.set);
        }
      }
      freeze(obj);
      frozen++;
    }
    // Not the reset objects' current values: in the reuse mode those include
    // what the top level put on globalThis, which is the script's state.
    for (let i = 0; i < intrinsicRoots.length; i++) added.push(intrinsicRoots[i]);
    walkNew(added, freezeNew);
  } else {
    // After the script's top level, which may have replaced built-ins: the
    // accessors here, the freezing by the caller, in Rust (realm/walk.rs),
    // so no JavaScript a script could have changed takes part.
    makeAllOverridable();
  }
  hardened = "frozen";
  return frozen;
};

// What the intrinsics are reached from: the global object's values before
// the top level ran, the hidden intrinsics and the reset objects (listed in
// beforeTopLevel, before any script code).
let intrinsicRoots = null;
export const getIntrinsicRoots = () => intrinsicRoots;
export const getResetObjects = () => RESET_OBJECTS;


// ---- After each request ----

// The reuse mode keeps what the script's top level made: the baseline moves
// to after it.
export const keepTopLevel = () => {
  if (node !== null) node.keepNodeTopLevel();
  saveBaseline();
  registrations = [];
};

// Undoes what the request did to the realm. `keepHandler`: the reuse mode
// (module state persists). Returns false when the context must be thrown
// away because a change cannot be undone.
export const reset = (keepHandler, r0, r1, r2, r3) => {
  seedRandom(r0, r1, r2, r3);
  resetTimers();
  resetFetches();
  resetDispatch(keepHandler);
  resetConsole();
  if (node !== null) node.resetNodeModules();
  unregisterAll();
  clearRegExpStatics();
  listenersRestore(globalTarget, baseline.listeners);
  const full = redefined;
  redefined = false;
  const snaps = baseline.snaps;
  for (let i = 0; i < snaps.length; i++) if (!restore(snaps[i], full)) return false;
  globalAdded = false;
  return true;
};
